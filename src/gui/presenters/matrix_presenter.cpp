// SPDX-License-Identifier: GPL-3.0-or-later
/// The framework matrix editor without wx: the grid's cells, the passages behind a cell, a
/// summary's numbered citation marks, the evidence check walked cell by cell, and the
/// choices of the new-matrix dialog.
#include "presenters/matrix_presenter.h"

#include <algorithm>
#include <set>

#include "edau/app/code_paths.h"
#include "edau/app/workbench.h"
#include "edau/store/project_store.h"
#include "edau/text/unicode.h"
#include "presenters/project_tree_presenter.h"

namespace edau::gui {
namespace {

bool isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
}

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// After a mark, a character before which the space in front of the mark can go too.
bool endsPhrase(char c) {
    return isSpace(c) || std::string_view(".,;:!?)]").find(c) != std::string_view::npos;
}

/// A character that a mark should not be glued to (letters and digits, any non-ASCII letter).
bool isWordByte(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// Moves a byte offset back to the start of the UTF-8 character holding it.
std::size_t characterStart(const std::string& text, std::size_t at) {
    at = std::min(at, text.size());
    while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
    return at;
}

std::string turnSpeaker(const std::vector<Turn>& turns, std::int64_t position) {
    for (const Turn& t : turns)
        if (t.start <= position && position < t.end) return t.speaker;
    return {};
}

}  // namespace

// --- the grid

MatrixGridModel MatrixGridModel::read(const Workbench& bench, const std::string& name) {
    MatrixGridModel model;
    model.m_readAtChange = projectChangeCounter(bench);
    model.m_view = viewMatrix(bench, name, /*passages=*/false);
    return model;
}

MatrixCellState MatrixGridModel::state(MatrixCellIndex at) const {
    const CellView& c = cell(at);
    if (c.cell && !c.cell->summary.empty()) return MatrixCellState::Written;
    return c.codings > 0 ? MatrixCellState::Waiting : MatrixCellState::Empty;
}

std::string MatrixGridModel::firstLine(MatrixCellIndex at) const {
    const CellView& c = cell(at);
    if (!c.cell) return {};
    const std::string& summary = c.cell->summary;
    return summary.substr(0, summary.find('\n'));
}

std::size_t MatrixGridModel::citationCount(MatrixCellIndex at) const {
    const CellView& c = cell(at);
    return c.cell ? c.cell->citedCodingUuids.size() : 0;
}

std::optional<MatrixCellIndex> MatrixGridModel::find(const std::string& rowName, const std::string& codePath) const {
    const auto row = std::find(m_view.rowNames.begin(), m_view.rowNames.end(), rowName);
    if (row == m_view.rowNames.end()) return std::nullopt;
    for (std::size_t c = 0; c < m_view.columns.size(); ++c)
        if (m_view.columns[c].second == codePath)
            return MatrixCellIndex{static_cast<std::size_t>(row - m_view.rowNames.begin()), c};
    return std::nullopt;
}

std::optional<MatrixCellIndex> MatrixGridModel::firstCellWithPassages() const {
    for (std::size_t r = 0; r < rowCount(); ++r)
        for (std::size_t c = 0; c < columnCount(); ++c)
            if (passageCount({r, c}) > 0) return MatrixCellIndex{r, c};
    return std::nullopt;
}

void MatrixGridModel::updateCell(MatrixCellIndex at, const MatrixCell& written) {
    if (at.row >= rowCount() || at.column >= columnCount()) return;
    m_view.cells[at.row * columnCount() + at.column].cell = written;
}

std::int64_t projectChangeCounter(const Workbench& bench) {
    const auto last = bench.store().lastOperation();
    return last ? last->sequence : 0;
}

std::vector<CellPassage> passagesOfCell(const Workbench& bench, const CellView& cell) {
    const ProjectStore& store = bench.store();
    std::vector<Document> documents;
    if (cell.row.kind == MatrixRowKind::Document) {
        if (auto d = store.documentById(cell.row.id)) documents.push_back(*d);
    } else {
        for (Document& d : store.documents())
            if (d.caseId && *d.caseId == cell.row.id) documents.push_back(std::move(d));
        std::stable_sort(documents.begin(), documents.end(),
                         [](const Document& a, const Document& b) { return namesInDisplayOrder(a.name, b.name); });
    }
    std::vector<CellPassage> out;
    for (const Document& d : documents) {
        std::vector<Coding> codings;
        for (const Coding& c : store.codingsOfDocument(d.id))
            if (c.codeId == cell.code.id) codings.push_back(c);
        if (codings.empty()) continue;
        std::sort(codings.begin(), codings.end(), [](const Coding& a, const Coding& b) {
            return a.start != b.start ? a.start < b.start : a.end < b.end;
        });
        const std::string text = store.documentText(d.id);
        const std::vector<Turn> turns = store.turns(d.id);
        for (const Coding& c : codings) {
            CellPassage p;
            p.coding = c;
            p.documentName = d.name;
            p.speaker = turnSpeaker(turns, c.start);
            p.text = std::string(text::sliceCodePoints(text, c.start, c.end));
            out.push_back(std::move(p));
        }
    }
    return out;
}

// --- citation marks

std::vector<CitationMark> findCitationMarks(std::string_view text) {
    std::vector<CitationMark> marks;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '[') continue;
        std::size_t j = i + 1;
        while (j < text.size() && j - i <= 6 && isAsciiDigit(text[j])) ++j;
        if (j == i + 1 || j >= text.size() || text[j] != ']' || text[i + 1] == '0') continue;
        marks.push_back({i, j + 1, std::stoi(std::string(text.substr(i + 1, j - i - 1)))});
        i = j;
    }
    return marks;
}

