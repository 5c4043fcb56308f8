// SPDX-License-Identifier: GPL-3.0-or-later
#include "wx_bridge/wx_export_wording.h"

#include <wx/intl.h>

#include "wx_bridge/wx_strings.h"

namespace edau::gui {

ExportWording exportWording(const std::string& language) {
    ExportWording w;
    w.language = language;
    w.caseColumn = toUtf8(_("Case"));
    w.documentColumn = toUtf8(_("Document"));
    w.matrixSubtitle = toUtf8(_("Framework matrix"));
    w.notCoded = "\u2013";
    // Same words as edau-cli's exports (its catalogue entries), so both write the same file.
    // TRANSLATORS: {count} is a number; shown in a matrix cell that has passages but no summary.
    w.passagesWaiting = toUtf8(_("Coded passages: {count}; no summary yet"));
    w.labels.notesHeading = toUtf8(_("Quotations"));
    w.labels.noteNumber = toUtf8(_("Note"));
    w.labels.caseName = toUtf8(_("Case"));
    w.labels.document = toUtf8(_("Source"));
    w.labels.speaker = toUtf8(_("Speaker"));
    w.labels.position = toUtf8(_("Position"));
    w.labels.quote = toUtf8(_("Quotation"));
    w.labels.notesColumn = toUtf8(_("Notes"));
    w.passageLabels = {toUtf8(_("Code")),    toUtf8(_("Source")),   toUtf8(_("Case")),
                       toUtf8(_("Speaker")), toUtf8(_("Position")), toUtf8(_("Passage"))};
    w.codebookLabels = {toUtf8(_("Code")), toUtf8(_("Description")), toUtf8(_("Colour")), toUtf8(_("Coded passages")),
                        toUtf8(_("Codebook"))};
    return w;
}

ExportWording exportWordingForInterface() {
    // TRANSLATORS: the language code of this catalogue, written into exported documents ("cy" for Welsh).
    return exportWording(toUtf8(_("en")));
}

}  // namespace edau::gui
