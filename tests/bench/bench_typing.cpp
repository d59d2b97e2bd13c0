// SPDX-License-Identifier: GPL-3.0-or-later
// Keystroke to repaint in a 5,000-line message with spell checking on (en_US), in the
// compose window's body editor; and how long after a window's first key its dictionary is
// there (ComposeSpelling loads it then). Run under Xvfb: xvfb-run -a bench_typing
#include "compose/SpellChecker.h"
#include "ui/compose/BodyEditor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

#include <algorithm>
#include <cstdio>

using namespace Outpost;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTemporaryDir dir;

    // The first key typed in a window asks for the dictionary (read on a worker thread); a
    // second window's first key finds the one the first window read.
    {
        const QString words = dir.filePath(u"first-key.txt"_s);
        QList<double> cold;
        for (int run = 0; run < 5; ++run) {
            SpellChecker window(SpellChecker::systemDictionaryDirs(), words);
            QElapsedTimer firstKey;
            firstKey.start();
            window.loadLanguageInBackground(u"en_US"_s);
            if (!QTest::qWaitFor([&] { return window.isReady(); }, 5000))
                return 1;
            cold += double(firstKey.nsecsElapsed()) / 1e6;
            if (run == 4) {
                SpellChecker second(SpellChecker::systemDictionaryDirs(), words);
                QElapsedTimer secondKey;
                secondKey.start();
                second.loadLanguageInBackground(u"en_US"_s);
                std::printf("first key to dictionary ready: a second window %.2f ms\n",
                    double(secondKey.nsecsElapsed()) / 1e6);
            }
        }
        std::sort(cold.begin(), cold.end());
        std::printf("first key to dictionary ready: first window median %.0f ms, max %.0f ms "
                    "(5 runs; a word of 4 letters and a space typed at 120 words a minute takes "
                    "400 ms, so no word is checked before it is there)\n",
            cold.at(cold.size() / 2), cold.last());
    }

    SpellChecker checker(SpellChecker::systemDictionaryDirs(), dir.filePath(u"words.txt"_s));
    if (!checker.setLanguage(u"en_US"_s)) {
        std::fprintf(stderr, "no en_US dictionary\n");
        return 1;
    }
    BodyEditor editor;
    editor.resize(900, 700);
    editor.setSpellChecker(&checker);
    QStringList lines;
    for (int i = 0; i < 5000; ++i)
        lines
            += u"Line %1: the quarterly reciept numbers are attached, plaese review them."_s.arg(i);
    QElapsedTimer load;
    load.start();
    editor.setPlainText(lines.join(u'\n'));
    const qint64 loadMs = load.elapsed();
    editor.show();
    if (!QTest::qWaitForWindowExposed(&editor))
        return 1;
    QCoreApplication::processEvents();

    QList<double> times;
    QTextCursor cursor(editor.document());
    cursor.setPosition(editor.document()->findBlockByNumber(2500).position() + 10);
    editor.setTextCursor(cursor);
    editor.ensureCursorVisible();
    for (int i = 0; i < 300; ++i) {
        QElapsedTimer t;
        t.start();
        QTest::keyClick(&editor, i % 20 == 19 ? Qt::Key_Space : Qt::Key_A);
        editor.viewport()->repaint(); // paint now, as the next frame would
        QCoreApplication::processEvents();
        times += double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    std::printf("5,000-line body, spell checking on: loading and first check %lld ms\n", loadMs);
    std::printf(
        "keystroke to repaint: median %.2f ms, p90 %.2f ms, max %.2f ms (target median <= 16)\n",
        times.at(times.size() / 2), times.at(times.size() * 9 / 10), times.last());
    return 0;
}
