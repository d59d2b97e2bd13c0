// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/SubjectLine.h"

#include <QRegularExpression>

namespace Outpost::SubjectLine {

namespace {
using namespace Qt::StringLiterals;

// A prefix word, an optional counter (`[2]`, `(2)`, `^2`), optional blanks, then `:` or the
// full-width `：`, then blanks.
QString prefixPattern(const QString &words)
{
    return uR"(^\s*(?:%1)\s*(?:\[\d+\]|\(\d+\)|\^\d+)?\s*[:：]\s*)"_s.arg(words);
}

// Reply prefixes of the common mail clients' languages (`AW:` German, `SV:` Nordic, `Antw:`
// Dutch, `VS:` Finnish, `Odp:` Polish, `RIF:` Italian, `Réf.:` French, `YNT:` Turkish).
const QString replyWords = u"re|aw|sv|antw|vs|odp|rif|r[ée]f\\.?|ynt"_s;
// Forward prefixes (`WG:` German, `TR:` French, `Doorst:` Dutch, `VB:` Swedish, `RV:` Spanish,
// `ENC:` Portuguese).
const QString forwardWords = u"fwd?|wg|tr|doorst|vb|rv|enc"_s;

QString stripAll(QString subject, const QRegularExpression &prefix)
{
    for (;;) {
        const QRegularExpressionMatch m = prefix.match(subject);
        if (!m.hasMatch() || m.capturedLength() == 0)
            return subject.trimmed();
        subject = subject.mid(m.capturedLength());
    }
}

const QRegularExpression &replyPrefix()
{
    static const QRegularExpression re(
        prefixPattern(replyWords), QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &anyPrefix()
{
    static const QRegularExpression re(
        prefixPattern(replyWords + u'|' + forwardWords), QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &forwardPrefix()
{
    static const QRegularExpression re(
        prefixPattern(forwardWords), QRegularExpression::CaseInsensitiveOption);
    return re;
}
} // namespace

QString withoutReplyPrefixes(const QString &subject)
{
    return stripAll(subject, replyPrefix());
}

QString base(const QString &subject)
{
    return stripAll(subject, anyPrefix());
}

QString reply(const QString &subject)
{
    const QString rest = withoutReplyPrefixes(subject);
    return rest.isEmpty() ? u"Re:"_s : u"Re: "_s + rest;
}

QString forward(const QString &subject)
{
    const QString rest = stripAll(subject, forwardPrefix());
    return rest.isEmpty() ? u"Fwd:"_s : u"Fwd: "_s + rest;
}

} // namespace Outpost::SubjectLine
