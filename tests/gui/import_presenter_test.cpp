// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the import dialog's presenter: adding files, the preview, the report, the worker.
#include "presenters/import_presenter.h"

#include <gtest/gtest.h>

#include <chrono>
#include <deque>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "edau/app/workbench.h"
#include "edau/store/project_store.h"
#include "temp_dir.h"

namespace edau::gui {
namespace {

using test::TempDir;
using test::writeFile;

// "Siân: Mae'r dŵr yn oer." in ISO-8859-14 (ŵ is 0xF0; â is 0xE2 as in Latin-1).
const std::string kLatin8Transcript = "Cyfwelydd: Sut mae?\nSi\xE2n: Mae'r d\xF0r yn oer.\nCyfwelydd: Diolch.\nSi\xE2n: Croeso.\n";

TEST(ImportPreview, ChangingTheEncodingReadsTheFileAgain) {
    TempDir dir;
    const std::string file = dir.file("legacy.txt");
    writeFile(file, kLatin8Transcript);

    ImportChoices choices;
    choices.encoding = "iso-8859-1";
    ImportPreview latin1 = previewImport(file, choices.readOptions());
    ASSERT_FALSE(latin1.problem);
    EXPECT_EQ(latin1.encoding, "iso-8859-1");
    EXPECT_NE(latin1.text.find("dðr"), std::string::npos);
    EXPECT_TRUE(latin1.looksLikeMisreadWelsh);

    choices.encoding = "iso-8859-14";
    ImportPreview latin8 = previewImport(file, choices.readOptions());
    ASSERT_FALSE(latin8.problem);
    EXPECT_EQ(latin8.encoding, "iso-8859-14");
    EXPECT_NE(latin8.text.find("dŵr"), std::string::npos);
    EXPECT_FALSE(latin8.looksLikeMisreadWelsh);

    // Automatic detection knows Latin-8 by its ŵ between letters.
    choices.encoding = "auto";
    EXPECT_EQ(previewImport(file, choices.readOptions()).encoding, "iso-8859-14");

    // Strict UTF-8 refuses the bytes, and the preview says why instead of throwing.
    choices.encoding = "utf-8";
    ImportPreview utf8 = previewImport(file, choices.readOptions());
    ASSERT_TRUE(utf8.problem);
    EXPECT_NE(utf8.problem->id().find("not valid UTF-8"), std::string::npos);
    EXPECT_TRUE(utf8.text.empty());
}

TEST(ImportPreview, TurnsAndTheirLabels) {
    TempDir dir;
    const std::string file = dir.file("sian.txt");
    writeFile(file, "Cyfwelydd: Sut mae?\nSiân: Iawn diolch.\nCyfwelydd: Da iawn.\nSiân: Ydy.\n");
    ImportPreview preview = previewImport(file, ImportChoices{}.readOptions());
    ASSERT_FALSE(preview.problem);
    ASSERT_EQ(preview.turns.size(), 4u);
    ASSERT_EQ(preview.speakers.size(), 2u);
    EXPECT_EQ(preview.speakers[0].speaker, "Cyfwelydd");
    EXPECT_EQ(preview.speakers[0].turns, 2u);
    EXPECT_EQ(preview.speakers[1].speaker, "Siân");
    ASSERT_EQ(preview.labels.size(), 4u);
    // "Cyfwelydd:" is 10 code points; "Siân:" on the second line is 5 (â is one).
    EXPECT_EQ(preview.labels[0].start, 0);
    EXPECT_EQ(preview.labels[0].end, 10);
    EXPECT_EQ(preview.labels[1].start, 20);
    EXPECT_EQ(preview.labels[1].end, 25);
}

TEST(ImportPreview, ATurnPatternOfTheUsersOwnFindsOtherTurns) {
    TempDir dir;
    const std::string file = dir.file("dashes.txt");
    writeFile(file, "GARETH - Bore da.\nMAIR - Bore da.\nGARETH - Sut wyt ti?\n");
    ImportChoices choices;
    choices.turnPattern = "^([A-Z]+) - ";
    ImportPreview preview = previewImport(file, choices.readOptions());
    ASSERT_FALSE(preview.problem);
    ASSERT_EQ(preview.turns.size(), 3u);
    EXPECT_EQ(preview.turns[1].speaker, "MAIR");
    ASSERT_EQ(preview.labels.size(), 3u);
    EXPECT_EQ(preview.labels[0].end, 6);  // "GARETH"

    choices.turnPattern = "^([A-Z";  // not a regular expression
    ImportPreview broken = previewImport(file, choices.readOptions());
    EXPECT_TRUE(broken.problem);
}

TEST(ImportPreview, LongTextsAreShownInPart) {
    TempDir dir;
    const std::string file = dir.file("long.txt");
    std::string text;
    for (std::int64_t written = 0; written < ImportPreview::kPreviewCharacters + 500; written += 11) text += "Siân: ŵ ŷ.\n";
    writeFile(file, text);
    ImportPreview preview = previewImport(file, ImportChoices{}.readOptions());
    ASSERT_FALSE(preview.problem);
    EXPECT_TRUE(preview.truncated);
    bool truncated = false;
    EXPECT_EQ(firstCodePoints(preview.text, ImportPreview::kPreviewCharacters + 1, truncated), preview.text);
    EXPECT_FALSE(truncated);
    for (const auto& label : preview.labels) EXPECT_LE(label.end, ImportPreview::kPreviewCharacters);
}

TEST(ImportFiles, FoldersBringTheirSourcesOnceEach) {
    TempDir dir;
    std::filesystem::create_directories(dir.path() / "folder" / "inner");
    writeFile(dir.file("folder/a.txt"), "A: x\n");
    writeFile(dir.file("folder/inner/b.txt"), "B: y\n");
    writeFile(dir.file("folder/notes.xyz"), "?");
    writeFile(dir.file("folder/~$lock.docx"), "");
    std::vector<std::string> files;
    std::vector<FailedSource> skipped;
    EXPECT_EQ(addImportPaths(files, {dir.file("folder")}, skipped), 2u);
    EXPECT_EQ(addImportPaths(files, {dir.file("folder/a.txt")}, skipped), 0u);  // already listed
    EXPECT_EQ(files.size(), 2u);
    ASSERT_EQ(skipped.size(), 1u);
    EXPECT_NE(skipped[0].file.find("notes.xyz"), std::string::npos);
}

TEST(ImportReportLines, FailuresFirstThenSkippedThenImported) {
    ImportReport report;
    ImportedSource imported;
    imported.file = "/x/a.txt";
    imported.documentName = "a";
    imported.turns = 4;
    imported.caseName = "a";
    report.imported.push_back(imported);
    report.failed.push_back({"/x/b.txt", Message("{file} is empty: there is no text in it to import")});
    report.skipped.push_back({"/x/c.txt", Message("{file} is already in the project as document {document}")});
    const auto lines = importReportLines(report);
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[0].outcome, ImportReportLine::Outcome::Failed);
    EXPECT_EQ(lines[0].file, "b.txt");
    EXPECT_EQ(lines[1].outcome, ImportReportLine::Outcome::Skipped);
    EXPECT_EQ(lines[2].outcome, ImportReportLine::Outcome::Imported);
    EXPECT_EQ(lines[2].document, "a");
    EXPECT_EQ(lines[2].turns, 4);
}

/// Runs posted answers on this thread, as the UI's event loop would.
class PostQueue {
public:
    ImportWorker::Post post() {
        return [this](std::function<void()> task) {
            std::lock_guard lock(m_mutex);
            m_tasks.push_back(std::move(task));
        };
    }
    bool runUntil(const std::function<bool()>& done) {
        const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(30);
        while (!done()) {
            if (std::chrono::steady_clock::now() > end) return false;
            std::function<void()> task;
            {
                std::lock_guard lock(m_mutex);
                if (!m_tasks.empty()) {
                    task = std::move(m_tasks.front());
                    m_tasks.pop_front();
                }
            }
            if (task) task();
            else std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        return true;
    }

private:
    std::mutex m_mutex;
    std::deque<std::function<void()>> m_tasks;
};

TEST(ImportWorker, ReadsOnTheWorkerAndStoresOnTheCallingThread) {
    TempDir dir;
    for (int i = 0; i < 5; ++i) writeFile(dir.file("t" + std::to_string(i) + ".txt"), "A: one\nB: two\nA: " + std::to_string(i) + "\n");
    writeFile(dir.file("empty.txt"), "  \n");
    auto bench = Workbench::create(dir.file("p.edau"), "p");

    ImportChoices choices;
    std::vector<FailedSource> skipped;
    addImportPaths(choices.files, {dir.path().string()}, skipped);
    ASSERT_EQ(choices.files.size(), 6u);

    PostQueue queue;
    ImportWorker worker(queue.post());
    SourceStorer storer(*bench, choices.request());
    ImportReport report;
    const auto uiThread = std::this_thread::get_id();
    bool finished = false, cancelled = true;
    ASSERT_TRUE(worker.start(choices.files, choices.readOptions(),
                             [&](ReadSource source, std::size_t, std::size_t total) {
                                 EXPECT_EQ(std::this_thread::get_id(), uiThread);
                                 EXPECT_EQ(total, 6u);
                                 storer.store(std::move(source), report);
                             },
                             [&](bool wasCancelled) {
                                 finished = true;
                                 cancelled = wasCancelled;
                             }));
    EXPECT_FALSE(worker.start({}, {}, {}, {}));  // one import at a time
    ASSERT_TRUE(queue.runUntil([&] { return finished; }));
    EXPECT_FALSE(cancelled);
    EXPECT_FALSE(worker.running());
    EXPECT_EQ(report.imported.size(), 5u);
    ASSERT_EQ(report.failed.size(), 1u);
    EXPECT_NE(report.failed[0].reason.id().find("is empty"), std::string::npos);
    EXPECT_EQ(bench->documents().size(), 5u);
    EXPECT_EQ(bench->cases().size(), 5u);

    // The same files again: every one is skipped as already imported.
    ImportReport again;
    SourceStorer storerAgain(*bench, choices.request());
    finished = false;
    ASSERT_TRUE(worker.start(choices.files, choices.readOptions(),
                             [&](ReadSource source, std::size_t, std::size_t) { storerAgain.store(std::move(source), again); },
                             [&](bool) { finished = true; }));
    ASSERT_TRUE(queue.runUntil([&] { return finished; }));
    EXPECT_EQ(again.skipped.size(), 5u);
    EXPECT_TRUE(again.imported.empty());
}

TEST(ImportWorker, CancelStopsBeforeTheNextFile) {
    TempDir dir;
    for (int i = 0; i < 20; ++i) writeFile(dir.file("t" + std::to_string(i) + ".txt"), "A: x\nB: y\nA: " + std::to_string(i) + "\n");
    auto bench = Workbench::create(dir.file("p.edau"), "p");
    ImportChoices choices;
    std::vector<FailedSource> skipped;
    addImportPaths(choices.files, {dir.path().string()}, skipped);

    PostQueue queue;
    ImportWorker worker(queue.post());
    SourceStorer storer(*bench, choices.request());
    ImportReport report;
    bool finished = false, cancelled = false;
    worker.start(choices.files, choices.readOptions(),
                 [&](ReadSource source, std::size_t index, std::size_t) {
                     storer.store(std::move(source), report);
                     if (index == 2) worker.cancel();
                 },
                 [&](bool wasCancelled) {
                     finished = true;
                     cancelled = wasCancelled;
                 });
    ASSERT_TRUE(queue.runUntil([&] { return finished; }));
    EXPECT_TRUE(cancelled);
    EXPECT_EQ(report.imported.size(), 3u);  // files read ahead after Cancel are not stored
    EXPECT_EQ(bench->documents().size(), 3u);
}

}  // namespace
}  // namespace edau::gui
