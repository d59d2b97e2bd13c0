// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ConversationViewLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

namespace Outpost::ConversationViewLoader {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::ConversationViewLoader)
};
} // namespace

QStringList searchPath()
{
    QStringList dirs;
    const QString fromEnvironment = qEnvironmentVariable("OUTPOST_PLUGIN_DIR");
    if (!fromEnvironment.isEmpty())
        dirs += fromEnvironment;
    const QString app = QCoreApplication::applicationDirPath();
    dirs += app + QStringLiteral("/plugins");
    dirs += QDir::cleanPath(app + QStringLiteral("/../" OUTPOST_INSTALL_PLUGIN_DIR));
    // Tests and benchmarks run from the build tree, beside (not in) its plugins folder.
    const QString buildTree = QStringLiteral(OUTPOST_BUILD_DIR);
    if (QDir::cleanPath(app).startsWith(buildTree + u'/'))
        dirs += buildTree + QStringLiteral("/plugins");
    return dirs;
}

ConversationViewFactory *factory(QString *error)
{
    static QPluginLoader *loaded = nullptr; // the plugin stays for the life of the process
    if (loaded)
        return qobject_cast<ConversationViewFactory *>(loaded->instance());
    const QString file = QStringLiteral(OUTPOST_VIEW_PLUGIN_FILE);
    QString why
        = Tr::tr("%1 was not found in %2.").arg(file, searchPath().join(QStringLiteral(", ")));
    for (const QString &dir : searchPath()) {
        const QString path = QDir(dir).filePath(file);
        if (!QFileInfo::exists(path))
            continue;
        auto *loader = new QPluginLoader(path, qApp);
        auto *f = qobject_cast<ConversationViewFactory *>(loader->instance());
        if (f) {
            loaded = loader;
            return f;
        }
        why = loader->errorString();
        delete loader;
    }
    if (error)
        *error = why;
    return nullptr;
}

} // namespace Outpost::ConversationViewLoader
