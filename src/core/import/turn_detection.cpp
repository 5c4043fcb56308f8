// SPDX-License-Identifier: GPL-3.0-or-later
// Speaker turns in transcript text: the label styles transcription services and typists use.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <optional>
// GCC 12 reports a false "maybe-uninitialized" inside <regex> under the sanitizers.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <regex>
#include <string_view>

#include "edau/base/error.h"
#include "edau/import/source_reader.h"
#include "edau/text/unicode.h"

namespace edau {

namespace {

/// Role words that mark a turn even when they appear once.
bool isKnownRole(std::string_view label) {
    static const char* const kRoles[] = {
        "Interviewer", "INTERVIEWER", "Interviewee", "INTERVIEWEE", "Participant", "PARTICIPANT", "Respondent",
        "RESPONDENT", "Moderator", "MODERATOR", "Facilitator", "FACILITATOR", "Researcher", "RESEARCHER",
        "Cyfwelydd", "CYFWELYDD", "Cyfranogwr", "CYFRANOGWR", "Ymchwilydd", "YMCHWILYDD", "Hwylusydd",
        "I", "R", "P", "Q", "A", "Int", "INT", "Resp", "RESP"};
    for (const char* r : kRoles)
        if (label == r) return true;
    return false;
}

bool isSpaceOrTab(char c) { return c == ' ' || c == '\t'; }

/// "1:23", "01:02:03", "1:02:03.5" → milliseconds.
std::optional<std::int64_t> parseClock(std::string_view s) {
    std::int64_t parts[3] = {0, 0, 0};
    int count = 0;
    std::int64_t fraction = 0, fractionScale = 1;
    std::size_t i = 0;
    while (i < s.size() && count < 3) {
        std::size_t digits = 0;
        std::int64_t v = 0;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])) && digits < 3) {
            v = v * 10 + (s[i] - '0');
            ++i;
            ++digits;
        }
        if (digits == 0) return std::nullopt;
        parts[count++] = v;
        if (i < s.size() && s[i] == ':') {
            ++i;
            continue;
        }
        break;
    }
    if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
        ++i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])) && fractionScale < 1000) {
            fraction = fraction * 10 + (s[i] - '0');
            fractionScale *= 10;
            ++i;
        }
    }
    if (i != s.size() || count < 2) return std::nullopt;
    std::int64_t h = count == 3 ? parts[0] : 0, m = count == 3 ? parts[1] : parts[0], sec = count == 3 ? parts[2] : parts[1];
    if (m >= 60 || sec >= 60) return std::nullopt;
    return ((h * 60 + m) * 60 + sec) * 1000 + fraction * 1000 / fractionScale;
}

/// A speaker label: one to four words of letters (any script), digits, and ' - . _; at most
/// 40 characters. CHAT transcripts mark speakers with a leading '*'.
bool isLabel(std::string_view label) {
    if (label.empty() || label.size() > 160) return false;
    if (isSpaceOrTab(label.front()) || isSpaceOrTab(label.back())) return false;
    if (label.front() == '*') label.remove_prefix(1);
    if (label.empty()) return false;
    int words = 1;
    for (std::size_t k = 0; k < label.size(); ++k) {
        auto c = static_cast<unsigned char>(label[k]);
        if (c == ' ') {
            if (k > 0 && label[k - 1] == ' ') return false;
            ++words;
        } else if (c < 0x80 && !std::isalnum(c) && c != '\'' && c != '-' && c != '.' && c != '_') {
            return false;
        }
    }
    return words <= 4 && text::codePointCount(label) <= 40;
}

bool startsUpperOrDigit(std::string_view label) {
    if (!label.empty() && label.front() == '*') label.remove_prefix(1);
    if (label.empty()) return false;
    UChar32 c = 0;
    int32_t i = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(label.data()), i, static_cast<int32_t>(label.size()), c);
    return c > 0 && (u_isupper(c) || u_isdigit(c));
}

/// Words people put before a colon in notes and letters: never a speaker unless they recur.
bool isProseLabel(std::string_view label) {
    static const char* const kProse[] = {"Note", "Notes", "NB", "N.B.", "PS", "P.S.", "Example", "Summary", "Update",
                                         "Warning", "Important", "Reference", "Source", "Date", "Time", "Location",
                                         "Subject", "Re", "To", "From", "Cc", "Nodyn", "Sylw", "Dyddiad", "Lleoliad",
                                         "Amser", "Pwnc", "Ffynhonnell"};
    for (const char* p : kProse)
        if (label == p) return true;
    return false;
}

