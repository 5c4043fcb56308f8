// SPDX-License-Identifier: GPL-3.0-or-later
// A thin, hostile-input-safe libxml2 wrapper: parse from memory, walk elements by namespace.
#include "xml_document.h"

#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <climits>
#include <cstring>
#include <mutex>
#include <utility>

#include "edau/base/error.h"

namespace edau::importers {

namespace {

/// What the SAX hooks saw; reached through the parser context's _private pointer.
struct ParseGuard {
    bool sawEntityDeclaration = false;
};

extern "C" void silentGenericError(void*, const char*, ...) {}
extern "C" void silentStructuredError(void*, xmlErrorPtr) {}

// An entity declaration is where billion laughs and XXE start; Word and LibreOffice never
// write one, so parsing stops at the first and the document is refused.
extern "C" void refuseEntityDeclaration(void* ctx, const xmlChar*, int, const xmlChar*, const xmlChar*, xmlChar*) {
    auto* ctxt = static_cast<xmlParserCtxtPtr>(ctx);
    if (auto* guard = static_cast<ParseGuard*>(ctxt->_private)) guard->sawEntityDeclaration = true;
    xmlStopParser(ctxt);
}

// A DOCTYPE without entities is harmless; it is simply not recorded in the tree.
extern "C" void ignoreSubset(void*, const xmlChar*, const xmlChar*, const xmlChar*) {}

// Nothing outside the document is ever loaded, whatever it asks for.
extern "C" xmlParserInputPtr refuseExternalEntity(void*, const xmlChar*, const xmlChar*) { return nullptr; }

void initOnce() {
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
}

struct CtxtFree {
    void operator()(xmlParserCtxt* c) const { xmlFreeParserCtxt(c); }
};

std::string trimmed(const char* s) {
    std::string out = s ? s : "";
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ' || out.back() == '\r')) out.pop_back();
    return out;
}

}  // namespace

XmlDocument XmlDocument::parse(std::string_view xml, const std::string& fileLabel, const std::string& part) {
    initOnce();
    // Per-thread in libxml2: keeps anything that bypasses the context's handlers off stderr.
    xmlSetGenericErrorFunc(nullptr, silentGenericError);
    if (xml.size() > static_cast<std::size_t>(INT_MAX))
        throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file} is too large: its part {part} is over 2 GB"))
                                            .arg("file", fileLabel)
                                            .arg("part", part));
    std::unique_ptr<xmlParserCtxt, CtxtFree> ctxt(xmlNewParserCtxt());
    if (!ctxt || !ctxt->sax)
        throwError(ErrorKind::Environment, Message(EDAU_MSG("Out of memory while reading {file}")).arg("file", fileLabel));
    ParseGuard guard;
    ctxt->_private = &guard;
    ctxt->sax->entityDecl = refuseEntityDeclaration;
    ctxt->sax->internalSubset = ignoreSubset;
    ctxt->sax->externalSubset = ignoreSubset;
    ctxt->sax->resolveEntity = refuseExternalEntity;
    ctxt->sax->serror = silentStructuredError;
    ctxt->sax->warning = nullptr;
    ctxt->sax->error = nullptr;
    ctxt->sax->fatalError = nullptr;

    // No NOENT, DTDLOAD, DTDATTR or HUGE: entities stay unexpanded, no DTD is fetched, and
    // libxml2's caps on depth (256) and on single text nodes stay in force.
    const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
    xmlDoc* doc = xmlCtxtReadMemory(ctxt.get(), xml.data(), static_cast<int>(xml.size()), nullptr, nullptr, options);
    std::unique_ptr<xmlDoc, Free> owned(doc);

    if (guard.sawEntityDeclaration)
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} declares XML entities in its part {part}, which word processors never "
                                    "do; it may be a malicious file and was not imported"))
                       .arg("file", fileLabel)
                       .arg("part", part));
    if (!owned || !ctxt->wellFormed) {
        const xmlError* err = xmlCtxtGetLastError(ctxt.get());
        std::string reason = trimmed(err ? err->message : nullptr);
        long long line = err ? err->line : 0;
        if (reason.find("Excessive depth") != std::string::npos)
            throwError(ErrorKind::BadInput,
                       Message(EDAU_MSG("{file} nests its content more than 256 levels deep (part {part}) and looks "
                                        "damaged or malicious; it was not imported"))
                           .arg("file", fileLabel)
                           .arg("part", part));
        if (reason.find("UTF-8") != std::string::npos || (err && err->code == XML_ERR_INVALID_ENCODING))
            throwError(ErrorKind::BadInput,
                       Message(EDAU_MSG("{file} is damaged: its part {part} contains bytes that are not valid "
                                        "UTF-8 text (line {line})"))
                           .arg("file", fileLabel)
                           .arg("part", part)
                           .arg("line", line));
        if (reason.empty()) reason = "no XML content";
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} is damaged: its part {part} is not well-formed XML (line {line}: {reason})"))
                       .arg("file", fileLabel)
                       .arg("part", part)
                       .arg("line", line)
                       .arg("reason", reason));
    }
    if (!xmlDocGetRootElement(owned.get()))
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} is damaged: its part {part} is empty")).arg("file", fileLabel).arg("part", part));
    return XmlDocument(owned.release());
}

const xmlNode* XmlDocument::root() const { return xmlDocGetRootElement(m_doc.get()); }

