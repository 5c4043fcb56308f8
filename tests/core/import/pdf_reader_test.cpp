// SPDX-License-Identifier: GPL-3.0-or-later
// import::readPdf: text in reading order from hand-made PDFs, refusals, and the extractor process's limits.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <future>
#include <optional>
#include <string>
#include <vector>

#include "edau/base/error.h"
#include "format_readers.h"
#include "pdf_reader.h"
#include "temp_dir.h"

namespace {

using edau::ErrorKind;
using edau::importers::ExtractedText;
using edau::importers::PdfLimits;
using edau::importers::readPdf;
using edau::importers::readPdfWith;
using edau::test::dataFile;
using edau::test::TempDir;
using edau::test::writeFile;
using namespace std::chrono_literals;

const std::string kLabel = "interview.pdf";

std::string fixture(const std::string& name) { return dataFile("import/pdf/" + name); }

// The text of paragraphs.pdf (and of owner_password_only.pdf, the same page encrypted).
const std::string kParagraphs =
    "Cyfweliad: Siân a'r café\n"
    "Siân: Mae'r café yn y pentref yn agor am naw bob bore, ac mae pawb yn dod yno i siarad am y tywydd a'r "
    "newyddion. Mae'n lle pwysig i'r community.\n"
    "Interviewer: And what does the café mean for the people who live in the community here? Does it help with "
    "loneliness, and with their sense of well-being, or is it mostly a place for visitors who come through in the "
    "summer months? Please say more about how that has changed since the bus service was cut back two years ago.\n"
    "Siân: It's where we meet. Older people especially come for the company and the warmth, and it makes a real "
    "difference to their well-being. The volunteers know everyone.\n"
    "Interviewer: Diolch yn fawr.";

// The error a call throws, or nullopt when it returns.
template <typename Call>
std::optional<edau::Error> errorFrom(Call call) {
    try {
        call();
    } catch (const edau::Error& e) {
        return e;
    }
    return std::nullopt;
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

// A stand-in for edau-pdf-text: a shell script written into `dir`.
std::string fakeExtractor(const TempDir& dir, const std::string& body) {
    const std::string path = dir.file("fake-pdf-text");
    writeFile(path, "#!/bin/sh\n" + body + "\n");
    ::chmod(path.c_str(), 0755);
    return path;
}

// A file for fake extractors to be given; they never read it.
std::string anyPdf(const TempDir& dir) {
    const std::string path = dir.file("any.pdf");
    writeFile(path, "%PDF-1.4\n");
    return path;
}

// Limits for stand-ins that finish at once: generous for a loaded machine, short if one hangs.
PdfLimits quickLimits() {
    PdfLimits limits;
    limits.wallTime = 3s;
    return limits;
}

// ---------------------------------------------------------------- reading text

TEST(PdfReader, ReadsHeadingAndParagraphsInOrderWithAccents) {
    const ExtractedText result = readPdf(fixture("paragraphs.pdf"), kLabel);
    EXPECT_EQ(result.text, kParagraphs);
    EXPECT_TRUE(result.notes.empty());
    EXPECT_FALSE(result.formatHasTurns);
}

TEST(PdfReader, TellsParagraphsApartBySpacingShortLinesAndIndents) {
    // paragraphs.pdf separates its paragraphs by extra space, by a short last line, and by a
    // first-line indent after a full line: each boundary must be found, and no other.
    const std::string text = readPdf(fixture("paragraphs.pdf"), kLabel).text;
    EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 4);
    EXPECT_TRUE(contains(text, "community.\nInterviewer: And what"));  // extra space
    EXPECT_TRUE(contains(text, "two years ago.\nSiân: It's where"));    // indent
    EXPECT_TRUE(contains(text, "know everyone.\nInterviewer: Diolch"));  // short line
}

TEST(PdfReader, JoinsWordsHyphenatedAtLineEndsAsTheDocumentSpellsThem) {
    const std::string text = readPdf(fixture("paragraphs.pdf"), kLabel).text;
    EXPECT_TRUE(contains(text, "live in the community here"));  // "commu-" / "nity": written "community" elsewhere
    EXPECT_TRUE(contains(text, "to their well-being."));         // "well-" / "being": written "well-being" elsewhere
    EXPECT_FALSE(contains(text, "commu-nity"));
    EXPECT_FALSE(contains(text, "- "));
}

TEST(PdfReader, ReadsTwoColumnsOneAfterTheOther) {
    // The page is drawn row by row across both columns; reading order is column by column.
    EXPECT_EQ(readPdf(fixture("two_columns.pdf"), kLabel).text,
              "Two columns of notes\n"
              "Left one: the first paragraph of the left column runs over three lines before it ends.\n"
              "Left two: a second paragraph in the left column.\n"
              "Right one: the right column starts at the top again, beside the left column.\n"
              "Right two: and it ends here, at the bottom of the page.");
}

TEST(PdfReader, KeepsDoubleSpacedParagraphsWhole) {
    EXPECT_EQ(readPdf(fixture("double_spaced.pdf"), kLabel).text,
              "Interviewer: Can you tell me about the support you had after leaving hospital, and who arranged it "
              "for you?\n"
              "Rhys: Not much at first. The social worker came once, then the care package started about three "
              "weeks later, which was a long time to manage on my own with the stairs.\n"
              "Interviewer: Right.\n"
              "Rhys: My daughter did the shopping.");
}

TEST(PdfReader, ReadsATranscriptTableAsTurnsWithoutItsLineNumbers) {
    // Poppler reads the speaker column, the line numbers and the text column as separate blocks.
    EXPECT_EQ(readPdf(fixture("speaker_table.pdf"), kLabel).text,
              "Interviewer: Sut mae pethau yn y pentref ers i'r banc gau?\n"
              "Siân: It's been hard. People used to do their banking and then have a coffee, and now they have to "
              "go into town on the bus, which only runs twice a day.\n"
              "Interviewer: A beth am y siop?\n"
              "Rhys – The shop is still open, but for how long nobody knows.");
}

TEST(PdfReader, ReadsWelshLettersAndSpellsOutLigatures) {
    EXPECT_EQ(readPdf(fixture("welsh_unicode.pdf"), kLabel).text,
              "Mae'r dŵr yn oer ond mae'r tŷ yn gynnes. Ŵyr Siôn a ŷd y maes: ffŵl, ïe, ẃ, ỳ. "
              "Typeset ligatures: find, flat, office.");
}

TEST(PdfReader, ReadsAPageDisplayedTurned) {
    EXPECT_EQ(readPdf(fixture("rotated.pdf"), kLabel).text,
              "First paragraph on a page that is displayed in landscape, running over three lines of forty "
              "characters or so.\n"
              "Second paragraph, after a gap.");
}

TEST(PdfReader, LeavesOutRunningHeadersAndFootersAndJoinsSentencesAcrossPages) {
    const ExtractedText result = readPdf(fixture("running_headers.pdf"), kLabel);
    EXPECT_EQ(result.text,
              "The first page of the report begins here and its last sentence runs on to the next page without a "
              "break in the middle of a sentence, which should read as one paragraph.\n"
              "The third page has a paragraph of its own.\n"
              "So does the fourth and last page.");
    ASSERT_EQ(result.notes.size(), 1u);
    EXPECT_TRUE(contains(result.notes[0], "Headers, footers and page numbers"));
}

TEST(PdfReader, ImportsTheTextPagesOfAPartlyScannedPdfAndSaysWhichPagesHaveNone) {
    const ExtractedText result = readPdf(fixture("partly_scanned.pdf"), kLabel);
    EXPECT_EQ(result.text, "Typed cover note before the scanned letter.\nTyped reply after the scanned letter.");
    ASSERT_EQ(result.notes.size(), 1u);
    EXPECT_TRUE(contains(result.notes[0], "Page 2 of 3 has no text layer"));
}

TEST(PdfReader, ReadsAPdfWithOnlyAnOwnerPassword) {
    // Encrypted with an empty user password: anyone may open it, so Edau may too.
    EXPECT_EQ(readPdf(fixture("owner_password_only.pdf"), kLabel).text, kParagraphs);
}

// ---------------------------------------------------------------- refusing

TEST(PdfReader, RefusesUnreadablePdfsSayingWhy) {
    TempDir dir;
    const std::string empty = dir.file("empty.pdf");
    writeFile(empty, "");
    const std::string html = dir.file("page.pdf");
    writeFile(html, "<!DOCTYPE html><html><body>Not a PDF at all</body></html>");
    struct Case {
        std::string path;
        const char* reason;
    };
    const Case cases[] = {
        {fixture("scanned.pdf"), "has no text layer: it looks like a scanned document"},
        {fixture("encrypted.pdf"), "is password-protected; remove the password"},
        {fixture("truncated.pdf"), "could not be read as a PDF (it may be damaged)"},
        {fixture("junk.pdf"), "could not be read as a PDF (it may be damaged)"},
        {empty, "could not be read as a PDF (it may be damaged)"},
        {html, "could not be read as a PDF (it may be damaged)"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.path);
        const auto error = errorFrom([&] { readPdf(c.path, kLabel); });
        ASSERT_TRUE(error.has_value());
        EXPECT_EQ(error->kind(), ErrorKind::BadInput);
        EXPECT_TRUE(contains(error->what(), kLabel + " ")) << error->what();
        EXPECT_TRUE(contains(error->what(), c.reason)) << error->what();
    }
}

TEST(PdfReader, MissingFileIsNotFound) {
    TempDir dir;
    const auto error = errorFrom([&] { readPdf(dir.file("absent.pdf"), kLabel); });
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind(), ErrorKind::NotFound);
}

