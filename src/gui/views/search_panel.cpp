// SPDX-License-Identifier: GPL-3.0-or-later
/// The search panel: a query with filters, keyword-in-context hits, the word forms that matched.
#include "views/search_panel.h"

#include <utility>

#include <wx/app.h>
#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/dialog.h>
#include <wx/gauge.h>
#include <wx/intl.h>
#include <wx/radiobox.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/utils.h>

#include "edau/app/search_service.h"
#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "views/message_dialogs.h"
#include "wx_bridge/wx_strings.h"

namespace edau::gui {

namespace {

enum KwicColumn : unsigned { kDocumentColumn, kSpeakerColumn, kBeforeColumn, kMatchedColumn, kAfterColumn };

Rgb toRgb(const wxColour& colour) {
    return Rgb{colour.Red(), colour.Green(), colour.Blue()};
}

wxString toHex(Rgb colour) {
    return wxString::Format("#%02X%02X%02X", colour.red, colour.green, colour.blue);
}

/// The mode choice lists the modes in this order.
const search::SearchMode kModes[] = {search::SearchMode::Welsh, search::SearchMode::Accents, search::SearchMode::Exact};

}  // namespace

/// The hits as rows of the list; reads them from the presenter, so nothing is copied twice.
class KwicListModel : public wxDataViewVirtualListModel {
public:
    explicit KwicListModel(const SearchPresenter& presenter) : m_presenter(presenter) {}

    void setHighlight(HighlightColours colours) { m_highlight = colours; }

    void GetValueByRow(wxVariant& value, unsigned row, unsigned column) const override {
        const auto& rows = m_presenter.rows();
        if (row >= rows.size()) {
            value = wxString();
            return;
        }
        const KwicRow& hit = rows[row];
        switch (column) {
            case kDocumentColumn: value = toWx(hit.document); break;
            case kSpeakerColumn: value = toWx(hit.speaker); break;
            case kBeforeColumn: value = toWx(hit.before); break;
            case kMatchedColumn:
                // Exactly the matched text, in its own colours: readable on a selected row too.
                value = wxString::Format("<span background=\"%s\" foreground=\"%s\"><b>%s</b></span>",
                                         toHex(m_highlight.background), toHex(m_highlight.text),
                                         toWx(escapeMarkup(hit.matched)));
                break;
            case kAfterColumn: value = toWx(hit.after); break;
            default: value = wxString();
        }
    }

    bool SetValueByRow(const wxVariant&, unsigned, unsigned) override { return false; }

private:
    const SearchPresenter& m_presenter;
    HighlightColours m_highlight{};
};

namespace {

/// Asks which code to give every hit, and how much text around each.
class CodeAllHitsDialog : public wxDialog {
public:
    CodeAllHitsDialog(wxWindow* parent, const std::vector<std::string>& codePaths, std::size_t hits)
        : wxDialog(parent, wxID_ANY, _("Code all hits")) {
        auto* intro = new wxStaticText(
            this, wxID_ANY,
            wxString::Format(wxPLURAL("Code the %zu hit of this search with:", "Code all %zu hits of this search with:", hits),
                             hits));
        m_code = new wxChoice(this, wxID_ANY);
        m_code->SetName(_("Code"));
        for (const auto& path : codePaths) m_code->Append(toWx(path));
        if (!codePaths.empty()) m_code->SetSelection(0);

        const wxString units[] = {_("Only the words found"), _("The sentence around each hit"),
                                  _("The speaker's whole turn"), _("The paragraph")};
        m_unit = new wxRadioBox(this, wxID_ANY, _("How much text to code"), wxDefaultPosition, wxDefaultSize,
                                WXSIZEOF(units), units, 1, wxRA_SPECIFY_COLS);
        m_unit->SetSelection(1);
        auto* note = new wxStaticText(this, wxID_ANY, _("This is one step: Edit > Undo removes every coding it adds."));
        note->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));

        auto* buttons = new wxStdDialogButtonSizer;
        auto* ok = new wxButton(this, wxID_OK, _("&Code"));
        ok->SetDefault();
        ok->Enable(!codePaths.empty());
        buttons->AddButton(ok);
        buttons->AddButton(new wxButton(this, wxID_CANCEL, _("&Cancel")));
        buttons->Realize();

