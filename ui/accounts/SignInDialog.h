// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/InstanceSignIn.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SignInDialog;
}

namespace Outpost {

class FieldMessage;
class TokenStore;

// Signs in to an instance with email and password, or a pasted API token. Each problem stands
// under its field (a refused password in the server's words, a TLS failure naming the host);
// what was typed stays. Accepted once signed in.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(InstanceSignIn *signIn, TokenStore *tokens, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Prefills (after an expired sign-in, or --instance) and says why the dialog opened.
    void prefill(const QUrl &instance, const QString &email, const QString &reason = {});
    InstanceSession *session() const { return m_session; }

    void accept() override;
    void reject() override;

private:
    void onFailed(InstanceSignIn::Field field, const QString &message);
    void onSignedIn(InstanceSession *session, bool inKeychain);
    void setBusy(bool busy);
    void updateMode();
    void clearProblems();
    void showBanner(const QString &text, bool isError);
    void fitHeight();

    std::unique_ptr<Ui::SignInDialog> ui;
    InstanceSignIn *m_signIn;
    TokenStore *m_tokens;
    InstanceSession *m_session = nullptr;
};

} // namespace Outpost
