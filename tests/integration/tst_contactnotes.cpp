// SPDX-License-Identifier: GPL-3.0-or-later
// Notes for the team about a contact, and whom they can mention (issue 17, item 3):
// PlatformClient against the sandbox over real HTTP. What a user relies on: the instance's
// colleagues are listed; a note with a mention and an uploaded file is stored with the
// mentioned user's id and read back, newest first; what the instance refuses (a stranger
// mentioned, a key it never gave, an empty note) is an error naming what it refused; an instance
// without notes answers 404 to all three calls, and nothing is stored.
#include "platform/PlatformClient.h"
#include "platform/UploadClient.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestContactNotes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listsTheOrganisationsUsers();
    void aNoteWithAMentionAndAFileIsStoredAndReadBack();
    void notesComeNewestFirstInPages();
    void refusalsNameWhatWasRefused();
    void aMinimalInstanceAnswers404();

private:
    template<typename T, typename Call> Result<T> wait(Call call);
    void start(Sandbox::InstanceProfile profile);
    QString contactId(const QString &address);
    QString userId(const QString &email);
    ContactNote note(const QString &contact, const QString &text);

    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<PlatformClient> client;
};

void TestContactNotes::start(Sandbox::InstanceProfile profile)
{
    client.reset();
    sandbox.reset();
    Sandbox::SandboxOptions options;
    options.profile = profile;
    sandbox = std::make_unique<Sandbox::SandboxServer>(options);
    QVERIFY(sandbox->start());
    if (!network)
        network = std::make_unique<QNetworkAccessManager>();
    client = std::make_unique<PlatformClient>(
        network.get(), Session {sandbox->url(), sandbox->demoToken(), {}, {}});
}

void TestContactNotes::init()
{
    start(Sandbox::InstanceProfile::Current);
}

void TestContactNotes::cleanup()
{
    client.reset();
    sandbox.reset();
}

