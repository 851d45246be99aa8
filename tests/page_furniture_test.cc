// Tests for DropRunningHeadersAndFooters: a report's running title and page
// numbers go, the body stays, and short documents are left alone.
#include "engine/readers/page_furniture.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace gleaner::readers {
namespace {

std::string Page(const std::string& body, int number) {
  return "UNODC Regional Programme for Central Asia 2022-2025\n" + body + "\nPage " +
         std::to_string(number) + " of 4\n";
}

TEST(DropRunningHeadersAndFooters, RunningTitleAndPageNumbersGo) {
  std::vector<std::string> pages = {
      "Preventing violent extremism in prisons\nAnnual report\n\nPage 1 of 4\n",
      Page("The programme trained 120 prison staff in Kazakhstan and Kyrgyzstan.", 2),
      Page("In Tajikistan, the Main Department for the Execution of Criminal\nPunishments joined "
           "the programme in March 2023.",
           3),
      Page("UNODC Regional Programme for Central Asia 2022-2025 is funded by Japan.", 4)};
  DropRunningHeadersAndFooters(pages);
  EXPECT_EQ(pages[0], "Preventing violent extremism in prisons\nAnnual report\n\n");
  EXPECT_EQ(pages[1], "The programme trained 120 prison staff in Kazakhstan and Kyrgyzstan.\n");
  EXPECT_EQ(pages[2],
            "In Tajikistan, the Main Department for the Execution of Criminal\nPunishments joined "
            "the programme in March 2023.\n");
  // The same words inside the body are no header: only the top line went.
  EXPECT_EQ(pages[3], "UNODC Regional Programme for Central Asia 2022-2025 is funded by Japan.\n");
}

TEST(DropRunningHeadersAndFooters, LinesThatDifferOrRecurOnFewPagesStay) {
  // Each page opens with its own heading; "Kyrgyzstan" tops two pages of
  // five, short of half.
  std::vector<std::string> pages = {"Osh\nThe first workshop was held in Osh.\n",
                                    "Kyrgyzstan\nThe second in Naryn.\n",
                                    "Kyrgyzstan\nThe third in Talas.\n",
                                    "Tajikistan\nThe fourth in Khujand.\n",
                                    "Uzbekistan\nThe fifth in Namangan.\n"};
  const std::vector<std::string> before = pages;
  DropRunningHeadersAndFooters(pages);
  EXPECT_EQ(pages, before);

  std::vector<std::string> two_pages = {"Page 1\nText one.\n", "Page 2\nText two.\n"};
  const std::vector<std::string> two_before = two_pages;
  DropRunningHeadersAndFooters(two_pages);
  EXPECT_EQ(two_pages, two_before);
}

}  // namespace
}  // namespace gleaner::readers
