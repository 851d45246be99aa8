// The count extractor's prefilter: one fast byte scan of the normalized text
// for what every number_* rule of corpora/rules/counts.rules needs (a run of
// digits, or a number word such as "twenty" or "million"), giving the few
// stretches of text around them where a rule can match. The extractor runs
// its rules on those stretches only; text without numbers is skipped.
#ifndef GLEANER_EXTRACTORS_COUNT_WINDOWS_H_
#define GLEANER_EXTRACTORS_COUNT_WINDOWS_H_

#include <array>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/text_windows.h"

namespace gleaner {

// A window of the text, and whether a number word of the finder's list
// stands in it as a whole run of letters. A rule can only match in a window
// holding what it needs: the digit rules a run of digits (every window has
// one or a number word), the rules reading number words ({NUMWORD}, or an
// article before a {SCALE} word) such a word.
struct CountWindow {
  TextWindow span;
  bool holds_number_word = false;
  // Whether a byte of the window is an ASCII digit (all RE2's \d matches),
  // and whether a scale word of the finder's list stands in it as a whole
  // run of letters.
  bool holds_digit = false;
  bool holds_scale_word = false;
};

class CountWindowFinder {
 public:
  // How far a match may reach before its first number (a qualifier such as
  // "approximately" or "as many as" and the space after it) and after its
  // last one (", 5", " and five", a scale word such as " trillion", and the
  // character a final \b looks at), in bytes, a run of white space counting
  // as one byte (rules allow any amount of it). Rules reaching further
  // would be cut; CountExtractorTest.WindowsFindTheSameMentions checks the
  // rules on real text.
  static constexpr std::size_t kReachBefore = 40;
  static constexpr std::size_t kReachAfter = 40;

  // `number_words`: the lower-case ASCII words that {NUMWORD} matches;
  // `scale_words`: those of them and the aliases that {SCALE} matches.
  CountWindowFinder(const std::vector<std::string>& number_words,
                    const std::vector<std::string>& scale_words);

  // Replaces *windows with the sorted, disjoint windows of `normalized`
  // (normalized, case-folded text) in which every match of a number rule
  // lies, keeping only the windows holding a number for which
  // `worth_searching(start, end)` (its normalized span) is true.
  void Find(std::string_view normalized,
            const std::function<bool(std::size_t, std::size_t)>& worth_searching,
            std::vector<CountWindow>* windows) const;

 private:
  // 0: not a number word; 1: a number word; 2: a scale word too.
  int NumberWordKind(std::string_view word) const;

  static constexpr std::size_t kMaxWordLength = 16;
  // Number words by length and first letter, each with whether it is a
  // scale word.
  std::array<std::vector<std::pair<std::string, bool>>, kMaxWordLength * 26> buckets_;
  // A scale word that is no run of ASCII letters could stand anywhere.
  bool scale_word_anywhere_ = false;
};

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_COUNT_WINDOWS_H_
