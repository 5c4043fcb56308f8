// SPDX-License-Identifier: GPL-3.0-or-later
// Writing an Office Open XML package (a zip of XML parts) with libzip.
#include "zip_package_writer.h"

#include <zip.h>

#include "prepared_report.h"

namespace edau::exporters {

struct ZipPackageWriter::Archive {
    zip_t* zip = nullptr;
};

namespace {

std::string zipErrorText(zip_t* zip) { return zip_error_strerror(zip_get_error(zip)); }

}  // namespace

ZipPackageWriter::ZipPackageWriter(const std::string& path, std::string fileLabel)
    : m_fileLabel(std::move(fileLabel)) {
    int code = 0;
    zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!zip) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        std::string reason = zip_error_strerror(&error);
        zip_error_fini(&error);
        throwCannotWrite(m_fileLabel, reason);
    }
    m_archive = std::make_unique<Archive>();
    m_archive->zip = zip;
}

ZipPackageWriter::~ZipPackageWriter() {
    if (m_archive && m_archive->zip) zip_discard(m_archive->zip);
}

void ZipPackageWriter::add(const std::string& name, std::string content) {
    const std::string& stored = m_contents.emplace_back(std::move(content));
    zip_source_t* source = zip_source_buffer(m_archive->zip, stored.data(), stored.size(), 0);
    if (!source) throwCannotWrite(m_fileLabel, zipErrorText(m_archive->zip));
    if (zip_file_add(m_archive->zip, name.c_str(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
        zip_source_free(source);
        throwCannotWrite(m_fileLabel, zipErrorText(m_archive->zip));
    }
}

void ZipPackageWriter::close() {
    if (zip_close(m_archive->zip) != 0) {
        const std::string reason = zipErrorText(m_archive->zip);
        throwCannotWrite(m_fileLabel, reason);  // the destructor discards what is left
    }
    m_archive->zip = nullptr;
}

}  // namespace edau::exporters
