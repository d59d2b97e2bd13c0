// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Outpost {

// Whether the provider that received a message says its sender failed authentication, read
// from the message's `Authentication-Results` headers (RFC 8601): Gmail's message headers
// (format=metadata or raw), Graph's `internetMessageHeaders`.
//
// GMime has no Authentication-Results API: GMime unfolds each header value
// (g_mime_utils_header_unfold) and a strict reading of RFC 8601 §2.2's grammar takes the
// `method=result` of each resinfo (comments and quoted strings skipped, a resinfo that does
// not fit the grammar ignored). The value is never decoded as encoded-words: the grammar is
// ASCII.
//
// Failed, when any header says so (a forger may add headers of his own, but one that says
// "fail" only keeps images hidden; one that says "pass" never outweighs the provider's):
// - dmarc=fail, or
// - neither DKIM nor SPF passed and at least one of them failed (dkim=fail/permerror,
//   spf=fail/softfail/permerror): DMARC itself passes when either aligned check passes
//   (RFC 7489 §4.2), so with no DMARC verdict this is the closest reading.
// temperror, none, neutral, policy and no header at all are not failures: unknown. The
// platform's messages carry no Authentication-Results (its API does not list headers), so
// they are always unknown: trust applies to them as the user set it.
struct SenderAuthentication
{
    bool failed = false;
    QStringList results; // the failing method=result pairs, e.g. "dmarc=fail", for the reader

    static SenderAuthentication fromHeaders(const QStringList &authenticationResults);
};

} // namespace Outpost
