// SPDX-License-Identifier: GPL-3.0-or-later
/// The things a project holds, as plain values shared by every module.
///
/// Positions (Turn, Coding) are 0-based Unicode code point offsets into the document's
/// stored NFC text, end exclusive: the unit the CLI prints and REFI-QDA uses.
/// `id` fields are the local row ids of one project file; `uuid` fields are the stable
/// identity that survives merge, sync and exchange.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace edau {

using RowId = std::int64_t;

/// Someone who codes: a researcher or peer researcher.
struct Coder {
    RowId id = 0;
    std::string uuid;
    std::string name;
    std::string createdAt;
};

/// A source's text as imported, before it is stored.
struct DocumentDraft {
    std::string name;              ///< shown to users; unique within the project
    std::string originalFileName;  ///< the file it came from (base name)
    std::string format;            ///< "txt", "docx", "odt", "rtf", "pdf", "vtt", "srt", "md", "html"
    std::string encoding;          ///< the encoding it was decoded from, e.g. "utf-8"
    std::string text;              ///< UTF-8; the store normalises it to NFC
    std::string language;          ///< "cy", "en", "mixed" or "" when unknown
    /// True when the user named the language at import: it then overrides per-passage detection.
    bool languageSetByUser = false;
};

/// A stored source (transcript, field notes...). Its text never changes after import.
struct Document {
    RowId id = 0;
    std::string uuid;
    std::string name;
    std::string originalFileName;
    std::string format;
    std::string encoding;
    std::string language;
    bool languageSetByUser = false;  ///< the user's choice at import, not Edau's guess
    std::string contentHash;  ///< SHA-256 of the stored NFC text, lower-case hex
    std::int64_t characters = 0;  ///< length of the text in code points
    std::string importedAt;
    std::optional<RowId> caseId;
};

/// One speaker turn of a transcript.
struct Turn {
    RowId id = 0;
    std::string uuid;
    RowId documentId = 0;
    std::int64_t ordinal = 0;
    std::string speaker;  ///< as written in the source, e.g. "Siân" or "Interviewer"
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::optional<std::int64_t> timestampMs;  ///< from captions or inline time marks
};

/// A unit of analysis: a participant, a family, a story.
struct Case {
    RowId id = 0;
    std::string uuid;
    std::string name;
    std::string description;
};

/// The kind of value an attribute holds (sorting and filtering depend on it).
enum class AttributeType { Text, Number, Date, Category };

/// A case attribute such as age band or local authority.
struct Attribute {
    RowId id = 0;
    std::string uuid;
    std::string name;
    AttributeType type = AttributeType::Text;
    std::int64_t ordinal = 0;
};

/// One case's value for one attribute.
struct AttributeValue {
    RowId caseId = 0;
    RowId attributeId = 0;
    std::string value;
};

/// A theme or sub-theme in the codebook.
struct Code {
    RowId id = 0;
    std::string uuid;
    std::optional<RowId> parentId;
    std::string name;
    std::string description;  ///< definition, inclusion and exclusion notes
    std::string colour;       ///< "#RRGGBB"
    std::int64_t ordinal = 0;  ///< order among siblings
};

/// A code applied to a range of a document by a coder.
struct Coding {
    RowId id = 0;
    std::string uuid;
    RowId documentId = 0;
    std::int64_t start = 0;
    std::int64_t end = 0;
    RowId codeId = 0;
    RowId coderId = 0;
    std::string createdAt;
    std::string modifiedAt;
};

/// What a memo is attached to.
enum class MemoTarget { Project, Document, Code, Case, Coding, MatrixCell };

/// A researcher's note.
struct Memo {
    RowId id = 0;
    std::string uuid;
    MemoTarget targetKind = MemoTarget::Project;
    std::string targetUuid;  ///< empty for the project
    std::string title;
    std::string text;
    std::optional<RowId> coderId;
    std::string createdAt;
    std::string modifiedAt;
};

/// What a framework matrix's rows are: cases, or documents when a study has no cases.
enum class MatrixRowKind { Case, Document };

