// SPDX-License-Identifier: GPL-3.0-or-later
// WebVTT and SubRip captions as a transcript: cues joined into speaker turns, one line per turn.
//
// How cues become text:
// - A cue's speaker is its <v Name> voice tag, or a label at the start of a cue line written
//   as "Name: ", "- Name: " or ">> Name: " (Zoom, many subtitle tools). A cue may change
//   speaker part-way (two voices, or two labelled lines).
// - Consecutive cues by the same speaker form one turn; their texts are joined with a space.
//   Each turn is one line, "Name: words", so the document reads like a typed transcript, and
//   the turn spans the whole line. Its time is its first cue's start.
// - A cue with no speaker continues the turn of the last named speaker. Before anyone is
//   named (or in files that never name anyone) each such cue is its own line and its own
//   turn with an empty speaker, so every line keeps its time.
// - Tags (<i>, <b>, <c.x>, <lang cy>, <00:00:05.000>, SRT's <font>) and {\an8}-style
//   positioning codes are removed; entities are decoded; a line break inside a cue becomes a
//   space; non-breaking spaces become ordinary spaces.
// - WebVTT NOTE, STYLE and REGION blocks and the header are skipped; cue identifiers and SRT
//   numbers are dropped.
// - Damaged files are read as far as they make sense rather than refused: a cue whose time
//   line cannot be read keeps its text without a time; a block of text without a time line
//   (a stray blank line inside a cue) joins the cue before it. Both are reported in notes.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "edau/base/error.h"
#include "edau/text/unicode.h"
#include "format_readers.h"

