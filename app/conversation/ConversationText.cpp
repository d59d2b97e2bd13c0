// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversation/ConversationText.h"

#include <QRegularExpression>
#include <QUrl>

namespace Outpost::ConversationText {

namespace {
using namespace Qt::StringLiterals;

QString escaped(QStringView text)
{
    return text.toString().toHtmlEscaped();
}

const QRegularExpression &linkPattern()
{
    static const QRegularExpression re(u"(?:https?://|www\\.)[^\\s<>\"'`]+|mailto:[^\\s<>\"'`]+"
                                       u"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Punctuation that ends a sentence, not the URL (a `)` stays when the URL opened one).
QStringView trimmedUrl(QStringView url)
{
    while (!url.isEmpty()) {
        const QChar last = url.back();
        if (QStringView(u".,;:!?'\"]}>").contains(last)) {
            url.chop(1);
        } else if (last == u')' && url.count(u'(') < url.count(u')')) {
            url.chop(1);
        } else {
            break;
        }
    }
    return url;
}

bool isQuoteLine(QStringView line)
{
    return line.trimmed().startsWith(u'>');
}

// "On Mon, 18 May 2026, Jamie Lee wrote:" and its translations.
bool isAttribution(QStringView line)
{
    static const QRegularExpression re(
        u"(wrote|schrieb|a écrit|escribió|scrisse|skrev|napisał|schreef|escreveu|kirjoitti)"
        u"\\s*:\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(line).hasMatch();
}

bool isOriginalMessageMarker(QStringView line)
{
    static const QRegularExpression re(
        u"^\\s*-{2,}\\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|"
        u"Mensaje original)\\s*-{2,}\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(line).hasMatch();
}
} // namespace

QString linkified(QStringView text)
{
    // Most lines hold no link: no expression to run on them.
    if (!text.contains(u':') && !text.contains(u'@')
        && !text.contains(u"www.", Qt::CaseInsensitive))
        return escaped(text);
    QString out;
    qsizetype at = 0;
    QRegularExpressionMatchIterator it = linkPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QStringView found = trimmedUrl(m.capturedView());
        if (found.isEmpty())
            continue;
        QString href = found.toString();
        if (href.startsWith(u"www."_s, Qt::CaseInsensitive))
            href = u"https://"_s + href;
        else if (!href.contains(u':'))
            href = u"mailto:"_s + href;
        if (!ConversationHtml::isSafeLink(href))
            continue;
        out += escaped(text.mid(at, m.capturedStart() - at));
        out += u"<a href=\""_s + escaped(QString::fromUtf8(QUrl(href).toEncoded()))
            + u"\" rel=\"noreferrer noopener\">"_s + escaped(found) + u"</a>"_s;
        at = m.capturedStart() + found.size();
    }
    out += escaped(text.mid(at));
    return out;
}

QString toHtml(QStringView text, const ConversationHtml::Options &options)
{
    QString normalised = text.toString();
    normalised.remove(u'\r');
    const QStringList lines = normalised.split(u'\n');
    const qsizetype count = lines.size();
    // Where the folded original starts: the last quote block (with its attribution line),
    // or an "Original Message" marker, when only blank lines follow it.
    qsizetype foldFrom = count;
    if (options.foldQuotes) {
        qsizetype last = count - 1;
        while (last >= 0 && lines.at(last).trimmed().isEmpty())
            --last;
        qsizetype first = last;
        while (first >= 0 && isQuoteLine(lines.at(first)))
            --first;
        if (first < last) {
            foldFrom = first + 1;
            qsizetype before = first;
            while (before >= 0 && lines.at(before).trimmed().isEmpty())
                --before;
            if (before >= 0 && isAttribution(lines.at(before)))
                foldFrom = before;
        }
        for (qsizetype i = 0; i < count; ++i) {
            if (isOriginalMessageMarker(lines.at(i))) {
                foldFrom = std::min(foldFrom, i);
                break;
            }
        }
    }
    auto block = [&](qsizetype from, qsizetype to) {
        QString out;
        for (qsizetype i = from; i < to; ++i) {
            if (i > from)
                out += u'\n';
            out += linkified(lines.at(i));
        }
        return out;
    };
    // Trailing blank lines before the fold are not shown.
    qsizetype shownEnd = foldFrom;
    while (shownEnd > 0 && lines.at(shownEnd - 1).trimmed().isEmpty())
        --shownEnd;
    QString html = u"<div class=\"text\">"_s + block(0, shownEnd) + u"</div>"_s;
    if (foldFrom < count) {
        html += u"<details class=\"quoted\"><summary>"_s + escaped(options.quoteLabel)
            + u"</summary><div class=\"text\">"_s + block(foldFrom, count) + u"</div></details>"_s;
    }
    return html;
}

} // namespace Outpost::ConversationText
