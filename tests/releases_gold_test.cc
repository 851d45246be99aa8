// Regression guard on releases gleaner was not built from: runs `gleaner
// extract` on the hand-written releases of tests/data/releases, scores it
// against their hand-made gold (tests/data/releases/gold.jsonl) with the
// shared scorer (../shared/eval/score.py) and fails when any type falls below
// the level already reached. Raise the floors as the extractors improve;
// never lower them to pass.
#include <gtest/gtest.h>

#include "tests/gold_scoring.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

// The levels reached so far (strict F1, value accuracy), rounded down.
constexpr testing::GoldFloor kFloors[] = {
    {"date", 0.985, 1.0},
    {"location", 0.993, 1.0},
    {"organization", 0.996, 1.0},
    {"count", 1.0, 1.0},
    {"person", 1.0, 0},
};

TEST(ReleasesGold, ScoresStayAtTheLevelReached) {
  testing::ExpectReleasesFolderAtLeast("releases", 14, kFloors);
}

}  // namespace
}  // namespace gleaner
