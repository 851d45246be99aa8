// Counting ASCII letters eight bytes at a time, for the extractors' "is this
// line written in capitals" checks over raw text, which is mostly ASCII.
#ifndef GLEANER_EXTRACTORS_ASCII_COUNTS_H_
#define GLEANER_EXTRACTORS_ASCII_COUNTS_H_

#include <cstdint>

namespace gleaner {

// How many of the eight bytes packed in `bytes` lie in [low, high], both
// ASCII: each byte's top bit, after adding 0x80 - low (and 0x80 - high - 1)
// to its low seven bits, tells whether it reaches low (passes high); no
// carry crosses a byte. The top bits are summed by one multiplication (each
// byte's 0 or 1 lands in the top byte) rather than std::popcount, which
// without -mpopcnt is a call into libgcc.
inline int CountAsciiInRange(std::uint64_t bytes, unsigned char low, unsigned char high) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kTops = 0x8080808080808080ULL;
  const std::uint64_t ascii = ~bytes & kTops;
  const std::uint64_t seven_bits = bytes & ~kTops;
  const std::uint64_t from_low = seven_bits + kOnes * (0x80 - low);
  const std::uint64_t past_high = seven_bits + kOnes * (0x80 - high - 1);
  const std::uint64_t in_range = (from_low & ~past_high & ascii) >> 7;  // 0 or 1 per byte
  return static_cast<int>((in_range * kOnes) >> 56);
}

// Whether all eight bytes packed in `bytes` are ASCII.
inline bool AllAscii(std::uint64_t bytes) { return (bytes & 0x8080808080808080ULL) == 0; }

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_ASCII_COUNTS_H_
