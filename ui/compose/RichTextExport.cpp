// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compose/RichTextExport.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

namespace Outpost::RichTextExport {

namespace {
bool isQuote(const QTextBlock &block)
{
    return block.blockFormat().indent() > 0 || block.blockFormat().leftMargin() > 0;
}

QString listTag(const QTextList *list)
{
    const auto style = list->format().style();
    const bool numbered = style == QTextListFormat::ListDecimal
        || style == QTextListFormat::ListLowerAlpha || style == QTextListFormat::ListUpperAlpha
        || style == QTextListFormat::ListLowerRoman || style == QTextListFormat::ListUpperRoman;
    return numbered ? QStringLiteral("ol") : QStringLiteral("ul");
}

QString inlineHtml(const QTextBlock &block)
{
    QString out;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat f = fragment.charFormat();
        QString text = fragment.text().toHtmlEscaped();
        text.replace(QChar::LineSeparator, QStringLiteral("<br>"));
        if (f.fontWeight() >= QFont::Bold)
            text = u"<b>" + text + u"</b>";
        if (f.fontItalic())
            text = u"<i>" + text + u"</i>";
        if (f.fontUnderline() && !f.isAnchor())
            text = u"<u>" + text + u"</u>";
        if (f.fontStrikeOut())
            text = u"<s>" + text + u"</s>";
        if (f.isAnchor() && !f.anchorHref().isEmpty())
            text
                = QStringLiteral("<a href=\"%1\">%2</a>").arg(f.anchorHref().toHtmlEscaped(), text);
        out += text;
    }
    return out;
}

QString inlinePlain(const QTextBlock &block)
{
    QString out;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        QString text = fragment.text();
        text.replace(QChar::LineSeparator, u'\n');
        const QTextCharFormat f = fragment.charFormat();
        if (f.isAnchor() && !f.anchorHref().isEmpty() && f.anchorHref() != text)
            text += QStringLiteral(" <%1>").arg(f.anchorHref());
        out += text;
    }
    return out;
}
} // namespace

QString html(const QTextDocument &document)
{
    QString out;
    const QTextList *openList = nullptr;
    bool inQuote = false;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextList *list = block.textList();
        if (openList && list != openList) {
            out += u"</" + listTag(openList) + u">\n";
            openList = nullptr;
        }
        const bool quote = !list && isQuote(block);
        if (inQuote && !quote) {
            out += QStringLiteral("</blockquote>\n");
            inQuote = false;
        }
        if (quote && !inQuote) {
            out += QStringLiteral("<blockquote>\n");
            inQuote = true;
        }
        const QString content = inlineHtml(block);
        if (list) {
            if (!openList) {
                out += u'<' + listTag(list) + u">\n";
                openList = list;
            }
            out += u"<li>" + content + u"</li>\n";
            continue;
        }
        const int heading = block.blockFormat().headingLevel();
        if (heading > 0) {
            out += QStringLiteral("<h%1>%2</h%1>\n").arg(heading).arg(content);
        } else if (block.blockFormat().nonBreakableLines()) {
            out += u"<pre>" + content + u"</pre>\n";
        } else {
            // A line of its own, as the editor shows it: a <div> (Gmail's way) has no margins
            // in any reader; <p> only where the editor spaces the block too (pasted HTML).
            const QTextBlockFormat f = block.blockFormat();
            const QString tag = f.topMargin() > 0 || f.bottomMargin() > 0 ? QStringLiteral("p")
                                                                          : QStringLiteral("div");
            out += u'<' + tag + u'>' + (content.isEmpty() ? QStringLiteral("<br>") : content)
                + u"</" + tag + u">\n";
        }
    }
    if (openList)
        out += u"</" + listTag(openList) + u">\n";
    if (inQuote)
        out += QStringLiteral("</blockquote>\n");
    return out;
}

void compactParagraphs(QTextDocument *document)
{
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        // A line break that ends a block ("<div><br></div>", an empty line) adds no line in a
        // browser; here it would.
        if (block.text().endsWith(QChar::LineSeparator)) {
            QTextCursor br(block);
            br.setPosition(block.position() + block.length() - 2);
            br.deleteChar();
        }
        QTextBlockFormat f = block.blockFormat();
        if (f.headingLevel() > 0 || (f.topMargin() == 0 && f.bottomMargin() == 0))
            continue;
        f.setTopMargin(0);
        f.setBottomMargin(0);
        QTextCursor(block).setBlockFormat(f);
    }
    cursor.endEditBlock();
}

QString plainText(const QTextDocument &document)
{
    QStringList lines;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QString text = inlinePlain(block);
        if (const QTextList *list = block.textList()) {
            text = (listTag(list) == u"ol" ? QString::number(list->itemNumber(block) + 1) + u". "
                                           : QStringLiteral("- "))
                + text;
        } else if (isQuote(block)) {
            text = QStringLiteral("> ") + text;
        }
        lines += text;
    }
    return lines.join(u'\n');
}

QString sanitize(const QString &input)
{
    QString html = input;
    const auto ci = QRegularExpression::CaseInsensitiveOption
        | QRegularExpression::DotMatchesEverythingOption;
    static const QRegularExpression dangerous(
        QStringLiteral("<(script|style|iframe|object|embed|form|frameset|frame|applet|meta|link|"
                       "base|svg|math)\\b.*?(</\\1\\s*>|/>|$)"),
        ci);
    html.remove(dangerous);
    static const QRegularExpression lone(
        QStringLiteral("</?(script|style|iframe|object|embed|form|meta|link|base)\\b[^>]*>"), ci);
    html.remove(lone);
    static const QRegularExpression handlers(
        QStringLiteral("\\s+on[a-z]+\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)"), ci);
    html.remove(handlers);
    static const QRegularExpression scriptLinks(
        QStringLiteral("(href|src)\\s*=\\s*([\"']?)\\s*(javascript|vbscript|data):[^\"'>]*\\2"),
        ci);
    html.replace(scriptLinks, QStringLiteral("\\1=\"#\""));
    // Remote images: dropped rather than fetched while the user is editing.
    static const QRegularExpression remoteImages(
        QStringLiteral("<img\\b[^>]*src\\s*=\\s*[\"']?\\s*(https?:|//)[^>]*>"), ci);
    html.remove(remoteImages);
    static const QRegularExpression styles(
        QStringLiteral("\\s+style\\s*=\\s*(\"[^\"]*\"|'[^']*')"), ci);
    html.remove(styles);
    return html;
}

} // namespace Outpost::RichTextExport
