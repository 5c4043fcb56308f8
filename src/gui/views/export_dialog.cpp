// SPDX-License-Identifier: GPL-3.0-or-later
/// The export dialog: what to export, the format, the file, and opening it afterwards.
#include "views/export_dialog.h"

#include <algorithm>
#include <utility>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/filename.h>
#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include "edau/app/code_paths.h"
#include "edau/app/workbench.h"
#include "presenters/project_tree_presenter.h"
#include "views/message_dialogs.h"
#include "wx_bridge/wx_strings.h"

namespace edau::gui {
namespace {

wxString formatName(const std::string& format) {
    if (format == "docx") return _("Word document (.docx)");
    if (format == "xlsx") return _("Excel workbook (.xlsx)");
    if (format == "csv") return _("CSV, for spreadsheets and statistics (.csv)");
    if (format == "html") return _("Web page (.html)");
    return _("Markdown (.md)");
}

}  // namespace

ExportDialog::ExportDialog(wxWindow* parent, const Workbench& bench, ExportKind kind, std::string uiLanguage,
                           bool unattended)
    : wxDialog(parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_bench(bench),
      m_kind(kind),
      m_language(std::move(uiLanguage)),
      m_unattended(unattended) {
    wxString title, intro;
    switch (kind) {
        case ExportKind::Matrix:
            title = _("Export a framework matrix");
            intro = _("The matrix as a table: a row per case, a column per code, each summary with numbered notes "
                      "that quote the passages it cites.");
            for (const Matrix& m : bench.matrices()) m_items.push_back(m.name);
            std::sort(m_items.begin(), m_items.end(), [](const std::string& a, const std::string& b) { return namesInDisplayOrder(a, b); });
            break;
        case ExportKind::CodedPassages: {
            title = _("Export the passages of a code");
            intro = _("Every passage coded with the code and its sub-codes, with its source, case, speaker and position.");
            const std::vector<Code> codes = bench.codes();
            for (const Code& c : codesInDisplayOrder(codes, *currentDisplayCollator())) m_items.push_back(codePath(codes, c.id));
            break;
        }
        case ExportKind::Codebook:
            title = _("Export the codebook");
            intro = _("Every code with its description, colour and number of coded passages.");
            break;
    }
    SetTitle(title);

    auto* introText = new wxStaticText(this, wxID_ANY, intro);
    introText->Wrap(FromDIP(460));
    m_itemLabel = new wxStaticText(this, wxID_ANY, kind == ExportKind::Matrix ? _("Matrix:") : _("Code:"));
    m_item = new wxChoice(this, wxID_ANY);
    for (const std::string& item : m_items) m_item->Append(toWx(item));
    if (!m_items.empty()) m_item->SetSelection(0);
    auto* formatLabel = new wxStaticText(this, wxID_ANY, _("Format:"));
    m_format = new wxChoice(this, wxID_ANY);
    for (const std::string& format : exportFormats()) m_format->Append(formatName(format));
    const auto& formats = exportFormats();
    m_format->SetSelection(static_cast<int>(std::find(formats.begin(), formats.end(), defaultExportFormat(kind)) - formats.begin()));
    auto* pathLabel = new wxStaticText(this, wxID_ANY, _("Save as:"));
    // A text box and a button of our own rather than wxFilePickerCtrl, whose button GTK labels
    // in its own words.
    m_path = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(380, -1)));
    auto* choose = new wxButton(this, wxID_ANY, _("C&hoose…"));
    choose->SetToolTip(_("Choose the folder and the name of the file"));
    m_open = new wxCheckBox(this, wxID_ANY, _("&Open the file after exporting"));
    m_open->SetValue(true);
    m_note = new wxStaticText(this, wxID_ANY, wxString());

