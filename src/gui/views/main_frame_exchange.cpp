// SPDX-License-Identifier: GPL-3.0-or-later
/// Project > Exchange with other QDA programs: the project out as a REFI-QDA .qdpx, its codebook
/// as a .qdc, and .qdpx/.qdc/.qde files from NVivo, ATLAS.ti, MAXQDA, QualCoder or another Edau
/// brought in. The work is the app layer's (exchange_service.h, as `edau-cli export-qdpx`,
/// `export-qdc` and `import-qdpx`); here are the menu, the file dialogs and a report in words of
/// what went out or came in and what was left out.
///
/// Where it lives, and why: exchanging a whole project is a thing done to the project file, like
/// saving a copy, so it sits in the Project menu beside Export (which makes tables for papers),
/// under the name researchers know from other programs' menus ("REFI-QDA").
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/arrstr.h>
#include <wx/menu.h>
#include <wx/choicdlg.h>
#include <wx/msgdlg.h>
#include <wx/utils.h>

#include <algorithm>
#include <cstdint>
#include <iostream>
#include <optional>
#include <set>

#include "edau/app/exchange_service.h"
#include "edau/app/workbench.h"
#include "views/main_frame.h"
#include "views/query_commands.h"
#include "wx_bridge/wx_strings.h"

namespace edau::gui {

namespace {

/// Lines after which the report box says how many more there are (the rest are in the file).
constexpr std::size_t kReportLines = 25;

/// "7 sources, 19 codes, 51 coded passages", naming only what there is; "nothing" when empty.
wxString countsText(const ExchangeCounts& counts) {
    wxArrayString parts;
    auto add = [&](std::int64_t n, const wxString& text) {
        if (n > 0) parts.Add(wxString::Format(text, static_cast<long long>(n)));
    };
    const auto n = [](std::int64_t value) { return static_cast<unsigned>(value); };
    add(counts.sources, wxPLURAL("%lld source", "%lld sources", n(counts.sources)));
    add(counts.codes, wxPLURAL("%lld code", "%lld codes", n(counts.codes)));
    add(counts.codings, wxPLURAL("%lld coded passage", "%lld coded passages", n(counts.codings)));
    add(counts.cases, wxPLURAL("%lld case", "%lld cases", n(counts.cases)));
    add(counts.notes, wxPLURAL("%lld memo", "%lld memos", n(counts.notes)));
    add(counts.coders, wxPLURAL("%lld coder", "%lld coders", n(counts.coders)));
    add(counts.matrices, wxPLURAL("%lld framework matrix", "%lld framework matrices", n(counts.matrices)));
    if (parts.empty()) return _("nothing");
    wxString out;
    for (std::size_t i = 0; i < parts.size(); ++i) out << (i > 0 ? ", " : "") << parts[i];
    return out;
}

/// `path` with `extension` added when it has none (a name typed without one).
std::string withExtension(const wxString& path, const wxString& extension) {
    wxFileName name(path);
    if (name.GetExt().empty()) name.SetExt(extension);
    return toUtf8(name.GetFullPath());
}

}  // namespace

void MainFrame::appendExchangeMenu(wxMenu* project) {
    auto* exchange = new wxMenu;
    exchange->Append(kExportQdpxCommand, _("Export the &project (REFI-QDA .qdpx)…"),
                     _("Save the whole project for NVivo, ATLAS.ti, MAXQDA, QualCoder or another copy of Edau"));
    exchange->Append(kExportQdcCommand, _("Export the &codebook (REFI-QDA .qdc)…"),
                     _("Save the codebook alone, to start another program's project with it"));
    exchange->AppendSeparator();
    exchange->Append(kImportQdpxCommand, _("&Import from another program (.qdpx, .qdc)…"),
                     _("Bring sources, codes, coded passages, cases and memos from a REFI-QDA file into this project"));
    project->AppendSubMenu(exchange, _("Exchange with other &QDA programs"),
                           _("REFI-QDA files, which NVivo, ATLAS.ti, MAXQDA and QualCoder read and write"));
}

void MainFrame::bindExchangeCommands() {
    // A file beside the project, named after it, for either export.
    auto askSavePath = [this](const wxString& title, const wxString& extension, const wxString& filter) {
        const wxFileName project(toWx(m_workbench->path()));
        wxFileDialog dialog(this, title, project.GetPath(), project.GetName() + "." + extension, filter,
                            wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
        return dialog.ShowModal() == wxID_OK ? withExtension(dialog.GetPath(), extension) : std::string();
    };
    Bind(
        wxEVT_MENU,
        [this, askSavePath](wxCommandEvent&) {
            if (!m_workbench) return;
            const std::string path =
                askSavePath(_("Export the project to which file?"), "qdpx", _("REFI-QDA projects (*.qdpx)|*.qdpx"));
            if (!path.empty()) exportQdpxTo(path);
        },
        kExportQdpxCommand);
    Bind(
        wxEVT_MENU,
        [this, askSavePath](wxCommandEvent&) {
            if (!m_workbench) return;
            const std::string path =
                askSavePath(_("Export the codebook to which file?"), "qdc", _("REFI-QDA codebooks (*.qdc)|*.qdc"));
            if (!path.empty()) exportQdcTo(path);
        },
        kExportQdcCommand);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            if (!m_workbench) return;
            wxFileDialog dialog(this, _("Import which REFI-QDA file?"), wxEmptyString, wxEmptyString,
                                _("REFI-QDA files (*.qdpx; *.qdc; *.qde)|*.qdpx;*.qdc;*.qde|All files|*"),
                                wxFD_OPEN | wxFD_FILE_MUST_EXIST);
            if (dialog.ShowModal() == wxID_OK) importQdpxFrom(toUtf8(dialog.GetPath()));
        },
        kImportQdpxCommand);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) { event.Enable(m_workbench != nullptr); }, kExportQdpxCommand,
         kExportQdcCommand);
    Bind(wxEVT_UPDATE_UI,
         [this](wxUpdateUIEvent& event) { event.Enable(m_workbench != nullptr && !m_workbench->readOnly()); },
         kImportQdpxCommand);
}

