// SPDX-License-Identifier: GPL-3.0-or-later
// classifyStorage: cloud-sync folders and local disks are told apart.
#include <gtest/gtest.h>

#include "edau/store/project_store.h"
#include "temp_dir.h"

namespace edau {
namespace {

TEST(StorageLocation, CloudSyncFoldersAreRecognisedByName) {
    const char* const cloudPaths[] = {
        "/home/siân/OneDrive - Prifysgol Caerdydd/prosiect.edau",
        "/home/gwyn/Dropbox/ymchwil/prosiect.edau",
        "/home/gwyn/Google Drive/prosiect.edau",
        "/Users/ffion/Library/Mobile Documents/com~apple~CloudDocs/p.edau",
        "/home/lowri/Nextcloud/p.edau",
        "/home/lowri/Box/p.edau",
    };
    for (const char* p : cloudPaths) EXPECT_EQ(classifyStorage(p).kind, StorageKind::CloudSync) << p;
}

TEST(StorageLocation, OrdinaryLocalFoldersAreLocal) {
    test::TempDir dir;
    EXPECT_EQ(classifyStorage(dir.file("p.edau")).kind, StorageKind::Local);
    // A name that merely contains a cloud word is not a sync folder.
    EXPECT_EQ(classifyStorage(dir.file("notes-about-dropbox.edau")).kind, StorageKind::Local);
}

TEST(StorageLocation, WarnsBeforeTheProjectIsCreatedInACloudFolder) {
    test::TempDir dir;
    std::filesystem::create_directories(dir.path() / "OneDrive");
    auto s = ProjectStore::create((dir.path() / "OneDrive" / "p.edau").string(), "p");
    EXPECT_EQ(s->storage().kind, StorageKind::CloudSync);
}

}  // namespace
}  // namespace edau
