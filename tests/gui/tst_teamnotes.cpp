// SPDX-License-Identifier: GPL-3.0-or-later
// A note for the team, beside the mail (issue 17, item 3), by keyboard only from a compose
// window on a real sandbox: Ctrl+Shift+N opens it about the recipient, "@sa" offers Sam Closer,
// Enter writes the name, Ctrl+Return adds it; the sandbox stores it with Sam's user id and no
// email goes anywhere; the conversation shows it as an internal note; an instance without
// notes disables the action and says why.
#include "conversation/ConversationLoader.h"
#include "conversation/TeamNotes.h"
#include "platform/PlatformClient.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/ComposeRig.h"
#include "tests/support/SandboxTestClient.h"
#include "ui/compose/ComposeWindow.h"
#include "ui/compose/RecipientEdit.h"
#include "ui/conversation/TeamNoteDialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestTeamNotes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { start(Sandbox::InstanceProfile::Current); }
    void cleanup() { rig.stop(); }
    void aNoteWithAMentionByKeyboardReachesTheInstance();
    void anInstanceWithoutNotesDisablesTheActionWithAReason();
    void theNotesFileIsLookedForWhereAttachmentsCameFrom();

private:
    void start(Sandbox::InstanceProfile profile);
    template<typename T, typename Call> Result<T> wait(Call call);

    Testing::ComposeRig rig;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> &http = rig.http;
    std::unique_ptr<PlatformClient> &client = rig.client;
    QPointer<ComposeWindow> &window = rig.window;
};

void TestTeamNotes::start(Sandbox::InstanceProfile profile)
{
    // A store on disk, and the outbox as Outpost runs it.
    Testing::ComposeRig::Options options;
    options.sandbox.profile = profile;
    options.storeOnDisk = true;
    options.outbox = {};
    QVERIFY(rig.start(options));
    QVERIFY(rig.openWindow([](ComposeWindow *w) { w->resize(760, 620); }));
}

