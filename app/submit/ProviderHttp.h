// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/ServiceError.h"
#include "submit/OneShotBody.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <variant>

class QNetworkAccessManager;

namespace Outpost {

class AccessTokenSource;

// HTTP for a provider's REST API (Gmail, Graph): a bearer token from an AccessTokenSource, one
// new token and one retry after a 401, bodies streamed from devices, errors mapped by the
// provider's own rules.
class ProviderHttp : public QObject
{
    Q_OBJECT
public:
    using ErrorMapper = std::function<ServiceError(
        int status, const QByteArray &body, const QByteArray &retryAfter)>;
    // Bytes, or pieces read once from memory and disk as they are sent (a OneShotBody: for
    // a send that Qt itself must never repeat, and for files never read whole).
    using Body = std::variant<QByteArray, QList<OneShotBody::Piece>>;
    struct Request
    {
        QByteArray method = "GET";
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray contentType;
        Body body;
        bool authenticated = true; // false: never send the Authorization header
    };
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;
        std::optional<ServiceError> error;
        QByteArray header(QByteArrayView name) const;
        QJsonObject json() const;
    };
    using Done = std::function<void(const Answer &)>;

    ProviderHttp(QNetworkAccessManager *network, AccessTokenSource *tokens, ErrorMapper errors,
        QObject *parent = nullptr);

    void send(const Request &request, QObject *context, Done done);
    void abortAll();

Q_SIGNALS:
    void uploadProgress(qint64 sent, qint64 total);

private:
    void attempt(const Request &request, const QString &token, bool mayRetry,
        QPointer<QObject> context, Done done);

    QNetworkAccessManager *m_network;
    AccessTokenSource *m_tokens;
    ErrorMapper m_errors;
    QList<QPointer<QNetworkReply>> m_replies;
    bool m_aborting = false;
};

} // namespace Outpost
