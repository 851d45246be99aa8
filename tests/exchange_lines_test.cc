// Tests for ExchangeLineWriter (engine/document_json.h), the writer behind
// `gleaner extract`: on the mentions of the seed releases it must write
// exactly what serializing MentionToExchangeJson gives, whatever the order
// of mention types (its reused object must not keep a previous line's
// optional keys).
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <algorithm>
#include <filesystem>
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

}  // namespace
}  // namespace gleaner
