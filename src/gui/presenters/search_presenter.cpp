// SPDX-License-Identifier: GPL-3.0-or-later
/// The search panel's decisions without wx: query building, word forms, KWIC rows, the worker.
#include "presenters/search_presenter.h"

#include <algorithm>
#include <chrono>
#include <set>
#include <utility>

#include "edau/app/code_paths.h"
#include "edau/app/workbench.h"
#include "edau/store/project_store.h"
#include "edau/text/collation.h"
#include "presenters/project_tree_presenter.h"

namespace edau::gui {
namespace {

bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// True for a byte that starts a UTF-8 character (not a continuation byte).
bool startsCharacter(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

std::size_t codePoints(std::string_view s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), startsCharacter));
}

/// Runs of white space (line breaks too) become one space, kept at either end: the context
/// beside a hit keeps the space that parts it from the hit.
std::string oneLine(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool space = false;
    for (char c : s) {
        if (isSpace(c)) {
            space = true;
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    if (space) out += ' ';
    return out;
}

/// The last `limit` code points of `s`, with an ellipsis in front when something was cut.
std::string keepEnd(std::string s, std::size_t limit) {
    if (codePoints(s) <= limit) return s;
    std::size_t cut = s.size();
    for (std::size_t kept = 0; cut > 0 && kept < limit;) {
        --cut;
        if (startsCharacter(s[cut])) ++kept;
    }
    while (cut < s.size() && s[cut] == ' ') ++cut;  // "… word", not "…  word"
    return "\xE2\x80\xA6" + s.substr(cut);  // …
}

/// The first `limit` code points of `s`, with an ellipsis after when something was cut.
std::string keepStart(std::string s, std::size_t limit) {
    if (codePoints(s) <= limit) return s;
    std::size_t end = 0;
    for (std::size_t kept = 0; end < s.size(); ++end) {
        if (startsCharacter(s[end])) {
            if (kept == limit) break;
            ++kept;
        }
    }
    while (end > 0 && s[end - 1] == ' ') --end;
    return s.substr(0, end) + "\xE2\x80\xA6";
}

bool hasOrOperator(std::string_view words) {
    std::size_t i = 0;
    bool inQuote = false;
    while (i < words.size()) {
        if (words[i] == '"') inQuote = !inQuote;
        if (!inQuote && words.compare(i, 2, "OR") == 0) {
            const bool startOk = i == 0 || isSpace(words[i - 1]) || words[i - 1] == ')';
            const bool endOk = i + 2 == words.size() || isSpace(words[i + 2]) || words[i + 2] == '(';
            if (startOk && endOk) return true;
        }
        ++i;
    }
    return false;
}

std::string trimmed(std::string_view s) {
    std::size_t a = 0, b = s.size();
    while (a < b && isSpace(s[a])) ++a;
    while (b > a && isSpace(s[b - 1])) --b;
    return std::string(s.substr(a, b - a));
}

}  // namespace

bool isUsableFieldName(std::string_view name) {
    if (name.empty()) return false;
    const auto first = static_cast<unsigned char>(name.front());
    if (!isAsciiLetter(name.front()) && first < 0x80) return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return isAsciiLetter(c) || isAsciiDigit(c) || c == '_' || c == '-' || static_cast<unsigned char>(c) >= 0x80;
    });
}

std::optional<std::string> fieldTerm(std::string_view field, std::string_view value) {
    const std::string v = trimmed(value);
    if (v.empty() || v.find('"') != std::string::npos) return std::nullopt;
    const bool needsQuotes = v.front() == '-' || v.front() == '+' ||
                             std::any_of(v.begin(), v.end(), [](char c) {
                                 return isSpace(c) || c == '(' || c == ')' || c == ':';
                             });
    std::string term(field);
    term += ':';
    if (needsQuotes) {
        term += '"';
        term += v;
        term += '"';
    } else {
        term += v;
    }
    return term;
}

