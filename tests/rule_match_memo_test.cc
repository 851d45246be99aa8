// Tests for extractors/rule_match_memo: remembered matches equal RE2's own,
// a prefix of the text reuses nothing it would read differently, and the
// date extractor reads a release the same with and without a memo.
#include "extractors/rule_match_memo.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/normalize.h"
#include "extractors/dates.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

using ::gleaner::testing::DataDir;
using ::gleaner::testing::ReadFileOrDie;
using ::gleaner::testing::SourceDir;

// "start:end" of each submatch of a match, "-" for a group that took no part.
std::string Describe(bool matched, std::string_view text, const re2::StringPiece* submatches,
                     int count) {
  if (!matched) return "none";
  std::string described;
  for (int i = 0; i < count; ++i) {
    if (submatches[i].data() == nullptr) {
      described += "- ";
    } else {
      const std::size_t start = submatches[i].data() - text.data();
      described += std::to_string(start) + ":" + std::to_string(start + submatches[i].size()) + " ";
    }
  }
  return described;
}

const char kRules[] =
    "rule full_date \\b(\\d{1,2}) (april|may|june) (\\d{4})\\b\n"
    "rule year_alone \\b(\\d{4})\\b\n";

// From the seed release on the regional PVE training (001).
const char kSentence[] =
    "community leaders in central asia, launched on 19 april 2021. held online, the "
    "training ran until 2 june 2021 and met again in may 2022.";

TEST(RuleMatchMemoTest, EverySearchEqualsRe2sAndRepeatsAreReused) {
  const RuleSet rules = RuleSet::Parse(kRules, "test.rules");
  const std::string_view text = kSentence;
  const re2::StringPiece subject(text.data(), text.size());
  RuleMatchMemo memo;
  for (int pass = 0; pass < 2; ++pass) {
    for (int rule = 0; rule < 2; ++rule) {
      const RE2& regex = *rules.rules()[rule].regex;
      const int count = 1 + regex.NumberOfCapturingGroups();
      for (std::size_t position = 0; position < text.size(); ++position) {
        std::vector<re2::StringPiece> expected(count), got(count);
        const bool direct = regex.Match(subject, position, text.size(), RE2::UNANCHORED,
                                        expected.data(), count);
        const bool remembered =
            memo.Match(rules, rule, text, position, text.size(), got.data(), count);
        ASSERT_EQ(Describe(remembered, text, got.data(), count),
                  Describe(direct, text, expected.data(), count))
            << "rule " << rule << " from " << position << ", pass " << pass;
      }
    }
  }
  // The first pass runs a search only where the last one found a match
  // before the position; the second pass runs none.
  EXPECT_LT(memo.searches_run(), 12u);
  EXPECT_EQ(memo.searches_reused(), 4 * std::string_view(kSentence).size() - memo.searches_run());
}

TEST(RuleMatchMemoTest, PrefixEndingInsideAWordReusesNothingOfTheWholeText) {
  // "\b" after "2021" holds at the end of the prefix "... 19 april 2021"
  // and not in "... 19 april 20215": RE2 reads the byte after the end.
  const RuleSet rules = RuleSet::Parse(kRules, "test.rules");
  const std::string whole = "launched on 19 april 20215 and on 2 june 2021.";
  const std::string_view prefix = std::string_view(whole).substr(0, 25);
  ASSERT_EQ(prefix.substr(12), "19 april 2021");
  RuleMatchMemo memo;
  std::vector<re2::StringPiece> submatches(4);
  ASSERT_TRUE(memo.Match(rules, 0, prefix, 0, prefix.size(), submatches.data(), 4));
  EXPECT_EQ(std::string_view(submatches[0].data(), submatches[0].size()), "19 april 2021");
  EXPECT_FALSE(memo.Match(rules, 0, whole, 0, prefix.size(), submatches.data(), 4));
  ASSERT_TRUE(memo.Match(rules, 0, whole, 0, whole.size(), submatches.data(), 4));
  EXPECT_EQ(std::string_view(submatches[0].data(), submatches[0].size()), "2 june 2021");
  EXPECT_EQ(memo.searches_reused(), 0u);
}

TEST(RuleMatchMemoTest, SetMatchesAreRememberedByStretch) {
  const RuleSet rules = RuleSet::Parse(kRules, "test.rules");
  const std::string_view text = kSentence;
  RuleMatchMemo memo;
  std::vector<int> direct, remembered;
  for (std::size_t start : {std::size_t{0}, std::size_t{60}, std::size_t{100}}) {
    rules.MatchingRulesInGroups(text.substr(start), 1, &direct);
    memo.MatchingRulesInGroups(rules, text, start, text.size(), 1, &remembered);
    EXPECT_EQ(remembered, direct) << start;
    memo.MatchingRulesInGroups(rules, text, start, text.size(), 1, &remembered);
    EXPECT_EQ(remembered, direct) << start;
  }
  rules.MatchingRulesInGroups(text.substr(100), 1, &direct);
  EXPECT_EQ(direct, std::vector<int>{1});  // "may 2022": a year, no day
}

// "text=value@start" of each mention.
std::vector<std::string> Described(const std::vector<Mention>& mentions) {
  std::vector<std::string> described;
  for (const Mention& mention : mentions) {
    described.push_back(mention.text + "=" + mention.value + "@" + std::to_string(mention.start));
  }
  return described;
}

TEST(RuleMatchMemoTest, DatesReadAgainstSeveralAnchorsEqualFreshReadings) {
  const Normalizer normalizer;
  const DateExtractor dates(DataDir() / "rules" / "dates.rules");
  const std::string raw =
      ReadFileOrDie(SourceDir() / "tests" / "data" / "releases" / "tj-khujand-border.txt");
  const NormalizedText normalized = normalizer.Normalize(raw);
  const TextView view{raw, normalized};
  RuleMatchMemo memo;
  std::size_t runs_before = 0;
  // As the analyzer reads a text without a date of its own: no anchor, a
  // mid-year anchor, then the document date.
  for (const char* anchor : {"", "2024-07-01", "2024-03-14"}) {
    std::vector<Mention> fresh, remembered;
    dates.Extract(view, ExtractionContext{anchor}, &fresh);
    dates.Extract(view, ExtractionContext{anchor}, &memo, &remembered);
    EXPECT_EQ(Described(remembered), Described(fresh)) << anchor;
    EXPECT_FALSE(fresh.empty());
    if (*anchor != '\0') {
      // Later readings run few searches of their own.
      EXPECT_LT(memo.searches_run() - runs_before, memo.searches_reused() / 4) << anchor;
    }
    runs_before = memo.searches_run();
  }
}

}  // namespace
}  // namespace gleaner
