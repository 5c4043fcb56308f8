// SPDX-License-Identifier: GPL-3.0-or-later
// The search index on Xapian, two databases in one folder:
// - the documents: one Xapian document per Edau document, its passages one after another in
//   the positions (with a gap between them), Welsh readings and English stems at the same
//   positions as the words they come from. Ranked with BM25; positions say in which passages
//   a query's words occur, so only those passages are read.
// - the passage list (folder/passages): one entry per passage with its words and fields, no
//   positions, never ranked. It answers at once whether few passages may match (a NOT, words
//   that meet in few passages) and which.
// Every hit is then checked word by word on the passage's text with the same analysis.
//
// Why documents and not passages for ranking: a transcript holds a hundred passages or more,
// and ranking a million passage entries for a common word took most of a search's time at
// 10,000 transcripts; ranking 10,000 documents does not. Without the passage list, a query
// that few passages match but most documents might (spindle NOT dig, where every spindle has
// its dig) made the search read the positions of every document.
#include <xapian.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <mutex>
#include <set>
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
constexpr const char* kFormat = "edau-search-4";
constexpr const char* kKeyFormat = "edau.format";
constexpr const char* kKeyProject = "edau.project";
constexpr const char* kKeySequence = "edau.sequence";
constexpr const char* kKeyOperation = "edau.operation";
constexpr const char* kKeyLexicon = "edau.lexicon";
constexpr char kSeparator = '\x1f';       // between the fields of a passage
constexpr char kRecordSeparator = '\x1e';  // between passages in a document's data
// Positions left empty between two passages, so a phrase or NEAR (up to this many words apart)
// found by Xapian lies inside one passage; the matcher checks each hit in its passage anyway.
constexpr Xapian::termpos kPassageGap = 64;
// The passage list: a second Xapian database inside the index folder.
constexpr const char* kPassagesFolder = "/passages";
// A first screen asks the passage list for this many passages: when fewer match, those are all
// the passages that may match, and only their documents are ranked and read.
constexpr Xapian::doccount kFewPassages = 256;
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

/// One passage of a document, as stored in its Xapian document's data.
struct PassageRecord {
    std::string documentUuid;
    std::string caseUuid;
    std::size_t byteStart = 0, byteEnd = 0;
    std::int64_t start = 0, end = 0;
    std::string language;  // "cy", "en", "mixed" or ""
    std::string speaker;
    Xapian::termpos firstPosition = 0;  // of its first word; its words follow one per position
};

template <typename T>
T number(std::string_view s) {
    T value{};
    std::from_chars(s.data(), s.data() + s.size(), value);
    return value;
}

std::vector<std::string_view> split(std::string_view data, char separator) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (true) {
        const std::size_t at = data.find(separator, start);
        out.push_back(data.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
        if (at == std::string_view::npos) break;
        start = at + 1;
    }
    return out;
}

/// A document's data: its uuid and case, then its passages in order (by position).
std::string serialise(const std::string& documentUuid, const std::string& caseUuid, const std::vector<PassageRecord>& passages) {
    std::string out = documentUuid;
    out += kSeparator;
    out += caseUuid;
    for (const auto& r : passages) {
        out += kRecordSeparator;
        bool first = true;
        for (const std::string& field : {std::to_string(r.byteStart), std::to_string(r.byteEnd), std::to_string(r.start),
                                         std::to_string(r.end), r.language, r.speaker, std::to_string(r.firstPosition)}) {
            if (!first) out += kSeparator;
            first = false;
            out += field;
        }
    }
    return out;
}

