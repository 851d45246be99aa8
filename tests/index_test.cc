// Index round trip: a document written with IndexWriter comes back from
// Searcher with its metadata and mentions, ids are unique, the schema's
// fields and date ranges filter, and Xapian's own tools read the database.
#include <cstdio>
#include <map>

#include <gtest/gtest.h>

#include "engine/index.h"
#include "engine/search.h"
#include "extractors/analyzer.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

using testing::ScratchDir;

bool HasTerm(const Xapian::Database& db, Xapian::docid docid, const std::string& term) {
  Xapian::TermIterator it = db.termlist_begin(docid);
  it.skip_to(term);
  return it != db.termlist_end(docid) && *it == term;
}

Document MakeDocument(const std::string& name, const std::string& text, const std::string& date) {
  Document doc;
  doc.id = "/corpus/" + name + ".txt";
  doc.source_path = doc.id;
  doc.format = "text";
  doc.raw = text;
  doc.text = text;
  doc.title = text.substr(0, text.find('\n'));
  doc.date = date;
  doc.date_source = DateSource::kFirstDate;
  doc.content_hash = ContentHash(text);
  return doc;
}

Analysis AnalysisWithDate(const Document& doc, std::size_t start, std::size_t end,
                          const std::string& value) {
  Analysis analysis;
  analysis.date = doc.date;
  analysis.date_source = doc.date_source;
  Mention mention;
  mention.type = MentionType::kDate;
  mention.start = start;
  mention.end = end;
  mention.text = doc.text.substr(start, end - start);
  mention.value = value;
  mention.attributes["rule"] = "day_month_year";
  analysis.mentions.push_back(mention);
  analysis.years_mentioned = {std::stoi(value.substr(0, 4))};
  return analysis;
}

class IndexTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string policing =
        "OSCE organizes seminar on community policing in Kazakhstan\n"
        "The seminar concluded in Almaty on 30 November 2017 with police and citizens.";
    const std::string youth =
        "Youth resilience forum\nYoung leaders met in Bishkek on 15 October 2021 to discuss "
        "prevention of violent extremism online.";
    policing_ = MakeDocument("policing", policing, "2017-11-30");
    youth_ = MakeDocument("youth", youth, "2021-10-15");
    IndexWriter writer(dir_.path());
    writer.Add(policing_, AnalysisWithDate(policing_, policing.find("30 November"),
                                           policing.find("30 November") + 16, "2017-11-30"));
    writer.Add(youth_, AnalysisWithDate(youth_, youth.find("15 October"),
                                        youth.find("15 October") + 15, "2021-10-15"));
    writer.Commit();
  }

  std::vector<std::string> Ids(const std::string& query) {
    SearchRequest request;
    request.query = query;
    std::vector<std::string> ids;
    for (const SearchHit& hit : Searcher(dir_.path()).Search(request).hits) ids.push_back(hit.id);
    return ids;
  }

  ScratchDir dir_;
  Document policing_;
  Document youth_;
};

TEST_F(IndexTest, StoredDocumentRoundTrips) {
  const std::optional<StoredDocument> stored = Searcher(dir_.path()).Find(policing_.id);
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->document.id, policing_.id);
  EXPECT_EQ(stored->document.title, policing_.title);
  EXPECT_EQ(stored->document.text, policing_.text);
  EXPECT_EQ(stored->document.date, "2017-11-30");
  EXPECT_EQ(stored->document.date_source, DateSource::kFirstDate);
  EXPECT_EQ(stored->document.content_hash, policing_.content_hash);
  ASSERT_EQ(stored->analysis.mentions.size(), 1u);
  const Mention& mention = stored->analysis.mentions[0];
  EXPECT_EQ(mention.text, "30 November 2017");
  EXPECT_EQ(mention.value, "2017-11-30");
  EXPECT_EQ(policing_.text.substr(mention.start, mention.end - mention.start), mention.text);
  EXPECT_EQ(mention.attributes.at("rule"), "day_month_year");
  EXPECT_EQ(stored->analysis.years_mentioned, std::vector<int>{2017});
}

TEST_F(IndexTest, FindsByFileNameToo) {
  const std::optional<StoredDocument> stored = Searcher(dir_.path()).Find("youth");
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->document.id, youth_.id);
  EXPECT_FALSE(Searcher(dir_.path()).Find("no-such-document").has_value());
}

