// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19, items 2 to 4, through Qt's accessibility API (what its AT-SPI bridge hands to Orca):
// every control the keyboard reaches has a role and a name; a problem under a field is the
// field's description and is announced; live text is read by its text and its changes are
// events; Tab walks the compose window in the order the eye reads it and comes back; chips,
// attachment rows and thread picker rows are read in full and act by keyboard (an attachment
// row also by its actions, as a screen reader presses its buttons); the Drafts
// and Outbox windows are windows and stay silent while hidden.
#include "ComposeAppFixture.h"
#include "compose/AttachmentListModel.h"
#include "display/TimeText.h"
#include "settings/UiLanguage.h"
#include "tests/support/ComposeForm.h"
#include "tests/support/ManualClock.h"
#include "threads/ThreadListModel.h"
#include "threads/ThreadLister.h"
#include "ui/FieldMessage.h"
#include "ui/compose/AttachmentList.h"
#include "ui/compose/DraftsWindow.h"
#include "ui/compose/RecipientChip.h"
#include "ui/compose/RecipientEdit.h"
#include "ui/outbox/MailStatusLinks.h"
#include "ui/outbox/OutboxWindow.h"
#include "ui/threads/ThreadPicker.h"
#include "ui/threads/ThreadPickerProxy.h"
#include "ui/threads/ThreadPickerRow.h"

#include <QAccessible>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Outpost;
using namespace Outpost::Testing;

namespace {

// Every accessibility event Qt sends, as the bridge would get it.
struct Heard
{
    QObject *object = nullptr;
    QAccessible::Event type = QAccessible::InvalidEvent;
    int child = -1;
};
QList<Heard> heard;

void record(QAccessibleEvent *event)
{
    heard += Heard {event->object(), event->type(), event->child()};
}

bool wasHeard(QObject *object, QAccessible::Event type)
{
    return std::any_of(heard.cbegin(), heard.cend(),
        [&](const Heard &h) { return h.object == object && h.type == type; });
}

QAccessibleInterface *a11y(QObject *o)
{
    return QAccessible::queryAccessibleInterface(o);
}

QString nameOf(QObject *o)
{
    QAccessibleInterface *i = a11y(o);
    return i ? i->text(QAccessible::Name) : QString();
}

QString describe(QWidget *w)
{
    if (!w)
        return u"(none)"_s;
    QString parent;
    if (w->objectName().isEmpty() && w->parentWidget())
        parent = w->parentWidget()->objectName() + u'/';
    return parent + w->objectName() + u'(' + QString::fromLatin1(w->metaObject()->className())
        + u')';
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { heard.clear(); }
    void cleanup() { app.stop(); }
    void everyFocusableControlHasARoleAndAName();
    void aBadAddressDescribesTheFieldAndIsAnnounced();
    void tabWalksTheWindowInOrderAndComesBack();
    void chipsAreReachedAndRemovedByKeyboard();
    void attachmentRowsAreReadInFullAndActByKeyboard();
    void attachmentRowsOfferTheirButtonsAsActions();
    void liveTextIsReadByItsTextAndAnnounced();
    void pickerRowsAreReadInFullAndTypingStaysInTheFilter();
    void draftsAndOutboxAreWindowsAndSilentWhileHidden();

private:
    ComposeWindow *openWithAttachment();
    ComposeApp app;
    QTemporaryDir files;
};

void TestAccessibility::initTestCase()
{
    QCOMPARE(UiLanguage::install(*qApp, u"en"_s), u"en"_s); // English plurals
    // The session's a11y bus, as a desktop session starts it (at-spi-bus-launcher).
    QDBusConnection::sessionBus().interface()->startService(u"org.a11y.Bus"_s);
    QAccessible::installUpdateHandler(&record);
    // Qt sends its own events only while a screen reader listens: the bridge is on
    // (QT_LINUX_ACCESSIBILITY_ALWAYS_ON, set by CMakeLists.txt, on the session's a11y bus).
    QTRY_VERIFY(QAccessible::isActive());
    QVERIFY(files.isValid());
}

ComposeWindow *TestAccessibility::openWithAttachment()
{
    if (!app.start())
        return nullptr;
    ComposeWindow *w = app.open();
    if (!w)
        return nullptr;
    QFile file(files.filePath(u"minutes.txt"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write("The minutes of Friday.\n") <= 0)
        return nullptr;
    file.close();
    w->attachFiles({file.fileName()});
    auto *view = w->findChild<AttachmentList *>(u"attachmentList"_s)->view();
    return QTest::qWaitFor([view] { return view->isVisible() && view->model()->rowCount() == 1; })
        ? w
        : nullptr;
}

void TestAccessibility::everyFocusableControlHasARoleAndAName()
{
    ComposeWindow *w = openWithAttachment();
    QVERIFY(w);
    w->setCcVisible(true);
    w->setBccVisible(true);
    ComposeForm::typeRecipients(w, u"jamie@example.com, not an address,"_s);
    QTRY_COMPARE(ComposeForm::recipients(w)->chipCount(), 2);
    QStringList bad;
    for (QWidget *c : w->findChildren<QWidget *>()) {
        const bool focusable
            = (c->focusPolicy() & Qt::TabFocus) || qobject_cast<RecipientChip *>(c);
        if (!focusable || !c->isVisibleTo(w) || qobject_cast<QMenu *>(c))
            continue;
        QAccessibleInterface *i = a11y(c);
        if (!i || i->role() == QAccessible::NoRole || i->role() == QAccessible::Client
            || i->text(QAccessible::Name).trimmed().isEmpty())
            bad += describe(c) + u" role "_s + QString::number(i ? int(i->role()) : -1);
    }
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u", "_s)));
    // The chips say who, or that the entry is not an address.
    const QList<RecipientChip *> chips = w->findChildren<RecipientChip *>();
    QCOMPARE(chips.size(), 2);
    QCOMPARE(a11y(chips.at(0))->role(), QAccessible::ListItem);
    QVERIFY2(nameOf(chips.at(1)).contains(u"Invalid recipient"_s), qPrintable(nameOf(chips.at(1))));
    // Send says why it will not send without pointing at a colour.
    const QString sendHelp
        = a11y(w->findChild<QPushButton *>(u"sendButton"_s))->text(QAccessible::Description);
    QVERIFY2(sendHelp.contains(u"not a valid address"_s) && !sendHelp.contains(u"red"_s),
        qPrintable(sendHelp));
}

