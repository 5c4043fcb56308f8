// SPDX-License-Identifier: GPL-3.0-or-later
/// A REFI-QDA project as plain values: what a .qdpx or .qdc holds, between Edau's store and the XML.
///
/// Positions of selections are Unicode code point offsets, end exclusive, into QdaSource::text,
/// which is the text as Edau stores it (NFC, "\n" line breaks): the writer emits them as they
/// are; the reader has already converted whatever convention the file used (see
/// edau/exchange/offset_convention.h). GUIDs are canonical lower-case 8-4-4-4-12.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace edau {

/// The value types REFI-QDA variables have (typeOfVariable).
enum class QdaVariableType { Text, Boolean, Integer, Float, Date, DateTime };

/// The schema's name for a variable type ("Text", "Float", ...).
const char* toString(QdaVariableType type);

/// Someone who worked on the project (a coder, in Edau).
struct QdaUser {
    std::string guid;
    std::string name;
};

/// A code with its sub-codes.
struct QdaCode {
    std::string guid;
    std::string name;
    std::string description;
    std::string colour;  ///< "#RRGGBB", or "" for none
    bool codable = true;
    std::vector<std::string> noteGuids;  ///< notes (memos) on the code
    std::vector<QdaCode> children;
};

/// A code applied to a selection (or to a whole source).
struct QdaCoding {
    std::string guid;
    std::string codeGuid;
    std::string userGuid;  ///< who coded; "" when the file does not say
    std::string created;   ///< xsd:dateTime, or ""
    std::vector<std::string> noteGuids;
};

/// A passage of a source's text and the codes applied to it.
struct QdaSelection {
    std::string guid;
    std::string name;
    std::int64_t start = 0;  ///< code points into QdaSource::text, inclusive
    std::int64_t end = 0;    ///< exclusive
    std::string userGuid;
    std::string created;
    std::string modified;
    std::vector<QdaCoding> codings;
    std::vector<std::string> noteGuids;
};

/// A variable's value for one case (or source).
struct QdaVariableValue {
    std::string variableGuid;
    std::string value;  ///< as written in the file (TextValue, FloatValue, DateValue...)
};

/// A text source: its plain text, its coded passages, its notes.
struct QdaSource {
    std::string guid;
    std::string name;
    std::string description;
    std::string text;            ///< NFC, "\n" line breaks: what the selections' positions count
    std::string format = "txt";  ///< where the text came from: "txt", "docx" (rich text only) or "pdf" (its text representation)
    std::string userGuid;
    std::string created;
    std::string modified;
    std::vector<QdaSelection> selections;
    std::vector<QdaCoding> wholeSourceCodings;  ///< codings of the source as a whole
    std::vector<std::string> noteGuids;
    std::vector<QdaVariableValue> variableValues;
};

/// A case attribute (REFI calls it a variable).
struct QdaVariable {
    std::string guid;
    std::string name;
    std::string description;
    QdaVariableType type = QdaVariableType::Text;
};

/// A case: its variables' values and the sources that belong to it.
struct QdaCase {
    std::string guid;
    std::string name;
    std::string description;
    std::vector<QdaVariableValue> values;
    std::vector<std::string> sourceGuids;
    std::vector<std::string> selectionGuids;  ///< parts of sources (Edau links whole documents only)
    std::vector<std::string> codeGuids;
};

/// A note (an Edau memo or framework cell summary).
struct QdaNote {
    std::string guid;
    std::string name;
    std::string text;
    std::string userGuid;
    std::string created;
    std::string modified;
    std::vector<std::string> noteGuids;  ///< notes on this note
};

/// A link between two things of the project by GUID (a note and what it is about, for instance).
struct QdaLink {
    std::string guid;
    std::string name;
    std::string originGuid;
    std::string targetGuid;
};

/// A named group of codes, sources and notes.
struct QdaSet {
    std::string guid;
    std::string name;
    std::string description;
    std::vector<std::string> codeGuids;
    std::vector<std::string> sourceGuids;
    std::vector<std::string> noteGuids;
};

/// A whole REFI-QDA project (a .qdc fills only `codes`).
struct QdaProject {
    std::string name;
    std::string origin;  ///< the program that wrote it
    std::string description;
    std::vector<QdaUser> users;
    std::vector<QdaCode> codes;  ///< the codebook's top-level codes
    std::vector<QdaVariable> variables;
    std::vector<QdaCase> cases;
    std::vector<QdaSource> sources;
    std::vector<QdaNote> notes;
    std::vector<QdaLink> links;
    std::vector<QdaSet> sets;
    std::vector<std::string> noteGuids;  ///< notes on the project as a whole
};

}  // namespace edau
