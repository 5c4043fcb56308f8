// SPDX-License-Identifier: GPL-3.0-or-later
/// The search panel: a query with filters, keyword-in-context hits, the word forms that matched.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>

#include <wx/panel.h>

#include "edau/model/entities.h"
#include "presenters/search_presenter.h"

class wxButton;
class wxCheckListBox;
class wxChoice;
class wxDataViewCtrl;
class wxDataViewEvent;
class wxGauge;
class wxSearchCtrl;
class wxStaticText;

namespace edau {
class Workbench;
}

namespace edau::gui {

class KwicListModel;

/// Searches the open project. Holds no project: the frame lends it the Workbench (UI thread
/// only) and gets passages opened and changes announced through the two callbacks, so this
/// panel does not depend on how the frame shows documents.
class SearchPanel : public wxPanel {
public:
    /// Opens a document at a passage (code points, end exclusive).
    using ShowPassage = std::function<void(RowId documentId, std::int64_t start, std::int64_t end)>;
    /// Tells the frame that the project was written to (autocoding).
    using ProjectChanged = std::function<void()>;

    SearchPanel(wxWindow* parent, ShowPassage showPassage, ProjectChanged projectChanged);
    ~SearchPanel() override;

    /// The project to search, or nullptr when none is open. Starts bringing its index up to date.
    void setWorkbench(Workbench* bench);
    /// The project changed (import, coding, attributes): re-reads the filter choices and brings
    /// the index up to date, keeping what the user chose where it still exists.
    void projectChanged();
    /// Puts the cursor in the query box (Search > Find…).
    void focusQuery();
    /// Types `words` into the query box and searches.
    void searchFor(const wxString& words);
    /// Asks for a code and a unit, then codes every hit of the current search (Search > Code all hits…).
    void codeAllHits();
    /// Codes every hit of the current search with the code at `codePath` (Theme/Sub-theme), the
    /// unit of text around each hit, as one undoable step; then tells the frame. What the
    /// dialog of codeAllHits() does once answered; tests call it directly.
    void codeAllHitsWith(const std::string& codePath, AutocodeUnit unit);
    /// True when there are hits to code and nothing is running.
    bool canCodeAllHits() const;
    /// Re-creates every text in the current interface language.
    void updateTexts();

    /// For tests and the self-test: true while a search or index update is under way.
    bool busy() const;
    /// How many hits the list shows.
    std::size_t hitRows() const;
    /// Opens the hit in `row` as a double-click would.
    void openHit(std::size_t row);
    /// Unticks (or ticks) a word form as a click in the list would.
    void setFormIncluded(const std::string& form, bool included);
    const SearchPresenter& presenter() const { return m_presenter; }

private:
    void runSearch();
    void readChoices();
    void fillAttributeValues();
    void showResult(const ProjectSearchResult& result);
    void showFailure(std::exception_ptr failure);
    void showIndexing(std::size_t done, std::size_t total);
    void showTotals();
    void fillForms();
    void updateHighlight();
    void setStatus(const wxString& text, bool problem = false);
    SearchFilters chosenFilters() const;
    void autocodeNow(const std::string& codePath, AutocodeUnit unit);

    void onActivated(wxDataViewEvent& event);
    void onFormToggled(wxCommandEvent& event);
    void onFilterChanged(wxCommandEvent& event);
    void onAttributeChanged(wxCommandEvent& event);
    void onSysColourChanged(wxSysColourChangedEvent& event);

    ShowPassage m_showPassage;
    ProjectChanged m_projectChanged;
    Workbench* m_bench = nullptr;
    SearchPresenter m_presenter;
    std::string m_shownQuery;  ///< the query and mode of the hits on screen
    search::SearchMode m_shownMode = search::SearchMode::Welsh;
    SearchFilterChoices m_choices;

    wxSearchCtrl* m_query = nullptr;
    wxChoice* m_mode = nullptr;
    wxButton* m_searchButton = nullptr;
    wxStaticText* m_caseLabel = nullptr;
    wxChoice* m_case = nullptr;
    wxStaticText* m_attributeLabel = nullptr;
    wxChoice* m_attribute = nullptr;
    wxChoice* m_attributeValue = nullptr;
    wxStaticText* m_codeLabel = nullptr;
    wxChoice* m_code = nullptr;
    wxStaticText* m_status = nullptr;
    wxGauge* m_progress = nullptr;
    wxButton* m_codeAll = nullptr;
    wxDataViewCtrl* m_hits = nullptr;
    KwicListModel* m_model = nullptr;  ///< owned by m_hits (reference counted)
    wxStaticText* m_formsLabel = nullptr;
    wxCheckListBox* m_forms = nullptr;

    /// Answers from the worker run only while this is alive (they hold a weak reference).
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    std::unique_ptr<SearchWorker> m_worker;
    bool m_indexing = false;
};

}  // namespace edau::gui