    const int gap = FromDIP(8);
    auto* grid = new wxFlexGridSizer(2, gap / 2, gap);
    grid->AddGrowableCol(1, 1);
    if (kind != ExportKind::Codebook) {
        grid->Add(m_itemLabel, wxSizerFlags().CentreVertical());
        grid->Add(m_item, wxSizerFlags().Expand());
    } else {
        m_itemLabel->Hide();
        m_item->Hide();
    }
    grid->Add(formatLabel, wxSizerFlags().CentreVertical());
    grid->Add(m_format, wxSizerFlags().Expand());
    grid->Add(pathLabel, wxSizerFlags().CentreVertical());
    auto* pathRow = new wxBoxSizer(wxHORIZONTAL);
    pathRow->Add(m_path, wxSizerFlags(1).CentreVertical());
    pathRow->Add(choose, wxSizerFlags().CentreVertical().Border(wxLEFT, gap / 2));
    grid->Add(pathRow, wxSizerFlags().Expand());
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->AddStretchSpacer();
    auto* cancel = new wxButton(this, wxID_CANCEL, _("&Cancel"));
    auto* ok = new wxButton(this, wxID_OK, _("&Export"));
    ok->SetDefault();
    buttons->Add(cancel, wxSizerFlags().Border(wxRIGHT, gap));
    buttons->Add(ok);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(introText, wxSizerFlags().Expand().Border(wxALL, 2 * gap));
    sizer->Add(grid, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, 2 * gap));
    sizer->Add(m_open, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 2 * gap));
    sizer->Add(m_note, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 2 * gap));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, 2 * gap));
    SetSizerAndFit(sizer);

    if (kind != ExportKind::Codebook && m_items.empty()) {
        m_note->SetLabel(kind == ExportKind::Matrix ? _("This project has no framework matrices yet.")
                                                    : _("This project has no codes yet."));
        ok->Enable(false);
    }
    // A file named after what is exported, beside the project.
    const wxString folder = wxFileName(toWx(bench.path())).GetPath();
    setPath(wxFileName(folder, toWx(suggestedExportFileName(item(), toUtf8(_("Codebook")), format()))).GetFullPath());

    m_format->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { updatePathForFormat(); });
    m_item->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        // A name the user has not changed follows the item chosen.
        const wxFileName file(path());
        setPath(wxFileName(file.GetPath(), toWx(suggestedExportFileName(item(), toUtf8(_("Codebook")), format()))).GetFullPath());
    });
    ok->Bind(wxEVT_BUTTON, &ExportDialog::onExport, this);
    choose->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        const wxFileName file(path());
        const std::string extension = format();
        const wxString filter = wxString::Format("%s|*.%s", formatName(extension), extension);
        wxFileDialog dialog(this, _("Export to which file?"), file.GetPath(), file.GetFullName(), filter,
                            wxFD_SAVE);  // Export asks before replacing a file, in our words
        if (dialog.ShowModal() == wxID_OK) setPath(toWx(withExportExtension(toUtf8(dialog.GetPath()), extension)));
    });
    Layout();
    Fit();
    CentreOnParent();
}

void ExportDialog::setItem(const std::string& item) {
    const auto found = std::find(m_items.begin(), m_items.end(), item);
    if (found == m_items.end()) return;
    m_item->SetSelection(static_cast<int>(found - m_items.begin()));
    const wxFileName file(path());
    setPath(wxFileName(file.GetPath(), toWx(suggestedExportFileName(item, toUtf8(_("Codebook")), format()))).GetFullPath());
}

void ExportDialog::setFormat(const std::string& format) {
    const auto& formats = exportFormats();
    const auto found = std::find(formats.begin(), formats.end(), format);
    if (found == formats.end()) return;
    m_format->SetSelection(static_cast<int>(found - formats.begin()));
    updatePathForFormat();
}

void ExportDialog::setPath(const wxString& path) {
    m_path->ChangeValue(path);
}

void ExportDialog::setOpenAfterExport(bool open) {
    m_open->SetValue(open);
}

std::string ExportDialog::item() const {
    const int i = m_item->GetSelection();
    return i == wxNOT_FOUND || static_cast<std::size_t>(i) >= m_items.size() ? std::string() : m_items[static_cast<std::size_t>(i)];
}