        const int gap = FromDIP(10);
        auto* column = new wxBoxSizer(wxVERTICAL);
        column->Add(intro, wxSizerFlags().Border(wxBOTTOM, gap / 2));
        column->Add(m_code, wxSizerFlags().Expand().Border(wxBOTTOM, gap));
        column->Add(m_unit, wxSizerFlags().Expand().Border(wxBOTTOM, gap));
        column->Add(note, wxSizerFlags().Border(wxBOTTOM, gap));
        column->Add(buttons, wxSizerFlags().Expand());
        auto* outer = new wxBoxSizer(wxVERTICAL);
        outer->Add(column, wxSizerFlags(1).Expand().Border(wxALL, gap * 2));
        SetSizerAndFit(outer);
        m_code->SetFocus();
    }

    int codeIndex() const { return m_code->GetSelection(); }
    AutocodeUnit unit() const {
        switch (m_unit->GetSelection()) {
            case 0: return AutocodeUnit::Hit;
            case 2: return AutocodeUnit::Turn;
            case 3: return AutocodeUnit::Paragraph;
            default: return AutocodeUnit::Sentence;
        }
    }

private:
    wxChoice* m_code = nullptr;
    wxRadioBox* m_unit = nullptr;
};

}  // namespace

SearchPanel::SearchPanel(wxWindow* parent, ShowPassage showPassage, ProjectChanged projectChanged)
    : wxPanel(parent, wxID_ANY),
      m_showPassage(std::move(showPassage)),
      m_projectChanged(std::move(projectChanged)) {
    // Answers from the worker come back through the application's event queue, and are
    // dropped when this panel has gone (m_alive is reset first thing in the destructor).
    std::weak_ptr<bool> alive = m_alive;
    m_worker = std::make_unique<SearchWorker>([alive](std::function<void()> task) {
        if (wxTheApp == nullptr) return;
        wxTheApp->CallAfter([alive, task = std::move(task)] {
            if (alive.lock()) task();
        });
    });

    m_query = new wxSearchCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
    m_mode = new wxChoice(this, wxID_ANY);
    m_searchButton = new wxButton(this, wxID_ANY, wxString());
    m_caseLabel = new wxStaticText(this, wxID_ANY, wxString());
    m_case = new wxChoice(this, wxID_ANY);
    m_attributeLabel = new wxStaticText(this, wxID_ANY, wxString());
    m_attribute = new wxChoice(this, wxID_ANY);
    m_attributeValue = new wxChoice(this, wxID_ANY);
    m_codeLabel = new wxStaticText(this, wxID_ANY, wxString());
    m_code = new wxChoice(this, wxID_ANY);
    m_status = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END);
    m_progress = new wxGauge(this, wxID_ANY, 100, wxDefaultPosition, FromDIP(wxSize(140, -1)));
    m_progress->Hide();
    m_codeAll = new wxButton(this, wxID_ANY, wxString());

    auto* splitter = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                          wxSP_LIVE_UPDATE | wxSP_THIN_SASH);
    splitter->SetMinimumPaneSize(FromDIP(120));
    splitter->SetSashGravity(1.0);  // the hits take the room when the panel grows

    m_hits = new wxDataViewCtrl(splitter, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxDV_SINGLE | wxDV_ROW_LINES | wxDV_VERT_RULES);
    m_model = new KwicListModel(m_presenter);
    m_hits->AssociateModel(m_model);
    m_model->DecRef();  // the control holds it now

    auto* formsPane = new wxPanel(splitter, wxID_ANY);
    m_formsLabel = new wxStaticText(formsPane, wxID_ANY, wxString());
    m_forms = new wxCheckListBox(formsPane, wxID_ANY);
    auto* formsSizer = new wxBoxSizer(wxVERTICAL);
    formsSizer->Add(m_formsLabel, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(4)));
    formsSizer->Add(m_forms, wxSizerFlags(1).Expand());
    formsPane->SetSizer(formsSizer);
    splitter->SplitVertically(m_hits, formsPane, -FromDIP(220));

    // Columns: the context before is right-aligned and cut at its start, so every hit lines
    // up in one column (a concordance), and the context after is cut at its end.
    auto addText = [&](KwicColumn column, int width, wxAlignment align, wxEllipsizeMode ellipsize) {
        auto* renderer = new wxDataViewTextRenderer("string", wxDATAVIEW_CELL_INERT, align);
        renderer->EnableEllipsize(ellipsize);
        auto* col = new wxDataViewColumn(wxString(), renderer, column, FromDIP(width), align,
                                         wxDATAVIEW_COL_RESIZABLE);
        m_hits->AppendColumn(col);
        return renderer;
    };
    addText(kDocumentColumn, 130, wxALIGN_LEFT, wxELLIPSIZE_END);
    addText(kSpeakerColumn, 90, wxALIGN_LEFT, wxELLIPSIZE_END);
    addText(kBeforeColumn, 280, wxALIGN_RIGHT, wxELLIPSIZE_START);
    auto* matched = addText(kMatchedColumn, 110, wxALIGN_LEFT, wxELLIPSIZE_END);
    matched->EnableMarkup();
    addText(kAfterColumn, 320, wxALIGN_LEFT, wxELLIPSIZE_END);

    const int gap = FromDIP(6);
    auto* queryRow = new wxBoxSizer(wxHORIZONTAL);
    queryRow->Add(m_query, wxSizerFlags(1).CentreVertical().Border(wxRIGHT, gap));
    queryRow->Add(m_mode, wxSizerFlags().CentreVertical().Border(wxRIGHT, gap));
    queryRow->Add(m_searchButton, wxSizerFlags().CentreVertical());

    auto* filterRow = new wxBoxSizer(wxHORIZONTAL);
    filterRow->Add(m_caseLabel, wxSizerFlags().CentreVertical().Border(wxRIGHT, gap / 2));
    filterRow->Add(m_case, wxSizerFlags(2).CentreVertical().Border(wxRIGHT, 2 * gap));
    filterRow->Add(m_attributeLabel, wxSizerFlags().CentreVertical().Border(wxRIGHT, gap / 2));
    filterRow->Add(m_attribute, wxSizerFlags(2).CentreVertical().Border(wxRIGHT, gap / 2));
    filterRow->Add(m_attributeValue, wxSizerFlags(2).CentreVertical().Border(wxRIGHT, 2 * gap));
    filterRow->Add(m_codeLabel, wxSizerFlags().CentreVertical().Border(wxRIGHT, gap / 2));
    filterRow->Add(m_code, wxSizerFlags(3).CentreVertical());

    auto* statusRow = new wxBoxSizer(wxHORIZONTAL);
    statusRow->Add(m_status, wxSizerFlags(1).CentreVertical().Border(wxRIGHT, gap));
    statusRow->Add(m_progress, wxSizerFlags().CentreVertical().Border(wxRIGHT, gap));
    statusRow->Add(m_codeAll, wxSizerFlags().CentreVertical());

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(queryRow, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    sizer->Add(filterRow, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    sizer->Add(statusRow, wxSizerFlags().Expand().Border(wxALL, gap));
    sizer->Add(splitter, wxSizerFlags(1).Expand());
    SetSizer(sizer);

    m_query->Bind(wxEVT_SEARCH, [this](wxCommandEvent&) { runSearch(); });
    m_query->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { runSearch(); });
    m_searchButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { runSearch(); });
    m_mode->Bind(wxEVT_CHOICE, &SearchPanel::onFilterChanged, this);
    m_case->Bind(wxEVT_CHOICE, &SearchPanel::onFilterChanged, this);
    m_attribute->Bind(wxEVT_CHOICE, &SearchPanel::onAttributeChanged, this);
    m_attributeValue->Bind(wxEVT_CHOICE, &SearchPanel::onFilterChanged, this);
    m_code->Bind(wxEVT_CHOICE, &SearchPanel::onFilterChanged, this);
    m_codeAll->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { codeAllHits(); });
    m_codeAll->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) { event.Enable(canCodeAllHits()); });
    m_hits->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, &SearchPanel::onActivated, this);
    m_forms->Bind(wxEVT_CHECKLISTBOX, &SearchPanel::onFormToggled, this);
    Bind(wxEVT_SYS_COLOUR_CHANGED, &SearchPanel::onSysColourChanged, this);

    updateHighlight();
    updateTexts();
    setWorkbench(nullptr);
}

