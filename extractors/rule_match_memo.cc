// RuleMatchMemo: RE2::Set and RE2 matches of one text, kept by position.
#include "extractors/rule_match_memo.h"

namespace gleaner {

void RuleMatchMemo::MatchingRulesInGroups(const RuleSet& rules, std::string_view text,
                                          std::size_t start, std::size_t end,
                                          std::uint32_t groups, std::vector<int>* matching) {
  const auto key = std::make_tuple(start, end, groups);
  const auto found = set_matches_.find(key);
  if (found != set_matches_.end()) {
    *matching = found->second;
    return;
  }
  rules.MatchingRulesInGroups(text.substr(start, end - start), groups, matching);
  set_matches_.emplace(key, *matching);
}

bool RuleMatchMemo::Match(const RuleSet& rules, int rule, std::string_view text,
                          std::size_t position, std::size_t end, re2::StringPiece* submatches,
                          int count) {
  const bool at_text_end = end == text.size();
  // The latest search of this rule and end from `position` or before.
  const SearchKey key{rule, end, at_text_end, position};
  auto after = searches_.upper_bound(key);
  if (after != searches_.begin()) {
    const auto& [earlier_key, earlier] = *std::prev(after);
    const bool same_search = std::get<0>(earlier_key) == rule && std::get<1>(earlier_key) == end &&
                             std::get<2>(earlier_key) == at_text_end;
    const bool holds_the_groups =
        !earlier.matched || static_cast<int>(earlier.submatches.size()) >= count;
    if (same_search && position <= earlier.match_start && holds_the_groups) {
      ++searches_reused_;
      if (!earlier.matched) return false;
      for (int i = 0; i < count; ++i) {
        const Span& span = earlier.submatches[i];
        submatches[i] = span.first < 0 ? re2::StringPiece()
                                       : re2::StringPiece(text.data() + span.first, span.second);
      }
      return true;
    }
  }

  ++searches_run_;
  const re2::StringPiece subject(text.data(), text.size());
  const bool matched = rules.rules()[rule].regex->Match(subject, position, end, RE2::UNANCHORED,
                                                        submatches, count);
  Search search;
  search.matched = matched;
  search.match_start = end;
  if (matched) {
    search.match_start = static_cast<std::size_t>(submatches[0].data() - text.data());
    search.submatches.reserve(count);
    for (int i = 0; i < count; ++i) {
      const re2::StringPiece& piece = submatches[i];
      search.submatches.emplace_back(piece.data() == nullptr ? -1 : piece.data() - text.data(),
                                     piece.size());
    }
  }
  searches_[key] = std::move(search);
  return matched;
}

}  // namespace gleaner
