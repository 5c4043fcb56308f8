// SPDX-License-Identifier: GPL-3.0-or-later
// HTML as plain text: a small tag-stripping state machine, block elements as line breaks.
//
// Rules, chosen to read like a browser's "save as text": block elements (p, div, br, li,
// h1-h6, tr, table cells, blockquote, pre, section, article...) end the current line; every
// table cell gets its own line; script, style, head, noscript, template, svg and the like
// are dropped with their content; comments and declarations are dropped; entities (named,
// decimal, hexadecimal) are decoded; whitespace runs collapse to one space except inside
// pre; empty lines are dropped. Non-breaking spaces (&nbsp; or a literal U+00A0) count as
// ordinary spaces: in HTML they are mostly layout ("<p>&nbsp;</p>", "Siân:&nbsp;Mae..."),
// and speaker labels must still be found after them. The input is UTF-8 already; the reader
// passes its bytes through and never looks at <meta charset>. It keeps no element stack,
// so nesting depth costs nothing, and its output is never longer than its input.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "format_readers.h"

namespace edau::importers {

namespace {

struct NamedEntity {
    std::string_view name;
    char32_t codePoint;
};

// Named character references from the WHATWG HTML list: all of HTML 4's, plus HTML5's
// single-character ones for Latin letters (U+0000-U+024F: &wcirc; &ycirc; ...), general
// punctuation and currency signs. Sorted by name (byte order) for binary search.
constexpr NamedEntity kEntities[] = {
    {"AElig", 0x00C6}, {"AMP", 0x0026}, {"Aacute", 0x00C1}, {"Abreve", 0x0102}, {"Acirc", 0x00C2},
    {"Agrave", 0x00C0}, {"Alpha", 0x0391}, {"Amacr", 0x0100}, {"Aogon", 0x0104}, {"ApplyFunction", 0x2061},
    {"Aring", 0x00C5}, {"Atilde", 0x00C3}, {"Auml", 0x00C4}, {"Beta", 0x0392}, {"COPY", 0x00A9}, {"Cacute", 0x0106},
    {"Ccaron", 0x010C}, {"Ccedil", 0x00C7}, {"Ccirc", 0x0108}, {"Cdot", 0x010A}, {"Cedilla", 0x00B8},
    {"CenterDot", 0x00B7}, {"Chi", 0x03A7}, {"CloseCurlyDoubleQuote", 0x201D}, {"CloseCurlyQuote", 0x2019},
    {"Dagger", 0x2021}, {"Dcaron", 0x010E}, {"Delta", 0x0394}, {"DiacriticalAcute", 0x00B4},
    {"DiacriticalGrave", 0x0060}, {"Dot", 0x00A8}, {"DoubleDot", 0x00A8}, {"Dstrok", 0x0110}, {"ENG", 0x014A},
    {"ETH", 0x00D0}, {"Eacute", 0x00C9}, {"Ecaron", 0x011A}, {"Ecirc", 0x00CA}, {"Edot", 0x0116},
    {"Egrave", 0x00C8}, {"Emacr", 0x0112}, {"Eogon", 0x0118}, {"Epsilon", 0x0395}, {"Eta", 0x0397},
    {"Euml", 0x00CB}, {"GT", 0x003E}, {"Gamma", 0x0393}, {"Gbreve", 0x011E}, {"Gcedil", 0x0122}, {"Gcirc", 0x011C},
    {"Gdot", 0x0120}, {"Hat", 0x005E}, {"Hcirc", 0x0124}, {"Hstrok", 0x0126}, {"IJlig", 0x0132}, {"Iacute", 0x00CD},
    {"Icirc", 0x00CE}, {"Idot", 0x0130}, {"Igrave", 0x00CC}, {"Imacr", 0x012A}, {"InvisibleComma", 0x2063},
    {"InvisibleTimes", 0x2062}, {"Iogon", 0x012E}, {"Iota", 0x0399}, {"Itilde", 0x0128}, {"Iuml", 0x00CF},
    {"Jcirc", 0x0134}, {"Kappa", 0x039A}, {"Kcedil", 0x0136}, {"LT", 0x003C}, {"Lacute", 0x0139},
    {"Lambda", 0x039B}, {"Lcaron", 0x013D}, {"Lcedil", 0x013B}, {"Lmidot", 0x013F}, {"Lstrok", 0x0141},
    {"MediumSpace", 0x205F}, {"Mu", 0x039C}, {"Nacute", 0x0143}, {"Ncaron", 0x0147}, {"Ncedil", 0x0145},
    {"NegativeMediumSpace", 0x200B}, {"NegativeThickSpace", 0x200B}, {"NegativeThinSpace", 0x200B},
    {"NegativeVeryThinSpace", 0x200B}, {"NewLine", 0x000A}, {"NoBreak", 0x2060}, {"NonBreakingSpace", 0x00A0},
    {"Ntilde", 0x00D1}, {"Nu", 0x039D}, {"OElig", 0x0152}, {"Oacute", 0x00D3}, {"Ocirc", 0x00D4},
    {"Odblac", 0x0150}, {"Ograve", 0x00D2}, {"Omacr", 0x014C}, {"Omega", 0x03A9}, {"Omicron", 0x039F},
    {"OpenCurlyDoubleQuote", 0x201C}, {"OpenCurlyQuote", 0x2018}, {"Oslash", 0x00D8}, {"Otilde", 0x00D5},
    {"Ouml", 0x00D6}, {"OverBar", 0x203E}, {"Phi", 0x03A6}, {"Pi", 0x03A0}, {"PlusMinus", 0x00B1},
    {"Prime", 0x2033}, {"Psi", 0x03A8}, {"QUOT", 0x0022}, {"REG", 0x00AE}, {"Racute", 0x0154}, {"Rcaron", 0x0158},
    {"Rcedil", 0x0156}, {"Rho", 0x03A1}, {"Sacute", 0x015A}, {"Scaron", 0x0160}, {"Scedil", 0x015E},
    {"Scirc", 0x015C}, {"Sigma", 0x03A3}, {"THORN", 0x00DE}, {"Tab", 0x0009}, {"Tau", 0x03A4}, {"Tcaron", 0x0164},
    {"Tcedil", 0x0162}, {"Theta", 0x0398}, {"ThinSpace", 0x2009}, {"Tstrok", 0x0166}, {"Uacute", 0x00DA},
    {"Ubreve", 0x016C}, {"Ucirc", 0x00DB}, {"Udblac", 0x0170}, {"Ugrave", 0x00D9}, {"Umacr", 0x016A},
    {"UnderBar", 0x005F}, {"Uogon", 0x0172}, {"Upsilon", 0x03A5}, {"Uring", 0x016E}, {"Utilde", 0x0168},
    {"Uuml", 0x00DC}, {"Verbar", 0x2016}, {"Vert", 0x2016}, {"VerticalLine", 0x007C}, {"VeryThinSpace", 0x200A},
    {"Wcirc", 0x0174}, {"Xi", 0x039E}, {"Yacute", 0x00DD}, {"Ycirc", 0x0176}, {"Yuml", 0x0178}, {"Zacute", 0x0179},
    {"Zcaron", 0x017D}, {"Zdot", 0x017B}, {"ZeroWidthSpace", 0x200B}, {"Zeta", 0x0396}, {"aacute", 0x00E1},
    {"abreve", 0x0103}, {"acirc", 0x00E2}, {"acute", 0x00B4}, {"aelig", 0x00E6}, {"af", 0x2061}, {"agrave", 0x00E0},
    {"alefsym", 0x2135}, {"alpha", 0x03B1}, {"amacr", 0x0101}, {"amp", 0x0026}, {"and", 0x2227}, {"ang", 0x2220},
    {"angst", 0x00C5}, {"aogon", 0x0105}, {"apos", 0x0027}, {"aring", 0x00E5}, {"ast", 0x002A}, {"asymp", 0x2248},
    {"atilde", 0x00E3}, {"auml", 0x00E4}, {"backprime", 0x2035}, {"bdquo", 0x201E}, {"beta", 0x03B2},
    {"bprime", 0x2035}, {"brvbar", 0x00A6}, {"bsemi", 0x204F}, {"bsol", 0x005C}, {"bull", 0x2022},
    {"bullet", 0x2022}, {"cacute", 0x0107}, {"cap", 0x2229}, {"caret", 0x2041}, {"ccaron", 0x010D},
    {"ccedil", 0x00E7}, {"ccirc", 0x0109}, {"cdot", 0x010B}, {"cedil", 0x00B8}, {"cent", 0x00A2},
    {"centerdot", 0x00B7}, {"chi", 0x03C7}, {"circ", 0x02C6}, {"circledR", 0x00AE}, {"clubs", 0x2663},
    {"colon", 0x003A}, {"comma", 0x002C}, {"commat", 0x0040}, {"cong", 0x2245}, {"copy", 0x00A9}, {"crarr", 0x21B5},
    {"cup", 0x222A}, {"curren", 0x00A4}, {"dArr", 0x21D3}, {"dagger", 0x2020}, {"darr", 0x2193}, {"dash", 0x2010},
    {"dcaron", 0x010F}, {"ddagger", 0x2021}, {"deg", 0x00B0}, {"delta", 0x03B4}, {"diams", 0x2666}, {"die", 0x00A8},
    {"div", 0x00F7}, {"divide", 0x00F7}, {"dollar", 0x0024}, {"dstrok", 0x0111}, {"eacute", 0x00E9},
    {"ecaron", 0x011B}, {"ecirc", 0x00EA}, {"edot", 0x0117}, {"egrave", 0x00E8}, {"emacr", 0x0113},
    {"empty", 0x2205}, {"emsp", 0x2003}, {"emsp13", 0x2004}, {"emsp14", 0x2005}, {"eng", 0x014B}, {"ensp", 0x2002},
    {"eogon", 0x0119}, {"epsilon", 0x03B5}, {"equals", 0x003D}, {"equiv", 0x2261}, {"eta", 0x03B7}, {"eth", 0x00F0},
    {"euml", 0x00EB}, {"euro", 0x20AC}, {"excl", 0x0021}, {"exist", 0x2203}, {"fnof", 0x0192}, {"forall", 0x2200},
    {"frac12", 0x00BD}, {"frac14", 0x00BC}, {"frac34", 0x00BE}, {"frasl", 0x2044}, {"gacute", 0x01F5},
    {"gamma", 0x03B3}, {"gbreve", 0x011F}, {"gcirc", 0x011D}, {"gdot", 0x0121}, {"ge", 0x2265}, {"grave", 0x0060},
    {"gt", 0x003E}, {"hArr", 0x21D4}, {"hairsp", 0x200A}, {"half", 0x00BD}, {"harr", 0x2194}, {"hcirc", 0x0125},
    {"hearts", 0x2665}, {"hellip", 0x2026}, {"horbar", 0x2015}, {"hstrok", 0x0127}, {"hybull", 0x2043},
    {"hyphen", 0x2010}, {"iacute", 0x00ED}, {"ic", 0x2063}, {"icirc", 0x00EE}, {"iexcl", 0x00A1},
    {"igrave", 0x00EC}, {"ijlig", 0x0133}, {"imacr", 0x012B}, {"image", 0x2111}, {"imath", 0x0131},
    {"imped", 0x01B5}, {"infin", 0x221E}, {"inodot", 0x0131}, {"int", 0x222B}, {"iogon", 0x012F}, {"iota", 0x03B9},
    {"iquest", 0x00BF}, {"isin", 0x2208}, {"it", 0x2062}, {"itilde", 0x0129}, {"iuml", 0x00EF}, {"jcirc", 0x0135},
    {"jmath", 0x0237}, {"kappa", 0x03BA}, {"kcedil", 0x0137}, {"kgreen", 0x0138}, {"lArr", 0x21D0},
    {"lacute", 0x013A}, {"lambda", 0x03BB}, {"lang", 0x27E8}, {"laquo", 0x00AB}, {"larr", 0x2190},
    {"lbrace", 0x007B}, {"lbrack", 0x005B}, {"lcaron", 0x013E}, {"lcedil", 0x013C}, {"lceil", 0x2308},
    {"lcub", 0x007B}, {"ldquo", 0x201C}, {"ldquor", 0x201E}, {"le", 0x2264}, {"lfloor", 0x230A}, {"lmidot", 0x0140},
    {"lowast", 0x2217}, {"lowbar", 0x005F}, {"loz", 0x25CA}, {"lpar", 0x0028}, {"lrm", 0x200E}, {"lsaquo", 0x2039},
    {"lsqb", 0x005B}, {"lsquo", 0x2018}, {"lsquor", 0x201A}, {"lstrok", 0x0142}, {"lt", 0x003C}, {"macr", 0x00AF},
    {"mdash", 0x2014}, {"micro", 0x00B5}, {"midast", 0x002A}, {"middot", 0x00B7}, {"minus", 0x2212},
    {"mldr", 0x2026}, {"mu", 0x03BC}, {"nabla", 0x2207}, {"nacute", 0x0144}, {"napos", 0x0149}, {"nbsp", 0x00A0},
    {"ncaron", 0x0148}, {"ncedil", 0x0146}, {"ndash", 0x2013}, {"ne", 0x2260}, {"ni", 0x220B}, {"nldr", 0x2025},
    {"not", 0x00AC}, {"notin", 0x2209}, {"nsub", 0x2284}, {"ntilde", 0x00F1}, {"nu", 0x03BD}, {"num", 0x0023},
    {"numsp", 0x2007}, {"oacute", 0x00F3}, {"ocirc", 0x00F4}, {"odblac", 0x0151}, {"oelig", 0x0153},
    {"ograve", 0x00F2}, {"oline", 0x203E}, {"omacr", 0x014D}, {"omega", 0x03C9}, {"omicron", 0x03BF},
    {"oplus", 0x2295}, {"or", 0x2228}, {"ordf", 0x00AA}, {"ordm", 0x00BA}, {"oslash", 0x00F8}, {"otilde", 0x00F5},
    {"otimes", 0x2297}, {"ouml", 0x00F6}, {"para", 0x00B6}, {"part", 0x2202}, {"percnt", 0x0025},
    {"period", 0x002E}, {"permil", 0x2030}, {"perp", 0x22A5}, {"pertenk", 0x2031}, {"phi", 0x03C6}, {"pi", 0x03C0},
    {"piv", 0x03D6}, {"plus", 0x002B}, {"plusmn", 0x00B1}, {"pm", 0x00B1}, {"pound", 0x00A3}, {"prime", 0x2032},
    {"prod", 0x220F}, {"prop", 0x221D}, {"psi", 0x03C8}, {"puncsp", 0x2008}, {"qprime", 0x2057}, {"quest", 0x003F},
    {"quot", 0x0022}, {"rArr", 0x21D2}, {"racute", 0x0155}, {"radic", 0x221A}, {"rang", 0x27E9}, {"raquo", 0x00BB},
    {"rarr", 0x2192}, {"rbrace", 0x007D}, {"rbrack", 0x005D}, {"rcaron", 0x0159}, {"rcedil", 0x0157},
    {"rceil", 0x2309}, {"rcub", 0x007D}, {"rdquo", 0x201D}, {"rdquor", 0x201D}, {"real", 0x211C}, {"reg", 0x00AE},
    {"rfloor", 0x230B}, {"rho", 0x03C1}, {"rlm", 0x200F}, {"rpar", 0x0029}, {"rsaquo", 0x203A}, {"rsqb", 0x005D},
    {"rsquo", 0x2019}, {"rsquor", 0x2019}, {"sacute", 0x015B}, {"sbquo", 0x201A}, {"scaron", 0x0161},
    {"scedil", 0x015F}, {"scirc", 0x015D}, {"sdot", 0x22C5}, {"sect", 0x00A7}, {"semi", 0x003B}, {"shy", 0x00AD},
    {"sigma", 0x03C3}, {"sigmaf", 0x03C2}, {"sim", 0x223C}, {"sol", 0x002F}, {"spades", 0x2660}, {"strns", 0x00AF},
    {"sub", 0x2282}, {"sube", 0x2286}, {"sum", 0x2211}, {"sup", 0x2283}, {"sup1", 0x00B9}, {"sup2", 0x00B2},
    {"sup3", 0x00B3}, {"supe", 0x2287}, {"szlig", 0x00DF}, {"tau", 0x03C4}, {"tcaron", 0x0165}, {"tcedil", 0x0163},
    {"there4", 0x2234}, {"theta", 0x03B8}, {"thetasym", 0x03D1}, {"thinsp", 0x2009}, {"thorn", 0x00FE},
    {"tilde", 0x02DC}, {"times", 0x00D7}, {"tprime", 0x2034}, {"trade", 0x2122}, {"tstrok", 0x0167},
    {"uArr", 0x21D1}, {"uacute", 0x00FA}, {"uarr", 0x2191}, {"ubreve", 0x016D}, {"ucirc", 0x00FB},
    {"udblac", 0x0171}, {"ugrave", 0x00F9}, {"umacr", 0x016B}, {"uml", 0x00A8}, {"uogon", 0x0173},
    {"upsih", 0x03D2}, {"upsilon", 0x03C5}, {"uring", 0x016F}, {"utilde", 0x0169}, {"uuml", 0x00FC},
    {"verbar", 0x007C}, {"vert", 0x007C}, {"wcirc", 0x0175}, {"weierp", 0x2118}, {"xi", 0x03BE}, {"yacute", 0x00FD},
    {"ycirc", 0x0177}, {"yen", 0x00A5}, {"yuml", 0x00FF}, {"zacute", 0x017A}, {"zcaron", 0x017E}, {"zdot", 0x017C},
    {"zeta", 0x03B6}, {"zwj", 0x200D}, {"zwnj", 0x200C},
};

// What numeric references 128-159 mean: browsers read them as Windows-1252 (&#146; is ’).
constexpr std::array<char32_t, 32> kWindows1252C1 = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

/// Longest entity name worth reading; longer runs of letters are not entities.
constexpr std::size_t kMaxEntityName = 32;
/// Tag names are read up to this length (the rest of a longer name is ignored).
constexpr std::size_t kMaxTagName = 32;

bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool isAsciiAlnum(char c) { return isAsciiLetter(c) || isAsciiDigit(c); }
bool isHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

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

const NamedEntity* findEntity(std::string_view name) {
    const auto* end = std::end(kEntities);
    const auto* it = std::lower_bound(std::begin(kEntities), end, name,
                                      [](const NamedEntity& e, std::string_view n) { return e.name < n; });
    return (it != end && it->name == name) ? it : nullptr;
}

/// The character a reference at `s[0] == '&'` stands for and how many bytes it takes, or
/// {0, 0} when it is not a reference (the '&' is then literal text).
struct Reference {
    char32_t codePoint = 0;
    std::size_t length = 0;
};

Reference readReference(std::string_view s) {
    if (s.size() < 2) return {};
    if (s[1] == '#') {
        std::size_t i = 2;
        const bool hex = i < s.size() && (s[i] == 'x' || s[i] == 'X');
        if (hex) ++i;
        const std::size_t digitsStart = i;
        std::uint32_t value = 0;
        for (; i < s.size(); ++i) {
            const int digit = hex ? hexValue(s[i]) : (isAsciiDigit(s[i]) ? s[i] - '0' : -1);
            if (digit < 0) break;
            // Saturate just past the Unicode range: absurd numbers must not overflow.
            value = std::min<std::uint32_t>(0x110000, value * (hex ? 16 : 10) + static_cast<std::uint32_t>(digit));
        }
        if (i == digitsStart) return {};
        if (i < s.size() && s[i] == ';') ++i;
        char32_t cp = value;
        if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
        else if (cp >= 0x80 && cp <= 0x9F) cp = kWindows1252C1[cp - 0x80];
        return {cp, i};
    }
    std::size_t i = 1;
    while (i < s.size() && i <= kMaxEntityName && isAsciiAlnum(s[i])) ++i;
    if (i == 1 || i > kMaxEntityName) return {};
    const std::string_view name = s.substr(1, i - 1);
    if (i < s.size() && s[i] == ';') {
        if (const NamedEntity* e = findEntity(name)) return {e->codePoint, i + 1};
        return {};
    }
    // Browsers accept a few old references without the semicolon ("&amp" "&nbsp").
    static constexpr std::string_view kLegacy[] = {"amp", "lt", "gt", "quot", "nbsp"};
    if (std::find(std::begin(kLegacy), std::end(kLegacy), name) != std::end(kLegacy) &&
        (i >= s.size() || s[i] != '='))
        return {findEntity(name)->codePoint, i};
    return {};
}

bool oneOf(std::string_view name, std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

/// Elements that start and end a line.
bool isBlock(std::string_view name) {
    return oneOf(name, {"address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd",
                        "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
                        "footer", "form", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
                        "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "option", "p",
                        "plaintext", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
                        "tr", "ul", "xmp"});
}

/// Elements whose whole content is left out (they are not text a reader sees).
enum SkipKind { kSkipNoscript, kSkipTemplate, kSkipSvg, kSkipMath, kSkipCount };

int skipKind(std::string_view name) {
    if (name == "noscript") return kSkipNoscript;
    if (name == "template") return kSkipTemplate;
    if (name == "svg") return kSkipSvg;
    if (name == "math") return kSkipMath;
    return -1;
}

/// Elements whose content is raw text up to their end tag; only xmp's is shown.
bool isRawText(std::string_view name) {
    return oneOf(name, {"script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes"});
}

/// Elements that may appear in <head>; any other start tag ends it.
bool belongsInHead(std::string_view name) {
    return oneOf(name, {"base", "basefont", "bgsound", "head", "link", "meta", "noscript", "script", "style",
                        "template", "title"});
}

/// Builds lines: whitespace collapsed (except preformatted), empty lines dropped.
class LineSink {
public:
    /// Normal text: whitespace runs become one space; leading and trailing spaces vanish.
    void text(std::string_view utf8) {
        for (std::size_t i = 0; i < utf8.size(); ++i) {
            const char c = utf8[i];
            if (isHtmlSpace(c)) {
                m_pendingSpace = true;
            } else if (c == '\xC2' && i + 1 < utf8.size() && utf8[i + 1] == '\xA0') {
                m_pendingSpace = true;  // U+00A0 no-break space counts as a space
                ++i;
            } else if (isControl(utf8, i)) {
                if (c == '\xC2') ++i;  // a two-byte C1 control
            } else {
                if (m_pendingSpace && !m_line.empty()) m_line += ' ';
                m_pendingSpace = false;
                m_line += c;
            }
        }
    }

    /// Preformatted text: spaces kept, each line feed ends a line.
    void preformatted(std::string_view utf8) {
        for (std::size_t i = 0; i < utf8.size(); ++i) {
            const char c = utf8[i];
            if (c == '\n') {
                lineBreak();
            } else if (c == '\r') {
                continue;
            } else if (c == ' ' || c == '\t') {
                if (m_pendingSpace && !m_line.empty()) m_line += ' ';
                m_pendingSpace = false;
                m_line += c;
            } else if (c == '\xC2' && i + 1 < utf8.size() && utf8[i + 1] == '\xA0') {
                m_line += ' ';
                ++i;
            } else if (isControl(utf8, i)) {
                if (c == '\xC2') ++i;  // a two-byte C1 control
            } else {
                if (m_pendingSpace && !m_line.empty()) m_line += ' ';
                m_pendingSpace = false;
                m_line += c;
            }
        }
    }

    void codePoint(char32_t cp, bool preformatted) {
        std::string utf8;
        appendUtf8(utf8, cp);
        if (preformatted) this->preformatted(utf8);
        else text(utf8);
    }

    void lineBreak() {
        m_pendingSpace = false;
        while (!m_line.empty() && (m_line.back() == ' ' || m_line.back() == '\t')) m_line.pop_back();
        if (m_line.empty()) return;
        if (!m_out.empty()) m_out += '\n';
        m_out += m_line;
        m_line.clear();
    }

    std::string finish() {
        lineBreak();
        return std::move(m_out);
    }

private:
    /// Control characters (C0 other than whitespace, DEL, C1) are not text.
    static bool isControl(std::string_view s, std::size_t i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c == 0x7F) return true;
        return c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(s[i + 1]) < 0xA0;
    }

    std::string m_out;
    std::string m_line;
    bool m_pendingSpace = false;
};

class HtmlStripper {
public:
    explicit HtmlStripper(std::string_view in) : m_in(in) {}

