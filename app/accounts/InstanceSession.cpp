// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/InstanceSession.h"

#include "auth/TokenStore.h"
#include "platform/PlatformClient.h"

#include <QCoreApplication>

namespace Outpost {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::InstanceSession)
};
} // namespace

InstanceSession::InstanceSession(
    QNetworkAccessManager *network, const Session &session, TokenStore *store, QObject *parent)
    : QObject(parent), m_client(new PlatformClient(network, session, this)), m_store(store)
{
    connect(m_client, &PlatformClient::sessionRefreshed, this, [this](const Session &s) {
        if (m_store)
            m_store->write(TokenStore::instanceKey(s.instance, s.userEmail),
                StoredTokens {s.accessToken, s.refreshToken, {}}, this);
    });
    connect(m_client, &PlatformClient::signInRequired, this,
        [this](const ServiceError &error) { Q_EMIT signInRequired(this, error); });
}

InstanceSession::~InstanceSession() = default;

QUrl InstanceSession::instance() const
{
    return m_client->session().instance;
}

QString InstanceSession::email() const
{
    return m_client->session().userEmail;
}

QString InstanceSession::title() const
{
    const QString host = instance().port() > 0
        ? QStringLiteral("%1:%2").arg(instance().host()).arg(instance().port())
        : instance().host();
    return email().isEmpty() ? host : Tr::tr("%1 on %2").arg(email(), host);
}

} // namespace Outpost
