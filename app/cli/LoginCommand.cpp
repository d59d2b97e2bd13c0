// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/LoginCommand.h"

#include "accounts/InstanceSignIn.h"
#include "accounts/SessionRegistry.h"
#include "auth/InstanceList.h"
#include "auth/InstanceUrl.h"
#include "auth/TokenStore.h"
#include "cli/CommandLine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Outpost {

namespace {
using namespace CommandLine;

// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::LoginCommand)
};

// On a terminal: a prompt on stderr, typed without echo. Otherwise: the first line of stdin.
QString readSecret(const QString &prompt)
{
    QByteArray line;
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved {};
    if (terminal) {
        const QByteArray p = prompt.toLocal8Bit();
        std::fwrite(p.constData(), 1, size_t(p.size()), stderr);
        std::fflush(stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line += char(c);
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

// Waits for the keychain probe; false (with the reason printed) when it cannot keep secrets.
bool keychainWorks(TokenStore &tokens, const QString &command)
{
    QEventLoop loop;
    tokens.probe(&loop, [&loop] { loop.quit(); });
    if (tokens.backend() == TokenStore::Backend::Unknown)
        loop.exec();
    if (tokens.backend() == TokenStore::Backend::Keychain)
        return true;
    printErr(Tr::tr("outpost %1: %2").arg(command, tokens.memoryOnlyReason()));
    return false;
}
} // namespace

std::optional<Session> storedSession(const QUrl &instance, TokenStore &tokens)
{
    const QList<SignedInAccount> accounts = InstanceList().accountsOf(instance);
    if (accounts.isEmpty())
        return std::nullopt;
    std::optional<StoredTokens> found;
    QEventLoop loop;
    bool answered = false;
    tokens.read(TokenStore::instanceKey(instance, accounts.first().email), &loop,
        [&](const std::optional<StoredTokens> &t) {
            found = t;
            answered = true;
            loop.quit();
        });
    if (!answered)
        loop.exec();
    if (!found || found->accessToken.isEmpty())
        return std::nullopt;
    return Session {instance, found->accessToken, found->refreshToken, accounts.first().email};
}

int runLoginCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Sign in to a platform instance and keep the sign-in in the desktop keychain "
               "(Secret Service), for the compose window and `outpost send`.\nThe password is "
               "asked for without echo on a terminal, or read from the first line of standard "
               "input otherwise. It is never stored.\nExit codes: 0 signed in, 64 usage, "
               "69 instance or keychain unavailable, 77 refused."));
    parser.addHelpOption();
    const QCommandLineOption instance(QStringLiteral("instance"),
        Tr::tr("The instance (https; http only for 127.0.0.1)."), Tr::tr("URL"));
    const QCommandLineOption email(
        QStringLiteral("email"), Tr::tr("The email address you sign in with."), Tr::tr("ADDRESS"));
    const QCommandLineOption apiToken(
        QStringLiteral("api-token"), Tr::tr("Read a personal API token instead of a password."));
    parser.addOptions({instance, email, apiToken});
    if (!parseOrExplain(parser, arguments, QStringLiteral("login")))
        return Usage;
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(helpText(parser, QStringLiteral("login")));
        return Ok;
    }
    if (!parser.isSet(instance) || !parser.isSet(email)) {
        printErr(Tr::tr("outpost login: --instance and --email are required.\nTry `outpost login "
                        "--help`."));
        return Usage;
    }
    QString error;
    const auto url = InstanceUrl::parse(parser.value(instance), &error);
    if (!url) {
        printErr(Tr::tr("outpost login: --instance: %1").arg(error));
        return Usage;
    }
    // The password is checked even where no keychain works: a wrong one is said as such, and
    // a right one is known to be right before Outpost says why it cannot keep the sign-in.
    TokenStore tokens;

    SignInInput input;
    input.instance = url->toString();
    input.email = parser.value(email);
    const QString secret = readSecret(parser.isSet(apiToken)
            ? Tr::tr("API token for %1: ").arg(url->host())
            : Tr::tr("Password for %1 on %2: ").arg(input.email, url->host()));
    (parser.isSet(apiToken) ? input.apiToken : input.password) = secret;

    QNetworkAccessManager network;
    InstanceList list;
    SessionRegistry sessions(&network, &tokens, &list);
    InstanceSignIn signIn(&sessions);
    int exitCode = Software;
    QEventLoop loop;
    QObject::connect(&signIn, &InstanceSignIn::failed, &loop,
        [&](InstanceSignIn::Field field, const QString &message) {
            printErr(Tr::tr("outpost login: %1").arg(message));
            exitCode = field == InstanceSignIn::Field::Instance ? Unavailable
                : field == InstanceSignIn::Field::Email         ? Usage
                                                                : Authentication;
            loop.quit();
        });
    QObject::connect(
        &signIn, &InstanceSignIn::signedIn, &loop, [&](InstanceSession *, bool inKeychain) {
            if (inKeychain) {
                printOut(Tr::tr("Signed in to %1 as %2.").arg(url->host(), input.email));
                exitCode = Ok;
            } else {
                printErr(Tr::tr("outpost login: signed in to %1 as %2, but the sign-in cannot be "
                                "kept: %3")
                             .arg(url->host(), input.email, tokens.memoryOnlyReason()));
                exitCode = Unavailable;
            }
            loop.quit();
        });
    if (signIn.signIn(input))
        loop.exec();
    tokens.waitForPendingJobs();
    return exitCode;
}

int runLogoutCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Sign out of a platform instance: deletes its sign-in from the keychain and "
               "forgets the instance.\nExit codes: 0 signed out, 64 usage, 69 keychain "
               "unavailable."));
    parser.addHelpOption();
    const QCommandLineOption instance(
        QStringLiteral("instance"), Tr::tr("The instance to sign out of."), Tr::tr("URL"));
    const QCommandLineOption email(QStringLiteral("email"),
        Tr::tr("Only this user (default: every user of the instance)."), Tr::tr("ADDRESS"));
    parser.addOptions({instance, email});
    if (!parseOrExplain(parser, arguments, QStringLiteral("logout")))
        return Usage;
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(helpText(parser, QStringLiteral("logout")));
        return Ok;
    }
    if (!parser.isSet(instance)) {
        printErr(Tr::tr("outpost logout: --instance is required.\nTry `outpost logout --help`."));
        return Usage;
    }
    QString error;
    const auto url = InstanceUrl::parse(parser.value(instance), &error);
    if (!url) {
        printErr(Tr::tr("outpost logout: --instance: %1").arg(error));
        return Usage;
    }
    TokenStore tokens;
    if (!keychainWorks(tokens, QStringLiteral("logout")))
        return Unavailable;
    InstanceList list;
    QList<SignedInAccount> accounts = list.accountsOf(*url);
    if (parser.isSet(email))
        accounts.removeIf([&](const SignedInAccount &a) {
            return a.email.compare(parser.value(email), Qt::CaseInsensitive) != 0;
        });
    // Deleted even when not listed: a stale entry must not survive a sign-out.
    if (accounts.isEmpty() && parser.isSet(email))
        accounts += SignedInAccount {*url, parser.value(email)};
    for (const SignedInAccount &a : std::as_const(accounts)) {
        tokens.remove(TokenStore::instanceKey(a.instance, a.email), nullptr);
        list.remove(a.instance, a.email);
    }
    tokens.waitForPendingJobs();
    printOut(accounts.isEmpty()
            ? Tr::tr("Not signed in to %1.").arg(url->host())
            : Tr::tr("Signed out of %1 (%2).").arg(url->host(), QLocale().createSeparatedList([&] {
                  QStringList emails;
                  for (const SignedInAccount &a : std::as_const(accounts))
                      emails += a.email;
                  return emails;
              }())));
    return Ok;
}

} // namespace Outpost
