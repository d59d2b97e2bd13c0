// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/DirectMailbox.h"
#include "submit/Submission.h"

#include <QDateTime>
#include <QTemporaryFile>

#include <memory>
#include <variant>

class QNetworkAccessManager;

namespace Outpost {

class AccessTokenSource;
class MimeMessage;
class ProviderHttp;

// Sends through the Gmail API: the message built by GMime (Message-ID derived from the
// idempotency key), uploaded with uploadType=multipart up to 5 MB and resumable above.
// Gmail has no idempotency key, so before each attempt it asks Gmail whether a message with
// that Message-ID was sent already: a lost answer never turns into a second mail.
class GmailSubmission : public Submission
{
    Q_OBJECT
public:
    GmailSubmission(QNetworkAccessManager *network, AccessTokenSource *tokens,
        DirectMailbox mailbox, QObject *parent = nullptr);
    ~GmailSubmission() override;

    SubmissionCapabilities capabilities() const override;
    void submit(const Draft &draft, const QString &idempotencyKey, const Route &route) override;
    void cancel() override;
    // Looks for the Message-ID this key gives (GmailLookup.cpp).
    void findSent(const Draft &draft, const QString &idempotencyKey, const Route &route,
        const QDateTime &since, const QStringList &claimed, QObject *context,
        std::function<void(const Outpost::SentLookup &)> done) override;

    // Keeps a copy of exactly what is uploaded (the .eml export of a direct send).
    void setEmlCopy(const QString &path) { m_emlCopy = path; }

    // The Date header of the next sends (tests and the .eml comparison; default: the time of
    // the send).
    void setDate(const QDateTime &date) { m_date = date; }

    // The message a send of `draft` from `mailbox` with this key uploads (Date: `date`, or
    // now). "Save as .eml" and `outpost send --eml` write exactly this.
    static std::variant<MimeMessage, QList<DraftProblem>> messageFor(const Draft &draft,
        const QString &idempotencyKey, const DirectMailbox &mailbox, const QDateTime &date = {});

private:
    void sendPrepared();
    void upload();
    void uploadResumable();
    void finish(const ServiceError &error);

    DirectMailbox m_mailbox;
    ProviderHttp *m_http;
    std::unique_ptr<QTemporaryFile> m_file;
    QString m_threadId;
    QString m_messageId;
    QString m_emlCopy;
    QDateTime m_date;
};

} // namespace Outpost
