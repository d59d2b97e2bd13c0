// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compose/RecipientChip.h"

#include "ui/Accessibility.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Outpost {

RecipientChip::RecipientChip(QString entry, MailAddress address, QString problem, QWidget *parent)
    : QFrame(parent)
    , m_entry(std::move(entry))
    , m_address(std::move(address))
    , m_problem(std::move(problem))
    , m_label(new QLabel(this))
    , m_remove(new QToolButton(this))
{
    Accessibility::installFactories(); // before anything asks for the chip's interface
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 1, 2, 1);
    layout->setSpacing(2);
    layout->addWidget(m_label);
    layout->addWidget(m_remove);
    const bool valid = m_problem.isEmpty();
    m_label->setText(
        valid ? (m_address.name.isEmpty() ? m_address.address : m_address.name) : m_entry);
    m_label->setTextFormat(Qt::PlainText);
    setToolTip(valid ? m_address.toString()
                     : tr("“%1” is not a valid address: %2.").arg(m_entry, m_problem));
    setAccessibleName(valid ? tr("Recipient %1").arg(m_address.toString())
                            : tr("Invalid recipient %1").arg(m_entry));
    setAccessibleDescription(toolTip());
    m_remove->setText(QStringLiteral("×"));
    m_remove->setAutoRaise(true);
    // The keyboard reaches a chip with Left from the start of the entry (RecipientEdit);
    // Delete removes it, F2 or Enter edits it. The × is for the mouse; for screen readers the
    // chip itself has Remove and Edit actions (ui/Accessibility.cpp).
    m_remove->setFocusPolicy(Qt::NoFocus);
    setFocusPolicy(Qt::ClickFocus);
    m_remove->setToolTip(tr("Remove %1").arg(m_label->text()));
    m_remove->setAccessibleName(m_remove->toolTip());
    connect(m_remove, &QToolButton::clicked, this, &RecipientChip::removeRequested);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    applyStyle();
}

void RecipientChip::mouseDoubleClickEvent(QMouseEvent *event)
{
    QFrame::mouseDoubleClickEvent(event);
    Q_EMIT editRequested();
}

void RecipientChip::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_styling)
        applyStyle();
}

void RecipientChip::applyStyle()
{
    // Colours from the palette so the chip reads in light and dark themes.
    const QPalette p = palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    QColor fill = p.color(QPalette::Highlight);
    fill.setAlpha(dark ? 90 : 45);
    QColor border = p.color(QPalette::Highlight);
    if (!isValid()) {
        fill = dark ? QColor(0x5c, 0x1f, 0x1b) : QColor(0xfd, 0xec, 0xea);
        border = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xd9, 0x30, 0x25);
    }
    m_styling = true; // a style sheet changes the palette too
    // The name keeps the text colour when the field is disabled (while a message waits to go,
    // issue 15 item 4): a frozen chip is still read.
    setStyleSheet(QStringLiteral("Outpost--RecipientChip { background: rgba(%1,%2,%3,%4); "
                                 "border: 1px solid %5; border-radius: 9px; } "
                                 "Outpost--RecipientChip:focus { border: 2px solid %7; } "
                                 "Outpost--RecipientChip QLabel { color: %6; }")
                      .arg(fill.red())
                      .arg(fill.green())
                      .arg(fill.blue())
                      .arg(fill.alpha())
                      .arg(border.name(), p.color(QPalette::Active, QPalette::WindowText).name(),
                          p.color(QPalette::Active, QPalette::Highlight).name()));
    m_styling = false;
}

} // namespace Outpost
