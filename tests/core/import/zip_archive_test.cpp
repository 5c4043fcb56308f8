// SPDX-License-Identifier: GPL-3.0-or-later
// The in-memory zip reader: entries, lookups, and its caps against zip bombs and crafted archives.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "edau/base/error.h"
#include "zip_archive.h"

namespace edau::importers {
namespace {

// ---- a minimal zip writer, so hostile archives are built at run time -----------------------

std::uint32_t crc32(const std::string& data) {
    std::uint32_t crc = 0xFFFFFFFFu;
    for (unsigned char byte : data) {
        crc ^= byte;
        for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void put16(std::string& out, std::uint32_t v) {
    out += static_cast<char>(v & 0xFF);
    out += static_cast<char>((v >> 8) & 0xFF);
}

void put32(std::string& out, std::uint32_t v) {
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

struct ZipEntry {
    std::string name;
    std::string stored;             ///< the bytes as they sit in the archive
    std::uint16_t method = 0;       ///< 0 stored, 8 deflated
    std::uint32_t declaredSize = 0; ///< uncompressed size written in the headers
    std::uint32_t crc = 0;
    std::uint16_t flags = 0;        ///< bit 0: encrypted
};

ZipEntry storedEntry(std::string name, std::string data) {
    ZipEntry e;
    e.name = std::move(name);
    e.crc = crc32(data);
    e.declaredSize = static_cast<std::uint32_t>(data.size());
    e.stored = std::move(data);
    return e;
}

std::string buildZip(const std::vector<ZipEntry>& entries) {
    std::string out, central;
    for (const ZipEntry& e : entries) {
        const auto offset = static_cast<std::uint32_t>(out.size());
        auto header = [&](std::string& to, bool isCentral) {
            put32(to, isCentral ? 0x02014b50 : 0x04034b50);
            if (isCentral) put16(to, 20);  // version made by
            put16(to, 20);                 // version needed
            put16(to, e.flags);
            put16(to, e.method);
            put16(to, 0);  // time
            put16(to, 0x21);  // date: 1980-01-01
            put32(to, e.crc);
            put32(to, static_cast<std::uint32_t>(e.stored.size()));
            put32(to, e.declaredSize);
            put16(to, static_cast<std::uint32_t>(e.name.size()));
            put16(to, 0);  // extra length
            if (isCentral) {
                put16(to, 0);  // comment length
                put16(to, 0);  // disk
                put16(to, 0);  // internal attributes
                put32(to, 0);  // external attributes
                put32(to, offset);
            }
            to += e.name;
        };
        header(out, false);
        out += e.stored;
        header(central, true);
    }
    const auto centralOffset = static_cast<std::uint32_t>(out.size());
    out += central;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, static_cast<std::uint32_t>(entries.size()));
    put16(out, static_cast<std::uint32_t>(entries.size()));
    put32(out, static_cast<std::uint32_t>(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

/// Raw deflate of `megabytes` MiB of zeros, built without zlib: one full-flush block that
/// inflates to 1 MiB of zeros, repeated, then an empty final block. About 1 kB per MiB.
std::string deflatedZeros(std::uint32_t megabytes) {
    const std::string prefix("\xec\xc1\x31\x01\x00\x00\x00\xc2\xa0\xf5\x4f\x6d\x08\x5f\xa0", 15);
    const std::string suffix("\x3e\x03\x00\x00\xff\xff", 6);
    const std::string block = prefix + std::string(1016, '\0') + suffix;
    std::string out;
    out.reserve(block.size() * megabytes + 2);
    for (std::uint32_t i = 0; i < megabytes; ++i) out += block;
    out += std::string("\x03\x00", 2);
    return out;
}

ZipEntry zerosEntry(std::string name, std::uint32_t megabytes, std::uint32_t declaredSize) {
    ZipEntry e;
    e.name = std::move(name);
    e.stored = deflatedZeros(megabytes);
    e.method = 8;
    e.declaredSize = declaredSize;
    return e;
}

std::string errorText(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::BadInput);
        return e.what();
    }
    ADD_FAILURE() << "expected an edau::Error";
    return {};
}

// ---- ordinary archives -------------------------------------------------------------------------

TEST(ZipArchive, ListsAndReadsEntries) {
    std::string bytes = buildZip({storedEntry("mimetype", "application/vnd.oasis.opendocument.text"),
                                  storedEntry("content.xml", "<a/>")});
    ZipArchive zip(bytes, "notes.odt", ZipLimits{});
    EXPECT_EQ(zip.entryNames(), (std::vector<std::string>{"mimetype", "content.xml"}));
    EXPECT_EQ(zip.read("content.xml"), std::optional<std::string>("<a/>"));
    EXPECT_EQ(zip.read("mimetype"), std::optional<std::string>("application/vnd.oasis.opendocument.text"));
    EXPECT_EQ(zip.totalRead(), 4u + 39u);
}

TEST(ZipArchive, MissingEntryIsNulloptNotAnError) {
    std::string bytes = buildZip({storedEntry("a.xml", "x")});
    ZipArchive zip(bytes, "f.docx", ZipLimits{});
    EXPECT_FALSE(zip.read("b.xml").has_value());
    EXPECT_FALSE(zip.contains("b.xml"));
}

TEST(ZipArchive, LooksUpNamesIgnoringAsciiCaseAsOpcDoes) {
    std::string bytes = buildZip({storedEntry("Word/Document.XML", "<w/>")});
    ZipArchive zip(bytes, "f.docx", ZipLimits{});
    EXPECT_TRUE(zip.contains("word/document.xml"));
    EXPECT_EQ(zip.read("word/document.xml"), std::optional<std::string>("<w/>"));
}

TEST(ZipArchive, ReadsDeflatedEntries) {
    ZipEntry e = zerosEntry("zeros.bin", 2, 2u * 1024 * 1024);
    e.crc = crc32(std::string(2u * 1024 * 1024, '\0'));
    std::string bytes = buildZip({e});
    ZipLimits limits;
    limits.maxRatio = 5000;  // zeros compress about 1000 to 1
    ZipArchive zip(bytes, "f.docx", limits);
    auto data = zip.read("zeros.bin");
    ASSERT_TRUE(data.has_value());
    EXPECT_EQ(data->size(), 2u * 1024 * 1024);
    EXPECT_EQ(data->find_first_not_of('\0'), std::string::npos);
}

TEST(ZipArchive, EmptyArchiveHasNoEntries) {
    ZipArchive zip(buildZip({}), "f.docx", ZipLimits{});
    EXPECT_TRUE(zip.entryNames().empty());
}

TEST(ZipArchive, RecognisesZipSignatures) {
    EXPECT_TRUE(ZipArchive::looksLikeZip(buildZip({storedEntry("a", "b")})));
    EXPECT_TRUE(ZipArchive::looksLikeZip(buildZip({})));
    EXPECT_FALSE(ZipArchive::looksLikeZip("PK"));
    EXPECT_FALSE(ZipArchive::looksLikeZip("plain text"));
    EXPECT_FALSE(ZipArchive::looksLikeZip(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)));
}

// ---- damaged and crafted archives ------------------------------------------------------------

TEST(ZipArchive, RefusesBytesThatAreNotAZip) {
    for (std::string bytes : {std::string(), std::string("hello"), std::string(100, '\0'), std::string("PK\x03\x04", 4)}) {
        std::string msg = errorText([&] { ZipArchive zip(bytes, "junk.docx", ZipLimits{}); });
        EXPECT_NE(msg.find("junk.docx"), std::string::npos) << msg;
        EXPECT_NE(msg.find("zip structure"), std::string::npos) << msg;
    }
}

TEST(ZipArchive, RefusesATruncatedArchive) {
    std::string bytes = buildZip({storedEntry("word/document.xml", std::string(4000, 'x'))});
    for (std::size_t keep : {bytes.size() / 2, bytes.size() - 10, std::size_t{30}}) {
        std::string msg = errorText([&] { ZipArchive zip(bytes.substr(0, keep), "cut.docx", ZipLimits{}); });
        EXPECT_NE(msg.find("damaged or incomplete"), std::string::npos) << msg;
    }
}

TEST(ZipArchive, RefusesTooManyEntries) {
    std::vector<ZipEntry> entries;
    for (int i = 0; i < 20; ++i) entries.push_back(storedEntry("part" + std::to_string(i), "x"));
    std::string bytes = buildZip(entries);
    ZipLimits limits;
    limits.maxEntries = 10;
    std::string msg = errorText([&] { ZipArchive zip(bytes, "many.docx", limits); });
    EXPECT_NE(msg.find("more than 10 parts"), std::string::npos) << msg;
}

TEST(ZipArchive, RefusesAGigabyteOfZerosQuicklyWithoutInflatingIt) {
    const auto start = std::chrono::steady_clock::now();
    std::string bytes = buildZip({zerosEntry("word/document.xml", 1024, 1024u * 1024 * 1024)});
    EXPECT_LT(bytes.size(), 1100u * 1024);  // about 1 MB holds 1 GB
    ZipArchive zip(bytes, "bomb.docx", ZipLimits{});
    std::string msg = errorText([&] { (void)zip.read("word/document.xml"); });
    EXPECT_NE(msg.find("zip bomb"), std::string::npos) << msg;
    EXPECT_NE(msg.find("bomb.docx"), std::string::npos) << msg;
    EXPECT_EQ(zip.totalRead(), 0u);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(900));
}

TEST(ZipArchive, WordAndOpenDocumentReadersRefuseAGeneratedGigabyteBomb) {
    const auto start = std::chrono::steady_clock::now();
    std::string docx = buildZip({storedEntry("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
                                 zerosEntry("word/document.xml", 1024, 1024u * 1024 * 1024)});
    std::string msg = errorText([&] { (void)readDocx(docx, "bomb.docx"); });
    EXPECT_NE(msg.find("looks like a zip bomb"), std::string::npos) << msg;
    std::string odt = buildZip({storedEntry("mimetype", "application/vnd.oasis.opendocument.text"),
                                zerosEntry("content.xml", 1024, 1000)});  // a lying size too
    msg = errorText([&] { (void)readOdt(odt, "bomb.odt"); });
    EXPECT_NE(msg.find("zip bomb"), std::string::npos) << msg;
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(900));
}

TEST(ZipArchive, RefusesAHighRatioEvenUnderTheSizeCaps) {
    std::string bytes = buildZip({zerosEntry("content.xml", 64, 64u * 1024 * 1024)});
    ZipArchive zip(bytes, "ratio.odt", ZipLimits{});
    std::string msg = errorText([&] { (void)zip.read("content.xml"); });
    EXPECT_NE(msg.find("expands more than 200 times"), std::string::npos) << msg;
}

TEST(ZipArchive, MeasuresWhatIsInflatedInsteadOfTrustingTheDeclaredSize) {
    // The headers claim 1000 bytes; the data inflates to 1 GB. Reading stops just past 1000.
    const auto start = std::chrono::steady_clock::now();
    std::string bytes = buildZip({zerosEntry("word/document.xml", 1024, 1000)});
    ZipArchive zip(bytes, "liar.docx", ZipLimits{});
    std::string msg = errorText([&] { (void)zip.read("word/document.xml"); });
    EXPECT_NE(msg.find("holds more data than the zip says"), std::string::npos) << msg;
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(900));
}

TEST(ZipArchive, CapsEachEntry) {
    std::string bytes = buildZip({storedEntry("big.xml", std::string(5000, 'a'))});
    ZipLimits limits;
    limits.maxEntryUncompressed = 4096;
    ZipArchive zip(bytes, "big.docx", limits);
    std::string msg = errorText([&] { (void)zip.read("big.xml"); });
    EXPECT_NE(msg.find("(big.xml) that expands to more than 4096 bytes"), std::string::npos) << msg;
}

TEST(ZipArchive, CapsTheTotalOverAllReads) {
    std::string bytes = buildZip({storedEntry("a.xml", std::string(3000, 'a')), storedEntry("b.xml", std::string(3000, 'b'))});
    ZipLimits limits;
    limits.maxTotalUncompressed = 5000;
    ZipArchive zip(bytes, "two.docx", limits);
    EXPECT_TRUE(zip.read("a.xml").has_value());
    std::string msg = errorText([&] { (void)zip.read("b.xml"); });
    EXPECT_NE(msg.find("expands to more than 5000 bytes of data"), std::string::npos) << msg;
}

TEST(ZipArchive, RefusesEncryptedEntries) {
    ZipEntry e = storedEntry("word/document.xml", std::string(12, '\x55') + "secret");
    e.flags = 1;  // traditional PKWARE encryption
    std::string bytes = buildZip({e});
    ZipArchive zip(bytes, "locked.docx", ZipLimits{});
    std::string msg = errorText([&] { (void)zip.read("word/document.xml"); });
    EXPECT_NE(msg.find("password-protected"), std::string::npos) << msg;
}

TEST(ZipArchive, RefusesNamesWithControlCharacters) {
    for (std::string name : {std::string("word/document.xml\0.exe", 22), std::string("word/\x01doc.xml")}) {
        std::string bytes = buildZip({storedEntry(name, "x")});
        std::string msg = errorText([&] { ZipArchive zip(bytes, "names.docx", ZipLimits{}); });
        EXPECT_NE(msg.find("control characters"), std::string::npos) << msg;
    }
}

TEST(ZipArchive, ReportsDamagedEntryData) {
    ZipEntry e = storedEntry("a.xml", "hello");
    e.crc ^= 1;  // wrong checksum
    std::string bytes = buildZip({e});
    ZipArchive zip(bytes, "crc.docx", ZipLimits{});
    std::string msg = errorText([&] { (void)zip.read("a.xml"); });
    EXPECT_NE(msg.find("is damaged: the part a.xml cannot be read"), std::string::npos) << msg;
}

}  // namespace
}  // namespace edau::importers
