// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FieldMessage.h"

#include "ui/Accessibility.h"

#include <QEvent>

namespace Outpost {

FieldMessage::FieldMessage(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
    applyPalette();
}

void FieldMessage::showProblem(const QString &text)
{
    setText(text);
    setVisible(true);
    // No "described-by" relation: Qt 6.4 has none to give (QAccessible::Relation is Label,
    // Labelled, Controller, Controlled; its AT-SPI bridge warns on any other flag), nor an
    // "invalid entry" state (State::invalid means defunct). The description is what AT-SPI
    // carries, and what Orca reads after the field's name.
    Accessibility::setDescriptionPart(m_field, Accessibility::DescriptionPart::Problem, text);
}

void FieldMessage::clearProblem()
{
    clear();
    setVisible(false);
    Accessibility::setDescriptionPart(m_field, Accessibility::DescriptionPart::Problem, {});
}

void FieldMessage::setField(QWidget *field)
{
    m_field = field;
}

void FieldMessage::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (!m_applying
        && (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange))
        applyPalette();
}

void FieldMessage::applyPalette()
{
    // A red that reads on light and dark windows alike.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QPalette p = palette();
    p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
    m_applying = true;
    setPalette(p);
    m_applying = false;
}

} // namespace Outpost
