// SPDX-License-Identifier: GPL-3.0-or-later
// The user guide (resources/help): both languages present, well-formed, every picture there
// with words for those who cannot see it, every link landing, no script; and Edau finds it.
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "edau/app/paths.h"

namespace edau {
namespace {

namespace fs = std::filesystem;

const char* const kLanguages[] = {"en", "cy"};
/// The pictures are installed with the app and shown in a browser: keep them small.
constexpr std::uintmax_t kMaxImageBytes = 150 * 1024;

/// The guide as written, in the source tree.
fs::path sourceHelpDirectory() {
    return fs::path(EDAU_TEST_DATA_DIR) / ".." / ".." / "resources" / "help";
}

std::string attribute(xmlNode* node, const char* name) {
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    if (value == nullptr) return {};
    std::string text(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return text;
}

bool hasAttribute(xmlNode* node, const char* name) {
    return xmlHasProp(node, reinterpret_cast<const xmlChar*>(name)) != nullptr;
}

std::string textOf(xmlNode* node) {
    xmlChar* content = xmlNodeGetContent(node);
    if (content == nullptr) return {};
    std::string text(reinterpret_cast<const char*>(content));
    xmlFree(content);
    return text;
}

bool blank(const std::string& text) {
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

std::string nameOf(xmlNode* node) {
    return reinterpret_cast<const char*>(node->name);
}

/// What a page holds, read from its tree.
struct Page {
    std::string lang;
    std::string title;
    int h1 = 0;
    std::vector<std::string> ids;          ///< in document order
    std::vector<std::string> images;       ///< src of every img, in order
    std::vector<std::string> imagesWithoutAlt;
    std::vector<std::string> links;        ///< href of every a and link
    std::vector<std::string> scripts;      ///< script elements and on… attributes found
};

void walk(xmlNode* node, Page& page) {
    for (; node != nullptr; node = node->next) {
        if (node->type != XML_ELEMENT_NODE) continue;
        const std::string name = nameOf(node);
        if (name == "html") page.lang = attribute(node, "lang");
        if (name == "title") page.title = textOf(node);
        if (name == "h1") ++page.h1;
        if (name == "script" || name == "iframe" || name == "object" || name == "embed") page.scripts.push_back(name);
        for (xmlAttr* a = node->properties; a != nullptr; a = a->next) {
            const std::string attr = reinterpret_cast<const char*>(a->name);
            if (attr.size() > 2 && attr.rfind("on", 0) == 0) page.scripts.push_back(name + " " + attr);
        }
        if (hasAttribute(node, "id")) page.ids.push_back(attribute(node, "id"));
        if (name == "img") {
            const std::string src = attribute(node, "src");
            page.images.push_back(src);
            if (blank(attribute(node, "alt"))) page.imagesWithoutAlt.push_back(src);
        }
        if ((name == "a" || name == "link") && hasAttribute(node, "href")) page.links.push_back(attribute(node, "href"));
        if (attribute(node, "href").rfind("javascript:", 0) == 0) page.scripts.push_back(name + " href");
        walk(node->children, page);
    }
}

/// Reads a page as XML: the guide is written as well-formed (polyglot) HTML5 so that a strict
/// parser can check it, and so that wxHtmlWindow and text browsers read it as well.
Page readPage(const fs::path& file) {
    Page page;
    xmlParserCtxtPtr context = xmlNewParserCtxt();
    if (context == nullptr) {
        ADD_FAILURE() << "libxml2 could not make a parser";
        return page;
    }
    xmlDocPtr doc = xmlCtxtReadFile(context, file.string().c_str(), "UTF-8",
                                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (doc == nullptr || context->wellFormed == 0) {
        const xmlError* error = xmlCtxtGetLastError(context);
        ADD_FAILURE() << file << " is not well-formed"
                      << (error != nullptr && error->message != nullptr
                              ? ": line " + std::to_string(error->line) + ": " + error->message
                              : std::string());
    }
    if (doc != nullptr) {
        walk(xmlDocGetRootElement(doc), page);
        xmlFreeDoc(doc);
    }
    xmlFreeParserCtxt(context);
    return page;
}

/// Checks one language's page; returns what it read.
Page checkGuide(const fs::path& help, const std::string& language) {
    const fs::path dir = help / language;
    const fs::path index = dir / "index.html";
    EXPECT_TRUE(fs::is_regular_file(index)) << index;
    if (!fs::is_regular_file(index)) return {};
    Page page = readPage(index);

    EXPECT_EQ(page.lang, language) << index << ": <html lang> names the page's language";
    EXPECT_FALSE(blank(page.title)) << index << ": no title";
    EXPECT_EQ(page.h1, 1) << index << ": one main heading";
    EXPECT_TRUE(page.scripts.empty()) << index << ": scripts are not allowed: " << page.scripts.front();

    std::set<std::string> ids;
    for (const auto& id : page.ids) EXPECT_TRUE(ids.insert(id).second) << index << ": id " << id << " twice";

    EXPECT_FALSE(page.images.empty()) << index << ": the guide shows the windows it talks about";
    for (const auto& src : page.images) {
        EXPECT_FALSE(src.empty()) << index << ": an img without src";
        if (src.empty()) continue;
        const fs::path image = dir / src;
        EXPECT_TRUE(fs::is_regular_file(image)) << index << ": no picture " << src;
        if (fs::is_regular_file(image)) {
            EXPECT_LE(fs::file_size(image), kMaxImageBytes) << image << " is too big";
        }
    }
    for (const auto& src : page.imagesWithoutAlt) ADD_FAILURE() << index << ": " << src << " has no alt text";

    for (const auto& href : page.links) {
        if (href.rfind('#', 0) == 0) {
            EXPECT_TRUE(ids.count(href.substr(1)) == 1) << index << ": link to a missing #" << href.substr(1);
        } else if (href.find("://") == std::string::npos && href.rfind("mailto:", 0) != 0) {
            const std::string file = href.substr(0, href.find('#'));
            EXPECT_TRUE(fs::is_regular_file(dir / file)) << index << ": link to a missing " << href;
        }
    }
    return page;
}

TEST(HelpGuide, BothLanguagesAreWellFormedWithEveryPictureAndLink) {
    std::map<std::string, Page> pages;
    for (const char* language : kLanguages) pages[language] = checkGuide(sourceHelpDirectory(), language);
    // The two pages are twins: same sections and the same pictures, in the same order.
    EXPECT_EQ(pages["en"].ids, pages["cy"].ids) << "the Welsh and English guides have different sections";
    EXPECT_EQ(pages["en"].images, pages["cy"].images) << "the Welsh and English guides show different pictures";
}

TEST(HelpGuide, EdauFindsTheGuideItInstalls) {
    // EDAU_DATA_DIR points the tests at the build tree's copy, which is laid out as installed.
    const fs::path help = helpDirectory();
    for (const char* language : kLanguages) {
        EXPECT_TRUE(fs::is_regular_file(help / language / "index.html")) << help << " has no " << language << " guide";
        EXPECT_EQ(fs::path(userGuidePath(language)), help / language / "index.html");
    }
    EXPECT_TRUE(fs::is_regular_file(help / "help.css"));
    checkGuide(help, "cy");  // the copy is complete, pictures included
}

TEST(HelpGuide, AnotherLanguageGetsTheEnglishGuide) {
    const fs::path english = fs::path(helpDirectory()) / "en" / "index.html";
    EXPECT_EQ(fs::path(userGuidePath("fr")), english);
    EXPECT_EQ(fs::path(userGuidePath("")), english);
    EXPECT_EQ(fs::path(userGuidePath("../cy")), english);  // only a language code names a folder
    EXPECT_EQ(fs::path(userGuidePath("cy/../en")), english);
}

}  // namespace
}  // namespace edau
