// SPDX-License-Identifier: GPL-3.0-or-later
// Two processes, one project: the second writer is refused and told who has it.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "edau/base/error.h"
#include "edau/store/project_store.h"
#include "temp_dir.h"

namespace edau {
namespace {

using test::TempDir;

/// A child process that opens the project for writing and holds it until told to go.
class HoldingProcess {
public:
    explicit HoldingProcess(const std::string& path) {
        int ready[2], release[2];
        if (pipe(ready) != 0 || pipe(release) != 0) throw std::runtime_error("pipe");
        m_pid = fork();
        if (m_pid == 0) {
            close(ready[0]);
            close(release[1]);
            char ok = 'n';
            try {
                auto store = ProjectStore::open(path);
                ok = 'y';
                (void)!write(ready[1], &ok, 1);
                char c;
                (void)!read(release[0], &c, 1);
            } catch (...) {
                (void)!write(ready[1], &ok, 1);
            }
            _exit(0);
        }
        close(ready[1]);
        close(release[0]);
        m_release = release[1];
        char c = 'n';
        (void)!read(ready[0], &c, 1);
        close(ready[0]);
        m_holding = c == 'y';
    }
    ~HoldingProcess() { stop(); }
    bool holding() const { return m_holding; }
    void stop() {
        if (m_pid > 0) {
            close(m_release);
            int status = 0;
            waitpid(m_pid, &status, 0);
            m_pid = -1;
        }
    }
    void kill9() {
        if (m_pid > 0) {
            ::kill(m_pid, SIGKILL);
            int status = 0;
            waitpid(m_pid, &status, 0);
            close(m_release);
            m_pid = -1;
        }
    }

private:
    pid_t m_pid = -1;
    int m_release = -1;
    bool m_holding = false;
};

TEST(ProjectLock, SecondWriterInAnotherProcessIsRefusedWithTheHolder) {
    TempDir dir;
    std::string path = dir.file("p.edau");
    ProjectStore::create(path, "p").reset();
    HoldingProcess other(path);
    ASSERT_TRUE(other.holding());
    try {
        ProjectStore::open(path);
        FAIL() << "two writers";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::Project);
        std::string text = e.what();
        EXPECT_NE(text.find("open in another Edau"), std::string::npos) << text;
        char host[256] = {};
        gethostname(host, sizeof host - 1);
        EXPECT_NE(text.find(host), std::string::npos) << text;
        EXPECT_NE(text.find("since"), std::string::npos) << text;
    }
}

TEST(ProjectLock, ReadOnlySessionWorksBesideTheWriter) {
    TempDir dir;
    std::string path = dir.file("p.edau");
    {
        auto s = ProjectStore::create(path, "p");
        s->addCase("Ffion");
    }
    HoldingProcess other(path);
    ASSERT_TRUE(other.holding());
    auto reader = ProjectStore::open(path, StoreOpenOptions{.readOnly = true});
    EXPECT_EQ(reader->counts().cases, 1);
    auto fallback = ProjectStore::open(path, StoreOpenOptions{.readOnly = false, .readOnlyIfLocked = true});
    EXPECT_TRUE(fallback->readOnly());
}

TEST(ProjectLock, IsFreeAgainWhenTheHolderCloses) {
    TempDir dir;
    std::string path = dir.file("p.edau");
    ProjectStore::create(path, "p").reset();
    HoldingProcess other(path);
    ASSERT_TRUE(other.holding());
    other.stop();
    EXPECT_NO_THROW(ProjectStore::open(path));
}

TEST(ProjectLock, AStaleLockFromACrashedProcessOnThisMachineIsTakenOver) {
    TempDir dir;
    std::string path = dir.file("p.edau");
    ProjectStore::create(path, "p").reset();
    HoldingProcess other(path);
    ASSERT_TRUE(other.holding());
    other.kill9();
    EXPECT_TRUE(std::filesystem::exists(path + ".lock"));
    auto s = ProjectStore::open(path);
    EXPECT_FALSE(s->readOnly());
}

TEST(ProjectLock, ALockRecordedByAnotherMachineIsRespected) {
    TempDir dir;
    std::string path = dir.file("p.edau");
    ProjectStore::create(path, "p").reset();
    test::writeFile(path + ".lock",
                    R"({"host":"laptop-yn-y-swyddfa","user":"gwyn","pid":4242,"since":"2026-11-20T09:00:00.000Z"})");
    try {
        ProjectStore::open(path);
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::Project);
        EXPECT_NE(std::string(e.what()).find("laptop-yn-y-swyddfa"), std::string::npos);
        EXPECT_NE(std::string(e.what()).find("gwyn"), std::string::npos);
    }
}

}  // namespace
}  // namespace edau
