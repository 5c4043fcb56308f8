// SPDX-License-Identifier: GPL-3.0-or-later
// The app side of search: where the index lives, keeping it in step with the store through the
// operation log, answering queries with names, and autocoding hits as one undoable action.
#include "edau/app/search_service.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <thread>
#include <unordered_map>

#include "edau/app/code_paths.h"
#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/store/project_store.h"
#include "edau/text/search_folding.h"
#include "edau/text/sentences.h"

namespace edau {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kFlushEvery = 200;  // documents between flushes during a rebuild

std::string cacheRoot() {
    if (const char* d = std::getenv("EDAU_CACHE_DIR"); d && *d) return d;
    if (const char* d = std::getenv("XDG_CACHE_HOME"); d && *d) return std::string(d) + "/edau";
    if (const char* h = std::getenv("HOME"); h && *h) return std::string(h) + "/.cache/edau";
    return (fs::temp_directory_path() / "edau-cache").string();
}

std::string searchKey(const std::string& s) { return text::foldAccents(text::foldForSearch(s)); }

search::IndexedDocument indexedDocument(const ProjectStore& store, const Document& doc) {
    search::IndexedDocument d;
    d.uuid = doc.uuid;
    if (doc.caseId)
        if (auto c = store.caseById(*doc.caseId)) d.caseUuid = c->uuid;
    d.text = store.documentText(doc.id);
    for (const auto& t : store.turns(doc.id)) d.turns.push_back({t.speaker, t.start, t.end});
    d.language = doc.language;
    d.languageSetByUser = doc.languageSetByUser;
    return d;
}

// Opens the index, waiting a little while another Edau writes it.
std::unique_ptr<search::SearchIndex> openWaiting(const std::string& folder) {
    for (int attempt = 0;; ++attempt) {
        try {
            return search::SearchIndex::open(folder);
        } catch (const Error& e) {
            if (!search::isIndexBusy(e) || attempt >= 40) throw;
            std::this_thread::sleep_for(std::chrono::milliseconds(250));
        }
    }
}

search::IndexState storeState(const ProjectStore& store) {
    search::IndexState s;
    s.projectUuid = store.projectUuid();
    if (auto last = store.lastOperation()) {
        s.sequence = last->sequence;
        s.operationUuid = last->uuid;
    }
    s.lexiconSignature = search::SearchIndex::currentLexiconSignature();
    return s;
}

// Why the index cannot be brought up to date step by step, or nullopt when it can.
std::optional<Message> whyRebuild(const search::SearchIndex& index, const ProjectStore& store) {
    const search::IndexState have = index.state();
    if (have.projectUuid.empty() && have.sequence == 0) return Message(EDAU_MSG("the project had no search index yet"));
    if (!have.formatCurrent) return Message(EDAU_MSG("the index was made by another version of Edau"));
    if (have.projectUuid != store.projectUuid()) return Message(EDAU_MSG("the index belonged to another project"));
    if (have.lexiconSignature != search::SearchIndex::currentLexiconSignature())
        return Message(EDAU_MSG("the Welsh word list has changed since the index was made"));
    const auto last = store.lastOperation();
    const std::int64_t newest = last ? last->sequence : 0;
    if (have.sequence > newest) return Message(EDAU_MSG("the index is newer than the project (a restored copy?)"));
    if (have.sequence > 0) {
        auto ops = store.operations(have.sequence - 1);
        if (ops.empty() || ops.front().sequence != have.sequence || ops.front().uuid != have.operationUuid)
            return Message(EDAU_MSG("the project's history differs from the index's (a copy of the project?)"));
    }
    return std::nullopt;
}

bool processAlive(long pid) { return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM); }

// Leftovers of rebuilds that crashed: FOLDER.new-PID whose process is gone.
void removeAbandonedRebuilds(const fs::path& folder) {
    std::error_code ec;
    const fs::path parent = folder.parent_path();
    const std::string prefix = folder.filename().string() + ".new-";
    for (const auto& entry : fs::directory_iterator(parent, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind(prefix, 0) != 0) continue;
        if (!processAlive(std::atol(name.c_str() + prefix.size()))) fs::remove_all(entry.path(), ec);
    }
}

