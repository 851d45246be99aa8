// The date extractor's prefilter (see date_windows.h): a byte scan that
// splits the text into letter runs and digit runs, looks the letter runs up
// in a hash set of trigger words and keeps four-digit runs, and merges the
// reach around each trigger into windows.
#include "extractors/date_windows.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>

namespace gleaner {
namespace {

bool IsAsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsAsciiDigit(unsigned char c) { return c >= '0' && c <= '9'; }

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

}  // namespace

std::size_t DateWindowFinder::Bucket(std::string_view word) {
  const auto first = static_cast<unsigned char>(word.front());
  const auto last = static_cast<unsigned char>(word.back());
  return (first * 131 + last * 31 + word.size()) % kBuckets;
}

DateWindowFinder::DateWindowFinder(const std::vector<std::string>& trigger_words) {
  for (const std::string& word : trigger_words) {
    if (word.empty()) continue;
    std::vector<std::string>& bucket = buckets_[Bucket(word)];
    if (std::find(bucket.begin(), bucket.end(), word) == bucket.end()) bucket.push_back(word);
  }
}

bool DateWindowFinder::IsTrigger(std::string_view word) const {
  for (const std::string& candidate : buckets_[Bucket(word)]) {
    if (candidate == word) return true;
  }
  return false;
}

void DateWindowFinder::Find(std::string_view normalized, std::vector<TextWindow>* windows) const {
  windows->clear();
  const std::size_t size = normalized.size();
  TextWindow current;
  bool open = false;
  auto add_trigger = [&](std::size_t start, std::size_t end) {
    const std::size_t from = start > kReachBefore ? start - kReachBefore : 0;
    const std::size_t to = std::min(size, end + kReachAfter);
    if (open && from <= current.end) {
      current.end = std::max(current.end, to);
      return;
    }
    if (open) windows->push_back(current);
    current = {from, to};
    open = true;
  };

  std::size_t i = 0;
  while (i < size) {
    const auto byte = static_cast<unsigned char>(normalized[i]);
    if (IsAsciiDigit(byte)) {
      std::size_t end = i + 1;
      while (end < size && IsAsciiDigit(static_cast<unsigned char>(normalized[end]))) ++end;
      // A year (and so every numeric date, "1990s" and "2018-19"), or the
      // decade of "the '90s".
      if (end - i == 4 || (end - i == 2 && i > 0 && normalized[i - 1] == '\'')) {
        add_trigger(i, end);
      }
      i = end;
      continue;
    }
    std::size_t letter = byte < 0x80 ? IsAsciiLetter(byte) : LetterLength(normalized, i);
    if (letter == 0) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (letter > 0) {
      i += letter;
      if (i >= size) break;
      const auto next = static_cast<unsigned char>(normalized[i]);
      letter = next < 0x80 ? IsAsciiLetter(next) : LetterLength(normalized, i);
    }
    if (IsTrigger(normalized.substr(start, i - start))) add_trigger(start, i);
  }
  if (open) windows->push_back(current);
  SnapAndMergeWindows(normalized, windows);
}

}  // namespace gleaner
