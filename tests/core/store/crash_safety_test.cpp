// SPDX-License-Identifier: GPL-3.0-or-later
// kill -9 during a stream of writes: the file stays sound and every committed change is there.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <thread>

#include <gtest/gtest.h>

#include "edau/store/project_store.h"
#include "temp_dir.h"

namespace edau {
namespace {

using test::TempDir;

// The child writes transactions forever, each adding a case "c<N>" with an attribute value and
// a coding, and reports N on a pipe only after the commit returned.
[[noreturn]] void writeForever(const std::string& path, int reportFd) {
    try {
        auto s = ProjectStore::open(path);
        auto coder = s->coderByName("writer");
        auto doc = s->documentByName("d");
        auto code = s->codes().front();
        auto attr = s->attributeByName("n");
        for (int n = 0;; ++n) {
            s->write([&] {
                Case c = s->addCase("c" + std::to_string(n));
                s->setAttributeValue(c.id, attr->id, std::to_string(n));
                s->addCoding(doc->id, n % 10, n % 10 + 5, code.id, coder->id);
            });
            if (write(reportFd, &n, sizeof n) != sizeof n) _exit(1);
        }
    } catch (...) {
        _exit(2);
    }
}

TEST(CrashSafety, KilledWriterLeavesASoundFileWithEveryCommittedChange) {
    TempDir dir;
    std::string path = dir.file("p.edau");
    {
        auto s = ProjectStore::create(path, "p");
        Coder coder = s->addCoder("writer");
        s->addDocument({"d", "d.txt", "txt", "utf-8", "Ysgrifennu heb stop, heb golli dim.", "cy"});
        s->addCode("code", std::nullopt);
        s->addAttribute("n", AttributeType::Number);
        (void)coder;
    }
    std::mt19937 random(20261122);
    constexpr int kRounds = 30;
    int totalCommitted = 0;
    for (int round = 0; round < kRounds; ++round) {
        int fds[2];
        ASSERT_EQ(pipe(fds), 0);
        pid_t pid = fork();
        ASSERT_GE(pid, 0);
        if (pid == 0) {
            close(fds[0]);
            writeForever(path, fds[1]);
        }
        close(fds[1]);
        // Let it run for a random while, reading its reports, then kill it mid-stream.
        auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(5 + random() % 60);
        int lastReported = -1;
        while (std::chrono::steady_clock::now() < deadline) {
            int n;
            ssize_t got = read(fds[0], &n, sizeof n);
            if (got != sizeof n) break;
            lastReported = n;
        }
        kill(pid, SIGKILL);
        int status = 0;
        waitpid(pid, &status, 0);
        // Drain reports that were written before the kill.
        int n;
        while (read(fds[0], &n, sizeof n) == sizeof n) lastReported = n;
        close(fds[0]);

        auto s = ProjectStore::open(path);
        auto problems = s->integrityProblems();
        ASSERT_TRUE(problems.empty()) << "round " << round << ": " << problems.front().str();
        for (int k = 0; k <= lastReported; ++k)
            ASSERT_TRUE(s->caseByName("c" + std::to_string(k))) << "round " << round << " lost committed c" << k;
        // Clean up this round's cases by renaming the namespace: next round starts from zero again.
        s.reset();
        std::filesystem::remove(path + ".lock");
        totalCommitted += lastReported + 1;
        // Fresh project for the next round, so names restart at c0.
        std::filesystem::remove(path);
        std::filesystem::remove(path + "-wal");
        std::filesystem::remove(path + "-shm");
        auto fresh = ProjectStore::create(path, "p");
        fresh->addCoder("writer");
        fresh->addDocument({"d", "d.txt", "txt", "utf-8", "Ysgrifennu heb stop, heb golli dim.", "cy"});
        fresh->addCode("code", std::nullopt);
        fresh->addAttribute("n", AttributeType::Number);
    }
    EXPECT_GT(totalCommitted, kRounds) << "the writer should have committed changes before being killed";
}

}  // namespace
}  // namespace edau
