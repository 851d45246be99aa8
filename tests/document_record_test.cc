// Tests for DocumentRecordJson (engine/document_json.h), the record the
// index stores per document: it must be the very text that serializing
// DocumentToJson gives (the record format is unchanged; only the way it is
// written is), on real documents with metadata and on text full of
// characters JSON escapes, and DocumentFromJson must read it back.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <string>
#include <vector>

#include "engine/document_json.h"
#include "engine/readers/reader.h"
#include "extractors/analyzer.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

using ::gleaner::testing::DataDir;
using ::gleaner::testing::LongTextOfReleases;
using ::gleaner::testing::SeedsDir;
using ::gleaner::testing::SourceDir;
using ::gleaner::testing::TextDocument;

std::string TreeRecord(const Document& doc, const Analysis& analysis) {
  return boost::json::serialize(DocumentToJson(doc, analysis));
}

class DocumentRecordTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { analyzer_ = new Analyzer(DataDir()); }
  static void TearDownTestSuite() {
    delete analyzer_;
    analyzer_ = nullptr;
  }
  static const Analyzer& analyzer() { return *analyzer_; }

 private:
  static inline const Analyzer* analyzer_ = nullptr;
};

TEST_F(DocumentRecordTest, SeedReleasesGiveTheTreeSerialization) {
  std::vector<std::string> errors;
  int documents = 0;
  std::size_t mentions = 0;
  for (const auto& input : ListInputs({SeedsDir().string()}, &errors)) {
    const Document doc = ReadDocument(input);
    const Analysis analysis = analyzer().Analyze(doc);
    mentions += analysis.mentions.size();
    ASSERT_EQ(DocumentRecordJson(doc, analysis), TreeRecord(doc, analysis)) << doc.id;
    ++documents;
  }
  EXPECT_GE(documents, 4);
  EXPECT_GT(mentions, 100u);
}

// Reuters records carry metadata (places, topics, the record's date), and
// their mentions the optional attributes of every type.
TEST_F(DocumentRecordTest, ReutersRecordsWithMetadataGiveTheTreeSerialization) {
  int with_metadata = 0;
  ReadDocuments(
      SourceDir() / "tests/data/readers/reuters-sample.sgm", ReaderLimits{},
      [&](Document&& doc) {
        const Analysis analysis = analyzer().Analyze(doc);
        if (!doc.metadata.empty()) ++with_metadata;
        EXPECT_EQ(DocumentRecordJson(doc, analysis), TreeRecord(doc, analysis)) << doc.id;
      },
      // The sample ends with a record cut short on purpose.
      [](const std::string&, const std::string&) {});
  EXPECT_GT(with_metadata, 0);
}

// Quotes, backslashes, control characters, line and paragraph separators
// and non-ASCII letters, in every field, in a text longer than the
// writer's chunk so that escapes fall across chunk boundaries.
TEST_F(DocumentRecordTest, EscapedCharactersAcrossChunksGiveTheTreeSerialization) {
  std::string text;
  while (text.size() < 20000) {
    text += "On 3 May 2024 the \"Ombudsman\" of Osh said C:\\path\ttab\x01\x1f ";
    text += "Бишкек \u2028 \u2029 ü 1,500 people\r\n";
  }
  Document doc = TextDocument("id \"quoted\" \\ back", text);
  doc.title = "Title\nwith \"quotes\"";
  doc.url = "http://example.org/a?b=\"c\"";
  doc.metadata["note"] = "tab\there";
  doc.metadata["places"] = "kyrgyzstan";
  const Analysis analysis = analyzer().Analyze(doc);
  ASSERT_FALSE(analysis.mentions.empty());
  const std::string record = DocumentRecordJson(doc, analysis);
  EXPECT_EQ(record, TreeRecord(doc, analysis));

  const StoredDocument stored = DocumentFromJson(boost::json::parse(record).as_object());
  EXPECT_EQ(stored.document.id, doc.id);
  EXPECT_EQ(stored.document.text, doc.text);
  EXPECT_EQ(stored.document.title, doc.title);
  EXPECT_EQ(stored.document.metadata, doc.metadata);
  ASSERT_EQ(stored.analysis.mentions.size(), analysis.mentions.size());
  EXPECT_EQ(stored.analysis.mentions.back().text, analysis.mentions.back().text);
  EXPECT_EQ(stored.analysis.mentions.back().attributes, analysis.mentions.back().attributes);
  EXPECT_EQ(stored.analysis.years_mentioned, analysis.years_mentioned);
}

// A text longer than the record keeps: its start, cut on a character
// boundary (the cut falls inside a two-byte letter here), the mentions that
// end inside it, and the whole text's sizes; read back and written again,
// the record is the same.
TEST_F(DocumentRecordTest, LongTextIsKeptUpToTheLimitWithItsMentions) {
  std::string text;
  while (text.size() < 60000) {
    text += "On 12 May 2024 the OSCE Programme Office in Bishkek trained 25 officers in Osh. ";
    text += "Семинар ";
  }
  const Document doc = TextDocument("long", text);
  const Analysis analysis = analyzer().Analyze(doc);
  std::size_t limit = 30000;
  while ((static_cast<unsigned char>(text[limit]) & 0xC0) != 0x80) ++limit;  // inside a letter

  const std::string record = DocumentRecordJson(doc, analysis, limit);
  const StoredDocument stored = DocumentFromJson(boost::json::parse(record).as_object());
  EXPECT_EQ(stored.document.text, text.substr(0, limit - 1));
  EXPECT_EQ(stored.whole_text_bytes, text.size());
  EXPECT_EQ(stored.whole_mention_count, analysis.mentions.size());
  std::size_t inside = 0;
  for (const Mention& mention : analysis.mentions) inside += mention.end <= limit - 1;
  ASSERT_GT(inside, 100u);
  ASSERT_LT(inside, analysis.mentions.size());
  ASSERT_EQ(stored.analysis.mentions.size(), inside);
  for (const Mention& mention : stored.analysis.mentions) {
    EXPECT_EQ(stored.document.text.substr(mention.start, mention.end - mention.start),
              mention.text);
  }
  EXPECT_EQ(DocumentRecordJson(stored), record);

  // Within the limit nothing is cut and no sizes are added.
  EXPECT_EQ(DocumentRecordJson(doc, analysis, text.size()), TreeRecord(doc, analysis));
}

// The record built from an analysis handed out in parts (as ingest builds
// it) is the record of the whole analysis, whole or cut inside a later part.
TEST_F(DocumentRecordTest, RecordBuiltFromPartsIsTheWholeAnalysisRecord) {
  const Document doc =
      TextDocument("long", LongTextOfReleases(kMaxAnalyzedPartBytes * 5 / 2));
  const Analysis whole = analyzer().Analyze(doc);
  for (const std::size_t limit : {std::string::npos, kMaxAnalyzedPartBytes * 3 / 2}) {
    DocumentRecordBuilder builder(doc, limit);
    int parts = 0;
    analyzer().AnalyzeInParts(doc, [&](Analysis&& part) {
      builder.AddMentions(part.mentions);
      ++parts;
    });
    EXPECT_EQ(parts, 3);
    EXPECT_EQ(builder.Finish(whole.date, whole.date_source, whole.years_mentioned),
              DocumentRecordJson(doc, whole, limit))
        << limit;
  }
}

TEST_F(DocumentRecordTest, EmptyDocumentGivesTheTreeSerialization) {
  const Document doc = TextDocument("empty", "");
  const Analysis analysis;
  EXPECT_EQ(DocumentRecordJson(doc, analysis), TreeRecord(doc, analysis));
}

}  // namespace
}  // namespace gleaner
