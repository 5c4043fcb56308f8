// SPDX-License-Identifier: GPL-3.0-or-later
// Welsh clitic splitting: a closed list of clitics after the last apostrophe.
#include "edau/text/welsh_clitics.h"

#include <array>
#include <utility>

#include "edau/text/search_folding.h"

namespace edau::text {

namespace {

struct CliticEntry {
    std::string_view written;   // lower case, with the apostrophe
    std::string_view fullForm;  // the word it shortens
};

// The clitics of written Welsh. 'w is ei/eu after i ("i'w"): ei is the commoner reading.
// 'n is usually yn (mae'n, sy'n) and rarely ein; 'i is ei (gyda'i, a'i).
constexpr std::array<CliticEntry, 11> kClitics{{
    {"'r", "yr"},
    {"'n", "yn"},
    {"'i", "ei"},
    {"'w", "ei"},
    {"'u", "eu"},
    {"'m", "fy"},
    {"'th", "dy"},
    {"'ch", "eich"},
    {"'ma", "yma"},
    {"'na", "yna"},
    {"'di", "wedi"},
}};

std::string asciiLower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

}  // namespace

std::optional<CliticSplit> splitClitic(std::string_view token) {
    const std::string folded = foldApostrophes(token);
    const std::size_t apostrophe = folded.rfind('\'');
    if (apostrophe == std::string::npos) return std::nullopt;
    const std::string_view host = std::string_view(folded).substr(0, apostrophe);
    // rock'n'roll, 'n' and similar: more than one apostrophe means it is not a simple clitic.
    if (host.find('\'') != std::string_view::npos) return std::nullopt;
    const std::string clitic = folded.substr(apostrophe);
    // Every clitic is ASCII, so an ASCII lower-casing is enough to match 'R or 'Ma.
    const std::string lowered = asciiLower(clitic);
    for (const auto& entry : kClitics)
        if (lowered == entry.written)
            return CliticSplit{std::string(host), clitic, std::string(entry.fullForm)};
    return std::nullopt;
}

}  // namespace edau::text
