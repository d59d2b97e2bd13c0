// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxSeed.h"

#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"

#include "mail/AddressList.h"

#include <QUuid>

namespace Outpost::Sandbox::Seed {

using namespace Qt::StringLiterals;

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

// Writes one thread message by message, keeping the Message-ID / References chain.
class ThreadWriter
{
public:
    ThreadWriter(SandboxStore &store, int &messageNumber, const Conversation &conversation,
        QString mailbox, QString contact)
        : m_store(store)
        , m_messageNumber(messageNumber)
        , m_conversation(conversation)
        , m_mailbox(std::move(mailbox))
        , m_contact(std::move(contact))
    {
    }

    bool write(bool incoming, const QDateTime &time, const QString &body, bool html = false,
        const QList<StoredAttachment> &attachments = {})
    {
        Message m = base(time, body);
        m.incoming = incoming;
        m.status = incoming ? u"received"_s : u"delivered"_s;
        m.attachments = attachments;
        m.threadId = m_conversation.threadId;
        m.from = incoming ? m_contact : m_mailbox;
        m.to = {incoming ? m_mailbox : m_contact};
        m.cc = m_cc;
        m.subject = m_count == 0 ? m_conversation.subject : u"Re: "_s + m_conversation.subject;
        m.html = html;
        const QString sender = incoming ? m_contact : m_mailbox;
        const QString domain = sender.section(u'@', -1).remove(u'>');
        const QUuid uuid = QUuid::createUuidV5(QUuid(u"6f1c2d1e-7b5a-4d2e-9c8f-0a1b2c3d4e5f"_s),
            m_conversation.id + QString::number(m_count));
        m.messageId = u'<' + uuid.toString(QUuid::WithoutBraces) + u'@' + domain + u'>';
        m.inReplyTo = m_lastMessageId;
        m.references = m_references;
        m_references = QString(m_references + u' ' + m.messageId).trimmed();
        m_lastMessageId = m.messageId;
        ++m_count;
        return m_store.insertMessage(m);
    }

    // The people in copy of the messages written from now on (a reply to all keeps them).
    void copy(const QStringList &cc) { m_cc = cc; }

    bool note(const QDateTime &time, const QString &body)
    {
        Message m = base(time, body);
        m.internal = true;
        m.hasEmail = false;
        return m_store.insertMessage(m);
    }

private:
    Message base(const QDateTime &time, const QString &body)
    {
        Message m;
        m.id = u"665f1a0c0e0a4b001a2ca%1"_s.arg(++m_messageNumber, 3, 16, QLatin1Char('0'));
        m.orgId = m_conversation.orgId;
        m.conversationId = m_conversation.id;
        m.contactId = m_conversation.contactId;
        m.userId = m_conversation.userId;
        m.body = body;
        m.createdAt = time;
        m.updatedAt = time;
        return m;
    }

