// SPDX-License-Identifier: GPL-3.0-or-later
// The thread picker as a user drives it, by keyboard only, from a compose window on a real
// sandbox and a LocalStore file on disk: it lists the recipient's threads, filters as one
// types, and a chosen thread is where the message really goes.
#include "compose/ComposeController.h"
#include "display/Roles.h"
#include "display/TimeText.h"
#include "mail/SystemClock.h"
#include "platform/PlatformClient.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "settings/Settings.h"
#include "settings/UiLanguage.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/PlatformSubmission.h"
#include "tests/support/ComposeRig.h"
#include "tests/support/ManualClock.h"
#include "tests/support/SandboxTestClient.h"
#include "threads/ThreadListModel.h"
#include "ui/compose/ComposeWindow.h"
#include "ui/compose/RecipientEdit.h"
#include "ui/threads/ThreadPicker.h"
#include "ui/threads/ThreadPickerProxy.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimeZone>
#include <QToolButton>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestThreadPicker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // English plural forms ("1 thread", "3 threads") come from outpost_en.qm.
    void initTestCase() { QCOMPARE(UiLanguage::install(*qApp, u"en"_s), u"en"_s); }
    void init();
    void cleanup() { rig.stop(); }
    void filtersAndChoosesByKeyboard();
    void escapeClosesAndNewThreadClears();
    void returnTypedAheadOfTheListTakesTheFirstMatch();
    void threadSentFromHereIsOfferedBeforeThePlatformListsIt();
    void rowsSayWhenAsEveryListDoes();

private:
    void openWindow();
    ThreadPicker *openPicker();
    QStringList shownSubjects(ThreadPicker *picker) const;
    QString currentSubject(ThreadPicker *picker) const;
    QJsonObject sendAndFind(const QString &body);
    template<typename T> T *child(const char *name) const
    {
        T *w = window->findChild<T *>(QLatin1String(name));
        Q_ASSERT(w);
        return w;
    }
    void screenshot(const QString &name, ThreadPicker *picker);

    Testing::ComposeRig rig;
    std::unique_ptr<Sandbox::SandboxServer> &sandbox = rig.sandbox;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> &http = rig.http;
    std::unique_ptr<LocalStore> &store = rig.store;
    QPointer<ComposeWindow> &window = rig.window;
};

void TestThreadPicker::init()
{
    // A store on disk, sends without an undo window.
    Testing::ComposeRig::Options options;
    options.storeOnDisk = true;
    options.outbox = {};
    options.outbox.undoDelay = {};
    QVERIFY(rig.start(options));
    openWindow();
}

void TestThreadPicker::openWindow()
{
    QVERIFY(rig.openWindow([](ComposeWindow *w) {
        w->setCloseDelayAfterSend(60000);
        w->resize(760, 620);
    }));
}

ThreadPicker *TestThreadPicker::openPicker()
{
    QTest::keyClick(window, Qt::Key_T, Qt::ControlModifier);
    auto *picker = window->findChild<ThreadPicker *>();
    if (!picker)
        return nullptr;
    if (!QTest::qWaitForWindowExposed(picker))
        return nullptr;
    return picker;
}

QStringList TestThreadPicker::shownSubjects(ThreadPicker *picker) const
{
    QStringList subjects;
    const QAbstractItemModel *rows = picker->list()->model();
    for (int i = 0; i < rows->rowCount(); ++i)
        subjects += rows->index(i, 0).data().toString();
    return subjects;
}

QString TestThreadPicker::currentSubject(ThreadPicker *picker) const
{
    return picker->list()->currentIndex().data().toString();
}

QJsonObject TestThreadPicker::sendAndFind(const QString &body)
{
    QTest::keyClicks(child<QTextEdit>("bodyEdit"), body);
    QTest::keyClick(child<QTextEdit>("bodyEdit"), Qt::Key_Return, Qt::ControlModifier);
    QJsonObject found;
    (void)QTest::qWaitFor(
        [&] {
            for (const QJsonValue &v : http->allMessages()) {
                if (v.toObject().value(u"body").toString().contains(body))
                    found = v.toObject();
            }
            return !found.isEmpty();
        },
        20000);
    return found;
}