TEST(PdfReader, TooLittleMemoryStopsTheReaderNotEdau) {
#if defined(__SANITIZE_ADDRESS__)
    GTEST_SKIP() << "the extractor leaves memory unlimited under AddressSanitizer";
#else
    PdfLimits limits;
    limits.memoryMb = 1;
    const auto error = errorFrom([&] { readPdfWith(fixture("paragraphs.pdf"), kLabel, limits); });
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind(), ErrorKind::BadInput);
    EXPECT_TRUE(contains(error->what(), "needs more memory than Edau allows") ||
                contains(error->what(), "made the PDF reader fail"))
        << error->what();
#endif
}

TEST(PdfReader, ReadsFromSeveralThreadsAtOnce) {
    std::vector<std::future<std::string>> reads;
    for (int i = 0; i < 4; ++i)
        reads.push_back(std::async(std::launch::async, [] { return readPdf(fixture("paragraphs.pdf"), kLabel).text; }));
    for (auto& r : reads) EXPECT_EQ(r.get(), kParagraphs);
}

// ---------------------------------------------------------------- the extractor process

TEST(PdfExtractorProcess, ExitCodesBecomeMessagesNamingTheFile) {
    TempDir dir;
    struct Case {
        int exitCode;
        const char* reason;
    };
    const Case cases[] = {
        {10, "could not be read as a PDF"},
        {11, "is password-protected"},
        {12, "has no text layer"},
        {13, "needs more memory than Edau allows for reading a PDF (1024 MB)"},
        {14, "made the PDF reader fail"},
        {2, "made the PDF reader fail"},
        {1, "made the PDF reader fail"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.exitCode);
        const std::string fake = fakeExtractor(dir, "exit " + std::to_string(c.exitCode));
        const auto error = errorFrom([&] { readPdfWith(anyPdf(dir), kLabel, PdfLimits{}, fake); });
        ASSERT_TRUE(error.has_value());
        EXPECT_EQ(error->kind(), ErrorKind::BadInput);
        EXPECT_TRUE(contains(error->what(), kLabel)) << error->what();
        EXPECT_TRUE(contains(error->what(), c.reason)) << error->what();
    }
}