    SandboxStore &m_store;
    int &m_messageNumber; // message ids count up across the whole seed
    Conversation m_conversation;
    QString m_mailbox;
    QString m_contact;
    QString m_lastMessageId;
    QString m_references;
    QStringList m_cc;
    int m_count = 0;
};

Conversation conversation(QStringView id, const User &owner, QStringView contactId,
    QStringView threadId, const QString &subject, const Mailbox &mailbox,
    const QString &contactEmail, const QDateTime &created)
{
    Conversation c;
    c.id = id.toString();
    c.orgId = owner.orgId;
    c.userId = owner.id;
    c.contactId = contactId.toString();
    c.threadId = threadId.toString();
    c.subject = subject;
    c.provider = providerName(mailbox.provider);
    c.emailAccountId = mailbox.id;
    c.participants = {mailbox.address, contactEmail};
    c.createdAt = created;
    return c;
}

Mailbox mailbox(QStringView id, Provider provider, const QString &address, const QString &name,
    const char *connected, bool active = true)
{
    return Mailbox {id.toString(), provider, address, name, active, at(connected)};
}

QString mailboxOf(const Mailbox &m)
{
    return MailAddress {m.displayName, m.address}.toString();
}

QString contactOf(const Contact &c)
{
    return MailAddress {c.firstName + u' ' + c.lastName, c.email}.toString();
}

const char *const rolloutUpdates[] = {
    "The 4.2 build passed QA overnight. We plan to start the staged rollout with 5% of "
    "tenants on Monday. Does that still work for your team?",
    "Monday works. Please keep the EU tenants in the first wave — they asked for the new "
    "export feature.",
    "Noted, the EU tenants are in wave one. I'll send the maintenance notice tomorrow.",
    "We saw two timeouts on the export job in wave one. Nothing lost, the retries worked. "
    "Can you share the job logs from your side?",
    "Logs are uploaded to the shared folder (export-2026-04, files 1–3). The timeouts line up "
    "with the nightly backup window.",
    "Thanks, that matches. We moved the export schedule 30 minutes later. Wave two starts at "
    "25% tomorrow morning.",
    "Wave two looks clean from here. The dashboard loads noticeably faster.",
    "Good to hear. Wave three (60%) is scheduled for Thursday; we'll pause if the error rate "
    "goes above 0.5%.",
    "One of our admins reports that the audit log filter resets after saving. Known issue?",
    "Yes — fixed in 4.2.1, which ships with the last wave. I'll confirm once it's live.",
};

bool seedThreads(SandboxStore &store, const User &demo, const User &other,
    const QList<Mailbox> &boxes, const QList<Contact> &contacts)
{
    const Mailbox &opsGmail = boxes.at(0);
    const Mailbox &dana = boxes.at(1);
    const Mailbox &support = boxes.at(2);
    const Mailbox &opsOutlook = boxes.at(3);
    const Mailbox &otherBox = boxes.at(5);
    const Contact &jamie = contacts.at(0);
    const Contact &priya = contacts.at(1);
    const Contact &sean = contacts.at(2);
    const Contact &jose = contacts.at(3);
    const Contact &mei = contacts.at(4);
    const Contact &pat = contacts.last();
    int number = 0;

    const Conversation weekly
        = conversation(weeklyReportConversationId, demo, jamieContactId, weeklyReportThreadId,
            u"Weekly report"_s, opsGmail, jamie.email, at("2026-05-18T09:02:10Z"));
    ThreadWriter w(store, number, weekly, mailboxOf(opsGmail), contactOf(jamie));
    bool ok = store.insertConversation(weekly)
        && w.write(false, at("2026-05-18T09:02:10Z"),
            u"Hi Jamie,\n\nHere is this week's report:\n\n- New sign-ups: 412 (+8% week "
            u"over week)\n- Churn: 1.9%\n- Support tickets closed: 137\n\nThe full "
            u"spreadsheet is in the shared drive as usual.\n\nBest,\nAcme Operations"_s)
        && w.write(true, at("2026-05-18T11:47:03Z"),
            u"Thanks! Quick question: the churn figure looks higher than last week's "
            u"1.4%. Is that the new cohort from the April campaign?\n\nJamie"_s)
        && w.note(at("2026-05-18T12:34:56Z"),
            u"Jamie is asking about churn — check the April cohort numbers with finance "
            u"before replying."_s);

    const Conversation renewal
        = conversation(contractRenewalConversationId, demo, jamieContactId, contractRenewalThreadId,
            u"Contract renewal"_s, dana, jamie.email, at("2026-05-12T15:20:00Z"));
    ThreadWriter r(store, number, renewal, mailboxOf(dana), contactOf(jamie));
    const StoredAttachment signedPdf {{},
        u"https://files.example.com/acme/renewal-2025-signed.pdf"_s, u"renewal-2025-signed.pdf"_s,
        u"application/pdf"_s, 48213};
    ok = ok && store.insertConversation(renewal)
        && r.write(false, at("2026-05-12T15:20:00Z"),
            u"Hi Jamie,\n\nOur contract is up for renewal on June 30. Could you send "
            u"over the updated terms when you have them? Last year's signed copy is "
            u"attached for reference.\n\nThanks,\nDana"_s,
            false, {signedPdf})
        && r.write(true, at("2026-05-13T08:05:41Z"),
            u"<div style=\"font-family: Arial, sans-serif\">"
            u"<p><img src=\"https://images.example.com/logo.png\" alt=\"Example Corp\" "
            u"width=\"120\"></p><p>Hi Dana,</p><p>The renewal terms are ready. You can "
            u"review and sign them in our <a "
            u"href=\"https://contracts.example.com/renewal/2026\">contract portal</a>."
            u"</p><p>Pricing stays the same; the only change is the new support tier "
            u"described in section 4.</p><p>Best regards,<br>Jamie Lee<br>Example "
            u"Corp</p></div>"_s,
            true);

    const Conversation lunch = conversation(lunchConversationId, demo, jamieContactId,
        lunchThreadId, u"Lunch on Friday?"_s, dana, jamie.email, at("2026-05-14T10:00:00Z"));
    ThreadWriter l(store, number, lunch, mailboxOf(dana), contactOf(jamie));
    ok = ok && store.insertConversation(lunch)
        && l.write(true, at("2026-05-14T10:00:00Z"),
            u"Hi Dana,\n\nAre you free for lunch on Friday? There's a new ramen place "
            u"near the office.\n\nJamie"_s)
        && l.write(false, at("2026-05-14T10:30:00Z"),
            u"Sounds great — 12:30 works for me. See you there!\n\nDana"_s);

    // A thread of four people: Priya writes to ops@ with Sean and José in copy, and everyone
    // answers all.
    Conversation invoice
        = conversation(invoiceConversationId, demo, priyaContactId, invoiceThreadId,
            u"Invoice INV-2026-0415"_s, opsOutlook, priya.email, at("2026-05-16T14:10:00Z"));
    invoice.participants += {sean.email, jose.email};
    ThreadWriter i(store, number, invoice, mailboxOf(opsOutlook), contactOf(priya));
    i.copy({contactOf(sean), contactOf(jose)});
    const StoredAttachment invoicePdf {{},
        u"https://files.example.org/invoices/INV-2026-0415.pdf"_s, u"INV-2026-0415.pdf"_s,
        u"application/pdf"_s, 91544};
    ok = ok && store.insertConversation(invoice)
        && i.write(true, at("2026-05-16T14:10:00Z"),
            u"Hello,\n\nInvoice INV-2026-0415 for April is attached. Payment is due "
            u"within 30 days.\n\nKind regards,\nPriya Raman\nAccounts, Raman & Co."_s,
            false, {invoicePdf})
        && i.write(false, at("2026-05-16T16:45:00Z"),
            u"Hi Priya,\n\nThanks — received. It is scheduled for payment on May 28."
            u"\n\nBest,\nAcme Operations"_s)
        && i.write(true, at("2026-05-17T08:15:00Z"),
            u"Thank you. Sean, please mark it as scheduled; José, no action needed on "
            u"your side.\n\nPriya"_s);

    const QDateTime rolloutStart = at("2026-04-20T08:00:00Z");
    const Conversation rollout = conversation(rolloutConversationId, demo, meiContactId,
        rolloutThreadId, u"Release 4.2 rollout"_s, support, mei.email, rolloutStart);
    ThreadWriter ro(store, number, rollout, mailboxOf(support), contactOf(mei));
    ok = ok && store.insertConversation(rollout);
    for (int n = 0; ok && n < rolloutMessageCount; ++n) {
        const bool incoming = n % 2 == 1;
        const QString text = QString::fromUtf8(rolloutUpdates[n % std::size(rolloutUpdates)]);
        const QString body = (incoming ? u"Hi team,\n\n"_s : u"Hi Mei,\n\n"_s) + text
            + (incoming ? u"\n\nMei"_s : u"\n\nAcme Support"_s)
            + u"\n\n(update %1 of %2)"_s.arg(n + 1).arg(rolloutMessageCount);
        ok = ro.write(incoming, rolloutStart.addSecs(n * 5 * 3600), body);
    }

    const Conversation others
        = conversation(otherConversationId, other, u"665f1a0c0e0a4b001a2c9f0f", otherThreadId,
            u"Quarterly numbers"_s, otherBox, pat.email, at("2026-05-10T09:00:00Z"));
    ThreadWriter o(store, number, others, mailboxOf(otherBox), contactOf(pat));
    ok = ok && store.insertConversation(others)
        && o.write(false, at("2026-05-10T09:00:00Z"),
            u"Hi Pat,\n\nCould you send the quarterly numbers by Friday?\n\nOlive"_s)
        && o.write(
            true, at("2026-05-10T13:20:00Z"), u"Sure, they'll be with you on Thursday.\n\nPat"_s);
    return ok;
}

} // namespace