IndexUpdate rebuildIndex(const ProjectStore& store, const std::string& folder, Message reason,
                         const search::IndexProgress& progress) {
    IndexUpdate update;
    update.rebuilt = true;
    update.reason = std::move(reason);
    update.folder = folder;
    const fs::path target(folder);
    std::error_code ec;
    fs::create_directories(target.parent_path(), ec);
    removeAbandonedRebuilds(target);
    const fs::path fresh = target.string() + ".new-" + std::to_string(::getpid());
    const fs::path compacted = target.string() + ".new-" + std::to_string(::getpid()) + "-compact";
    fs::remove_all(fresh, ec);
    fs::remove_all(compacted, ec);
    try {
        const search::IndexState state = storeState(store);  // taken first: later changes are caught next time
        const auto documents = store.documents();
        {
            auto index = search::SearchIndex::open(fresh.string());
            std::size_t done = 0;
            for (const auto& doc : documents) {
                index->addOrReplace(indexedDocument(store, doc));
                ++done;
                if (done % kFlushEvery == 0) index->flush();
                if (progress) progress(done, documents.size());
            }
            index->commit(state);
            update.passages = index->passageCount();
            // A built index is compacted once (about half the size, and fewer blocks to read
            // per search); later updates append to it as usual.
            index->compactTo(compacted.string());
        }
        fs::remove_all(fresh);
        fs::rename(compacted, fresh);
        update.documentsIndexed = documents.size();
        const fs::path old = target.string() + ".old-" + std::to_string(::getpid());
        if (fs::exists(target)) fs::rename(target, old);
        fs::rename(fresh, target);
        fs::remove_all(old, ec);
    } catch (const fs::filesystem_error& e) {
        fs::remove_all(fresh, ec);
        fs::remove_all(compacted, ec);
        throwError(ErrorKind::Environment, Message(EDAU_MSG("The search index {folder} could not be written: {reason}"))
                                               .arg("folder", folder)
                                               .arg("reason", e.code().message()));
    } catch (...) {
        fs::remove_all(fresh, ec);
        fs::remove_all(compacted, ec);
        throw;
    }
    return update;
}

/// Field values and texts for the search, read from the store as the query needs them.
class StoreSearchContext : public search::SearchContext {
public:
    explicit StoreSearchContext(const ProjectStore& store) : m_store(store) {}

    std::optional<std::vector<std::string>> casesMatching(const std::string& field, const std::string& value) override {
        const std::string fieldKey = searchKey(field), valueKey = searchKey(value);
        std::vector<std::string> out;
        if (fieldKey == "case") {
            for (const auto& c : m_store.cases())
                if (searchKey(c.name) == valueKey) out.push_back(c.uuid);
            return out;
        }
        std::optional<Attribute> attribute;
        for (const auto& a : m_store.attributes())
            if (searchKey(a.name) == fieldKey) attribute = a;
        if (!attribute) return std::nullopt;
        for (const auto& c : m_store.cases())
            for (const auto& v : m_store.attributeValues(c.id))
                if (v.attributeId == attribute->id && searchKey(v.value) == valueKey) out.push_back(c.uuid);
        return out;
    }

    std::optional<std::vector<search::CodedRange>> rangesCodedWith(const std::string& path) override {
        const auto codes = m_store.codes();
        auto code = findCodeByPath(codes, path);
        if (!code) return std::nullopt;
        // The code and everything under it: searching a theme covers its sub-themes.
        std::vector<RowId> family{code->id};
        for (std::size_t i = 0; i < family.size(); ++i)
            for (const auto& c : codes)
                if (c.parentId && *c.parentId == family[i]) family.push_back(c.id);
        std::unordered_map<RowId, std::string> documentUuids;
        for (const auto& d : m_store.documents()) documentUuids[d.id] = d.uuid;
        std::vector<search::CodedRange> out;
        for (const auto& coding : m_store.codings())
            if (std::find(family.begin(), family.end(), coding.codeId) != family.end())
                out.push_back({documentUuids[coding.documentId], coding.start, coding.end});
        return out;
    }

    std::string documentText(const std::string& documentUuid) override {
        auto doc = m_store.documentByUuid(documentUuid);
        return doc ? m_store.documentText(doc->id) : std::string();
    }

private:
    const ProjectStore& m_store;
};

std::pair<std::int64_t, std::int64_t> sentenceAround(const std::vector<std::pair<std::int64_t, std::int64_t>>& sentences,
                                                     std::int64_t start, std::int64_t end) {
    std::int64_t s = start, e = end;
    for (const auto& [a, b] : sentences)
        if (a < end && b > start) {
            s = std::min(s, a);
            e = std::max(e, b);
        }
    return {s, e};
}