TEST_F(IndexTest, ArchiveMembersAreFoundByTheirOwnFileNameAndTheArchives) {
  Document member = MakeDocument("member", "Border guards trained\nBorder guards trained in Osh.",
                                 "2019-05-02");
  member.source_path = "/corpus/releases.zip";
  member.id = "/corpus/releases.zip!/2019/border-guards.html";
  {
    IndexWriter writer(dir_.path());
    writer.Add(member, Analysis());
    writer.Commit();
  }
  EXPECT_EQ(Ids("file:border-guards"), std::vector<std::string>{member.id});
  EXPECT_EQ(Ids("file:releases"), std::vector<std::string>{member.id});
  EXPECT_TRUE(Ids("file:2019").empty());
}

TEST_F(IndexTest, ReplacingTheSameIdKeepsOneDocument) {
  {
    IndexWriter writer(dir_.path());
    EXPECT_EQ(writer.StoredHash(youth_.id), youth_.content_hash);
    Document changed = youth_;
    changed.text += " A follow-up meeting is planned.";
    changed.content_hash = ContentHash(changed.text);
    writer.Add(changed, Analysis{});
    writer.Commit();
    EXPECT_EQ(writer.size(), 2u);
    EXPECT_EQ(writer.StoredHash(youth_.id), changed.content_hash);
  }
  EXPECT_EQ(Ids("follow-up"), std::vector<std::string>{youth_.id});
}

TEST_F(IndexTest, StemmedTextPhrasesAndFields) {
  EXPECT_EQ(Ids("policing"), std::vector<std::string>{policing_.id});
  EXPECT_EQ(Ids("\"community policing\""), std::vector<std::string>{policing_.id});
  EXPECT_EQ(Ids("leader"), std::vector<std::string>{youth_.id});  // stem of "leaders"
  EXPECT_EQ(Ids("title:forum"), std::vector<std::string>{youth_.id});
  EXPECT_TRUE(Ids("title:almaty").empty());  // in the body, not the title
  EXPECT_EQ(Ids("seminar OR forum").size(), 2u);
  EXPECT_EQ(Ids("seminar NOT almaty").size(), 0u);
  EXPECT_EQ(Ids("bish*"), std::vector<std::string>{youth_.id});
  EXPECT_EQ(Ids("file:policing"), std::vector<std::string>{policing_.id});
  EXPECT_EQ(Ids("year:2021"), std::vector<std::string>{youth_.id});
  EXPECT_EQ(Ids("mentioned:2017"), std::vector<std::string>{policing_.id});
}

TEST_F(IndexTest, DateRangesFilterOnTheDocumentDate) {
  EXPECT_EQ(Ids("date:2021..2021"), std::vector<std::string>{youth_.id});
  EXPECT_EQ(Ids("date:2017-11..2017-11"), std::vector<std::string>{policing_.id});
  EXPECT_EQ(Ids("date:2017-11-30..2017-11-30"), std::vector<std::string>{policing_.id});
  EXPECT_TRUE(Ids("date:2017-12-01..2021-10-14").empty());
  EXPECT_EQ(Ids("date:2018.."), std::vector<std::string>{youth_.id});
  EXPECT_EQ(Ids("date:..2018"), std::vector<std::string>{policing_.id});
  EXPECT_EQ(Ids("seminar date:2010..2030"), std::vector<std::string>{policing_.id});
}

TEST_F(IndexTest, SnippetsMarkTheMatchedWords) {
  SearchRequest request;
  request.query = "police";
  const SearchResults results = Searcher(dir_.path()).Search(request);
  ASSERT_EQ(results.hits.size(), 1u);
  EXPECT_NE(results.hits[0].snippet.find("<b>police</b>"), std::string::npos)
      << results.hits[0].snippet;
  EXPECT_EQ(results.hits[0].date, "2017-11-30");
}

TEST_F(IndexTest, NewestFirstOrdersByDate) {
  SearchRequest request;
  request.query = "in";
  request.order = SortOrder::kDateNewestFirst;
  const SearchResults results = Searcher(dir_.path()).Search(request);
  ASSERT_EQ(results.hits.size(), 2u);
  EXPECT_EQ(results.hits[0].id, youth_.id);
  request.order = SortOrder::kDateOldestFirst;
  EXPECT_EQ(Searcher(dir_.path()).Search(request).hits[0].id, policing_.id);
}

TEST_F(IndexTest, BadQueriesAndDatabasesAreErrors) {
  SearchRequest request;
  request.query = "date:2019..soon";
  EXPECT_THROW(Searcher(dir_.path()).Search(request), QueryError);
  request.query = "\"unterminated AND (";
  // Xapian's parser recovers from most syntax errors; whatever it does, it must not crash.
  EXPECT_NO_FATAL_FAILURE({
    try {
      Searcher(dir_.path()).Search(request);
    } catch (const QueryError&) {
    }
  });
  EXPECT_THROW(Searcher(dir_ / "missing"), IndexError);
  testing::WriteFile(dir_ / "junk" / "iamglass", "not a database");
  EXPECT_THROW(Searcher(dir_ / "junk"), IndexError);
}

