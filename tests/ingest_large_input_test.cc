// A large multi-document input (JSON Lines of the seed releases, and a zip of
// them) ingested with a small in-flight budget: the worker reads the input
// only up to the budget and the writer reads the rest again, writing one
// document at a time. The database must come out exactly as when the worker
// reads everything, with a bad record among them one member error, once.
#include <atomic>
#include <chrono>
#include <map>
#include <thread>
#include <string>
#include <vector>

#include <boost/json.hpp>
#include <gtest/gtest.h>
#include <xapian.h>

#include "engine/index.h"
#include "engine/ingest.h"
#include "extractors/analyzer.h"
#include "tests/reader_fixtures.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

namespace fs = std::filesystem;
using testing::ScratchDir;

// Each document's id and its terms (words, entity facets, ids), by id.
std::map<std::string, std::vector<std::string>> TermsById(const fs::path& db_dir) {
  const Xapian::Database db(db_dir.string());
  std::map<std::string, std::vector<std::string>> terms;
  for (Xapian::PostingIterator doc = db.postlist_begin(""); doc != db.postlist_end(""); ++doc) {
    std::vector<std::string> list;
    std::string id;
    for (Xapian::TermIterator t = db.termlist_begin(*doc); t != db.termlist_end(*doc); ++t) {
      list.push_back(*t);
      if ((*t).starts_with(schema::kId)) id = (*t).substr(schema::kId.size());
    }
    terms[id] = std::move(list);
  }
  return terms;
}

class LargeInputIngest : public ::testing::Test {
 protected:
  void SetUp() override {
    // 8 copies of every seed release, each made distinct by its last line,
    // and one broken record after the first few.
    std::string lines;
    std::vector<testing::ArchiveMember> members;
    int records = 0;
    for (int copy = 0; copy < 8; ++copy) {
      for (const auto& entry : fs::directory_iterator(testing::SeedsDir())) {
        if (entry.path().extension() != ".txt") continue;
        boost::json::object record;
        record["id"] = entry.path().stem().string() + "-" + std::to_string(copy);
        record["text"] = testing::ReadFileOrDie(entry.path()) + "\nCopy " + std::to_string(copy);
        lines += boost::json::serialize(record) + "\n";
        members.push_back({"releases/" + std::string(record["id"].as_string()) + ".txt",
                           std::string(record["text"].as_string())});
        if (++records == 7) {
          lines += "{\"id\": \"broken\", \"text\": 12}\n";
          members.push_back({"releases/broken.txt", std::string("\x00\x01\x02junk\xff", 9)});
        }
      }
    }
    ASSERT_GE(records, 24);
    records_ = records;
    testing::WriteFile(jsonl_, lines);
    testing::WriteFile(zip_, testing::MakeArchive(testing::ArchiveKind::kZip, members));
  }

  IngestReport Ingest(const fs::path& input, const fs::path& db_dir,
                      std::uint64_t in_flight_bytes, std::vector<std::string>* errors) {
    IndexWriter writer(db_dir);
    IngestOptions options;
    options.threads = 2;
    options.in_flight_bytes = in_flight_bytes;
    options.commit_bytes = 16 << 10;  // several commits inside the one input
    IngestEvents events;
    events.on_error = [&](const std::string& subject, const std::string& reason) {
      errors->push_back(subject + ": " + reason);
    };
    const std::thread::id writer_thread = std::this_thread::get_id();
    analyzed_by_writer_ = 0;
    const AnalyzeFunction analyze = [this, writer_thread](const Document& doc,
                                                          const AnalysisPartSink& sink) {
      if (std::this_thread::get_id() == writer_thread) ++analyzed_by_writer_;
      analyzer_.AnalyzeInParts(doc, sink);
    };
    return IngestPaths(writer, {input.string()}, analyze, options, events);
  }

