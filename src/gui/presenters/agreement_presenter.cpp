// SPDX-License-Identifier: GPL-3.0-or-later
/// Intercoder agreement as the desktop app shows it, without wx: figures per code in plain
/// words, and where the two coders differ, side by side.
#include "presenters/agreement_presenter.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "edau/app/code_paths.h"
#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/store/project_store.h"
#include "edau/text/unicode.h"
#include "presenters/passages_presenter.h"
#include "presenters/project_tree_presenter.h"

namespace edau::gui {
namespace {

/// How much text before and after a passage the side-by-side view shows, at most (code
/// points): a little before, so the passage is near the top; more after, to read on.
constexpr std::int64_t kContextBefore = 100;
constexpr std::int64_t kContextAfter = 200;
/// How far back or on a cut context looks for a space to cut at.
constexpr std::int64_t kWordReach = 30;

std::string formatted(const char* format, double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, format, value);
    return buffer;
}

const TwoCoderFigures& figuresOf(const CodeAgreement& code, const AgreementSettings& settings) {
    if (settings.unit == "character") return settings.codedTextOnly ? code.codedText : code.wholeText;
    return settings.codedTextOnly ? code.codedUnits : code.allUnits;
}

const TwoCoderOverall& overallOf(const CoderPairAgreement& pair, const AgreementSettings& settings) {
    if (settings.unit == "character") return settings.codedTextOnly ? pair.codedText : pair.wholeText;
    return settings.codedTextOnly ? pair.codedUnits : pair.allUnits;
}

/// Fills a row's counts, figures and their meanings from one table's figures.
void fill(AgreementRow& row, const TwoCoderFigures& figures, std::optional<double> alpha, const AgreementSettings& settings) {
    const AgreementTable& t = figures.table;
    row.firstCoded = t.both + t.firstOnly;
    row.secondCoded = t.both + t.secondOnly;
    row.bothCoded = t.both;
    row.agreement = figures.agreement;
    row.kappa = figures.kappa;
    row.alpha = settings.unit == "character" ? std::nullopt : alpha;
    row.agreementText = {percentShown(row.agreement),
                         agreementMeaning(row.agreement, t.both + t.neither, t.total(), settings.unit, settings.codedTextOnly)};
    row.kappaText = {kappaShown(row.kappa), kappaMeaning(row.kappa, figures.chanceAgreement)};
    row.alphaText = {alphaShown(row.alpha), alphaMeaning(row.alpha, settings.unit)};
}

std::string speakerAt(const std::vector<Turn>& turns, std::int64_t position) {
    for (const Turn& t : turns)
        if (t.start <= position && position < t.end) return t.speaker;
    return {};
}

/// The code points of `text` between `from` and `to` (either order), as a count up to the
/// first (forwards) or last (backwards) space; nullopt when there is none.
std::optional<std::int64_t> spaceBetween(const std::string& text, std::int64_t from, std::int64_t to) {
    const std::int64_t lo = std::min(from, to), hi = std::max(from, to);
    const std::string_view part = text::sliceCodePoints(text, lo, hi);
    std::int64_t index = 0;
    std::optional<std::int64_t> found;
    for (std::size_t i = 0; i < part.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(part[i]);
        if ((c & 0xC0) == 0x80) continue;
        if (c == ' ' || c == '\n' || c == '\t') {
            found = lo + index;
            if (from < to) return found;  // forwards: the first one
        }
        ++index;
    }
    return found;  // backwards: the last one
}

std::string joinedPaths(const std::vector<std::string>& paths) {
    std::string out;
    for (const auto& p : paths) out += (out.empty() ? "" : ", ") + p;
    return out;
}

}  // namespace

KappaBand kappaBand(double kappa) {
    if (kappa < 0) return KappaBand::Poor;
    if (kappa <= 0.20) return KappaBand::Slight;
    if (kappa <= 0.40) return KappaBand::Fair;
    if (kappa <= 0.60) return KappaBand::Moderate;
    if (kappa <= 0.80) return KappaBand::Substantial;
    return KappaBand::AlmostPerfect;
}

