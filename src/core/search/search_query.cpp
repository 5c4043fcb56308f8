// SPDX-License-Identifier: GPL-3.0-or-later
// A small recursive-descent reader for search queries (precedence: NEAR > AND/NOT > OR).
#include "search_query.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "edau/base/error.h"
#include "edau/text/word_tokens.h"

namespace edau::search::detail {

namespace {

constexpr int kDefaultNear = 10;

struct Lexeme {
    enum class Type { Word, Quoted, Open, Close, And, Or, Not, Near, Adj, Field, Minus, End };
    Type type = Type::End;
    std::string text;     // word, phrase text, or field value
    std::string field;    // field name
    bool fieldQuoted = false;
    int distance = kDefaultNear;
    std::size_t offset = 0;  // where it starts in the query, for messages
};

// Every message names the whole query, so a user sees which search of several went wrong.
[[noreturn]] void queryError(const std::string& query, Message why) {
    throwError(ErrorKind::Usage, why.arg("query", query));
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool isFieldNameChar(char c) {
    auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) || c == '_' || c == '-' || u >= 0x80;
}

// Field names start with a letter, so a time such as 10:30 stays a word.
bool startsFieldName(const std::string& word) {
    auto u = static_cast<unsigned char>(word.front());
    return std::isalpha(u) || u >= 0x80;
}

class Lexer {
public:
    explicit Lexer(const std::string& q) : m_q(q) {}

    std::vector<Lexeme> run() {
        std::vector<Lexeme> out;
        while (true) {
            while (m_pos < m_q.size() && isSpace(m_q[m_pos])) ++m_pos;
            if (m_pos >= m_q.size()) break;
            Lexeme l;
            l.offset = m_pos;
            const char c = m_q[m_pos];
            if (c == '(') {
                l.type = Lexeme::Type::Open;
                ++m_pos;
            } else if (c == ')') {
                l.type = Lexeme::Type::Close;
                ++m_pos;
            } else if (c == '"') {
                l.type = Lexeme::Type::Quoted;
                l.text = quoted();
            } else if (c == '-' && atWordStart()) {
                l.type = Lexeme::Type::Minus;
                ++m_pos;
            } else if (c == '+' && atWordStart()) {
                ++m_pos;  // "+word": required, which every word already is
                continue;
            } else {
                std::string word = bareWord();
                classify(word, l);
            }
            out.push_back(std::move(l));
        }
        Lexeme end;
        end.offset = m_q.size();
        out.push_back(end);
        return out;
    }

private:
    bool atWordStart() const {
        return m_pos + 1 < m_q.size() && !isSpace(m_q[m_pos + 1]) && m_q[m_pos + 1] != ')';
    }

    std::string quoted() {
        const std::size_t open = m_pos;
        ++m_pos;
        std::size_t close = m_q.find('"', m_pos);
        if (close == std::string::npos)
            queryError(m_q, Message(EDAU_MSG("In the search {query}, the quote at character {position} is not closed"))
                                .arg("position", static_cast<long long>(open + 1)));
        std::string text = m_q.substr(m_pos, close - m_pos);
        m_pos = close + 1;
        return text;
    }

    std::string bareWord() {
        const std::size_t start = m_pos;
        while (m_pos < m_q.size() && !isSpace(m_q[m_pos]) && m_q[m_pos] != '(' && m_q[m_pos] != ')' &&
               m_q[m_pos] != '"')
            ++m_pos;
        return m_q.substr(start, m_pos - start);
    }

    static std::optional<int> distanceAfter(const std::string& word, const std::string& op) {
        if (word == op) return kDefaultNear;
        if (word.size() > op.size() + 1 && word.compare(0, op.size() + 1, op + "/") == 0) {
            std::string digits = word.substr(op.size() + 1);
            if (digits.size() > 4 || digits.empty()) return std::nullopt;
            for (char d : digits)
                if (!std::isdigit(static_cast<unsigned char>(d))) return std::nullopt;
            return std::stoi(digits);
        }
        return std::nullopt;
    }

