// ASCII digit tests and lower-casing shared by the readers, the extractors
// and the tools. Unlike std::isdigit and std::tolower they ignore the C locale and take any char, also a
// negative one (the bytes of UTF-8 text).
#ifndef GLEANER_ENGINE_ASCII_H_
#define GLEANER_ENGINE_ASCII_H_

#include <algorithm>
#include <string>
#include <string_view>

namespace gleaner {

constexpr bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// True for a non-empty run of ASCII digits only: "2026", "07".
inline bool IsAsciiDigits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), IsAsciiDigit);
}

// True for a year written as four ASCII digits: "2026".
inline bool IsFourDigitYear(std::string_view text) {
  return text.size() == 4 && IsAsciiDigits(text);
}

// A copy of `text` with A-Z lowered; every other byte (UTF-8 too) kept.
inline std::string AsciiLowerCopy(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

}  // namespace gleaner

#endif  // GLEANER_ENGINE_ASCII_H_
