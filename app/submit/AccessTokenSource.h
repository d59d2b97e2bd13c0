// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Result.h"

#include <QObject>

#include <functional>

namespace Outpost {

// Where a provider's access token comes from: the OAuth flow's token store in the app, a fixed
// token on the command line and in tests. Asynchronous, because getting one may mean a refresh.
class AccessTokenSource : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const Result<QString> &token)>;
    using QObject::QObject;
    ~AccessTokenSource() override;

    // Calls `done` once (never after `context` is gone) with a token or why there is none.
    virtual void token(QObject *context, Handler done) = 0;
    // The provider refused `token` (401): the next token() must not return it again.
    virtual void invalidate(const QString &token) = 0;
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
