// SPDX-License-Identifier: GPL-3.0-or-later
/// The import dialog's decisions without wx: files, options, preview, report, the reading worker.
#include "presenters/import_presenter.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "edau/base/error.h"

namespace edau::gui {
namespace {

namespace fs = std::filesystem;

std::u32string toCodePoints(const std::string& utf8) {
    std::u32string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        char32_t cp = c;
        std::size_t length = 1;
        if (c >= 0xF0) {
            cp = c & 0x07;
            length = 4;
        } else if (c >= 0xE0) {
            cp = c & 0x0F;
            length = 3;
        } else if (c >= 0xC0) {
            cp = c & 0x1F;
            length = 2;
        }
        for (std::size_t k = 1; k < length && i + k < utf8.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        out += cp;
        i += length;
    }
    return out;
}

bool isLetter(char32_t c) {
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

/// ð or þ between letters: Welsh ŵ/ŷ from an ISO-8859-14 file read as Latin-1 or Windows-1252.
bool hasMisreadWelsh(const std::u32string& text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t c = text[i];
        if (c != 0xF0 && c != 0xFE && c != 0xD0 && c != 0xDE) continue;
        const bool before = i > 0 && isLetter(text[i - 1]) && text[i - 1] != c;
        const bool after = i + 1 < text.size() && isLetter(text[i + 1]);
        if (before || after) return true;
    }
    return false;
}

}  // namespace

const std::vector<std::string>& importEncodings() {
    static const std::vector<std::string> encodings{"auto", "utf-8", "utf-16", "windows-1252", "iso-8859-1", "iso-8859-14"};
    return encodings;
}

const std::vector<std::string>& importLanguages() {
    static const std::vector<std::string> languages{"auto", "cy", "en"};
    return languages;
}

SourceReadOptions ImportChoices::readOptions() const {
    SourceReadOptions options;
    options.encoding = encoding.empty() ? "auto" : encoding;
    options.language = language.empty() ? "auto" : language;
    options.turnPattern = turnPattern;
    options.detectTurns = true;
    return options;
}

ImportRequest ImportChoices::request() const {
    ImportRequest request;
    request.paths = files;
    request.read = readOptions();
    request.caseFrom = caseFromFileName ? CaseFrom::FileName : CaseFrom::None;
    return request;
}

std::size_t addImportPaths(std::vector<std::string>& files, const std::vector<std::string>& paths,
                           std::vector<FailedSource>& skipped) {
    std::set<std::string> known(files.begin(), files.end());
    std::size_t added = 0;
    for (const auto& file : expandImportPaths(paths, skipped)) {
        if (sourceFormatOf(file).empty()) {
            skipped.push_back({file, Message(EDAU_MSG("{file} is not a kind of file Edau imports as a source")).arg("file", file)});
            continue;
        }
        if (!known.insert(file).second) continue;
        files.push_back(file);
        ++added;
    }
    return added;
}

std::string firstCodePoints(const std::string& text, std::int64_t limit, bool& truncated) {
    std::int64_t seen = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (seen == limit) {
            truncated = true;
            return text.substr(0, i);
        }
        ++seen;
    }
    truncated = false;
    return text;
}

std::vector<PreviewRange> speakerLabelRanges(const std::string& text, const std::vector<Turn>& turns,
                                             std::int64_t limit) {
    const std::u32string cps = toCodePoints(text);
    const auto size = static_cast<std::int64_t>(cps.size());
    std::vector<PreviewRange> out;
    for (const auto& turn : turns) {
        if (turn.start >= std::min(limit, size) || turn.start < 0) continue;
        std::int64_t lineEnd = turn.start;
        while (lineEnd < size && cps[static_cast<std::size_t>(lineEnd)] != U'\n') ++lineEnd;
        const std::u32string line = cps.substr(static_cast<std::size_t>(turn.start),
                                               static_cast<std::size_t>(lineEnd - turn.start));
        const std::u32string speaker = toCodePoints(turn.speaker);
        std::int64_t end = -1;
        if (!speaker.empty()) {
            const auto at = line.find(speaker);
            if (at != std::u32string::npos && at < 40) end = static_cast<std::int64_t>(at + speaker.size());
        }
        if (end < 0) {
            const auto colon = line.find(U':');
            if (colon == std::u32string::npos || colon > 60) continue;
            end = static_cast<std::int64_t>(colon);
        }
        // Over the punctuation that closes the label: "Siân:", "[id1]", "Name (00:01:23):".
        while (end < static_cast<std::int64_t>(line.size())) {
            const char32_t c = line[static_cast<std::size_t>(end)];
            if (c != U':' && c != U']' && c != U')' && c != U'>') break;
            ++end;
        }
        PreviewRange range{turn.start, std::min(turn.start + end, limit)};
        if (range.end > range.start) out.push_back(range);
    }
    return out;
}

