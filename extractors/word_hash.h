// Hashing of short words for the extractors' lookup tables: one 64-bit hash
// that reads a word eight bytes at a time (the PhraseMatcher keys tokens by
// it too), and flat open-addressing sets and maps (Boost.Unordered) keyed by
// std::string that a std::string_view looks up without a copy. The name
// finders look up nearly every word of a text in a few of these tables.
#ifndef GLEANER_EXTRACTORS_WORD_HASH_H_
#define GLEANER_EXTRACTORS_WORD_HASH_H_

#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>

#include <boost/unordered/unordered_flat_map.hpp>
#include <boost/unordered/unordered_flat_set.hpp>

namespace gleaner {

namespace word_hash_detail {

constexpr std::uint64_t Mix64(std::uint64_t x) {
  x ^= x >> 32;
  x *= 0xD6E8FEB86659FD93ULL;
  x ^= x >> 32;
  x *= 0xD6E8FEB86659FD93ULL;
  x ^= x >> 32;
  return x;
}

// The last `size` (< 8) bytes at `bytes` as a little-endian number, read
// without a call to memcpy of a variable length.
inline std::uint64_t LoadTail(const char* bytes, std::size_t size) {
  const auto byte = [&](std::size_t i) {
    return static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[i]));
  };
  if (size >= 4) {
    // Two four-byte loads that overlap: the shared bytes are the same in both.
    std::uint32_t low = 0;
    std::uint32_t high = 0;
    std::memcpy(&low, bytes, 4);
    std::memcpy(&high, bytes + size - 4, 4);
    return std::uint64_t{low} | (std::uint64_t{high} << (8 * (size - 4)));
  }
  if (size == 0) return 0;
  return byte(0) | (byte(size / 2) << (8 * (size / 2))) | (byte(size - 1) << (8 * (size - 1)));
}

}  // namespace word_hash_detail

// The 64-bit hash of a word's bytes.
inline std::uint64_t HashWordBytes(std::string_view word) {
  const char* bytes = word.data();
  std::size_t size = word.size();
  std::uint64_t hash = 0x9E3779B97F4A7C15ULL ^ (static_cast<std::uint64_t>(size) << 56);
  while (size >= 8) {
    std::uint64_t chunk = 0;
    std::memcpy(&chunk, bytes, 8);
    hash = word_hash_detail::Mix64(hash ^ chunk);
    bytes += 8;
    size -= 8;
  }
  return word_hash_detail::Mix64(hash ^ word_hash_detail::LoadTail(bytes, size));
}

// A hash functor for tables keyed by std::string and looked up by
// std::string_view; its output is already well mixed.
struct WordHash {
  using is_transparent = void;
  using is_avalanching = void;
  std::size_t operator()(std::string_view word) const {
    return static_cast<std::size_t>(HashWordBytes(word));
  }
};

using WordSet = boost::unordered_flat_set<std::string, WordHash, std::equal_to<>>;
template <typename Value>
using WordMap = boost::unordered_flat_map<std::string, Value, WordHash, std::equal_to<>>;
// The same over views of text that outlives the table (a document's words,
// string literals).
using WordViewSet = boost::unordered_flat_set<std::string_view, WordHash>;
template <typename Value>
using WordViewMap = boost::unordered_flat_map<std::string_view, Value, WordHash>;

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_WORD_HASH_H_
