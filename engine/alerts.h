// Saved alerts: named queries kept in the database's own user metadata (so
// they travel with the database and survive restarts), and the durable record
// of which (alert, document) pairs have already fired.
#ifndef GLEANER_ENGINE_ALERTS_H_
#define GLEANER_ENGINE_ALERTS_H_

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace gleaner {

struct Alert {
  std::string name;
  std::string query;  // gleaner's query language (engine/query.h)
};

// A bad alert name, a duplicate, or a database failure. what() is one line.
class AlertError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Alert names are 1 to 64 characters of A-Z a-z 0-9 '_' '-' '.'.
bool IsValidAlertName(std::string_view name);

// The saved alerts of an open database, sorted by name.
std::vector<Alert> ListAlerts(const Xapian::Database& db);

// Read-write access to the alerts of one database. Holds Xapian's write lock
// while alive, so open it only for the moment it is needed.
class AlertStore {
 public:
  // Opens (creating when missing) the database folder; throws AlertError.
  explicit AlertStore(const std::filesystem::path& db_dir);
  AlertStore(const AlertStore&) = delete;
  AlertStore& operator=(const AlertStore&) = delete;

  // Saves a new alert after parsing its query against the database. Throws
  // QueryError for a query the parser rejects, AlertError for a bad or
  // already used name.
  void Add(const Alert& alert);
  // Removes the alert and forgets where it fired; false when it did not exist.
  bool Remove(std::string_view name);
  std::vector<Alert> List() const { return ListAlerts(db_); }

  bool HasFired(std::string_view alert_name, std::string_view doc_id) const;
  void MarkFired(std::string_view alert_name, std::string_view doc_id);

  void Commit();
  const Xapian::Database& database() const { return db_; }

 private:
  Xapian::WritableDatabase db_;
};

}  // namespace gleaner

#endif  // GLEANER_ENGINE_ALERTS_H_
