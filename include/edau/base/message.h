// SPDX-License-Identifier: GPL-3.0-or-later
/// A user-facing message as an untranslated id plus named arguments: the core never translates.
#pragma once

#include <string>
#include <utility>
#include <vector>

/// Marks a string literal as a message id for xgettext (keyword EDAU_MSG) without translating it.
#define EDAU_MSG(text) (text)

namespace edau {

/// An English message template such as "Cannot open {file}: {reason}" and its argument values.
/// Front ends translate the template through gettext, then substitute the arguments.
class Message {
public:
    Message() = default;
    explicit Message(std::string id) : m_id(std::move(id)) {}

    /// Adds a named argument; returns *this so arguments chain.
    Message& arg(std::string name, std::string value);
    /// Adds a numeric argument formatted in plain digits (front ends may reformat).
    Message& arg(std::string name, long long value);

    /// The untranslated template.
    const std::string& id() const { return m_id; }
    const std::vector<std::pair<std::string, std::string>>& args() const { return m_args; }

    /// Substitutes the arguments into a (possibly translated) template; unknown names stay as written.
    std::string format(const std::string& translatedTemplate) const;
    /// Substitutes into the untranslated template (English).
    std::string str() const { return format(m_id); }

private:
    std::string m_id;
    std::vector<std::pair<std::string, std::string>> m_args;
};

}  // namespace edau