// The block of non-blank lines around [start, end), or just the line when the text has no
// blank lines (Word documents: a paragraph per line). Blank space at the edges is left out.
std::pair<std::int64_t, std::int64_t> paragraphAround(const std::u32string& text, std::int64_t start, std::int64_t end,
                                                      bool blankLineParagraphs) {
    const auto n = static_cast<std::int64_t>(text.size());
    auto at = [&](std::int64_t i) { return text[static_cast<std::size_t>(i)]; };
    auto lineStart = [&](std::int64_t i) {
        while (i > 0 && at(i - 1) != U'\n') --i;
        return i;
    };
    auto lineEnd = [&](std::int64_t i) {
        while (i < n && at(i) != U'\n') ++i;
        return i;
    };
    auto blank = [&](std::int64_t from, std::int64_t to) {
        for (std::int64_t i = from; i < to; ++i)
            if (at(i) != U' ' && at(i) != U'\t' && at(i) != U'\r') return false;
        return true;
    };
    std::int64_t s = lineStart(std::min(start, n));
    std::int64_t e = lineEnd(std::min(end, n));
    if (blankLineParagraphs) {
        while (s > 0) {
            const std::int64_t previous = lineStart(s - 1);
            if (blank(previous, s - 1)) break;
            s = previous;
        }
        while (e < n) {
            const std::int64_t next = lineEnd(e + 1);
            if (blank(e + 1, next)) break;
            e = next;
        }
    }
    while (s < e && (at(s) == U' ' || at(s) == U'\t')) ++s;
    while (e > s && (at(e - 1) == U' ' || at(e - 1) == U'\t' || at(e - 1) == U'\r')) --e;
    return {std::min(s, start), std::max(e, end)};
}

// Where a turn's words begin: after "Speaker:" and the spaces that follow, when the turn starts so.
std::int64_t labelEnd(const std::u32string& text, const Turn& turn) {
    const auto n = static_cast<std::int64_t>(text.size());
    for (std::int64_t i = turn.start; i < std::min(turn.end, n) && i < turn.start + 120; ++i) {
        if (text[static_cast<std::size_t>(i)] == U'\n') break;
        if (text[static_cast<std::size_t>(i)] != U':') continue;
        std::int64_t j = i + 1;
        while (j < turn.end && (text[static_cast<std::size_t>(j)] == U' ' || text[static_cast<std::size_t>(j)] == U'\t')) ++j;
        return j;
    }
    return turn.start;
}

std::u32string toUtf32(const std::string& utf8) {
    std::u32string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        char32_t cp;
        std::size_t len;
        if (c < 0x80) { cp = c; len = 1; }
        else if (c < 0xE0) { cp = c & 0x1F; len = 2; }
        else if (c < 0xF0) { cp = c & 0x0F; len = 3; }
        else { cp = c & 0x07; len = 4; }
        for (std::size_t k = 1; k < len && i + k < utf8.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        out += cp;
        i += len;
    }
    return out;
}

}  // namespace

std::string searchIndexFolder(const Workbench& bench) {
    const ProjectStore& store = bench.store();
    const fs::path project = fs::absolute(bench.path());
    const fs::path folder = project.parent_path();
    const bool local = store.storage().kind == StorageKind::Local;
    if (local && ::access(folder.c_str(), W_OK) == 0) return project.string() + "-index";
    return cacheRoot() + "/index/" + store.projectUuid();
}

const char* toString(SearchIndexStatus::State state) {
    switch (state) {
        case SearchIndexStatus::State::Missing: return "missing";
        case SearchIndexStatus::State::Current: return "current";
        case SearchIndexStatus::State::Behind: return "behind";
        case SearchIndexStatus::State::NeedsRebuild: return "needs-rebuild";
        case SearchIndexStatus::State::Busy: return "busy";
    }
    return "missing";
}

SearchIndexStatus searchIndexStatus(const Workbench& bench) {
    const ProjectStore& store = bench.store();
    SearchIndexStatus status;
    status.folder = searchIndexFolder(bench);
    if (!fs::exists(status.folder)) return status;
    std::unique_ptr<search::SearchIndex> index;
    try {
        index = search::SearchIndex::open(status.folder);
    } catch (const Error& e) {
        if (search::isIndexBusy(e)) {
            status.state = SearchIndexStatus::State::Busy;
            return status;
        }
        status.state = SearchIndexStatus::State::NeedsRebuild;
        status.reason = Message(EDAU_MSG("the index was damaged"));
        return status;
    }
    status.passages = index->passageCount();
    if (auto why = whyRebuild(*index, store)) {
        status.state = SearchIndexStatus::State::NeedsRebuild;
        status.reason = *why;
        return status;
    }
    const auto have = index->state();
    const auto last = store.lastOperation();
    status.changesBehind = (last ? last->sequence : 0) - have.sequence;
    status.state = status.changesBehind > 0 ? SearchIndexStatus::State::Behind : SearchIndexStatus::State::Current;
    return status;
}

