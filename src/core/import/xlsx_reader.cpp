// SPDX-License-Identifier: GPL-3.0-or-later
// The first worksheet of an XLSX workbook as rows of text (case sheets, codebooks).
#include "xlsx_reader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "edau/base/error.h"
#include "xml_document.h"
#include "zip_archive.h"

namespace edau::importers {

namespace {

constexpr std::size_t kMaxRows = 1'000'000;
constexpr std::size_t kMaxColumns = 16'384;

// Elements are matched by local name so both transitional and strict OOXML namespaces work.
bool named(const xmlNode* n, std::string_view name) { return n && xml::localName(n) == name; }

const xmlNode* childNamed(const xmlNode* parent, std::string_view name) {
    for (const xmlNode* c = xml::firstElement(parent); c; c = xml::nextElement(c))
        if (named(c, name)) return c;
    return nullptr;
}

std::optional<std::string> attr(const xmlNode* n, std::string_view name) {
    if (auto v = xml::attribute(n, "", name)) return v;
    for (const xmlAttr* a = n->properties; a; a = a->next)
        if (a->name && std::string_view(reinterpret_cast<const char*>(a->name)) == name && a->children)
            return std::string(xml::text(a->children));
    return std::nullopt;
}

/// All text under a node (for <si> rich text runs and inline strings), skipping phonetic runs.
void collectText(const xmlNode* node, std::string& out) {
    for (const xmlNode* c = node->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            out += xml::text(c);
        } else if (c->type == XML_ELEMENT_NODE && !named(c, "rPh") && !named(c, "phoneticPr")) {
            collectText(c, out);
        }
    }
}

/// Number formats that show dates: the built-in ids, or a custom code with d/m/y outside
/// quoted text and [..] sections.
bool isDateFormat(int id, const std::string& code) {
    if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return true;
    if (code.empty()) return false;
    bool quoted = false, bracket = false, hasDate = false;
    for (char ch : code) {
        if (ch == '"') quoted = !quoted;
        else if (!quoted && ch == '[') bracket = true;
        else if (!quoted && ch == ']') bracket = false;
        else if (!quoted && !bracket && (ch == 'd' || ch == 'D' || ch == 'y' || ch == 'Y')) hasDate = true;
    }
    return hasDate;
}

std::string serialToIsoDate(double serial, bool date1904) {
    auto days = static_cast<long long>(std::floor(serial));
    if (date1904) days += 1462;
    if (days >= 60) --days;  // Excel counts 1900-02-29, which never was
    // Days since 1899-12-31 → civil date (algorithm from the proleptic Gregorian calendar).
    // Serial 1 is 1900-01-01, which is day 693901 counted from 0000-03-01.
    long long z = days - 1 + 693901;
    long long era = (z >= 0 ? z : z - 146096) / 146097;
    long long doe = z - era * 146097;
    long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long long y = yoe + era * 400;
    long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long long mp = (5 * doy + 2) / 153;
    long long d = doy - (153 * mp + 2) / 5 + 1;
    long long m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2) ++y;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lld", y, m, d);
    return buf;
}

std::string cleanNumber(const std::string& raw) {
    char* end = nullptr;
    double v = std::strtod(raw.c_str(), &end);
    if (end != raw.c_str() + raw.size() || !std::isfinite(v)) return raw;
    if (v == std::floor(v) && std::fabs(v) < 1e15) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.0f", v);
        return buf;
    }
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return buf;
}

/// "BC12" → 54 (0-based column); nullopt when malformed.
std::optional<std::size_t> columnOf(const std::string& ref) {
    std::size_t col = 0, letters = 0;
    for (char ch : ref) {
        if (ch >= 'A' && ch <= 'Z') {
            col = col * 26 + static_cast<std::size_t>(ch - 'A' + 1);
            if (++letters > 3) return std::nullopt;
        } else {
            break;
        }
    }
    if (letters == 0 || col > kMaxColumns) return std::nullopt;
    return col - 1;
}

std::string resolveTarget(const std::string& target) {
    if (!target.empty() && target[0] == '/') return target.substr(1);
    return "xl/" + target;
}

}  // namespace

