// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DesktopLook.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QIcon>
#include <QIconEngine>
#include <QImageReader>
#include <QLabel>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
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

// One of Outpost's SVG pictures, whose single ink colour (kInk, in every file under
// resources/icons/ that is a glyph) is replaced by the palette's colour when it is painted.
// The SVG is read by Qt's own image plug-in (QImageReader, format "svg"), so the executable
// does not link QtSvg for it.
class PaletteIconEngine : public QIconEngine
{
public:
    explicit PaletteIconEngine(QString path) : m_path(std::move(path)) { }

    QIconEngine *clone() const override { return new PaletteIconEngine(m_path); }
    QString key() const override { return QStringLiteral("OutpostPaletteIcon"); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap picture = pixmap(rect.size() * ratio, mode, state);
        picture.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, picture);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QColor ink
            = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::ButtonText);
        const QString cacheKey = QStringLiteral("outpost-icon:%1:%2:%3x%4")
                                     .arg(m_path, ink.name(QColor::HexArgb))
                                     .arg(size.width())
                                     .arg(size.height());
        QPixmap picture;
        if (QPixmapCache::find(cacheKey, &picture))
            return picture;
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QByteArray svg = file.readAll();
        svg.replace(kInk, ink.name(QColor::HexRgb).toLatin1());
        if (ink.alpha() < 255) {
            // SVG colours have no alpha in their hex form; the group's opacity carries it.
            const QByteArray opacity = "<svg opacity=\"" + QByteArray::number(ink.alphaF()) + "\" ";
            svg.replace("<svg ", opacity);
        }
        QBuffer buffer(&svg);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(size);
        picture = QPixmap::fromImage(reader.read());
        QPixmapCache::insert(cacheKey, picture);
        return picture;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }

private:
    static constexpr const char kInk[] = "#5f6368";
    const QString m_path;
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

QIcon themedIcon(const QString &name, const QString &fallback)
{
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return QIcon(new PaletteIconEngine(QStringLiteral(":/outpost/icons/%1.svg").arg(fallback)));
}

bool dialogButtonsHaveIcons()
{
    return QApplication::style()->styleHint(QStyle::SH_DialogButtonBox_ButtonsHaveIcons) != 0;
}

void styleBanner(QLabel *banner, bool isError)
{
    const bool dark = banner->palette().color(QPalette::Window).lightness() < 128;
    const QString background = isError
        ? (dark ? QStringLiteral("#5c1f1b") : QStringLiteral("#fdecea"))
        : (dark ? QStringLiteral("#1d3b2a") : QStringLiteral("#e6f4ea"));
    const QString border = isError ? QStringLiteral("#d93025") : QStringLiteral("#1e8e3e");
    banner->setStyleSheet(QStringLiteral("QLabel { background: %1; border: 1px solid %2; "
                                         "border-radius: 4px; padding: 6px 8px; }")
                              .arg(background, border));
}

} // namespace Outpost::DesktopLook
