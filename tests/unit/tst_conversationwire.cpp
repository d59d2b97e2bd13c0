// SPDX-License-Identifier: GPL-3.0-or-later
// What Outpost and its conversation process say to each other (ConversationWire): a conversation
// arrives whole, whatever pieces the pipe delivers it in, and a stream that does not read is
// refused rather than read as something else. What the window never shows and grows with the
// thread (References) stays behind: a long thread's frame stays small.
#include "ui/conversation/ConversationWire.h"

#include <QTest>
#include <QTimeZone>

using namespace Outpost;
using namespace Outpost::ConversationWire;
using namespace Qt::StringLiterals;

class TestConversationWire : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aConversationArrivesWhole();
    void aLongThreadsReferencesStayBehind();
    void framesComeOutInOrderWhateverThePieces();
    void aStreamThatDoesNotReadIsRefused();
};

namespace {
ConversationMessage sample(int i)
{
    ConversationMessage m;
    m.id = u"m%1"_s.arg(i);
    m.conversationId = u"c1"_s;
    m.incoming = i % 2 == 0;
    m.internal = i == 2;
    m.body = u"<p>Grüße, José — n°%1</p>"_s.arg(i);
    m.isHtml = true;
    m.attachments
        = {{u"invoice.pdf"_s, u"application/pdf"_s, u"k1"_s, u"https://files.example/k1?sig=x"_s,
            {}, 2048, QDateTime(QDate(2026, 5, 16), QTime(14, 10), Qt::UTC)}};
    m.createdAt = QDateTime(QDate(2026, 5, 16), QTime(14, 10 + i), Qt::UTC);
    m.messageId = u"<m%1@example.org>"_s.arg(i);
    if (i > 0) {
        m.inReplyTo = u"<m%1@example.org>"_s.arg(i - 1);
        m.references = u"<m0@example.org> <m%1@example.org>"_s.arg(i - 1);
    }
    m.from = u"Priya Raman <priya.raman@example.org>"_s;
    m.to = {u"ops@acme.example"_s};
    m.cc = {u"sean.obrien@example.net"_s, u"jose.perez@example.es"_s};
    if (i == 1)
        m.bcc = QStringList {}; // shown, and empty: not the same as not shown
    m.subject = u"Invoice INV-2026-0415"_s;
    m.authenticationResults = {u"mx.google.com; dkim=pass"_s};
    return m;
}
} // namespace

void TestConversationWire::aConversationArrivesWhole()
{
    ThreadSummary thread;
    thread.threadId = u"t1"_s;
    thread.conversationId = u"c1"_s;
    thread.subject = u"Invoice INV-2026-0415"_s;
    thread.participants = {u"priya.raman@example.org"_s};
    thread.messageCount = 3;
    thread.mailbox = u"ops@acme.example"_s;
    thread.provider = Provider::Outlook;
    const QList<ConversationMessage> messages {sample(0), sample(1), sample(2)};
    QByteArray pipe = frame(Command::Messages, 7, thread, u"contact-9"_s, messages, true, false);
    QList<Frame> frames;
    QVERIFY(decode(pipe, frames));
    QCOMPARE(frames.size(), 1);
    QVERIFY(pipe.isEmpty());
    QCOMPARE(frames[0].command, Command::Messages);
    QCOMPARE(frames[0].window, 7);
    QDataStream in(frames[0].fields);
    in.setVersion(version);
    ThreadSummary t;
    QString contact;
    QList<ConversationMessage> read;
    bool loaded = false;
    bool allImages = true;
    in >> t >> contact >> read >> loaded >> allImages;
    QCOMPARE(in.status(), QDataStream::Ok);
    QCOMPARE(t, thread);
    QCOMPARE(contact, u"contact-9"_s);
    QList<ConversationMessage> shown = messages; // all the window shows
    for (ConversationMessage &m : shown)
        m.references = {};
    QCOMPARE(read, shown);
    QCOMPARE(read[2].inReplyTo, u"<m1@example.org>"_s);
    QVERIFY(!read[0].bcc.has_value());
    QVERIFY(read[1].bcc.has_value());
    QVERIFY(loaded);
    QVERIFY(!allImages);
}

void TestConversationWire::aLongThreadsReferencesStayBehind()
{
    // The 500th message of a thread names the 499 before it.
    ConversationMessage last = sample(499);
    QStringList chain;
    for (int i = 0; i < 499; ++i)
        chain += u"<%1-a303a06a-ffe4-4ffc-9e95-25c7f078aaa6@acme.example>"_s.arg(i);
    last.references = chain.join(u' ');
    const QByteArray with = frame(Command::Messages, 1, QList<ConversationMessage> {last});
    last.references = {};
    const QByteArray without = frame(Command::Messages, 1, QList<ConversationMessage> {last});
    QCOMPARE(with.size(), without.size());
    QVERIFY2(with.size() < 2048, QByteArray::number(with.size()));
}

void TestConversationWire::framesComeOutInOrderWhateverThePieces()
{
    const QByteArray stream = frame(Command::PreviewShown, 3)
        + frame(Command::Answer, 3, quint8(1), u"m2"_s) + frame(Command::Closed, 3);
    // Delivered a byte at a time, as a pipe may: nothing comes out before a frame is whole.
    QByteArray buffer;
    QList<Frame> frames;
    for (const char byte : stream) {
        buffer.append(byte);
        QVERIFY(decode(buffer, frames));
    }
    QVERIFY(buffer.isEmpty());
    QCOMPARE(frames.size(), 3);
    QCOMPARE(frames[0].command, Command::PreviewShown);
    QCOMPARE(frames[1].command, Command::Answer);
    QCOMPARE(frames[2].command, Command::Closed);
    QDataStream in(frames[1].fields);
    in.setVersion(version);
    quint8 kind = 0;
    QString id;
    in >> kind >> id;
    QCOMPARE(kind, quint8(1));
    QCOMPARE(id, u"m2"_s);
}

void TestConversationWire::aStreamThatDoesNotReadIsRefused()
{
    // A length no frame of ours has (text printed into the pipe by mistake, say).
    QByteArray garbage = "Sandboxing disabled by user.\n";
    QList<Frame> frames;
    QVERIFY(!decode(garbage, frames));
    QVERIFY(frames.isEmpty());
    // A whole frame whose body is cut short inside.
    QByteArray cut = frame(Command::Trust, 1, u"jamie@example.com"_s);
    QByteArray body = cut.mid(4, 3);
    QByteArray lying(4, '\0');
    lying[3] = char(body.size());
    lying += body;
    QVERIFY(!decode(lying, frames));
}

QTEST_GUILESS_MAIN(TestConversationWire)
#include "tst_conversationwire.moc"
