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

namespace {

bool IsLetterRun(const std::string& word, std::size_t max_length) {
  return !word.empty() && word.size() <= max_length &&
         std::all_of(word.begin(), word.end(),
                     [](char c) { return IsAsciiLetter(static_cast<unsigned char>(c)); });
}

}  // namespace

CountWindowFinder::CountWindowFinder(const std::vector<std::string>& number_words,
                                     const std::vector<std::string>& scale_words) {
  for (const std::string& word : number_words) {
    // Such a word never stands alone in a run of ASCII letters.
    if (!IsLetterRun(word, kMaxWordLength)) continue;
    buckets_[BucketOf(word)].emplace_back(word, false);
  }
  for (const std::string& word : scale_words) {
    if (!IsLetterRun(word, kMaxWordLength)) {
      scale_word_anywhere_ = true;
      continue;
    }
    auto& bucket = buckets_[BucketOf(word)];
    auto found = std::find_if(bucket.begin(), bucket.end(),
                              [&](const auto& entry) { return entry.first == word; });
    if (found == bucket.end()) {
      bucket.emplace_back(word, true);
    } else {
      found->second = true;
    }
  }
}

inline int CountWindowFinder::NumberWordKind(std::string_view word) const {
  if (word.size() > kMaxWordLength) return 0;
  // A bucket's words all have this word's length.
  for (const auto& [candidate, scale] : buckets_[BucketOf(word)]) {
    if (std::memcmp(candidate.data(), word.data(), word.size()) == 0) return scale ? 2 : 1;
  }
  return 0;
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
    bool scale_word = false;
  };
  std::vector<Trigger> triggers;
  bool any_worth = false;
  auto add_trigger = [&](std::size_t start, std::size_t end, bool number_word, bool scale_word) {
    const bool worth = worth_searching(start, end);
    triggers.push_back({start, end, worth, number_word, scale_word});
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
      add_trigger(i, end, false, false);
    } else if (const int kind = NumberWordKind(normalized.substr(i, end - i)); kind != 0) {
      add_trigger(i, end, true, kind == 2);
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

  // The number words inside each window, both in text order; the digits
  // and scale words of the runs that start in it, and the digits of a run
  // the window's start cuts.
  windows->reserve(spans.size());
  std::size_t next_trigger = 0;
  for (const TextWindow& span : spans) {
    while (next_trigger < triggers.size() && triggers[next_trigger].start < span.start) {
      ++next_trigger;
    }
    bool number_word = false;
    bool digit = next_trigger > 0 && !triggers[next_trigger - 1].number_word &&
                 triggers[next_trigger - 1].end > span.start;
    bool scale_word = scale_word_anywhere_;
    for (std::size_t k = next_trigger; k < triggers.size() && triggers[k].start < span.end; ++k) {
      if (triggers[k].end <= span.end) number_word = number_word || triggers[k].number_word;
      digit = digit || !triggers[k].number_word;
      scale_word = scale_word || triggers[k].scale_word;
    }
    windows->push_back({span, number_word, digit, scale_word});
  }
}

}  // namespace gleaner
