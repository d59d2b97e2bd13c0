// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compose/SendLaterButton.h"

#include "display/TimeText.h"
#include "mail/Clock.h"
#include "ui/compose/SendLaterDialog.h"

#include <QMenu>

namespace Outpost {

SendLaterButton::SendLaterButton(QWidget *parent) : QToolButton(parent)
{
    setObjectName(QStringLiteral("sendLaterButton"));
    setText(tr("Send &Later"));
    setToolTip(tr("Choose when the message goes out; it waits in the Outbox until then"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("sendLaterMenu"));
    setMenu(menu);
    // The times are worked out when the menu opens, not when the window did.
    connect(menu, &QMenu::aboutToShow, this, &SendLaterButton::rebuildMenu);
}

QList<SendLaterButton::Preset> SendLaterButton::presets(const QDateTime &now)
{
    QList<Preset> list;
    const QDateTime inAnHour = now.addSecs(3600);
    const QDateTime hour(inAnHour.date(), QTime(inAnHour.time().hour(), inAnHour.time().minute()));
    list += {tr("In an Hour (%1)").arg(TimeText::minute(hour, now)), hour};
    const QTime morning(8, 0);
    const QDateTime tomorrow(now.date().addDays(1), morning);
    list += {tr("Tomorrow Morning (%1)").arg(TimeText::minute(tomorrow, now)), tomorrow};
    if (tomorrow.date().dayOfWeek() != Qt::Monday) {
        const QDateTime monday(now.date().addDays(8 - now.date().dayOfWeek()), morning);
        list += {tr("Monday Morning (%1)").arg(TimeText::minute(monday, now)), monday};
    }
    return list;
}

void SendLaterButton::rebuildMenu()
{
    QMenu *m = menu();
    m->clear();
    for (const Preset &p : presets(systemNow().toLocalTime())) {
        QAction *a = m->addAction(p.label);
        const QDateTime when = p.when.toUTC();
        connect(a, &QAction::triggered, this, [this, when] { Q_EMIT chosen(when); });
    }
    m->addSeparator();
    QAction *pick = m->addAction(tr("Pick a Date and Time…"));
    pick->setObjectName(QStringLiteral("pickDateTimeAction"));
    connect(pick, &QAction::triggered, this, &SendLaterButton::pickDateAndTime);
}

void SendLaterButton::pickDateAndTime()
{
    auto *dialog = new SendLaterDialog(window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { Q_EMIT chosen(dialog->chosen()); });
    dialog->open();
}

} // namespace Outpost
