// SPDX-License-Identifier: GPL-3.0-or-later
// Import into a project: sources (one transaction each), case sheets and codebooks.
#include "edau/app/import_service.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "edau/app/code_paths.h"
#include "edau/app/exchange_service.h"
#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/base/sha256.h"
#include "edau/import/table_reader.h"
#include "edau/store/project_store.h"
#include "edau/text/unicode.h"

namespace edau {

namespace {
namespace fs = std::filesystem;

/// Office lock files, editor backups and system files that sit in transcript folders.
bool isTemporaryFile(const fs::path& p) {
    std::string name = p.filename().string();
    return name.empty() || name[0] == '.' || name.rfind("~$", 0) == 0 || name.back() == '~' ||
           name == "Thumbs.db" || name == "desktop.ini";
}

/// A name not yet used by a document: "Siân", then "Siân (2)", "Siân (3)"...
std::string freeDocumentName(const ProjectStore& store, const std::string& wanted) {
    if (!store.documentByName(wanted)) return wanted;
    for (int n = 2;; ++n) {
        std::string candidate = wanted + " (" + std::to_string(n) + ")";
        if (!store.documentByName(candidate)) return candidate;
    }
}

std::string trim(const std::string& s) {
    auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}
}  // namespace

std::vector<std::string> expandImportPaths(const std::vector<std::string>& paths, std::vector<FailedSource>& skipped) {
    std::vector<std::string> files;
    for (const auto& path : paths) {
        std::error_code ec;
        if (fs::is_directory(path, ec)) {
            std::vector<std::string> found;
            for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
                 !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
                const auto& entry = *it;
                if (isTemporaryFile(entry.path())) {
                    if (entry.is_directory()) it.disable_recursion_pending();
                    continue;
                }
                if (!entry.is_regular_file()) continue;
                if (sourceFormatOf(entry.path().string()).empty()) {
                    skipped.push_back({entry.path().string(),
                                       Message(EDAU_MSG("{file} is not a kind of file Edau imports as a source"))
                                           .arg("file", entry.path().string())});
                    continue;
                }
                found.push_back(entry.path().string());
            }
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else {
            files.push_back(path);
        }
    }
    return files;
}

ReadSource readSourceForImport(const std::string& file, const SourceReadOptions& options) {
    ReadSource read;
    read.file = file;
    try {
        read.content = readSourceFile(file, options);
        // A language the user named (--language cy|en) is theirs, not a guess: search lets it
        // override per-passage detection.
        read.content->draft.languageSetByUser = options.language == "cy" || options.language == "en";
    } catch (const Error& e) {
        if (e.kind() == ErrorKind::Internal) throw;
        read.failure = e.message();
    } catch (const std::bad_alloc&) {
        read.content.reset();
        read.failure = Message(EDAU_MSG("{file} is too large to read into memory")).arg("file", file);
    }
    return read;
}

struct SourceStorer::Impl {
    ProjectStore& store;
    CaseFrom caseFrom;
    /// File name + length -> (content hash, document): a hash is computed only when both match.
    std::map<std::string, std::vector<std::pair<std::string, std::string>>> importedAlready;
};

SourceStorer::SourceStorer(Workbench& bench, const ImportRequest& request)
    : m_impl(std::make_unique<Impl>(Impl{bench.store(), request.caseFrom, {}})) {
    for (const auto& d : m_impl->store.documents())
        m_impl->importedAlready[d.originalFileName + '\n' + std::to_string(d.characters)].emplace_back(d.contentHash, d.name);
}

SourceStorer::~SourceStorer() = default;

void SourceStorer::store(ReadSource source, ImportReport& report) {
    const std::string& file = source.file;
    if (!source.content) {
        report.failed.push_back(
            {file, source.failure ? *source.failure : Message(EDAU_MSG("{file} could not be read")).arg("file", file)});
        return;
    }
    ProjectStore& store = m_impl->store;
    SourceContent& content = *source.content;
    try {
        // The same text from a file of the same name is already here: importing a folder
        // twice must not double the data.
        auto key = content.draft.originalFileName + '\n' + std::to_string(text::codePointCount(content.draft.text));
        if (auto known = m_impl->importedAlready.find(key); known != m_impl->importedAlready.end()) {
            std::string hash = sha256Hex(content.draft.text);
            for (const auto& [knownHash, name] : known->second)
                if (knownHash == hash) {
                    report.skipped.push_back({file, Message(EDAU_MSG("{file} is already in the project as document {document}"))
                                                        .arg("file", file)
                                                        .arg("document", name)});
                    return;
                }
        }
        ImportedSource done;
        store.write([&] {
            content.draft.name = freeDocumentName(store, content.draft.name);
            Document doc = store.addDocument(content.draft, content.turns);
            if (m_impl->caseFrom == CaseFrom::FileName) {
                std::string caseName = fs::path(file).stem().string();
                auto existing = store.caseByName(caseName);
                Case c = existing ? *existing : store.addCase(caseName);
                store.setDocumentCase(doc.id, c.id);
                done.caseName = c.name;
            }
            done.file = file;
            done.documentUuid = doc.uuid;
            done.documentName = doc.name;
            done.format = doc.format;
            done.encoding = doc.encoding;
            done.language = doc.language;
            done.characters = doc.characters;
            done.turns = static_cast<std::int64_t>(content.turns.size());
            done.notes = content.notes;
        });
        m_impl->importedAlready[key].emplace_back(sha256Hex(content.draft.text), done.documentName);
        report.imported.push_back(std::move(done));
    } catch (const Error& e) {
        if (e.kind() == ErrorKind::Project || e.kind() == ErrorKind::Internal) throw;
        report.failed.push_back({file, e.message()});
    } catch (const std::bad_alloc&) {
        report.failed.push_back({file, Message(EDAU_MSG("{file} is too large to read into memory")).arg("file", file)});
    }
}

ImportReport importSources(Workbench& bench, const ImportRequest& request, const ImportProgress& progress) {
    ImportReport report;
    ProjectStore& store = bench.store();
    std::vector<std::string> files = expandImportPaths(request.paths, report.skipped);
    SourceStorer storer(bench, request);
    struct BulkScope {
        ProjectStore& store;
        explicit BulkScope(ProjectStore& s) : store(s) { store.setBulkWrites(true); }
        ~BulkScope() {
            try {
                store.setBulkWrites(false);
            } catch (...) {  // destructors never throw; the next commit syncs anyway
            }
        }
    } bulk(store);
    for (std::size_t i = 0; i < files.size(); ++i) {
        const std::string& file = files[i];
        if (progress && !progress(i, files.size(), file)) {
            report.cancelled = true;
            break;
        }
        storer.store(readSourceForImport(file, request.read), report);
    }
    if (progress && !report.cancelled) progress(files.size(), files.size(), {});
    return report;
}

CaseSheetReport importCaseSheet(Workbench& bench, const std::string& path) {
    auto rows = readTable(path);
    if (rows.empty())
        throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file} is empty: a case sheet needs a header row and one row per case"))
                                            .arg("file", path));
    std::vector<std::string> header;
    for (const auto& h : rows.front()) header.push_back(trim(h));
    if (header.empty() || header.size() < 1)
        throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file} has no header row")).arg("file", path));
    std::set<std::string> seenHeaders;
    for (std::size_t col = 1; col < header.size(); ++col) {
        if (header[col].empty())
            throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file}: column {column} has no name in the header row"))
                                                .arg("file", path)
                                                .arg("column", static_cast<long long>(col + 1)));
        if (!seenHeaders.insert(header[col]).second)
            throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file}: the column {name} appears twice in the header row"))
                                                .arg("file", path)
                                                .arg("name", header[col]));
    }
    CaseSheetReport report;
    ProjectStore& store = bench.store();
    store.write([&] {
        std::vector<std::optional<Attribute>> attributes(header.size());
        for (std::size_t col = 1; col < header.size(); ++col) {
            std::vector<std::string> values;
            for (std::size_t r = 1; r < rows.size(); ++r)
                if (col < rows[r].size()) values.push_back(trim(rows[r][col]));
            if (auto existing = store.attributeByName(header[col])) {
                attributes[col] = existing;
            } else {
                attributes[col] = store.addAttribute(header[col], inferAttributeType(values));
                report.attributesCreated.push_back(header[col]);
            }
        }
        std::set<std::string> seenCases;
        for (std::size_t r = 1; r < rows.size(); ++r) {
            const auto& row = rows[r];
            std::string name = row.empty() ? std::string() : trim(row[0]);
            if (name.empty()) {
                bool blank = std::all_of(row.begin(), row.end(), [](const std::string& v) { return trim(v).empty(); });
                if (blank) continue;
                throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file}, row {row}: the first column must name the case"))
                                                    .arg("file", path)
                                                    .arg("row", static_cast<long long>(r + 1)));
            }
            if (!seenCases.insert(name).second)
                throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file}, row {row}: the case {case} appears twice in the sheet"))
                                                    .arg("file", path)
                                                    .arg("row", static_cast<long long>(r + 1))
                                                    .arg("case", name));
            auto existing = store.caseByName(name);
            Case c = existing ? *existing : store.addCase(name);
            if (existing) {
                ++report.casesUpdated;
            } else {
                ++report.casesCreated;
                if (auto doc = store.documentByName(name); doc && !doc->caseId) {
                    store.setDocumentCase(doc->id, c.id);
                    ++report.documentsLinked;
                }
            }
            for (std::size_t col = 1; col < header.size() && col < row.size(); ++col) {
                std::string value = trim(row[col]);
                if (value.empty()) continue;
                const Attribute& a = *attributes[col];
                if (inferAttributeType({value}) != a.type && a.type != AttributeType::Text &&
                    a.type != AttributeType::Category)
                    throwError(ErrorKind::BadInput,
                               Message(a.type == AttributeType::Number
                                           ? EDAU_MSG("{file}, row {row}: {value} is not a number, but the attribute {attribute} holds numbers")
                                           : EDAU_MSG("{file}, row {row}: {value} is not a date written YYYY-MM-DD, but the attribute {attribute} holds dates"))
                                   .arg("file", path)
                                   .arg("row", static_cast<long long>(r + 1))
                                   .arg("value", value)
                                   .arg("attribute", a.name));
                store.setAttributeValue(c.id, a.id, value);
                ++report.valuesSet;
            }
        }
    });
    return report;
}

