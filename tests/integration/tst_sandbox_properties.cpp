// SPDX-License-Identifier: GPL-3.0-or-later
// POST /api/email/messages/send on the sandbox, property style: requests generated from the rules
// of api/send-email-endpoint.txt (the "send page") are all accepted and stored; one broken rule
// gets that rule's 4xx, never a 5xx. Real HTTP on 127.0.0.1, read back through the platform's
// endpoints (api/CONTRACT.md). The seed is printed; OUTPOST_PROPERTY_SEED replays one.
#include "tests/support/SandboxTestClient.h"

#include "mail/AddressList.h"
#include "sandbox/SandboxSeed.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace Outpost;
using namespace Outpost::Sandbox;
using namespace Outpost::Sandbox::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int validCount = 300;
constexpr int invalidCount = 160;

// One generated recipient and the contact a CRM would make of it.
struct Recipient
{
    QString entry; // as written into to/cc/bcc
    QString address, firstName, lastName, form;
};

struct Sender
{
    QString id, address, provider;
};

struct Thread
{
    QString conversationId, threadId, subject, mailboxId;
};

struct Generated
{
    QJsonObject body;
    QList<Recipient> to, cc, bcc;
    std::optional<Thread> thread;
    QString senderId; // the mailbox that must send it
};

QString rfc2047Q(const QString &text)
{
    QString out = u"=?UTF-8?Q?"_s;
    for (const char c : text.toUtf8()) {
        if (c == ' ')
            out += u'_';
        else if (QChar::isLetterOrNumber(uchar(c)) && uchar(c) < 0x80)
            out += QLatin1Char(c);
        else
            out += u"=%1"_s.arg(uchar(c), 2, 16, QLatin1Char('0')).toUpper();
    }
    return out + u"?="_s;
}

QString rfc2047B(const QString &text)
{
    return u"=?UTF-8?B?"_s + QString::fromLatin1(text.toUtf8().toBase64()) + u"?="_s;
}

QString describe(const QJsonObject &request, const TestReply &reply)
{
    return QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)) + u" -> "_s
        + QString::number(reply.status) + u' ' + QString::fromUtf8(reply.body.left(600));
}

// Addresses compare case-insensitively (as the platform does) and with the domain in ASCII:
// GMime hands back an IDN domain (xn--…) decoded.
QString normal(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    return address.left(at).toLower() + u'@'
        + QString::fromLatin1(QUrl::toAce(address.mid(at + 1))).toLower();
}

QStringList addressesIn(const QJsonArray &entries)
{
    QStringList out;
    for (const QJsonValue &v : entries) {
        const AddressParse p = AddressList::parseOne(v.toString());
        out += p.ok() ? normal(p.addresses.first().address) : u"<unparsable>"_s;
    }
    return out;
}

QStringList addressesOf(const QList<Recipient> &list)
{
    QStringList out;
    for (const Recipient &r : list)
        out += normal(r.address);
    return out;
}

QJsonArray entriesOf(const QList<Recipient> &list)
{
    QJsonArray out;
    for (const Recipient &r : list)
        out.append(r.entry);
    return out;
}

} // namespace

class TestSandboxProperties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstTimeRecipientInEachForm();
    void generatedValidRequestsAreStored();
    void generatedInvalidRequestsGetTheDocumented4xx();

private:
    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(m_random.bounded(int(list.size())));
    }
    bool chance(int percent) { return m_random.bounded(100) < percent; }
    QString newAddress();
    Recipient recipientInForm(int form, const QString &address);
    QList<Recipient> recipients(int min, int max);
    QJsonArray attachments();
    Generated generate(bool allowReply);
    void checkStored(const Generated &g, const TestReply &reply);

    quint32 m_seed = 0;
    QRandomGenerator m_random;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    QList<Sender> m_senders; // active mailboxes of the demo user
    QList<Thread> m_threads; // the seeded threads, then every thread created here
    QStringList m_known; // addresses of the seeded contacts, then of those created here
    QHash<QString, Recipient> m_contacts; // lower-case address -> the contact it must be
    QHash<QString, QJsonObject> m_uploads; // storageKey -> the upload's file document
    int m_counter = 0;
};

