// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ConversationViewPlugin.h"

#include "ui/ConversationView.h"
#include "ui/ConversationViewScheme.h"

#include <QCoreApplication>
#include <QOpenGLContext>

#include <utility>

// QtGui's own setter (exported, not in a public header): what Qt::AA_ShareOpenGLContexts makes
// QGuiApplication do at start-up, done here when QtWebEngine is about to need it.
void qt_gl_set_global_share_context(QOpenGLContext *context);

namespace Outpost {

namespace {
// QtWebEngine renders through a context shared with every window's. Setting
// Qt::AA_ShareOpenGLContexts before the application starts would create it at start-up (over
// 100 ms under a software renderer) for every compose window; it is created on first use.
void ensureShareContext()
{
    if (QOpenGLContext::globalShareContext())
        return;
    auto *context = new QOpenGLContext(qApp);
    if (context->create())
        qt_gl_set_global_share_context(context);
    else
        delete context;
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
    ensureShareContext();
    // The page's scheme must exist before QtWebEngine starts (with the first view).
    ConversationViewScheme::registerScheme();
    return new ConversationView(parent);
}

void ConversationViewPlugin::warmUp()
{
    if (m_warm)
        return;
    ensureShareContext();
    ConversationViewScheme::registerScheme();
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
