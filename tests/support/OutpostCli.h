// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The command-line tests' preamble, once (tests/cli): the outpost binary, the environment a
// script runs it in, one run of it, and `outpost sandbox` as a process of its own.

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace Outpost::Testing {

// What one run of `outpost` gave back; exitCode -1 when it did not start, crashed or hung.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The outpost binary under test (OUTPOST_BINARY, which tests/CMakeLists.txt sets for every
// test), or empty when it is not there.
inline QString outpostBinary()
{
    const QString binary = qEnvironmentVariable("OUTPOST_BINARY");
    return QFile::exists(binary) ? binary : QString();
}

// The environment `outpost` runs in as a script runs it: `home` as HOME, no display (the
// command line never needs one), Qt's offscreen platform, and OUTPOST_TOKEN set to `token`
// (unset when empty, whatever the test's own environment holds).
inline QProcessEnvironment cliEnvironment(const QString &home, const QString &token = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (token.isEmpty())
        env.remove(QStringLiteral("OUTPOST_TOKEN"));
    else
        env.insert(QStringLiteral("OUTPOST_TOKEN"), token);
    return env;
}

// Runs `outpost arguments` in `env` with `stdinData` on its standard input (then closed), and
// waits for it with the event loop running, never blocked: a sandbox in the test's own process
// must be able to answer. Killed after a minute.
inline CliRun runOutpost(
    const QStringList &arguments, const QProcessEnvironment &env, const QByteArray &stdinData = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(outpostBinary(), arguments);
    if (!p.waitForStarted())
        return {};
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60'000))
        p.kill();
    p.waitForFinished(1000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// `outpost sandbox --json <arguments> --data <folder>` as a process of its own, as a user or a
// script starts it, on a data folder of its own; and what it prints first: its URL and the demo
// user's token, e-mail and password. Terminated at the end.
class SandboxProcess
{
public:
    SandboxProcess() = default;
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;
    ~SandboxProcess() { stop(); }

    // False (the reason printed) when it did not start or said nothing within 15 s.
    bool start(const QStringList &arguments = {})
    {
        stop();
        if (!m_data.isValid() || outpostBinary().isEmpty()) {
            std::fprintf(stderr, "no data folder, or OUTPOST_BINARY names no built outpost\n");
            return false;
        }
        m_process.setProgram(outpostBinary());
        m_process.setArguments(QStringList {QStringLiteral("sandbox"), QStringLiteral("--json")}
            + arguments + QStringList {QStringLiteral("--data"), m_data.path()});
        return run();
    }

    // Stopped and started again on the same data folder (what it kept is still there).
    bool restart()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            return false;
        return run();
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        m_process.waitForFinished(5000);
    }

    QString dataDir() const { return m_data.path(); }

    QString url;
    QString token;
    QString email;
    QString password;

private:
    bool run()
    {
        m_process.start();
        if (!m_process.waitForStarted()
            || !QTest::qWaitFor([this] { return m_process.canReadLine(); }, 15000)) {
            std::fprintf(stderr, "outpost sandbox did not start: %s\n",
                m_process.readAllStandardError().constData());
            return false;
        }
        const QJsonObject line = QJsonDocument::fromJson(m_process.readLine()).object();
        url = line.value(QLatin1String("url")).toString();
        token = line.value(QLatin1String("token")).toString();
        email = line.value(QLatin1String("email")).toString();
        password = line.value(QLatin1String("password")).toString();
        return true;
    }

    QTemporaryDir m_data;
    QProcess m_process;
};

} // namespace Outpost::Testing
