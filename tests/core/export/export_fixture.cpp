// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the export tests: a small Welsh report, and readers for the zips and XML written.
#include "export_fixture.h"

#include <libxml/parser.h>
#include <zip.h>

#include <stdexcept>

namespace edau::test {

namespace {

ReportCell cell(std::vector<std::string> paragraphs, std::vector<int> notes = {}) {
    ReportCell c;
    c.paragraphs = std::move(paragraphs);
    c.notes = std::move(notes);
    return c;
}

ReportLabels welshLabels() {
    ReportLabels l;
    l.notesHeading = "Dyfyniadau";
    l.noteNumber = "Rhif";
    l.caseName = "Achos";
    l.document = "Dogfen";
    l.speaker = "Siaradwr";
    l.position = "Safle";
    l.quote = "Dyfyniad";
    l.notesColumn = "nodiadau";
    return l;
}

}  // namespace

Report welshMatrixReport() {
    Report r;
    r.title = "Profiadau gofalwyr ifanc";
    r.subtitle = "Matrics fframwaith: cefnogaeth a lles";
    r.language = "cy";
    r.labels = welshLabels();
    r.blocks.emplace_back(ReportHeading{1, "Thema 1: Cefnogaeth"});
    r.blocks.emplace_back(ReportParagraph{"Crynodeb o’r achosion, gyda dyfyniadau.", ParagraphRole::Body, {}});
    ReportTable t;
    t.title = "Tabl 1: Cefnogaeth / lles";
    t.columns = {"Achos", "Teulu", "Ysgol", "Gwasanaethau", "Dŵr a bwyd"};
    t.rows.push_back({cell({"Siân"}),
                      cell({"Mae’n teimlo “yn unig” weithiau, ond mae ei mam-gu’n help.", "Ail baragraff | gyda bar"},
                           {1}),
                      cell({"Athrawon yn deall, ar y cyfan"}, {2}),
                      cell({"Dim cyswllt\nâ’r gwasanaethau"}),
                      cell({"Prynu bwyd: ŵ ŷ"}, {3})});
    t.rows.push_back({cell({"Gwŷn"}), cell({"Brawd yn helpu"}), cell({}), cell({"Gweithiwr cymdeithasol"}, {4}),
                      cell({"\"Dim problem\", meddai"})});
    r.blocks.emplace_back(std::move(t));
    r.notes = {
        ReportNote{"Siân", "Cyfweliad Siân", "Siân", "¶ 12–14", "Dw i’n teimlo’n unig weithiau, ti’n gwybod?"},
        ReportNote{"Siân", "Cyfweliad Siân", "Siân", "¶ 20", "Mae’r athrawon yn deall."},
        ReportNote{"Siân", "Cyfweliad Siân", "Siân", "00:14:05", "Dŵr a bwyd\x15 — dyna’r peth."},
        ReportNote{"Gwŷn", "Cyfweliad Gwŷn", "Gwŷn", "¶ 3", "Mae hi’n dod bob wythnos."},
    };
    return r;
}

Report narrowReport() {
    Report r = welshMatrixReport();
    auto& table = std::get<ReportTable>(r.blocks[2]);
    table.columns.resize(3);
    for (auto& row : table.rows) row.resize(3);
    r.notes.resize(2);
    return r;
}

std::map<std::string, std::string> readZip(const std::string& path) {
    int error = 0;
    zip_t* zip = zip_open(path.c_str(), ZIP_RDONLY, &error);
    if (!zip) throw std::runtime_error("not a zip: " + path);
    std::map<std::string, std::string> entries;
    const zip_int64_t count = zip_get_num_entries(zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_index(zip, static_cast<zip_uint64_t>(i), 0, &stat);
        zip_file_t* file = zip_fopen_index(zip, static_cast<zip_uint64_t>(i), 0);
        std::string content(stat.size, '\0');
        if (stat.size > 0) zip_fread(file, content.data(), stat.size);
        zip_fclose(file);
        entries[stat.name] = std::move(content);
    }
    zip_close(zip);
    return entries;
}

std::string xmlProblem(const std::string& xml) {
    xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "part.xml", nullptr,
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (doc) {
        xmlFreeDoc(doc);
        return {};
    }
    const xmlError* error = xmlGetLastError();
    return error && error->message ? error->message : "not well-formed";
}

std::size_t countOf(const std::string& haystack, const std::string& needle) {
    std::size_t count = 0;
    for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + needle.size()))
        ++count;
    return count;
}

}  // namespace edau::test
