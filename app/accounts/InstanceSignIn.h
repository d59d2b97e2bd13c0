// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/InstanceSession.h"
#include "net/ServiceError.h"

#include <QObject>
#include <QPointer>

namespace Outpost {

class PlatformCall;
class PlatformClient;
class SessionRegistry;

// What the sign-in form holds, as the user typed it.
struct SignInInput
{
    QString instance;
    QString email;
    QString password;
    QString apiToken; // used instead of the password when set
};

// Signs in to an instance: POST /api/auth/login with email and password, or a pasted personal
// API token (checked with one authenticated call). Every problem names the field it concerns;
// the tokens go to the keychain through the SessionRegistry. Shows nothing itself.
class InstanceSignIn : public QObject
{
    Q_OBJECT
public:
    enum class Field { None, Instance, Email, Password, ApiToken };
    Q_ENUM(Field)

    explicit InstanceSignIn(SessionRegistry *sessions, QObject *parent = nullptr);
    ~InstanceSignIn() override;

    // False (and failed()) when the input is wrong before anything is sent.
    bool signIn(const SignInInput &input);
    void cancel();
    bool isBusy() const { return !m_client.isNull(); }

Q_SIGNALS:
    void failed(Outpost::InstanceSignIn::Field field, const QString &message);
    void signedIn(Outpost::InstanceSession *session, bool inKeychain);

private:
    void fail(Field field, const QString &message);
    void onRefused(const ServiceError &error, bool withToken);

    SessionRegistry *m_sessions;
    QPointer<PlatformClient> m_client;
    QPointer<PlatformCall> m_call;
};

} // namespace Outpost