std::string percentShown(std::optional<double> proportion) {
    return proportion ? formatted("%.1f%%", *proportion * 100.0) : "–";
}

std::string kappaShown(std::optional<double> kappa) {
    return kappa ? formatted("%.2f", *kappa) : "–";
}

std::string alphaShown(std::optional<double> alpha) {
    return alpha ? formatted("%.3f", *alpha) : "–";
}

Message kappaMeaning(std::optional<double> kappa, std::optional<double> chanceAgreement) {
    if (!kappa)
        return Message(EDAU_MSG("Kappa is not defined here: both coders coded all of the text compared with this code, "
                                "or none of it, so there is no agreement by chance to correct for."));
    const char* id = nullptr;
    switch (kappaBand(*kappa)) {
        case KappaBand::Poor:
            id = EDAU_MSG("κ {kappa}: less agreement than chance alone would give (Landis & Koch: poor). "
                          "Chance alone would give {chance} agreement here.");
            break;
        case KappaBand::Slight:
            id = EDAU_MSG("κ {kappa}: slight agreement beyond chance (Landis & Koch). "
                          "Chance alone would give {chance} agreement here.");
            break;
        case KappaBand::Fair:
            id = EDAU_MSG("κ {kappa}: fair agreement beyond chance (Landis & Koch). "
                          "Chance alone would give {chance} agreement here.");
            break;
        case KappaBand::Moderate:
            id = EDAU_MSG("κ {kappa}: moderate agreement beyond chance (Landis & Koch). "
                          "Chance alone would give {chance} agreement here.");
            break;
        case KappaBand::Substantial:
            id = EDAU_MSG("κ {kappa}: substantial agreement beyond chance (Landis & Koch). "
                          "Chance alone would give {chance} agreement here.");
            break;
        case KappaBand::AlmostPerfect:
            id = EDAU_MSG("κ {kappa}: almost perfect agreement beyond chance (Landis & Koch). "
                          "Chance alone would give {chance} agreement here.");
            break;
    }
    return Message(id).arg("kappa", kappaShown(kappa)).arg("chance", percentShown(chanceAgreement));
}

Message alphaMeaning(std::optional<double> alpha, const std::string& unit) {
    if (unit == "character")
        return Message(EDAU_MSG("Krippendorff's alpha compares units: choose sentences or speaker turns as the unit to see it."));
    if (!alpha)
        return Message(EDAU_MSG("Alpha is not defined here: every value is the same (all coded or all left out), "
                                "or no unit has values from both coders."));
    const char* id = *alpha >= 0.800 ? EDAU_MSG("α {alpha}: reliable (Krippendorff asks for at least 0.800).")
                     : *alpha >= 0.667
                         ? EDAU_MSG("α {alpha}: good enough only for tentative conclusions (Krippendorff: 0.667 to 0.800).")
                         : EDAU_MSG("α {alpha}: not reliable enough to draw conclusions from "
                                    "(Krippendorff asks for at least 0.667).");
    return Message(id).arg("alpha", alphaShown(alpha));
}

Message agreementMeaning(std::optional<double> agreement, std::int64_t same, std::int64_t total,
                         const std::string& unit, bool codedTextOnly) {
    if (!agreement) return Message(EDAU_MSG("Percentage agreement is not defined here: there is nothing to compare."));
    const char* id = nullptr;
    if (codedTextOnly) {
        if (unit == "sentence")
            id = EDAU_MSG("{percent} agreement: of the sentences either coder coded with any compared code ({total}), "
                          "both did the same with this code in {same}: both coded them or both left them out. "
                          "Sentences neither coder coded are not counted as agreement.");
        else if (unit == "turn")
            id = EDAU_MSG("{percent} agreement: of the speaker turns either coder coded with any compared code "
                          "({total}), both did the same with this code in {same}: both coded them or both left them "
                          "out. Turns neither coder coded are not counted as agreement.");
        else
            id = EDAU_MSG("{percent} agreement: of the characters either coder coded with any compared code "
                          "({total}), both did the same with this code in {same}: both coded them or both left them "
                          "out. Text neither coder coded is not counted as agreement.");
    } else {
        if (unit == "sentence")
            id = EDAU_MSG("{percent} agreement: of every sentence in the sources compared ({total}), both did the same "
                          "with this code in {same}. Sentences neither coder coded count as agreement here, as in "
                          "NVivo, so they push this figure up.");
        else if (unit == "turn")
            id = EDAU_MSG("{percent} agreement: of every speaker turn in the sources compared ({total}), both did the "
                          "same with this code in {same}. Turns neither coder coded count as agreement here, as in "
                          "NVivo, so they push this figure up.");
        else
            id = EDAU_MSG("{percent} agreement: of every character in the sources compared ({total}), both did the "
                          "same with this code in {same}. Text neither coder coded counts as agreement here, as in "
                          "NVivo, so long uncoded passages push this figure up.");
    }
    return Message(id)
        .arg("percent", percentShown(agreement))
        .arg("total", static_cast<long long>(total))
        .arg("same", static_cast<long long>(same));
}

