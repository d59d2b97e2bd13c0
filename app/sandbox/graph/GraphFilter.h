// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace Outpost::Sandbox {

struct GraphFilterNode;

// OData $filter for Graph messages, the part Outlook clients use:
//   comparisons  path eq|ne|gt|ge|lt|le literal   ('text' with '' escapes, 2026-05-18T12:00:00Z,
//                numbers, true, false, null)
//   lambdas      categories/any(c:c eq 'x')  (and all); never on toRecipients, ccRecipients,
//                bccRecipients or replyTo: 400 ErrorInvalidUrlQueryFilter, as Graph answers
//   functions    startswith, endswith, contains (path, 'text')
//   logic        and, or, not, parentheses
// Paths name properties of the message resource (`from/emailAddress/address`); strings
// compare without regard to case, as Exchange does.
class GraphFilter
{
public:
    GraphFilter();
    ~GraphFilter();
    GraphFilter(GraphFilter &&) noexcept;
    GraphFilter &operator=(GraphFilter &&) noexcept;

    // Nothing, with Graph's message in `error` (and its code in `code`: BadRequest or
    // ErrorInvalidUrlQueryFilter), when the text is not a filter Graph takes.
    static std::optional<GraphFilter> parse(
        const QString &text, QString *error, QString *code = nullptr);
    bool matches(const QJsonObject &message) const;
    // The properties the filter names, in order of appearance (for the $orderby rule).
    QStringList properties() const { return m_properties; }

private:
    std::unique_ptr<GraphFilterNode> m_root;
    QStringList m_properties;
};

// Whether `name` is a property of microsoft.graph.message (case-insensitive).
bool isGraphMessageProperty(const QString &name);
// Compares two values the way $orderby sorts them: dates as dates, text without case.
int compareGraphValues(const QJsonValue &a, const QJsonValue &b);
// The value at `path` (slash-separated, case-insensitive names) in `object`.
QJsonValue graphValueAt(const QJsonValue &object, const QString &path);

} // namespace Outpost::Sandbox