namespace {

/// Creates the codes along `names` as needed; returns the last one.
Code ensureCodePath(ProjectStore& store, const std::vector<std::string>& names, CodebookReport& report,
                    const std::string& file) {
    std::optional<RowId> parent;
    std::optional<Code> current;
    for (const auto& raw : names) {
        std::string name = trim(raw);
        if (name.empty())
            throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file}: a code path has an empty name in it")).arg("file", file));
        current.reset();
        for (const auto& c : store.codes())
            if (c.parentId == parent && c.name == text::toNfc(name)) current = c;
        if (!current) {
            current = store.addCode(name, parent);
            ++report.codesCreated;
        } else if (&raw == &names.back()) {
            ++report.codesExisting;
        }
        parent = current->id;
    }
    return *current;
}

void applyDescription(ProjectStore& store, Code code, const std::string& description, const std::string& colour,
                      CodebookReport& report) {
    bool changed = false;
    if (!description.empty() && code.description != description) {
        code.description = description;
        changed = true;
        ++report.descriptionsSet;
    }
    if (!colour.empty() && code.colour != colour) {
        code.colour = colour;
        changed = true;
    }
    if (changed) store.updateCode(code);
}

}  // namespace

CodebookReport importCodebook(Workbench& bench, const std::string& path) {
    ProjectStore& store = bench.store();
    CodebookReport report;
    std::string ext = lower(fs::path(path).extension().string());
    if (ext == ".csv" || ext == ".tsv" || ext == ".xlsx") {
        auto rows = readTable(path);
        if (rows.empty()) throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file} is empty")).arg("file", path));
        int codeCol = -1, descCol = -1, colourCol = -1, parentCol = -1;
        const auto& header = rows.front();
        for (std::size_t c = 0; c < header.size(); ++c) {
            std::string h = lower(trim(header[c]));
            if (codeCol < 0 && (h == "code" || h == "name" || h == "path" || h == "code name" || h == "cod" || h == "theme"))
                codeCol = static_cast<int>(c);
            else if (descCol < 0 && (h == "description" || h == "definition" || h == "disgrifiad" || h == "memo"))
                descCol = static_cast<int>(c);
            else if (colourCol < 0 && (h == "colour" || h == "color" || h == "lliw"))
                colourCol = static_cast<int>(c);
            else if (parentCol < 0 && (h == "parent" || h == "category" || h == "theme group"))
                parentCol = static_cast<int>(c);
        }
        std::size_t firstRow = 1;
        if (codeCol < 0) {  // no recognisable header: code, description
            codeCol = 0;
            descCol = header.size() > 1 ? 1 : -1;
            firstRow = 0;
        }
        store.write([&] {
            for (std::size_t r = firstRow; r < rows.size(); ++r) {
                const auto& row = rows[r];
                auto cell = [&](int c) { return c >= 0 && static_cast<std::size_t>(c) < row.size() ? trim(row[c]) : std::string(); };
                std::string codePathText = cell(codeCol);
                if (codePathText.empty()) continue;
                std::vector<std::string> names;
                if (std::string parent = cell(parentCol); !parent.empty()) {
                    names = splitCodePath(parent);
                    for (auto& n : splitCodePath(codePathText)) names.push_back(n);
                } else {
                    names = splitCodePath(codePathText);
                }
                std::string colour = cell(colourCol);
                if (!colour.empty() && colour[0] != '#') colour = "#" + colour;
                if (colour.size() != 7) colour.clear();
                Code code = ensureCodePath(store, names, report, path);
                applyDescription(store, code, cell(descCol), colour, report);
            }
        });
    } else if (ext == ".txt" || ext == ".text") {
        SourceReadOptions options;
        options.detectTurns = false;
        SourceContent content = readSourceFile(path, options);
        store.write([&] {
            // Indentation gives the hierarchy: a stack of (indent, names-so-far).
            std::vector<std::pair<std::size_t, std::vector<std::string>>> stack;
            std::size_t start = 0;
            const std::string& t = content.draft.text;
            while (start <= t.size()) {
                std::size_t end = t.find('\n', start);
                if (end == std::string::npos) end = t.size();
                std::string line = t.substr(start, end - start);
                start = end + 1;
                std::size_t indent = 0;
                for (char ch : line) {
                    if (ch == ' ') ++indent;
                    else if (ch == '\t') indent += 4;
                    else break;
                }
                std::string body = trim(line);
                if (body.empty() || body[0] == '#') {
                    if (end >= t.size()) break;
                    continue;
                }
                std::string description;
                if (auto tab = body.find('\t'); tab != std::string::npos) {
                    description = trim(body.substr(tab + 1));
                    body = trim(body.substr(0, tab));
                }
                std::vector<std::string> names;
                if (body.find(">>") != std::string::npos) {
                    std::size_t from = 0;
                    for (;;) {
                        auto sep = body.find(">>", from);
                        names.push_back(trim(body.substr(from, sep == std::string::npos ? std::string::npos : sep - from)));
                        if (sep == std::string::npos) break;
                        from = sep + 2;
                    }
                } else {
                    for (auto& n : splitCodePath(body)) names.push_back(n);
                    while (!stack.empty() && stack.back().first >= indent) stack.pop_back();
                    if (!stack.empty()) {
                        std::vector<std::string> full = stack.back().second;
                        full.insert(full.end(), names.begin(), names.end());
                        names = std::move(full);
                    }
                    stack.emplace_back(indent, names);
                }
                Code code = ensureCodePath(store, names, report, path);
                applyDescription(store, code, description, {}, report);
                if (end >= t.size()) break;
            }
        });
    } else if (ext == ".qdc") {
        // A REFI-QDA codebook: codes matched by GUID, then by name in the same place, as import-qdpx does.
        QdpxImportReport imported = importQdpx(bench, path);
        report.codesCreated = imported.added.codes;
        report.codesExisting = imported.already.codes;
    } else {
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file}: codebooks must be .csv, .xlsx or .txt files")).arg("file", path));
    }
    return report;
}

}  // namespace edau
