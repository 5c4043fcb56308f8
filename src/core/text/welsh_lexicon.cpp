// SPDX-License-Identifier: GPL-3.0-or-later
// Reads aspell-cy's word list (gzip, prefix-compressed, ISO-8859-14) into a sorted folded form set.
#include "edau/text/welsh_lexicon.h"

#include <unicode/ucnv.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "edau/base/error.h"
#include "edau/text/search_folding.h"

namespace edau::text {

namespace {

// All forms in one sorted block of bytes rather than a set of strings: aspell-cy has 351,885
// forms, and this keeps them in about 5 MB instead of 25.
struct SortedForms {
    std::string bytes;                  // the forms, sorted, back to back
    std::vector<std::uint32_t> starts;  // form i is bytes[starts[i], starts[i + 1])
    std::vector<bool> nameOnly;         // form i appeared only capitalised

    std::size_t size() const { return starts.empty() ? 0 : starts.size() - 1; }
    std::string_view at(std::size_t i) const {
        return std::string_view(bytes).substr(starts[i], starts[i + 1] - starts[i]);
    }
    // Index of the form, or size() when absent.
    std::size_t find(std::string_view form) const {
        std::size_t lo = 0;
        std::size_t hi = size();
        while (lo < hi) {
            const std::size_t mid = lo + (hi - lo) / 2;
            if (at(mid) < form) lo = mid + 1;
            else hi = mid;
        }
        return lo < size() && at(lo) == form ? lo : size();
    }
};

}  // namespace

struct WelshLexicon::Data : SortedForms {
    explicit Data(SortedForms&& forms) : SortedForms(std::move(forms)) {}

    // Accented forms with their accents taken off (dŵr → dwr), sorted; built on first use,
    // since only search needs it (to tell a word typed without its accents from a mutation).
    mutable std::once_flag strippedOnce;
    mutable std::vector<std::string> stripped;
    const std::vector<std::string>& accentStripped() const {
        std::call_once(strippedOnce, [this] {
            for (std::size_t i = 0; i < size(); ++i) {
                const std::string_view form = at(i);
                if (std::all_of(form.begin(), form.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
                    continue;
                std::string plain = foldAccents(form);
                if (plain != form) stripped.push_back(std::move(plain));
            }
            std::sort(stripped.begin(), stripped.end());
        });
        return stripped;
    }
};

namespace {

// A line's first letter is a capital: aspell-cy writes names (Caerdydd, Aberdaugleddyf) that way.
bool startsWithCapital(std::string_view utf8) {
    if (utf8.empty()) return false;
    int32_t i = 0;
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(utf8.data()), i, static_cast<int32_t>(utf8.size()), c);
    return c >= 0 && (u_isupper(c) || u_istitle(c));
}

// Folds every line and sorts the result; a form is name-only when no lower-case line gave it.
SortedForms buildData(std::string_view utf8Lines) {
    std::vector<bool> capitalised;
    std::string joined;
    joined.reserve(utf8Lines.size());
    std::size_t pos = 0;
    while (pos < utf8Lines.size()) {
        std::size_t end = utf8Lines.find('\n', pos);
        if (end == std::string_view::npos) end = utf8Lines.size();
        std::string_view line = utf8Lines.substr(pos, end - pos);
        pos = end + 1;
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
            line.remove_suffix(1);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
        if (line.empty()) continue;
        capitalised.push_back(startsWithCapital(line));
        joined.append(line);
        joined += '\n';
    }
    // One ICU call for the whole list: folding never adds or removes a line break.
    const std::string folded = foldForSearch(joined);

    struct Entry {
        std::string_view form;
        bool name;
    };
    std::vector<Entry> entries;
    entries.reserve(capitalised.size());
    pos = 0;
    for (bool name : capitalised) {
        const std::size_t end = folded.find('\n', pos);
        entries.push_back({std::string_view(folded).substr(pos, end - pos), name});
        pos = end + 1;
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.form != b.form ? a.form < b.form : a.name < b.name;  // lower-case entry first
    });

    SortedForms data;
    data.bytes.reserve(folded.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (i > 0 && entries[i].form == entries[i - 1].form) continue;
        data.starts.push_back(static_cast<std::uint32_t>(data.bytes.size()));
        data.nameOnly.push_back(entries[i].name);
        data.bytes.append(entries[i].form);
    }
    data.starts.push_back(static_cast<std::uint32_t>(data.bytes.size()));
    return data;
}

// zlib reads plain files as well as gzip ones, so an uncompressed .cwl works too.
std::string readMaybeGzip(const std::string& path) {
    gzFile file = gzopen(path.c_str(), "rb");
    if (file == nullptr)
        throwError(ErrorKind::Environment, Message(EDAU_MSG("Cannot open the Welsh word list {file}: {reason}"))
                                               .arg("file", path)
                                               .arg("reason", std::strerror(errno)));
    std::string out;
    char buffer[1 << 16];
    for (;;) {
        const int n = gzread(file, buffer, sizeof buffer);
        if (n < 0) {
            int code = 0;
            const std::string reason = gzerror(file, &code);
            gzclose(file);
            throwError(ErrorKind::BadInput, Message(EDAU_MSG("Cannot read the Welsh word list {file}: {reason}"))
                                                .arg("file", path)
                                                .arg("reason", reason));
        }
        if (n == 0) break;
        out.append(buffer, static_cast<std::size_t>(n));
    }
    gzclose(file);
    return out;
}

// aspell's compressed list: each word is a byte (length of the prefix shared with the previous
// word, plus one) followed by the rest of the word. Words are ISO-8859-14 (Latin-8, ŵ = 0xF0),
// so every byte >= 0x20 is a letter and the prefix bytes stand out.
std::string expandPrefixCompressed(std::string_view packed, const std::string& path) {
    std::string lines;
    lines.reserve(packed.size() * 3);
    std::string previous;
    std::size_t i = 0;
    while (i < packed.size()) {
        const auto marker = static_cast<unsigned char>(packed[i]);
        if (marker == 0 || marker >= 0x20 || static_cast<std::size_t>(marker - 1) > previous.size())
            throwError(ErrorKind::BadInput,
                       Message(EDAU_MSG("The Welsh word list {file} is not an aspell compressed list (byte {offset})"))
                           .arg("file", path)
                           .arg("offset", static_cast<long long>(i)));
        previous.resize(static_cast<std::size_t>(marker - 1));
        ++i;
        while (i < packed.size() && static_cast<unsigned char>(packed[i]) >= 0x20) previous += packed[i++];
        lines += previous;
        lines += '\n';
    }
    return lines;
}

std::string latin8ToUtf8(std::string_view latin8) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open("ISO-8859-14", &status);
    if (U_FAILURE(status))
        throwError(ErrorKind::Internal, Message(EDAU_MSG("No ISO-8859-14 converter: {reason}"))
                                            .arg("reason", u_errorName(status)));
    // Latin-8 letters take at most three UTF-8 bytes.
    std::string out(latin8.size() * 3 + 1, '\0');
    const int32_t n = ucnv_toAlgorithmic(UCNV_UTF8, converter, out.data(), static_cast<int32_t>(out.size()),
                                         latin8.data(), static_cast<int32_t>(latin8.size()), &status);
    ucnv_close(converter);
    if (U_FAILURE(status))
        throwError(ErrorKind::Internal, Message(EDAU_MSG("ISO-8859-14 conversion failed: {reason}"))
                                            .arg("reason", u_errorName(status)));
    out.resize(static_cast<std::size_t>(n));
    return out;
}

}  // namespace

