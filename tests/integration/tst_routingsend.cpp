// SPDX-License-Identifier: GPL-3.0-or-later
// The app's route (RoutingSubmission: the instance that owns the mailbox, or a provider for a
// mailbox added directly) keeps the outbox's exactly-once promise: with a platform that
// ignores Idempotency-Key and an answer lost after the server stored the mail, the mail is
// looked for on the same route and found, never sent a second time.
#include "accounts/InstanceSession.h"
#include "accounts/RoutingSubmission.h"
#include "accounts/SessionRegistry.h"
#include "auth/InstanceList.h"
#include "auth/TokenStore.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "tests/support/ManualClock.h"
#include "tests/support/SandboxTestClient.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Outpost;
using namespace Outpost::Sandbox::Testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Outpost::Testing::ManualClock;

class TestRoutingSend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aLostAnswerIsFoundOnTheSameRoute();
    void aMailboxNobodyOwnsIsRefusedWithItsAddress();
    void aQueuedMailKeepsItsRouteAcrossARestart();
    void aRouteFindsItsSessionWhenTheUserWasLearnedLater();
};

namespace {
DraftRecord mail(const QString &from, const QString &subject)
{
    DraftRecord r;
    r.id = u"draft-"_s + subject;
    r.draft.from = from;
    r.draft.to = {{u"Jamie Lee"_s, u"jamie.lee@example.com"_s}};
    r.draft.subject = subject;
    r.draft.body = u"Body of "_s + subject;
    r.toText = u"Jamie Lee <jamie.lee@example.com>"_s;
    return r;
}
} // namespace

void TestRoutingSend::aLostAnswerIsFoundOnTheSameRoute()
{
    QTemporaryDir dir;
    auto sandbox = startSandbox(testOptions());
    QVERIFY(sandbox);
    SandboxTestClient http(sandbox->url(), sandbox->demoToken());
    QCOMPARE(http.post(u"/_sandbox/faults"_s, {{u"ignoreIdempotencyKey"_s, true}}).status, 200);
    QVERIFY(http.addFault(
        {{u"path"_s, u"/api/email/messages/send"_s}, {u"drop"_s, u"after"_s}, {u"times"_s, 1}}));

    QNetworkAccessManager network;
    TokenStore tokens;
    InstanceList instances(dir.filePath(u"instances.ini"_s));
    SessionRegistry sessions(&network, &tokens, &instances);
    sessions.addTransient(Session {sandbox->url(), sandbox->demoToken(), {}, {}});
    RoutingSubmission route(&sessions);

    LocalStore store;
    QSignalSpy opened(&store, &LocalStore::opened);
    store.open(dir.filePath(u"outpost.sqlite"_s));
    QVERIFY(opened.wait());
    ManualClock clock;
    QRandomGenerator random(7);
    OutboxSettings settings;
    settings.undoDelay = 0ms;
    Outbox outbox(&store, &route, &clock, settings, &random);
    QSignalSpy ready(&outbox, &Outbox::ready);
    outbox.start();
    QVERIFY(ready.wait());

    QSignalSpy checking(&outbox, &Outbox::checking);
    QSignalSpy sent(&outbox, &Outbox::sent);
    QSignalSpy queued(&outbox, &Outbox::queued);
    const QString subject = u"Routed and lost"_s;
    outbox.enqueue(mail(u"dana@acme.example"_s, subject), {});
    QVERIFY(queued.wait());
    QVERIFY(checking.wait()); // the answer was lost: look before anything else
    clock.advance(1s);
    QVERIFY(sent.wait());
    QCOMPARE(http.idempotencyKeys(u"/api/email/messages/send"_s).size(), 1);
    int stored = 0;
    QString storedId;
    for (const QJsonValue &v : http.allMessages()) {
        if (v.toObject().value(u"emailMetadata").toObject().value(u"subject").toString()
            == subject) {
            ++stored;
            storedId = v.toObject().value(u"_id"_s).toString();
        }
    }
    QCOMPARE(stored, 1);
    QCOMPARE(sent.first().at(1).value<Receipt>().messageId, storedId);
}