template<typename T, typename Call> Result<T> TestContactNotes::wait(Call call)
{
    std::optional<Result<T>> result;
    call([&](const Result<T> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return ServiceError::network(ServiceError::Kind::Timeout, u"test"_s, u"no answer"_s);
    return *result;
}

QString TestContactNotes::contactId(const QString &address)
{
    const auto found
        = wait<QList<PlatformContact>>([&](auto done) { client->contacts(address, this, done); });
    return found.ok() && !found.value().isEmpty() ? found.value().first().id : QString();
}

QString TestContactNotes::userId(const QString &email)
{
    const auto users = wait<QList<TeamUser>>([&](auto done) { client->teamUsers(this, done); });
    for (const TeamUser &u : users.value()) {
        if (u.email == email)
            return u.id;
    }
    return {};
}

ContactNote TestContactNotes::note(const QString &contact, const QString &text)
{
    ContactNote n;
    n.contactId = contact;
    n.note = text;
    return n;
}

void TestContactNotes::listsTheOrganisationsUsers()
{
    const auto users = wait<QList<TeamUser>>([&](auto done) { client->teamUsers(this, done); });
    QVERIFY2(users.ok(), qPrintable(users.ok() ? QString() : users.error().message));
    QStringList names;
    for (const TeamUser &u : users.value()) {
        QVERIFY(!u.id.isEmpty());
        names += u.fullName;
    }
    QVERIFY(names.contains(u"Dana Demo"_s));
    QVERIFY(names.contains(u"Sam Closer"_s));
    QVERIFY(!names.contains(u"Olive Other"_s)); // another organisation's
}

void TestContactNotes::aNoteWithAMentionAndAFileIsStoredAndReadBack()
{
    const QString jamie = contactId(u"jamie.lee@example.com"_s);
    const QString sam = userId(u"sam@acme.example"_s);
    QVERIFY(!jamie.isEmpty() && !sam.isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"w2.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Wages and tax statement\n");
    file.close();
    UploadClient uploads(client.get(), network.get());
    const auto uploaded = wait<QList<Attachment>>([&](auto done) {
        uploads.upload({{path, u"w2.txt"_s, u"text/plain"_s}},
            QUuid::createUuid().toString(QUuid::WithoutBraces), this, done);
    });
    QVERIFY(uploaded.ok());
    const Attachment &a = uploaded.value().first();

    ContactNote n = note(jamie, u"@Sam Closer please check the W2 before Friday."_s);
    n.mentions = {sam};
    n.attachments = {{a.storageKey, a.filename, a.size, a.contentType, {}}};
    const auto created = wait<ContactNote>([&](auto done) {
        client->addContactNote(n, QUuid::createUuid().toString(QUuid::WithoutBraces), this, done);
    });
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QVERIFY(!created.value().id.isEmpty());
    QCOMPARE(created.value().author.fullName, u"Dana Demo"_s);
    QCOMPARE(created.value().mentions, QStringList {sam});

    const auto page
        = wait<ContactNotePage>([&](auto done) { client->contactNotes(jamie, 25, 0, this, done); });
    QVERIFY(page.ok());
    QCOMPARE(page.value().notes.size(), 1);
    const ContactNote &read = page.value().notes.first();
    QCOMPARE(read.note, n.note);
    QCOMPARE(read.mentions, QStringList {sam});
    QCOMPARE(read.attachments.size(), 1);
    QCOMPARE(read.attachments.first().name, u"w2.txt"_s);
    QCOMPARE(read.attachments.first().size, a.size);
    QVERIFY(read.createdAt.isValid());
    // Another contact has none of it.
    const auto other = wait<ContactNotePage>([&](auto done) {
        client->contactNotes(contactId(u"priya.raman@example.org"_s), 25, 0, this, done);
    });
    QVERIFY(other.ok() && other.value().notes.isEmpty());
}

void TestContactNotes::notesComeNewestFirstInPages()
{
    const QString mei = contactId(u"mei.chen@example.com"_s);
    for (int i = 1; i <= 3; ++i) {
        const auto r = wait<ContactNote>([&](auto done) {
            client->addContactNote(note(mei, u"Note %1"_s.arg(i)), {}, this, done);
        });
        QVERIFY(r.ok());
    }
    const auto first
        = wait<ContactNotePage>([&](auto done) { client->contactNotes(mei, 2, 0, this, done); });
    QVERIFY(first.ok());
    QCOMPARE(first.value().notes.size(), 2);
    QCOMPARE(first.value().notes.first().note, u"Note 3"_s);
    QCOMPARE(first.value().total, 3);
    QVERIFY(first.value().hasMore);
    const auto second
        = wait<ContactNotePage>([&](auto done) { client->contactNotes(mei, 2, 2, this, done); });
    QCOMPARE(second.value().notes.size(), 1);
    QCOMPARE(second.value().notes.first().note, u"Note 1"_s);
    QVERIFY(!second.value().hasMore);
}

void TestContactNotes::refusalsNameWhatWasRefused()
{
    const QString jamie = contactId(u"jamie.lee@example.com"_s);
    ContactNote stranger = note(jamie, u"@Olive see this"_s);
    stranger.mentions = {u"64ee9a8b1e7f2a0011223345"_s}; // a user of another organisation
    const auto r1
        = wait<ContactNote>([&](auto done) { client->addContactNote(stranger, {}, this, done); });
    QVERIFY(!r1.ok());
    QCOMPARE(r1.error().httpStatus, 400);
    QVERIFY(r1.error().message.contains(u"64ee9a8b1e7f2a0011223345"_s)); // who was refused

    ContactNote forged = note(jamie, u"see file"_s);
    forged.attachments
        = {{u"orgs/x/uploads/never.pdf"_s, u"never.pdf"_s, 10, u"application/pdf"_s, {}}};
    const auto r2
        = wait<ContactNote>([&](auto done) { client->addContactNote(forged, {}, this, done); });
    QCOMPARE(r2.error().httpStatus, 400);
    QVERIFY(r2.error().message.contains(u"never.pdf"_s));

    const auto r3 = wait<ContactNote>(
        [&](auto done) { client->addContactNote(note(jamie, u"   "_s), {}, this, done); });
    QCOMPARE(r3.error().httpStatus, 400);
    const auto r4 = wait<ContactNote>([&](auto done) {
        client->addContactNote(note(u"000000000000000000000000"_s, u"hi"_s), {}, this, done);
    });
    QCOMPARE(r4.error().httpStatus, 404);
    const auto none
        = wait<ContactNotePage>([&](auto done) { client->contactNotes(jamie, 25, 0, this, done); });
    QVERIFY(none.ok() && none.value().notes.isEmpty()); // nothing refused was stored
}

void TestContactNotes::aMinimalInstanceAnswers404()
{
    start(Sandbox::InstanceProfile::Minimal);
    const QString jamie = contactId(u"jamie.lee@example.com"_s);
    QVERIFY(!jamie.isEmpty());
    const auto users = wait<QList<TeamUser>>([&](auto done) { client->teamUsers(this, done); });
    QCOMPARE(users.error().kind, ServiceError::Kind::NotFound);
    const auto created = wait<ContactNote>(
        [&](auto done) { client->addContactNote(note(jamie, u"hello"_s), {}, this, done); });
    QCOMPARE(created.error().kind, ServiceError::Kind::NotFound);
    const auto page
        = wait<ContactNotePage>([&](auto done) { client->contactNotes(jamie, 25, 0, this, done); });
    QCOMPARE(page.error().kind, ServiceError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestContactNotes)
#include "tst_contactnotes.moc"
