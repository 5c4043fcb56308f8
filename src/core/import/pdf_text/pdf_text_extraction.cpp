// SPDX-License-Identifier: GPL-3.0-or-later
// edau-pdf-text's extraction: poppler's words in reading order, regrouped into paragraphs.
#include "pdf_text_extraction.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstddef>
#include <limits>
#include <memory>
#include <string>
#include <unordered_set>
#include <utility>

namespace edau::pdftext {

namespace {

// Stands for "a hyphen at a line end, before a lowercase letter" until the whole document has
// been seen and we know whether the word is usually written with the hyphen. Control characters
// never survive toUtf8, so it cannot clash with real text.
constexpr char kLineEndHyphen = '\x01';

// ------------------------------------------------------------------ UTF-16 to clean UTF-8

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

/// Appends one code point as a researcher should see it: typographic ligatures spelled out so
/// searching for "find" finds "ﬁnd", control and non-characters dropped (broken ToUnicode maps
/// produce them), other whitespace as a plain space.
void appendClean(std::string& out, char32_t cp) {
    static const char* const kLigatures[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
    if (cp >= 0xFB00 && cp <= 0xFB06) {
        out += kLigatures[cp - 0xFB00];
        return;
    }
    if (cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0xA0) {
        out += ' ';
        return;
    }
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0xFEFF || (cp >= 0xFDD0 && cp <= 0xFDEF) ||
        (cp & 0xFFFE) == 0xFFFE || cp > 0x10FFFF)
        return;
    appendUtf8(out, cp);
}

std::string toUtf8(const poppler::ustring& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t unit = text[i];
        if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < text.size() && text[i + 1] >= 0xDC00 &&
            text[i + 1] <= 0xDFFF) {
            appendClean(out, 0x10000 + ((unit - 0xD800) << 10) + (char32_t{text[i + 1]} - 0xDC00));
            ++i;
        } else if (unit >= 0xD800 && unit <= 0xDFFF) {
            appendUtf8(out, 0xFFFD);  // a lone surrogate: say something was there
        } else {
            appendClean(out, unit);
        }
    }
    return out;
}

/// Decodes the code point starting at s[i] (s is valid UTF-8: we produced it).
char32_t codePointAt(std::string_view s, std::size_t i) {
    const auto b = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[k])); };
    const char32_t lead = b(i);
    if (lead < 0x80) return lead;
    if (lead >= 0xF0 && i + 3 < s.size()) return ((lead & 0x07) << 18) | ((b(i + 1) & 0x3F) << 12) | ((b(i + 2) & 0x3F) << 6) | (b(i + 3) & 0x3F);
    if (lead >= 0xE0 && i + 2 < s.size()) return ((lead & 0x0F) << 12) | ((b(i + 1) & 0x3F) << 6) | (b(i + 2) & 0x3F);
    if (lead >= 0xC0 && i + 1 < s.size()) return ((lead & 0x1F) << 6) | (b(i + 1) & 0x3F);
    return 0xFFFD;
}

/// The last code point of s and where it starts.
std::pair<char32_t, std::size_t> lastCodePoint(std::string_view s) {
    if (s.empty()) return {0, 0};
    std::size_t i = s.size() - 1;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    return {codePointAt(s, i), i};
}

bool isLetter(char32_t cp) { return u_isalpha(static_cast<UChar32>(cp)) != 0; }
bool isLower(char32_t cp) { return u_islower(static_cast<UChar32>(cp)) != 0; }

// ------------------------------------------------------------------ geometry

double finiteOr0(double v) { return std::isfinite(v) ? v : 0.0; }

/// A box turned so that text always runs along +a and lines follow each other along +c.
struct Box {
    double a0 = 0, a1 = 0, c0 = 0, c1 = 0;
};

