// SPDX-License-Identifier: GPL-3.0-or-later
// Detects network file systems and cloud-sync folders, where SQLite's locking is unsafe.
#include <sys/statfs.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <string_view>

#include "edau/store/project_store.h"

namespace edau {

namespace {
struct FsMagic {
    unsigned long magic;
    const char* name;
};
// Values from linux/magic.h and the file systems' own headers.
constexpr std::array<FsMagic, 10> kNetworkFileSystems = {{
    {0x6969, "nfs"},
    {0x517B, "smb"},
    {0xFF534D42, "cifs"},
    {0xFE534D42, "smb2"},
    {0x65735546, "fuse"},
    {0x73757245, "coda"},
    {0x5346414F, "afs"},
    {0x01021997, "9p"},
    {0x00C36400, "ceph"},
    {0x47504653, "gpfs"},
}};

// Folder names that sync clients create; matched case-insensitively at the start of a path component.
constexpr std::array<std::string_view, 12> kCloudFolderPrefixes = {
    "onedrive", "dropbox", "google drive", "googledrive", "my drive", "icloud drive",
    "iclouddrive", "mobile documents", "nextcloud", "owncloud", "pcloud", "megasync"};

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}
}  // namespace

StorageLocation classifyStorage(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path p = fs::absolute(fs::path(path), ec);
    if (ec) p = fs::path(path);

    for (const auto& part : p) {
        std::string component = lower(part.string());
        for (auto prefix : kCloudFolderPrefixes) {
            if (component.rfind(prefix, 0) == 0)
                return {StorageKind::CloudSync, part.string() + " folder"};
        }
        if (component == "box" || component == "box sync" || component == "mega")
            return {StorageKind::CloudSync, part.string() + " folder"};
    }

    // statfs needs an existing path: walk up to the nearest existing folder.
    fs::path probe = p;
    while (!probe.empty() && !fs::exists(probe, ec)) {
        fs::path parent = probe.parent_path();
        if (parent == probe) break;
        probe = parent;
    }
    struct statfs info {};
    if (!probe.empty() && statfs(probe.c_str(), &info) == 0) {
        auto magic = static_cast<unsigned long>(info.f_type) & 0xFFFFFFFFUL;
        for (const auto& fsm : kNetworkFileSystems)
            if (fsm.magic == magic) return {StorageKind::Network, fsm.name};
    }
    return {StorageKind::Local, {}};
}

}  // namespace edau
