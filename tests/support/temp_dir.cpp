// SPDX-License-Identifier: GPL-3.0-or-later
// Temporary folders and small file helpers for tests.
#include "temp_dir.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "edau/base/uuid.h"

namespace edau::test {

TempDir::TempDir() : m_path(std::filesystem::temp_directory_path() / ("edau-test-" + newUuid())) {
    std::filesystem::create_directories(m_path);
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

void writeFile(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error("cannot write " + path);
    out << bytes;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

std::string dataFile(const std::string& name) { return std::string(EDAU_TEST_DATA_DIR) + "/" + name; }

}  // namespace edau::test
