// SPDX-License-Identifier: GPL-3.0-or-later
/// The bundled sample project that shows a new user a finished example.
#pragma once

#include <string>

namespace edau {

/// Builds the sample project from the installed transcripts into `directory` (created if
/// missing) and returns the path of the new .edau file. Refuses if that file already exists.
std::string buildSampleProject(const std::string& directory);

}  // namespace edau