SearchPanel::~SearchPanel() {
    m_alive.reset();   // answers still on their way are dropped from here on
    m_worker.reset();  // stops a running index update and waits for the thread
    // The list's model reads m_presenter, which goes before wx would destroy the list.
    m_model->Reset(0);
    DestroyChildren();
}

void SearchPanel::updateTexts() {
    m_query->SetDescriptiveText(_("Search the sources (words, \"phrases\", OR, NOT, cymun*)"));
    m_query->SetName(_("Search"));
    m_query->SetToolTip(_("Type what to look for and press Enter. Welsh mutations are understood: "
                          "Caerdydd also finds Nghaerdydd and Gaerdydd."));

    const int mode = m_mode->GetSelection();
    m_mode->Clear();
    m_mode->Append(_("Welsh-aware"));
    m_mode->Append(_("Exact accents"));
    m_mode->Append(_("Exact form"));
    m_mode->SetSelection(mode == wxNOT_FOUND ? 0 : mode);
    m_mode->SetName(_("How words are compared"));
    m_mode->SetToolTip(_("Welsh-aware: mutations, accents and word endings are understood.\n"
                         "Exact accents: as Welsh-aware, but dŵr does not find dwr.\n"
                         "Exact form: only the word as typed (capitals aside)."));

    m_searchButton->SetLabel(_("&Search"));
    m_caseLabel->SetLabel(_("Case:"));
    m_attributeLabel->SetLabel(_("Attribute:"));
    m_codeLabel->SetLabel(_("Code:"));
    m_case->SetName(_("Only in the case"));
    m_attribute->SetName(_("Only in cases with the attribute"));
    m_attributeValue->SetName(_("Attribute value"));
    m_code->SetName(_("Only in text coded with"));
    m_codeAll->SetLabel(_("Code all &hits…"));
    m_codeAll->SetToolTip(_("Code every hit of this search with one code, as one step you can undo"));
    m_formsLabel->SetLabel(_("Word forms found"));
    m_forms->SetName(_("Word forms found"));
    m_forms->SetToolTip(_("Untick a form to leave its hits out of the search"));
    m_hits->SetName(_("Search results"));

    const wxString headings[] = {_("Document"), _("Speaker"), _("Before"), _("Hit"), _("After")};
    for (unsigned i = 0; i < m_hits->GetColumnCount() && i < WXSIZEOF(headings); ++i)
        m_hits->GetColumn(i)->SetTitle(headings[i]);

    readChoices();
    if (m_presenter.hasResult()) {
        showTotals();
        fillForms();
    } else if (!m_indexing && m_bench == nullptr) {
        setStatus(_("Open a project to search it."));
    } else if (!m_indexing) {
        setStatus(wxString());
    }
    Layout();
}

