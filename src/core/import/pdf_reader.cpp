// SPDX-License-Identifier: GPL-3.0-or-later
// readPdf: runs edau-pdf-text in a child process under limits and reads back its framed text.
#include "pdf_reader.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include "edau/base/error.h"
#include "edau/text/unicode.h"
#include "pdf_text/pdf_text_extraction.h"

extern char** environ;

namespace edau::importers {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr const char* kExtractorName = "edau-pdf-text";

[[noreturn]] void failBadInput(const char* messageTemplate, const std::string& fileLabel) {
    throwError(ErrorKind::BadInput, Message(messageTemplate).arg("file", fileLabel));
}

[[noreturn]] void failReader(const std::string& fileLabel) {
    failBadInput(EDAU_MSG("{file} made the PDF reader fail; it was not imported"), fileLabel);
}

[[noreturn]] void failToStart(const std::string& extractor, int error) {
    throwError(ErrorKind::Environment,
               Message(EDAU_MSG("Edau's PDF reader ({program}) could not be started: {reason}"))
                   .arg("program", extractor)
                   .arg("reason", std::error_code(error, std::generic_category()).message()));
}

bool isExecutable(const std::string& path) { return !path.empty() && ::access(path.c_str(), X_OK) == 0; }

/// Closes a file descriptor when it goes out of scope, so no path leaks the pipe.
class FdGuard {
public:
    explicit FdGuard(int fd) : m_fd(fd) {}
    ~FdGuard() { close(); }
    FdGuard(const FdGuard&) = delete;
    FdGuard& operator=(const FdGuard&) = delete;
    int get() const { return m_fd; }
    /// Hands the descriptor over to the caller, who closes it from now on.
    int release() {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }
    void close() {
        if (m_fd >= 0) ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd;
};

/// posix_spawn's setup objects, released on every path.
struct SpawnSetup {
    posix_spawn_file_actions_t actions{};
    posix_spawnattr_t attributes{};
    bool actionsReady = false;
    bool attributesReady = false;
    SpawnSetup() = default;
    SpawnSetup(const SpawnSetup&) = delete;
    SpawnSetup& operator=(const SpawnSetup&) = delete;
    ~SpawnSetup() {
        if (actionsReady) posix_spawn_file_actions_destroy(&actions);
        if (attributesReady) posix_spawnattr_destroy(&attributes);
    }
};

/// What became of one run of the extractor.
struct RunResult {
    std::string output;
    bool timedOut = false;
    bool outputTooLarge = false;
    bool statusKnown = false;  ///< false when someone else reaped the child (SIGCHLD ignored)
    int status = 0;
};

/// Reaps `pid`, retrying on signals. Returns false when the status is lost (ECHILD).
bool reap(pid_t pid, int& status) {
    for (;;) {
        const pid_t r = ::waitpid(pid, &status, 0);
        if (r == pid) return true;
        if (r < 0 && errno == EINTR) continue;
        return false;
    }
}

/// Kills the child and everything it started (it leads its own process group), then reaps it.
void killAndReap(pid_t pid, RunResult& result) {
    ::kill(-pid, SIGKILL);
    ::kill(pid, SIGKILL);
    result.statusKnown = reap(pid, result.status);
}

/// Kills and reaps a child still running when its scope is left by an exception (an
/// allocation failing while output is read), so no path leaves a runaway process or a zombie.
class ChildGuard {
public:
    explicit ChildGuard(pid_t pid) : m_pid(pid) {}
    ~ChildGuard() {
        if (m_pid <= 0) return;
        RunResult ignored;
        killAndReap(m_pid, ignored);
    }
    ChildGuard(const ChildGuard&) = delete;
    ChildGuard& operator=(const ChildGuard&) = delete;
    /// The child has been reaped (or handed to killAndReap): nothing left to do.
    void release() { m_pid = -1; }

private:
    pid_t m_pid;
};

/// Starts `argv` with stdin and stderr on /dev/null, stdout into a new pipe, no other inherited
/// file descriptors, default signal handling and its own process group. Returns the pid and
/// leaves the pipe's read end in `readEnd`.
pid_t spawnExtractor(const std::string& extractor, std::vector<std::string> args, int& readEnd) {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) failToStart(extractor, errno);
    FdGuard readFd(fds[0]);
    FdGuard writeFd(fds[1]);