IndexUpdate updateSearchIndex(Workbench& bench, bool rebuild, const search::IndexProgress& progress) {
    const ProjectStore& store = bench.store();
    const std::string folder = searchIndexFolder(bench);
    if (rebuild) return rebuildIndex(store, folder, Message(EDAU_MSG("a rebuild was asked for")), progress);
    std::unique_ptr<search::SearchIndex> index;
    try {
        index = openWaiting(folder);
    } catch (const Error& e) {
        if (search::isIndexBusy(e) || e.kind() != ErrorKind::Project) throw;
        return rebuildIndex(store, folder, Message(EDAU_MSG("the index was damaged")), progress);
    }
    if (auto why = whyRebuild(*index, store)) {
        index.reset();
        return rebuildIndex(store, folder, *why, progress);
    }
    IndexUpdate update;
    update.folder = folder;
    const search::IndexState have = index->state();
    const search::IndexState now = storeState(store);
    if (now.sequence != have.sequence) {
        // Only document operations change what is indexed: cases, attributes and codes are
        // read from the store when a query names them.
        std::vector<std::string> touched;
        for (const auto& op : store.operations(have.sequence))
            if (op.kind.rfind("document.", 0) == 0 &&
                std::find(touched.begin(), touched.end(), op.entityUuid) == touched.end())
                touched.push_back(op.entityUuid);
        std::size_t done = 0;
        for (const auto& uuid : touched) {
            if (auto doc = store.documentByUuid(uuid)) index->addOrReplace(indexedDocument(store, *doc));
            else index->remove(uuid);
            if (progress) progress(++done, touched.size());
        }
        index->commit(now);
        update.documentsIndexed = touched.size();
    }
    update.passages = index->passageCount();
    return update;
}

ProjectSearchResult searchProject(Workbench& bench, const search::SearchRequest& request) {
    updateSearchIndex(bench);
    const ProjectStore& store = bench.store();
    auto index = openWaiting(searchIndexFolder(bench));
    StoreSearchContext context(store);
    const search::SearchResult found = index->search(request, context);

    // Documents are looked up for the result only: a first screen of hits touches a handful, not
    // every document of a large project. Cases are few and short: read them all.
    std::unordered_map<std::string, std::optional<Document>> documentCache;
    auto documentOf = [&](const std::string& uuid) -> const std::optional<Document>& {
        auto it = documentCache.find(uuid);
        if (it == documentCache.end()) it = documentCache.emplace(uuid, store.documentByUuid(uuid)).first;
        return it->second;
    };
    std::unordered_map<std::string, std::string> caseNames;
    for (const auto& c : store.cases()) caseNames.emplace(c.uuid, c.name);

    ProjectSearchResult out;
    out.query = request.query;
    out.mode = request.mode;
    out.total = found.totalHits;
    out.totalExact = found.totalExact;
    out.forms = found.forms;
    for (const auto& h : found.hits) {
        ProjectSearchHit hit;
        if (const auto& d = documentOf(h.documentUuid)) {
            hit.documentId = d->id;
            hit.document = d->name;
        }
        if (auto c = caseNames.find(h.caseUuid); c != caseNames.end()) hit.caseName = c->second;
        hit.speaker = h.speaker;
        hit.start = h.start;
        hit.end = h.end;
        hit.matched = h.matched;
        hit.before = h.before;
        hit.after = h.after;
        hit.form = h.form;
        out.hits.push_back(std::move(hit));
    }
    // Counts per document and case cover every hit found, not only those shown.
    std::map<std::string, std::size_t> perCase;
    for (const auto& d : found.documents) {
        const auto& doc = documentOf(d.documentUuid);
        out.documents.push_back({doc ? doc->name : d.documentUuid, d.hits});
        if (auto c = caseNames.find(d.caseUuid); c != caseNames.end()) perCase[c->second] += d.hits;
    }
    for (const auto& [name, count] : perCase) out.cases.push_back({name, count});
    std::stable_sort(out.cases.begin(), out.cases.end(), [](const HitGroup& a, const HitGroup& b) { return a.hits > b.hits; });
    return out;
}

const char* toString(AutocodeUnit unit) {
    switch (unit) {
        case AutocodeUnit::Hit: return "hit";
        case AutocodeUnit::Sentence: return "sentence";
        case AutocodeUnit::Turn: return "turn";
        case AutocodeUnit::Paragraph: return "paragraph";
    }
    return "hit";
}

std::optional<AutocodeUnit> autocodeUnitFromString(const std::string& name) {
    for (AutocodeUnit u : {AutocodeUnit::Hit, AutocodeUnit::Sentence, AutocodeUnit::Turn, AutocodeUnit::Paragraph})
        if (name == toString(u)) return u;
    return std::nullopt;
}

