// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compose/BodyEditor.h"

#include "ui/compose/RichTextExport.h"
#include "ui/compose/SpellHighlighter.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QInputDialog>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextList>

namespace Outpost {

BodyEditor::BodyEditor(QWidget *parent) : QTextEdit(parent)
{
    setAcceptRichText(false);
    setTabChangesFocus(true);
    setAutoFormatting(QTextEdit::AutoNone);
    createActions();
    updateActions();
    connect(this, &QTextEdit::currentCharFormatChanged, this, &BodyEditor::updateActions);
}

BodyEditor::~BodyEditor() = default;

void BodyEditor::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QKeySequence &key,
                    bool checkable, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setCheckable(checkable);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(
            QString(text).remove(u'&'), key.toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        m_actions += a;
        return a;
    };
    make(QStringLiteral("bold"), tr("&Bold"), QKeySequence::Bold, true, [this](bool on) {
        QTextCharFormat f;
        f.setFontWeight(on ? QFont::Bold : QFont::Normal);
        mergeCurrentCharFormat(f);
    });
    make(QStringLiteral("italic"), tr("&Italic"), QKeySequence::Italic, true, [this](bool on) {
        QTextCharFormat f;
        f.setFontItalic(on);
        mergeCurrentCharFormat(f);
    });
    make(QStringLiteral("underline"), tr("&Underline"), QKeySequence::Underline, true,
        [this](bool on) {
            QTextCharFormat f;
            f.setFontUnderline(on);
            mergeCurrentCharFormat(f);
        });
    make(QStringLiteral("bullets"), tr("Bulleted &List"), QKeySequence(tr("Ctrl+Shift+8")), false,
        [this] { toggleList(QTextListFormat::ListDisc); });
    make(QStringLiteral("numbers"), tr("&Numbered List"), QKeySequence(tr("Ctrl+Shift+7")), false,
        [this] { toggleList(QTextListFormat::ListDecimal); });
    make(QStringLiteral("link"), tr("Insert Lin&k…"), QKeySequence(tr("Ctrl+K")), false,
        [this] { insertLink(); });
    make(QStringLiteral("quote"), tr("Block &Quote"), QKeySequence(tr("Ctrl+Shift+9")), false,
        [this] { toggleQuote(); });
    make(QStringLiteral("clear"), tr("&Clear Formatting"), QKeySequence(tr("Ctrl+\\")), false,
        [this] { clearFormatting(); });
}

QAction *BodyEditor::action(const QString &name) const
{
    for (QAction *a : m_actions) {
        if (a->objectName() == name)
            return a;
    }
    return nullptr;
}

void BodyEditor::updateActions()
{
    const QTextCharFormat f = currentCharFormat();
    for (QAction *a : std::as_const(m_actions))
        a->setEnabled(m_html);
    action(QStringLiteral("bold"))->setChecked(f.fontWeight() >= QFont::Bold);
    action(QStringLiteral("italic"))->setChecked(f.fontItalic());
    action(QStringLiteral("underline"))->setChecked(f.fontUnderline());
}

void BodyEditor::setHtml(bool html)
{
    if (html == m_html)
        return;
    // The signature leaves and comes back in the new format; the caret stays put (what is
    // above the signature keeps its positions).
    const bool signature = hasSignature();
    const Signature kept = m_signature;
    if (signature)
        setSignature({});
    const QTextCursor was = textCursor();
    const int anchor = was.anchor();
    const int position = was.position();
    const QString text = html ? toPlainText() : plainRendering();
    m_html = html;
    setAcceptRichText(html);
    clear();
    setPlainText(text);
    if (signature)
        setSignature(kept);
    QTextCursor cursor(document());
    const int last = document()->characterCount() - 1;
    cursor.setPosition(std::min(anchor, last));
    cursor.setPosition(std::min(position, last), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    updateActions();
    Q_EMIT htmlChanged(m_html);
}

QAction *BodyEditor::plainFormatShortcut(const QKeyEvent *event) const
{
    if (m_html || isReadOnly())
        return nullptr;
    const std::pair<QKeySequence::StandardKey, const char *> keys[] = {{QKeySequence::Bold, "bold"},
        {QKeySequence::Italic, "italic"}, {QKeySequence::Underline, "underline"}};
    for (const auto &[key, name] : keys) {
        if (event->matches(key))
            return action(QString::fromLatin1(name));
    }
    return nullptr;
}

bool BodyEditor::event(QEvent *event)
{
    // In plain text the formatting shortcuts are the editor's to answer (with an offer).
    if (event->type() == QEvent::ShortcutOverride
        && plainFormatShortcut(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QTextEdit::event(event);
}

void BodyEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_completionPopup && m_completionPopup->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
        case Qt::Key_Escape:
            event->ignore(); // the completer's
            return;
        default:
            break;
        }
    }
    if (QAction *format = plainFormatShortcut(event)) {
        event->accept();
        Q_EMIT richTextWanted(format);
        return;
    }
    QTextEdit::keyPressEvent(event);
}

QString BodyEditor::bodyText() const
{
    return m_html ? RichTextExport::html(*document()) : toPlainText();
}

QString BodyEditor::plainRendering() const
{
    return m_html ? RichTextExport::plainText(*document()) : toPlainText();
}

void BodyEditor::setBody(const QString &body, bool html)
{
    m_html = html;
    setAcceptRichText(html);
    if (html) {
        QTextEdit::setHtml(RichTextExport::sanitize(body));
        RichTextExport::compactParagraphs(document());
    } else
        setPlainText(body);
    updateActions();
    Q_EMIT htmlChanged(m_html);
}

