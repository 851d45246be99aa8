// Tests for extractors/ascii_counts.h: the eight-bytes-at-a-time letter
// counts behind the "line written in capitals" checks, against a plain
// byte-by-byte count over the seed releases (mixed ASCII and Cyrillic /
// accented UTF-8) and a few hand-made words.
#include "extractors/ascii_counts.h"

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace gleaner {
namespace {

std::uint64_t Pack(std::string_view eight) {
  std::uint64_t bytes = 0;
  std::memcpy(&bytes, eight.data(), sizeof bytes);
  return bytes;
}

int CountByByte(std::string_view eight, unsigned char low, unsigned char high) {
  int count = 0;
  for (char c : eight) {
    const auto byte = static_cast<unsigned char>(c);
    count += byte >= low && byte <= high;
  }
  return count;
}

TEST(AsciiCountsTest, CountsLettersOfHandMadeWords) {
  EXPECT_EQ(CountAsciiInRange(Pack("KYRGYZ R"), 'A', 'Z'), 7);
  EXPECT_EQ(CountAsciiInRange(Pack("KYRGYZ R"), 'a', 'z'), 0);
  EXPECT_EQ(CountAsciiInRange(Pack("Bishkek "), 'a', 'z'), 6);
  EXPECT_EQ(CountAsciiInRange(Pack("@[`{AZaz"), 'A', 'Z'), 2);  // neighbours of the ranges
  EXPECT_EQ(CountAsciiInRange(Pack("@[`{AZaz"), 'a', 'z'), 2);
  // "Öz" and "Ош" in UTF-8: no byte of a multi-byte character is a letter.
  EXPECT_EQ(CountAsciiInRange(Pack("\xC3\x96z \xD0\x9E\xD1\x88"), 'A', 'Z'), 0);
  EXPECT_EQ(CountAsciiInRange(Pack("\xC3\x96z \xD0\x9E\xD1\x88"), 'a', 'z'), 1);
  EXPECT_TRUE(AllAscii(Pack("OSCE in ")));
  EXPECT_FALSE(AllAscii(Pack("Ош city")));
}

TEST(AsciiCountsTest, MatchesByteCountsOverTheSeedReleases) {
  std::size_t windows = 0;
  for (const auto& entry : std::filesystem::directory_iterator(testing::SeedsDir())) {
    if (entry.path().extension() != ".txt") continue;
    const std::string text = testing::ReadFileOrDie(entry.path());
    for (std::size_t i = 0; i + 8 <= text.size(); ++i) {
      const std::string_view eight(text.data() + i, 8);
      const std::uint64_t bytes = Pack(eight);
      ASSERT_EQ(CountAsciiInRange(bytes, 'A', 'Z'), CountByByte(eight, 'A', 'Z')) << i;
      ASSERT_EQ(CountAsciiInRange(bytes, 'a', 'z'), CountByByte(eight, 'a', 'z')) << i;
      ASSERT_EQ(CountAsciiInRange(bytes, '0', '9'), CountByByte(eight, '0', '9')) << i;
      ASSERT_EQ(AllAscii(bytes), CountByByte(eight, 0x80, 0xFF) == 0) << i;
      ++windows;
    }
  }
  EXPECT_GT(windows, 1000u);
}

}  // namespace
}  // namespace gleaner