void TestSandboxProperties::initTestCase()
{
    bool fixed = false;
    m_seed = qEnvironmentVariableIntValue("OUTPOST_PROPERTY_SEED", &fixed);
    if (!fixed)
        m_seed = QRandomGenerator::system()->generate();
    m_random.seed(m_seed);
    qInfo("property seed: %u (replay with OUTPOST_PROPERTY_SEED=%u)", m_seed, m_seed);

    m_server = startSandbox();
    QVERIFY(m_server);
    m_client = std::make_unique<SandboxTestClient>(m_server->url(), m_server->demoToken());

    const TestReply accounts = m_client->get(u"/api/email/accounts"_s);
    QCOMPARE(accounts.status, 200);
    for (const QJsonValue &v : accounts.json().value(u"accounts"_s).toArray()) {
        const QJsonObject a = v.toObject();
        m_senders += Sender {a.value(u"_id"_s).toString(), a.value(u"emailAddress"_s).toString(),
            a.value(u"provider"_s).toString()};
    }

    const TestReply threads
        = m_client->post(u"/api/conversation/all"_s, {{u"channelType"_s, u"email"_s}});
    QCOMPARE(threads.status, 200);
    for (const QJsonValue &v : threads.json().value(u"conversations"_s).toArray()) {
        const QJsonObject c = v.toObject();
        const QString mailbox = c.value(u"emailAccountId"_s).toString();
        if (std::any_of(m_senders.cbegin(), m_senders.cend(),
                [&](const Sender &s) { return s.id == mailbox; }))
            m_threads
                += Thread {c.value(u"_id"_s).toString(), c.value(u"channelIdentifier"_s).toString(),
                    c.value(u"subject"_s).toString(), mailbox};
    }
    QVERIFY(m_threads.size() >= 4);

    const TestReply contacts = m_client->get(u"/api/contacts?size=100"_s);
    QCOMPARE(contacts.status, 200);
    for (const QJsonValue &v : contacts.json().value(u"data"_s).toArray()) {
        const QJsonObject c = v.toObject();
        const QString address = c.value(u"email"_s).toString();
        m_known += address;
        m_contacts.insert(normal(address),
            {address, address, c.value(u"firstName"_s).toString(),
                c.value(u"lastName"_s).toString(), u"seeded"_s});
    }
    QVERIFY(!m_known.isEmpty());

    // Attachments by storageKey: uploaded first, as api/CONTRACT.md "Uploads" describes.
    const TestReply uploaded = m_client->upload({{u"report.pdf"_s, "application/pdf", "%PDF-1.4"},
        {u"Größe & Maß.txt"_s, "text/plain", "ä ö ü"}, {u"photo 1.png"_s, "image/png", "\x89PNG"},
        {u"notes"_s, {}, "no extension"}, {u"o'brien.csv"_s, "text/csv", "a,b\n1,2\n"}});
    QCOMPARE(uploaded.status, 200);
    for (const QJsonValue &v : uploaded.json().value(u"files"_s).toArray())
        m_uploads.insert(v.toObject().value(u"key"_s).toString(), v.toObject());
    QCOMPARE(m_uploads.size(), 5);
}

QString TestSandboxProperties::newAddress()
{
    // Unique and never a substring of another (the contact search matches substrings).
    const QString n
        = u"%1x%2"_s.arg(m_seed, 8, 16, QLatin1Char('0')).arg(++m_counter, 5, 10, QLatin1Char('0'));
    static const QStringList locals {u"first.time"_s, u"o'brien"_s, u"jamie+billing"_s, u"d_arcy"_s,
        u"x-ray"_s, u"UPPER.Case"_s};
    static const QStringList domains {
        u"example.org"_s, u"mail.example.co.uk"_s, u"example.com"_s, u"xn--bcher-kva.example"_s};
    return pick(locals) + u'.' + n + u'@' + pick(domains);
}

