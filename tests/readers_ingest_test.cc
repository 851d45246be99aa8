// End-to-end check of the readers through `gleaner ingest` (RunGleaner): a
// folder mixing every format plus truncated, corrupt and hostile files. Each
// bad file or member gets one error line "gleaner: PATH: reason"; everything
// else is indexed and searchable, with member ids in the results.
#include <gtest/gtest.h>

#include <algorithm>
#include <boost/json.hpp>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "tests/reader_fixtures.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

namespace fs = std::filesystem;
using ::gleaner::testing::ArchiveKind;
using ::gleaner::testing::CommandResult;
using ::gleaner::testing::MakeArchive;
using ::gleaner::testing::RunGleaner;
using ::gleaner::testing::ScratchDir;
using ::gleaner::testing::WriteFile;

fs::path ReaderData(const std::string& name) {
  return ::gleaner::testing::SourceDir() / "tests" / "data" / "readers" / name;
}

// The ids of the documents a search returns.
std::set<std::string> SearchIds(const std::string& db, const std::string& query) {
  const CommandResult result = RunGleaner({"search", "--db", db, "--json", query});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  std::set<std::string> ids;
  const boost::json::object out = boost::json::parse(result.out).as_object();
  for (const auto& hit : out.at("results").as_array()) {
    ids.insert(std::string(hit.as_object().at("id").as_string()));
  }
  return ids;
}

