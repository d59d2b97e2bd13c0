// SPDX-License-Identifier: GPL-3.0-or-later
// Address completion with 10,000 known addresses: the time from the end of the debounce to
// the suggestion popup on screen, in the compose window's recipient field (no network: the
// platform's contacts arrive later and merge in). Run under Xvfb: xvfb-run -a bench_completion
#include "compose/RecipientCompleter.h"
#include "ui/compose/RecipientEdit.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Outpost;
using namespace Qt::StringLiterals;

namespace {
// Records when the popup is shown.
class ShowWatch : public QObject
{
public:
    QElapsedTimer *clock = nullptr;
    qint64 shownAtNs = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && shownAtNs < 0)
            shownAtNs = clock->nsecsElapsed();
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int known = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 50;
    static const char16_t *first[] = {u"Jamie", u"Priya", u"Sean", u"Mei", u"Amara", u"Pat",
        u"Lena", u"Omar", u"Noah", u"Ines", u"Kai", u"Rosa"};
    static const char16_t *last[] = {u"Lee", u"Raman", u"O'Brien", u"Chen", u"Okafor", u"Morgan",
        u"Fischer", u"Haddad", u"Berg", u"Silva"};
    QList<RecentRecipient> addresses;
    QRandomGenerator random(42);
    for (int i = 0; i < known; ++i) {
        const QString f = QString::fromUtf16(first[i % std::size(first)]);
        const QString l = QString::fromUtf16(last[(i / 7) % std::size(last)]);
        addresses += RecentRecipient {
            u"%1.%2%3@example%4.com"_s.arg(f.toLower(), l.toLower()).arg(i).arg(i % 50),
            f + u' ' + l, int(random.bounded(100)), {}};
    }
    RecentRecipient target {u"zelda.quill@example.org"_s, u"Zelda Quill"_s, 3, {}};
    addresses.insert(known / 2, target);

    RecipientCompleter completer;
    completer.setKnown(addresses);
    RecipientEdit edit;
    edit.setCompleter(&completer);
    edit.resize(600, 40);
    edit.show();
    if (!QTest::qWaitForWindowExposed(&edit))
        return 1;
    QAbstractItemView *popup = edit.completionPopup();
    QElapsedTimer clock;
    ShowWatch watch;
    watch.clock = &clock;
    popup->installEventFilter(&watch);
    qint64 startNs = -1;
    QObject::connect(&completer, &RecipientCompleter::searchStarted, &completer,
        [&] { startNs = clock.nsecsElapsed(); });

    // Prefixes that match many (the worst case: every address scanned for a few rows) and few.
    const QStringList prefixes {u"ja"_s, u"chen"_s, u"zel"_s, u"example4"_s, u"o'b"_s};
    QList<double> times;
    for (int i = 0; i < rounds; ++i) {
        popup->hide();
        edit.lineEdit()->clear();
        watch.shownAtNs = -1;
        startNs = -1;
        clock.start();
        QTest::keyClicks(edit.lineEdit(), prefixes.at(i % prefixes.size()));
        if (!QTest::qWaitFor([&] { return watch.shownAtNs >= 0; }, 2000)) {
            std::fprintf(stderr, "the popup did not show for %s\n",
                qPrintable(prefixes.at(i % prefixes.size())));
            return 1;
        }
        times += double(watch.shownAtNs - startNs) / 1e6;
    }
    std::sort(times.begin(), times.end());
    std::printf("%d known addresses, debounce %d ms: debounce end to popup shown: median %.2f ms, "
                "p90 %.2f ms, max %.2f ms (target <= 50)\n",
        known + 1, completer.debounceMs(), times.at(times.size() / 2),
        times.at(times.size() * 9 / 10), times.last());
    return 0;
}
