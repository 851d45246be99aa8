// Regression guard on releases gleaner was not built from: runs `gleaner
// extract` on the hand-written releases of tests/data/releases, scores it
// against their hand-made gold (tests/data/releases/gold.jsonl) with the
// shared scorer (../shared/eval/score.py) and fails when any type falls below
// the level already reached. Raise the floors as the extractors improve;
// never lower them to pass.
#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <algorithm>

#include "tests/test_support.h"

namespace gleaner {
namespace {

namespace fs = std::filesystem;

struct Floor {
  const char* type;
  double strict_f1;
  double value_accuracy;  // over strict matches; 0 where the type has no value
};

// The levels reached so far (strict F1, value accuracy), rounded down.
constexpr Floor kFloors[] = {
    {"date", 0.985, 1.0},
    {"location", 0.988, 1.0},
    {"organization", 0.996, 1.0},
    {"count", 1.0, 1.0},
    {"person", 1.0, 0},
};

// The releases themselves: the folder also holds README.md and gold.jsonl,
// which are no releases.
std::vector<std::string> ReleaseFiles(const fs::path& folder) {
  std::vector<std::string> files;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST(ReleasesGold, ScoresStayAtTheLevelReached) {
  const fs::path score_py = testing::SharedDir() / "eval" / "score.py";
  if (!fs::is_regular_file(score_py)) GTEST_SKIP() << "../shared/eval is absent";
  const fs::path releases = testing::SourceDir() / "tests" / "data" / "releases";
  const std::vector<std::string> files = ReleaseFiles(releases);
  ASSERT_EQ(files.size(), 14u);

  testing::ScratchDir scratch;
  std::vector<std::string> args = {"extract"};
  args.insert(args.end(), files.begin(), files.end());
  const testing::CommandResult extract = testing::RunGleaner(args);
  ASSERT_EQ(extract.exit_code, 0) << extract.err;
  testing::WriteFile(scratch / "system.jsonl", extract.out);
  // --text-dir makes the scorer check every gold and system span against the
  // release's bytes.
  const testing::CommandResult score = testing::RunCommand(
      {"python3", score_py.string(), (releases / "gold.jsonl").string(),
       (scratch / "system.jsonl").string(), "--text-dir", releases.string(), "--json"});
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
