// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPushButton;

namespace Outpost {

class Outbox;

// "Drafts · Outbox (2) · Sent" in a compose window's status bar: the way to those windows, and how
// much mail is still on its way. Two flat buttons drawn as links (issue 19): each one a Tab
// stop, opened with Space or Enter, and a button with a Press action for screen readers (a
// QLabel's links are neither, and Shift+Tab into them was a trap).
class MailStatusLinks : public QWidget
{
    Q_OBJECT
public:
    explicit MailStatusLinks(Outbox *outbox, QWidget *parent = nullptr);

    // What it reads: "Drafts · Outbox (2)".
    QString text() const;
    QList<QWidget *> buttons() const;

Q_SIGNALS:
    void draftsRequested();
    void outboxRequested();
    void sentRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void update(int queued);
    void applyStyle();

    QPushButton *m_drafts;
    QPushButton *m_outbox;
    QPushButton *m_sent;
};

} // namespace Outpost
