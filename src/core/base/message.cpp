// SPDX-License-Identifier: GPL-3.0-or-later
// Message: substitution of named arguments into a template.
#include "edau/base/error.h"
#include "edau/base/message.h"

namespace edau {

Message& Message::arg(std::string name, std::string value) {
    m_args.emplace_back(std::move(name), std::move(value));
    return *this;
}

Message& Message::arg(std::string name, long long value) {
    return arg(std::move(name), std::to_string(value));
}

std::string Message::format(const std::string& tmpl) const {
    std::string out;
    out.reserve(tmpl.size() + 32);
    for (std::size_t i = 0; i < tmpl.size();) {
        if (tmpl[i] == '{') {
            auto close = tmpl.find('}', i + 1);
            if (close != std::string::npos) {
                std::string_view name(tmpl.data() + i + 1, close - i - 1);
                bool replaced = false;
                for (const auto& [key, value] : m_args) {
                    if (key == name) {
                        out += value;
                        replaced = true;
                        break;
                    }
                }
                if (replaced) {
                    i = close + 1;
                    continue;
                }
            }
        }
        out += tmpl[i++];
    }
    return out;
}

void throwError(ErrorKind kind, Message message) { throw Error(kind, std::move(message)); }

}  // namespace edau
