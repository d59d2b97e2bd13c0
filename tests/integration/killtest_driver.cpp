// SPDX-License-Identifier: GPL-3.0-or-later
// The kill test's driver: the real compose windows, store, outbox and start-up wiring of
// Outpost, driven like a fast typist against a sandbox. tst_outbox_kill SIGKILLs it at random
// moments and restarts it. Each line on stdout says what just happened, written before the
// next thing happens:
//   open <draftId> <length> <ms>      a compose window holds this draft (restored or new)
//   restored <count> <ms>             start-up reopened this many drafts
//   type <draftId> <length> <ms>      the body now has this length
//   send <draftId> <length> <ms>      Send is about to be clicked
//   queued <draftId> <ms>             the outbox has it on disk
//   sent <draftId> <ms>               the server answered 2xx
//   checking <draftId> <ms>           the answer was lost: a lookup follows, not a resend
//   drained <ms>                      (--drain) nothing left to send: exiting
//   usage: killtest_driver --store FILE --instance URL --token T [--seed N] [--undo-ms MS]
//   [--check-ms MS] [--drain] [--via gmail|outlook --from ADDRESS]
// With --via, no window: one mail from the direct mailbox ADDRESS goes through the sandbox's
// Gmail or Graph (--token is that provider's; --drain sends nothing new, it finishes what the
// store holds).
#include "compose/ComposeController.h"
#include "mail/SystemClock.h"
#include "platform/PlatformClient.h"
#include "providers/AccessTokenSource.h"
#include "providers/gmail/GmailSubmission.h"
#include "providers/outlook/GraphSubmission.h"
#include "settings/Settings.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/PlatformSubmission.h"
#include "tests/integration/KillTestText.h"
#include "ui/MailWindows.h"
#include "ui/compose/ComposeWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QRandomGenerator>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <cstdio>

using namespace Outpost;
using namespace Qt::StringLiterals;

