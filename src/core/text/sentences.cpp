// SPDX-License-Identifier: GPL-3.0-or-later
// Sentence spans through ICU's sentence break rules, counted in code points.
#include "edau/text/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>

#include "edau/base/error.h"

namespace edau::text {

std::vector<std::pair<std::int64_t, std::int64_t>> sentenceSpans(std::string_view utf8) {
    std::vector<std::pair<std::int64_t, std::int64_t>> out;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status))
        throwError(ErrorKind::Internal, Message(EDAU_MSG("Sentence breaking is unavailable: {reason}")).arg("reason", u_errorName(status)));
    it->setText(u);
    int32_t start = it->first();
    std::int64_t startCp = 0;
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
        std::int64_t endCp = startCp + u.countChar32(start, end - start);
        // Trim white space at both ends, in code points.
        int32_t s = start, e = end;
        std::int64_t sCp = startCp, eCp = endCp;
        while (s < e && u_isUWhiteSpace(u.char32At(s))) {
            s = u.moveIndex32(s, 1);
            ++sCp;
        }
        while (e > s && u_isUWhiteSpace(u.char32At(u.moveIndex32(e, -1)))) {
            e = u.moveIndex32(e, -1);
            --eCp;
        }
        if (eCp > sCp) out.emplace_back(sCp, eCp);
        startCp = endCp;
    }
    return out;
}

}  // namespace edau::text