bool populate(SandboxStore &store)
{
    const User demo {
        demoUserId.toString(), demoOrgId.toString(), DemoUser::email(), u"Dana"_s, u"Demo"_s};
    const User other {otherUserId.toString(), u"64ee9a8b1e7f2a0011223345"_s, otherEmail.toString(),
        u"Olive"_s, u"Other"_s};
    const QList<Mailbox> boxes {
        mailbox(opsGmailMailboxId, Provider::Gmail, u"ops@acme.example"_s, u"Acme Operations"_s,
            "2025-09-01T08:00:00Z"),
        mailbox(danaGmailMailboxId, Provider::Gmail, u"dana@acme.example"_s, u"Dana Demo"_s,
            "2025-10-01T08:00:00Z"),
        mailbox(supportOutlookMailboxId, Provider::Outlook, u"support@acme.example"_s,
            u"Acme Support"_s, "2025-11-15T08:00:00Z"),
        mailbox(opsOutlookMailboxId, Provider::Outlook, u"ops@acme.example"_s, u"Acme Operations"_s,
            "2026-01-10T08:00:00Z"),
        mailbox(oldInactiveMailboxId, Provider::Gmail, u"old@acme.example"_s, u"Old Mailbox"_s,
            "2025-06-01T08:00:00Z", false),
        mailbox(otherMailboxId, Provider::Gmail, otherMailboxAddress.toString(), u"Olive Other"_s,
            "2025-08-01T08:00:00Z"),
    };
    const QString org = demo.orgId;
    const QList<Contact> contacts {
        {jamieContactId.toString(), org, u"Jamie"_s, u"Lee"_s, u"jamie.lee@example.com"_s},
        {priyaContactId.toString(), org, u"Priya"_s, u"Raman"_s, u"priya.raman@example.org"_s},
        {seanContactId.toString(), org, u"Sean"_s, u"O'Brien"_s, u"sean.obrien@example.net"_s},
        {joseContactId.toString(), org, u"José"_s, u"Pérez"_s, u"jose.perez@example.es"_s},
        {meiContactId.toString(), org, u"Mei"_s, u"Chen"_s, u"mei.chen@example.com"_s},
        {u"665f1a0c0e0a4b001a2c9f06"_s, org, u"Lars"_s, u"Øberg"_s, u"lars.oberg@example.se"_s},
        {u"665f1a0c0e0a4b001a2c9f07"_s, org, u"Amara"_s, u"Okafor"_s,
            u"amara.okafor@example.com"_s},
        {u"665f1a0c0e0a4b001a2c9f08"_s, org, u"Noah"_s, u"Fischer"_s, u"noah.fischer@example.de"_s},
        {u"665f1a0c0e0a4b001a2c9f0f"_s, other.orgId, u"Pat"_s, u"Morgan"_s,
            u"pat.morgan@example.com"_s},
    };
    const QDateTime created = at("2025-06-01T08:00:00Z");
    bool ok = store.insertUser(demo, DemoUser::password())
        && store.insertUser(other, otherPassword.toString());
    for (qsizetype n = 0; ok && n < boxes.size(); ++n)
        ok = store.insertMailbox(n == boxes.size() - 1 ? other.id : demo.id, boxes.at(n));
    for (qsizetype n = 0; ok && n < contacts.size(); ++n)
        ok = store.insertContact(contacts.at(n), created.addDays(n));
    const QString demoToken = u"sbx_demo_"_s + randomHex(24);
    return ok && seedThreads(store, demo, other, boxes, contacts)
        && store.insertToken(demoToken, demo.id, u"access"_s, QDateTime())
        && store.setMeta(u"demoToken"_s, demoToken) && store.setMeta(u"fileSecret"_s, randomHex(32))
        && store.setMeta(u"nextMailbox"_s, u"1"_s);
}

} // namespace Outpost::Sandbox::Seed