// The send page: "Each entry may be a bare email (user@x.com) or RFC 5322 formatted
// ("Name" <user@x.com>)". RFC 5322 display names may be encoded words (RFC 2047).
// In a pattern: @ the address, F a given name, L a family name, B "F L" as a B encoded word,
// Q "F" and R "L, F" as Q encoded words. `names`: 0 none, 1 given, 2 both.
struct Form
{
    QString pattern;
    int names;
    QString name;
};
const QList<Form> forms {{u"@"_s, 0, u"bare"_s}, {u"  @ "_s, 0, u"bare, padded"_s},
    {u"<@>"_s, 0, u"angle brackets only"_s}, {u"F <@>"_s, 1, u"one word"_s},
    {u"\"F\" <@>"_s, 1, u"one word, quoted"_s}, {u"F L <@>"_s, 2, u"two words"_s},
    {u"\"L, F\" <@>"_s, 2, u"comma inside quotes"_s}, {u"B <@>"_s, 2, u"RFC 2047 B"_s},
    {u"Q <@>"_s, 1, u"RFC 2047 Q, one word"_s}, {u"R <@>"_s, 2, u"RFC 2047 Q, comma"_s},
    // Outlook's habit: the address again as the name. That is no name.
    {u"\"@\" <@>"_s, 0, u"address as name"_s}};

Recipient TestSandboxProperties::recipientInForm(int form, const QString &address)
{
    static const QStringList firsts {u"Jamie"_s, u"Cher"_s, u"Zoë"_s, u"José"_s, u"D'Arcy"_s,
        u"Mary-Kate"_s, u"Łukasz"_s, u"美咲"_s, u"Олег"_s, u"Ngozi"_s};
    static const QStringList lasts {u"Lee"_s, u"O'Brien"_s, u"Pérez"_s, u"van der Berg"_s,
        u"Ångström"_s, u"Müller"_s, u"Smith-Jones"_s, u"Nakamura"_s};
    const QString first = pick(firsts);
    const QString last = pick(lasts);
    const Form &f = forms.at(form);
    const QHash<QChar, QString> parts {{u'@', address}, {u'F', first}, {u'L', last},
        {u'B', rfc2047B(first + u' ' + last)}, {u'Q', rfc2047Q(first)},
        {u'R', rfc2047Q(last + u", "_s + first)}};
    QString entry;
    for (const QChar c : f.pattern)
        entry += parts.value(c, QString(c));
    return {
        entry, address, f.names > 0 ? first : QString(), f.names > 1 ? last : QString(), f.name};
}

// A fifth of them known contacts (now and then in capitals), the rest first-timers.
QList<Recipient> TestSandboxProperties::recipients(int min, int max)
{
    QList<Recipient> list;
    for (int n = min + m_random.bounded(max - min + 1); n > 0; --n) {
        const bool known = chance(20);
        QString address = known ? pick(m_known) : newAddress();
        if (known && chance(30))
            address = address.toUpper();
        list += recipientInForm(m_random.bounded(int(forms.size())), address);
    }
    return list;
}

// The send page, "attachments": each entry supplies either storageKey (from the upload
// endpoint) or a pre-signed url; api/CONTRACT.md "Uploads" adds filename and contentType.
QJsonArray TestSandboxProperties::attachments()
{
    QJsonArray list;
    const int n = m_random.bounded(4);
    const QStringList keys = m_uploads.keys();
    for (int i = 0; i < n; ++i) {
        QJsonObject a;
        if (chance(60)) {
            a.insert(u"storageKey"_s, pick(keys));
            if (chance(40))
                a.insert(u"filename"_s, u"renamed-%1.bin"_s.arg(i));
            if (chance(30))
                a.insert(u"contentType"_s, u"application/octet-stream"_s);
        } else {
            static const QStringList names {
                u"invoice.pdf"_s, u"scan%20two.jpg"_s, u"data.tar.gz"_s, u"readme"_s};
            a.insert(u"url"_s,
                u"https://files.example.net/presigned/%1/%2?X-Amz-Expires=900&X-Amz-Signature=%3"_s
                    .arg(QString::number(m_random.bounded(1000)), pick(names),
                        QString::number(m_random.generate(), 16)));
            if (chance(50))
                a.insert(u"filename"_s, u"Rechnung-März.pdf"_s);
        }
        list.append(a);
    }
    return list;
}