std::string buildSearchQuery(std::string_view words, const SearchFilters& filters) {
    std::string query = trimmed(words);
    if (query.empty()) return {};
    std::vector<std::string> terms;
    if (auto t = fieldTerm("case", filters.caseName)) terms.push_back(*t);
    if (isUsableFieldName(filters.attribute))
        if (auto t = fieldTerm(filters.attribute, filters.attributeValue)) terms.push_back(*t);
    if (auto t = fieldTerm("code", filters.codePath)) terms.push_back(*t);
    if (terms.empty()) return query;
    if (hasOrOperator(query)) query = "(" + query + ")";
    for (const auto& t : terms) query += " " + t;
    return query;
}

SearchFilterChoices readSearchFilterChoices(const Workbench& bench) {
    const ProjectStore& store = bench.store();
    SearchFilterChoices choices;
    const auto cases = store.cases();
    for (const auto& c : cases)
        if (fieldTerm("case", c.name)) choices.cases.push_back(c.name);
    std::stable_sort(choices.cases.begin(), choices.cases.end(), [](const std::string& a, const std::string& b) {
        return namesInDisplayOrder(a, b);
    });

    const auto attributes = store.attributes();
    std::vector<std::set<std::string>> values(attributes.size());
    for (const auto& c : cases)
        for (const auto& v : store.attributeValues(c.id))
            for (std::size_t i = 0; i < attributes.size(); ++i)
                if (attributes[i].id == v.attributeId && fieldTerm(attributes[i].name, v.value))
                    values[i].insert(trimmed(v.value));
    for (std::size_t i = 0; i < attributes.size(); ++i) {
        if (!isUsableFieldName(attributes[i].name) || values[i].empty()) continue;
        SearchFilterChoices::AttributeChoice choice;
        choice.name = attributes[i].name;
        choice.values.assign(values[i].begin(), values[i].end());
        if (attributes[i].type == AttributeType::Number) {
            std::stable_sort(choice.values.begin(), choice.values.end(), [](const std::string& a, const std::string& b) {
                return std::strtod(a.c_str(), nullptr) < std::strtod(b.c_str(), nullptr);
            });
        } else {
            std::stable_sort(choice.values.begin(), choice.values.end(), [](const std::string& a, const std::string& b) {
                return namesInDisplayOrder(a, b);
            });
        }
        choices.attributes.push_back(std::move(choice));
    }
    std::stable_sort(choices.attributes.begin(), choices.attributes.end(),
                     [](const auto& a, const auto& b) { return namesInDisplayOrder(a.name, b.name); });

    const auto codes = store.codes();
    // Parents before children, siblings in the order the codebook shows them.
    for (const auto& code : codes) {
        std::string path = codePath(codes, code.id);
        if (fieldTerm("code", path)) choices.codePaths.push_back(std::move(path));
    }
    std::stable_sort(choices.codePaths.begin(), choices.codePaths.end(),
                     [](const std::string& a, const std::string& b) { return namesInDisplayOrder(a, b); });
    return choices;
}

void SearchForms::clear() { m_choices.clear(); }

void SearchForms::update(const std::vector<search::FormCount>& forms) {
    std::vector<Choice> next;
    for (const auto& f : forms) next.push_back({f.form, f.hits, true});
    for (const auto& old : m_choices) {
        if (old.included) continue;
        const bool back = std::any_of(next.begin(), next.end(), [&](const Choice& c) { return c.form == old.form; });
        if (!back) next.push_back(old);
    }
    m_choices = std::move(next);
}

bool SearchForms::setIncluded(const std::string& form, bool included) {
    for (auto& c : m_choices) {
        if (c.form != form) continue;
        if (c.included == included) return false;
        c.included = included;
        return true;
    }
    return false;
}

std::vector<std::string> SearchForms::excluded() const {
    std::vector<std::string> out;
    for (const auto& c : m_choices)
        if (!c.included) out.push_back(c.form);
    return out;
}

