// SPDX-License-Identifier: GPL-3.0-or-later
// Preparing, compiling and matching queries. Xapian narrows the passages; the matcher, running on
// the same analysis the indexer used, decides each hit, so highlights are exact in every mode.
#include "query_matcher.h"

#include <algorithm>
#include <iterator>

#include "edau/base/error.h"

namespace edau::search::detail {

namespace {

using Kind = QueryNode::Kind;

std::string asciiLower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

class Preparer {
public:
    Preparer(const SearchRequest& request, PassageAnalyser& analyser, SearchContext& context, PreparedQuery& out)
        : m_request(request), m_analyser(analyser), m_context(context), m_out(out) {}

    PreparedNode prepare(const QueryNode& node, bool negated) {
        PreparedNode p;
        p.kind = node.kind;
        p.negated = negated;
        p.window = node.window;
        p.ordered = node.ordered;
        switch (node.kind) {
            case Kind::Word:
                if (!negated) m_out.hasWords = true;
                p.form = m_analyser.fold(node.text);
                p.foldedForm = m_analyser.foldAccents(p.form);
                p.keys = m_analyser.queryKeys(p.form);
                for (const auto& k : p.keys) {
                    std::string f = m_analyser.foldAccents(k);
                    if (std::find(p.foldedKeys.begin(), p.foldedKeys.end(), f) == p.foldedKeys.end())
                        p.foldedKeys.push_back(std::move(f));
                }
                p.stems = m_analyser.queryStems(p.foldedForm);
                break;
            case Kind::Wildcard:
                if (!negated) m_out.hasWords = true;
                p.form = m_analyser.fold(node.text);
                p.foldedForm = m_analyser.foldAccents(p.form);
                break;
            case Kind::Field: prepareField(node, p); break;
            case Kind::AndNot:
                p.children.push_back(prepare(node.children.at(0), negated));
                p.children.push_back(prepare(node.children.at(1), !negated));
                break;
            default:
                for (const auto& c : node.children) p.children.push_back(prepare(c, negated));
                break;
        }
        return p;
    }

private:
    void prepareField(const QueryNode& node, PreparedNode& p) {
        const std::string name = asciiLower(node.field);
        p.fieldValue = node.text;
        if (name == "speaker") {
            p.fieldKind = PreparedNode::FieldKind::Speaker;
            p.fieldValue = m_analyser.foldAccents(m_analyser.fold(node.text));
        } else if (name == "lang" || name == "language") {
            p.fieldKind = PreparedNode::FieldKind::Language;
            p.fieldValue = asciiLower(node.text);
            if (p.fieldValue != "cy" && p.fieldValue != "en")
                throwError(ErrorKind::Usage, Message(EDAU_MSG("lang: takes cy (Welsh) or en (English), not {value}"))
                                                 .arg("value", node.text));
        } else if (name == "code") {
            p.fieldKind = PreparedNode::FieldKind::Code;
            auto ranges = m_context.rangesCodedWith(node.text);
            if (!ranges)
                throwError(ErrorKind::NotFound,
                           Message(EDAU_MSG("There is no code called {code} in this project")).arg("code", node.text));
            for (const auto& r : *ranges) p.ranges[r.documentUuid].emplace_back(r.start, r.end);
            for (auto& [doc, list] : p.ranges) std::sort(list.begin(), list.end());
        } else {
            p.fieldKind = PreparedNode::FieldKind::Cases;
            auto cases = m_context.casesMatching(node.field, node.text);
            if (!cases)
                throwError(ErrorKind::Usage,
                           Message(EDAU_MSG("The search names a field {field}:, but this project has no case attribute "
                                            "called {field} (fields are speaker:, case:, code:, lang: and the case attributes)"))
                               .arg("field", node.field));
            p.cases.insert(cases->begin(), cases->end());
        }
    }

