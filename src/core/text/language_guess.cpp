// SPDX-License-Identifier: GPL-3.0-or-later
// A rough cy/en guess from function words: enough to tag a passage's language at import.
#include <cctype>
#include <string_view>
#include <unordered_map>

#include "edau/text/language_guess.h"

namespace edau::text {

namespace {
enum class Side { Welsh, English };

const std::unordered_map<std::string_view, Side>& functionWords() {
    static const std::unordered_map<std::string_view, Side> words = [] {
        std::unordered_map<std::string_view, Side> m;
        for (std::string_view w : {"y", "yr", "mae", "yn", "ac", "ei", "ar", "dw", "ddim", "ni", "chi", "fi", "hi", "fe",
                                   "wedi", "bod", "roedd", "oedd", "gyda", "i'r", "mae'n", "sy'n", "o'r", "ond",
                                   "hefyd", "fy", "eu", "ein", "yng", "ym", "efo"})
            m.emplace(w, Side::Welsh);
        for (std::string_view w : {"the", "and", "to", "of", "is", "was", "it", "that", "in", "you", "but", "with",
                                   "for", "they", "we", "have", "had", "what", "just", "this"})
            m.emplace(w, Side::English);
        return m;
    }();
    return words;
}
}  // namespace

std::string guessLanguage(std::string_view textValue) {
    const auto& words = functionWords();
    std::size_t welsh = 0, english = 0;
    char word[16];
    std::size_t length = 0;
    bool tooLong = false;
    auto flush = [&] {
        if (length > 0 && !tooLong) {
            auto it = words.find(std::string_view(word, length));
            if (it != words.end()) (it->second == Side::Welsh ? welsh : english) += 1;
        }
        length = 0;
        tooLong = false;
    };
    auto add = [&](char c) {
        if (length < sizeof word) word[length++] = c;
        else tooLong = true;
    };
    // Long texts are judged on sixteen 4 KB samples spread through them: plenty for a guess.
    constexpr std::size_t kSlices = 16, kSlice = 4096;
    const std::size_t n = textValue.size();
    const std::size_t stride = n > kSlices * kSlice ? n / kSlices : kSlice;
    for (std::size_t i = 0; i < n; ++i) {
        if (stride > kSlice && i % stride == kSlice) {
            flush();
            i += stride - kSlice - 1;
            continue;
        }
        auto c = static_cast<unsigned char>(textValue[i]);
        if (std::isalpha(c) || c == '\'') {
            add(static_cast<char>(std::tolower(c)));
        } else if (c == 0xE2 && i + 2 < n && static_cast<unsigned char>(textValue[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(textValue[i + 2]) == 0x99 || static_cast<unsigned char>(textValue[i + 2]) == 0x98)) {
            add('\'');  // Word writes apostrophes as ’ (U+2019): "mae’n" counts like "mae'n"
            i += 2;
        } else if (c >= 0x80) {
            add(static_cast<char>(c));
        } else {
            flush();
        }
    }
    flush();
    std::size_t total = welsh + english;
    if (total < 5) return "";
    double share = static_cast<double>(welsh) / static_cast<double>(total);
    if (share > 0.8) return "cy";
    if (share < 0.2) return "en";
    return "mixed";
}

}  // namespace edau::text
