// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ServiceError.h"
#include "ui/AccountsDialog.h"
#include "ui/SignInDialog.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QMenu;

namespace Outpost {

class ComposeController;
class ComposeWindow;
class InstanceSignIn;
class SessionRegistry;
class TokenStore;

// The compose window's Account menu: sign in, accounts and mailboxes. Opens the sign-in
// dialog, prefilled, when an instance needs a new sign-in (the draft stays as it is), and
// reloads the From list when instances or mailboxes change.
class AccountActions : public QObject
{
    Q_OBJECT
public:
    AccountActions(SessionRegistry *sessions, TokenStore *tokens, ComposeController *controller,
        ComposeWindow *window);
    ~AccountActions() override;

    // At start: asks the keychain, restores the kept sign-ins, loads the From list, and opens
    // the sign-in dialog when no instance is signed in (or `wanted` has no sign-in).
    void start(const QUrl &wanted = {});
    SignInDialog *openSignIn(
        const QUrl &instance = {}, const QString &email = {}, const QString &reason = {});
    AccountsDialog *openAccounts();
    SignInDialog *signInDialog() const { return m_signInDialog; }
    AccountsDialog *accountsDialog() const { return m_accountsDialog; }

private:
    void restore(const QUrl &wanted);

    SessionRegistry *m_sessions;
    TokenStore *m_tokens;
    ComposeController *m_controller;
    ComposeWindow *m_window;
    InstanceSignIn *m_signIn;
    QPointer<SignInDialog> m_signInDialog;
    QPointer<AccountsDialog> m_accountsDialog;
};

} // namespace Outpost