/// A once-only label must look like a name or an id: every word capitalised or holding a digit.
bool looksLikeName(std::string_view label) {
    if (!label.empty() && label.front() == '*') label.remove_prefix(1);
    std::size_t start = 0;
    while (start < label.size()) {
        std::size_t end = label.find(' ', start);
        if (end == std::string_view::npos) end = label.size();
        std::string_view word = label.substr(start, end - start);
        bool digit = std::any_of(word.begin(), word.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
        if (!digit && !startsUpperOrDigit(word)) return false;
        start = end + 1;
    }
    return !isProseLabel(label);
}

struct Candidate {
    std::int64_t lineStartCp = 0;
    std::size_t lineStartByte = 0;
    std::string speaker;
    std::optional<std::int64_t> timestampMs;
    bool strong = false;      ///< a format that cannot be prose (bracket id, timestamped label)
    bool mustRecur = false;   ///< a format prose shares ("We met at 10:30"): only a recurring label counts
};

/// Recognises one line; returns the candidate label if the line opens a turn.
std::optional<Candidate> recogniseLine(std::string_view line) {
    // [id1] text — a bracketed single token with a digit (not [inaudible] or [laughter]).
    if (!line.empty() && line.front() == '[') {
        auto close = line.find(']');
        if (close != std::string_view::npos && close > 1 && close <= 20) {
            std::string_view label = line.substr(1, close - 1);
            bool token = std::all_of(label.begin(), label.end(),
                                     [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'; });
            bool digit = std::any_of(label.begin(), label.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
            if (token && (digit || isKnownRole(label))) {
                Candidate c;
                c.speaker = std::string(label);
                c.strong = true;
                return c;
            }
        }
    }
    // Name (00:01:23): text
    if (auto open = line.find(" ("); open != std::string_view::npos && open > 0) {
        auto close = line.find("):", open);
        if (close != std::string_view::npos && close - open <= 14 && isLabel(line.substr(0, open))) {
            if (auto ms = parseClock(line.substr(open + 2, close - open - 2))) {
                Candidate c;
                c.speaker = std::string(line.substr(0, open));
                c.timestampMs = ms;
                c.strong = true;
                return c;
            }
        }
    }
    // Name  00:01:23   (alone on its line; the words follow on the next lines)
    {
        std::string_view trimmed = line;
        while (!trimmed.empty() && isSpaceOrTab(trimmed.back())) trimmed.remove_suffix(1);
        auto gap = trimmed.find_last_of(" \t");
        if (gap != std::string_view::npos && gap > 0) {
            std::string_view clock = trimmed.substr(gap + 1);
            std::string_view label = trimmed.substr(0, gap);
            while (!label.empty() && isSpaceOrTab(label.back())) label.remove_suffix(1);
            if (auto ms = parseClock(clock); ms && isLabel(label) && startsUpperOrDigit(label)) {
                Candidate c;
                c.speaker = std::string(label);
                c.timestampMs = ms;
                c.mustRecur = true;  // "We met at 10:30" looks the same: the speaker must recur
                return c;
            }
        }
    }
    // Name: text   /   NAME:   /   *GAI:\ttext
    auto colon = line.find(':');
    if (colon != std::string_view::npos && colon > 0 && colon <= 160 &&
        (colon + 1 == line.size() || isSpaceOrTab(line[colon + 1]))) {
        std::string_view label = line.substr(0, colon);
        if (isLabel(label)) {
            Candidate c;
            c.speaker = std::string(label.front() == '*' ? label.substr(1) : label);
            c.strong = label.front() == '*';
            return c;
        }
    }
    // Teacher 4-<tab>text   (a hyphen then a tab: some transcribers' house style)
    auto dash = line.find("-\t");
    if (dash != std::string_view::npos && dash > 0 && dash <= 160) {
        std::string_view label = line.substr(0, dash);
        if (isLabel(label) && startsUpperOrDigit(label)) {
            Candidate c;
            c.speaker = std::string(label);
            c.mustRecur = true;  // a rare style: the speakers must recur before it counts
            return c;
        }
    }
    return std::nullopt;
}

/// Ends each turn where the next begins, less trailing blank space; the last at the text's end.
std::vector<Turn> closeTurns(const std::string& t, std::vector<Candidate> accepted) {
    std::vector<Turn> turns;
    std::int64_t total = text::codePointCount(t);
    for (std::size_t k = 0; k < accepted.size(); ++k) {
        Turn turn;
        turn.speaker = accepted[k].speaker;
        turn.start = accepted[k].lineStartCp;
        turn.timestampMs = accepted[k].timestampMs;
        std::int64_t endCp = k + 1 < accepted.size() ? accepted[k + 1].lineStartCp : total;
        std::size_t endByte = k + 1 < accepted.size() ? accepted[k + 1].lineStartByte : t.size();
        while (endByte > 0 && endCp > turn.start &&
               (t[endByte - 1] == '\n' || isSpaceOrTab(t[endByte - 1]) || t[endByte - 1] == '\r')) {
            --endByte;
            --endCp;
        }
        turn.end = std::max(turn.start, endCp);
        turns.push_back(std::move(turn));
    }
    return turns;
}

template <typename Visit>
void forEachLine(const std::string& t, Visit&& visit) {
    std::size_t lineStart = 0;
    std::int64_t lineStartCp = 0;
    while (lineStart < t.size()) {
        std::size_t lineEnd = t.find('\n', lineStart);
        if (lineEnd == std::string::npos) lineEnd = t.size();
        visit(std::string_view(t.data() + lineStart, lineEnd - lineStart), lineStartCp, lineStart);
        if (lineEnd >= t.size()) break;
        lineStartCp += text::codePointCount(std::string_view(t).substr(lineStart, lineEnd + 1 - lineStart));
        lineStart = lineEnd + 1;
    }
}

}  // namespace

std::vector<Turn> detectTurns(const std::string& t) {
    std::vector<Candidate> candidates;
    forEachLine(t, [&](std::string_view line, std::int64_t startCp, std::size_t startByte) {
        // Notes documents indent their labelled lines; the turn starts at the label.
        std::size_t indent = 0;
        while (indent < line.size() && isSpaceOrTab(line[indent])) ++indent;
        if (auto c = recogniseLine(line.substr(indent))) {
            c->lineStartCp = startCp + static_cast<std::int64_t>(indent);
            c->lineStartByte = startByte + indent;
            candidates.push_back(std::move(*c));
        }
    });
    // A transcript repeats its speakers: a label seen once is prose ("Note: ...") unless it is a
    // known role or has a format prose never has. Once the text is clearly a transcript (some
    // label recurs or is a role), a once-only label that looks like a name is a speaker too.
    std::map<std::string, int> seen;
    for (const auto& c : candidates) ++seen[c.speaker];
    auto established = [&](const Candidate& c) {
        return seen[c.speaker] >= 2 || c.strong || (isKnownRole(c.speaker) && !c.mustRecur);
    };
    bool isTranscript = std::any_of(candidates.begin(), candidates.end(), established);
    // "Name  00:01:23" and "Name-<tab>" lines: once a speaker of that style recurs, the style is
    // the transcript's.
    bool clockStyle = std::any_of(candidates.begin(), candidates.end(),
                                  [&](const Candidate& c) { return c.mustRecur && seen[c.speaker] >= 2; });
    std::vector<Candidate> accepted;
    for (auto& c : candidates)
        if (established(c) || (isTranscript && (!c.mustRecur || clockStyle) && looksLikeName(c.speaker)))
            accepted.push_back(std::move(c));
    return closeTurns(t, std::move(accepted));
}

std::vector<Turn> detectTurnsWithPattern(const std::string& t, const std::string& pattern) {
    std::regex re;
    try {
        re = std::regex(pattern, std::regex::ECMAScript);
    } catch (const std::regex_error& e) {
        throwError(ErrorKind::Usage, Message(EDAU_MSG("The turn pattern {pattern} is not a valid regular expression: {reason}"))
                                         .arg("pattern", pattern)
                                         .arg("reason", e.what()));
    }
    if (re.mark_count() < 1)
        throwError(ErrorKind::Usage,
                   Message(EDAU_MSG("The turn pattern {pattern} needs a group in parentheses that captures the speaker"))
                       .arg("pattern", pattern));
    std::vector<Candidate> accepted;
    forEachLine(t, [&](std::string_view line, std::int64_t startCp, std::size_t startByte) {
        std::match_results<std::string_view::const_iterator> m;
        if (std::regex_search(line.begin(), line.end(), m, re, std::regex_constants::match_continuous)) {
            Candidate c;
            c.lineStartCp = startCp;
            c.lineStartByte = startByte;
            c.speaker = m[1].str();
            accepted.push_back(std::move(c));
        }
    });
    return closeTurns(t, std::move(accepted));
}

}  // namespace edau

#pragma GCC diagnostic pop
