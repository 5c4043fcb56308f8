// SPDX-License-Identifier: GPL-3.0-or-later
// The search index on Xapian: one Xapian document per passage, Welsh readings at the same
// positions as the words they come from, and a search that checks every hit word by word.
#include <xapian.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <mutex>
#include <unordered_map>

#include "edau/base/error.h"
#include "edau/search/search_index.h"
#include "edau/text/language_guess.h"
#include "passage_analysis.h"
#include "query_matcher.h"
#include "search_query.h"

namespace edau::search {

using namespace detail;

namespace {

// Bump when the terms, the passage data or the word analysis (passage_analysis.cpp: which
// readings count) change: an index made by other rules is rebuilt, since hits are checked with
// the current rules and an old index could miss passages they would find.
constexpr const char* kFormat = "edau-search-3";
constexpr const char* kKeyFormat = "edau.format";
constexpr const char* kKeyProject = "edau.project";
constexpr const char* kKeySequence = "edau.sequence";
constexpr const char* kKeyOperation = "edau.operation";
constexpr const char* kKeyLexicon = "edau.lexicon";
constexpr char kSeparator = '\x1f';
constexpr const char* kBusyMessage =
    EDAU_MSG("The search index {folder} is being updated by another Edau; try again in a moment");

// Passages longer than this (bytes) are cut at line breaks, so one hit's passage stays readable.
constexpr std::size_t kLongPassage = 4000;

[[noreturn]] void rethrowXapian(const Xapian::Error& e, const std::string& folder) {
    const std::string type = e.get_type();
    if (type == "DatabaseLockError")
        throwError(ErrorKind::Project, Message(kBusyMessage).arg("folder", folder));
    if (type.rfind("Database", 0) == 0)
        throwError(ErrorKind::Project, Message(EDAU_MSG("The search index {folder} is damaged or unreadable ({reason})"))
                                           .arg("folder", folder)
                                           .arg("reason", e.get_description()));
    throwError(ErrorKind::Environment, Message(EDAU_MSG("The search index {folder} could not be used: {reason}"))
                                           .arg("folder", folder)
                                           .arg("reason", e.get_description()));
}

/// One passage of a document, as stored with its Xapian document.
struct PassageRecord {
    std::string documentUuid;
    std::string caseUuid;
    std::size_t byteStart = 0, byteEnd = 0;
    std::int64_t start = 0, end = 0;
    std::string language;  // "cy", "en", "mixed" or ""
    std::string speaker;
};

std::string serialise(const PassageRecord& r) {
    std::string out = r.documentUuid;
    for (const std::string& field : {r.caseUuid, std::to_string(r.byteStart), std::to_string(r.byteEnd),
                                     std::to_string(r.start), std::to_string(r.end), r.language, r.speaker}) {
        out += kSeparator;
        out += field;
    }
    return out;
}

template <typename T>
T number(std::string_view s) {
    T value{};
    std::from_chars(s.data(), s.data() + s.size(), value);
    return value;
}

PassageRecord deserialise(const std::string& data) {
    std::vector<std::string_view> f;
    std::size_t start = 0;
    while (true) {
        std::size_t sep = data.find(kSeparator, start);
        f.emplace_back(std::string_view(data).substr(start, sep == std::string::npos ? std::string::npos : sep - start));
        if (sep == std::string::npos) break;
        start = sep + 1;
    }
    PassageRecord r;
    if (f.size() < 8) return r;
    r.documentUuid = f[0];
    r.caseUuid = f[1];
    r.byteStart = number<std::size_t>(f[2]);
    r.byteEnd = number<std::size_t>(f[3]);
    r.start = number<std::int64_t>(f[4]);
    r.end = number<std::int64_t>(f[5]);
    r.language = f[6];
    r.speaker = f[7];
    return r;
}

std::vector<std::string> languageTags(const std::string& language) {
    if (language == "cy") return {"cy"};
    if (language == "en") return {"en"};
    if (language == "mixed") return {"cy", "en"};
    return {};
}

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/// Converts between byte and code point offsets of one text, walking forward from the last
/// answer (callers ask in increasing order; an earlier offset starts again from the front).
class CodePointIndex {
public:
    explicit CodePointIndex(const std::string& text) : m_text(text) {}
    std::size_t byteOf(std::int64_t cp) {
        if (cp < m_cp) rewind();
        while (m_cp < cp && m_byte < m_text.size()) step();
        return m_byte;
    }
    std::int64_t codePointOf(std::size_t byte) {
        if (byte < m_byte) rewind();
        while (m_byte < byte && m_byte < m_text.size()) step();
        return m_cp;
    }

private:
    void rewind() {
        m_cp = 0;
        m_byte = 0;
    }
    void step() {
        ++m_byte;
        while (m_byte < m_text.size() && (static_cast<unsigned char>(m_text[m_byte]) & 0xC0) == 0x80) ++m_byte;
        ++m_cp;
    }

