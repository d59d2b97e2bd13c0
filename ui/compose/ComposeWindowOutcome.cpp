// SPDX-License-Identifier: GPL-3.0-or-later
// The compose window's word when a send's outcome stays unknown: the server may have stored
// the mail, the lookups could not tell. Never "Not sent", never a Send that could make a
// second copy: the mail waits in the Outbox, and the user is pointed at where it would be.
#include "ui/compose/ComposeWindow.h"
#include "ui_ComposeWindow.h"

#include "ui/DesktopLook.h"
#include "ui/threads/ThreadPickerRow.h"

#include <QBoxLayout>
#include <QPushButton>
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

void ComposeWindow::showBanner(const QString &text, bool isError, BannerAction action)
{
    DesktopLook::styleBanner(ui->banner, isError);
    ui->banner->setTextFormat(Qt::AutoText); // onMayHaveBeenSent() makes its own rich text
    ui->banner->setText(text);
    ui->banner->setVisible(true);
    // An error the user can act on carries its action beside it.
    if (action == BannerAction::SignIn && !m_bannerAction) {
        m_bannerAction = new QPushButton(tr("Sign In &Again…"), this);
        m_bannerAction->setObjectName(QStringLiteral("bannerSignInButton"));
        m_bannerAction->setAutoDefault(false);
        auto *box = qobject_cast<QBoxLayout *>(ui->banner->parentWidget()->layout());
        box->insertWidget(box->indexOf(ui->banner) + 1, m_bannerAction, 0, Qt::AlignRight);
        connect(m_bannerAction, &QPushButton::clicked, this, &ComposeWindow::signInRequested);
    }
    if (m_bannerAction)
        m_bannerAction->setVisible(action == BannerAction::SignIn);
}

void ComposeWindow::showSignInNeeded(const QString &text)
{
    showBanner(text, true, BannerAction::SignIn);
}

} // namespace Outpost