TEST(PdfExtractorProcess, ReaderThatHangsIsStoppedAtTheTimeLimit) {
    TempDir dir;
    // The variants: asleep with output open; output closed, then asleep; a busy loop; and a
    // background child that keeps the output open after its parent is killed.
    const char* bodies[] = {"exec sleep 30", "exec >&-\nexec sleep 30", "while :; do :; done",
                            "sleep 30 &\nwait"};
    for (const char* body : bodies) {
        SCOPED_TRACE(body);
        const std::string fake = fakeExtractor(dir, body);
        PdfLimits limits;
        limits.wallTime = 500ms;
        const auto start = std::chrono::steady_clock::now();
        const auto error = errorFrom([&] { readPdfWith(anyPdf(dir), kLabel, limits, fake); });
        const auto took = std::chrono::steady_clock::now() - start;
        ASSERT_TRUE(error.has_value());
        EXPECT_TRUE(contains(error->what(), "interview.pdf took too long to read and was stopped")) << error->what();
        EXPECT_LT(took, 5s);
    }
}

TEST(PdfExtractorProcess, ReaderKilledBySignalIsAFailureAndCpuLimitIsTooLong) {
    TempDir dir;
    const auto crash = errorFrom([&] { readPdfWith(anyPdf(dir), kLabel, quickLimits(), fakeExtractor(dir, "kill -SEGV $$")); });
    ASSERT_TRUE(crash.has_value());
    EXPECT_TRUE(contains(crash->what(), "made the PDF reader fail; it was not imported")) << crash->what();
    const auto cpu = errorFrom([&] { readPdfWith(anyPdf(dir), kLabel, quickLimits(), fakeExtractor(dir, "kill -XCPU $$")); });
    ASSERT_TRUE(cpu.has_value());
    EXPECT_TRUE(contains(cpu->what(), "took too long to read")) << cpu->what();
}

