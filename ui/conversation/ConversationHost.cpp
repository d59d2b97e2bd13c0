// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/ConversationHost.h"

#include "conversation/ConversationLoader.h"
#include "conversation/ConversationReply.h"
#include "net/ServiceError.h"
#include "ui/conversation/ConversationPreview.h"
#include "ui/conversation/ConversationViewLoader.h"
#include "ui/conversation/ConversationWindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QKeySequence>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace Outpost {

Q_LOGGING_CATEGORY(lcHost, "outpost.conversation.host")

using namespace ConversationWire;

ConversationHost::ConversationHost(int input, int output, QObject *parent)
    : QObject(parent)
    , m_input(input)
    , m_output(output)
    , m_notifier(new QSocketNotifier(input, QSocketNotifier::Read, this))
{
    ::fcntl(m_input, F_SETFL, ::fcntl(m_input, F_GETFL) | O_NONBLOCK);
    // A pipe holds 64 KB: a 500-message conversation's messages (0.36 MB) crossed it in six
    // reads, each waiting for Outpost's event loop to write the next part, 12 to 16 ms in all
    // while both processes were busy with a cold start. With room for the whole frame, Outpost
    // writes it at once and this reads it at once. Linux's default ceiling for a pipe is 1 MB
    // (/proc/sys/fs/pipe-max-size); where it cannot grow (not a pipe, a lower ceiling, the
    // user's pipe quota spent), it stays as it is and the frames cross in parts, as before.
    ::fcntl(m_input, F_SETPIPE_SZ, 1 << 20);
    connect(m_notifier, &QSocketNotifier::activated, this, &ConversationHost::readInput);
}

void ConversationHost::readInput()
{
    char chunk[65536];
    for (;;) {
        const ssize_t got = ::read(m_input, chunk, sizeof chunk);
        if (got > 0) {
            m_buffer.append(chunk, got);
            continue;
        }
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        // Outpost closed its end (it needs no conversation any more, or it is quitting) or is
        // gone: so is this. The windows go first, their pages before QtWebEngine's profile.
        m_notifier->setEnabled(false);
        const auto windows = m_windows;
        for (const QPointer<ConversationWindow> &window : windows)
            delete window.data();
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        return;
    }
    QList<Frame> frames;
    if (!decode(m_buffer, frames)) {
        qCCritical(lcHost) << "a frame from Outpost does not read; ending";
        m_notifier->setEnabled(false);
        QCoreApplication::exit(70);
        return;
    }
    for (const Frame &f : std::as_const(frames))
        handle(f);
}