    SpawnSetup setup;
    int rc = posix_spawn_file_actions_init(&setup.actions);
    if (rc != 0) failToStart(extractor, rc);
    setup.actionsReady = true;
    rc = posix_spawnattr_init(&setup.attributes);
    if (rc != 0) failToStart(extractor, rc);
    setup.attributesReady = true;

    posix_spawn_file_actions_addopen(&setup.actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&setup.actions, writeFd.get(), STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&setup.actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
    // Descriptors other threads opened without O_CLOEXEC must not leak into the child either.
    posix_spawn_file_actions_addclosefrom_np(&setup.actions, STDERR_FILENO + 1);
#endif

    // A GUI thread may block or ignore signals; the child must start with the defaults so its
    // CPU limit (SIGXCPU) and a closed pipe (SIGPIPE) end it.
    sigset_t none;
    sigemptyset(&none);
    sigset_t defaults;
    sigfillset(&defaults);
    sigdelset(&defaults, SIGKILL);
    sigdelset(&defaults, SIGSTOP);
    posix_spawnattr_setsigmask(&setup.attributes, &none);
    posix_spawnattr_setsigdefault(&setup.attributes, &defaults);
    posix_spawnattr_setpgroup(&setup.attributes, 0);
    posix_spawnattr_setflags(&setup.attributes,
                             static_cast<short>(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP));

    std::vector<char*> argv;
    argv.reserve(args.size() + 1);
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);

    pid_t pid = -1;
    rc = posix_spawn(&pid, extractor.c_str(), &setup.actions, &setup.attributes, argv.data(), environ);
    if (rc != 0) failToStart(extractor, rc);
    // The write end closes when this returns, so only the child holds it and EOF can arrive.
    readEnd = readFd.release();
    return pid;
}

/// Runs the extractor on `path`: reads at most limits.maxOutputBytes of its output and stops it
/// when the wall-clock limit passes. Never leaves a zombie behind.
RunResult runExtractor(const std::string& extractor, const std::string& path, const PdfLimits& limits) {
    std::vector<std::string> args = {kExtractorName,
                                     "--max-memory-mb",
                                     std::to_string(std::max(1u, limits.memoryMb)),
                                     "--max-seconds",
                                     std::to_string(std::max(1u, limits.cpuSeconds)),
                                     "--",
                                     path};
    RunResult result;
    std::vector<char> buffer(64 * 1024);
    int readEnd = -1;
    const Clock::time_point deadline = Clock::now() + limits.wallTime;
    const pid_t pid = spawnExtractor(extractor, std::move(args), readEnd);
    ChildGuard child(pid);
    FdGuard pipe(readEnd);

    bool failed = false;
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0) {
            result.timedOut = true;
            break;
        }
        pollfd p{pipe.get(), POLLIN, 0};
        const int ready = ::poll(&p, 1, static_cast<int>(std::min<long long>(left, INT_MAX)));
        if (ready < 0 && errno != EINTR) {
            failed = true;
            break;
        }
        if (ready <= 0) continue;
        const ssize_t n = ::read(pipe.get(), buffer.data(), buffer.size());
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN) continue;
            failed = true;
            break;
        }
        if (n == 0) break;  // end of output
        if (result.output.size() + static_cast<std::size_t>(n) > limits.maxOutputBytes) {
            result.outputTooLarge = true;
            break;
        }
        result.output.append(buffer.data(), static_cast<std::size_t>(n));
    }
    pipe.close();

    if (result.timedOut || result.outputTooLarge || failed) {
        child.release();
        killAndReap(pid, result);
        return result;
    }
    // Output is complete; the extractor should exit at once, but give it only until the deadline.
    auto pause = std::chrono::milliseconds(1);
    for (;;) {
        const pid_t r = ::waitpid(pid, &result.status, WNOHANG);
        if (r == pid) {
            child.release();
            result.statusKnown = true;
            return result;
        }
        if (r < 0 && errno != EINTR) {  // reaped elsewhere (SIGCHLD ignored): status unknown
            child.release();
            return result;
        }
        if (Clock::now() >= deadline) {
            child.release();
            result.timedOut = true;
            killAndReap(pid, result);
            return result;
        }
        std::this_thread::sleep_for(pause);
        pause = std::min(pause * 2, std::chrono::milliseconds(50));
    }
}

