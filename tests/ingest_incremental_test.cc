// Incremental ingest through the gleaner binary: unchanged files are skipped,
// changed ones re-indexed, identical content under two paths is one document
// with both ids, --prune drops documents of deleted files, failed files are
// recorded, listed by `gleaner status` and retried, and extract gives the
// same output on one thread as on several.
//
// Texts are the seed releases (SeedsDir()) and short hand-written lines.
#include <algorithm>
#include <set>

#include <gtest/gtest.h>
#include <xapian.h>

#include "engine/index.h"
#include "engine/ingest_records.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::RunGleaner;
using testing::ScratchDir;

std::set<std::string> Ids(const fs::path& db_dir) {
  const Xapian::Database db(db_dir.string());
  std::set<std::string> ids;
  const std::string prefix(schema::kId);
  for (auto term = db.allterms_begin(prefix); term != db.allterms_end(prefix); ++term) {
    ids.insert((*term).substr(prefix.size()));
  }
  return ids;
}

Xapian::doccount DocumentCount(const fs::path& db_dir) {
  return Xapian::Database(db_dir.string()).get_doccount();
}

class IncrementalIngest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const auto& entry : fs::directory_iterator(testing::SeedsDir())) {
      if (entry.path().extension() != ".txt") continue;
      const fs::path copy = fs::absolute(dir_ / "in" / entry.path().filename());
      testing::WriteFile(copy, testing::ReadFileOrDie(entry.path()));
      seeds_.insert(copy.string());
    }
    ASSERT_GE(seeds_.size(), 3u);
  }
  CommandResult Ingest(std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"ingest", "--db", db_.string(), "--threads", "2"};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back((dir_ / "in").string());
    return RunGleaner(args);
  }

  ScratchDir dir_;
  fs::path db_ = dir_ / "db";
  std::set<std::string> seeds_;
};

TEST_F(IncrementalIngest, UnchangedSkippedChangedReindexedTouchedKept) {
  const CommandResult first = Ingest();
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(Ids(db_), seeds_);
  const std::string n = std::to_string(seeds_.size());
  EXPECT_NE(first.out.find(n + " indexed, 0 unchanged, 0 failed"), std::string::npos) << first.out;

  const CommandResult second = Ingest();
  EXPECT_NE(second.out.find("0 indexed, " + n + " unchanged, 0 failed"), std::string::npos)
      << second.out;

  // A changed file is indexed again and its new words are searchable; the old ones are gone.
  const std::string changed = *seeds_.begin();
  testing::WriteFile(changed, "Ulaanbaatar, 3 March 2022 - A zebrafish census was published.\n");
  // Same bytes, new mtime: read and hashed, found unchanged.
  const std::string touched = *std::next(seeds_.begin());
  fs::last_write_time(touched, fs::last_write_time(touched) + std::chrono::hours(1));
  const CommandResult third = Ingest();
  ASSERT_EQ(third.exit_code, 0) << third.err;
  EXPECT_NE(third.out.find("1 indexed, " + std::to_string(seeds_.size() - 1) + " unchanged"),
            std::string::npos)
      << third.out;
  const CommandResult found =
      RunGleaner({"search", "--db", db_.string(), "--format", "jsonl", "zebrafish"});
  ASSERT_EQ(found.exit_code, 0) << found.err;
  EXPECT_EQ(std::count(found.out.begin(), found.out.end(), '\n'), 1) << found.out;
  EXPECT_NE(found.out.find("\"" + changed + "\""), std::string::npos) << found.out;
  EXPECT_EQ(DocumentCount(db_), seeds_.size());
  {
    const Xapian::Database db(db_.string());
    const std::optional<InputRecord> record = GetInputRecord(db, touched);
    ASSERT_TRUE(record.has_value());
    EXPECT_EQ(record->mtime_ns, std::chrono::duration_cast<std::chrono::nanoseconds>(
                                    fs::last_write_time(touched).time_since_epoch())
                                    .count());
  }
}