/// One row of a matrix: the case or the document it stands for (by local row id).
struct MatrixRowKey {
    MatrixRowKind kind = MatrixRowKind::Case;
    RowId id = 0;
};

/// A framework matrix: cases or documents (rows) by codes (columns).
struct Matrix {
    RowId id = 0;
    std::string uuid;
    std::string name;
    std::string description;
    MatrixRowKind rowKind = MatrixRowKind::Case;
    std::vector<RowId> rowCaseIds;      ///< in display order; empty when the rows are documents
    std::vector<RowId> rowDocumentIds;  ///< in display order; empty when the rows are cases
    std::vector<RowId> columnCodeIds;   ///< in display order
    std::string createdAt;
};

/// One cell's researcher-written summary and the codings it cites.
struct MatrixCell {
    RowId id = 0;
    std::string uuid;
    RowId matrixId = 0;
    RowId caseId = 0;                 ///< the row's case; 0 when the rows are documents
    std::optional<RowId> documentId;  ///< the row's document, when the rows are documents
    RowId codeId = 0;
    std::string summary;
    /// UUIDs of cited codings; kept by UUID so a citation whose coding was removed is still seen.
    std::vector<std::string> citedCodingUuids;
    std::optional<RowId> coderId;
    std::string modifiedAt;
};

/// A Most Significant Change selection round: a panel reading the stories on one occasion.
struct MscRound {
    RowId id = 0;
    std::string uuid;
    std::string name;
    std::string panel;   ///< who selected (e.g. "community panel")
    std::string heldOn;  ///< when, as the user wrote it (ISO date preferred)
    std::int64_t ordinal = 0;
};

/// One story (case) in a round: its domain of change, whether the panel chose it, and why.
struct MscSelection {
    RowId id = 0;
    std::string uuid;
    RowId roundId = 0;
    RowId caseId = 0;
    std::optional<RowId> domainCodeId;
    bool chosen = false;
    std::string reason;
};

/// One entry of the append-only operation log: every change, who made it, and when.
struct Operation {
    std::int64_t sequence = 0;  ///< local order of application
    std::string uuid;
    std::int64_t lamport = 0;   ///< logical clock for ordering across copies
    std::string coderUuid;
    std::string at;             ///< UTC timestamp
    std::string kind;           ///< e.g. "document.add", "coding.add", "code.rename"
    std::string entityUuid;
    std::string payload;        ///< JSON: the state needed to replay or undo the change
    std::string actionUuid;     ///< the user action (one transaction) this operation belongs to
    std::string actionKind;     ///< "do", or "undo"/"redo" of the action named by actionTarget
    std::string actionTarget;
};

/// Something two copies of a project did at the same time that a person should look at: both
/// versions are kept (or the thing is kept) and the conflict waits until someone settles it.
/// Conflicts are derived from the operations alone, so every copy lists the same ones.
struct SyncConflict {
    std::string id;          ///< stable across copies (derived from the operations involved)
    std::string kind;        ///< "cell-summary", "code-rename", "code-kept", "code-move", "name-clash"
    std::string entityUuid;  ///< the cell, code, or renamed thing
    std::string detail;      ///< JSON: what each side did (see ProjectStore::applyIncoming)
    bool settled = false;
};

/// How many of each thing a project holds.
struct ProjectCounts {
    std::int64_t documents = 0;
    std::int64_t cases = 0;
    std::int64_t codes = 0;
    std::int64_t codings = 0;
    std::int64_t coders = 0;
    std::int64_t memos = 0;
    std::int64_t matrices = 0;
    std::int64_t operations = 0;
};

/// Stable names for enums as stored in the project file and shown in JSON.
const char* toString(AttributeType type);
std::optional<AttributeType> attributeTypeFromString(const std::string& s);
const char* toString(MemoTarget target);
std::optional<MemoTarget> memoTargetFromString(const std::string& s);
const char* toString(MatrixRowKind kind);
std::optional<MatrixRowKind> matrixRowKindFromString(const std::string& s);

}  // namespace edau
