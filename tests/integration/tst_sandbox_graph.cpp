// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's Microsoft Graph (direct mode) over real HTTP, sending: sendMail, drafts,
// attachments and upload sessions, the Sent Items copy that comes a moment after the 202,
// Graph's limits and error shape. Reading and searching: tst_sandbox_graph_query.cpp.
#include "tests/integration/GraphTestSupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace Outpost;
using namespace Outpost::Sandbox;
using namespace Outpost::Sandbox::Testing;
using namespace Outpost::Sandbox::Testing::Graph;
using namespace Qt::StringLiterals;

class TestSandboxGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void unknownOrExpiredTokenIs401();
    void meNamesTheSignedInUser();
    void sendMailIs202AndStored();
    void sendMailWithoutSavingToSentItems();
    void sendMailNeedsValidRecipients();
    void requestOver4MBIs413();
    void inlineAttachmentOf3MBIs400();
    void badBase64Is400();
    void unknownPropertyIs400();
    void draftCreatePatchAttachSend();
    void immutableIdKeepsTheIdOnSend();
    void sentCopyShowsAMomentAfterThe202();
    void uploadSessionOf9MBInThreeChunks();
    void uploadWithAuthorizationHeaderIs401();
    void uploadWithoutContentRangeIs400();
    void uploadChunkOver4MBIs413();
    void uploadOutOfOrderIs416();
    void uploadSessionUnder3MBIs400();
    void sendWithIncompleteUploadIs400();
    void throttlingThroughFaults();

private:
    QJsonObject createDraft(const QJsonObject &body = message(u"Draft"_s));
    QJsonObject createSession(const QString &messageId, qint64 size, TestReply *reply = nullptr);
    TestReply put(const QString &uploadUrl, const QByteArray &chunk, qint64 first, qint64 total,
        bool withToken = false);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    std::unique_ptr<SandboxTestClient> m_anonymous; // for upload URLs: no Authorization header
};

void TestSandboxGraph::init()
{
    m_server = startSandbox();
    QVERIFY(m_server);
    m_client = std::make_unique<SandboxTestClient>(
        m_server->url(), m_server->demoProviderToken(Provider::Outlook));
    m_anonymous = std::make_unique<SandboxTestClient>(m_server->url());
}

void TestSandboxGraph::cleanup()
{
    m_anonymous.reset();
    m_client.reset();
    m_server.reset();
}

QJsonObject TestSandboxGraph::createDraft(const QJsonObject &body)
{
    const TestReply r = m_client->post(me + u"/messages"_s, body);
    return r.status == 201 ? r.json() : QJsonObject();
}

QJsonObject TestSandboxGraph::createSession(const QString &messageId, qint64 size, TestReply *reply)
{
    const TestReply r
        = m_client->post(me + u"/messages/"_s + messageId + u"/attachments/createUploadSession"_s,
            {{u"AttachmentItem"_s,
                QJsonObject {{u"attachmentType"_s, u"file"_s}, {u"name"_s, u"data.bin"_s},
                    {u"size"_s, size}, {u"contentType"_s, u"application/octet-stream"_s}}}});
    if (reply)
        *reply = r;
    return r.json();
}

TestReply TestSandboxGraph::put(
    const QString &uploadUrl, const QByteArray &chunk, qint64 first, qint64 total, bool withToken)
{
    SandboxTestClient &c = withToken ? *m_client : *m_anonymous;
    return c.custom("PUT", uploadUrl, chunk,
        {{"Content-Type", "application/octet-stream"},
            {"Content-Range",
                "bytes " + QByteArray::number(first) + '-'
                    + QByteArray::number(first + chunk.size() - 1) + '/'
                    + QByteArray::number(total)}});
}

