// SPDX-License-Identifier: GPL-3.0-or-later
// Markdown as plain text: markup removed line by line, the line structure kept.
//
// Transcripts kept in Markdown usually hold one turn per line, so every source line with
// text becomes one line of output and blank lines are dropped (lines are not joined into
// paragraphs). Removed as markup: headings' #s and setext underlines, emphasis and
// strikethrough markers (*, _, **, __, ~~) where they pair up as markup, code spans'
// backticks, code fence lines (their content is kept), blockquote '>' markers, list markers
// ("- ", "* ", "+ ", "1. ", "1) " and task boxes "[ ] "), thematic breaks, table delimiter
// rows, link reference definitions, YAML front matter (reported in a note), HTML comments,
// backslash escapes. Links keep their text ([text](url) and [text][ref] become text), images
// their alt text, autolinks their address. Table cells get a line each, as tables do in
// every other reader. HTML inside Markdown goes through the HTML reader, which also decodes
// entities and collapses runs of spaces. Indented code blocks are read as ordinary lines,
// and emphasis is matched within a line only.
//
// Every line is scanned a bounded number of times; per-line bookkeeping is capped, so a
// hostile line (a million brackets) costs linear time and bounded memory.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "format_readers.h"

namespace edau::importers {

namespace {

/// Front matter is looked for this far down the file.
constexpr std::size_t kMaxFrontMatterLines = 200;
/// Link reference labels remembered; more are still dropped but not resolved.
constexpr std::size_t kMaxReferenceLabels = 10000;
/// CommonMark's longest link label.
constexpr std::size_t kMaxLabelLength = 999;
/// Brackets, parentheses, backtick runs and emphasis runs tracked per line; beyond these a
/// line's further markup of that kind is kept as text.
constexpr std::size_t kMaxMarksPerLine = 100000;

bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isAsciiAlnum(char c) { return isAsciiDigit(c) || isAsciiLetter(c); }
bool isBlankChar(char c) { return c == ' ' || c == '\t'; }
bool isAsciiPunctuation(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool isBlank(std::string_view line) { return std::all_of(line.begin(), line.end(), isBlankChar); }

std::string_view trimLeft(std::string_view s) {
    while (!s.empty() && isBlankChar(s.front())) s.remove_prefix(1);
    return s;
}

std::string_view trim(std::string_view s) {
    s = trimLeft(s);
    while (!s.empty() && isBlankChar(s.back())) s.remove_suffix(1);
    return s;
}

/// Leading spaces (a tab counts as four); markers indented four or more are not markers.
std::size_t indentOf(std::string_view line) {
    std::size_t width = 0;
    for (char c : line) {
        if (c == ' ') ++width;
        else if (c == '\t') width += 4;
        else break;
    }
    return width;
}

void appendEscaped(std::string& out, char c) {
    switch (c) {
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '&': out += "&amp;"; break;
    default: out += c;
    }
}

void appendEscaped(std::string& out, std::string_view s) {
    for (char c : s) appendEscaped(out, c);
}

/// A link label as CommonMark compares them: trimmed, whitespace collapsed, case folded (ASCII).
std::string normaliseLabel(std::string_view label) {
    std::string out;
    bool space = false;
    for (char c : trim(label)) {
        if (isBlankChar(c)) {
            space = true;
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += lower(c);
    }
    return out;
}

/// Lines of the input: LF, CRLF or CR end a line.
class LineCursor {
public:
    explicit LineCursor(std::string_view in, std::size_t pos = 0) : m_in(in), m_pos(pos) {}
    bool done() const { return m_pos >= m_in.size(); }
    std::size_t position() const { return m_pos; }

    std::string_view next() {
        const std::size_t end = std::min(m_in.find_first_of("\r\n", m_pos), m_in.size());
        const std::string_view line = m_in.substr(m_pos, end - m_pos);
        m_pos = end;
        if (m_pos < m_in.size())
            m_pos += (m_in[m_pos] == '\r' && m_pos + 1 < m_in.size() && m_in[m_pos + 1] == '\n') ? 2 : 1;
        return line;
    }

    std::string_view peek() const {
        LineCursor copy = *this;
        return copy.next();
    }

private:
    std::string_view m_in;
    std::size_t m_pos;
};

/// Removes up to `maxDepth` blockquote markers ("> "); returns how many were removed.
std::size_t stripQuotes(std::string_view& line, std::size_t maxDepth = SIZE_MAX) {
    std::size_t depth = 0;
    while (depth < maxDepth) {
        if (indentOf(line) > 3) break;
        const std::string_view rest = trimLeft(line);
        if (rest.empty() || rest.front() != '>') break;
        line = rest.substr(1);
        if (!line.empty() && isBlankChar(line.front())) line.remove_prefix(1);
        ++depth;
    }
    return depth;
}

struct Fence {
    char marker = 0;
    std::size_t length = 0;
    std::size_t quoteDepth = 0;
};

/// A code fence opening (``` or ~~~, at least three), or nullopt.
/// Any indentation is accepted (not only three spaces): fences nested in list items are
/// indented, and this reader has no indented code blocks to confuse them with.
std::optional<Fence> fenceOpening(std::string_view line) {
    const std::string_view rest = trimLeft(line);
    if (rest.empty() || (rest.front() != '`' && rest.front() != '~')) return std::nullopt;
    const char marker = rest.front();
    std::size_t length = 0;
    while (length < rest.size() && rest[length] == marker) ++length;
    if (length < 3) return std::nullopt;
    if (marker == '`' && rest.find('`', length) != std::string_view::npos) return std::nullopt;
    return Fence{marker, length, 0};
}

bool closesFence(std::string_view line, const Fence& fence) {
    const std::string_view rest = trim(line);
    return rest.size() >= fence.length &&
           std::all_of(rest.begin(), rest.end(), [&](char c) { return c == fence.marker; });
}

/// "---", "***", "___" (three or more, spaces allowed between).
bool isThematicBreak(std::string_view line) {
    if (indentOf(line) > 3) return false;
    char marker = 0;
    std::size_t count = 0;
    for (char c : line) {
        if (isBlankChar(c)) continue;
        if (c != '-' && c != '*' && c != '_') return false;
        if (marker != 0 && c != marker) return false;
        marker = c;
        ++count;
    }
    return count >= 3;
}

/// "===" or "---" under a line of text makes that line a heading; the underline goes.
bool isSetextUnderline(std::string_view line) {
    if (indentOf(line) > 3) return false;
    const std::string_view rest = trim(line);
    return !rest.empty() && (rest.front() == '=' || rest.front() == '-') &&
           std::all_of(rest.begin(), rest.end(), [&](char c) { return c == rest.front(); });
}

/// A link reference definition, "[label]: destination 'title'". Its label, or nullopt.
/// Because transcripts write "[Siân]: Ie." the destination must look like a link target
/// (a URL, a path, an anchor or a file name), not a word.
std::optional<std::string> referenceDefinition(std::string_view line) {
    if (indentOf(line) > 3) return std::nullopt;
    line = trimLeft(line);
    if (line.size() < 4 || line.front() != '[') return std::nullopt;
    std::size_t close = 1;
    while (close < line.size() && line[close] != ']') {
        if (line[close] == '[') return std::nullopt;
        if (line[close] == '\\') ++close;
        ++close;
    }
    if (close >= line.size() || close + 1 >= line.size() || line[close + 1] != ':') return std::nullopt;
    const std::string_view label = line.substr(1, close - 1);
    if (trim(label).empty() || label.size() > kMaxLabelLength || label.front() == '^') return std::nullopt;
    std::string_view rest = trimLeft(line.substr(close + 2));
    if (rest.empty()) return std::nullopt;
    std::string_view destination;
    if (rest.front() == '<') {
        const std::size_t end = rest.find('>');
        if (end == std::string_view::npos) return std::nullopt;
        destination = rest.substr(0, end + 1);
    } else {
        std::size_t end = 0;
        while (end < rest.size() && !isBlankChar(rest[end])) ++end;
        destination = rest.substr(0, end);
    }
    std::string_view title = trim(rest.substr(destination.size()));
    if (!title.empty()) {
        const char open = title.front();
        const char expected = open == '(' ? ')' : open;
        if ((open != '"' && open != '\'' && open != '(') || title.size() < 2 || title.back() != expected)
            return std::nullopt;
    }
    const bool looksLikeTarget =
        destination.front() == '<' || destination.front() == '/' || destination.front() == '#' ||
        destination.substr(0, 2) == "./" || destination.substr(0, 3) == "../" ||
        destination.find("://") != std::string_view::npos || destination.substr(0, 7) == "mailto:" ||
        destination.substr(0, 4) == "www." ||
        [&] {
            // A file or host name: a dot followed by letters or digits, and no dot at the end.
            const std::size_t dot = destination.rfind('.');
            return dot != std::string_view::npos && dot > 0 && dot + 1 < destination.size() &&
                   isAsciiAlnum(destination[dot + 1]);
        }();
    if (!looksLikeTarget) return std::nullopt;
    return normaliseLabel(label);
}

/// GFM table delimiter row: "| --- | :-: |".
bool isTableDelimiterRow(std::string_view line) {
    line = trim(line);
    if (line.empty()) return false;
    bool sawDash = false, sawPipe = false;
    for (char c : line) {
        if (c == '-') sawDash = true;
        else if (c == '|') sawPipe = true;
        else if (c != ':' && !isBlankChar(c)) return false;
    }
    return sawDash && (sawPipe || line.find(':') != std::string_view::npos);
}

std::vector<std::string_view> tableCells(std::string_view row) {
    row = trim(row);
    if (!row.empty() && row.front() == '|') row.remove_prefix(1);
    if (!row.empty() && row.back() == '|' && (row.size() < 2 || row[row.size() - 2] != '\\')) row.remove_suffix(1);
    std::vector<std::string_view> cells;
    std::size_t start = 0;
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (row[i] == '\\') {
            ++i;
        } else if (row[i] == '|') {
            cells.push_back(trim(row.substr(start, i - start)));
            start = i + 1;
        }
    }
    cells.push_back(trim(row.substr(start)));
    return cells;
}

/// Strips a list marker ("- ", "* ", "+ ", "12. ", "3) ") and a task box after it.
std::string_view stripListMarker(std::string_view line) {
    const std::string_view rest = trimLeft(line);
    std::size_t markerEnd = 0;
    if (!rest.empty() && (rest.front() == '-' || rest.front() == '*' || rest.front() == '+')) {
        markerEnd = 1;
    } else {
        while (markerEnd < rest.size() && markerEnd < 9 && isAsciiDigit(rest[markerEnd])) ++markerEnd;
        if (markerEnd == 0 || markerEnd >= rest.size() || (rest[markerEnd] != '.' && rest[markerEnd] != ')'))
            return line;
        ++markerEnd;
    }
    if (markerEnd < rest.size() && !isBlankChar(rest[markerEnd])) return line;
    std::string_view item = trimLeft(rest.substr(markerEnd));
    if (item.size() >= 3 && item[0] == '[' && (item[1] == ' ' || item[1] == 'x' || item[1] == 'X') && item[2] == ']' &&
        (item.size() == 3 || isBlankChar(item[3])))
        item = trimLeft(item.substr(3));
    return item;
}

/// "# Heading #" without its #s, or nullopt when the line is not an ATX heading.
std::optional<std::string_view> atxHeading(std::string_view line) {
    if (indentOf(line) > 3) return std::nullopt;
    std::string_view rest = trimLeft(line);
    std::size_t level = 0;
    while (level < rest.size() && rest[level] == '#') ++level;
    if (level == 0 || level > 6 || (level < rest.size() && !isBlankChar(rest[level]))) return std::nullopt;
    rest = trim(rest.substr(level));
    // A closing run of #s goes too, when a space separates it from the text.
    std::size_t end = rest.size();
    while (end > 0 && rest[end - 1] == '#') --end;
    if (end == 0) return std::string_view{};
    if (end < rest.size() && isBlankChar(rest[end - 1])) rest = trim(rest.substr(0, end));
    return rest;
}

/// Inline markup of one line, turned into an HTML fragment: literal text escaped where it
/// could be mistaken for markup, raw HTML tags passed through for the HTML reader.
class InlineLine {
public:
    InlineLine(std::string_view line, const std::set<std::string>& labels) : m_s(line), m_labels(labels) {}

    /// The fragment; `openComment` becomes true when an HTML comment runs past the line.
    std::string render(bool& openComment) {
        findCodeSpans();
        matchPairs('[', ']', m_brackets);
        matchPairs('(', ')', m_parens);
        std::vector<std::size_t> jumps;  // closing brackets of links whose text is being read
        std::vector<std::size_t> jumpTargets;
        const std::size_t n = m_s.size();
        std::size_t i = 0;
        while (i < n) {
            if (!jumps.empty() && i >= jumps.back()) {
                // The link text is done: skip its "](url)" or "][ref]".
                i = std::max(i, jumpTargets.back());
                jumps.pop_back();
                jumpTargets.pop_back();
                continue;
            }
            const char c = m_s[i];
            if (c == '\\' && i + 1 < n && isAsciiPunctuation(m_s[i + 1])) {
                appendEscaped(m_out, m_s[i + 1]);
                i += 2;
            } else if (c == '`') {
                i = codeSpan(i);
            } else if (c == '[' || (c == '!' && i + 1 < n && m_s[i + 1] == '[')) {
                const std::size_t open = c == '!' ? i + 1 : i;
                std::size_t after = 0;
                const std::size_t close = closingOf(m_brackets, open);
                if (close != kNone && linkEnd(open, close, after)) {
                    jumps.push_back(close);
                    jumpTargets.push_back(after);
                    i = open + 1;
                } else {
                    m_out += c;
                    ++i;
                }
            } else if (c == '<') {
                i = angle(i, openComment);
            } else if (c == '*' || c == '_' || c == '~') {
                i = delimiterRun(i);
            } else {
                m_out += c;
                ++i;
            }
        }
        return resolveEmphasis();
    }

private:
    static constexpr std::size_t kNone = SIZE_MAX;

    struct Pair {
        std::size_t open;
        std::size_t close;
    };

    struct Delimiter {
        std::size_t outPos;
        std::size_t count;
        char marker;
        bool canOpen;
        bool canClose;
        std::size_t remaining;
        std::size_t stripLeft = 0;   ///< used as a closer: chars removed from the run's start
        std::size_t stripRight = 0;  ///< used as an opener: chars removed from the run's end
    };

    /// Pairs each backtick run with the next run of the same length (a code span).
    void findCodeSpans() {
        struct Run {
            std::size_t pos;
            std::size_t length;
        };
        std::vector<Run> runs;
        for (std::size_t i = 0; i < m_s.size() && runs.size() < kMaxMarksPerLine;) {
            if (m_s[i] == '\\' && i + 1 < m_s.size()) {
                i += 2;
                continue;
            }
            if (m_s[i] != '`') {
                ++i;
                continue;
            }
            std::size_t j = i;
            while (j < m_s.size() && m_s[j] == '`') ++j;
            runs.push_back({i, j - i});
            i = j;
        }
        // Backslashes do not escape inside code spans, so a run "escaped" by one may still
        // close a span; CommonMark edge cases like that are rare enough to read loosely.
        std::vector<std::size_t> nextSame(runs.size(), kNone);
        std::vector<std::pair<std::size_t, std::size_t>> lastByLength;  // length -> run index (small)
        for (std::size_t k = runs.size(); k-- > 0;) {
            auto it = std::find_if(lastByLength.begin(), lastByLength.end(),
                                   [&](const auto& p) { return p.first == runs[k].length; });
            if (it != lastByLength.end()) {
                nextSame[k] = it->second;
                it->second = k;
            } else if (lastByLength.size() < 64) {
                lastByLength.emplace_back(runs[k].length, k);
            }
        }
        for (std::size_t k = 0; k < runs.size();) {
            if (nextSame[k] != kNone) {
                const Run& close = runs[nextSame[k]];
                m_codeSpans.push_back({runs[k].pos, close.pos + close.length});
                k = nextSame[k] + 1;
            } else {
                ++k;
            }
        }
    }

    /// The code span starting at `i`, or nullptr.
    const Pair* codeSpanAt(std::size_t i) const {
        auto it = std::lower_bound(m_codeSpans.begin(), m_codeSpans.end(), i,
                                   [](const Pair& p, std::size_t pos) { return p.open < pos; });
        return (it != m_codeSpans.end() && it->open == i) ? &*it : nullptr;
    }

    bool inCode(std::size_t i) const {
        auto it = std::upper_bound(m_codeSpans.begin(), m_codeSpans.end(), i,
                                   [](std::size_t pos, const Pair& p) { return pos < p.open; });
        if (it == m_codeSpans.begin()) return false;
        --it;
        return i >= it->open && i < it->close;
    }

    std::size_t codeSpan(std::size_t i) {
        const Pair* span = codeSpanAt(i);
        std::size_t run = 0;
        while (i + run < m_s.size() && m_s[i + run] == '`') ++run;
        if (!span) {
            appendEscaped(m_out, m_s.substr(i, run));
            return i + run;
        }
        std::string_view content = m_s.substr(i + run, span->close - run - (i + run));
        if (content.size() >= 2 && content.front() == ' ' && content.back() == ' ' && !isBlank(content))
            content = content.substr(1, content.size() - 2);
        appendEscaped(m_out, content);
        return span->close;
    }

    /// Matches open/close characters outside code spans with a stack, capped.
    void matchPairs(char open, char close, std::vector<Pair>& pairs) {
        std::vector<std::size_t> stack;
        std::size_t seen = 0;
        for (std::size_t i = 0; i < m_s.size() && seen < kMaxMarksPerLine; ++i) {
            const char c = m_s[i];
            if (c == '\\') {
                ++i;
            } else if (c == open && !inCode(i)) {
                ++seen;
                stack.push_back(i);
            } else if (c == close && !stack.empty() && !inCode(i)) {
                ++seen;
                pairs.push_back({stack.back(), i});
                stack.pop_back();
            }
        }
        std::sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) { return a.open < b.open; });
    }