    std::string run() {
        std::size_t i = m_in.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
        while (i < m_in.size()) {
            const char c = m_in[i];
            if (c == '<') {
                i = markup(i);
            } else if (c == '&') {
                const Reference ref = readReference(m_in.substr(i, kMaxEntityName + 16));
                if (ref.length == 0) {
                    textRun("&");
                    ++i;
                } else {
                    if (visible()) m_sink.codePoint(ref.codePoint, m_preDepth > 0);
                    m_afterPreStart = false;
                    i += ref.length;
                }
            } else {
                std::size_t end = m_in.find_first_of("<&", i);
                if (end == std::string_view::npos) end = m_in.size();
                textRun(m_in.substr(i, end - i));
                i = end;
            }
        }
        return m_sink.finish();
    }

private:
    bool visible() const {
        if (m_inHead) return false;
        for (int count : m_skipDepth)
            if (count > 0) return false;
        return true;
    }

    void textRun(std::string_view run) {
        if (m_inHead && std::any_of(run.begin(), run.end(), [](char ch) { return !isHtmlSpace(ch); }))
            m_inHead = false;  // text cannot live in <head>: the body has begun
        if (!visible()) return;
        if (m_preDepth > 0) {
            // The line feed right after <pre> is not content.
            if (m_afterPreStart && !run.empty() && run.front() == '\n') run.remove_prefix(1);
            m_sink.preformatted(run);
        } else {
            m_sink.text(run);
        }
        m_afterPreStart = false;
    }

