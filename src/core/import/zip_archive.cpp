// SPDX-License-Identifier: GPL-3.0-or-later
// A small read-only zip reader over libzip for documents held in memory, with bomb caps.
#include "zip_archive.h"

#include <zip.h>

#include <algorithm>
#include <array>

#include "edau/base/error.h"

namespace edau::importers {

namespace {

// Tiny parts of real documents can compress far better than any sane ratio (a 20 kB run of
// spaces), so the ratio cap only bites once an entry has produced this much data.
constexpr std::uint64_t kRatioFloor = 1024 * 1024;
constexpr std::size_t kChunk = 64 * 1024;
constexpr std::size_t kMaxReserve = 4 * 1024 * 1024;

std::string sizeWords(std::uint64_t bytes) {
    constexpr std::uint64_t kMiB = 1024 * 1024;
    if (bytes >= kMiB && bytes % kMiB == 0) return std::to_string(bytes / kMiB) + " MB";
    if (bytes >= 10 * kMiB) return std::to_string(bytes / kMiB) + " MB";
    return std::to_string(bytes) + " bytes";
}

[[noreturn]] void throwTooBig(const std::string& file, std::uint64_t limit) {
    throwError(ErrorKind::BadInput,
               Message(EDAU_MSG("{file} expands to more than {limit} of data and looks like a zip bomb; "
                                "it was not imported"))
                   .arg("file", file)
                   .arg("limit", sizeWords(limit)));
}

[[noreturn]] void throwPartTooBig(const std::string& file, const std::string& part, std::uint64_t limit) {
    throwError(ErrorKind::BadInput,
               Message(EDAU_MSG("{file} contains a part ({part}) that expands to more than {limit} and looks "
                                "like a zip bomb; it was not imported"))
                   .arg("file", file)
                   .arg("part", part)
                   .arg("limit", sizeWords(limit)));
}

[[noreturn]] void throwRatio(const std::string& file, const std::string& part, std::uint64_t ratio) {
    throwError(ErrorKind::BadInput,
               Message(EDAU_MSG("{file} contains a part ({part}) that expands more than {ratio} times its "
                                "stored size and looks like a zip bomb; it was not imported"))
                   .arg("file", file)
                   .arg("part", part)
                   .arg("ratio", static_cast<long long>(ratio)));
}

bool hasControlCharacter(const char* name) {
    for (const char* p = name; *p; ++p) {
        auto c = static_cast<unsigned char>(*p);
        if (c < 0x20 || c == 0x7F) return true;
    }
    return false;
}

bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        auto x = static_cast<unsigned char>(a[i]), y = static_cast<unsigned char>(b[i]);
        if (x >= 'A' && x <= 'Z') x = static_cast<unsigned char>(x + 32);
        if (y >= 'A' && y <= 'Z') y = static_cast<unsigned char>(y + 32);
        if (x != y) return false;
    }
    return true;
}

std::uint64_t readLe(std::string_view b, std::size_t at, int bytes) {
    std::uint64_t v = 0;
    for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(b[at + static_cast<std::size_t>(i)]);
    return v;
}

/// True when a central-directory file name holds a NUL byte. libzip turns such NULs into
/// spaces, so the name cannot alias another part, but a name like that is never innocent.
/// Only called once libzip has accepted the archive; anything unexpected here ends the scan.
bool centralDirectoryHasNulInNames(std::string_view b) {
    constexpr std::size_t kEocd = 22;
    if (b.size() < kEocd) return false;
    std::size_t eocd = std::string_view::npos;
    const std::size_t lowest = b.size() > kEocd + 65535 ? b.size() - kEocd - 65535 : 0;
    for (std::size_t at = b.size() - kEocd + 1; at-- > lowest;)
        if (readLe(b, at, 4) == 0x06054b50) {
            eocd = at;
            break;
        }
    if (eocd == std::string_view::npos) return false;
    std::uint64_t count = readLe(b, eocd + 10, 2);
    std::uint64_t offset = readLe(b, eocd + 16, 4);
    if ((count == 0xFFFF || offset == 0xFFFFFFFF) && eocd >= 20 && readLe(b, eocd - 20, 4) == 0x07064b50) {
        std::uint64_t z64 = readLe(b, eocd - 20 + 8, 8);
        if (z64 > b.size() || b.size() - z64 < 56 || readLe(b, static_cast<std::size_t>(z64), 4) != 0x06064b50) return false;
        count = readLe(b, static_cast<std::size_t>(z64) + 32, 8);
        offset = readLe(b, static_cast<std::size_t>(z64) + 48, 8);
    }
    std::uint64_t at = offset;
    for (std::uint64_t i = 0; i < count; ++i) {
        if (at > b.size() || b.size() - at < 46 || readLe(b, static_cast<std::size_t>(at), 4) != 0x02014b50) return false;
        const auto pos = static_cast<std::size_t>(at);
        const std::uint64_t nameLen = readLe(b, pos + 28, 2);
        const std::uint64_t rest = nameLen + readLe(b, pos + 30, 2) + readLe(b, pos + 32, 2);
        if (b.size() - pos - 46 < nameLen) return false;
        if (b.substr(pos + 46, static_cast<std::size_t>(nameLen)).find('\0') != std::string_view::npos) return true;
        at += 46 + rest;
    }
    return false;
}

}  // namespace

