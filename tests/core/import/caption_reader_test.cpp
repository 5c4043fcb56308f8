// SPDX-License-Identifier: GPL-3.0-or-later
// import::readCaptions: WebVTT and SubRip cues joined into speaker turns, times, markup, and damaged files.
#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "edau/base/error.h"
#include "edau/text/unicode.h"
#include "format_readers.h"
#include "temp_dir.h"

namespace {

using edau::importers::ExtractedText;
using edau::importers::readCaptions;

struct ExpectedTurn {
    std::string speaker;
    std::string text;  ///< the turn's span of the text
    std::optional<std::int64_t> timestampMs;
};

/// Checks the turns' speakers, times, and that each spans exactly the expected line.
void expectTurns(const ExtractedText& result, const std::vector<ExpectedTurn>& expected) {
    EXPECT_TRUE(result.formatHasTurns);
    ASSERT_EQ(result.turns.size(), expected.size()) << result.text;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const auto& turn = result.turns[i];
        EXPECT_EQ(turn.speaker, expected[i].speaker) << i;
        EXPECT_EQ(edau::text::sliceCodePoints(result.text, turn.start, turn.end), expected[i].text) << i;
        EXPECT_EQ(turn.timestampMs, expected[i].timestampMs) << i;
    }
}

ExtractedText vtt(const std::string& body) { return readCaptions("WEBVTT\n\n" + body, true, "test.vtt"); }

std::optional<edau::Error> captionError(const std::string& bytes, bool webVtt) {
    try {
        readCaptions(bytes, webVtt, "cyfweliad.vtt");
    } catch (const edau::Error& e) {
        return e;
    }
    return std::nullopt;
}

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

std::string fixture(const std::string& name) { return edau::test::readFile(edau::test::dataFile("import/captions/" + name)); }

TEST(CaptionReader, TeamsVoiceTagsBecomeTurnsJoinedBySpeaker) {
    const auto result = readCaptions(fixture("teams.vtt"), true, "teams.vtt");
    EXPECT_EQ(result.text,
              "Siân Jones: Bore da, a diolch am ddod. Mae'r dŵr yn oer.\n"
              "Llŷr Evans: Ond mae'r tŷ yn gynnes.");
    expectTurns(result, {{"Siân Jones", "Siân Jones: Bore da, a diolch am ddod. Mae'r dŵr yn oer.", 3820},
                         {"Llŷr Evans", "Llŷr Evans: Ond mae'r tŷ yn gynnes.", 8210}});
    EXPECT_TRUE(result.notes.empty());
}

TEST(CaptionReader, ZoomLabelsBecomeTurnsAndUnlabelledCuesContinueTheLastSpeaker) {
    const auto result = readCaptions(fixture("zoom.vtt"), true, "zoom.vtt");
    expectTurns(result, {{"Interviewer", "Interviewer: Sut mae pethau yn y pentref?", 1530},
                         {"Siân Jones", "Siân Jones: Da iawn, diolch. Mae'r ysgol yn brysur. a'r siop hefyd.", 4900}});
}

TEST(CaptionReader, SkipsWebVttBlocksAndMarkupThatAreNotSpeech) {
    const auto result = readCaptions(fixture("features.vtt"), true, "features.vtt");
    EXPECT_EQ(result.text, "Interviewer: Croeso & diolch!\nSiân: OK, iawn <3 wir yr.");
    expectTurns(result, {{"Interviewer", "Interviewer: Croeso & diolch!", 1000},
                         {"Siân", "Siân: OK, iawn <3 wir yr.", 3604500}});
}

TEST(CaptionReader, ReadsSubRipWithBomCrlfTagsAndPositionCodes) {
    const auto result = readCaptions(fixture("subtitles.srt"), false, "subtitles.srt");
    EXPECT_EQ(result.text, "Interviewer: Sut mae'r teulu?\nSiân: Mae pawb yn iach, diolch. Mae'r plant yn yr ysgol.");
    expectTurns(result, {{"Interviewer", "Interviewer: Sut mae'r teulu?", 1000},
                         {"Siân", "Siân: Mae pawb yn iach, diolch. Mae'r plant yn yr ysgol.", 4500}});
}