    /// Handles markup starting with '<' at `i`; returns the position after it.
    std::size_t markup(std::size_t i) {
        const std::size_t n = m_in.size();
        if (i + 1 >= n) {
            textRun("<");
            return n;
        }
        const char next = m_in[i + 1];
        if (next == '!') {
            if (m_in.substr(i, 4) == "<!--") {
                // "<!-->" and "<!--->" are complete (empty) comments.
                if (m_in.substr(i + 4, 1) == ">") return i + 5;
                if (m_in.substr(i + 4, 2) == "->") return i + 6;
                const std::size_t end = m_in.find("-->", i + 4);
                return end == std::string_view::npos ? n : end + 3;
            }
            return afterBogusComment(i + 2);
        }
        if (next == '?') return afterBogusComment(i + 2);
        if (next == '/') {
            if (i + 2 < n && isAsciiLetter(m_in[i + 2])) {
                std::size_t j = i + 2;
                const std::string name = readTagName(j);
                bool selfClosing = false;
                j = afterAttributes(j, selfClosing);
                if (j == std::string_view::npos) return n;  // cut off by the end of the file
                endTag(name);
                return j;
            }
            if (i + 2 < n && m_in[i + 2] == '>') return i + 3;
            return afterBogusComment(i + 2);
        }
        if (!isAsciiLetter(next)) {
            textRun("<");  // "a < b": a literal less-than sign
            return i + 1;
        }
        std::size_t j = i + 1;
        const std::string name = readTagName(j);
        bool selfClosing = false;
        j = afterAttributes(j, selfClosing);
        if (j == std::string_view::npos) return n;  // a tag cut off by the end of the file
        startTag(name, selfClosing);
        if (name == "plaintext") {
            // Everything after <plaintext> is literal text, markup included.
            ++m_preDepth;
            if (visible()) m_sink.preformatted(m_in.substr(j));
            return n;
        }
        if (isRawText(name)) return afterRawText(name, j);
        return j;
    }