void TestSandboxGraph::unknownOrExpiredTokenIs401()
{
    const QString expired = m_client->providerToken(u"outlook"_s, -1);
    const QList<QPair<QString, QString>> cases {{QString(), u"Access token is empty."_s},
        {u"EwB.unknown"_s, u"Access token has expired or is not yet valid."_s},
        {expired, u"Access token has expired or is not yet valid."_s},
        {m_server->demoProviderToken(Provider::Gmail),
            u"Access token has expired or is not yet valid."_s}};
    for (const auto &[token, text] : cases) {
        SandboxTestClient c(m_server->url(), token);
        const TestReply r = c.post(me + u"/sendMail"_s, {{u"message"_s, message(u"Hi"_s)}});
        QCOMPARE(r.status, 401);
        QCOMPARE(code(r), u"InvalidAuthenticationToken"_s);
        QCOMPARE(r.error().value(u"message"_s).toString(), text);
        const QJsonObject inner = r.error().value(u"innerError"_s).toObject();
        QVERIFY(!inner.value(u"request-id"_s).toString().isEmpty());
        QVERIFY(!inner.value(u"date"_s).toString().isEmpty());
    }
    QCOMPARE(m_client->providerMessages(u"outlook"_s).size(), 0);
}

void TestSandboxGraph::meNamesTheSignedInUser()
{
    const TestReply me = m_client->get(u"/graph/v1.0/me"_s);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(u"mail"_s).toString(), u"dana.direct@outlook.example"_s);
    QCOMPARE(me.json().value(u"userPrincipalName"_s).toString(), u"dana.direct@outlook.example"_s);
    QVERIFY(!me.json().value(u"id"_s).toString().isEmpty());
    // $select answers only what was asked for; an unknown property is refused.
    const TestReply selected = m_client->get(u"/graph/v1.0/me?$select=mail"_s);
    QCOMPARE(selected.status, 200);
    QVERIFY(selected.json().contains(u"mail"_s));
    QVERIFY(!selected.json().contains(u"userPrincipalName"_s));
    QCOMPARE(m_client->get(u"/graph/v1.0/me?$select=nickname"_s).status, 400);
    SandboxTestClient nobody(m_server->url(), u"EwB.unknown"_s);
    QCOMPARE(nobody.get(u"/graph/v1.0/me"_s).status, 401);
}

void TestSandboxGraph::sendMailIs202AndStored()
{
    const QByteArray small = randomBytes(2048, 1);
    QJsonObject m = message(u"Weekly figures"_s);
    m.insert(u"body"_s,
        QJsonObject {{u"contentType"_s, u"HTML"_s}, {u"content"_s, u"<p>Figures attached</p>"_s}});
    m.insert(u"ccRecipients"_s, to({u"priya.raman@example.org"_s}));
    m.insert(u"bccRecipients"_s, to({u"boss@example.com"_s}));
    m.insert(u"internetMessageId"_s, u"<weekly.1@outlook.example>"_s);
    m.insert(u"attachments"_s, QJsonArray {fileAttachment(u"figures.bin"_s, small)});
    const TestReply r
        = m_client->post(me + u"/sendMail"_s, {{u"message"_s, m}, {u"saveToSentItems"_s, true}});
    QCOMPARE(r.status, 202);
    QVERIFY(r.body.isEmpty());
    const QJsonArray sent = m_client->providerMessages(u"outlook"_s);
    QCOMPARE(sent.size(), 1);
    const QJsonObject s = sent.first().toObject();
    QCOMPARE(s.value(u"internetMessageId"_s).toString(), u"<weekly.1@outlook.example>"_s);
    const QJsonObject stored = s.value(u"message"_s).toObject();
    QCOMPARE(stored.value(u"subject"_s).toString(), u"Weekly figures"_s);
    QCOMPARE(stored.value(u"body"_s).toObject().value(u"contentType"_s).toString(), u"html"_s);
    QCOMPARE(stored.value(u"isDraft"_s).toBool(), false);
    QCOMPARE(stored.value(u"hasAttachments"_s).toBool(), true);
    QCOMPARE(stored.value(u"bccRecipients"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"emailAddress"_s)
                 .toObject()
                 .value(u"address"_s)
                 .toString(),
        u"boss@example.com"_s);
    const QJsonObject attachment = s.value(u"attachments"_s).toArray().first().toObject();
    QCOMPARE(attachment.value(u"sha256"_s).toString(), QString::fromLatin1(sha256(small)));
    QCOMPARE(attachment.value(u"size"_s).toInteger(), small.size());
    QCOMPARE(attachment.value(u"via"_s).toString(), u"inline"_s);
    // sendMail starts a conversation of its own; its Sent Items copy shows a moment later.
    const QString conversationId = s.value(u"conversationId"_s).toString();
    QVERIFY(conversationId.startsWith(u"AAQkAD"_s));
    const auto inConversation = [&] {
        return m_client
            ->get(query(me + u"/messages"_s,
                {{u"$filter"_s, u"conversationId eq '%1'"_s.arg(conversationId)}}))
            .json()
            .value(u"value"_s)
            .toArray()
            .size();
    };
    QTRY_COMPARE(inConversation(), 1);
}

