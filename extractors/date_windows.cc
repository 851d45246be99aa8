// The date extractor's prefilter (see date_windows.h): a byte scan that
// splits the text into letter runs and digit runs, looks the letter runs up
// in a hash set of trigger words and keeps four-digit runs, and merges the
// reach around each trigger into windows.
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
        add_trigger(i, end);
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
    if (IsTrigger(std::string_view(text + start, i - start))) add_trigger(start, i);
  }
  if (open) windows->push_back(current);
  SnapAndMergeWindows(normalized, windows);
}

}  // namespace gleaner
