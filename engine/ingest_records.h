// Ingest records: what happened to each input file on the last run that
// touched it (indexed, unchanged, failed and why, stage timings), and a
// summary of the last run. They live in the database's user metadata, so
// they commit atomically with the documents they describe: after a crash
// the records and the documents agree.
#ifndef GLEANER_ENGINE_INGEST_RECORDS_H_
#define GLEANER_ENGINE_INGEST_RECORDS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <xapian.h>

namespace gleaner {

enum class InputStatus { kIndexed, kUnchanged, kFailed };

std::string_view InputStatusName(InputStatus status);
std::optional<InputStatus> ParseInputStatus(std::string_view name);

// How many failed members an input record names (all are counted).
inline constexpr std::size_t kRecordedMemberFailures = 20;

struct InputRecord {
  std::string path;  // the input file as listed (absolute when given so)
  InputStatus status = InputStatus::kIndexed;
  std::string reason;  // why it failed (kFailed only)
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;  // last modification, nanoseconds since the epoch
  // ContentHash over the content hashes of the input's documents in order:
  // equal when the file holds the same documents again.
  std::string content_hash;
  std::size_t documents = 0;        // documents the input yielded
  std::size_t member_failures = 0;  // members (archive entries, records) that failed
  // The first kRecordedMemberFailures of them: member id and reason.
  std::vector<std::pair<std::string, std::string>> failed_members;
  double read_ms = 0;
  double analyze_ms = 0;
  double index_ms = 0;
  std::uint64_t run = 0;  // the run that last wrote this record
};

// A summary of one `gleaner ingest` run, rewritten at every commit while the
// run goes on (complete = false) and at its end.
struct RunSummary {
  std::uint64_t run = 0;
  bool complete = false;
  std::string started;  // UTC, ISO 8601
  double seconds = 0;
  std::size_t inputs = 0;  // inputs listed for the run
  std::size_t indexed = 0;
  std::size_t unchanged = 0;
  std::size_t failed = 0;
  std::size_t pruned = 0;  // inputs removed by --prune
  std::size_t documents_indexed = 0;
  std::size_t member_failures = 0;
  std::uint64_t bytes = 0;  // bytes of the inputs read
  double read_ms = 0;
  double analyze_ms = 0;
  double index_ms = 0;
  std::size_t threads = 0;
};

// Reading and writing records in a database's user metadata. Keys are
// "gleaner.input." + ContentHash(path) (Xapian limits key length; the path
// itself is kept in the record).
void PutInputRecord(Xapian::WritableDatabase& db, const InputRecord& record);
void EraseInputRecord(Xapian::WritableDatabase& db, std::string_view path);
std::optional<InputRecord> GetInputRecord(const Xapian::Database& db, std::string_view path);
// Every record, in key order. A record that does not parse is skipped.
std::vector<InputRecord> AllInputRecords(const Xapian::Database& db);

void PutRunSummary(Xapian::WritableDatabase& db, const RunSummary& summary);
std::optional<RunSummary> GetRunSummary(const Xapian::Database& db);

}  // namespace gleaner

#endif  // GLEANER_ENGINE_INGEST_RECORDS_H_
