// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/DirectMailbox.h"
#include "submit/Submission.h"

#include <QJsonArray>
#include <QTimer>

class QNetworkAccessManager;

namespace Outpost {

class AccessTokenSource;
class ProviderHttp;

// Sends through Microsoft Graph. New mail whose attachments fit inline: one sendMail.
// Otherwise a draft (new, or createReply on the thread's latest message), attachments added
// inline or through upload sessions in chunks under 4 MB (no Authorization header on the
// chunks), then send. The internetMessageId is derived from the idempotency key, and each
// attempt first looks in Sent Items for it: a lost answer never becomes a second mail. A
// failure after the draft was made deletes the draft; the reply lookup skips drafts.
class GraphSubmission : public Submission
{
    Q_OBJECT
public:
    GraphSubmission(QNetworkAccessManager *network, AccessTokenSource *tokens,
        DirectMailbox mailbox, QObject *parent = nullptr);
    ~GraphSubmission() override;

    SubmissionCapabilities capabilities() const override;
    void submit(const Draft &draft, const QString &idempotencyKey, const Route &route) override;
    void cancel() override;
    // Looks for the internetMessageId this key gives in Sent Items, then for a sent copy that
    // says what the draft says (GraphLookup.cpp).
    void findSent(const Draft &draft, const QString &idempotencyKey, const Route &route,
        const QDateTime &since, const QStringList &claimed, QObject *context,
        std::function<void(const Outpost::SentLookup &)> done) override;

private:
    struct FilePart
    {
        QString path;
        QString name;
        QString contentType;
        qint64 size = 0;
    };

    void findSentByContent(const Draft &draft, const QDateTime &since, const QStringList &claimed,
        std::function<void(const Outpost::SentLookup &)> done);
    void checkAttachments(const Draft &draft, const QDateTime &since, QList<QJsonObject> candidates,
        std::function<void(const Outpost::SentLookup &)> done);
    void afterSentCheck();
    void sendMail();
    void createDraft();
    void createReply();
    void addAttachment(qsizetype index);
    void uploadLarge(qsizetype index);
    void putChunk(const QUrl &uploadUrl, qsizetype index, qint64 offset);
    void sendDraft();
    void lookupReceipt();
    void sentWith(const Receipt &receipt);
    void finish(const ServiceError &error);

    DirectMailbox m_mailbox;
    ProviderHttp *m_http;
    Draft m_draft;
    QString m_key; // the outbox entry's idempotency key
    QDateTime m_began; // when this attempt began: a sent copy is not older
    QString m_internetMessageId;
    QJsonArray m_inline; // fileAttachment JSON sent with the message itself
    QList<FilePart> m_separate; // added to the draft one request each (< 3 MB)
    QList<FilePart> m_large; // upload sessions
    QString m_draftId;
    bool m_sendPosted = false; // POST …/send went out: its failure may hide a sent mail
    int m_receiptTries = 0; // Sent Items lookups after the 202
    QTimer m_copyWait; // until the next of them
};

} // namespace Outpost
