// Regression tests for what fuzzing the Analyzer found (tests/fuzz/): hostile
// text must be analyzed in time linear in its length. Each test times one
// long input against a bound far above the linear cost and far below the
// quadratic one, and checks the mentions are still found.
#include <gtest/gtest.h>

#include <chrono>
#include <cstddef>
#include <string>

#include "engine/document.h"
#include "extractors/analyzer.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

using ::gleaner::testing::DataDir;
using ::gleaner::testing::TextDocument;

std::size_t CountOfType(const Analysis& analysis, MentionType type) {
  std::size_t count = 0;
  for (const Mention& mention : analysis.mentions) count += mention.type == type ? 1 : 0;
  return count;
}

// Tens of thousands of full dates in one run-on sentence: ReferToNamedQuarters
// asked "same sentence as the last written date?" by scanning from that date
// to each later one, quadratic without a sentence end (these 640 KB took
// about 40 s in the release build). It now reads each byte once (~1 s).
TEST(AnalyzerFuzzRegressions, DatesInOneLongSentenceAreLinear) {
  const Analyzer analyzer(DataDir());
  constexpr std::size_t kDates = 40000;
  std::string text;
  for (std::size_t i = 0; i < kDates; ++i) text += "15 October 2021 ";
  text += "\n";
  const auto start = std::chrono::steady_clock::now();
  const Analysis analysis = analyzer.Analyze(TextDocument("dates", text));
  const auto seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(CountOfType(analysis, MentionType::kDate), kDates);
  EXPECT_LT(seconds, 20.0) << "dates in one sentence analyzed in quadratic time?";
}

// A first line of a thousand full dates without a newline, then a labelled
// date on the next line: the document date search found each date's line
// start by reading back from the date, quadratic on such a line (1 MB of
// "1 May 2020, " took 14 s in the release build, 8 MB 38 s); it now reads on
// from the previous date. The labelled date must still be seen as starting
// its own line (bench/hostile_text_bench.cc times the long line).
TEST(AnalyzerFuzzRegressions, LabelledDateAfterALongLineOfDatesDatesTheDocument) {
  const Analyzer analyzer(DataDir());
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "1 May 2020, ";
  text += "\nPosted: 25 May 2026\n";
  // Enough text after it that the top window (a quarter of the text) holds both lines.
  for (int i = 0; i < 3000; ++i) text += "The meeting went on without a break.\n";
  const Analysis analysis = analyzer.Analyze(TextDocument("long-line", text));
  EXPECT_EQ(analysis.date, "2026-05-25");
  EXPECT_EQ(analysis.date_source, DateSource::kDateline);
  EXPECT_EQ(CountOfType(analysis, MentionType::kDate), 1001u);
}

}  // namespace
}  // namespace gleaner
