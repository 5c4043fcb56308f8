// SPDX-License-Identifier: GPL-3.0-or-later
/// Intercoder agreement as the desktop app shows it, without wx: two coders and a unit, a row
/// per code with its figures and what each means in plain words, and the places where the two
/// coders differ, with both coders' passages side by side.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "edau/app/agreement_service.h"
#include "edau/base/message.h"
#include "edau/model/entities.h"

namespace edau {
class Workbench;
}

namespace edau::gui {

/// What to compare, as the agreement view's choices set it.
struct AgreementSettings {
    std::string firstCoder;           ///< "A"
    std::string secondCoder;          ///< "B"
    std::string unit = "sentence";    ///< "character", "sentence" or "turn"
    /// Count only text that either coder coded with some compared code, so that text nobody
    /// coded cannot pass for agreement. Off: every character or unit of the sources (NVivo).
    bool codedTextOnly = true;
    /// Compare only the sources both coders coded (see AgreementQuery::sharedDocumentsOnly).
    bool sharedSourcesOnly = true;
};

/// A figure as the table shows it, and what it means for this code.
struct FigureText {
    std::string shown;  ///< "92.3%", "0.62", "0.615", or "–" when not defined
    Message meaning;    ///< plain words; translate, then show beside the table
};

/// One code's row of the table (or, for overall(), every code pooled).
struct AgreementRow {
    RowId codeId = 0;      ///< 0 for the pooled row
    std::string codePath;  ///< empty for the pooled row
    /// Characters or units (as the unit says) each coder coded with the code, and both did.
    std::int64_t firstCoded = 0;
    std::int64_t secondCoded = 0;
    std::int64_t bothCoded = 0;
    std::optional<double> agreement;  ///< 0..1
    std::optional<double> kappa;
    std::optional<double> alpha;      ///< none with characters as the unit
    FigureText agreementText;
    FigureText kappaText;
    FigureText alphaText;
    std::size_t differences = 0;      ///< places the two coders differ on this code
};

/// One place where the two coders differ, for the list below the table.
struct DifferenceRow {
    std::size_t index = 0;  ///< for sideBySide()
    RowId codeId = 0;
    std::string codePath;
    RowId documentId = 0;
    std::string documentName;
    std::string speaker;    ///< of the turn where the passage starts; empty without turns
    std::int64_t start = 0; ///< code points, end exclusive
    std::int64_t end = 0;
    CodingDifference::Kind kind = CodingDifference::Kind::FirstOnly;
    Message what;           ///< "Only Lowri coded this", …
    std::string excerpt;    ///< the passage on one line, shortened
};

/// One coder's side of a difference: the same stretch of text, with what they coded in it.
struct CoderSide {
    std::string coderName;
    /// Code points [start, end) of the passage's text in `text` (this coder's codings with the code).
    std::vector<std::pair<std::int64_t, std::int64_t>> coded;
    Message caption;  ///< what this coder did with the passage
};

/// The two coders' passages side by side: one stretch of the source, marked twice.
struct SideBySide {
    std::string documentName;
    std::string speaker;
    std::string codePath;
    std::string text;                ///< the passage with some context around it, "…" where cut
    std::int64_t documentStart = 0;  ///< where `text` (after any leading "…") begins in the source
    std::int64_t passageStart = 0;   ///< the passage in the source, for opening it
    std::int64_t passageEnd = 0;
    std::int64_t passageTextStart = 0;  ///< the passage in `text`, code points
    std::int64_t passageTextEnd = 0;
    CoderSide first;
    CoderSide second;
};

/// Landis & Koch's (1977) words for a kappa value.
enum class KappaBand { Poor, Slight, Fair, Moderate, Substantial, AlmostPerfect };
/// The band a kappa falls in: below 0 poor, to 0.20 slight, 0.40 fair, 0.60 moderate,
/// 0.80 substantial, above almost perfect.
KappaBand kappaBand(double kappa);
/// "κ 0.62: substantial agreement beyond chance (Landis & Koch)", or why it is not defined.
Message kappaMeaning(std::optional<double> kappa, std::optional<double> chanceAgreement);
/// Krippendorff's (2004) thresholds: 0.800 reliable, 0.667 tentative, below that not reliable.
Message alphaMeaning(std::optional<double> alpha, const std::string& unit);
/// What percentage agreement counted, in the unit and scope chosen.
Message agreementMeaning(std::optional<double> agreement, std::int64_t same, std::int64_t total,
                         const std::string& unit, bool codedTextOnly);
/// A figure as shown: percentages with one decimal, kappa with two, alpha with three; "–" for none.
std::string percentShown(std::optional<double> proportion);
std::string kappaShown(std::optional<double> kappa);
std::string alphaShown(std::optional<double> alpha);

/// Everything the agreement view shows for one comparison.
class AgreementModel {
public:
    /// The coders who have coded anything, most codings first: the choices for A and B.
    static std::vector<std::string> codersWithCodings(const Workbench& bench);
    /// The two coders who coded most (A, B); empty names when fewer than two have coded.
    static AgreementSettings defaultSettings(const Workbench& bench);
    /// Compares as `settings` say. Throws Error(Usage) when A and B are the same or not two,
    /// Error(NotFound) for an unknown coder (as computeProjectAgreement).
    static AgreementModel compute(const Workbench& bench, const AgreementSettings& settings);

    AgreementModel() = default;

    const AgreementSettings& settings() const { return m_settings; }
    /// One row per compared code, in the codebook's display order.
    const std::vector<AgreementRow>& rows() const { return m_rows; }
    /// Every code pooled: each pair of a character (or unit) and a code is one decision.
    const AgreementRow& overall() const { return m_overall; }
    /// The sources both coders are compared on.
    std::size_t sourcesCompared() const { return m_sources; }
    /// One line above the table: who is compared, on what, by which unit.
    Message summary() const;
    /// The places the coders differ: on `codeId`, or on every code when none is given.
    std::vector<DifferenceRow> differences(std::optional<RowId> codeId = std::nullopt) const;
    /// Both coders' passages for differences()[...].index; reads the source's text.
    SideBySide sideBySide(const Workbench& bench, std::size_t index) const;
    /// How each figure in the table is computed (the analysis module's notes for this unit and scope).
    std::vector<Message> methods() const;
    /// Anything left out of the comparison, and why.
    const std::vector<Message>& notes() const { return m_notes; }

private:
    AgreementSettings m_settings;
    std::vector<AgreementRow> m_rows;
    AgreementRow m_overall;
    std::size_t m_sources = 0;
    std::vector<CodingDifference> m_differences;
    std::vector<DifferenceRow> m_differenceRows;
    std::vector<MethodNote> m_methods;
    std::vector<Message> m_notes;
    std::vector<std::pair<RowId, std::string>> m_codeNames;  ///< code id -> path, for captions
};

}  // namespace edau::gui