TEST(PdfExtractorProcess, EndlessOutputIsCutOffAtTheCap) {
    TempDir dir;
    PdfLimits limits;
    limits.wallTime = 10s;
    limits.maxOutputBytes = 100000;
    const auto start = std::chrono::steady_clock::now();
    const auto error = errorFrom([&] { readPdfWith(anyPdf(dir), kLabel, limits, fakeExtractor(dir, "exec cat /dev/zero")); });
    ASSERT_TRUE(error.has_value());
    EXPECT_TRUE(contains(error->what(), "has more text than Edau can import from one PDF")) << error->what();
    EXPECT_LT(std::chrono::steady_clock::now() - start, 5s);
}

TEST(PdfExtractorProcess, MalformedOutputIsAReaderFailure) {
    TempDir dir;
    const char* outputs[] = {
        "hello",                                                   // not framed
        "EDAU-PDF-TEXT 1\\npages 1\\npage 1 5\\nHello\\n",         // no end marker
        "EDAU-PDF-TEXT 1\\npages 1\\npage 1 50\\nHello\\nend\\n",  // length beyond the output
        "EDAU-PDF-TEXT 1\\npages 2\\npage 1 5\\nHello\\nend\\n",   // fewer pages than announced
        "EDAU-PDF-TEXT 1\\npages 1\\npage 1 2\\n\\377\\376\\nend\\n",  // not UTF-8
        "EDAU-PDF-TEXT 1\\npages 1\\npage 1 3\\na\\033b\\nend\\n",     // a control character
        "EDAU-PDF-TEXT 1\\npages 99999999999999999999\\nend\\n",   // absurd count
        "EDAU-PDF-TEXT 2\\npages 1\\npage 1 5\\nHello\\nend\\n",   // a framing this reader does not know
    };
    for (const char* output : outputs) {
        SCOPED_TRACE(output);
        const std::string fake = fakeExtractor(dir, std::string("printf '") + output + "'");
        const auto error = errorFrom([&] { readPdfWith(anyPdf(dir), kLabel, quickLimits(), fake); });
        ASSERT_TRUE(error.has_value());
        EXPECT_EQ(error->kind(), ErrorKind::BadInput);
        EXPECT_TRUE(contains(error->what(), "made the PDF reader fail")) << error->what();
    }
}

