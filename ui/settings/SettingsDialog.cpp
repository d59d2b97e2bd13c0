// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/SettingsDialog.h"

#include "accounts/MailboxListModel.h"
#include "auth/InstanceUrl.h"
#include "compose/ComposeController.h"
#include "compose/SignatureStore.h"
#include "compose/SpellChecker.h"
#include "display/Roles.h"
#include "settings/UiLanguage.h"
#include "submit/Outbox.h"
#include "ui/FieldMessage.h"
#include "ui/settings/TrustedSendersPage.h"
#include "ui_SettingsDialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>

#include <chrono>

namespace Outpost {

namespace {
// A language code as its speakers write it ("Deutsch"), with the code for the ambiguous ones.
QString languageName(const QString &code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return code;
    QString name = locale.nativeLanguageName();
    if (code.contains(u'_'))
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

struct EndpointEdits
{
    QLineEdit *clientId;
    QLineEdit *auth;
    QLineEdit *token;
    QLineEdit *revoke; // nullptr: the provider has none
};
} // namespace

SettingsDialog::SettingsDialog(ComposeController *controller, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::SettingsDialog>())
    , m_controller(controller)
    , m_settings(controller->settings())
{
    ui->setupUi(this);
    m_trusted = new TrustedSendersPage(
        controller->outbox() ? controller->outbox()->store() : nullptr, ui->tabs);
    m_trusted->setObjectName(QStringLiteral("trustedSendersTab"));
    ui->tabs->insertTab(1, m_trusted, tr("Images"));
    ui->undoSpin->setMaximum(Settings::maxUndoSeconds);
    ui->undoSpin->setToolTip(tr("How long a sent message waits in the outbox so that it can "
                                "still be taken back. 0 sends at once."));
    ui->remoteImagesCombo->addItem(
        tr("Ask for each message or sender"), int(Settings::RemoteImages::Ask));
    ui->remoteImagesCombo->addItem(tr("Always show"), int(Settings::RemoteImages::Load));
    ui->remoteImagesCombo->setToolTip(tr("Remote images tell the sender when and where you read "
                                         "their message."));
    ui->richTextCombo->addItem(tr("Rich text"), true);
    ui->richTextCombo->addItem(tr("Plain text"), false);
    ui->richTextCombo->setToolTip(tr("How a new message starts. Format ▸ Rich Text switches "
                                     "one message either way."));
    ui->uiLanguageCombo->addItem(tr("System language"), QString());
    ui->uiLanguageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &code : UiLanguage::available()) {
        if (!code.startsWith(u"en")) // en_XA: the pseudo-locale is for layout checks
            ui->uiLanguageCombo->addItem(languageName(code), code);
    }
    ui->spellingCombo->addItem(tr("As the window’s language"), QString());
    for (const QString &code : SpellChecker().availableLanguages())
        ui->spellingCombo->addItem(languageName(code), code);

    for (const QString &name : Settings::providerNames()) {
        auto *group = name == u"google" ? ui->googleGroup : ui->microsoftGroup;
        auto *error = new FieldMessage(group);
        error->setObjectName(name + u"EndpointError");
        static_cast<QFormLayout *>(group->layout())->addRow(error);
        m_endpointErrors.insert(name, error);
    }

    connect(ui->mailboxCombo, &QComboBox::currentIndexChanged, this, [this] {
        keepMailboxEdits();
        showMailbox(ui->mailboxCombo->currentData().toString());
    });
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    const MailboxListModel *mailboxes = m_controller->mailboxes();
    ui->defaultMailboxCombo->addItem(tr("The first in the list"), QString());
    for (int row = 0; row < mailboxes->rowCount(); ++row) {
        const QModelIndex index = mailboxes->index(row, 0);
        const QString address = index.data(Roles::Address).toString();
        const QString text = index.data(Qt::DisplayRole).toString();
        ui->defaultMailboxCombo->addItem(text, address);
        ui->mailboxCombo->addItem(text, address);
    }
    const int wanted = ui->defaultMailboxCombo->findData(m_settings.defaultMailbox());
    ui->defaultMailboxCombo->setCurrentIndex(std::max(wanted, 0));
    const bool anyMailbox = mailboxes->rowCount() > 0;
    ui->mailboxCombo->setEnabled(anyMailbox);
    ui->signatureEdit->setEnabled(anyMailbox);
    ui->spellingCombo->setEnabled(anyMailbox);
    if (!anyMailbox)
        ui->signatureEdit->setPlaceholderText(tr("No mailbox is connected yet."));

    ui->undoSpin->setValue(m_settings.undoSeconds());
    ui->remoteImagesCombo->setCurrentIndex(
        ui->remoteImagesCombo->findData(int(m_settings.remoteImages())));
    ui->richTextCombo->setCurrentIndex(m_settings.richText() ? 0 : 1);
    const int language = ui->uiLanguageCombo->findData(m_settings.uiLanguage());
    ui->uiLanguageCombo->setCurrentIndex(std::max(language, 0));

