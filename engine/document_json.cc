// Conversions between the document model and Boost.JSON values.
#include "engine/document_json.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <map>
#include <stdexcept>

#include "engine/normalize.h"

namespace gleaner {
namespace json = boost::json;

namespace {

std::string StringField(const json::object& object, std::string_view key) {
  const json::value* value = object.if_contains(key);
  if (value == nullptr || value->is_null()) return {};
  return std::string(value->as_string());
}

}  // namespace

std::string ExchangeDocName(std::string_view source_path) {
  // std::filesystem::path(source_path).stem(), on the string: building the
  // path splits it into all its components, for the last one only.
  const std::size_t slash = source_path.rfind('/');
  const std::string_view name =
      slash == std::string_view::npos ? source_path : source_path.substr(slash + 1);
  if (name.size() <= 2 && name.starts_with('.')) return std::string(name);  // ".", ".."
  const std::size_t dot = name.rfind('.');
  return std::string(dot == std::string_view::npos || dot == 0 ? name : name.substr(0, dot));
}

std::string ExchangeDocName(const Document& doc) {
  std::string name = ExchangeDocName(doc.source_path);
  if (doc.id.size() > doc.source_path.size() && doc.id.starts_with(doc.source_path)) {
    name += doc.id.substr(doc.source_path.size());
  }
  return name;
}

namespace {

// The keys an exchange line has after the six every line has, in order.
constexpr std::string_view kOptionalKeys[] = {"unit", "country", "parent"};

}  // namespace

json::object MentionToExchangeJson(std::string_view doc_name, const Mention& mention,
                                   json::storage_ptr storage) {
  json::object line(std::move(storage));
  line.reserve(6 + std::size(kOptionalKeys));
  line.emplace("doc", doc_name);
  line.emplace("type", MentionTypeName(mention.type));
  line.emplace("text", mention.text);
  line.emplace("start", mention.start);
  line.emplace("end", mention.end);
  line.emplace("value", mention.value);
  if (!mention.attributes.empty()) {
    for (std::string_view key : kOptionalKeys) {
      auto found = mention.attributes.find(key);
      if (found != mention.attributes.end()) line.emplace(key, found->second);
    }
  }
  return line;
}

namespace {

// Writes `text` at `at` as a JSON string escaped exactly as Boost.JSON's
// serializer escapes it: '"' and '\\' with a backslash; the control
// characters below 0x20 as \b \t \n \f \r or \u00xx (lower-case hex); every
// other byte as it is (the text is UTF-8, checked when it was read). Needs
// room for 2 + 6 * text.size() bytes; returns the end of what it wrote.
char* PutJsonString(std::string_view text, char* at) {
  static constexpr char kHex[] = "0123456789abcdef";
  *at++ = '"';
  const char* byte = text.data();
  const char* const end = byte + text.size();
  while (byte != end) {
    // Eight bytes at a time while none of them needs escaping: a byte is
    // below 0x20, or is '"' or '\\' when its xor with that is zero.
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
    while (end - byte >= 8) {
      std::uint64_t word;
      std::memcpy(&word, byte, 8);
      const std::uint64_t quote = word ^ (kOnes * '"');
      const std::uint64_t backslash = word ^ (kOnes * '\\');
      const std::uint64_t special = (((word - kOnes * 0x20) & ~word) |
                                     ((quote - kOnes) & ~quote) |
                                     ((backslash - kOnes) & ~backslash)) & kHighs;
      if (special != 0) break;
      std::memcpy(at, byte, 8);
      at += 8;
      byte += 8;
    }
    const std::size_t stop = std::min<std::size_t>(end - byte, 8);  // then byte by byte
    for (const char* const run_end = byte + stop; byte != run_end; ++byte) {
      const auto c = static_cast<unsigned char>(*byte);
      if (c >= 0x20 && c != '"' && c != '\\') {
        *at++ = static_cast<char>(c);
        continue;
      }
      *at++ = '\\';
      switch (c) {
        case '"': case '\\': *at++ = static_cast<char>(c); break;
        case '\b': *at++ = 'b'; break;
        case '\t': *at++ = 't'; break;
        case '\n': *at++ = 'n'; break;
        case '\f': *at++ = 'f'; break;
        case '\r': *at++ = 'r'; break;
        default:
          std::memcpy(at, "u00", 3);
          at[3] = kHex[c >> 4];
          at[4] = kHex[c & 0xF];
          at += 5;
      }
    }
  }
  *at++ = '"';
  return at;
}

char* Put(std::string_view text, char* at) {
  std::memcpy(at, text.data(), text.size());
  return at + text.size();
}

char* PutNumber(std::size_t number, char* at) {
  return std::to_chars(at, at + 20, number).ptr;  // 20 digits hold any 64-bit number
}

}  // namespace

void ExchangeLineWriter::Append(std::string_view doc_name, const Mention& mention,
                                std::string* out) {
  // The optional keys in their order, whatever the attributes' order; one
  // walk over the (few) attributes finds them all.
  std::array<const std::string*, std::size(kOptionalKeys)> optional{};
  std::size_t strings_bytes = doc_name.size() + mention.text.size() + mention.value.size();
  for (const auto& [key, value] : mention.attributes) {
    for (std::size_t k = 0; k < optional.size(); ++k) {
      if (key != kOptionalKeys[k]) continue;
      optional[k] = &value;
      strings_bytes += value.size();
    }
  }
  // The line is written into a buffer big enough for it at its worst (every
  // byte of every string escaped as \u00xx), then appended at once.
  const std::size_t most = 256 + 6 * strings_bytes;
  char stack_buffer[4096];
  std::string heap_buffer;
  char* const line = most <= sizeof stack_buffer
                         ? stack_buffer
                         : (heap_buffer.resize(most), heap_buffer.data());
  char* at = Put(R"({"doc":)", line);
  at = PutJsonString(doc_name, at);
  at = Put(R"(,"type":)", at);
  at = PutJsonString(MentionTypeName(mention.type), at);
  at = Put(R"(,"text":)", at);
  at = PutJsonString(mention.text, at);
  at = Put(R"(,"start":)", at);
  at = PutNumber(mention.start, at);
  at = Put(R"(,"end":)", at);
  at = PutNumber(mention.end, at);
  at = Put(R"(,"value":)", at);
  at = PutJsonString(mention.value, at);
  for (std::size_t k = 0; k < optional.size(); ++k) {
    if (optional[k] == nullptr) continue;
    *at++ = ',';
    at = PutJsonString(kOptionalKeys[k], at);
    *at++ = ':';
    at = PutJsonString(*optional[k], at);
  }
  at = Put("}\n", at);
  out->append(line, static_cast<std::size_t>(at - line));
}

json::object MentionToJson(const Mention& mention) {
  json::object object;
  object["type"] = MentionTypeName(mention.type);
  object["start"] = mention.start;
  object["end"] = mention.end;
  object["text"] = mention.text;
  object["value"] = mention.value;
  if (!mention.attributes.empty()) {
    json::object attributes;
    for (const auto& [key, value] : mention.attributes) attributes[key] = value;
    object["attributes"] = std::move(attributes);
  }
  return object;
}

Mention MentionFromJson(const json::object& object) {
  Mention mention;
  auto type = ParseMentionType(object.at("type").as_string());
  if (!type) throw std::invalid_argument("unknown mention type");
  mention.type = *type;
  mention.start = json::value_to<std::size_t>(object.at("start"));
  mention.end = json::value_to<std::size_t>(object.at("end"));
  mention.text = StringField(object, "text");
  mention.value = StringField(object, "value");
  if (const json::value* attributes = object.if_contains("attributes")) {
    for (const auto& [key, value] : attributes->as_object()) {
      mention.attributes.emplace(std::string(key), std::string(value.as_string()));
    }
  }
  return mention;
}

json::object DocumentToJson(const Document& doc, const Analysis& analysis) {
  json::object object;
  object["id"] = doc.id;
  object["path"] = doc.source_path;
  object["format"] = doc.format;
  object["title"] = doc.title;
  object["url"] = doc.url;
  object["date"] = analysis.date;
  object["date_source"] = DateSourceName(analysis.date_source);
  object["hash"] = doc.content_hash;
  object["text"] = doc.text;
  if (!doc.metadata.empty()) {
    json::object metadata;
    for (const auto& [key, value] : doc.metadata) metadata[key] = value;
    object["metadata"] = std::move(metadata);
  }
  json::array mentions;
  mentions.reserve(analysis.mentions.size());
  for (const Mention& mention : analysis.mentions) mentions.push_back(MentionToJson(mention));
  object["mentions"] = std::move(mentions);
  json::array years;
  for (int year : analysis.years_mentioned) years.push_back(year);
  object["years"] = std::move(years);
  return object;
}

namespace {

// Appends JSON text piece by piece; strings are escaped by Boost.JSON's
// serializer, read in chunks, so a long text is never copied whole.
class RecordAppender {
 public:
  explicit RecordAppender(std::string* out) : out_(out) {}

