// SPDX-License-Identifier: GPL-3.0-or-later
// Finding data and translations whether Edau runs installed or from its build tree.
#include "edau/app/paths.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <vector>

namespace edau {

namespace {
namespace fs = std::filesystem;

fs::path executableDirectory() {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : exe.parent_path();
}

std::string firstExisting(const char* envName, const std::vector<fs::path>& candidates, const char* probe) {
    if (const char* env = std::getenv(envName); env && *env) return env;
    std::error_code ec;
    for (const auto& c : candidates)
        if (!c.empty() && fs::exists(c / probe, ec)) return fs::weakly_canonical(c, ec).string();
    for (const auto& c : candidates)
        if (!c.empty() && fs::is_directory(c, ec)) return c.string();
    return candidates.empty() ? std::string() : candidates.back().string();
}
}  // namespace

std::string dataDirectory() {
    fs::path exeDir = executableDirectory();
    return firstExisting("EDAU_DATA_DIR",
                         {exeDir.empty() ? fs::path() : exeDir / ".." / "share" / "edau",
                          exeDir.empty() ? fs::path() : exeDir / ".." / ".." / "share" / "edau",
                          fs::path(EDAU_BUILD_DATA_DIR), fs::path(EDAU_INSTALL_DATA_DIR)},
                         "sample");
}

std::string localeDirectory() {
    fs::path exeDir = executableDirectory();
    return firstExisting("EDAU_LOCALE_DIR",
                         {exeDir.empty() ? fs::path() : exeDir / ".." / "share" / "locale",
                          exeDir.empty() ? fs::path() : exeDir / ".." / ".." / "share" / "locale",
                          fs::path(EDAU_BUILD_LOCALE_DIR), fs::path(EDAU_INSTALL_LOCALE_DIR)},
                         "cy");
}

}  // namespace edau
