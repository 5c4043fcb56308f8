// SPDX-License-Identifier: GPL-3.0-or-later
/// The one exception hierarchy that crosses module boundaries.
#pragma once

#include <stdexcept>
#include <string>

#include "edau/base/message.h"

namespace edau {

/// What kind of failure, so front ends can pick an exit code or a dialog without parsing text.
enum class ErrorKind {
    Usage,        ///< The caller asked for something malformed (bad option, bad path syntax).
    NotFound,     ///< A named item (file, document, code, coder) does not exist.
    BadInput,     ///< An input file or value cannot be read or is not acceptable.
    Project,      ///< The project cannot be used: locked, corrupt, newer schema, not a project.
    Environment,  ///< The machine refused: disk full, permission denied, I/O error.
    Internal      ///< A bug in Edau.
};

/// Base of every error Edau throws on purpose. Carries an untranslated Message.
class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, Message message)
        : std::runtime_error(message.str()), m_kind(kind), m_message(std::move(message)) {}

    ErrorKind kind() const noexcept { return m_kind; }
    const Message& message() const noexcept { return m_message; }

private:
    ErrorKind m_kind;
    Message m_message;
};

/// Convenience constructors that read well at the throw site.
[[noreturn]] void throwError(ErrorKind kind, Message message);

}  // namespace edau