void TestSandboxGraph::sendMailWithoutSavingToSentItems()
{
    QJsonObject m = message(u"Not kept"_s);
    m.insert(u"internetMessageId"_s, u"<unsaved.1@outlook.example>"_s);
    const TestReply r
        = m_client->post(me + u"/sendMail"_s, {{u"message"_s, m}, {u"saveToSentItems"_s, false}});
    QCOMPARE(r.status, 202);
    const TestReply lookup = m_client->get(query(me + u"/mailFolders/sentitems/messages"_s,
        {{u"$filter"_s, u"internetMessageId eq '<unsaved.1@outlook.example>'"_s}}));
    QCOMPARE(lookup.status, 200);
    QCOMPARE(lookup.json().value(u"value"_s).toArray().size(), 0);
    const QJsonObject sent = m_client->providerMessages(u"outlook"_s).first().toObject();
    QCOMPARE(sent.value(u"saveToSentItems"_s).toBool(), false);
}

void TestSandboxGraph::sendMailNeedsValidRecipients()
{
    const TestReply none
        = m_client->post(me + u"/sendMail"_s, {{u"message"_s, message(u"Nobody"_s, {})}});
    QCOMPARE(none.status, 400);
    QCOMPARE(code(none), u"ErrorInvalidRecipients"_s);
    QCOMPARE(none.error().value(u"message"_s).toString(),
        u"At least one recipient is required, but none were found."_s);
    const TestReply bad = m_client->post(
        me + u"/sendMail"_s, {{u"message"_s, message(u"Bad"_s, to({u"jamie@@x"_s}))}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(code(bad), u"ErrorInvalidRecipients"_s);
    const TestReply missing = m_client->post(me + u"/sendMail"_s, {{u"saveToSentItems"_s, true}});
    QCOMPARE(missing.status, 400);
    QCOMPARE(code(missing), u"ErrorInvalidParameter"_s);
    QCOMPARE(m_client->providerMessages(u"outlook"_s).size(), 0);
}

void TestSandboxGraph::requestOver4MBIs413()
{
    QJsonObject m = message(u"Too big"_s);
    m.insert(
        u"attachments"_s, QJsonArray {fileAttachment(u"big.bin"_s, randomBytes(3200 * 1000, 2))});
    const TestReply r = m_client->post(me + u"/sendMail"_s, {{u"message"_s, m}});
    QCOMPARE(r.status, 413);
    QCOMPARE(code(r), u"RequestBodyTooLarge"_s);
    QVERIFY(r.error().value(u"message"_s).toString().contains(u"4194304"_s));
    QCOMPARE(m_client->providerMessages(u"outlook"_s).size(), 0);
}

void TestSandboxGraph::inlineAttachmentOf3MBIs400()
{
    // 3,000,000 bytes: 4,000,000 in base64, so the request itself stays under 4 MB.
    const QByteArray threeMB = randomBytes(3000 * 1000, 3);
    QJsonObject m = message(u"Inline"_s);
    m.insert(u"attachments"_s, QJsonArray {fileAttachment(u"three.bin"_s, threeMB)});
    const TestReply viaSendMail = m_client->post(me + u"/sendMail"_s, {{u"message"_s, m}});
    QCOMPARE(viaSendMail.status, 400);
    QCOMPARE(code(viaSendMail), u"ErrorMessageSizeExceeded"_s);
    QVERIFY(viaSendMail.error().value(u"message"_s).toString().contains(u"createUploadSession"_s));
    const QString draft = createDraft().value(u"id"_s).toString();
    const QString attachments = me + u"/messages/"_s + draft + u"/attachments"_s;
    const TestReply viaPost = m_client->post(attachments, fileAttachment(u"three.bin"_s, threeMB));
    QCOMPARE(viaPost.status, 400);
    QCOMPARE(code(viaPost), u"ErrorMessageSizeExceeded"_s);
    const TestReply under
        = m_client->post(attachments, fileAttachment(u"ok.bin"_s, threeMB.chopped(1)));
    QCOMPARE(under.status, 201);
    QCOMPARE(under.json().value(u"size"_s).toInteger(), 3000 * 1000 - 1);
    QCOMPARE(m_client->providerMessages(u"outlook"_s).size(), 0);
}

void TestSandboxGraph::badBase64Is400()
{
    QJsonObject attachment = fileAttachment(u"x.bin"_s, "abc");
    attachment.insert(u"contentBytes"_s, u"not base64!"_s);
    QJsonObject m = message(u"Bad bytes"_s);
    m.insert(u"attachments"_s, QJsonArray {attachment});
    const TestReply r = m_client->post(me + u"/sendMail"_s, {{u"message"_s, m}});
    QCOMPARE(r.status, 400);
    QCOMPARE(code(r), u"RequestBodyRead"_s);
    QVERIFY(r.error().value(u"message"_s).toString().contains(u"Edm.Binary"_s));
    QCOMPARE(m_client->providerMessages(u"outlook"_s).size(), 0);
}

void TestSandboxGraph::unknownPropertyIs400()
{
    QJsonObject m = message(u"Typo"_s);
    m.insert(u"toRecipient"_s, to({jamie}));
    const TestReply r = m_client->post(me + u"/sendMail"_s, {{u"message"_s, m}});
    QCOMPARE(r.status, 400);
    QCOMPARE(code(r), u"RequestBodyRead"_s);
    QVERIFY(
        r.error()
            .value(u"message"_s)
            .toString()
            .startsWith(
                u"The property 'toRecipient' does not exist on type 'microsoft.graph.message'."_s));
}

void TestSandboxGraph::draftCreatePatchAttachSend()
{
    const QJsonObject draft = createDraft();
    QCOMPARE(draft.value(u"isDraft"_s).toBool(), true);
    const QString id = draft.value(u"id"_s).toString();
    QVERIFY(id.startsWith(u"AAMkAD"_s) && id.endsWith(u'='));
    QVERIFY(!draft.value(u"conversationId"_s).toString().isEmpty());
    const QString internetMessageId = draft.value(u"internetMessageId"_s).toString();
    QVERIFY(internetMessageId.startsWith(u'<') && internetMessageId.endsWith(u'>'));
    const TestReply patched = m_client->custom("PATCH", me + u"/messages/"_s + id,
        QJsonDocument(QJsonObject {{u"subject"_s, u"Final plan"_s},
                          {u"body"_s,
                              QJsonObject {{u"contentType"_s, u"text"_s},
                                  {u"content"_s, u"See the plan."_s}}},
                          {u"ccRecipients"_s, to({u"priya.raman@example.org"_s})}})
            .toJson(),
        {{"Content-Type", "application/json"}});
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.json().value(u"subject"_s).toString(), u"Final plan"_s);
    QCOMPARE(patched.json().value(u"bodyPreview"_s).toString(), u"See the plan."_s);
    const QByteArray bytes = randomBytes(100 * 1000, 4);
    const TestReply attached = m_client->post(
        me + u"/messages/"_s + id + u"/attachments"_s, fileAttachment(u"plan.bin"_s, bytes));
    QCOMPARE(attached.status, 201);
    QCOMPARE(
        attached.json().value(u"@odata.type"_s).toString(), u"#microsoft.graph.fileAttachment"_s);
    const TestReply sent = m_client->post(me + u"/messages/"_s + id + u"/send"_s, {});
    QCOMPARE(sent.status, 202);
    QVERIFY(sent.body.isEmpty());
    // Sending moved the draft to Sent Items under a new id.
    QCOMPARE(m_client->get(me + u"/messages/"_s + id).status, 404);
    QCOMPARE(code(m_client->get(me + u"/messages/"_s + id)), u"ErrorItemNotFound"_s);
    const QJsonObject s = m_client->providerMessages(u"outlook"_s).first().toObject();
    QVERIFY(s.value(u"id"_s).toString() != id);
    QCOMPARE(s.value(u"internetMessageId"_s).toString(), internetMessageId);
    QCOMPARE(s.value(u"message"_s).toObject().value(u"isDraft"_s).toBool(), false);
    const QJsonObject a = s.value(u"attachments"_s).toArray().first().toObject();
    QCOMPARE(a.value(u"sha256"_s).toString(), QString::fromLatin1(sha256(bytes)));
    QCOMPARE(a.value(u"via"_s).toString(), u"attachments"_s);
    // A sent message can no longer be sent or edited (once its Sent Items copy is there).
    const QString newId = s.value(u"id"_s).toString();
    QTRY_COMPARE(m_client->get(me + u"/messages/"_s + newId).status, 200);
    const TestReply again = m_client->post(me + u"/messages/"_s + newId + u"/send"_s, {});
    QCOMPARE(again.status, 400);
    QCOMPARE(code(again), u"ErrorInvalidOperation"_s);
    QCOMPARE(m_client->providerMessages(u"outlook"_s).size(), 1);
}

void TestSandboxGraph::immutableIdKeepsTheIdOnSend()
{
    const QString id = createDraft().value(u"id"_s).toString();
    const TestReply sent = m_client->postRaw(me + u"/messages/"_s + id + u"/send"_s, {},
        "application/json", {{"Prefer", "IdType=\"ImmutableId\""}});
    QCOMPARE(sent.status, 202);
    const QString path = me + u"/messages/"_s + id + u"?$select=isDraft,subject"_s;
    QTRY_COMPARE(m_client->get(path).status, 200); // the Sent Items copy, a moment later
    const TestReply got = m_client->get(path);
    QCOMPARE(keysOf(got.json()), QStringList({u"id"_s, u"isDraft"_s, u"subject"_s}));
    QCOMPARE(got.json().value(u"isDraft"_s).toBool(), false);
}

void TestSandboxGraph::sentCopyShowsAMomentAfterThe202()
{
    // On the sandbox's own clock: the copy is missing until the delay has passed, then there.
    SandboxOptions options = testOptions();
    const QDateTime start = QDateTime::currentDateTimeUtc();
    const auto elapsedMs = std::make_shared<qint64>(0);
    options.clock = [start, elapsedMs] { return start.addMSecs(*elapsedMs); };
    options.graphSentCopyDelayMs = 5000;
    m_client.reset();
    m_server = startSandbox(options);
    QVERIFY(m_server);
    m_client = std::make_unique<SandboxTestClient>(
        m_server->url(), m_server->demoProviderToken(Provider::Outlook));
    QJsonObject m = message(u"On its way"_s);
    m.insert(u"internetMessageId"_s, u"<on.its.way@outlook.example>"_s);
    QCOMPARE(m_client->post(me + u"/sendMail"_s, {{u"message"_s, m}}).status, 202);
    const auto lookup = [this] {
        return m_client
            ->get(query(me + u"/mailFolders/sentitems/messages"_s,
                {{u"$filter"_s, u"internetMessageId eq '<on.its.way@outlook.example>'"_s}}))
            .json()
            .value(u"value"_s)
            .toArray()
            .size();
    };
    QCOMPARE(lookup(), 0);
    QCOMPARE(m_client->providerMessages(u"outlook"_s).size(), 1); // it did leave
    *elapsedMs = 4999;
    QCOMPARE(lookup(), 0);
    *elapsedMs = 5000;
    QCOMPARE(lookup(), 1);
}

void TestSandboxGraph::uploadSessionOf9MBInThreeChunks()
{
    const QString id = createDraft().value(u"id"_s).toString();
    const QByteArray data = randomBytes(9 * 1000 * 1000, 5);
    TestReply created;
    const QJsonObject session = createSession(id, data.size(), &created);
    QCOMPARE(created.status, 201);
    const QString uploadUrl = session.value(u"uploadUrl"_s).toString();
    QVERIFY(uploadUrl.startsWith(m_server->url().toString() + u"/outlook-upload/"_s));
    QVERIFY(uploadUrl.contains(u"authtoken="_s));
    QCOMPARE(session.value(u"nextExpectedRanges"_s).toArray(), QJsonArray({u"0-"_s}));
    QVERIFY(QDateTime::fromString(session.value(u"expirationDateTime"_s).toString(), Qt::ISODate)
                .isValid());
    constexpr qint64 chunk = 3 * 1024 * 1024;
    for (qint64 first = 0; first < data.size(); first += chunk) {
        const TestReply r = put(uploadUrl, data.mid(first, chunk), first, data.size());
        if (first + chunk < data.size()) {
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().value(u"nextExpectedRanges"_s).toArray(),
                QJsonArray({QString::number(first + chunk)}));
        } else {
            QCOMPARE(r.status, 201);
            QVERIFY(r.body.isEmpty());
            QVERIFY(r.header("Location").contains("/Attachments('"));
        }
    }
    QCOMPARE(m_client->post(me + u"/messages/"_s + id + u"/send"_s, {}).status, 202);
    const QJsonObject sent = m_client->providerMessages(u"outlook"_s).first().toObject();
    const QJsonObject a = sent.value(u"attachments"_s).toArray().first().toObject();
    QCOMPARE(a.value(u"size"_s).toInteger(), data.size());
    QCOMPARE(a.value(u"sha256"_s).toString(), QString::fromLatin1(sha256(data)));
    QCOMPARE(a.value(u"via"_s).toString(), u"uploadSession"_s);
    QCOMPARE(sent.value(u"message"_s).toObject().value(u"hasAttachments"_s).toBool(), true);
}