Generated TestSandboxProperties::generate(bool allowReply)
{
    Generated g;
    QJsonObject &b = g.body;
    Sender sender = pick(m_senders);
    if (allowReply && chance(40)) {
        g.thread = pick(m_threads);
        sender = *std::find_if(m_senders.cbegin(), m_senders.cend(),
            [&](const Sender &s) { return s.id == g.thread->mailboxId; });
        b.insert(u"threadId"_s, g.thread->threadId);
    }
    // The send page, "provider": a tie-breaker for an address connected under both; without
    // it the newest connection sends (api/CONTRACT.md lists the mailboxes newest first).
    const auto same = [&](const Sender &s) { return s.address == sender.address; };
    if (std::find_if(m_senders.cbegin(), m_senders.cend(), same)->id != sender.id || chance(25))
        b.insert(u"provider"_s, sender.provider);
    b.insert(u"from"_s, chance(20) ? sender.address.toUpper() : sender.address);
    g.senderId = sender.id;

    g.to = recipients(1, 4);
    if (g.to.size() == 1 && chance(50))
        b.insert(u"to"_s, g.to.first().entry);
    else
        b.insert(u"to"_s, entriesOf(g.to));
    for (auto [key, list] : {std::pair {u"cc"_s, &g.cc}, std::pair {u"bcc"_s, &g.bcc}}) {
        const int roll = m_random.bounded(10);
        if (roll < 5)
            continue; // absent
        *list = roll == 5 ? QList<Recipient>() : recipients(1, 3);
        b.insert(key, entriesOf(*list));
    }
    static const QStringList subjects {u"Weekly report"_s, u"Grüße aus Köln"_s, u"📎 Invoice #42"_s,
        u"Re: \"quoted\" words, and commas"_s, u"Q3 — plan ✓"_s};
    if (chance(70))
        b.insert(u"subject"_s, pick(subjects));
    const int html = m_random.bounded(3);
    if (html < 2)
        b.insert(u"isHtml"_s, html == 1);
    b.insert(u"body"_s,
        html == 1 ? u"<p>Hello <b>there</b> — №%1</p>"_s.arg(m_counter)
                  : u"Hello — line one\nline two №%1 🙂"_s.arg(m_counter));
    if (chance(15))
        b.insert(u"isInternal"_s, false);
    if (chance(15))
        b.insert(u"inReplyTo"_s, u"<prop-%1@example.org>"_s.arg(m_counter));
    if (chance(10))
        b.insert(u"references"_s, u"<a-%1@example.org> <b-%1@example.org>"_s.arg(m_counter));
    if (chance(60))
        b.insert(u"attachments"_s, attachments());
    return g;
}