void TestAccessibility::aBadAddressDescribesTheFieldAndIsAnnounced()
{
    QVERIFY(app.start());
    ComposeWindow *w = app.open();
    QVERIFY(w);
    QLineEdit *to = ComposeForm::recipientEntry(w);
    ComposeForm::typeRecipients(w, u"jamie@"_s);
    // The invalid chip is said where the user types, at once.
    QTRY_VERIFY2(a11y(to)->text(QAccessible::Description).contains(u"jamie@"_s),
        qPrintable(a11y(to)->text(QAccessible::Description)));
    QVERIFY(wasHeard(to, QAccessible::DescriptionChanged));
    to->setFocus();
    QTRY_VERIFY(to->hasFocus());
    heard.clear();
    // Send with the focus already in To: the problem is To's description, and announced there.
    QTest::keyClick(to, Qt::Key_Return, Qt::ControlModifier);
    auto *message = w->findChild<FieldMessage *>(u"toError"_s);
    QTRY_VERIFY(message->isVisible());
    QCOMPARE(message->field(), to);
    QVERIFY(to->hasFocus());
    const QString description = a11y(to)->text(QAccessible::Description);
    QVERIFY2(description.startsWith(message->text()), qPrintable(description));
    QVERIFY(wasHeard(to, QAccessible::DescriptionChanged));
    // The line itself is read by its text (no fixed name).
    QCOMPARE(nameOf(message), message->text());
    // Fixing it takes the problem away from the description.
    heard.clear();
    ComposeForm::recipients(w)->setText(u"jamie@example.com"_s);
    QTRY_VERIFY(a11y(to)->text(QAccessible::Description).isEmpty());
    QVERIFY(wasHeard(to, QAccessible::DescriptionChanged));
}