SummaryDraft SummaryDraft::fromStored(const std::string& summary, const std::vector<std::string>& cited) {
    SummaryDraft draft;
    draft.m_text = summary;
    for (std::size_t i = 0; i < cited.size(); ++i) {
        const int number = static_cast<int>(i) + 1;
        draft.m_numbers[number] = cited[i];
        if (!draft.m_text.empty()) draft.m_text += ' ';
        draft.m_text += "[" + std::to_string(number) + "]";
    }
    return draft;
}

int SummaryDraft::numberFor(const std::string& codingUuid) {
    for (const auto& [number, uuid] : m_numbers)
        if (uuid == codingUuid) return number;
    // Numbers are never reused while the draft lives: undoing a deletion in the editor brings
    // a mark back, and it must still name its passage. A number typed by hand is skipped too.
    std::set<int> taken;
    for (const auto& [number, uuid] : m_numbers) taken.insert(number);
    for (const CitationMark& m : findCitationMarks(m_text)) taken.insert(m.number);
    int number = 1;
    while (taken.count(number)) ++number;
    m_numbers[number] = codingUuid;
    return number;
}

std::string SummaryDraft::markFor(const std::string& codingUuid) {
    return "[" + std::to_string(numberFor(codingUuid)) + "]";
}

SummaryDraft::Insertion SummaryDraft::citationAt(std::size_t at, const std::string& codingUuid) {
    Insertion insertion;
    insertion.at = characterStart(m_text, at);
    insertion.text = markFor(codingUuid);
    if (insertion.at > 0 && !isSpace(m_text[insertion.at - 1]) && m_text[insertion.at - 1] != '(')
        insertion.text.insert(insertion.text.begin(), ' ');
    insertion.caret = insertion.at + insertion.text.size();
    if (insertion.at < m_text.size() && isWordByte(m_text[insertion.at])) insertion.text += ' ';
    return insertion;
}

std::size_t SummaryDraft::insertCitation(std::size_t at, const std::string& codingUuid) {
    const Insertion insertion = citationAt(at, codingUuid);
    m_text.insert(insertion.at, insertion.text);
    return insertion.caret;
}

std::vector<CitationMark> SummaryDraft::marks() const {
    std::vector<CitationMark> out;
    for (const CitationMark& m : findCitationMarks(m_text))
        if (m_numbers.count(m.number)) out.push_back(m);
    return out;
}

