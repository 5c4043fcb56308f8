// SPDX-License-Identifier: GPL-3.0-or-later
// Every writer replaces its file whole or not at all, and names the file when it cannot write.
#include <gtest/gtest.h>

#include <filesystem>
#include <functional>

#include "edau/base/error.h"
#include "edau/export/report_writers.h"
#include "export_fixture.h"
#include "temp_dir.h"

namespace edau {
namespace {

using Writer = std::function<ExportReport(const Report&, const std::string&)>;

struct NamedWriter {
    const char* extension;
    Writer write;
};

std::vector<NamedWriter> writers() {
    return {{"xlsx", writeXlsx}, {"docx", writeDocx}, {"csv", writeCsv},
            {"quotes.csv", writeCsvQuotes}, {"html", writeHtml}, {"md", writeMarkdown}};
}

std::size_t filesIn(const std::filesystem::path& folder) {
    return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(folder), {}));
}

TEST(AtomicExport, ReplacesAnExistingFileAndLeavesNoTemporaryFile) {
    for (const auto& writer : writers()) {
        test::TempDir dir;
        const std::string path = dir.file("allbwn." + std::string(writer.extension));
        test::writeFile(path, "hen");
        writer.write(test::welshMatrixReport(), path);
        EXPECT_NE(test::readFile(path), "hen") << writer.extension;
        EXPECT_EQ(filesIn(dir.path()), 1u) << writer.extension;
    }
}

TEST(AtomicExport, NamesTheFileWhenTheFolderDoesNotExist) {
    for (const auto& writer : writers()) {
        test::TempDir dir;
        const std::string path = dir.file("dim-ffolder/allbwn." + std::string(writer.extension));
        try {
            writer.write(test::welshMatrixReport(), path);
            ADD_FAILURE() << writer.extension << " wrote into a missing folder";
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), ErrorKind::Environment) << writer.extension;
            EXPECT_EQ(e.message().id(), "Cannot write {file}: {reason}");
            EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
        }
        EXPECT_EQ(filesIn(dir.path()), 0u) << writer.extension;
    }
}

TEST(AtomicExport, LeavesTheOldFileWhenTheReportIsRefused) {
    Report report = test::welshMatrixReport();
    std::get<ReportTable>(report.blocks[2]).rows[0][1].notes = {9};
    for (const auto& writer : writers()) {
        test::TempDir dir;
        const std::string path = dir.file("allbwn." + std::string(writer.extension));
        test::writeFile(path, "hen");
        try {
            writer.write(report, path);
            ADD_FAILURE() << writer.extension << " accepted a citation of a missing note";
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), ErrorKind::Usage);
        }
        EXPECT_EQ(test::readFile(path), "hen") << writer.extension;
        EXPECT_EQ(filesIn(dir.path()), 1u) << writer.extension;
    }
}

TEST(AtomicExport, RefusesARowLongerThanItsHeadings) {
    Report report = test::welshMatrixReport();
    std::get<ReportTable>(report.blocks[2]).rows[1].emplace_back();
    test::TempDir dir;
    EXPECT_THROW(writeDocx(report, dir.file("a.docx")), Error);
    EXPECT_EQ(filesIn(dir.path()), 0u);
}

TEST(AtomicExport, RefusesToReplaceAFolder) {
    for (const auto& writer : writers()) {
        test::TempDir dir;
        const std::string path = dir.file("ffolder." + std::string(writer.extension));
        std::filesystem::create_directory(path);
        EXPECT_THROW(writer.write(test::welshMatrixReport(), path), Error) << writer.extension;
        EXPECT_TRUE(std::filesystem::is_directory(path));
        EXPECT_EQ(filesIn(dir.path()), 1u) << writer.extension;
    }
}

}  // namespace
}  // namespace edau