void TestRoutingSend::aMailboxNobodyOwnsIsRefusedWithItsAddress()
{
    QTemporaryDir dir;
    QNetworkAccessManager network;
    TokenStore tokens;
    InstanceList instances(dir.filePath(u"instances.ini"_s));
    SessionRegistry sessions(&network, &tokens, &instances);
    RoutingSubmission route(&sessions);
    QSignalSpy failed(&route, &Submission::failed);
    route.submit(mail(u"nobody@acme.example"_s, u"Nowhere"_s).draft, u"k"_s, {});
    QVERIFY(failed.wait());
    const ServiceError e = failed.first().first().value<ServiceError>();
    QCOMPARE(e.field, DraftField::From);
    QVERIFY(e.message.contains(u"nobody@acme.example"));
    // And looking for it cannot: it says so rather than guess.
    std::optional<SentLookup> lookup;
    route.findSent(mail(u"nobody@acme.example"_s, u"Nowhere"_s).draft, u"k"_s, {}, {}, {}, this,
        [&](const SentLookup &l) { lookup = l; });
    QTRY_VERIFY(lookup.has_value());
    QCOMPARE(lookup->outcome, SentLookup::Outcome::Unsupported);
}

// The way a mail leaves is decided once, when it is queued, and kept with it: two instances
// both connect dana@acme.example; the mail was queued for the first. After a restart in which
// the second is listed first (resolving From again would pick it), the mail still goes
// through the first; and when the first is signed out, it is not sent at all, and says why.
void TestRoutingSend::aQueuedMailKeepsItsRouteAcrossARestart()
{
    QTemporaryDir dir;
    auto first = startSandbox(testOptions());
    auto second = startSandbox(testOptions());
    QVERIFY(first && second);
    SandboxTestClient firstHttp(first->url(), first->demoToken());
    SandboxTestClient secondHttp(second->url(), second->demoToken());
    const Session firstSession {first->url(), first->demoToken(), {}, {}};
    const Session secondSession {second->url(), second->demoToken(), {}, {}};
    QNetworkAccessManager network;
    TokenStore tokens;
    InstanceList instances(dir.filePath(u"instances.ini"_s));
    auto loaded = [](SessionRegistry &sessions) {
        bool done = false;
        sessions.fetchMailboxes(&sessions,
            [&done](const QList<Mailbox> &, const QList<ServiceError> &) { done = true; });
        return QTest::qWaitFor([&done] { return done; });
    };
    ManualClock clock;
    OutboxSettings settings;
    settings.undoDelay = 0ms;
    const QDateTime later = clock.now().addSecs(3600);
    const QString subject = u"Queued for the first instance"_s;
    const QString path = dir.filePath(u"outpost.sqlite"_s);
    {
        SessionRegistry sessions(&network, &tokens, &instances);
        sessions.addTransient(firstSession);
        sessions.addTransient(secondSession);
        QVERIFY(loaded(sessions));
        const std::optional<Route> route = sessions.routeFor(u"dana@acme.example"_s, {});
        QVERIFY(route);
        QCOMPARE(route->instance, first->url());
        RoutingSubmission routing(&sessions);
        LocalStore store;
        QSignalSpy opened(&store, &LocalStore::opened);
        store.open(path);
        QVERIFY(opened.wait());
        Outbox outbox(&store, &routing, &clock, settings);
        QSignalSpy ready(&outbox, &Outbox::ready);
        outbox.start();
        QVERIFY(ready.wait());
        QSignalSpy queued(&outbox, &Outbox::queued);
        outbox.enqueue(mail(u"dana@acme.example"_s, subject), later, {}, *route);
        QVERIFY(queued.wait());
    }
    auto storedIn = [&subject](SandboxTestClient &http) {
        int n = 0;
        for (const QJsonValue &v : http.allMessages())
            n += v.toObject().value(u"emailMetadata").toObject().value(u"subject").toString()
                == subject;
        return n;
    };
    {
        // Restarted: the second instance is now the first one listed.
        SessionRegistry sessions(&network, &tokens, &instances);
        sessions.addTransient(secondSession);
        sessions.addTransient(firstSession);
        QVERIFY(loaded(sessions));
        QCOMPARE(sessions.routeFor(u"dana@acme.example"_s, {})->instance, second->url());
        RoutingSubmission routing(&sessions);
        LocalStore store;
        QSignalSpy opened(&store, &LocalStore::opened);
        store.open(path);
        QVERIFY(opened.wait());
        Outbox outbox(&store, &routing, &clock, settings);
        QSignalSpy ready(&outbox, &Outbox::ready);
        QSignalSpy sent(&outbox, &Outbox::sent);
        outbox.start();
        QVERIFY(ready.wait());
        clock.advance(2h);
        QVERIFY(sent.wait());
        QCOMPARE(storedIn(firstHttp), 1);
        QCOMPARE(storedIn(secondHttp), 0);
        // Another mail for the first instance, queued, then that instance signed out.
        QSignalSpy failed(&outbox, &Outbox::failed);
        Route gone = *sessions.routeFor(u"dana@acme.example"_s, {});
        gone.instance = first->url();
        QSignalSpy queued(&outbox, &Outbox::queued);
        const QString id = outbox.enqueue(
            mail(u"dana@acme.example"_s, u"After sign-out"_s), clock.now().addSecs(60), {}, gone);
        QVERIFY(queued.wait());
        QSignalSpy signedOut(&sessions, &SessionRegistry::sessionsChanged);
        for (InstanceSession *s : sessions.sessions()) {
            if (s->instance() == first->url())
                sessions.signOut(s, this);
        }
        QVERIFY(!signedOut.isEmpty());
        clock.advance(2min);
        QVERIFY(failed.wait());
        QVERIFY2(outbox.entry(id)->lastError.message.contains(u"sign in again"_s),
            qPrintable(outbox.entry(id)->lastError.message));
    }
    for (SandboxTestClient *http : {&firstHttp, &secondHttp}) {
        for (const QJsonValue &v : http->allMessages())
            QVERIFY(v.toObject().value(u"emailMetadata").toObject().value(u"subject").toString()
                != u"After sign-out"_s);
    }
}