std::optional<std::string> SummaryDraft::codingAt(std::size_t at) const {
    for (const CitationMark& m : marks())
        if (m.start <= at && at < m.end) return m_numbers.at(m.number);
    return std::nullopt;
}

std::optional<int> SummaryDraft::shownNumberOf(const std::string& codingUuid) const {
    for (const CitationMark& m : marks())
        if (m_numbers.at(m.number) == codingUuid) return m.number;
    return std::nullopt;
}

std::pair<std::string, std::vector<std::string>> SummaryDraft::toStored() const {
    const std::vector<CitationMark> found = marks();
    std::vector<std::string> cited;
    for (const CitationMark& m : found) {
        const std::string& uuid = m_numbers.at(m.number);
        if (std::find(cited.begin(), cited.end(), uuid) == cited.end()) cited.push_back(uuid);
    }
    // From the last mark back, so the earlier marks' offsets hold; each takes the space that
    // set it apart with it, so "unsupported [1]." is stored as "unsupported.".
    std::string text = m_text;
    for (auto m = found.rbegin(); m != found.rend(); ++m) {
        std::size_t from = m->start, to = m->end;
        const bool spaceBefore = from > 0 && text[from - 1] == ' ';
        const bool atLineStart = from == 0 || text[from - 1] == '\n';
        if (spaceBefore && (to == text.size() || endsPhrase(text[to]))) {
            --from;
        } else if (atLineStart && to < text.size() && text[to] == ' ') {
            ++to;
        }
        text.erase(from, to - from);
    }
    return {std::move(text), std::move(cited)};
}

bool SummaryDraft::differsFrom(const std::string& summary, const std::vector<std::string>& cited) const {
    const auto [text, cites] = toStored();
    return text != summary || cites != cited;
}

SummaryDraft draftFromPassages(const std::vector<CellPassage>& passages) {
    SummaryDraft draft;
    std::string text;
    for (const CellPassage& p : passages) {
        if (!text.empty()) text += "\n";
        text += "“" + p.text + "”";
        if (!p.speaker.empty()) text += " (" + p.speaker + ")";
        draft.setText(text);
        draft.insertCitation(text.size(), p.coding.uuid);
        text = draft.text();
    }
    return draft;
}

// --- the evidence check

EvidenceWalk EvidenceWalk::check(const Workbench& bench, const MatrixGridModel& grid) {
    EvidenceWalk walk;
    for (EvidenceProblem& p : checkEvidence(bench, grid.matrix().name)) {
        Item item;
        item.cell = grid.find(p.documentName.empty() ? p.caseName : p.documentName, p.codePath);
        item.problem = std::move(p);
        walk.m_items.push_back(std::move(item));
    }
    std::stable_sort(walk.m_items.begin(), walk.m_items.end(), [](const Item& a, const Item& b) {
        if (!a.cell || !b.cell) return a.cell.has_value() && !b.cell.has_value();
        return a.cell->row != b.cell->row ? a.cell->row < b.cell->row : a.cell->column < b.cell->column;
    });
    return walk;
}

void EvidenceWalk::setCurrent(std::size_t index) {
    if (index < m_items.size()) m_current = index;
}

std::optional<std::size_t> EvidenceWalk::next() {
    if (m_items.empty()) return std::nullopt;
    m_current = m_current ? (*m_current + 1) % m_items.size() : 0;
    return m_current;
}

std::optional<std::size_t> EvidenceWalk::previous() {
    if (m_items.empty()) return std::nullopt;
    m_current = m_current && *m_current > 0 ? *m_current - 1 : m_items.size() - 1;
    return m_current;
}

// --- the new-matrix dialog