void SearchPanel::setWorkbench(Workbench* bench) {
    m_worker->cancelAll();
    m_bench = bench;
    m_indexing = false;
    m_progress->Hide();
    m_presenter.clearResult();
    m_presenter.forms().clear();
    m_model->Reset(0);
    m_forms->Clear();
    readChoices();
    Enable(true);
    m_query->Enable(bench != nullptr);
    m_searchButton->Enable(bench != nullptr);
    setStatus(bench ? wxString() : wxString(_("Open a project to search it.")));
    if (bench) projectChanged();
}

void SearchPanel::projectChanged() {
    if (!m_bench) return;
    readChoices();
    // Bring the index up to date now, so the next search starts at once.
    SearchWorker::Callbacks callbacks;
    callbacks.indexing = [this](std::size_t done, std::size_t total) { showIndexing(done, total); };
    callbacks.indexed = [this](const IndexUpdate&) {
        m_indexing = false;
        m_progress->Hide();
        if (!m_presenter.hasResult()) setStatus(wxString());
        Layout();
    };
    callbacks.failed = [this](std::exception_ptr failure) { showFailure(failure); };
    m_worker->updateIndex(m_bench->path(), false, std::move(callbacks));
}

void SearchPanel::focusQuery() {
    m_query->SetFocus();
    m_query->SelectAll();
}

void SearchPanel::searchFor(const wxString& words) {
    m_query->ChangeValue(words);
    runSearch();
}

