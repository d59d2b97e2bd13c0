// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/AccessTokenSource.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace Outpost {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::AccessTokenSource)
};
} // namespace

AccessTokenSource::~AccessTokenSource() = default;

void AccessTokenSource::renew(
    const QString &refused, const ServiceError &, QObject *context, Handler done)
{
    invalidate(refused);
    token(context, std::move(done));
}

StaticTokenSource::StaticTokenSource(QString token, QObject *parent)
    : AccessTokenSource(parent), m_token(std::move(token))
{
}

void StaticTokenSource::token(QObject *context, Handler done)
{
    QPointer<QObject> guard(context);
    const bool usable = !m_token.isEmpty() && !m_refused;
    const QString token = m_token;
    // Asynchronous like every real source, so callers never re-enter themselves.
    QTimer::singleShot(0, this, [guard, usable, token, done] {
        if (!guard)
            return;
        if (usable) {
            done(token);
            return;
        }
        ServiceError e = ServiceError::fromHttp(401, {}, {}, DraftField::None, std::nullopt);
        e.message = Tr::tr("The provider refused the access token: sign in to the mailbox again.");
        done(e);
    });
}

void StaticTokenSource::invalidate(const QString &token)
{
    if (token == m_token)
        m_refused = true;
}

} // namespace Outpost
