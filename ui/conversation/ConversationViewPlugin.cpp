// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/ConversationViewPlugin.h"

#include "ui/conversation/ConversationView.h"
#include "ui/conversation/ConversationViewScheme.h"

#include <QAccessible>
#include <QCoreApplication>

#include <utility>

namespace Outpost {

namespace {
// Qt 6.4's QtWebEngine builds the page's accessibility tree on Linux only when
// QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY is set (any value; later versions build it unless it
// is "0"): without it a screen reader finds the conversation an empty document. Read once,
// when QtWebEngine starts (with the first profile, in the view below), so it is set just
// before, in this process only (the renderers it starts inherit it). The tree is still built
// only while an assistive technology is listening (QAccessible::isActive()): without a screen
// reader this costs nothing. A value the user set is left as it is.
void enableAccessibility()
{
    static const char variable[] = "QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY";
    if (!qEnvironmentVariableIsSet(variable))
        qputenv(variable, "1");
}

// Qt 6.4's QtWebEngine warns "No suitable graphics backend found" when it starts with no
// OpenGL context it could render through (its SurfaceFactoryQt). The view is drawn by Qt
// Quick's software adaptation, with Chromium's GPU off, on purpose
// (ConversationViewLoader::factory): that line states the choice, not a fault, and a user
// reading Outpost's stderr would take it for one. Only that line is dropped; every other
// message goes to the handler that was there before.
QtMessageHandler handlerBefore = nullptr;
void dropTheSoftwareNotice(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type == QtWarningMsg && text.trimmed() == u"No suitable graphics backend found")
        return;
    if (handlerBefore)
        handlerBefore(type, context, text);
}

// When Tab brings the keyboard into the page, QtWebEngine (Qt 6.4, the view drawn by the
// software adaptation) says that the first control took the focus, then that the page itself
// did, although the control has it (the page's own state says it is not focused): a screen
// reader speaks the last it was told, the page, and never where the keyboard is. A focus event
// for an object of the page that is not focused is dropped; every other event goes on (seen
// by a11y_conversation_is_read_and_answered, which Tabs into the page).
QAccessible::UpdateHandler updateBefore = nullptr;
void dropStaleFocus(QAccessibleEvent *event)
{
    if (event->type() == QAccessible::Focus) {
        QAccessibleInterface *target = event->accessibleInterface();
        const QObject *object = target && target->isValid() ? target->object() : nullptr;
        if (object && !object->isWidgetType() && !target->state().focused)
            return;
    }
    if (updateBefore) {
        updateBefore(event);
        return;
    }
    // No handler before this one: Qt's own delivery to the platform's accessibility, which
    // updateAccessibility() does when no handler is installed (accessibility events come on
    // the GUI thread only).
    QAccessible::installUpdateHandler(nullptr);
    QAccessible::updateAccessibility(event);
    QAccessible::installUpdateHandler(dropStaleFocus);
}

// What must happen before QtWebEngine starts, with the first view (the OpenGL context it
// checks for was set before the plugin was loaded: ConversationViewLoader::factory).
void prepareEngine()
{
    static bool prepared = false;
    if (prepared)
        return;
    prepared = true;
    // The page's scheme must exist before QtWebEngine starts.
    ConversationViewScheme::registerScheme();
    enableAccessibility();
    handlerBefore = qInstallMessageHandler(dropTheSoftwareNotice);
    updateBefore = QAccessible::installUpdateHandler(dropStaleFocus);
}
} // namespace

ConversationViewPlugin::~ConversationViewPlugin()
{
    delete m_warm;
}

ConversationViewInterface *ConversationViewPlugin::create(QWidget *parent)
{
    if (ConversationView *warm = std::exchange(m_warm, nullptr)) {
        warm->setParent(parent);
        return warm;
    }
    prepareEngine();
    return new ConversationView(parent);
}

void ConversationViewPlugin::warmUp()
{
    if (m_warm)
        return;
    prepareEngine();
    // Never shown on its own (a shown view would start drawing, and could not be torn down as
    // late as below): its empty page still loads, and starts a renderer process.
    m_warm = new ConversationView(nullptr);
    // A top-level widget nobody shows is not deleted by the application: it must go before
    // QtWebEngine's own teardown, a post routine registered when the view above started it
    // (post routines run last registered, first).
    static ConversationViewPlugin *self = nullptr;
    if (!self) {
        self = this;
        QObject::connect(qApp, &QCoreApplication::aboutToQuit, [] { self->release(); });
        qAddPostRoutine([] { self->release(); });
    }
    m_warm->warmUp();
}

void ConversationViewPlugin::release()
{
    delete std::exchange(m_warm, nullptr);
}

} // namespace Outpost
