// Regression guard on the seed gold: runs `gleaner extract` on the seed
// releases, scores it with the shared scorer (../shared/eval/score.py) and
// fails when any type falls below the level already reached. Raise the
// floors as the extractors improve; never lower them to pass.
#include <boost/json.hpp>
#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace gleaner {
namespace {

namespace fs = std::filesystem;

struct Floor {
  const char* type;
  double strict_f1;
  double value_accuracy;  // over strict matches; 0 where the type has no value yet
};

// The levels reached so far (strict F1, value accuracy).
constexpr Floor kFloors[] = {
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
  testing::ScratchDir scratch;
  const testing::CommandResult extract = testing::RunGleaner({"extract", seeds.string()});
  ASSERT_EQ(extract.exit_code, 0) << extract.err;
  testing::WriteFile(scratch / "system.jsonl", extract.out);
  const testing::CommandResult score = testing::RunCommand(
      {"python3", (eval / "score.py").string(), (eval / "gold" / "seeds-dev.jsonl").string(),
       (scratch / "system.jsonl").string(), "--text-dir", seeds.string(), "--json"});
  ASSERT_EQ(score.exit_code, 0) << score.err;
  const boost::json::object result = boost::json::parse(score.out).as_object();
  const boost::json::object& types = result.at("types").as_object();
  for (const Floor& floor : kFloors) {
    SCOPED_TRACE(floor.type);
    ASSERT_TRUE(types.contains(floor.type));
    const boost::json::object& scores = types.at(floor.type).as_object();
    EXPECT_GE(scores.at("strict").at("f1").to_number<double>(), floor.strict_f1);
    if (floor.value_accuracy > 0) {
      EXPECT_GE(scores.at("value").at("accuracy").to_number<double>(), floor.value_accuracy);
    }
  }
}

}  // namespace
}  // namespace gleaner
