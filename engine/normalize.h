// ICU text normalization for matching, with an exact offset map back to the
// raw bytes. Extractors match on the normalized view (NFKC, case folded, one
// dash, two quotes, collapsed whitespace) and report raw byte offsets, so a
// mention is always `raw.substr(start, end - start)`.
#ifndef GLEANER_ENGINE_NORMALIZE_H_
#define GLEANER_ENGINE_NORMALIZE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gleaner {

struct ByteSpan {
  std::size_t start = 0;
  std::size_t end = 0;
};

// Text order of spans: by start, then by end.
inline bool SpanBefore(const ByteSpan& x, const ByteSpan& y) {
  return x.start != y.start ? x.start < y.start : x.end < y.end;
}

// The normalized view of a raw UTF-8 string.
struct NormalizedText {
  std::string text;  // normalized UTF-8
  // For normalized byte i, the raw span of the source character (or the
  // source normalization segment) that produced it. Both have text.size()
  // entries; raw_start is non-decreasing, and so is raw_end.
  std::vector<std::uint32_t> raw_start;
  std::vector<std::uint32_t> raw_end;

  // Maps a normalized span [start, end) with start < end to the smallest raw
  // span that produced it.
  ByteSpan ToRaw(std::size_t start, std::size_t end) const;
};

// Thread-safe after construction; build one per process and share it.
class Normalizer {
 public:
  // Acquires ICU's NFKC and case-folding instances; throws std::runtime_error
  // when ICU data is missing.
  Normalizer();
  ~Normalizer();
  Normalizer(const Normalizer&) = delete;
  Normalizer& operator=(const Normalizer&) = delete;

  // Normalizes `raw`, which must be valid UTF-8 (see IsValidUtf8). Steps,
  // applied per normalization segment so offsets stay exact:
  //   NFKC with case folding (ICU "nfkc_cf": full-width forms, ligatures,
  //   composed accents, "ß" -> "ss"), then every dash (U+2010..U+2015,
  //   U+2212, U+FE58, U+FE63) -> '-', every single quote/apostrophe
  //   (U+2018..U+201B, U+2032, U+0060, U+00B4, and U+02BB, U+02BC, the
  //   apostrophes of Uzbek Latin) -> '\'', every double quote
  //   (U+201C..U+201F, U+2033, U+00AB, U+00BB) -> '"', and every run of
  //   white space (including NBSP and line separators) -> one ' ', or one
  //   '\n' when the run holds a line break. Default-ignorable characters
  //   (soft hyphen, zero-width joiners, BOM) are dropped.
  // Details the offset map relies on:
  //  - A segment is a base character with the combining marks after it;
  //    every output byte maps to its whole segment (so "e\u0301" -> "é" maps
  //    both bytes to 3 raw bytes). Default-ignorables at the end of a segment
  //    are left out of its span. A white-space character is always a segment
  //    of its own. A segment is cut after 32 code points (as in Unicode's
  //    Stream-Safe Text Format), which keeps hostile input linear.
  //  - A segment whose NFKC form would mix white space with other characters
  //    (spacing accents: U+00A8 -> " \u0308"; U+FDFA -> four words) is only
  //    case folded and NFC composed, so no token starts or ends inside a
  //    segment. Other spans can: NFKC makes "c/o" of U+2105, and a span over
  //    just the "c" maps to the whole U+2105.
  //  - A collapsed white-space run maps to the whole raw run.
  //  - Line breaks are LF, CR, NEL, VT, FF, U+2028 and U+2029 (ICU line-break
  //    classes LF, CR, NL, BK).
  //  - Ill-formed UTF-8 (a precondition violation) does not crash: each
  //    maximal ill-formed subsequence becomes U+FFFD.
  NormalizedText Normalize(std::string_view raw) const;

  // The same, written into `out` (its old contents are replaced), so a worker
  // that normalizes many documents reuses one set of buffers instead of
  // allocating, and page-faulting in, about 9 bytes per input byte each time.
  void Normalize(std::string_view raw, NormalizedText& out) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// True when `bytes` is well-formed UTF-8 (no overlongs, surrogates, code
// points above U+10FFFF or truncated sequences). On failure, *error_offset
// gets the offset of the first byte of the first ill-formed sequence, so
// bytes.substr(0, *error_offset) is valid; on success it gets bytes.size().
bool IsValidUtf8(std::string_view bytes, std::size_t* error_offset = nullptr);

// `offset`, moved back to the start of its UTF-8 character; the text's size
// when past it. Cutting text there never splits a character.
inline std::size_t Utf8CharStart(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return text.size();
  while (offset > 0 && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) --offset;
  return offset;
}

}  // namespace gleaner

#endif  // GLEANER_ENGINE_NORMALIZE_H_
