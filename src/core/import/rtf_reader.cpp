// SPDX-License-Identifier: GPL-3.0-or-later
// Rich Text Format as plain text: a byte tokenizer and a group-state machine, with hard caps.
//
// What the reader keeps: body text, \par and \line as line breaks, \tab, table cells one per
// line, field results, list numbers and bullets, footnotes (moved to the end). What it drops:
// every destination that is not text (font and colour tables, styles, document info, pictures,
// objects, headers and footers, field instructions, themes, revision tables...), every
// ignorable \* destination, hidden (\v) and tracked-deleted (\deleted) text.
//
// Empty paragraphs stay as empty lines, as in LibreOffice's text export, except that runs of
// them shrink to one and none is kept at the start or end. Trailing spaces and tabs on a line
// are trimmed. A non-breaking space (\~) becomes an ordinary space and a non-breaking hyphen
// (\_) an ordinary hyphen, so searches and speaker labels ("Siân:\~...") still match.
#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "edau/base/error.h"
#include "format_readers.h"
#include "legacy_codepages.h"

namespace edau::importers {

namespace {

/// Real documents nest groups a few dozen deep; anything deeper is hostile or broken.
constexpr std::size_t kMaxDepth = 2000;
/// Fonts remembered from the font table; more are ignored (their text decodes in the document code page).
constexpr std::size_t kMaxFonts = 4096;
/// Text produced, main text and footnotes together.
constexpr std::size_t kMaxTextBytes = std::size_t{128} * 1024 * 1024;
/// Control word names longer than this are not RTF; they are read and ignored.
constexpr std::size_t kMaxWordLength = 32;
/// \ucN: fallback characters to skip after \uN. Writers use 0 to 4.
constexpr int kMaxUnicodeSkip = 16;
/// Pseudo code page for fonts with \fcharset2 (Symbol, Wingdings): only list bullets matter.
constexpr int kSymbolCodePage = -2;
constexpr int kDefaultCodePage = 1252;

[[noreturn]] void fail(const char* messageTemplate, const std::string& fileLabel) {
    throwError(ErrorKind::BadInput, Message(messageTemplate).arg("file", fileLabel));
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

bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/// Windows character set numbers (\fcharsetN) to code pages; 0 when the charset says nothing.
int codePageOfCharset(std::int64_t charset) {
    switch (charset) {
    case 0: return 1252;
    case 2: return kSymbolCodePage;
    case 77: return 10000;
    case 128: return 932;
    case 129: return 949;
    case 134: return 936;
    case 136: return 950;
    case 161: return 1253;
    case 162: return 1254;
    case 163: return 1258;
    case 177: return 1255;
    case 178: return 1256;
    case 186: return 1257;
    case 204: return 1251;
    case 222: return 874;
    case 238: return 1250;
    case 254: return 437;
    case 255: return 850;
    default: return 0;
    }
}

std::string encodingName(int codePage) {
    if (codePage == 65001) return "utf-8";
    if (codePage == 10000) return "macintosh";
    if ((codePage >= 1250 && codePage <= 1258) || codePage == 874 || codePage == 932 || codePage == 936 ||
        codePage == 949 || codePage == 950)
        return "windows-" + std::to_string(codePage);
    return "cp" + std::to_string(codePage);
}

/// Collects paragraphs: one line each, trailing blanks trimmed, at most one empty line in a
/// row, none at the start or end. Shares a byte budget with the other sinks of the document.
class TextSink {
public:
    /// `trimLeading`: also drop spaces at the start of lines (footnotes begin with the
    /// space Word puts after the footnote mark).
    TextSink(std::size_t& budgetUsed, const std::string& fileLabel, bool trimLeading = false)
        : m_used(budgetUsed), m_fileLabel(fileLabel), m_trimLeading(trimLeading) {}

    /// Appends UTF-8 text, dropping control characters other than tab.
    void append(std::string_view utf8) {
        for (std::size_t i = 0; i < utf8.size(); ++i) {
            const auto c = static_cast<unsigned char>(utf8[i]);
            if ((c < 0x20 && c != '\t') || c == 0x7F) continue;
            // C1 controls (U+0080..U+009F) are what undefined bytes decode to in some pages.
            if (c == 0xC2 && i + 1 < utf8.size() && static_cast<unsigned char>(utf8[i + 1]) < 0xA0 &&
                static_cast<unsigned char>(utf8[i + 1]) >= 0x80) {
                ++i;
                continue;
            }
            m_line += static_cast<char>(c);
            m_absorbBreak = false;
        }
        charge(utf8.size());
    }

    void appendCodePoint(char32_t cp) {
        if ((cp < 0x20 && cp != '\t') || (cp >= 0x7F && cp < 0xA0)) return;
        appendUtf8(m_line, cp);
        m_absorbBreak = false;
        charge(4);
    }

    /// Ends the paragraph; an empty one becomes an empty line (if text came before it).
    void hardBreak() {
        if (m_absorbBreak) {
            m_absorbBreak = false;
            return;
        }
        if (!endLine() && !m_out.empty()) m_pendingEmpty = true;
    }

    /// Ends the paragraph only when it holds text (section, page and row ends). Word writes
    /// "\page\par": the \par right after it ends the same paragraph, not an empty one.
    void softBreak() { m_absorbBreak = endLine(); }

    std::string finish() {
        endLine();
        return std::move(m_out);
    }

    bool empty() const { return m_out.empty() && m_line.empty(); }

private:
    bool endLine() {
        while (!m_line.empty() && (m_line.back() == ' ' || m_line.back() == '\t')) m_line.pop_back();
        if (m_trimLeading) m_line.erase(0, m_line.find_first_not_of(" \t"));
        if (m_line.empty()) return false;
        if (!m_out.empty()) m_out += m_pendingEmpty ? "\n\n" : "\n";
        m_pendingEmpty = false;
        m_out += m_line;
        m_line.clear();
        return true;
    }

    void charge(std::size_t bytes) {
        m_used += bytes;
        if (m_used > kMaxTextBytes)
            throwError(ErrorKind::BadInput,
                       Message(EDAU_MSG("{file} holds more than {size} MB of text, far more than any transcript; "
                                        "it was not imported"))
                           .arg("file", m_fileLabel)
                           .arg("size", static_cast<long long>(kMaxTextBytes / (std::size_t{1024} * 1024))));
    }

    std::size_t& m_used;
    const std::string& m_fileLabel;
    std::string m_out;
    std::string m_line;
    bool m_trimLeading;
    bool m_pendingEmpty = false;
    bool m_absorbBreak = false;
};

enum class Destination { Text, Footnote, FontTable, Skip };

/// What a group inherits from its parent and may change for itself.
struct GroupState {
    Destination destination = Destination::Text;
    std::int64_t font = -1;  ///< -1: the document's default font (\deff)
    int unicodeSkip = 1;     ///< \ucN
    bool hidden = false;     ///< \v hidden text or \deleted revision text
};

/// What the font table says about a font's encoding; 0 where it says nothing.
struct FontInfo {
    int charsetCodePage = 0;   ///< from \fcharsetN
    int explicitCodePage = 0;  ///< from \cpgN
};

/// Destinations that never hold document text, skipped with everything inside them.
bool isSkippedDestination(std::string_view word) {
    static const std::string_view kWords[] = {
        "aftncn", "aftnsep", "aftnsepc", "annotation", "atnauthor", "atndate", "atnicn", "atnid", "atnparent",
        "atnref", "atntime", "atrfend", "atrfstart", "author", "bkmkend", "bkmkstart", "blipuid", "buptim",
        "category", "colorschememapping", "colortbl", "comment", "company", "creatim", "datafield", "datastore",
        "docvar", "doccomm", "factoidname", "falt", "fchars", "filetbl", "fldinst", "fldtype", "fname", "fontemb",
        "fontfile", "footer", "footerf", "footerl", "footerr", "ftncn", "ftnsep", "ftnsepc", "generator",
        "header", "headerf", "headerl", "headerr", "hlinkbase", "htmltag", "info", "keycode", "keywords",
        "latentstyles", "lchars", "listoverridetable", "listpicture", "listtable", "manager", "mhtmltag",
        "mmathPr", "nonesttables", "nonshppict", "object", "objclass", "objdata", "objname", "operator",
        "panose", "passwordhash", "pgdsctbl", "pgp", "pict", "picprop", "pn", "pntxta", "pntxtb", "printim",
        "protusertbl", "revtbl", "revtim", "rsidtbl", "rxe", "shpinst", "sn", "sp", "stylesheet", "subject", "sv",
        "tc", "tcn", "template", "themedata", "title", "txe", "userprops", "wgrffmtfilter", "xe", "xmlnstbl",
    };
    return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

class RtfParser {
public:
    RtfParser(std::string_view bytes, const std::string& fileLabel)
        : m_in(bytes), m_fileLabel(fileLabel), m_main(m_used, fileLabel), m_footnotes(m_used, fileLabel, true) {}

    ExtractedText run() {
        std::size_t i = startOfDocument();
        bool closed = false;
        while (i < m_in.size() && !closed) {
            const char c = m_in[i];
            if (c == '{') {
                openGroup();
                ++i;
            } else if (c == '}') {
                closeGroup();
                closed = m_stack.empty();
                ++i;
            } else if (c == '\\') {
                i = controlSequence(i + 1);
            } else if (c == '\r' || c == '\n') {
                ++i;  // line ends in RTF source are not text
            } else {
                textByte(static_cast<unsigned char>(c));
                ++i;
            }
        }
        flushBytes();
        resolveSurrogate();
        ExtractedText result;
        if (!closed)
            result.notes.push_back(
                "The RTF file ends before its last group closes, so it may be cut short; the text up to that "
                "point was imported.");
        if (m_unknownCodePage != 0)
            result.notes.push_back("The file names code page " + std::to_string(m_unknownCodePage) +
                                   ", which Edau does not know; its accented letters were read as Windows-1252.");
        result.text = m_main.finish();
        std::string notes = m_footnotes.finish();
        if (!notes.empty()) {
            if (!result.text.empty()) result.text += '\n';
            result.text += notes;
            result.notes.push_back("Footnotes were moved to the end of the text.");
        }
        result.encoding = encodingName(m_documentCodePage);
        return result;
    }

private:
    /// Checks the signature; returns where the first group starts.
    std::size_t startOfDocument() const {
        if (m_in.empty()) fail(EDAU_MSG("{file} is not an RTF file: it is empty"), m_fileLabel);
        std::size_t i = 0;
        if (m_in.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
        while (i < m_in.size() && (m_in[i] == ' ' || m_in[i] == '\t' || m_in[i] == '\r' || m_in[i] == '\n')) ++i;
        if (m_in.substr(i, 5) != "{\\rtf")
            fail(EDAU_MSG("{file} is not an RTF file: it does not begin the way every RTF document does"),
                 m_fileLabel);
        return i;
    }

    GroupState& state() { return m_stack.back(); }

    void openGroup() {
        flushBytes();
        resolveSurrogate();
        m_skipChars = 0;
        if (m_stack.size() >= kMaxDepth)
            throwError(ErrorKind::BadInput,
                       Message(EDAU_MSG("{file} is nested too deeply to be a real document (more than {depth} "
                                        "levels of groups); it was not imported"))
                           .arg("file", m_fileLabel)
                           .arg("depth", static_cast<long long>(kMaxDepth)));
        m_stack.push_back(m_stack.empty() ? GroupState{} : m_stack.back());
    }

    void closeGroup() {
        flushBytes();
        resolveSurrogate();
        m_skipChars = 0;
        if (m_stack.empty()) return;
        const Destination closing = m_stack.back().destination;
        m_stack.pop_back();
        if (closing == Destination::Footnote && (m_stack.empty() || m_stack.back().destination != Destination::Footnote))
            m_footnotes.softBreak();
        if (closing == Destination::FontTable) m_fontBeingDefined = -1;
    }

    /// The sink text goes to now, or nullptr when it is dropped.
    TextSink* sink() {
        if (m_stack.empty() || state().hidden) return nullptr;
        switch (state().destination) {
        case Destination::Text: return &m_main;
        case Destination::Footnote: return &m_footnotes;
        default: return nullptr;
        }
    }

    int currentCodePage() {
        std::int64_t font = state().font >= 0 ? state().font : m_defaultFont;
        if (font >= 0) {
            auto it = m_fonts.find(font);
            if (it != m_fonts.end()) {
                // \cpg, when present, wins over \fcharset.
                if (it->second.explicitCodePage != 0) return it->second.explicitCodePage;
                if (it->second.charsetCodePage != 0) return it->second.charsetCodePage;
            }
        }
        return m_documentCodePage;
    }

    /// Parses what follows a backslash at `i`; returns the position after it.
    std::size_t controlSequence(std::size_t i) {
        if (i >= m_in.size()) return i;
        const char c = m_in[i];
        if (!isAsciiLetter(c)) return controlSymbol(i);
        const std::size_t nameStart = i;
        while (i < m_in.size() && isAsciiLetter(m_in[i])) ++i;
        std::string_view name = m_in.substr(nameStart, i - nameStart);
        if (name.size() > kMaxWordLength) name = {};
        bool negative = false;
        if (i + 1 < m_in.size() && m_in[i] == '-' && isAsciiDigit(m_in[i + 1])) {
            negative = true;
            ++i;
        }
        bool hasParam = false;
        std::int64_t value = 0;
        constexpr std::int64_t kLimit = std::int64_t{1} << 31;
        while (i < m_in.size() && isAsciiDigit(m_in[i])) {
            hasParam = true;
            // Saturate: absurd parameters must not overflow; no real one comes near.
            if (value < kLimit) value = std::min(kLimit, value * 10 + (m_in[i] - '0'));
            ++i;
        }
        if (negative) value = -value;
        value = std::clamp<std::int64_t>(value, std::numeric_limits<std::int32_t>::min(),
                                         std::numeric_limits<std::int32_t>::max());
        if (i < m_in.size() && m_in[i] == ' ') ++i;  // the delimiter belongs to the word
        if (name == "bin") {
            // Raw binary data: skip it without looking, whatever it contains.
            flushBytes();
            const std::int64_t length = hasParam ? std::max<std::int64_t>(0, value) : 0;
            const std::size_t left = m_in.size() - i;
            return i + std::min<std::size_t>(left, static_cast<std::size_t>(length));
        }
        controlWord(name, hasParam, value);
        return i;
    }

    std::size_t controlSymbol(std::size_t i) {
        const char c = m_in[i];
        if (c == '\'') {
            if (i + 2 < m_in.size() && hexValue(m_in[i + 1]) >= 0 && hexValue(m_in[i + 2]) >= 0) {
                textByte(static_cast<unsigned char>(hexValue(m_in[i + 1]) * 16 + hexValue(m_in[i + 2])), true);
                return i + 3;
            }
            return i + 1;  // a broken escape: ignore the backslash and quote
        }
        flushBytes();
        if (consumeSkippedChar()) return i + 1;
        switch (c) {
        case '\\':
        case '{':
        case '}': emitAscii(c); break;
        case '~': emitCodePoint(' '); break;
        case '_': emitCodePoint('-'); break;
        case '*':
            if (!m_stack.empty()) state().destination = Destination::Skip;
            break;
        case '\r':
        case '\n':
            // A backslash before a line end is an old way of writing \par.
            if (TextSink* s = sink()) s->hardBreak();
            break;
        case '\t': emitCodePoint('\t'); break;
        default: break;  // \- optional hyphen, \| \: index marks: nothing to show
        }
        return i + 1;
    }

    void controlWord(std::string_view name, bool hasParam, std::int64_t param) {
        flushBytes();
        if (m_stack.empty()) return;
        if (consumeSkippedChar()) return;
        GroupState& st = state();
        // Document-wide settings first; they appear in the header.
        if (name == "ansi") {
            m_documentCodePage = 1252;
        } else if (name == "mac") {
            m_documentCodePage = 10000;
        } else if (name == "pc") {
            m_documentCodePage = 437;
        } else if (name == "pca") {
            m_documentCodePage = 850;
        } else if (name == "ansicpg") {
            const int codePage = static_cast<int>(param);
            if (isKnownCodePage(codePage)) {
                m_documentCodePage = codePage;
            } else if (hasParam && codePage != 0) {
                m_unknownCodePage = codePage;
                m_documentCodePage = kDefaultCodePage;
            }
        } else if (name == "deff") {
            m_defaultFont = param;
        } else if (name == "fonttbl") {
            if (st.destination != Destination::Skip) st.destination = Destination::FontTable;
        } else if (name == "f") {
            if (st.destination == Destination::FontTable) {
                m_fontBeingDefined = param;
                if (m_fonts.size() < kMaxFonts) m_fonts.try_emplace(param);
            } else {
                st.font = param;
            }
        } else if (name == "fcharset" || name == "cpg") {
            if (st.destination != Destination::FontTable) return;
            auto it = m_fonts.find(m_fontBeingDefined);
            if (it == m_fonts.end()) return;
            if (name == "cpg")
                it->second.explicitCodePage = isKnownCodePage(static_cast<int>(param)) ? static_cast<int>(param) : 0;
            else
                it->second.charsetCodePage = codePageOfCharset(param);
        } else if (name == "plain") {
            st.font = -1;
            st.hidden = false;
        } else if (name == "v" || name == "deleted") {
            st.hidden = !hasParam || param != 0;
        } else if (name == "uc") {
            st.unicodeSkip = static_cast<int>(std::clamp<std::int64_t>(param, 0, kMaxUnicodeSkip));
        } else if (name == "u") {
            unicodeEscape(param);
        } else if (name == "footnote") {
            if (st.destination == Destination::Text) st.destination = Destination::Footnote;
        } else if (isSkippedDestination(name)) {
            st.destination = Destination::Skip;
        } else if (TextSink* s = sink()) {
            textWord(*s, name);
        }
    }

    /// Control words that stand for text or breaks.
    void textWord(TextSink& s, std::string_view name) {
        if (name == "par" || name == "line" || name == "cell" || name == "nestcell") {
            resolveSurrogate();
            s.hardBreak();
        } else if (name == "row" || name == "nestrow" || name == "sect" || name == "page" || name == "column") {
            resolveSurrogate();
            s.softBreak();
        } else if (name == "tab") {
            emitCodePoint('\t');
        } else if (name == "emdash") {
            emitCodePoint(0x2014);
        } else if (name == "endash") {
            emitCodePoint(0x2013);
        } else if (name == "emspace") {
            emitCodePoint(0x2003);
        } else if (name == "enspace") {
            emitCodePoint(0x2002);
        } else if (name == "qmspace") {
            emitCodePoint(0x2005);
        } else if (name == "lquote") {
            emitCodePoint(0x2018);
        } else if (name == "rquote") {
            emitCodePoint(0x2019);
        } else if (name == "ldblquote") {
            emitCodePoint(0x201C);
        } else if (name == "rdblquote") {
            emitCodePoint(0x201D);
        } else if (name == "bullet") {
            emitCodePoint(0x2022);
        }
    }

    void unicodeEscape(std::int64_t n) {
        const int skip = state().unicodeSkip;
        if (n < 0) n += 65536;  // RTF writes code units above 32767 as negative numbers
        if (sink()) {
            if (n >= 0xD800 && n <= 0xDBFF) {
                resolveSurrogate();
                m_highSurrogate = static_cast<char32_t>(n);
            } else if (n >= 0xDC00 && n <= 0xDFFF) {
                if (m_highSurrogate != 0) {
                    const char32_t cp = 0x10000 + ((m_highSurrogate - 0xD800) << 10) + (static_cast<char32_t>(n) - 0xDC00);
                    m_highSurrogate = 0;
                    sink()->appendCodePoint(cp);
                } else {
                    sink()->appendCodePoint(0xFFFD);
                }
            } else if (n < 0 || n > 0x10FFFF) {
                emitCodePoint(0xFFFD);
            } else {
                emitCodePoint(static_cast<char32_t>(n));
            }
        }
        m_skipChars = skip;
    }

    /// While fallback characters after \uN remain, each character or control word is one of them.
    bool consumeSkippedChar() {
        if (m_skipChars <= 0) return false;
        --m_skipChars;
        return true;
    }

    /// A text byte, literal or from \'hh. Bytes above 127 wait to be decoded together, so
    /// double-byte code pages see both halves of a character.
    void textByte(unsigned char byte, bool escaped = false) {
        if (consumeSkippedChar()) return;
        if (m_stack.empty() || !sink()) return;
        if (byte < 0x80 && !escaped) {
            flushBytes();
            if (byte == '\t') {
                emitCodePoint('\t');
            } else if (byte >= 0x20) {
                emitAscii(static_cast<char>(byte));
            }
            return;
        }
        const int codePage = currentCodePage();
        if (!m_pendingBytes.empty() && codePage != m_pendingCodePage) flushBytes();
        m_pendingCodePage = codePage;
        m_pendingBytes += static_cast<char>(byte);
    }

    void flushBytes() {
        if (m_pendingBytes.empty()) return;
        std::string bytes;
        bytes.swap(m_pendingBytes);
        TextSink* s = m_stack.empty() ? nullptr : sink();
        if (!s) return;
        resolveSurrogate();
        if (m_pendingCodePage == kSymbolCodePage) {
            // Symbol and Wingdings: list bullets are the only characters worth showing.
            for (char b : bytes) {
                const auto byte = static_cast<unsigned char>(b);
                if (byte == 0xB7) s->appendCodePoint(0x2022);
                else if (byte == 0xA7) s->appendCodePoint(0x25AA);
                else if (byte < 0x80) s->appendCodePoint(byte);
                else s->appendCodePoint(0xFFFD);
            }
            return;
        }
        auto decoded = decodeCodePage(bytes, m_pendingCodePage);
        if (!decoded) {
            m_unknownCodePage = m_pendingCodePage;
            decoded = decodeCodePage(bytes, kDefaultCodePage);
        }
        if (decoded) s->append(*decoded);
    }

    /// A high surrogate not followed by its low half becomes U+FFFD.
    void resolveSurrogate() {
        if (m_highSurrogate == 0) return;
        m_highSurrogate = 0;
        if (TextSink* s = m_stack.empty() ? nullptr : sink()) s->appendCodePoint(0xFFFD);
    }

    void emitCodePoint(char32_t cp) {
        resolveSurrogate();
        if (TextSink* s = sink()) s->appendCodePoint(cp);
    }

    void emitAscii(char c) {
        resolveSurrogate();
        if (TextSink* s = sink()) s->appendCodePoint(static_cast<unsigned char>(c));
    }

    std::string_view m_in;
    const std::string& m_fileLabel;
    std::size_t m_used = 0;
    TextSink m_main;
    TextSink m_footnotes;
    std::vector<GroupState> m_stack;
    std::unordered_map<std::int64_t, FontInfo> m_fonts;  ///< by font number
    std::int64_t m_fontBeingDefined = -1;
    std::int64_t m_defaultFont = -1;
    int m_documentCodePage = kDefaultCodePage;
    int m_unknownCodePage = 0;
    std::string m_pendingBytes;
    int m_pendingCodePage = kDefaultCodePage;
    int m_skipChars = 0;
    char32_t m_highSurrogate = 0;
};

}  // namespace

ExtractedText readRtf(std::string_view bytes, const std::string& fileLabel) {
    return RtfParser(bytes, fileLabel).run();
}

}  // namespace edau::importers
