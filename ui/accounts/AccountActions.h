// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ServiceError.h"
#include "ui/accounts/AccountsDialog.h"
#include "ui/accounts/SignInDialog.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QMenu;

namespace Outpost {

class ComposeController;
class ComposeWindow;
class InstanceSignIn;
class MailWindows;
class SessionRegistry;
class TokenStore;

// The compose windows' Account menu: sign in, accounts and mailboxes. Opens the sign-in
// dialog, prefilled, when an instance needs a new sign-in (the draft stays as it is; the
// window says why, with a "Sign In Again" button), and reloads the From list when instances
// or mailboxes change. One for the whole app: serve() gives every window MailWindows makes
// the same menu (issue 15, item 3); dialogs open over the window they were asked from.
class AccountActions : public QObject
{
    Q_OBJECT
public:
    AccountActions(SessionRegistry *sessions, TokenStore *tokens, ComposeController *controller,
        ComposeWindow *window);
    ~AccountActions() override;

    // Every compose window `windows` makes from now on gets the Account menu, and this object
    // lives as long as `windows` (not as long as the first window).
    void serve(MailWindows *windows);
    // Adds the Account menu to another window (its controller: the one its actions reload).
    void addWindow(ComposeWindow *window, ComposeController *controller);

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
    // The window dialogs open over and notices go to: the one last asked from, else another
    // open window.
    ComposeWindow *target();
    void setTarget(ComposeWindow *window, ComposeController *controller);

    SessionRegistry *m_sessions;
    TokenStore *m_tokens;
    QPointer<ComposeController> m_controller;
    QPointer<ComposeWindow> m_window;
    QPointer<MailWindows> m_windows;
    // The last sign-in that ended, for the banner's "Sign In Again".
    QUrl m_expiredInstance;
    QString m_expiredEmail;
    QString m_expiredWhy;
    InstanceSignIn *m_signIn;
    QPointer<SignInDialog> m_signInDialog;
    QPointer<AccountsDialog> m_accountsDialog;
};

} // namespace Outpost
