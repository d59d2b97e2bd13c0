// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/ConversationProcess.h"

#include "conversation/ConversationLoader.h"
#include "conversation/ConversationReadAhead.h"
#include "conversation/ConversationReply.h"
#include "display/PeopleText.h"
#include "mail/Clock.h"
#include "settings/Settings.h"
#include "store/LocalStore.h"
#include "ui/conversation/ConversationViewLoader.h"
#include "ui/conversation/ConversationWindow.h"
#include "ui/conversation/ConversationWire.h"
#include "ui/conversation/TeamNoteAction.h"

#include <QAction>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QProcess>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <algorithm>
#include <csignal>
#include <sys/prctl.h>

namespace Outpost {

Q_LOGGING_CATEGORY(lcProcess, "outpost.conversation.process")

using namespace ConversationWire;

namespace {
QString programPath;
QList<QPointer<QAction>> applicationActions; // whose keys the conversation process forwards
ConversationProcess *theProcess = nullptr;
// How long a process asked to end (its input closed) has before it is killed.
constexpr int stopGraceMs = 5000;
} // namespace

void ConversationProcess::setProgram(const QString &program)
{
    programPath = program;
}

void ConversationProcess::setApplicationActions(const QList<QAction *> &actions)
{
    applicationActions.clear();
    for (QAction *action : actions)
        applicationActions += action;
}

bool ConversationProcess::isUsed()
{
    return !programPath.isEmpty();
}

ConversationProcess *ConversationProcess::instance()
{
    if (!isUsed())
        return nullptr;
    if (!theProcess)
        theProcess = new ConversationProcess(qApp);
    return theProcess;
}

ConversationProcess::ConversationProcess(QObject *parent) : QObject(parent) { }

ConversationProcess::~ConversationProcess()
{
    // Outpost is ending: so do its conversation processes (the running one, and any still
    // ending), told by their input closing, then killed; none outlives it, none is left for
    // QProcess to complain about.
    const QList<QProcess *> processes = findChildren<QProcess *>(Qt::FindDirectChildrenOnly);
    for (QProcess *process : processes) {
        process->disconnect(this);
        if (process->state() == QProcess::NotRunning)
            continue;
        process->closeWriteChannel();
        if (!process->waitForFinished(1000)) {
            process->kill();
            process->waitForFinished(1000);
        }
    }
}

bool ConversationProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 ConversationProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void ConversationProcess::warmUp()
{
    ensureStarted();
    send(frame(Command::Warm, 0));
}

void ConversationProcess::ensureStarted()
{
    if (m_process)
        return;
    auto *process = new QProcess(this);
    m_process = process;
    // Nothing secret goes to it: not Outpost's tokens, which it never needs.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("OUTPOST_TOKEN"));
    environment.remove(QStringLiteral("OUTPOST_PROVIDER_TOKEN"));
    process->setProcessEnvironment(environment);
    // Its warnings (QtWebEngine's, Qt's) are Outpost's own.
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // It ends when Outpost does, however Outpost ends (its input closing says so too, later).
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process] {
        if (process == m_process)
            readOutput();
    });
    connect(process, &QProcess::started, this, [this, process] {
        if (process == m_process)
            Q_EMIT started();
    });
    auto ended = [this, process] {
        if (process != m_process)
            return;
        onFinished();
    };
    connect(process, &QProcess::finished, this, ended);
    connect(process, &QProcess::errorOccurred, this, [process, ended](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            qCWarning(lcProcess) << "the conversation process did not start:"
                                 << process->errorString();
            ended();
        }
    });
    process->start(programPath, {QStringLiteral("conversation-host")});
}

qint32 ConversationProcess::add(ConversationHandle *handle)
{
    const qint32 id = m_nextId++;
    m_open.insert(id, handle);
    ensureStarted();
    return id;
}