std::vector<PassageRecord> deserialise(const std::string& data) {
    std::vector<PassageRecord> out;
    const auto records = split(data, kRecordSeparator);
    const auto head = split(records.front(), kSeparator);
    if (head.size() < 2) return out;
    for (std::size_t i = 1; i < records.size(); ++i) {
        const auto f = split(records[i], kSeparator);
        if (f.size() < 7) continue;
        PassageRecord r;
        r.documentUuid = head[0];
        r.caseUuid = head[1];
        r.byteStart = number<std::size_t>(f[0]);
        r.byteEnd = number<std::size_t>(f[1]);
        r.start = number<std::int64_t>(f[2]);
        r.end = number<std::int64_t>(f[3]);
        r.language = f[4];
        r.speaker = f[5];
        r.firstPosition = number<Xapian::termpos>(f[6]);
        out.push_back(std::move(r));
    }
    return out;
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
    Xapian::WritableDatabase db;        // one entry per document: words with positions, ranked
    Xapian::WritableDatabase passages;  // one entry per passage: its words, no positions, not ranked
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
        impl->passages = Xapian::WritableDatabase(folder + kPassagesFolder, Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS);
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
        // The two databases are committed one after the other: one left behind by a crash
        // between the two commits makes the index count as written by other rules (rebuilt).
        s.formatCurrent = m_impl->db.get_metadata(kKeyFormat) == kFormat &&
                          m_impl->passages.get_metadata(kKeySequence) == m_impl->db.get_metadata(kKeySequence) &&
                          m_impl->passages.get_metadata(kKeyOperation) == s.operationUuid;
    } catch (const Xapian::Error& e) {
        rethrowXapian(e, m_impl->folder);
    }
    return s;
}

void SearchIndex::addOrReplace(const IndexedDocument& document) {
    std::lock_guard lock(m_impl->mutex);
    try {
        PassageAnalyser& analyser = m_impl->analyser;
        CodePointIndex cps(document.text);
        Xapian::Document xd;
        std::vector<PassageRecord> passages;
        std::set<std::string> speakers, languages;
        Xapian::termpos position = 0;
        m_impl->passages.delete_document(kDocumentPrefix + document.uuid);
        for (const ByteRange& range : passagesOf(document)) {
            const std::string_view passageText = std::string_view(document.text).substr(range.start, range.end - range.start);
            PassageRecord record;
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
            if (!passages.empty()) position += kPassageGap;
            record.firstPosition = position + 1;
            Xapian::Document pd;  // the passage's entry in the passage list
            for (const auto& t : tokens) {
                ++position;
                for (const auto& k : t.foldedKeys) {
                    xd.add_posting(kWordPrefix + k, position);
                    pd.add_boolean_term(kWordPrefix + k);
                }
                // A stem that is the word itself is already there as a word term (queries look
                // for stems among the word terms too): most words, half the stem postings.
                if (!t.stem.empty() && t.stem != t.foldedKeys.front()) {
                    xd.add_posting(kStemPrefix + t.stem, position);
                    pd.add_boolean_term(kStemPrefix + t.stem);
                }
            }
            pd.add_boolean_term(kDocumentPrefix + document.uuid);
            if (!document.caseUuid.empty()) pd.add_boolean_term(kCasePrefix + document.caseUuid);
            if (!range.speaker.empty()) {
                std::string key = analyser.foldAccents(analyser.fold(range.speaker));
                pd.add_boolean_term(kSpeakerPrefix + key);
                speakers.insert(std::move(key));
            }
            for (const auto& tag : languageTags(record.language)) {
                pd.add_boolean_term(kLanguagePrefix + tag);
                languages.insert(tag);
            }
            pd.set_data(document.uuid + kSeparator + std::to_string(passages.size()));
            m_impl->passages.add_document(pd);
            passages.push_back(std::move(record));
        }
        // Filter terms say what some passage has; the matcher decides for each passage.
        xd.add_boolean_term(kDocumentPrefix + document.uuid);
        if (!document.caseUuid.empty()) xd.add_boolean_term(kCasePrefix + document.caseUuid);
        for (const auto& speaker : speakers) xd.add_boolean_term(kSpeakerPrefix + speaker);
        for (const auto& tag : languages) xd.add_boolean_term(kLanguagePrefix + tag);
        xd.set_data(serialise(document.uuid, document.caseUuid, passages));
        m_impl->db.replace_document(kDocumentPrefix + document.uuid, xd);
    } catch (const Xapian::Error& e) {
        rethrowXapian(e, m_impl->folder);
    }
}