TEST_F(IncrementalIngest, IdenticalContentIsOneDocumentWithBothPaths) {
  const std::string original = *seeds_.begin();
  const fs::path copy = fs::absolute(dir_ / "in" / "zz-copy" / "same.txt");
  testing::WriteFile(copy, testing::ReadFileOrDie(original));
  const CommandResult result = Ingest();
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::set<std::string> expected = seeds_;
  expected.insert(copy.string());
  EXPECT_EQ(Ids(db_), expected);
  EXPECT_EQ(DocumentCount(db_), seeds_.size());  // the copy added an id, not a document

  const CommandResult shown = RunGleaner({"show", "--db", db_.string(), copy.string()});
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  EXPECT_NE(shown.out.find("id:      " + original + "\n"), std::string::npos) << shown.out;
  EXPECT_NE(shown.out.find("also:    " + copy.string() + "\n"), std::string::npos) << shown.out;

  // Once the original changes, the copy keeps the old content on its own.
  testing::WriteFile(original, "Tbilisi, 9 June 2023 - Sturgeon hatchery opened.\n");
  ASSERT_EQ(Ingest().exit_code, 0);
  EXPECT_EQ(Ids(db_), expected);
  EXPECT_EQ(DocumentCount(db_), seeds_.size() + 1);
  const CommandResult copy_shown = RunGleaner({"show", "--db", db_.string(), copy.string()});
  EXPECT_NE(copy_shown.out.find("id:      " + copy.string() + "\n"), std::string::npos)
      << copy_shown.out;
  EXPECT_EQ(copy_shown.out.find("also:"), std::string::npos) << copy_shown.out;
}

TEST_F(IncrementalIngest, PruneRemovesDocumentsOfDeletedFiles) {
  ASSERT_EQ(Ingest().exit_code, 0);
  const std::string deleted = *seeds_.begin();
  fs::remove(deleted);
  ASSERT_EQ(Ingest().exit_code, 0);
  EXPECT_TRUE(Ids(db_).contains(deleted));  // without --prune nothing is removed
  const CommandResult pruned = Ingest({"--prune"});
  ASSERT_EQ(pruned.exit_code, 0) << pruned.err;
  std::set<std::string> expected = seeds_;
  expected.erase(deleted);
  EXPECT_EQ(Ids(db_), expected);
  const Xapian::Database db(db_.string());
  EXPECT_FALSE(GetInputRecord(db, deleted).has_value());
}

TEST_F(IncrementalIngest, FailedFileIsRecordedListedAndRetried) {
  const fs::path broken = fs::absolute(dir_ / "in" / "broken.txt");
  testing::WriteFile(broken, std::string("Bishkek \xC3\x28 broken\n"));
  const CommandResult first = Ingest();
  EXPECT_EQ(first.exit_code, 1);
  EXPECT_EQ(first.err, "gleaner: " + broken.string() + ": invalid UTF-8 at byte 8\n");

  const CommandResult status = RunGleaner({"status", "--db", db_.string()});
  ASSERT_EQ(status.exit_code, 0) << status.err;
  const std::string n = std::to_string(seeds_.size());
  EXPECT_NE(status.out.find(std::to_string(seeds_.size() + 1) + " listed: " + n +
                            " indexed, 0 unchanged, 1 failed"),
            std::string::npos)
      << status.out;
  EXPECT_NE(status.out.find("failed inputs (1):\n  " + broken.string() +
                            ": invalid UTF-8 at byte 8\n"),
            std::string::npos)
      << status.out;

  // Unchanged but failed: tried again (and fails again, with the same line).
  const CommandResult retried = Ingest();
  EXPECT_EQ(retried.err, first.err);
  EXPECT_NE(retried.out.find("0 indexed, " + n + " unchanged, 1 failed"), std::string::npos)
      << retried.out;

  // Fixed: indexed, and status has no failure left.
  testing::WriteFile(broken, "Bishkek, 2 May 2021 - Repaired release about walnut forests.\n");
  const CommandResult fixed = Ingest();
  ASSERT_EQ(fixed.exit_code, 0) << fixed.err;
  EXPECT_TRUE(Ids(db_).contains(broken.string()));
  const CommandResult after = RunGleaner({"status", "--db", db_.string()});
  EXPECT_EQ(after.out.find("failed inputs"), std::string::npos) << after.out;
  EXPECT_NE(after.out.find("1 indexed, " + n + " unchanged, 0 failed"), std::string::npos)
      << after.out;
}

TEST(ExtractThreads, OutputIsTheSameOnOneThreadAndOnSeveral) {
  const std::string seeds = testing::SeedsDir().string();
  const CommandResult one = RunGleaner({"extract", "--threads", "1", seeds});
  const CommandResult four = RunGleaner({"extract", "--threads", "4", seeds});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_GT(one.out.size(), 1000u);
  EXPECT_EQ(four.out, one.out);
}

}  // namespace
}  // namespace gleaner
