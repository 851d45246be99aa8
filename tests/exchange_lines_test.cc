// Tests for ExchangeLineWriter (engine/document_json.h), the writer behind
// `gleaner extract`: on the mentions of the seed releases it must write
// exactly what serializing MentionToExchangeJson gives, whatever the order
// of mention types (its reused object must not keep a previous line's
// optional keys).
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <algorithm>
#include <filesystem>
#include <limits>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "engine/document_json.h"
#include "engine/readers/reader.h"
#include "extractors/analyzer.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

using ::gleaner::testing::DataDir;
using ::gleaner::testing::SeedsDir;

std::string SerializedLine(std::string_view doc_name, const Mention& mention) {
  return boost::json::serialize(MentionToExchangeJson(doc_name, mention)) + "\n";
}

// Every mention of every seed document, with its document's exchange name.
std::vector<std::pair<std::string, Mention>> SeedMentions() {
  const Analyzer analyzer(DataDir());
  std::vector<std::string> errors;
  std::vector<std::pair<std::string, Mention>> mentions;
  for (const auto& input : ListInputs({SeedsDir().string()}, &errors)) {
    const Document doc = ReadDocument(input);
    for (Mention& mention : analyzer.Analyze(doc).mentions) {
      mentions.emplace_back(ExchangeDocName(doc), std::move(mention));
    }
  }
  return mentions;
}

TEST(ExchangeLineWriter, WritesWhatSerializingTheExchangeObjectWrites) {
  const auto mentions = SeedMentions();
  ASSERT_GT(mentions.size(), 100u);
  std::set<MentionType> types;
  ExchangeLineWriter writer;
  std::string written;
  std::string expected;
  for (const auto& [doc_name, mention] : mentions) {
    types.insert(mention.type);
    writer.Append(doc_name, mention, &written);
    expected += SerializedLine(doc_name, mention);
  }
  // The types that carry the optional keys (unit, country, parent).
  EXPECT_EQ(types.count(MentionType::kCount), 1u);
  EXPECT_EQ(types.count(MentionType::kLocation), 1u);
  EXPECT_EQ(types.count(MentionType::kOrganization), 1u);
  EXPECT_EQ(written, expected);
}

TEST(ExchangeLineWriter, OptionalKeysDoNotCarryOverToTheNextLine) {
  auto mentions = SeedMentions();
  // Alternate the types, so that a count (unit), a location (country) and
  // an organization (parent) each follow mentions with other keys.
  std::stable_sort(mentions.begin(), mentions.end(), [](const auto& x, const auto& y) {
    return x.second.start % 7 < y.second.start % 7;
  });
  std::reverse(mentions.begin(), mentions.end());
  ExchangeLineWriter writer;
  for (const auto& [doc_name, mention] : mentions) {
    std::string line;
    writer.Append(doc_name, mention, &line);
    ASSERT_EQ(line, SerializedLine(doc_name, mention));
    const boost::json::object parsed = boost::json::parse(line).as_object();
    EXPECT_EQ(parsed.contains("unit"), mention.type == MentionType::kCount) << line;
    EXPECT_EQ(parsed.contains("country"), mention.type == MentionType::kLocation) << line;
  }
}

