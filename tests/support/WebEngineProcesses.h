// SPDX-License-Identifier: GPL-3.0-or-later
// What QtWebEngine keeps of this test's process, as a user would see it: its renderer processes
// in a process list, and the warm view it starts before any conversation window exists. (No
// QtWebEngine header: tests that open conversations through the plugin need not link it.)
#pragma once

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QList>
#include <QSet>
#include <QWidget>

namespace Outpost::Testing {

using namespace Qt::StringLiterals;

// QtWebEngine's renderer processes started by this test: what a user would see in a process
// list, and the memory they hold. The engine's zygotes are children of this process; a renderer
// is forked by a zygote (keeping its command line), so it is a QtWebEngineProcess whose parent
// is a QtWebEngineProcess whose parent is this process.
inline int renderers()
{
    QHash<int, int> parentOf;
    QSet<int> engine;
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs);
    for (const QString &name : pids) {
        bool isPid = false;
        const int pid = name.toInt(&isPid);
        if (!isPid)
            continue;
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // pid (comm) state ppid …: the command may hold spaces, the last ')' ends it.
        const QByteArray line = stat.readAll();
        parentOf.insert(pid, line.mid(line.lastIndexOf(')') + 2).split(' ').value(1).toInt());
        if (line.contains("(QtWebEngineProc"))
            engine.insert(pid);
    }
    const int self = int(QCoreApplication::applicationPid());
    int count = 0;
    for (int pid : std::as_const(engine)) {
        const int zygote = parentOf.value(pid);
        if (engine.contains(zygote) && parentOf.value(zygote) == self)
            ++count;
    }
    return count;
}

// The warm view: a QtWebEngine view no window holds and nobody shows.
inline QList<QWidget *> hiddenWebViews()
{
    QList<QWidget *> found;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->inherits("QWebEngineView") && !w->isVisible())
            found += w;
    }
    return found;
}

} // namespace Outpost::Testing