    static std::size_t closingOf(const std::vector<Pair>& pairs, std::size_t open) {
        auto it = std::lower_bound(pairs.begin(), pairs.end(), open,
                                   [](const Pair& p, std::size_t pos) { return p.open < pos; });
        return (it != pairs.end() && it->open == open) ? it->close : kNone;
    }

    /// Whether the ']' at `close` ends a link or image; `after` is where the markup ends.
    bool linkEnd(std::size_t open, std::size_t close, std::size_t& after) const {
        const std::size_t n = m_s.size();
        if (close + 1 < n && m_s[close + 1] == '(') {
            const std::size_t end = closingOf(m_parens, close + 1);
            if (end != kNone && isDestinationAndTitle(m_s.substr(close + 2, end - close - 2))) {
                after = end + 1;
                return true;
            }
        }
        // The link text's own label, for [text][] and [text].
        const std::string_view text = m_s.substr(open + 1, close - open - 1);
        if (close + 1 < n && m_s[close + 1] == '[') {
            const std::size_t end = closingOf(m_brackets, close + 1);
            if (end != kNone) {
                const std::string_view ref = m_s.substr(close + 2, end - close - 2);
                if (isDefined(trim(ref).empty() ? text : ref)) {
                    after = end + 1;
                    return true;
                }
            }
        }
        if (isDefined(text)) {
            after = close + 1;
            return true;
        }
        return false;
    }

