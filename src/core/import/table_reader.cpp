// SPDX-License-Identifier: GPL-3.0-or-later
// Tables for case sheets and codebooks: delimited text with a detected separator, or XLSX.
#include "edau/import/table_reader.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "edau/base/error.h"
#include "edau/import/source_reader.h"
#include "text_decoding.h"
#include "xlsx_reader.h"

namespace edau {

namespace {

constexpr std::uintmax_t kMaxTableBytes = 64ull * 1024 * 1024;

std::string readBytes(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::exists(path, ec))
        throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no file at {file}")).arg("file", path));
    if (!fs::is_regular_file(path, ec))
        throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file} is not a file")).arg("file", path));
    if (fs::file_size(path, ec) > kMaxTableBytes)
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} is too large for a case sheet or codebook (the limit is 64 MB)")).arg("file", path));
    std::ifstream in(path, std::ios::binary);
    if (!in) throwError(ErrorKind::Environment, Message(EDAU_MSG("Cannot read {file}: permission denied")).arg("file", path));
    std::ostringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

char detectDelimiter(const std::string& text) {
    std::string_view firstLine(text);
    firstLine = firstLine.substr(0, firstLine.find('\n'));
    auto count = [&](char c) { return std::count(firstLine.begin(), firstLine.end(), c); };
    long commas = count(','), semicolons = count(';'), tabs = count('\t');
    if (tabs > commas && tabs >= semicolons) return '\t';
    if (semicolons > commas) return ';';
    return ',';
}

}  // namespace

std::vector<std::vector<std::string>> parseDelimited(const std::string& input, char delimiter) {
    std::vector<std::vector<std::string>> rows;
    std::string_view s(input);
    if (s.rfind("\xEF\xBB\xBF", 0) == 0) s.remove_prefix(3);
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, fieldStarted = false, rowHadQuotes = false;
    std::size_t line = 1, quoteLine = 0;
    auto endRow = [&] {
        row.push_back(std::move(field));
        field.clear();
        fieldStarted = false;
        // A line with nothing on it is no row; a line holding "" is a row with one empty cell.
        if (!(row.size() == 1 && row[0].empty() && !rowHadQuotes)) rows.push_back(std::move(row));
        row.clear();
        rowHadQuotes = false;
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < s.size() && s[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n') ++line;
                field += c;
            }
            continue;
        }
        if (c == '"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            rowHadQuotes = true;
            quoteLine = line;
        } else if (c == delimiter) {
            row.push_back(std::move(field));
            field.clear();
            fieldStarted = false;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
            ++line;
            endRow();
        } else {
            field += c;  // includes a quote inside an unquoted field, and text after a closing quote
            fieldStarted = true;
        }
    }
    if (quoted)
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("the quote that opens a cell on line {line} is never closed")).arg("line", static_cast<long long>(quoteLine)));
    if (fieldStarted || !row.empty()) endRow();
    return rows;
}

std::vector<std::vector<std::string>> parseCsv(const std::string& text) { return parseDelimited(text, ','); }

std::vector<std::vector<std::string>> readTable(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::string bytes = readBytes(path);
    if (ext == ".xlsx") return importers::readXlsxFirstSheet(bytes, path);
    if (ext != ".csv" && ext != ".tsv" && ext != ".txt")
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file}: case sheets must be .csv or .xlsx files")).arg("file", path));
    importers::DecodedText decoded = importers::decodeText(bytes, "auto", path);
    if (decoded.text.find('\0') != std::string::npos)
        throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file} looks like a binary file, not a table")).arg("file", path));
    try {
        return parseDelimited(decoded.text, ext == ".tsv" ? '\t' : detectDelimiter(decoded.text));
    } catch (const Error& e) {
        throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file}: {reason}")).arg("file", path).arg("reason", e.message().str()));
    }
}

}  // namespace edau