Box orient(const PlacedWord& w, int rotation) {
    double left = finiteOr0(w.left), right = finiteOr0(w.right), top = finiteOr0(w.top), bottom = finiteOr0(w.bottom);
    if (left > right) std::swap(left, right);
    if (top > bottom) std::swap(top, bottom);
    switch (rotation) {
    case 1: return {top, bottom, -right, -left};   // reads downwards, lines move leftwards
    case 2: return {-right, -left, -bottom, -top};  // upside down
    case 3: return {-bottom, -top, left, right};    // reads upwards, lines move rightwards
    default: return {left, right, top, bottom};
    }
}

struct Line {
    std::string text;
    int rotation = 0;
    Box box;
    double firstWordWidth = 0;
    double height() const { return std::max(box.c1 - box.c0, 1.0); }
    double baseline() const { return box.c1; }
};

bool overlapsAlong(const Line& x, const Line& y) { return x.box.a0 < y.box.a1 && y.box.a0 < x.box.a1; }

/// Poppler gives words line by line but does not say where lines end; a word starts a new line
/// when it goes backwards, or does not share any height with the line so far.
std::vector<Line> groupLines(const std::vector<PlacedWord>& words) {
    std::vector<Line> lines;
    bool lastSpaceAfter = false;
    for (const PlacedWord& w : words) {
        if (w.text.empty()) continue;
        const int rotation = ((w.rotation % 4) + 4) % 4;
        const Box b = orient(w, rotation);
        const double wordHeight = std::max(b.c1 - b.c0, 1.0);
        bool sameLine = false;
        if (!lines.empty() && lines.back().rotation == rotation) {
            const Line& l = lines.back();
            const double h = std::min(l.height(), wordHeight);
            const double shared = std::min(l.box.c1, b.c1) - std::max(l.box.c0, b.c0);
            sameLine = b.a0 >= l.box.a1 - 0.5 * h && shared > 0.1 * h;
        }
        if (sameLine) {
            Line& l = lines.back();
            // Poppler marks real spaces; a visible gap without one is a table cell or a tab stop.
            if (lastSpaceAfter || b.a0 - l.box.a1 > 0.3 * std::min(l.height(), wordHeight)) l.text += ' ';
            l.text += w.text;
            l.box.a1 = std::max(l.box.a1, b.a1);
            l.box.c0 = std::min(l.box.c0, b.c0);
            l.box.c1 = std::max(l.box.c1, b.c1);
        } else {
            Line l;
            l.text = w.text;
            l.rotation = rotation;
            l.box = b;
            l.firstWordWidth = b.a1 - b.a0;
            lines.push_back(std::move(l));
        }
        lastSpaceAfter = w.spaceAfter;
    }
    return lines;
}

/// Whether `next` could continue the paragraph that `prev` is in: same direction, below it, in
/// the same column, a similar size, and no more than two line heights of blank space between
/// them (double-spaced transcripts leave about one and a half).
bool couldContinue(const Line& prev, const Line& next) {
    if (prev.rotation != next.rotation || !overlapsAlong(prev, next)) return false;
    const double h1 = prev.height(), h2 = next.height();
    if (next.baseline() <= prev.baseline() + 0.3 * h1) return false;  // above, or beside: a new column
    if (std::max(h1, h2) > 1.3 * std::min(h1, h2)) return false;      // a heading, a footnote
    return next.box.c0 - prev.box.c1 <= 2.0 * h1;
}

/// Line spacing relative to line height that counts as "within a paragraph" on this page: the
/// lower quartile of the spacings seen, so paragraph gaps (which only add) do not skew it and
/// double-spaced transcripts keep their paragraphs whole.
double bodySpacing(const std::vector<Line>& lines) {
    std::vector<double> ratios;
    for (std::size_t i = 1; i < lines.size(); ++i)
        if (couldContinue(lines[i - 1], lines[i]))
            ratios.push_back((lines[i].baseline() - lines[i - 1].baseline()) / lines[i - 1].height());
    if (ratios.empty()) return 0;
    const auto quartile = ratios.begin() + static_cast<std::ptrdiff_t>(ratios.size() / 4);
    std::nth_element(ratios.begin(), quartile, ratios.end());
    return *quartile;
}