    bool isDefined(std::string_view label) const {
        return !m_labels.empty() && label.size() <= kMaxLabelLength && m_labels.count(normaliseLabel(label)) > 0;
    }

    /// The inside of "(...)" after a link: a destination and an optional quoted title.
    static bool isDestinationAndTitle(std::string_view inside) {
        inside = trim(inside);
        if (inside.empty()) return true;
        std::size_t end = 0;
        if (inside.front() == '<') {
            end = inside.find('>');
            if (end == std::string_view::npos) return false;
            ++end;
        } else {
            while (end < inside.size() && !isBlankChar(inside[end])) {
                if (static_cast<unsigned char>(inside[end]) < 0x20) return false;
                ++end;
            }
        }
        const std::string_view title = trim(inside.substr(end));
        if (title.empty()) return true;
        const char open = title.front();
        const char expected = open == '(' ? ')' : open;
        return (open == '"' || open == '\'' || open == '(') && title.size() >= 2 && title.back() == expected;
    }

    /// '<' at `i`: an autolink, an HTML comment, a tag, or a literal less-than sign.
    std::size_t angle(std::size_t i, bool& openComment) {
        const std::string_view rest = m_s.substr(i);
        if (rest.substr(0, 4) == "<!--") {
            const std::size_t end = rest.find("-->", 4);
            if (end == std::string_view::npos) {
                openComment = true;
                return m_s.size();
            }
            return i + end + 3;
        }
        if (std::size_t length = autolinkLength(rest)) {
            appendEscaped(m_out, rest.substr(1, length - 2));
            return i + length;
        }
        if (std::size_t length = tagLength(rest, i)) {
            m_out += rest.substr(0, length);
            return i + length;
        }
        m_out += "&lt;";
        return i + 1;
    }