std::vector<std::vector<std::string>> readXlsxFirstSheet(std::string_view bytes, const std::string& fileLabel) {
    if (!ZipArchive::looksLikeZip(bytes))
        throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file} is not an Excel workbook (.xlsx)")).arg("file", fileLabel));
    ZipArchive zip(bytes, fileLabel, ZipLimits{});
    auto workbookXml = zip.read("xl/workbook.xml");
    if (!workbookXml)
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} is damaged or not an Excel workbook: its workbook part is missing")).arg("file", fileLabel));
    XmlDocument workbook = XmlDocument::parse(*workbookXml, fileLabel, "xl/workbook.xml");
    bool date1904 = false;
    if (const xmlNode* pr = childNamed(workbook.root(), "workbookPr"))
        if (auto v = attr(pr, "date1904")) date1904 = *v == "1" || *v == "true";

    std::string sheetPart = "xl/worksheets/sheet1.xml";
    const xmlNode* sheets = childNamed(workbook.root(), "sheets");
    const xmlNode* firstSheet = sheets ? childNamed(sheets, "sheet") : nullptr;
    if (firstSheet) {
        std::optional<std::string> rid;
        for (const xmlAttr* a = firstSheet->properties; a; a = a->next)
            if (a->name && std::string_view(reinterpret_cast<const char*>(a->name)) == "id" && a->children)
                rid = std::string(xml::text(a->children));
        if (auto rels = zip.read("xl/_rels/workbook.xml.rels"); rels && rid) {
            XmlDocument relDoc = XmlDocument::parse(*rels, fileLabel, "xl/_rels/workbook.xml.rels");
            for (const xmlNode* r = xml::firstElement(relDoc.root()); r; r = xml::nextElement(r))
                if (named(r, "Relationship") && attr(r, "Id") == rid)
                    if (auto target = attr(r, "Target")) sheetPart = resolveTarget(*target);
        }
    }

    std::vector<std::string> shared;
    if (auto sst = zip.read("xl/sharedStrings.xml")) {
        XmlDocument doc = XmlDocument::parse(*sst, fileLabel, "xl/sharedStrings.xml");
        for (const xmlNode* si = xml::firstElement(doc.root()); si; si = xml::nextElement(si)) {
            if (!named(si, "si")) continue;
            std::string s;
            collectText(si, s);
            shared.push_back(std::move(s));
        }
    }

    std::vector<bool> dateStyle;
    if (auto styles = zip.read("xl/styles.xml")) {
        XmlDocument doc = XmlDocument::parse(*styles, fileLabel, "xl/styles.xml");
        std::map<int, std::string> customFormats;
        if (const xmlNode* fmts = childNamed(doc.root(), "numFmts"))
            for (const xmlNode* f = xml::firstElement(fmts); f; f = xml::nextElement(f))
                if (auto id = attr(f, "numFmtId"))
                    customFormats[std::atoi(id->c_str())] = attr(f, "formatCode").value_or("");
        if (const xmlNode* xfs = childNamed(doc.root(), "cellXfs"))
            for (const xmlNode* xf = xml::firstElement(xfs); xf; xf = xml::nextElement(xf)) {
                int id = std::atoi(attr(xf, "numFmtId").value_or("0").c_str());
                auto custom = customFormats.find(id);
                dateStyle.push_back(isDateFormat(id, custom == customFormats.end() ? std::string() : custom->second));
            }
    }

    auto sheetXml = zip.read(sheetPart);
    if (!sheetXml)
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} is damaged: its first worksheet is missing")).arg("file", fileLabel));
    XmlDocument sheet = XmlDocument::parse(*sheetXml, fileLabel, sheetPart);
    std::vector<std::vector<std::string>> rows;
    const xmlNode* data = childNamed(sheet.root(), "sheetData");
    if (!data) return rows;
    for (const xmlNode* row = xml::firstElement(data); row; row = xml::nextElement(row)) {
        if (!named(row, "row")) continue;
        std::size_t index = rows.size();
        if (auto r = attr(row, "r")) {
            long long n = std::atoll(r->c_str());
            if (n >= 1 && static_cast<std::size_t>(n) <= kMaxRows) index = static_cast<std::size_t>(n - 1);
        }
        if (index >= kMaxRows)
            throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file} has more than a million rows")).arg("file", fileLabel));
        if (index < rows.size()) index = rows.size();  // out-of-order rows are appended
        rows.resize(index + 1);
        auto& cells = rows[index];
        for (const xmlNode* c = xml::firstElement(row); c; c = xml::nextElement(c)) {
            if (!named(c, "c")) continue;
            std::size_t col = cells.size();
            if (auto ref = attr(c, "r"))
                if (auto parsed = columnOf(*ref)) col = *parsed;
            if (col >= kMaxColumns) continue;
            std::string type = attr(c, "t").value_or("n");
            std::string value;
            if (type == "inlineStr") {
                if (const xmlNode* is = childNamed(c, "is")) collectText(is, value);
            } else if (const xmlNode* v = childNamed(c, "v")) {
                std::string raw;
                collectText(v, raw);
                if (type == "s") {
                    std::size_t i = static_cast<std::size_t>(std::atoll(raw.c_str()));
                    value = i < shared.size() ? shared[i] : std::string();
                } else if (type == "b") {
                    value = raw == "1" ? "TRUE" : "FALSE";
                } else if (type == "n") {
                    std::size_t style = static_cast<std::size_t>(std::atoll(attr(c, "s").value_or("0").c_str()));
                    char* end = nullptr;
                    double serial = std::strtod(raw.c_str(), &end);
                    if (style < dateStyle.size() && dateStyle[style] && end != raw.c_str() && serial >= 1 && serial < 2958466)
                        value = serialToIsoDate(serial, date1904);
                    else
                        value = cleanNumber(raw);
                } else {
                    value = raw;  // str (formula text result), e (error), d (ISO date)
                }
            }
            if (cells.size() <= col) cells.resize(col + 1);
            cells[col] = std::move(value);
        }
    }
    // Trailing empty rows (formatting only) are not data.
    while (!rows.empty() &&
           std::all_of(rows.back().begin(), rows.back().end(), [](const std::string& v) { return v.empty(); }))
        rows.pop_back();
    return rows;
}

}  // namespace edau::importers