/// The right edge of the column around line i: the furthest any nearby line in it reaches.
double columnEnd(const std::vector<Line>& lines, std::size_t i) {
    const Line& l = lines[i];
    double end = l.box.a1;
    const std::size_t from = i >= 4 ? i - 4 : 0;
    const std::size_t to = std::min(lines.size(), i + 3);
    for (std::size_t j = from; j < to; ++j) {
        const Line& o = lines[j];
        if (o.rotation == l.rotation && overlapsAlong(o, l) && std::abs(o.baseline() - l.baseline()) < 6 * l.height())
            end = std::max(end, o.box.a1);
    }
    return end;
}

/// Whether a line ends like a table of contents entry: dot leaders, then a page number.
bool endsWithDotLeader(std::string_view text) {
    std::size_t i = text.size();
    std::size_t tokenLength = 0;
    while (i > 0 && text[i - 1] != ' ' && text[i - 1] != '.' && tokenLength <= 8) {
        --i;
        ++tokenLength;
    }
    if (tokenLength == 0 || tokenLength > 8) return false;
    int dots = 0;
    while (i > 0 && (text[i - 1] == '.' || text[i - 1] == ' ')) {
        if (text[--i] == '.') ++dots;
    }
    return dots >= 4;
}

/// Decides whether lines[i] starts a new paragraph, given whether lines[i-1] started one.
bool startsParagraph(const std::vector<Line>& lines, std::size_t i, double bodyRatio, bool prevStarted) {
    const Line& prev = lines[i - 1];
    const Line& line = lines[i];
    if (!couldContinue(prev, line)) return true;
    const double h = prev.height();
    if (endsWithDotLeader(prev.text)) return true;
    // A gap clearly wider than the page's usual line spacing.
    if (bodyRatio > 0 && (line.baseline() - prev.baseline()) / h > 1.25 * bodyRatio) return true;
    // The previous line stopped although this line's first word would have fitted after it.
    if (columnEnd(lines, i - 1) - prev.box.a1 > line.firstWordWidth + h) return true;
    // A first-line indent: this line is indented from the line before and the line after, and
    // the line before was not itself a paragraph's first line (that would be a hanging indent).
    if (!prevStarted && line.box.a0 - prev.box.a0 > 0.8 * h && line.box.a0 - prev.box.a0 < 10 * h &&
        i + 1 < lines.size()) {
        const Line& next = lines[i + 1];
        if (couldContinue(line, next) && next.box.a0 < line.box.a0 - 0.8 * h) return true;
    }
    return false;
}

enum class Margin { None, Top, Bottom };

struct Paragraph {
    std::string text;
    Margin margin = Margin::None;
    Line first;              ///< its first line, for geometry (text unused)
    bool oneLine = true;
    bool merged = false;     ///< appended to a speaker label: leave out where it stood
};

/// Whether a line lies wholly in the page's top or bottom margin: the outer 8% of its height,
/// where running headers, footers and page numbers go and body text (inside margins of an
/// inch or so) does not.
Margin marginOf(const Line& line, PageSize page) {
    if (!(page.width > 0 && page.height > 0 && page.width < 1e6 && page.height < 1e6)) return Margin::None;
    PlacedWord whole;
    whole.right = page.width;
    whole.bottom = page.height;
    const Box p = orient(whole, line.rotation);
    const double band = 0.08 * (p.c1 - p.c0);
    if (line.box.c1 <= p.c0 + band) return Margin::Top;
    if (line.box.c0 >= p.c1 - band) return Margin::Bottom;
    return Margin::None;
}

bool isDash(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == 0x2013 || cp == 0x2014; }