namespace edau::importers {

namespace {

/// Ten hours of fast speech is about 20,000 cues; far more is not a recording.
constexpr std::size_t kMaxCues = 200000;
/// Speaker names are cut to this many code points.
constexpr std::size_t kMaxSpeakerCodePoints = 100;
/// Timestamps beyond this many hour digits are not times (and would overflow).
constexpr std::size_t kMaxHourDigits = 7;

bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isBlankChar(char c) { return c == ' ' || c == '\t'; }

bool isBlank(std::string_view line) { return std::all_of(line.begin(), line.end(), isBlankChar); }

std::string_view trim(std::string_view s) {
    while (!s.empty() && isBlankChar(s.front())) s.remove_prefix(1);
    while (!s.empty() && isBlankChar(s.back())) s.remove_suffix(1);
    return s;
}

bool isDigitsOnly(std::string_view s) {
    s = trim(s);
    return !s.empty() && std::all_of(s.begin(), s.end(), isAsciiDigit);
}

/// Code points in UTF-8 text (bytes that do not continue a sequence); safe on any bytes.
std::int64_t codePoints(std::string_view s) {
    return std::count_if(s.begin(), s.end(),
                         [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
}

std::string cutToCodePoints(std::string s, std::size_t max) {
    std::size_t seen = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && seen++ == max) {
            s.resize(i);
            break;
        }
    }
    return s;
}

/// True when `line` starts with `word` followed by a space, a tab or the end.
bool startsWithWord(std::string_view line, std::string_view word) {
    return line.substr(0, word.size()) == word && (line.size() == word.size() || isBlankChar(line[word.size()]));
}

/// One timestamp, [hours:]minutes:seconds[.,]fraction, from `pos`; advances `pos`.
std::optional<std::int64_t> parseTimestamp(std::string_view s, std::size_t& pos) {
    while (pos < s.size() && isBlankChar(s[pos])) ++pos;
    std::int64_t fields[3] = {0, 0, 0};
    std::size_t digitCounts[3] = {0, 0, 0};
    int count = 0;
    while (count < 3) {
        std::size_t digits = 0;
        std::int64_t value = 0;
        while (pos < s.size() && isAsciiDigit(s[pos])) {
            if (++digits > kMaxHourDigits) return std::nullopt;
            value = value * 10 + (s[pos] - '0');
            ++pos;
        }
        if (digits == 0) return std::nullopt;
        fields[count] = value;
        digitCounts[count] = digits;
        ++count;
        if (pos < s.size() && s[pos] == ':') {
            ++pos;
            continue;
        }
        break;
    }
    if (count < 2) return std::nullopt;
    std::int64_t hours = 0, minutes = 0, seconds = 0;
    if (count == 3) {
        hours = fields[0];
        minutes = fields[1];
        seconds = fields[2];
        if (digitCounts[1] > 2 || minutes > 59) return std::nullopt;
    } else {
        minutes = fields[0];
        seconds = fields[1];
    }
    if (digitCounts[count - 1] > 2 || seconds > 59) return std::nullopt;
    std::int64_t millis = 0;
    if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
        ++pos;
        std::size_t digits = 0;
        std::int64_t scale = 100;
        while (pos < s.size() && isAsciiDigit(s[pos])) {
            if (digits < 3) millis += (s[pos] - '0') * scale;
            scale /= 10;
            ++digits;
            ++pos;
            if (digits > 9) return std::nullopt;
        }
        if (digits == 0) return std::nullopt;
    }
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
}

/// A cue time line "start --> end [settings]": the start in milliseconds.
std::optional<std::int64_t> parseTimeLine(std::string_view line) {
    std::size_t pos = 0;
    const auto start = parseTimestamp(line, pos);
    if (!start) return std::nullopt;
    while (pos < line.size() && isBlankChar(line[pos])) ++pos;
    if (line.substr(pos, 3) != "-->") return std::nullopt;
    pos += 3;
    if (!parseTimestamp(line, pos)) return std::nullopt;
    if (pos < line.size() && !isBlankChar(line[pos])) return std::nullopt;
    return start;
}

bool hasArrow(std::string_view line) { return line.find("-->") != std::string_view::npos; }

/// Entities decoded, whitespace collapsed: the HTML reader does exactly this for tag-free text.
std::string decodeText(const std::string& escaped, const std::string& fileLabel) {
    if (escaped.find_first_not_of(" \t") == std::string::npos) return {};
    return readHtml(escaped, fileLabel).text;
}

/// A stretch of a cue line: text with tags removed (still with entities), and the voice a
/// <v> tag at its start named, if any.
struct Piece {
    std::optional<std::string> voice;
    std::string text;
};

/// Splits a cue line at its <v> tags, dropping all tags and {\...} codes. A '<' that does
/// not open a tag is kept as text (escaped, so decoding leaves it alone).
std::vector<Piece> splitPieces(std::string_view line, bool webVtt) {
    std::vector<Piece> pieces(1);
    // Once no closing character is left, later openers cannot close: no rescanning.
    bool noCloseAngle = false, noCloseBrace = false;
    std::size_t i = 0;
    while (i < line.size()) {
        const char c = line[i];
        if (c == '<' && !noCloseAngle && i + 1 < line.size() &&
            (isAsciiLetter(line[i + 1]) || line[i + 1] == '/' || (webVtt && isAsciiDigit(line[i + 1])))) {
            const std::size_t close = line.find('>', i + 1);
            if (close == std::string_view::npos) {
                noCloseAngle = true;
                continue;
            }
            const std::string_view tag = line.substr(i + 1, close - i - 1);
            if (tag[0] == 'v' && (tag.size() == 1 || tag[1] == ' ' || tag[1] == '\t' || tag[1] == '.')) {
                const std::size_t space = tag.find_first_of(" \t");
                std::string voice;
                if (space != std::string_view::npos)
                    for (char v : tag.substr(space + 1)) voice += v == '<' ? std::string("&lt;") : std::string(1, v);
                pieces.push_back(Piece{std::move(voice), {}});
            }
            i = close + 1;
        } else if (c == '{' && !noCloseBrace && i + 1 < line.size() && line[i + 1] == '\\') {
            const std::size_t close = line.find('}', i + 2);
            if (close == std::string_view::npos) {
                noCloseBrace = true;
                continue;
            }
            i = close + 1;
        } else {
            if (c == '<') pieces.back().text += "&lt;";
            else pieces.back().text += c;
            ++i;
        }
    }
    return pieces;
}

/// A speaker label at the start of a cue line, "Name: ", "- Name: " or ">> Name: ", by the
/// same rules as labels in typed transcripts: one to four words of letters, digits and
/// ' - . _ [ ] ( ), at most 40 code points, then ':' and a space or the end of the line.
struct Label {
    std::string name;
    std::string rest;
};

std::optional<Label> findLabel(std::string_view text) {
    std::size_t p = 0;
    if (text.substr(0, 2) == "- " || text.substr(0, 2) == ">>") p = 2;
    else if (text.substr(0, 4) == "\xE2\x80\x93 ") p = 4;  // "– " en dash
    while (p < text.size() && isBlankChar(text[p])) ++p;
    const std::size_t colon = text.find(':', p);
    if (colon == std::string_view::npos || colon == p || colon - p > 60) return std::nullopt;
    if (colon + 1 < text.size() && !isBlankChar(text[colon + 1])) return std::nullopt;
    const std::string_view label = text.substr(p, colon - p);
    if (isBlankChar(label.front()) || isBlankChar(label.back())) return std::nullopt;
    int words = 1;
    for (char ch : label) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == ' ') {
            ++words;
        } else if (c < 0x80 && !isAsciiLetter(ch) && !isAsciiDigit(ch) && ch != '\'' && ch != '-' && ch != '.' &&
                   ch != '_' && ch != '[' && ch != ']' && ch != '(' && ch != ')') {
            return std::nullopt;
        }
    }
    if (words > 4 || codePoints(label) > 40) return std::nullopt;
    return Label{std::string(label), std::string(trim(text.substr(colon + 1)))};
}

