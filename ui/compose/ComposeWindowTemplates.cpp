// SPDX-License-Identifier: GPL-3.0-or-later
// The compose window's templates (issue 17, item 2): ComposeTemplates wired to this window's
// fields. The button sits beside the paperclip, before Send.
#include "ui/compose/ComposeWindow.h"

#include "mail/AddressList.h"
#include "display/Roles.h"
#include "ui/compose/ComposeTemplates.h"
#include "ui/compose/RecipientEdit.h"
#include "ui_ComposeWindow.h"

#include <QToolButton>

namespace Outpost {

void ComposeWindow::setTemplates(TemplateLibrary *library, QAction *manage)
{
    if (m_templates || !library)
        return;
    ComposeTemplates::Parts parts;
    parts.controller = m_controller;
    parts.body = ui->bodyEdit;
    parts.subject = ui->subjectEdit;
    parts.bodyMessage = ui->bodyError;
    parts.from = [this] { return ui->fromCombo->currentData(Roles::Address).toString(); };
    parts.firstRecipient = [this] {
        const QList<MailAddress> to = AddressList::parse(ui->toEdit->text()).addresses;
        return to.isEmpty() ? QString() : to.first().address;
    };
    m_templates = new ComposeTemplates(library, parts, this);
    m_templates->setManageAction(manage);
    const int paperclip
        = ui->actionRow->indexOf(findChild<QWidget *>(QStringLiteral("attachButton")));
    ui->actionRow->insertWidget(paperclip + 1, m_templates->button());
    updateTabOrder();
}

} // namespace Outpost
