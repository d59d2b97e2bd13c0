// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/graph/GraphSearch.h"

#include "sandbox/graph/GraphFilter.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;

namespace {
const QStringList addressProperties {
    u"participants"_s, u"from"_s, u"to"_s, u"cc"_s, u"bcc"_s, u"recipients"_s};

// The recipients a KQL address property looks at
// (learn.microsoft.com/graph/search-query-parameter, the table of searchable properties).
QStringList fieldsOf(const QString &property)
{
    if (property == u"participants")
        return {u"from"_s, u"toRecipients"_s, u"ccRecipients"_s, u"bccRecipients"_s};
    if (property == u"recipients")
        return {u"toRecipients"_s, u"ccRecipients"_s, u"bccRecipients"_s};
    if (property == u"to")
        return {u"toRecipients"_s};
    if (property == u"cc")
        return {u"ccRecipients"_s};
    if (property == u"bcc")
        return {u"bccRecipients"_s};
    return {u"from"_s};
}

bool recipientMatches(const QJsonValue &recipient, const QString &value)
{
    const QJsonObject e = recipient.toObject().value(u"emailAddress"_s).toObject();
    return e.value(u"address"_s).toString().compare(value, Qt::CaseInsensitive) == 0
        || e.value(u"name"_s).toString().compare(value, Qt::CaseInsensitive) == 0;
}

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    return text.toCaseFolded().split(separators, Qt::SkipEmptyParts);
}

// Every word of `value`, in order and adjacent, among the words of `text`.
bool hasWords(const QString &text, const QString &value)
{
    const QStringList haystack = wordsOf(text);
    const QStringList needle = wordsOf(value);
    if (needle.isEmpty())
        return false;
    for (qsizetype i = 0; i + needle.size() <= haystack.size(); ++i) {
        if (haystack.mid(i, needle.size()) == needle)
            return true;
    }
    return false;
}

// Splits the phrase's inside on whitespace outside KQL quotes; a quoted part stays whole.
std::optional<QStringList> tokens(const QString &kql, QString *error)
{
    QStringList out;
    QString current;
    bool quoted = false;
    bool any = false;
    for (const QChar c : kql) {
        if (c == u'"') {
            quoted = !quoted;
            any = true;
        } else if (!quoted && c.isSpace()) {
            if (any)
                out += current;
            current.clear();
            any = false;
        } else {
            current += c;
            any = true;
        }
    }
    if (quoted) {
        *error = u"Syntax error: unbalanced quotes in the $search value."_s;
        return std::nullopt;
    }
    if (any)
        out += current;
    return out;
}
} // namespace

std::optional<GraphSearch> GraphSearch::parse(const QString &value, QString *error)
{
    // The documented form is one quoted phrase ($search="pizza"). Whether Graph also takes an
    // unquoted value is not documented: the stand-in refuses it.
    if (value.size() < 2 || !value.startsWith(u'"') || !value.endsWith(u'"')) {
        *error = u"Syntax error: the $search value must be enclosed in double quotes."_s;
        return std::nullopt;
    }
    // Inside the phrase a quote or a backslash is escaped with a backslash (OData 4.01's
    // search phrase; whether Graph reads other escapes is unknown: refused).
    QString kql;
    const QStringView inner = QStringView(value).sliced(1, value.size() - 2);
    for (qsizetype i = 0; i < inner.size(); ++i) {
        if (inner.at(i) == u'\\') {
            if (i + 1 >= inner.size() || (inner.at(i + 1) != u'"' && inner.at(i + 1) != u'\\')) {
                *error = u"Syntax error: invalid escape in the $search value."_s;
                return std::nullopt;
            }
            kql += inner.at(++i);
        } else if (inner.at(i) == u'"') {
            *error = u"Syntax error: an unescaped quote inside the $search phrase."_s;
            return std::nullopt;
        } else {
            kql += inner.at(i);
        }
    }
    const auto words = tokens(kql, error);
    if (!words)
        return std::nullopt;
    GraphSearch search;
    search.m_any.append(QList<Term>());
    bool expectTerm = true;
    for (const QString &word : *words) {
        if (word == u"AND" || word == u"OR") {
            if (expectTerm) {
                *error = u"Syntax error: '%1' without a term before it."_s.arg(word);
                return std::nullopt;
            }
            if (word == u"OR")
                search.m_any.append(QList<Term>());
            expectTerm = true;
            continue;
        }
        if (word == u"NOT" || word.startsWith(u'(') || word.endsWith(u')') || word.contains(u'*')
            || word.startsWith(u'-')) {
            *error = u"The sandbox does not implement '%1' in $search."_s.arg(word);
            return std::nullopt;
        }
        Term term;
        const qsizetype colon = word.indexOf(u':');
        if (colon > 0) {
            term.property = word.first(colon).toLower();
            term.value = word.mid(colon + 1);
            if (!addressProperties.contains(term.property) && term.property != u"subject") {
                *error = u"The sandbox does not implement the KQL property '%1'."_s.arg(
                    word.first(colon));
                return std::nullopt;
            }
        } else {
            term.value = word;
        }
        if (term.value.isEmpty()) {
            *error = u"Syntax error: '%1' has no value."_s.arg(word);
            return std::nullopt;
        }
        search.m_any.last().append(term);
        expectTerm = false;
    }
    if (expectTerm) {
        *error = u"Syntax error: the $search value is empty or ends with an operator."_s;
        return std::nullopt;
    }
    return search;
}

bool GraphSearch::termMatches(const Term &term, const QJsonObject &m)
{
    if (addressProperties.contains(term.property)) {
        for (const QString &field : fieldsOf(term.property)) {
            const QJsonValue v = graphValueAt(m, field);
            const QJsonArray list = v.isArray() ? v.toArray() : QJsonArray {v};
            for (const QJsonValue &r : list) {
                if (recipientMatches(r, term.value))
                    return true;
            }
        }
        return false;
    }
    const QString subject = m.value(u"subject"_s).toString();
    if (term.property == u"subject")
        return hasWords(subject, term.value);
    // The default properties: from, subject and body.
    return recipientMatches(m.value(u"from"_s), term.value) || hasWords(subject, term.value)
        || hasWords(graphValueAt(m, u"body/content"_s).toString(), term.value);
}

bool GraphSearch::matches(const QJsonObject &message) const
{
    return std::any_of(m_any.begin(), m_any.end(), [&message](const QList<Term> &group) {
        return std::all_of(group.begin(), group.end(),
            [&message](const Term &t) { return termMatches(t, message); });
    });
}

} // namespace Outpost::Sandbox
