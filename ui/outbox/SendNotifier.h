// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ServiceError.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QSystemTrayIcon;

namespace Outpost {

class Outbox;
struct OutboxEntry;

// Mail on its way after the last window closed (issue 15, item 5): a tray icon, where the
// desktop has a tray (QSystemTrayIcon::isSystemTrayAvailable), for as long as mail is on its
// way with no window open, and a desktop notification of how each send ended when no window
// shows (the tray's balloon, else org.freedesktop.Notifications over D-Bus; neither: nothing,
// the Outbox and Sent windows still tell).
class SendNotifier : public QObject
{
    Q_OBJECT
public:
    // `onItsWay` counts the mail on its way (MailWindows::mailOnItsWay).
    SendNotifier(Outbox *outbox, std::function<int()> onItsWay, QObject *parent = nullptr);
    ~SendNotifier() override;

    // The tray's menu: the Outbox, Sent and Quit actions every window has.
    void setActions(QList<QAction *> actions);
    // Shows or hides the tray icon as windows and mail come and go.
    void update();
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    // What the last notification said (title and text; for tests and the log).
    QString lastNotification() const { return m_last; }
    static bool anyWindowShown();

Q_SIGNALS:
    // The tray icon was clicked: show the Outbox.
    void outboxRequested();
    void notified(const QString &title, const QString &text);

private:
    void onSent(const QString &entryId);
    void onFailed(const QString &entryId, const ServiceError &error);
    void notify(const QString &title, const QString &text, bool problem);
    QString describe(const QString &entryId) const;

    Outbox *m_outbox;
    std::function<int()> m_onItsWay;
    QSystemTrayIcon *m_tray = nullptr;
    QList<QAction *> m_actions;
    QString m_last;
};

} // namespace Outpost