void ConversationProcess::send(const QByteArray &bytes)
{
    if (m_process)
        m_process->write(bytes); // kept by QProcess until the process has started
}

void ConversationProcess::stopWhenIdle()
{
    for (const QPointer<ConversationHandle> &h : std::as_const(m_open)) {
        if (h)
            return;
    }
    m_open.clear();
    QProcess *process = std::exchange(m_process, nullptr);
    if (!process)
        return;
    m_buffer.clear();
    // Its input closed, it ends; if it does not, it is killed. A later warm-up starts another.
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    QTimer::singleShot(stopGraceMs, process, [process] { process->kill(); });
    if (process->state() == QProcess::NotRunning)
        process->deleteLater();
    else
        process->closeWriteChannel();
    Q_EMIT finished();
}

void ConversationProcess::readOutput()
{
    m_buffer += m_process->readAllStandardOutput();
    QList<Frame> frames;
    if (!decode(m_buffer, frames)) {
        qCCritical(lcProcess) << "a frame from the conversation process does not read";
        m_process->kill();
        return;
    }
    for (const Frame &f : std::as_const(frames)) {
        if (ConversationHandle *handle = m_open.value(f.window)) {
            QDataStream in(f.fields);
            in.setVersion(version);
            handle->received(quint8(f.command), in);
        }
    }
}

void ConversationProcess::onFinished()
{
    QProcess *process = std::exchange(m_process, nullptr);
    const bool crashed = process->exitStatus() == QProcess::CrashExit || process->exitCode() != 0;
    if (crashed) {
        qCWarning(lcProcess) << "the conversation process ended:" << process->exitStatus()
                             << process->exitCode() << process->errorString();
    }
    process->deleteLater();
    m_buffer.clear();
    const auto open = std::exchange(m_open, {});
    for (const QPointer<ConversationHandle> &h : open) {
        if (h)
            h->processEnded(crashed);
    }
    Q_EMIT finished();
}

namespace {
// Every handle alive, for openFor (GUI thread only).
QList<ConversationHandle *> &handles()
{
    static QList<ConversationHandle *> all;
    return all;
}
} // namespace

ConversationHandle *ConversationHandle::openFor(
    const PlatformClient *client, const QString &conversationId)
{
    if (!client || conversationId.isEmpty())
        return nullptr;
    for (ConversationHandle *h : std::as_const(handles())) {
        if (!h->m_gone && h->m_loader && h->m_loader->client() == client
            && h->m_loader->thread().conversationId == conversationId)
            return h;
    }
    return nullptr;
}

ConversationHandle::ConversationHandle(
    ConversationLoader *loader, QList<Mailbox> mailboxes, QWidget *owner)
    : m_loader(loader), m_mailboxes(std::move(mailboxes)), m_owner(owner)
{
    handles().append(this);
    if (!ConversationProcess::isUsed()) {
        m_inProcess = true;
        // In this process: the window itself, which takes the loader.
        m_window = new ConversationWindow(loader, m_mailboxes, owner);
        if (owner)
            m_window->setWindowFlag(Qt::Window); // a window of its own, closing with its owner
        setParent(m_window);
        connect(m_window, &ConversationWindow::composeRequested, this,
            &ConversationHandle::composeRequested);
        connect(
            m_window, &ConversationWindow::previewShown, this, &ConversationHandle::previewShown);
        connect(m_window, &ConversationWindow::pageShown, this, &ConversationHandle::pageShown);
        connect(m_window, &QObject::destroyed, this, &ConversationHandle::gone);
        return;
    }
    setParent(owner); // closes with its owner
    loader->setParent(this);
    connect(loader, &ConversationLoader::changed, this, &ConversationHandle::sendState);
    connect(loader, &ConversationLoader::loadingChanged, this, [this](bool loading) {
        if (m_id)
            ConversationProcess::instance()->send(frame(Command::Loading, m_id, loading));
    });
    connect(loader, &ConversationLoader::failed, this, [this](const ServiceError &error) {
        if (m_id) {
            ConversationProcess::instance()->send(
                frame(Command::Failed, m_id, quint8(error.kind), error.message));
        }
    });
}