template<typename T, typename Call> Result<T> TestTeamNotes::wait(Call call)
{
    std::optional<Result<T>> result;
    call([&](const Result<T> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return ServiceError::network(ServiceError::Kind::Timeout, u"test"_s, u"no answer"_s);
    return *result;
}

void TestTeamNotes::aNoteWithAMentionByKeyboardReachesTheInstance()
{
    const qsizetype mailsBefore = http->allMessages().size();
    auto *to = window->findChild<RecipientEdit *>(u"toEdit"_s);
    QTest::keyClicks(to->lineEdit(), u"Jamie Lee <jamie.lee@example.com>"_s);
    auto *action = window->findChild<QAction *>(u"actionTeamNote"_s);
    QVERIFY(action);
    QTRY_COMPARE(TeamNotes::of(client.get())->state(), TeamNotes::State::Available);
    QVERIFY(action->isEnabled());

    QTest::keyClick(to->lineEdit(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    TeamNoteDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<TeamNoteDialog *>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    MentionEdit *edit = dialog->noteEdit();
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, u"Jamie asked about the renewal; @sa"_s);
    QAbstractItemView *popup = edit->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->currentIndex().data().toString(), u"Sam Closer"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(!popup->isVisible());
    QTest::keyClicks(edit, u"can you call back?"_s);
    QCOMPARE(
        edit->toPlainText(), u"Jamie asked about the renewal; @Sam Closer can you call back?"_s);
    QTRY_VERIFY(dialog->addButton()->isEnabled()); // Jamie's contact was found
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!window->findChild<TeamNoteDialog *>() || !dialog->isVisible());

    // What the instance stored: the note about Jamie, mentioning Sam by id.
    const auto users = wait<QList<TeamUser>>([&](auto done) { client->teamUsers(this, done); });
    QString sam;
    for (const TeamUser &u : users.value()) {
        if (u.fullName == u"Sam Closer")
            sam = u.id;
    }
    QVERIFY(!sam.isEmpty());
    const QString jamie = Sandbox::Seed::jamieContactId.toString();
    const auto page
        = wait<ContactNotePage>([&](auto done) { client->contactNotes(jamie, 25, 0, this, done); });
    QVERIFY(page.ok());
    QCOMPARE(page.value().notes.size(), 1);
    QCOMPARE(page.value().notes.first().mentions, QStringList {sam});
    QVERIFY(page.value().notes.first().note.contains(u"@Sam Closer can you call back?"_s));
    QCOMPARE(http->allMessages().size(), mailsBefore); // no email, nothing sent

    // The conversation with Jamie shows it, marked internal.
    ThreadSummary weekly;
    weekly.conversationId = Sandbox::Seed::weeklyReportConversationId.toString();
    ConversationLoader loader(client.get(), weekly);
    QSignalSpy changed(&loader, &ConversationLoader::changed);
    loader.load();
    QVERIFY(changed.wait(10000));
    QCOMPARE(loader.contactId(), jamie);
    const auto shown = std::find_if(loader.messages().cbegin(), loader.messages().cend(),
        [](const ConversationMessage &m) { return m.body.contains(u"can you call back?"_s); });
    QVERIFY(shown != loader.messages().cend());
    QVERIFY(shown->internal);
    QVERIFY(shown->from.contains(u"Dana Demo"_s));
    QVERIFY(loader.messages().last().id == shown->id); // the newest, written last
}

void TestTeamNotes::anInstanceWithoutNotesDisablesTheActionWithAReason()
{
    start(Sandbox::InstanceProfile::Minimal);
    if (QTest::currentTestFailed())
        return;
    auto *action = window->findChild<QAction *>(u"actionTeamNote"_s);
    QVERIFY(action);
    QTRY_VERIFY(!action->isEnabled());
    QCOMPARE(action->toolTip(), u"This instance does not offer notes for the team."_s);
    QCOMPARE(action->statusTip(), action->toolTip());
    QTest::keyClick(window->findChild<RecipientEdit *>(u"toEdit"_s)->lineEdit(), Qt::Key_N,
        Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!window->findChild<TeamNoteDialog *>()); // a disabled action opens nothing
}

QTEST_MAIN(TestTeamNotes)
// A file for the note is looked for where the compose window's attachments last came from
// (Settings::attachFolder), and the folder it came from is where the next Attach opens, in the
// note or in the mail: one memory for both, not the folder Outpost was started in.
void TestTeamNotes::theNotesFileIsLookedForWhereAttachmentsCameFrom()
{
    QTemporaryDir folders;
    QVERIFY(folders.isValid());
    QVERIFY(QDir(folders.path()).mkpath(u"project"_s) && QDir(folders.path()).mkpath(u"legal"_s));
    const QString project = QDir(folders.filePath(u"project"_s)).absolutePath();
    const QString legal = QDir(folders.filePath(u"legal"_s)).absolutePath();
    QFile contract(folders.filePath(u"legal/contract.txt"_s));
    QVERIFY(contract.open(QIODevice::WriteOnly) && contract.write("terms") == 5);
    contract.close();
    rig.preferences.setAttachFolder(project); // where the mail's last attachment came from

    auto *to = window->findChild<RecipientEdit *>(u"toEdit"_s);
    QTest::keyClicks(to->lineEdit(), u"Jamie Lee <jamie.lee@example.com>"_s);
    QTRY_COMPARE(TeamNotes::of(client.get())->state(), TeamNotes::State::Available);
    QTest::keyClick(to->lineEdit(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    TeamNoteDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<TeamNoteDialog *>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    // Attach File…, and in its dialog the contract's whole path typed in File name, then
    // Return until it takes it (the dialog lists folders in the background).
    QString openedIn;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!files || !files->isVisible())
            return;
        if (openedIn.isEmpty()) {
            openedIn = files->directory().absolutePath();
            QTest::keyClicks(QApplication::focusWidget(), contract.fileName());
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    });
    poll.start(50);
    auto *attach = dialog->findChild<QPushButton *>(u"teamNoteAttach"_s);
    QVERIFY(attach);
    attach->click(); // returns once the file dialog has closed
    poll.stop();
    QCOMPARE(openedIn, project);
    bool shown = false;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        shown = shown || label->text() == u"contract.txt"_s;
    QVERIFY2(shown, "the note does not show the file chosen");
    QCOMPARE(rig.preferences.attachFolder(), legal);
}

#include "tst_teamnotes.moc"
