// SPDX-License-Identifier: GPL-3.0-or-later
// A sign-in through a real browser: Outpost opens the authorization page the way the app does
// (QDesktopServices::openUrl, which runs xdg-open), xdg-open starts the test's browser through
// a .desktop file registered for http in this test's own HOME, and that browser is Debian's
// Chromium, headless (tests/interop/headless-browser.sh). The sandbox's Google and Microsoft
// authorization servers send it back to Outpost's LoopbackReceiver: on 127.0.0.1 for Google's
// profile and on `localhost` for Microsoft's, which the browser resolves itself (to ::1 and
// 127.0.0.1; the listener is on 127.0.0.1 only). Nothing in the test touches the redirect.
#include "auth/OAuthFlow.h"
#include "sandbox/oauth/OAuthServers.h"
#include "tests/support/SandboxTestClient.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestBrowserSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void signInThroughChromium_data();
    void signInThroughChromium();

private:
    static bool write(const QString &path, const QByteArray &text);
    QString browserDir() const { return QDir::homePath() + u"/browser"_s; }
};

bool TestBrowserSignIn::write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

void TestBrowserSignIn::initTestCase()
{
    if (!QFileInfo(QStringLiteral(OUTPOST_CHROMIUM)).isExecutable())
        QSKIP("Chromium is not installed (packaging/install-deps.sh installs Debian's chromium): "
              "the sign-in through a real browser cannot run.");
    // Only in the HOME that tests/run-isolated.sh made for this run: never the user's own.
    const QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
    const QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    QVERIFY2(qEnvironmentVariableIsSet("OUTPOST_TEST_HOME") && dataHome.startsWith(QDir::homePath())
            && configHome.startsWith(QDir::homePath()),
        "run through ctest (tests/run-isolated.sh): the test registers a browser for http");
    // The browser xdg-open picks for http and https: the test's, as a desktop's settings would
    // name Firefox (the Desktop Entry and MIME Applications Associations specifications).
    QVERIFY(write(dataHome + u"/applications/outpost-test-browser.desktop"_s,
        "[Desktop Entry]\nType=Application\nName=Outpost test browser\nNoDisplay=true\n"
        "MimeType=x-scheme-handler/http;x-scheme-handler/https;\nExec="
            + QByteArray(OUTPOST_INTEROP_SOURCE_DIR) + "/headless-browser.sh %u\n"));
    QVERIFY(write(configHome + u"/mimeapps.list"_s,
        "[Default Applications]\nx-scheme-handler/http=outpost-test-browser.desktop\n"
        "x-scheme-handler/https=outpost-test-browser.desktop\n"));
    // xdg-open's generic path (no desktop session under xvfb-run) reads exactly those files.
    for (const char *name : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
             "GNOME_DESKTOP_SESSION_ID", "MATE_DESKTOP_SESSION_ID", "BROWSER"})
        qunsetenv(name);
    qputenv("OUTPOST_TEST_CHROMIUM", OUTPOST_CHROMIUM);
}

void TestBrowserSignIn::signInThroughChromium_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("host");
    QTest::newRow("google on 127.0.0.1") << u"google"_s << u"127.0.0.1"_s;
    QTest::newRow("microsoft on localhost") << u"microsoft"_s << u"localhost"_s;
}

void TestBrowserSignIn::signInThroughChromium()
{
    QFETCH(QString, name);
    QFETCH(QString, host);
    const auto sandbox = Sandbox::Testing::startSandbox();
    QVERIFY(sandbox);
    ConfigOverrides overrides;
    for (const auto &[key, value] : Sandbox::OAuthServers::environment(sandbox->url()))
        overrides.insert(key, value);
    const OAuthProfile profile = *OAuthProfile::byName(name, nullptr, overrides);
    QCOMPARE(profile.redirectHost, host);

    const QString page = browserDir() + u"/page.html"_s;
    QFile::remove(page);
    QNetworkAccessManager network;
    bool opened = false;
    // As the app's launcher opens it (GuiLauncher's openOrShowUrl).
    OAuthFlow flow(
        &network, [&opened](const QUrl &url) { opened = QDesktopServices::openUrl(url); });
    flow.setTimeout(std::chrono::seconds(25));
    QSignalSpy finished(&flow, &OAuthFlow::finished);
    QSignalSpy failed(&flow, &OAuthFlow::failed);
    flow.authorize(profile, u"dana@acme.example"_s);
    QVERIFY2(opened, "QDesktopServices::openUrl found no browser (xdg-open)");
    QCOMPARE(QUrl(flow.redirectUri()).host(), host);

    QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() > 0, 25000);
    const auto log = [this] {
        QFile file(browserDir() + u"/page.log"_s);
        return file.open(QIODevice::ReadOnly) ? file.readAll().right(2000) : QByteArray();
    };
    QVERIFY2(failed.isEmpty(),
        qPrintable(failed.value(0).value(0).value<OAuthError>().message + u"\n"_s
            + QString::fromUtf8(log())));
    const auto tokens = finished.first().first().value<ProviderTokens>();
    QVERIFY(tokens.accessToken.startsWith(u"sbx_%1_at_"_s.arg(name)));
    QVERIFY(!tokens.refreshToken.isEmpty());

    // What the person sees in the browser, once Outpost had its tokens.
    QTRY_VERIFY2_WITH_TIMEOUT(QFile::exists(page), log().constData(), 15000);
    QFile file(page);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray shown = file.readAll();
    QVERIFY2(shown.contains("<h1>Signed in</h1>"), shown.constData());
    QVERIFY(shown.contains("return to Outpost"));
}

QTEST_MAIN(TestBrowserSignIn)
#include "tst_browser_signin.moc"