    /// "<scheme:...>" or "<name@host>"; its length, or 0.
    static std::size_t autolinkLength(std::string_view s) {
        std::size_t i = 1;
        bool scheme = i < s.size() && isAsciiLetter(s[i]);
        while (scheme && i < s.size() && i < 33 && (isAsciiAlnum(s[i]) || s[i] == '+' || s[i] == '.' || s[i] == '-'))
            ++i;
        if (scheme && i >= 3 && i < s.size() && s[i] == ':') {
            for (++i; i < s.size(); ++i) {
                const auto c = static_cast<unsigned char>(s[i]);
                if (c == '>') return i + 1;
                if (c <= 0x20 || c == '<') return 0;
            }
            return 0;
        }
        bool at = false;
        for (i = 1; i < s.size(); ++i) {
            const char c = s[i];
            if (c == '>') return at && i > 1 && s[i - 1] != '@' ? i + 1 : 0;
            if (c == '@') {
                if (at || i == 1) return 0;
                at = true;
            } else if (!isAsciiAlnum(c) && c != '.' && c != '-' && c != '_' && c != '+') {
                return 0;
            }
        }
        return 0;
    }

    /// An HTML open tag, closing tag, declaration or processing instruction starting `s`;
    /// its length, or 0. Searches that once failed to find their end are not repeated.
    std::size_t tagLength(std::string_view s, std::size_t at) {
        if (s.size() < 3) return 0;
        if (s[1] == '?' || (s[1] == '!' && isAsciiLetter(s[2]))) {
            const std::string_view end = s[1] == '?' ? "?>" : ">";
            std::size_t& failedFrom = s[1] == '?' ? m_noPiEndFrom : m_noGtFrom;
            if (at >= failedFrom) return 0;
            const std::size_t pos = s.find(end, 2);
            if (pos == std::string_view::npos) {
                failedFrom = at;
                return 0;
            }
            return pos + end.size();
        }
        std::size_t i = 1;
        const bool closing = s[1] == '/';
        if (closing) ++i;
        if (i >= s.size() || !isAsciiLetter(s[i])) return 0;
        while (i < s.size() && (isAsciiAlnum(s[i]) || s[i] == '-')) ++i;
        if (closing) {
            while (i < s.size() && isBlankChar(s[i])) ++i;
            return i < s.size() && s[i] == '>' ? i + 1 : 0;
        }
        while (true) {
            const std::size_t beforeSpace = i;
            while (i < s.size() && isBlankChar(s[i])) ++i;
            if (i >= s.size()) return 0;
            if (s[i] == '>') return i + 1;
            if (s[i] == '/') return i + 1 < s.size() && s[i + 1] == '>' ? i + 2 : 0;
            if (i == beforeSpace) return 0;  // attributes need a space before them
            if (!isAsciiLetter(s[i]) && s[i] != '_' && s[i] != ':') return 0;
            while (i < s.size() && (isAsciiAlnum(s[i]) || s[i] == '_' || s[i] == '.' || s[i] == ':' || s[i] == '-'))
                ++i;
            std::size_t j = i;
            while (j < s.size() && isBlankChar(s[j])) ++j;
            if (j >= s.size() || s[j] != '=') continue;
            ++j;
            while (j < s.size() && isBlankChar(s[j])) ++j;
            if (j >= s.size()) return 0;
            if (s[j] == '"' || s[j] == '\'') {
                std::size_t& failedFrom = s[j] == '"' ? m_noDoubleQuoteFrom : m_noSingleQuoteFrom;
                if (at + j >= failedFrom) return 0;
                const std::size_t end = s.find(s[j], j + 1);
                if (end == std::string_view::npos) {
                    failedFrom = at + j;
                    return 0;
                }
                i = end + 1;
            } else {
                std::size_t k = j;
                while (k < s.size() && !isBlankChar(s[k]) && s[k] != '"' && s[k] != '\'' && s[k] != '=' &&
                       s[k] != '<' && s[k] != '>' && s[k] != '`')
                    ++k;
                if (k == j) return 0;
                i = k;
            }
        }
    }