    void classify(const std::string& word, Lexeme& l) {
        if (word == "AND") {
            l.type = Lexeme::Type::And;
        } else if (word == "OR") {
            l.type = Lexeme::Type::Or;
        } else if (word == "NOT") {
            l.type = Lexeme::Type::Not;
        } else if (auto n = distanceAfter(word, "NEAR")) {
            l.type = Lexeme::Type::Near;
            l.distance = *n;
        } else if (auto a = distanceAfter(word, "ADJ")) {
            l.type = Lexeme::Type::Adj;
            l.distance = *a;
        } else if (auto colon = word.find(':'); colon != std::string::npos && colon > 0 && startsFieldName(word) &&
                   std::all_of(word.begin(), word.begin() + static_cast<std::ptrdiff_t>(colon), isFieldNameChar)) {
            l.type = Lexeme::Type::Field;
            l.field = word.substr(0, colon);
            l.text = word.substr(colon + 1);
            if (l.text.empty() && m_pos < m_q.size() && m_q[m_pos] == '"') {
                l.text = quoted();
                l.fieldQuoted = true;
            }
            if (l.text.empty())
                queryError(m_q, Message(EDAU_MSG("In the search {query}, the field {field}: has nothing after it to look for")).arg("field", l.field));
        } else {
            l.type = Lexeme::Type::Word;
            l.text = word;
        }
    }

    const std::string& m_q;
    std::size_t m_pos = 0;
};

QueryNode leafFromWord(const std::string& written) {
    // A word typed with a trailing * is a wildcard on the word before it.
    if (written.size() > 1 && written.back() == '*') {
        std::string prefix = written.substr(0, written.size() - 1);
        auto tokens = text::wordTokens(prefix);
        if (tokens.size() == 1) {
            QueryNode n;
            n.kind = QueryNode::Kind::Wildcard;
            n.text = std::string(tokens.front().text);
            return n;
        }
    }
    auto tokens = text::wordTokens(written);
    if (tokens.empty()) return QueryNode{};  // punctuation only: no constraint
    if (tokens.size() == 1) {
        QueryNode n;
        n.kind = QueryNode::Kind::Word;
        n.text = std::string(tokens.front().text);
        return n;
    }
    QueryNode phrase;
    phrase.kind = QueryNode::Kind::Phrase;
    for (const auto& t : tokens) {
        QueryNode w;
        w.kind = QueryNode::Kind::Word;
        w.text = std::string(t.text);
        phrase.children.push_back(std::move(w));
    }
    return phrase;
}

QueryNode phraseFromText(const std::string& textValue) {
    QueryNode phrase;
    phrase.kind = QueryNode::Kind::Phrase;
    std::size_t start = 0;
    while (start < textValue.size()) {
        while (start < textValue.size() && isSpace(textValue[start])) ++start;
        std::size_t end = start;
        while (end < textValue.size() && !isSpace(textValue[end])) ++end;
        if (end > start) {
            QueryNode part = leafFromWord(textValue.substr(start, end - start));
            if (part.kind == QueryNode::Kind::Phrase)
                for (auto& c : part.children) phrase.children.push_back(std::move(c));
            else if (part.kind != QueryNode::Kind::All)
                phrase.children.push_back(std::move(part));
        }
        start = end;
    }
    if (phrase.children.size() == 1) return std::move(phrase.children.front());
    if (phrase.children.empty()) return QueryNode{};
    return phrase;
}

class Parser {
public:
    Parser(const std::string& q, std::vector<Lexeme> lexemes) : m_q(q), m_l(std::move(lexemes)) {}

    QueryNode run() {
        QueryNode root = orExpression();
        if (peek().type == Lexeme::Type::Close)
            queryError(m_q, Message(EDAU_MSG("In the search {query}, the parenthesis at character {position} closes nothing"))
                                .arg("position", static_cast<long long>(peek().offset + 1)));
        if (root.kind == QueryNode::Kind::All && root.children.empty())
            queryError(m_q, Message(EDAU_MSG("The search {query} has no words to look for")));
        return root;
    }

private:
    const Lexeme& peek() const { return m_l[m_i]; }
    Lexeme take() { return m_l[m_i++]; }

    bool startsOperand() const {
        switch (peek().type) {
            case Lexeme::Type::Word:
            case Lexeme::Type::Quoted:
            case Lexeme::Type::Open:
            case Lexeme::Type::Field:
            case Lexeme::Type::Minus:
            case Lexeme::Type::Not: return true;
            default: return false;
        }
    }

    [[noreturn]] void nothingAfter(const Lexeme& op) {
        queryError(m_q, Message(EDAU_MSG("In the search {query}, the operator at character {position} has a word missing beside it"))
                            .arg("position", static_cast<long long>(op.offset + 1)));
    }