  void Raw(std::string_view text) { out_->append(text); }
  void String(std::string_view text) {
    serializer_.reset(text);
    char chunk[4096];
    while (!serializer_.done()) out_->append(serializer_.read(chunk, sizeof chunk));
  }
  template <typename Integer>
  void Number(Integer number) {
    char digits[24];
    const auto result = std::to_chars(std::begin(digits), std::end(digits), number);
    out_->append(digits, result.ptr);
  }
  // `"key":` after a comma unless it opens its object.
  void Key(std::string_view key, bool first = false) {
    if (!first) out_->push_back(',');
    String(key);
    out_->push_back(':');
  }
  template <typename Map>  // std::map or Attributes, of strings
  void StringMap(const Map& map) {
    out_->push_back('{');
    bool first = true;
    for (const auto& [key, value] : map) {
      Key(key, first);
      String(value);
      first = false;
    }
    out_->push_back('}');
  }
  void Mention(const gleaner::Mention& mention) {
    Key("type", /*first=*/true);
    String(MentionTypeName(mention.type));
    Key("start");
    Number(mention.start);
    Key("end");
    Number(mention.end);
    Key("text");
    String(mention.text);
    Key("value");
    String(mention.value);
    if (!mention.attributes.empty()) {
      Key("attributes");
      StringMap(mention.attributes);
    }
  }

