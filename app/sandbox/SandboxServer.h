// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Mailbox.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace Outpost::Sandbox {

// Which version of the platform's send page the instance plays.
enum class InstanceProfile {
    Current, // api/send-email-endpoint.txt: the mailbox is `from` (and `provider`)
    // An older instance whose send page named the mailbox `accountId`, the _id of
    // GET /api/email/accounts. No published page of that version is known (docs.tetherai.ca
    // shows only the current one); the source is api/CONTRACT.md ("Also published": "An
    // earlier version of the send page named the mailbox `accountId` […] instead of `from`")
    // and issue 13, item 5. What such an instance does with `from` is unknown: the stand-in
    // is the stricter one and refuses it.
    LegacyAccountId,
    // An older or smaller instance without the optional endpoints: the message search
    // (GET /api/conversation/contact/{contactId}/messages/search), mailbox housekeeping
    // (DELETE /api/email/accounts/{accountId}, POST /api/email/messages/sync, GET …/sync/status)
    // and the templates (GET /api/user/sms-templates, POST /api/templates) answer 404 as any
    // unknown path. Issue 17 asks for it ("degrade gracefully when an instance answers 404");
    // which versions lack which endpoint is not published, so all of them go.
    Minimal,
};

struct SandboxOptions
{
    quint16 port = 0; // 0: any free port
    QString dataDir; // where the SQLite file and uploads live; empty: a fresh temp dir
    bool faults = false; // enables the /_sandbox/ control endpoints (fault injection)
    // Plays a platform that ignores Idempotency-Key, as a real instance must be assumed to
    // (its pages never mention the header): every repeat is processed again.
    bool ignoreIdempotencyKey = false;
    qint64 maxUploadBytes = 50 * 1024 * 1024; // per file, as the platform
    int accessTokenLifetimeSecs = 3600; // tokens from login/refresh; the demo token never expires
    // Graph's Sent Items copy of a sendMail or send shows this long after the 202 (the real
    // delay is not documented and varies).
    int graphSentCopyDelayMs = 300;
    // Gmail search (messages.list with q) finds a message sent through the API only this long
    // after it was sent; messages.get has it at once. Google does not say how soon its search
    // sees a new message: 0 (at once) by default; the lookup tests play a late index.
    int gmailSearchDelayMs = 0;
    // Plays an Exchange tenant that rewrites what it sends: the Sent Items copy gets a new
    // internetMessageId (no Microsoft page promises the one the client wrote is kept), its text
    // body is stored as HTML and a transport rule appends a disclaimer
    // (learn.microsoft.com/exchange/security-and-compliance/mail-flow-rules/disclaimers-...).
    // Off by default: public reports say the id is kept (msgraph-sdk-dotnet issue 2947).
    bool graphRewritesSentCopy = false;
    // How long a mailbox sync (POST /api/email/messages/sync) runs; not published.
    int syncDurationMs = 1500;
    InstanceProfile profile = InstanceProfile::Current;
    std::function<QDateTime()> clock; // the time seam; empty: the system clock (UTC)
};

// The demo user every fresh sandbox is seeded with (documented in the README).
struct DemoUser
{
    static QString email() { return QStringLiteral("demo@outpost.example"); }
    static QString password() { return QStringLiteral("outpost-demo"); }
};

class SandboxServerPrivate;

// A stand-in platform instance on 127.0.0.1: the endpoints of api/CONTRACT.md with every rule
// of the send page, state in a SQLite file, Idempotency-Key honoured, optional fault injection.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Opens (or creates and seeds) the store and listens on 127.0.0.1. False with a reason.
    bool start(QString *error = nullptr);
    QUrl url() const; // http://127.0.0.1:<port>
    QString dataDir() const;
    // A valid access token of the demo user, ready to use as `Authorization: Bearer`.
    // It never expires (not even through /_sandbox/expire-tokens) and survives restarts.
    QString demoToken() const;
    // Direct mode: a non-expiring access token of the demo user's direct mailbox for the
    // provider (Gmail: dana.direct@gmail.example, Outlook: dana.direct@outlook.example).
    QString demoProviderToken(Outpost::Provider provider) const;
    QUrl gmailBaseUrl() const; // http://127.0.0.1:<port>/gmail-api for https://gmail.googleapis.com
    QUrl graphBaseUrl() const; // http://127.0.0.1:<port>/graph for https://graph.microsoft.com

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    std::unique_ptr<SandboxServerPrivate> d;
};

} // namespace Outpost::Sandbox