namespace xml {

namespace {
std::string_view view(const xmlChar* s) { return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view(); }
}  // namespace

bool is(const xmlNode* node, std::string_view ns, std::string_view name) {
    return node && node->type == XML_ELEMENT_NODE && view(node->name) == name && nsUri(node) == ns;
}

std::string_view localName(const xmlNode* node) {
    return node && node->type == XML_ELEMENT_NODE ? view(node->name) : std::string_view();
}

std::string_view nsUri(const xmlNode* node) { return node && node->ns ? view(node->ns->href) : std::string_view(); }

const xmlNode* firstElement(const xmlNode* parent) {
    if (!parent) return nullptr;
    for (const xmlNode* c = parent->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE) return c;
    return nullptr;
}

const xmlNode* nextElement(const xmlNode* node) {
    if (!node) return nullptr;
    for (const xmlNode* c = node->next; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE) return c;
    return nullptr;
}

const xmlNode* child(const xmlNode* parent, std::string_view ns, std::string_view name) {
    for (const xmlNode* c = firstElement(parent); c; c = nextElement(c))
        if (is(c, ns, name)) return c;
    return nullptr;
}

std::optional<std::string> attribute(const xmlNode* node, std::string_view ns, std::string_view name) {
    if (!node || node->type != XML_ELEMENT_NODE) return std::nullopt;
    for (const xmlAttr* a = node->properties; a; a = a->next) {
        if (view(a->name) != name) continue;
        std::string_view attrNs = a->ns ? view(a->ns->href) : std::string_view();
        if (attrNs != ns) continue;
        std::string value;
        for (const xmlNode* t = a->children; t; t = t->next)
            if (t->type == XML_TEXT_NODE || t->type == XML_CDATA_SECTION_NODE) value += view(t->content);
        return value;
    }
    return std::nullopt;
}

std::string_view text(const xmlNode* node) {
    if (!node || (node->type != XML_TEXT_NODE && node->type != XML_CDATA_SECTION_NODE)) return {};
    return view(node->content);
}

}  // namespace xml

TextOutput::TextOutput(std::string fileLabel, std::uint64_t maxBytes)
    : m_fileLabel(std::move(fileLabel)), m_maxBytes(maxBytes) {}

void TextOutput::append(std::string_view utf8) {
    std::size_t from = 0;
    for (;;) {
        std::size_t hyphen = utf8.find("\xC2\xAD", from);
        m_text.append(utf8.substr(from, hyphen == std::string_view::npos ? std::string_view::npos : hyphen - from));
        if (hyphen == std::string_view::npos) break;
        from = hyphen + 2;
    }
    checkSize();
}

void TextOutput::appendRepeated(char c, std::size_t count) {
    if (count > m_maxBytes) count = static_cast<std::size_t>(m_maxBytes) + 1;
    m_text.append(count, c);
    checkSize();
}

void TextOutput::endParagraph() {
    m_text += '\n';
    m_paragraphStart = m_text.size();
    checkSize();
}

void TextOutput::checkSize() {
    if (m_text.size() > m_maxBytes)
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} expands to more than {limit} MB of text and looks damaged or malicious; "
                                    "it was not imported"))
                       .arg("file", m_fileLabel)
                       .arg("limit", static_cast<long long>(m_maxBytes / (1024 * 1024))));
}

std::string TextOutput::finish() {
    auto blank = [](std::string_view line) {
        return line.find_first_not_of(" \t\r") == std::string_view::npos;
    };
    std::string_view all(m_text);
    // Drop blank lines at the end, then at the start.
    while (!all.empty()) {
        std::size_t lastBreak = all.rfind('\n');
        std::string_view tail = lastBreak == std::string_view::npos ? all : all.substr(lastBreak + 1);
        if (!blank(tail)) break;
        all = lastBreak == std::string_view::npos ? std::string_view() : all.substr(0, lastBreak);
    }
    while (!all.empty()) {
        std::size_t firstBreak = all.find('\n');
        if (firstBreak == std::string_view::npos || !blank(all.substr(0, firstBreak))) break;
        all.remove_prefix(firstBreak + 1);
    }
    return std::string(all);
}

std::string formatNumber(long long n, std::string_view style) {
    if (style == "lowerRoman" || style == "upperRoman") {
        if (n <= 0 || n >= 4000) return std::to_string(n);
        static constexpr std::pair<int, const char*> kRoman[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"},
                                                                 {100, "c"},  {90, "xc"},  {50, "l"},  {40, "xl"},
                                                                 {10, "x"},   {9, "ix"},   {5, "v"},   {4, "iv"},
                                                                 {1, "i"}};
        std::string out;
        for (auto [value, digits] : kRoman)
            while (n >= value) {
                out += digits;
                n -= value;
            }
        if (style == "upperRoman")
            for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
        return out;
    }
    if (style == "lowerLetter" || style == "upperLetter") {
        if (n <= 0 || n > 26 * 50) return std::to_string(n);
        char letter = static_cast<char>((style == "lowerLetter" ? 'a' : 'A') + (n - 1) % 26);
        return std::string(static_cast<std::size_t>((n - 1) / 26 + 1), letter);
    }
    if (style == "chicago") {
        if (n <= 0 || n > 400) return std::to_string(n);
        static constexpr const char* kMarks[] = {"*", "\u2020", "\u2021", "\u00A7"};
        std::string out;
        for (long long i = 0; i < (n - 1) / 4 + 1; ++i) out += kMarks[(n - 1) % 4];
        return out;
    }
    if (style == "decimalZero" && n >= 0 && n < 10) return "0" + std::to_string(n);
    return std::to_string(n);
}

}  // namespace edau::importers