void TestSandboxProperties::checkStored(const Generated &g, const TestReply &reply)
{
    const QString what = describe(g.body, reply);
    const QJsonObject response = reply.json();
    const QJsonObject sent = response.value(u"message"_s).toObject();
    const QString conversationId = response.value(u"conversationId"_s).toString();
    const QString threadId = response.value(u"threadId"_s).toString();
    QVERIFY2(!conversationId.isEmpty() && !threadId.isEmpty(), qPrintable(what));
    if (g.thread) {
        QVERIFY2(conversationId == g.thread->conversationId, qPrintable(what));
        QVERIFY2(threadId == g.thread->threadId, qPrintable(what));
    }

    // Read back as a client would: the conversation's messages (api/CONTRACT.md).
    const TestReply list = m_client->get(u"/api/conversation/%1/messages"_s.arg(conversationId));
    QVERIFY2(list.status == 200, qPrintable(what));
    QJsonObject stored;
    for (const QJsonValue &v : list.json().value(u"messages"_s).toArray()) {
        if (v.toObject().value(u"_id"_s) == sent.value(u"_id"_s))
            stored = v.toObject();
    }
    QVERIFY2(!stored.isEmpty(), qPrintable(u"not stored: "_s + what));
    const QJsonObject &b = g.body;
    const QJsonObject meta = stored.value(u"emailMetadata"_s).toObject();
    QCOMPARE(stored.value(u"body"_s).toString(), b.value(u"body"_s).toString());
    QCOMPARE(stored.value(u"isInternal"_s).toBool(), false);
    QCOMPARE(meta.value(u"isHtml"_s).toBool(), b.value(u"isHtml"_s).toBool(false));
    QCOMPARE(meta.value(u"threadId"_s).toString(), threadId);
    QCOMPARE(addressesIn(meta.value(u"to"_s).toArray()), addressesOf(g.to));
    QCOMPARE(addressesIn(meta.value(u"cc"_s).toArray()), addressesOf(g.cc));
    QCOMPARE(addressesIn(meta.value(u"bcc"_s).toArray()), addressesOf(g.bcc));
    // The send page, "subject": omitted on a reply, the conversation's; on a new thread,
    // "(no subject)".
    const QString subject = b.contains(u"subject"_s) ? b.value(u"subject"_s).toString()
        : g.thread                                   ? g.thread->subject
                                                     : u"(no subject)"_s;
    QCOMPARE(meta.value(u"subject"_s).toString(), subject);
    if (b.contains(u"inReplyTo"_s))
        QCOMPARE(meta.value(u"inReplyTo"_s).toString(), b.value(u"inReplyTo"_s).toString());
    if (b.contains(u"references"_s))
        QCOMPARE(meta.value(u"references"_s).toString(), b.value(u"references"_s).toString());

    const QJsonArray asked = b.value(u"attachments"_s).toArray();
    const QJsonArray kept = stored.value(u"attachments"_s).toArray();
    QCOMPARE(kept.size(), asked.size());
    for (qsizetype i = 0; i < asked.size(); ++i) {
        const QJsonObject a = asked.at(i).toObject();
        const QJsonObject k = kept.at(i).toObject();
        const bool byKey = a.contains(u"storageKey"_s);
        const QString ref = a.value(byKey ? u"storageKey"_s : u"url"_s).toString();
        QCOMPARE(k.value(byKey ? u"storageKey"_s : u"url"_s).toString(), ref);
        // Without a filename: the upload's name, or the url's last segment.
        const QString filename
            = a.value(u"filename"_s)
                  .toString(byKey ? m_uploads.value(ref).value(u"name"_s).toString()
                                  : QUrl(ref).fileName());
        QCOMPARE(k.value(u"filename"_s).toString(), filename);
    }

    // The conversation is in the mailbox `from` (and `provider`) named.
    const TestReply conversation = m_client->get(u"/api/conversation/"_s + conversationId);
    QVERIFY2(conversation.status == 200, qPrintable(what));
    QVERIFY2(
        conversation.json().value(u"emailAccountId"_s).toString() == g.senderId, qPrintable(what));

    // A new thread's first recipient is its contact: found by the contact search, once.
    const QString contactId = stored.value(u"contactId"_s).toString();
    QVERIFY2(contactId == conversation.json().value(u"contactId"_s).toString(), qPrintable(what));
    if (g.thread)
        return;
    const Recipient &first = g.to.first();
    const QString key = normal(first.address);
    if (!m_contacts.contains(key)) {
        m_contacts.insert(key, first);
        m_known += first.address;
    }
    m_threads += Thread {conversationId, threadId, subject, g.senderId};
    const TestReply search = m_client->get(u"/api/contacts?size=100&search="_s
        + QString::fromLatin1(QUrl::toPercentEncoding(key.section(u'@', 0, 0) + u'@')));
    QVERIFY2(search.status == 200, qPrintable(what));
    QList<QJsonObject> matches;
    for (const QJsonValue &v : search.json().value(u"data"_s).toArray()) {
        if (normal(v.toObject().value(u"email"_s).toString()) == key)
            matches += v.toObject();
    }
    QVERIFY2(matches.size() == 1, qPrintable(u"one contact for %1: "_s.arg(key) + what));
    const QJsonObject contact = matches.first();
    QCOMPARE(contact.value(u"_id"_s).toString(), contactId);
    const Recipient &expected = m_contacts.value(key);
    // "first / last" of the contact, as made from the entry that first named it.
    QCOMPARE(contact.value(u"firstName"_s).toString() + u" / "_s
            + contact.value(u"lastName"_s).toString() + u" from "_s + expected.entry,
        expected.firstName + u" / "_s + expected.lastName + u" from "_s + expected.entry);
}

