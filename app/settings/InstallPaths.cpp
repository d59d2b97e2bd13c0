// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/InstallPaths.h"

#include <QCoreApplication>
#include <QDir>

namespace Outpost::InstallPaths {

QStringList plugins(const QString &fromEnvironment)
{
    QStringList dirs;
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

} // namespace Outpost::InstallPaths