void TestAccessibility::tabWalksTheWindowInOrderAndComesBack()
{
    ComposeWindow *w = openWithAttachment();
    QVERIFY(w);
    w->setCcVisible(true);
    w->setBccVisible(true);
    auto *row = w->findChild<ThreadPickerRow *>(u"threadRow"_s);
    row->conversationButton()->setEnabled(true); // as with a thread chosen
    auto *links = w->findChild<MailStatusLinks *>(u"mailStatusLinks"_s);
    QVERIFY(links);
    auto *formatBar = w->findChild<QToolBar *>(u"formatBar"_s);
    QWidget *formatStop = nullptr;
    for (auto *b : formatBar->findChildren<QToolButton *>()) {
        if (b->focusPolicy() & Qt::TabFocus)
            formatStop = b;
    }
    QVERIFY(formatStop);
    const QList<QWidget *> expected {w->findChild<QWidget *>(u"fromCombo"_s),
        ComposeForm::recipientEntry(w), ComposeForm::recipientEntry(w, "ccEdit"),
        ComposeForm::recipientEntry(w, "bccEdit"), row->chooseButton(), row->conversationButton(),
        w->findChild<QWidget *>(u"subjectEdit"_s), ComposeForm::body(w),
        w->findChild<AttachmentList *>(u"attachmentList"_s)->view(),
        w->findChild<QWidget *>(u"attachButton"_s), w->findChild<QWidget *>(u"templatesButton"_s),
        w->findChild<QWidget *>(u"sendLaterButton"_s), w->findChild<QWidget *>(u"sendButton"_s),
        links->buttons().at(0), links->buttons().at(1), links->buttons().at(2), formatStop};
    QVERIFY(!expected.contains(nullptr));
    const auto walk = [&](Qt::Key key, Qt::KeyboardModifiers modifiers) {
        QStringList visited;
        for (qsizetype i = 0; i <= expected.size(); ++i) {
            QWidget *focus = QApplication::focusWidget();
            visited += focus ? describe(focus) : u"(none)"_s;
            QTest::keyClick(focus, key, modifiers);
        }
        return visited;
    };
    QStringList forward;
    for (QWidget *e : expected)
        forward += describe(e);
    forward += describe(expected.first()); // and back to From
    expected.first()->setFocus();
    QTRY_VERIFY(expected.first()->hasFocus());
    QCOMPARE(walk(Qt::Key_Tab, Qt::NoModifier), forward);
    // Shift+Tab walks it backwards, through the links (no trap) and on to Send.
    QStringList backward(forward.crbegin(), forward.crend());
    expected.first()->setFocus();
    QTRY_VERIFY(expected.first()->hasFocus());
    QCOMPARE(walk(Qt::Key_Backtab, Qt::ShiftModifier), backward);
    // Within the formatting bar, the arrows move; Tab leaves it for From, under it.
    formatStop->setFocus(Qt::TabFocusReason);
    QTest::keyClick(formatStop, Qt::Key_Right);
    QWidget *second = QApplication::focusWidget();
    QVERIFY(second != formatStop && second->parentWidget() == formatBar);
    QTest::keyClick(second, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), expected.first());
    // The links open their windows by keyboard (Enter) and are buttons for AT-SPI.
    QCOMPARE(a11y(links->buttons().at(1))->role(), QAccessible::Button);
    QVERIFY(a11y(links->buttons().at(1))->actionInterface());
    links->buttons().at(1)->setFocus();
    QTest::keyClick(links->buttons().at(1), Qt::Key_Return);
    const auto outboxShown = [] {
        const QWidgetList windows = QApplication::topLevelWidgets();
        return std::any_of(windows.cbegin(), windows.cend(),
            [](const QWidget *t) { return t->objectName() == u"outboxWindow" && t->isVisible(); });
    };
    QTRY_VERIFY(outboxShown());
}

