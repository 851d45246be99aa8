// Saved alerts in-process: storage in the database's metadata (add, list,
// remove, fired pairs surviving a reopen) and matching against the seed
// releases, restricted to the documents a pass just indexed.
#include <algorithm>
#include <set>

#include <gtest/gtest.h>

#include "engine/alert_match.h"
#include "engine/alerts.h"
#include "engine/index.h"
#include "engine/query.h"
#include "engine/readers/reader.h"
#include "extractors/analyzer.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

namespace fs = std::filesystem;
using testing::ScratchDir;

// Indexes the seed releases into `db_dir`; returns their ids.
std::vector<std::string> IndexSeeds(const fs::path& db_dir) {
  const Analyzer analyzer(testing::DataDir());
  IndexWriter writer(db_dir);
  std::vector<std::string> errors;
  std::vector<std::string> ids;
  for (const fs::path& input : ListInputs({testing::SeedsDir().string()}, &errors)) {
    const Document doc = ReadDocument(input);
    writer.Add(doc, analyzer.Analyze(doc));
    ids.push_back(doc.id);
  }
  EXPECT_TRUE(errors.empty());
  writer.Commit();
  return ids;
}

// The seeds whose text names `word` (the organization extractor finds the
// acronym wherever it is written).
std::set<std::string> IdsMentioning(const std::vector<std::string>& ids, const std::string& word) {
  std::set<std::string> matching;
  for (const std::string& id : ids) {
    if (testing::ReadFileOrDie(id).find(word) != std::string::npos) matching.insert(id);
  }
  return matching;
}

TEST(AlertNames, LettersDigitsAndPunctuationOnly) {
  EXPECT_TRUE(IsValidAlertName("osce-central_asia.2"));
  EXPECT_FALSE(IsValidAlertName(""));
  EXPECT_FALSE(IsValidAlertName("two words"));
  EXPECT_FALSE(IsValidAlertName("a/b"));
  EXPECT_FALSE(IsValidAlertName(std::string(65, 'a')));
}

TEST(AlertStore, AddListRemoveSurviveReopening) {
  ScratchDir scratch;
  const fs::path db = scratch / "db";
  {
    AlertStore store(db);
    store.Add({"osce", "org:OSCE"});
    store.Add({"almaty", "place:Almaty extremism"});
    EXPECT_THROW(store.Add({"osce", "org:UNODC"}), AlertError);
    EXPECT_THROW(store.Add({"bad name", "org:UNODC"}), AlertError);
    store.Commit();
  }
  {
    const std::vector<Alert> alerts = ListAlerts(Xapian::Database(db.string()));
    ASSERT_EQ(alerts.size(), 2u);
    EXPECT_EQ(alerts[0].name, "almaty");
    EXPECT_EQ(alerts[0].query, "place:Almaty extremism");
    EXPECT_EQ(alerts[1].name, "osce");
    EXPECT_EQ(alerts[1].query, "org:OSCE");
  }
  AlertStore store(db);
  EXPECT_TRUE(store.Remove("almaty"));
  EXPECT_FALSE(store.Remove("almaty"));
  store.Commit();
  ASSERT_EQ(store.List().size(), 1u);
  EXPECT_EQ(store.List()[0].name, "osce");
}

// `gleaner alert add` on a new folder creates the database too; a kill in
// the middle of that creation (empty tables, no `iamglass`) must not block
// the next `alert add` for good.
TEST(AlertStore, ACreationKilledMidwayIsCreatedAgain) {
  ScratchDir scratch;
  const fs::path db = scratch / "db";
  testing::WriteFile(db / "postlist.glass", "");
  testing::WriteFile(db / "termlist.glass", "");
  {
    AlertStore store(db);
    store.Add({"osce", "org:OSCE"});
    store.Commit();
  }
  ASSERT_EQ(ListAlerts(Xapian::Database(db.string())).size(), 1u);
}

