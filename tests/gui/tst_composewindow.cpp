// SPDX-License-Identifier: GPL-3.0-or-later
// The compose window as a user drives it: typing, Ctrl+Return, errors next to fields,
// against a real sandbox over loopback HTTP.
#include "models/ComposeController.h"
#include "platform/PlatformClient.h"
#include "sandbox/SandboxServer.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/PlatformSubmission.h"
#include "submit/SystemClock.h"
#include "tests/support/SandboxTestClient.h"
#include "ui/ComposeWindow.h"
#include "ui/FieldMessage.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestComposeWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void typesAndSendsWithCtrlReturn();
    void invalidAddressIsMarkedAndNothingIsSent();
    void ambiguousAddressOffersProviderChoice();
    void serverRefusalStandsNextToFieldAndKeepsDraft();
    void transientFailureIsRetriedAndSentOnce();

private:
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

    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<PlatformClient> client;
    std::unique_ptr<PlatformSubmission> submission;
    std::unique_ptr<LocalStore> store;
    SystemClock clock;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<ComposeController> controller;
    QPointer<ComposeWindow> window;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> http;
};

void TestComposeWindow::init()
{
    Sandbox::SandboxOptions options;
    options.faults = true;
    sandbox = std::make_unique<Sandbox::SandboxServer>(options);
    QString error;
    QVERIFY2(sandbox->start(&error), qPrintable(error));
    http = std::make_unique<Sandbox::Testing::SandboxTestClient>(
        sandbox->url(), sandbox->demoToken());
    network = std::make_unique<QNetworkAccessManager>();
    client = std::make_unique<PlatformClient>(
        network.get(), Session {sandbox->url(), sandbox->demoToken(), {}, {}});
    submission = std::make_unique<PlatformSubmission>(client.get());
    store = std::make_unique<LocalStore>();
    store->open(u":memory:"_s);
    OutboxSettings fast; // no undo window here: tst_outboxwindows covers it
    fast.undoDelay = {};
    fast.retry.base = std::chrono::milliseconds(20);
    outbox = std::make_unique<Outbox>(store.get(), submission.get(), &clock, fast);
    outbox->start();
    controller = std::make_unique<ComposeController>(client.get(), outbox.get());
    window = new ComposeWindow(controller.get());
    window->setCloseDelayAfterSend(200);
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window)); // shortcuts need the active window
    controller->loadMailboxes();
    QTRY_VERIFY(child<QComboBox>("fromCombo")->count() >= 3);
}

void TestComposeWindow::cleanup()
{
    delete window;
    controller.reset();
    outbox.reset();
    store.reset();
    submission.reset();
    client.reset();
    network.reset();
    http.reset();
    sandbox.reset();
}

QJsonArray TestComposeWindow::storedMessages()
{
    return http->allMessages();
}

QJsonObject TestComposeWindow::storedWithSubject(const QString &subject)
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

void TestComposeWindow::fill(const QString &to, const QString &subject, const QString &body)
{
    QTest::keyClicks(child<QLineEdit>("toEdit"), to);
    QTest::keyClicks(child<QLineEdit>("subjectEdit"), subject);
    // keyClicks() takes no line breaks: Return is a key of its own.
    const QStringList lines = body.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(child<QPlainTextEdit>("bodyEdit"), Qt::Key_Return);
        QTest::keyClicks(child<QPlainTextEdit>("bodyEdit"), lines.at(i));
    }
}

void TestComposeWindow::chooseFrom(const QString &address)
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

void TestComposeWindow::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("OUTPOST_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(window->grab().save(dir + u'/' + name + u".png"_s));
}

void TestComposeWindow::typesAndSendsWithCtrlReturn()
{
    chooseFrom(u"dana@acme.example"_s);
    fill(u"\"Lee, Jamie\" <jamie.lee@example.com>, priya@example.org"_s, u"Quarterly plan"_s,
        u"Hi Jamie, hi Priya,\n\nthe plan for next quarter: ship the composer, then threads.\nComments by Friday, please.\n\nDana\n"_s);
    QCOMPARE(window->windowTitle(), u"Quarterly plan"_s);
    screenshot(u"compose"_s);
    QTest::keyClick(child<QPlainTextEdit>("bodyEdit"), Qt::Key_Return, Qt::ControlModifier);

    QTRY_VERIFY(child<QLabel>("banner")->text().contains(u"Sent"_s));
    const QJsonObject stored = storedWithSubject(u"Quarterly plan"_s);
    QVERIFY2(!stored.isEmpty(), "the sandbox holds the message exactly once");
    QCOMPARE(stored.value(u"body").toString(),
        u"Hi Jamie, hi Priya,\n\nthe plan for next quarter: ship the composer, then threads.\nComments by Friday, please.\n\nDana\n"_s);
    const QJsonObject meta = stored.value(u"emailMetadata").toObject();
    QVERIFY(meta.value(u"from").toString().contains(u"dana@acme.example"_s));
    QCOMPARE(meta.value(u"to").toArray().size(), 2);
    QVERIFY(meta.value(u"to").toArray().at(0).toString().contains(u"jamie.lee@example.com"_s));
    QVERIFY(child<QLabel>("banner")->text().contains(meta.value(u"threadId").toString()));
    QTRY_VERIFY(window.isNull()); // closes itself after saying so
}

