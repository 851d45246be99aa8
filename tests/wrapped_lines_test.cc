// Tests for JoinWrappedLines: the line breaks a page layout put inside a
// paragraph become spaces; headings, datelines, list items, the last line
// of a paragraph and narrow table cells keep theirs.
#include "engine/readers/wrapped_lines.h"

#include <gtest/gtest.h>

#include <string>

namespace gleaner::readers {
namespace {

std::string Joined(std::string text) {
  JoinWrappedLines(text);
  return text;
}

TEST(JoinWrappedLines, ParagraphLinesJoinHeadingAndDatelineKeepTheirBreaks) {
  // A seed release's opening, wrapped as a PDF column wraps it.
  const std::string page =
      "Press release\n"
      "Bishkek, October 15, 2021\n"
      "Resilience-building activities in preventing violent extremism\n"
      "are being implemented in nine pilot local communities across\n"
      "Kyrgyzstan with the support of the Ministry of Internal Affairs of\n"
      "the Kyrgyz Republic.\n"
      "\n"
      "The project is funded by the Peacebuilding Fund.\n";
  EXPECT_EQ(Joined(page),
            "Press release\n"
            "Bishkek, October 15, 2021\n"
            "Resilience-building activities in preventing violent extremism "
            "are being implemented in nine pilot local communities across "
            "Kyrgyzstan with the support of the Ministry of Internal Affairs of "
            "the Kyrgyz Republic.\n"
            "\n"
            "The project is funded by the Peacebuilding Fund.\n");
  EXPECT_EQ(Joined(page).size(), page.size());
}

TEST(JoinWrappedLines, ListsAndColonsKeepTheirBreaks) {
  const std::string page =
      "The training brought together 39 participants from the three regions:\n"
      "- 19 women from Osh, Jalal-Abad and Batken provinces of the country\n"
      "- 10 men from the local self-government bodies of the three provinces\n"
      "1. Community police officers of the Ministry of Internal Affairs\n"
      "2. Religious leaders\n";
  EXPECT_EQ(Joined(page), page);
}

TEST(JoinWrappedLines, NarrowBlocksAndSingleLinesAreLeftAlone) {
  const std::string table =
      "Almaty\n"
      "Kazakhstan\n"
      "12 women\n";
  EXPECT_EQ(Joined(table), table);
  const std::string one_line = "UNODC Regional Office for Central Asia, Tashkent, 2 May 2023";
  EXPECT_EQ(Joined(one_line), one_line);
  EXPECT_EQ(Joined(""), "");
  EXPECT_EQ(Joined("\n\n"), "\n\n");
}

TEST(JoinWrappedLines, AFullLineClosingASentenceKeepsItsBreak) {
  const std::string page =
      "\u201CA neighbourhood inspector who knows every family is often the\n"
      "first to notice that a young person is being drawn away,\u201D she said.\n"
      "\u201CWe meet every month with the elders of the mahalla committees.\u201D\n"
      "The officers also visited schools in Aravan district in May 2022.\n";
  EXPECT_EQ(Joined(page),
            "\u201CA neighbourhood inspector who knows every family is often the "
            "first to notice that a young person is being drawn away,\u201D she said.\n"
            "\u201CWe meet every month with the elders of the mahalla committees.\u201D\n"
            "The officers also visited schools in Aravan district in May 2022.\n");
}

TEST(JoinWrappedLines, ALineThatIsOnlyAClosingMarkKeepsItsNeighbours) {
  // A closing quote or bracket alone on a line (a PDF's stray glyph) ends
  // no sentence; the full line before it still joins.
  const std::string page =
      "The OSCE Programme Office in Bishkek presented the handbook (in Kyrgyz\n"
      ")\n"
      "\u201D\n"
      "and Russian) to the community police officers of the Osh region.\n";
  EXPECT_EQ(Joined(page),
            "The OSCE Programme Office in Bishkek presented the handbook (in Kyrgyz "
            ")\n"
            "\u201D\n"
            "and Russian) to the community police officers of the Osh region.\n");
}

TEST(JoinWrappedLines, WidthCountsCharactersNotBytes) {
  // Cyrillic lines are twice as many bytes as characters: the first line
  // is full by characters, and joins; the second is full too but closes a
  // sentence, so the heading after it stays on its own line.
  const std::string page =
      "Министерство внутренних дел Кыргызской Республики провело\n"
      "семинар для участковых инспекторов милиции из Оша.\n"
      "Бишкек\n";
  EXPECT_EQ(Joined(page),
            "Министерство внутренних дел Кыргызской Республики провело "
            "семинар для участковых инспекторов милиции из Оша.\n"
            "Бишкек\n");
}

}  // namespace
}  // namespace gleaner::readers
