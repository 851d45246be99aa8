// Tests for QuotedTitles through the Analyzer: a place inside a quoted
// project, service or event title is part of the title; a place in quoted
// speech, or outside the quotes, is still a place. Sentences from the seed
// releases (../shared/corpora/seeds) and Reuters-21578 (../shared/corpora).
#include "extractors/quoted_titles.h"

#include <gtest/gtest.h>

#include <string>

#include "extractors/analyzer.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

using ::gleaner::testing::DataDir;
using ::gleaner::testing::TextDocument;

class QuotedTitlesTest : public ::testing::Test {
 protected:
  // The texts of the location mentions, joined by "|".
  std::string Places(const std::string& text) const {
    std::string places;
    for (const Mention& mention : analyzer_.Analyze(TextDocument("test", text)).mentions) {
      if (mention.type != MentionType::kLocation) continue;
      if (!places.empty()) places += "|";
      places += mention.text;
    }
    return places;
  }

  Analyzer analyzer_{DataDir()};
};

TEST_F(QuotedTitlesTest, APlaceInAProjectTitleIsPartOfTheTitle) {
  EXPECT_EQ(Places("The event was organized by the UNDP in the Kyrgyz Republic project "
                   "\"Strengthening Resilience to Violent Extremism in Asia\u201d (STRIVE Asia, "
                   "EU-UN Joint Partnership).\n"),
            "Kyrgyz Republic");
}

// tests/data/releases-blind6 (uz-termez-unama-cross-border-youth): a title
// in sentence case right after "project"; quoted speech keeps its places.
TEST_F(QuotedTitlesTest, ASentenceCaseTitleRightAfterProjectIsATitle) {
  EXPECT_EQ(Places("The forum is part of the project \"Cross-border cooperation for resilient "
                   "communities along the Amu Darya\", funded by the Government of Japan.\n"),
            "Japan");
  EXPECT_EQ(Places("Of the project he said: \"We will trade with Termez again.\"\n"), "Termez");
}

TEST_F(QuotedTitlesTest, APlaceInAServiceNameIsPartOfTheName) {
  EXPECT_EQ(Places("DALLAS, April 13 - International Telecharge Inc said it introduced a new "
                   "international inbound long-distance service from Europe called \"Quick Call "
                   "USA.\"\n"),
            "DALLAS|Europe");
}

TEST_F(QuotedTitlesTest, QuotedSpeechKeepsItsPlaces) {
  EXPECT_EQ(Places("He called \"truly hostile statements about the Soviet Union\" made by the "
                   "minister.\n"),
            "Soviet Union");
}

}  // namespace
}  // namespace gleaner