    const QList<EndpointEdits> edits {{ui->googleClientIdEdit, ui->googleAuthUrlEdit,
                                          ui->googleTokenUrlEdit, ui->googleRevokeUrlEdit},
        {ui->microsoftClientIdEdit, ui->microsoftAuthUrlEdit, ui->microsoftTokenUrlEdit, nullptr}};
    const QStringList names = Settings::providerNames();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const Settings::Provider p = m_settings.provider(names[i]);
        edits[i].clientId->setText(p.clientId);
        edits[i].auth->setText(p.authUrl);
        edits[i].token->setText(p.tokenUrl);
        if (edits[i].revoke)
            edits[i].revoke->setText(p.revokeUrl);
        for (QLineEdit *e : {edits[i].auth, edits[i].token, edits[i].revoke}) {
            if (e)
                e->setPlaceholderText(tr("Default"));
        }
        edits[i].clientId->setPlaceholderText(tr("Not set"));
    }
    if (anyMailbox)
        showMailbox(ui->mailboxCombo->currentData().toString());
}

void SettingsDialog::showMailbox(const QString &address)
{
    m_shownMailbox = address;
    const QString signature = m_signatures.contains(address)
        ? m_signatures.value(address)
        : m_controller->signatures()->signatureFor(address).plain;
    ui->signatureEdit->setPlainText(signature);
    const QString language = m_spelling.contains(address) ? m_spelling.value(address)
                                                          : m_settings.spellingLanguage(address);
    int row = ui->spellingCombo->findData(language);
    if (row < 0 && !language.isEmpty()) { // chosen before, its dictionary since removed
        ui->spellingCombo->addItem(languageName(language), language);
        row = ui->spellingCombo->count() - 1;
    }
    ui->spellingCombo->setCurrentIndex(std::max(row, 0));
}

void SettingsDialog::keepMailboxEdits()
{
    if (m_shownMailbox.isEmpty())
        return;
    m_signatures.insert(m_shownMailbox, ui->signatureEdit->toPlainText());
    m_spelling.insert(m_shownMailbox, ui->spellingCombo->currentData().toString());
}

bool SettingsDialog::checkEndpoints()
{
    bool ok = true;
    const auto check
        = [this, &ok](const QString &provider, std::initializer_list<QLineEdit *> list) {
              FieldMessage *error = m_endpointErrors.value(provider);
              error->clearProblem();
              for (QLineEdit *edit : list) {
                  const QString text = edit->text().trimmed();
                  if (text.isEmpty())
                      continue;
                  const QUrl url(text, QUrl::StrictMode);
                  const bool secure = url.isValid() && !url.host().isEmpty()
                      && (url.scheme() == u"https"
                          || (url.scheme() == u"http" && InstanceUrl::isLoopback(url)));
                  if (!secure) {
                      error->showProblem(
                          tr("“%1” is not an https:// address (plain http:// only for 127.0.0.1).")
                              .arg(text));
                      if (ok) {
                          ui->tabs->setCurrentWidget(ui->directTab);
                          edit->setFocus();
                      }
                      ok = false;
                      return;
                  }
              }
          };
    check(QStringLiteral("google"),
        {ui->googleAuthUrlEdit, ui->googleTokenUrlEdit, ui->googleRevokeUrlEdit});
    check(QStringLiteral("microsoft"), {ui->microsoftAuthUrlEdit, ui->microsoftTokenUrlEdit});
    return ok;
}

void SettingsDialog::accept()
{
    if (!checkEndpoints())
        return;
    keepMailboxEdits();
    m_settings.setDefaultMailbox(ui->defaultMailboxCombo->currentData().toString());
    m_settings.setUndoSeconds(ui->undoSpin->value());
    if (Outbox *outbox = m_controller->outbox())
        outbox->setUndoDelay(std::chrono::seconds(m_settings.undoSeconds()));
    m_settings.setRemoteImages(
        Settings::RemoteImages(ui->remoteImagesCombo->currentData().toInt()));
    m_settings.setUiLanguage(ui->uiLanguageCombo->currentData().toString());
    m_settings.setRichText(ui->richTextCombo->currentData().toBool());
    for (auto it = m_spelling.cbegin(); it != m_spelling.cend(); ++it)
        m_controller->setSpellingLanguage(it.key(), it.value());
    SignatureStore *store = m_controller->signatures();
    for (auto it = m_signatures.cbegin(); it != m_signatures.cend(); ++it) {
        const Signature before = store->signatureFor(it.key());
        if (before.plain != it.value()) // an HTML signature stays unless its text was edited
            store->setSignature(it.key(), Signature {it.value(), {}});
    }
    m_settings.setProvider(QStringLiteral("google"),
        {ui->googleClientIdEdit->text(), ui->googleAuthUrlEdit->text(),
            ui->googleTokenUrlEdit->text(), ui->googleRevokeUrlEdit->text()});
    m_settings.setProvider(QStringLiteral("microsoft"),
        {ui->microsoftClientIdEdit->text(), ui->microsoftAuthUrlEdit->text(),
            ui->microsoftTokenUrlEdit->text(), {}});
    m_trusted->apply();
    m_settings.store()->sync();
    QDialog::accept();
}

} // namespace Outpost
