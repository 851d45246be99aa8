// Reading single code points around a byte offset of UTF-8 text, for the
// extractors' word-boundary and context checks (ICU's U8_PREV / U8_NEXT).
#ifndef GLEANER_EXTRACTORS_UTF8_H_
#define GLEANER_EXTRACTORS_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <unicode/utf8.h>

namespace gleaner {

// The code point ending at `offset`, or U_SENTINEL at the start of the text.
inline UChar32 CodePointBefore(std::string_view text, std::size_t offset) {
  if (offset == 0) return U_SENTINEL;
  int32_t index = static_cast<int32_t>(offset);
  UChar32 c = 0;
  U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, index, c);
  return c;
}

// The code point starting at `offset`, or U_SENTINEL at the end of the text.
inline UChar32 CodePointAt(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return U_SENTINEL;
  int32_t index = static_cast<int32_t>(offset);
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), index,
          static_cast<int32_t>(text.size()), c);
  return c;
}

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_UTF8_H_
