// Tests for the date extractor's prefilter (extractors/date_windows.h): the
// windows it finds around trigger words and numbers in real sentences, and
// the words it passes over, also those whose bucket (first and last byte,
// length) a trigger shares.
#include "extractors/date_windows.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace gleaner {
namespace {

DateWindowFinder Finder() {
  return DateWindowFinder({{"march", kMonthTrigger},
                           {"friday", kWeekdayTrigger},
                           {"yesterday", kRelativeTrigger},
                           {"week", kRelativeTrigger}});
}

std::vector<TextWindow> Windows(const DateWindowFinder& finder, std::string_view text) {
  std::vector<TextWindow> windows;
  finder.Find(text, &windows);
  return windows;
}

TEST(DateWindowFinderTest, WindowsAroundTheTriggersOfASentence) {
  const DateWindowFinder finder = Finder();
  const std::string text =
      "the company said yesterday that net profit for the year rose to 75 mln dlrs, and that "
      "its board would meet on friday to set the dividend, a spokesman told reporters in the "
      "afternoon after the close of trading in new york.";
  const std::vector<TextWindow> windows = Windows(finder, text);
  // The two triggers lie further apart than a rule reaches: two windows.
  ASSERT_EQ(windows.size(), 2u);
  EXPECT_EQ(windows[0].triggers, kRelativeTrigger);
  EXPECT_EQ(windows[0].start, 0u);
  EXPECT_GE(windows[0].end, text.find("yesterday") + 9);
  EXPECT_LT(windows[0].end, text.find("friday"));
  EXPECT_EQ(windows[1].triggers, kWeekdayTrigger);
  EXPECT_LE(windows[1].start, text.find("friday"));
  EXPECT_GE(windows[1].end, text.find("friday") + 6);
  EXPECT_LT(windows[1].end, text.find("new york"));
}

// "merch" and "mooch" share march's first and last letters and length, so
// its bucket; "weak" shares week's. They open no window, nor do the words
// of a sentence without a date.
TEST(DateWindowFinderTest, WordsSharingATriggersBucketOpenNoWindow) {
  const DateWindowFinder finder = Finder();
  EXPECT_TRUE(Windows(finder, "the merch stand sold out as fans came to mooch around.").empty());
  EXPECT_TRUE(Windows(finder, "demand stayed weak, the ministry said in a statement.").empty());
  const std::vector<TextWindow> windows =
      Windows(finder, "demand stayed weak in march, the ministry said.");
  ASSERT_EQ(windows.size(), 1u);
  EXPECT_EQ(windows[0].triggers, kMonthTrigger);
}

TEST(DateWindowFinderTest, AYearAndADaysOrdinal) {
  const DateWindowFinder finder = Finder();
  const std::vector<TextWindow> windows =
      Windows(finder, "output fell 3 pct in 1986 and is due on the 21st, officials said.");
  ASSERT_EQ(windows.size(), 1u);
  EXPECT_EQ(windows[0].triggers, kYearDigitsTrigger | kDayOrdinalTrigger);
  EXPECT_TRUE(Windows(finder, "it sold 150 tonnes at 12.50 dlrs, up from 9,800.").empty());
}

}  // namespace
}  // namespace gleaner
