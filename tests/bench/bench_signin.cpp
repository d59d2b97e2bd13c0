// SPDX-License-Identifier: GPL-3.0-or-later
// What signing in costs: the keychain probe, an instance sign-in (POST /api/auth/login and the
// keychain write), reading a kept sign-in back (what every start and `outpost send` do), and a
// whole PKCE flow against the sandbox's Google (browser leg played over loopback HTTP).
// Prints medians and 90th percentiles in ms over N rounds. Run inside tests/run-with-keyring.sh
// for real Secret Service figures; without one it measures the memory-only path.
#include "accounts/InstanceSignIn.h"
#include "accounts/SessionRegistry.h"
#include "auth/OAuthFlow.h"
#include "auth/TokenStore.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/oauth/OAuthServers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Outpost;
using namespace Qt::StringLiterals;

namespace {
double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(qsizetype(p * double(values.size() - 1) + 0.5));
}

void report(const char *what, const QList<double> &ms)
{
    std::printf("%-44s median %7.2f ms   p90 %7.2f ms   (n=%lld)\n", what, percentile(ms, 0.5),
        percentile(ms, 0.9), static_cast<long long>(ms.size()));
}

// Runs the event loop until `done` says so.
void spin(const std::function<bool()> &done)
{
    QEventLoop loop;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    tick.start(0);
    loop.exec();
}

// Plays the browser: GET the authorization URL, then the redirect it answers with.
void playBrowser(QNetworkAccessManager &network, const QUrl &url)
{
    QNetworkRequest first(url);
    first.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network.get(first);
    QObject::connect(reply, &QNetworkReply::finished, reply, [&network, reply] {
        reply->deleteLater();
        QNetworkReply *second
            = network.get(QNetworkRequest(QUrl::fromEncoded(reply->rawHeader("Location"))));
        QObject::connect(second, &QNetworkReply::finished, second, &QObject::deleteLater);
    });
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? QByteArray(argv[1]).toInt() : 30;
    Sandbox::SandboxServer sandbox(Sandbox::SandboxOptions {});
    QString error;
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    ConfigOverrides servers;
    for (const auto &[key, value] : Sandbox::OAuthServers::environment(sandbox.url()))
        servers.insert(key, value);
    QTemporaryDir config;
    QNetworkAccessManager network;

    QList<double> probe;
    for (int i = 0; i < rounds; ++i) {
        TokenStore store;
        QElapsedTimer t;
        t.start();
        bool done = false;
        store.probe(&store, [&] { done = true; });
        spin([&] { return done; });
        probe += double(t.nsecsElapsed()) / 1e6;
        if (i == 0)
            std::printf("keychain: %s\n",
                store.backend() == TokenStore::Backend::Keychain ? "Secret Service"
                                                                 : "none (memory only)");
    }

    TokenStore tokens;
    bool probed = false;
    tokens.probe(&tokens, [&] { probed = true; });
    spin([&] { return probed; });
    InstanceList list(config.filePath(u"instances.ini"_s));
    SessionRegistry sessions(&network, &tokens, &list);
    InstanceSignIn signIn(&sessions);
    QList<double> login;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        bool done = false;
        QObject::connect(
            &signIn, &InstanceSignIn::signedIn, &app, [&] { done = true; },
            Qt::SingleShotConnection);
        signIn.signIn({sandbox.url().toString(), Sandbox::DemoUser::email(),
            Sandbox::DemoUser::password(), {}});
        spin([&] { return done; });
        login += double(t.nsecsElapsed()) / 1e6;
    }

    QList<double> restore;
    for (int i = 0; i < rounds; ++i) {
        TokenStore next;
        bool nextProbed = false;
        next.probe(&next, [&] { nextProbed = true; });
        spin([&] { return nextProbed; });
        SessionRegistry again(&network, &next, &list);
        QElapsedTimer t;
        t.start();
        bool done = false;
        again.restore(&again, [&](const QList<SignedInAccount> &) { done = true; });
        spin([&] { return done; });
        restore += double(t.nsecsElapsed()) / 1e6;
    }

    QList<double> flowTimes;
    OAuthFlow flow(&network, [&network](const QUrl &url) {
        QTimer::singleShot(0, &network, [&network, url] { playBrowser(network, url); });
    });
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        bool done = false;
        QObject::connect(
            &flow, &OAuthFlow::finished, &app, [&] { done = true; }, Qt::SingleShotConnection);
        flow.authorize(OAuthProfile::google(nullptr, servers));
        spin([&] { return done; });
        flowTimes += double(t.nsecsElapsed()) / 1e6;
    }

    report("keychain probe", probe);
    report("instance sign-in (login + keychain write)", login);
    report("restore a kept sign-in (keychain read)", restore);
    report("Google PKCE flow, browser leg included", flowTimes);
    return 0;
}
