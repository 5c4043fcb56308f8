// SPDX-License-Identifier: GPL-3.0-or-later
/// The import dialog's decisions without wx: the files chosen, the reading options, the preview
/// of one file, and the worker that reads files off the UI thread for the UI thread to store.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "edau/app/import_service.h"
#include "edau/base/message.h"
#include "edau/import/source_reader.h"

namespace edau::gui {

/// The encodings the dialog offers, as readSourceFile names them; "auto" first.
const std::vector<std::string>& importEncodings();
/// The languages the dialog offers: "auto", "cy", "en".
const std::vector<std::string>& importLanguages();

/// What the user chose in the dialog.
struct ImportChoices {
    std::vector<std::string> files;  ///< files only: folders are expanded when added
    std::string encoding = "auto";
    std::string turnPattern;         ///< empty: find the common transcript styles
    std::string language = "auto";
    bool caseFromFileName = true;

    SourceReadOptions readOptions() const;
    ImportRequest request() const;
};

/// Adds `paths` (files and folders) to `files`: folders become the source files in them
/// (sorted), files already listed are not added twice, and what cannot be imported is
/// returned as skipped (not a source format). Returns how many files were added.
std::size_t addImportPaths(std::vector<std::string>& files, const std::vector<std::string>& paths,
                           std::vector<FailedSource>& skipped);

/// A part of the preview text to mark, in code points of the preview text.
struct PreviewRange {
    std::int64_t start = 0;
    std::int64_t end = 0;
};

/// One speaker and how many turns they have.
struct SpeakerCount {
    std::string speaker;
    std::size_t turns = 0;
};

/// What a file would become with the chosen options, for the preview.
struct ImportPreview {
    std::string file;
    std::optional<Message> problem;  ///< set when the file cannot be read so (the rest is empty)
    std::string format;              ///< "txt", "docx", ...
    std::string encoding;            ///< as read: what "auto" detected, or what the user chose
    std::string language;            ///< "cy", "en", "mixed" or ""
    std::string text;                ///< at most kPreviewCharacters code points of the text
    bool truncated = false;          ///< the text goes on beyond what is shown
    std::int64_t characters = 0;     ///< of the whole text
    std::vector<Turn> turns;         ///< every turn of the whole text
    std::vector<PreviewRange> labels;  ///< the speaker labels inside the preview text
    std::vector<SpeakerCount> speakers;  ///< in order of first appearance
    std::vector<std::string> notes;
    /// Legacy Welsh text read as Latin-1 shows ð/þ where ŵ/ŷ were meant.
    bool looksLikeMisreadWelsh = false;

    static constexpr std::int64_t kPreviewCharacters = 60000;
};

/// Reads `file` with the options and describes it. Never throws for a file that cannot be
/// read: the problem is in the result. Safe on any thread (touches no project).
ImportPreview previewImport(const std::string& file, const SourceReadOptions& options);

/// Where each turn's speaker label is in `text` (code points): from the turn's start over the
/// speaker's name and the colon, bracket or tab after it. Turns past `limit` are left out.
std::vector<PreviewRange> speakerLabelRanges(const std::string& text, const std::vector<Turn>& turns,
                                             std::int64_t limit);

/// The first `limit` code points of `text`.
std::string firstCodePoints(const std::string& text, std::int64_t limit, bool& truncated);

/// One line of the report shown at the end.
struct ImportReportLine {
    enum class Outcome { Imported, Skipped, Failed };
    Outcome outcome = Outcome::Imported;
    std::string file;       ///< the file's name without its folder
    std::string document;   ///< imported: the document's name
    std::int64_t turns = 0; ///< imported: speaker turns found
    std::string caseName;   ///< imported: its case, if any
    std::optional<Message> reason;  ///< skipped or failed: why
};
/// The report file by file: failures first (they need the user), then skipped, then imported.
std::vector<ImportReportLine> importReportLines(const ImportReport& report);

/// Reads files on a worker thread and hands each, in order, to the UI thread to be stored.
///
/// Thread safety: storing writes to the project, whose store (one SQLite connection) belongs to
/// the UI thread; a second writable store is impossible while the UI holds the writer's lock.
/// So the slow part (decoding, DOCX/PDF parsing, turn detection: readSourceForImport, which
/// touches no project) runs here, and the UI thread stores each file with a SourceStorer in
/// its own short transaction. The worker keeps at most kReadAhead files read ahead of the UI, so
/// memory stays small; Cancel stops it before the next file; files already stored stay.
class ImportWorker {
public:
    using Post = std::function<void(std::function<void()>)>;
    /// Called on the UI thread for each file read, in order; the UI stores it then.
    using Store = std::function<void(ReadSource source, std::size_t index, std::size_t total)>;
    /// Called on the UI thread once at the end; `cancelled` when Cancel stopped it early.
    using Finished = std::function<void(bool cancelled)>;

    static constexpr std::size_t kReadAhead = 2;

    explicit ImportWorker(Post post);
    /// Stops reading and waits for the thread (at most one file's read).
    ~ImportWorker();
    ImportWorker(const ImportWorker&) = delete;
    ImportWorker& operator=(const ImportWorker&) = delete;

    /// Starts reading `files`. One import at a time: returns false while one runs.
    bool start(std::vector<std::string> files, SourceReadOptions options, Store store, Finished finished);
    /// Asks the import to stop before the next file; `finished` says it was cancelled.
    void cancel();
    bool running() const { return m_running; }

private:
    struct UiState {};
    void read(std::stop_token stop, std::vector<std::string> files, SourceReadOptions options, Store store,
              Finished finished);

    Post m_post;
    std::shared_ptr<UiState> m_ui = std::make_shared<UiState>();
    std::mutex m_mutex;
    std::condition_variable_any m_storedOne;
    std::size_t m_storedCount = 0;  ///< files the UI thread has stored in this import (under m_mutex)
    bool m_running = false;         ///< UI thread only
    bool m_cancelled = false;       ///< UI thread only: files read after Cancel are not stored
    std::jthread m_thread;
};

}  // namespace edau::gui