bool MainFrame::exportQdpxTo(const std::string& path) {
    if (!m_workbench) return false;
    QdpxExportReport report;
    if (!runGuarded(_("Could not export the project."), [&] {
            wxBusyCursor busy;
            report = exportQdpx(*m_workbench, path);
        }))
        return false;
    std::vector<wxString> details;
    for (const auto& change : report.changes) details.push_back(translate(change));
    for (const auto& source : report.file.sourcesChanged)
        details.push_back(wxString::Format(_("In %s, characters that the file format cannot hold were replaced."),
                                           toWx(source)));
    details.insert(details.begin(), wxString::Format(_("It holds %s."), countsText(report.written)));
    showExchangeReport(_("Project exported"),
                       wxString::Format(_("Saved %s for other QDA programs."), toWx(report.path)), details);
    return true;
}

bool MainFrame::exportQdcTo(const std::string& path) {
    if (!m_workbench) return false;
    QdpxExportReport report;
    if (!runGuarded(_("Could not export the codebook."), [&] { report = exportQdc(*m_workbench, path); })) return false;
    std::vector<wxString> details;
    for (const auto& change : report.changes) details.push_back(translate(change));
    showExchangeReport(_("Codebook exported"),
                       wxString::Format(wxPLURAL("Saved %s with %lld code.", "Saved %s with %lld codes.",
                                                 static_cast<unsigned>(report.written.codes)),
                                        toWx(report.path), static_cast<long long>(report.written.codes)),
                       details);
    return true;
}