    /// A run of *, _ or ~: written out now, removed later if it pairs up as emphasis.
    std::size_t delimiterRun(std::size_t i) {
        const char marker = m_s[i];
        std::size_t j = i;
        while (j < m_s.size() && m_s[j] == marker) ++j;
        const std::size_t count = j - i;
        const char before = i > 0 ? m_s[i - 1] : ' ';
        const char after = j < m_s.size() ? m_s[j] : ' ';
        const bool beforeSpace = isBlankChar(before);
        const bool afterSpace = isBlankChar(after);
        const bool beforePunct = isAsciiPunctuation(before);
        const bool afterPunct = isAsciiPunctuation(after);
        const bool leftFlanking = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
        const bool rightFlanking = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
        bool canOpen = leftFlanking, canClose = rightFlanking;
        if (marker == '_') {
            // snake_case and file_names are not emphasis.
            canOpen = leftFlanking && (!rightFlanking || beforePunct);
            canClose = rightFlanking && (!leftFlanking || afterPunct);
        }
        if (marker == '~' && count > 2) canOpen = canClose = false;
        if ((canOpen || canClose) && m_delimiters.size() < kMaxMarksPerLine)
            m_delimiters.push_back({m_out.size(), count, marker, canOpen, canClose, count});
        m_out.append(count, marker);
        return j;
    }