    std::string readTagName(std::size_t& j) const {
        std::string name;
        while (j < m_in.size() && !isHtmlSpace(m_in[j]) && m_in[j] != '/' && m_in[j] != '>') {
            if (name.size() < kMaxTagName) name += lower(m_in[j]);
            ++j;
        }
        return name;
    }

    /// Skips attributes up to and past the closing '>' (quoted values may hold '>'); npos
    /// when the file ends first.
    std::size_t afterAttributes(std::size_t j, bool& selfClosing) const {
        const std::size_t n = m_in.size();
        while (j < n) {
            const char c = m_in[j];
            if (c == '>') {
                selfClosing = j > 0 && m_in[j - 1] == '/';
                return j + 1;
            }
            if (c == '=') {
                ++j;
                while (j < n && isHtmlSpace(m_in[j])) ++j;
                if (j < n && (m_in[j] == '"' || m_in[j] == '\'')) {
                    const std::size_t close = m_in.find(m_in[j], j + 1);
                    if (close == std::string_view::npos) return std::string_view::npos;
                    j = close + 1;
                }
                continue;
            }
            ++j;
        }
        return std::string_view::npos;
    }

    std::size_t afterBogusComment(std::size_t j) const {
        const std::size_t end = m_in.find('>', j);
        return end == std::string_view::npos ? m_in.size() : end + 1;
    }