TEST(CaptionReader, ReadsEveryTimestampForm) {
    struct Case {
        const char* timeLine;
        std::optional<std::int64_t> startMs;
    };
    const Case cases[] = {
        {"00:01.000 --> 00:02.000", 1000},
        {"01:02:03.456 --> 01:02:04.000", 3723456},
        {"123:00:00.000 --> 123:00:01.000", 442800000},
        {"1:02:03.4 --> 1:02:04.000", 3723400},            // loose forms some tools write
        {"00:00:01,250 --> 00:00:02,000", 1250},
        {"00:00:05 --> 00:00:06", 5000},
        {"00:01.000-->00:02.000", 1000},
        {"00:01.000 --> 00:02.000 align:start line:0%", 1000},
        {"00:61.000 --> 00:62.000", std::nullopt},          // seconds past 59
        {"99999999999:00:00.000 --> 99999999999:00:01.000", std::nullopt},  // would overflow
        {"ab:cd.efg --> 00:01.000", std::nullopt},
        {"00:01.000 --> soon", std::nullopt},
    };
    for (const auto& c : cases) {
        const auto result = vtt(std::string(c.timeLine) + "\nHelo\n");
        ASSERT_EQ(result.turns.size(), 1u) << c.timeLine;
        EXPECT_EQ(result.turns[0].timestampMs, c.startMs) << c.timeLine;
        EXPECT_EQ(result.text, "Helo") << c.timeLine;
        EXPECT_EQ(result.notes.size(), c.startMs ? 0u : 1u) << c.timeLine;
    }
}

TEST(CaptionReader, FindsSpeakersInVoiceTagsAndLabels) {
    struct Case {
        const char* cue;
        const char* text;
    };
    const Case cases[] = {
        {"<v Siân>Helo", "Siân: Helo"},
        {"<v.first.loud Siân Jones>Helo</v>", "Siân Jones: Helo"},
        {"<v Siân>Siân: Helo", "Siân: Helo"},                           // named twice, kept once
        {"Siân: Helo", "Siân: Helo"},
        {"- Siân: Helo", "Siân: Helo"},
        {">> Siân: Helo", "Siân: Helo"},
        {"Speaker 1: Helo", "Speaker 1: Helo"},
        {"<b>Siân:</b> Helo", "Siân: Helo"},
        {"- Helo", "- Helo"},                                             // a dash alone names nobody
        {"Mae hi'n 10:30 nawr", "Mae hi'n 10:30 nawr"},                   // a time is not a label
        {"Dyma frawddeg hir iawn iawn: helo", "Dyma frawddeg hir iawn iawn: helo"},  // five words
        {"https://example.org", "https://example.org"},
        {"<v>Helo", "Helo"},                                              // a voice without a name
    };
    for (const auto& c : cases) EXPECT_EQ(vtt(std::string("00:01.000 --> 00:02.000\n") + c.cue + "\n").text, c.text) << c.cue;
}

TEST(CaptionReader, ACueCanChangeSpeakerPartWay) {
    const auto result = vtt(
        "00:01.000 --> 00:03.000\n<v Siân>Ydych chi'n barod?</v><v Aled>Ydw.</v>\n\n"
        "00:03.500 --> 00:05.000\n- Siân: Da iawn.\n- Aled: Diolch.\n");
    expectTurns(result, {{"Siân", "Siân: Ydych chi'n barod?", 1000},
                         {"Aled", "Aled: Ydw.", 1000},
                         {"Siân", "Siân: Da iawn.", 3500},
                         {"Aled", "Aled: Diolch.", 3500}});
}

