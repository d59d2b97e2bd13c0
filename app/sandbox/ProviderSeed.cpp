// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ProviderSeed.h"

#include "sandbox/ProviderStore.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/gmail/GmailJson.h"
#include "sandbox/graph/GraphJson.h"
#include "sandbox/oauth/ProviderTokens.h"

#include <QJsonArray>
#include <QLocale>

namespace Outpost::Sandbox::ProviderSeed {

using namespace Qt::StringLiterals;

namespace {
const QString jamie = u"jamie.lee@example.com"_s;
const QString priya = u"priya.raman@example.org"_s;

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

struct GmailSeed
{
    const char *id;
    bool incoming;
    const char *time;
    const char *body;
};

// Writes one Gmail thread, chaining Message-ID, In-Reply-To and References.
bool gmailThread(ProviderStore &store, const QString &threadKey, const QString &subject,
    const QString &contactName, const QString &contact, const QList<GmailSeed> &messages)
{
    const QString self = u"Dana Demo <"_s + gmailAddress.toString() + u'>';
    const QString other = contactName + u" <"_s + contact + u'>';
    QStringList references;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const GmailSeed &s = messages.at(i);
        GmailMessage m;
        m.id = QString::fromLatin1(s.id);
        m.mailbox = gmailAddress.toString();
        m.threadId = QString::fromLatin1(messages.first().id);
        m.messageId = u"<%1-%2.sbx@gmail.example>"_s.arg(threadKey).arg(i + 1);
        m.subject = i == 0 ? subject : u"Re: "_s + subject;
        m.from = s.incoming ? other : self;
        m.to = s.incoming ? self : other;
        m.internalDate = at(s.time);
        m.labelIds = {s.incoming ? u"INBOX"_s : u"SENT"_s};
        const QString body = QString::fromUtf8(s.body);
        m.snippet = GmailJson::snippet(body);
        m.historyId = store.nextHistoryId();
        QString raw = u"From: %1\r\nTo: %2\r\nSubject: %3\r\nDate: %4\r\nMessage-ID: %5\r\n"_s.arg(
            m.from, m.to, m.subject,
            QLocale::c().toString(m.internalDate, u"ddd, dd MMM yyyy HH:mm:ss '+0000'"_s),
            m.messageId);
        if (!references.isEmpty())
            raw += u"In-Reply-To: %1\r\nReferences: %2\r\n"_s.arg(
                references.last(), references.join(u' '));
        raw += u"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
               u"Content-Transfer-Encoding: 8bit\r\n\r\n"_s
            + QString(body).replace(u"\n"_s, u"\r\n"_s) + u"\r\n"_s;
        m.raw = raw.toUtf8();
        m.size = m.raw.size();
        references += m.messageId;
        if (!store.insertGmail(m))
            return false;
    }
    return true;
}

struct GraphSeed
{
    const char *id;
    bool incoming;
    const char *time;
    const char *body;
};

bool graphConversation(ProviderStore &store, QStringView conversationId, const QString &key,
    const QString &topic, const QString &contactName, const QString &contact,
    const QList<GraphSeed> &messages)
{
    const QJsonObject self = GraphJson::recipient(outlookAddress.toString(), u"Dana Demo"_s);
    const QJsonObject other = GraphJson::recipient(contact, contactName);
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const GraphSeed &s = messages.at(i);
        const QString time = GraphJson::time(at(s.time));
        const QJsonObject body {
            {u"contentType"_s, u"text"_s}, {u"content"_s, QString::fromUtf8(s.body)}};
        GraphMessage m;
        m.id = QString::fromLatin1(s.id);
        m.mailbox = outlookAddress.toString();
        m.folder = s.incoming ? u"inbox"_s : u"sentitems"_s;
        m.receivedAt = at(s.time);
        m.sentAt = at(s.time);
        m.resource = {{u"createdDateTime"_s, time}, {u"lastModifiedDateTime"_s, time},
            {u"receivedDateTime"_s, time}, {u"sentDateTime"_s, time},
            {u"internetMessageId"_s, u"<%1-%2.sbx@outlook.example>"_s.arg(key).arg(i + 1)},
            {u"subject"_s, i == 0 ? topic : u"RE: "_s + topic}, {u"body"_s, body},
            {u"bodyPreview"_s, GraphJson::preview(body)}, {u"importance"_s, u"normal"_s},
            {u"conversationId"_s, conversationId.toString()}, {u"isRead"_s, true},
            {u"from"_s, s.incoming ? other : self}, {u"sender"_s, s.incoming ? other : self},
            {u"toRecipients"_s, QJsonArray {s.incoming ? self : other}},
            {u"ccRecipients"_s, QJsonArray()}, {u"bccRecipients"_s, QJsonArray()},
            {u"replyTo"_s, QJsonArray()}};
        if (!store.insertGraph(m))
            return false;
    }
    return true;
}
} // namespace