/// Parses a plain decimal number of at most 15 digits.
bool parseNumber(std::string_view text, std::uint64_t& number) {
    if (text.empty() || text.size() > 15) return false;
    number = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return false;
        number = number * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return true;
}

/// Reads the header line at `at` ("pages N" or "page I LENGTH"): `name` followed by
/// `numbers.size()` numbers separated by single spaces. Advances past the line's "\n".
bool readHeaderLine(std::string_view s, std::size_t& at, std::string_view name, std::vector<std::uint64_t>& numbers) {
    const std::size_t end = s.find('\n', at);
    if (end == std::string_view::npos) return false;
    std::string_view line = s.substr(at, end - at);
    if (line.substr(0, name.size()) != name) return false;
    line.remove_prefix(name.size());
    for (std::uint64_t& number : numbers) {
        if (line.empty() || line.front() != ' ') return false;
        line.remove_prefix(1);
        const std::size_t space = std::min(line.find(' '), line.size());
        if (!parseNumber(line.substr(0, space), number)) return false;
        line.remove_prefix(space);
    }
    if (!line.empty()) return false;
    at = end + 1;
    return true;
}

/// One page's paragraphs.
using Page = std::vector<std::string_view>;

Page splitParagraphs(std::string_view pageText) {
    Page page;
    std::size_t start = 0;
    while (start < pageText.size()) {
        const std::size_t end = std::min(pageText.find('\n', start), pageText.size());
        if (end > start) page.push_back(pageText.substr(start, end - start));
        start = end + 1;
    }
    return page;
}

/// A paragraph with its numbers blanked, so "Page 3 of 12" and "Page 4 of 12" look alike.
std::string runningLineKey(std::string_view paragraph) {
    std::string key;
    for (std::size_t i = 0; i < paragraph.size(); ++i) {
        const bool digit = paragraph[i] >= '0' && paragraph[i] <= '9';
        if (!digit)
            key += paragraph[i];
        else if (i == 0 || paragraph[i - 1] < '0' || paragraph[i - 1] > '9')
            key += '#';
    }
    return key;
}

/// Drops running headers and footers: a short first (or last) paragraph that, numbers aside,
/// opens (or closes) at least 40% of the pages, and at least three. Two rounds at each end
/// catch a header of two lines, or a footer above a page number. Returns whether any went.
bool removeRunningHeadersAndFooters(std::vector<Page>& pages) {
    constexpr std::size_t kMaxRunningLineBytes = 120;
    if (pages.size() < 3) return false;
    const std::size_t needed = std::max<std::size_t>(3, (pages.size() * 2 + 4) / 5);
    bool removed = false;
    for (const bool atTop : {true, false}) {
        for (int round = 0; round < 2; ++round) {
            std::map<std::string, std::size_t> counts;
            for (const Page& page : pages) {
                if (page.size() < 2) continue;  // never empty a page entirely
                const std::string_view p = atTop ? page.front() : page.back();
                if (p.size() <= kMaxRunningLineBytes) ++counts[runningLineKey(p)];
            }
            bool any = false;
            for (Page& page : pages) {
                if (page.size() < 2) continue;
                const std::string_view p = atTop ? page.front() : page.back();
                if (p.size() > kMaxRunningLineBytes || counts[runningLineKey(p)] < needed) continue;
                if (atTop)
                    page.erase(page.begin());
                else
                    page.pop_back();
                any = true;
            }
            removed = removed || any;
            if (!any) break;
        }
    }
    return removed;
}

