// Conversions between the document model and Boost.JSON values.
#include "engine/document_json.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <iterator>
#include <stdexcept>

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
  return std::filesystem::path(source_path).stem().string();
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
constexpr std::size_t kFixedKeys = 6;  // doc, type, text, start, end, value

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
      auto found = mention.attributes.find(std::string(key));
      if (found != mention.attributes.end()) line.emplace(key, found->second);
    }
  }
  return line;
}

ExchangeLineWriter::ExchangeLineWriter() {
  line_.reserve(kFixedKeys + std::size(kOptionalKeys));
  line_.emplace("doc", json::string());
  line_.emplace("type", json::string());
  line_.emplace("text", json::string());
  line_.emplace("start", std::uint64_t{0});
  line_.emplace("end", std::uint64_t{0});
  line_.emplace("value", json::string());
}

void ExchangeLineWriter::Append(std::string_view doc_name, const Mention& mention,
                                std::string* out) {
  // The fixed fields in place, by position (the order above).
  json::key_value_pair* field = line_.begin();
  field[0].value().get_string() = doc_name;
  field[1].value().get_string() = MentionTypeName(mention.type);
  field[2].value().get_string() = mention.text;
  field[3].value().get_uint64() = mention.start;
  field[4].value().get_uint64() = mention.end;
  field[5].value().get_string() = mention.value;
  // The optional ones afresh; erasing the last element keeps the order.
  // One walk over the (few) attributes finds them, without a std::string
  // key per lookup.
  while (line_.size() > kFixedKeys) line_.erase(line_.end() - 1);
  if (!mention.attributes.empty()) {
    std::array<const std::string*, std::size(kOptionalKeys)> values{};
    for (const auto& [key, value] : mention.attributes) {
      for (std::size_t k = 0; k < values.size(); ++k) {
        if (key == kOptionalKeys[k]) values[k] = &value;
      }
    }
    for (std::size_t k = 0; k < values.size(); ++k) {
      if (values[k] != nullptr) line_.emplace(kOptionalKeys[k], *values[k]);
    }
  }
  serializer_.reset(&line_);
  char chunk[1024];
  while (!serializer_.done()) out->append(serializer_.read(chunk, sizeof chunk));
  out->push_back('\n');
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
  return stored;
}

}  // namespace gleaner
