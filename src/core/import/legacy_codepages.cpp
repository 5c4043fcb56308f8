// SPDX-License-Identifier: GPL-3.0-or-later
// Legacy code pages through ICU's converters; single-byte pages become cached 256-entry tables.
#include "legacy_codepages.h"

#include <unicode/ucnv.h>

#include <array>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace edau::importers {

namespace {

struct CodePageInfo {
    int number;
    const char* icuName;
    bool singleByte;
};

// The code pages RTF writers and old Windows/DOS/Mac tools name by number. ICU holds the
// mapping data, so no tables live in this file; these are only the names.
constexpr CodePageInfo kCodePages[] = {
    {437, "ibm-437", true},          {850, "ibm-850", true},          {852, "ibm-852", true},
    {866, "ibm-866", true},          {874, "windows-874", true},      {932, "windows-932", false},
    {936, "windows-936", false},     {949, "windows-949", false},     {950, "windows-950", false},
    {1250, "windows-1250", true},    {1251, "windows-1251", true},    {1252, "windows-1252", true},
    {1253, "windows-1253", true},    {1254, "windows-1254", true},    {1255, "windows-1255", true},
    {1256, "windows-1256", true},    {1257, "windows-1257", true},    {1258, "windows-1258", true},
    {10000, "macintosh", true},      {10029, "x-mac-ce", true},       {28591, "ISO-8859-1", true},
    {28604, "ISO-8859-14", true},    {28605, "ISO-8859-15", true},    {65001, "UTF-8", false},
};

const CodePageInfo* findCodePage(int codePage) {
    for (const auto& info : kCodePages)
        if (info.number == codePage) return &info;
    return nullptr;
}

struct ConverterCloser {
    void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

ConverterPtr openConverter(const char* name) {
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr converter(ucnv_open(name, &status));
    if (U_FAILURE(status)) return nullptr;
    return converter;
}

void appendUtf8(std::string& out, char32_t cp) {
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

// ICU substitutes U+001A (the code page's "SUB" byte) for some undefined bytes; a reader
// should see the usual replacement character instead.
char32_t cleanSubstitute(char32_t cp, unsigned char byte) { return (cp == 0x1A && byte != 0x1A) ? 0xFFFD : cp; }

using ByteTable = std::array<char32_t, 256>;

std::shared_ptr<const ByteTable> buildTable(const CodePageInfo& info) {
    ConverterPtr converter = openConverter(info.icuName);
    if (!converter) return nullptr;
    auto table = std::make_shared<ByteTable>();
    for (int b = 0; b < 256; ++b) {
        ucnv_reset(converter.get());
        const char byte = static_cast<char>(b);
        const char* source = &byte;
        std::array<UChar, 4> units{};
        UChar* target = units.data();
        UErrorCode status = U_ZERO_ERROR;
        ucnv_toUnicode(converter.get(), &target, units.data() + units.size(), &source, &byte + 1, nullptr, true,
                       &status);
        const auto produced = target - units.data();
        char32_t cp = 0xFFFD;
        if (U_SUCCESS(status) && produced == 1) cp = units[0];
        (*table)[static_cast<std::size_t>(b)] = cleanSubstitute(cp, static_cast<unsigned char>(b));
    }
    return table;
}

// Tables are built once per code page and shared; readers may run on several threads.
std::shared_ptr<const ByteTable> tableFor(const CodePageInfo& info) {
    static std::mutex mutex;
    static std::map<int, std::shared_ptr<const ByteTable>> tables;
    std::lock_guard lock(mutex);
    auto it = tables.find(info.number);
    if (it != tables.end()) return it->second;
    auto table = buildTable(info);
    tables.emplace(info.number, table);
    return table;
}

std::optional<std::string> decodeMultiByte(std::string_view bytes, const CodePageInfo& info) {
    ConverterPtr converter = openConverter(info.icuName);
    if (!converter) return std::nullopt;
    // One input byte never yields more than two UTF-16 units.
    std::vector<UChar> units(bytes.size() * 2 + 2);
    const char* source = bytes.data();
    UChar* target = units.data();
    UErrorCode status = U_ZERO_ERROR;
    ucnv_toUnicode(converter.get(), &target, units.data() + units.size(), &source, bytes.data() + bytes.size(),
                   nullptr, true, &status);
    if (U_FAILURE(status)) return std::nullopt;
    std::string out;
    out.reserve(bytes.size() * 2);
    const std::size_t count = static_cast<std::size_t>(target - units.data());
    for (std::size_t i = 0; i < count; ++i) {
        char32_t cp = units[i];
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < count && units[i + 1] >= 0xDC00 && units[i + 1] <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (units[i + 1] - 0xDC00u);
            ++i;
        } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            cp = 0xFFFD;
        }
        appendUtf8(out, cp == 0x1A ? 0xFFFD : cp);
    }
    return out;
}

}  // namespace

bool isKnownCodePage(int codePage) { return findCodePage(codePage) != nullptr; }

bool isSingleByteCodePage(int codePage) {
    const CodePageInfo* info = findCodePage(codePage);
    return info && info->singleByte;
}

std::optional<std::string> decodeCodePage(std::string_view bytes, int codePage) {
    const CodePageInfo* info = findCodePage(codePage);
    if (!info) return std::nullopt;
    if (!info->singleByte) return decodeMultiByte(bytes, *info);
    auto table = tableFor(*info);
    if (!table) return std::nullopt;
    std::string out;
    out.reserve(bytes.size() * 2);
    for (char c : bytes) appendUtf8(out, (*table)[static_cast<unsigned char>(c)]);
    return out;
}

}  // namespace edau::importers