std::optional<CodeMatching> MainFrame::askWhichCodesAreTheSame(const std::vector<CodePathMatch>& matches, bool ask,
                                                               const std::vector<std::string>& keepApartPaths) {
    CodeMatching matching;
    if (!matches.empty() && ask && !m_unattended) {
        // Asked, not guessed: codes made separately at the same place may or may not mean the same.
        wxArrayString choices;
        wxArrayInt all;
        for (std::size_t i = 0; i < matches.size(); ++i) {
            choices.Add(toWx(matches[i].path));
            all.Add(static_cast<int>(i));
        }
        wxMultiChoiceDialog question(this,
                                     _("Both projects have these codes at the same place, but they were made "
                                       "separately. Tick the ones that mean the same: their codings are joined. "
                                       "Codes left unticked are kept apart, with a short mark after the name."),
                                     _("The same codes?"), choices);
        question.SetSelections(all);
        if (question.ShowModal() != wxID_OK) return std::nullopt;
        std::set<int> same;
        for (int i : question.GetSelections()) same.insert(i);
        for (std::size_t i = 0; i < matches.size(); ++i)
            if (!same.count(static_cast<int>(i))) matching.keepApart.insert(matches[i].otherGuid);
    } else {
        for (const auto& m : matches)
            if (std::find(keepApartPaths.begin(), keepApartPaths.end(), m.path) != keepApartPaths.end())
                matching.keepApart.insert(m.otherGuid);
    }
    return matching;
}

bool MainFrame::importQdpxFrom(const std::string& path, bool ask, const std::vector<std::string>& keepApartPaths) {
    if (!m_workbench) return false;
    const wxString headline = _("Could not import the file.");
    QdaReadResult read;
    // Reading and checking the file changes nothing; storing it is one step in the project.
    if (!runGuarded(headline, [&] {
            wxBusyCursor busy;
            read = readQdpxForImport(path);
        }))
        return false;
    std::vector<CodePathMatch> matches;
    if (!runGuarded(headline, [&] { matches = codePathMatches(*m_workbench, read.project); })) return false;
    const std::optional<CodeMatching> matching = askWhichCodesAreTheSame(matches, ask, keepApartPaths);
    if (!matching) return false;
    QdpxImportReport report;
    if (!writeGuarded(headline, [&] {
            wxBusyCursor busy;
            report = storeQdpx(*m_workbench, std::move(read), path, *matching);
        }))
        return false;
    std::vector<wxString> details;
    for (const auto& code : report.codesMatchedByPath)
        details.push_back(wxString::Format(_("Code %s was joined with this project's code of the same name and place."),
                                           toWx(code)));
    for (const auto& dropped : report.dropped) details.push_back(translate(dropped));
    for (const auto& warning : report.warnings) details.push_back(translate(warning));
    details.insert(details.begin(), wxString::Format(_("Already in this project: %s."), countsText(report.already)));
    details.insert(details.begin(), wxString::Format(_("New in this project: %s."), countsText(report.added)));
    showExchangeReport(_("File imported"), wxString::Format(_("Imported %s."), toWx(path)), details);
    return true;
}

void MainFrame::showExchangeReport(const wxString& title, const wxString& summary, const std::vector<wxString>& details) {
    if (m_unattended) {
        std::cerr << toUtf8(summary) << '\n';
        for (const auto& line : details) std::cerr << "  " << toUtf8(line) << '\n';
        return;
    }
    wxString more;
    for (std::size_t i = 0; i < details.size() && i < kReportLines; ++i) more << "• " << details[i] << "\n";
    if (details.size() > kReportLines) {
        const auto rest = static_cast<long>(details.size() - kReportLines);
        more << wxString::Format(wxPLURAL("…and %ld more.", "…and %ld more.", static_cast<unsigned>(rest)), rest);
    }
    wxMessageDialog box(this, summary, title, wxOK | wxICON_INFORMATION);
    if (!more.empty()) box.SetExtendedMessage(more);
    box.ShowModal();
}

}  // namespace edau::gui
