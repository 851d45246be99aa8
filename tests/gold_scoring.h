// Shared by the gold regression tests (seeds_gold_test, releases_gold_test,
// releases_blind_gold_test):
// runs `gleaner extract` on some inputs, scores the output against a gold
// file with the shared scorer (../shared/eval/score.py) and checks each type
// against the floor already reached.
#ifndef GLEANER_TESTS_GOLD_SCORING_H_
#define GLEANER_TESTS_GOLD_SCORING_H_

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "tests/test_support.h"

namespace gleaner::testing {

struct GoldFloor {
  const char* type;
  double strict_f1;
  double value_accuracy;  // over strict matches; 0 where the type has no value
};

// The .txt files of a folder, sorted (a releases folder also holds README.md
// and gold.jsonl, which are no releases).
inline std::vector<std::string> TextFilesIn(const std::filesystem::path& folder) {
  std::vector<std::string> files;
  for (const std::filesystem::directory_entry& entry :
       std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// `inputs` go to `gleaner extract`; `text_dir` holds the texts the gold's
// offsets point into (--text-dir makes the scorer check every gold and
// system span against their bytes).
inline void ExpectGoldScoresAtLeast(const std::filesystem::path& score_py,
                                    const std::filesystem::path& gold,
                                    const std::vector<std::string>& inputs,
                                    const std::filesystem::path& text_dir,
                                    std::span<const GoldFloor> floors) {
  ScratchDir scratch;
  std::vector<std::string> args = {"extract"};
  args.insert(args.end(), inputs.begin(), inputs.end());
  const CommandResult extract = RunGleaner(args);
  ASSERT_EQ(extract.exit_code, 0) << extract.err;
  WriteFile(scratch / "system.jsonl", extract.out);
  const CommandResult score =
      RunCommand({"python3", score_py.string(), gold.string(), (scratch / "system.jsonl").string(),
                  "--text-dir", text_dir.string(), "--json"});
  ASSERT_EQ(score.exit_code, 0) << score.err;
  const boost::json::object result = boost::json::parse(score.out).as_object();
  const boost::json::object& types = result.at("types").as_object();
  for (const GoldFloor& floor : floors) {
    SCOPED_TRACE(floor.type);
    ASSERT_TRUE(types.contains(floor.type));
    const boost::json::object& scores = types.at(floor.type).as_object();
    EXPECT_GE(scores.at("strict").at("f1").to_number<double>(), floor.strict_f1);
    if (floor.value_accuracy > 0) {
      EXPECT_GE(scores.at("value").at("accuracy").to_number<double>(), floor.value_accuracy);
    }
  }
}

// A folder of hand-written releases under tests/data (`folder_name`, its
// `release_count` .txt files and their gold.jsonl) scored against `floors`;
// skipped when ../shared/eval is absent.
inline void ExpectReleasesFolderAtLeast(const std::string& folder_name, std::size_t release_count,
                                        std::span<const GoldFloor> floors) {
  const std::filesystem::path score_py = SharedDir() / "eval" / "score.py";
  if (!std::filesystem::is_regular_file(score_py)) GTEST_SKIP() << "../shared/eval is absent";
  const std::filesystem::path releases = SourceDir() / "tests" / "data" / folder_name;
  const std::vector<std::string> files = TextFilesIn(releases);
  ASSERT_EQ(files.size(), release_count);
  ExpectGoldScoresAtLeast(score_py, releases / "gold.jsonl", files, releases, floors);
}

}  // namespace gleaner::testing

#endif  // GLEANER_TESTS_GOLD_SCORING_H_
