// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/MailtoUrl.h"

namespace Outpost::MailtoUrl {

bool isMailto(const QString &argument)
{
    return argument.startsWith(QStringLiteral("mailto:"), Qt::CaseInsensitive);
}

namespace {
// RFC 6068 percent-encodes everything but unreserved characters; `+` is a literal plus.
QString decode(const QString &encoded)
{
    return QUrl::fromPercentEncoding(encoded.toUtf8());
}

void addAll(QList<MailAddress> &target, const QString &text, QList<AddressProblem> *problems)
{
    const AddressParse parsed = AddressList::parse(text);
    for (const MailAddress &a : parsed.addresses) {
        if (!target.contains(a))
            target += a;
    }
    if (problems)
        *problems += parsed.problems;
}
} // namespace

Draft parse(const QString &url, QList<AddressProblem> *problems)
{
    Draft draft;
    if (!isMailto(url))
        return draft;
    const QString rest = url.mid(7);
    const qsizetype q = rest.indexOf(u'?');
    const QString path = q < 0 ? rest : rest.left(q);
    addAll(draft.to, decode(path), problems);
    if (q < 0)
        return draft;
    const QStringList pairs = rest.mid(q + 1).split(u'&', Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString key = decode(eq < 0 ? pair : pair.left(eq)).toLower();
        const QString value = eq < 0 ? QString() : decode(pair.mid(eq + 1));
        if (key == u"to")
            addAll(draft.to, value, problems);
        else if (key == u"cc")
            addAll(draft.cc, value, problems);
        else if (key == u"bcc")
            addAll(draft.bcc, value, problems);
        else if (key == u"subject")
            draft.subject = value;
        else if (key == u"body")
            // RFC 6068 §5 writes a line break as %0D%0A; a lone CR is read as one too (what a
            // browser's form would send). One pass, so "\r\r\n" cannot leave a CR LF behind.
            draft.body = QString(value)
                             .replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                             .replace(u'\r', u'\n');
        else if (key == u"in-reply-to")
            draft.inReplyTo = value;
    }
    return draft;
}

} // namespace Outpost::MailtoUrl