struct ZipArchive::Impl {
    zip_t* archive = nullptr;
    std::vector<std::string> names;  // raw names, index = libzip index

    ~Impl() {
        if (archive) zip_discard(archive);
    }

    std::optional<zip_uint64_t> find(std::string_view name) const {
        // Exact match first, then ASCII case-insensitive (OPC part names ignore case).
        for (std::size_t i = 0; i < names.size(); ++i)
            if (names[i] == name) return i;
        for (std::size_t i = 0; i < names.size(); ++i)
            if (equalsIgnoringAsciiCase(names[i], name)) return i;
        return std::nullopt;
    }
};

/// Closes a libzip file handle on every path out of read().
struct ZipFileCloser {
    void operator()(zip_file_t* f) const {
        if (f) zip_fclose(f);
    }
};

bool ZipArchive::looksLikeZip(std::string_view bytes) {
    if (bytes.size() < 4 || bytes[0] != 'P' || bytes[1] != 'K') return false;
    return (bytes[2] == '\x03' && bytes[3] == '\x04') || (bytes[2] == '\x05' && bytes[3] == '\x06') ||
           (bytes[2] == '\x07' && bytes[3] == '\x08');
}

ZipArchive::ZipArchive(std::string_view bytes, std::string fileLabel, ZipLimits limits)
    : m_impl(std::make_unique<Impl>()), m_fileLabel(std::move(fileLabel)), m_limits(limits) {
    if (bytes.empty())
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} is damaged or incomplete: its zip structure cannot be read ({reason})"))
                       .arg("file", m_fileLabel)
                       .arg("reason", "the file is empty"));
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.empty() ? nullptr : bytes.data(), bytes.size(), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        throwError(ErrorKind::Internal, Message(EDAU_MSG("Cannot prepare {file} for reading")).arg("file", m_fileLabel));
    }
    m_impl->archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!m_impl->archive) {
        zip_source_free(source);
        std::string reason = zip_error_strerror(&error);
        zip_error_fini(&error);
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} is damaged or incomplete: its zip structure cannot be read ({reason})"))
                       .arg("file", m_fileLabel)
                       .arg("reason", reason));
    }
    zip_error_fini(&error);

    if (centralDirectoryHasNulInNames(bytes))
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} is damaged: it contains a part whose name has control characters"))
                       .arg("file", m_fileLabel));

    zip_int64_t count = zip_get_num_entries(m_impl->archive, 0);
    if (count < 0) count = 0;
    if (static_cast<std::uint64_t>(count) > m_limits.maxEntries)
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} contains more than {limit} parts and looks like a zip bomb; "
                                    "it was not imported"))
                       .arg("file", m_fileLabel)
                       .arg("limit", static_cast<long long>(m_limits.maxEntries)));
    m_impl->names.reserve(static_cast<std::size_t>(count));
    for (zip_int64_t i = 0; i < count; ++i) {
        const char* name = zip_get_name(m_impl->archive, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
        if (!name) name = "";
        // libzip hands names over as C strings; a control character (or a NUL it replaced)
        // means a crafted name that could alias a real part, so the archive is refused.
        if (hasControlCharacter(name))
            throwError(ErrorKind::BadInput,
                       Message(EDAU_MSG("{file} is damaged: it contains a part whose name has control characters"))
                           .arg("file", m_fileLabel));
        m_impl->names.emplace_back(name);
    }
}

