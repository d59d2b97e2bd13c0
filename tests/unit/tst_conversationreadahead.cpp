// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18: a conversation window that closes ends its process (QtWebEngine's memory goes back),
// but what it read is kept as a read-ahead, so that opening it again soon does not read it
// again; unless the user has chosen another conversation since. (The whole path, through the
// conversation process and with the platform out of reach, is tst_sentwindow's
// aClosedConversationOpensAgainWithoutReadingIt.)
#include "conversation/ConversationLoader.h"
#include "conversation/ConversationReadAhead.h"

#include <QPointer>
#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestConversationReadAhead : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aClosedWindowsMessagesAreShownAgain();
    void aConversationChosenSinceWins();

private:
    static ThreadSummary thread(const QString &id)
    {
        ThreadSummary t;
        t.threadId = u"thread-"_s + id;
        t.conversationId = u"conversation-"_s + id;
        return t;
    }
    // A loader holding what it read: the platform is not needed here (a loader of the
    // conversation process's kind is given its messages; it reads nothing itself).
    static ConversationLoader *readLoader(const QString &id, const QString &subject)
    {
        ConversationMessage m;
        m.id = subject;
        m.subject = subject;
        auto *loader = new ConversationLoader(thread(id));
        loader->mirror(thread(id), {}, {m}, true);
        return loader;
    }
    PlatformClient *const client = nullptr; // the loaders' (none, as theirs)
};

// The loader given back holds what the window showed; opening the same conversation takes it,
// messages and all, instead of a new one that would read the platform again.
void TestConversationReadAhead::aClosedWindowsMessagesAreShownAgain()
{
    ConversationReadAhead readAhead(nullptr);
    ConversationLoader *closed = readLoader(u"a"_s, u"Read once"_s);
    readAhead.keep(closed);
    QCOMPARE(readAhead.pending(), closed);

    ConversationLoader *again = readAhead.take(client, thread(u"a"_s));
    QCOMPARE(again, closed);
    QVERIFY(again->hasLoaded());
    QCOMPARE(again->messages().size(), 1);
    QCOMPARE(again->messages().first().subject, u"Read once"_s);
    QVERIFY(!readAhead.pending());
    delete again;

    // Another conversation opened instead: what was kept goes, the new one is read afresh.
    QPointer<ConversationLoader> kept = readLoader(u"a"_s, u"Read once"_s);
    readAhead.keep(kept);
    ConversationLoader *other = readAhead.take(client, thread(u"b"_s));
    QVERIFY(!kept);
    QCOMPARE(other->thread().conversationId, u"conversation-b"_s);
    QVERIFY(!other->hasLoaded());
    QVERIFY(other->messages().isEmpty());
    delete other;
}

// The window closes after the user chose another conversation (its read-ahead already
// started): that choice is what will be opened, so the closed window's loader is let go.
void TestConversationReadAhead::aConversationChosenSinceWins()
{
    ConversationReadAhead readAhead(nullptr);
    ConversationLoader *chosen = readLoader(u"b"_s, u"Chosen since"_s);
    readAhead.keep(chosen); // stands for read(): a loader for "b" pending
    QPointer<ConversationLoader> closed = readLoader(u"a"_s, u"Read once"_s);
    readAhead.keep(closed);
    QVERIFY(!closed);
    QCOMPARE(readAhead.pending(), chosen);
}

QTEST_GUILESS_MAIN(TestConversationReadAhead)
#include "tst_conversationreadahead.moc"