WelshLexicon::WelshLexicon() = default;
WelshLexicon::~WelshLexicon() = default;
WelshLexicon::WelshLexicon(WelshLexicon&&) noexcept = default;
WelshLexicon& WelshLexicon::operator=(WelshLexicon&&) noexcept = default;
WelshLexicon::WelshLexicon(std::unique_ptr<const Data> data) : m_data(std::move(data)) {}

const WelshLexicon& WelshLexicon::installed() {
    // Built once, on first use, by whichever thread gets here first; read-only afterwards.
    static const WelshLexicon instance = [] {
        const char* override = std::getenv("EDAU_WELSH_WORD_LIST");
        const std::string path = override != nullptr && *override != '\0' ? override : std::string(kAspellWelshWordList);
        try {
            return fromAspellFile(path);
        } catch (const Error&) {
            // No aspell-cy (or a broken one): search still works, only without the lexicon's help.
            return WelshLexicon();
        }
    }();
    return instance;
}

WelshLexicon WelshLexicon::fromAspellFile(const std::string& path) {
    const std::string packed = readMaybeGzip(path);
    return WelshLexicon(std::make_unique<const Data>(buildData(latin8ToUtf8(expandPrefixCompressed(packed, path)))));
}

WelshLexicon WelshLexicon::fromWordLines(std::string_view utf8Lines) {
    return WelshLexicon(std::make_unique<const Data>(buildData(utf8Lines)));
}

std::size_t WelshLexicon::size() const { return m_data ? m_data->size() : 0; }

bool WelshLexicon::contains(std::string_view foldedWord) const {
    return m_data && m_data->find(foldedWord) != m_data->size();
}

bool WelshLexicon::isAccentStrippedForm(std::string_view accentFreeWord) const {
    if (!m_data) return false;
    const auto& stripped = m_data->accentStripped();
    return std::binary_search(stripped.begin(), stripped.end(), accentFreeWord,
                              [](std::string_view a, std::string_view b) { return a < b; });
}

bool WelshLexicon::isNameOnly(std::string_view foldedWord) const {
    if (!m_data) return false;
    const std::size_t i = m_data->find(foldedWord);
    return i != m_data->size() && m_data->nameOnly[i];
}

}  // namespace edau::text
