// Tests for QuotedTitles through the Analyzer: a place or a body inside a
// quoted project, service or event title is part of the title; a place in
// quoted speech, or outside the quotes, is still a place. Sentences from the seed
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
  // The texts of the mentions of `type`, joined by "|".
  std::string Places(const std::string& text,
                     MentionType type = MentionType::kLocation) const {
    std::string places;
    for (const Mention& mention : analyzer_.Analyze(TextDocument("test", text)).mentions) {
      if (mention.type != type) continue;
      if (!places.empty()) places += "|";
      places += mention.text;
    }
    return places;
  }
  std::string Organizations(const std::string& text) const {
    return Places(text, MentionType::kOrganization);
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

// tests/data/releases-blind19 (kg-bishkek-osce-final-evaluation-...): a
// body's head word inside a project's title names no body; one outside
// the quotes does, and so does a name that only "called" introduces.
TEST_F(QuotedTitlesTest, ABodyInAProjectTitleIsPartOfTheTitle) {
  EXPECT_EQ(Organizations("Final evaluation of the project \"Safe Communities, Trusted "
                          "Police\" (2022\u20132025), run by the Ministry of Interior.\n"),
            "Ministry of Interior");
  EXPECT_EQ(Organizations("The project \"Trusted Police for Safe Communities\" ended.\n"), "");
  EXPECT_EQ(Organizations("Volunteers of a group called \"Youth Union of Osh\" helped.\n"),
            "Youth Union of Osh");
}

}  // namespace
}  // namespace gleaner