/// Whether a word is a plain line number: one to five ASCII digits.
bool isLineNumber(std::string_view text) {
    return !text.empty() && text.size() <= 5 &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// Drops a column of line numbers (as transcription services and legal documents print them):
/// at least three bare numbers, counting up down the page, all to the left of every other word.
std::vector<PlacedWord> withoutLineNumbers(const std::vector<PlacedWord>& words) {
    struct Candidate {
        std::size_t index;
        double across;
        unsigned long value;
    };
    std::vector<PlacedWord> kept;
    for (int rotation = 0; rotation < 4; ++rotation) {
        double textStart = std::numeric_limits<double>::infinity();
        for (const PlacedWord& w : words) {
            if (((w.rotation % 4) + 4) % 4 != rotation || w.text.empty() || isLineNumber(w.text)) continue;
            textStart = std::min(textStart, orient(w, rotation).a0);
        }
        std::vector<Candidate> numbers;
        for (std::size_t i = 0; i < words.size(); ++i) {
            const PlacedWord& w = words[i];
            if (((w.rotation % 4) + 4) % 4 != rotation || !isLineNumber(w.text)) continue;
            const Box b = orient(w, rotation);
            if (b.a1 < textStart - 0.5 * std::max(b.c1 - b.c0, 1.0))
                numbers.push_back({i, b.c0, std::stoul(w.text)});
        }
        std::sort(numbers.begin(), numbers.end(), [](const Candidate& x, const Candidate& y) { return x.across < y.across; });
        const bool countsUp = std::is_sorted(numbers.begin(), numbers.end(),
                                             [](const Candidate& x, const Candidate& y) { return x.value < y.value; });
        if (numbers.size() < 3 || !countsUp) continue;
        if (kept.empty()) kept = words;
        for (const Candidate& c : numbers) kept[c.index].text.clear();  // empty words are skipped
    }
    return kept.empty() ? words : kept;
}

/// "Siân:", "Interviewer -", "R –": how transcripts end a speaker's name.
bool endsLikeSpeakerLabel(std::string_view text) {
    const auto [last, at] = lastCodePoint(text);
    (void)at;
    return last == ':' || isDash(last);
}

/// Transcripts laid out as a table (speaker in a narrow column, what they said beside it) come
/// out of poppler as two blocks. A one-line paragraph ending in ':' or a dash with another
/// paragraph starting on the same baseline just to its right is a speaker label: join the two there.
void joinSpeakerLabels(std::vector<Paragraph>& paragraphs) {
    constexpr std::size_t kMaxParagraphs = 5000;  // the search is quadratic; real pages have far fewer
    if (paragraphs.size() > kMaxParagraphs) return;
    double left = std::numeric_limits<double>::infinity(), right = -left;
    for (const Paragraph& p : paragraphs) {
        left = std::min(left, p.first.box.a0);
        right = std::max(right, p.first.box.a1);
    }
    const double textWidth = right - left;
    for (Paragraph& label : paragraphs) {
        if (!label.oneLine || label.merged || !endsLikeSpeakerLabel(label.text) ||
            label.first.box.a1 - label.first.box.a0 > 0.3 * textWidth)
            continue;
        const Line& l = label.first;
        for (Paragraph& said : paragraphs) {
            const Line& s = said.first;
            if (&said == &label || said.merged || s.rotation != l.rotation || s.box.a0 <= l.box.a1 ||
                s.box.a0 - l.box.a1 > 0.25 * textWidth || std::abs(s.baseline() - l.baseline()) > 0.3 * l.height())
                continue;
            label.text += ' ';
            label.text += said.text;
            label.oneLine = false;
            label.margin = Margin::None;
            said.merged = true;
            break;
        }
    }
}


/// Appends a continuation line to a paragraph. A soft hyphen at the line end goes; a hyphen
/// between letters before a lowercase letter is marked for resolveLineEndHyphens; a dash after
/// a word joins without a space ("pre-\nBrexit", "1990–\n2000"); otherwise lines meet with a space.
void appendLine(std::string& paragraph, const std::string& line) {
    const auto [last, lastAt] = lastCodePoint(paragraph);
    if (last == 0xAD) {
        paragraph.resize(lastAt);
        paragraph += line;
        return;
    }
    if (isDash(last) && lastAt > 0) {
        const char32_t beforeDash = lastCodePoint(std::string_view(paragraph).substr(0, lastAt)).first;
        if (beforeDash != ' ') {
            if ((last == '-' || last == 0x2010) && isLetter(beforeDash) && isLower(codePointAt(line, 0))) {
                paragraph.resize(lastAt);
                paragraph += kLineEndHyphen;
            }
            paragraph += line;
            return;
        }
    }
    paragraph += ' ';
    paragraph += line;
}

/// Removes soft hyphens left inside words: invisible, and they would break searching.
std::string withoutSoftHyphens(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xAD') {
            ++i;
            continue;
        }
        out += s[i];
    }
    return out;
}

