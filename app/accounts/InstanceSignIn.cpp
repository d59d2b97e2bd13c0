// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/InstanceSignIn.h"

#include "accounts/SessionRegistry.h"
#include "auth/InstanceUrl.h"
#include "mail/AddressList.h"
#include "platform/PlatformClient.h"

#include <QCoreApplication>

namespace Outpost {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::InstanceSignIn)
};
} // namespace

InstanceSignIn::InstanceSignIn(SessionRegistry *sessions, QObject *parent)
    : QObject(parent), m_sessions(sessions)
{
}

InstanceSignIn::~InstanceSignIn()
{
    cancel();
}

void InstanceSignIn::fail(Field field, const QString &message)
{
    if (m_client)
        m_client->deleteLater();
    m_client = nullptr;
    Q_EMIT failed(field, message);
}

bool InstanceSignIn::signIn(const SignInInput &input)
{
    cancel();
    QString why;
    const auto url = InstanceUrl::parse(input.instance, &why);
    if (!url) {
        fail(Field::Instance, why);
        return false;
    }
    const QString email = input.email.trimmed();
    if (email.isEmpty()) {
        fail(Field::Email, Tr::tr("Enter the email address you sign in with."));
        return false;
    }
    if (!AddressList::isAddrSpec(email, &why)) {
        fail(Field::Email, Tr::tr("“%1” is not an email address: %2.").arg(email, why));
        return false;
    }
    const QString token = input.apiToken.trimmed();
    if (token.isEmpty() && input.password.isEmpty()) {
        fail(Field::Password, Tr::tr("Enter your password, or paste an API token instead."));
        return false;
    }
    m_client = new PlatformClient(m_sessions->network(), Session {*url, token, {}, email}, this);
    if (!token.isEmpty()) {
        // A pasted token proves itself with one harmless authenticated call.
        m_call = m_client->fetchMailboxes(this, [this](const Result<QList<Mailbox>> &r) {
            if (!r.ok()) {
                onRefused(r.error(), true);
                return;
            }
            const Session session = m_client->session();
            m_client->deleteLater();
            m_client = nullptr;
            m_sessions->signIn(session, this,
                [this](InstanceSession *s, bool inKeychain) { Q_EMIT signedIn(s, inKeychain); });
        });
        return true;
    }
    m_call = m_client->login(email, input.password, this, [this](const Result<Session> &r) {
        if (!r.ok()) {
            onRefused(r.error(), false);
            return;
        }
        m_client->deleteLater();
        m_client = nullptr;
        m_sessions->signIn(r.value(), this,
            [this](InstanceSession *s, bool inKeychain) { Q_EMIT signedIn(s, inKeychain); });
    });
    return true;
}

void InstanceSignIn::onRefused(const ServiceError &error, bool withToken)
{
    using K = ServiceError::Kind;
    switch (error.kind) {
    case K::Unauthorized:
    case K::Forbidden:
    case K::BadRequest:
        // The server's own words where it gave any: "Invalid email or password".
        if (withToken)
            fail(Field::ApiToken,
                error.serverMessage.isEmpty()
                    ? Tr::tr("The instance refused this token.")
                    : Tr::tr("The instance refused this token: %1").arg(error.serverMessage));
        else
            fail(Field::Password,
                error.serverMessage.isEmpty()
                    ? Tr::tr("The instance refused this email and password.")
                    : error.serverMessage);
        return;
    case K::Cancelled:
        return;
    default:
        // Unreachable, TLS, timeouts, server failures: the instance is at fault.
        fail(Field::Instance, error.message);
        return;
    }
}

void InstanceSignIn::cancel()
{
    if (m_call)
        m_call->abort();
    m_call = nullptr;
    if (m_client)
        m_client->deleteLater();
    m_client = nullptr;
}

} // namespace Outpost
