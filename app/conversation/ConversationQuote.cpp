// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversation/ConversationQuote.h"

#include "conversation/ConversationHtml.h"
#include "conversation/ConversationText.h"
#include "display/TimeText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Outpost::ConversationQuote {

namespace {
using namespace Qt::StringLiterals;

// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::ConversationQuote)
};

const QString textOpen = u"<div style=\"white-space: pre-wrap\">"_s;

QString when(const ConversationMessage &m, const QLocale &locale, const QTimeZone &zone)
{
    const QDateTime local = m.createdAt.toTimeZone(zone);
    return Tr::tr("%1 at %2", "date at time")
        .arg(locale.toString(local.date(), QLocale::LongFormat),
            TimeText::timeOfDay(local.time(), locale)); // as the conversation shows it
}

// The original as plain text (an HTML original loses its markup).
QString plainBody(const ConversationMessage &m)
{
    if (!m.isHtml)
        return m.body;
    QString html = m.body;
    // Line breaks where the markup had them, before the tags go.
    static const QRegularExpression breaks(
        u"<\\s*(br|/p|/div|/li|/tr|/h[1-6])\\b[^>]*>"_s, QRegularExpression::CaseInsensitiveOption);
    html.replace(breaks, u"\n<\\1>"_s);
    QStringList lines;
    for (const QString &line : html.split(u'\n'))
        lines += ConversationHtml::plainTextOf(line);
    return lines.join(u'\n').trimmed();
}

// The original as HTML: sanitised (its remote images are the recipient's business).
QString originalHtml(const ConversationMessage &m)
{
    if (!m.isHtml)
        return textOpen + ConversationText::linkified(m.body) + u"</div>"_s;
    ConversationHtml::Options options;
    options.allowRemoteImages = true;
    options.foldQuotes = false;
    return ConversationHtml::sanitize(m.body, options).html;
}

QString quoted(const QString &text)
{
    QStringList lines;
    QString body = text;
    body.remove(u'\r');
    for (const QString &line : body.split(u'\n'))
        lines += line.isEmpty() ? u">"_s : (line.startsWith(u'>') ? u">"_s : u"> "_s) + line;
    return lines.join(u'\n');
}

// The header block of a forward, one "Label: value" per line.
QList<std::pair<QString, QString>> forwardHeader(
    const ConversationMessage &m, const QLocale &locale, const QTimeZone &zone)
{
    QList<std::pair<QString, QString>> rows {{Tr::tr("From:"), m.from},
        {Tr::tr("Date:"), when(m, locale, zone)}, {Tr::tr("Subject:"), m.subject},
        {Tr::tr("To:"), m.to.join(u", "_s)}};
    if (!m.cc.isEmpty())
        rows += {Tr::tr("Cc:"), m.cc.join(u", "_s)};
    return rows;
}

} // namespace

QString attribution(const ConversationMessage &m, const QLocale &locale, const QTimeZone &zone)
{
    return Tr::tr("On %1, %2 wrote:").arg(when(m, locale, zone), m.senderName());
}

std::optional<QString> plain(
    const ConversationMessage &m, const QLocale &locale, const QTimeZone &zone)
{
    if (m.internal)
        return std::nullopt;
    return u"\n\n"_s + attribution(m, locale, zone) + u'\n' + quoted(plainBody(m));
}

std::optional<QString> html(
    const ConversationMessage &m, const QLocale &locale, const QTimeZone &zone)
{
    if (m.internal)
        return std::nullopt;
    return u"<div>"_s + attribution(m, locale, zone).toHtmlEscaped()
        + u"</div>\n<blockquote type=\"cite\" style=\"margin: 0 0 0 0.8ex; border-left: 2px "
          u"solid #ccc; padding-left: 1ex\">"_s
        + originalHtml(m) + u"</blockquote>"_s;
}

std::optional<QString> forwardPlain(
    const ConversationMessage &m, const QLocale &locale, const QTimeZone &zone)
{
    if (m.internal)
        return std::nullopt;
    QString out = u"\n\n"_s + Tr::tr("---------- Forwarded message ----------") + u'\n';
    for (const auto &[label, value] : forwardHeader(m, locale, zone))
        out += label + u' ' + value + u'\n';
    return out + u'\n' + plainBody(m);
}

std::optional<QString> forwardHtml(
    const ConversationMessage &m, const QLocale &locale, const QTimeZone &zone)
{
    if (m.internal)
        return std::nullopt;
    QString out = u"<div>"_s + Tr::tr("---------- Forwarded message ----------").toHtmlEscaped()
        + u"<br>"_s;
    for (const auto &[label, value] : forwardHeader(m, locale, zone))
        out += label.toHtmlEscaped() + u' ' + value.toHtmlEscaped() + u"<br>"_s;
    return out + u"</div><br>\n"_s + originalHtml(m);
}

QString htmlBody(const QString &quotedPart)
{
    return u"<p><br></p>\n"_s + quotedPart;
}

} // namespace Outpost::ConversationQuote
