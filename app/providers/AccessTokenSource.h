// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/HttpClient.h"

namespace Outpost {

// Where a provider's access token comes from: the OAuth flow's token store in the app, a fixed
// token on the command line and in tests. Asynchronous, because getting one may mean a refresh.
// token() (BearerTokens) calls `done` once (never after `context` is gone) with a token or why
// there is none.
class AccessTokenSource : public BearerTokens
{
    Q_OBJECT
public:
    using BearerTokens::BearerTokens;
    ~AccessTokenSource() override;

    // The provider refused `token` (401): the next token() must not return it again.
    virtual void invalidate(const QString &token) = 0;
    // After a 401: `refused` is invalidated, and the next token is the one to retry with.
    void renew(
        const QString &refused, const ServiceError &why, QObject *context, Handler done) final;
};

// One token, as given; a refused token stays refused.
class StaticTokenSource : public AccessTokenSource
{
    Q_OBJECT
public:
    explicit StaticTokenSource(QString token, QObject *parent = nullptr);
    void token(QObject *context, Handler done) override;
    void invalidate(const QString &token) override;

private:
    QString m_token;
    bool m_refused = false;
};

} // namespace Outpost