KwicRow kwicRow(const ProjectSearchHit& hit, std::size_t contextLimit) {
    KwicRow row;
    row.documentId = hit.documentId;
    row.start = hit.start;
    row.end = hit.end;
    row.document = hit.document;
    row.caseName = hit.caseName;
    row.speaker = hit.speaker;
    row.matched = oneLine(hit.matched);
    // Keep the space that separates the context from the hit: the list draws the three parts
    // side by side and the words must not run together.
    row.before = keepEnd(oneLine(hit.before), contextLimit);
    row.after = keepStart(oneLine(hit.after), contextLimit);
    return row;
}

std::string escapeMarkup(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default: out += c;
        }
    }
    return out;
}

void SearchPresenter::setQuery(std::string words, search::SearchMode mode, SearchFilters filters) {
    words = trimmed(words);
    if (words != m_words || mode != m_mode) m_forms.clear();
    m_words = std::move(words);
    m_mode = mode;
    m_filters = std::move(filters);
}

std::optional<search::SearchRequest> SearchPresenter::request() const {
    const std::string query = buildSearchQuery(m_words, m_filters);
    if (query.empty()) return std::nullopt;
    search::SearchRequest request;
    request.query = query;
    request.mode = m_mode;
    request.excludedForms = m_forms.excluded();
    request.maxHits = kMaxHitsShown;
    request.countAll = true;  // exact totals and form counts
    request.contextCharacters = 80;
    return request;
}

void SearchPresenter::showResult(const ProjectSearchResult& result) {
    m_rows.clear();
    m_rows.reserve(result.hits.size());
    for (const auto& hit : result.hits) m_rows.push_back(kwicRow(hit));
    m_forms.update(result.forms);
    m_total = result.total;
    m_totalExact = result.totalExact;
    m_documents = result.documents.size();
    m_hasResult = true;
}

void SearchPresenter::clearResult() {
    m_rows.clear();
    m_total = 0;
    m_documents = 0;
    m_totalExact = true;
    m_hasResult = false;
}

HighlightColours matchHighlightColours(Rgb background) {
    const bool dark = isDark(background);
    // Amber reads as "found" in both themes; a pale one on light lists, a deep one on dark.
    const Rgb fill = dark ? Rgb{122, 82, 0} : Rgb{255, 196, 0};
    const Rgb black{0, 0, 0}, white{255, 255, 255};
    const Rgb text = contrastRatio(fill, black) >= contrastRatio(fill, white) ? black : white;
    return {fill, text};
}

// --- SearchWorker

SearchWorker::SearchWorker(Post post)
    : m_post(std::move(post)), m_thread([this](std::stop_token stop) { run(std::move(stop)); }) {}

SearchWorker::~SearchWorker() {
    {
        std::lock_guard lock(m_mutex);
        m_queue.clear();
        m_jobStop.request_stop();
    }
    m_thread.request_stop();
    m_wake.notify_all();
    // m_thread joins as it is destroyed; answers still queued find m_ui gone and do nothing.
}

void SearchWorker::updateIndex(std::string projectPath, bool rebuild, Callbacks callbacks) {
    Job job;
    job.projectPath = std::move(projectPath);
    job.rebuild = rebuild;
    job.callbacks = std::move(callbacks);
    enqueue(std::move(job));
}

void SearchWorker::search(std::string projectPath, search::SearchRequest request, Callbacks callbacks) {
    Job job;
    job.isSearch = true;
    job.projectPath = std::move(projectPath);
    job.request = std::move(request);
    job.callbacks = std::move(callbacks);
    enqueue(std::move(job));
}

void SearchWorker::enqueue(Job job) {
    {
        std::lock_guard lock(m_mutex);
        if (job.isSearch) {
            const auto before = m_queue.size();
            std::erase_if(m_queue, [](const Job& waiting) { return waiting.isSearch; });
            m_ui->outstanding -= before - m_queue.size();
            if (m_counting) m_jobStop.request_stop();  // an older query's count: not wanted any more
        }
        m_queue.push_back(std::move(job));
        ++m_ui->outstanding;
    }
    m_wake.notify_all();
}

void SearchWorker::cancelAll() {
    std::lock_guard lock(m_mutex);
    m_ui->outstanding -= m_queue.size();
    m_queue.clear();
    m_jobStop.request_stop();  // the running job answers nothing but its own end
}