void TestSandboxGraph::uploadWithAuthorizationHeaderIs401()
{
    const QString id = createDraft().value(u"id"_s).toString();
    const QByteArray data = randomBytes(3100 * 1000, 6);
    const QString uploadUrl = createSession(id, data.size()).value(u"uploadUrl"_s).toString();
    const TestReply refused = put(uploadUrl, data.first(1024 * 1024), 0, data.size(), true);
    QCOMPARE(refused.status, 401);
    QCOMPARE(code(refused), u"InvalidAuthenticationToken"_s);
    QVERIFY(refused.error().value(u"message"_s).toString().contains(u"Authorization"_s));
    // Nothing was taken: the upload still starts at byte 0.
    QCOMPARE(put(uploadUrl, data.first(1024 * 1024), 0, data.size())
                 .json()
                 .value(u"nextExpectedRanges"_s)
                 .toArray(),
        QJsonArray({u"1048576"_s}));
}

void TestSandboxGraph::uploadWithoutContentRangeIs400()
{
    const QString id = createDraft().value(u"id"_s).toString();
    const QByteArray data = randomBytes(3100 * 1000, 7);
    const QString uploadUrl = createSession(id, data.size()).value(u"uploadUrl"_s).toString();
    const TestReply r = m_anonymous->custom(
        "PUT", uploadUrl, data.first(1000), {{"Content-Type", "application/octet-stream"}});
    QCOMPARE(r.status, 400);
    QCOMPARE(code(r), u"ErrorInvalidRequest"_s);
    QVERIFY(r.error().value(u"message"_s).toString().contains(u"Content-Range"_s));
}

