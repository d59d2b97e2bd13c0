// SPDX-License-Identifier: GPL-3.0-or-later
#include "submit/RetryPolicy.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Outpost;
using namespace std::chrono;

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backoffStaysWithinBounds();
    void retryAfterIsHonouredAndCapped();
    void retryAfterInSecondsAndAsHttpDate();
    void onlyRetryableFailuresRetry();
    void givesUpAfterMaxAttempts();
};

static ServiceError httpError(int status, std::optional<seconds> retryAfter = std::nullopt)
{
    return ServiceError::fromHttp(status, {}, {}, DraftField::None, retryAfter);
}

void TestRetryPolicy::backoffStaysWithinBounds()
{
    const RetryPolicy policy {milliseconds(500), seconds(60), 20};
    QRandomGenerator random(42);
    const ServiceError e = ServiceError::network(ServiceError::Kind::Network, {}, {});
    for (int attempt = 2; attempt <= 20; ++attempt) {
        const milliseconds ceiling
            = std::min<milliseconds>(milliseconds(500) * (1LL << (attempt - 2)), seconds(60));
        for (int i = 0; i < 200; ++i) {
            const auto d = policy.delayBefore(attempt, e, random);
            QVERIFY(d);
            QVERIFY2(*d >= ceiling / 2 && *d <= ceiling, qPrintable(QString::number(d->count())));
        }
    }
    // Jitter: not every wait is the same.
    QSet<qint64> seen;
    for (int i = 0; i < 50; ++i)
        seen.insert(policy.delayBefore(6, e, random)->count());
    QVERIFY(seen.size() > 10);
}

void TestRetryPolicy::retryAfterIsHonouredAndCapped()
{
    const RetryPolicy policy {seconds(1), seconds(120), 8};
    QRandomGenerator random(1);
    QCOMPARE(*policy.delayBefore(2, httpError(429, seconds(7)), random), milliseconds(7000));
    QCOMPARE(*policy.delayBefore(3, httpError(503, seconds(0)), random), milliseconds(0));
    QCOMPARE(*policy.delayBefore(2, httpError(503, seconds(3600)), random), milliseconds(120000));
}

void TestRetryPolicy::retryAfterInSecondsAndAsHttpDate()
{
    const QDateTime now(QDate(2026, 5, 18), QTime(12, 0), QTimeZone::utc());
    // Seconds (RFC 9110 delay-seconds).
    QCOMPARE(parseRetryAfter("120", now), std::optional(seconds(120)));
    QCOMPARE(parseRetryAfter(" 0 ", now), std::optional(seconds(0)));
    // An HTTP date (IMF-fixdate): the time from now until then.
    QCOMPARE(parseRetryAfter("Mon, 18 May 2026 12:01:30 GMT", now), std::optional(seconds(90)));
    QCOMPARE(parseRetryAfter("Tue, 19 May 2026 12:00:00 GMT", now), std::optional(seconds(86400)));
    // The obsolete forms RFC 9110 still asks recipients to read: RFC 850 and asctime.
    QCOMPARE(parseRetryAfter("Monday, 18-May-26 12:00:30 GMT", now), std::optional(seconds(30)));
    QCOMPARE(parseRetryAfter("Mon May 18 12:02:00 2026", now), std::optional(seconds(120)));
    // A date already past: go now, not never.
    QCOMPARE(parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", now), std::optional(seconds(0)));
    // Nothing usable: the policy's own backoff applies.
    QCOMPARE(parseRetryAfter("", now), std::nullopt);
    QCOMPARE(parseRetryAfter("-5", now), std::nullopt);
    QCOMPARE(parseRetryAfter("soon", now), std::nullopt);

    // And the policy waits what the date said.
    const RetryPolicy policy {seconds(1), seconds(300), 8};
    QRandomGenerator random(5);
    const auto wait = parseRetryAfter("Mon, 18 May 2026 12:00:45 GMT", now);
    QCOMPARE(*policy.delayBefore(2, httpError(503, wait), random), milliseconds(45000));
}

void TestRetryPolicy::onlyRetryableFailuresRetry()
{
    const RetryPolicy policy;
    QRandomGenerator random(7);
    for (int status : {400, 401, 403, 404, 409, 413})
        QVERIFY2(
            !policy.delayBefore(2, httpError(status), random), qPrintable(QString::number(status)));
    for (int status : {429, 500, 502, 503, 504})
        QVERIFY2(
            policy.delayBefore(2, httpError(status), random), qPrintable(QString::number(status)));
    QVERIFY(
        policy.delayBefore(2, ServiceError::network(ServiceError::Kind::Timeout, {}, {}), random));
    QVERIFY(!policy.delayBefore(2, ServiceError::network(ServiceError::Kind::Tls, {}, {}), random));
    QVERIFY(!policy.delayBefore(
        2, ServiceError::network(ServiceError::Kind::Cancelled, {}, {}), random));
}

void TestRetryPolicy::givesUpAfterMaxAttempts()
{
    const RetryPolicy policy {milliseconds(10), seconds(1), 3};
    QRandomGenerator random(3);
    const ServiceError e = httpError(503);
    QVERIFY(policy.delayBefore(2, e, random));
    QVERIFY(policy.delayBefore(3, e, random));
    QVERIFY(!policy.delayBefore(4, e, random));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