    QueryNode orExpression() {
        std::vector<QueryNode> parts;
        parts.push_back(andExpression());
        while (peek().type == Lexeme::Type::Or) {
            Lexeme op = take();
            if (!startsOperand()) nothingAfter(op);
            parts.push_back(andExpression());
        }
        if (parts.size() == 1) return std::move(parts.front());
        QueryNode n;
        n.kind = QueryNode::Kind::Or;
        n.children = std::move(parts);
        return n;
    }

    QueryNode andExpression() {
        std::vector<QueryNode> kept, excluded;
        bool first = true;
        while (true) {
            bool negate = false;
            if (peek().type == Lexeme::Type::And) {
                if (first) nothingAfter(peek());  // "AND x": nothing before it
                Lexeme op = take();
                if (!startsOperand()) nothingAfter(op);
            }
            if (peek().type == Lexeme::Type::Not || peek().type == Lexeme::Type::Minus) {
                Lexeme op = take();
                if (!startsOperand() || peek().type == Lexeme::Type::Not) nothingAfter(op);
                negate = true;
            }
            if (!startsOperand()) break;
            QueryNode operand = nearExpression();
            first = false;
            if (operand.kind == QueryNode::Kind::All && operand.children.empty()) continue;  // punctuation
            (negate ? excluded : kept).push_back(std::move(operand));
            if (!startsOperand() && peek().type != Lexeme::Type::And) break;
        }
        QueryNode positive;
        if (kept.size() == 1) {
            positive = std::move(kept.front());
        } else if (kept.size() > 1) {
            positive.kind = QueryNode::Kind::And;
            positive.children = std::move(kept);
        } else if (!excluded.empty()) {
            positive.kind = QueryNode::Kind::All;  // "NOT x" alone: everything but x
            positive.children.push_back(QueryNode{});  // marks a real "everything", not an empty query
        }
        if (excluded.empty()) return positive;
        QueryNode out;
        out.kind = QueryNode::Kind::AndNot;
        QueryNode right;
        if (excluded.size() == 1) {
            right = std::move(excluded.front());
        } else {
            right.kind = QueryNode::Kind::Or;
            right.children = std::move(excluded);
        }
        out.children.push_back(std::move(positive));
        out.children.push_back(std::move(right));
        return out;
    }

    QueryNode nearExpression() {
        QueryNode first = primary();
        if (peek().type != Lexeme::Type::Near && peek().type != Lexeme::Type::Adj) return first;
        QueryNode near;
        near.kind = QueryNode::Kind::Near;
        near.ordered = peek().type == Lexeme::Type::Adj;
        int distance = 0;
        near.children.push_back(std::move(first));
        while (peek().type == Lexeme::Type::Near || peek().type == Lexeme::Type::Adj) {
            Lexeme op = take();
            distance = std::max(distance, op.distance);
            if (peek().type != Lexeme::Type::Word && peek().type != Lexeme::Type::Quoted) nothingAfter(op);
            near.children.push_back(primary());
        }
        for (const auto& c : near.children)
            if (c.kind != QueryNode::Kind::Word && c.kind != QueryNode::Kind::Wildcard)
                queryError(m_q, Message(EDAU_MSG("In the search {query}, NEAR and ADJ are used between single words (not phrases, fields or brackets)")));
        near.window = distance + static_cast<int>(near.children.size());
        return near;
    }

    QueryNode primary() {
        Lexeme l = take();
        switch (l.type) {
            case Lexeme::Type::Word: return leafFromWord(l.text);
            case Lexeme::Type::Quoted: return phraseFromText(l.text);
            case Lexeme::Type::Field: {
                QueryNode n;
                n.kind = QueryNode::Kind::Field;
                n.field = l.field;
                n.text = l.text;
                return n;
            }
            case Lexeme::Type::Open: {
                QueryNode inner = orExpression();
                if (peek().type != Lexeme::Type::Close)
                    queryError(m_q, Message(EDAU_MSG("In the search {query}, the parenthesis at character {position} is not closed"))
                                        .arg("position", static_cast<long long>(l.offset + 1)));
                take();
                return inner;
            }
            default:
                queryError(m_q, Message(EDAU_MSG("In the search {query}, a word is missing before character {position}"))
                                    .arg("position", static_cast<long long>(l.offset + 1)));
        }
    }

    const std::string& m_q;
    std::vector<Lexeme> m_l;
    std::size_t m_i = 0;
};

}  // namespace

QueryNode parseQuery(const std::string& query) {
    Lexer lexer(query);
    Parser parser(query, lexer.run());
    return parser.run();
}

}  // namespace edau::search::detail
