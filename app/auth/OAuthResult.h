// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Outpost {

// What a provider's token endpoint granted.
struct ProviderTokens
{
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt; // invalid: the provider did not say
    QStringList scopes; // as granted (the token answer's `scope`, else as requested)
};

// Why an OAuth step failed, with what to tell the user.
struct OAuthError
{
    enum class Kind {
        Configuration, // no client id, an endpoint not on https
        Cancelled,
        TimedOut, // nobody came back from the browser in time
        StateMismatch, // the redirect did not carry the state this flow sent
        AccessDenied, // the user (or the provider) declined
        InvalidGrant, // the code or refresh token is expired, used or revoked
        InvalidScope, // a refresh asked for more than the grant holds
        NoRefreshToken, // the provider granted no offline access
        Provider, // another error the provider reported
        Network,
        Tls, // never ignored
        Protocol, // an answer that cannot be read
    };
    Kind kind = Kind::Provider;
    QString message;
};

// A token answer: the tokens, or why there are none.
struct OAuthResult
{
    std::optional<ProviderTokens> tokens;
    OAuthError error;
    bool ok() const { return tokens.has_value(); }
};

} // namespace Outpost

Q_DECLARE_METATYPE(Outpost::ProviderTokens)
Q_DECLARE_METATYPE(Outpost::OAuthError)