std::vector<std::string> AgreementModel::codersWithCodings(const Workbench& bench) {
    const ProjectStore& store = bench.store();
    std::map<RowId, std::int64_t> codings;
    for (const Coding& c : store.codings()) ++codings[c.coderId];
    std::vector<std::pair<std::int64_t, std::string>> coders;
    for (const Coder& coder : store.coders())
        if (auto it = codings.find(coder.id); it != codings.end()) coders.emplace_back(it->second, coder.name);
    std::stable_sort(coders.begin(), coders.end(), [](const auto& a, const auto& b) {
        if (a.first != b.first) return a.first > b.first;
        return namesInDisplayOrder(a.second, b.second);
    });
    std::vector<std::string> names;
    for (auto& [count, name] : coders) names.push_back(std::move(name));
    return names;
}

AgreementSettings AgreementModel::defaultSettings(const Workbench& bench) {
    AgreementSettings settings;
    const std::vector<std::string> coders = codersWithCodings(bench);
    if (coders.size() >= 2) {
        settings.firstCoder = coders[0];
        settings.secondCoder = coders[1];
    }
    return settings;
}

AgreementModel AgreementModel::compute(const Workbench& bench, const AgreementSettings& settings) {
    if (settings.firstCoder.empty() || settings.secondCoder.empty() || settings.firstCoder == settings.secondCoder)
        throwError(ErrorKind::Usage, Message(EDAU_MSG("Choose two different coders to compare.")));
    AgreementQuery query;
    query.coderNames = {settings.firstCoder, settings.secondCoder};
    query.unit = settings.unit;
    query.sharedDocumentsOnly = settings.sharedSourcesOnly;
    const ProjectAgreement agreement = computeProjectAgreement(bench, query);
    const AgreementReport& report = agreement.report;

    AgreementModel model;
    model.m_settings = settings;
    model.m_methods = report.methods;
    model.m_notes = report.notes;
    model.m_codeNames = agreement.codePaths;
    model.m_differences = findCodingDifferences(bench, query);
    if (report.pairs.empty()) return model;
    const CoderPairAgreement& pair = report.pairs.front();
    model.m_notes.insert(model.m_notes.end(), pair.notes.begin(), pair.notes.end());
    model.m_sources = pair.documentIds.size();

    std::map<RowId, std::size_t> differencesPerCode;
    for (const auto& d : model.m_differences) ++differencesPerCode[d.codeId];
    auto pathOf = [&](RowId code) {
        for (const auto& [id, path] : agreement.codePaths)
            if (id == code) return path;
        return std::string();
    };
    for (const CodeAgreement& code : pair.codes) {
        if (!code.applied) continue;  // used only in sources the two do not share
        std::optional<double> alpha;
        for (const CodeAlpha& a : report.alpha)
            if (a.codeId == code.codeId) alpha = settings.codedTextOnly ? a.codedUnits.alpha : a.allUnits.alpha;
        AgreementRow row;
        row.codeId = code.codeId;
        row.codePath = pathOf(code.codeId);
        fill(row, figuresOf(code, settings), alpha, settings);
        row.differences = differencesPerCode[code.codeId];
        model.m_rows.push_back(std::move(row));
    }
    std::stable_sort(model.m_rows.begin(), model.m_rows.end(),
                     [](const AgreementRow& a, const AgreementRow& b) { return namesInDisplayOrder(a.codePath, b.codePath); });
    const AlphaOverall& alphaOverall = settings.codedTextOnly ? report.alphaCodedUnits : report.alphaAllUnits;
    fill(model.m_overall, overallOf(pair, settings).pooled, alphaOverall.pooled.alpha, settings);
    model.m_overall.differences = model.m_differences.size();

    // The list below the table: where each difference is, and what it is.
    const ProjectStore& store = bench.store();
    std::map<RowId, std::pair<std::string, std::vector<Turn>>> documents;  // name, turns
    std::map<RowId, std::string> texts;
    for (std::size_t i = 0; i < model.m_differences.size(); ++i) {
        const CodingDifference& d = model.m_differences[i];
        auto doc = documents.find(d.documentId);
        if (doc == documents.end()) {
            const auto document = store.documentById(d.documentId);
            doc = documents.emplace(d.documentId, std::make_pair(document ? document->name : std::string(), store.turns(d.documentId))).first;
            texts[d.documentId] = store.documentText(d.documentId);
        }
        DifferenceRow row;
        row.index = i;
        row.codeId = d.codeId;
        row.codePath = pathOf(d.codeId);
        row.documentId = d.documentId;
        row.documentName = doc->second.first;
        row.speaker = speakerAt(doc->second.second, d.passage.start);
        row.start = d.passage.start;
        row.end = d.passage.end;
        row.kind = d.kind;
        if (d.kind == CodingDifference::Kind::Extent)
            row.what = Message(EDAU_MSG("Both coded it, but not the same stretch"));
        else
            row.what = Message(EDAU_MSG("Only {coder} coded this"))
                           .arg("coder", d.kind == CodingDifference::Kind::FirstOnly ? settings.firstCoder : settings.secondCoder);
        row.excerpt = excerptOf(text::sliceCodePoints(texts[d.documentId], d.passage.start, d.passage.end), 160);
        model.m_differenceRows.push_back(std::move(row));
    }
    std::stable_sort(model.m_differenceRows.begin(), model.m_differenceRows.end(),
                     [](const DifferenceRow& a, const DifferenceRow& b) {
                         if (a.codePath != b.codePath) return namesInDisplayOrder(a.codePath, b.codePath);
                         if (a.documentName != b.documentName) return namesInDisplayOrder(a.documentName, b.documentName);
                         return a.start < b.start;
                     });
    return model;
}