TEST(CaptionReader, CuesWithoutAnySpeakerEachKeepTheirOwnLineAndTime) {
    const auto result = vtt(
        "00:01.000 --> 00:02.000\nBore da.\n\n"
        "00:02.500 --> 00:04.000\nSut mae?\n\n"
        "00:04.500 --> 00:06.000\nInterviewer: Croeso.\n\n"
        "00:06.500 --> 00:07.000\nA diolch.\n");
    expectTurns(result, {{"", "Bore da.", 1000},
                         {"", "Sut mae?", 2500},
                         {"Interviewer", "Interviewer: Croeso. A diolch.", 4500}});
}

TEST(CaptionReader, StripsTagsAndDecodesEntities) {
    struct Case {
        const char* cue;
        const char* text;
    };
    const Case cases[] = {
        {"<i>Helo</i> <b>yno</b> <u>chi</u>", "Helo yno chi"},
        {"<c.yellow.bg_blue>lliw</c>", "lliw"},
        {"<lang cy>Cymraeg</lang>", "Cymraeg"},
        {"un <00:00:01.500>dau", "un dau"},
        {"<ruby>漢<rt>kan</rt></ruby>", "漢kan"},
        {"&amp; &lt; &gt; &nbsp;x &lrm;y &#373; &#x177;", "& < > x \xE2\x80\x8Ey ŵ ŷ"},
        {"a < b and c > d", "a < b and c > d"},
        {"I <3 you", "I <3 you"},
        {"<font color=\"#ff0000\">coch</font>", "coch"},
        {"{\\an8}uchod", "uchod"},
        {"heb ddiwedd <i", "heb ddiwedd <i"},
        {"llinell un\nllinell dau", "llinell un llinell dau"},
    };
    for (const auto& c : cases) EXPECT_EQ(vtt(std::string("00:01.000 --> 00:02.000\n") + c.cue + "\n").text, c.text) << c.cue;
}

TEST(CaptionReader, ReadsSubRipWithoutBlankLinesOrNumbers) {
    const auto result = readCaptions(
        "1\n00:00:01,000 --> 00:00:02,000\nSiân: Un\n2\n00:00:02,500 --> 00:00:03,000\nDau\n"
        "00:00:03,500 --> 00:00:04,000\nAled: Tri\n",
        false, "t.srt");
    expectTurns(result, {{"Siân", "Siân: Un Dau", 1000}, {"Aled", "Aled: Tri", 3500}});
}

TEST(CaptionReader, KeepsTextWhoseTimeLineIsDamagedAndSaysSo) {
    const auto result = vtt("00:01.000 --> 00:02.000\nSiân: Un\n\nbad --> worse\nDau\n");
    EXPECT_EQ(result.text, "Siân: Un Dau");
    ASSERT_EQ(result.notes.size(), 1u);
    EXPECT_TRUE(contains(result.notes[0], "time line")) << result.notes[0];
}

TEST(CaptionReader, KeepsTextSplitFromItsCueByABlankLineAndSaysSo) {
    const auto result = vtt("00:01.000 --> 00:02.000\nSiân: Mae'r\n\ndŵr yn oer.\n\n00:03.000 --> 00:04.000\nAled: Ydy.\n");
    expectTurns(result, {{"Siân", "Siân: Mae'r dŵr yn oer.", 1000}, {"Aled", "Aled: Ydy.", 3000}});
    ASSERT_EQ(result.notes.size(), 1u);
    EXPECT_TRUE(contains(result.notes[0], "no time line")) << result.notes[0];
}

TEST(CaptionReader, OffsetsCountCodePointsOfTheNormalisedText) {
    // "ŵ" written decomposed (w + U+0302): the caller stores NFC, so offsets must match NFC.
    const auto result = vtt("00:01.000 --> 00:02.000\nSiân: dw\xCC\x82r\n\n00:03.000 --> 00:04.000\nAled: ie\n");
    EXPECT_EQ(result.text, "Siân: dŵr\nAled: ie");
    EXPECT_TRUE(edau::text::isNfc(result.text));
    ASSERT_EQ(result.turns.size(), 2u);
    EXPECT_EQ(result.turns[0].start, 0);
    EXPECT_EQ(result.turns[0].end, 9);
    EXPECT_EQ(result.turns[1].start, 10);
    EXPECT_EQ(result.turns[1].end, 18);
}

