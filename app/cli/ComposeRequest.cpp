// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ComposeRequest.h"

#include "mail/AddressList.h"
#include "mail/MailtoUrl.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Outpost {

using namespace Qt::StringLiterals;

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::ComposeRequest)
};

void addAddresses(QList<MailAddress> &target, const QStringList &values, QStringList &notes)
{
    for (const QString &value : values) {
        const AddressParse parsed = AddressList::parse(value);
        target += parsed.addresses;
        for (const AddressProblem &p : parsed.problems)
            notes += Tr::tr("“%1” was left out: %2.").arg(p.input, p.reason);
    }
}
} // namespace

QList<QCommandLineOption> ComposeRequest::options()
{
    return {{u"to"_s, {}, u"ADDRESS"_s}, {u"cc"_s, {}, u"ADDRESS"_s}, {u"bcc"_s, {}, u"ADDRESS"_s},
        {u"subject"_s, {}, u"TEXT"_s}, {u"body"_s, {}, u"TEXT"_s}, {u"attach"_s, {}, u"FILE"_s}};
}

bool ComposeRequest::fromParser(const QCommandLineParser &parser, ComposeRequest *request,
    QString *error, const QString &workingDir)
{
    ComposeRequest r;
    QStringList positional = parser.positionalArguments();
    const bool compose = !positional.isEmpty() && positional.first() == u"compose";
    if (compose)
        positional.removeFirst();
    for (const QString &argument : std::as_const(positional)) {
        if (!MailtoUrl::isMailto(argument)) {
            *error = Tr::tr("unknown command or argument “%1”.").arg(argument);
            return false;
        }
        QList<AddressProblem> problems;
        const Draft mailto = MailtoUrl::parse(argument, &problems);
        r.draft.to += mailto.to;
        r.draft.cc += mailto.cc;
        r.draft.bcc += mailto.bcc;
        if (!mailto.subject.isEmpty())
            r.draft.subject = mailto.subject;
        if (!mailto.body.isEmpty())
            r.draft.body = mailto.body;
        for (const AddressProblem &p : std::as_const(problems))
            r.notes += Tr::tr("“%1” was left out: %2.").arg(p.input, p.reason);
    }
    const QStringList composeOnly {
        u"to"_s, u"cc"_s, u"bcc"_s, u"subject"_s, u"body"_s, u"attach"_s};
    if (!compose) {
        for (const QString &name : composeOnly) {
            if (parser.isSet(name)) {
                *error = Tr::tr("--%1 belongs to `outpost compose`.").arg(name);
                return false;
            }
        }
    }
    addAddresses(r.draft.to, parser.values(u"to"_s), r.notes);
    addAddresses(r.draft.cc, parser.values(u"cc"_s), r.notes);
    addAddresses(r.draft.bcc, parser.values(u"bcc"_s), r.notes);
    if (parser.isSet(u"subject"_s))
        r.draft.subject = parser.value(u"subject"_s);
    if (parser.isSet(u"body"_s))
        r.draft.body = parser.value(u"body"_s);
    for (const QString &file : parser.values(u"attach"_s)) {
        const QFileInfo info(QDir(workingDir), file);
        if (!info.isFile() || !info.isReadable()) {
            *error = Tr::tr("--attach: “%1” is not a readable file.").arg(file);
            return false;
        }
        r.attachFiles += info.absoluteFilePath();
    }
    *request = r;
    return true;
}

QStringList ComposeRequest::portable(const QStringList &arguments, const QString &workingDir)
{
    QStringList out;
    const QDir dir(workingDir);
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--attach" && i + 1 < arguments.size()) {
            out << a << QFileInfo(dir, arguments.at(++i)).absoluteFilePath();
        } else if (a.startsWith(u"--attach=")) {
            out << u"--attach="_s + QFileInfo(dir, a.mid(9)).absoluteFilePath();
        } else {
            out << a;
        }
    }
    return out;
}

} // namespace Outpost