// A kill while Glass creates a database leaves empty table files and no
// `iamglass`; the next run must create the database anyway, as the kill -9
// test in ingest_crash_test found on a slow machine. Tables with bytes in
// them are someone's data and are never removed.
TEST_F(IndexTest, ACreationKilledMidwayIsCreatedAgainButDataIsKept) {
  const std::filesystem::path interrupted = dir_ / "interrupted";
  for (const char* table : {"postlist.glass", "termlist.glass", "docdata.glass"}) {
    testing::WriteFile(interrupted / table, "");
  }
  testing::WriteFile(interrupted / "flintlock", "");
  {
    IndexWriter writer(interrupted);
    writer.Add(policing_, Analysis{});
    writer.Commit();
  }
  EXPECT_EQ(Xapian::Database(interrupted.string()).get_doccount(), 1u);

  const std::filesystem::path damaged = dir_ / "damaged";
  testing::WriteFile(damaged / "postlist.glass", std::string(8192, 'x'));
  EXPECT_THROW(IndexWriter{damaged}, IndexError);
  EXPECT_EQ(std::filesystem::file_size(damaged / "postlist.glass"), 8192u);
}

std::string RunShell(const std::string& command, int* status) {
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) throw std::runtime_error("cannot run " + command);
  std::string output;
  char buffer[4096];
  while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
  *status = pclose(pipe);
  return output;
}

TEST_F(IndexTest, SpellingDataHoldsWordsNotFiguresAndCommitsWithTheDocuments) {
  const auto spellings_of = [](const std::filesystem::path& dir) {
    const Xapian::Database db(dir.string());
    std::map<std::string, Xapian::doccount> spellings;
    for (Xapian::TermIterator word = db.spellings_begin(); word != db.spellings_end(); ++word) {
      spellings[*word] = word.get_termfreq();
    }
    return spellings;
  };
  std::map<std::string, Xapian::doccount> spellings = spellings_of(dir_.path());
  // Every indexed occurrence counts: the title (indexed as title and as text),
  // the title line the text starts with, and "The seminar concluded".
  EXPECT_EQ(spellings["seminar"], 3u);
  EXPECT_EQ(spellings["bishkek"], 1u);
  EXPECT_FALSE(spellings.contains("2017"));
  EXPECT_FALSE(spellings.contains("30"));
  EXPECT_EQ(Xapian::Database(dir_.path().string()).get_spelling_suggestion("seminr"), "seminar");

  // Words added after the last commit are not in the database yet.
  {
    IndexWriter writer(dir_.path());
    writer.Add(MakeDocument("nomad", "Nomadic herders\nHerders gathered.", "2020-01-01"),
               Analysis());
    EXPECT_FALSE(spellings_of(dir_.path()).contains("herders"));
    writer.Commit();
  }
  EXPECT_EQ(spellings_of(dir_.path())["herders"], 3u);

  // A removed or changed document takes its words' counts with it: a word
  // left in no document is no longer suggested.
  {
    IndexWriter writer(dir_.path());
    EXPECT_TRUE(writer.Remove("/corpus/nomad.txt"));
    Document changed = youth_;
    changed.text = "Youth resilience forum\nYoung leaders met online.";
    changed.content_hash = ContentHash(changed.text);
    writer.Add(changed, Analysis());
    writer.Commit();
  }
  spellings = spellings_of(dir_.path());
  EXPECT_FALSE(spellings.contains("herders"));
  EXPECT_FALSE(spellings.contains("bishkek"));
  EXPECT_EQ(spellings["leaders"], 1u);
  EXPECT_EQ(spellings["seminar"], 3u);
  EXPECT_EQ(Xapian::Database(dir_.path().string()).get_spelling_suggestion("herdrs"), "");
}

TEST_F(IndexTest, XapianToolsReadTheDatabase) {
  int status = -1;
  std::string output = RunShell("xapian-delve -t Y2017 " + dir_.path().string(), &status);
  ASSERT_EQ(status, 0) << output;
  EXPECT_NE(output.find("Posting List for term 'Y2017'"), std::string::npos) << output;

  output = RunShell("quest -d " + dir_.path().string() + " community", &status);
  ASSERT_EQ(status, 0) << output;
  EXPECT_NE(output.find("Parsed Query: Query(Zcommuniti@1)"), std::string::npos) << output;
  EXPECT_NE(output.find("MSet:"), std::string::npos) << output;
  EXPECT_NE(output.find("/corpus/policing.txt"), std::string::npos) << output;
}