void SearchIndex::remove(const std::string& documentUuid) {
    std::lock_guard lock(m_impl->mutex);
    try {
        m_impl->passages.delete_document(kDocumentPrefix + documentUuid);
        m_impl->db.delete_document(kDocumentPrefix + documentUuid);
    } catch (const Xapian::Error& e) {
        rethrowXapian(e, m_impl->folder);
    }
}

void SearchIndex::flush() {
    std::lock_guard lock(m_impl->mutex);
    try {
        m_impl->passages.commit();
        m_impl->db.commit();
    } catch (const Xapian::Error& e) {
        rethrowXapian(e, m_impl->folder);
    }
}

void SearchIndex::commit(const IndexState& state) {
    std::lock_guard lock(m_impl->mutex);
    try {
        m_impl->passages.set_metadata(kKeySequence, std::to_string(state.sequence));
        m_impl->passages.set_metadata(kKeyOperation, state.operationUuid);
        m_impl->passages.commit();
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
        m_impl->passages.compact(folder + kPassagesFolder, Xapian::DBCOMPACT_NO_RENUMBER);
    } catch (const Xapian::Error& e) {
        rethrowXapian(e, folder);
    }
}

std::int64_t SearchIndex::passageCount() const {
    std::lock_guard lock(m_impl->mutex);
    return static_cast<std::int64_t>(m_impl->passages.get_doccount());
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
    Xapian::WritableDatabase& db = m_impl->db;
    PassageAnalyser& analyser = m_impl->analyser;
    const QueryNode parsed = parseQuery(request.query);
    const PreparedQuery prepared = prepareQuery(parsed, request, analyser, context);
    const CandidateTerms candidates = candidateTerms(prepared);
    const bool readWords = needsWords(prepared);
    std::unordered_map<std::string, bool> termExists;  // whether any document has a term
    auto present = [&](const std::string& term) {
        auto it = termExists.find(term);
        if (it == termExists.end()) it = termExists.emplace(term, db.term_exists(term)).first;
        return it->second;
    };
    // A first screen stops at this many hits; 0: every hit.
    const std::size_t stopAt = request.countAll ? 0 : request.maxHits;

    SearchResult result;
    struct Found {
        PassageRecord record;
        double weight;
        std::vector<PassageHit> hits;
    };
    std::vector<Found> found;
    std::size_t hitCount = 0;
    // Texts of documents whose hits will be shown (the rest are only counted).
    std::unordered_map<std::string, std::string> texts;
    auto textOf = [&](const std::string& uuid) -> const std::string& {
        auto it = texts.find(uuid);
        if (it == texts.end()) it = texts.emplace(uuid, context.documentText(uuid)).first;
        return it->second;
    };

    std::unordered_map<std::string, std::string> speakerKeys;  // speaker name → accent-free key
    auto viewOf = [&](const PassageRecord& record) {
        PassageView view;
        view.documentUuid = record.documentUuid;
        view.caseUuid = record.caseUuid;
        if (!record.speaker.empty()) {
            auto it = speakerKeys.find(record.speaker);
            if (it == speakerKeys.end())
                it = speakerKeys.emplace(record.speaker, analyser.foldAccents(analyser.fold(record.speaker))).first;
            view.speakerKey = it->second;
        }
        view.languages = languageTags(record.language);
        view.start = record.start;
        view.end = record.end;
        view.stems = stems(passageLanguageFromCode(record.language));
        return view;
    };

    auto evaluate = [&](const PassageRecord& record, const PassageView& view, double weight, const std::string& textValue) {
        if (record.byteEnd > textValue.size() || record.byteStart > record.byteEnd) return;  // document changed: stale entry
        std::vector<AnalysedToken> tokens;
        if (readWords)
            tokens = analyser.analyse(std::string_view(textValue).substr(record.byteStart, record.byteEnd - record.byteStart),
                                      record.start, passageLanguageFromCode(record.language));
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
        hitCount += hits.size();
        found.push_back({record, weight, std::move(hits)});
    };

    // A passage whose hits are known from its terms: only its words' places are read (ICU word
    // breaks), not their Welsh readings and stems, and only the hits' forms are folded.
    const bool byTerms = decidedByTerms(prepared);
    auto evaluateWords = [&](const PassageRecord& record, double weight, const std::string& textValue,
                             const std::vector<std::size_t>& words) {
        if (words.empty()) return;
        if (record.byteEnd > textValue.size() || record.byteStart > record.byteEnd) return;  // document changed: stale entry
        const std::string_view passageText = std::string_view(textValue).substr(record.byteStart, record.byteEnd - record.byteStart);
        const std::vector<text::WordToken> tokens = wordsAsIndexed(passageText, record.start);
        std::vector<PassageHit> hits;
        for (const std::size_t w : words) {
            if (w >= tokens.size()) return;  // the index and the text disagree: stale entry
            const text::WordToken& t = tokens[w];
            hits.push_back({t.start, t.end, w, w, false, record.byteStart + t.byteStart, record.byteStart + t.byteEnd,
                            analyser.fold(t.text)});
        }
        hitCount += hits.size();
        found.push_back({record, weight, std::move(hits)});
    };

    // Evaluates the passages of a document that may match, in order, stopping at `stopAt` hits.
    // Which passages may match is told by where the query's terms occur (their positions), so
    // the text is read only where a hit is possible. True when every such passage was evaluated.
    auto evaluateDocument = [&](const Xapian::Document& document, double weight, const std::vector<std::size_t>* only) {
        const std::vector<PassageRecord> passages = deserialise(document.get_data());
        if (passages.empty()) return true;
        const Xapian::docid did = document.get_docid();
        // Where each term the query names occurs in this document (sorted positions), read once.
        std::unordered_map<std::string, std::vector<Xapian::termpos>> termPositions, prefixPositions;
        auto positionsOf = [&](const std::string& term) -> const std::vector<Xapian::termpos>& {
            auto it = termPositions.find(term);
            if (it != termPositions.end()) return it->second;
            std::vector<Xapian::termpos> positions;
            if (present(term))
                for (auto p = db.positionlist_begin(did, term); p != db.positionlist_end(did, term); ++p) positions.push_back(*p);
            return termPositions.emplace(term, std::move(positions)).first->second;
        };
        auto positionsOfPrefix = [&](const std::string& prefix) -> const std::vector<Xapian::termpos>& {
            auto it = prefixPositions.find(prefix);
            if (it != prefixPositions.end()) return it->second;
            std::vector<Xapian::termpos> positions;
            Xapian::TermIterator t = db.termlist_begin(did);
            t.skip_to(prefix);
            for (; t != db.termlist_end(did) && (*t).compare(0, prefix.size(), prefix) == 0; ++t)
                for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) positions.push_back(*p);
            std::sort(positions.begin(), positions.end());
            return prefixPositions.emplace(prefix, std::move(positions)).first->second;
        };
        auto passagesAt = [&](const std::vector<Xapian::termpos>& positions) {
            std::vector<std::size_t> at;
            for (const Xapian::termpos p : positions) {
                auto after = std::upper_bound(passages.begin(), passages.end(), p,
                                              [](Xapian::termpos v, const PassageRecord& r) { return v < r.firstPosition; });
                if (after == passages.begin()) continue;
                const auto index = static_cast<std::size_t>(after - passages.begin() - 1);
                if (at.empty() || at.back() != index) at.push_back(index);
            }
            return at;
        };
        const PassagesWithTerm withTerm = [&](const std::string& term) { return passagesAt(positionsOf(term)); };
        const PassagesWithTerm withPrefix = [&](const std::string& prefix) { return passagesAt(positionsOfPrefix(prefix)); };
        // The words of passage `i` (indices from its first word) that carry a term.
        auto wordsAt = [&](std::size_t i, const std::vector<Xapian::termpos>& positions) {
            const Xapian::termpos first = passages[i].firstPosition;
            const Xapian::termpos end = i + 1 < passages.size() ? passages[i + 1].firstPosition : Xapian::termpos(-1);
            std::vector<std::size_t> words;
            for (auto p = std::lower_bound(positions.begin(), positions.end(), first); p != positions.end() && *p < end; ++p)
                words.push_back(static_cast<std::size_t>(*p - first));
            return words;
        };

        std::vector<PassageView> views;
        views.reserve(passages.size());
        for (const auto& record : passages) views.push_back(viewOf(record));
        std::vector<std::size_t> chosen = passagesThatMayMatch(prepared, views, withTerm, withPrefix);
        if (prepared.hasWords) {
            // A hit needs a word: keep passages where a word the query looks for occurs.
            std::vector<char> worded(passages.size(), 0);
            for (const auto& term : candidates.terms)
                for (std::size_t i : withTerm(term)) worded[i] = 1;
            for (const auto& prefix : candidates.prefixes)
                for (std::size_t i : withPrefix(prefix)) worded[i] = 1;
            std::erase_if(chosen, [&](std::size_t i) { return !worded[i]; });
        }
        if (only) std::erase_if(chosen, [&](std::size_t i) { return !std::binary_search(only->begin(), only->end(), i); });
        if (chosen.empty()) return true;

        const std::string& uuid = passages.front().documentUuid;
        std::string textValue = context.documentText(uuid);
        const std::size_t before = found.size();
        bool complete = true;
        for (std::size_t i = 0; i < chosen.size(); ++i) {
            const std::size_t at = chosen[i];
            if (byTerms) {
                const PassagesWithTerm wordsWith = [&](const std::string& term) { return wordsAt(at, positionsOf(term)); };
                const PassagesWithTerm wordsWithPrefix = [&](const std::string& prefix) {
                    return wordsAt(at, positionsOfPrefix(prefix));
                };
                if (auto words = hitWords(prepared, views[at], wordsWith, wordsWithPrefix)) {
                    evaluateWords(passages[at], weight, textValue, *words);
                    if (stopAt != 0 && hitCount >= stopAt) {
                        complete = i + 1 == chosen.size();
                        break;
                    }
                    continue;
                }
            }
            evaluate(passages[at], views[at], weight, textValue);
            if (stopAt != 0 && hitCount >= stopAt) {
                complete = i + 1 == chosen.size();
                break;
            }
        }
        // Keep the text while its hits may be among those shown.
        if (found.size() > before && (request.maxHits == 0 || texts.size() < request.maxHits))
            texts.emplace(uuid, std::move(textValue));
        return complete;
    };

    // A first screen for a query few passages may match (the passage list says which, without
    // ranking): only their documents are ranked and read. Otherwise the best documents are read
    // in turn, and hits come soon, since many passages may match.
    bool answered = false;
    if (stopAt != 0) {
        try {
            Xapian::Enquire list(m_impl->passages);
            list.set_query(compilePassageQuery(prepared));
            list.set_weighting_scheme(Xapian::BoolWeight());
            list.set_docid_order(Xapian::Enquire::ASCENDING);
            const Xapian::MSet few = list.get_mset(0, kFewPassages);
            if (few.size() < kFewPassages) {
                answered = true;
                std::unordered_map<std::string, std::vector<std::size_t>> byDocument;
                std::vector<Xapian::Query> documents;
                for (auto it = few.begin(); it != few.end(); ++it) {
                    const std::string data = it.get_document().get_data();
                    const std::size_t separator = data.find(kSeparator);
                    if (separator == std::string::npos) continue;
                    auto [entry, added] = byDocument.try_emplace(data.substr(0, separator));
                    if (added) documents.emplace_back(kDocumentPrefix + entry->first);
                    entry->second.push_back(number<std::size_t>(std::string_view(data).substr(separator + 1)));
                }
                if (!documents.empty()) {
                    Xapian::Enquire enquire(db);
                    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, compileQuery(prepared),
                                                    Xapian::Query(Xapian::Query::OP_OR, documents.begin(), documents.end())));
                    enquire.set_docid_order(Xapian::Enquire::ASCENDING);
                    const Xapian::MSet ranked = enquire.get_mset(0, static_cast<Xapian::doccount>(documents.size()));
                    for (auto it = ranked.begin(); it != ranked.end(); ++it) {
                        if (request.cancelled && request.cancelled()) {
                            result.totalExact = false;
                            break;
                        }
                        const Xapian::Document document = it.get_document();
                        const std::string data = document.get_data();
                        auto entry = byDocument.find(data.substr(0, data.find(kSeparator)));
                        if (entry == byDocument.end()) continue;
                        std::sort(entry->second.begin(), entry->second.end());
                        const bool complete = evaluateDocument(document, it.get_weight(), &entry->second);
                        if (hitCount >= stopAt) {
                            auto next = it;
                            ++next;
                            result.totalExact = complete && next == ranked.end();
                            break;
                        }
                    }
                }
            }
        } catch (const Xapian::Error& e) {
            rethrowXapian(e, m_impl->folder);
        }
    }

    if (!answered) try {
        // Documents best first (BM25 over whole documents), then each one's passages in order.
        Xapian::Enquire enquire(db);
        enquire.set_query(compileQuery(prepared));
        enquire.set_docid_order(Xapian::Enquire::ASCENDING);
        const Xapian::doccount all = db.get_doccount();
        bool exhausted = true;
        Xapian::doccount page = stopAt == 0 ? all : static_cast<Xapian::doccount>(std::clamp<std::size_t>(stopAt, 8, 64));
        bool stopped = false;
        for (Xapian::doccount first = 0; first < all && !stopped; first += page, page = std::min<Xapian::doccount>(page * 2, 1024)) {
            Xapian::MSet mset = enquire.get_mset(first, page);
            for (auto it = mset.begin(); it != mset.end(); ++it) {
                if (request.cancelled && request.cancelled()) {
                    exhausted = false;
                    stopped = true;
                    break;
                }
                const bool complete = evaluateDocument(it.get_document(), it.get_weight(), nullptr);
                if (stopAt != 0 && hitCount >= stopAt) {
                    auto next = it;
                    ++next;
                    exhausted = complete && next == mset.end() && mset.size() < page;
                    stopped = true;
                    break;
                }
            }
            if (mset.size() < page) break;
        }
        result.totalExact = exhausted;
    } catch (const Xapian::Error& e) {
        rethrowXapian(e, m_impl->folder);
    }

    // `found` is in order already: best document first, then its hits in the order they occur.
    std::map<std::string, std::size_t> forms;
    result.passages = found.size();
    for (const auto& f : found) {
        for (const auto& h : f.hits) {
            ++result.totalHits;
            if (result.documents.empty() || result.documents.back().documentUuid != f.record.documentUuid)
                result.documents.push_back({f.record.documentUuid, f.record.caseUuid, 0});
            ++result.documents.back().hits;
            if (!h.wholeRange) ++forms[h.form];
            if (request.maxHits != 0 && result.hits.size() >= request.maxHits) continue;
            const std::string& textValue = textOf(f.record.documentUuid);
            SearchHit hit;
            hit.documentUuid = f.record.documentUuid;
            hit.caseUuid = f.record.caseUuid;
            hit.speaker = f.record.speaker;
            hit.start = h.start;
            hit.end = h.end;
            hit.matched = textValue.substr(h.byteStart, h.byteEnd - h.byteStart);
            hit.before = contextBefore(textValue, h.byteStart, request.contextCharacters, f.record.byteStart);
            hit.after = contextAfter(textValue, h.byteEnd, request.contextCharacters, f.record.byteEnd);
            hit.form = h.form;
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
