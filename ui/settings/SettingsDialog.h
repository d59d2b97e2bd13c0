// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/Settings.h"

#include <QDialog>
#include <QHash>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace Outpost {

class ComposeController;
class FieldMessage;
class Outbox;
class SignatureStore;
class TrustedSendersPage;
struct Signature;

// Outpost's preferences: the default mailbox, each mailbox's signature and spelling language,
// the undo-send delay, remote images in conversations and the senders trusted for them, the
// language of the windows, and the client ids and endpoints direct sending signs in with. Written
// to the settings on OK (never a secret); the undo delay applies to the outbox at once.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `controller`: where the mailboxes, the settings file, the signatures and the outbox are.
    explicit SettingsDialog(ComposeController *controller, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    void load();
    void showMailbox(const QString &address);
    void keepMailboxEdits();
    bool checkEndpoints();

    std::unique_ptr<Ui::SettingsDialog> ui;
    ComposeController *m_controller;
    Settings &m_settings;
    QString m_shownMailbox;
    // Edits per mailbox, written on OK: signature text and spelling language.
    QHash<QString, QString> m_signatures;
    QHash<QString, QString> m_spelling;
    QHash<QString, FieldMessage *> m_endpointErrors; // per provider
    TrustedSendersPage *m_trusted;
};

} // namespace Outpost
