// Picks, for a stretch of text, the rules of a RuleSet that can match in it:
// RE2's FilteredRE2 works out the literal strings ("atoms") every match of
// each rule contains, one RE2::Set of those literals finds which of them the
// text holds (a table of the atoms by their first two bytes), and a rule is
// a candidate only when its atoms allow it. Much cheaper than RE2::Sets of
// the whole rules or of the atoms (whose DFAs, asked for every match, keep
// building new states), at the price of some candidates that then do not
// match; the caller runs each candidate's regex as before.
#ifndef GLEANER_EXTRACTORS_RULE_PREFILTER_H_
#define GLEANER_EXTRACTORS_RULE_PREFILTER_H_

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <re2/filtered_re2.h>

#include "extractors/rules.h"

namespace gleaner {

class RulePrefilter {
 public:
  // Built from the patterns of `rules`, which must be written for
  // case-folded text (RE2's atoms are lower case). Throws RuleError when
  // RE2 cannot compile the atoms.
  explicit RulePrefilter(const RuleSet& rules);
  ~RulePrefilter();

  // Replaces *candidates with the sorted indexes into rules.rules() of every
  // rule that may match somewhere in `text` (case-folded): each rule that
  // does is among them. `atoms` is scratch space the caller reuses.
  void CandidateRules(std::string_view text, std::vector<int>* atoms,
                      std::vector<int>* candidates) const;

 private:
  std::unique_ptr<re2::FilteredRE2> filter_;
  std::vector<std::string> atoms_;  // FilteredRE2's atom ids index this
  // Atoms of one byte, by that byte (-1: none).
  std::array<int, 256> one_byte_atoms_;
  // Longer atoms by their first two bytes: the ids of those starting with
  // bytes (a, b) are atom_ids_[pair_starts_[a * 256 + b] .. pair_starts_[a * 256 + b + 1]).
  std::vector<std::uint32_t> pair_starts_;
  std::vector<int> atom_ids_;
  int rule_count_ = 0;
};

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_RULE_PREFILTER_H_
