// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The compose window on a ComposeRig against a sandbox with faults on, and what the compose
// window's tests do with it (tst_composewindow: sending, questions, the window;
// tst_composefields: chips, completion, HTML, spelling, signatures).

#include "accounts/MailboxListModel.h"
#include "compose/ComposeController.h"
#include "compose/RecipientCompleter.h"
#include "compose/SignatureStore.h"
#include "compose/SpellChecker.h"
#include "display/Roles.h"
#include "mail/MailtoUrl.h"
#include "mail/SystemClock.h"
#include "platform/PlatformClient.h"
#include "sandbox/SandboxServer.h"
#include "settings/RecipientMailboxes.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/PlatformSubmission.h"
#include "tests/support/ComposeForm.h"
#include "tests/support/ComposeRig.h"
#include "tests/support/SandboxTestClient.h"
#include "ui/FieldMessage.h"
#include "ui/compose/BodyEditor.h"
#include "ui/compose/ComposeWindow.h"
#include "ui/compose/RecipientChip.h"
#include "ui/compose/RecipientEdit.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolBar>

#include <QTimer>

namespace Outpost::Testing {

using namespace Qt::StringLiterals;

class ComposeWindowFixture
{
protected:
    // Settings, recipient-mailbox memory and personal words cleared; the rig started and the
    // window open (each test's init()).
    void start();
    template<typename T> T *child(const char *name) const
    {
        T *w = window->findChild<T *>(QLatin1String(name));
        Q_ASSERT(w);
        return w;
    }
    QJsonArray storedMessages();
    QJsonObject storedWithSubject(const QString &subject);
    void fill(const QString &to, const QString &subject, const QString &body);
    void chooseFrom(const QString &address);
    // With OUTPOST_SCREENSHOT_DIR set, keeps a picture of the window (for the README).
    void screenshot(const QString &name);
    // Answers the question box `name` with the button whose text contains `button`.
    void answer(const char *name, QMessageBox::ButtonRole role);
    // Opens the body's context menu at `position` and returns its entries (then closes it,
    // or triggers the entry `choose`).
    QStringList contextMenuAt(int position, const QString &choose = {});
    QAction *action(const char *name) const { return child<QAction>(name); }
    BodyEditor *body() const { return ComposeForm::body(window); }
    RecipientEdit *recipients(const char *name = "toEdit") const
    {
        return ComposeForm::recipients(window, name);
    }

    ComposeRig rig;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> &http = rig.http;
    std::unique_ptr<PlatformClient> &client = rig.client;
    std::unique_ptr<Outbox> &outbox = rig.outbox;
    std::unique_ptr<ComposeController> &controller = rig.controller;
    QPointer<ComposeWindow> &window = rig.window;
};

inline void ComposeWindowFixture::start()
{
    QSettings().clear(); // signatures, spelling and preselected mailboxes start empty
    rig.preferences.recipientMailboxes().clear();
    QFile::remove(SpellChecker::defaultPersonalWordsPath());
    ComposeRig::Options options;
    options.sandbox = {};
    options.sandbox.faults = true;
    QVERIFY(rig.start(options));
    QVERIFY(rig.openWindow([](ComposeWindow *w) { w->setCloseDelayAfterSend(200); }));
}

inline QJsonArray ComposeWindowFixture::storedMessages()
{
    return http->allMessages();
}

inline QJsonObject ComposeWindowFixture::storedWithSubject(const QString &subject)
{
    QJsonObject found;
    int count = 0;
    for (const QJsonValue &v : storedMessages()) {
        const QJsonObject m = v.toObject();
        if (m.value(u"emailMetadata").toObject().value(u"subject").toString() == subject) {
            found = m;
            ++count;
        }
    }
    return count == 1 ? found : QJsonObject();
}

inline void ComposeWindowFixture::fill(
    const QString &to, const QString &subject, const QString &body)
{
    ComposeForm::typeRecipients(window, to);
    QTest::keyClicks(child<QLineEdit>("subjectEdit"), subject);
    // keyClicks() takes no line breaks: Return is a key of its own.
    const QStringList lines = body.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(this->body(), Qt::Key_Return);
        QTest::keyClicks(this->body(), lines.at(i));
    }
}

inline void ComposeWindowFixture::chooseFrom(const QString &address)
{
    auto *from = child<QComboBox>("fromCombo");
    for (int i = 0; i < from->count(); ++i) {
        if (from->itemText(i).contains(address)) {
            from->setCurrentIndex(i);
            return;
        }
    }
    QFAIL(qPrintable(u"no From entry for "_s + address));
}

inline void ComposeWindowFixture::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("OUTPOST_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(window->grab().save(dir + u'/' + name + u".png"_s));
}

inline void ComposeWindowFixture::answer(const char *name, QMessageBox::ButtonRole role)
{
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(QLatin1String(name))) && box->isVisible());
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == role) {
            b->click();
            QTRY_VERIFY(!window->findChild<QMessageBox *>(QLatin1String(name)));
            return;
        }
    }
    QFAIL("no such button");
}

inline QStringList ComposeWindowFixture::contextMenuAt(int position, const QString &choose)
{
    QTextCursor at(body()->document());
    at.setPosition(position);
    const QPoint pos = body()->cursorRect(at).center() + QPoint(1, 0);
    QStringList entries;
    // The menu runs its own loop: read it once it is up.
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [&entries, poll, choose] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        poll->stop();
        QAction *chosen = nullptr;
        for (QAction *a : menu->actions()) {
            entries += a->text();
            if (!choose.isEmpty() && a->text() == choose)
                chosen = a;
        }
        menu->close();
        if (chosen)
            chosen->trigger();
    });
    poll->start(20);
    QContextMenuEvent event(
        QContextMenuEvent::Mouse, pos, body()->viewport()->mapToGlobal(pos), Qt::NoModifier);
    QApplication::sendEvent(body()->viewport(), &event);
    delete poll;
    return entries;
}

} // namespace Outpost::Testing
