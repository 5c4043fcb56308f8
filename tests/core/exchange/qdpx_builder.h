// SPDX-License-Identifier: GPL-3.0-or-later
// Test fixtures for REFI-QDA: zip packages built in memory, and schema validation with libxml2.
#pragma once

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <zip.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace edau::test {

/// UTF-8 of a UTF-32 string (test texts are written as U"..." so their code points are plain to see).
inline std::string toUtf8(const std::u32string& s) {
    std::string out;
    for (char32_t cp : s) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    return out;
}

/// One entry of a zip built by zipBytes.
struct ZipEntry {
    std::string name;
    std::string data;
    bool deflate = true;
};

/// A zip archive, in memory, holding `entries` in order (libzip writes it).
inline std::string zipBytes(const std::vector<ZipEntry>& entries) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer) throw std::runtime_error("zip_source_buffer_create");
    zip_source_keep(buffer);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive) throw std::runtime_error("zip_open_from_source");
    for (const auto& e : entries) {
        zip_source_t* data = zip_source_buffer(archive, e.data.data(), e.data.size(), 0);
        zip_int64_t index = zip_file_add(archive, e.name.c_str(), data, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (index < 0) throw std::runtime_error("zip_file_add " + e.name);
        zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), e.deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 9);
    }
    if (zip_close(archive) != 0) throw std::runtime_error("zip_close");
    zip_source_open(buffer);
    zip_source_seek(buffer, 0, SEEK_END);
    zip_int64_t size = zip_source_tell(buffer);
    zip_source_seek(buffer, 0, SEEK_SET);
    std::string out(static_cast<std::size_t>(size), '\0');
    zip_source_read(buffer, out.data(), static_cast<zip_uint64_t>(size));
    zip_source_close(buffer);
    zip_source_free(buffer);
    zip_error_fini(&error);
    return out;
}

/// The entries of a zip file on disk (to look inside what Edau wrote).
inline std::vector<std::pair<std::string, std::string>> unzipFile(const std::string& path) {
    std::vector<std::pair<std::string, std::string>> out;
    int code = 0;
    zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY, &code);
    if (!archive) throw std::runtime_error("zip_open " + path);
    zip_int64_t n = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &st);
        std::string data(static_cast<std::size_t>(st.size), '\0');
        zip_file_t* f = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
        if (st.size > 0) zip_fread(f, data.data(), st.size);
        zip_fclose(f);
        out.emplace_back(st.name, std::move(data));
    }
    zip_discard(archive);
    return out;
}

/// What the REFI-QDA schema at `xsdPath` says about `xml`: "" when it is valid.
inline std::string schemaErrors(const std::string& xml, const std::string& xsdPath) {
    std::string errors;
    xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(xsdPath.c_str());
    xmlSchemaPtr schema = parser ? xmlSchemaParse(parser) : nullptr;
    if (!schema) {
        if (parser) xmlSchemaFreeParserCtxt(parser);
        return "cannot read the schema " + xsdPath;
    }
    xmlSchemaValidCtxtPtr valid = xmlSchemaNewValidCtxt(schema);
    xmlSchemaSetValidStructuredErrors(
        valid,
        [](void* sink, xmlErrorPtr e) {
            auto* out = static_cast<std::string*>(sink);
            *out += "line " + std::to_string(e->line) + ": " + (e->message ? e->message : "") ;
        },
        &errors);
    xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "project.qde", nullptr, XML_PARSE_NONET);
    if (!doc) {
        errors = "not well-formed";
    } else {
        int rc = xmlSchemaValidateDoc(valid, doc);
        if (rc != 0 && errors.empty()) errors = "invalid (code " + std::to_string(rc) + ")";
        xmlFreeDoc(doc);
    }
    xmlSchemaFreeValidCtxt(valid);
    xmlSchemaFree(schema);
    xmlSchemaFreeParserCtxt(parser);
    return errors;
}

/// A minimal .docx: only word/document.xml, one paragraph per line of `text`.
inline std::string docxBytes(const std::string& text) {
    std::string body;
    std::size_t from = 0;
    while (from <= text.size()) {
        std::size_t end = text.find('\n', from);
        if (end == std::string::npos) end = text.size();
        body += "<w:p><w:r><w:t xml:space=\"preserve\">" + text.substr(from, end - from) + "</w:t></w:r></w:p>";
        from = end + 1;
    }
    return zipBytes({{"word/document.xml",
                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
                      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
                          body + "</w:body></w:document>"}});
}

}  // namespace edau::test