ConversationHandle::~ConversationHandle()
{
    handles().removeOne(this);
    if (m_id && ConversationProcess::instance())
        ConversationProcess::instance()->send(frame(Command::Close, m_id));
    if (std::exchange(m_counted, false))
        ConversationViewLoader::windowClosed();
}

ConversationWindow *ConversationHandle::window() const
{
    return m_window;
}

void ConversationHandle::keepLoaderIn(ConversationReadAhead *readAhead)
{
    m_keepIn = readAhead;
}

void ConversationHandle::setSettings(Settings *settings)
{
    m_settings = settings;
    if (m_window)
        m_window->setSettings(settings);
}

void ConversationHandle::setTrustStore(LocalStore *store)
{
    if (m_inProcess) {
        if (m_window)
            m_window->setTrustStore(store);
        return;
    }
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store)
        connect(store, &LocalStore::trustedSendersChanged, this, &ConversationHandle::sendTrust);
    sendTrust();
}

void ConversationHandle::setWindowIcon(const QIcon &icon)
{
    if (m_window)
        m_window->setWindowIcon(icon); // the conversation process sets Outpost's own
}

void ConversationHandle::addAction(QAction *action)
{
    if (m_window)
        m_window->addAction(action);
}

void ConversationHandle::show()
{
    if (m_inProcess) {
        if (!m_window)
            return;
        m_window->show();
        m_window->raise();
        m_window->activateWindow();
        return;
    }
    if (m_gone)
        return;
    if (m_id) {
        ConversationProcess::instance()->send(frame(Command::Raise, m_id));
        return;
    }
    openRemote();
}

void ConversationHandle::close()
{
    if (m_inProcess) {
        if (m_window)
            m_window->close();
        return;
    }
    if (m_id)
        ConversationProcess::instance()->send(frame(Command::Close, m_id));
    else
        gone();
}

void ConversationHandle::openRemote()
{
    ConversationProcess *process = ConversationProcess::instance();
    if (!m_loader->hasLoaded() && !m_loader->isLoading())
        m_loader->load();
    m_id = process->add(this);
    if (!std::exchange(m_counted, true))
        ConversationViewLoader::windowOpened(); // no warm-up of its own meanwhile
    QStringList keys;
    for (const QPointer<QAction> &action : std::as_const(applicationActions))
        keys += action ? action->shortcut().toString(QKeySequence::PortableText) : QString();
    process->send(frame(Command::Open, m_id, m_loader->thread(), m_loader->contactId(),
        m_loader->messages(), m_loader->hasLoaded(), m_loader->isLoading(), allImages(), keys));
    sendTrust();
    // The note button follows what the platform offers, said each time it changes.
    TeamNoteAction::watch(this, m_loader->client(), [this](bool offered, const QString &why) {
        if (m_id)
            ConversationProcess::instance()->send(frame(Command::NoteOffer, m_id, offered, why));
    });
}

bool ConversationHandle::allImages() const
{
    return m_settings && m_settings->remoteImages() == Settings::RemoteImages::Load;
}

void ConversationHandle::sendState()
{
    if (!m_id)
        return;
    ConversationProcess::instance()->send(frame(Command::Messages, m_id, m_loader->thread(),
        m_loader->contactId(), m_loader->messages(), m_loader->hasLoaded(), allImages()));
}

void ConversationHandle::sendTrust()
{
    if (!m_store || !m_id)
        return;
    m_store->loadTrustedSenders(
        m_loader->thread().mailbox, this, [this](const StoreResult<QList<TrustedSender>> &result) {
            if (!result.ok() || !m_id)
                return;
            QStringList senders;
            for (const TrustedSender &t : result.value)
                senders += t.sender;
            ConversationProcess::instance()->send(frame(Command::Trusted, m_id, senders));
        });
}