/// Whether a paragraph cut by a page break goes on: the page ended mid-sentence (after a
/// letter, comma or hyphen) and the next page starts with a lowercase letter.
bool continuesOnNextPage(std::string_view before, std::string_view after) {
    if (before.empty() || after.empty()) return false;
    std::size_t lastAt = before.size() - 1;
    while (lastAt > 0 && (static_cast<unsigned char>(before[lastAt]) & 0xC0) == 0x80) --lastAt;
    UChar32 last = 0;
    U8_GET_UNSAFE(reinterpret_cast<const uint8_t*>(before.data()), lastAt, last);
    UChar32 first = 0;
    U8_GET_UNSAFE(reinterpret_cast<const uint8_t*>(after.data()), 0, first);
    const bool openEnd = u_isalpha(last) != 0 || last == ',' || last == '-';
    return openEnd && u_islower(first) != 0;
}

/// All pages' paragraphs, one per line; a paragraph split by a page break is joined again.
std::string joinPages(const std::vector<Page>& pages) {
    std::string out;
    std::string_view previous;
    for (const Page& page : pages) {
        for (std::size_t i = 0; i < page.size(); ++i) {
            if (out.empty()) {
                out += page[i];
            } else if (i == 0 && continuesOnNextPage(previous, page[i])) {
                if (previous.back() == '-')
                    out.pop_back();  // "commu-" + "nity": a word broken over the page
                else
                    out += ' ';
                out += page[i];
            } else {
                out += '\n';
                out += page[i];
            }
            previous = page[i];
        }
    }
    return out;
}

std::string pageList(const std::vector<std::uint64_t>& pages) {
    constexpr std::size_t kShown = 20;
    std::string out;
    for (std::size_t i = 0; i < pages.size() && i < kShown; ++i) {
        if (i > 0) out += (i + 1 == pages.size()) ? " and " : ", ";
        out += std::to_string(pages[i]);
    }
    if (pages.size() > kShown) out += " and " + std::to_string(pages.size() - kShown) + " more";
    return out;
}

}  // namespace

ExtractedText parsePdfTextOutput(std::string_view output, const std::string& fileLabel) {
    const std::string magic = std::string(pdftext::kFrameMagic) + "\n";
    if (output.substr(0, magic.size()) != magic) failReader(fileLabel);
    std::size_t at = magic.size();
    std::vector<std::uint64_t> count(1);
    // Every page takes at least a few bytes, so a count beyond the output's size is a lie.
    if (!readHeaderLine(output, at, "pages", count) || count[0] > output.size()) failReader(fileLabel);

    std::vector<Page> pages;
    std::vector<std::uint64_t> emptyPages;
    for (std::uint64_t number = 1; number <= count[0]; ++number) {
        std::vector<std::uint64_t> header(2);  // page number, byte count
        if (!readHeaderLine(output, at, "page", header) || header[0] != number) failReader(fileLabel);
        const std::uint64_t length = header[1];
        if (length >= output.size() - at || output[at + length] != '\n') failReader(fileLabel);
        const std::string_view pageText = output.substr(at, length);
        at += length + 1;
        // The extractor promises clean UTF-8 paragraphs; anything else means it went wrong.
        const bool control = std::any_of(pageText.begin(), pageText.end(), [](char c) {
            return static_cast<unsigned char>(c) < 0x20 && c != '\n';
        });
        if (control || text::findInvalidUtf8(pageText)) failReader(fileLabel);
        Page page = splitParagraphs(pageText);
        if (page.empty())
            emptyPages.push_back(number);
        else
            pages.push_back(std::move(page));
    }
    if (output.substr(at) != "end\n") failReader(fileLabel);
    if (pages.empty())
        failBadInput(EDAU_MSG("{file} has no text layer: it looks like a scanned document. Run it through "
                              "text recognition (OCR) first"),
                     fileLabel);

    ExtractedText result;
    if (removeRunningHeadersAndFooters(pages))
        result.notes.push_back("Headers, footers and page numbers that repeat on every page were left out");
    result.text = joinPages(pages);
    if (!emptyPages.empty()) {
        const bool one = emptyPages.size() == 1;
        result.notes.push_back((one ? "Page " : "Pages ") + pageList(emptyPages) + " of " + std::to_string(count[0]) +
                               (one ? " has" : " have") +
                               (one ? " no text layer (probably a scanned image), so its content was not imported; "
                                    : " no text layer (probably scanned images), so their content was not imported; ") +
                               "run the PDF through text recognition (OCR) to include it");
    }
    return result;
}