AutocodeResult autocode(Workbench& bench, const search::SearchRequest& request, const std::string& codePath,
                        AutocodeUnit unit, const std::string& coderName) {
    ProjectStore& store = bench.store();
    const auto codes = store.codes();
    auto code = findCodeByPath(codes, codePath);
    if (!code) throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no code called {code} in this project")).arg("code", codePath));
    std::optional<Coder> coder = coderName.empty() ? store.currentCoder() : store.coderByName(coderName);
    if (!coder && !coderName.empty()) coder = store.addCoder(coderName);
    if (!coder)
        throwError(ErrorKind::Usage, Message(EDAU_MSG("Say who is coding first (the coder's name), so the codings are theirs")));

    search::SearchRequest all = request;
    all.maxHits = 0;
    all.countAll = true;
    all.contextCharacters = 0;
    const ProjectSearchResult found = searchProject(bench, all);

    AutocodeResult result;
    result.hits = found.hits.size();
    // Ranges per document, grown to the unit and merged where they meet.
    std::map<RowId, std::vector<std::pair<std::int64_t, std::int64_t>>> ranges;
    std::map<RowId, std::vector<Turn>> turns;
    std::map<RowId, std::vector<std::pair<std::int64_t, std::int64_t>>> sentences;
    std::map<RowId, std::u32string> texts;
    auto textOf = [&](RowId doc) -> const std::u32string& {
        auto it = texts.find(doc);
        if (it == texts.end()) it = texts.emplace(doc, toUtf32(store.documentText(doc))).first;
        return it->second;
    };
    auto sentencesOf = [&](RowId doc) -> const auto& {
        auto it = sentences.find(doc);
        if (it == sentences.end()) it = sentences.emplace(doc, text::sentenceSpans(store.documentText(doc))).first;
        return it->second;
    };
    auto turnsOf = [&](RowId doc) -> const std::vector<Turn>& {
        auto it = turns.find(doc);
        if (it == turns.end()) it = turns.emplace(doc, store.turns(doc)).first;
        return it->second;
    };
    // A sentence never reaches back over the speaker's label ("Siân: ") into the turn's heading.
    auto sentenceOf = [&](const ProjectSearchHit& hit) {
        auto r = sentenceAround(sentencesOf(hit.documentId), hit.start, hit.end);
        for (const auto& t : turnsOf(hit.documentId))
            if (t.start <= hit.start && hit.start < t.end)
                r.first = std::max(r.first, labelEnd(textOf(hit.documentId), t));
        return r;
    };
    for (const auto& hit : found.hits) {
        std::pair<std::int64_t, std::int64_t> r{hit.start, hit.end};
        switch (unit) {
            case AutocodeUnit::Hit: break;
            case AutocodeUnit::Sentence: r = sentenceOf(hit); break;
            case AutocodeUnit::Turn: {
                bool inTurn = false;
                for (const auto& t : turnsOf(hit.documentId))
                    if (t.start <= hit.start && hit.start < t.end) {
                        r = {t.start, std::max(t.end, hit.end)};
                        inTurn = true;
                    }
                if (!inTurn) r = sentenceOf(hit);
                break;
            }
            case AutocodeUnit::Paragraph: {
                const std::u32string& t = textOf(hit.documentId);
                const bool blankLines = t.find(U"\n\n") != std::u32string::npos;
                r = paragraphAround(t, hit.start, hit.end, blankLines);
                break;
            }
        }
        ranges[hit.documentId].push_back(r);
    }
    for (auto& [doc, list] : ranges) {
        std::sort(list.begin(), list.end());
        std::vector<std::pair<std::int64_t, std::int64_t>> merged;
        for (const auto& r : list) {
            if (!merged.empty() && r.first <= merged.back().second) merged.back().second = std::max(merged.back().second, r.second);
            else merged.push_back(r);
        }
        list = std::move(merged);
    }
    store.write([&] {
        for (const auto& [doc, list] : ranges) {
            const auto existing = store.codingsOfDocument(doc);
            bool touched = false;
            for (const auto& [s, e] : list) {
                const bool coded = std::any_of(existing.begin(), existing.end(), [&](const Coding& c) {
                    return c.codeId == code->id && c.coderId == coder->id && c.start == s && c.end == e;
                });
                if (coded) {
                    ++result.alreadyCoded;
                    continue;
                }
                store.addCoding(doc, s, e, code->id, coder->id);
                ++result.codingsAdded;
                touched = true;
            }
            if (touched) ++result.documents;
        }
    });
    return result;
}

}  // namespace edau