SearchFilters SearchPanel::chosenFilters() const {
    SearchFilters filters;
    const int c = m_case->GetSelection();
    if (c > 0 && static_cast<std::size_t>(c - 1) < m_choices.cases.size()) filters.caseName = m_choices.cases[c - 1];
    const int a = m_attribute->GetSelection();
    const int v = m_attributeValue->GetSelection();
    if (a > 0 && static_cast<std::size_t>(a - 1) < m_choices.attributes.size() && v > 0) {
        const auto& attribute = m_choices.attributes[a - 1];
        if (static_cast<std::size_t>(v - 1) < attribute.values.size()) {
            filters.attribute = attribute.name;
            filters.attributeValue = attribute.values[v - 1];
        }
    }
    const int k = m_code->GetSelection();
    if (k > 0 && static_cast<std::size_t>(k - 1) < m_choices.codePaths.size()) filters.codePath = m_choices.codePaths[k - 1];
    return filters;
}

void SearchPanel::runSearch() {
    if (!m_bench) return;
    const int modeIndex = m_mode->GetSelection();
    const search::SearchMode mode = modeIndex >= 0 && modeIndex < 3 ? kModes[modeIndex] : search::SearchMode::Welsh;
    m_presenter.setQuery(toUtf8(m_query->GetValue()), mode, chosenFilters());
    const auto request = m_presenter.request();
    if (!request) {
        m_presenter.clearResult();
        m_model->Reset(0);
        m_forms->Clear();
        setStatus(_("Type a word to search for."));
        return;
    }
    setStatus(_("Searching…"));
    SearchWorker::Callbacks callbacks;
    callbacks.indexing = [this](std::size_t done, std::size_t total) { showIndexing(done, total); };
    callbacks.found = [this](const ProjectSearchResult& result) { showResult(result); };
    callbacks.failed = [this](std::exception_ptr failure) { showFailure(failure); };
    m_worker->search(m_bench->path(), *request, std::move(callbacks));
}

void SearchPanel::showIndexing(std::size_t done, std::size_t total) {
    m_indexing = done < total;
    m_progress->SetRange(static_cast<int>(std::max<std::size_t>(total, 1)));
    m_progress->SetValue(static_cast<int>(std::min(done, total)));
    m_progress->Show(m_indexing);
    setStatus(wxString::Format(_("Indexing the sources for search: %zu of %zu…"), done, total));
    Layout();
}

void SearchPanel::showResult(const ProjectSearchResult& result) {
    m_indexing = false;
    m_progress->Hide();
    // The same query again is its count arriving after the first screen: the hits are the same,
    // so the hit the researcher chose stays chosen.
    int chosen = 0;
    if (m_presenter.hasResult() && result.query == m_shownQuery && result.mode == m_shownMode) {
        const wxDataViewItem item = m_hits->GetSelection();
        if (item.IsOk()) chosen = static_cast<int>(m_model->GetRow(item));
    }
    m_shownQuery = result.query;
    m_shownMode = result.mode;
    m_presenter.showResult(result);
    m_model->Reset(static_cast<unsigned>(m_presenter.rows().size()));
    fillForms();
    showTotals();
    if (!m_presenter.rows().empty()) {
        if (chosen < 0 || static_cast<std::size_t>(chosen) >= m_presenter.rows().size()) chosen = 0;
        m_hits->Select(m_model->GetItem(static_cast<unsigned>(chosen)));
        m_hits->EnsureVisible(m_model->GetItem(static_cast<unsigned>(chosen)));
    }
    Layout();
}

void SearchPanel::showFailure(std::exception_ptr failure) {
    m_indexing = false;
    m_progress->Hide();
    wxString why;
    try {
        std::rethrow_exception(failure);
    } catch (const std::exception& e) {
        why = describeFailure(e);
    } catch (...) {
        why = _("Something went wrong that Edau did not expect.");
    }
    setStatus(why, true);
    Layout();
}