ImportPreview previewImport(const std::string& file, const SourceReadOptions& options) {
    ImportPreview preview;
    preview.file = file;
    try {
        SourceContent content = readSourceFile(file, options);
        preview.format = content.draft.format;
        preview.encoding = content.draft.encoding;
        preview.language = content.draft.language;
        preview.turns = std::move(content.turns);
        preview.notes = std::move(content.notes);
        const std::u32string all = toCodePoints(content.draft.text);
        preview.characters = static_cast<std::int64_t>(all.size());
        preview.text = firstCodePoints(content.draft.text, ImportPreview::kPreviewCharacters, preview.truncated);
        preview.labels = speakerLabelRanges(preview.text, preview.turns, ImportPreview::kPreviewCharacters);
        for (const auto& turn : preview.turns) {
            auto known = std::find_if(preview.speakers.begin(), preview.speakers.end(),
                                      [&](const SpeakerCount& s) { return s.speaker == turn.speaker; });
            if (known == preview.speakers.end()) {
                preview.speakers.push_back({turn.speaker, 1});
            } else {
                ++known->turns;
            }
        }
        const bool latin = preview.encoding == "iso-8859-1" || preview.encoding == "windows-1252";
        preview.looksLikeMisreadWelsh = latin && hasMisreadWelsh(all);
    } catch (const Error& e) {
        preview = ImportPreview{};
        preview.file = file;
        preview.problem = e.message();
    } catch (const std::bad_alloc&) {
        preview = ImportPreview{};
        preview.file = file;
        preview.problem = Message(EDAU_MSG("{file} is too large to read into memory")).arg("file", file);
    }
    return preview;
}

std::vector<ImportReportLine> importReportLines(const ImportReport& report) {
    std::vector<ImportReportLine> lines;
    auto nameOf = [](const std::string& file) { return fs::path(file).filename().string(); };
    for (const auto& f : report.failed) {
        ImportReportLine line;
        line.outcome = ImportReportLine::Outcome::Failed;
        line.file = nameOf(f.file);
        line.reason = f.reason;
        lines.push_back(std::move(line));
    }
    for (const auto& s : report.skipped) {
        ImportReportLine line;
        line.outcome = ImportReportLine::Outcome::Skipped;
        line.file = nameOf(s.file);
        line.reason = s.reason;
        lines.push_back(std::move(line));
    }
    for (const auto& i : report.imported) {
        ImportReportLine line;
        line.outcome = ImportReportLine::Outcome::Imported;
        line.file = nameOf(i.file);
        line.document = i.documentName;
        line.turns = i.turns;
        line.caseName = i.caseName;
        lines.push_back(std::move(line));
    }
    return lines;
}

// --- ImportWorker

ImportWorker::ImportWorker(Post post) : m_post(std::move(post)) {}

ImportWorker::~ImportWorker() {
    m_thread.request_stop();
    m_storedOne.notify_all();
    // m_thread joins as it is destroyed; answers still queued find m_ui gone and do nothing.
}

bool ImportWorker::start(std::vector<std::string> files, SourceReadOptions options, Store store, Finished finished) {
    if (m_running) return false;
    if (m_thread.joinable()) m_thread.join();  // the last import's thread has finished its work
    {
        std::lock_guard lock(m_mutex);
        m_storedCount = 0;
    }
    m_running = true;
    m_cancelled = false;
    m_thread = std::jthread([this, files = std::move(files), options = std::move(options), store = std::move(store),
                             finished = std::move(finished)](std::stop_token stop) mutable {
        read(std::move(stop), std::move(files), std::move(options), std::move(store), std::move(finished));
    });
    return true;
}

void ImportWorker::cancel() {
    if (!m_running) return;
    m_cancelled = true;
    m_thread.request_stop();
    m_storedOne.notify_all();
}

void ImportWorker::read(std::stop_token stop, std::vector<std::string> files, SourceReadOptions options, Store store,
                        Finished finished) {
    const std::size_t total = files.size();
    std::weak_ptr<UiState> ui = m_ui;
    bool cancelled = false;
    for (std::size_t i = 0; i < total; ++i) {
        {
            std::unique_lock lock(m_mutex);
            m_storedOne.wait(lock, stop, [&] { return i < m_storedCount + kReadAhead; });
        }
        if (stop.stop_requested()) {
            cancelled = true;
            break;
        }
        ReadSource source;
        try {
            source = readSourceForImport(files[i], options);
        } catch (const std::exception& e) {
            source = ReadSource{};
            source.file = files[i];
            source.failure = Message(EDAU_MSG("{file}: {reason}")).arg("file", files[i]).arg("reason", e.what());
        }
        m_post([this, ui, store, i, total, source = std::move(source)]() mutable {
            if (ui.expired()) return;
            if (!m_cancelled) store(std::move(source), i, total);
            {
                std::lock_guard lock(m_mutex);
                ++m_storedCount;
            }
            m_storedOne.notify_all();
        });
    }
    m_post([this, ui, finished, cancelled] {
        if (ui.expired()) return;
        m_running = false;
        finished(cancelled || m_cancelled);
    });
}

}  // namespace edau::gui