// A text longer than the record keeps (a release repeated past 4 MiB, then
// another one): the record holds the start and its mentions, and says how
// long the whole was; the words and entities of the end are indexed all the
// same, so search and facets find them.
TEST(LongDocumentIndexTest, WordsAndEntitiesPastTheStoredTextAreIndexed) {
  const std::string head =
      "The seminar concluded in Almaty on 30 November 2017 with 40 police officers.\n";
  const std::string tail =
      "Young leaders met in Bishkek on 15 October 2021 to discuss prevention of violent "
      "extremism online.\n";
  std::string text;
  while (text.size() <= kMaxStoredTextBytes) text += head;
  text += tail;
  const Document doc = MakeDocument("long", text, "2017-11-30");
  const Analysis analysis = Analyzer(testing::DataDir()).Analyze(doc);

  ScratchDir dir;
  {
    IndexWriter writer(dir.path());
    writer.Add(doc, analysis);
    writer.Commit();
  }
  const Searcher searcher(dir.path());
  const std::optional<StoredDocument> stored = searcher.Find(doc.id);
  ASSERT_TRUE(stored.has_value());
  EXPECT_LE(stored->document.text.size(), kMaxStoredTextBytes);
  EXPECT_TRUE(text.starts_with(stored->document.text));
  EXPECT_EQ(stored->whole_text_bytes, text.size());
  EXPECT_EQ(stored->whole_mention_count, analysis.mentions.size());
  EXPECT_LT(stored->analysis.mentions.size(), analysis.mentions.size());
  for (const Mention& mention : stored->analysis.mentions) {
    ASSERT_NE(mention.text, "Bishkek");
  }

  SearchRequest request;
  request.query = "Bishkek extremism";
  const SearchResults result = searcher.Search(request);
  ASSERT_EQ(result.hits.size(), 1u);
  EXPECT_EQ(result.hits[0].id, doc.id);
  const Xapian::Database db(dir.path().string());
  EXPECT_TRUE(HasTerm(db, 1, BooleanTerm(schema::kPlace, "Bishkek")));
  EXPECT_TRUE(HasTerm(db, 1, BooleanTerm(schema::kMentionedYear, "2021")));
}

// The terms (with wdf and positions), values and record of a document.
std::string DescribeXapianDocument(const Xapian::Document& xdoc) {
  std::string described;
  for (Xapian::TermIterator term = xdoc.termlist_begin(); term != xdoc.termlist_end(); ++term) {
    described += *term + " " + std::to_string(term.get_wdf()) + ":";
    for (Xapian::PositionIterator at = term.positionlist_begin();
         at != term.positionlist_end(); ++at) {
      described += " " + std::to_string(*at);
    }
    described += "\n";
  }
  for (Xapian::ValueIterator value = xdoc.values_begin(); value != xdoc.values_end(); ++value) {
    described += "value " + std::to_string(value.get_valueno()) + " " + *value + "\n";
  }
  return described + xdoc.get_data();
}

// Fed a long text's analysis part by part, as ingest's workers feed it, the
// builder makes the document and synonyms PrepareDocument makes of the
// whole analysis.
TEST(LongDocumentIndexTest, DocumentBuiltFromPartsIsTheWholeAnalysisDocument) {
  const Document doc = MakeDocument(
      "long", testing::LongTextOfReleases(kMaxAnalyzedPartBytes * 5 / 2), "2023-03-22");
  const Analyzer analyzer(testing::DataDir());
  const PreparedDocument expected = PrepareDocument(doc, analyzer.Analyze(doc));

  XapianDocumentBuilder builder(doc);
  int parts = 0;
  analyzer.AnalyzeInParts(doc, [&](Analysis&& part) {
    builder.AddPart(part);
    ++parts;
  });
  const PreparedDocument built = builder.Finish();
  EXPECT_EQ(parts, 3);
  EXPECT_EQ(built.synonyms, expected.synonyms);
  EXPECT_FALSE(built.synonyms.empty());
  const std::string described = DescribeXapianDocument(built.xapian_document);
  EXPECT_NE(described.find(BooleanTerm(schema::kPlace, "Osh")), std::string::npos);
  EXPECT_TRUE(described == DescribeXapianDocument(expected.xapian_document));
}

}  // namespace
}  // namespace gleaner
