// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/SignInDialog.h"
#include "ui_SignInDialog.h"

#include "auth/TokenStore.h"
#include "ui/DesktopLook.h"
#include "ui/FieldMessage.h"

#include <QLayout>
#include <QPushButton>

namespace Outpost {

SignInDialog::SignInDialog(InstanceSignIn *signIn, TokenStore *tokens, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::SignInDialog>()), m_signIn(signIn), m_tokens(tokens)
{
    ui->setupUi(this);
    ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));
    ui->keychainNote->setForegroundRole(QPalette::PlaceholderText);
    const bool memoryOnly = tokens && tokens->backend() == TokenStore::Backend::MemoryOnly;
    // Where the sign-in goes, said once: a note, or a warning when only memory keeps it.
    ui->keychainNote->setText(
        tr("Your password is sent to the instance once and never stored; the sign-in is kept "
           "in the desktop keychain."));
    ui->keychainNote->setVisible(!memoryOnly);
    if (memoryOnly)
        showBanner(tokens->memoryOnlyReason(), true);

    connect(ui->useTokenCheck, &QCheckBox::toggled, this, &SignInDialog::updateMode);
    connect(
        ui->instanceEdit, &QLineEdit::textEdited, ui->instanceError, &FieldMessage::clearProblem);
    connect(ui->emailEdit, &QLineEdit::textEdited, ui->emailError, &FieldMessage::clearProblem);
    connect(
        ui->passwordEdit, &QLineEdit::textEdited, ui->passwordError, &FieldMessage::clearProblem);
    connect(ui->tokenEdit, &QLineEdit::textEdited, ui->passwordError, &FieldMessage::clearProblem);
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(signIn, &InstanceSignIn::failed, this, &SignInDialog::onFailed);
    connect(signIn, &InstanceSignIn::signedIn, this, &SignInDialog::onSignedIn);
    updateMode();
    setMinimumWidth(480);
    resize(std::max(520, sizeHint().width()), sizeHint().height()); // longer languages: wider
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::prefill(const QUrl &instance, const QString &email, const QString &reason)
{
    if (instance.isValid())
        ui->instanceEdit->setText(instance.toString());
    ui->emailEdit->setText(email);
    if (!reason.isEmpty()) {
        const bool memoryOnly = m_tokens && m_tokens->backend() == TokenStore::Backend::MemoryOnly;
        showBanner(memoryOnly ? reason + u"\n\n" + m_tokens->memoryOnlyReason() : reason, true);
    }
    QLineEdit *next = !instance.isValid() ? ui->instanceEdit
        : email.isEmpty()                 ? ui->emailEdit
                                          : ui->passwordEdit;
    next->setFocus();
}

void SignInDialog::updateMode()
{
    const bool token = ui->useTokenCheck->isChecked();
    ui->passwordLabel->setVisible(!token);
    ui->passwordEdit->setVisible(!token);
    ui->tokenLabel->setVisible(token);
    ui->tokenEdit->setVisible(token);
    ui->passwordError->clearProblem();
    (token ? ui->tokenEdit : ui->passwordEdit)->setFocus();
}

void SignInDialog::clearProblems()
{
    for (FieldMessage *m : {ui->instanceError, ui->emailError, ui->passwordError})
        m->clearProblem();
}

void SignInDialog::showBanner(const QString &text, bool isError)
{
    DesktopLook::styleBanner(ui->banner, isError);
    ui->banner->setText(text);
    ui->banner->setVisible(true);
    fitHeight();
}

void SignInDialog::fitHeight()
{
    // Word-wrapped messages need their full height: grow, never clip them.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void SignInDialog::setBusy(bool busy)
{
    for (QWidget *w : std::initializer_list<QWidget *> {
             ui->instanceEdit, ui->emailEdit, ui->passwordEdit, ui->tokenEdit, ui->useTokenCheck})
        w->setEnabled(!busy);
    ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    ui->statusLabel->setText(busy ? tr("Signing in…") : QString());
}

void SignInDialog::accept()
{
    if (m_signIn->isBusy())
        return;
    clearProblems();
    SignInInput input;
    input.instance = ui->instanceEdit->text();
    input.email = ui->emailEdit->text();
    if (ui->useTokenCheck->isChecked())
        input.apiToken = ui->tokenEdit->text();
    else
        input.password = ui->passwordEdit->text();
    setBusy(true);
    if (!m_signIn->signIn(input))
        setBusy(false);
}

void SignInDialog::reject()
{
    m_signIn->cancel();
    QDialog::reject();
}

void SignInDialog::onFailed(InstanceSignIn::Field field, const QString &message)
{
    setBusy(false);
    FieldMessage *target = ui->passwordError;
    QWidget *focus = ui->useTokenCheck->isChecked() ? ui->tokenEdit : ui->passwordEdit;
    switch (field) {
    case InstanceSignIn::Field::Instance:
        target = ui->instanceError;
        focus = ui->instanceEdit;
        break;
    case InstanceSignIn::Field::Email:
        target = ui->emailError;
        focus = ui->emailEdit;
        break;
    case InstanceSignIn::Field::Password:
    case InstanceSignIn::Field::ApiToken:
    case InstanceSignIn::Field::None:
        break;
    }
    target->showProblem(message);
    focus->setFocus();
    fitHeight();
}

// Whether the keychain kept it is said by AccountActions in the compose window: this closes.
void SignInDialog::onSignedIn(InstanceSession *session, bool /*inKeychain*/)
{
    setBusy(false);
    m_session = session;
    ui->passwordEdit->clear(); // the password is not kept, not even in the form
    ui->tokenEdit->clear();
    QDialog::accept();
}

} // namespace Outpost