// ------------------------------------------------------------------ hyphens across the document

bool isWordByte(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || c == '-' ||
           c == kLineEndHyphen;
}

std::string lowerAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

/// Turns every kLineEndHyphen into either nothing ("commu-/nity" -> "community") or a hyphen
/// ("well-/being" -> "well-being"): the hyphen stays when the document writes the word with a
/// hyphen elsewhere and never without one; otherwise it goes, since typesetters break words at
/// syllables far more often than at a compound's hyphen (and poppler's own text export agrees).
void resolveLineEndHyphens(std::vector<std::string>& pages) {
    bool any = false;
    for (const std::string& p : pages) any = any || p.find(kLineEndHyphen) != std::string::npos;
    if (!any) return;

    std::unordered_set<std::string> words;
    for (const std::string& p : pages) {
        std::size_t i = 0;
        while (i < p.size()) {
            while (i < p.size() && !isWordByte(p[i])) ++i;
            const std::size_t start = i;
            while (i < p.size() && isWordByte(p[i])) ++i;
            const std::string_view word = std::string_view(p).substr(start, i - start);
            if (!word.empty() && word.find(kLineEndHyphen) == std::string_view::npos) words.insert(lowerAscii(word));
        }
    }
    for (std::string& p : pages) {
        std::string out;
        out.reserve(p.size());
        for (std::size_t i = 0; i < p.size(); ++i) {
            if (p[i] != kLineEndHyphen) {
                out += p[i];
                continue;
            }
            // Word halves longer than any real word are not looked up (and cannot make this slow).
            constexpr std::size_t kMaxHalf = 100;
            std::size_t start = out.size();
            while (start > 0 && out.size() - start < kMaxHalf && isWordByte(out[start - 1]) && out[start - 1] != '-')
                --start;
            std::size_t end = i + 1;
            while (end < p.size() && end - i < kMaxHalf && isWordByte(p[end]) && p[end] != '-' &&
                   p[end] != kLineEndHyphen)
                ++end;
            const std::string left = out.substr(start);
            const std::string right = p.substr(i + 1, end - i - 1);
            const bool joinedSeen = words.count(lowerAscii(left + right)) > 0;
            const bool hyphenSeen = words.count(lowerAscii(left + "-" + right)) > 0;
            if (hyphenSeen && !joinedSeen) out += '-';
        }
        p = std::move(out);
    }
}

