// Tests for extractors/text_parts (where a long text is cut) and for the
// Analyzer on a text longer than kMaxAnalyzedPartBytes: releases of
// tests/data/releases one after another, read part by part.
#include "extractors/text_parts.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include "engine/normalize.h"
#include "extractors/analyzer.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

namespace fs = std::filesystem;
using ::gleaner::testing::DataDir;
using ::gleaner::testing::LongTextOfReleases;
using ::gleaner::testing::ReadFileOrDie;
using ::gleaner::testing::SourceDir;
using ::gleaner::testing::TextDocument;

// The parts of `text` as strings.
std::vector<std::string> Parts(std::string_view text, std::size_t max_part_bytes) {
  std::vector<std::string> parts;
  std::size_t begin = 0;
  for (std::size_t end : TextPartEnds(text, max_part_bytes)) {
    parts.emplace_back(text.substr(begin, end - begin));
    begin = end;
  }
  return parts;
}

TEST(TextPartEndsTest, ShortTextIsOnePartAndEmptyTextNone) {
  EXPECT_EQ(TextPartEnds("Osh, 22 March 2023", 64), std::vector<std::size_t>{18});
  EXPECT_TRUE(TextPartEnds("", 64).empty());
}

TEST(TextPartEndsTest, PartsEndAfterParagraphsThenLinesThenSentencesThenWords) {
  // From tests/data/releases/kg-batken-mediators.txt.
  EXPECT_EQ(Parts("Osh, 22 March 2023 - Thirty-two participants.\n\nThe participants came.", 56),
            (std::vector<std::string>{"Osh, 22 March 2023 - Thirty-two participants.\n\n",
                                      "The participants came."}));
  EXPECT_EQ(Parts("Osh, 22 March 2023 - Thirty-two\nparticipants, including 14 women.", 40),
            (std::vector<std::string>{"Osh, 22 March 2023 - Thirty-two\n",
                                      "participants, including 14 women."}));
  EXPECT_EQ(Parts("Trainers came. They explained how local conflicts are used.", 40),
            (std::vector<std::string>{"Trainers came. They explained how local ",
                                      "conflicts are used."}));
  EXPECT_EQ(Parts("Trainers came. They explained how", 18),
            (std::vector<std::string>{"Trainers came. ", "They explained how"}));
}

TEST(TextPartEndsTest, AWordLongerThanAPartIsCutOnACharacterBoundary) {
  // "Ош" (Osh) repeated: two bytes a letter, no space to cut at.
  std::string word;
  for (int i = 0; i < 20; ++i) word += "\xD0\x9E\xD1\x88";
  const std::vector<std::string> parts = Parts(word, 11);
  ASSERT_EQ(parts.size(), 8u);
  for (const std::string& part : parts) {
    EXPECT_LE(part.size(), 11u);
    EXPECT_TRUE(IsValidUtf8(part)) << part;
  }
}

TEST(TextPartEndsTest, PartsCoverTheTextAndNeverExceedTheLimit) {
  const std::string release =
      ReadFileOrDie(SourceDir() / "tests" / "data" / "releases" / "tj-khujand-border.txt");
  std::string text;
  while (text.size() < 20000) text += release + "\n\n";
  for (std::size_t limit : {64u, 500u, 1000u, 4096u}) {
    const std::vector<std::size_t> ends = TextPartEnds(text, limit);
    ASSERT_FALSE(ends.empty());
    EXPECT_EQ(ends.back(), text.size());
    std::size_t begin = 0;
    for (std::size_t end : ends) {
      EXPECT_GT(end, begin);
      EXPECT_LE(end - begin, limit);
      // Parts are long: at least three quarters of the limit, but the last.
      if (end != text.size()) {
        EXPECT_GE(end - begin, limit * 3 / 4);
      }
      begin = end;
    }
  }
}

class LongTextAnalysisTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { analyzer_ = new Analyzer(DataDir()); }
  static void TearDownTestSuite() {
    delete analyzer_;
    analyzer_ = nullptr;
  }
  static Analyzer* analyzer_;
};

Analyzer* LongTextAnalysisTest::analyzer_ = nullptr;

TEST_F(LongTextAnalysisTest, MentionsOfEveryPartPointIntoTheWholeText) {
  const std::string text = LongTextOfReleases(kMaxAnalyzedPartBytes * 5 / 2) +
                           "On 3 March the mediators of Batken met again.\n";
  const std::vector<std::size_t> ends = TextPartEnds(text, kMaxAnalyzedPartBytes);
  ASSERT_EQ(ends.size(), 3u);
  const Analysis analysis = analyzer_->Analyze(TextDocument("long", text));

  // The first release's dateline dates the whole text ("Osh, 22 March 2023").
  EXPECT_EQ(analysis.date, "2023-03-22");
  EXPECT_EQ(analysis.date_source, DateSource::kDateline);
  std::size_t previous_start = 0;
  std::map<std::size_t, int> mentions_per_part;
  for (const Mention& mention : analysis.mentions) {
    ASSERT_EQ(text.substr(mention.start, mention.end - mention.start), mention.text);
    EXPECT_GE(mention.start, previous_start);
    previous_start = mention.start;
    const std::size_t part =
        std::upper_bound(ends.begin(), ends.end(), mention.start) - ends.begin();
    ASSERT_LT(part, ends.size());
    EXPECT_LE(mention.end, ends[part]) << mention.text << " crosses the end of part " << part;
    ++mentions_per_part[part];
  }
  EXPECT_EQ(mentions_per_part.size(), 3u);
  // The last line, in the last part, is read against the document date.
  ASSERT_FALSE(analysis.mentions.empty());
  const Mention* last_date = nullptr;
  for (const Mention& mention : analysis.mentions) {
    if (mention.type == MentionType::kDate) last_date = &mention;
  }
  ASSERT_NE(last_date, nullptr);
  EXPECT_EQ(last_date->text, "3 March");
  EXPECT_EQ(last_date->value, "2023-03-03");
  EXPECT_EQ(analysis.mentions.back().text, "Batken");
  EXPECT_NE(std::find(analysis.years_mentioned.begin(), analysis.years_mentioned.end(), 2025),
            analysis.years_mentioned.end());
}