    const std::string& m_text;
    std::int64_t m_cp = 0;
    std::size_t m_byte = 0;
};

struct ByteRange {
    std::size_t start, end;
    std::string speaker;
};

// Cuts [start, end) at blank lines, and long pieces at line breaks, dropping blank space.
void cutParagraphs(const std::string& text, std::size_t start, std::size_t end, const std::string& speaker,
                   std::vector<ByteRange>& out) {
    auto push = [&](std::size_t s, std::size_t e) {
        while (s < e && isBlank(text[s])) ++s;
        while (e > s && isBlank(text[e - 1])) --e;
        if (e > s) out.push_back({s, e, speaker});
    };
    std::size_t pieceStart = start;
    for (std::size_t i = start; i < end; ++i) {
        if (text[i] != '\n') continue;
        bool blankLine = false;
        std::size_t j = i + 1;
        while (j < end && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
        if (j < end && text[j] == '\n') blankLine = true;
        if (blankLine || i - pieceStart > kLongPassage) {
            push(pieceStart, i);
            pieceStart = i + 1;
        }
    }
    push(pieceStart, end);
}

// Where a turn's words start: after "Speaker:" (and any time mark before it) on its first line,
// so a search for a speaker's name does not find every one of their turns.
std::size_t afterSpeakerLabel(const std::string& text, std::size_t start, std::size_t end, const std::string& speaker) {
    if (speaker.empty()) return start;
    std::size_t lineEnd = text.find('\n', start);
    if (lineEnd == std::string::npos || lineEnd > end) lineEnd = end;
    std::size_t at = text.find(speaker, start);
    if (at == std::string::npos || at >= lineEnd) return start;
    std::size_t colon = text.find(':', at + speaker.size());
    if (colon == std::string::npos || colon >= lineEnd || colon - (at + speaker.size()) > 24) return start;
    return colon + 1;
}

std::vector<ByteRange> passagesOf(const IndexedDocument& doc) {
    std::vector<ByteRange> out;
    const std::string& text = doc.text;
    if (doc.turns.empty()) {
        cutParagraphs(text, 0, text.size(), {}, out);
        return out;
    }
    std::vector<IndexedTurn> turns = doc.turns;
    std::sort(turns.begin(), turns.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
    CodePointIndex index(text);
    std::size_t covered = 0;
    for (const auto& t : turns) {
        std::size_t s = index.byteOf(t.start);
        std::size_t e = index.byteOf(std::max(t.end, t.start));
        s = std::max(s, covered);
        if (s > covered) cutParagraphs(text, covered, s, {}, out);  // text between turns
        if (e > s) cutParagraphs(text, afterSpeakerLabel(text, s, e, t.speaker), e, t.speaker, out);
        covered = std::max(covered, e);
    }
    if (covered < text.size()) cutParagraphs(text, covered, text.size(), {}, out);
    return out;
}

std::string oneLine(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool space = false;
    for (char c : s) {
        if (isBlank(c)) {
            space = true;
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    if (space && !out.empty()) out += ' ';
    return out;
}

// Context either side of a hit, cut at a whole code point.
std::string contextBefore(const std::string& text, std::size_t byte, std::size_t codePoints, std::size_t floor) {
    std::size_t b = byte;
    for (std::size_t n = 0; n < codePoints && b > floor; ++n) {
        --b;
        while (b > floor && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
    }
    std::string s = oneLine(std::string_view(text).substr(b, byte - b));
    if (!s.empty() && s.front() == ' ') s.erase(0, 1);
    return s;
}

std::string contextAfter(const std::string& text, std::size_t byte, std::size_t codePoints, std::size_t ceiling) {
    std::size_t b = byte;
    for (std::size_t n = 0; n < codePoints && b < ceiling; ++n) {
        ++b;
        while (b < ceiling && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) ++b;
    }
    std::string s = oneLine(std::string_view(text).substr(byte, b - byte));
    if (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
}

}  // namespace

bool isIndexBusy(const Error& error) { return error.message().id() == kBusyMessage; }

const char* toString(SearchMode mode) {
    switch (mode) {
        case SearchMode::Welsh: return "welsh";
        case SearchMode::Accents: return "accents";
        case SearchMode::Exact: return "exact";
    }
    return "welsh";
}

std::optional<SearchMode> searchModeFromString(const std::string& name) {
    if (name == "welsh") return SearchMode::Welsh;
    if (name == "accents") return SearchMode::Accents;
    if (name == "exact") return SearchMode::Exact;
    return std::nullopt;
}

struct SearchIndex::Impl {
    std::string folder;
    Xapian::WritableDatabase db;
    mutable std::mutex mutex;  // the analyser caches readings; one search or update at a time
    mutable PassageAnalyser analyser{text::WelshLexicon::installed()};
};

SearchIndex::SearchIndex(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
SearchIndex::~SearchIndex() = default;

std::unique_ptr<SearchIndex> SearchIndex::open(const std::string& folder) {
    auto impl = std::make_unique<Impl>();
    impl->folder = folder;
    try {
        impl->db = Xapian::WritableDatabase(folder, Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS);
        if (impl->db.get_doccount() == 0 && impl->db.get_metadata(kKeyFormat).empty())
            impl->db.set_metadata(kKeyFormat, kFormat);
    } catch (const Xapian::Error& e) {
        rethrowXapian(e, folder);
    }
    return std::unique_ptr<SearchIndex>(new SearchIndex(std::move(impl)));
}

std::string SearchIndex::currentLexiconSignature() {
    return "aspell-cy:" + std::to_string(text::WelshLexicon::installed().size());
}

IndexState SearchIndex::state() const {
    std::lock_guard lock(m_impl->mutex);
    IndexState s;
    try {
        s.projectUuid = m_impl->db.get_metadata(kKeyProject);
        s.sequence = number<std::int64_t>(m_impl->db.get_metadata(kKeySequence));
        s.operationUuid = m_impl->db.get_metadata(kKeyOperation);
        s.lexiconSignature = m_impl->db.get_metadata(kKeyLexicon);
        s.formatCurrent = m_impl->db.get_metadata(kKeyFormat) == kFormat;
    } catch (const Xapian::Error& e) {
        rethrowXapian(e, m_impl->folder);
    }
    return s;
}

void SearchIndex::addOrReplace(const IndexedDocument& document) {
    std::lock_guard lock(m_impl->mutex);
    try {
        m_impl->db.delete_document(kDocumentPrefix + document.uuid);
        PassageAnalyser& analyser = m_impl->analyser;
        CodePointIndex cps(document.text);
        for (const ByteRange& range : passagesOf(document)) {
            const std::string_view passageText = std::string_view(document.text).substr(range.start, range.end - range.start);
            PassageRecord record;
            record.documentUuid = document.uuid;
            record.caseUuid = document.caseUuid;
            record.byteStart = range.start;
            record.byteEnd = range.end;
            record.start = cps.codePointOf(range.start);
            record.end = cps.codePointOf(range.end);
            record.speaker = range.speaker;
            record.language = document.language;
            if (!document.languageSetByUser)
                if (std::string guess = text::guessLanguage(passageText); !guess.empty()) record.language = guess;

            const PassageLanguage language = passageLanguageFromCode(record.language);
            const auto tokens = analyser.analyse(passageText, record.start, language);
            Xapian::Document xd;
            Xapian::termpos position = 0;
            for (const auto& t : tokens) {
                ++position;
                for (const auto& k : t.foldedKeys) xd.add_posting(kWordPrefix + k, position);
                // A stem that is the word itself is already there as a word term (queries look
                // for stems among the word terms too): most words, half the stem postings.
                if (!t.stem.empty() && t.stem != t.foldedKeys.front()) xd.add_term(kStemPrefix + t.stem);
            }
            xd.add_boolean_term(kDocumentPrefix + document.uuid);
            if (!document.caseUuid.empty()) xd.add_boolean_term(kCasePrefix + document.caseUuid);
            if (!range.speaker.empty())
                xd.add_boolean_term(kSpeakerPrefix + analyser.foldAccents(analyser.fold(range.speaker)));
            for (const auto& tag : languageTags(record.language)) xd.add_boolean_term(kLanguagePrefix + tag);
            xd.set_data(serialise(record));
            m_impl->db.add_document(xd);
        }
    } catch (const Xapian::Error& e) {
        rethrowXapian(e, m_impl->folder);
    }
}

void SearchIndex::remove(const std::string& documentUuid) {
    std::lock_guard lock(m_impl->mutex);
    try {
        m_impl->db.delete_document(kDocumentPrefix + documentUuid);
    } catch (const Xapian::Error& e) {
        rethrowXapian(e, m_impl->folder);
    }
}

void SearchIndex::flush() {
    std::lock_guard lock(m_impl->mutex);
    try {
        m_impl->db.commit();
    } catch (const Xapian::Error& e) {
        rethrowXapian(e, m_impl->folder);
    }
}

void SearchIndex::commit(const IndexState& state) {
    std::lock_guard lock(m_impl->mutex);
    try {
        m_impl->db.set_metadata(kKeyFormat, kFormat);
        m_impl->db.set_metadata(kKeyProject, state.projectUuid);
        m_impl->db.set_metadata(kKeySequence, std::to_string(state.sequence));
        m_impl->db.set_metadata(kKeyOperation, state.operationUuid);
        m_impl->db.set_metadata(kKeyLexicon, state.lexiconSignature);
        m_impl->db.commit();
    } catch (const Xapian::Error& e) {
        rethrowXapian(e, m_impl->folder);
    }
}

void SearchIndex::compactTo(const std::string& folder) const {
    std::lock_guard lock(m_impl->mutex);
    try {
        m_impl->db.compact(folder, Xapian::DBCOMPACT_NO_RENUMBER);
    } catch (const Xapian::Error& e) {
        rethrowXapian(e, folder);
    }
}

std::int64_t SearchIndex::passageCount() const {
    std::lock_guard lock(m_impl->mutex);
    return static_cast<std::int64_t>(m_impl->db.get_doccount());
}

std::vector<std::string> SearchIndex::documentUuids() const {
    std::lock_guard lock(m_impl->mutex);
    std::vector<std::string> out;
    try {
        for (auto it = m_impl->db.allterms_begin(kDocumentPrefix); it != m_impl->db.allterms_end(kDocumentPrefix); ++it)
            out.push_back((*it).substr(1));
    } catch (const Xapian::Error& e) {
        rethrowXapian(e, m_impl->folder);
    }
    return out;
}

SearchResult SearchIndex::search(const SearchRequest& request, SearchContext& context) const {
    std::lock_guard lock(m_impl->mutex);
    PassageAnalyser& analyser = m_impl->analyser;
    const QueryNode parsed = parseQuery(request.query);
    const PreparedQuery prepared = prepareQuery(parsed, request, analyser, context);

    SearchResult result;
    struct Found {
        PassageRecord record;
        double weight;
        std::vector<PassageHit> hits;
    };
    std::vector<Found> found;
    std::unordered_map<std::string, std::string> texts;  // document uuid → text, while the search runs
    auto textOf = [&](const std::string& uuid) -> const std::string& {
        auto it = texts.find(uuid);
        if (it == texts.end()) it = texts.emplace(uuid, context.documentText(uuid)).first;
        return it->second;
    };
    auto evaluate = [&](const PassageRecord& record, double weight) {
        const std::string& textValue = textOf(record.documentUuid);
        if (record.byteEnd > textValue.size() || record.byteStart > record.byteEnd) return;  // document changed: stale entry
        PassageView view;
        view.documentUuid = record.documentUuid;
        view.caseUuid = record.caseUuid;
        view.speakerKey = record.speaker.empty() ? std::string() : analyser.foldAccents(analyser.fold(record.speaker));
        view.languages = languageTags(record.language);
        view.start = record.start;
        view.end = record.end;
        const PassageLanguage language = passageLanguageFromCode(record.language);
        view.stems = stems(language);
        const auto tokens = analyser.analyse(
            std::string_view(textValue).substr(record.byteStart, record.byteEnd - record.byteStart), record.start, language);
        auto hits = matchPassage(prepared, view, tokens);
        if (hits.empty()) return;
        for (auto& h : hits) {
            if (!h.wholeRange) {
                h.byteStart += record.byteStart;
                h.byteEnd += record.byteStart;
            } else {
                CodePointIndex cps(textValue);
                h.byteStart = cps.byteOf(h.start);
                h.byteEnd = cps.byteOf(h.end);
            }
        }
        found.push_back({record, weight, std::move(hits)});
    };

    try {
        Xapian::Enquire enquire(m_impl->db);
        enquire.set_query(compileQuery(prepared));
        enquire.set_docid_order(Xapian::Enquire::ASCENDING);
        const Xapian::doccount all = m_impl->db.get_doccount();
        std::size_t hitCount = 0;
        bool exhausted = true;
        if (request.countAll || request.maxHits == 0) {
            Xapian::MSet mset = enquire.get_mset(0, all);
            // Read passages document by document, so each text is fetched once and let go.
            std::vector<std::pair<PassageRecord, double>> records;
            records.reserve(mset.size());
            for (auto it = mset.begin(); it != mset.end(); ++it) records.emplace_back(deserialise(it.get_document().get_data()), it.get_weight());
            std::stable_sort(records.begin(), records.end(), [](const auto& a, const auto& b) {
                return a.first.documentUuid < b.first.documentUuid;
            });
            std::string current;
            for (const auto& [record, weight] : records) {
                if (record.documentUuid != current) {
                    texts.erase(current);
                    current = record.documentUuid;
                }
                evaluate(record, weight);
            }
        } else {
            // Passages are read best first, a page at a time, until enough hits are found:
            // the first page is about as many passages as hits wanted, later pages grow.
            Xapian::doccount page = static_cast<Xapian::doccount>(std::clamp<std::size_t>(request.maxHits, 8, 256));
            for (Xapian::doccount first = 0; first < all; first += page, page = std::min<Xapian::doccount>(page * 2, 1024)) {
                Xapian::MSet mset = enquire.get_mset(first, page);
                for (auto it = mset.begin(); it != mset.end(); ++it) {
                    const std::size_t before = found.size();
                    evaluate(deserialise(it.get_document().get_data()), it.get_weight());
                    if (found.size() > before) hitCount += found.back().hits.size();
                }
                if (mset.size() < page) break;
                if (hitCount >= request.maxHits) {
                    exhausted = first + page >= all;
                    break;
                }
            }
        }
        result.totalExact = exhausted;
    } catch (const Xapian::Error& e) {
        rethrowXapian(e, m_impl->folder);
    }

    // Best document first (by its best passage), then hits in the order they occur.
    std::unordered_map<std::string, double> bestOfDocument;
    for (const auto& f : found) {
        double& best = bestOfDocument[f.record.documentUuid];
        best = std::max(best, f.weight);
    }
    std::stable_sort(found.begin(), found.end(), [&](const Found& a, const Found& b) {
        const double wa = bestOfDocument[a.record.documentUuid], wb = bestOfDocument[b.record.documentUuid];
        if (wa != wb) return wa > wb;
        if (a.record.documentUuid != b.record.documentUuid) return a.record.documentUuid < b.record.documentUuid;
        return a.record.start < b.record.start;
    });

    std::map<std::string, std::size_t> forms;
    result.passages = found.size();
    for (const auto& f : found) {
        for (const auto& h : f.hits) {
            ++result.totalHits;
            if (result.documents.empty() || result.documents.back().documentUuid != f.record.documentUuid)
                result.documents.push_back({f.record.documentUuid, f.record.caseUuid, 0});
            ++result.documents.back().hits;
            const std::string& textValue = textOf(f.record.documentUuid);
            const std::size_t byteStart = h.byteStart, byteEnd = h.byteEnd;
            const std::string& form = h.form;
            if (!h.wholeRange) ++forms[form];
            if (request.maxHits != 0 && result.hits.size() >= request.maxHits) continue;
            SearchHit hit;
            hit.documentUuid = f.record.documentUuid;
            hit.caseUuid = f.record.caseUuid;
            hit.speaker = f.record.speaker;
            hit.start = h.start;
            hit.end = h.end;
            hit.matched = textValue.substr(byteStart, byteEnd - byteStart);
            hit.before = contextBefore(textValue, byteStart, request.contextCharacters, f.record.byteStart);
            hit.after = contextAfter(textValue, byteEnd, request.contextCharacters, f.record.byteEnd);
            hit.form = form;
            hit.weight = f.weight;
            result.hits.push_back(std::move(hit));
        }
    }
    for (const auto& [form, count] : forms) result.forms.push_back({form, count});
    std::stable_sort(result.forms.begin(), result.forms.end(),
                     [](const FormCount& a, const FormCount& b) { return a.hits > b.hits; });
    return result;
}

}  // namespace edau::search