PdfText extractDocument(const std::unique_ptr<poppler::document>& doc) {
    PdfText result;
    if (!doc) return result;
    if (doc->is_locked()) {
        result.outcome = Outcome::Encrypted;
        return result;
    }
    const int pageCount = doc->pages();
    if (pageCount <= 0) return result;  // opened, but without a page tree: damaged
    bool anyText = false;
    for (int i = 0; i < pageCount; ++i) {
        const std::unique_ptr<poppler::page> page(doc->create_page(i));
        std::vector<PlacedWord> words;
        PageSize size;
        if (page) {
            // Word boxes are in the page's crop box as displayed, so turned pages swap sides.
            const poppler::rectf crop = page->page_rect(poppler::crop_box);
            const auto turn = page->orientation();
            const bool sideways = turn == poppler::page::landscape || turn == poppler::page::seascape;
            size.width = std::abs(sideways ? crop.height() : crop.width());
            size.height = std::abs(sideways ? crop.width() : crop.height());
            for (const poppler::text_box& box : page->text_list()) {
                PlacedWord w;
                w.text = toUtf8(box.text());
                const poppler::rectf r = box.bbox();
                w.left = r.left();
                w.top = r.top();
                w.right = r.right();
                w.bottom = r.bottom();
                w.rotation = box.rotation();
                w.spaceAfter = box.has_space_after();
                words.push_back(std::move(w));
            }
        }
        result.pages.push_back(layOutParagraphs(words, size));
        anyText = anyText || !result.pages.back().empty();
    }
    resolveLineEndHyphens(result.pages);
    result.outcome = anyText ? Outcome::Ok : Outcome::NoText;
    return result;
}

void ignorePopplerMessage(const std::string&, void*) {}

}  // namespace

std::string layOutParagraphs(const std::vector<PlacedWord>& words, PageSize page) {
    const std::vector<Line> lines = groupLines(withoutLineNumbers(words));
    const double bodyRatio = bodySpacing(lines);
    std::vector<Paragraph> paragraphs;
    bool prevStarted = true;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const bool starts = i == 0 || startsParagraph(lines, i, bodyRatio, prevStarted);
        if (starts) {
            Paragraph p;
            p.text = lines[i].text;
            p.margin = marginOf(lines[i], page);
            p.first = lines[i];
            p.first.text.clear();
            paragraphs.push_back(std::move(p));
        } else {
            appendLine(paragraphs.back().text, lines[i].text);
            paragraphs.back().margin = Margin::None;  // more than one line: body text
            paragraphs.back().oneLine = false;
        }
        prevStarted = starts;
    }
    joinSpeakerLabels(paragraphs);
    paragraphs.erase(std::remove_if(paragraphs.begin(), paragraphs.end(), [](const Paragraph& p) { return p.merged; }),
                     paragraphs.end());
    // Poppler sometimes reads a page number between two blocks of the body; put margin lines
    // where a reader meets them, keeping their order otherwise.
    std::stable_partition(paragraphs.begin(), paragraphs.end(), [](const Paragraph& p) { return p.margin == Margin::Top; });
    std::stable_partition(paragraphs.begin(), paragraphs.end(), [](const Paragraph& p) { return p.margin != Margin::Bottom; });
    std::string out;
    for (const Paragraph& paragraph : paragraphs) {
        const std::string p = withoutSoftHyphens(paragraph.text);
        // Words never carry spaces of their own, but trim anyway so no paragraph is blank.
        const std::size_t first = p.find_first_not_of(' ');
        if (first == std::string::npos) continue;
        const std::size_t last = p.find_last_not_of(' ');
        if (!out.empty()) out += '\n';
        out.append(p, first, last - first + 1);
    }
    return out;
}

PdfText extractFromFile(const std::string& path) {
    return extractDocument(std::unique_ptr<poppler::document>(poppler::document::load_from_file(path)));
}

PdfText extractFromBytes(std::string_view bytes) {
    if (bytes.size() > static_cast<std::size_t>(INT_MAX)) return {};
    return extractDocument(std::unique_ptr<poppler::document>(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size()))));
}

std::string framePages(const std::vector<std::string>& pages) {
    std::string out(kFrameMagic);
    out += "\npages " + std::to_string(pages.size()) + "\n";
    for (std::size_t i = 0; i < pages.size(); ++i) {
        out += "page " + std::to_string(i + 1) + " " + std::to_string(pages[i].size()) + "\n";
        out += pages[i];
        out += '\n';
    }
    out += "end\n";
    return out;
}

void silencePoppler() { poppler::set_debug_error_function(&ignorePopplerMessage, nullptr); }

}  // namespace edau::pdftext
