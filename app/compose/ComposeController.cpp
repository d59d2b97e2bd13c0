// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/ComposeController.h"

#include "accounts/DirectMailboxes.h"
#include "accounts/InstanceSession.h"
#include "accounts/MailboxListModel.h"
#include "accounts/SessionRegistry.h"
#include "compose/AttachmentListModel.h"
#include "compose/DraftAutosave.h"
#include "compose/RecipientCompleter.h"
#include "compose/SignatureStore.h"
#include "mail/AddressList.h"
#include "mail/AttachmentReminder.h"
#include "mail/Clock.h"
#include "mail/SendRules.h"
#include "platform/PlatformClient.h"
#include "platform/UploadClient.h"
#include "settings/RecipientMailboxes.h"
#include "settings/Settings.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"

#include <QCoreApplication>

namespace Outpost {

using namespace Qt::StringLiterals;

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::ComposeController)
};

} // namespace

ComposeController::ComposeController(
    PlatformClient *client, Outbox *outbox, Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_client(client)
    , m_mailboxes(new MailboxListModel(this))
    , m_outbox(outbox)
    , m_autosave(new DraftAutosave(
          outbox ? outbox->store() : nullptr, outbox ? outbox->clock() : nullptr, this))
{
    if (client)
        m_autosave->setInstance(client->session().instance);
    connect(m_autosave, &DraftAutosave::saveFailed, this, &ComposeController::draftSaveFailed);
    if (m_outbox) // without one, the controller only checks input (draftFrom)
        watchOutbox();
    setupAttachments();
}

ComposeController::~ComposeController() = default;

void ComposeController::loadMailboxes()
{
    if (m_sessions) {
        if (!m_sessions->hasMailboxSources()) {
            m_mailboxes->setMailboxes({}); // signed out of everything: nothing to send from
            return;
        }
        // Drafts name an instance; with several signed in, the first one holds them.
        if (!m_client && !m_sessions->sessions().isEmpty())
            m_autosave->setInstance(m_sessions->sessions().first()->instance());
        m_sessions->fetchMailboxes(
            this, [this](const QList<Mailbox> &all, const QList<ServiceError> &errors) {
                if (!errors.isEmpty() && all.isEmpty()) {
                    Q_EMIT mailboxesFailed(errors.first());
                    return;
                }
                m_mailboxes->setMailboxes(all);
                Q_EMIT mailboxesLoaded();
                for (const ServiceError &e : errors)
                    Q_EMIT mailboxesFailed(e);
            });
        return;
    }
    if (!m_client)
        return;
    m_client->fetchMailboxes(this, [this](const Result<QList<Mailbox>> &result) {
        if (!result.ok()) {
            Q_EMIT mailboxesFailed(result.error());
            return;
        }
        m_mailboxes->setMailboxes(result.value());
        Q_EMIT mailboxesLoaded();
    });
}

SignatureStore *ComposeController::signatures() const
{
    if (!m_signatures)
        m_signatures
            = new SignatureStore(m_settings.store(), const_cast<ComposeController *>(this));
    return m_signatures;
}

PlatformClient *ComposeController::conversationClient(
    const QString &from, std::optional<Provider> provider) const
{
    PlatformClient *session = m_sessions ? m_sessions->clientFor(from, provider) : nullptr;
    return session ? session : m_client;
}

PlatformClient *ComposeController::instanceClient() const
{
    if (m_client)
        return m_client;
    return m_sessions ? m_sessions->firstClient() : nullptr;
}

RecipientCompleter *ComposeController::createCompleter(QObject *parent)
{
    auto *completer = new RecipientCompleter(parent);
    completer->setClientSource([self = QPointer<ComposeController>(this)]() -> PlatformClient * {
        return self ? self->instanceClient() : nullptr;
    });
    if (m_outbox)
        completer->loadKnown(m_outbox->store());
    return completer;
}

QString ComposeController::preferredFrom(const QList<MailAddress> &recipients) const
{
    const RecipientMailboxes &memory = m_settings.recipientMailboxes();
    for (const MailAddress &a : recipients) {
        const QString from = memory.mailboxFor(a.address);
        if (!from.isEmpty())
            return from;
    }
    return {};
}

namespace {
// Whether an address names a role rather than a person: the mailbox names of RFC 2142
// ("Mailbox Names for Common Services, Roles and Functions",
// https://www.rfc-editor.org/rfc/rfc2142) and the team names organisations commonly share.
// The platform lists every mailbox the user may send from as the user's own
// (`GET /api/email/accounts`, ../shared/api/CONTRACT.md) and says nothing of who else uses
// it: this is a guess, and only decides where a new message starts.
bool isRoleAddress(const QString &address)
{
    static const QStringList roles {u"info"_s, u"marketing"_s, u"sales"_s, u"support"_s, u"abuse"_s,
        u"noc"_s, u"security"_s, u"postmaster"_s, u"hostmaster"_s, u"webmaster"_s, u"www"_s,
        u"ftp"_s, u"news"_s, u"usenet"_s, u"uucp"_s, u"ops"_s, u"operations"_s, u"team"_s,
        u"admin"_s, u"billing"_s, u"contact"_s, u"hello"_s, u"help"_s, u"noreply"_s, u"no-reply"_s,
        u"office"_s, u"jobs"_s, u"careers"_s, u"hr"_s, u"finance"_s, u"accounts"_s, u"invoices"_s};
    const QString local = address.section(u'@', 0, 0).toLower();
    return roles.contains(local);
}
} // namespace

QString ComposeController::ownMailbox() const
{
    // The signed-in user's own address first (a session says whose it is); else a platform
    // mailbox that names a person rather than a role; else a mailbox Outpost sends through
    // itself, whose account the provider confirmed (AccountCheck). A shared mailbox (ops@…)
    // is never chosen for the user.
    const QList<Mailbox> &all = m_mailboxes->mailboxes();
    if (!m_sessions)
        return {};
    for (const InstanceSession *s : m_sessions->sessions()) {
        for (const Mailbox &m : all) {
            if (!s->email().isEmpty() && AddressList::sameAddress(m.address, s->email()))
                return m.address;
        }
    }
    const DirectMailboxes *direct = m_sessions->direct();
    const auto isDirect
        = [direct](const Mailbox &m) { return direct && direct->find(m.address, std::nullopt); };
    for (const Mailbox &m : all) {
        if (m.active && !isDirect(m) && !isRoleAddress(m.address))
            return m.address;
    }
    for (const Mailbox &m : all) {
        if (isDirect(m))
            return m.address;
    }
    return {};
}

void ComposeController::rememberFrom(const Draft &draft)
{
    if (draft.from.isEmpty())
        return;
    QStringList addresses;
    for (const QList<MailAddress> *list : {&draft.to, &draft.cc, &draft.bcc}) {
        for (const MailAddress &a : *list)
            addresses += a.address;
    }
    // In memory now, on disk from a thread of its own: Send never waits for an fsync.
    m_settings.recipientMailboxes().remember(addresses, draft.from);
}

QString ComposeController::spellingLanguage(const QString &from) const
{
    return m_settings.spellingLanguage(from);
}

void ComposeController::setSpellingLanguage(const QString &from, const QString &language)
{
    if (!from.isEmpty())
        m_settings.setSpellingLanguage(from, language);
}

QList<ComposeController::Question> ComposeController::questionsBefore(
    const ComposeInput &input) const
{
    QList<Question> questions;
    const DraftRecord record = m_autosave->snapshot(input);
    if (record.draft.threadId.isEmpty() && input.subject.trimmed().isEmpty())
        questions += Question::EmptySubject;
    if (record.draft.attachments.isEmpty() && !promisedAttachment(input).isEmpty())
        questions += Question::ForgottenAttachment;
    return questions;
}

QString ComposeController::promisedAttachment(const ComposeInput &input) const
{
    return AttachmentReminder::promisedAttachment(input.body, input.isHtml);
}

MailboxResolution ComposeController::resolve(
    const QString &from, std::optional<Provider> provider) const
{
    return MailboxResolver::resolve(m_mailboxes->mailboxes(), from, provider);
}

std::variant<Draft, QList<DraftProblem>> ComposeController::draftFrom(const ComposeInput &in) const
{
    auto checked = SendRules::draftFrom(in);
    QList<DraftProblem> problems;
    Draft d;
    if (auto *found = std::get_if<QList<DraftProblem>>(&checked)) {
        problems = *found;
        // The mailbox is still resolved below, so that a problem of From is said too.
        d.from = in.from.trimmed();
        d.provider = in.provider;
    } else {
        d = std::get<Draft>(checked);
    }
    if (!d.from.isEmpty() && !m_mailboxes->mailboxes().isEmpty()) {
        const MailboxResolution r = resolve(d.from, d.provider);
        if (r.kind == MailboxResolution::Kind::Resolved) {
            // The provider goes on the wire only when the address is connected twice.
            d.provider = resolve(d.from, std::nullopt).kind == MailboxResolution::Kind::Ambiguous
                ? std::optional(r.mailbox.provider)
                : std::nullopt;
        }
        problems += SendRules::check(r, d.from, d.provider);
    }
    if (!problems.isEmpty())
        return problems;
    return d;
}

bool ComposeController::send(const ComposeInput &input, const QDateTime &sendAt)
{
    if (m_phase != Phase::Editing || !m_outbox)
        return false;
    if (!attachmentsReady(input, sendAt))
        return m_sendAfterUploads.has_value(); // sent once the uploads are done
    // The fields the form does not show (thread, attachments) come from the draft.
    DraftRecord record = m_autosave->snapshot(input);
    ComposeInput full = input;
    full.threadId = record.draft.threadId;
    full.conversationId = record.draft.conversationId;
    full.inReplyTo = record.draft.inReplyTo;
    full.references = record.draft.references;
    const auto result = draftFrom(full);
    if (const auto *problems = std::get_if<QList<DraftProblem>>(&result)) {
        Q_EMIT problemsFound(*problems);
        return false;
    }
    Draft draft = std::get<Draft>(result);
    draft.attachments = record.draft.attachments;
    record.draft = draft;
    // The same mail after retries ran out keeps its key; anything else is a new send.
    if (!m_idempotencyKey.isEmpty() && !(m_keyedDraft == draft))
        m_idempotencyKey.clear();
    m_autosave->suspend(); // the outbox writes this very content, in one transaction
    // The way it leaves, decided here once: the outbox keeps it with the entry, and every
    // attempt and lookup takes it (Route). Without sessions (a controller over one platform
    // client) there is one way only.
    const Route route
        = m_sessions ? m_sessions->routeFor(draft.from, draft.provider).value_or(Route()) : Route();
    m_entryId = m_outbox->enqueue(record, sendAt, m_idempotencyKey, route);
    rememberFrom(draft);
    if (const auto queued = m_outbox->entry(m_entryId)) {
        m_idempotencyKey = queued->idempotencyKey;
        m_keyedDraft = draft;
    }
    const auto entry = m_outbox->entry(m_entryId);
    setPhase(entry && entry->state == OutboxEntry::State::Held ? Phase::Held : Phase::Queued);
    return true;
}

bool ComposeController::undo()
{
    if (m_phase != Phase::Held || !m_outbox || !m_outbox->undo(m_entryId))
        return false;
    m_entryId.clear();
    m_autosave->resume();
    m_outbox->store()->setDraftOpen(m_autosave->draftId(), true);
    setPhase(Phase::Editing);
    return true;
}

QDateTime ComposeController::heldUntil() const
{
    const auto entry = m_outbox ? m_outbox->entry(m_entryId) : std::nullopt;
    return entry && entry->state == OutboxEntry::State::Held ? entry->nextAttemptAt : QDateTime();
}

qint64 ComposeController::undoRemainingMs() const
{
    const QDateTime until = heldUntil();
    return until.isValid() ? std::max<qint64>(0, m_outbox->clock()->now().msecsTo(until)) : 0;
}

QDateTime ComposeController::scheduledAt() const
{
    const auto entry = m_outbox ? m_outbox->entry(m_entryId) : std::nullopt;
    return entry ? entry->scheduledAt : QDateTime();
}

QString ComposeController::draftId() const
{
    return m_autosave->draftId();
}

void ComposeController::adoptDraft(const DraftRecord &record, const QString &idempotencyKey)
{
    m_autosave->adopt(record);
    // Attachments (issue 5): what changed on disk since the draft was saved uploads again.
    m_restoringAttachments = true;
    m_attachments->setAttachments(record.draft.attachments);
    m_restoringAttachments = false;
    m_idempotencyKey = idempotencyKey;
    m_keyedDraft = record.draft;
    if (m_outbox)
        m_outbox->store()->setDraftOpen(record.id, true);
    Q_EMIT inputRestored(DraftAutosave::inputOf(record));
}

void ComposeController::returnFromOutbox(const DraftRecord &record, const ServiceError &error)
{
    adoptDraft(record);
    m_entryId.clear();
    setPhase(Phase::Editing);
    Q_EMIT sendFailed(error);
}

bool ComposeController::requestClose()
{
    // In the outbox, or sent: nothing of the form is left to keep.
    if (m_phase != Phase::Editing)
        return true;
    if (m_autosave->failing() && m_autosave->holdsContent()) {
        // The disk did not take the draft: closing now would lose what only this window
        // holds. It stays open (and says why) until a save succeeds, or the mail is sent.
        m_autosave->saveNow();
        Q_EMIT draftSaveFailed(m_autosave->lastError());
        return false;
    }
    if (!m_autosave->holdsContent()) {
        // An empty form, or one holding only its automatic signature, leaves nothing behind.
        m_autosave->discard();
        return true;
    }
    Q_EMIT closeDecisionNeeded();
    return false;
}

void ComposeController::keepDraft()
{
    m_autosave->keep();
}

void ComposeController::discardDraft()
{
    m_autosave->discard();
}

void ComposeController::watchOutbox()
{
    auto mine
        = [this](const QString &entryId) { return !entryId.isEmpty() && entryId == m_entryId; };
    connect(m_outbox, &Outbox::enqueueFailed, this,
        [this, mine](const QString &id, const QString &error) {
            if (!mine(id))
                return;
            m_entryId.clear();
            m_autosave->resume();
            m_autosave->edited(); // the form still holds it: saved as a draft again
            setPhase(Phase::Editing);
            ServiceError e;
            e.kind = ServiceError::Kind::Cancelled;
            e.message = Tr::tr("Not sent: the outbox could not store it (%1).").arg(error);
            Q_EMIT sendFailed(e);
        });
    connect(m_outbox, &Outbox::entryChanged, this, [this, mine](const OutboxEntry &entry) {
        if (mine(entry.id) && m_phase == Phase::Held && entry.state == OutboxEntry::State::Queued)
            setPhase(Phase::Queued);
    });
    connect(m_outbox, &Outbox::attemptStarted, this, [this, mine](const QString &id) {
        if (mine(id))
            setPhase(Phase::Sending);
    });
    connect(m_outbox, &Outbox::waiting, this,
        [this, mine](const QString &id, int attempt, qint64 delayMs, const ServiceError &error) {
            if (!mine(id))
                return;
            setPhase(Phase::Waiting);
            Q_EMIT retrying(attempt, delayMs, error);
        });
    connect(m_outbox, &Outbox::sent, this, [this, mine](const QString &id, const Receipt &receipt) {
        if (!mine(id))
            return;
        m_entryId.clear();
        m_idempotencyKey.clear();
        setPhase(Phase::Sent);
        Q_EMIT sent(receipt);
    });
    // Not a failure: the mail may be stored. It stays in the outbox with what is known of the
    // attempt (taken back, a Send would be a new mail and could be a second copy).
    connect(m_outbox, &Outbox::outcomeUnknown, this,
        [this, mine](const QString &id, const ServiceError &error) {
            if (!mine(id))
                return;
            setPhase(Phase::MayHaveBeenSent);
            Q_EMIT mayHaveBeenSent(error);
        });
    connect(m_outbox, &Outbox::failed, this,
        [this, mine](const QString &id, const ServiceError &error) {
            if (mine(id) && m_phase != Phase::MayHaveBeenSent)
                takeBackAfterFailure(id, error);
        });
    // Looked for again from the Outbox window: the window follows what it finds.
    connect(m_outbox, &Outbox::entryChanged, this, [this, mine](const OutboxEntry &entry) {
        if (mine(entry.id) && m_phase == Phase::MayHaveBeenSent
            && m_outbox->status(entry.id) != Outbox::Status::MayHaveBeenSent)
            setPhase(Phase::Queued);
    });
    // Taken out of the outbox elsewhere (the Outbox window): the form is editable again.
    connect(m_outbox, &Outbox::entryRemoved, this, [this, mine](const QString &id) {
        if (!mine(id) || m_phase == Phase::Sent)
            return;
        m_entryId.clear();
        m_autosave->resume();
        setPhase(Phase::Editing);
    });
}

void ComposeController::takeBackAfterFailure(const QString &entryId, const ServiceError &error)
{
    // Refused outright: nothing went out, so a corrected mail is a new send.
    if (error.isDefinitive())
        m_idempotencyKey.clear();
    const QString draftId = m_autosave->draftId();
    LocalStore *store = m_outbox->store();
    m_outbox->takeBack(entryId, this, [store, draftId](const std::optional<DraftRecord> &) {
        store->setDraftOpen(draftId, true); // this window holds it again
    });
    Q_EMIT sendFailed(error);
}

void ComposeController::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

// ---- Attachments (issue 5) -------------------------------------------------------------

void ComposeController::setupAttachments()
{
    m_attachments = new AttachmentListModel(this);
    // Uploads go to the instance this controller sends through; with several signed in, to
    // the first (the one drafts are kept for).
    auto bind = [this] {
        PlatformClient *target = m_client;
        if (!target && m_sessions && !m_sessions->sessions().isEmpty())
            target = m_sessions->sessions().first()->client();
        if (!target || (m_uploads && m_uploads->platform() == target))
            return;
        delete m_uploads;
        m_uploads = new UploadClient(target, nullptr, this);
        m_attachments->setUploadClient(m_uploads);
    };
    bind();
    connect(this, &ComposeController::mailboxesLoaded, this, bind);
    connect(m_attachments, &AttachmentListModel::attachmentsChanged, this, [this] {
        m_autosave->setAttachments(m_attachments->attachments());
        if (!m_restoringAttachments)
            m_autosave->edited();
    });
    connect(m_attachments, &AttachmentListModel::settled, this, [this] {
        if (!m_sendAfterUploads || m_phase != Phase::Editing)
            return;
        const auto [input, sendAt] = *m_sendAfterUploads;
        m_sendAfterUploads.reset();
        send(input, sendAt);
    });
}

bool ComposeController::attachmentsReady(const ComposeInput &input, const QDateTime &sendAt)
{
    m_sendAfterUploads.reset();
    const MailboxResolution r = resolve(input.from.trimmed(), input.provider);
    m_attachments->setLimits(limitsFor(r));
    // A file changed since its upload goes again; sending waits for every upload.
    m_attachments->uploadChangedFiles();
    if (m_uploads && !m_attachments->isSettled()) {
        m_sendAfterUploads = {input, sendAt};
        Q_EMIT waitingForUploads(m_attachments->pendingCount());
        return false;
    }
    const QList<DraftProblem> problems = m_attachments->problems();
    if (!problems.isEmpty()) {
        Q_EMIT problemsFound(problems);
        return false;
    }
    m_autosave->setAttachments(m_attachments->attachments());
    return true;
}

SendLimits ComposeController::limitsFor(const MailboxResolution &resolution) const
{
    if (resolution.kind != MailboxResolution::Kind::Resolved)
        return SendLimits::of(SendRoute::Platform, std::nullopt);
    const Mailbox &m = resolution.mailbox;
    const std::optional<Route> route
        = m_sessions ? m_sessions->routeFor(m.address, m.provider) : std::nullopt;
    return SendLimits::of(route ? route->kind : SendRoute::Platform, m.provider)
        .withMessageLimit(m_settings.maxMessageMB(m.provider) * 1024 * 1024);
}

} // namespace Outpost