void TestAccessibility::chipsAreReachedAndRemovedByKeyboard()
{
    QVERIFY(app.start());
    ComposeWindow *w = app.open();
    QVERIFY(w);
    RecipientEdit *field = ComposeForm::recipients(w);
    field->setText(u"a@example.com, b@example.com, c@example.com"_s);
    QLineEdit *entry = field->lineEdit();
    entry->setFocus();
    QTRY_VERIFY(entry->hasFocus());
    QList<RecipientChip *> chips = field->findChildren<RecipientChip *>();
    QCOMPARE(chips.size(), 3);
    QTest::keyClick(entry, Qt::Key_Left);
    QCOMPARE(QApplication::focusWidget(), chips.at(2));
    QTest::keyClick(chips.at(2), Qt::Key_Left);
    QCOMPARE(QApplication::focusWidget(), chips.at(1));
    // Delete removes it; the focus takes the next chip.
    QTest::keyClick(chips.at(1), Qt::Key_Delete);
    QCOMPARE(field->chipCount(), 2);
    QCOMPARE(QApplication::focusWidget(), chips.at(2));
    QVERIFY(!field->text().contains(u"b@example.com"_s));
    QTest::keyClick(chips.at(2), Qt::Key_Right);
    QCOMPARE(QApplication::focusWidget(), entry);
    // And as an action of the chip for screen readers.
    QAccessibleActionInterface *actions = a11y(chips.at(0))->actionInterface();
    QVERIFY(actions);
    QVERIFY(actions->actionNames().contains(u"Remove"_s));
    QCOMPARE(actions->localizedActionName(u"Remove"_s), u"Remove"_s);
    actions->doAction(u"Remove"_s);
    QTRY_COMPARE(field->chipCount(), 1);
    QCOMPARE(field->text(), u"c@example.com"_s);
}

void TestAccessibility::attachmentRowsAreReadInFullAndActByKeyboard()
{
    ComposeWindow *w = openWithAttachment();
    QVERIFY(w);
    QListView *view = w->findChild<AttachmentList *>(u"attachmentList"_s)->view();
    const QModelIndex index = view->model()->index(0, 0);
    const QString size = index.data(AttachmentListModel::SizeTextRole).toString();
    QVERIFY(!size.isEmpty());
    // The cell's name is the painted row: name, size, state.
    QAccessibleInterface *cell = a11y(view)->child(0);
    QVERIFY(cell);
    const QString name = cell->text(QAccessible::Name);
    QVERIFY2(name.startsWith(u"minutes.txt, "_s + size + u", "_s), qPrintable(name));
    QVERIFY2(
        name.endsWith(index.data(AttachmentListModel::StateTextRole).toString()), qPrintable(name));
    QVERIFY2(cell->text(QAccessible::Description).contains(u"minutes.txt"_s),
        qPrintable(cell->text(QAccessible::Description)));
    // Its painted buttons are a menu (Shift+F10) for the keyboard.
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = view->findChild<QMenu *>(u"attachmentMenu"_s)) && menu->isVisible());
    QStringList items;
    for (QAction *a : menu->actions())
        items += a->text().remove(u'&');
    QVERIFY2(
        items.contains(u"Remove"_s) && items.contains(u"Open"_s), qPrintable(items.join(u", "_s)));
    for (QAction *a : menu->actions()) {
        if (a->text().remove(u'&') == u"Remove")
            a->trigger();
    }
    QTRY_COMPARE(view->model()->rowCount(), 0);
}