void ConversationHost::handle(const Frame &frame)
{
    QDataStream in(frame.fields);
    in.setVersion(version);
    if (frame.command == Command::Warm) {
        ConversationViewLoader::warmUpNow(this);
        return;
    }
    if (frame.command == Command::Open) {
        ThreadSummary thread;
        QString contactId;
        QList<ConversationMessage> messages;
        bool loaded = false;
        bool loading = false;
        bool allImages = false;
        QStringList keys;
        in >> thread >> contactId >> messages >> loaded >> loading >> allImages >> keys;
        ConversationWindow *window = open(frame.window, thread);
        if (!window)
            return;
        // Outpost's own keys (Quit), pressed here, are Outpost's to act on.
        for (qsizetype i = 0; i < keys.size(); ++i) {
            auto *action = new QAction(window);
            action->setShortcut(QKeySequence(keys[i], QKeySequence::PortableText));
            window->addAction(action);
            connect(action, &QAction::triggered, this, [this, id = frame.window, i] {
                send(ConversationWire::frame(Command::Shortcut, id, qint32(i)));
            });
        }
        // What Outpost holds already, before the window shows (and would ask for a read).
        window->setAllImages(allImages);
        window->loader()->mirrorLoading(loading);
        if (loaded || !messages.isEmpty())
            window->loader()->mirror(thread, contactId, messages, loaded);
        window->show();
        window->raise();
        window->activateWindow();
        // Outpost puts its own dialogs (a note for the team) over this window.
        send(ConversationWire::frame(Command::Shown, frame.window, quint64(window->winId())));
        return;
    }
    ConversationWindow *window = m_windows.value(frame.window);
    if (!window)
        return; // closed here meanwhile: Outpost learns it from Closed
    ConversationLoader *loader = window->loader();
    switch (frame.command) {
    case Command::Messages: {
        ThreadSummary thread;
        QString contactId;
        QList<ConversationMessage> messages;
        bool loaded = false;
        bool allImages = false;
        in >> thread >> contactId >> messages >> loaded >> allImages;
        window->setAllImages(allImages);
        loader->mirror(thread, contactId, messages, loaded);
        break;
    }
    case Command::Loading: {
        bool loading = false;
        in >> loading;
        loader->mirrorLoading(loading);
        break;
    }
    case Command::Failed: {
        ServiceError error;
        quint8 kind = 0;
        in >> kind >> error.message;
        error.kind = ServiceError::Kind(kind);
        loader->mirrorFailed(error);
        break;
    }
    case Command::Trusted: {
        QStringList senders;
        in >> senders;
        window->setTrustedSenders(QSet<QString>(senders.cbegin(), senders.cend()));
        break;
    }
    case Command::NoteOffer: {
        bool offered = false;
        QString why;
        in >> offered >> why;
        window->setNoteOffer(offered, why);
        break;
    }
    case Command::Raise:
        window->show();
        window->raise();
        window->activateWindow();
        break;
    case Command::Close:
        window->close();
        break;
    default:
        qCWarning(lcHost) << "unexpected command" << int(frame.command);
        break;
    }
}

ConversationWindow *ConversationHost::open(qint32 id, const ThreadSummary &thread)
{
    if (m_windows.value(id))
        return nullptr;
    auto *window = new ConversationWindow(new ConversationLoader(thread), {});
    window->setWindowIcon(QIcon(QStringLiteral(":/outpost/icons/outpost.svg")));
    m_windows.insert(id, window);
    // Said once the latest message is painted (not merely put on screen): what a user sees.
    connect(window, &ConversationWindow::previewShown, this, [this, id, window] {
        if (ConversationPreview *preview = window->preview()) {
            connect(
                preview, &ConversationPreview::painted, this,
                [this, id] { send(frame(Command::PreviewShown, id)); }, Qt::SingleShotConnection);
        }
    });
    connect(window, &ConversationWindow::pageShown, this,
        [this, id](bool ok) { send(frame(Command::PageShown, id, ok)); });
    connect(window, &ConversationWindow::answerAsked, this,
        [this, id](ReplyKind kind, const QString &messageId) {
            send(frame(Command::Answer, id, quint8(kind), messageId));
        });
    connect(window, &ConversationWindow::senderTrusted, this,
        [this, id](const QString &address) { send(frame(Command::Trust, id, address)); });
    connect(window, &ConversationWindow::noteAsked, this,
        [this, id] { send(frame(Command::Note, id)); });
    connect(window->loader(), &ConversationLoader::reloadRequested, this,
        [this, id] { send(frame(Command::Reload, id)); });
    connect(window, &QObject::destroyed, this, [this, id] { windowGone(id); });
    // Outpost puts its dialogs over the window's native one, which adding the view makes again.
    connect(window, &ConversationWindow::nativeWindowChanged, this, [this, id, window] {
        if (window->isVisible())
            send(frame(Command::Shown, id, quint64(window->winId())));
    });
    return window;
}

void ConversationHost::windowGone(qint32 id)
{
    m_windows.remove(id);
    send(frame(Command::Closed, id));
    if (m_windows.isEmpty()) {
        // The last window closed: the process ends, and QtWebEngine's memory with it.
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
    }
}

void ConversationHost::send(const QByteArray &bytes)
{
    qsizetype at = 0;
    while (at < bytes.size()) {
        const ssize_t wrote = ::write(m_output, bytes.constData() + at, size_t(bytes.size() - at));
        if (wrote < 0 && errno == EINTR)
            continue;
        if (wrote <= 0)
            return; // Outpost is gone; its end of the input follows
        at += wrote;
    }
}

} // namespace Outpost
