// SPDX-License-Identifier: GPL-3.0-or-later
// A small streaming XML writer for REFI-QDA files: escapes, indents, and keeps out what XML 1.0 forbids.
#include "xml_writer.h"

#include "edau/base/error.h"

namespace edau::exchange {

namespace {

bool forbiddenInXml(char32_t cp) {
    return (cp < 0x20 && cp != 0x09 && cp != 0x0A && cp != 0x0D) || cp == 0xFFFE || cp == 0xFFFF;
}

/// Escapes clean text for element content or a double-quoted attribute value.
void appendEscaped(std::string& out, std::string_view text, bool attribute) {
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"':
                if (attribute) out += "&quot;";
                else out += c;
                break;
            // A parser turns a raw tab or line break in an attribute into a space, and any CR into
            // LF; character references keep them as they were.
            case '\t':
                if (attribute) out += "&#9;";
                else out += c;
                break;
            case '\n':
                if (attribute) out += "&#10;";
                else out += c;
                break;
            case '\r': out += "&#13;"; break;
            default: out += c;
        }
    }
}

}  // namespace

std::string xmlSafe(std::string_view text, std::map<char32_t, std::size_t>& counts) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b < 0x20) {
            if (forbiddenInXml(b)) {
                ++counts[b];
                out += "\xEF\xBF\xBD";
            } else {
                out += static_cast<char>(b);
            }
            ++i;
            continue;
        }
        // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
        if (b == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
            (static_cast<unsigned char>(text[i + 2]) == 0xBE || static_cast<unsigned char>(text[i + 2]) == 0xBF)) {
            ++counts[static_cast<unsigned char>(text[i + 2]) == 0xBE ? 0xFFFE : 0xFFFF];
            out += "\xEF\xBF\xBD";
            i += 3;
            continue;
        }
        out += text[i];
        ++i;
    }
    return out;
}

XmlWriter::XmlWriter(ReplacementCounts& counts) : m_counts(counts) {
    m_out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
}

void XmlWriter::indent() {
    m_out += '\n';
    m_out.append(m_open.size() * 2, ' ');
}

void XmlWriter::endStartTag() {
    if (m_inStartTag) {
        m_out += '>';
        m_inStartTag = false;
    }
}

void XmlWriter::open(std::string_view name) {
    endStartTag();
    if (!m_open.empty()) indent();
    m_out += '<';
    m_out += name;
    m_open.emplace_back(name);
    m_inStartTag = true;
}

void XmlWriter::attribute(std::string_view name, std::string_view value, bool omitEmpty) {
    if (!m_inStartTag) throwError(ErrorKind::Internal, Message(EDAU_MSG("An XML attribute was written outside a start tag")));
    if (omitEmpty && value.empty()) return;
    m_out += ' ';
    m_out += name;
    m_out += "=\"";
    appendEscaped(m_out, xmlSafe(value, m_counts.elsewhere), true);
    m_out += '"';
}

void XmlWriter::textElement(std::string_view name, std::string_view text) {
    open(name);
    endStartTag();
    appendEscaped(m_out, xmlSafe(text, m_counts.elsewhere), false);
    m_out += "</";
    m_out += name;
    m_out += '>';
    m_open.pop_back();
}

void XmlWriter::close() {
    if (m_open.empty()) throwError(ErrorKind::Internal, Message(EDAU_MSG("An XML element was closed twice")));
    std::string name = std::move(m_open.back());
    m_open.pop_back();
    if (m_inStartTag) {
        m_out += "/>";
        m_inStartTag = false;
    } else {
        indent();
        m_out += "</" + name + '>';
    }
}

std::string XmlWriter::finish() {
    if (!m_open.empty()) throwError(ErrorKind::Internal, Message(EDAU_MSG("An XML element was left open")));
    m_out += '\n';
    return std::move(m_out);
}

}  // namespace edau::exchange