void SearchPanel::showTotals() {
    const std::size_t total = m_presenter.totalHits();
    if (total == 0) {
        setStatus(_("Nothing found. Try fewer words, another mode, or fewer filters."));
        return;
    }
    if (!m_presenter.totalExact()) {
        // The first screen: the best hits, while every hit is being counted.
        setStatus(wxString::Format(_("The best %zu hits are listed; counting every hit…"), m_presenter.rows().size()));
        return;
    }
    const std::size_t documents = m_presenter.documentsWithHits();
    wxString text = wxString::Format(_("%s in %s"),
                                     wxString::Format(wxPLURAL("%zu hit", "%zu hits", total), total),
                                     wxString::Format(wxPLURAL("%zu document", "%zu documents", documents), documents));
    if (m_presenter.rows().size() < total)
        text << "  " << wxString::Format(_("(the first %zu are listed)"), m_presenter.rows().size());
    setStatus(text);
}

void SearchPanel::fillForms() {
    m_forms->Freeze();
    m_forms->Clear();
    for (const auto& choice : m_presenter.forms().choices()) {
        const unsigned item = m_forms->Append(wxString::Format("%s (%zu)", toWx(choice.form), choice.hits));
        m_forms->Check(item, choice.included);
    }
    m_forms->Thaw();
}

void SearchPanel::setStatus(const wxString& text, bool problem) {
    m_status->SetLabel(text);
    m_status->SetToolTip(text);
    // The system's error colour is not themed in wx; bold text is readable on any theme.
    wxFont font = GetFont();
    if (problem) font.MakeBold();
    m_status->SetFont(font);
}

void SearchPanel::readChoices() {
    // Remember the choices by name, so refreshing the lists keeps them where they still exist.
    const SearchFilters before = chosenFilters();
    const int attributeBefore = m_attribute->GetSelection();
    const std::string attributeName = attributeBefore > 0 && static_cast<std::size_t>(attributeBefore - 1) < m_choices.attributes.size()
                                          ? m_choices.attributes[attributeBefore - 1].name
                                          : std::string();
    m_choices = SearchFilterChoices{};
    if (m_bench) {
        try {
            m_choices = readSearchFilterChoices(*m_bench);
        } catch (const std::exception& e) {
            setStatus(describeFailure(e), true);
        }
    }
    auto fill = [](wxChoice* choice, const wxString& any, const std::vector<std::string>& items, const std::string& keep) {
        choice->Clear();
        choice->Append(any);
        int selected = 0;
        for (std::size_t i = 0; i < items.size(); ++i) {
            choice->Append(toWx(items[i]));
            if (!keep.empty() && items[i] == keep) selected = static_cast<int>(i + 1);
        }
        choice->SetSelection(selected);
    };
    fill(m_case, _("Any case"), m_choices.cases, before.caseName);
    std::vector<std::string> attributeNames;
    for (const auto& a : m_choices.attributes) attributeNames.push_back(a.name);
    fill(m_attribute, _("Any attribute"), attributeNames, attributeName);
    fill(m_code, _("Any code"), m_choices.codePaths, before.codePath);
    fillAttributeValues();
    if (!before.attributeValue.empty()) m_attributeValue->SetStringSelection(toWx(before.attributeValue));
    const bool enable = m_bench != nullptr;
    m_case->Enable(enable && !m_choices.cases.empty());
    m_attribute->Enable(enable && !m_choices.attributes.empty());
    m_code->Enable(enable && !m_choices.codePaths.empty());
}

void SearchPanel::fillAttributeValues() {
    m_attributeValue->Clear();
    m_attributeValue->Append(_("Any value"));
    const int a = m_attribute->GetSelection();
    if (a > 0 && static_cast<std::size_t>(a - 1) < m_choices.attributes.size())
        for (const auto& value : m_choices.attributes[a - 1].values) m_attributeValue->Append(toWx(value));
    m_attributeValue->SetSelection(0);
    m_attributeValue->Enable(a > 0);
}

void SearchPanel::onAttributeChanged(wxCommandEvent& event) {
    fillAttributeValues();
    onFilterChanged(event);
}

void SearchPanel::onFilterChanged(wxCommandEvent&) {
    if (!m_query->GetValue().Trim().empty()) runSearch();
}

void SearchPanel::onFormToggled(wxCommandEvent& event) {
    const int item = event.GetInt();
    const auto& choices = m_presenter.forms().choices();
    if (item < 0 || static_cast<std::size_t>(item) >= choices.size()) return;
    setFormIncluded(choices[static_cast<std::size_t>(item)].form, m_forms->IsChecked(static_cast<unsigned>(item)));
}

