// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ServiceError.h"

#include <utility>
#include <variant>

namespace Outpost {

// A value or the ServiceError that prevented it (std::expected arrives with C++23).
template<typename T> class Result
{
public:
    Result(T value) : m_state(std::move(value)) { }
    Result(ServiceError error) : m_state(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    const T &value() const { return std::get<T>(m_state); }
    const ServiceError &error() const { return std::get<ServiceError>(m_state); }

private:
    std::variant<T, ServiceError> m_state;
};

} // namespace Outpost
