// Tests for ContentHash (engine/document.h): the stored digests of every
// index depend on it, so it must stay 64-bit FNV-1a as 16 lower-case hex
// digits whatever the loop does to compute it.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <random>
#include <string>

#include "engine/document.h"

namespace gleaner {
namespace {

// The plain definition, one byte per turn.
std::string ReferenceFnv1a(std::string_view bytes) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(hash));
  return out;
}

TEST(ContentHash, MatchesThePublishedFnv1aVectors) {
  EXPECT_EQ(ContentHash(""), "cbf29ce484222325");
  EXPECT_EQ(ContentHash("a"), "af63dc4c8601ec8c");
  EXPECT_EQ(ContentHash("foobar"), "85944171f73967e8");
}

TEST(ContentHash, MatchesTheByteByByteDefinitionOnEveryLength) {
  std::mt19937 random(1987);
  for (std::size_t length = 0; length < 200; ++length) {
    std::string bytes(length, '\0');
    for (char& c : bytes) c = static_cast<char>(random() % 256);
    ASSERT_EQ(ContentHash(bytes), ReferenceFnv1a(bytes)) << length;
    // and at every offset from an aligned start
    ASSERT_EQ(ContentHash(std::string_view(bytes).substr(length % 8)),
              ReferenceFnv1a(std::string_view(bytes).substr(length % 8)));
  }
}

}  // namespace
}  // namespace gleaner
