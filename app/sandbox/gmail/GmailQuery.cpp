// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/gmail/GmailQuery.h"

#include <QUrl>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;

namespace {
// Splits on whitespace outside quotes; braces are tokens of their own.
QStringList tokenize(const QString &q)
{
    QStringList tokens;
    QString current;
    bool quoted = false;
    const auto flush = [&] {
        if (!current.isEmpty())
            tokens += current;
        current.clear();
    };
    for (const QChar c : q) {
        if (c == u'"') {
            quoted = !quoted;
            continue;
        }
        if (!quoted && (c == u'{' || c == u'}')) {
            flush();
            tokens += QString(c);
        } else if (!quoted && c.isSpace()) {
            flush();
        } else {
            current += c;
        }
    }
    flush();
    return tokens;
}

bool contains(const QString &haystack, const QString &needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

QString bare(QString id)
{
    if (id.startsWith(u'<') && id.endsWith(u'>'))
        id = id.mid(1, id.size() - 2);
    return id;
}
} // namespace

QStringList GmailQuery::formValues(const QString &rawQuery, const QString &name)
{
    const auto decode
        = [](QString s) { return QUrl::fromPercentEncoding(s.replace(u'+', u' ').toUtf8()); };
    QStringList values;
    for (const QString &item : rawQuery.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(u'=');
        if (decode(item.left(eq)) == name)
            values += eq < 0 ? QString() : decode(item.mid(eq + 1));
    }
    return values;
}

QString GmailQuery::formValue(const QString &rawQuery, const QString &name)
{
    const QStringList values = formValues(rawQuery, name);
    return values.isEmpty() ? QString() : values.first();
}

GmailQuery GmailQuery::parse(const QString &q)
{
    static const QStringList fields {
        u"from"_s, u"to"_s, u"cc"_s, u"subject"_s, u"rfc822msgid"_s, u"in"_s, u"label"_s};
    GmailQuery query;
    const QStringList tokens = tokenize(q);
    bool joinNext = false; // after OR: the next term joins the previous clause
    bool inGroup = false;
    for (const QString &token : tokens) {
        if (token == u"OR") {
            joinNext = !query.m_clauses.isEmpty();
            continue;
        }
        if (token == u"{") {
            if (!joinNext)
                query.m_clauses.append(QList<Term>());
            inGroup = true;
            joinNext = false;
            continue;
        }
        if (token == u"}") {
            inGroup = false;
            continue;
        }
        Term term;
        const qsizetype colon = token.indexOf(u':');
        const QString field = colon > 0 ? token.first(colon).toLower() : QString();
        if (fields.contains(field)) {
            term.field = field;
            term.value = token.mid(colon + 1);
        } else {
            term.value = token;
        }
        if (term.value.isEmpty())
            continue;
        if ((joinNext || inGroup) && !query.m_clauses.isEmpty())
            query.m_clauses.last().append(term);
        else
            query.m_clauses.append({term});
        joinNext = false;
    }
    return query;
}

bool GmailQuery::termMatches(const Term &term, const GmailMessage &m)
{
    if (term.field == u"from")
        return contains(m.from, term.value);
    if (term.field == u"to")
        return contains(m.to, term.value) || contains(m.cc, term.value);
    if (term.field == u"cc")
        return contains(m.cc, term.value);
    if (term.field == u"subject")
        return contains(m.subject, term.value);
    if (term.field == u"rfc822msgid")
        return bare(m.messageId).compare(bare(term.value), Qt::CaseInsensitive) == 0;
    if (term.field == u"in" || term.field == u"label")
        return m.labelIds.contains(term.value, Qt::CaseInsensitive);
    return contains(m.subject, term.value) || contains(m.snippet, term.value);
}

bool GmailQuery::matches(const GmailMessage &m) const
{
    for (const QList<Term> &clause : m_clauses) {
        const bool any = std::any_of(
            clause.begin(), clause.end(), [&m](const Term &t) { return termMatches(t, m); });
        if (!any)
            return false;
    }
    return true;
}

} // namespace Outpost::Sandbox
