// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;
class QIcon;
class QLabel;
class QString;

namespace Outpost::DesktopLook {

// The application-wide look, set once before the first window (GuiLauncher; the GUI tests
// call it too, so they see what the user sees).
//
// Dialog buttons (every QDialogButtonBox, so every QMessageBox) carry an icon only where the
// desktop asks for icons on them (QPlatformTheme::DialogButtonBoxButtonsHaveIcons: KDE yes,
// GNOME no) AND its icon theme has them. Qt's generic Unix theme asks for them too, and
// without an icon theme Qt then draws its own bundled pictures: the stray icons of a bare X
// session or a desktop without a freedesktop theme. QStyle::SH_DialogButtonBox_ButtonsHaveIcons
// is the knob (Qt::AA_DontShowIconsInMenus is menus only), answered by a QProxyStyle over the
// desktop's own style.
//
// Button texts are written in title case ("Open Conversation", "Sign In Again", "Send
// Anyway"), as the KDE HIG and Apple's HIG write buttons and menu items: one rule for every
// button and menu item Outpost draws. (GNOME's HIG uses sentence case for buttons; Outpost's
// menus are title case already, and two rules in one window read as a mistake.)
void apply(QApplication &app);

// Whether dialog buttons get icons under the current desktop (after apply()).
bool dialogButtonsHaveIcons();

// The desktop's themed icon NAME (freedesktop Icon Naming Specification), else Outpost's own
// picture :/outpost/icons/FALLBACK.svg. Outpost's pictures are drawn in the application
// palette's button-text colour at the moment they are painted (the disabled colour for a
// disabled button), so they stay readable when the desktop switches to a dark palette: a
// picture with a fixed colour would be dark grey on dark grey.
QIcon themedIcon(const QString &name, const QString &fallback);

// A window's banner (the line above a compose window's form, or a dialog's): a tinted box,
// red for a problem, green otherwise, in the light or dark shade of the label's palette.
void styleBanner(QLabel *banner, bool isError);

} // namespace Outpost::DesktopLook
