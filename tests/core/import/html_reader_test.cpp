// SPDX-License-Identifier: GPL-3.0-or-later
// import::readHtml: markup stripped, block elements as lines, entities, dropped elements, and hostile pages.
#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>

#include "edau/base/error.h"
#include "format_readers.h"
#include "temp_dir.h"

namespace {

using edau::importers::readHtml;

std::string html(const std::string& source) { return readHtml(source, "test.html").text; }

struct Case {
    const char* html;
    const char* text;
};

TEST(HtmlReader, ReadsATranscriptPageAsLines) {
    const auto result =
        readHtml(edau::test::readFile(edau::test::dataFile("import/html/transcript.html")), "transcript.html");
    EXPECT_EQ(result.text,
              "Cyfweliad 3\n"
              "Interviewer: Sut mae pethau yn y pentref?\n"
              "Siân: Mae’r dŵr yn oer ond mae’r tŷ yn gynnes – wir…\n"
              "Llŷr: “Dw i’n cytuno.”\n"
              "Ail linell.\n"
              "Gwaith\n"
              "Teulu & ffrindiau\n"
              "Enw\nOed\nAled\n42\n"
              "  Nodyn:  bylchau\n"
              "  yn aros");
    EXPECT_FALSE(result.formatHasTurns);
    EXPECT_TRUE(result.notes.empty());
}

TEST(HtmlReader, BlockElementsEndLinesAndInlineElementsDoNot) {
    const Case cases[] = {
        {"<p>Un</p><p>Dau</p>", "Un\nDau"},
        {"Un<br>Dau<br/>Tri<br />Pedwar</br>Pump", "Un\nDau\nTri\nPedwar\nPump"},
        {"<div>Un<div>Dau</div>Tri</div>", "Un\nDau\nTri"},
        {"<h1>Teitl</h1><h6>Is</h6>", "Teitl\nIs"},
        {"<ul><li>Un<li>Dau</ul>", "Un\nDau"},
        {"<blockquote>Dyfyniad</blockquote>ar ôl", "Dyfyniad\nar ôl"},
        {"<section><article>Erthygl</article></section>", "Erthygl"},
        {"<table><tr><td>A</td><td>B</td></tr><tr><th>C</th><td>D</td></tr></table>", "A\nB\nC\nD"},
        {"<b>Siân</b>: <i>helo</i> <span>yno</span>", "Siân: helo yno"},
        {"<P>MAWR</P><Br>bach", "MAWR\nbach"},
        {"<p>Un</p><p></p><p>&nbsp;</p><p> </p><p>Dau</p>", "Un\nDau"},  // empty paragraphs vanish
        {"Un<hr>Dau", "Un\nDau"},
        {"<dl><dt>Term</dt><dd>Diffiniad</dd></dl>", "Term\nDiffiniad"},
    };
    for (const auto& c : cases) EXPECT_EQ(html(c.html), c.text) << c.html;
}

TEST(HtmlReader, DropsElementsThatAreNotText) {
    const Case cases[] = {
        {"A<script>var x = '<p>na</p>';</script>B", "AB"},
        {"A<script type=\"module\">if (a</b) {}</script >B", "AB"},
        {"A<style>p { color: red }</style>B", "AB"},
        {"<head><title>Teitl</title><meta charset=utf-8></head><body>Corff</body>", "Corff"},
        {"<html><head><link rel=x>Testun heb body", "Testun heb body"},  // text ends <head>
        {"<head><title>T</title><p>Corff</p>", "Corff"},                 // a body element ends it too
        {"A<noscript>Galluogwch JavaScript</noscript>B", "AB"},
        {"A<template><p>cudd</p></template>B", "AB"},
        {"A<svg><text>llun</text></svg>B", "AB"},
        {"A<noscript><noscript>x</noscript>y</noscript>B", "AB"},
        {"A<svg/>B", "AB"},
        {"A<!-- sylw <p>na</p> -->B", "AB"},
        {"A<!---->B<!-->C<!--->D", "ABCD"},
        {"<!DOCTYPE html>A<?xml version=\"1.0\"?>B<![CDATA[x]]>C", "ABC"},
        {"A<textarea>ffurflen</textarea>B", "AB"},
        {"A<iframe>fallback</iframe>B", "AB"},
    };
    for (const auto& c : cases) EXPECT_EQ(html(c.html), c.text) << c.html;
}

TEST(HtmlReader, DecodesNamedAndNumericEntities) {
    const Case cases[] = {
        {"&amp;&lt;&gt;&quot;&apos;", "&<>\"'"},
        {"&lsquo;x&rsquo; &ldquo;y&rdquo;", "‘x’ “y”"},
        {"a&ndash;b&mdash;c&hellip;", "a–b—c…"},
        {"&wcirc;&ycirc;&Wcirc;&Ycirc;&acirc;&ecirc;&icirc;&ocirc;&ucirc;", "ŵŷŴŶâêîôû"},
        {"&#373;&#x177;&#X176;&#0372;", "ŵŷŶŴ"},
        {"&#146;&#150;", "’–"},                       // 128-159 mean Windows-1252, as in browsers
        {"&#0;&#xD800;&#x110000;&#99999999999999;", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
        {"&#373 &#x177x", "ŵ ŷx"},                    // numeric without semicolons
        {"AT&T &amp &nbsp", "AT&T &"},               // old forms without semicolons
        {"&unknown; &; &#; &#x; & amp;", "&unknown; &; &#; &#x; & amp;"},
        {"&euro;&pound;&copy;&trade;&deg;", "€£©™°"},
        {"&Aring;&eacute;&szlig;&thorn;", "Åéßþ"},
        {"&alpha;&Omega;&rarr;&hearts;", "αΩ→♥"},
        {"&lt;p&gt;not a tag&lt;/p&gt;", "<p>not a tag</p>"},
    };
    for (const auto& c : cases) EXPECT_EQ(html(c.html), c.text) << c.html;
    const std::string longName = "&" + std::string(100, 'a') + ";";
    EXPECT_EQ(html(longName), longName);
}

TEST(HtmlReader, CollapsesWhitespaceExceptInPreformattedText) {
    const Case cases[] = {
        {"  Un \n\t  dau   tri  ", "Un dau tri"},
        {"Siân:&nbsp;Helo", "Siân: Helo"},            // a no-break space is an ordinary space
        {"Siân:\xC2\xA0\xC2\xA0Helo", "Siân: Helo"},
        {"<pre>\n  a  b\n\n  c</pre>", "  a  b\n  c"},  // the line feed after <pre> is not content
        {"<pre>x &amp; y</pre>z", "x & y\nz"},
        {"<xmp><b>llythrennol</b></xmp>", "<b>llythrennol</b>"},
        {"Un<plaintext><p>popeth</p>", "Un\n<p>popeth</p>"},
        {"A\x01\x02\x7f" "B\xC2\x85" "C", "ABC"},   // control characters are not text
    };
    for (const auto& c : cases) EXPECT_EQ(html(c.html), c.text) << c.html;
}

TEST(HtmlReader, ReadsLooseAndBrokenMarkupLikeABrowser) {
    const Case cases[] = {
        {"a < b > c", "a < b > c"},
        {"1<2 and 3>2", "1<2 and 3>2"},
        {"<a href=\"x>y\" title='>'>dolen</a>", "dolen"},
        {"<p class=x>Un</p   >", "Un"},
        {"Helo <b", "Helo"},                          // a tag cut off by the end
        {"Helo <a href=\"never closed>", "Helo"},
        {"Helo <!-- never closed", "Helo"},
        {"Helo </>yno", "Helo yno"},
        {"Helo </ 3>yno", "Helo yno"},
        {"\xEF\xBB\xBFHelo", "Helo"},
        {"", ""},
    };
    for (const auto& c : cases) EXPECT_EQ(html(c.html), c.text) << c.html;
}

TEST(HtmlReader, HostileNestingAndSizesCostLinearTime) {
    const auto start = std::chrono::steady_clock::now();
    std::string deep;
    for (int i = 0; i < 1000000; ++i) deep += "<div>";
    deep += "dwfn";
    EXPECT_EQ(html(deep), "dwfn");
    EXPECT_EQ(html(std::string(1000000, '<')), std::string(1000000, '<'));
    EXPECT_EQ(html("<a " + std::string(2000000, 'x') + ">y"), "y");
    std::string scripts;
    for (int i = 0; i < 100000; ++i) scripts += "<script></scrip";
    EXPECT_EQ(html(scripts), "");
    std::string pres;
    for (int i = 0; i < 100000; ++i) pres += "<noscript>";
    EXPECT_EQ(html(pres + "cudd"), "");
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
}

TEST(HtmlReader, RandomMarkupNeverCrashes) {
    std::mt19937 random(373);
    const std::string alphabet = "<>/!-&#;x0p divscript\"'=\n\xC5\xB5";
    for (int round = 0; round < 500; ++round) {
        std::string source;
        const int length = static_cast<int>(random() % 500);
        for (int i = 0; i < length; ++i) source += alphabet[random() % alphabet.size()];
        const std::string text = html(source);
        EXPECT_EQ(text.find("\n\n"), std::string::npos) << source;
    }
}

}  // namespace
