// SPDX-License-Identifier: GPL-3.0-or-later
// readSourceFile: pick the reader for a file's format, then line endings, NFC, turns, language.
#include "edau/import/source_reader.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "edau/base/error.h"
#include "edau/text/language_guess.h"
#include "edau/text/unicode.h"
#include "format_readers.h"
#include "text_decoding.h"

namespace edau {

namespace {

namespace fs = std::filesystem;

constexpr std::uintmax_t kMaxSourceFileBytes = 512ull * 1024 * 1024;

struct Format {
    const char* extension;
    const char* name;
};
constexpr Format kFormats[] = {
    {".txt", "txt"}, {".text", "txt"}, {".cha", "txt"}, {".docx", "docx"}, {".odt", "odt"},
    {".rtf", "rtf"}, {".pdf", "pdf"},  {".vtt", "vtt"}, {".srt", "srt"},   {".md", "md"},
    {".markdown", "md"}, {".html", "html"}, {".htm", "html"}};

std::string lowerExtension(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

std::string readFileBytes(const std::string& path) {
    std::error_code ec;
    if (!fs::exists(path, ec))
        throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no file at {file}")).arg("file", path));
    if (!fs::is_regular_file(path, ec))
        throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file} is not a file")).arg("file", path));
    auto size = fs::file_size(path, ec);
    if (!ec && size > kMaxSourceFileBytes)
        throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file} is too large to import ({size} bytes; the limit is 512 MB)"))
                                            .arg("file", path)
                                            .arg("size", static_cast<long long>(size)));
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throwError(ErrorKind::Environment, Message(EDAU_MSG("Cannot read {file}: permission denied")).arg("file", path));
    std::ostringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

std::string normaliseLineEndings(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\r') {
            out += '\n';
            if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
        } else {
            out += s[i];
        }
    }
    return out;
}

/// Plain text must not contain NUL bytes: those are binary files (or undetected UTF-16).
void refuseBinary(const std::string& decoded, const std::string& path) {
    if (decoded.find('\0') != std::string::npos)
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} looks like a binary file, not text; it was not imported")).arg("file", path));
}

}  // namespace

std::string sourceFormatOf(const std::string& path) {
    std::string ext = lowerExtension(fs::path(path));
    for (const auto& f : kFormats)
        if (ext == f.extension) return f.name;
    return "";
}

std::vector<std::string> supportedSourceExtensions() {
    std::vector<std::string> out;
    for (const auto& f : kFormats) out.emplace_back(f.extension);
    return out;
}

namespace {

[[noreturn]] void throwUnknownFormat(const std::string& path) {
    fs::path p(path);
    std::string list;
    for (const auto& f : kFormats) list += (list.empty() ? "" : " ") + std::string(f.extension);
    throwError(ErrorKind::BadInput,
               Message(EDAU_MSG("{file}: Edau cannot import {extension} files (it reads {formats})"))
                   .arg("file", path)
                   .arg("extension", p.extension().empty() ? std::string("extension-less") : p.extension().string())
                   .arg("formats", list));
}

/// The text of a source that is not a PDF, from its bytes.
importers::ExtractedText extractText(std::string_view bytes, const std::string& format, const std::string& path,
                                     const SourceReadOptions& options) {
    importers::ExtractedText extracted;
    if (format == "docx") {
        extracted = importers::readDocx(bytes, path);
    } else if (format == "odt") {
        extracted = importers::readOdt(bytes, path);
    } else if (format == "rtf") {
        extracted = importers::readRtf(bytes, path);
    } else {
        importers::DecodedText decoded = importers::decodeText(bytes, options.encoding, path, options.replaceInvalid);
        refuseBinary(decoded.text, path);
        if (format == "vtt" || format == "srt") {
            extracted = importers::readCaptions(decoded.text, format == "vtt", path);
        } else if (format == "html") {
            extracted = importers::readHtml(decoded.text, path);
        } else if (format == "md") {
            extracted = importers::readMarkdown(decoded.text, path);
        } else {
            extracted.text = std::move(decoded.text);
        }
        extracted.encoding = decoded.encoding;
    }
    return extracted;
}

/// Line endings, NFC, name, language and turns: what every format shares once its text is out.
SourceContent finishSource(importers::ExtractedText extracted, const std::string& path, const std::string& format,
                           const SourceReadOptions& options) {
    fs::path p(path);
    SourceContent content;
    std::string normalised = normaliseLineEndings(extracted.text);
    try {
        content.draft.text = text::toNfc(normalised);
    } catch (const Error& e) {
        throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file}: {reason}")).arg("file", path).arg("reason", e.message().str()));
    }
    if (content.draft.text.find_first_not_of(" \t\n") == std::string::npos)
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} is empty: there is no text in it to import")).arg("file", path));
    content.draft.name = p.stem().string();
    content.draft.originalFileName = p.filename().string();
    content.draft.format = format;
    content.draft.encoding = extracted.encoding;
    content.draft.language = options.language == "auto" || options.language.empty() ? text::guessLanguage(content.draft.text)
                                                                                     : options.language;
    content.notes = extracted.notes;
    if (extracted.formatHasTurns) {
        // The reader's offsets refer to its own text; line endings and NFC may have moved them,
        // so recompute each from the turn's text: speakers start their lines.
        std::int64_t total = text::codePointCount(content.draft.text);
        for (const auto& rt : extracted.turns) {
            Turn t;
            t.speaker = rt.speaker;
            t.start = std::min(rt.start, total);
            t.end = std::min(std::max(rt.end, t.start), total);
            t.timestampMs = rt.timestampMs;
            content.turns.push_back(std::move(t));
        }
    } else if (!options.turnPattern.empty()) {
        content.turns = detectTurnsWithPattern(content.draft.text, options.turnPattern);
    } else if (options.detectTurns) {
        content.turns = detectTurns(content.draft.text);
    }
    return content;
}

}  // namespace

SourceContent readSourceFile(const std::string& path, const SourceReadOptions& options) {
    std::string format = sourceFormatOf(path);
    if (format.empty()) throwUnknownFormat(path);
    importers::ExtractedText extracted =
        format == "pdf" ? importers::readPdf(path, path) : extractText(readFileBytes(path), format, path, options);
    return finishSource(std::move(extracted), path, format, options);
}

SourceContent readSourceBytes(std::string_view bytes, const std::string& fileName, const SourceReadOptions& options) {
    std::string format = sourceFormatOf(fileName);
    if (format.empty()) throwUnknownFormat(fileName);
    if (format == "pdf")
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file}: a PDF can only be imported from a file of its own")).arg("file", fileName));
    if (bytes.size() > kMaxSourceFileBytes)
        throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file} is too large to import ({size} bytes; the limit is 512 MB)"))
                                            .arg("file", fileName)
                                            .arg("size", static_cast<long long>(bytes.size())));
    return finishSource(extractText(bytes, format, fileName, options), fileName, format, options);
}

}  // namespace edau
