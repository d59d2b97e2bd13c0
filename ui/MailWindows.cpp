// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MailWindows.h"

#include "accounts/MailboxListModel.h"
#include "accounts/SessionRegistry.h"
#include "compose/ComposeController.h"
#include "compose/DraftAutosave.h"
#include "compose/DraftListModel.h"
#include "conversation/ConversationLoader.h"
#include "conversation/ConversationReadAhead.h"
#include "display/TimeText.h"
#include "mail/Clock.h"
#include "outbox/OutboxModel.h"
#include "outbox/SentListModel.h"
#include "settings/Settings.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "threads/ThreadChoice.h"
#include "ui/compose/ComposeWindow.h"
#include "ui/compose/DraftsWindow.h"
#include "ui/compose/TemplatesWindow.h"
#include "ui/conversation/ConversationProcess.h"
#include "ui/conversation/ConversationViewLoader.h"
#include "ui/conversation/ConversationWindow.h"
#include "ui/outbox/MailStatusLinks.h"
#include "ui/outbox/OutboxWindow.h"
#include "ui/outbox/SendNotifier.h"
#include "ui/outbox/SentWindow.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStatusBar>
#include <QTimer>

namespace Outpost {

MailWindows::MailWindows(
    PlatformClient *client, Outbox *outbox, Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_client(client)
    , m_outbox(outbox)
    , m_store(outbox->store())
    , m_drafts(new DraftListModel(outbox->store(), this))
    , m_outboxModel(new OutboxModel(outbox, this))
    , m_sentModel(new SentListModel(outbox, this))
    , m_notifier(new SendNotifier(
          outbox, [this] { return mailOnItsWay(); }, this))
    , m_sentReadAhead(new ConversationReadAhead(outbox, this))
{
    connect(m_notifier, &SendNotifier::outboxRequested, this, &MailWindows::showOutbox);
    connect(m_store, &LocalStore::opened, this, &MailWindows::onStoreOpened);
    connect(m_store, &LocalStore::recovered, this, [this](const QString &notice) {
        // Said once: in the windows open now, or else in the first one to open.
        if (composeWindows().isEmpty()) {
            m_pendingNotice = notice;
            return;
        }
        for (ComposeWindow *w : composeWindows())
            w->showWarning(notice);
    });
    connect(outbox, &Outbox::failed, this, &MailWindows::onFailed);
    connect(outbox, &Outbox::dueWhileClosed, this, &MailWindows::askAboutDueMail);
    // After the last window closed, Outpost goes once the outbox has nothing left on its way.
    // Looked at later: a failure's window (onFailed, connected first) must be shown before.
    const auto later = [this] { QTimer::singleShot(0, this, &MailWindows::quitIfDone); };
    connect(outbox, &Outbox::countChanged, this, later);
    connect(outbox, &Outbox::entryChanged, this, later);
    connect(this, &MailWindows::undoDelayChanged, outbox, [this, outbox](int seconds) {
        outbox->setUndoDelay(std::chrono::seconds(seconds));
        m_settings.setUndoSeconds(seconds);
    });
}

std::chrono::milliseconds MailWindows::savedUndoDelay(const Settings &settings)
{
    return std::chrono::seconds(settings.undoSeconds());
}

MailWindows::~MailWindows()
{
    for (const QPointer<ComposeWindow> &w : std::as_const(m_windows))
        delete w.data();
    delete m_draftsWindow.data();
    delete m_outboxWindow.data();
    delete m_sentWindow.data();
    delete m_templatesWindow.data();
}

void MailWindows::setControllerSetup(std::function<void(ComposeController *)> setup)
{
    m_setup = std::move(setup);
}

ComposeController *MailWindows::controllerOf(const ComposeWindow *window)
{
    return window ? window->findChild<ComposeController *>(QString(), Qt::FindDirectChildrenOnly)
                  : nullptr;
}

ComposeWindow *MailWindows::createWindow()
{
    auto *controller = new ComposeController(m_client, m_outbox, m_settings);
    if (m_setup)
        m_setup(controller);
    auto *window = new ComposeWindow(controller);
    controller->setParent(window);
    window->setWindowIcon(QIcon(QStringLiteral(":/outpost/icons/outpost.svg")));
    window->setCloseDelayAfterSend(m_closeDelayMs);
    auto *links = new MailStatusLinks(m_outbox, window);
    window->addStatusLinks(links);
    connect(links, &MailStatusLinks::draftsRequested, this, &MailWindows::showDrafts);
    connect(links, &MailStatusLinks::outboxRequested, this, &MailWindows::showOutbox);
    connect(links, &MailStatusLinks::sentRequested, this, &MailWindows::showSent);
    // Ctrl+N is the window's File ▸ New Message (one owner: no ambiguous shortcut).
    connect(window, &ComposeWindow::newMessageRequested, this, [this] {
        ComposeWindow *w = openNew();
        w->show();
        w->activateWindow();
    });
    window->addQuitAction(quitAction());
    window->addWindowActions(windowActions());
    TemplateLibrary *library = templates(); // makes Manage Templates… too
    window->setTemplates(library, m_manageTemplates);
    if (m_richTextSetting)
        window->setRichText(m_settings.richText());
    m_windows.removeAll(nullptr);
    m_windows.append(window);
    if (!m_storeProblem.isEmpty())
        window->showWarning(m_storeProblem);
    else if (!m_pendingNotice.isEmpty())
        window->showWarning(std::exchange(m_pendingNotice, QString()));
    Q_EMIT windowCreated(window);
    return window;
}

ComposeWindow *MailWindows::openNew(const Draft &prefill)
{
    ComposeWindow *window = createWindow();
    if (!(prefill == Draft()))
        window->setDraft(prefill);
    if (m_started)
        QTimer::singleShot(0, controllerOf(window), &ComposeController::loadMailboxes);
    return window;
}

ComposeWindow *MailWindows::openAnswer(const Draft &draft)
{
    ComposeWindow *w = openNew();
    ThreadChoice::open(controllerOf(w), draft);
    // Asked for with a key or a click in the conversation, which is another process's: shown
    // alone, a window manager that prevents focus stealing (metacity, mutter, KWin) keeps it
    // behind, and what the user types next goes nowhere. Asked for activation, it comes up
    // with the keyboard: Qt asks once the window is mapped, with a time the X server gave after
    // that key (the journey answers_get_the_keyboard_under_a_window_manager).
    w->show();
    w->raise();
    w->activateWindow();
    return w;
}

ComposeWindow *MailWindows::openDraft(const DraftRecord &record)
{
    ComposeWindow *window = windowFor(record.id);
    if (!window) {
        window = createWindow();
        controllerOf(window)->adoptDraft(record);
        window->continueWriting();
        if (m_started)
            QTimer::singleShot(0, controllerOf(window), &ComposeController::loadMailboxes);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

ComposeWindow *MailWindows::windowFor(const QString &draftId) const
{
    for (const QPointer<ComposeWindow> &w : m_windows) {
        if (w && controllerOf(w)->draftId() == draftId)
            return w;
    }
    return nullptr;
}

QList<ComposeWindow *> MailWindows::composeWindows() const
{
    QList<ComposeWindow *> list;
    for (const QPointer<ComposeWindow> &w : m_windows) {
        if (w)
            list += w.data();
    }
    return list;
}

DraftsWindow *MailWindows::showDrafts()
{
    if (!m_draftsWindow) {
        m_draftsWindow = new DraftsWindow(m_drafts, m_store);
        m_draftsWindow->setWindowIcon(QIcon(QStringLiteral(":/outpost/icons/outpost.svg")));
        m_draftsWindow->setOpenCheck([this](const QString &id) { return windowFor(id); });
        connect(m_draftsWindow, &DraftsWindow::openRequested, this, &MailWindows::openDraft);
        m_draftsWindow->addAction(quitAction());
        m_draftsWindow->addActions(windowActions());
    }
    m_draftsWindow->show();
    m_draftsWindow->raise();
    m_draftsWindow->activateWindow();
    return m_draftsWindow;
}

OutboxWindow *MailWindows::showOutbox()
{
    if (!m_outboxWindow) {
        // Closing hides it; it is reused (a window closed with delete-on-close could be
        // shown again by a question's answer before its pending deletion ran).
        m_outboxWindow = new OutboxWindow(m_outboxModel);
        m_outboxWindow->setWindowIcon(QIcon(QStringLiteral(":/outpost/icons/outpost.svg")));
        connect(m_outboxWindow, &OutboxWindow::editRequested, this, &MailWindows::editEntry);
        connect(
            m_outboxWindow, &OutboxWindow::undoDelayChanged, this, &MailWindows::undoDelayChanged);
        m_outboxWindow->addAction(quitAction());
        m_outboxWindow->addActions(windowActions());
    }
    m_outboxWindow->show();
    m_outboxWindow->raise();
    m_outboxWindow->activateWindow();
    return m_outboxWindow;
}

SentWindow *MailWindows::showSent()
{
    if (!m_sentWindow) {
        m_sentWindow = new SentWindow(m_sentModel);
        m_sentWindow->setWindowIcon(QIcon(QStringLiteral(":/outpost/icons/outpost.svg")));
        connect(
            m_sentWindow, &SentWindow::conversationRequested, this, &MailWindows::showConversation);
        // Opening a conversation is what the Sent window is for: QtWebEngine starts in the
        // background while it shows one to open, and that conversation is read ahead.
        connect(
            m_sentWindow, &SentWindow::conversationChosen, this, [this](const OutboxEntry &entry) {
                PlatformClient *client = sentClient(entry);
                if (!client) {
                    ConversationViewLoader::warmUpNoLongerNeeded(m_sentWindow);
                    m_sentReadAhead->drop();
                    return;
                }
                ConversationViewLoader::warmUpSoon(m_sentWindow);
                m_sentReadAhead->read(client, sentThread(entry));
            });
        m_sentWindow->addAction(quitAction());
        m_sentWindow->addActions(windowActions());
    }
    m_sentWindow->show();
    m_sentWindow->raise();
    m_sentWindow->activateWindow();
    return m_sentWindow;
}

ThreadSummary MailWindows::sentThread(const OutboxEntry &entry) const
{
    const DraftRecord &record = entry.draft;
    ThreadSummary thread;
    thread.threadId = entry.receipt.threadId;
    thread.conversationId = entry.receipt.conversationId;
    thread.subject = record.draft.subject;
    thread.mailbox = record.draft.from;
    if (record.draft.provider)
        thread.provider = *record.draft.provider;
    return thread;
}

PlatformClient *MailWindows::sentClient(const OutboxEntry &entry) const
{
    if (entry.receipt.conversationId.isEmpty())
        return nullptr;
    // The platform that sent it reads its conversation; a mailbox Outpost sends through
    // itself (Gmail, Graph) has none there.
    const Draft &draft = entry.draft.draft;
    PlatformClient *session
        = m_sessions ? m_sessions->clientFor(draft.from, draft.provider) : nullptr;
    return session ? session : m_client;
}

ConversationLoader *MailWindows::sentReadAhead() const
{
    return m_sentReadAhead->pending();
}

void MailWindows::showConversation(const OutboxEntry &entry)
{
    PlatformClient *client = sentClient(entry);
    if (!client) {
        QMessageBox::information(m_sentWindow, tr("Conversation"),
            tr("This message went straight through %1: its conversation is read there, in "
               "your mail.")
                .arg(entry.draft.draft.from));
        return;
    }
    // Open already (from a compose window, or from here): that window comes up.
    if (ConversationHandle *open
        = ConversationHandle::openFor(client, entry.receipt.conversationId)) {
        open->show();
        return;
    }
    QList<Mailbox> mailboxes;
    for (ComposeWindow *w : composeWindows())
        mailboxes = controllerOf(w)->mailboxes()->mailboxes();
    // What was read ahead while the mail was chosen, if it is this one's; else read now.
    const ThreadSummary thread = sentThread(entry);
    ConversationLoader *loader = m_sentReadAhead->take(client, thread);
    auto *window = new ConversationHandle(loader, mailboxes, nullptr);
    if (!window->window())
        window->setParent(this); // in the conversation process: Outpost's until it closes
    window->setSettings(&m_settings);
    window->setWindowIcon(QIcon(QStringLiteral(":/outpost/icons/outpost.svg")));
    window->addAction(quitAction());
    connect(window, &ConversationHandle::composeRequested, this, &MailWindows::openAnswer);
    window->keepLoaderIn(m_sentReadAhead); // opened again soon, not read again
    window->show();
}

QList<QAction *> MailWindows::windowActions()
{
    if (m_windowActions.isEmpty()) {
        // No mnemonics: new in the View menu of every language, they would need the
        // translators to find free letters first (translations/GLOSSARY.md). The shortcuts
        // reach them from every window.
        const struct
        {
            QString text;
            const char *name;
            QKeySequence keys;
            QString tip;
        } rows[] = {
            {tr("Drafts"), "actionShowDrafts", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                tr("Messages kept to finish later")},
            {tr("Outbox"), "actionShowOutbox", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                tr("Mail on its way, scheduled or not sent")},
            {tr("Sent"), "actionShowSent", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                tr("What went out recently, and its conversations")},
            {tr("Templates"), "actionShowTemplates", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                tr("Your templates: create, edit and delete them")},
        };
        for (const auto &row : rows) {
            auto *action = new QAction(row.text, this);
            action->setObjectName(QString::fromLatin1(row.name));
            action->setShortcut(row.keys);
            action->setShortcutContext(Qt::ApplicationShortcut);
            action->setToolTip(row.tip);
            m_windowActions += action;
        }
        connect(m_windowActions[0], &QAction::triggered, this, [this] { showDrafts(); });
        connect(m_windowActions[1], &QAction::triggered, this, [this] { showOutbox(); });
        connect(m_windowActions[2], &QAction::triggered, this, [this] { showSent(); });
        connect(m_windowActions[3], &QAction::triggered, this, [this] { showTemplates(); });
        m_notifier->setActions(m_windowActions.mid(1, 2) + QList<QAction *> {quitAction()});
    }
    return m_windowActions;
}

void MailWindows::start()
{
    if (m_started)
        return;
    m_started = true;
    // Closing the last window quits, but asks first when mail is still queued.
    QApplication::setQuitOnLastWindowClosed(false);
    connect(qApp, &QGuiApplication::lastWindowClosed, this, &MailWindows::onLastWindowClosed);
    // Going away some other way (logout, SIGTERM): what is open is kept and reopened.
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        for (ComposeWindow *w : composeWindows())
            controllerOf(w)->autosave()->saveBeforeQuit();
    });
    m_outbox->start();
    m_store->loadDrafts(this, [this](const StoreResult<QList<DraftRecord>> &result) {
        QList<DraftRecord> open;
        for (const DraftRecord &r : result.value) {
            if (r.openInWindow && !windowFor(r.id))
                open.prepend(r); // oldest first, as they were opened
        }
        for (const DraftRecord &r : std::as_const(open)) {
            ComposeWindow *target = nullptr;
            for (ComposeWindow *w : composeWindows()) {
                if (controllerOf(w)->autosave()->isPristine()) {
                    target = w;
                    break;
                }
            }
            if (target) {
                controllerOf(target)->adoptDraft(r);
                target->continueWriting();
            } else {
                target = openDraft(r);
            }
            target->show();
            // After a crash, what the window held last is as it was at its last save; after
            // Outpost was ended with the window open (logout, SIGTERM), as it was at the end.
            target->showNotice(m_store->lastRunEndedUnexpectedly()
                    ? tr("Reopened: Outpost stopped before this message was sent or closed. "
                         "Nothing you typed more than two seconds before was lost.")
                    : tr("Reopened: this message was still open when Outpost closed. It is as "
                         "you left it."));
        }
        Q_EMIT restored(int(open.size()));
    });
}

void MailWindows::onFailed(const QString &entryId, const ServiceError &error)
{
    const auto entry = m_outbox->entry(entryId);
    if (!entry || windowFor(entry->draft.id))
        return; // the compose window that sent it takes it back itself
    if (!error.isDefinitive()) {
        // Out of attempts: it waits in the Outbox, where Retry is.
        showOutbox()->selectEntry(entryId);
        return;
    }
    // Refused as written: back to the user, in a window, with the reason next to the field.
    ++m_returning; // Outpost does not quit meanwhile, though no window shows yet
    m_outbox->takeBack(entryId, this, [this, error](const std::optional<DraftRecord> &record) {
        --m_returning;
        if (!record) {
            quitIfDone();
            return;
        }
        ComposeWindow *window = createWindow();
        controllerOf(window)->returnFromOutbox(*record, error);
        if (m_started)
            QTimer::singleShot(0, controllerOf(window), &ComposeController::loadMailboxes);
        window->show();
    });
}

void MailWindows::editEntry(const QString &entryId)
{
    const auto entry = m_outbox->entry(entryId);
    if (!entry)
        return;
    const OutboxError why = entry->lastError;
    // Tried and not refused: it may have reached the server, so the same mail keeps its key.
    const bool mayHaveGone = entry->attempts > 0 && !fromOutboxError(why).isDefinitive();
    const QString key = mayHaveGone ? entry->idempotencyKey : QString();
    m_outbox->takeBack(entryId, this, [this, why, key](const std::optional<DraftRecord> &record) {
        if (!record)
            return;
        ComposeWindow *window = windowFor(record->id);
        if (!window) {
            window = createWindow();
            QTimer::singleShot(0, controllerOf(window), &ComposeController::loadMailboxes);
        }
        controllerOf(window)->adoptDraft(*record, key); // its form is editable again
        window->show();
        window->raise();
        window->activateWindow();
        if (why.isValid())
            window->showNotice(
                tr("Taken out of the Outbox. The last attempt failed: %1").arg(why.message));
    });
}

void MailWindows::askAboutDueMail(const QList<OutboxEntry> &entries)
{
    QStringList lines;
    for (const OutboxEntry &e : entries) {
        const QString subject
            = e.draft.draft.subject.isEmpty() ? tr("(no subject)") : e.draft.draft.subject;
        lines += tr("• %1 (due %2)").arg(subject, TimeText::minute(e.scheduledAt));
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Scheduled Mail"),
        tr("%n message(s) fell due while Outpost was closed:", nullptr, int(entries.size())),
        QMessageBox::NoButton);
    box->setObjectName(QStringLiteral("dueWhileClosedQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(lines.join(u'\n') + u"\n\n"
        + (entries.size() == 1 ? tr("Send it now, or review it in the Outbox?")
                               : tr("Send them now, or review them in the Outbox?")));
    QPushButton *send = box->addButton(tr("&Send Now"), QMessageBox::AcceptRole);
    box->addButton(tr("&Review in Outbox"), QMessageBox::RejectRole);
    box->setDefaultButton(send);
    QStringList ids;
    for (const OutboxEntry &e : entries)
        ids += e.id;
    connect(box, &QMessageBox::finished, this, [this, box, send, ids] {
        if (box->clickedButton() == send) {
            for (const QString &id : ids)
                m_outbox->sendNow(id);
        } else {
            showOutbox()->selectEntry(ids.value(0));
        }
    });
    box->open();
}

QAction *MailWindows::quitAction()
{
    if (!m_quit) {
        // One action in every window: its Ctrl+Q is one shortcut, active in all of them.
        m_quit = new QAction(tr("&Quit"), this);
        m_quit->setObjectName(QStringLiteral("actionQuit"));
        m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
        m_quit->setShortcutContext(Qt::ApplicationShortcut);
        m_quit->setMenuRole(QAction::QuitRole);
        m_quit->setToolTip(tr("Quit Outpost; open messages are kept and reopened next time"));
        connect(m_quit, &QAction::triggered, this, &MailWindows::quit);
    }
    return m_quit;
}

void MailWindows::quit()
{
    // What is open is saved as it is and reopened at the next start (aboutToQuit).
    onLastWindowClosed();
}

int MailWindows::mailOnItsWay() const
{
    int count = 0;
    for (const OutboxEntry &e : m_outbox->entries()) {
        switch (m_outbox->status(e.id)) {
        case Outbox::Status::Storing:
        case Outbox::Status::Held:
        case Outbox::Status::Queued:
        case Outbox::Status::Waiting:
        case Outbox::Status::Offline:
        case Outbox::Status::Sending:
        case Outbox::Status::Checking:
            ++count;
            break;
        case Outbox::Status::Scheduled: // later: it waits for the next start
        case Outbox::Status::AwaitingConfirmation: // the user decides
        case Outbox::Status::Failed:
        case Outbox::Status::MayHaveBeenSent:
            break;
        }
    }
    return count;
}

void MailWindows::onLastWindowClosed()
{
    if (m_askingToQuit)
        return;
    // Mail on its way outlives the window (issue 15, item 5): nothing to ask, Outpost stays
    // until it has gone. Mail that waits for a later time or for the user is what is asked
    // about.
    const int waiting = m_outbox->count() - mailOnItsWay();
    if (waiting <= 0) {
        quitOnceSent();
        m_notifier->update(); // the tray icon, while mail is on its way
        return;
    }
    // What becomes of it: mail scheduled for later goes at its time only while Outpost runs;
    // mail that failed or may have been sent waits for the user whatever happens.
    int scheduled = 0;
    QDateTime first;
    for (const OutboxEntry &e : m_outbox->entries()) {
        if (m_outbox->status(e.id) != Outbox::Status::Scheduled)
            continue;
        ++scheduled;
        if (!first.isValid() || e.scheduledAt < first)
            first = e.scheduledAt;
    }
    QStringList fate;
    if (scheduled == 1 && waiting == 1)
        fate += tr("It is scheduled for %1: it goes out then if Outpost is open; if not, Outpost "
                   "asks you about it when you next start it.")
                    .arg(TimeText::minute(first));
    else if (scheduled > 0)
        fate
            += tr("Mail scheduled for later goes out at its time while Outpost is open (the first: "
                  "%1); mail whose time comes while Outpost is closed is asked about when you "
                  "next start it.")
                   .arg(TimeText::minute(first));
    if (waiting > scheduled)
        fate += tr("Mail that was not sent, or may have been, waits in the Outbox until you "
                   "decide about it.");
    m_askingToQuit = true;
    QMessageBox box(QMessageBox::Information, tr("Mail Still in the Outbox"),
        tr("%n message(s) still in the Outbox.", nullptr, waiting), QMessageBox::NoButton);
    box.setObjectName(QStringLiteral("quitWithQueuedMail"));
    box.setInformativeText(fate.join(u' '));
    QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(tr("&Keep Outpost Open"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    m_askingToQuit = false;
    if (box.clickedButton() == quit)
        quitOnceSent();
    else
        showOutbox();
}

void MailWindows::quitOnceSent()
{
    m_quitWhenSent = true;
    // Quit from an open window: the windows go first, each asking about what it holds (one
    // that asks stays, and closing it decides again).
    QApplication::closeAllWindows();
    quitIfDone();
}

void MailWindows::quitIfDone()
{
    if (!m_quitWhenSent || m_askingToQuit || m_returning > 0 || mailOnItsWay() > 0)
        return;
    // A window still or newly shown (a question about a draft, a refusal brought back, the
    // Outbox after the last attempt, a request handed over): Outpost stays, and closing that
    // window decides again.
    const QWidgetList windows = QApplication::topLevelWidgets();
    const bool shown = std::any_of(windows.cbegin(), windows.cend(), [](const QWidget *w) {
        return w->isVisible() && (w->windowType() == Qt::Window || w->windowType() == Qt::Dialog);
    });
    m_quitWhenSent = false;
    if (!shown)
        QCoreApplication::quit();
}

void MailWindows::onStoreOpened(bool ok, const QString &error)
{
    if (ok || m_store->path() == u":memory:")
        return;
    // Never lose the ability to write and send: keep going in memory, and say so.
    m_storeProblem = tr("Drafts cannot be saved to disk (%1). Keep your windows open until "
                        "your mail is sent: nothing will be there after Outpost closes.")
                         .arg(error);
    m_store->open(QStringLiteral(":memory:"));
    for (ComposeWindow *w : composeWindows())
        w->showWarning(m_storeProblem);
}

void MailWindows::noticeToAll(const QString &text)
{
    for (ComposeWindow *w : composeWindows())
        w->showNotice(text);
}

} // namespace Outpost
