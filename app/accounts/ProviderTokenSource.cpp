// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/ProviderTokenSource.h"

#include "auth/ProviderSignIn.h"

#include <QPointer>

namespace Outpost {

ProviderTokenSource::ProviderTokenSource(
    ProviderSignIn *signIn, OAuthProfile profile, QString account, QObject *parent)
    : AccessTokenSource(parent)
    , m_signIn(signIn)
    , m_profile(std::move(profile))
    , m_account(std::move(account))
{
}

void ProviderTokenSource::token(QObject *context, Handler done)
{
    const bool force = !m_refused.isEmpty();
    QPointer<QObject> guard(context);
    m_signIn->accessToken(
        m_profile, m_account, this,
        [this, guard, done](const std::optional<QString> &token, const OAuthError &error) {
            if (!guard)
                return;
            if (token && *token != m_refused) {
                m_refused.clear();
                done(*token);
                return;
            }
            const ServiceError::Kind kind = error.kind == OAuthError::Kind::Tls
                ? ServiceError::Kind::Tls
                : error.kind == OAuthError::Kind::Network ? ServiceError::Kind::Network
                                                          : ServiceError::Kind::Unauthorized;
            ServiceError e = kind == ServiceError::Kind::Unauthorized
                ? ServiceError::fromHttp(401, {}, error.message, DraftField::From, std::nullopt)
                : ServiceError::network(kind, m_profile.tokenUrl.host(), error.message);
            e.message = error.message.isEmpty() ? e.message : error.message;
            done(e);
        },
        force);
}

void ProviderTokenSource::invalidate(const QString &token)
{
    m_refused = token;
}

} // namespace Outpost
