// The date extractor's prefilter: one fast scan of the normalized text for
// the words and numbers every date rule needs (a month or weekday name, a
// relative-time word such as "week" or "yesterday", a four-digit number, the
// "'90" of "the '90s"), giving the few stretches of text around them where a
// rule can match. The extractor runs its RE2::Set and rules on those
// stretches only; most of a news text holds no date and is skipped.
#ifndef GLEANER_EXTRACTORS_DATE_WINDOWS_H_
#define GLEANER_EXTRACTORS_DATE_WINDOWS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/text_windows.h"

namespace gleaner {

// The kinds of trigger a window holds, as bits of TextWindow::triggers. A
// rule of corpora/rules/dates.rules names the kind every match of it holds
// ("rule iso_date@year_digits"), and is tried only in windows holding one.
enum DateTrigger : std::uint32_t {
  kMonthTrigger = 1u << 0,       // "month": a month name
  kWeekdayTrigger = 1u << 1,     // "weekday": a weekday name
  kRelativeTrigger = 1u << 2,    // "relative": "week", "yesterday", "spring", "now" ...
  kYearWordTrigger = 1u << 3,    // "year_word": "nineteen" of a spelled-out year, "nineties"
  kYearDigitsTrigger = 1u << 4,  // "year_digits": a four-digit number, or the "90" of "'90s"
  kDayOrdinalTrigger = 1u << 5,  // "day_ordinal": a day's ordinal in digits, "21st", "7th"
};
inline constexpr std::uint32_t kEveryDateTrigger = (1u << 6) - 1;

// The kind called `name` in the rule file ("month", "year_digits"); 0 for
// an unknown name.
std::uint32_t DateTriggerNamed(std::string_view name);
// The names DateTriggerNamed knows, separated by spaces (for messages).
std::string DateTriggerNames();

// A trigger word and its kinds (DateTrigger bits).
struct TriggerWord {
  std::string word;
  std::uint32_t kinds = 0;
};

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
  explicit DateWindowFinder(const std::vector<TriggerWord>& trigger_words);

  // Replaces *windows with the sorted, disjoint windows of `normalized`
  // (normalized, case-folded text) in which every match of a date rule lies,
  // each with the kinds of trigger it holds in TextWindow::triggers.
  void Find(std::string_view normalized, std::vector<TextWindow>* windows) const;

  // The kinds of trigger an RE2 `pattern` names: those of the trigger words
  // written in it (its runs of letters, leaving out escapes such as "\s" and
  // group names), kYearDigitsTrigger when it has a digit or "\d", and
  // kDayOrdinalTrigger when it has the ordinal ending "(?:st|nd|rd|th)". A match
  // holds a trigger the pattern names, so a window without any of these
  // kinds holds no match.
  std::uint32_t TriggersOfPattern(std::string_view pattern) const;

 private:
  // The kinds of `word` (0: no trigger).
  std::uint32_t TriggerKinds(std::string_view word) const;
  // A word's bucket: from its first and last bytes and its length, so that
  // nearly every word of a text that is no trigger lands in an empty one.
  static std::size_t Bucket(std::string_view word);

  // Whether a bucket holds any word: Find asks this small bitmap (512
  // bytes) before the bucket's vector, and nearly every word stops there.
  bool MayBeTrigger(std::size_t bucket) const {
    return ((filled_[bucket / 64] >> (bucket % 64)) & 1) != 0;
  }

  static constexpr std::size_t kBuckets = 4096;
  std::vector<std::vector<TriggerWord>> buckets_ =
      std::vector<std::vector<TriggerWord>>(kBuckets);
  std::array<std::uint64_t, kBuckets / 64> filled_{};
};

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_DATE_WINDOWS_H_
