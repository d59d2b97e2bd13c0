// SPDX-License-Identifier: GPL-3.0-or-later
// The compose window's word when a send's outcome stays unknown: the server may have stored
// the mail, the lookups could not tell. Never "Not sent", never a Send that could make a
// second copy: the mail waits in the Outbox, and the user is pointed at where it would be.
#include "ui/ComposeWindow.h"
#include "ui_ComposeWindow.h"

#include "ui/ThreadPickerRow.h"

#include <QStatusBar>

namespace Outpost {

namespace {
const QString conversationLink = QStringLiteral("outpost:conversation");
} // namespace

void ComposeWindow::onMayHaveBeenSent(const ServiceError &error)
{
    // The outbox's message says what is known ("May have been sent: …"); the rest is where
    // to look and what happens next.
    QString text = error.message.toHtmlEscaped() + u' '
        + tr("It waits in the Outbox and is not sent again until Outpost knows it was not; "
             "the Outbox window can look again.")
              .toHtmlEscaped();
    if (m_threadRow && m_threadRow->canShowConversation())
        text += QStringLiteral(" <a href=\"%1\">%2</a>")
                    .arg(conversationLink, tr("Check the conversation").toHtmlEscaped());
    else
        text += u' '
            + tr("Check the conversation with the recipients (or your Sent mail) before "
                 "sending it again.")
                  .toHtmlEscaped();
    showBanner(text, true);
    ui->banner->setTextFormat(Qt::RichText);
    ui->banner->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    statusBar()->showMessage(tr("May have been sent: check the conversation"));
}

void ComposeWindow::onBannerLink(const QString &link)
{
    if (link == conversationLink && m_threadRow)
        m_threadRow->showConversation();
}

} // namespace Outpost
