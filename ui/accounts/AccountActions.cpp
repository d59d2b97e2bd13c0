// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/AccountActions.h"

#include "accounts/DirectMailboxes.h"
#include "accounts/InstanceSignIn.h"
#include "accounts/SessionRegistry.h"
#include "auth/TokenStore.h"
#include "compose/ComposeController.h"
#include "ui/MailWindows.h"
#include "ui/accounts/AccountsDialog.h"
#include "ui/accounts/SignInDialog.h"
#include "ui/compose/ComposeWindow.h"

#include <QMenu>
#include <QMenuBar>

namespace Outpost {

using namespace Qt::StringLiterals;

AccountActions::AccountActions(SessionRegistry *sessions, TokenStore *tokens,
    ComposeController *controller, ComposeWindow *window)
    : QObject(window)
    , m_sessions(sessions)
    , m_tokens(tokens)
    , m_controller(controller)
    , m_window(window)
    , m_signIn(new InstanceSignIn(sessions, this))
{
    // Signed in, but nowhere to keep it: said in the window the user goes back to (the
    // sign-in dialog closes at once).
    connect(m_signIn, &InstanceSignIn::signedIn, this, [this](InstanceSession *, bool inKeychain) {
        if (!inKeychain && target())
            m_window->showNotice(m_tokens->memoryOnlyReason());
    });
    addWindow(window, controller);

    connect(sessions, &SessionRegistry::signInRequired, this,
        [this](const QUrl &instance, const QString &email, const ServiceError &error) {
            const QString why = error.serverMessage.isEmpty()
                ? tr("Your sign-in to %1 has expired or was revoked: sign in again. What you "
                     "wrote is kept.")
                      .arg(instance.host())
                : tr("Your sign-in to %1 has expired or was revoked (the server said: “%2”): "
                     "sign in again. What you wrote is kept.")
                      .arg(instance.host(), error.serverMessage);
            m_expiredInstance = instance;
            m_expiredEmail = email;
            m_expiredWhy = why;
            // Said in every window (each one's sends wait for it), with the button that asks
            // for the sign-in again should the dialog be closed.
            const QList<ComposeWindow *> windows
                = m_windows ? m_windows->composeWindows() : QList<ComposeWindow *> {};
            for (ComposeWindow *w : windows)
                w->showSignInNeeded(why);
            if (windows.isEmpty() && target())
                m_window->showSignInNeeded(why);
            openSignIn(instance, email, why);
        });
}

void AccountActions::serve(MailWindows *windows)
{
    m_windows = windows;
    setParent(windows);
    connect(windows, &MailWindows::windowCreated, this,
        [this](ComposeWindow *w) { addWindow(w, MailWindows::controllerOf(w)); });
}

void AccountActions::addWindow(ComposeWindow *window, ComposeController *controller)
{
    if (!m_window)
        setTarget(window, controller);
    QMenu *menu = window->menuBar()->addMenu(tr("Accou&nt"));
    menu->setObjectName(QStringLiteral("accountMenu"));
    QAction *signIn = menu->addAction(tr("&Sign In to an Instance…"));
    signIn->setObjectName(QStringLiteral("signInAction"));
    const QPointer<ComposeWindow> w = window;
    const QPointer<ComposeController> c = controller;
    connect(signIn, &QAction::triggered, this, [this, w, c] {
        setTarget(w, c);
        openSignIn();
    });
    QAction *accounts = menu->addAction(tr("&Accounts and Mailboxes…"));
    accounts->setObjectName(QStringLiteral("accountsAction"));
    connect(accounts, &QAction::triggered, this, [this, w, c] {
        setTarget(w, c);
        openAccounts();
    });
    connect(window, &ComposeWindow::signInRequested, this, [this, w, c] {
        setTarget(w, c);
        openSignIn(m_expiredInstance, m_expiredEmail, m_expiredWhy);
    });
}

void AccountActions::setTarget(ComposeWindow *window, ComposeController *controller)
{
    m_window = window;
    m_controller = controller;
}

ComposeWindow *AccountActions::target()
{
    if (!m_window && m_windows) {
        // The window asked from closed: the active one, else any.
        const QList<ComposeWindow *> windows = m_windows->composeWindows();
        ComposeWindow *pick = windows.value(0);
        for (ComposeWindow *w : windows) {
            if (w->isActiveWindow())
                pick = w;
        }
        if (pick)
            setTarget(pick, MailWindows::controllerOf(pick));
    }
    return m_window;
}

AccountActions::~AccountActions() = default;

void AccountActions::start(const QUrl &wanted)
{
    // Nothing kept: the keychain is left alone until a sign-in has something to keep. Asking
    // it now would make a desktop without a default keyring prompt for a new keyring's
    // password before the user did anything.
    if (!m_sessions->hasKeptAccounts()) {
        restore(wanted);
        return;
    }
    m_tokens->probe(this, [this, wanted] { restore(wanted); });
}

void AccountActions::restore(const QUrl &wanted)
{
    m_sessions->restore(this, [this, wanted](const QList<SignedInAccount> &missing) {
        target();
        if (m_controller)
            m_controller->loadMailboxes();
        if (wanted.isValid() && !m_sessions->find(wanted)) {
            openSignIn(wanted);
        } else if (m_sessions->sessions().isEmpty()) {
            // The keychain's state is said here too (the sandbox and OUTPOST_TOKEN are never
            // kept, so it does not matter to them).
            QString notice = tr("Not signed in to any instance. Sign in (Account ▸ Sign in "
                                "to an instance…), or start Outpost with --sandbox to try it.");
            if (m_tokens->backend() == TokenStore::Backend::MemoryOnly)
                notice += u"\n"_s + m_tokens->memoryOnlyReason();
            if (m_window)
                m_window->showNotice(notice);
            const SignedInAccount first = missing.value(0);
            // A keychain that is not there (the dialog says so) lost nothing.
            const bool lost
                = !missing.isEmpty() && m_tokens->backend() == TokenStore::Backend::Keychain;
            openSignIn(first.instance, first.email,
                lost ? tr("The keychain no longer has your sign-in to %1.")
                           .arg(first.instance.host())
                     : QString());
        }
    });
}

SignInDialog *AccountActions::openSignIn(
    const QUrl &instance, const QString &email, const QString &reason)
{
    if (m_signInDialog) {
        m_signInDialog->prefill(instance, email, reason);
        m_signInDialog->raise();
        m_signInDialog->activateWindow();
        return m_signInDialog;
    }
    m_signInDialog = new SignInDialog(m_signIn, m_tokens, target());
    m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_signInDialog->prefill(instance, email, reason);
    connect(m_signInDialog, &QDialog::accepted, this, [this] {
        m_expiredInstance.clear();
        m_expiredWhy.clear();
        if (m_controller)
            m_controller->loadMailboxes();
    });
    m_signInDialog->open();
    return m_signInDialog;
}

AccountsDialog *AccountActions::openAccounts()
{
    if (m_accountsDialog) {
        m_accountsDialog->raise();
        m_accountsDialog->activateWindow();
        return m_accountsDialog;
    }
    m_accountsDialog = new AccountsDialog(m_sessions, target());
    m_accountsDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_accountsDialog, &AccountsDialog::signInRequested, this, [this] { openSignIn(); });
    connect(m_accountsDialog, &AccountsDialog::signedOut, this, [this] {
        if (m_controller)
            m_controller->loadMailboxes();
    });
    connect(m_accountsDialog, &AccountsDialog::mailboxConnected, this, [this](const Mailbox &m) {
        if (m_window)
            m_window->selectFrom(m.address);
        if (m_controller)
            m_controller->loadMailboxes();
    });
    connect(m_accountsDialog, &AccountsDialog::mailboxDisconnected, this, [this] {
        if (m_controller)
            m_controller->loadMailboxes();
    });
    // A direct mailbox added (selected in From) or removed.
    connect(m_accountsDialog, &AccountsDialog::directChanged, this, [this](const QString &address) {
        if (m_window && m_sessions->direct() && m_sessions->direct()->find(address, std::nullopt))
            m_window->selectFrom(address);
        if (m_controller)
            m_controller->loadMailboxes();
    });
    m_accountsDialog->show();
    return m_accountsDialog;
}

} // namespace Outpost
