// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ConversationViewPlugin.h"

#include "ui/ConversationView.h"
#include "ui/ConversationViewScheme.h"

#include <QCoreApplication>
#include <QOpenGLContext>

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

ConversationViewInterface *ConversationViewPlugin::create(QWidget *parent)
{
    ensureShareContext();
    // The page's scheme must exist before QtWebEngine starts (with the first view).
    ConversationViewScheme::registerScheme();
    return new ConversationView(parent);
}

} // namespace Outpost
