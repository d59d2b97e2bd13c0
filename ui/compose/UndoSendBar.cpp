// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compose/UndoSendBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Outpost {

UndoSendBar::UndoSendBar(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_undo(new QPushButton(tr("Un&do"), this))
{
    setObjectName(QStringLiteral("undoSendBar"));
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setToolTip(tr("Take the message back to keep editing it; nothing is sent (Ctrl+Z)"));
    m_label->setObjectName(QStringLiteral("undoLabel"));
    // No fixed name: the label is read by its text ("Sending in 4 s…"), and a change of it is
    // announced as a name change (QLabel does so while it has no accessible name of its own).
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_label);
    layout->addWidget(m_undo);
    m_tick.setInterval(200);
    connect(&m_tick, &QTimer::timeout, this, &UndoSendBar::tick);
    connect(m_undo, &QPushButton::clicked, this, &UndoSendBar::undoRequested);
    setVisible(false);
}

void UndoSendBar::start(qint64 remainingMs)
{
    m_deadline = QDeadlineTimer(std::max<qint64>(0, remainingMs));
    m_tick.start();
    tick();
    setVisible(true);
    // On the button too, read when the keyboard reaches it (not at every tick: Orca would
    // speak every second).
    m_undo->setAccessibleDescription(text());
}

QString UndoSendBar::text() const
{
    return m_label->text();
}

void UndoSendBar::stop()
{
    m_tick.stop();
    setVisible(false);
}

void UndoSendBar::tick()
{
    const int seconds = int((m_deadline.remainingTime() + 999) / 1000);
    m_label->setText(tr("Sending in %1 s…").arg(std::max(seconds, 0)));
}

} // namespace Outpost