ZipArchive::~ZipArchive() = default;

std::vector<std::string> ZipArchive::entryNames() const { return m_impl->names; }

bool ZipArchive::contains(std::string_view name) const { return m_impl->find(name).has_value(); }

std::optional<std::string> ZipArchive::read(std::string_view name) {
    auto index = m_impl->find(name);
    if (!index) return std::nullopt;
    const std::string& part = m_impl->names[*index];

    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_impl->archive, *index, 0, &st) != 0)
        throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file} is damaged: the part {part} cannot be read"))
                                            .arg("file", m_fileLabel)
                                            .arg("part", part));
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} is password-protected; open it, remove the password, save it and "
                                    "import it again"))
                       .arg("file", m_fileLabel));
    if ((st.valid & ZIP_STAT_COMP_METHOD) && !zip_compression_method_supported(st.comp_method, 0))
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} uses a zip compression method Edau cannot read (part {part}); save it "
                                    "again from your word processor"))
                       .arg("file", m_fileLabel)
                       .arg("part", part));

    const bool sizeKnown = (st.valid & ZIP_STAT_SIZE) != 0;
    const std::uint64_t compSize = (st.valid & ZIP_STAT_COMP_SIZE) ? std::max<std::uint64_t>(st.comp_size, 1) : 1;
    const std::uint64_t remainingTotal =
        m_limits.maxTotalUncompressed > m_totalRead ? m_limits.maxTotalUncompressed - m_totalRead : 0;
    // Cheap early refusals from the declared size; the same caps are enforced again below on
    // the bytes actually produced, since a declared size may be a lie.
    if (sizeKnown) {
        if (st.size > m_limits.maxEntryUncompressed)
            throwPartTooBig(m_fileLabel, part, m_limits.maxEntryUncompressed);
        if (st.size > remainingTotal) throwTooBig(m_fileLabel, m_limits.maxTotalUncompressed);
        if (st.size > kRatioFloor && st.size / compSize > m_limits.maxRatio)
            throwRatio(m_fileLabel, part, m_limits.maxRatio);
    }
    const std::uint64_t ratio = std::max<std::uint64_t>(m_limits.maxRatio, 1);
    const std::uint64_t ratioCap =
        std::max(kRatioFloor, compSize > UINT64_MAX / ratio ? UINT64_MAX : compSize * ratio);

    std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen_index(m_impl->archive, *index, 0));
    if (!file) {
        int code = zip_error_code_zip(zip_get_error(m_impl->archive));
        if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP)
            throwError(ErrorKind::BadInput,
                       Message(EDAU_MSG("{file} is password-protected; open it, remove the password, save it and "
                                        "import it again"))
                           .arg("file", m_fileLabel));
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} is damaged: the part {part} cannot be read ({reason})"))
                       .arg("file", m_fileLabel)
                       .arg("part", part)
                       .arg("reason", zip_strerror(m_impl->archive)));
    }

    std::string out;
    if (sizeKnown) out.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(st.size, kMaxReserve)));
    std::array<char, kChunk> buffer{};
    for (;;) {
        zip_int64_t n = zip_fread(file.get(), buffer.data(), buffer.size());
        if (n < 0)
            throwError(ErrorKind::BadInput,
                       Message(EDAU_MSG("{file} is damaged: the part {part} cannot be read ({reason})"))
                           .arg("file", m_fileLabel)
                           .arg("part", part)
                           .arg("reason", zip_file_strerror(file.get())));
        if (n == 0) break;
        const std::uint64_t produced = out.size() + static_cast<std::uint64_t>(n);
        if (sizeKnown && produced > st.size)
            throwError(ErrorKind::BadInput,
                       Message(EDAU_MSG("{file} is damaged: the part {part} holds more data than the zip says "
                                        "(a sign of a zip bomb); it was not imported"))
                           .arg("file", m_fileLabel)
                           .arg("part", part));
        if (produced > m_limits.maxEntryUncompressed) throwPartTooBig(m_fileLabel, part, m_limits.maxEntryUncompressed);
        if (produced > remainingTotal) throwTooBig(m_fileLabel, m_limits.maxTotalUncompressed);
        if (produced > ratioCap) throwRatio(m_fileLabel, part, m_limits.maxRatio);
        out.append(buffer.data(), static_cast<std::size_t>(n));
    }
    m_totalRead += out.size();
    return out;
}

}  // namespace edau::importers