void TestSandboxGraph::uploadChunkOver4MBIs413()
{
    const QString id = createDraft().value(u"id"_s).toString();
    const QByteArray data = randomBytes(5 * 1024 * 1024, 8);
    const QString uploadUrl = createSession(id, data.size()).value(u"uploadUrl"_s).toString();
    const TestReply r = put(uploadUrl, data.first(4 * 1024 * 1024 + 1), 0, data.size());
    QCOMPARE(r.status, 413);
    QCOMPARE(code(r), u"RequestBodyTooLarge"_s);
    QCOMPARE(put(uploadUrl, data.first(4 * 1024 * 1024), 0, data.size()).status, 200);
}

void TestSandboxGraph::uploadOutOfOrderIs416()
{
    const QString id = createDraft().value(u"id"_s).toString();
    const QByteArray data = randomBytes(3100 * 1000, 9);
    const QString uploadUrl = createSession(id, data.size()).value(u"uploadUrl"_s).toString();
    const TestReply skipped = put(uploadUrl, data.mid(1000 * 1000, 1000), 1000 * 1000, data.size());
    QCOMPARE(skipped.status, 416);
    QCOMPARE(code(skipped), u"invalidRange"_s);
    QVERIFY(skipped.error().value(u"message"_s).toString().contains(u"next expected byte is 0"_s));
    QCOMPARE(put(uploadUrl, data.first(2000 * 1000), 0, data.size()).status, 200);
    const TestReply repeated = put(uploadUrl, data.first(1000), 0, data.size());
    QCOMPARE(repeated.status, 416);
    // The final chunk completes it; sending that chunk again answers the same, once.
    const TestReply done = put(uploadUrl, data.mid(2000 * 1000), 2000 * 1000, data.size());
    QCOMPARE(done.status, 201);
    const TestReply again = put(uploadUrl, data.mid(2000 * 1000), 2000 * 1000, data.size());
    QCOMPARE(again.status, 201);
    QCOMPARE(again.header("Location"), done.header("Location"));
    QCOMPARE(m_client->post(me + u"/messages/"_s + id + u"/send"_s, {}).status, 202);
    QCOMPARE(m_client->providerMessages(u"outlook"_s)
                 .first()
                 .toObject()
                 .value(u"attachments"_s)
                 .toArray()
                 .size(),
        1);
}

