// SPDX-License-Identifier: GPL-3.0-or-later
// edau-pdf-text: prints a PDF's text, framed, for Edau's importer; run in its own limited process.
//
// Usage: edau-pdf-text [--max-memory-mb N] [--max-seconds N] [--] FILE
// Exit codes: 0 text written, 10 not a PDF or damaged, 11 needs a password, 12 no text layer,
// 13 out of memory, 14 failed otherwise, 2 usage. Parsing a hostile PDF happens only here, so
// a poppler crash or runaway loop costs this process and never Edau itself.
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>
#include <string>

#include "pdf_text_extraction.h"

// AddressSanitizer reserves terabytes of address space up front, so memory is capped only without it.
#if defined(__SANITIZE_ADDRESS__)
#define EDAU_PDF_TEXT_NO_AS_LIMIT 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define EDAU_PDF_TEXT_NO_AS_LIMIT 1
#endif
#endif

namespace {

using namespace edau::pdftext;

struct Options {
    unsigned long long memoryMb = 1024;
    unsigned long long seconds = 30;
    std::string path;
};

bool parseNumber(const char* text, unsigned long long& value) {
    if (text == nullptr || *text < '0' || *text > '9') return false;
    char* end = nullptr;
    value = std::strtoull(text, &end, 10);
    return end != nullptr && *end == '\0' && value > 0 && value < (1ull << 32);
}

bool parseOptions(int argc, char** argv, Options& options) {
    int i = 1;
    for (; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--") {
            ++i;
            break;
        }
        if (arg == "--max-memory-mb" && i + 1 < argc) {
            if (!parseNumber(argv[++i], options.memoryMb)) return false;
        } else if (arg == "--max-seconds" && i + 1 < argc) {
            if (!parseNumber(argv[++i], options.seconds)) return false;
        } else if (arg.rfind("-", 0) == 0) {
            return false;
        } else {
            break;
        }
    }
    if (i + 1 != argc) return false;
    options.path = argv[i];
    return true;
}

void setLimit(int resource, rlim_t soft, rlim_t hard) {
    const rlimit limit{soft, hard};
    setrlimit(resource, &limit);  // Lowering a limit only fails if it is already lower: fine.
}

/// Limits this process before it touches the PDF: memory, CPU time, no files written, no core
/// dumps, no child processes. The parent also keeps a wall-clock timeout of its own.
void applyLimits(const Options& options) {
#ifndef EDAU_PDF_TEXT_NO_AS_LIMIT
    const rlim_t bytes = static_cast<rlim_t>(options.memoryMb) * 1024 * 1024;
    setLimit(RLIMIT_AS, bytes, bytes);
#endif
    // At the soft limit the kernel sends SIGXCPU; one second later SIGKILL.
    setLimit(RLIMIT_CPU, static_cast<rlim_t>(options.seconds), static_cast<rlim_t>(options.seconds + 1));
    // No files written; but someone running it by hand with stdout sent to a file may write that.
    struct stat out {};
    if (fstat(STDOUT_FILENO, &out) != 0 || !S_ISREG(out.st_mode)) setLimit(RLIMIT_FSIZE, 0, 0);
    setLimit(RLIMIT_CORE, 0, 0);
    setLimit(RLIMIT_NPROC, 0, 0);
}

bool writeAll(const std::string& bytes) {
    return std::fwrite(bytes.data(), 1, bytes.size(), stdout) == bytes.size() && std::fflush(stdout) == 0;
}

}  // namespace

int main(int argc, char** argv) {
    Options options;
    if (!parseOptions(argc, argv, options)) {
        std::fputs("usage: edau-pdf-text [--max-memory-mb N] [--max-seconds N] [--] FILE\n", stderr);
        return kExitUsage;
    }
    applyLimits(options);
    silencePoppler();
    try {
        const PdfText text = extractFromFile(options.path);
        switch (text.outcome) {
        case Outcome::NotPdf: return kExitNotPdf;
        case Outcome::Encrypted: return kExitEncrypted;
        case Outcome::NoText: return kExitNoText;
        case Outcome::Ok: break;
        }
        return writeAll(framePages(text.pages)) ? kExitOk : kExitFailed;
    } catch (const std::bad_alloc&) {
        return kExitOutOfMemory;
    } catch (...) {
        return kExitFailed;
    }
}
