// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compose/ComposeController.h"
#include "mail/Draft.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;

namespace Ui {
class ComposeWindow;
}

namespace Outpost {

class AttachmentList;
class ComposeSpelling;
class ComposeTemplates;
class TemplateLibrary;
class FieldMessage;
class MailStatusLinks;
class RecipientEdit;
class SpellChecker;
class ThreadPickerRow;
class UndoSendBar;

// The compose window: edits one message and sends it through its ComposeController.
// Errors stand under the field at fault; what the user wrote is never cleared by a failure.
class ComposeWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit ComposeWindow(ComposeController *controller, QWidget *parent = nullptr);
    ~ComposeWindow() override;

    // Prefills the form (mailto:, command line, a reply).
    void setDraft(const Draft &draft);
    ComposeInput input() const;
    // Fills the form exactly as the input says (a restored or returned draft).
    void restoreInput(const ComposeInput &input);
    // A draft reopened (after a crash, from Drafts) or a link's window: the keyboard where the
    // writing goes on, the first of To and Subject still empty, else the message.
    void focusWhereWritingContinues();
    // A draft reopened: the keyboard where the writing goes on, and what the user wrote in the
    // message checked for spelling at once.
    void continueWriting();
    // Selects this mailbox in From now, or once the mailboxes (re)load.
    void selectFrom(const QString &address);
    // Shown above the form, e.g. when no instance is signed in.
    void showNotice(const QString &text);
    // Something the user must know that is not about this message (the drafts file).
    void showWarning(const QString &text);
    // How long the "Sent" confirmation stays before the window closes (ms; 0: at once).
    void setCloseDelayAfterSend(int ms) { m_closeDelayMs = ms; }
    // Cc and Bcc are shown when asked for (View menu) or when they hold addresses.
    void setCcVisible(bool visible);
    void setBccVisible(bool visible);
    // File ▸ Save as .eml…: writes the message exactly as a direct send would upload it;
    // an empty string, or what stopped it.
    QString saveEmlTo(const QString &path);
    // Files to attach (`outpost compose --attach`): handed to the attachment list like files
    // dropped on the body.
    void attachFiles(const QStringList &paths);
    // The body's spell checker, once the window has been shown (null before).
    SpellChecker *spellChecker() const;
    // New mail in rich text or plain text (the setting, applied by MailWindows).
    void setRichText(bool rich);
    // File ▸ Quit: one action shared by every window (its Ctrl+Q works in all of them).
    void addQuitAction(QAction *quit);
    // "Drafts · Outbox" in the status bar (MailWindows), the last stop of Tab before From.
    void addStatusLinks(MailStatusLinks *links);
    // View ▸ Drafts, Outbox, Sent: shared by every window (MailWindows::windowActions).
    void addWindowActions(const QList<QAction *> &actions);
    // The sign-in to `instance` ended: a warning with a "Sign in Again" button that asks for
    // the sign-in (signInRequested). Nothing typed is touched.
    void showSignInNeeded(const QString &text);

    // Templates (issue 17, item 2; ComposeWindowTemplates.cpp): the button beside Send with
    // `manage` (Manage Templates…) in its menu, the quick insert (;;name) and the fields filled.
    void setTemplates(TemplateLibrary *library, QAction *manage);
    ComposeTemplates *templates() const { return m_templates; }

Q_SIGNALS:
    // The dictionary is loaded and the body checked (after the first paint).
    void spellingReady();
    // File ▸ New Message (Ctrl+N); without a receiver, the controller's requestCompose().
    void newMessageRequested();
    // The banner's "Sign in Again" button (an expired or revoked sign-in).
    void signInRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    // Tab past Send's row comes back to From (and Shift+Tab from From goes there).
    bool focusNextPrevChild(bool next) override;

private:
    void send();
    void sendLater(const QDateTime &when);
    // Asks what must be confirmed (empty subject, forgotten attachment), then sends.
    void confirmThenSend(QList<ComposeController::Question> questions, const QDateTime &when);
    void setupMenus();
    void saveAsEml();
    void setupRecipients();
    void setupBody();
    void setupKeyboard();
    void updateTabOrder();
    // Ctrl+B/I/U in plain text: offers rich text; the same key again (or the button) switches
    // and applies the format.
    void offerRichText(QAction *format);
    void acceptRichTextOffer();
    // Whether the form holds something of the user's: not an automatic signature alone.
    bool holdsContent() const;
    void onRecipientsChanged();
    void updateNamesForSpelling();
    void onFromChanged();
    void updateSignature(bool evenIfTyped);
    void updateFormatBar();
    QList<RecipientEdit *> recipientEdits() const;
    void askKeepOrDiscard();
    void updateTitle();
    void updateProviderChoice();
    void onMailboxesLoaded();
    // ComposeWindowFrom.cpp: "Sending as … · Change" when the recipients were last written to
    // from another mailbox.
    void setupFromHint();
    void updateFromHint();
    void onProblems(const QList<DraftProblem> &problems);
    void onSendFailed(const ServiceError &error);
    // ComposeWindowOutcome.cpp: "may have been sent", and the banner's link to the conversation.
    void onMayHaveBeenSent(const ServiceError &error);
    void onBannerLink(const QString &link);
    void onSent(const Receipt &receipt);
    void onPhaseChanged(ComposeController::Phase phase);
    void clearProblems();
    enum class BannerAction { None, SignIn };
    void showBanner(const QString &text, bool isError, BannerAction action = BannerAction::None);
    FieldMessage *messageFor(DraftField field) const;
    QWidget *widgetFor(DraftField field) const;

    std::unique_ptr<Ui::ComposeWindow> ui;
    ComposeController *m_controller;
    QString m_wantedFrom; // from a prefilled draft, selected once the mailboxes arrive
    int m_closeDelayMs = 1500;
    UndoSendBar *m_undoBar;
    QWidget *m_sendLater;
    bool m_closeDecided = false; // keep or discard was chosen: close without asking again
    ThreadPickerRow *m_threadRow = nullptr;
    ComposeSpelling *m_spelling = nullptr;
    bool m_fromChosen = false; // the user picked From: no preselection by recipient
    bool m_mailboxesSettled = false; // the From list arrived (or could not be loaded)
    // Send pressed before the From list arrived: the send time wanted, sent once it is here.
    std::optional<QDateTime> m_sendOnceMailboxes;
    bool m_autoSignature = true; // a signature goes in (and is swapped) as From changes
    QString m_signatureFrom; // whose signature the body holds
    int m_bodyRevision = 0; // the body's text as the autosave last heard of it
    // The automatic signature goes in, or new mail takes its format: not an edit of the user's.
    bool m_automatic = false;
    QWidget *m_richTextOffer = nullptr;
    QAction *m_offeredFormat = nullptr;
    // Attachments (issue 5): the list under the body, Insert > Attach File… (Ctrl+Shift+A).
    void setupAttachments();
    AttachmentList *m_attachmentList = nullptr;
    MailStatusLinks *m_statusLinks = nullptr;
    QList<QPointer<QWidget>> m_tabOrder; // updateTabOrder()
    QLabel *m_fromHint = nullptr;
    QLabel *m_ccBccLinks = nullptr; // "Cc Bcc" beside To
    void updateCcBccLinks();
    QString m_suggestedFrom; // the mailbox "Change" in the From hint selects
    QPushButton *m_bannerAction = nullptr;
    ComposeTemplates *m_templates = nullptr;
};

} // namespace Outpost