std::string ExportDialog::format() const {
    const int i = m_format->GetSelection();
    const auto& formats = exportFormats();
    return i == wxNOT_FOUND || static_cast<std::size_t>(i) >= formats.size() ? formats.front() : formats[static_cast<std::size_t>(i)];
}

wxString ExportDialog::path() const {
    return m_path->GetValue();
}

bool ExportDialog::openAfterExport() const {
    return m_open->GetValue();
}

void ExportDialog::updatePathForFormat() {
    setPath(toWx(withExportExtension(toUtf8(path()), format())));
}

wxString ExportDialog::whatIsExported() const {
    switch (m_kind) {
        case ExportKind::Matrix: return wxString::Format(_("the matrix %s"), toWx(item()));
        case ExportKind::CodedPassages: return wxString::Format(_("the passages of %s"), toWx(item()));
        case ExportKind::Codebook: break;
    }
    return _("the codebook");
}

void ExportDialog::report(const wxString& headline, const wxString& detail, bool problem) {
    m_lastProblem = headline + (detail.empty() ? wxString() : " " + detail);
    if (m_unattended) return;
    if (problem)
        showProblemDialog(this, headline, detail);
    else
        showInformationDialog(this, headline, detail);
}

bool ExportDialog::exportNow(bool askBeforeReplacing) {
    m_lastProblem.clear();
    const wxString headline = wxString::Format(_("Could not export %s."), whatIsExported());
    wxString target = path();
    if (target.empty()) {
        report(headline, _("Choose the file to export to."), true);
        return false;
    }
    if (m_kind != ExportKind::Codebook && item().empty()) {
        report(headline, m_kind == ExportKind::Matrix ? _("Choose a matrix.") : _("Choose a code."), true);
        return false;
    }
    // The file's extension says what it is: it follows the format chosen.
    target = toWx(withExportExtension(toUtf8(target), format()));
    const wxFileName file(target);
    if (!file.DirExists()) {
        report(headline, wxString::Format(_("There is no folder %s."), file.GetPath()), true);
        return false;
    }
    if (file.FileExists() && askBeforeReplacing && !m_unattended &&
        !askQuestionDialog(this, wxString::Format(_("There is already a file called %s."), file.GetFullName()),
                           _("Replace it with this export?"), _("&Replace"), _("&Cancel"), true)) {
        return false;
    }
    ExportReport outcome;
    try {
        wxBusyCursor busy;
        const ExportWording wording = exportWording(m_language);
        const std::string where = toUtf8(target);
        switch (m_kind) {
            case ExportKind::Matrix: outcome = exportMatrix(m_bench, item(), format(), where, wording); break;
            case ExportKind::CodedPassages: outcome = exportCodedPassages(m_bench, item(), format(), where, wording); break;
            case ExportKind::Codebook: outcome = exportCodebook(m_bench, format(), where, wording); break;
        }
    } catch (const std::exception& e) {
        report(headline, describeFailure(e), true);
        return false;
    }
    setPath(target);

    // Whatever the format had to change is said before anyone trusts the file.
    wxString changes;
    for (const TruncatedCell& cell : outcome.truncatedCells)
        changes << wxString::Format(_("Cell %s of sheet %s was cut to Excel's limit of 32,767 characters."),
                                    toWx(cell.cell), toWx(cell.sheet))
                << "\n";
    for (const RemovedCharacter& removed : outcome.removedCharacters)
        changes << wxString::Format(_("Characters that the format cannot hold (U+%04X) were left out: %zu."),
                                    static_cast<unsigned>(removed.codePoint), removed.count)
                << "\n";
    if (!changes.empty())
        report(wxString::Format(_("%s was exported, with changes."), file.GetFullName()), changes.Strip(wxString::trailing),
               false);

    if (openAfterExport() && !m_unattended && !wxLaunchDefaultApplication(target)) {
        report(wxString::Format(_("%s was exported, but could not be opened."), file.GetFullName()),
               _("No program on this computer opened it. You will find it in the folder you chose."), true);
    }
    return true;
}

void ExportDialog::onExport(wxCommandEvent&) {
    if (exportNow()) EndModal(wxID_OK);
}

}  // namespace edau::gui