  // Ingests `input` with everything read ahead and with a 8 KB budget (the
  // worker stops after two or three releases), and compares.
  void ExpectSameDatabase(const fs::path& input, const std::string& broken_error) {
    std::vector<std::string> errors_ahead;
    const IngestReport ahead = Ingest(input, dir_.path() / "ahead", 64u << 20, &errors_ahead);
    EXPECT_EQ(analyzed_by_writer_.load(), 0);  // two workers read and analyzed everything
    std::vector<std::string> errors_streamed;
    const IngestReport streamed =
        Ingest(input, dir_.path() / "streamed", 8u << 10, &errors_streamed);
    EXPECT_GT(analyzed_by_writer_.load(), records_ / 2);  // the rest came through the writer

    EXPECT_EQ(streamed.summary.documents_indexed, static_cast<std::size_t>(records_));
    EXPECT_EQ(streamed.summary.member_failures, 1u);
    EXPECT_EQ(streamed.summary.indexed, 1u);
    EXPECT_EQ(streamed.changed_ids, ahead.changed_ids);
    EXPECT_EQ(errors_streamed, std::vector<std::string>{broken_error});
    EXPECT_EQ(errors_ahead, errors_streamed);

    const auto terms_ahead = TermsById(dir_.path() / "ahead");
    const auto terms_streamed = TermsById(dir_.path() / "streamed");
    ASSERT_EQ(terms_ahead.size(), static_cast<std::size_t>(records_));
    EXPECT_EQ(terms_streamed, terms_ahead);
    // The entities of the last record came from the analysis done by the writer.
    bool has_organization = false;
    for (const std::string& term : terms_streamed.at(streamed.changed_ids.back())) {
      has_organization = has_organization || term.starts_with(schema::kOrganization);
    }
    EXPECT_TRUE(has_organization) << streamed.changed_ids.back();

    // The input's record matches a whole read: a re-run finds it unchanged.
    std::vector<std::string> errors_again;
    const IngestReport again = Ingest(input, dir_.path() / "streamed", 8u << 10, &errors_again);
    EXPECT_EQ(again.summary.documents_indexed, 0u);
    EXPECT_EQ(again.documents_unchanged, static_cast<std::size_t>(records_));

    // Touched, not changed, with no failed member: read through, nothing
    // analyzed again by the writer, nothing written, reported unchanged.
    std::string lines = testing::ReadFileOrDie(input);
    if (input.extension() == ".jsonl") {
      lines.erase(lines.find("{\"id\": \"broken\""), lines.find('\n', lines.find("broken")) -
                                                             lines.find("{\"id\": \"broken\"") + 1);
      testing::WriteFile(input, lines);
      std::vector<std::string> errors_fixed;
      const IngestReport fixed = Ingest(input, dir_.path() / "streamed", 8u << 10, &errors_fixed);
      EXPECT_TRUE(errors_fixed.empty());
      // The broken record is gone, the documents are the same: nothing to write.
      EXPECT_EQ(fixed.summary.unchanged, 1u);
      EXPECT_EQ(fixed.summary.documents_indexed, 0u);
      EXPECT_EQ(fixed.documents_unchanged, static_cast<std::size_t>(records_));
      fs::last_write_time(input, fs::last_write_time(input) + std::chrono::seconds(5));
      std::vector<std::string> errors_touched;
      const IngestReport touched =
          Ingest(input, dir_.path() / "streamed", 8u << 10, &errors_touched);
      EXPECT_EQ(touched.summary.unchanged, 1u);
      EXPECT_EQ(touched.summary.indexed, 0u);
      EXPECT_EQ(touched.summary.documents_indexed, 0u);
      EXPECT_EQ(touched.documents_unchanged, static_cast<std::size_t>(records_));
      EXPECT_EQ(analyzed_by_writer_.load(), 0);
    }
  }

  ScratchDir dir_;
  fs::path jsonl_ = fs::absolute(dir_.path() / "releases.jsonl");
  fs::path zip_ = fs::absolute(dir_.path() / "releases.zip");
  int records_ = 0;
  std::atomic<int> analyzed_by_writer_ = 0;
  Analyzer analyzer_{testing::DataDir()};
};

TEST_F(LargeInputIngest, JsonLinesReadPastTheBudgetIndexLikeAWholeRead) {
  ExpectSameDatabase(jsonl_, jsonl_.string() + "#broken: \"text\" is not a string");
}

TEST_F(LargeInputIngest, ZipMembersReadPastTheBudgetIndexLikeAWholeRead) {
  ExpectSameDatabase(zip_, zip_.string() + "!/releases/broken.txt: binary content (NUL byte at offset 0)");
}

}  // namespace
}  // namespace gleaner
