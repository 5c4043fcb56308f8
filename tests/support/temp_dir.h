// SPDX-License-Identifier: GPL-3.0-or-later
// A fresh temporary folder per test, removed afterwards.
#pragma once

#include <filesystem>
#include <string>

namespace edau::test {

/// Creates a unique folder under the system temp folder; removes it with its contents.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    /// A path inside the folder (not created).
    std::string file(const std::string& name) const { return (m_path / name).string(); }

private:
    std::filesystem::path m_path;
};

/// Writes bytes to a file, replacing it.
void writeFile(const std::string& path, const std::string& bytes);
/// Reads a whole file.
std::string readFile(const std::string& path);
/// Path of a fixture in tests/data.
std::string dataFile(const std::string& name);

}  // namespace edau::test
