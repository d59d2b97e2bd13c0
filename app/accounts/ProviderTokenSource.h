// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/OAuthProfile.h"
#include "providers/AccessTokenSource.h"

namespace Outpost {

class ProviderSignIn;

// Direct sending's access tokens for one provider account, from the keychain through
// ProviderSignIn: refreshed when due (keeping a rotated refresh token), and refreshed at once
// after the provider refused one.
class ProviderTokenSource : public AccessTokenSource
{
    Q_OBJECT
public:
    ProviderTokenSource(
        ProviderSignIn *signIn, OAuthProfile profile, QString account, QObject *parent = nullptr);

    void token(QObject *context, Handler done) override;
    void invalidate(const QString &token) override;

private:
    ProviderSignIn *m_signIn;
    OAuthProfile m_profile;
    QString m_account;
    QString m_refused;
};

} // namespace Outpost