    /// Pairs openers and closers (nearest first, as CommonMark does) and drops the pairs.
    std::string resolveEmphasis() {
        if (m_delimiters.empty()) return std::move(m_out);
        std::vector<std::size_t> openers[3];
        auto slot = [](char marker) { return marker == '*' ? 0 : marker == '_' ? 1 : 2; };
        for (std::size_t k = 0; k < m_delimiters.size(); ++k) {
            Delimiter& d = m_delimiters[k];
            auto& stack = openers[slot(d.marker)];
            if (d.canClose) {
                while (d.remaining > 0 && !stack.empty()) {
                    Delimiter& o = m_delimiters[stack.back()];
                    std::size_t use = std::min(o.remaining, d.remaining);
                    if (d.marker == '~') {
                        if (o.count != d.count) break;
                        use = d.count;
                    } else {
                        use = std::min<std::size_t>(use, 2);
                    }
                    o.remaining -= use;
                    o.stripRight += use;
                    d.remaining -= use;
                    d.stripLeft += use;
                    if (o.remaining == 0) stack.pop_back();
                }
            }
            if (d.remaining > 0 && d.canOpen) stack.push_back(k);
        }
        std::string out;
        out.reserve(m_out.size());
        std::size_t copied = 0;
        for (const Delimiter& d : m_delimiters) {
            out.append(m_out, copied, d.outPos - copied);
            const std::size_t keep = d.count - std::min(d.count, d.stripLeft + d.stripRight);
            out.append(keep, d.marker);
            copied = d.outPos + d.count;
        }
        out.append(m_out, copied, std::string::npos);
        return out;
    }

