// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/AttachmentReminder.h"

#include <QRegularExpression>
#include <QStringList>

namespace Outpost::AttachmentReminder {

namespace {
// Word stems in the languages Outpost speaks; matched at a word start, case-insensitively.
const QRegularExpression &promise()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(attach(?:ed|ment|ments|ing)?|enclos(?:ed|ure)|"
                       "anbei|anhang|angehängt|beigefügt|beiliegend|"
                       "pi[eè]ces? jointes?|ci-joint|joint|en pi[eè]ce jointe|"
                       "adjunt[oa]s?|archivo adjunto|te adjunto)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

QString plainFromHtml(QString html)
{
    static const QRegularExpression quotes(QStringLiteral("<blockquote\\b.*?</blockquote\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    html.remove(quotes);
    static const QRegularExpression breaks(
        QStringLiteral("<(br|/p|/div|/li)\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    html.replace(breaks, QStringLiteral("\n"));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    html.remove(tags);
    return html;
}
} // namespace

QString promisedAttachment(const QString &body, bool isHtml)
{
    const QString text = isHtml ? plainFromHtml(body) : body;
    for (const QString &line : text.split(u'\n')) {
        if (line == u"-- " || line == u"--")
            break; // the signature starts here
        if (line.trimmed().startsWith(u'>'))
            continue; // quoted from the message replied to
        const QRegularExpressionMatch m = promise().match(line);
        if (m.hasMatch())
            return m.captured(1);
    }
    return {};
}

} // namespace Outpost::AttachmentReminder
