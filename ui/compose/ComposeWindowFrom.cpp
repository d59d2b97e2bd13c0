// SPDX-License-Identifier: GPL-3.0-or-later
// The compose window's From: which mailbox a new message starts in (the user's own), the
// providers of an address connected twice, and what the window says when the recipients were
// last written to from another mailbox. From never changes behind the user's back once the
// list is shown (issue 15, item 4): the window says "Sending as … · Change" and the user
// decides.
#include "ui/accounts/MailboxIconProxy.h"
#include "ui/compose/ComposeWindow.h"
#include "ui_ComposeWindow.h"

#include "accounts/MailboxListModel.h"
#include "display/Roles.h"
#include "settings/Settings.h"
#include "ui/compose/RecipientEdit.h"

#include <QIcon>
#include <QLabel>

namespace Outpost {

namespace {
const QString changeLink = QStringLiteral("outpost:change-from");
} // namespace

void ComposeWindow::setupFromHint()
{
    m_fromHint = new QLabel(this);
    m_fromHint->setObjectName(QStringLiteral("fromHint"));
    m_fromHint->setTextFormat(Qt::RichText);
    m_fromHint->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_fromHint->setVisible(false);
    ui->fromRow->addWidget(m_fromHint);
    connect(m_fromHint, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link != changeLink || m_suggestedFrom.isEmpty())
            return;
        selectFrom(m_suggestedFrom); // the user chose it
        m_fromHint->setVisible(false);
        ui->fromCombo->setFocus();
    });
    // Picked by hand: nothing left to suggest.
    connect(ui->fromCombo, &QComboBox::activated, this, [this] { updateFromHint(); });
}

void ComposeWindow::updateFromHint()
{
    const QString from = ui->fromCombo->currentData(Roles::Address).toString();
    const QString remembered = m_controller->preferredFrom(ui->toEdit->addresses());
    const bool differs = !remembered.isEmpty() && !from.isEmpty()
        && m_controller->mailboxes()->rowOf(remembered) >= 0
        && !AddressList::sameAddress(remembered, from);
    m_suggestedFrom = differs ? remembered : QString();
    if (!differs) {
        m_fromHint->setVisible(false);
        return;
    }
    m_fromHint->setText(
        tr("Sending as %1 · <a href=\"%2\">Change</a>").arg(from.toHtmlEscaped(), changeLink));
    m_fromHint->setToolTip(
        tr("You last wrote to these recipients from %1. Change sends this one from there too.")
            .arg(remembered));
    m_fromHint->setAccessibleName(m_fromHint->toolTip());
    m_fromHint->setVisible(true);
}

void ComposeWindow::onRecipientsChanged()
{
    // While an entry is not an address, Send says so before anything else.
    int invalid = 0;
    for (RecipientEdit *edit : recipientEdits())
        invalid += edit->invalidChipCount();
    ui->sendButton->setToolTip(invalid > 0
            // Not "marked in red" (issue 19): the chips say "Invalid recipient" to everyone.
            ? tr("%n recipient(s) are not valid addresses: fix them to send.", nullptr, invalid)
            : tr("Send the message (Ctrl+Return)"));
    // The mailbox last used with these recipients is offered, never switched to silently.
    if (sender() == ui->toEdit && m_mailboxesSettled)
        updateFromHint();
    updateNamesForSpelling();
}

void ComposeWindow::updateNamesForSpelling()
{
    // "Hi Priya," to Priya Raman <priya.raman@…>, signed "Dana": the recipients' and the
    // sender's names, and their addresses' local parts (their dots and dashes as spaces), are
    // not spelling mistakes in this message. The highlighter finds their words.
    QStringList names;
    auto addPerson = [&names](const QString &name, const QString &address) {
        QString local = address.left(address.indexOf(u'@'));
        for (QChar &c : local) {
            if (!c.isLetter())
                c = u' ';
        }
        names << name << local;
    };
    for (RecipientEdit *edit : recipientEdits()) {
        for (const MailAddress &a : edit->addresses())
            addPerson(a.name, a.address);
    }
    addPerson(ui->fromCombo->currentData(Roles::DisplayName).toString(),
        ui->fromCombo->currentData(Roles::Address).toString());
    ui->bodyEdit->setNamesInMessage(names);
}

void ComposeWindow::selectFrom(const QString &address)
{
    m_wantedFrom = address;
    m_fromChosen = true;
    const int row = m_controller->mailboxes()->rowOf(address);
    if (row >= 0)
        ui->fromCombo->setCurrentIndex(row);
    if (m_fromHint)
        updateFromHint();
}

void ComposeWindow::updateProviderChoice()
{
    const QString from = ui->fromCombo->currentData(Roles::Address).toString();
    const auto resolution = m_controller->resolve(from, std::nullopt);
    const bool ambiguous = resolution.kind == MailboxResolution::Kind::Ambiguous;
    if (ambiguous) {
        const QString previous = ui->providerCombo->currentData().toString();
        ui->providerCombo->clear();
        for (Provider p : resolution.providers) {
            ui->providerCombo->addItem(
                MailboxIconProxy::providerIcon(p), providerDisplayName(p), providerName(p));
        }
        const int keep = ui->providerCombo->findData(previous);
        ui->providerCombo->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    ui->providerLabel->setVisible(ambiguous);
    ui->providerCombo->setVisible(ambiguous);
}

void ComposeWindow::onMailboxesLoaded()
{
    auto *model = m_controller->mailboxes();
    // Before the list shows, the message starts in: the mailbox it names (a draft, a reply),
    // else the one last used with its recipients, else the default from the settings, else
    // the user's own; the first listed only when none of these is there.
    if (m_wantedFrom.isEmpty())
        m_wantedFrom = m_controller->preferredFrom(ui->toEdit->addresses());
    if (m_wantedFrom.isEmpty() || model->rowOf(m_wantedFrom) < 0)
        m_wantedFrom = m_controller->settings().defaultMailbox();
    if (m_wantedFrom.isEmpty() || model->rowOf(m_wantedFrom) < 0)
        m_wantedFrom = m_controller->ownMailbox();
    const int wanted = m_wantedFrom.isEmpty() ? -1 : model->rowOf(m_wantedFrom);
    ui->fromCombo->setCurrentIndex(wanted >= 0 ? wanted : (model->rowCount() > 0 ? 0 : -1));
    if (model->rowCount() == 0)
        showBanner(tr("No mailbox is connected to this account yet."), true);
    updateProviderChoice();
    m_mailboxesSettled = true;
    updateFromHint();
    if (const auto when = std::exchange(m_sendOnceMailboxes, std::nullopt))
        sendLater(*when); // hides the "as soon as" banner
}

} // namespace Outpost