std::size_t CountLines(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

TEST(IngestFormats, MixedFolderIndexesGoodFilesAndNamesEachBadOne) {
  ScratchDir scratch;
  const fs::path in = scratch / "in";
  fs::create_directories(in / "feeds");
  fs::copy_file(ReaderData("news.rss"), in / "feeds" / "news.rss");
  fs::copy_file(ReaderData("billion-laughs.rss"), in / "feeds" / "billion-laughs.rss");
  fs::copy_file(ReaderData("reuters-sample.sgm"), in / "wire.sgm");
  fs::copy_file(ReaderData("multipart.eml"), in / "mail.eml");
  WriteFile(in / "latin1.txt", "Le s\xE9minaire de Bichkek s'est tenu \xE0 l'universit\xE9.\n");
  WriteFile(in / "records.jsonl",
            "{\"id\": \"r1\", \"text\": \"Khorog border crossing reopened.\"}\n"
            "{\"id\": \"r2\"}\n");
  WriteFile(in / "report.pdf",
            ::gleaner::testing::MakePdf({"Karakol water project funded by the ADB."},
                                        "Karakol water", "D:20220110"));
  const std::string pdf = ::gleaner::testing::MakePdf({"Naryn text"}, "Naryn", "D:20220110");
  WriteFile(in / "half.pdf", pdf.substr(0, pdf.size() / 3));
  WriteFile(in / "minutes.docx",
            ::gleaner::testing::MakeDocx({"Minutes of the Termez meeting."}, "Termez minutes",
                                         "2022-04-04T00:00:00Z"));
  WriteFile(in / "bundle.zip",
            MakeArchive(ArchiveKind::kZip,
                        {{"pages/jalalabad.html",
                          "<html><head><title>Jalal-Abad</title></head>"
                          "<body><p>Jalal-Abad clinic opened.</p></body></html>"},
                         {"pages/broken.bin", std::string("\0\1\2\3", 4)}}));
  WriteFile(in / "bomb.zip",
            MakeArchive(ArchiveKind::kZip, {{"zeros.txt", std::string(20u << 20, '0')}}));

  const std::string db = (scratch / "db").string();
  const CommandResult result = RunGleaner({"ingest", "--db", db, in.string()});
  EXPECT_EQ(result.exit_code, 1);  // some inputs failed

  const std::string prefix = "gleaner: " + in.string();
  const std::vector<std::string> expected_errors = {
      prefix + "/bomb.zip: member zeros.txt: expands more than 100x the ",
      prefix + "/bundle.zip!/pages/broken.bin: binary content (NUL byte at offset 0)\n",
      prefix + "/feeds/billion-laughs.rss: ",
      prefix + "/feeds/news.rss#3: feed item has no title or text\n",
      prefix + "/half.pdf: ",
      prefix + "/records.jsonl#r2: no text (fields text, body or content)\n",
      prefix + "/wire.sgm#105: record cut short (no </REUTERS>)\n",
  };
  for (const std::string& error : expected_errors) {
    EXPECT_NE(result.err.find(error), std::string::npos) << error << "\nin:\n" << result.err;
  }
  EXPECT_EQ(CountLines(result.err), expected_errors.size()) << result.err;

  // 8 inputs indexed, 3 failed whole (zip bomb, billion laughs, half PDF); 12
  // documents: 2 feed items + 4 wire records + mail + latin1 + 1 record + pdf
  // + docx + 1 zip member; 4 members failed (feed item, record, wire record,
  // zip member).
  EXPECT_NE(result.out.find("8 indexed, 0 unchanged, 3 failed"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("12 documents indexed"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("4 members failed"), std::string::npos) << result.out;

  // `gleaner status` lists the failed inputs and, per input, the failed members.
  const CommandResult status = RunGleaner({"status", "--db", db});
  ASSERT_EQ(status.exit_code, 0) << status.err;
  EXPECT_NE(status.out.find("\nfailed inputs (3):\n"), std::string::npos) << status.out;
  EXPECT_NE(status.out.find("\ninputs with failed members (4):\n"), std::string::npos)
      << status.out;
  EXPECT_NE(status.out.find("  " + in.string() + "/bundle.zip: 1 of 2 members failed\n    " +
                            in.string() +
                            "/bundle.zip!/pages/broken.bin: binary content (NUL byte at offset 0)\n"),
            std::string::npos)
      << status.out;
  EXPECT_NE(status.out.find("    " + in.string() + "/wire.sgm#105: record cut short (no </REUTERS>)\n"),
            std::string::npos)
      << status.out;

  EXPECT_EQ(SearchIds(db, "policing"), std::set<std::string>{in.string() + "/feeds/news.rss#1"});
  EXPECT_EQ(SearchIds(db, "wheat"), std::set<std::string>{in.string() + "/wire.sgm#101"});
  EXPECT_EQ(SearchIds(db, "café"), std::set<std::string>{in.string() + "/mail.eml"});
  EXPECT_EQ(SearchIds(db, "séminaire"), std::set<std::string>{in.string() + "/latin1.txt"});
  EXPECT_EQ(SearchIds(db, "Khorog"), std::set<std::string>{in.string() + "/records.jsonl#r1"});
  EXPECT_EQ(SearchIds(db, "Karakol"), std::set<std::string>{in.string() + "/report.pdf"});
  EXPECT_EQ(SearchIds(db, "Termez"), std::set<std::string>{in.string() + "/minutes.docx"});
  EXPECT_EQ(SearchIds(db, "clinic"),
            std::set<std::string>{in.string() + "/bundle.zip!/pages/jalalabad.html"});

  // The stored record keeps the format metadata.
  const CommandResult show =
      RunGleaner({"show", "--db", db, "--json", in.string() + "/wire.sgm#101"});
  ASSERT_EQ(show.exit_code, 0) << show.err;
  const boost::json::object record = boost::json::parse(show.out).as_object();
  EXPECT_EQ(record.at("format").as_string(), "reuters-sgml");
  EXPECT_EQ(record.at("date").as_string(), "1987-03-03");
  EXPECT_EQ(record.at("metadata").at("places").as_string(), "usa,ussr");
  EXPECT_EQ(record.at("metadata").at("topics").as_string(), "grain,wheat");
  const CommandResult text = RunGleaner({"show", "--db", db, in.string() + "/wire.sgm#101"});
  EXPECT_NE(text.out.find("\nplaces:  usa,ussr\n"), std::string::npos) << text.out;
}

// An input with many bad members: the record names the first 20, counts all,
// and the next run retries the input.
TEST(IngestFormats, StatusNamesTheFirstFailedMembersAndCountsTheRest) {
  ScratchDir scratch;
  const fs::path in = fs::absolute(scratch.path() / "in");
  std::string lines = "{\"id\": \"good\", \"text\": \"Seminar in Khujand on border security.\"}\n";
  for (int i = 0; i < 25; ++i) lines += "{\"id\": \"bad" + std::to_string(i) + "\"}\n";
  WriteFile(in / "records.jsonl", lines);
  const std::string db = (scratch.path() / "db").string();
  EXPECT_EQ(RunGleaner({"ingest", "--db", db, in.string()}).exit_code, 1);

  const CommandResult status = RunGleaner({"status", "--db", db});
  ASSERT_EQ(status.exit_code, 0) << status.err;
  const std::string input = in.string() + "/records.jsonl";
  EXPECT_NE(status.out.find("  " + input + ": 25 of 26 members failed\n    " + input +
                            "#bad0: no text (fields text, body or content)\n"),
            std::string::npos)
      << status.out;
  EXPECT_NE(status.out.find("    " + input + "#bad19: "), std::string::npos) << status.out;
  EXPECT_EQ(status.out.find("#bad20: "), std::string::npos) << status.out;
  EXPECT_NE(status.out.find("    ... and 5 more\n"), std::string::npos) << status.out;

  const CommandResult again = RunGleaner({"ingest", "--db", db, in.string()});
  EXPECT_NE(again.out.find("1 indexed, 0 unchanged, 0 failed"), std::string::npos) << again.out;
}

// `gleaner extract` on files holding many documents: each record and item gets
// its own exchange `doc` name, the file's name plus the member part of its id.
TEST(ExtractFormats, EveryDocumentOfAMultiDocumentFileHasItsOwnName) {
  const fs::path shared_wire =
      ::gleaner::testing::SharedDir() / "corpora" / "reuters21578" / "reut2-000.sgm.gz";
  if (!fs::exists(shared_wire)) GTEST_SKIP() << "no " << shared_wire;
  const CommandResult result = RunGleaner({"extract", shared_wire.string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::set<std::string> names;
  std::istringstream lines(result.out);
  for (std::string line; std::getline(lines, line);) {
    names.insert(std::string(boost::json::parse(line).as_object().at("doc").as_string()));
  }
  EXPECT_GT(names.size(), 850u);  // 898 of the 1,000 records mention something
  EXPECT_TRUE(names.contains("reut2-000.sgm#1")) << *names.begin();
  for (const std::string& name : names) EXPECT_TRUE(name.starts_with("reut2-000.sgm#")) << name;
}

}  // namespace
}  // namespace gleaner
