// Tests for extractors/body_table: the shipped bodies.tsv, lookups by
// normalized words, and the exact start-up error for each malformed line.
#include "extractors/body_table.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "extractors/rules.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

using ::gleaner::testing::DataDir;
using ::gleaner::testing::ScratchDir;
using ::gleaner::testing::WriteFile;

class BodyTableTest : public ::testing::Test {
 protected:
  // The message of the RuleError that loading `content` throws, without the
  // file name, or "" when it loads.
  std::string LoadError(const std::string& content) {
    WriteFile(scratch_ / "bodies.tsv", content);
    try {
      LoadBodyTable(normalizer_, scratch_ / "bodies.tsv");
    } catch (const RuleError& error) {
      const std::string message = error.what();
      const std::string file = (scratch_ / "bodies.tsv").string();
      return message.starts_with(file) ? message.substr(file.size()) : "(other file) " + message;
    }
    return "";
  }

  Normalizer normalizer_;
  ScratchDir scratch_;
};

TEST_F(BodyTableTest, ShippedTableNamesTheSeedsBodies) {
  const BodyTable table = LoadBodyTable(normalizer_, DataDir() / "organizations" / "bodies.tsv");
  EXPECT_GT(table.bodies.size(), 400u);
  EXPECT_LE(table.max_words, 12u);
  // Seed 003: "UNODC's Terrorism Prevention Branch (UNODC/TPB)".
  const std::vector<BodyName>* unodc = table.NamesOf("united nations office on drugs and crime");
  ASSERT_NE(unodc, nullptr);
  const Body& body = table.bodies[unodc->front().body];
  EXPECT_EQ(body.canonical, "UNODC");
  EXPECT_EQ(body.parent, "UN");
  EXPECT_FALSE(unodc->front().acronym);
  // A prefix of a longer name is a key with no names of its own.
  const auto prefix = table.keys.find("united nations office on");
  ASSERT_NE(prefix, table.keys.end());
  EXPECT_TRUE(prefix->second.has_longer);
  EXPECT_EQ(table.NamesOf("united nations office on"), nullptr);
  // Every parent is a body of the table.
  std::set<std::string> canonicals;
  for (const Body& each : table.bodies) canonicals.insert(each.canonical);
  for (const Body& each : table.bodies) {
    if (!each.parent.empty()) {
      EXPECT_EQ(canonicals.count(each.parent), 1u) << each.canonical;
    }
  }
}

TEST_F(BodyTableTest, AcronymsKeepTheirWrittenFormAndKindsAreRead) {
  WriteFile(scratch_ / "bodies.tsv",
            "# canonical\tnames\tacronyms\tparent\tkind\r\n"
            "\r\n"
            "OSCE\tOrganization for Security and Co-operation in Europe\tOSCE|CSCE\tOSCE\r\n"
            "Reuters\tReuters|Reuters Holdings\tRTRS\t\tcompany\n"
            "Ajax\tAjax Amsterdam\t\t\tteam\n");
  const BodyTable table = LoadBodyTable(normalizer_, scratch_ / "bodies.tsv");
  ASSERT_EQ(table.bodies.size(), 3u);
  const std::vector<BodyName>* csce = table.NamesOf("csce");
  ASSERT_NE(csce, nullptr);
  EXPECT_TRUE(csce->front().acronym);
  EXPECT_EQ(csce->front().exact, "CSCE");
  EXPECT_EQ(table.bodies[csce->front().body].canonical, "OSCE");
  EXPECT_EQ(table.bodies[1].kind, kKindCompany);
  EXPECT_EQ(table.bodies[2].kind, kKindTeam);
  EXPECT_EQ(table.bodies[0].kind, "");
  // A hyphenated word is one word of the key.
  EXPECT_NE(table.NamesOf("organization for security and co-operation in europe"), nullptr);
  EXPECT_EQ(table.max_words, 7u);
}

TEST_F(BodyTableTest, EachMalformedLineIsNamedWithItsReason) {
  EXPECT_EQ(LoadError("UN\tUnited Nations\tUN\t\n"), "");
  EXPECT_EQ(LoadError("# comment\nUN\tUnited Nations\tUN\n"),
            ":2: expected 4 TAB-separated fields (canonical, names, acronyms, parent), found 3");
  EXPECT_EQ(LoadError("UN\tUnited Nations\tUN\t\tteam\textra\n"),
            ":1: expected at most 5 TAB-separated fields (canonical, names, acronyms, parent, "
            "kind), found 6");
  EXPECT_EQ(LoadError("UN\tUnited Nations\tUN\t\tagency\n"),
            ":1: unknown kind 'agency' (team, company, platform or empty)");
  EXPECT_EQ(LoadError(" \tUnited Nations\tUN\t\n"), ":1: empty canonical name");
  EXPECT_EQ(LoadError("UN\tUnited Nations\t\t\nUN\tUnited Nations Organization\t\t\n"),
            ":2: duplicate canonical name 'UN' (first on line 1)");
  EXPECT_EQ(LoadError("UN\t\t\t\n"), ":1: body 'UN' has neither a name nor an acronym");
  EXPECT_EQ(LoadError("UN\t( )\t\t\n"), ":1: name '( )' has no words");
  EXPECT_EQ(LoadError("X\tone two three four five six seven eight nine ten eleven twelve "
                      "thirteen\t\t\n"),
            ":1: name 'one two three four five six seven eight nine ten eleven twelve "
            "thirteen' has more than 12 words");
  EXPECT_EQ(LoadError("UN\tUnited \xC3\x28Nations\t\t\n"), ":1: name is not valid UTF-8");
  EXPECT_EQ(LoadError("UNDP\tUnited Nations Development Programme\t\tUN\n"),
            ":1: parent 'UN' is not the canonical name of any body");
}

TEST(BodyTableFileTest, UnreadableFileIsNamed) {
  const Normalizer normalizer;
  ScratchDir scratch;
  try {
    LoadBodyTable(normalizer, scratch / "missing.tsv");
    FAIL() << "no error";
  } catch (const RuleError& error) {
    EXPECT_EQ(std::string(error.what()), (scratch / "missing.tsv").string() +
                                             ": cannot read body table");
  }
}

}  // namespace
}  // namespace gleaner
