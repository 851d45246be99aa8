// A large multi-document input (JSON Lines of the seed releases) ingested
// with a small in-flight budget: the documents past the budget are analyzed
// by the writer one at a time, and the database comes out exactly as when the
// workers analyze everything; a bad record among them is one member error.
#include <map>
#include <string>
#include <vector>

#include <boost/json.hpp>
#include <gtest/gtest.h>
#include <xapian.h>

#include "engine/index.h"
#include "engine/ingest.h"
#include "extractors/analyzer.h"
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
    int records = 0;
    for (int copy = 0; copy < 8; ++copy) {
      for (const auto& entry : fs::directory_iterator(testing::SeedsDir())) {
        if (entry.path().extension() != ".txt") continue;
        boost::json::object record;
        record["id"] = entry.path().stem().string() + "-" + std::to_string(copy);
        record["text"] = testing::ReadFileOrDie(entry.path()) + "\nCopy " + std::to_string(copy);
        lines += boost::json::serialize(record) + "\n";
        if (++records == 7) lines += "{\"id\": \"broken\", \"text\": 12}\n";
      }
    }
    ASSERT_GE(records, 24);
    records_ = records;
    testing::WriteFile(input_, lines);
  }

  IngestReport Ingest(const fs::path& db_dir, std::uint64_t in_flight_bytes,
                      std::vector<std::string>* errors) {
    IndexWriter writer(db_dir);
    IngestOptions options;
    options.threads = 2;
    options.in_flight_bytes = in_flight_bytes;
    options.commit_bytes = 16 << 10;  // several commits inside the one input
    IngestEvents events;
    events.on_error = [&](const std::string& subject, const std::string& reason) {
      errors->push_back(subject + ": " + reason);
    };
    const AnalyzeFunction analyze = [this](const Document& doc) {
      return analyzer_.Analyze(doc);
    };
    return IngestPaths(writer, {input_.string()}, analyze, options, events);
  }

  ScratchDir dir_;
  fs::path input_ = fs::absolute(dir_.path() / "releases.jsonl");
  int records_ = 0;
  Analyzer analyzer_{testing::DataDir()};
};

TEST_F(LargeInputIngest, WriterAnalyzedDocumentsAreIndexedLikeWorkerAnalyzedOnes) {
  std::vector<std::string> errors_all_ahead;
  const IngestReport all_ahead = Ingest(dir_.path() / "ahead", 64u << 20, &errors_all_ahead);
  std::vector<std::string> errors_deferred;
  const IngestReport deferred = Ingest(dir_.path() / "deferred", 8u << 10, &errors_deferred);

  EXPECT_EQ(deferred.summary.documents_indexed, static_cast<std::size_t>(records_));
  EXPECT_EQ(deferred.summary.member_failures, 1u);
  EXPECT_EQ(deferred.changed_ids, all_ahead.changed_ids);
  ASSERT_EQ(errors_deferred.size(), 1u);
  EXPECT_EQ(errors_deferred, errors_all_ahead);
  EXPECT_EQ(errors_deferred[0], input_.string() + "#broken: \"text\" is not a string");

  const auto terms_ahead = TermsById(dir_.path() / "ahead");
  const auto terms_deferred = TermsById(dir_.path() / "deferred");
  ASSERT_EQ(terms_ahead.size(), static_cast<std::size_t>(records_));
  EXPECT_EQ(terms_deferred, terms_ahead);
  // The entities of a late record came from the analysis done by the writer.
  const std::string& late = deferred.changed_ids.back();
  bool has_organization = false;
  for (const std::string& term : terms_deferred.at(late)) {
    has_organization = has_organization || term.starts_with(schema::kOrganization);
  }
  EXPECT_TRUE(has_organization) << late;
}

}  // namespace
}  // namespace gleaner