    std::string_view m_s;
    const std::set<std::string>& m_labels;
    std::string m_out;
    std::vector<Pair> m_codeSpans;
    std::vector<Pair> m_brackets;
    std::vector<Pair> m_parens;
    std::vector<Delimiter> m_delimiters;
    std::size_t m_noGtFrom = SIZE_MAX;
    std::size_t m_noPiEndFrom = SIZE_MAX;
    std::size_t m_noDoubleQuoteFrom = SIZE_MAX;
    std::size_t m_noSingleQuoteFrom = SIZE_MAX;
};

class MarkdownReader {
public:
    MarkdownReader(std::string_view in, const std::string& fileLabel) : m_in(in), m_fileLabel(fileLabel) {}

    ExtractedText run() {
        if (m_in.substr(0, 3) == "\xEF\xBB\xBF") m_in.remove_prefix(3);
        ExtractedText result;
        const std::size_t start = afterFrontMatter();
        if (start > 0) result.notes.push_back("The file's front matter (metadata between “---” lines) was left out.");
        collectLabels(start);
        LineCursor lines(m_in, start);
        while (!lines.done()) line(lines);
        result.text = readHtml(m_html, m_fileLabel).text;
        return result;
    }

private:
    /// YAML front matter: "---" on the first line, closed by "---" or "..." soon after.
    std::size_t afterFrontMatter() const {
        LineCursor lines(m_in);
        if (trim(lines.next()) != "---") return 0;
        for (std::size_t k = 0; k < kMaxFrontMatterLines && !lines.done(); ++k) {
            const std::string_view raw = lines.next();
            const std::string_view line = trim(raw);
            if (line == "---" || line == "...") return lines.position();
            // YAML lines: "key: value", "- item", indented continuations, comments.
            const bool yamlLike = line.empty() || line.front() == '#' || line.front() == '-' ||
                                  isBlankChar(raw.front()) || line.find(':') != std::string_view::npos;
            if (!yamlLike) return 0;
        }
        return 0;
    }

