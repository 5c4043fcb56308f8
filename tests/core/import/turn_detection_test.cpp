// SPDX-License-Identifier: GPL-3.0-or-later
// detectTurns: the transcript styles researchers bring, and prose that must not become turns.
#include <gtest/gtest.h>

#include "edau/base/error.h"
#include "edau/import/source_reader.h"
#include "edau/text/unicode.h"

namespace edau {
namespace {

struct TurnStyle {
    const char* style;
    std::string text;
    std::vector<std::string> speakers;
};

std::vector<std::string> speakersOf(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& t : detectTurns(text)) out.push_back(t.speaker);
    return out;
}

TEST(TurnDetection, RecognisesTheCommonTranscriptStyles) {
    const std::vector<TurnStyle> table = {
        {"Name:", "Siân: Shwmae.\nGwyn: Helo.\nSiân: Sut wyt ti?\n", {"Siân", "Gwyn", "Siân"}},
        {"NAME: (focus group)", "MODERATOR: Welcome.\nP1: Thanks.\nMODERATOR: Let's start.\nP1: OK.", {"MODERATOR", "P1", "MODERATOR", "P1"}},
        {"Interviewer/Participant", "Interviewer: Hi.\nParticipant: Hello.", {"Interviewer", "Participant"}},
        {"I:/R:", "I: First question.\nR: Answer.\nI: Next.\nR: Yes.", {"I", "R", "I", "R"}},
        {"Speaker N:", "Speaker 1:   Thank you.\n\nSpeaker 2:   Right.\nSpeaker 1: Next.", {"Speaker 1", "Speaker 2", "Speaker 1"}},
        {"[id1]", "[id1] hello.\n\n[id2] I am struggling.\n\n[id1] yes.", {"id1", "id2", "id1"}},
        {"Name  00:01:23 (Otter)", "Ffion Jones  00:00:03\nDiolch am ddod.\n\nDylan  0:15\nCroeso.\nFfion Jones  00:01:02\nIawn.", {"Ffion Jones", "Dylan", "Ffion Jones"}},
        {"Name (00:01:23): (Rev/Teams)", "Lowri (00:00:05): Bore da.\nBen (00:00:09): Good morning.", {"Lowri", "Ben"}},
        {"Q:/A:", "Q: Why?\nA: Because.\nQ: And?\nA: That's all.", {"Q", "A", "Q", "A"}},
        {"Welsh names with circumflex", "Cyfwelydd: Ble?\nLlŷr: Yng Nghaerdydd.\nŴyn: A fi.", {"Cyfwelydd", "Llŷr", "Ŵyn"}},
        {"CHAT (.cha)", "@Begin\n*GAI:\txxx .\n%eng:\tyes\n*TRA:\toh my God .\n*GAI:\tia .", {"GAI", "TRA", "GAI"}},
        {"indented labels in notes", "1 Task one.\n\tMODERATOR: Could you start?\n\tOkay.\n\tMODERATOR: Next?\n", {"MODERATOR", "MODERATOR"}},
        {"Name-<tab> (qdap)", "Researcher 2-\tOctober 7.\n\nTeacher 4-\tStudents.\n\nMultiple Students-\tYes.\n\nTeacher 4-\tGood.", {"Researcher 2", "Teacher 4", "Multiple Students", "Teacher 4"}},
        {"lower-case ids repeated", "Max Bigman:   Hello?\n\nadmin-1:     Sure.\n\nMax Bigman: OK.\nadmin-1: Yes.", {"Max Bigman", "admin-1", "Max Bigman", "admin-1"}},
    };
    for (const auto& row : table) EXPECT_EQ(speakersOf(row.text), row.speakers) << row.style;
}

TEST(TurnDetection, ProseWithColonsIsNotATranscript) {
    const char* const prose[] = {
        "The time was 10:30 and nobody came.\nWe met at 11:00 in the end.",
        "Note: this is a summary of the day.\nIt rained.",
        "In the words of one carer: it was the hardest year.",
        "http://example.org is a link.",
        "We met at 10:30\nand talked.",
    };
    for (const char* text : prose) EXPECT_TRUE(detectTurns(text).empty()) << text;
}

TEST(TurnDetection, ProseInsideATranscriptStaysInsideItsTurn) {
    auto speakers = speakersOf("Siân: Helo.\nLlŷr: Shwmae.\nSiân: Well.\nWhat I said was: no.\nWe met at 10:30\n"
                               "Note: check this.\nLlŷr: Ie.\nGwyn: Fi hefyd.\n");
    EXPECT_EQ(speakers, (std::vector<std::string>{"Siân", "Llŷr", "Siân", "Llŷr", "Gwyn"}));
}

TEST(TurnDetection, OffsetsCoverTheTurnExactlyInCodePoints) {
    std::string text = "Siân: Dŵr.\n\nGwyn: Tŷ!\nmwy o eiriau\n\n\nSiân: Ie.\n";
    auto turns = detectTurns(text);
    ASSERT_EQ(turns.size(), 3u);
    EXPECT_EQ(std::string(text::sliceCodePoints(text, turns[0].start, turns[0].end)), "Siân: Dŵr.");
    EXPECT_EQ(std::string(text::sliceCodePoints(text, turns[1].start, turns[1].end)), "Gwyn: Tŷ!\nmwy o eiriau");
    EXPECT_EQ(std::string(text::sliceCodePoints(text, turns[2].start, turns[2].end)), "Siân: Ie.");
}

TEST(TurnDetection, TimestampsAreKept) {
    auto turns = detectTurns("Lowri (01:02:03): Bore da.\nBen (00:00:09.5): Hi.");
    ASSERT_EQ(turns.size(), 2u);
    EXPECT_EQ(turns[0].timestampMs, 3723000);
    EXPECT_EQ(turns[1].timestampMs, 9500);
}

TEST(TurnDetection, AUserPatternReplacesDetection) {
    auto turns = detectTurnsWithPattern("-- Siân -- helo\nrhagor\n-- Gwyn -- hwyl", "-- (\\S+) --");
    ASSERT_EQ(turns.size(), 2u);
    EXPECT_EQ(turns[0].speaker, "Siân");
    EXPECT_EQ(turns[1].speaker, "Gwyn");
    EXPECT_EQ(turns[0].start, 0);
    EXPECT_THROW(detectTurnsWithPattern("x", "(unclosed"), Error);
    EXPECT_THROW(detectTurnsWithPattern("x", "no group"), Error);
}

}  // namespace
}  // namespace edau