void TestAccessibility::attachmentRowsOfferTheirButtonsAsActions()
{
    ComposeWindow *w = openWithAttachment();
    QVERIFY(w);
    auto *list = w->findChild<AttachmentList *>(u"attachmentList"_s);
    QListView *view = list->view();
    QAccessibleInterface *rows = a11y(view);
    QCOMPARE(rows->role(), QAccessible::List);
    QCOMPARE(rows->childCount(), 1);
    QAccessibleInterface *cell = rows->child(0);
    QVERIFY(cell);
    QCOMPARE(cell->role(), QAccessible::ListItem);
    QCOMPARE(cell->parent(), rows);
    QCOMPARE(rows->indexOfChild(cell), 0);
    QCOMPARE(rows->child(0), cell); // one object per row: the bus knows it by its id
    const QModelIndex index = view->model()->index(0, 0);
    QCOMPARE(cell->text(QAccessible::Name), index.data(Qt::AccessibleTextRole).toString());
    // Focus events name the row by its place in the list: the current row is the focused child.
    view->setFocus();
    view->setCurrentIndex(index);
    QTRY_VERIFY(view->hasFocus());
    QCOMPARE(rows->focusChild(), cell);
    QVERIFY(cell->state().focused);
    // The painted buttons are its actions: Cancel while it uploads, Retry once it failed,
    // Remove always, by the buttons' words, Remove also by its key.
    QAccessibleActionInterface *actions = cell->actionInterface();
    QVERIFY(actions);
    const QStringList names = actions->actionNames();
    QVERIFY2(names.contains(u"Remove"_s), qPrintable(names.join(u", "_s)));
    QCOMPARE(names.contains(u"Cancel"_s), index.data(AttachmentListModel::CanCancelRole).toBool());
    QCOMPARE(names.contains(u"Retry"_s), index.data(AttachmentListModel::CanRetryRole).toBool());
    QCOMPARE(actions->localizedActionName(u"Remove"_s), u"Remove"_s);
    QCOMPARE(actions->keyBindingsForAction(u"Remove"_s),
        QStringList {QKeySequence(Qt::Key_Delete).toString(QKeySequence::NativeText)});
    // Frozen in the undo countdown: no action, and none done.
    list->setReadOnly(true);
    QCOMPARE(actions->actionNames(), QStringList());
    actions->doAction(u"Remove"_s);
    QCoreApplication::sendPostedEvents();
    QCOMPARE(view->model()->rowCount(), 1);
    list->setReadOnly(false);
    const QAccessible::Id id = QAccessible::uniqueId(cell);
    actions->doAction(u"Remove"_s);
    QTRY_COMPARE(view->model()->rowCount(), 0);
    QCOMPARE(rows->childCount(), 0);
    QAccessibleInterface *gone = QAccessible::accessibleInterface(id);
    QVERIFY(!gone || !gone->isValid());
}

void TestAccessibility::liveTextIsReadByItsTextAndAnnounced()
{
    QVERIFY(app.start(std::chrono::seconds(5)));
    ComposeWindow *w = app.open();
    QVERIFY(w);
    auto *banner = w->findChild<QLabel *>(u"banner"_s);
    w->showWarning(u"The drafts file could not be read."_s);
    QCOMPARE(nameOf(banner), u"The drafts file could not be read."_s);
    QVERIFY(
        wasHeard(banner, QAccessible::ObjectShow) || wasHeard(banner, QAccessible::NameChanged));
    // The undo countdown: read by its text, each change an event; the status links count.
    ComposeForm::typeRecipients(w, u"jamie@example.com"_s);
    w->findChild<QLineEdit *>(u"subjectEdit"_s)->setText(u"Live"_s);
    ComposeForm::body(w)->setPlainText(u"Text"_s);
    auto *links = w->findChild<MailStatusLinks *>(u"mailStatusLinks"_s);
    heard.clear();
    QTest::keyClick(ComposeForm::body(w), Qt::Key_Return, Qt::ControlModifier);
    auto *countdown = w->findChild<QLabel *>(u"undoLabel"_s);
    QTRY_VERIFY(countdown->isVisible());
    QVERIFY2(nameOf(countdown).startsWith(u"Sending in"_s), qPrintable(nameOf(countdown)));
    const QString first = nameOf(countdown);
    QTRY_VERIFY(nameOf(countdown) != first);
    QVERIFY(wasHeard(countdown, QAccessible::NameChanged));
    QTRY_COMPARE(nameOf(links->buttons().at(1)), u"Outbox (1)"_s);
    QVERIFY(wasHeard(links->buttons().at(1), QAccessible::NameChanged));
    QVERIFY(a11y(w->findChild<QPushButton *>(u"undoButton"_s))
                ->text(QAccessible::Description)
                .startsWith(u"Sending in"_s));
    QTest::keyClick(w, Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(!countdown->isVisible());
}

void TestAccessibility::pickerRowsAreReadInFullAndTypingStaysInTheFilter()
{
    QWidget anchor;
    anchor.resize(600, 40);
    anchor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&anchor));
    ThreadLister lister;
    QList<ThreadListModel::Row> rows;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime lastMessage = now.addSecs(-7200);
    for (const QString &subject : {u"Lunch on Friday"_s, u"Budget review"_s, u"Lunch menu"_s}) {
        ThreadListModel::Row r;
        r.thread.threadId = subject;
        r.thread.subject = subject;
        r.thread.participants = {u"Jamie Lee <jamie@example.com>"_s};
        r.thread.messageCount = 3;
        r.thread.mailbox = u"dana@acme.example"_s;
        r.thread.lastMessageTime = lastMessage;
        rows += r;
    }
    lister.model()->setRows(rows);
    ThreadPicker picker(&lister, &anchor);
    const Outpost::Testing::ManualClock clock(now);
    picker.proxy()->setClock(&clock);
    picker.popup(&anchor, {});
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QTRY_VERIFY(picker.filterEdit()->hasFocus());
    // A row is read in full: subject, people, count, mailbox, age.
    const QString row = picker.list()->model()->index(1, 0).data(Qt::AccessibleTextRole).toString();
    for (const QString &part : {u"Lunch on Friday"_s, u"Jamie Lee"_s, u"3 messages"_s,
             u"dana@acme.example"_s, TimeText::forList(lastMessage, now)})
        QVERIFY2(row.contains(part), qPrintable(row + u" lacks "_s + part));
    QCOMPARE(a11y(picker.list())->child(1)->text(QAccessible::Name), row);
    // Typing filters and moves the selection, and the focus stays in the filter for Orca too;
    // the count is the filter's description, announced.
    heard.clear();
    QTest::keyClicks(picker.filterEdit(), u"lunch"_s);
    QTRY_COMPARE(picker.proxy()->threadCount(), 2);
    QVERIFY(picker.filterEdit()->hasFocus());
    QVERIFY(!wasHeard(picker.list(), QAccessible::Focus));
    QCOMPARE(nameOf(picker.findChild<QLabel *>(u"threadStatus"_s)), picker.statusText());
    QCOMPARE(a11y(picker.filterEdit())->text(QAccessible::Description), picker.statusText());
    QVERIFY(wasHeard(picker.filterEdit(), QAccessible::DescriptionChanged));
    // In the list itself, moving is said.
    picker.list()->setFocus();
    QTRY_VERIFY(picker.list()->hasFocus());
    QTest::keyClick(picker.list(), Qt::Key_Down);
    QVERIFY(wasHeard(picker.list(), QAccessible::Focus));
}