// Every form once, whatever the seed, as a string and in an array: the issue's reproductions
// are among them ("to": "first.time@example.org", "Cher" <cher@example.org>).
void TestSandboxProperties::firstTimeRecipientInEachForm()
{
    for (int i = 0; i < 2 * forms.size(); ++i) {
        Generated g;
        g.to = {recipientInForm(i / 2, newAddress())};
        g.senderId = Seed::danaGmailMailboxId.toString();
        g.body = {{u"from"_s, u"dana@acme.example"_s},
            {u"to"_s, i % 2 ? QJsonValue(entriesOf(g.to)) : QJsonValue(g.to.first().entry)},
            {u"body"_s, u"Hello, first-timer."_s}};
        const TestReply r = m_client->send(g.body);
        QVERIFY2(r.status == 200, qPrintable(g.to.first().form + u": "_s + describe(g.body, r)));
        checkStored(g, r);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestSandboxProperties::generatedValidRequestsAreStored()
{
    for (int i = 0; i < validCount; ++i) {
        const Generated g = generate(true);
        const TestReply r = m_client->send(g.body);
        const QString what = u"seed %1, request %2: "_s.arg(m_seed).arg(i) + describe(g.body, r);
        QVERIFY2(r.status >= 200 && r.status < 300, qPrintable(what));
        checkStored(g, r);
        if (QTest::currentTestFailed())
            return qWarning("%s", qPrintable(what));
    }
}

void TestSandboxProperties::generatedInvalidRequestsGetTheDocumented4xx()
{
    // One rule broken: `value` is the field's new value (undefined: left out).
    struct Violation
    {
        QString rule; // where the send page (or api/CONTRACT.md) states it
        int status;
        QString field;
        std::function<QJsonValue(QJsonObject &)> value;
        enum { Json, NoToken, BadToken, BrokenJson } via = Json;
    };
    const auto one = [this](const QList<QJsonValue> &values) {
        return [this, values](QJsonObject &) { return pick(values); };
    };
    const QList<QJsonValue> bad {u"jamie@"_s, u"@example.org"_s, u"a@b"_s,
        u"two words@example.org"_s, u"\"Unclosed <a@example.org>"_s, u"a@@example.org"_s,
        u"a..b@example.org"_s, u"a@example.org, b@example.org"_s, u"Name <>"_s, u""_s};
    const auto badAddress = one(bad);
    const auto notAString = one({7, true, QJsonArray {u"x"_s}, QJsonObject {}});
    // One bad entry among good ones, at a random place.
    const auto spoil = [this, bad](const QString &field) {
        return [this, field, bad](QJsonObject &b) -> QJsonValue {
            QJsonArray list = b.value(field).toArray();
            if (b.value(field).isString())
                list.append(b.value(field));
            list.insert(m_random.bounded(int(list.size()) + 1), pick(bad));
            return list;
        };
    };
    const auto absent = [](QJsonObject &) { return QJsonValue(QJsonValue::Undefined); };
    const auto attachment = [](const QJsonObject &a) {
        return [a](QJsonObject &) { return QJsonValue(QJsonArray {a}); };
    };
    const QString key = m_uploads.keys().first();
    const QList<Violation> violations {
        {u"page, from: required"_s, 400, u"from"_s, absent},
        {u"page, from: string<email>"_s, 400, u"from"_s, badAddress},
        {u"page, from: string"_s, 400, u"from"_s, notAString},
        {u"page, from: a mailbox the user connected (CONTRACT: 403)"_s, 403, u"from"_s,
            [&](QJsonObject &b) {
                b.remove(u"provider"_s);
                return one({u"stranger@acme.example"_s, u"old@acme.example"_s,
                    Seed::otherMailboxAddress.toString()})(b);
            }},
        {u"page, to: required"_s, 400, u"to"_s, absent},
        {u"page, to: an address or an array of them"_s, 400, u"to"_s, one({QJsonArray(), 42})},
        {u"page, to: bare or RFC 5322 entries"_s, 400, u"to"_s, spoil(u"to"_s)},
        {u"page, to: strings"_s, 400, u"to"_s,
            [&](QJsonObject &b) { return QJsonArray {notAString(b)}; }},
        {u"page, cc: same format rules as to"_s, 400, u"cc"_s, spoil(u"cc"_s)},
        {u"page, bcc: same format rules as to"_s, 400, u"bcc"_s, spoil(u"bcc"_s)},
        {u"page, body: required"_s, 400, u"body"_s, one({u""_s, QJsonValue::Undefined})},
        {u"page, body: string"_s, 400, u"body"_s, notAString},
        {u"page, provider: gmail or outlook"_s, 400, u"provider"_s,
            one({u"yahoo"_s, u"imap"_s, u""_s})},
        {u"page, provider: matched against from (CONTRACT: 409)"_s, 409, u"provider"_s,
            [this](QJsonObject &b) {
                const bool dana = chance(50);
                b.insert(u"from"_s, dana ? u"dana@acme.example"_s : u"support@acme.example"_s);
                return QJsonValue(dana ? u"outlook"_s : u"gmail"_s);
            }},
        {u"page, subject: string"_s, 400, u"subject"_s, notAString},
        {u"page, isHtml: boolean"_s, 400, u"isHtml"_s, one({u"true"_s, 1})},
        {u"page, isInternal: must be false or omitted"_s, 400, u"isInternal"_s,
            one({true, u"false"_s, 0})},
        {u"page, threadId: a thread of the user (CONTRACT: 404)"_s, 404, u"threadId"_s,
            [this](QJsonObject &) {
                return u"gthread-%1"_s.arg(m_random.generate64(), 16, 16, QLatin1Char('0'));
            }},
        {u"page, threadId: string"_s, 400, u"threadId"_s, one({42})},
        {u"page, inReplyTo: string"_s, 400, u"inReplyTo"_s, notAString},
        {u"page, references: string"_s, 400, u"references"_s, notAString},
        {u"page, attachments: object[]"_s, 400, u"attachments"_s,
            one({QJsonObject {}, u"report.pdf"_s, QJsonArray {u"report.pdf"_s}})},
        {u"page, attachments: storageKey or url"_s, 400, u"attachments"_s,
            attachment({{u"storageKey"_s, key}, {u"url"_s, u"https://files.example.net/a.pdf"_s}})},
        {u"page, attachments: storageKey or url"_s, 400, u"attachments"_s,
            attachment({{u"filename"_s, u"a.pdf"_s}})},
        {u"CONTRACT, Uploads: url is https://"_s, 400, u"attachments"_s,
            [&](QJsonObject &b) {
                return QJsonArray {QJsonObject {{u"url"_s,
                    one({u"http://files.example.net/a.pdf"_s, u"ftp://files.example.net/a.pdf"_s,
                        u"not a url"_s, u"https://"_s})(b)}}};
            }},
        {u"page, attachments: a storageKey from the upload endpoint (CONTRACT: 404)"_s, 404,
            u"attachments"_s,
            attachment({{u"storageKey"_s,
                u"orgs/%1/uploads/2026-05-18/missing.pdf"_s.arg(Seed::demoOrgId)}})},
        {u"page, Authorizations: Bearer <token>"_s, 401, {}, {}, Violation::NoToken},
        {u"page, Authorizations: a valid token"_s, 401, {}, {}, Violation::BadToken},
        {u"page, Body: application/json"_s, 400, {}, {}, Violation::BrokenJson},
    };

    const qsizetype before = m_client->allMessages().size();
    SandboxTestClient anonymous(m_server->url());
    SandboxTestClient badToken(m_server->url(), u"not-a-token"_s);
    for (int i = 0; i < invalidCount; ++i) {
        Generated g = generate(false);
        g.body.insert(u"body"_s, u"never stored %1"_s.arg(i));
        const Violation &v = pick(violations);
        if (v.value) {
            const QJsonValue value = v.value(g.body);
            if (value.isUndefined())
                g.body.remove(v.field);
            else
                g.body.insert(v.field, value);
        }
        const TestReply r = v.via == Violation::NoToken ? anonymous.send(g.body)
            : v.via == Violation::BadToken              ? badToken.send(g.body)
            : v.via == Violation::BrokenJson ? m_client->postRaw(u"/api/email/messages/send"_s,
                  QJsonDocument(g.body).toJson().chopped(2), "application/json")
                                             : m_client->send(g.body);
        const QString what = u"seed %1, invalid request %2 (%3): "_s.arg(
                                 QString::number(m_seed), QString::number(i), v.rule)
            + describe(g.body, r);
        QVERIFY2(r.status < 500, qPrintable(what));
        QVERIFY2(r.status == v.status, qPrintable(what));
    }
    QCOMPARE(m_client->allMessages().size(), before);
}

QTEST_GUILESS_MAIN(TestSandboxProperties)
#include "tst_sandbox_properties.moc"
