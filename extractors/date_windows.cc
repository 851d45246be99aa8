// The date extractor's prefilter (see date_windows.h): a byte scan that
// splits the text into letter runs and digit runs, looks the letter runs up
// in a hash set of trigger words and keeps four-digit runs, and merges the
// reach around each trigger into windows that note the kinds of trigger they
// hold; and the kinds of trigger a rule's pattern names.
#include "extractors/date_windows.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>

namespace gleaner {
namespace {

// What a byte can start or continue in the scan: one table lookup per byte
// instead of range tests; non-ASCII bytes need a decoding (LetterLength).
enum ByteClass : std::uint8_t { kOther, kAsciiLetter, kDigit, kNonAscii };

constexpr std::array<ByteClass, 256> kByteClasses = [] {
  std::array<ByteClass, 256> classes{};
  for (int byte = 0; byte < 256; ++byte) {
    const int lower = byte | 0x20;
    classes[byte] = byte >= 0x80                   ? kNonAscii
                    : byte >= '0' && byte <= '9'   ? kDigit
                    : lower >= 'a' && lower <= 'z' ? kAsciiLetter
                                                   : kOther;
  }
  return classes;
}();

ByteClass ClassOf(char byte) { return kByteClasses[static_cast<unsigned char>(byte)]; }

bool IsAsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// The length in bytes of the letter at `offset` (0: not a letter).
std::size_t LetterLength(std::string_view text, std::size_t offset) {
  const auto byte = static_cast<unsigned char>(text[offset]);
  if (byte < 0x80) return IsAsciiLetter(byte) ? 1 : 0;
  int32_t index = static_cast<int32_t>(offset);
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), index,
          static_cast<int32_t>(text.size()), c);
  return c >= 0 && u_isalpha(c) ? static_cast<std::size_t>(index) - offset : 0;
}

constexpr std::array<std::pair<std::string_view, DateTrigger>, 6> kTriggerNames = {{
    {"month", kMonthTrigger},
    {"weekday", kWeekdayTrigger},
    {"relative", kRelativeTrigger},
    {"year_word", kYearWordTrigger},
    {"year_digits", kYearDigitsTrigger},
    {"day_ordinal", kDayOrdinalTrigger},
}};

// The ordinal ending of a day written in digits, as the rule file writes it
// ({ORD}) and as case-folded text does ("21st", "7th").
constexpr std::string_view kOrdinalEndingPattern = "(?:st|nd|rd|th)";
bool IsOrdinalEnding(std::string_view letters) {
  return letters == "st" || letters == "nd" || letters == "rd" || letters == "th";
}

}  // namespace

std::uint32_t DateTriggerNamed(std::string_view name) {
  for (const auto& [known, kind] : kTriggerNames) {
    if (known == name) return kind;
  }
  return 0;
}

std::string DateTriggerNames() {
  std::string names;
  for (const auto& entry : kTriggerNames) {
    if (!names.empty()) names += ' ';
    names += entry.first;
  }
  return names;
}

std::size_t DateWindowFinder::Bucket(std::string_view word) {
  const auto first = static_cast<unsigned char>(word.front());
  const auto last = static_cast<unsigned char>(word.back());
  return (first * 131 + last * 31 + word.size()) % kBuckets;
}

DateWindowFinder::DateWindowFinder(const std::vector<TriggerWord>& trigger_words) {
  for (const TriggerWord& trigger : trigger_words) {
    if (trigger.word.empty()) continue;
    const std::size_t index = Bucket(trigger.word);
    filled_[index / 64] |= std::uint64_t{1} << (index % 64);
    std::vector<TriggerWord>& bucket = buckets_[index];
    auto known = std::find_if(bucket.begin(), bucket.end(), [&](const TriggerWord& entry) {
      return entry.word == trigger.word;
    });
    if (known == bucket.end()) {
      bucket.push_back(trigger);
    } else {
      known->kinds |= trigger.kinds;
    }
  }
}

std::uint32_t DateWindowFinder::TriggerKinds(std::string_view word) const {
  for (const TriggerWord& candidate : buckets_[Bucket(word)]) {
    if (candidate.word == word) return candidate.kinds;
  }
  return 0;
}