void SearchPanel::setFormIncluded(const std::string& form, bool included) {
    if (!m_presenter.forms().setIncluded(form, included)) return;
    const auto request = m_presenter.request();
    if (!request || !m_bench) return;
    setStatus(_("Searching…"));
    SearchWorker::Callbacks callbacks;
    callbacks.found = [this](const ProjectSearchResult& result) { showResult(result); };
    callbacks.failed = [this](std::exception_ptr failure) { showFailure(failure); };
    m_worker->search(m_bench->path(), *request, std::move(callbacks));
}

void SearchPanel::onActivated(wxDataViewEvent& event) {
    if (!event.GetItem().IsOk()) return;
    openHit(m_model->GetRow(event.GetItem()));
}

void SearchPanel::openHit(std::size_t row) {
    const auto& rows = m_presenter.rows();
    if (row >= rows.size() || !m_showPassage) return;
    const KwicRow& hit = rows[row];
    m_showPassage(hit.documentId, hit.start, hit.end);
}

bool SearchPanel::busy() const {
    return m_worker->busy();
}

std::size_t SearchPanel::hitRows() const {
    return m_presenter.rows().size();
}

bool SearchPanel::canCodeAllHits() const {
    // Not while the hits are still being counted: the dialog names how many it will code.
    return m_bench != nullptr && !m_bench->readOnly() && m_presenter.hasResult() && m_presenter.totalHits() > 0 &&
           m_presenter.totalExact() && !m_worker->busy();
}

void SearchPanel::codeAllHits() {
    if (!canCodeAllHits()) return;
    if (m_choices.codePaths.empty()) {
        showProblemDialog(this, _("There are no codes to code the hits with."),
                          _("Add a code to the codebook first, then try again."));
        return;
    }
    CodeAllHitsDialog dialog(this, m_choices.codePaths, m_presenter.totalHits());
    if (dialog.ShowModal() != wxID_OK) return;
    const int index = dialog.codeIndex();
    if (index < 0 || static_cast<std::size_t>(index) >= m_choices.codePaths.size()) return;
    codeAllHitsWith(m_choices.codePaths[static_cast<std::size_t>(index)], dialog.unit());
}

void SearchPanel::codeAllHitsWith(const std::string& codePath, AutocodeUnit unit) {
    if (!canCodeAllHits()) return;
    // Autocoding writes, so it runs here on the UI thread with the frame's Workbench. It searches
    // again itself; bring the index up to date on the worker first, so that part is quick.
    setStatus(_("Searching…"));
    SearchWorker::Callbacks callbacks;
    callbacks.indexing = [this](std::size_t done, std::size_t total) { showIndexing(done, total); };
    callbacks.indexed = [this, codePath, unit](const IndexUpdate&) { autocodeNow(codePath, unit); };
    callbacks.failed = [this](std::exception_ptr failure) { showFailure(failure); };
    m_worker->updateIndex(m_bench->path(), false, std::move(callbacks));
}

void SearchPanel::autocodeNow(const std::string& codePath, AutocodeUnit unit) {
    m_indexing = false;
    m_progress->Hide();
    const auto request = m_presenter.request();
    if (!m_bench || !request) return;
    AutocodeResult result;
    try {
        wxBusyCursor busy;
        result = autocode(*m_bench, *request, codePath, unit);
    } catch (const std::exception& e) {
        showTotals();
        showProblemDialog(this, _("Could not code the hits."), describeFailure(e));
        return;
    }
    setStatus(wxString::Format(_("Coded with the code %s. Passages coded: %zu · Already coded: %zu · Documents: %zu"),
                               toWx(codePath), result.codingsAdded, result.alreadyCoded, result.documents));
    if (m_projectChanged) m_projectChanged();
}

void SearchPanel::updateHighlight() {
    m_model->setHighlight(matchHighlightColours(toRgb(wxSystemSettings::GetColour(wxSYS_COLOUR_LISTBOX))));
}

void SearchPanel::onSysColourChanged(wxSysColourChangedEvent& event) {
    updateHighlight();
    m_hits->Refresh();
    event.Skip();
}

}  // namespace edau::gui