struct TurnDraft {
    std::string speaker;
    bool named = false;
    std::string body;
    std::optional<std::int64_t> timestampMs;
    std::size_t cue = 0;
};

class CaptionReader {
public:
    CaptionReader(std::string_view in, bool webVtt, const std::string& fileLabel)
        : m_in(in), m_webVtt(webVtt), m_fileLabel(fileLabel) {}

    ExtractedText run() {
        if (m_in.substr(0, 3) == "\xEF\xBB\xBF") m_in.remove_prefix(3);
        std::size_t pos = 0;
        const std::string_view first = peekLine(0);
        const bool vttHeader = startsWithWord(first, "WEBVTT");
        if (m_webVtt && !vttHeader) {
            if (hasArrow(m_in.substr(0, 4096)) && m_in.substr(0, 4096).find(',') != std::string_view::npos)
                fail(EDAU_MSG("{file} is not a WebVTT file: it does not start with “WEBVTT”. It looks like a "
                              "SubRip file; rename it to end in .srt and import it again"));
            fail(EDAU_MSG("{file} is not a WebVTT file: it does not start with “WEBVTT”"));
        }
        m_webVtt = vttHeader;  // an .srt file that is really WebVTT is read as WebVTT
        State state = State::Between;
        if (m_webVtt) {
            nextLine(pos);
            state = State::Header;
        }
        std::string_view pending;  // a line whose role the next line decides
        bool hasPending = false;
        bool sawText = false;
        while (pos < m_in.size()) {
            const std::string_view line = nextLine(pos);
            if (isBlank(line)) {
                if (state == State::Cue && hasPending) cueLine(pending);
                if (state == State::BlockStart) orphanLine(pending, true);
                hasPending = false;
                state = State::Between;
                continue;
            }
            sawText = true;
            switch (state) {
            case State::Header:
                if (hasArrow(line)) {
                    startCue(line);
                    state = State::Cue;
                }
                break;
            case State::Skip: break;
            case State::Between:
                if (m_webVtt && (startsWithWord(line, "NOTE") || startsWithWord(line, "STYLE") ||
                                 startsWithWord(line, "REGION"))) {
                    state = State::Skip;
                } else if (hasArrow(line)) {
                    startCue(line);
                    state = State::Cue;
                } else {
                    pending = line;  // a cue identifier, an SRT number, or stray text
                    hasPending = true;
                    state = State::BlockStart;
                }
                break;
            case State::BlockStart:
                hasPending = false;
                if (hasArrow(line)) {
                    startCue(line);
                    state = State::Cue;
                } else {
                    orphanLine(pending, true);
                    orphanLine(line, false);
                    state = State::Orphan;
                }
                break;
            case State::Orphan: orphanLine(line, false); break;
            case State::Cue:
                if (hasArrow(line) && parseTimeLine(line)) {
                    // A new cue without the blank line before it; the line before was its number.
                    if (hasPending && !isDigitsOnly(pending)) cueLine(pending);
                    hasPending = false;
                    startCue(line);
                } else {
                    if (hasPending) cueLine(pending);
                    pending = line;
                    hasPending = true;
                }
                break;
            }
        }
        if (state == State::Cue && hasPending) cueLine(pending);
        if (state == State::BlockStart) orphanLine(pending, true);
        if (!m_webVtt && sawText && m_timeLines == 0)
            fail(EDAU_MSG("{file} is not a SubRip (.srt) caption file: it has no time lines such as "
                          "“00:00:01,000 --> 00:00:04,000”"));
        return finish();
    }

private:
    enum class State { Header, Between, BlockStart, Cue, Orphan, Skip };

    [[noreturn]] void fail(const char* messageTemplate) const {
        throwError(ErrorKind::BadInput, Message(messageTemplate).arg("file", m_fileLabel));
    }

    /// The line starting at `pos` (LF, CRLF or CR ends it); advances `pos` past its end.
    std::string_view nextLine(std::size_t& pos) const {
        const std::size_t end = std::min(m_in.find_first_of("\r\n", pos), m_in.size());
        const std::string_view line = m_in.substr(pos, end - pos);
        pos = end;
        if (pos < m_in.size()) {
            pos += (m_in[pos] == '\r' && pos + 1 < m_in.size() && m_in[pos + 1] == '\n') ? 2 : 1;
        }
        return line;
    }