    /// First pass: the labels of link reference definitions, so [text][label] can resolve.
    void collectLabels(std::size_t start) {
        LineCursor lines(m_in, start);
        std::optional<Fence> fence;
        while (!lines.done()) {
            std::string_view text = lines.next();
            const std::size_t depth = stripQuotes(text, fence ? fence->quoteDepth : SIZE_MAX);
            if (fence) {
                if (closesFence(text, *fence)) fence.reset();
                continue;
            }
            if ((fence = fenceOpening(text))) {
                fence->quoteDepth = depth;
                continue;
            }
            if (m_labels.size() >= kMaxReferenceLabels) continue;
            if (auto label = referenceDefinition(text)) m_labels.insert(std::move(*label));
        }
    }

    void emitLine(std::string_view text) {
        bool openComment = false;
        m_html += InlineLine(text, m_labels).render(openComment);
        m_html += "<br>\n";
        m_inComment = openComment;
    }

    void line(LineCursor& lines) {
        std::string_view text = lines.next();
        if (m_inComment) {
            const std::size_t end = text.find("-->");
            if (end == std::string_view::npos) return;
            m_inComment = false;
            text.remove_prefix(end + 3);
        }
        const std::size_t depth = stripQuotes(text, m_fence ? m_fence->quoteDepth : SIZE_MAX);
        if (m_fence) {
            if (closesFence(text, *m_fence)) {
                m_fence.reset();
            } else if (!isBlank(text)) {
                appendEscaped(m_html, text);  // code stays as written
                m_html += "<br>\n";
            }
            m_afterText = false;
            return;
        }
        if (isBlank(text)) {
            m_afterText = false;
            return;
        }
        if ((m_fence = fenceOpening(text))) {
            m_fence->quoteDepth = depth;
            m_afterText = false;
            return;
        }
        const bool afterText = m_afterText;
        m_afterText = false;
        if (afterText && isSetextUnderline(text)) return;
        if (isThematicBreak(text) || referenceDefinition(text)) return;
        if (auto heading = atxHeading(text)) {
            if (!heading->empty()) emitLine(*heading);
            return;
        }
        if (text.find('|') != std::string_view::npos && !lines.done()) {
            std::string_view next = lines.peek();
            stripQuotes(next);
            if (isTableDelimiterRow(next)) {
                table(text, lines);
                return;
            }
        }
        text = stripListMarker(text);
        text = trim(text);
        if (!text.empty() && text.back() == '\\') text.remove_suffix(1);  // a hard line break marker
        if (text.empty()) return;
        emitLine(text);
        m_afterText = true;
    }

    /// A GFM table: the header row and body rows until a blank line or a line without '|'.
    void table(std::string_view header, LineCursor& lines) {
        lines.next();  // the delimiter row
        auto row = [&](std::string_view text) {
            for (std::string_view cell : tableCells(text))
                if (!cell.empty()) emitLine(cell);
        };
        row(header);
        while (!lines.done() && !m_inComment) {
            std::string_view next = lines.peek();
            stripQuotes(next);
            if (isBlank(next) || next.find('|') == std::string_view::npos) break;
            lines.next();
            row(next);
        }
    }

    std::string_view m_in;
    const std::string& m_fileLabel;
    std::set<std::string> m_labels;
    std::string m_html;
    std::optional<Fence> m_fence;
    bool m_inComment = false;
    bool m_afterText = false;
};

}  // namespace

ExtractedText readMarkdown(std::string_view utf8, const std::string& fileLabel) {
    return MarkdownReader(utf8, fileLabel).run();
}

}  // namespace edau::importers
