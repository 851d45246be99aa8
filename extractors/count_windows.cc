// The count extractor's prefilter (see count_windows.h): a byte scan that
// keeps runs of ASCII digits and the runs of ASCII letters that are number
// words, merges the reach around each into windows, and notes which windows
// hold a number word.
#include "extractors/count_windows.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace gleaner {
namespace {

constexpr bool IsAsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
constexpr bool IsAsciiDigit(unsigned char c) { return c >= '0' && c <= '9'; }
// RE2's \s.
bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

// `reach` bytes back from `offset` (a run of white space counting as one),
// stopping at `floor`.
std::size_t ReachBack(std::string_view text, std::size_t offset, std::size_t reach,
                      std::size_t floor) {
  for (std::size_t steps = 0; steps < reach && offset > floor; ++steps) {
    if (IsSpace(text[offset - 1])) {
      while (offset > floor && IsSpace(text[offset - 1])) --offset;
    } else {
      --offset;
    }
  }
  return offset;
}

// `reach` bytes on from `offset`, a run of white space counting as one.
std::size_t ReachOn(std::string_view text, std::size_t offset, std::size_t reach) {
  for (std::size_t steps = 0; steps < reach && offset < text.size(); ++steps) {
    if (IsSpace(text[offset])) {
      while (offset < text.size() && IsSpace(text[offset])) ++offset;
    } else {
      ++offset;
    }
  }
  return offset;
}

// The bytes that make the runs the scan looks at.
enum class ByteClass : std::uint8_t { kOther, kDigit, kLetter };
constexpr std::array<ByteClass, 256> kByteClasses = [] {
  std::array<ByteClass, 256> classes{};
  for (int c = 0; c < 256; ++c) {
    const auto byte = static_cast<unsigned char>(c);
    classes[c] = IsAsciiDigit(byte)    ? ByteClass::kDigit
                 : IsAsciiLetter(byte) ? ByteClass::kLetter
                                       : ByteClass::kOther;
  }
  return classes;
}();

std::size_t BucketOf(std::string_view word) {
  return (word.size() - 1) * 26 + static_cast<std::size_t>((word.front() | 0x20) - 'a');
}

}  // namespace

CountWindowFinder::CountWindowFinder(const std::vector<std::string>& number_words) {
  for (const std::string& word : number_words) {
    if (word.empty() || word.size() > kMaxWordLength ||
        !std::all_of(word.begin(), word.end(),
                     [](char c) { return IsAsciiLetter(static_cast<unsigned char>(c)); })) {
      continue;  // such a word never stands alone in a run of ASCII letters
    }
    buckets_[BucketOf(word)].push_back(word);
  }
}

inline bool CountWindowFinder::IsNumberWord(std::string_view word) const {
  if (word.size() > kMaxWordLength) return false;
  // A bucket's words all have this word's length.
  for (const std::string& candidate : buckets_[BucketOf(word)]) {
    if (std::memcmp(candidate.data(), word.data(), word.size()) == 0) return true;
  }
  return false;
}

void CountWindowFinder::Find(std::string_view normalized,
                             const std::function<bool(std::size_t, std::size_t)>& worth_searching,
                             std::vector<CountWindow>* windows) const {
  windows->clear();
  const std::size_t size = normalized.size();
  struct Trigger {
    std::size_t start = 0;
    std::size_t end = 0;
    bool worth = false;  // worth_searching
    bool number_word = false;
  };
  std::vector<Trigger> triggers;
  bool any_worth = false;
  auto add_trigger = [&](std::size_t start, std::size_t end, bool number_word) {
    const bool worth = worth_searching(start, end);
    triggers.push_back({start, end, worth, number_word});
    any_worth = any_worth || worth;
  };
  const auto class_at = [&](std::size_t at) {
    return kByteClasses[static_cast<unsigned char>(normalized[at])];
  };
  std::size_t i = 0;
  while (i < size) {
    const ByteClass byte_class = class_at(i);
    if (byte_class == ByteClass::kOther) {
      ++i;
      continue;
    }
    // A run of ASCII digits, or one of ASCII letters.
    std::size_t end = i + 1;
    while (end < size && class_at(end) == byte_class) ++end;
    if (byte_class == ByteClass::kDigit) {
      add_trigger(i, end, false);
    } else if (IsNumberWord(normalized.substr(i, end - i))) {
      add_trigger(i, end, true);
    }
    i = end;
  }
  if (!any_worth) return;

  // Numbers whose reaches meet share a window; only the windows holding a
  // number worth searching are built, so the reaches are measured around
  // those alone. Reaching back or on from a later number never ends
  // earlier, so two neighbours decide whether a window goes on.
  auto joined = [&](std::size_t left) {
    const std::size_t left_reach = ReachOn(normalized, triggers[left].end, kReachAfter);
    return ReachBack(normalized, triggers[left + 1].start, kReachBefore, left_reach) <= left_reach;
  };
  std::vector<TextWindow> spans;
  std::size_t first_free = 0;  // triggers before it are in an emitted window
  for (std::size_t k = 0; k < triggers.size(); ++k) {
    if (!triggers[k].worth) continue;
    std::size_t first = k;
    while (first > first_free && joined(first - 1)) --first;
    std::size_t last = k;
    while (last + 1 < triggers.size() && joined(last)) ++last;
    spans.push_back({ReachBack(normalized, triggers[first].start, kReachBefore, 0),
                     ReachOn(normalized, triggers[last].end, kReachAfter)});
    first_free = last + 1;
    k = last;
  }
  SnapAndMergeWindows(normalized, &spans);

  // The number words inside each window, both in text order.
  windows->reserve(spans.size());
  std::size_t next_trigger = 0;
  for (const TextWindow& span : spans) {
    while (next_trigger < triggers.size() && triggers[next_trigger].start < span.start) {
      ++next_trigger;
    }
    bool number_word = false;
    for (std::size_t k = next_trigger; k < triggers.size() && triggers[k].end <= span.end; ++k) {
      number_word = number_word || triggers[k].number_word;
    }
    windows->push_back({span, number_word});
  }
}

}  // namespace gleaner