TEST_F(LongTextAnalysisTest, EachReleaseInALongTextYieldsWhatItYieldsAlone) {
  // Counts and dates do not depend on the rest of the document, so each
  // copy of a release far into the text has them as the release alone has.
  const std::string release =
      ReadFileOrDie(SourceDir() / "tests" / "data" / "releases" / "kg-jalal-abad-police.txt");
  std::string text;
  while (text.size() < kMaxAnalyzedPartBytes * 3 / 2) text += release + "\n\n";
  Document alone = TextDocument("alone", release);
  alone.date = "2022-11-30";
  alone.date_source = DateSource::kMetadata;
  Document long_text = TextDocument("long", text);
  long_text.date = alone.date;
  long_text.date_source = alone.date_source;

  std::map<MentionType, int> expected;
  for (const Mention& mention : analyzer_->Analyze(alone).mentions) ++expected[mention.type];
  ASSERT_GT(expected[MentionType::kCount], 0);
  ASSERT_GT(expected[MentionType::kDate], 0);
  std::map<MentionType, int> found;
  for (const Mention& mention : analyzer_->Analyze(long_text).mentions) ++found[mention.type];
  const int copies = static_cast<int>(text.size() / (release.size() + 2));
  EXPECT_EQ(found[MentionType::kCount], copies * expected[MentionType::kCount]);
  EXPECT_EQ(found[MentionType::kDate], copies * expected[MentionType::kDate]);
  EXPECT_EQ(found[MentionType::kLocation], copies * expected[MentionType::kLocation]);
}

// The fields of a mention that output and index read, for comparing.
auto MentionFields(const Mention& mention) {
  return std::tie(mention.type, mention.start, mention.end, mention.text, mention.value,
                  mention.attributes);
}

// AnalyzeInParts hands out, part by part, exactly what Analyze gathers:
// each part with the document date and its own mentions (inside the part,
// offsets into the whole text) and years.
TEST_F(LongTextAnalysisTest, PartsHandedOutOneByOneAreTheWholeAnalysis) {
  const Document doc = TextDocument("long", LongTextOfReleases(kMaxAnalyzedPartBytes * 5 / 2));
  const std::vector<std::size_t> ends = TextPartEnds(doc.text, kMaxAnalyzedPartBytes);
  ASSERT_EQ(ends.size(), 3u);
  const Analysis whole = analyzer_->Analyze(doc);

  std::vector<Mention> gathered;
  std::set<int> years;
  std::size_t part_index = 0;
  analyzer_->AnalyzeInParts(doc, [&](Analysis&& part) {
    ASSERT_LT(part_index, ends.size());
    EXPECT_EQ(part.date, whole.date);
    EXPECT_EQ(part.date_source, whole.date_source);
    ASSERT_FALSE(part.mentions.empty());
    const std::size_t begin = part_index == 0 ? 0 : ends[part_index - 1];
    EXPECT_GE(part.mentions.front().start, begin);
    EXPECT_LE(part.mentions.back().end, ends[part_index]);
    gathered.insert(gathered.end(), part.mentions.begin(), part.mentions.end());
    years.insert(part.years_mentioned.begin(), part.years_mentioned.end());
    ++part_index;
  });
  EXPECT_EQ(part_index, 3u);
  ASSERT_EQ(gathered.size(), whole.mentions.size());
  for (std::size_t i = 0; i < gathered.size(); ++i) {
    ASSERT_TRUE(MentionFields(gathered[i]) == MentionFields(whole.mentions[i]))
        << i << ": " << gathered[i].text << " vs " << whole.mentions[i].text;
  }
  EXPECT_EQ(std::vector<int>(years.begin(), years.end()), whole.years_mentioned);
}

// A short text is one part, and so is an empty one (its date still settled).
TEST_F(LongTextAnalysisTest, AShortOrEmptyTextIsOnePart) {
  const std::string release =
      ReadFileOrDie(SourceDir() / "tests" / "data" / "releases" / "kg-jalal-abad-police.txt");
  for (const std::string& text : {release, std::string()}) {
    Document doc = TextDocument("short", text);
    doc.date = "2022-11-30";
    doc.date_source = DateSource::kMetadata;
    const Analysis whole = analyzer_->Analyze(doc);
    int parts = 0;
    analyzer_->AnalyzeInParts(doc, [&](Analysis&& part) {
      ++parts;
      EXPECT_EQ(part.date, "2022-11-30");
      EXPECT_EQ(part.mentions.size(), whole.mentions.size());
      EXPECT_EQ(part.years_mentioned, whole.years_mentioned);
    });
    EXPECT_EQ(parts, 1);
    EXPECT_EQ(text.empty(), whole.mentions.empty());
  }
}

// Invalid UTF-8 is refused before any part is handed out.
TEST_F(LongTextAnalysisTest, InvalidTextThrowsBeforeTheFirstPart) {
  std::string text = LongTextOfReleases(kMaxAnalyzedPartBytes * 3 / 2);
  text[text.size() - 10] = '\xFF';
  int parts = 0;
  EXPECT_THROW(analyzer_->AnalyzeInParts(TextDocument("bad", text),
                                         [&](Analysis&&) { ++parts; }),
               std::invalid_argument);
  EXPECT_EQ(parts, 0);
}

}  // namespace
}  // namespace gleaner