// The writer escapes strings itself: it must escape exactly as Boost.JSON's
// serializer does, on every byte value (control characters, quotes,
// backslashes, DEL, bytes of UTF-8 sequences and stray continuation bytes),
// in every string field and in the doc name.
TEST(ExchangeLineWriter, EscapesHostileStringsAsBoostJsonDoes) {
  std::vector<std::string> hostile = {"", "\"", "\\", "\\\"", "\"\"", "a\"b\\c",
                                      std::string("\0", 1), std::string("x\0y", 3),
                                      "\x7f", "\xc3\xa9t\xc3\xa9", "\xe2\x80\x9cquoted\xe2\x80\x9d",
                                      "\xf0\x9f\x98\x80", "tab\there", "line\r\nbreak", "/slash/",
                                      "\u2028\u2029", std::string(5000, '"')};
  for (int byte = 0; byte < 256; ++byte) {
    hostile.push_back(std::string(1, static_cast<char>(byte)));
    hostile.push_back("a" + std::string(1, static_cast<char>(byte)) + "z");
  }
  // Each byte that needs escaping (and its neighbours in value) at every
  // position of strings longer than the writer's eight-byte steps.
  for (const int byte : {0x00, 0x01, 0x08, 0x0a, 0x1f, 0x20, 0x21, 0x22, 0x23, 0x5b, 0x5c, 0x5d,
                         0x7f, 0x80, 0xa2, 0xdc, 0xff}) {
    for (std::size_t at = 0; at < 19; ++at) {
      std::string text(19, 'x');
      text[at] = static_cast<char>(byte);
      hostile.push_back(text);
    }
  }
  std::mt19937 random(42);
  for (int i = 0; i < 300; ++i) {
    std::string bytes(random() % 40, '\0');
    for (char& c : bytes) c = static_cast<char>(random() % 256);
    hostile.push_back(bytes);
    for (char& c : bytes) c = static_cast<char>(0x18 + random() % 0x50);  // mostly plain ASCII
    hostile.push_back(bytes);
  }
  ExchangeLineWriter writer;
  std::string written;
  std::string expected;
  const MentionType types[] = {MentionType::kCount, MentionType::kLocation,
                               MentionType::kOrganization, MentionType::kDate,
                               MentionType::kPerson, MentionType::kProgramme};
  for (std::size_t i = 0; i < hostile.size(); ++i) {
    const std::string& text = hostile[i];
    const std::string& other = hostile[(i * 7 + 3) % hostile.size()];
    Mention mention;
    mention.type = types[i % std::size(types)];
    mention.start = i * 1000003;
    mention.end = i == 0 ? std::numeric_limits<std::size_t>::max() : mention.start + text.size();
    mention.text = text;
    mention.value = other;
    if (i % 2 == 0) mention.attributes["unit"] = other;
    if (i % 3 == 0) mention.attributes["country"] = text;
    if (i % 5 != 0) mention.attributes["parent"] = text + other;
    mention.attributes["rule"] = text;  // not on the line
    const std::string doc_name = other + "#" + std::to_string(i);
    writer.Append(doc_name, mention, &written);
    expected += SerializedLine(doc_name, mention);
    std::string line;
    writer.Append(doc_name, mention, &line);
    ASSERT_EQ(line, SerializedLine(doc_name, mention)) << "string " << i;
  }
  EXPECT_EQ(written, expected);
}

// ExchangeDocName works on the string; it must give what
// std::filesystem::path::stem gives, on every shape of path.
TEST(ExchangeDocName, IsTheStemOfThePath) {
  const std::vector<std::string> names = {
      "", "a", "a.txt", "a.b.txt", ".hidden", ".hidden.txt", ".", "..", "...", ".a.", "a.",
      "..a", "..a.b", ".x", "x.", "a b.c d", "r\xc3\xa9sum\xc3\xa9.html", "00001.txt",
      "reut2-000.sgm", "a.tar.gz"};
  const std::vector<std::string> folders = {"", "/", "//", "dir/", "/abs/dir/", "./", "../",
                                            "a.b/", "a/./b/../", "dir.ext//"};
  for (const std::string& folder : folders) {
    for (const std::string& name : names) {
      const std::string path = folder + name;
      EXPECT_EQ(ExchangeDocName(path), std::filesystem::path(path).stem().string()) << path;
    }
    for (const std::string& name : names) {
      const std::string path = folder + name + "/";  // a trailing slash: no file name
      EXPECT_EQ(ExchangeDocName(path), std::filesystem::path(path).stem().string()) << path;
    }
  }
}

}  // namespace
}  // namespace gleaner
