// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk during autosave loses nothing typed: the save fails and says so, the form keeps
// everything, the window refuses to close on it, and the draft is written whole once the disk
// takes it again.
//
// The full disk is a file-size limit (RLIMIT_FSIZE, with SIGXFSZ ignored: a write past it
// fails with EFBIG, which SQLite reports as "database or disk is full", as on a full tmpfs).
// Mounting a small tmpfs needs root or a user namespace (`unshare -rm`), which CI containers
// do not all allow; the limit needs neither, and hits the same write path in SQLite.
#include "compose/DraftAutosave.h"
#include "mail/SystemClock.h"
#include "store/LocalStore.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Outpost;
using namespace Qt::StringLiterals;

namespace {
bool limitFileSize(rlim_t bytes)
{
    rlimit limit {};
    if (getrlimit(RLIMIT_FSIZE, &limit) != 0)
        return false;
    limit.rlim_cur = std::min(bytes, limit.rlim_max);
    return setrlimit(RLIMIT_FSIZE, &limit) == 0;
}

bool liftFileSizeLimit()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_FSIZE, &limit) != 0)
        return false;
    limit.rlim_cur = limit.rlim_max;
    return setrlimit(RLIMIT_FSIZE, &limit) == 0;
}
} // namespace

class TestFullDisk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void fullDiskDuringAutosaveLosesNothing();
};

void TestFullDisk::initTestCase()
{
    std::signal(SIGXFSZ, SIG_IGN);
}

void TestFullDisk::cleanup()
{
    liftFileSizeLimit();
}

void TestFullDisk::fullDiskDuringAutosaveLosesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"outpost.sqlite"_s);
    SystemClock clock;
    ComposeInput form;
    form.to = u"Jamie Lee <jamie.lee@example.com>"_s;
    form.subject = u"Quarterly figures"_s;
    form.body = u"First paragraph, saved while the disk had room.\n"_s;
    QString draftId;
    {
        LocalStore store;
        QSignalSpy opened(&store, &LocalStore::opened);
        store.open(path);
        QVERIFY(opened.wait(10000));
        QVERIFY(opened.first().first().toBool());
        DraftAutosave autosave(&store, &clock);
        autosave.setRetryDelay(std::chrono::milliseconds(200));
        autosave.setSource([&] { return form; });
        QSignalSpy saved(&autosave, &DraftAutosave::saved);
        QSignalSpy failed(&autosave, &DraftAutosave::saveFailed);
        autosave.edited();
        QVERIFY(saved.wait(5000));
        draftId = autosave.draftId();

        // The disk fills up; the user goes on typing (about 2 MB: far past what is left).
        QVERIFY(store.flush());
        QVERIFY(limitFileSize(QFileInfo(path).size() + 64 * 1024));
        const QString more = u"Typed while the disk was full. "_s.repeated(65536);
        form.body += more;
        autosave.edited();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        // SQLite's reason, for the window to show (EFBIG reads "disk I/O error"; a full tmpfs,
        // ENOSPC, "database or disk is full").
        QVERIFY(!failed.first().first().toString().isEmpty());
        QVERIFY(autosave.failing());
        // It keeps trying, and keeps failing, while the disk is full.
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 3, 10000);
        QVERIFY(autosave.current().body.endsWith(more));

        // Room again: the next try writes everything typed.
        saved.clear();
        QVERIFY(liftFileSizeLimit());
        QVERIFY(saved.wait(5000));
        QVERIFY(!autosave.failing());
        QVERIFY(store.flush());
    }
    LocalStore store;
    QSignalSpy opened(&store, &LocalStore::opened);
    store.open(path);
    QVERIFY(opened.wait(10000));
    std::optional<StoreResult<std::optional<DraftRecord>>> loaded;
    QObject context;
    store.loadDraft(
        draftId, &context, [&](const StoreResult<std::optional<DraftRecord>> &r) { loaded = r; });
    QTRY_VERIFY(loaded.has_value());
    QVERIFY(loaded->value.has_value());
    QCOMPARE(loaded->value->draft.body, form.body);
    QCOMPARE(loaded->value->draft.subject, form.subject);
}

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
