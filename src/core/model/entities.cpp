// SPDX-License-Identifier: GPL-3.0-or-later
// Names of the model's enums as stored in the project file.
#include "edau/model/entities.h"

namespace edau {

const char* toString(AttributeType type) {
    switch (type) {
        case AttributeType::Text: return "text";
        case AttributeType::Number: return "number";
        case AttributeType::Date: return "date";
        case AttributeType::Category: return "category";
    }
    return "text";
}

std::optional<AttributeType> attributeTypeFromString(const std::string& s) {
    if (s == "text") return AttributeType::Text;
    if (s == "number") return AttributeType::Number;
    if (s == "date") return AttributeType::Date;
    if (s == "category") return AttributeType::Category;
    return std::nullopt;
}

const char* toString(MemoTarget target) {
    switch (target) {
        case MemoTarget::Project: return "project";
        case MemoTarget::Document: return "document";
        case MemoTarget::Code: return "code";
        case MemoTarget::Case: return "case";
        case MemoTarget::Coding: return "coding";
        case MemoTarget::MatrixCell: return "matrix-cell";
    }
    return "project";
}

std::optional<MemoTarget> memoTargetFromString(const std::string& s) {
    for (auto t : {MemoTarget::Project, MemoTarget::Document, MemoTarget::Code, MemoTarget::Case,
                   MemoTarget::Coding, MemoTarget::MatrixCell})
        if (s == toString(t)) return t;
    return std::nullopt;
}

const char* toString(MatrixRowKind kind) {
    switch (kind) {
        case MatrixRowKind::Case: return "case";
        case MatrixRowKind::Document: return "document";
    }
    return "case";
}

std::optional<MatrixRowKind> matrixRowKindFromString(const std::string& s) {
    if (s == "case") return MatrixRowKind::Case;
    if (s == "document") return MatrixRowKind::Document;
    return std::nullopt;
}

}  // namespace edau