bool populate(ProviderStore &store)
{
    // Gmail's history ids only grow; a mailbox with history starts well above zero.
    bool ok = store.sandbox().setMeta(u"gmailHistoryId"_s, u"9000"_s)
        && gmailThread(store, u"kickoff"_s, u"Project kickoff"_s, u"Jamie Lee"_s, jamie,
            {{"18f4a1c2d3e4f501", false, "2026-05-04T09:00:00Z",
                 "Hi Jamie,\n\nShall we hold the project kickoff on Thursday at 10:00? "
                 "I'll bring the draft plan.\n\nDana"},
                {"18f4a1c2d3e4f502", true, "2026-05-04T11:20:00Z",
                    "Thursday works. Could you add the budget figures to the plan?\n\n"
                    "Jamie"},
                {"18f4a1c2d3e4f503", false, "2026-05-05T08:15:00Z",
                    "Done — the plan now has a budget section. See you Thursday.\n\nDana"}})
        && gmailThread(store, u"design"_s, u"Design review"_s, u"Jamie Lee"_s, jamie,
            {{"18f4b2d3e4f50601", true, "2026-05-07T14:00:00Z",
                 "Hi Dana,\n\nThe mock-ups for the settings page are ready for review.\n\nJamie"},
                {"18f4b2d3e4f50602", false, "2026-05-07T16:30:00Z",
                    "Thanks! I left comments on the colour contrast.\n\nDana"}})
        && gmailThread(store, u"invoice"_s, u"Invoice question"_s, u"Priya Raman"_s, priya,
            {{"18f4c3e4f5060701", true, "2026-05-09T10:05:00Z",
                 "Hello Dana,\n\nInvoice 2026-117 lists two licences, but we ordered three. "
                 "Could you check?\n\nPriya"},
                {"18f4c3e4f5060702", false, "2026-05-09T12:40:00Z",
                    "You're right — a corrected invoice follows today.\n\nDana"}})
        && graphConversation(store, planningConversationId, u"planning"_s, u"Quarterly planning"_s,
            u"Jamie Lee"_s, jamie,
            {{"AAMkADAwATZiZmYAZC1kYW5hLWRpcmVjdABGAAAAAABplanning1AAA=", true,
                 "2026-05-06T08:30:00Z",
                 "Hi Dana,\n\nCan we meet next week to plan Q3? Tuesday or Wednesday suit me."
                 "\n\nJamie"},
                {"AAMkADAwATZiZmYAZC1kYW5hLWRpcmVjdABGAAAAAABplanning2AAA=", false,
                    "2026-05-06T09:45:00Z", "Wednesday at 14:00 works for me.\n\nDana"}})
        && graphConversation(store, receiptsConversationId, u"receipts"_s, u"Travel receipts"_s,
            u"Priya Raman"_s, priya,
            {{"AAMkADAwATZiZmYAZC1kYW5hLWRpcmVjdABGAAAAAABreceipts1AA=", true,
                 "2026-05-08T13:00:00Z",
                 "Hello Dana,\n\nPlease send the receipts from the Berlin trip by "
                 "Friday.\n\nPriya"},
                {"AAMkADAwATZiZmYAZC1kYW5hLWRpcmVjdABGAAAAAABreceipts2AA=", false,
                    "2026-05-08T15:10:00Z", "Will do — they are scanned already.\n\nDana"}});
    const QString userId = Seed::demoUserId.toString();
    const QString gmailToken = ProviderTokens::generate(Provider::Gmail);
    const QString graphToken = ProviderTokens::generate(Provider::Outlook);
    ProviderTokens tokens(store.sandbox());
    return ok && tokens.add(gmailToken, Provider::Gmail, gmailAddress.toString(), userId, {})
        && tokens.add(graphToken, Provider::Outlook, outlookAddress.toString(), userId, {})
        && store.sandbox().setMeta(u"demoGmailToken"_s, gmailToken)
        && store.sandbox().setMeta(u"demoGraphToken"_s, graphToken);
}

} // namespace Outpost::Sandbox::ProviderSeed