TEST(CaptionReader, AcceptsBomsAndAnyLineEnding) {
    for (const char* eol : {"\n", "\r\n", "\r"}) {
        const std::string e = eol;
        const auto result =
            readCaptions("\xEF\xBB\xBFWEBVTT" + e + e + "00:01.000 --> 00:02.000" + e + "Siân: Helo" + e, true, "t.vtt");
        EXPECT_EQ(result.text, "Siân: Helo");
    }
}

TEST(CaptionReader, RefusesAWebVttFileWithoutItsHeader) {
    struct Case {
        std::string bytes;
        const char* says;
    };
    const Case cases[] = {
        {"", "does not start with “WEBVTT”"},
        {"WEBVTTX\n\n00:01.000 --> 00:02.000\nHelo\n", "does not start with “WEBVTT”"},
        {"\x7f" "ELF binary", "does not start with “WEBVTT”"},
        {"1\n00:00:01,000 --> 00:00:02,000\nHelo\n", "looks like a SubRip file"},
    };
    for (const auto& c : cases) {
        const auto error = captionError(c.bytes, true);
        ASSERT_TRUE(error) << c.bytes;
        EXPECT_EQ(error->kind(), edau::ErrorKind::BadInput);
        EXPECT_TRUE(contains(error->what(), "cyfweliad.vtt is not a WebVTT file")) << error->what();
        EXPECT_TRUE(contains(error->what(), c.says)) << error->what();
    }
}

TEST(CaptionReader, RefusesSubRipWithoutAnyTimeLineButReadsAnEmptyOne) {
    const auto error = captionError("Interviewer: helo\nSiân: helo\n", false);
    ASSERT_TRUE(error);
    EXPECT_TRUE(contains(error->what(), "is not a SubRip (.srt) caption file")) << error->what();
    EXPECT_EQ(readCaptions("", false, "t.srt").text, "");
    EXPECT_EQ(readCaptions("\n\n", false, "t.srt").text, "");
    // A WebVTT file saved as .srt is read as WebVTT.
    EXPECT_EQ(readCaptions("WEBVTT\n\n00:01.000 --> 00:02.000\nHelo\n", false, "t.srt").text, "Helo");
}

TEST(CaptionReader, RefusesMoreCuesThanAnyRecording) {
    std::string many = "WEBVTT\n\n";
    for (int i = 0; i < 200001; ++i) many += "00:01.000 --> 00:02.000\nx\n\n";
    const auto error = captionError(many, true);
    ASSERT_TRUE(error);
    EXPECT_TRUE(contains(error->what(), "more than 200000 captions")) << error->what();
}

TEST(CaptionReader, HostileLinesCostLinearTime) {
    const std::string cue = "WEBVTT\n\n00:01.000 --> 00:02.000\n";
    // Unclosed tags and codes by the million, a huge voice name, a huge timestamp.
    EXPECT_EQ(readCaptions(cue + std::string(1000000, '<') + "\n", true, "t.vtt").text, std::string(1000000, '<'));
    EXPECT_FALSE(readCaptions(cue + [] {
                     std::string s;
                     for (int i = 0; i < 200000; ++i) s += "<a{\\";
                     return s;
                 }() + "\n", true, "t.vtt")
                     .text.empty());
    const auto named = readCaptions(cue + "<v " + std::string(100000, 'N') + ">Helo\n", true, "t.vtt");
    ASSERT_EQ(named.turns.size(), 1u);
    EXPECT_EQ(named.turns[0].speaker, std::string(100, 'N'));
    const auto digits = readCaptions("WEBVTT\n\n" + std::string(100000, '9') + ":00.000 --> 00:01.000\nHelo\n", true, "t.vtt");
    EXPECT_EQ(digits.text, "Helo");
}

}  // namespace
