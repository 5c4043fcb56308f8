// SPDX-License-Identifier: GPL-3.0-or-later
// import::readMarkdown: markup removed, line structure kept, links and code, HTML inside, and hostile lines.
#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>

#include "edau/base/error.h"
#include "format_readers.h"
#include "temp_dir.h"

namespace {

using edau::importers::readMarkdown;

std::string md(const std::string& source) { return readMarkdown(source, "test.md").text; }

struct Case {
    const char* markdown;
    const char* text;
};

TEST(MarkdownReader, ReadsATranscriptKeptInMarkdown) {
    const auto result =
        readMarkdown(edau::test::readFile(edau::test::dataFile("import/markdown/transcript.md")), "transcript.md");
    EXPECT_EQ(result.text,
              "Cyfweliad 3\n"
              "Interviewer: Sut mae pethau yn y pentref?\n"
              "Siân: Mae'r dŵr yn oer ond mae'r tŷ yn gynnes.\n"
              "Llŷr: Dw i'n cytuno *wir*.\n"
              "Nodiadau\n"
              "Gwaith: y ffatri\n"
              "Teulu: gweler y goeden\n"
              "Llun o'r pentref\n"
              "Dyfyniad o'r dyddiadur\n"
              "ail lefel\n"
              "cod_heb_ei_newid *fel hyn*\n"
              "Termau: snake_case a file_name_here a 2 * 3 = 6.\n"
              "Enw\nOed\nAled\n42");
    ASSERT_EQ(result.notes.size(), 1u);
    EXPECT_NE(result.notes[0].find("front matter"), std::string::npos);
    EXPECT_FALSE(result.formatHasTurns);
}

TEST(MarkdownReader, KeepsOneLinePerSourceLineAndDropsBlankLines) {
    const Case cases[] = {
        {"Interviewer: Helo\nSiân: Helo\n", "Interviewer: Helo\nSiân: Helo"},
        {"Un\n\n\n  \nDau", "Un\nDau"},
        {"Un\r\nDau\rTri", "Un\nDau\nTri"},
        {"Un  \nDau\\\nTri", "Un\nDau\nTri"},           // hard line break markers go
        {"    wedi'i fewnoli", "wedi'i fewnoli"},          // no indented code blocks
        {"\xEF\xBB\xBFHelo", "Helo"},
        {"", ""},
    };
    for (const auto& c : cases) EXPECT_EQ(md(c.markdown), c.text) << c.markdown;
}

TEST(MarkdownReader, RemovesBlockMarkup) {
    const Case cases[] = {
        {"# Teitl\n## Is-deitl ##\n###### Chwech", "Teitl\nIs-deitl\nChwech"},
        {"#hashnod\n####### saith", "#hashnod\n####### saith"},  // not headings
        {"Teitl\n=====\nIs\n---", "Teitl\nIs"},
        {"=====", "====="},                                   // no text above: not an underline
        {"Un\n\n---\n***\n_ _ _\nDau", "Un\nDau"},
        {"- un\n* dau\n+ tri\n1. pedwar\n22) pump", "un\ndau\ntri\npedwar\npump"},
        {"- [ ] i'w wneud\n- [x] wedi'i wneud", "i'w wneud\nwedi'i wneud"},
        {"  - nythu\n    1. dyfnach", "nythu\ndyfnach"},
        {"- Siân: Helo", "Siân: Helo"},
        {"> dyfyniad\n> > dwfn\n>heb fwlch", "dyfyniad\ndwfn\nheb fwlch"},
        {"> # Teitl mewn dyfyniad\n> - eitem", "Teitl mewn dyfyniad\neitem"},
        {"-un\n1.5 awr\n2019 oedd hi", "-un\n1.5 awr\n2019 oedd hi"},  // not list markers
    };
    for (const auto& c : cases) EXPECT_EQ(md(c.markdown), c.text) << c.markdown;
}

TEST(MarkdownReader, KeepsCodeButDropsItsFences) {
    const Case cases[] = {
        {"```\ncod *heb* newid\n```\nar ôl", "cod *heb* newid\nar ôl"},
        {"~~~~python\nx = a < b && c\n~~~~", "x = a < b && c"},
        {"```\n<b>llythrennol</b> &amp;\n```", "<b>llythrennol</b> &amp;"},
        {"- eitem\n    ```sh\n    make\n    ```\n- nesaf", "eitem\nmake\nnesaf"},
        {"> ```\n> dyfynnu cod\n> ```", "dyfynnu cod"},
        {"```\nheb gau", "heb gau"},
        {"Defnyddiwch `make *all*` neu ``a ` b``.", "Defnyddiwch make *all* neu a ` b."},
        {"`<br>` a `&amp;`", "<br> a &amp;"},
        {"`heb gau", "`heb gau"},
        {"```nid ffens``` yma", "nid ffens yma"},
    };
    for (const auto& c : cases) EXPECT_EQ(md(c.markdown), c.text) << c.markdown;
}

TEST(MarkdownReader, RemovesEmphasisOnlyWhereItIsMarkup) {
    const Case cases[] = {
        {"*un* **dau** ***tri*** _pedwar_ __pump__", "un dau tri pedwar pump"},
        {"~~dileu~~ a ~hefyd~", "dileu a hefyd"},
        {"**Siân:** helo", "Siân: helo"},
        {"__Siân__: helo", "Siân: helo"},
        {"snake_case_name a file_name", "snake_case_name a file_name"},
        {"2 * 3 = 6 a 4*5", "2 * 3 = 6 a 4*5"},
        {"seren* unig", "seren* unig"},
        {"*heb gau", "*heb gau"},
        {"**beiddgar *a italig* yma**", "beiddgar a italig yma"},
        {"\\*nid italig\\*", "*nid italig*"},
        {"*dros\nddwy linell*", "*dros\nddwy linell*"},  // emphasis is matched within a line
        {"un_*dau*_tri", "un_dau_tri"},
    };
    for (const auto& c : cases) EXPECT_EQ(md(c.markdown), c.text) << c.markdown;
}

TEST(MarkdownReader, KeepsTheTextOfLinksAndImages) {
    const Case cases[] = {
        {"[testun](https://example.org)", "testun"},
        {"[testun](https://example.org \"Teitl\")", "testun"},
        {"[testun](<url gyda bylchau> 'T')", "testun"},
        {"[testun](https://en.wikipedia.org/wiki/Foo_(bar))", "testun"},
        {"![Llun o'r môr](llun.png)", "Llun o'r môr"},
        {"[![logo](a.png)](https://x)", "logo"},
        {"[**beiddgar**](x.html)", "beiddgar"},
        {"[dolen][cyf]\n\n[cyf]: https://example.org", "dolen"},
        {"[dolen][]\n[Dolen]: /llwybr", "dolen"},
        {"[byr]\n[byr]: #angor", "byr"},
        {"[heb ddiffiniad][dim]", "[heb ddiffiniad][dim]"},
        {"[cromfachau] yn unig", "[cromfachau] yn unig"},
        {"<https://example.org/a_b> a <siân@example.org>", "https://example.org/a_b a <siân@example.org>"},
        {"<post@example.org>", "post@example.org"},
        {"[testun](url gyda bylchau)", "[testun](url gyda bylchau)"},
        {"\\[nid dolen\\](x)", "[nid dolen](x)"},
    };
    for (const auto& c : cases) EXPECT_EQ(md(c.markdown), c.text) << c.markdown;
}

TEST(MarkdownReader, DropsLinkDefinitionsButNotBracketedSpeakerLabels) {
    const Case cases[] = {
        {"[cyf]: https://example.org", ""},
        {"[cyf]: <https://example.org> \"Teitl\"", ""},
        {"[llun]: images/llun.png", ""},
        {"[Siân]: Ie.", "[Siân]: Ie."},
        {"[Interviewer]: Sut mae pethau?", "[Interviewer]: Sut mae pethau?"},
        {"[^1]: Troednodyn", "[^1]: Troednodyn"},
    };
    for (const auto& c : cases) EXPECT_EQ(md(c.markdown), c.text) << c.markdown;
}

TEST(MarkdownReader, StripsHtmlAndDecodesEntities) {
    const Case cases[] = {
        {"<!-- sylw -->\nTestun", "Testun"},
        {"Cyn <!-- sylw\ndros\nlinellau --> ar ôl", "Cyn\nar ôl"},
        {"<details>\n<summary>Crynodeb</summary>\nManylion\n</details>", "Crynodeb\nManylion"},
        {"Testun <b>trwm</b> a <span class=\"x\">rhychwant</span>", "Testun trwm a rhychwant"},
        {"a < b a 3 > 2", "a < b a 3 > 2"},
        {"x<y a <heb gau", "x<y a <heb gau"},
        {"Mae&rsquo;r d&wcirc;r &amp; y t&#375;", "Mae’r dŵr & y tŷ"},
        {"AT&T", "AT&T"},
        {"Un<br>Dau", "Un\nDau"},
        {"<img src=\"a_b_c.png\" alt=\"x\"> testun", "testun"},
    };
    for (const auto& c : cases) EXPECT_EQ(md(c.markdown), c.text) << c.markdown;
}

TEST(MarkdownReader, PutsTableCellsOnTheirOwnLines) {
    const Case cases[] = {
        {"| Enw | Oed |\n|---|:--:|\n| Siân | 40 |\n| Aled |  |\n\nWedyn", "Enw\nOed\nSiân\n40\nAled\nWedyn"},
        {"Enw | Oed\n--- | ---\nSiân | 40", "Enw\nOed\nSiân\n40"},
        {"a \\| b | c\n-|-\n", "a | b\nc"},
        {"Nid | tabl\nheb res", "Nid | tabl\nheb res"},
    };
    for (const auto& c : cases) EXPECT_EQ(md(c.markdown), c.text) << c.markdown;
}

TEST(MarkdownReader, LeavesOutFrontMatterOnlyWhenItIsFrontMatter) {
    EXPECT_EQ(md("---\nteitl: Cyfweliad\ntags:\n  - un\n---\nTestun"), "Testun");
    EXPECT_EQ(md("---\nNid metadata yw hwn\n---\nTestun"), "Nid metadata yw hwn\nTestun");
    EXPECT_EQ(md("---\nteitl: heb gau\nTestun"), "teitl: heb gau\nTestun");
}

TEST(MarkdownReader, HostileLinesCostLinearTime) {
    const auto start = std::chrono::steady_clock::now();
    const std::size_t n = 200000;
    EXPECT_EQ(md(std::string(n, '[')), std::string(n, '['));
    EXPECT_EQ(md(std::string(n, ']')), std::string(n, ']'));
    std::string links;
    for (std::size_t i = 0; i < n / 8; ++i) links += "[a](b \"";
    EXPECT_FALSE(md(links).empty());
    std::string nested;
    for (std::size_t i = 0; i < n / 4; ++i) nested += "[a](";
    nested += std::string(n / 4, ')');
    EXPECT_FALSE(md(nested).empty());
    std::string ticks;
    for (std::size_t i = 1; i < 600; ++i) ticks += std::string(i, '`') + "x";
    EXPECT_FALSE(md(ticks).empty());
    std::string tags;
    for (std::size_t i = 0; i < n / 8; ++i) tags += "<a b=\"<?";
    EXPECT_FALSE(md(tags).empty());
    std::string stars;
    for (std::size_t i = 0; i < n; ++i) stars += (i % 3 == 0) ? "*a" : "_b";
    EXPECT_FALSE(md(stars).empty());
    EXPECT_EQ(md(std::string(n, '>') + " dwfn"), "dwfn");
    EXPECT_EQ(md(std::string(n, '#')), std::string(n, '#'));
    std::string lines;
    for (std::size_t i = 0; i < n; ++i) lines += "```\n";
    EXPECT_EQ(md(lines), "");
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20));
}

TEST(MarkdownReader, RandomMarkupNeverCrashes) {
    std::mt19937 random(375);
    const std::string alphabet = "[]()!*_~`<>#-|\\:\" x1.\n\xC5\xB7";
    for (int round = 0; round < 500; ++round) {
        std::string source;
        const int length = static_cast<int>(random() % 400);
        for (int i = 0; i < length; ++i) source += alphabet[random() % alphabet.size()];
        const std::string text = md(source);
        EXPECT_EQ(text.find("\n\n"), std::string::npos) << source;
    }
}

}  // namespace
