// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Outpost::SubjectLine {

// The subject without its leading reply prefixes (`Re:`, `RE:`, `Re[2]:`, `Re(3):`, `AW:`,
// `SV:`, `Antw:`, `VS:`, `Odp:`, `RIF:`, `Réf.:` …, full-width colons included).
QString withoutReplyPrefixes(const QString &subject);
// The subject without any leading reply or forward prefix (`Fwd:`, `FW:`, `WG:`, `TR:` too):
// what two subjects of one thread have in common.
QString base(const QString &subject);

// `Re: <subject>`, never `Re: Re:`; a forward stays visible (`Re: Fwd: …`) as mail clients do.
QString reply(const QString &subject);
// `Fwd: <subject>`, never `Fwd: Fwd:` (`FW:`, `WG:` … recognised).
QString forward(const QString &subject);

} // namespace Outpost::SubjectLine