Message AgreementModel::summary() const {
    return Message(EDAU_MSG("{first} (A) and {second} (B). Sources compared: {sources}."))
        .arg("first", m_settings.firstCoder)
        .arg("second", m_settings.secondCoder)
        .arg("sources", static_cast<long long>(m_sources));
}

std::vector<DifferenceRow> AgreementModel::differences(std::optional<RowId> codeId) const {
    if (!codeId) return m_differenceRows;
    std::vector<DifferenceRow> out;
    for (const auto& row : m_differenceRows)
        if (row.codeId == *codeId) out.push_back(row);
    return out;
}

SideBySide AgreementModel::sideBySide(const Workbench& bench, std::size_t index) const {
    SideBySide out;
    if (index >= m_differences.size()) return out;
    const CodingDifference& d = m_differences[index];
    const ProjectStore& store = bench.store();
    const std::string text = store.documentText(d.documentId);
    const std::int64_t length = text::codePointCount(text);
    std::vector<Turn> turns = store.turns(d.documentId);
    if (const auto document = store.documentById(d.documentId)) out.documentName = document->name;
    out.speaker = speakerAt(turns, d.passage.start);
    auto pathOf = [&](RowId code) {
        for (const auto& [id, path] : m_codeNames)
            if (id == code) return path;
        return codePath(store.codes(), code);
    };
    out.codePath = pathOf(d.codeId);
    out.passageStart = d.passage.start;
    out.passageEnd = d.passage.end;

    // Some context either side, within the turns the passage starts and ends in, cut at a space.
    std::int64_t from = std::max<std::int64_t>(0, d.passage.start - kContextBefore);
    std::int64_t to = std::min(length, d.passage.end + kContextAfter);
    for (const Turn& t : turns) {
        if (t.start <= d.passage.start && d.passage.start < t.end) from = std::max(from, t.start);
        if (t.start < d.passage.end && d.passage.end <= t.end) to = std::min(to, t.end);
    }
    from = std::min(from, d.passage.start);
    to = std::max(to, d.passage.end);
    const bool cutBefore = from > 0 && !std::any_of(turns.begin(), turns.end(), [&](const Turn& t) { return t.start == from; });
    const bool cutAfter = to < length && !std::any_of(turns.begin(), turns.end(), [&](const Turn& t) { return t.end == to; });
    if (cutBefore)
        if (auto space = spaceBetween(text, from, std::min(from + kWordReach, d.passage.start))) from = *space + 1;
    if (cutAfter)
        if (auto space = spaceBetween(text, to, std::max(to - kWordReach, d.passage.end))) to = *space;
    const std::int64_t lead = cutBefore ? 1 : 0;
    out.text = (cutBefore ? "…" : "") + std::string(text::sliceCodePoints(text, from, to)) + (cutAfter ? "…" : "");
    out.documentStart = from;
    out.passageTextStart = d.passage.start - from + lead;
    out.passageTextEnd = d.passage.end - from + lead;

    const auto coders = store.coders();
    auto coderName = [&](RowId id) {
        for (const Coder& c : coders)
            if (c.id == id) return c.name;
        return std::string();
    };
    auto side = [&](RowId coder, const std::vector<Coding>& codings) {
        CoderSide s;
        s.coderName = coderName(coder);
        std::int64_t coded = 0;
        for (const Coding& c : codings) {
            const std::int64_t start = std::clamp(c.start, from, to), end = std::clamp(c.end, from, to);
            if (end > start) s.coded.emplace_back(start - from + lead, end - from + lead);
            coded += std::max<std::int64_t>(0, std::min(c.end, d.passage.end) - std::max(c.start, d.passage.start));
        }
        std::vector<std::string> others;
        for (const Coding& c : d.otherCodings) {
            if (c.coderId != coder) continue;
            std::string path = pathOf(c.codeId);
            if (std::find(others.begin(), others.end(), path) == others.end()) others.push_back(path);
        }
        if (!codings.empty() && d.kind == CodingDifference::Kind::Extent)
            s.caption = Message(EDAU_MSG("{coder} coded it as {code} (characters coded: {count})."))
                            .arg("coder", s.coderName)
                            .arg("code", out.codePath)
                            .arg("count", static_cast<long long>(coded));
        else if (!codings.empty())
            s.caption = Message(EDAU_MSG("{coder} coded it as {code}.")).arg("coder", s.coderName).arg("code", out.codePath);
        else if (!others.empty())
            s.caption = Message(EDAU_MSG("{coder} did not code it as {code}, but as {others}."))
                            .arg("coder", s.coderName)
                            .arg("code", out.codePath)
                            .arg("others", joinedPaths(others));
        else
            s.caption = Message(EDAU_MSG("{coder} did not code this passage at all.")).arg("coder", s.coderName);
        return s;
    };
    out.first = side(d.firstCoderId, d.firstCodings);
    out.second = side(d.secondCoderId, d.secondCodings);
    return out;
}

std::vector<Message> AgreementModel::methods() const {
    std::vector<const char*> keys;
    if (m_settings.unit == "character")
        keys = {m_settings.codedTextOnly ? "codedText" : "wholeText"};
    else
        keys = {m_settings.codedTextOnly ? "codedUnits" : "allUnits", "alpha"};
    keys.push_back("overall");
    keys.push_back("notDefined");
    std::vector<Message> out;
    for (const char* key : keys)
        for (const MethodNote& note : m_methods)
            if (note.figure == key) out.push_back(note.explanation);
    return out;
}

}  // namespace edau::gui
