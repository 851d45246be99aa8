// End-to-end tests of the gleaner binary: ingest the bundled samples and
// search them, extract JSON Lines whose offsets hold, and bad input that is
// reported file by file while the good files are still indexed.
#include <sys/stat.h>
#include <unistd.h>

#include <set>

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include "tests/reader_fixtures.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::RunGleaner;
using testing::ScratchDir;

std::vector<boost::json::object> JsonLines(const std::string& out) {
  std::vector<boost::json::object> lines;
  std::size_t begin = 0;
  while (begin < out.size()) {
    std::size_t end = out.find('\n', begin);
    if (end == std::string::npos) end = out.size();
    if (end > begin) lines.push_back(boost::json::parse(out.substr(begin, end - begin)).as_object());
    begin = end + 1;
  }
  return lines;
}

std::set<std::string> ResultFileNames(const CommandResult& result) {
  std::set<std::string> names;
  const boost::json::object out = boost::json::parse(result.out).as_object();
  for (const auto& hit : out.at("results").as_array()) {
    names.insert(fs::path(std::string(hit.as_object().at("path").as_string())).stem().string());
  }
  return names;
}

class SampleDatabase : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = new ScratchDir;
    db_ = (scratch_->path() / "db").string();
    ingest_ = RunGleaner({"ingest", "--db", db_, (testing::DataDir() / "samples").string()});
  }
  static void TearDownTestSuite() { delete scratch_; }

  static ScratchDir* scratch_;
  static std::string db_;
  static CommandResult ingest_;
};
ScratchDir* SampleDatabase::scratch_ = nullptr;
std::string SampleDatabase::db_;
CommandResult SampleDatabase::ingest_;

TEST_F(SampleDatabase, IngestIndexesEverySample) {
  ASSERT_EQ(ingest_.exit_code, 0) << ingest_.err;
  EXPECT_EQ(ingest_.err, "");
  std::size_t samples = 0;
  for (const auto& entry : fs::directory_iterator(testing::DataDir() / "samples")) {
    const std::string name = entry.path().filename().string();
    if (name.ends_with(".txt") || name.ends_with(".html")) ++samples;
  }
  EXPECT_GE(samples, 8u);
  EXPECT_NE(ingest_.out.find(std::to_string(samples) + " indexed, 0 unchanged, 0 failed"),
            std::string::npos)
      << ingest_.out;
}

TEST_F(SampleDatabase, ReingestSkipsUnchangedFiles) {
  const CommandResult again =
      RunGleaner({"ingest", "--db", db_, (testing::DataDir() / "samples").string()});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find(" 0 indexed, "), std::string::npos) << again.out;
  EXPECT_EQ(again.out.find(" 0 unchanged"), std::string::npos) << again.out;
  // Same document count before and after: replacing by id leaves no duplicates.
  const auto count_in = [](const std::string& summary) {
    const std::size_t at = summary.rfind("; ");
    return std::stoi(summary.substr(at + 2));
  };
  EXPECT_EQ(count_in(again.out), count_in(ingest_.out));
}

TEST_F(SampleDatabase, PhraseSearchFindsTheCommunityPolicingReleases) {
  const CommandResult result =
      RunGleaner({"search", "--db", db_, "--json", "\"community policing\""});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::set<std::string> names = ResultFileNames(result);
  EXPECT_TRUE(names.count("002_800bc796d5a9010c")) << result.out;  // OSCE Almaty seminar
  EXPECT_FALSE(names.count("000_64286484d667445d")) << result.out;  // LIVE seminar: no policing
  const boost::json::object out = boost::json::parse(result.out).as_object();
  for (const auto& hit : out.at("results").as_array()) {
    const std::string snippet(hit.as_object().at("snippet").as_string());
    EXPECT_NE(snippet.find("<b>"), std::string::npos) << snippet;
  }
}

