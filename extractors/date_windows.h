// The date extractor's prefilter: one fast scan of the normalized text for
// the words and numbers every date rule needs (a month or weekday name, a
// relative-time word such as "week" or "yesterday", a four-digit number, the
// "'90" of "the '90s"), giving the few stretches of text around them where a
// rule can match. The extractor runs its RE2::Set and rules on those
// stretches only; most of a news text holds no date and is skipped.
#ifndef GLEANER_EXTRACTORS_DATE_WINDOWS_H_
#define GLEANER_EXTRACTORS_DATE_WINDOWS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/text_windows.h"

namespace gleaner {

class DateWindowFinder {
 public:
  // Text a rule may match before the first trigger it holds ("the end of
  // the current fiscal year" before "year") and after the last one (", 2019"
  // is itself a trigger; "1990 and" reads one word on). Rules whose matches
  // reach further would be cut; PrefilterFindsTheSameMentions in
  // tests/dates_test.cc checks every rule of corpora/rules/dates.rules on
  // real text.
  static constexpr std::size_t kReachBefore = 48;
  static constexpr std::size_t kReachAfter = 32;

  // `trigger_words`: case-folded words (letters only) any of which a date
  // rule's match contains, unless it holds a four-digit number.
  explicit DateWindowFinder(const std::vector<std::string>& trigger_words);

  // Replaces *windows with the sorted, disjoint windows of `normalized`
  // (normalized, case-folded text) in which every match of a date rule lies.
  void Find(std::string_view normalized, std::vector<TextWindow>* windows) const;

 private:
  bool IsTrigger(std::string_view word) const;
  // A word's bucket: from its first and last bytes and its length, so that
  // nearly every word of a text that is no trigger lands in an empty one.
  static std::size_t Bucket(std::string_view word);

  static constexpr std::size_t kBuckets = 4096;
  std::vector<std::vector<std::string>> buckets_ = std::vector<std::vector<std::string>>(kBuckets);
};

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_DATE_WINDOWS_H_
