// Crash safety of `gleaner ingest`: an ingest of a few hundred small files
// is killed with SIGKILL at random moments; after each kill the database
// must open and answer a search, and re-running the same command must leave
// exactly one document id per input file, no duplicates, nothing lost.
//
// The inputs are the <BODY> texts of the first articles of the Reuters-21578
// collection (shared/corpora/reuters21578/reut2-000.sgm.gz, distributed
// freely for research by Reuters and David D. Lewis), one file each.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <thread>

#include <gtest/gtest.h>
#include <xapian.h>

#include "engine/index.h"
#include "engine/ingest_records.h"
#include "engine/readers/reader.h"
#include "engine/search.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

namespace fs = std::filesystem;
using testing::RunGleaner;
using testing::ScratchDir;

fs::path ReutersFile() { return testing::SharedDir() / "corpora/reuters21578/reut2-000.sgm.gz"; }

// Writes up to `count` article bodies of reut2-000.sgm.gz as NNNN.txt under
// `dir`; returns the absolute paths written.
std::set<std::string> WriteReutersBodies(const fs::path& dir, std::size_t count) {
  const testing::CommandResult gunzip = testing::RunCommand({"gzip", "-dc", ReutersFile().string()});
  if (gunzip.exit_code != 0) throw std::runtime_error("gzip -dc failed: " + gunzip.err);
  const std::string& sgml = gunzip.out;
  std::set<std::string> paths;
  std::size_t at = 0;
  while (paths.size() < count) {
    const std::size_t begin = sgml.find("<BODY>", at);
    if (begin == std::string::npos) break;
    const std::size_t end = sgml.find("</BODY>", begin);
    if (end == std::string::npos) break;
    at = end;
    std::string body = sgml.substr(begin + 6, end - begin - 6);
    if (const std::size_t tail = body.find("&#3;"); tail != std::string::npos) body.resize(tail);
    try {
      CheckTextBytes(body);
    } catch (const ReadError&) {
      continue;  // a body the text reader would refuse: not what this test is about
    }
    char name[16];
    std::snprintf(name, sizeof name, "%04zu.txt", paths.size());
    const fs::path path = fs::absolute(dir / name);
    testing::WriteFile(path, body);
    paths.insert(path.string());
  }
  return paths;
}

// Starts gleaner with `args`, its output thrown away; returns its pid.
pid_t StartGleaner(const std::vector<std::string>& args) {
  std::vector<std::string> command{testing::GleanerBinary().string()};
  command.insert(command.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& arg : command) argv.push_back(arg.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) throw std::runtime_error("cannot start gleaner");
  return pid;
}

// Every document id in the database with the number of documents holding it.
std::map<std::string, Xapian::doccount> IdCounts(const fs::path& db_dir) {
  const Xapian::Database db(db_dir.string());
  std::map<std::string, Xapian::doccount> ids;
  const std::string prefix(schema::kId);
  for (auto term = db.allterms_begin(prefix); term != db.allterms_end(prefix); ++term) {
    ids[(*term).substr(prefix.size())] = term.get_termfreq();
  }
  return ids;
}

TEST(IngestCrash, KilledAtRandomMomentsThenCompletedLeavesEachInputOnce) {
  if (!fs::exists(ReutersFile())) {
    GTEST_SKIP() << "no Reuters-21578 under " << testing::SharedDir();
  }
  ScratchDir dir;
  const std::set<std::string> inputs = WriteReutersBodies(dir / "in", 300);
  ASSERT_EQ(inputs.size(), 300u);
  const fs::path db = dir / "db";
  // Small commit batches, so kills land before, between and inside commits.
  const std::vector<std::string> ingest = {"ingest", "--db",      db.string(),
                                           "--threads", "2",      "--commit-mb",
                                           "0.02",   (dir / "in").string()};

  // How long a whole run takes here, so the kills spread over a run.
  std::vector<std::string> timing_run = ingest;
  timing_run[2] = (dir / "timing-db").string();
  const auto started = std::chrono::steady_clock::now();
  ASSERT_EQ(RunGleaner(timing_run).exit_code, 0);
  const auto run_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::steady_clock::now() - started).count();

  const unsigned seed = std::random_device{}();
  std::mt19937 random(seed);
  std::uniform_int_distribution<long> delay_ms(run_ms / 20, run_ms * 9 / 10);
  SCOPED_TRACE("random seed " + std::to_string(seed));
  std::size_t killed_with_database = 0;
  std::size_t killed_midway = 0;  // kills that left some but not all inputs committed
  // Six kills at random moments; then, on a loaded machine where none of
  // them cut a run midway, more kills whose moment is bisected between the
  // latest too early (nothing committed) and too late (all committed).
  constexpr int kRandomKills = 6;
  constexpr int kMaxKills = 16;
  long too_early_ms = 0;
  long too_late_ms = run_ms * 2;
  for (int attempt = 0; attempt < kMaxKills && (attempt < kRandomKills || killed_midway == 0);
       ++attempt) {
    const long delay =
        attempt < kRandomKills ? delay_ms(random) : (too_early_ms + too_late_ms) / 2;
    SCOPED_TRACE("kill after " + std::to_string(delay) + " ms");
    const pid_t pid = StartGleaner(ingest);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    if (!fs::exists(db / "iamglass")) {  // killed before the database existed
      too_early_ms = std::max(too_early_ms, delay);
      continue;
    }
    ++killed_with_database;
    // The database opens and answers a query, and no id is on two documents.
    const Searcher searcher(db);
    SearchRequest request;
    request.query = "oil OR trade OR shares";
    EXPECT_NO_THROW(searcher.Search(request));
    const auto ids = IdCounts(db);
    for (const auto& [id, documents] : ids) {
      EXPECT_EQ(documents, 1u) << id;
      EXPECT_TRUE(inputs.contains(id)) << id;
    }
    std::cout << "killed after " << delay << " ms of a " << run_ms << " ms run: " << ids.size()
              << " of " << inputs.size() << " inputs committed\n";
    if (!ids.empty() && ids.size() < inputs.size()) ++killed_midway;
    if (ids.empty()) too_early_ms = std::max(too_early_ms, delay);
    if (ids.size() == inputs.size()) {
      // The run ended before the kill: start the next one from an empty
      // database, so that a kill can still land inside a run.
      too_late_ms = std::min(too_late_ms, delay);
      fs::remove_all(db);
    }
  }
  EXPECT_GT(killed_with_database, 0u);
  EXPECT_GT(killed_midway, 0u);

  const testing::CommandResult completed = RunGleaner(ingest);
  ASSERT_EQ(completed.exit_code, 0) << completed.err;
  std::set<std::string> indexed;
  for (const auto& [id, documents] : IdCounts(db)) {
    EXPECT_EQ(documents, 1u) << id;
    indexed.insert(id);
  }
  EXPECT_EQ(indexed, inputs);
  {
    const Xapian::Database database(db.string());
    const std::optional<RunSummary> run = GetRunSummary(database);
    ASSERT_TRUE(run.has_value());
    EXPECT_TRUE(run->complete);
    EXPECT_EQ(run->failed, 0u);
    EXPECT_EQ(AllInputRecords(database).size(), inputs.size());
  }

  // And the run after that has nothing left to do.
  const testing::CommandResult again = RunGleaner(ingest);
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("0 indexed, 300 unchanged, 0 failed"), std::string::npos) << again.out;
}

}  // namespace
}  // namespace gleaner
