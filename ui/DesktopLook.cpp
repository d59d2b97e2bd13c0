// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DesktopLook.h"

#include <QApplication>
#include <QIcon>
#include <QProxyStyle>

namespace Outpost::DesktopLook {

namespace {
// The freedesktop names of the pictures QStyle::standardIcon gives the usual dialog buttons
// (OK, Cancel, Apply, Close, Save, Discard, Yes, No). With none of them in the icon theme,
// the pictures would be Qt's bundled fallbacks.
bool themeHasButtonIcons()
{
    if (QIcon::themeName().isEmpty())
        return false;
    for (const char *name : {"dialog-ok", "dialog-cancel", "dialog-close", "document-save"}) {
        if (QIcon::hasThemeIcon(QString::fromLatin1(name)))
            return true;
    }
    return false;
}

class Style : public QProxyStyle
{
public:
    explicit Style(bool buttonIcons) : m_buttonIcons(buttonIcons) { }

    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
        QStyleHintReturn *returnData) const override
    {
        if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
            return m_buttonIcons && QProxyStyle::styleHint(hint, option, widget, returnData) != 0;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }

private:
    const bool m_buttonIcons;
};
} // namespace

void apply(QApplication &app)
{
    Q_UNUSED(app)
    if (dynamic_cast<Style *>(QApplication::style()))
        return;
    // Over the desktop's style (QProxyStyle without a base takes the application's).
    QApplication::setStyle(new Style(themeHasButtonIcons()));
}

bool dialogButtonsHaveIcons()
{
    return QApplication::style()->styleHint(QStyle::SH_DialogButtonBox_ButtonsHaveIcons) != 0;
}

} // namespace Outpost::DesktopLook
