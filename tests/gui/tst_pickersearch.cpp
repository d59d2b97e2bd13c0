// SPDX-License-Identifier: GPL-3.0-or-later
// The thread picker searching what was said (issue 17, item 1), driven by keyboard only from a
// compose window on a real sandbox: words found only in a message's body bring its thread in,
// with the words highlighted in a snippet, and Enter continues it; a new keystroke cancels the
// search in flight; a failure is said quietly in the picker, and an instance without the
// search (404) keeps the picker as it was, silently.
#include "display/Roles.h"
#include "sandbox/SandboxServer.h"
#include "settings/UiLanguage.h"
#include "tests/support/ComposeRig.h"
#include "tests/support/SandboxTestClient.h"
#include "threads/ThreadContentSearch.h"
#include "ui/compose/ComposeWindow.h"
#include "ui/compose/RecipientEdit.h"
#include "ui/threads/ThreadPicker.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPoint>
#include <QSignalSpy>
#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestPickerSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // English plural forms ("1 of 3 threads") come from outpost_en.qm.
    void initTestCase() { QCOMPARE(UiLanguage::install(*qApp, u"en"_s), u"en"_s); }
    void init() { start(Sandbox::InstanceProfile::Current); }
    void cleanup() { rig.stop(); }
    void wordsOnlyInABodyFindTheThreadAndEnterPicksIt();
    void aNewKeystrokeCancelsTheSearchInFlight();
    void aFailureIsSaidInThePicker();
    void anInstanceWithoutSearchKeepsThePickerAsItWas();

private:
    void start(Sandbox::InstanceProfile profile);
    ThreadPicker *openPickerForJamie();
    QStringList shownSubjects(ThreadPicker *picker) const;
    QModelIndex rowOf(ThreadPicker *picker, const QString &subject) const;
    template<typename T> T *child(const char *name) const
    {
        T *w = window->findChild<T *>(QLatin1String(name));
        Q_ASSERT(w);
        return w;
    }

    Testing::ComposeRig rig;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> &http = rig.http;
    QPointer<ComposeWindow> &window = rig.window;
};

void TestPickerSearch::start(Sandbox::InstanceProfile profile)
{
    // A store on disk, sends without an undo window.
    Testing::ComposeRig::Options options;
    options.sandbox.profile = profile;
    options.storeOnDisk = true;
    options.outbox = {};
    options.outbox.undoDelay = {};
    QVERIFY(rig.start(options));
    QVERIFY(rig.openWindow([](ComposeWindow *w) {
        w->setCloseDelayAfterSend(60000);
        w->resize(760, 620);
    }));
}

ThreadPicker *TestPickerSearch::openPickerForJamie()
{
    QTest::keyClicks(
        child<RecipientEdit>("toEdit")->lineEdit(), u"Jamie Lee <jamie.lee@example.com>"_s);
    QTest::keyClick(window, Qt::Key_T, Qt::ControlModifier);
    auto *picker = window->findChild<ThreadPicker *>();
    if (!picker || !QTest::qWaitForWindowExposed(picker))
        return nullptr;
    // Jamie's three threads listed: the contact is known, content can be searched.
    if (!QTest::qWaitFor([&] { return shownSubjects(picker).size() == 4; }, 10000))
        return nullptr;
    return picker;
}

QStringList TestPickerSearch::shownSubjects(ThreadPicker *picker) const
{
    QStringList subjects;
    const QAbstractItemModel *rows = picker->list()->model();
    for (int i = 0; i < rows->rowCount(); ++i)
        subjects += rows->index(i, 0).data().toString();
    return subjects;
}

QModelIndex TestPickerSearch::rowOf(ThreadPicker *picker, const QString &subject) const
{
    const QAbstractItemModel *rows = picker->list()->model();
    for (int i = 0; i < rows->rowCount(); ++i) {
        if (rows->index(i, 0).data().toString() == subject)
            return rows->index(i, 0);
    }
    return {};
}