TEST_F(SampleDatabase, DateRangeKeepsOnlyThatYear) {
  const CommandResult result =
      RunGleaner({"search", "--db", db_, "--json", "--limit", "50", "extremism date:2021..2021"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const boost::json::object out = boost::json::parse(result.out).as_object();
  ASSERT_FALSE(out.at("results").as_array().empty());
  for (const auto& hit : out.at("results").as_array()) {
    EXPECT_TRUE(std::string(hit.as_object().at("date").as_string()).starts_with("2021-"))
        << boost::json::serialize(hit);
  }
  EXPECT_TRUE(ResultFileNames(result).count("001_91dc4f99a95f924e"));
  EXPECT_FALSE(ResultFileNames(result).count("002_800bc796d5a9010c"));  // 2017
}

TEST_F(SampleDatabase, TextOutputShowsTitleDateAndMarkedSnippet) {
  const CommandResult result = RunGleaner({"search", "--db", db_, "--limit", "1", "Almaty"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("1. "), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("[Almaty]"), std::string::npos) << result.out;
}

TEST_F(SampleDatabase, ShowPrintsMetadataAndMentions) {
  const CommandResult result = RunGleaner({"show", "--db", db_, "001_91dc4f99a95f924e"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("date:    2021-10-15 (dateline)"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("October 15, 2021  = 2021-10-15"), std::string::npos) << result.out;

  const CommandResult json = RunGleaner({"show", "--db", db_, "--json", "001_91dc4f99a95f924e"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const boost::json::object record = boost::json::parse(json.out).as_object();
  EXPECT_EQ(record.at("date").as_string(), "2021-10-15");
  EXPECT_FALSE(record.at("mentions").as_array().empty());

  const CommandResult missing = RunGleaner({"show", "--db", db_, "no-such-doc"});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("gleaner: no-such-doc: no such document"), std::string::npos);
}

TEST_F(SampleDatabase, FacetsCountTheWholeResultSet) {
  const CommandResult result = RunGleaner(
      {"search", "--db", db_, "--json", "--limit", "1", "--facet", "country", "--facet", "year",
       "extremism"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const boost::json::object out = boost::json::parse(result.out).as_object();
  EXPECT_EQ(out.at("results").as_array().size(), 1u);
  const boost::json::object& facets = out.at("facets").as_object();
  std::int64_t years = 0;
  for (const auto& value : facets.at("year").as_array()) years += value.at("count").to_number<std::int64_t>();
  // Every dated match has one document year, though only one result is shown.
  const CommandResult all =
      RunGleaner({"search", "--db", db_, "--json", "--limit", "100", "extremism"});
  std::int64_t dated = 0;
  const boost::json::value all_results = boost::json::parse(all.out);
  for (const auto& hit : all_results.at("results").as_array()) {
    dated += hit.at("date").as_string().empty() ? 0 : 1;
  }
  EXPECT_GT(dated, 1);
  EXPECT_EQ(years, dated);
  bool kyrgyzstan = false;
  for (const auto& value : facets.at("country").as_array()) {
    kyrgyzstan |= value.at("value").as_string() == "kg";
  }
  EXPECT_TRUE(kyrgyzstan) << result.out;
  const CommandResult unknown = RunGleaner({"search", "--db", db_, "--facet", "colour", "x"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("unknown facet 'colour'"), std::string::npos) << unknown.err;
}

TEST_F(SampleDatabase, CsvFollowsRfc4180) {
  const CommandResult result =
      RunGleaner({"search", "--db", db_, "--format", "csv", "--limit", "3", "extremism"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(result.out.starts_with("rank,id,title,date,path,percent,snippet\r\n")) << result.out;
  // Parse it with Python's csv module: every row has the 7 columns.
  ScratchDir dir;
  testing::WriteFile(dir / "out.csv", result.out);
  const CommandResult parsed = testing::RunCommand(
      {"python3", "-c",
       "import csv,sys\nrows=list(csv.reader(open(sys.argv[1],newline='')))\n"
       "assert all(len(r)==7 for r in rows), rows\nprint(len(rows))",
       (dir / "out.csv").string()});
  ASSERT_EQ(parsed.exit_code, 0) << parsed.err;
  EXPECT_EQ(parsed.out, "4\n");
  const CommandResult facets = RunGleaner(
      {"search", "--db", db_, "--format", "csv", "--limit", "0", "--facet", "org", "policing"});
  EXPECT_TRUE(facets.out.starts_with("facet,value,documents\r\norg,")) << facets.out;
}

TEST_F(SampleDatabase, GeoJsonIsValid) {
  const CommandResult result =
      RunGleaner({"search", "--db", db_, "--format", "geojson", "extremism OR policing"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  ScratchDir dir;
  testing::WriteFile(dir / "places.geojson", result.out);
  // Validated by the geojson package (Debian python3-geojson), not by eye.
  const CommandResult check = testing::RunCommand(
      {"/usr/bin/python3", "-c",
       "import geojson,sys\nobj=geojson.load(open(sys.argv[1]))\n"
       "assert obj.is_valid, obj.errors()\nassert obj['type']=='FeatureCollection'\n"
       "names={f['properties']['name'] for f in obj['features']}\n"
       "assert 'Bishkek' in names, names\nprint(len(obj['features']))",
       (dir / "places.geojson").string()});
  ASSERT_EQ(check.exit_code, 0) << check.err << result.out;
  EXPECT_GE(std::stoi(check.out), 3);
}

std::int64_t Matches(const std::string& db, const std::string& query) {
  const CommandResult result = RunGleaner({"search", "--db", db, "--json", query});
  return boost::json::parse(result.out).at("estimated_matches").to_number<std::int64_t>();
}

TEST_F(SampleDatabase, TimelineCountsDocumentsAndMentionedMonths) {
  const CommandResult result = RunGleaner({"timeline", "--db", db_, "--json", "extremism"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const boost::json::value out = boost::json::parse(result.out);
  std::int64_t documents = 0;
  for (const auto& row : out.at("months").as_array()) {
    const std::string month(row.at("month").as_string());
    documents += row.at("documents").to_number<std::int64_t>();
    // Each figure equals a search for that month.
    EXPECT_EQ(row.at("documents").to_number<std::int64_t>(),
              Matches(db_, "extremism month:" + month.substr(0, 4) + month.substr(5)))
        << month;
    EXPECT_EQ(row.at("mentioned").to_number<std::int64_t>(),
              Matches(db_, "extremism mentioned:" + month))
        << month;
  }
  EXPECT_EQ(documents, Matches(db_, "extremism date:1900..2100"));
}

TEST_F(SampleDatabase, CooccurRanksByDiceWithTrueCounts) {
  const CommandResult result = RunGleaner({"cooccur", "--db", db_, "--json", "org:OSCE"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const boost::json::value out = boost::json::parse(result.out);
  const std::int64_t with_osce = Matches(db_, "org:OSCE");
  EXPECT_EQ(out.at("documents").to_number<std::int64_t>(), with_osce);
  const auto& rows = out.at("cooccurring").as_array();
  ASSERT_FALSE(rows.empty());
  double previous = 2;
  for (const auto& row : rows) {
    const std::string field(row.at("field").as_string());
    const std::string value(row.at("value").as_string());
    const std::int64_t together = row.at("documents_together").to_number<std::int64_t>();
    EXPECT_EQ(together, Matches(db_, "org:OSCE " + field + ":\"" + value + "\"")) << value;
    const double dice = row.at("dice").to_number<double>();
    const double other = row.at("documents_with_other").to_number<double>();
    EXPECT_NEAR(dice, 2.0 * together / (with_osce + other), 1e-9);
    EXPECT_LE(dice, previous);
    previous = dice;
  }
  EXPECT_EQ(RunGleaner({"cooccur", "--db", db_, "OSCE"}).exit_code, 2);
}

TEST_F(SampleDatabase, EntityListsVariantsAndDocuments) {
  const CommandResult result = RunGleaner({"entity", "--db", db_, "--json", "unodc"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const boost::json::value out = boost::json::parse(result.out);
  std::set<std::string> variants;
  for (const auto& v : out.at("variants").as_array()) variants.insert(std::string(v.at("text").as_string()));
  EXPECT_TRUE(variants.count("UNODC")) << result.out;
  const auto& documents = out.at("documents").as_array();
  EXPECT_GE(documents.size(), 2u);
  EXPECT_EQ(out.at("first_seen").as_string(), documents.front().at("date").as_string());
  EXPECT_LE(std::string(out.at("first_seen").as_string()), std::string(out.at("last_seen").as_string()));
  const CommandResult missing = RunGleaner({"entity", "--db", db_, "Atlantis Authority"});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("no such organization, place or person"), std::string::npos);
}

// The questions shown in the README, with the answers shown there.
TEST_F(SampleDatabase, ReadmeQuestions) {
  EXPECT_TRUE(ResultFileNames(RunGleaner({"search", "--db", db_, "--json",
                                          "\"community policing\" country:kz date:2017..2019 "
                                          "count:women>20"}))
                  .empty());
  const CommandResult policing = RunGleaner(
      {"search", "--db", db_, "--json", "--facet", "org", "--facet", "place", "--facet-limit", "0",
       "\"community policing\" country:kz date:2017..2019"});
  EXPECT_EQ(ResultFileNames(policing), std::set<std::string>{"002_800bc796d5a9010c"});
  const boost::json::value facets = boost::json::parse(policing.out).at("facets");
  std::set<std::string> orgs;
  for (const auto& v : facets.at("org").as_array()) orgs.insert(std::string(v.at("value").as_string()));
  EXPECT_TRUE(orgs.count("OSCE Programme Office in Astana")) << policing.out;
  EXPECT_TRUE(orgs.count("Embassy of Canada in Kazakhstan")) << policing.out;
  std::set<std::string> places;
  for (const auto& v : facets.at("place").as_array()) places.insert(std::string(v.at("value").as_string()));
  EXPECT_TRUE(places.count("Almaty")) << policing.out;

  EXPECT_EQ(ResultFileNames(RunGleaner({"search", "--db", db_, "--json", "count:women>=10"})),
            (std::set<std::string>{"000_64286484d667445d", "undp-almaty-youth-resilience-forum"}));
  const std::set<std::string> unodc =
      ResultFileNames(RunGleaner({"search", "--db", db_, "--json", "UNODC"}));
  EXPECT_TRUE(unodc.count("003_9c24a65fc0dcb9e5"));
  EXPECT_TRUE(unodc.count("004_27320356c4b62caf"));
  EXPECT_TRUE(unodc.count("unodc-tashkent-prison-radicalization-training"));
  EXPECT_EQ(ResultFileNames(RunGleaner({"search", "--db", db_, "--json", "mentioned:2021-09"})),
            std::set<std::string>{"001_91dc4f99a95f924e"});
}

TEST(Extract, OffsetsHoldOnEverySeed) {
  const CommandResult result = RunGleaner({"extract", testing::SeedsDir().string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::vector<boost::json::object> lines = JsonLines(result.out);
  ASSERT_FALSE(lines.empty());
  std::set<std::string> docs;
  for (const boost::json::object& line : lines) {
    const std::string doc(line.at("doc").as_string());
    docs.insert(doc);
    const std::string raw = testing::ReadFileOrDie(testing::SeedsDir() / (doc + ".txt"));
    const auto start = line.at("start").to_number<std::size_t>();
    const auto end = line.at("end").to_number<std::size_t>();
    ASSERT_LE(end, raw.size());
    EXPECT_EQ(raw.substr(start, end - start), line.at("text").as_string()) << doc;
    for (const char* key : {"type", "text", "value"}) EXPECT_TRUE(line.contains(key));
  }
  EXPECT_EQ(docs.size(), 5u);
}

TEST(Extract, DocDateAnchorsDocumentsWithoutOne) {
  ScratchDir dir;
  testing::WriteFile(dir / "note.txt", "The meeting in September 2019 was followed by another.\n");
  const CommandResult result = RunGleaner({"extract", "--doc-date", "2020-01-05", (dir / "note.txt").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::vector<boost::json::object> lines = JsonLines(result.out);
  ASSERT_EQ(lines.size(), 1u) << result.out;
  EXPECT_EQ(lines[0].at("doc").as_string(), "note");
  EXPECT_EQ(lines[0].at("value").as_string(), "2019-09");

  const CommandResult bad = RunGleaner({"extract", "--doc-date", "2020-13-45", (dir / "note.txt").string()});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("--doc-date"), std::string::npos) << bad.err;
}

TEST(Usage, OptionsMayStandBetweenPathsAndDashDashEndsThem) {
  ScratchDir dir;
  testing::WriteFile(dir / "first.txt", "The meeting in September 2019 was followed by another.\n");
  testing::WriteFile(dir / "-dash.txt", "Elections are due in March.\n");
  const CommandResult result =
      RunGleaner({"extract", (dir / "first.txt").string(), "--threads=1", "--doc-date",
                  "2020-01-05", "--", (dir / "-dash.txt").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::vector<boost::json::object> lines = JsonLines(result.out);
  ASSERT_EQ(lines.size(), 2u) << result.out;
  EXPECT_EQ(lines[0].at("doc").as_string(), "first");
  EXPECT_EQ(lines[1].at("doc").as_string(), "-dash");
  // "in March" in a note dated 5 January 2020 is the coming March.
  EXPECT_EQ(lines[1].at("value").as_string(), "2020-03");

  // A command taking one positional argument still refuses a second, and an
  // option's value is never taken for a path.
  EXPECT_EQ(RunGleaner({"show", "--db", (dir / "db").string(), "one", "two"}).exit_code, 2);
  const CommandResult missing_value = RunGleaner({"extract", (dir / "first.txt").string(), "--doc-date"});
  EXPECT_EQ(missing_value.exit_code, 2);
}

TEST(BadInput, EachBadFileGetsOneLineAndGoodFilesAreIndexed) {
  ScratchDir dir;
  const fs::path inputs = dir / "inputs";
  testing::WriteFile(inputs / "good.txt",
                     "Almaty, 30 November 2017 - Community policing seminar concluded.\n");
  testing::WriteFile(inputs / "invalid.txt", std::string("Bishkek \xC3\x28 broken\n"));
  testing::WriteFile(inputs / "empty.txt", "");
  testing::WriteFile(inputs / "binary.dat", std::string("\x7f" "ELF\0\0\x01\x02", 8));
  testing::WriteFile(inputs / "sub" / "also-good.html",
                     "<html><head><title>Second release</title></head>"
                     "<body><p>Dushanbe police trained 28 officers.</p></body></html>");
  const std::string db = (dir / "db").string();
  const CommandResult result = RunGleaner(
      {"ingest", "--db", db, inputs.string(), (dir / "does-not-exist").string()});
  EXPECT_EQ(result.exit_code, 1);
  const std::string prefix = "gleaner: " + inputs.string();
  EXPECT_NE(result.err.find(prefix + "/invalid.txt: invalid UTF-8 at byte 8\n"), std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find(prefix + "/empty.txt: empty file\n"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find(prefix + "/binary.dat: binary content"), std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("does-not-exist: no such file or directory"), std::string::npos)
      << result.err;
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 4) << result.err;
  EXPECT_NE(result.out.find("2 indexed, 0 unchanged, 4 failed"), std::string::npos) << result.out;

  const CommandResult search = RunGleaner({"search", "--db", db, "--json", "policing OR police"});
  ASSERT_EQ(search.exit_code, 0) << search.err;
  EXPECT_EQ(ResultFileNames(search), (std::set<std::string>{"good", "also-good"}));
}

// A member or file name may hold a newline or an escape sequence: printed
// raw it split one error into two lines (the second one forged, starting
// "gleaner: ") and coloured the terminal. Each failure stays one line, its
// control characters escaped, in extract, ingest and status alike.
TEST(BadInput, ControlCharactersInNamesAreEscapedOnTheErrorLine) {
  ScratchDir dir;
  const fs::path inputs = dir / "inputs";
  testing::WriteFile(
      inputs / "evil.zip",
      testing::MakeArchive(testing::ArchiveKind::kZip,
                           {{"good.txt", "Almaty, 30 November 2017 - Community policing seminar.\n"},
                            {"b\ngleaner: forged.txt: fake\x1b[31m.txt", std::string("NUL\0", 4)}}));
  testing::WriteFile(inputs / "line\rbreak.txt", "");
  const CommandResult extract = RunGleaner({"extract", inputs.string()});
  EXPECT_EQ(extract.exit_code, 1);
  EXPECT_EQ(std::count(extract.err.begin(), extract.err.end(), '\n'), 2) << extract.err;
  EXPECT_EQ(extract.err.find('\x1b'), std::string::npos) << extract.err;
  EXPECT_EQ(extract.err.find('\r'), std::string::npos) << extract.err;
  EXPECT_NE(extract.err.find("evil.zip!/b\\ngleaner: forged.txt: fake\\x1b[31m.txt: binary content"),
            std::string::npos) << extract.err;
  EXPECT_NE(extract.err.find("line\\rbreak.txt: empty file\n"), std::string::npos) << extract.err;
  EXPECT_NE(extract.out.find("\"text\":\"Almaty\""), std::string::npos) << extract.out;

  const std::string db = (dir / "db").string();
  const CommandResult ingest = RunGleaner({"ingest", "--db", db, inputs.string()});
  EXPECT_EQ(std::count(ingest.err.begin(), ingest.err.end(), '\n'), 2) << ingest.err;
  EXPECT_EQ(ingest.err.find('\x1b'), std::string::npos) << ingest.err;
  const CommandResult status = RunGleaner({"status", "--db", db});
  EXPECT_EQ(status.out.find('\x1b'), std::string::npos) << status.out;
  EXPECT_EQ(status.out.find('\r'), std::string::npos) << status.out;
  EXPECT_NE(status.out.find("evil.zip!/b\\ngleaner: forged.txt"), std::string::npos) << status.out;
  const CommandResult search = RunGleaner({"search", "--db", db, "--json", "policing"});
  ASSERT_EQ(search.exit_code, 0) << search.err;
  EXPECT_EQ(ResultFileNames(search), (std::set<std::string>{"evil"}));
}

// Root reads files whatever their mode, so as root the run drops to "nobody"
// with setpriv (util-linux) to make chmod 000 bite.
TEST(BadInput, UnreadableFileIsReportedAndSkipped) {
  ScratchDir dir;
  testing::WriteFile(dir / "in" / "secret.txt", "Tashkent, 5 May 2020 - closed meeting.\n");
  testing::WriteFile(dir / "in" / "open.txt", "Tashkent, 6 May 2020 - open meeting.\n");
  fs::permissions(dir.path(), fs::perms::all);
  fs::permissions(dir / "in", fs::perms::all);
  fs::permissions(dir / "in" / "secret.txt", fs::perms::none);
  std::vector<std::string> command;
  if (geteuid() == 0) {
    command = {"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"};
  }
  command.push_back(testing::GleanerBinary().string());
  command.insert(command.end(), {"ingest", "--db", (dir / "db").string(), (dir / "in").string()});
  const CommandResult result = testing::RunCommand(command);
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.err.find("secret.txt: cannot read: Permission denied\n"), std::string::npos)
      << result.err;
  EXPECT_NE(result.out.find("1 indexed"), std::string::npos) << result.out;
}

TEST(Usage, ErrorsExitWithStatusTwo) {
  EXPECT_EQ(RunGleaner({}).exit_code, 2);
  EXPECT_EQ(RunGleaner({"frobnicate"}).exit_code, 2);
  const CommandResult no_db = RunGleaner({"ingest", "somewhere"});
  EXPECT_EQ(no_db.exit_code, 2);
  EXPECT_NE(no_db.err.find("--db"), std::string::npos) << no_db.err;
  EXPECT_EQ(RunGleaner({"search", "--db", "/nonexistent/db", "x"}).exit_code, 2);
  EXPECT_EQ(RunGleaner({"search", "--db", "/tmp", "--bogus", "x"}).exit_code, 2);
  EXPECT_EQ(RunGleaner({"extract"}).exit_code, 2);
  for (const char* command : {"ingest", "search", "show", "extract"}) {
    const CommandResult help = RunGleaner({command, "--help"});
    EXPECT_EQ(help.exit_code, 0) << command;
    EXPECT_NE(help.out.find("usage: gleaner " + std::string(command)), std::string::npos);
  }
}

TEST(Usage, BadRulesAreAStartUpError) {
  ScratchDir dir;
  testing::WriteFile(dir / "rules" / "dates.rules", "rule broken (unclosed\n");
  testing::WriteFile(dir / "doc.txt", "Nothing here.\n");
  const CommandResult result =
      RunGleaner({"extract", "--data-dir", dir.path().string(), (dir / "doc.txt").string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("dates.rules:1:"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace gleaner
