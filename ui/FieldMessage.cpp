// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FieldMessage.h"

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
    setAccessibleDescription(text);
    setVisible(true);
}

void FieldMessage::clearProblem()
{
    clear();
    setVisible(false);
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
