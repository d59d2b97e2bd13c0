// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/MailboxResolver.h"

#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestMailboxResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resolvesSingleConnection();
    void caseInsensitive();
    void notConnected();
    void inactiveNeverMatches();
    void ambiguousWithoutProvider();
    void providerBreaksTie();
    void providerMismatch();
    void newestConnectionWins();

private:
    // Newest first, as the platform lists them.
    const QList<Mailbox> mailboxes {
        {u"4"_s, Provider::Outlook, u"ops@acme.example"_s, u"Ops"_s, true,
            QDateTime::fromString(u"2026-05-02T00:00:00Z"_s, Qt::ISODate)},
        {u"3"_s, Provider::Gmail, u"ops@acme.example"_s, u"Ops"_s, true,
            QDateTime::fromString(u"2026-03-01T00:00:00Z"_s, Qt::ISODate)},
        {u"2"_s, Provider::Gmail, u"dana@acme.example"_s, u"Dana"_s, true, {}},
        {u"1"_s, Provider::Outlook, u"old@acme.example"_s, {}, false, {}},
    };
};

void TestMailboxResolver::resolvesSingleConnection()
{
    const auto r = MailboxResolver::resolve(mailboxes, u"dana@acme.example"_s, std::nullopt);
    QCOMPARE(r.kind, MailboxResolution::Kind::Resolved);
    QCOMPARE(r.mailbox.id, u"2"_s);
    // Naming the right provider for a single connection is fine too.
    QCOMPARE(MailboxResolver::resolve(mailboxes, u"dana@acme.example"_s, Provider::Gmail).kind,
        MailboxResolution::Kind::Resolved);
}

void TestMailboxResolver::caseInsensitive()
{
    const auto r = MailboxResolver::resolve(mailboxes, u" Dana@ACME.Example "_s, std::nullopt);
    QCOMPARE(r.kind, MailboxResolution::Kind::Resolved);
    QCOMPARE(r.mailbox.id, u"2"_s);
}

void TestMailboxResolver::notConnected()
{
    QCOMPARE(MailboxResolver::resolve(mailboxes, u"nobody@acme.example"_s, std::nullopt).kind,
        MailboxResolution::Kind::NotConnected);
    QCOMPARE(MailboxResolver::resolve({}, u"dana@acme.example"_s, std::nullopt).kind,
        MailboxResolution::Kind::NotConnected);
}

void TestMailboxResolver::inactiveNeverMatches()
{
    QCOMPARE(MailboxResolver::resolve(mailboxes, u"old@acme.example"_s, Provider::Outlook).kind,
        MailboxResolution::Kind::NotConnected);
}

void TestMailboxResolver::ambiguousWithoutProvider()
{
    const auto r = MailboxResolver::resolve(mailboxes, u"ops@acme.example"_s, std::nullopt);
    QCOMPARE(r.kind, MailboxResolution::Kind::Ambiguous);
    QCOMPARE(r.providers, (QList<Provider> {Provider::Outlook, Provider::Gmail}));
}

void TestMailboxResolver::providerBreaksTie()
{
    const auto gmail = MailboxResolver::resolve(mailboxes, u"ops@acme.example"_s, Provider::Gmail);
    QCOMPARE(gmail.kind, MailboxResolution::Kind::Resolved);
    QCOMPARE(gmail.mailbox.id, u"3"_s);
    const auto outlook
        = MailboxResolver::resolve(mailboxes, u"ops@acme.example"_s, Provider::Outlook);
    QCOMPARE(outlook.mailbox.id, u"4"_s);
}

void TestMailboxResolver::providerMismatch()
{
    const auto r = MailboxResolver::resolve(mailboxes, u"dana@acme.example"_s, Provider::Outlook);
    QCOMPARE(r.kind, MailboxResolution::Kind::ProviderMismatch);
    QCOMPARE(r.providers, QList<Provider> {Provider::Gmail});
}

void TestMailboxResolver::newestConnectionWins()
{
    QCOMPARE(MailboxResolver::newestFor(mailboxes, u"OPS@acme.example"_s)->id, u"4"_s);
    // Listed out of order: the connection time decides.
    QList<Mailbox> reversed = mailboxes;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(MailboxResolver::newestFor(reversed, u"ops@acme.example"_s)->id, u"4"_s);
    QVERIFY(!MailboxResolver::newestFor(mailboxes, u"x@acme.example"_s));
}

QTEST_GUILESS_MAIN(TestMailboxResolver)
#include "tst_mailboxresolver.moc"