void TestComposeWindow::invalidAddressIsMarkedAndNothingIsSent()
{
    const qsizetype before = storedMessages().size();
    fill(u"jamie@, priya@example.org"_s, u"Oops"_s, u"Body stays."_s);
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    auto *toError = child<FieldMessage>("toError");
    QTRY_VERIFY(toError->isVisible());
    QVERIFY2(toError->text().contains(u"jamie@"_s), qPrintable(toError->text()));
    QVERIFY(toError->text().contains(u"after the @"_s));
    screenshot(u"compose-error"_s);
    QVERIFY(child<QLineEdit>("toEdit")->hasFocus());
    // Nothing lost, nothing sent.
    QCOMPARE(child<QLineEdit>("toEdit")->text(), u"jamie@, priya@example.org"_s);
    QCOMPARE(child<QPlainTextEdit>("bodyEdit")->toPlainText(), u"Body stays."_s);
    QCOMPARE(storedMessages().size(), before);
    // Fixing the field clears the message.
    QTest::keyClicks(child<QLineEdit>("toEdit"), u"x"_s);
    QVERIFY(!toError->isVisible());
}

void TestComposeWindow::ambiguousAddressOffersProviderChoice()
{
    auto *provider = child<QComboBox>("providerCombo");
    chooseFrom(u"dana@acme.example"_s);
    QVERIFY(!provider->isVisible());
    chooseFrom(u"ops@acme.example"_s);
    QTRY_VERIFY(provider->isVisible());
    QCOMPARE(provider->count(), 2);
    provider->setCurrentIndex(provider->findData(u"gmail"_s));
    fill(u"jamie.lee@example.com"_s, u"Via Gmail"_s, u"Sent through the older connection."_s);
    QTest::keyClick(window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(child<QLabel>("banner")->text().contains(u"Sent"_s));
    const QJsonObject stored = storedWithSubject(u"Via Gmail"_s);
    QVERIFY(!stored.isEmpty());
    const auto conversation
        = http->get(u"/api/conversation/"_s + stored.value(u"conversationId").toString());
    QCOMPARE(conversation.status, 200);
    QJsonObject c = conversation.json();
    if (c.contains(u"conversation"))
        c = c.value(u"conversation").toObject();
    QCOMPARE(c.value(u"provider").toString(), u"gmail"_s);
}

void TestComposeWindow::serverRefusalStandsNextToFieldAndKeepsDraft()
{
    const QJsonObject error {{u"code"_s, u"forbidden"_s}, {u"message"_s, u"Mailbox revoked"_s}};
    QVERIFY(http->addFault({{u"path"_s, u"/api/email/messages/send"_s}, {u"status"_s, 403},
        {u"body"_s, QJsonObject {{u"error"_s, error}}}}));
    chooseFrom(u"dana@acme.example"_s);
    fill(u"jamie.lee@example.com"_s, u"Refused"_s, u"Keep me."_s);
    QTest::keyClick(window, Qt::Key_Return, Qt::ControlModifier);
    auto *fromError = child<FieldMessage>("fromError");
    QTRY_VERIFY(fromError->isVisible());
    QVERIFY2(fromError->text().contains(u"Mailbox revoked"_s), qPrintable(fromError->text()));
    QVERIFY(child<QPushButton>("sendButton")->isEnabled());
    QCOMPARE(child<QLineEdit>("subjectEdit")->text(), u"Refused"_s);
    QCOMPARE(child<QPlainTextEdit>("bodyEdit")->toPlainText(), u"Keep me."_s);
    QVERIFY(storedWithSubject(u"Refused"_s).isEmpty());
    QVERIFY(!window.isNull());
}

void TestComposeWindow::transientFailureIsRetriedAndSentOnce()
{
    // Processed, then the connection drops: the retry carries the same key, nothing doubles.
    QVERIFY(http->addFault({{u"path"_s, u"/api/email/messages/send"_s}, {u"drop"_s, u"after"_s}}));
    chooseFrom(u"dana@acme.example"_s);
    fill(u"jamie.lee@example.com"_s, u"Dropped once"_s, u"Exactly once, please."_s);
    QTest::keyClick(window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("banner")->text().contains(u"Sent"_s), 10000);
    QVERIFY2(!storedWithSubject(u"Dropped once"_s).isEmpty(), "stored exactly once");
    // QNAM may resend once by itself on a dropped keep-alive connection: every attempt
    // carries the same key, whatever their number.
    const QStringList keys = http->idempotencyKeys(u"/api/email/messages/send"_s);
    QVERIFY(keys.size() >= 2);
    QVERIFY(!keys.first().isEmpty());
    QCOMPARE(keys.count(keys.first()), keys.size());
}

QTEST_MAIN(TestComposeWindow)
#include "tst_composewindow.moc"
