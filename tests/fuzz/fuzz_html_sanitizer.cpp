// SPDX-License-Identifier: GPL-3.0-or-later
// Mail HTML through ConversationHtml::sanitize (gumbo's parse, written back from the tree
// through the allow-list), with the properties tst_htmlsanitizer checks over generated markup:
// the output sanitised again is identical (idempotence); parsed as the page parses it, it holds
// nothing outside the allow-list; placed in the conversation page, it stays inside its box.
// The input is the body as it arrives; its length picks the options (remote images allowed or
// not, quotes folded or not), so that a seed corpus of plain HTML files covers all four.
#include "FuzzSupport.h"

#include "conversation/ConversationHtml.h"
#include "tests/support/SanitizerOracle.h"

using namespace Outpost;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = Fuzz::text(data, size);
    ConversationHtml::Options options;
    options.allowRemoteImages = size % 2 == 1;
    options.foldQuotes = size % 4 < 2;
    options.quoteLabel = QStringLiteral("Show quoted text");
    options.blockedImageLabel = QStringLiteral("Remote image, hidden");

    const ConversationHtml::Sanitized once = ConversationHtml::sanitize(input, options);
    const QString twice = ConversationHtml::sanitize(once.html, options).html;
    const auto report = [&] {
        return QStringLiteral("input: %1\nonce:  %2\ntwice: %3\nviolations: %4")
            .arg(input, once.html, twice,
                SanitizerOracle::violations(once.html, options.allowRemoteImages).join(u"; "));
    };
    // Every output, the text fallback taken when gumbo gives up included (tooComplex), is its
    // own sanitised form.
    FUZZ_CHECK(twice == once.html, report());
    FUZZ_CHECK(
        SanitizerOracle::violations(once.html, options.allowRemoteImages).isEmpty(), report());
    FUZZ_CHECK(SanitizerOracle::staysInItsBox(once.html), report());
    for (const QString &url : once.remoteImages) {
        const QString scheme = QUrl(url).scheme().toLower();
        FUZZ_CHECK(scheme == u"http" || scheme == u"https", url);
    }
    (void)ConversationHtml::plainTextOf(input);
    return 0;
}