std::string findPdfExtractor() {
    if (const char* fromEnv = std::getenv("EDAU_PDF_TEXT"); fromEnv != nullptr && *fromEnv != '\0') return fromEnv;
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const std::string beside = (self.parent_path() / kExtractorName).string();
        if (isExecutable(beside)) return beside;
        // Installed: bin/edau beside libexec/edau/edau-pdf-text, wherever the package put the prefix.
        const std::string installed = (self.parent_path() / ".." / "libexec" / "edau" / kExtractorName).string();
        if (isExecutable(installed)) return installed;
    }
#ifdef EDAU_PDF_TEXT_INSTALLED
    if (isExecutable(EDAU_PDF_TEXT_INSTALLED)) return EDAU_PDF_TEXT_INSTALLED;
#endif
#ifdef EDAU_PDF_TEXT_BUILT
    if (isExecutable(EDAU_PDF_TEXT_BUILT)) return EDAU_PDF_TEXT_BUILT;
#endif
    throwError(ErrorKind::Environment,
               Message(EDAU_MSG("Edau's PDF reader ({program}) is missing; reinstall Edau to import PDF files"))
                   .arg("program", kExtractorName));
}

ExtractedText readPdfWith(const std::string& path, const std::string& fileLabel, const PdfLimits& limits,
                          const std::string& extractor) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no file at {file}")).arg("file", fileLabel));
    if (::access(path.c_str(), R_OK) != 0)
        throwError(ErrorKind::Environment,
                   Message(EDAU_MSG("Cannot read {file}: permission denied")).arg("file", fileLabel));

    const std::string program = extractor.empty() ? findPdfExtractor() : extractor;
    const RunResult run = runExtractor(program, path, limits);
    if (run.timedOut) failBadInput(EDAU_MSG("{file} took too long to read and was stopped"), fileLabel);
    if (run.outputTooLarge)
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} has more text than Edau can import from one PDF (over {limit} MB); "
                                    "it was not imported"))
                       .arg("file", fileLabel)
                       .arg("limit", static_cast<long long>(limits.maxOutputBytes / (1024 * 1024))));
    if (!run.statusKnown) return parsePdfTextOutput(run.output, fileLabel);  // complete output speaks for itself
    if (WIFSIGNALED(run.status)) {
        if (WTERMSIG(run.status) == SIGXCPU)
            failBadInput(EDAU_MSG("{file} took too long to read and was stopped"), fileLabel);
        failReader(fileLabel);
    }
    if (!WIFEXITED(run.status)) failReader(fileLabel);
    switch (WEXITSTATUS(run.status)) {
    case pdftext::kExitOk: return parsePdfTextOutput(run.output, fileLabel);
    case pdftext::kExitNotPdf: failBadInput(EDAU_MSG("{file} could not be read as a PDF (it may be damaged)"), fileLabel);
    case pdftext::kExitEncrypted:
        failBadInput(EDAU_MSG("{file} is password-protected; remove the password and import it again"), fileLabel);
    case pdftext::kExitNoText:
        failBadInput(EDAU_MSG("{file} has no text layer: it looks like a scanned document. Run it through "
                              "text recognition (OCR) first"),
                     fileLabel);
    case pdftext::kExitOutOfMemory:
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} needs more memory than Edau allows for reading a PDF ({limit} MB); "
                                    "it was not imported"))
                       .arg("file", fileLabel)
                       .arg("limit", static_cast<long long>(limits.memoryMb)));
    default: failReader(fileLabel);
    }
}

ExtractedText readPdf(const std::string& path, const std::string& fileLabel) {
    return readPdfWith(path, fileLabel, PdfLimits{});
}

}  // namespace edau::importers