// A session started from a token alone learns its user's address later (a sign-in or refresh
// answer): a route taken before still finds it, as long as only one session is at that
// instance; two known, different users are never confused, and with two sessions and an
// unknown user none is guessed.
void TestRoutingSend::aRouteFindsItsSessionWhenTheUserWasLearnedLater()
{
    QTemporaryDir dir;
    QNetworkAccessManager network;
    TokenStore tokens;
    InstanceList instances(dir.filePath(u"instances.ini"_s));
    SessionRegistry sessions(&network, &tokens, &instances);
    const QUrl instance(u"http://127.0.0.1:9"_s);
    InstanceSession *dana
        = sessions.addTransient(Session {instance, u"t1"_s, {}, u"dana@acme.example"_s});
    Route route;
    route.kind = SendRoute::Platform;
    route.instance = instance;
    route.mailbox = u"dana@acme.example"_s;
    QCOMPARE(sessions.sessionOf(route), dana); // taken while the user was not known yet
    route.account = u"Dana@Acme.example"_s;
    QCOMPARE(sessions.sessionOf(route), dana);
    route.account = u"sam@acme.example"_s;
    QCOMPARE(sessions.sessionOf(route), nullptr); // another user: signed out since
    sessions.addTransient(Session {instance, u"t2"_s, {}, u"sam@acme.example"_s});
    QCOMPARE(sessions.sessionOf(route)->email(), u"sam@acme.example"_s);
    route.account.clear();
    QCOMPARE(sessions.sessionOf(route), nullptr); // two users there: none is guessed
    route.instance = QUrl(u"http://127.0.0.1:10"_s);
    route.account = u"dana@acme.example"_s;
    QCOMPARE(sessions.sessionOf(route), nullptr); // another instance
}

QTEST_GUILESS_MAIN(TestRoutingSend)
#include "tst_routingsend.moc"
