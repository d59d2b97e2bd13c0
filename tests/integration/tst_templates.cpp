// SPDX-License-Identifier: GPL-3.0-or-later
// The platform's templates (GET /api/user/sms-templates?type=email, POST /api/templates; issue
// 17, item 2): PlatformClient and TemplateLibrary against the sandbox over real HTTP. What a user
// sees: the instance's email templates (never its SMS ones) beside their own, one shared with the
// team listed for everyone, and on an instance without templates their own still there with a
// sentence saying why the others are missing.
#include "compose/TemplateLibrary.h"
#include "platform/PlatformClient.h"
#include "sandbox/SandboxServer.h"
#include "store/LocalStore.h"
#include "tests/support/SandboxTestClient.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Outpost;
using namespace Outpost::Sandbox::Testing;
using namespace Qt::StringLiterals;

class TestTemplates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void theInstanceListsItsEmailTemplatesOnly();
    void aSharedTemplateIsListedForTheTeam();
    void theInstanceRefusesWhatThePageDoesNotName();
    void theFirstRecipientsContactFillsTheFields();
    void theLibraryListsOwnThenInstance();
    void aMinimalInstanceAnswers404AndOwnTemplatesStay();

private:
    void start(Sandbox::InstanceProfile profile);
    template<typename T, typename Call> Result<T> wait(Call call);
    QStringList names(const QList<MailTemplate> &list) const;

    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<PlatformClient> client;
    QTemporaryDir dir;
};

void TestTemplates::start(Sandbox::InstanceProfile profile)
{
    client.reset();
    sandbox.reset();
    Sandbox::SandboxOptions options;
    options.profile = profile;
    sandbox = std::make_unique<Sandbox::SandboxServer>(options);
    QVERIFY(sandbox->start());
    network = std::make_unique<QNetworkAccessManager>();
    client = std::make_unique<PlatformClient>(
        network.get(), Session {sandbox->url(), sandbox->demoToken(), {}, {}});
}

void TestTemplates::init()
{
    start(Sandbox::InstanceProfile::Current);
}

void TestTemplates::cleanup()
{
    client.reset();
    network.reset();
    sandbox.reset();
}

template<typename T, typename Call> Result<T> TestTemplates::wait(Call call)
{
    std::optional<Result<T>> result;
    call([&](const Result<T> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return ServiceError::network(ServiceError::Kind::Timeout, u"test"_s, u"no answer"_s);
    return *result;
}

QStringList TestTemplates::names(const QList<MailTemplate> &list) const
{
    QStringList out;
    for (const MailTemplate &t : list)
        out += t.name;
    return out;
}

void TestTemplates::theInstanceListsItsEmailTemplatesOnly()
{
    const auto r
        = wait<QList<MailTemplate>>([&](auto done) { client->emailTemplates(this, done); });
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    // The demo's SMS template ("Running late") is not one for mail.
    QCOMPARE(names(r.value()),
        (QStringList {
            u"Meeting follow-up"_s, u"Renewal reminder"_s, u"Thanks for your message"_s}));
    const MailTemplate renewal = r.value().at(1);
    QCOMPARE(renewal.origin, MailTemplate::Origin::Instance);
    QCOMPARE(renewal.subject, u"Your contract renewal"_s);
    QVERIFY(renewal.body.startsWith(u"Dear {{firstName}} {{lastName}},"_s));
    QVERIFY(!renewal.id.isEmpty());
    QVERIFY(r.value().at(2).subject.isEmpty());
}

void TestTemplates::aSharedTemplateIsListedForTheTeam()
{
    MailTemplate t;
    t.name = u"Invoice received"_s;
    t.subject = u"Your invoice"_s;
    t.body = u"Hi {{firstName}},\n\nYour invoice arrived.\n\n{{senderName}}"_s;
    const auto created
        = wait<MailTemplate>([&](auto done) { client->createTemplate(t, this, done); });
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QVERIFY(!created.value().id.isEmpty());
    // Another session of the same organisation lists it.
    SandboxTestClient other(sandbox->url(), sandbox->demoToken());
    const TestReply listed = other.get(u"/api/user/sms-templates?type=email"_s);
    QCOMPARE(listed.status, 200);
    QVERIFY(listed.body.contains("Invoice received"));
    QVERIFY(listed.body.contains(created.value().id.toUtf8()));
    // The page names no subject: it is not sent (the user's own copy keeps it).
    for (const QJsonValue &v : listed.json().value(u"data"_s).toArray()) {
        if (v.toObject().value(u"_id"_s).toString() == created.value().id)
            QVERIFY(!v.toObject().contains(u"subject"_s));
    }
    // The same name again is refused, naming the field.
    const auto again
        = wait<MailTemplate>([&](auto done) { client->createTemplate(t, this, done); });
    QVERIFY(!again.ok());
    QCOMPARE(again.error().httpStatus, 400);
    QVERIFY(again.error().message.contains(u"name"_s));
}

void TestTemplates::theInstanceRefusesWhatThePageDoesNotName()
{
    SandboxTestClient raw(sandbox->url(), sandbox->demoToken());
    const TestReply extra = raw.post(u"/api/templates"_s,
        QJsonObject {{u"name"_s, u"X"_s}, {u"template"_s, u"Hi"_s}, {u"type"_s, u"email"_s},
            {u"category"_s, u"general"_s}, {u"subject"_s, u"S"_s}});
    QCOMPARE(extra.status, 400);
    QVERIFY(extra.body.contains("subject"));
    const TestReply noType = raw.get(u"/api/user/sms-templates"_s);
    QCOMPARE(noType.status, 400);
    QVERIFY(noType.body.contains("type"));
    const TestReply badType = raw.post(u"/api/templates"_s,
        QJsonObject {{u"name"_s, u"X"_s}, {u"template"_s, u"Hi"_s}, {u"type"_s, u"fax"_s},
            {u"category"_s, u"general"_s}});
    QCOMPARE(badType.status, 400);
    QVERIFY(badType.body.contains("type"));
}

void TestTemplates::theFirstRecipientsContactFillsTheFields()
{
    MergeValues base;
    base.senderEmail = u"ops@acme.example"_s;
    base.senderName = u"Acme Operations"_s;
    const auto gather = [&](const QString &address) {
        std::optional<MergeValues> got;
        TemplateLibrary::gatherValues(
            client.get(), address, base, this, [&](const MergeValues &v) { got = v; });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 10000))
            return MergeValues {};
        return *got;
    };
    const MergeValues jamie = gather(u"Jamie.Lee@example.com"_s);
    const MergeResult filled = MergeFields::fill(
        u"Hi {{firstName}} {{lastName}}, from {{senderName}} at {{companyName}}"_s, jamie);
    QCOMPARE(filled.text, u"Hi Jamie Lee, from Acme Operations at {{companyName}}"_s);
    QCOMPARE(filled.unfilled.size(), 1);
    QCOMPARE(filled.unfilled.first().name, u"companyName"_s);
    // Someone the instance has no contact for: the name cannot be filled, and the reason says so.
    const MergeValues stranger = gather(u"nobody@example.net"_s);
    const MergeResult r = MergeFields::fill(u"Hi {{firstName}}"_s, stranger);
    QCOMPARE(r.text, u"Hi {{firstName}}"_s);
    QVERIFY2(r.unfilled.first().reason.contains(u"nobody@example.net"_s),
        qPrintable(r.unfilled.first().reason));
}

