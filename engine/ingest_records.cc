// Ingest records as JSON (Boost.JSON) in Xapian user metadata.
#include "engine/ingest_records.h"

#include <boost/json.hpp>

#include "engine/document.h"

namespace gleaner {
namespace {

constexpr std::string_view kInputKeyPrefix = "gleaner.input.";
constexpr std::string_view kRunKey = "gleaner.last-run";

std::string InputKey(std::string_view path) {
  return std::string(kInputKeyPrefix) + ContentHash(path);
}

std::string StringOr(const boost::json::object& object, std::string_view key) {
  const boost::json::value* value = object.if_contains(key);
  return value != nullptr && value->is_string() ? std::string(value->get_string()) : std::string();
}

template <typename Number>
Number NumberOr(const boost::json::object& object, std::string_view key) {
  const boost::json::value* value = object.if_contains(key);
  if (value == nullptr || !value->is_number()) return Number{};
  return value->to_number<Number>();
}

std::optional<InputRecord> RecordFromJson(std::string_view text) {
  boost::system::error_code error;
  const boost::json::value parsed = boost::json::parse(text, error);
  if (error || !parsed.is_object()) return std::nullopt;
  const boost::json::object& object = parsed.get_object();
  InputRecord record;
  record.path = StringOr(object, "path");
  const std::optional<InputStatus> status = ParseInputStatus(StringOr(object, "status"));
  if (record.path.empty() || !status) return std::nullopt;
  record.status = *status;
  record.reason = StringOr(object, "reason");
  record.size = NumberOr<std::uint64_t>(object, "size");
  record.mtime_ns = NumberOr<std::int64_t>(object, "mtime_ns");
  record.content_hash = StringOr(object, "hash");
  record.documents = NumberOr<std::size_t>(object, "documents");
  record.member_failures = NumberOr<std::size_t>(object, "member_failures");
  if (const boost::json::value* members = object.if_contains("failed_members");
      members != nullptr && members->is_array()) {
    for (const boost::json::value& member : members->get_array()) {
      if (!member.is_object()) continue;
      record.failed_members.emplace_back(StringOr(member.get_object(), "id"),
                                         StringOr(member.get_object(), "reason"));
    }
  }
  record.read_ms = NumberOr<double>(object, "read_ms");
  record.analyze_ms = NumberOr<double>(object, "analyze_ms");
  record.index_ms = NumberOr<double>(object, "index_ms");
  record.run = NumberOr<std::uint64_t>(object, "run");
  return record;
}

}  // namespace

std::string_view InputStatusName(InputStatus status) {
  switch (status) {
    case InputStatus::kIndexed: return "indexed";
    case InputStatus::kUnchanged: return "unchanged";
    case InputStatus::kFailed: return "failed";
  }
  return "indexed";
}

std::optional<InputStatus> ParseInputStatus(std::string_view name) {
  for (InputStatus status : {InputStatus::kIndexed, InputStatus::kUnchanged, InputStatus::kFailed}) {
    if (InputStatusName(status) == name) return status;
  }
  return std::nullopt;
}

void PutInputRecord(Xapian::WritableDatabase& db, const InputRecord& record) {
  boost::json::object object;
  object["path"] = record.path;
  object["status"] = InputStatusName(record.status);
  if (!record.reason.empty()) object["reason"] = record.reason;
  object["size"] = record.size;
  object["mtime_ns"] = record.mtime_ns;
  object["hash"] = record.content_hash;
  object["documents"] = record.documents;
  object["member_failures"] = record.member_failures;
  if (!record.failed_members.empty()) {
    boost::json::array members;
    for (const auto& [id, reason] : record.failed_members) {
      members.push_back(boost::json::object{{"id", id}, {"reason", reason}});
    }
    object["failed_members"] = std::move(members);
  }
  object["read_ms"] = record.read_ms;
  object["analyze_ms"] = record.analyze_ms;
  object["index_ms"] = record.index_ms;
  object["run"] = record.run;
  db.set_metadata(InputKey(record.path), boost::json::serialize(object));
}

void EraseInputRecord(Xapian::WritableDatabase& db, std::string_view path) {
  db.set_metadata(InputKey(path), "");  // an empty value deletes the key
}

std::optional<InputRecord> GetInputRecord(const Xapian::Database& db, std::string_view path) {
  const std::string text = db.get_metadata(InputKey(path));
  if (text.empty()) return std::nullopt;
  std::optional<InputRecord> record = RecordFromJson(text);
  if (record && record->path != path) return std::nullopt;  // a 64-bit key collision
  return record;
}

std::vector<InputRecord> AllInputRecords(const Xapian::Database& db) {
  std::vector<InputRecord> records;
  const std::string prefix(kInputKeyPrefix);
  for (Xapian::TermIterator key = db.metadata_keys_begin(prefix);
       key != db.metadata_keys_end(prefix); ++key) {
    if (std::optional<InputRecord> record = RecordFromJson(db.get_metadata(*key))) {
      records.push_back(std::move(*record));
    }
  }
  return records;
}

void PutRunSummary(Xapian::WritableDatabase& db, const RunSummary& summary) {
  boost::json::object object;
  object["run"] = summary.run;
  object["complete"] = summary.complete;
  object["started"] = summary.started;
  object["seconds"] = summary.seconds;
  object["inputs"] = summary.inputs;
  object["indexed"] = summary.indexed;
  object["unchanged"] = summary.unchanged;
  object["failed"] = summary.failed;
  object["pruned"] = summary.pruned;
  object["documents_indexed"] = summary.documents_indexed;
  object["member_failures"] = summary.member_failures;
  object["bytes"] = summary.bytes;
  object["read_ms"] = summary.read_ms;
  object["analyze_ms"] = summary.analyze_ms;
  object["index_ms"] = summary.index_ms;
  object["threads"] = summary.threads;
  db.set_metadata(std::string(kRunKey), boost::json::serialize(object));
}

std::optional<RunSummary> GetRunSummary(const Xapian::Database& db) {
  const std::string text = db.get_metadata(std::string(kRunKey));
  if (text.empty()) return std::nullopt;
  boost::system::error_code error;
  const boost::json::value parsed = boost::json::parse(text, error);
  if (error || !parsed.is_object()) return std::nullopt;
  const boost::json::object& object = parsed.get_object();
  RunSummary summary;
  summary.run = NumberOr<std::uint64_t>(object, "run");
  const boost::json::value* complete = object.if_contains("complete");
  summary.complete = complete != nullptr && complete->is_bool() && complete->get_bool();
  summary.started = StringOr(object, "started");
  summary.seconds = NumberOr<double>(object, "seconds");
  summary.inputs = NumberOr<std::size_t>(object, "inputs");
  summary.indexed = NumberOr<std::size_t>(object, "indexed");
  summary.unchanged = NumberOr<std::size_t>(object, "unchanged");
  summary.failed = NumberOr<std::size_t>(object, "failed");
  summary.pruned = NumberOr<std::size_t>(object, "pruned");
  summary.documents_indexed = NumberOr<std::size_t>(object, "documents_indexed");
  summary.member_failures = NumberOr<std::size_t>(object, "member_failures");
  summary.bytes = NumberOr<std::uint64_t>(object, "bytes");
  summary.read_ms = NumberOr<double>(object, "read_ms");
  summary.analyze_ms = NumberOr<double>(object, "analyze_ms");
  summary.index_ms = NumberOr<double>(object, "index_ms");
  summary.threads = NumberOr<std::size_t>(object, "threads");
  return summary;
}

}  // namespace gleaner