 private:
  std::string* out_;
  json::serializer serializer_;
};

// The JSON objects of those of `mentions` that end inside the kept text,
// comma-separated, appended to `out` (which holds earlier parts' objects).
void AppendKeptMentions(const std::vector<gleaner::Mention>& mentions,
                        std::size_t kept_text_bytes, std::string* out) {
  RecordAppender record(out);
  for (const gleaner::Mention& mention : mentions) {
    if (mention.end > kept_text_bytes) continue;
    if (!out->empty()) record.Raw(",");
    record.Raw("{");
    record.Mention(mention);
    record.Raw("}");
  }
}

// The record: `kept_text_bytes` of the text, the mentions' objects written
// beforehand, and the whole text's sizes when they differ. The string is
// reserved close to its size, so it rarely grows (a growing string briefly
// holds its old and new buffers, 1.5 times a long record).
std::string WriteRecord(const Document& doc, const std::string& date, DateSource date_source,
                        std::string_view mentions_json, const std::vector<int>& years,
                        std::size_t kept_text_bytes, std::size_t whole_text_bytes,
                        std::size_t whole_mention_count) {
  const std::string_view text = std::string_view(doc.text).substr(0, kept_text_bytes);
  std::size_t size_estimate = 256 + doc.id.size() + doc.source_path.size() + doc.title.size() +
                              doc.url.size() + text.size() + text.size() / 32 +
                              mentions_json.size() + years.size() * 6;
  for (const auto& [key, value] : doc.metadata) size_estimate += key.size() + value.size() + 8;
  std::string out;
  out.reserve(size_estimate);
  RecordAppender record(&out);
  record.Raw("{");
  record.Key("id", /*first=*/true);
  record.String(doc.id);
  record.Key("path");
  record.String(doc.source_path);
  record.Key("format");
  record.String(doc.format);
  record.Key("title");
  record.String(doc.title);
  record.Key("url");
  record.String(doc.url);
  record.Key("date");
  record.String(date);
  record.Key("date_source");
  record.String(DateSourceName(date_source));
  record.Key("hash");
  record.String(doc.content_hash);
  record.Key("text");
  record.String(text);
  if (!doc.metadata.empty()) {
    record.Key("metadata");
    record.StringMap(doc.metadata);
  }
  record.Key("mentions");
  record.Raw("[");
  record.Raw(mentions_json);
  record.Raw("]");
  record.Key("years");
  record.Raw("[");
  for (std::size_t i = 0; i < years.size(); ++i) {
    if (i > 0) record.Raw(",");
    record.Number(years[i]);
  }
  record.Raw("]");
  if (whole_text_bytes > text.size()) {
    record.Key("text_bytes");
    record.Number(whole_text_bytes);
    record.Key("mention_count");
    record.Number(whole_mention_count);
  }
  record.Raw("}");
  return out;
}

}  // namespace

DocumentRecordBuilder::DocumentRecordBuilder(const Document& doc, std::size_t max_text_bytes)
    : doc_(doc), kept_text_bytes_(Utf8CharStart(doc.text, max_text_bytes)) {}

void DocumentRecordBuilder::AddMentions(const std::vector<Mention>& mentions) {
  mention_count_ += mentions.size();
  AppendKeptMentions(mentions, kept_text_bytes_, &mentions_);
}

std::string DocumentRecordBuilder::Finish(const std::string& date, DateSource date_source,
                                          const std::vector<int>& years_mentioned) const {
  return WriteRecord(doc_, date, date_source, mentions_, years_mentioned, kept_text_bytes_,
                     doc_.text.size(), mention_count_);
}

std::string DocumentRecordJson(const Document& doc, const Analysis& analysis,
                               std::size_t max_text_bytes) {
  DocumentRecordBuilder builder(doc, max_text_bytes);
  builder.AddMentions(analysis.mentions);
  return builder.Finish(analysis.date, analysis.date_source, analysis.years_mentioned);
}

std::string DocumentRecordJson(const StoredDocument& stored) {
  const std::size_t kept = stored.document.text.size();
  std::string mentions_json;
  AppendKeptMentions(stored.analysis.mentions, kept, &mentions_json);
  return WriteRecord(stored.document, stored.analysis.date, stored.analysis.date_source,
                     mentions_json, stored.analysis.years_mentioned, kept,
                     std::max(stored.whole_text_bytes, kept),
                     std::max(stored.whole_mention_count, stored.analysis.mentions.size()));
}

StoredDocument DocumentFromJson(const json::object& object) {
  StoredDocument stored;
  Document& doc = stored.document;
  doc.id = StringField(object, "id");
  doc.source_path = StringField(object, "path");
  doc.format = StringField(object, "format");
  doc.title = StringField(object, "title");
  doc.url = StringField(object, "url");
  doc.date = StringField(object, "date");
  doc.content_hash = StringField(object, "hash");
  doc.text = StringField(object, "text");
  doc.date_source = ParseDateSource(StringField(object, "date_source")).value_or(DateSource::kNone);
  if (const json::value* metadata = object.if_contains("metadata")) {
    for (const auto& [key, value] : metadata->as_object()) {
      doc.metadata.emplace(std::string(key), std::string(value.as_string()));
    }
  }
  stored.analysis.date = doc.date;
  stored.analysis.date_source = doc.date_source;
  for (const json::value& mention : object.at("mentions").as_array()) {
    stored.analysis.mentions.push_back(MentionFromJson(mention.as_object()));
  }
  for (const json::value& year : object.at("years").as_array()) {
    stored.analysis.years_mentioned.push_back(static_cast<int>(year.to_number<std::int64_t>()));
  }
  if (const json::value* bytes = object.if_contains("text_bytes")) {
    stored.whole_text_bytes = json::value_to<std::size_t>(*bytes);
    stored.whole_mention_count = json::value_to<std::size_t>(object.at("mention_count"));
  }
  return stored;
}

}  // namespace gleaner
