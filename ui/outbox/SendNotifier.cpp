// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/outbox/SendNotifier.h"

#include "submit/Outbox.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

namespace Outpost {

using namespace Qt::StringLiterals;

SendNotifier::SendNotifier(Outbox *outbox, std::function<int()> onItsWay, QObject *parent)
    : QObject(parent), m_outbox(outbox), m_onItsWay(std::move(onItsWay))
{
    // Connected directly: the entry is still in the outbox while sent() is emitted.
    connect(outbox, &Outbox::sent, this, &SendNotifier::onSent);
    connect(outbox, &Outbox::failed, this, &SendNotifier::onFailed);
    connect(outbox, &Outbox::countChanged, this, &SendNotifier::update);
}

SendNotifier::~SendNotifier() = default;

void SendNotifier::setActions(QList<QAction *> actions)
{
    m_actions = std::move(actions);
}

bool SendNotifier::anyWindowShown()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    return std::any_of(windows.cbegin(), windows.cend(), [](const QWidget *w) {
        return w->isVisible() && (w->windowType() == Qt::Window || w->windowType() == Qt::Dialog);
    });
}

void SendNotifier::update()
{
    const bool wanted
        = m_onItsWay() > 0 && !anyWindowShown() && QSystemTrayIcon::isSystemTrayAvailable();
    if (!wanted) {
        if (m_tray)
            m_tray->hide();
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QIcon(u":/outpost/icons/outpost.svg"_s), this);
        m_tray->setObjectName(u"sendTray"_s);
        auto *menu = new QMenu;
        connect(this, &QObject::destroyed, menu, &QObject::deleteLater);
        menu->addActions(m_actions);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](auto reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
                m_tray->hide();
                Q_EMIT outboxRequested();
            }
        });
    }
    m_tray->setToolTip(tr("Outpost: %n message(s) on the way", nullptr, m_onItsWay()));
    m_tray->show();
}

QString SendNotifier::describe(const QString &entryId) const
{
    const auto entry = m_outbox->entry(entryId);
    if (!entry)
        return {};
    const Draft &d = entry->draft.draft;
    QStringList to;
    for (const MailAddress &a : d.to + d.cc + d.bcc)
        to += a.name.isEmpty() ? a.address : a.name;
    const QString subject = d.subject.isEmpty() ? tr("(no subject)") : d.subject;
    //: A notification: “Subject” to Robin Hale, Kim
    return tr("“%1” to %2").arg(subject, to.join(u", "_s));
}

void SendNotifier::onSent(const QString &entryId)
{
    if (anyWindowShown())
        return; // the window that sent it, or the Outbox, says so
    notify(tr("Sent"), describe(entryId), false);
}

void SendNotifier::onFailed(const QString &entryId, const ServiceError &error)
{
    if (anyWindowShown())
        return;
    notify(tr("Not sent"), describe(entryId) + u'\n' + error.message, true);
}

void SendNotifier::notify(const QString &title, const QString &text, bool problem)
{
    m_last = title + u'\n' + text;
    Q_EMIT notified(title, text);
    if (m_tray && m_tray->isVisible()) {
        m_tray->showMessage(
            title, text, problem ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 8000);
        return;
    }
    // The Desktop Notifications Specification, method Notify
    // (https://specifications.freedesktop.org/notification-spec/latest/protocol.html):
    // app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout (-1: the
    // server's default). Sent without waiting for an answer: no notification server, no
    // notification, and nothing blocks.
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.Notifications"_s,
        u"/org/freedesktop/Notifications"_s, u"org.freedesktop.Notifications"_s, u"Notify"_s);
    QVariantMap hints;
    hints.insert(u"desktop-entry"_s, u"org.outpost.Outpost"_s); // packaging/
    hints.insert(u"urgency"_s, QVariant::fromValue<uchar>(problem ? 2 : 1));
    call << u"Outpost"_s << uint(0) << u"org.outpost.Outpost"_s << title << text.toHtmlEscaped()
         << QStringList() << hints << int(-1);
    call.setAutoStartService(true);
    bus.send(call);
}

} // namespace Outpost