TEST(PdfExtractorProcess, WellFramedOutputIsReadAndEmptyPagesNoted) {
    TempDir dir;
    const std::string fake = fakeExtractor(
        dir, "printf 'EDAU-PDF-TEXT 1\\npages 3\\npage 1 5\\nHello\\npage 2 0\\n\\npage 3 7\\nBore da\\nend\\n'");
    const ExtractedText result = readPdfWith(anyPdf(dir), kLabel, quickLimits(), fake);
    EXPECT_EQ(result.text, "Hello\nBore da");
    ASSERT_EQ(result.notes.size(), 1u);
    EXPECT_TRUE(contains(result.notes[0], "Page 2 of 3 has no text layer")) << result.notes[0];
}

TEST(PdfExtractorProcess, GetsTheLimitsAndThePathAfterDoubleDash) {
    TempDir dir;
    // Echo the arguments back as the page's text.
    const std::string fake = fakeExtractor(
        dir, "args=\"$*\"\nprintf 'EDAU-PDF-TEXT 1\\npages 1\\npage 1 %d\\n%s\\nend\\n' ${#args} \"$args\"");
    PdfLimits limits = quickLimits();
    limits.memoryMb = 512;
    limits.cpuSeconds = 7;
    const std::string pdf = dir.file("-looks-like-an-option.pdf");
    writeFile(pdf, "%PDF-1.4\n");
    EXPECT_EQ(readPdfWith(pdf, kLabel, limits, fake).text, "--max-memory-mb 512 --max-seconds 7 -- " + pdf);
}

TEST(PdfExtractorProcess, InheritsNoOpenFilesAndReadsNothingFromStdin) {
    TempDir dir;
    const int leak = ::open("/dev/null", O_RDONLY);  // deliberately without O_CLOEXEC
    ASSERT_GE(leak, 3);
    const std::string fake = fakeExtractor(
        dir, "if [ -e /proc/$$/fd/" + std::to_string(leak) +
                 " ]; then t=leaked; else t=closed; fi\n"
                 "if read line; then t=\"$t stdin\"; fi\n"
                 "printf 'EDAU-PDF-TEXT 1\\npages 1\\npage 1 %d\\n%s\\nend\\n' ${#t} \"$t\"");
    const std::string text = readPdfWith(anyPdf(dir), kLabel, quickLimits(), fake).text;
    ::close(leak);
    EXPECT_EQ(text, "closed");
}

TEST(PdfExtractorProcess, MissingReaderIsAnEnvironmentError) {
    TempDir dir;
    const auto error = errorFrom([&] { readPdfWith(anyPdf(dir), kLabel, quickLimits(), dir.file("no-such-program")); });
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind(), ErrorKind::Environment);
    EXPECT_TRUE(contains(error->what(), "PDF reader")) << error->what();
}

TEST(PdfExtractorProcess, EnvironmentVariableChoosesTheReader) {
    TempDir dir;
    const std::string fake =
        fakeExtractor(dir, "printf 'EDAU-PDF-TEXT 1\\npages 1\\npage 1 8\\nfrom env\\nend\\n'");
    const char* before = std::getenv("EDAU_PDF_TEXT");
    const std::optional<std::string> saved = before ? std::optional<std::string>(before) : std::nullopt;
    ::setenv("EDAU_PDF_TEXT", fake.c_str(), 1);
    const std::string text = readPdf(anyPdf(dir), kLabel).text;
    if (saved)
        ::setenv("EDAU_PDF_TEXT", saved->c_str(), 1);
    else
        ::unsetenv("EDAU_PDF_TEXT");
    EXPECT_EQ(text, "from env");
}

}  // namespace