namespace {
// Marks the frame that holds the signature, so it can be found and swapped.
constexpr int signatureProperty = QTextFormat::UserProperty + 1;

bool startsQuote(const QTextBlock &block)
{
    const QString text = block.text().trimmed();
    // A forward's "---------- Forwarded message ----------" too: the signature goes above.
    return text.startsWith(u'>') || block.blockFormat().indent() > 0
        || (text.endsWith(u':') && text.startsWith(QStringLiteral("On ")))
        || text.startsWith(QStringLiteral("----------"));
}
} // namespace

QTextFrame *BodyEditor::signatureFrame() const
{
    for (QTextFrame *frame : document()->rootFrame()->childFrames()) {
        if (frame->frameFormat().property(signatureProperty).toBool())
            return frame;
    }
    return nullptr;
}

bool BodyEditor::hasSignature() const
{
    return signatureFrame() != nullptr;
}

QString BodyEditor::writtenText() const
{
    const QTextFrame *signature = signatureFrame();
    QStringList lines;
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        if (!signature || QTextCursor(b).currentFrame() != signature)
            lines += b.text();
    }
    return lines.join(u'\n').trimmed();
}

void BodyEditor::setSignature(const Signature &signature)
{
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    m_signature = signature;
    if (QTextFrame *old = signatureFrame()) {
        // Remove the frame with what is in it.
        QTextCursor remove(document());
        remove.setPosition(old->firstPosition() - 1);
        remove.setPosition(old->lastPosition() + 1, QTextCursor::KeepAnchor);
        remove.removeSelectedText();
    }
    if (!signature.isEmpty()) {
        // Above the first quoted line of a reply; otherwise at the very end.
        cursor.movePosition(QTextCursor::End);
        for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
            if (startsQuote(b)) {
                cursor.setPosition(b.position());
                cursor.insertBlock();
                cursor.movePosition(QTextCursor::PreviousBlock);
                break;
            }
        }
        QTextFrameFormat marker;
        marker.setProperty(signatureProperty, true);
        marker.setTopMargin(8);
        QTextFrame *frame = cursor.insertFrame(marker);
        QTextCursor inside = frame->firstCursorPosition();
        if (m_html && !signature.html.trimmed().isEmpty()) {
            inside.insertHtml(RichTextExport::sanitize(signature.html));
        } else {
            inside.insertText(QStringLiteral("-- \n") + signature.plain.trimmed());
        }
    }
    cursor.endEditBlock();
}

void BodyEditor::setSpellChecker(SpellChecker *checker)
{
    delete m_spelling;
    m_spelling = checker ? new SpellHighlighter(document(), checker) : nullptr;
    if (m_spelling)
        m_spelling->setNames(m_names);
}

void BodyEditor::setNamesInMessage(const QStringList &names)
{
    m_names = names;
    if (m_spelling)
        m_spelling->setNames(names);
}

bool BodyEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasUrls() || QTextEdit::canInsertFromMimeData(source);
}

void BodyEditor::insertFromMimeData(const QMimeData *source)
{
    QList<QUrl> files;
    for (const QUrl &url : source->urls()) {
        if (url.isLocalFile())
            files += url;
    }
    if (!files.isEmpty()) {
        Q_EMIT filesDropped(files); // attached, not inserted as text
        return;
    }
    if (m_html && source->hasHtml()) {
        insertHtml(RichTextExport::sanitize(source->html()));
        return;
    }
    insertPlainText(source->text());
}

QVariant BodyEditor::loadResource(int type, const QUrl &name)
{
    // Only what is embedded in the message; nothing is fetched from the network.
    if (name.scheme() == u"http" || name.scheme() == u"https" || name.scheme() == u"ftp")
        return {};
    return QTextEdit::loadResource(type, name);
}

void BodyEditor::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    if (m_spelling) {
        const QTextCursor at = cursorForPosition(event->pos());
        m_spelling->addSuggestions(menu.get(), at);
    }
    if (m_html) {
        menu->addSeparator();
        menu->addActions(m_actions);
    }
    menu->exec(event->globalPos());
}

void BodyEditor::toggleList(int style)
{
    QTextCursor cursor = textCursor();
    if (QTextList *list = cursor.currentList(); list && list->format().style() == style) {
        // Out of the list again.
        QTextBlockFormat plain = cursor.blockFormat();
        plain.setObjectIndex(-1);
        plain.setIndent(0);
        list->remove(cursor.block());
        cursor.setBlockFormat(plain);
        return;
    }
    QTextListFormat format;
    format.setStyle(static_cast<QTextListFormat::Style>(style));
    cursor.createList(format);
}

void BodyEditor::toggleQuote()
{
    QTextCursor cursor = textCursor();
    QTextBlockFormat f = cursor.blockFormat();
    const bool quoted = f.indent() > 0;
    f.setIndent(quoted ? 0 : 1);
    cursor.setBlockFormat(f);
}

void BodyEditor::insertLink()
{
    QTextCursor cursor = textCursor();
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Insert Link"), tr("Web address:"),
        QLineEdit::Normal, QStringLiteral("https://"), &ok);
    if (!ok || url.trimmed().isEmpty())
        return;
    QTextCharFormat f;
    f.setAnchor(true);
    f.setAnchorHref(url.trimmed());
    f.setFontUnderline(true);
    f.setForeground(palette().link());
    if (!cursor.hasSelection())
        cursor.insertText(url.trimmed(), f);
    else
        cursor.mergeCharFormat(f);
}

void BodyEditor::clearFormatting()
{
    QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::BlockUnderCursor);
    cursor.setCharFormat(QTextCharFormat());
    setCurrentCharFormat(QTextCharFormat());
    updateActions();
}

} // namespace Outpost