    std::string_view peekLine(std::size_t pos) const { return nextLine(pos); }

    void newCue(std::optional<std::int64_t> startMs) {
        if (++m_cueCount > kMaxCues)
            throwError(ErrorKind::BadInput,
                       Message(EDAU_MSG("{file} has more than {count} captions, far more than any recording; "
                                        "it was not imported"))
                           .arg("file", m_fileLabel)
                           .arg("count", static_cast<long long>(kMaxCues)));
        m_cueStart = startMs;
    }

    void startCue(std::string_view timeLine) {
        ++m_timeLines;
        const auto start = parseTimeLine(timeLine);
        if (!start) ++m_unreadableTimes;
        newCue(start);
    }

    /// Text outside any cue: it joins the cue before it, or starts an untimed one.
    void orphanLine(std::string_view line, bool firstOfBlock) {
        if (m_cueCount == 0) {
            if (isDigitsOnly(line)) return;  // an SRT number whose time line is missing
            newCue(std::nullopt);
        } else if (firstOfBlock) {
            ++m_orphanBlocks;
        }
        cueLine(line);
    }

    void cueLine(std::string_view line) {
        bool lineStart = true;
        std::optional<std::string> voiceOnLine;
        for (Piece& piece : splitPieces(line, m_webVtt)) {
            if (piece.voice) {
                std::string name = cutToCodePoints(decodeText(*piece.voice, m_fileLabel), kMaxSpeakerCodePoints);
                if (!name.empty()) {
                    voiceOnLine = name;
                    beginSpeaker(std::move(name));
                }
            }
            std::string text = decodeText(piece.text, m_fileLabel);
            if (text.empty()) continue;
            if (lineStart) {
                lineStart = false;
                if (auto label = findLabel(text)) {
                    // "<v Siân>Siân: ..." names the speaker twice; keep one.
                    if (!(voiceOnLine && *voiceOnLine == label->name))
                        beginSpeaker(cutToCodePoints(std::move(label->name), kMaxSpeakerCodePoints));
                    text = std::move(label->rest);
                }
            }
            addText(text);
        }
    }

    void beginSpeaker(std::string speaker) {
        if (!m_turns.empty() && m_turns.back().named && m_turns.back().speaker == speaker) return;
        m_turns.push_back(TurnDraft{std::move(speaker), true, {}, m_cueStart, m_cueCount});
    }

    void addText(const std::string& text) {
        if (text.empty()) return;
        const bool continues = !m_turns.empty() && (m_turns.back().named || m_turns.back().cue == m_cueCount);
        if (!continues) m_turns.push_back(TurnDraft{{}, false, {}, m_cueStart, m_cueCount});
        TurnDraft& turn = m_turns.back();
        if (!turn.body.empty()) turn.body += ' ';
        turn.body += text;
    }

    ExtractedText finish() {
        ExtractedText result;
        result.formatHasTurns = true;
        std::int64_t offset = 0;
        for (const TurnDraft& draft : m_turns) {
            if (draft.body.empty()) continue;
            std::string line = draft.named ? draft.speaker + ": " + draft.body : draft.body;
            // The caller stores NFC text; normalising here keeps the offsets exact.
            if (!text::findInvalidUtf8(line)) line = text::toNfc(line);
            if (!result.text.empty()) {
                result.text += '\n';
                ++offset;
            }
            ReaderTurn turn;
            turn.speaker = draft.speaker;
            turn.start = offset;
            offset += codePoints(line);
            turn.end = offset;
            turn.timestampMs = draft.timestampMs;
            result.turns.push_back(std::move(turn));
            result.text += line;
        }
        if (m_unreadableTimes > 0)
            result.notes.push_back(std::to_string(m_unreadableTimes) +
                                   " caption(s) had a time line Edau could not read; their text was kept without a "
                                   "time.");
        if (m_orphanBlocks > 0)
            result.notes.push_back(std::to_string(m_orphanBlocks) +
                                   " block(s) of text had no time line; each was kept with the caption before it.");
        return result;
    }

    std::string_view m_in;
    bool m_webVtt;
    const std::string& m_fileLabel;
    std::vector<TurnDraft> m_turns;
    std::size_t m_cueCount = 0;
    std::size_t m_timeLines = 0;
    std::size_t m_unreadableTimes = 0;
    std::size_t m_orphanBlocks = 0;
    std::optional<std::int64_t> m_cueStart;
};

}  // namespace

ExtractedText readCaptions(std::string_view utf8, bool webVtt, const std::string& fileLabel) {
    return CaptionReader(utf8, webVtt, fileLabel).run();
}

}  // namespace edau::importers