namespace {
void say(const QString &line)
{
    const QByteArray bytes
        = (line + u' ' + QString::number(QDateTime::currentMSecsSinceEpoch()) + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

class Typist : public QObject
{
public:
    Typist(MailWindows *windows, Outbox *outbox, quint32 seed)
        : m_windows(windows), m_outbox(outbox), m_random(seed)
    {
        connect(&m_tick, &QTimer::timeout, this, &Typist::tick);
    }

    void start()
    {
        for (ComposeWindow *w : m_windows->composeWindows())
            adopt(w);
        m_tick.start(int(m_random.bounded(10, 30)));
    }

    void adopt(ComposeWindow *window)
    {
        window->selectFrom(u"dana@acme.example"_s);
        ComposeController *c = MailWindows::controllerOf(window);
        say(u"open %1 %2"_s.arg(c->draftId()).arg(window->input().body.size()));
    }

private:
    QList<ComposeWindow *> editable() const
    {
        QList<ComposeWindow *> list;
        for (ComposeWindow *w : m_windows->composeWindows()) {
            if (MailWindows::controllerOf(w)->phase() == ComposeController::Phase::Editing)
                list += w;
        }
        return list;
    }

    ComposeWindow *openWindow()
    {
        ComposeWindow *w = m_windows->openNew();
        w->show();
        adopt(w);
        return w;
    }

    void tick()
    {
        m_tick.setInterval(int(m_random.bounded(10, 40)));
        QList<ComposeWindow *> open = editable();
        if (open.isEmpty() || (open.size() < 3 && m_random.bounded(80) == 0))
            open += openWindow();
        ComposeWindow *window = open.at(int(m_random.bounded(qsizetype(open.size()))));
        ComposeController *c = MailWindows::controllerOf(window);
        const QString id = c->draftId();
        const ComposeInput in = window->input();
        if (in.body.size() >= 30 && !in.from.isEmpty() && m_random.bounded(25) == 0) {
            // Another window first: the one that sends closes itself once sent.
            if (open.size() < 2)
                openWindow();
            ComposeInput filled = in;
            filled.to = u"Jamie Lee <jamie.lee@example.com>"_s;
            filled.subject = u"kt "_s + id;
            window->restoreInput(filled);
            say(u"send %1 %2"_s.arg(id).arg(in.body.size()));
            window->findChild<QAbstractButton *>(u"sendButton"_s)->click();
            return;
        }
        auto *body = window->findChild<QWidget *>(u"bodyEdit"_s);
        QTest::keyClick(body, Qt::Key_End, Qt::ControlModifier);
        const int burst = int(m_random.bounded(1, 5));
        qsizetype length = in.body.size();
        for (int i = 0; i < burst; ++i)
            QTest::keyClick(body, Testing::killTestChar(id, length++).toLatin1());
        say(u"type %1 %2"_s.arg(id).arg(window->input().body.size()));
    }

    MailWindows *m_windows;
    Outbox *m_outbox;
    QRandomGenerator m_random;
    QTimer m_tick;
};

// --via: the outbox alone, sending through a provider's stand-in.
int runDirect(const QString &via, const QString &from, const QUrl &instance, const QString &token,
    const QString &storeFile, const OutboxSettings &settings, bool drain)
{
    QNetworkAccessManager network;
    StaticTokenSource tokens(token);
    const bool gmail = via == u"gmail";
    const DirectMailbox mailbox {gmail ? Provider::Gmail : Provider::Outlook, from, {},
        instance.resolved(QUrl(gmail ? u"/gmail-api"_s : u"/graph"_s))};
    std::unique_ptr<Submission> submission;
    if (gmail)
        submission = std::make_unique<GmailSubmission>(&network, &tokens, mailbox);
    else
        submission = std::make_unique<GraphSubmission>(&network, &tokens, mailbox);
    LocalStore store;
    store.open(storeFile);
    SystemClock clock;
    Outbox outbox(&store, submission.get(), &clock, settings);
    auto draftOf = [&outbox](const QString &entryId) {
        const auto e = outbox.entry(entryId);
        return e ? e->draft.id : QString();
    };
    QObject::connect(&outbox, &Outbox::queued, &outbox,
        [&](const QString &entryId) { say(u"queued "_s + draftOf(entryId)); });
    QObject::connect(&outbox, &Outbox::sent, &outbox,
        [&](const QString &entryId) { say(u"sent "_s + draftOf(entryId)); });
    QObject::connect(&outbox, &Outbox::checking, &outbox,
        [&](const QString &entryId) { say(u"checking "_s + draftOf(entryId)); });
    QObject::connect(&outbox, &Outbox::ready, &outbox, [&] {
        if (!drain) {
            DraftRecord r;
            r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            r.draft.from = from;
            r.draft.to = {{u"Jamie Lee"_s, u"jamie.lee@example.com"_s}};
            r.draft.subject = u"kt "_s + r.id;
            r.draft.body = u"Through %1, killed on the way."_s.arg(via);
            outbox.enqueue(r);
            return;
        }
        auto *poll = new QTimer(&outbox);
        QObject::connect(poll, &QTimer::timeout, &outbox, [&] {
            if (outbox.count() == 0) {
                say(u"drained"_s);
                QCoreApplication::exit(0);
            }
        });
        poll->start(20);
    });
    outbox.start();
    return QCoreApplication::exec();
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"OutpostKillTest"_s);
    QCommandLineParser parser;
    const QCommandLineOption storeOption(u"store"_s, {}, u"FILE"_s);
    const QCommandLineOption instanceOption(u"instance"_s, {}, u"URL"_s);
    const QCommandLineOption tokenOption(u"token"_s, {}, u"TOKEN"_s);
    const QCommandLineOption seedOption(u"seed"_s, {}, u"N"_s, u"1"_s);
    const QCommandLineOption undoOption(u"undo-ms"_s, {}, u"MS"_s, u"300"_s);
    const QCommandLineOption checkOption(u"check-ms"_s, {}, u"MS"_s, u"100"_s);
    const QCommandLineOption drainOption(u"drain"_s);
    const QCommandLineOption viaOption(u"via"_s, {}, u"PROVIDER"_s);
    const QCommandLineOption fromOption(u"from"_s, {}, u"ADDRESS"_s);
    parser.addOptions({storeOption, instanceOption, tokenOption, seedOption, undoOption,
        checkOption, drainOption, viaOption, fromOption});
    parser.process(app);

    OutboxSettings settings;
    settings.undoDelay = std::chrono::milliseconds(parser.value(undoOption).toInt());
    settings.retry = RetryPolicy {std::chrono::milliseconds(50), std::chrono::seconds(1), 8};
    const std::chrono::milliseconds check(parser.value(checkOption).toInt());
    settings.checkDelays = {check, 4 * check};
    if (parser.isSet(viaOption))
        return runDirect(parser.value(viaOption), parser.value(fromOption),
            QUrl(parser.value(instanceOption)), parser.value(tokenOption),
            parser.value(storeOption), settings, parser.isSet(drainOption));
    QNetworkAccessManager network;
    PlatformClient client(
        &network, Session {QUrl(parser.value(instanceOption)), parser.value(tokenOption), {}, {}});
    PlatformSubmission submission(&client);
    LocalStore store;
    store.open(parser.value(storeOption));
    SystemClock clock;
    Outbox outbox(&store, &submission, &clock, settings);
    QObject::connect(&outbox, &Outbox::queued, &outbox, [&outbox](const QString &entryId) {
        if (const auto e = outbox.entry(entryId))
            say(u"queued "_s + e->draft.id);
    });
    QObject::connect(&outbox, &Outbox::sent, &outbox, [&outbox](const QString &entryId) {
        if (const auto e = outbox.entry(entryId))
            say(u"sent "_s + e->draft.id);
    });
    QObject::connect(&outbox, &Outbox::checking, &outbox, [&outbox](const QString &entryId) {
        if (const auto e = outbox.entry(entryId))
            say(u"checking "_s + e->draft.id);
    });
    Settings preferences;
    MailWindows windows(&client, &outbox, preferences);
    windows.setCloseDelayAfterSend(0);
    Typist typist(&windows, &outbox, parser.value(seedOption).toUInt());

    ComposeWindow *first = windows.openNew(); // as at start: a window before anything else
    first->show();
    MailWindows::controllerOf(first)->loadMailboxes();
    const bool drain = parser.isSet(drainOption);
    QObject::connect(&windows, &MailWindows::restored, &typist, [&](int count) {
        say(u"restored %1"_s.arg(count));
        if (!drain) {
            typist.start();
            return;
        }
        for (ComposeWindow *w : windows.composeWindows())
            typist.adopt(w);
        auto *poll = new QTimer(&typist);
        QObject::connect(poll, &QTimer::timeout, &typist, [&] {
            if (outbox.isStarted() && outbox.count() == 0) {
                say(u"drained"_s);
                QCoreApplication::exit(0);
            }
        });
        poll->start(20);
    });
    windows.start();
    return QApplication::exec();
}
