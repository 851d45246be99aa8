// Alert storage in Xapian user metadata:
//   "gleaner.alert:" NAME                       -> the query
//   "gleaner.fired:" NAME '\x1f' HASH(doc id)   -> the doc id
// Hashing the id keeps keys short whatever the path length (Xapian limits
// metadata keys to a few hundred bytes).
#include "engine/alerts.h"

#include "engine/document.h"
#include "engine/index.h"
#include "engine/query.h"

namespace gleaner {
namespace {

constexpr std::string_view kAlertKeyPrefix = "gleaner.alert:";
constexpr std::string_view kFiredKeyPrefix = "gleaner.fired:";
constexpr std::size_t kMaxAlertNameBytes = 64;

std::string AlertKey(std::string_view name) {
  return std::string(kAlertKeyPrefix) + std::string(name);
}

std::string FiredKeyPrefix(std::string_view name) {
  return std::string(kFiredKeyPrefix) + std::string(name) + '\x1f';
}

std::string FiredKey(std::string_view name, std::string_view doc_id) {
  return FiredKeyPrefix(name) + ContentHash(doc_id);
}

}  // namespace

bool IsValidAlertName(std::string_view name) {
  if (name.empty() || name.size() > kMaxAlertNameBytes) return false;
  for (char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '_' || c == '-' || c == '.';
    if (!ok) return false;
  }
  return true;
}

std::vector<Alert> ListAlerts(const Xapian::Database& db) {
  std::vector<Alert> alerts;
  try {
    const std::string prefix(kAlertKeyPrefix);
    for (auto key = db.metadata_keys_begin(prefix); key != db.metadata_keys_end(prefix); ++key) {
      alerts.push_back({(*key).substr(prefix.size()), db.get_metadata(*key)});
    }
  } catch (const Xapian::Error& e) {
    throw AlertError("cannot read alerts: " + e.get_description());
  }
  return alerts;  // metadata keys come out sorted
}

namespace {

Xapian::WritableDatabase OpenForAlerts(const std::filesystem::path& db_dir) {
  RemoveInterruptedCreation(db_dir);
  return Xapian::WritableDatabase(db_dir.string(), Xapian::DB_CREATE_OR_OPEN);
}

}  // namespace

AlertStore::AlertStore(const std::filesystem::path& db_dir) try : db_(OpenForAlerts(db_dir)) {
} catch (const Xapian::Error& e) {
  throw AlertError("cannot open database " + db_dir.string() + " for writing: " +
                   e.get_description());
}

void AlertStore::Add(const Alert& alert) {
  if (!IsValidAlertName(alert.name)) {
    throw AlertError("alert name '" + alert.name +
                     "' must be 1-64 characters of letters, digits, '_', '-' or '.'");
  }
  ParseQuery(db_, alert.query);  // throws QueryError with the column
  try {
    if (!db_.get_metadata(AlertKey(alert.name)).empty()) {
      throw AlertError("alert '" + alert.name + "' already exists; remove it first");
    }
    db_.set_metadata(AlertKey(alert.name), alert.query);
  } catch (const Xapian::Error& e) {
    throw AlertError("cannot save alert: " + e.get_description());
  }
}

bool AlertStore::Remove(std::string_view name) {
  try {
    if (db_.get_metadata(AlertKey(name)).empty()) return false;
    db_.set_metadata(AlertKey(name), "");  // an empty value deletes the entry
    const std::string prefix = FiredKeyPrefix(name);
    std::vector<std::string> fired;
    for (auto key = db_.metadata_keys_begin(prefix); key != db_.metadata_keys_end(prefix); ++key) {
      fired.push_back(*key);
    }
    for (const std::string& key : fired) db_.set_metadata(key, "");
    return true;
  } catch (const Xapian::Error& e) {
    throw AlertError("cannot remove alert: " + e.get_description());
  }
}

bool AlertStore::HasFired(std::string_view alert_name, std::string_view doc_id) const {
  try {
    return !db_.get_metadata(FiredKey(alert_name, doc_id)).empty();
  } catch (const Xapian::Error& e) {
    throw AlertError("cannot read alerts: " + e.get_description());
  }
}

void AlertStore::MarkFired(std::string_view alert_name, std::string_view doc_id) {
  try {
    db_.set_metadata(FiredKey(alert_name, doc_id), std::string(doc_id));
  } catch (const Xapian::Error& e) {
    throw AlertError("cannot record alert: " + e.get_description());
  }
}

void AlertStore::Commit() {
  try {
    db_.commit();
  } catch (const Xapian::Error& e) {
    throw AlertError("cannot commit alerts: " + e.get_description());
  }
}

}  // namespace gleaner