NewMatrixChoices readNewMatrixChoices(const Workbench& bench) {
    const ProjectStore& store = bench.store();
    NewMatrixChoices choices;
    const std::vector<Code> codes = store.codes();
    std::set<RowId> parents;
    for (const Code& c : codes)
        if (c.parentId) parents.insert(*c.parentId);
    const std::vector<Code> ordered = codesInDisplayOrder(codes, *currentDisplayCollator());
    for (const Code& c : ordered)
        if (parents.count(c.id)) choices.themes.push_back(codePath(codes, c.id));
    // A codebook with no sub-codes yet: each top-level code can still make a one-column matrix.
    if (choices.themes.empty())
        for (const Code& c : ordered)
            if (!c.parentId) choices.themes.push_back(codePath(codes, c.id));

    const std::vector<Attribute> attributes = store.attributes();
    std::map<RowId, std::string> attributeName;
    for (const Attribute& a : attributes) {
        attributeName[a.id] = a.name;
        choices.attributes.push_back(a.name);
    }
    std::stable_sort(choices.attributes.begin(), choices.attributes.end(),
                     [](const std::string& a, const std::string& b) { return namesInDisplayOrder(a, b); });

    std::map<RowId, std::map<std::string, std::string>> byCase;
    std::map<std::string, std::set<std::string>> values;
    const std::vector<Case> cases = store.cases();
    for (const Case& c : cases) {
        auto& own = byCase[c.id];
        for (const AttributeValue& v : store.attributeValues(c.id)) {
            if (v.value.empty()) continue;
            own[attributeName[v.attributeId]] = v.value;
            values[attributeName[v.attributeId]].insert(v.value);
        }
        choices.caseAttributes.push_back(own);
    }
    for (auto& [name, set] : values) {
        std::vector<std::string> list(set.begin(), set.end());
        std::stable_sort(list.begin(), list.end(), [](const std::string& a, const std::string& b) { return namesInDisplayOrder(a, b); });
        choices.values[name] = std::move(list);
    }
    const std::vector<Document> documents = store.documents();
    for (const Document& d : documents)
        choices.documentAttributes.push_back(d.caseId && byCase.count(*d.caseId) ? byCase[*d.caseId]
                                                                                 : std::map<std::string, std::string>{});
    choices.cases = cases.size();
    choices.documents = documents.size();
    for (const Matrix& m : store.matrices()) choices.matrixNames.push_back(m.name);
    return choices;
}

std::string suggestedMatrixName(const NewMatrixChoices& choices, const std::string& themePath) {
    const std::vector<std::string> parts = splitCodePath(themePath);
    const std::string base = parts.empty() ? themePath : parts.back();
    auto taken = [&](const std::string& name) {
        return std::find(choices.matrixNames.begin(), choices.matrixNames.end(), name) != choices.matrixNames.end();
    };
    if (!taken(base)) return base;
    for (int n = 2;; ++n) {
        std::string name = base + " (" + std::to_string(n) + ")";
        if (!taken(name)) return name;
    }
}

std::size_t previewRowCount(const NewMatrixChoices& choices, const MatrixSpec& spec) {
    const MatrixRowKind kind = spec.rowKind.value_or(choices.cases == 0 ? MatrixRowKind::Document : MatrixRowKind::Case);
    const auto& candidates = kind == MatrixRowKind::Case ? choices.caseAttributes : choices.documentAttributes;
    return static_cast<std::size_t>(std::count_if(candidates.begin(), candidates.end(), [&](const auto& attrs) {
        return std::all_of(spec.where.begin(), spec.where.end(), [&](const auto& w) {
            const auto it = attrs.find(w.first);
            return it != attrs.end() && it->second == w.second;
        });
    }));
}

std::optional<Message> checkNewMatrix(const NewMatrixChoices& choices, const MatrixSpec& spec) {
    const auto first = spec.name.find_first_not_of(" \t\n");
    if (first == std::string::npos) return Message(EDAU_MSG("Give the matrix a name."));
    if (std::find(choices.matrixNames.begin(), choices.matrixNames.end(), text::toNfc(spec.name)) != choices.matrixNames.end())
        return Message(EDAU_MSG("There is already a framework matrix called {name}")).arg("name", spec.name);
    if (std::find(choices.themes.begin(), choices.themes.end(), spec.themePath) == choices.themes.end())
        return Message(EDAU_MSG("Choose the theme whose codes make the columns."));
    if (spec.rowKind == MatrixRowKind::Case && choices.cases == 0)
        return Message(EDAU_MSG("The project has no cases yet: make a row per document instead."));
    return std::nullopt;
}

}  // namespace edau::gui
