// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Outpost {

// "Sending in 4 s  [Undo]": shown for the undo window after Send.
class UndoSendBar : public QWidget
{
    Q_OBJECT
public:
    explicit UndoSendBar(QWidget *parent = nullptr);

    void start(qint64 remainingMs);
    void stop();
    QPushButton *undoButton() const { return m_undo; }
    QString text() const; // "Sending in 4 s…"

Q_SIGNALS:
    void undoRequested();

private:
    void tick();

    QLabel *m_label;
    QPushButton *m_undo;
    QTimer m_tick;
    QDeadlineTimer m_deadline;
};

} // namespace Outpost