bool SearchWorker::busy() const {
    std::lock_guard lock(m_mutex);
    return m_ui->outstanding > 0;
}

void SearchWorker::deliver(std::function<void()> answer) {
    std::weak_ptr<UiState> ui = m_ui;
    m_post([ui, answer = std::move(answer)] {
        if (ui.expired()) return;
        answer();
    });
}

void SearchWorker::run(std::stop_token threadStop) {
    while (true) {
        Job job;
        std::stop_token jobStop;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, threadStop, [this] { return !m_queue.empty(); });
            if (threadStop.stop_requested()) return;
            job = std::move(m_queue.front());
            m_queue.pop_front();
            m_jobStop = std::stop_source();
            jobStop = m_jobStop.get_token();
        }
        runJob(job, threadStop, jobStop);
    }
}

namespace {
/// Thrown from a progress report to abandon an index update that nobody waits for any more.
struct JobStopped {};
}  // namespace

void SearchWorker::runJob(Job& job, const std::stop_token& threadStop, const std::stop_token& jobStop) {
    auto stopped = [&] { return threadStop.stop_requested() || jobStop.stop_requested(); };
    // Every job ends with exactly one answer that counts it off (busy() relies on it); the
    // user's callback runs only when the job was not stopped.
    std::function<void()> answer;
    const Callbacks callbacks = job.callbacks;
    try {
        auto bench = Workbench::open(job.projectPath, OpenOptions{.readOnly = true});
        auto lastReport = std::chrono::steady_clock::now() - std::chrono::seconds(1);
        search::IndexProgress progress = [&](std::size_t done, std::size_t total) {
            if (stopped()) throw JobStopped{};
            const auto now = std::chrono::steady_clock::now();
            if (!callbacks.indexing || (done != total && now - lastReport < std::chrono::milliseconds(100))) return;
            lastReport = now;
            deliver([callbacks, done, total] { callbacks.indexing(done, total); });
        };
        const IndexUpdate update = updateSearchIndex(*bench, job.rebuild, progress);
        if (job.isSearch && !stopped()) {
            search::SearchRequest request = job.request;
            if (request.countAll && request.maxHits != 0) {
                // The first screen of hits at once, then the same hits with every one counted
                // (seconds in a large project): a newer query stops the count.
                search::SearchRequest first = request;
                first.countAll = false;
                ProjectSearchResult quick = searchProject(*bench, first);
                if (quick.totalExact) {
                    request = first;  // every hit is already there: nothing to count
                } else {
                    {
                        // From here a newer query stops this job; one already waiting does now.
                        std::lock_guard lock(m_mutex);
                        m_counting = true;
                        if (std::any_of(m_queue.begin(), m_queue.end(), [](const Job& waiting) { return waiting.isSearch; }))
                            m_jobStop.request_stop();
                    }
                    if (stopped()) throw JobStopped{};
                    deliver([callbacks, quick = std::move(quick)] {
                        if (callbacks.found) callbacks.found(quick);
                    });
                    request.cancelled = stopped;
                }
            }
            ProjectSearchResult result = searchProject(*bench, request);
            answer = [callbacks, result = std::move(result)] {
                if (callbacks.found) callbacks.found(result);
            };
        } else {
            answer = [callbacks, update] {
                if (callbacks.indexed) callbacks.indexed(update);
            };
        }
    } catch (const JobStopped&) {
        answer = nullptr;
    } catch (...) {
        answer = [callbacks, failure = std::current_exception()] {
            if (callbacks.failed) callbacks.failed(failure);
        };
    }
    {
        std::lock_guard lock(m_mutex);
        m_counting = false;
    }
    if (stopped()) answer = nullptr;
    std::weak_ptr<UiState> ui = m_ui;
    m_post([this, ui, answer = std::move(answer)] {
        auto alive = ui.lock();
        if (!alive) return;
        {
            std::lock_guard lock(m_mutex);
            if (alive->outstanding > 0) --alive->outstanding;
        }
        if (answer) answer();
    });
}

}  // namespace edau::gui
