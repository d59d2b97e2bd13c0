// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/ConversationMessage.h"
#include "mail/ThreadSummary.h"

#include <QByteArray>
#include <QDataStream>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What Outpost and its conversation process (`outpost conversation-host`, ConversationHost) say
// to each other over the child's stdin and stdout: one frame is a 32-bit big-endian length, then
// that many bytes of QDataStream (Qt 6.4's format): the command, the window it is about, its
// fields. Both ends are the same program of the same build; a frame that does not read is a bug,
// and the reader stops there.
namespace Outpost::ConversationWire {

enum class Command : quint8 {
    // Outpost -> the conversation process
    Warm = 1, // start QtWebEngine and keep one view ready
    Open, // thread, contact, messages, loaded, loading, all images allowed, and the keys of
    // Outpost's application-wide actions (portable text: Quit, Drafts…): a window
    Messages, // thread, contact, messages, loaded, all images allowed
    Loading, // bool
    Failed, // the reason, as the user reads it
    Trusted, // the senders whose images show, in this thread's mailbox
    NoteOffer, // bool, why not: the note button's state
    Raise, // bring the window up and give it the keyboard
    Close,
    // The conversation process -> Outpost
    Shown = 64, // the window's native id (a dialog of Outpost's goes over it)
    PreviewShown, // the latest message painted by the window's own widgets, before the page
    PageShown, // bool
    Answer, // kind (ReplyKind), message id: a compose window should open
    Trust, // sender address
    Reload,
    Note,
    Closed,
    Shortcut, // index: one of Outpost's keys was pressed in the window
};

// The stream format of the frames and their fields.
inline constexpr QDataStream::Version version = QDataStream::Qt_6_4;

struct Frame
{
    Command command = Command::Close;
    qint32 window = 0;
    QByteArray fields; // QDataStream of the command's fields
};

// A frame ready to write: its length, then its bytes.
QByteArray encode(Command command, qint32 window, const QByteArray &fields = {});
template<typename... Fields>
QByteArray frame(Command command, qint32 window, const Fields &...fields)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(version);
    if constexpr (sizeof...(fields) > 0)
        (out << ... << fields);
    return encode(command, window, bytes);
}
// The complete frames at the front of `buffer`, taken out of it; a partial frame stays. False:
// the buffer holds a frame that does not read (the stream is dropped).
bool decode(QByteArray &buffer, QList<Frame> &frames);

} // namespace Outpost::ConversationWire

namespace Outpost {
QDataStream &operator<<(QDataStream &out, const ThreadSummary &thread);
QDataStream &operator>>(QDataStream &in, ThreadSummary &thread);
QDataStream &operator<<(QDataStream &out, const Attachment &attachment);
QDataStream &operator>>(QDataStream &in, Attachment &attachment);
QDataStream &operator<<(QDataStream &out, const ConversationMessage &message);
QDataStream &operator>>(QDataStream &in, ConversationMessage &message);
} // namespace Outpost
