// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MailStatusLinks.h"

#include "submit/Outbox.h"

namespace Outpost {

MailStatusLinks::MailStatusLinks(Outbox *outbox, QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("mailStatusLinks"));
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setAccessibleName(tr("Drafts, Outbox and Sent"));
    connect(this, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == u"drafts")
            Q_EMIT draftsRequested();
        else if (link == u"sent")
            Q_EMIT sentRequested();
        else
            Q_EMIT outboxRequested();
    });
    connect(outbox, &Outbox::countChanged, this, &MailStatusLinks::update);
    update(outbox->count());
}

void MailStatusLinks::update(int queued)
{
    const QString outbox = queued > 0 ? tr("Outbox (%1)").arg(queued) : tr("Outbox");
    setText(
        QStringLiteral("<a href=\"drafts\">%1</a> · <a href=\"outbox\">%2</a> · "
                       "<a href=\"sent\">%3</a>")
            .arg(tr("Drafts").toHtmlEscaped(), outbox.toHtmlEscaped(), tr("Sent").toHtmlEscaped()));
    setToolTip(queued == 0 ? tr("Nothing is waiting to be sent")
                           : tr("%n message(s) on the way: open the Outbox", nullptr, queued));
}

} // namespace Outpost
