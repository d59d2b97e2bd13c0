// SPDX-License-Identifier: GPL-3.0-or-later
#include <gmime/gmime.h>

#include "mail/GMimeInit.h"
#include "mail/SenderAuthentication.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace Outpost {

namespace {
struct MethodResult
{
    QByteArray method; // lower case, without its /version
    QByteArray result; // lower case
};

// The value unfolded by GMime (CRLF + WSP become WSP).
QByteArray unfolded(const QString &value)
{
    Internal::ensureGMime();
    const QByteArray raw = value.toUtf8();
    char *out = g_mime_utils_header_unfold(raw.constData());
    const QByteArray text(out ? out : "");
    g_free(out);
    return text;
}

bool isKeywordChar(char c)
{
    // RFC 8601 §2.2: Keyword = ALPHA / DIGIT / "-" (RFC 5321's Ldh-str), and "." for results
    // of methods registered later; '_' appears in some ptypes, never in a method or result.
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

// Splits the value into its ';'-separated parts outside comments and quoted strings, each
// with its comments removed. Empty on a value that breaks the grammar (an unclosed comment
// or quote, a comment nested too deep): then nothing in it is believed.
QList<QByteArray> parts(const QByteArray &value)
{
    QList<QByteArray> out;
    QByteArray current;
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (quoted) {
            if (c == '\\' && i + 1 < value.size())
                current += value.at(++i);
            else if (c == '"')
                quoted = false;
            else
                current += c;
            continue;
        }
        if (depth > 0) {
            if (c == '\\' && i + 1 < value.size())
                ++i;
            else if (c == '(' && ++depth > 16)
                return {};
            else if (c == ')')
                --depth;
            continue;
        }
        if (c == '(') {
            depth = 1;
            current += ' '; // a comment is whitespace
        } else if (c == '"') {
            quoted = true;
        } else if (c == ';') {
            out += current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    if (depth > 0 || quoted)
        return {};
    out += current.trimmed();
    return out;
}

// `method [ "/" version ] "=" result` at the start of a resinfo (CFWS around '=' allowed).
std::optional<MethodResult> methodResult(const QByteArray &resinfo)
{
    qsizetype i = 0;
    const auto keyword = [&] {
        while (i < resinfo.size() && resinfo.at(i) == ' ')
            ++i;
        const qsizetype start = i;
        while (i < resinfo.size() && isKeywordChar(resinfo.at(i)))
            ++i;
        return resinfo.mid(start, i - start).toLower();
    };
    const auto skipSpace = [&] {
        while (i < resinfo.size() && (resinfo.at(i) == ' ' || resinfo.at(i) == '\t'))
            ++i;
    };
    MethodResult r;
    r.method = keyword();
    if (r.method.isEmpty())
        return std::nullopt;
    skipSpace();
    if (i < resinfo.size() && resinfo.at(i) == '/') {
        ++i;
        skipSpace();
        const qsizetype start = i;
        while (i < resinfo.size() && resinfo.at(i) >= '0' && resinfo.at(i) <= '9')
            ++i;
        if (i == start)
            return std::nullopt;
        skipSpace();
    }
    if (i >= resinfo.size() || resinfo.at(i) != '=')
        return std::nullopt;
    ++i;
    r.result = keyword();
    // The result ends the methodspec: whitespace, or the end, must follow.
    if (r.result.isEmpty() || (i < resinfo.size() && resinfo.at(i) != ' ' && resinfo.at(i) != '\t'))
        return std::nullopt;
    return r;
}
} // namespace

SenderAuthentication SenderAuthentication::fromHeaders(const QStringList &authenticationResults)
{
    SenderAuthentication verdict;
    for (const QString &header : authenticationResults) {
        const QList<QByteArray> resinfos = parts(unfolded(header));
        bool dkimPassed = false;
        bool spfPassed = false;
        QStringList failures;
        bool dmarcFailed = false;
        for (qsizetype k = 0; k < resinfos.size(); ++k) {
            // The first part is the authserv-id, a token or quoted string that cannot hold
            // '='. Exchange Online leaves the id out and starts with "spf=…": a first part
            // that reads as method=result is taken as one.
            const std::optional<MethodResult> r = methodResult(resinfos.at(k));
            if (!r)
                continue;
            const QString pair = QString::fromLatin1(r->method + '=' + r->result);
            if (r->method == "dmarc" && r->result == "fail") {
                dmarcFailed = true;
                failures += pair;
            } else if (r->method == "dkim") {
                dkimPassed = dkimPassed || r->result == "pass";
                if (r->result == "fail" || r->result == "permerror")
                    failures += pair;
            } else if (r->method == "spf") {
                spfPassed = spfPassed || r->result == "pass";
                if (r->result == "fail" || r->result == "softfail" || r->result == "permerror")
                    failures += pair;
            }
        }
        const bool failed = dmarcFailed || (!dkimPassed && !spfPassed && !failures.isEmpty());
        if (failed) {
            verdict.failed = true;
            for (const QString &f : std::as_const(failures)) {
                if (!verdict.results.contains(f))
                    verdict.results += f;
            }
        }
    }
    return verdict;
}

} // namespace Outpost
