// SPDX-License-Identifier: GPL-3.0-or-later
// The platform's answers as PlatformJson reads them: every reader over the same body, and the
// error of a non-2xx answer with a Retry-After header. The input is `status retry-after\nbody`
// (a first line that does not start with a digit is part of the body).
// Properties: a reader either gives a value or an error with a message; an authorisation URL is
// never anything but https, or http on loopback; an error always has words for the user, and a
// Retry-After is never negative.
#include "FuzzSupport.h"

#include "auth/InstanceUrl.h"
#include "platform/PlatformJson.h"

#include <QTimeZone>

using namespace Outpost;

namespace {
template<typename T> void checkResult(const Result<T> &result, const QByteArray &body)
{
    if (!result.ok())
        FUZZ_CHECK(!result.error().message.isEmpty(), QString::fromUtf8(body));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    QByteArray head;
    QByteArray body;
    Fuzz::split(input, '\n', &head, &body);
    int status = 0;
    QByteArray retryAfter;
    if (!head.isEmpty() && head.at(0) >= '0' && head.at(0) <= '9') {
        QByteArray statusText;
        Fuzz::split(head, ' ', &statusText, &retryAfter);
        status = statusText.left(3).toInt();
    } else {
        body = input;
    }

    checkResult(PlatformJson::receipt(body), body);
    checkResult(PlatformJson::mailboxes(body), body);
    checkResult(PlatformJson::uploadedFiles(body), body);
    checkResult(PlatformJson::contacts(body), body);
    checkResult(PlatformJson::conversations(body), body);
    checkResult(PlatformJson::conversation(body), body);
    checkResult(PlatformJson::conversationMessages(body), body);
    checkResult(PlatformJson::session(body, Session()), body);
    const Result<QUrl> url = PlatformJson::authorizationUrl(body);
    checkResult(url, body);
    if (url.ok()) {
        const QString scheme = url.value().scheme();
        FUZZ_CHECK(
            scheme == u"https" || (scheme == u"http" && InstanceUrl::isLoopback(url.value())),
            url.value().toString());
    }

    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'780'000'000, QTimeZone::utc());
    const ServiceError error = PlatformJson::error(status, body, retryAfter, now);
    FUZZ_CHECK(!error.message.isEmpty(), QString::fromUtf8(input));
    if (error.retryAfter)
        FUZZ_CHECK(error.retryAfter->count() >= 0, QString::fromUtf8(input));
    return 0;
}
