// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Environment.h"

#include <QProcessEnvironment>

namespace Outpost {

ConfigOverrides configFromEnvironment()
{
    ConfigOverrides found;
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList names = environment.keys();
    for (const QString &name : names) {
        const QString value = environment.value(name);
        if (name.startsWith(u"OUTPOST_") && !value.isEmpty())
            found.insert(name.toLatin1(), value);
    }
    return found;
}

} // namespace Outpost
