// JSON forms of the document model (Boost.JSON): the exchange-format line of
// one mention (shared/eval/GUIDELINES.md), and the stored record of a whole
// document with its analysis, which the index keeps as document data.
#ifndef GLEANER_ENGINE_DOCUMENT_JSON_H_
#define GLEANER_ENGINE_DOCUMENT_JSON_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json.hpp>

#include "engine/document.h"

namespace gleaner {

// {"doc","type","text","start","end","value"} plus "unit" (count),
// "country" (location) and "parent" (organization) when the mention has them.
// `doc_name` is the document's file name without its last extension. The
// object allocates from `storage` (for example a monotonic_resource that a
// caller writing many lines resets per document).
boost::json::object MentionToExchangeJson(std::string_view doc_name, const Mention& mention,
                                          boost::json::storage_ptr storage = {});

// Writes exchange-format lines: the same text as serializing
// MentionToExchangeJson, plus '\n', appended to a string. The line is flat
// (six known keys, then "unit", "country", "parent" when present), so it is
// written directly, its strings escaped as Boost.JSON's serializer escapes
// them (tests/exchange_lines_test.cc holds it to that on hostile strings);
// no JSON object is built per line.
class ExchangeLineWriter {
 public:
  void Append(std::string_view doc_name, const Mention& mention, std::string* out);
};

// The file name of `source_path` without its last extension ("a/b.c.txt" -> "b.c").
std::string ExchangeDocName(std::string_view source_path);

// The exchange `doc` name of one document: ExchangeDocName of its file, plus
// the member part of its id when the file holds many documents, so that every
// document of a feed, archive or SGML file has its own name
// ("/x/reut2-000.sgm#12" -> "reut2-000#12", "/x/a.zip!/d/b.html" -> "a!/d/b.html").
std::string ExchangeDocName(const Document& doc);

boost::json::object MentionToJson(const Mention& mention);
Mention MentionFromJson(const boost::json::object& object);  // throws std::exception on bad shape

// A document and its analysis as one JSON object: id, path, format, title,
// url, date, date_source, hash, text, mentions, years, and "metadata" (an
// object of strings) when the document has format metadata.
boost::json::object DocumentToJson(const Document& doc, const Analysis& analysis);

struct StoredDocument {
  Document document;  // raw is left empty: the index keeps text, not bytes
  Analysis analysis;
  // A record of a text longer than the index keeps holds the text's start
  // and the mentions inside it; these are then the whole text's size in
  // bytes and its number of mentions (both 0 when the record holds all).
  std::size_t whole_text_bytes = 0;
  std::size_t whole_mention_count = 0;
};

// The same text as serializing DocumentToJson(doc, analysis), written
// straight into a string without building the JSON tree (for a long text
// with hundreds of thousands of mentions the tree costs several times the
// record's size). A text longer than `max_text_bytes` is kept up to there,
// cut at a character boundary, with the mentions that end inside the kept
// part, and the record then adds "text_bytes" and "mention_count" (the
// whole text's).
std::string DocumentRecordJson(const Document& doc, const Analysis& analysis,
                               std::size_t max_text_bytes = std::string::npos);
// The record of a document whose analysis comes in parts
// (Analyzer::AnalyzeInParts): the same text as DocumentRecordJson of the
// whole analysis, but each part's mentions inside the kept text are written
// as they come, so the mentions of a long text are never all held.
class DocumentRecordBuilder {
 public:
  // `doc` must outlive the builder.
  explicit DocumentRecordBuilder(const Document& doc,
                                 std::size_t max_text_bytes = std::string::npos);
  // Writes those of a part's `mentions` that end inside the kept text;
  // counts them all. Parts come in text order.
  void AddMentions(const std::vector<Mention>& mentions);
  // The record, with the document date and the years of the whole text.
  std::string Finish(const std::string& date, DateSource date_source,
                     const std::vector<int>& years_mentioned) const;

 private:
  const Document& doc_;
  std::size_t kept_text_bytes_;
  std::size_t mention_count_ = 0;
  std::string mentions_;  // the kept mentions as JSON objects, comma-separated
};

// The record of a stored document, as DocumentFromJson read it.
std::string DocumentRecordJson(const StoredDocument& stored);

// Inverse of DocumentToJson; throws std::exception when the record is malformed.
StoredDocument DocumentFromJson(const boost::json::object& object);

}  // namespace gleaner

#endif  // GLEANER_ENGINE_DOCUMENT_JSON_H_