void TestPickerSearch::wordsOnlyInABodyFindTheThreadAndEnterPicksIt()
{
    ThreadPicker *picker = openPickerForJamie();
    QVERIFY(picker);
    QTRY_VERIFY(picker->filterEdit()->hasFocus());
    // "April cohort" is said in the Weekly report thread only, in no subject or name.
    QTest::keyClicks(picker->filterEdit(), u"april cohort"_s);
    QCOMPARE(shownSubjects(picker), QStringList {u"New thread"_s}); // the instant filter
    QTRY_COMPARE(shownSubjects(picker), (QStringList {u"New thread"_s, u"Weekly report"_s}));
    const QModelIndex found = rowOf(picker, u"Weekly report"_s);
    const QString snippet = found.data(Roles::Snippet).toString();
    QVERIFY2(snippet.contains(u"April cohort"_s, Qt::CaseInsensitive), qPrintable(snippet));
    QStringList highlighted;
    for (const QVariant &v : found.data(Roles::SnippetHighlights).toList())
        highlighted += snippet.mid(v.toPoint().x(), v.toPoint().y()).toLower();
    QVERIFY(highlighted.contains(u"april"_s));
    QVERIFY(highlighted.contains(u"cohort"_s));
    QVERIFY(found.data(Qt::AccessibleTextRole).toString().contains(snippet));
    QCOMPARE(picker->list()->currentIndex().data().toString(), u"Weekly report"_s);
    QVERIFY(picker->statusText().startsWith(u"1 of 3 threads"_s));

    // A subject match is shown once, as itself: "report" is in the subject and in bodies.
    QTest::keyClick(picker->filterEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(picker->filterEdit(), u"report"_s);
    QSignalSpy answered(picker->contentSearch(), &ThreadContentSearch::resultsReady);
    QVERIFY(answered.wait(5000));
    QCOMPARE(shownSubjects(picker), (QStringList {u"New thread"_s, u"Weekly report"_s}));
    QVERIFY(rowOf(picker, u"Weekly report"_s).data(Roles::Snippet).toString().isEmpty());

    // Back to the words, and Enter continues the thread they were said in.
    QTest::keyClick(picker->filterEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(picker->filterEdit(), u"april cohort"_s);
    QTRY_COMPARE(shownSubjects(picker), (QStringList {u"New thread"_s, u"Weekly report"_s}));
    QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
    QTRY_VERIFY(!picker->isVisible());
    QCOMPARE(child<QLineEdit>("subjectEdit")->text(), u"Re: Weekly report"_s);
    QVERIFY(child<QLabel>("threadChoice")->text().startsWith(u"Weekly report"_s));
}

void TestPickerSearch::aNewKeystrokeCancelsTheSearchInFlight()
{
    ThreadPicker *picker = openPickerForJamie();
    QVERIFY(picker);
    // The first search hangs for 20 s; the second is answered at once.
    QVERIFY(
        http->addFault({{u"path"_s, u"/api/conversation/contact/*"_s}, {u"delayMs"_s, 20000}}) > 0);
    ThreadContentSearch *search = picker->contentSearch();
    QSignalSpy started(search, &ThreadContentSearch::started);
    QSignalSpy answered(search, &ThreadContentSearch::resultsReady);
    QTest::keyClicks(picker->filterEdit(), u"april"_s);
    QVERIFY(started.wait(5000));
    QElapsedTimer since;
    since.start();
    QTest::keyClicks(picker->filterEdit(), u" cohort"_s);
    QTRY_COMPARE(answered.count(), 1);
    QVERIFY(since.elapsed() < 15000); // not after the first request's 20 s
    QCOMPARE(started.count(), 2);
    QTRY_COMPARE(shownSubjects(picker), (QStringList {u"New thread"_s, u"Weekly report"_s}));
}

void TestPickerSearch::aFailureIsSaidInThePicker()
{
    ThreadPicker *picker = openPickerForJamie();
    QVERIFY(picker);
    QVERIFY(
        http->addFault({{u"path"_s, u"/api/conversation/contact/*"_s}, {u"status"_s, 500}}) > 0);
    QTest::keyClicks(picker->filterEdit(), u"renewal"_s);
    QTRY_VERIFY(picker->statusText().contains(u"Messages could not be searched"_s));
    QVERIFY(QApplication::activeModalWidget() == nullptr); // said in the picker, not a dialog
    QVERIFY(picker->isVisible());
    QCOMPARE(shownSubjects(picker), (QStringList {u"New thread"_s, u"Contract renewal"_s}));
    // The next keystroke starts afresh: the failure is not said any more.
    QTest::keyClick(picker->filterEdit(), Qt::Key_Backspace);
    QVERIFY(!picker->statusText().contains(u"Messages could not be searched"_s));
}

void TestPickerSearch::anInstanceWithoutSearchKeepsThePickerAsItWas()
{
    start(Sandbox::InstanceProfile::Minimal);
    if (QTest::currentTestFailed())
        return;
    ThreadPicker *picker = openPickerForJamie();
    QVERIFY(picker);
    QSignalSpy searching(picker->contentSearch(), &ThreadContentSearch::searchingChanged);
    QTest::keyClicks(picker->filterEdit(), u"april cohort"_s);
    QTRY_COMPARE(searching.count(), 2); // asked, and answered 404
    QCOMPARE(shownSubjects(picker), QStringList {u"New thread"_s});
    QCOMPARE(picker->statusText(), u"No thread matches “april cohort”."_s);
    // Not asked again in this picker.
    QTest::keyClick(picker->filterEdit(), Qt::Key_Backspace);
    QSignalSpy started(picker->contentSearch(), &ThreadContentSearch::started);
    QVERIFY(!started.wait(ThreadContentSearch::debounceMs * 3));
    QTest::keyClicks(picker->filterEdit(), u"t"_s);
    QTest::keyClick(picker->filterEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(picker->filterEdit(), u"renewal"_s);
    QCOMPARE(shownSubjects(picker), (QStringList {u"New thread"_s, u"Contract renewal"_s}));
}

QTEST_MAIN(TestPickerSearch)
#include "tst_pickersearch.moc"