std::uint32_t DateWindowFinder::TriggersOfPattern(std::string_view pattern) const {
  std::uint32_t kinds = 0;
  if (pattern.find(kOrdinalEndingPattern) != std::string_view::npos) kinds |= kDayOrdinalTrigger;
  std::size_t i = 0;
  while (i < pattern.size()) {
    const char c = pattern[i];
    if (c >= '0' && c <= '9') {
      kinds |= kYearDigitsTrigger;
      ++i;
    } else if (c == '\\' && i + 1 < pattern.size()) {
      // An escape is no letter of a word: "\s", "\b", "\pL", "\p{Cyrillic}",
      // "\x{2013}"; "\d" stands for digits.
      const char escaped = pattern[i + 1];
      if (escaped == 'd') kinds |= kYearDigitsTrigger;
      i += 2;
      if ((escaped == 'p' || escaped == 'P' || escaped == 'x') && i < pattern.size()) {
        if (pattern[i] == '{') {
          const std::size_t close = pattern.find('}', i);
          i = close == std::string_view::npos ? pattern.size() : close + 1;
        } else if (escaped != 'x') {
          ++i;  // the one-letter class of "\pL"
        }
      }
    } else if (pattern.substr(i, 4) == "(?P<") {
      // A group name ("unit_year") is no text a match holds.
      const std::size_t close = pattern.find('>', i);
      i = close == std::string_view::npos ? pattern.size() : close + 1;
    } else if (const std::size_t letter = LetterLength(pattern, i); letter > 0) {
      std::size_t end = i + letter;
      while (end < pattern.size()) {
        const std::size_t next = LetterLength(pattern, end);
        if (next == 0) break;
        end += next;
      }
      kinds |= TriggerKinds(pattern.substr(i, end - i));
      i = end;
    } else {
      ++i;
    }
  }
  return kinds;
}

void DateWindowFinder::Find(std::string_view normalized, std::vector<TextWindow>* windows) const {
  windows->clear();
  const std::size_t size = normalized.size();
  TextWindow current;
  bool open = false;
  auto add_trigger = [&](std::size_t start, std::size_t end, std::uint32_t kinds) {
    const std::size_t from = start > kReachBefore ? start - kReachBefore : 0;
    const std::size_t to = std::min(size, end + kReachAfter);
    if (open && from <= current.end) {
      current.end = std::max(current.end, to);
      current.triggers |= kinds;
      return;
    }
    if (open) windows->push_back(current);
    current = {from, to, kinds};
    open = true;
  };

  const char* const text = normalized.data();
  std::size_t i = 0;
  while (i < size) {
    const ByteClass byte_class = ClassOf(text[i]);
    if (byte_class == kOther) {
      ++i;
      continue;
    }
    if (byte_class == kDigit) {
      std::size_t end = i + 1;
      while (end < size && ClassOf(text[end]) == kDigit) ++end;
      // A year (and so every numeric date, "1990s" and "2018-19"), or the
      // decade of "the '90s".
      if (end - i == 4 || (end - i == 2 && i > 0 && text[i - 1] == '\'')) {
        add_trigger(i, end, kYearDigitsTrigger);
      }
      // A day's ordinal: "21st", "7th", not "4x4" or "5thousand".
      if (end - i <= 2 && end + 2 <= size && IsOrdinalEnding(normalized.substr(end, 2)) &&
          (end + 2 == size || ClassOf(text[end + 2]) == kOther)) {
        add_trigger(i, end + 2, kDayOrdinalTrigger);
      }
      i = end;
      continue;
    }
    // A run of letters, ASCII ones taken a byte at a time.
    const std::size_t start = i;
    if (byte_class == kNonAscii) {
      const std::size_t letter = LetterLength(normalized, i);
      if (letter == 0) {
        ++i;
        continue;
      }
      i += letter;
    } else {
      ++i;
    }
    while (i < size) {
      const ByteClass next = ClassOf(text[i]);
      if (next == kAsciiLetter) {
        ++i;
      } else if (next == kNonAscii) {
        const std::size_t letter = LetterLength(normalized, i);
        if (letter == 0) break;
        i += letter;
      } else {
        break;
      }
    }
    const std::string_view word(text + start, i - start);
    if (!MayBeTrigger(Bucket(word))) continue;
    const std::uint32_t kinds = TriggerKinds(word);
    if (kinds != 0) add_trigger(start, i, kinds);
  }
  if (open) windows->push_back(current);
  SnapAndMergeWindows(normalized, windows);
}

}  // namespace gleaner