    /// Content of script, style, title... runs to "</name" followed by space, '/' or '>'.
    std::size_t afterRawText(const std::string& name, std::size_t j) {
        const std::size_t n = m_in.size();
        std::size_t end = j;
        while (true) {
            end = m_in.find("</", end);
            if (end == std::string_view::npos) {
                end = n;
                break;
            }
            std::size_t k = end + 2;
            bool same = k + name.size() <= n;
            for (std::size_t m = 0; same && m < name.size(); ++m) same = lower(m_in[k + m]) == name[m];
            if (same && (k + name.size() == n || isHtmlSpace(m_in[k + name.size()]) || m_in[k + name.size()] == '/' ||
                         m_in[k + name.size()] == '>'))
                break;
            end += 2;
        }
        if (name == "xmp" && visible()) m_sink.preformatted(m_in.substr(j, end - j));
        return end;  // the end tag itself is read as markup next
    }

    void startTag(const std::string& name, bool selfClosing) {
        if (m_inHead && !belongsInHead(name)) m_inHead = false;
        if (name == "head" && !m_seenBody) m_inHead = true;
        if (name == "body") {
            m_inHead = false;
            m_seenBody = true;
        }
        if (const int kind = skipKind(name); kind >= 0) {
            if (!selfClosing) ++m_skipDepth[static_cast<std::size_t>(kind)];
            return;
        }
        if (!visible()) return;
        if (isBlock(name)) m_sink.lineBreak();
        if (name == "pre" || name == "listing") {
            ++m_preDepth;
            m_afterPreStart = true;
        }
    }

    void endTag(const std::string& name) {
        if (name == "head") m_inHead = false;
        if (const int kind = skipKind(name); kind >= 0) {
            int& depth = m_skipDepth[static_cast<std::size_t>(kind)];
            if (depth > 0) --depth;
            return;
        }
        if (!visible()) return;
        if (isBlock(name)) m_sink.lineBreak();
        if ((name == "pre" || name == "listing") && m_preDepth > 0) --m_preDepth;
    }

    std::string_view m_in;
    LineSink m_sink;
    bool m_inHead = false;
    bool m_seenBody = false;
    bool m_afterPreStart = false;
    int m_preDepth = 0;
    std::array<int, kSkipCount> m_skipDepth{};
};

}  // namespace

ExtractedText readHtml(std::string_view utf8, const std::string& fileLabel) {
    (void)fileLabel;  // HTML has no way to be "not HTML": any bytes read as text
    ExtractedText result;
    result.text = HtmlStripper(utf8).run();
    return result;
}

}  // namespace edau::importers