void TestTemplates::theLibraryListsOwnThenInstance()
{
    LocalStore store;
    QSignalSpy opened(&store, &LocalStore::opened);
    store.open(dir.filePath(u"library.sqlite"_s));
    QTRY_COMPARE(opened.size(), 1);
    TemplateLibrary library(&store);
    library.setClient(client.get());
    std::optional<QString> saved;
    MailTemplate mine;
    mine.name = u"Zebra note"_s;
    mine.body = u"Hi {{firstName}}"_s;
    library.save(mine, false, this, [&](const QString &error) { saved = error; });
    QTRY_VERIFY(saved.has_value());
    QCOMPARE(*saved, QString());
    QTRY_VERIFY(library.isLoaded() && library.own().size() == 1);
    QTRY_COMPARE(library.instance().size(), 3);
    QCOMPARE(names(library.templates()).first(), u"Zebra note"_s);
    QVERIFY(library.instanceNote().isEmpty());
    QCOMPARE(library.byName(u"renewal REMINDER"_s)->subject, u"Your contract renewal"_s);
    QVERIFY(!library.byName(u"Running late"_s)); // the SMS one
}

// An older or smaller instance (--instance-profile minimal): both endpoints answer 404; the
// library says the instance offers none, and the user's own templates are there as before.
void TestTemplates::aMinimalInstanceAnswers404AndOwnTemplatesStay()
{
    start(Sandbox::InstanceProfile::Minimal);
    const auto listed
        = wait<QList<MailTemplate>>([&](auto done) { client->emailTemplates(this, done); });
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().kind, ServiceError::Kind::NotFound);
    MailTemplate t;
    t.name = u"Shared"_s;
    t.body = u"Hi"_s;
    const auto created
        = wait<MailTemplate>([&](auto done) { client->createTemplate(t, this, done); });
    QCOMPARE(created.error().kind, ServiceError::Kind::NotFound);

    LocalStore store;
    QSignalSpy opened(&store, &LocalStore::opened);
    store.open(dir.filePath(u"minimal.sqlite"_s));
    QTRY_COMPARE(opened.size(), 1);
    TemplateLibrary library(&store);
    library.setClient(client.get());
    std::optional<QString> saved;
    library.save(t, true, this, [&](const QString &outcome) { saved = outcome; });
    QTRY_VERIFY(saved.has_value());
    // Kept as the user's own, and the user is told it could not be shared.
    QVERIFY2(saved->contains(u"offers no templates"_s), qPrintable(*saved));
    QTRY_VERIFY(library.isLoaded() && library.own().size() == 1);
    QVERIFY(library.instance().isEmpty());
    QVERIFY2(
        library.instanceNote().contains(u"only your own"_s), qPrintable(library.instanceNote()));
    QCOMPARE(library.byName(u"shared"_s)->body, u"Hi"_s);
}

QTEST_MAIN(TestTemplates)
#include "tst_templates.moc"
