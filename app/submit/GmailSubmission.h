// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "submit/DirectMailbox.h"
#include "submit/Submission.h"

#include <QTemporaryFile>

#include <memory>

class QNetworkAccessManager;

namespace Outpost {

class AccessTokenSource;
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
    void submit(const Draft &draft, const QString &idempotencyKey) override;
    void cancel() override;

    // Keeps a copy of exactly what is uploaded (the .eml export of a direct send).
    void setEmlCopy(const QString &path) { m_emlCopy = path; }

    // The Message-ID a send with this key carries.
    static QString messageIdFor(const QString &idempotencyKey, const QString &from);

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
};

} // namespace Outpost