void TestThreadPicker::screenshot(const QString &name, ThreadPicker *picker)
{
    const QString out = qEnvironmentVariable("OUTPOST_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    // The compose window with the popup over it, as on screen.
    const QRect area = window->frameGeometry().united(picker->frameGeometry());
    QImage image(area.size(), QImage::Format_RGB32);
    image.fill(window->palette().color(QPalette::Window));
    QPainter painter(&image);
    painter.drawPixmap(window->geometry().topLeft() - area.topLeft(), window->grab());
    painter.drawPixmap(picker->geometry().topLeft() - area.topLeft(), picker->grab());
    painter.end();
    QVERIFY(image.save(out + u'/' + name + u".png"_s));
}

void TestThreadPicker::filtersAndChoosesByKeyboard()
{
    QTest::keyClicks(
        child<RecipientEdit>("toEdit")->lineEdit(), u"Jamie Lee <jamie.lee@example.com>"_s);
    QCOMPARE(child<QLabel>("threadChoice")->text(), u"New thread"_s);
    ThreadPicker *picker = openPicker();
    QVERIFY(picker);
    QTRY_VERIFY(picker->filterEdit()->hasFocus());
    // Jamie's three email threads, newest first, after "New thread".
    QTRY_COMPARE(shownSubjects(picker),
        (QStringList {
            u"New thread"_s, u"Weekly report"_s, u"Lunch on Friday?"_s, u"Contract renewal"_s}));
    QCOMPARE(picker->statusText(), u"3 threads"_s);
    QCOMPARE(currentSubject(picker), u"New thread"_s);
    screenshot(u"thread-picker"_s, picker);

    // Typing filters; every word counts, in any field, whatever the case.
    QTest::keyClicks(picker->filterEdit(), u"RENEW"_s);
    QCOMPARE(shownSubjects(picker), (QStringList {u"New thread"_s, u"Contract renewal"_s}));
    QCOMPARE(currentSubject(picker), u"Contract renewal"_s);
    QTest::keyClick(picker->filterEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(picker->filterEdit(), u"dana jamie"_s); // mailbox and participant
    QCOMPARE(shownSubjects(picker),
        (QStringList {u"New thread"_s, u"Lunch on Friday?"_s, u"Contract renewal"_s}));
    QTest::keyClicks(picker->filterEdit(), u" zzz"_s);
    QCOMPARE(shownSubjects(picker), QStringList {u"New thread"_s});
    QCOMPARE(picker->statusText(), u"No thread matches “dana jamie zzz”."_s);
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(picker->filterEdit(), Qt::Key_Backspace);
    // Arrows move in the list while the filter keeps the focus.
    QCOMPARE(currentSubject(picker), u"Lunch on Friday?"_s);
    QTest::keyClick(picker->filterEdit(), Qt::Key_Down);
    QCOMPARE(currentSubject(picker), u"Contract renewal"_s);
    QTest::keyClick(picker->filterEdit(), Qt::Key_Up);
    QTest::keyClick(picker->filterEdit(), Qt::Key_Down);
    QVERIFY(picker->filterEdit()->hasFocus());
    QTest::keyClick(picker->filterEdit(), Qt::Key_Return);

    QTRY_VERIFY(!picker->isVisible());
    QCOMPARE(child<QLineEdit>("subjectEdit")->text(), u"Re: Contract renewal"_s);
    QVERIFY(child<QComboBox>("fromCombo")->currentText().contains(u"dana@acme.example"_s));
    QCOMPARE(
        child<QLabel>("threadChoice")->text(), u"Contract renewal · dana@acme.example (Gmail)"_s);
    QVERIFY(child<QToolButton>("showConversationButton")->isEnabled());
    QCOMPARE(child<QToolButton>("showConversationButton")->toolTip(),
        u"Read the chosen thread's messages"_s);

    const QJsonObject stored = sendAndFind(u"Signed and returned."_s);
    QVERIFY2(!stored.isEmpty(), "the reply reached the sandbox");
    QCOMPARE(stored.value(u"conversationId").toString(),
        Sandbox::Seed::contractRenewalConversationId.toString());
    const QJsonObject meta = stored.value(u"emailMetadata").toObject();
    QCOMPARE(meta.value(u"threadId").toString(), Sandbox::Seed::contractRenewalThreadId.toString());
    QCOMPARE(meta.value(u"subject").toString(), u"Re: Contract renewal"_s);
    QCOMPARE(meta.value(u"from").toString().contains(u"dana@acme.example"_s), true);
}

void TestThreadPicker::returnTypedAheadOfTheListTakesTheFirstMatch()
{
    // Jamie's threads take 3 s to list: "renew⏎" is typed before they are in.
    QVERIFY(http->addFault({{u"path"_s, u"/api/conversation/all"_s}, {u"method"_s, u"POST"_s},
                {u"delayMs"_s, 3000}, {u"times"_s, -1}})
        > 0);
    QTest::keyClicks(child<RecipientEdit>("toEdit")->lineEdit(), u"jamie.lee@example.com"_s);
    ThreadPicker *picker = openPicker();
    QVERIFY(picker);
    QVERIFY2(
        picker->statusText().startsWith(u"Looking up threads"_s), qPrintable(picker->statusText()));
    QTest::keyClicks(picker->filterEdit(), u"renew"_s);
    QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
    // Not "New thread" at once: the picker waits for the list, then takes the match.
    QVERIFY(picker->isVisible());
    QCOMPARE(child<QLabel>("threadChoice")->text(), u"New thread"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!picker->isVisible(), 15000);
    QCOMPARE(child<QLineEdit>("subjectEdit")->text(), u"Re: Contract renewal"_s);
    QCOMPARE(
        child<QLabel>("threadChoice")->text(), u"Contract renewal · dana@acme.example (Gmail)"_s);
}

void TestThreadPicker::escapeClosesAndNewThreadClears()
{
    QTest::keyClicks(child<RecipientEdit>("toEdit")->lineEdit(), u"jamie.lee@example.com"_s);
    QTest::keyClicks(child<QLineEdit>("subjectEdit"), u"Quarterly numbers"_s);
    ThreadPicker *picker = openPicker();
    QVERIFY(picker);
    QTRY_COMPARE(shownSubjects(picker).size(), 4);
    QTest::keyClicks(picker->filterEdit(), u"weekly"_s);
    QTest::keyClick(picker->filterEdit(), Qt::Key_Enter);
    QTRY_VERIFY(!picker->isVisible());
    QCOMPARE(child<QLineEdit>("subjectEdit")->text(), u"Re: Weekly report"_s);
    // ops@ is connected through Gmail and Outlook: the thread's provider is chosen.
    QVERIFY(child<QComboBox>("fromCombo")->currentText().contains(u"ops@acme.example"_s));
    QTRY_VERIFY(child<QComboBox>("providerCombo")->isVisible());
    QCOMPARE(child<QComboBox>("providerCombo")->currentData().toString(), u"gmail"_s);

    // Esc closes without changing anything.
    picker = openPicker();
    QVERIFY(picker);
    QTRY_COMPARE(currentSubject(picker), u"Weekly report"_s); // the chosen one is selected
    QTest::keyClick(picker->filterEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!picker->isVisible());
    QCOMPARE(child<QLineEdit>("subjectEdit")->text(), u"Re: Weekly report"_s);

    // "New thread" (first row) clears the choice.
    picker = openPicker();
    QVERIFY(picker);
    QTRY_COMPARE(currentSubject(picker), u"Weekly report"_s);
    QTest::keyClick(picker->filterEdit(), Qt::Key_PageUp);
    QCOMPARE(currentSubject(picker), u"New thread"_s);
    QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
    QTRY_VERIFY(!picker->isVisible());
    QCOMPARE(child<QLabel>("threadChoice")->text(), u"New thread"_s);
    QCOMPARE(child<QLineEdit>("subjectEdit")->text(), u"Weekly report"_s);
    QVERIFY(!child<QToolButton>("showConversationButton")->isEnabled());

    const QJsonObject stored = sendAndFind(u"A new thread about the report."_s);
    QVERIFY(!stored.isEmpty());
    QVERIFY(stored.value(u"conversationId").toString()
        != Sandbox::Seed::weeklyReportConversationId.toString());
    QVERIFY(stored.value(u"emailMetadata").toObject().value(u"inReplyTo").isNull());
}

void TestThreadPicker::threadSentFromHereIsOfferedBeforeThePlatformListsIt()
{
    // A first message to someone new.
    QTest::keyClicks(
        child<RecipientEdit>("toEdit")->lineEdit(), u"Nia Newcomer <newcomer@example.net>"_s);
    QTest::keyClicks(child<QLineEdit>("subjectEdit"), u"Welcome aboard"_s);
    const QJsonObject first = sendAndFind(u"Hello and welcome."_s);
    QVERIFY(!first.isEmpty());
    const QString threadId = first.value(u"emailMetadata").toObject().value(u"threadId").toString();
    QVERIFY(!threadId.isEmpty());

    // The platform cannot list conversations right now: the thread is still offered, from
    // the local store.
    QVERIFY(http->addFault(
                {{u"path"_s, u"/api/conversation/all"_s}, {u"status"_s, 503}, {u"remaining"_s, -1}})
        > 0);
    openWindow();
    QTest::keyClicks(child<RecipientEdit>("toEdit")->lineEdit(), u"newcomer@example.net"_s);
    ThreadPicker *picker = openPicker();
    QVERIFY(picker);
    QTRY_VERIFY(shownSubjects(picker).contains(u"Welcome aboard"_s));
    QTRY_VERIFY(picker->statusText().contains(u"Some threads could not be listed"_s));
    QTest::keyClicks(picker->filterEdit(), u"welcome"_s);
    QCOMPARE(currentSubject(picker), u"Welcome aboard"_s);
    // Sent a moment ago: the time of day (a list's form), the full date in the tooltip.
    const QModelIndex row = picker->list()->currentIndex();
    const QDateTime sentAt = row.data(Roles::LastMessageTime).toDateTime();
    QVERIFY(sentAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);
    QCOMPARE(
        row.data(Roles::RelativeTime).toString(), TimeText::timeOfDay(sentAt.toLocalTime().time()));
    const QString full = row.data(Qt::ToolTipRole).toString();
    const QDate today = QDate::currentDate();
    QVERIFY2(full.contains(QString::number(today.year()))
            && full.contains(QLocale().monthName(today.month())),
        qPrintable(full));
    QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
    QTRY_COMPARE(child<QLineEdit>("subjectEdit")->text(), u"Re: Welcome aboard"_s);
    const QJsonObject reply = sendAndFind(u"One more thing."_s);
    QVERIFY(!reply.isEmpty());
    QCOMPARE(reply.value(u"conversationId").toString(), first.value(u"conversationId").toString());
    const QJsonObject meta = reply.value(u"emailMetadata").toObject();
    QCOMPARE(meta.value(u"threadId").toString(), threadId);
    // The store knew the Message-ID of the message it answers.
    QCOMPARE(meta.value(u"inReplyTo").toString(),
        first.value(u"emailMetadata").toObject().value(u"messageId").toString());
}

void TestThreadPicker::rowsSayWhenAsEveryListDoes()
{
    // The picker's rows use the one list form (TimeText::forList): the time today,
    // "Yesterday", the weekday within a week, the day before; the full date on hover.
    const QDateTime now(QDate(2026, 5, 14), QTime(12, 0)); // a Thursday, local time
    ThreadListModel model;
    QList<ThreadListModel::Row> rows;
    const QList<QDateTime> times {now.addSecs(-2 * 3600), now.addDays(-1), now.addDays(-3),
        now.addDays(-20), now.addDays(-400)};
    for (const QDateTime &t : times) {
        ThreadListModel::Row r;
        r.thread.threadId = t.toString(Qt::ISODate);
        r.thread.subject = r.thread.threadId;
        r.thread.lastMessageTime = t.toUTC();
        rows += r;
    }
    model.setRows(rows);
    ThreadPickerProxy proxy;
    proxy.setSourceModel(&model);
    const Outpost::Testing::ManualClock then(now.toUTC());
    proxy.setClock(&then);
    QStringList shown;
    QStringList tips;
    for (int row = 1; row < proxy.rowCount(); ++row) {
        shown += proxy.index(row).data(Roles::RelativeTime).toString();
        tips += proxy.index(row).data(Qt::ToolTipRole).toString();
    }
    const QLocale locale;
    const QString monday = locale.standaloneDayName(1, QLocale::LongFormat);
    const QString tenOClock = TimeText::timeOfDay(QTime(10, 0));
    QCOMPARE(shown.size(), 5);
    QVERIFY2(shown.contains(tenOClock), qPrintable(shown.join(u" | ")));
    QVERIFY2(shown.contains(u"Yesterday"_s), qPrintable(shown.join(u" | ")));
    QVERIFY2(shown.contains(monday), qPrintable(shown.join(u" | ")));
    QVERIFY2(
        shown.contains(TimeText::day(QDate(2026, 4, 24), false)), qPrintable(shown.join(u" | ")));
    QVERIFY2(
        shown.contains(TimeText::day(QDate(2025, 4, 9), true)), qPrintable(shown.join(u" | ")));
    for (const QString &tip : tips) // the full date, to the minute: never seconds
        QVERIFY2(tip.contains(u"2026"_s) || tip.contains(u"2025"_s), qPrintable(tip));
    QVERIFY2(tips.contains(TimeText::full(times.first())), qPrintable(tips.join(u" | ")));
}

QTEST_MAIN(TestThreadPicker)
#include "tst_threadpicker.moc"