void TestAccessibility::draftsAndOutboxAreWindowsAndSilentWhileHidden()
{
    QVERIFY(app.start(std::chrono::seconds(5)));
    ComposeWindow *w = app.open();
    QVERIFY(w);
    QWidget *outbox = app.windows->showOutbox();
    QWidget *drafts = app.windows->showDrafts();
    QVERIFY(outbox && drafts);
    QCOMPARE(a11y(outbox)->role(), QAccessible::Window);
    QCOMPARE(a11y(drafts)->role(), QAccessible::Window);
    for (QWidget *window : {outbox, drafts}) {
        for (QWidget *c : window->findChildren<QWidget *>()) {
            const bool inner = c->objectName().startsWith(u"qt_"_s); // a spin box's own edit
            if ((c->focusPolicy() & Qt::TabFocus) && c->isVisibleTo(window) && !inner)
                QVERIFY2(!nameOf(c).trimmed().isEmpty(), qPrintable(describe(c)));
        }
    }
    outbox->hide();
    drafts->hide();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    // Send with the user in the body: the hidden Outbox gets the entry, and says nothing.
    ComposeForm::typeRecipients(w, u"jamie@example.com"_s);
    w->findChild<QLineEdit *>(u"subjectEdit"_s)->setText(u"Quiet"_s);
    ComposeForm::body(w)->setFocus();
    QTest::keyClicks(ComposeForm::body(w), u"Text"_s);
    heard.clear();
    QTest::keyClick(ComposeForm::body(w), Qt::Key_Return, Qt::ControlModifier);
    auto *view = outbox->findChild<QTreeView *>(u"view"_s);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QTRY_VERIFY(view->currentIndex().isValid());
    for (const Heard &h : std::as_const(heard)) {
        auto *widget = qobject_cast<QWidget *>(h.object);
        QVERIFY2(!(h.type == QAccessible::Focus && widget && widget->window() != w),
            qPrintable(describe(widget)));
    }
    // The entry's state is the list's description, read when the Outbox is opened.
    QVERIFY(!a11y(view)->text(QAccessible::Description).isEmpty());
    QTest::keyClick(w, Qt::Key_Z, Qt::ControlModifier);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
