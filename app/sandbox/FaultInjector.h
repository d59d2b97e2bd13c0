// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxHttp.h"

#include <QJsonValue>
#include <QRandomGenerator>

#include <optional>

namespace Outpost::Sandbox {

// One fault registered through POST /_sandbox/faults.
struct Fault
{
    enum class Drop { None, Before, After };

    int id = 0;
    QString path; // exact, or a prefix ending with '*'
    QByteArray method; // empty: any
    int status = 0; // 0: no injected status (the request is processed normally)
    QString retryAfter;
    std::optional<QJsonValue> body;
    Drop drop = Drop::None;
    int delayMs = 0;
    int remaining = 1; // -1: until cleared
    double probability = 1.0;
    QRandomGenerator random;

    HttpResponse response() const; // the injected status with its body and Retry-After
    QJsonObject toJson() const;
};

// Decides, request by request, which registered fault (if any) applies.
class FaultInjector
{
public:
    // Validates a fault description; its id, or nothing with the reason in `error`.
    std::optional<int> add(const QJsonObject &description, QString *error);
    void clear();
    // The first registered fault that fires for this request, its budget counted down.
    std::optional<Fault> take(const HttpRequest &request);
    QJsonArray toJson() const;

    // `pattern` is an exact path or a prefix ending with '*'.
    static bool pathMatches(const QString &pattern, const QString &path);

private:
    QList<Fault> m_faults;
    int m_nextId = 1;
};

} // namespace Outpost::Sandbox
