// Reading single code points around a byte offset of UTF-8 text, for the
// extractors' word-boundary and context checks (ICU's U8_PREV / U8_NEXT),
// and the character classes those checks ask about.
#ifndef GLEANER_EXTRACTORS_UTF8_H_
#define GLEANER_EXTRACTORS_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <unicode/uchar.h>
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

// The multi-byte case of DecodeAt, kept out of line so that DecodeAt's
// one-byte case inlines into the word scans.
[[gnu::noinline]] inline UChar32 DecodeMultiByteAt(std::string_view text,
                                                   std::size_t offset, std::size_t* next) {
  int32_t index = static_cast<int32_t>(offset);
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), index,
          static_cast<int32_t>(text.size()), c);
  *next = static_cast<std::size_t>(index);
  return c;
}

// The code point starting at `offset` (which must be inside the text), and
// in *next the offset after it; fast on ASCII.
inline UChar32 DecodeAt(std::string_view text, std::size_t offset, std::size_t* next) {
  const auto byte = static_cast<unsigned char>(text[offset]);
  if (byte < 0x80) [[likely]] {
    *next = offset + 1;
    return byte;
  }
  return DecodeMultiByteAt(text, offset, next);
}

// The code point starting at `offset`, or U_SENTINEL at the end of the text.
inline UChar32 CodePointAt(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return U_SENTINEL;
  std::size_t next = 0;
  return DecodeAt(text, offset, &next);
}

// The offset of the character after the one starting at `offset`.
inline std::size_t NextCodePoint(std::string_view text, std::size_t offset) {
  ++offset;
  while (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) {
    ++offset;
  }
  return offset;
}

// An upper-case or title-case letter.
inline bool IsUpper(UChar32 c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(c) || u_istitle(c);
}

// A letter or number in RE2's sense ([\pL\pN]), as a rule's word boundary
// tests it (combining marks are neither).
inline bool IsLetterOrNumber(UChar32 c) {
  return (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_N_MASK)) != 0;
}

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_UTF8_H_
