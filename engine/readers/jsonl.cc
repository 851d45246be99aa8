// The JSON Lines reader (.jsonl, .ndjson): one document per non-blank line,
// an object with the text in "text", "body" or "content" and optionally
// "title", "date" (ISO), "url" and "id". Member ids are "FILE#ID" when the
// record has an id, else "FILE#LINE". A bad line is a member error.
#include <algorithm>
#include <boost/json.hpp>
#include <string>
#include <string_view>

#include "engine/readers/formats.h"
#include "engine/readers/reader.h"

namespace gleaner::readers {
namespace {

// The string (or, for "id", number) value of `key`, or "" when absent/null.
// Any other type, or a string holding a NUL character, is an error.
std::string StringMember(const boost::json::object& record, std::string_view key) {
  const boost::json::value* value = record.if_contains(key);
  if (value == nullptr || value->is_null()) return "";
  if (value->is_string()) {
    // JSON may spell a NUL character ("\u0000"); document text never holds
    // one (see CheckTextBytes), so such a record is refused like binary input.
    const boost::json::string& text = value->get_string();
    if (std::find(text.begin(), text.end(), '\0') != text.end()) {
      throw ReadError("\"" + std::string(key) + "\" holds a NUL character (\\u0000)");
    }
    return std::string(text);
  }
  if (key == "id" && (value->is_int64() || value->is_uint64())) {
    return boost::json::serialize(*value);
  }
  throw ReadError("\"" + std::string(key) + "\" is not a string");
}

Document ReadRecord(const Source& source, std::string_view line, std::size_t line_number,
                    std::string* member_id) {
  boost::system::error_code error;
  const boost::json::value parsed = boost::json::parse(line, error);
  if (error) throw ReadError("line " + std::to_string(line_number) + ": " + error.message());
  if (!parsed.is_object()) {
    throw ReadError("line " + std::to_string(line_number) + ": not a JSON object");
  }
  const boost::json::object& record = parsed.get_object();
  const std::string id = StringMember(record, "id");
  if (!id.empty()) *member_id = source.id + "#" + id;

  Document doc;
  doc.id = *member_id;
  doc.source_path = source.source_path;
  doc.format = "jsonl";
  doc.raw = line;
  doc.content_hash = ContentHash(doc.raw);
  for (std::string_view key : {"text", "body", "content"}) {
    doc.text = StringMember(record, key);
    if (!doc.text.empty()) break;
  }
  if (doc.text.empty()) throw ReadError("no text (fields text, body or content)");
  if (doc.text.back() != '\n') doc.text.push_back('\n');
  doc.title = CleanTitle(StringMember(record, "title"));
  doc.url = StringMember(record, "url");
  const std::string date = StringMember(record, "date");
  if (!date.empty()) {
    doc.date = NormalizeIsoDate(date);
    if (doc.date.empty()) throw ReadError("bad date " + QuotedExcerpt(date) + " (want YYYY-MM-DD)");
    doc.date_source = DateSource::kMetadata;
  }
  return doc;
}

}  // namespace

void ReadJsonLines(const Source& source, const ReadContext& context) {
  // JSON is UTF-8; a legacy encoding would be a damaged file, refused whole.
  CheckTextBytes(source.bytes);
  const std::string_view file = source.bytes;
  std::size_t line_number = 0;
  std::size_t records = 0;
  for (std::size_t at = 0; at < file.size();) {
    std::size_t end = file.find('\n', at);
    if (end == std::string_view::npos) end = file.size();
    const std::string_view line = file.substr(at, end - at);
    at = end + 1;
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    ++records;
    std::string member_id = source.id + "#" + std::to_string(line_number);
    Document doc;
    try {
      doc = ReadRecord(source, line, line_number, &member_id);
    } catch (const ReadError& error) {
      context.on_member_error(member_id, error.what());
      continue;
    }
    context.on_document(std::move(doc));
  }
  if (records == 0) throw ReadError("no JSON records");
}

}  // namespace gleaner::readers