void TestSandboxGraph::uploadSessionUnder3MBIs400()
{
    const QString id = createDraft().value(u"id"_s).toString();
    TestReply r;
    createSession(id, 3000 * 1000 - 1, &r);
    QCOMPARE(r.status, 400);
    QCOMPARE(code(r), u"ErrorAttachmentSizeShouldNotBeLessThanMinimumSize"_s);
    createSession(id, 3000 * 1000, &r);
    QCOMPARE(r.status, 201);
}

void TestSandboxGraph::sendWithIncompleteUploadIs400()
{
    const QString id = createDraft().value(u"id"_s).toString();
    const QByteArray data = randomBytes(3100 * 1000, 10);
    const QString uploadUrl = createSession(id, data.size()).value(u"uploadUrl"_s).toString();
    QCOMPARE(put(uploadUrl, data.first(1000 * 1000), 0, data.size()).status, 200);
    const TestReply r = m_client->post(me + u"/messages/"_s + id + u"/send"_s, {});
    QCOMPARE(r.status, 400);
    QCOMPARE(code(r), u"ErrorAttachmentUploadIncomplete"_s);
    QCOMPARE(m_client->providerMessages(u"outlook"_s).size(), 0);
    // Cancelling the session lets the draft go without it.
    QCOMPARE(m_anonymous->custom("DELETE", uploadUrl, {}).status, 204);
    QCOMPARE(m_client->post(me + u"/messages/"_s + id + u"/send"_s, {}).status, 202);
}

void TestSandboxGraph::throttlingThroughFaults()
{
    QVERIFY(m_client->addFault(
        {{u"path"_s, u"/graph/*"_s}, {u"status"_s, 429}, {u"retryAfter"_s, u"3"_s}}));
    const TestReply limited
        = m_client->post(me + u"/sendMail"_s, {{u"message"_s, message(u"Hi"_s)}});
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("3"));
    QCOMPARE(code(limited), u"ApplicationThrottled"_s);
    QVERIFY(limited.error().contains(u"innerError"_s));
    QCOMPARE(m_client->providerMessages(u"outlook"_s).size(), 0);
    QCOMPARE(m_client->post(me + u"/sendMail"_s, {{u"message"_s, message(u"Hi"_s)}}).status, 202);
    QCOMPARE(m_client->providerMessages(u"outlook"_s).size(), 1);
}

QTEST_GUILESS_MAIN(TestSandboxGraph)
#include "tst_sandbox_graph.moc"
