// SPDX-License-Identifier: GPL-3.0-or-later
// mailto: URLs as a browser or xdg-email hands them over (RFC 6068), through MailtoUrl::parse.
// Properties: every recipient it fills in is an address AddressList accepts, none twice in a
// field; the body has no CR LF pairs left (they become LF).
#include "FuzzSupport.h"

#include "mail/MailtoUrl.h"

using namespace Outpost;

namespace {
void checkField(const QList<MailAddress> &field, const QString &url)
{
    for (qsizetype i = 0; i < field.size(); ++i) {
        FUZZ_CHECK(AddressList::isAddrSpec(field.at(i).address), url);
        FUZZ_CHECK(field.indexOf(field.at(i)) == i, url);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = Fuzz::text(data, size);
    // As handed over, and as a mailto: URL whatever the input starts with.
    for (const QString &url : {input, QString(QStringLiteral("mailto:") + input)}) {
        QList<AddressProblem> problems;
        const Draft draft = MailtoUrl::parse(url, &problems);
        if (!MailtoUrl::isMailto(url)) {
            FUZZ_CHECK(draft == Draft() && problems.isEmpty(), url);
            continue;
        }
        checkField(draft.to, url);
        checkField(draft.cc, url);
        checkField(draft.bcc, url);
        FUZZ_CHECK(!draft.body.contains(QStringLiteral("\r\n")), url);
        for (const AddressProblem &problem : problems)
            FUZZ_CHECK(!problem.reason.isEmpty(), url);
    }
    return 0;
}
