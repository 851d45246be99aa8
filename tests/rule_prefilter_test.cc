// Tests for extractors/rule_prefilter: the candidate rules of a text hold
// every rule that matches in it (checked on real rules and real text) and
// leave out rules whose literal words the text lacks.
#include "extractors/rule_prefilter.h"

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "engine/normalize.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

namespace fs = std::filesystem;
using ::gleaner::testing::DataDir;
using ::gleaner::testing::ReadFileOrDie;
using ::gleaner::testing::SeedsDir;

std::vector<int> Candidates(const RulePrefilter& prefilter, std::string_view text) {
  std::vector<int> atoms;
  std::vector<int> candidates;
  prefilter.CandidateRules(text, &atoms, &candidates);
  return candidates;
}

TEST(RulePrefilterTest, KeepsOnlyRulesWhoseWordsOccur) {
  const RuleSet rules = RuleSet::Parse(
      "rule year \\b(?:in|since)\\s+\\d{4}\\b\n"
      "rule month \\b(?:may|june)\\s+\\d{1,2}\\b\n"
      "rule dashed \\b\\d{4}-\\d\\d-\\d\\d\\b\n",
      "test.rules", {}, RuleMatching::kRulesOnly);
  const RulePrefilter prefilter(rules);
  // "since" and "june" are there; no dash, so never the dashed date.
  EXPECT_EQ(Candidates(prefilter, "since june 2020"), (std::vector<int>{0, 1}));
  // Candidates need only the literals, not a match: "in", "may" and a digit
  // occur, though neither rule matches.
  EXPECT_EQ(Candidates(prefilter, "it may rain in 3 days"), (std::vector<int>{0, 1}));
  EXPECT_TRUE(Candidates(prefilter, "it may rain in days").empty());
  EXPECT_EQ(Candidates(prefilter, "on 2021-04-19"), (std::vector<int>{2}));
  EXPECT_TRUE(Candidates(prefilter, "nothing to see").empty());
  EXPECT_TRUE(Candidates(prefilter, "").empty());
}

TEST(RulePrefilterTest, NoRulesNoCandidates) {
  const RuleSet rules = RuleSet::Parse("# none\n", "test.rules", {}, RuleMatching::kRulesOnly);
  const RulePrefilter prefilter(rules);
  EXPECT_TRUE(Candidates(prefilter, "since june 2020").empty());
}

// Every rule of the organization and person rule files that matches in a
// seed release (normalized as the analyzer does) is a candidate there, and
// the prefilter leaves some rules out.
TEST(RulePrefilterTest, CandidatesHoldEveryMatchingRuleOnSeedText) {
  const Normalizer normalizer;
  std::vector<std::string> texts;
  for (const auto& entry : fs::directory_iterator(SeedsDir())) {
    if (entry.path().extension() == ".txt") {
      texts.push_back(normalizer.Normalize(ReadFileOrDie(entry.path())).text);
    }
  }
  ASSERT_FALSE(texts.empty());
  std::size_t matches = 0;
  std::size_t left_out = 0;
  for (const char* file : {"organizations.rules", "persons.rules"}) {
    const RuleSet rules =
        RuleSet::Load(DataDir() / "rules" / file, {}, RuleMatching::kRulesOnly);
    const RulePrefilter prefilter(rules);
    for (const std::string& text : texts) {
      // Line by line, so that most lines lack most rules' words.
      std::size_t start = 0;
      while (start < text.size()) {
        const std::size_t end = std::min(text.size(), text.find('\n', start));
        const std::string_view line = std::string_view(text).substr(start, end - start);
        start = end + 1;
        const std::vector<int> candidates = Candidates(prefilter, line);
        left_out += rules.rules().size() - candidates.size();
        for (std::size_t i = 0; i < rules.rules().size(); ++i) {
          if (!RE2::PartialMatch(line, *rules.rules()[i].regex)) continue;
          ++matches;
          EXPECT_TRUE(std::binary_search(candidates.begin(), candidates.end(), static_cast<int>(i)))
              << file << " rule " << rules.rules()[i].name << " matches but is no candidate in: "
              << line;
        }
      }
    }
  }
  EXPECT_GT(matches, 0u);
  EXPECT_GT(left_out, 0u);
}

}  // namespace
}  // namespace gleaner
