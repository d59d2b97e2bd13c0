// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTextEdit>

#include "compose/SignatureStore.h"

class QAction;
class QTextFrame;

namespace Outpost {

class SpellChecker;
class SpellHighlighter;

// The message body: plain text, or HTML with the usual formatting (bold, italic, underline,
// lists, links, block quote, clear formatting) and their shortcuts. What it sends is clean
// HTML plus a faithful plain-text rendering; pasted HTML is sanitised and nothing remote is
// fetched while editing.
class BodyEditor : public QTextEdit
{
    Q_OBJECT
public:
    explicit BodyEditor(QWidget *parent = nullptr);
    ~BodyEditor() override;

    bool isHtml() const { return m_html; }
    // Converts what is there (plain → lines; HTML → its plain rendering), keeping the caret
    // where it was and the signature as a signature.
    void setHtml(bool html);
    QString bodyText() const; // what goes on the wire as `body`
    QString plainRendering() const;
    void setBody(const QString &body, bool html);

    void setSpellChecker(SpellChecker *checker);
    // The people's names of this message, whose words spelling leaves unmarked
    // (SpellHighlighter::setNames).
    void setNamesInMessage(const QStringList &names);
    // A completer's popup over the body (the templates' quick insert): while it shows, Enter,
    // Tab and Esc are its (QCompleter hands them back when the editor does not take them).
    void setCompletionPopup(QWidget *popup) { m_completionPopup = popup; }

    // Puts `signature` in place of the one there now (if any): at the end of new mail,
    // above the quoted text of a reply. An empty signature just removes the current one.
    void setSignature(const Signature &signature);
    bool hasSignature() const;
    // What the user wrote: the plain text without the automatic signature (empty: nothing).
    QString writtenText() const;
    // Formatting actions (enabled in HTML mode only), for a toolbar and the shortcuts.
    const QList<QAction *> &formatActions() const { return m_actions; }
    QAction *action(const QString &name) const;

Q_SIGNALS:
    void htmlChanged(bool html);
    // Files dropped or pasted onto the body: the compose window attaches them.
    void filesDropped(const QList<QUrl> &urls);
    // Bold, italic or underline asked for by its shortcut in plain text (the window offers
    // rich text).
    void richTextWanted(QAction *format);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    QVariant loadResource(int type, const QUrl &name) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void createActions();
    void updateActions();
    void toggleList(int style);
    void toggleQuote();
    void insertLink();
    void clearFormatting();
    QTextFrame *signatureFrame() const;
    QAction *plainFormatShortcut(const QKeyEvent *event) const;

    bool m_html = false;
    QList<QAction *> m_actions;
    SpellHighlighter *m_spelling = nullptr;
    QStringList m_names;
    Signature m_signature; // the one in the signature frame
    QPointer<QWidget> m_completionPopup;
};

} // namespace Outpost
