// Regression guard on the seed gold: runs `gleaner extract` on the seed
// releases, scores it with the shared scorer (../shared/eval/score.py) and
// fails when any type falls below the level already reached. Raise the
// floors as the extractors improve; never lower them to pass.
#include <gtest/gtest.h>

#include "tests/gold_scoring.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

namespace fs = std::filesystem;

// The levels reached so far (strict F1, value accuracy).
constexpr testing::GoldFloor kFloors[] = {
    {"date", 1.0, 1.0},
    {"location", 1.0, 1.0},
    {"organization", 1.0, 1.0},
    {"count", 1.0, 1.0},
    {"person", 1.0, 0},
};

TEST(SeedsGold, ScoresStayAtTheLevelReached) {
  const fs::path eval = testing::SharedDir() / "eval";
  const fs::path seeds = testing::SharedDir() / "corpora" / "seeds";
  if (!fs::is_regular_file(eval / "score.py") || !fs::is_directory(seeds)) {
    GTEST_SKIP() << "../shared/eval is absent";
  }
  testing::ExpectGoldScoresAtLeast(eval / "score.py", eval / "gold" / "seeds-dev.jsonl",
                                   {seeds.string()}, seeds, kFloors);
}

}  // namespace
}  // namespace gleaner