TEST(AlertStore, BadQueryIsRejectedWithItsColumn) {
  ScratchDir scratch;
  AlertStore store(scratch / "db");
  try {
    store.Add({"broken", "org:OSCE nosuchfield:x"});
    FAIL() << "an unknown field was accepted";
  } catch (const QueryError& e) {
    EXPECT_NE(std::string(e.what()).find("column 10"), std::string::npos) << e.what();
  }
  EXPECT_THROW(store.Add({"unbalanced", "\"violent extremism"}), QueryError);
  EXPECT_TRUE(store.List().empty());
}

TEST(AlertStore, FiredPairsAreDurableAndForgottenWithTheAlert) {
  ScratchDir scratch;
  const fs::path db = scratch / "db";
  const std::string long_id = "/data/" + std::string(400, 'x') + ".txt";  // over Xapian's key limit
  {
    AlertStore store(db);
    store.Add({"osce", "org:OSCE"});
    store.MarkFired("osce", long_id);
    store.Commit();
  }
  {
    AlertStore store(db);
    EXPECT_TRUE(store.HasFired("osce", long_id));
    EXPECT_FALSE(store.HasFired("osce", "/data/other.txt"));
    EXPECT_FALSE(store.HasFired("unodc", long_id));
    store.Remove("osce");
    store.Add({"osce", "org:OSCE"});
    store.Commit();
    EXPECT_FALSE(store.HasFired("osce", long_id));
  }
}

TEST(MatchAlert, OrganizationAlertFindsTheSeedsNamingIt) {
  ScratchDir scratch;
  const std::vector<std::string> ids = IndexSeeds(scratch / "db");
  ASSERT_FALSE(ids.empty());
  const Xapian::Database db((scratch / "db").string());
  for (const std::string org : {"OSCE", "UNODC"}) {
    const std::set<std::string> expected = IdsMentioning(ids, org);
    ASSERT_FALSE(expected.empty()) << org;
    ASSERT_LT(expected.size(), ids.size()) << org << " should match only some seeds";
    const std::vector<AlertMatch> matches = MatchAlert(db, {"watch", "org:" + org}, ids);
    std::set<std::string> got;
    for (const AlertMatch& match : matches) {
      got.insert(match.doc_id);
      EXPECT_EQ(match.alert, "watch");
      EXPECT_FALSE(match.title.empty());
      // The entity the query named explains the match.
      ASSERT_FALSE(match.entities.empty());
      EXPECT_EQ(match.entities[0].type, "org");
      EXPECT_EQ(match.entities[0].value, org);
    }
    EXPECT_EQ(got, expected) << org;
  }
}

TEST(MatchAlert, OnlyTheNewDocumentsAreConsidered) {
  ScratchDir scratch;
  const std::vector<std::string> ids = IndexSeeds(scratch / "db");
  const Xapian::Database db((scratch / "db").string());
  const std::set<std::string> osce = IdsMentioning(ids, "OSCE");
  ASSERT_FALSE(osce.empty());
  const std::string one = *osce.begin();
  const std::vector<AlertMatch> matches = MatchAlert(db, {"osce", "org:OSCE"}, {one});
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(matches[0].doc_id, one);
  EXPECT_TRUE(MatchAlert(db, {"osce", "org:OSCE"}, {}).empty());
}

TEST(MatchAlert, FreeTextAlertReportsTheMainEntities) {
  ScratchDir scratch;
  const std::vector<std::string> ids = IndexSeeds(scratch / "db");
  const Xapian::Database db((scratch / "db").string());
  const std::vector<AlertMatch> matches = MatchAlert(db, {"pve", "\"violent extremism\""}, ids);
  ASSERT_FALSE(matches.empty());
  for (const AlertMatch& match : matches) {
    const std::string text = testing::ReadFileOrDie(match.doc_id);
    ASSERT_FALSE(match.entities.empty()) << match.doc_id;
    for (const MatchedEntity& entity : match.entities) {
      EXPECT_TRUE(entity.type == "org" || entity.type == "place" || entity.type == "person");
    }
    const boost::json::object json = AlertMatchToJson(match);
    EXPECT_EQ(json.at("alert").as_string(), "pve");
    EXPECT_EQ(json.at("id").as_string(), match.doc_id);
    EXPECT_EQ(json.at("entities").as_array().size(), match.entities.size());
  }
}

}  // namespace
}  // namespace gleaner
