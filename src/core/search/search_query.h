// SPDX-License-Identifier: GPL-3.0-or-later
// A search query read into a tree: words, phrases, wildcards, fields and the operators between them.
#pragma once

#include <string>
#include <vector>

namespace edau::search::detail {

/// One node of a query. Leaves: Word, Wildcard, Field; Phrase holds Word/Wildcard leaves.
struct QueryNode {
    enum class Kind { Word, Wildcard, Phrase, Field, And, Or, AndNot, Near, All };
    Kind kind = Kind::All;
    std::string text;   ///< Word: the word as typed; Wildcard: the prefix before '*'; Field: the value
    std::string field;  ///< Field: the field name as typed
    std::vector<QueryNode> children;  ///< Phrase/And/Or/Near: operands; AndNot: {kept, excluded}
    int window = 0;     ///< Near: the largest span of positions the operands may cover
    bool ordered = false;  ///< Near written ADJ: operands in the order given
};

/// Reads a query in Xapian's syntax: words side by side must all occur (AND); "phrases";
/// AND, OR, NOT (also a leading -word), NEAR and NEAR/n (at most n words apart), ADJ and
/// ADJ/n (the same, in order); a trailing * for a wildcard; parentheses; field:value and
/// field:"several words". Operators are recognised only in capitals, so Welsh "a" and English
/// "and" stay words. A word made of several words (Pen-y-bont, 25/12) becomes a phrase.
/// Throws Error(Usage) naming the problem (an unclosed quote or parenthesis, an operator with
/// nothing after it, a query with no words).
QueryNode parseQuery(const std::string& query);

}  // namespace edau::search::detail