void ConversationHandle::received(quint8 command, QDataStream &in)
{
    switch (Command(command)) {
    case Command::Shown: {
        const quint64 was = m_nativeWindow;
        in >> m_nativeWindow;
        if (m_foreignWindow && was != m_nativeWindow) {
            delete m_foreignWindow; // made again for the new one when a note is asked for
            m_foreignWindow = nullptr;
        }
        break;
    }
    case Command::PreviewShown:
        Q_EMIT previewShown();
        break;
    case Command::PageShown: {
        bool ok = false;
        in >> ok;
        Q_EMIT pageShown(ok);
        break;
    }
    case Command::Answer: {
        quint8 kind = 0;
        QString messageId;
        in >> kind >> messageId;
        const ConversationMessage *message = m_loader->message(messageId);
        if (!message || kind > quint8(ReplyKind::Forward))
            break;
        Q_EMIT composeRequested(
            ConversationReply::draft(ReplyKind(kind), *message, m_loader->thread(), m_mailboxes));
        break;
    }
    case Command::Trust: {
        QString address;
        in >> address;
        address = address.trimmed().toLower();
        // Only the sender of one of this conversation's messages that did not fail the
        // provider's authentication, as the window itself offers (checked again here, where
        // the store is).
        const QList<ConversationMessage> &messages = m_loader->messages();
        const bool offered = std::any_of(messages.cbegin(), messages.cend(),
            [&](const ConversationMessage &m) { return m.trustableSender() == address; });
        if (m_store && offered && !address.isEmpty())
            m_store->trustSender({address, m_loader->thread().mailbox, systemNow()});
        break;
    }
    case Command::Reload:
        if (!m_loader->isLoading())
            m_loader->load();
        break;
    case Command::Note:
        openNote();
        break;
    case Command::Closed:
        gone();
        break;
    case Command::Shortcut: {
        qint32 index = -1;
        in >> index;
        if (index >= 0 && index < applicationActions.size() && applicationActions[index])
            applicationActions[index]->trigger();
        break;
    }
    default:
        break;
    }
}

void ConversationHandle::openNote()
{
    if (!m_foreignWindow && m_nativeWindow) {
        // The dialog goes over the conversation window, which is another process's.
        m_foreignWindow = QWindow::fromWinId(WId(m_nativeWindow));
        if (m_foreignWindow)
            static_cast<QObject *>(m_foreignWindow)->setParent(this); // not a child window
    }
    const TeamNoteAction::About about {m_loader->contactId(), {},
        PeopleText::names(PeopleText::parse(m_loader->thread().participants))};
    TeamNoteAction::openDialog(m_loader->client(), about, nullptr, m_foreignWindow, m_settings);
}

void ConversationHandle::processEnded(bool crashed)
{
    m_id = 0;
    if (m_gone)
        return;
    if (m_nativeWindow == 0 && !m_reopened) {
        // It ended before this window showed (it was ending as the window was asked for, its
        // last window closing): once more, in a new process.
        m_reopened = true;
        openRemote();
        return;
    }
    if (crashed)
        qCWarning(lcProcess) << "the conversation process ended unexpectedly";
    gone();
}

void ConversationHandle::gone()
{
    if (std::exchange(m_gone, true))
        return;
    if (m_id && ConversationProcess::instance())
        ConversationProcess::instance()->m_open.remove(m_id);
    if (std::exchange(m_counted, false))
        ConversationViewLoader::windowClosed();
    m_id = 0;
    if (!m_inProcess && m_keepIn) {
        m_loader->disconnect(this);
        m_keepIn->keep(std::exchange(m_loader, nullptr));
    }
    Q_EMIT closed();
    if (!m_inProcess)
        deleteLater(); // in this process, it goes with its window
}

} // namespace Outpost
