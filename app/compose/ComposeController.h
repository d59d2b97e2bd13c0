// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Draft.h"
#include "mail/MailboxResolver.h"
#include "mail/Receipt.h"
#include "mail/SendLimits.h"
#include "mail/SendRules.h"
#include "net/ServiceError.h"

#include <QDateTime>
#include <QObject>

#include <variant>

namespace Outpost {

class AttachmentListModel;
class DraftAutosave;
class UploadClient;
class MailboxListModel;
class Outbox;
class PlatformClient;
class RecipientCompleter;
class SessionRegistry;
class Settings;
class SignatureStore;
struct DraftRecord;

// Turns a compose form into a Draft and sends it: local validation first (every problem
// pointing at its field), then into the durable Outbox (retries there, under one
// Idempotency-Key). The form is autosaved as a draft meanwhile. Observed by the compose
// window; shows nothing itself.
class ComposeController : public QObject
{
    Q_OBJECT
public:
    enum class Phase {
        Editing,
        Sending,
        Waiting, // backing off before the next attempt
        Sent,
        Held, // the undo window
        Queued, // in the outbox: scheduled, offline, or waiting its turn
        // The server's answer was lost and the lookups could not tell whether the mail
        // landed: it stays in the outbox, never sent again blindly; the user looks first.
        MayHaveBeenSent,
    };
    Q_ENUM(Phase)

    // `settings`: the process's one (not owned), for per-mailbox choices (signatures, spelling
    // language, the mailbox last used with each recipient) and the user's limits.
    ComposeController(
        PlatformClient *client, Outbox *outbox, Settings &settings, QObject *parent = nullptr);
    ~ComposeController() override;

    MailboxListModel *mailboxes() const { return m_mailboxes; }
    Phase phase() const { return m_phase; }
    // Where threads are listed and conversations read (the thread picker, the conversation view).
    PlatformClient *client() const { return m_client; }
    SessionRegistry *sessions() const { return m_sessions; }
    // The platform that reads the conversations of mail sent from `from`: the signed-in
    // instance that connects it, else client() (null: none; a mailbox sent through directly
    // has no conversation there).
    PlatformClient *conversationClient(const QString &from, std::optional<Provider> provider) const;
    // Where contacts are looked up and templates read: client(), else the first signed-in
    // instance's (the application shares sessions; null: none).
    PlatformClient *instanceClient() const;
    Outbox *outbox() const { return m_outbox; }
    // Another compose window should open with this message (a reply from a conversation).
    void requestCompose(const Draft &draft) { Q_EMIT composeRequested(draft); }

    // The From list then shows the mailboxes of every signed-in instance (instead of one
    // client's); pair it with a RoutingSubmission.
    void setSessions(SessionRegistry *sessions) { m_sessions = sessions; }
    void loadMailboxes();
    MailboxResolution resolve(const QString &from, std::optional<Provider> provider) const;

    Settings &settings() const { return m_settings; }
    SignatureStore *signatures() const;
    // Address suggestions for one recipient field: recent recipients and platform contacts.
    RecipientCompleter *createCompleter(QObject *parent);
    // The mailbox last used to write to one of `recipients` (empty: none remembered).
    QString preferredFrom(const QList<MailAddress> &recipients) const;
    // The user's own mailbox in the From list: the signed-in user's address, else a mailbox
    // added directly (empty: none of those is listed).
    QString ownMailbox() const;
    // The spelling language chosen for mail from `from` (empty: none chosen yet).
    QString spellingLanguage(const QString &from) const;
    void setSpellingLanguage(const QString &from, const QString &language);

    // What the user should confirm before this input is sent (asked by the window).
    enum class Question {
        EmptySubject, // a new thread without a subject
        ForgottenAttachment, // the text promises an attachment and there is none
    };
    Q_ENUM(Question)
    QList<Question> questionsBefore(const ComposeInput &input) const;
    // The word that promises an attachment (for the question's text).
    QString promisedAttachment(const ComposeInput &input) const;

    // The draft the input describes, or the problems that stop it (each with its field).
    std::variant<Draft, QList<DraftProblem>> draftFrom(const ComposeInput &input) const;

    // Validates and moves the draft into the outbox (`sendAt` in the future: sent then);
    // false (and problemsFound) when something must be fixed.
    bool send(const ComposeInput &input, const QDateTime &sendAt = {});
    // During the undo window: the mail comes back to the form.
    bool undo();
    QString outboxEntryId() const { return m_entryId; }
    QDateTime heldUntil() const; // the end of the undo window
    qint64 undoRemainingMs() const;
    QDateTime scheduledAt() const; // send later

    // The draft behind the form: autosaved, restored after a crash, kept or discarded.
    DraftAutosave *autosave() const { return m_autosave; }
    // Attachments (issue 5): uploaded as they are added; send() waits until they are.
    AttachmentListModel *attachments() const { return m_attachments; }
    QString draftId() const;
    // Continues a stored draft (inputRestored() fills the form). `idempotencyKey`: the key of
    // attempts that may have reached the server; sending the very same mail again reuses it.
    void adoptDraft(const DraftRecord &record, const QString &idempotencyKey = {});
    // Back from the outbox, refused: the reason is shown as sendFailed().
    void returnFromOutbox(const DraftRecord &record, const ServiceError &error);
    // The window is closing: true when it may close now; false when the user must choose
    // (closeDecisionNeeded() follows), then keepDraft() or discardDraft().
    bool requestClose();
    void keepDraft();
    void discardDraft();

Q_SIGNALS:
    void composeRequested(const Outpost::Draft &draft);
    void mailboxesLoaded();
    void mailboxesFailed(const Outpost::ServiceError &error);
    void problemsFound(const QList<Outpost::DraftProblem> &problems);
    void phaseChanged(Outpost::ComposeController::Phase phase);
    void retrying(int attempt, qint64 delayMs, const Outpost::ServiceError &error);
    void sent(const Outpost::Receipt &receipt);
    void sendFailed(const Outpost::ServiceError &error);
    // Phase MayHaveBeenSent: `error` says why nothing is known; the mail waits in the Outbox.
    void mayHaveBeenSent(const Outpost::ServiceError &error);
    void inputRestored(const Outpost::ComposeInput &input);
    void closeDecisionNeeded();
    void draftSaveFailed(const QString &error);
    // Send was asked while `count` attachments still upload: it goes once they are done.
    void waitingForUploads(int count);

private:
    void setPhase(Phase phase);
    void watchOutbox();
    void takeBackAfterFailure(const QString &entryId, const ServiceError &error);
    void rememberFrom(const Draft &draft);

    Settings &m_settings;
    PlatformClient *m_client;
    SessionRegistry *m_sessions = nullptr;
    MailboxListModel *m_mailboxes;
    Outbox *m_outbox;
    DraftAutosave *m_autosave;
    QString m_entryId; // in the outbox
    // After retries ran out, a resend of the same mail reuses the key: it may have gone out.
    QString m_idempotencyKey;
    Draft m_keyedDraft;
    Phase m_phase = Phase::Editing;
    // Attachments (issue 5).
    void setupAttachments();
    bool attachmentsReady(const ComposeInput &input, const QDateTime &sendAt);
    // The limits of the route the resolved mailbox sends through (SendLimits' table).
    SendLimits limitsFor(const MailboxResolution &resolution) const;
    AttachmentListModel *m_attachments = nullptr;
    UploadClient *m_uploads = nullptr;
    std::optional<std::pair<ComposeInput, QDateTime>> m_sendAfterUploads;
    bool m_restoringAttachments = false;
    mutable SignatureStore *m_signatures = nullptr;
};

} // namespace Outpost
