// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Outpost::Sandbox {

// $search on Graph's message collections, the part of KQL the stand-in knows
// (learn.microsoft.com/graph/search-query-parameter, "Using $search on message collections"):
//   the whole value is one phrase in double quotes:  $search="participants:jamie@example.com"
//   property restrictions  participants: from: to: cc: bcc: recipients: subject:
//   free words             searched in from, subject and body (the default properties)
//   AND, OR (upper case, as KQL writes them), juxtaposition meaning AND; AND binds first
// Address properties hold "an SMTP address, display name, or alias". How Exchange tokenises a
// value (does jamie match jamie.lee@…? is '+' a separator?) is not documented: the stand-in
// is the stricter one and matches a whole address or a whole display name, ignoring case.
// Words of subject and body match whole words, ignoring case (the real tokenisation is also
// unknown). Anything else (other properties, NOT, parentheses, wildcards) is refused with 400:
// that is the stand-in's limit, not necessarily Graph's.
class GraphSearch
{
public:
    static std::optional<GraphSearch> parse(const QString &value, QString *error);
    bool matches(const QJsonObject &message) const;

private:
    struct Term
    {
        QString property; // empty: the default properties
        QString value;
    };
    static bool termMatches(const Term &term, const QJsonObject &message);

    QList<QList<Term>> m_any; // any of these groups; each holds when all its terms do
};

} // namespace Outpost::Sandbox
