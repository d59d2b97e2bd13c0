// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/ConversationViewPlugin.h"

#include "ui/conversation/ConversationView.h"
#include "ui/conversation/ConversationViewScheme.h"

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

// What must happen before QtWebEngine starts, with the first view (the OpenGL context it
// shares was made before the plugin was loaded: ConversationViewLoader::factory).
void prepareEngine()
{
    // The page's scheme must exist before QtWebEngine starts.
    ConversationViewScheme::registerScheme();
    enableAccessibility();
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