    const SearchRequest& m_request;
    PassageAnalyser& m_analyser;
    SearchContext& m_context;
    PreparedQuery& m_out;
};

void collectCodeFilters(const PreparedNode& node, std::vector<const PreparedNode*>& out) {
    if (node.kind == Kind::Field && node.fieldKind == PreparedNode::FieldKind::Code && !node.negated)
        out.push_back(&node);
    if (node.kind == Kind::Or) return;  // a code: inside OR is one way of matching, not a limit on hits
    for (const auto& c : node.children) collectCodeFilters(c, out);
}

// --------------------------------------------------------------------------- compiling

Xapian::Query wordQuery(const PreparedNode& n, SearchMode mode, bool positional) {
    std::vector<Xapian::Query> terms;
    for (const auto& k : n.foldedKeys) terms.emplace_back(kWordPrefix + k);
    if (!positional && mode != SearchMode::Exact)
        for (const auto& s : n.stems) {
            terms.emplace_back(kStemPrefix + s);
            // the indexer leaves out stems equal to their word: those are found as words
            if (std::find(n.foldedKeys.begin(), n.foldedKeys.end(), s) == n.foldedKeys.end())
                terms.emplace_back(kWordPrefix + s);
        }
    if (terms.size() == 1) return terms.front();
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

Xapian::Query wildcardQuery(const PreparedNode& n) {
    return Xapian::Query(Xapian::Query::OP_WILDCARD, kWordPrefix + n.foldedForm, 2000,
                         Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
}

Xapian::Query filterQuery(Xapian::Query q) { return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, q, 0.0); }

Xapian::Query fieldQuery(const PreparedNode& n) {
    using FK = PreparedNode::FieldKind;
    switch (n.fieldKind) {
        case FK::Speaker: return filterQuery(Xapian::Query(kSpeakerPrefix + n.fieldValue));
        case FK::Language: return filterQuery(Xapian::Query(kLanguagePrefix + n.fieldValue));
        case FK::Cases: {
            std::vector<Xapian::Query> terms;
            for (const auto& c : n.cases) terms.emplace_back(kCasePrefix + c);
            if (terms.empty()) return Xapian::Query::MatchNothing;
            return filterQuery(Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()));
        }
        case FK::Code: {
            std::vector<Xapian::Query> terms;
            for (const auto& [doc, ranges] : n.ranges) terms.emplace_back(kDocumentPrefix + doc);
            if (terms.empty()) return Xapian::Query::MatchNothing;
            return filterQuery(Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()));
        }
    }
    return Xapian::Query::MatchAll;
}

// True when `n` holds for every passage of a document or for none (a case and its attributes),
// so a document may be excluded for it (AND_NOT). Words, speakers, languages and codes differ
// from passage to passage: those are excluded passage by passage by the matcher.
bool constantPerDocument(const PreparedNode& n) {
    if (n.kind == Kind::Field) return n.fieldKind == PreparedNode::FieldKind::Cases;
    if (n.kind != Kind::And && n.kind != Kind::Or) return false;
    return std::all_of(n.children.begin(), n.children.end(), [](const PreparedNode& c) { return constantPerDocument(c); });
}

Xapian::Query compile(const PreparedNode& n, const PreparedQuery& q) {
    switch (n.kind) {
        case Kind::Word: return wordQuery(n, q.mode, false);
        case Kind::Wildcard: return wildcardQuery(n);
        case Kind::Field: return fieldQuery(n);
        case Kind::All: return Xapian::Query::MatchAll;
        case Kind::Phrase:
        case Kind::Near: {
            std::vector<Xapian::Query> parts;
            for (const auto& c : n.children)
                parts.push_back(c.kind == Kind::Wildcard ? wildcardQuery(c) : wordQuery(c, q.mode, true));
            const auto op = n.kind == Kind::Phrase ? Xapian::Query::OP_PHRASE : Xapian::Query::OP_NEAR;
            const auto window = static_cast<Xapian::termcount>(n.kind == Kind::Phrase ? parts.size() : static_cast<std::size_t>(n.window));
            return Xapian::Query(op, parts.begin(), parts.end(), window);
        }
        case Kind::And:
        case Kind::Or: {
            std::vector<Xapian::Query> parts;
            for (const auto& c : n.children) parts.push_back(compile(c, q));
            return Xapian::Query(n.kind == Kind::And ? Xapian::Query::OP_AND : Xapian::Query::OP_OR, parts.begin(), parts.end());
        }
        case Kind::AndNot: {
            Xapian::Query kept = compile(n.children[0], q);
            if (!constantPerDocument(n.children[1])) return kept;  // the matcher excludes passage by passage
            return Xapian::Query(Xapian::Query::OP_AND_NOT, kept, compile(n.children[1], q));
        }
    }
    return Xapian::Query::MatchAll;
}

// --------------------------------------------------------------------------- matching

struct NodeMatch {
    bool matched = false;
    std::vector<std::pair<std::size_t, std::size_t>> spans;  // token indices, inclusive
};

bool startsWith(const std::string& s, const std::string& prefix) {
    return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

bool contains(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

bool fieldMatchesImpl(const PreparedNode& n, const PassageView& p) {
    using FK = PreparedNode::FieldKind;
    switch (n.fieldKind) {
        case FK::Speaker: return !p.speakerKey.empty() && p.speakerKey == n.fieldValue;
        case FK::Language: return contains(p.languages, n.fieldValue);
        case FK::Cases: return !p.caseUuid.empty() && n.cases.count(p.caseUuid) > 0;
        case FK::Code: {
            auto it = n.ranges.find(p.documentUuid);
            if (it == n.ranges.end()) return false;
            return std::any_of(it->second.begin(), it->second.end(),
                               [&](const auto& r) { return r.first < p.end && r.second > p.start; });
        }
    }
    return false;
}

class Matcher {
public:
    Matcher(const PreparedQuery& q, const PassageView& p, const std::vector<AnalysedToken>& t) : m_q(q), m_p(p), m_t(t) {}

    NodeMatch match(const PreparedNode& n) {
        NodeMatch m;
        switch (n.kind) {
            case Kind::Word:
            case Kind::Wildcard:
                for (std::size_t i = 0; i < m_t.size(); ++i)
                    if (leafMatches(n, m_t[i])) m.spans.emplace_back(i, i);
                m.matched = !m.spans.empty();
                break;
            case Kind::Phrase: matchPhrase(n, m); break;
            case Kind::Near: matchNear(n, m); break;
            case Kind::Field: m.matched = fieldMatches(n); break;
            case Kind::All: m.matched = true; break;
            case Kind::And: {
                m.matched = true;
                for (const auto& c : n.children) {
                    NodeMatch cm = match(c);
                    if (!cm.matched) return NodeMatch{};
                    m.spans.insert(m.spans.end(), cm.spans.begin(), cm.spans.end());
                }
                break;
            }
            case Kind::Or:
                for (const auto& c : n.children) {
                    NodeMatch cm = match(c);
                    if (!cm.matched) continue;
                    m.matched = true;
                    m.spans.insert(m.spans.end(), cm.spans.begin(), cm.spans.end());
                }
                break;
            case Kind::AndNot: {
                m = match(n.children[0]);
                if (m.matched && match(n.children[1]).matched) return NodeMatch{};
                break;
            }
        }
        return m;
    }

private:
    bool excluded(const AnalysedToken& t) const { return m_q.excludedForms.count(t.form) > 0; }

    bool leafMatches(const PreparedNode& n, const AnalysedToken& t) const {
        if (excluded(t)) return false;
        if (n.kind == Kind::Wildcard) {
            switch (m_q.mode) {
                case SearchMode::Exact: return startsWith(t.form, n.form);
                case SearchMode::Accents:
                    return std::any_of(t.keys.begin(), t.keys.end(), [&](const std::string& k) { return startsWith(k, n.form); });
                case SearchMode::Welsh:
                    return std::any_of(t.foldedKeys.begin(), t.foldedKeys.end(),
                                       [&](const std::string& k) { return startsWith(k, n.foldedForm); });
            }
        }
        switch (m_q.mode) {
            case SearchMode::Exact: return t.form == n.form;
            case SearchMode::Accents:
                if (std::any_of(t.keys.begin(), t.keys.end(), [&](const std::string& k) { return contains(n.keys, k); }))
                    return true;
                // A stem carries no accents: it may join words only when neither has any.
                return !t.stem.empty() && contains(n.stems, t.stem) && t.form == t.foldedKeys.front() && n.form == n.foldedForm;
            case SearchMode::Welsh:
                if (std::any_of(t.foldedKeys.begin(), t.foldedKeys.end(),
                                [&](const std::string& k) { return contains(n.foldedKeys, k); }))
                    return true;
                return !t.stem.empty() && contains(n.stems, t.stem);
        }
        return false;
    }

    std::string phraseForm(std::size_t first, std::size_t last) const {
        std::string out;
        for (std::size_t i = first; i <= last; ++i) {
            if (i > first) out += ' ';
            out += m_t[i].form;
        }
        return out;
    }

    void matchPhrase(const PreparedNode& n, NodeMatch& m) const {
        const std::size_t k = n.children.size();
        if (k == 0 || m_t.size() < k) return;
        for (std::size_t i = 0; i + k <= m_t.size(); ++i) {
            bool all = true;
            for (std::size_t j = 0; j < k && all; ++j) all = leafMatches(n.children[j], m_t[i + j]);
            if (all && !m_q.excludedForms.count(phraseForm(i, i + k - 1))) m.spans.emplace_back(i, i + k - 1);
        }
        m.matched = !m.spans.empty();
    }

    void matchNear(const PreparedNode& n, NodeMatch& m) const {
        const std::size_t k = n.children.size();
        std::vector<std::vector<std::size_t>> at(k);
        for (std::size_t c = 0; c < k; ++c)
            for (std::size_t i = 0; i < m_t.size(); ++i)
                if (leafMatches(n.children[c], m_t[i])) at[c].push_back(i);
        for (const auto& list : at)
            if (list.empty()) return;
        const auto window = static_cast<std::size_t>(std::max(n.window, 1));
        std::vector<bool> hit(m_t.size(), false);
        if (n.ordered) {
            // ADJ: each occurrence of the first word, then the next of each following word in turn.
            for (std::size_t start : at[0]) {
                std::vector<std::size_t> chosen{start};
                for (std::size_t c = 1; c < k; ++c) {
                    auto it = std::upper_bound(at[c].begin(), at[c].end(), chosen.back());
                    if (it == at[c].end()) break;
                    chosen.push_back(*it);
                }
                if (chosen.size() == k && chosen.back() - start < window)
                    for (std::size_t i : chosen) hit[i] = true;
            }
        } else {
            // NEAR: every window of positions that holds each word at least once.
            std::vector<std::pair<std::size_t, std::size_t>> events;  // (token, operand)
            for (std::size_t c = 0; c < k; ++c)
                for (std::size_t i : at[c]) events.emplace_back(i, c);
            std::sort(events.begin(), events.end());
            std::vector<std::size_t> count(k, 0);
            std::size_t covered = 0, left = 0;
            for (std::size_t right = 0; right < events.size(); ++right) {
                if (count[events[right].second]++ == 0) ++covered;
                while (events[right].first - events[left].first >= window) {
                    if (--count[events[left].second] == 0) --covered;
                    ++left;
                }
                if (covered == k)
                    for (std::size_t e = left; e <= right; ++e) hit[events[e].first] = true;
            }
        }
        for (std::size_t i = 0; i < hit.size(); ++i)
            if (hit[i]) m.spans.emplace_back(i, i);
        m.matched = !m.spans.empty();
    }

    bool fieldMatches(const PreparedNode& n) const { return fieldMatchesImpl(n, m_p); }

    const PreparedQuery& m_q;
    const PassageView& m_p;
    const std::vector<AnalysedToken>& m_t;
};

bool insideAny(const PreparedNode& code, const std::string& doc, std::int64_t start, std::int64_t end) {
    auto it = code.ranges.find(doc);
    if (it == code.ranges.end()) return false;
    return std::any_of(it->second.begin(), it->second.end(),
                       [&](const auto& r) { return r.first <= start && end <= r.second; });
}

}  // namespace

PreparedQuery prepareQuery(const QueryNode& root, const SearchRequest& request, PassageAnalyser& analyser,
                           SearchContext& context) {
    PreparedQuery q;
    q.mode = request.mode;
    for (const auto& f : request.excludedForms) q.excludedForms.insert(analyser.fold(f));
    Preparer preparer(request, analyser, context, q);
    q.root = preparer.prepare(root, false);
    collectCodeFilters(q.root, q.codeFilters);
    return q;
}

Xapian::Query compileQuery(const PreparedQuery& query) { return compile(query.root, query); }

namespace {

// True when the passage query for `n` matches exactly the passages the matcher accepts, so it
// may exclude passages (AND_NOT). Code fields match whole documents, phrases and NEAR are only
// their words there, and modes other than Welsh (or excluded forms) are checked word by word.
bool exactForPassages(const PreparedNode& n, const PreparedQuery& q) {
    if (n.kind == Kind::Field) return n.fieldKind != PreparedNode::FieldKind::Code;
    if (q.mode != SearchMode::Welsh || !q.excludedForms.empty()) return false;
    if (n.kind == Kind::Phrase || n.kind == Kind::Near) return false;
    return std::all_of(n.children.begin(), n.children.end(), [&](const PreparedNode& c) { return exactForPassages(c, q); });
}

// The terms that are sure to mean the word (mode welsh): its keys and its stems where stemmed.
// A stem indexed as a word term may be that word in a Welsh passage: not sure enough to exclude.
Xapian::Query sureWordQuery(const PreparedNode& n) {
    std::vector<Xapian::Query> terms;
    for (const auto& k : n.foldedKeys) terms.emplace_back(kWordPrefix + k);
    for (const auto& s : n.stems) terms.emplace_back(kStemPrefix + s);
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

Xapian::Query compileForPassages(const PreparedNode& n, const PreparedQuery& q, bool excluding = false) {
    switch (n.kind) {
        case Kind::Word: return excluding ? sureWordQuery(n) : wordQuery(n, q.mode, false);
        case Kind::Wildcard: return wildcardQuery(n);
        case Kind::Field: return fieldQuery(n);
        case Kind::All: return Xapian::Query::MatchAll;
        case Kind::Phrase:
        case Kind::Near:
        case Kind::And:
        case Kind::Or: {
            std::vector<Xapian::Query> parts;
            for (const auto& c : n.children) parts.push_back(compileForPassages(c, q, excluding));
            return Xapian::Query(n.kind == Kind::Or ? Xapian::Query::OP_OR : Xapian::Query::OP_AND, parts.begin(), parts.end());
        }
        case Kind::AndNot: {
            // Under a NOT inside a NOT, "sure" turns into "may": keep it simple and exclude only
            // at the first level, where the excluded side is sure.
            if (excluding) return Xapian::Query::MatchNothing;
            Xapian::Query kept = compileForPassages(n.children[0], q);
            if (!exactForPassages(n.children[1], q)) return kept;  // the matcher excludes word by word
            return Xapian::Query(Xapian::Query::OP_AND_NOT, kept, compileForPassages(n.children[1], q, true));
        }
    }
    return Xapian::Query::MatchAll;
}

}  // namespace

Xapian::Query compilePassageQuery(const PreparedQuery& query) { return compileForPassages(query.root, query); }

namespace {

void collectCandidates(const PreparedNode& n, const PreparedQuery& q, CandidateTerms& out) {
    auto add = [](std::vector<std::string>& list, std::string term) {
        if (std::find(list.begin(), list.end(), term) == list.end()) list.push_back(std::move(term));
    };
    if (n.negated && (n.kind == Kind::Word || n.kind == Kind::Wildcard)) return;
    if (n.kind == Kind::Word) {
        for (const auto& k : n.foldedKeys) add(out.terms, kWordPrefix + k);
        if (q.mode != SearchMode::Exact)
            for (const auto& s : n.stems) {
                add(out.terms, kStemPrefix + s);
                add(out.terms, kWordPrefix + s);  // stems equal to their word are indexed as words
            }
    } else if (n.kind == Kind::Wildcard) {
        add(out.prefixes, kWordPrefix + n.foldedForm);
    }
    for (const auto& c : n.children) collectCandidates(c, q, out);
}

bool namesWords(const PreparedNode& n) {
    if (n.kind == Kind::Word || n.kind == Kind::Wildcard || n.kind == Kind::Phrase || n.kind == Kind::Near) return true;
    return std::any_of(n.children.begin(), n.children.end(), [](const PreparedNode& c) { return namesWords(c); });
}

}  // namespace

namespace {

using PassageSet = std::vector<char>;

struct Sets {
    PassageSet may, sure;
};

class PassageFilter {
public:
    PassageFilter(const PreparedQuery& q, const std::vector<PassageView>& passages, const PassagesWithTerm& withTerm,
                  const PassagesWithTerm& withPrefix)
        : m_q(q), m_passages(passages), m_withTerm(withTerm), m_withPrefix(withPrefix) {}

    Sets sets(const PreparedNode& n) {
        const std::size_t count = m_passages.size();
        Sets s{PassageSet(count, 0), PassageSet(count, 0)};
        // Words are sure to match where their index terms are only in mode welsh with no form left out.
        const bool exactWords = m_q.mode == SearchMode::Welsh && m_q.excludedForms.empty();
        switch (n.kind) {
            case Kind::Word:
                for (const auto& k : n.foldedKeys) mark(m_withTerm(kWordPrefix + k), s.may, exactWords ? &s.sure : nullptr);
                if (m_q.mode != SearchMode::Exact)
                    for (const auto& stem : n.stems) {
                        mark(m_withTerm(kStemPrefix + stem), s.may, exactWords ? &s.sure : nullptr);
                        // a stem indexed as its word may be that word in a passage without stems
                        mark(m_withTerm(kWordPrefix + stem), s.may, nullptr);
                    }
                break;
            case Kind::Wildcard:
                mark(m_withPrefix(kWordPrefix + n.foldedForm), s.may, exactWords ? &s.sure : nullptr);
                break;
            case Kind::Phrase:
            case Kind::Near: {
                // Every word in the passage; whether in order and close enough is the matcher's to say.
                std::fill(s.may.begin(), s.may.end(), 1);
                for (const auto& c : n.children) intersect(s.may, sets(c).may);
                break;
            }
            case Kind::Field:
                for (std::size_t i = 0; i < count; ++i) s.may[i] = s.sure[i] = fieldMatchesImpl(n, m_passages[i]) ? 1 : 0;
                break;
            case Kind::All:
                std::fill(s.may.begin(), s.may.end(), 1);
                std::fill(s.sure.begin(), s.sure.end(), 1);
                break;
            case Kind::And:
                std::fill(s.may.begin(), s.may.end(), 1);
                std::fill(s.sure.begin(), s.sure.end(), 1);
                for (const auto& c : n.children) {
                    Sets cs = sets(c);
                    intersect(s.may, cs.may);
                    intersect(s.sure, cs.sure);
                }
                break;
            case Kind::Or:
                for (const auto& c : n.children) {
                    Sets cs = sets(c);
                    unite(s.may, cs.may);
                    unite(s.sure, cs.sure);
                }
                break;
            case Kind::AndNot: {
                Sets kept = sets(n.children[0]);
                Sets excluded = sets(n.children[1]);
                for (std::size_t i = 0; i < count; ++i) {
                    s.may[i] = kept.may[i] && !excluded.sure[i];
                    s.sure[i] = kept.sure[i] && !excluded.may[i];
                }
                break;
            }
        }
        return s;
    }

private:
    static void mark(const std::vector<std::size_t>& at, PassageSet& may, PassageSet* sure) {
        for (std::size_t i : at) {
            may[i] = 1;
            if (sure) (*sure)[i] = 1;
        }
    }
    static void intersect(PassageSet& a, const PassageSet& b) {
        for (std::size_t i = 0; i < a.size(); ++i) a[i] = a[i] && b[i];
    }
    static void unite(PassageSet& a, const PassageSet& b) {
        for (std::size_t i = 0; i < a.size(); ++i) a[i] = a[i] || b[i];
    }

    const PreparedQuery& m_q;
    const std::vector<PassageView>& m_passages;
    const PassagesWithTerm& m_withTerm;
    const PassagesWithTerm& m_withPrefix;
};

}  // namespace

std::vector<std::size_t> passagesThatMayMatch(const PreparedQuery& query, const std::vector<PassageView>& passages,
                                              const PassagesWithTerm& withTerm, const PassagesWithTerm& withPrefix) {
    PassageFilter filter(query, passages, withTerm, withPrefix);
    const PassageSet may = filter.sets(query.root).may;
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < may.size(); ++i)
        if (may[i]) out.push_back(i);
    return out;
}

namespace {

bool onlyTermDecidedNodes(const PreparedNode& n) {
    switch (n.kind) {
        case Kind::Word:
        case Kind::Wildcard:
        case Kind::All: return true;
        case Kind::Field: return n.fieldKind != PreparedNode::FieldKind::Code;
        case Kind::And:
        case Kind::Or:
        case Kind::AndNot:
            return std::all_of(n.children.begin(), n.children.end(), [](const PreparedNode& c) { return onlyTermDecidedNodes(c); });
        case Kind::Phrase:
        case Kind::Near: return false;
    }
    return false;
}

struct WordsMatch {
    bool matched = false;
    std::vector<std::size_t> words;  // sorted, unique
};

void addWords(std::vector<std::size_t>& to, const std::vector<std::size_t>& from) {
    std::vector<std::size_t> merged;
    merged.reserve(to.size() + from.size());
    std::set_union(to.begin(), to.end(), from.begin(), from.end(), std::back_inserter(merged));
    to.swap(merged);
}

/// The matcher's rules (Welsh mode, no form left out) applied to which words carry which terms.
class TermDecider {
public:
    TermDecider(const PassageView& p, const PassagesWithTerm& withTerm, const PassagesWithTerm& withPrefix)
        : m_p(p), m_withTerm(withTerm), m_withPrefix(withPrefix) {}
    bool needsReading = false;

    WordsMatch match(const PreparedNode& n) {
        WordsMatch m;
        switch (n.kind) {
            case Kind::Word:
                // A word's keys, and its English stems where stems apply: an E term is a stem for
                // sure; a stem indexed as a word term may be the word's stem or another reading.
                for (const auto& k : n.foldedKeys) addWords(m.words, m_withTerm(kWordPrefix + k));
                if (m_p.stems)
                    for (const auto& stem : n.stems) {
                        addWords(m.words, m_withTerm(kStemPrefix + stem));
                        if (std::find(n.foldedKeys.begin(), n.foldedKeys.end(), stem) == n.foldedKeys.end() &&
                            !m_withTerm(kWordPrefix + stem).empty())
                            needsReading = true;
                    }
                m.matched = !m.words.empty();
                break;
            case Kind::Wildcard:
                m.words = m_withPrefix(kWordPrefix + n.foldedForm);
                m.matched = !m.words.empty();
                break;
            case Kind::Field: m.matched = fieldMatchesImpl(n, m_p); break;
            case Kind::All: m.matched = true; break;
            case Kind::And:
                m.matched = true;
                for (const auto& c : n.children) {
                    WordsMatch cm = match(c);
                    if (!cm.matched) return WordsMatch{};
                    addWords(m.words, cm.words);
                }
                break;
            case Kind::Or:
                for (const auto& c : n.children) {
                    WordsMatch cm = match(c);
                    if (!cm.matched) continue;
                    m.matched = true;
                    addWords(m.words, cm.words);
                }
                break;
            case Kind::AndNot:
                m = match(n.children[0]);
                if (m.matched && match(n.children[1]).matched) return WordsMatch{};
                break;
            case Kind::Phrase:
            case Kind::Near: needsReading = true; break;
        }
        return m;
    }

private:
    const PassageView& m_p;
    const PassagesWithTerm& m_withTerm;
    const PassagesWithTerm& m_withPrefix;
};

}  // namespace

bool decidedByTerms(const PreparedQuery& query) {
    return query.mode == SearchMode::Welsh && query.excludedForms.empty() && query.hasWords &&
           query.codeFilters.empty() && onlyTermDecidedNodes(query.root);
}

std::optional<std::vector<std::size_t>> hitWords(const PreparedQuery& query, const PassageView& passage,
                                                 const PassagesWithTerm& withTerm, const PassagesWithTerm& withPrefix) {
    TermDecider decider(passage, withTerm, withPrefix);
    WordsMatch m = decider.match(query.root);
    if (decider.needsReading) return std::nullopt;
    if (!m.matched) return std::vector<std::size_t>{};
    return std::move(m.words);
}

CandidateTerms candidateTerms(const PreparedQuery& query) {
    CandidateTerms out;
    collectCandidates(query.root, query, out);
    return out;
}

bool needsWords(const PreparedQuery& query) { return namesWords(query.root); }

std::vector<PassageHit> matchPassage(const PreparedQuery& query, const PassageView& passage,
                                     const std::vector<AnalysedToken>& tokens) {
    Matcher matcher(query, passage, tokens);
    NodeMatch m = matcher.match(query.root);
    std::vector<PassageHit> hits;
    if (!m.matched) return hits;
    if (query.hasWords && m.spans.empty()) return hits;  // matched only through fields: no word to show
    if (m.spans.empty()) {
        // A query of fields only: the hit is the passage, or the coded parts of it.
        if (query.codeFilters.empty()) {
            hits.push_back({passage.start, passage.end, 0, 0, true, 0, 0, {}});
        } else {
            auto it = query.codeFilters.front()->ranges.find(passage.documentUuid);
            if (it != query.codeFilters.front()->ranges.end())
                for (const auto& [s, e] : it->second) {
                    const std::int64_t start = std::max(s, passage.start), end = std::min(e, passage.end);
                    if (start < end) hits.push_back({start, end, 0, 0, true, 0, 0, {}});
                }
        }
    } else {
        // Overlapping spans (a phrase and one of its words) become one hit.
        std::sort(m.spans.begin(), m.spans.end());
        std::vector<std::pair<std::size_t, std::size_t>> merged;
        for (const auto& s : m.spans) {
            if (!merged.empty() && s.first <= merged.back().second)
                merged.back().second = std::max(merged.back().second, s.second);
            else
                merged.push_back(s);
        }
        for (const auto& [first, last] : merged) {
            PassageHit h{tokens[first].start, tokens[last].end, first, last, false,
                         tokens[first].byteStart, tokens[last].byteEnd, tokens[first].form};
            for (std::size_t i = first + 1; i <= last; ++i) h.form += ' ' + tokens[i].form;
            hits.push_back(std::move(h));
        }
    }
    for (const PreparedNode* code : query.codeFilters)
        std::erase_if(hits, [&](const PassageHit& h) { return !insideAny(*code, passage.documentUuid, h.start, h.end); });
    return hits;
}

}  // namespace edau::search::detail
