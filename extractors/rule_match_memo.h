// Remembers what a RuleSet's sets and rules matched in one text, so that a
// second pass over the same text (or over a prefix of it) reads the matches
// back instead of running RE2 again. The analyzer reads the dates near the
// top of a text without an anchor to find the document date, then reads
// all of them against it: the matching is the same, only the reading of
// the matches differs.
#ifndef GLEANER_EXTRACTORS_RULE_MATCH_MEMO_H_
#define GLEANER_EXTRACTORS_RULE_MATCH_MEMO_H_

#include <re2/re2.h>

#include <cstddef>
#include <cstdint>
#include <map>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "extractors/rules.h"

namespace gleaner {

// Not thread-safe: one memo per text being analyzed. Every `text` given to
// one memo must be the same text or a prefix of it (same bytes at the same
// offsets); a pass over a prefix reuses only what it would itself compute.
class RuleMatchMemo {
 public:
  // rules.MatchingRulesInGroups(text.substr(start, end - start), groups,
  // matching), remembered.
  void MatchingRulesInGroups(const RuleSet& rules, std::string_view text, std::size_t start,
                             std::size_t end, std::uint32_t groups, std::vector<int>* matching);

  // rules.rules()[rule].regex->Match(text, position, end, UNANCHORED,
  // submatches, count), remembered. A search from `position` finds what an
  // earlier search of the same rule and end found from an earlier position,
  // if that match starts at or after `position` (no match starts between).
  bool Match(const RuleSet& rules, int rule, std::string_view text, std::size_t position,
             std::size_t end, re2::StringPiece* submatches, int count);

  std::size_t searches_run() const { return searches_run_; }
  std::size_t searches_reused() const { return searches_reused_; }

 private:
  // A submatch as an offset into the text and a length; offset -1 when the
  // group did not take part.
  using Span = std::pair<std::ptrdiff_t, std::size_t>;
  struct Search {
    bool matched = false;
    std::size_t match_start = 0;   // where the match starts; `end` when none
    std::vector<Span> submatches;  // when matched
  };
  // (rule, end, whether `end` is the end of the text, position): RE2 reads
  // the byte after `end` as context for \b and $, which a prefix lacks.
  using SearchKey = std::tuple<int, std::size_t, bool, std::size_t>;

  std::map<std::tuple<std::size_t, std::size_t, std::uint32_t>, std::vector<int>> set_matches_;
  std::map<SearchKey, Search> searches_;
  std::size_t searches_run_ = 0;
  std::size_t searches_reused_ = 0;
};

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_RULE_MATCH_MEMO_H_
