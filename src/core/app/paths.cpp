// SPDX-License-Identifier: GPL-3.0-or-later
// Finding data and translations whether Edau runs installed or from its build tree.
#include "edau/app/paths.h"

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#if defined(_WIN32)
#define NOMINMAX
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#elif defined(__APPLE__)
#include <mach-o/dyld.h>

#include <cstdint>
#endif

namespace edau {

namespace {
namespace fs = std::filesystem;

// The installers keep the same layout relative to the program on every system (bin/ beside
// share/edau and share/locale; in the macOS bundle, Contents/MacOS beside Contents/Resources/share),
// so finding the program's own folder is the only part that differs.
fs::path executableDirectory() {
#if defined(_WIN32)
    std::wstring buffer(MAX_PATH, L'\0');
    for (;;) {
        const DWORD length = GetModuleFileNameW(nullptr, buffer.data(), static_cast<DWORD>(buffer.size()));
        if (length == 0) return {};
        if (length < buffer.size()) {
            buffer.resize(length);
            return fs::path(buffer).parent_path();
        }
        buffer.resize(buffer.size() * 2);  // truncated: try a larger buffer
    }
#elif defined(__APPLE__)
    std::uint32_t size = 0;
    _NSGetExecutablePath(nullptr, &size);  // asks for the size needed
    std::string buffer(size, '\0');
    if (_NSGetExecutablePath(buffer.data(), &size) != 0) return {};
    buffer.resize(buffer.find('\0'));
    std::error_code ec;
    fs::path exe = fs::canonical(buffer, ec);
    return ec ? fs::path() : exe.parent_path();
#else
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : exe.parent_path();
#endif
}

/// Where an installed Edau keeps a folder of share/ (edau, locale), relative to the program.
std::vector<fs::path> besideExecutable(const fs::path& exeDir, const char* name) {
    if (exeDir.empty()) return {};
    std::vector<fs::path> places{exeDir / ".." / "share" / name, exeDir / ".." / ".." / "share" / name};
#if defined(__APPLE__)
    places.insert(places.begin(), exeDir / ".." / "Resources" / "share" / name);  // Edau.app/Contents
#endif
    return places;
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
    std::vector<fs::path> candidates = besideExecutable(executableDirectory(), "edau");
    candidates.insert(candidates.end(), {fs::path(EDAU_BUILD_DATA_DIR), fs::path(EDAU_INSTALL_DATA_DIR)});
    return firstExisting("EDAU_DATA_DIR", candidates, "sample");
}

std::string localeDirectory() {
    std::vector<fs::path> candidates = besideExecutable(executableDirectory(), "locale");
    candidates.insert(candidates.end(), {fs::path(EDAU_BUILD_LOCALE_DIR), fs::path(EDAU_INSTALL_LOCALE_DIR)});
    return firstExisting("EDAU_LOCALE_DIR", candidates, "cy");
}

std::string helpDirectory() {
    return (fs::path(dataDirectory()) / "help").string();
}

std::string userGuidePath(const std::string& language) {
    const fs::path help = helpDirectory();
    // Only a language code names a folder here: nothing else reaches outside help/.
    const bool plainCode = !language.empty() && language.size() <= 8 &&
                           language.find_first_not_of("abcdefghijklmnopqrstuvwxyz_-") == std::string::npos;
    std::error_code ec;
    if (plainCode && fs::is_regular_file(help / language / "index.html", ec)) {
        return (help / language / "index.html").string();
    }
    return (help / "en" / "index.html").string();
}

}  // namespace edau
