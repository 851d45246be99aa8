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
  //   (U+2018..U+201B, U+2032, U+0060, U+00B4) -> '\'', every double quote
  //   (U+201C..U+201F, U+2033, U+00AB, U+00BB) -> '"', and every run of
  //   white space (including NBSP and line separators) -> one ' ', or one
  //   '\n' when the run holds a line break. Default-ignorable characters
  //   (soft hyphen, zero-width joiners, BOM) are dropped.
  NormalizedText Normalize(std::string_view raw) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// True when `bytes` is well-formed UTF-8 (no overlongs, surrogates or code
// points above U+10FFFF). On failure, *error_offset gets the first bad byte.
bool IsValidUtf8(std::string_view bytes, std::size_t* error_offset = nullptr);

}  // namespace gleaner

#endif  // GLEANER_ENGINE_NORMALIZE_H_
