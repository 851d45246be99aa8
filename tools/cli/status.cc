// gleaner status: what the last ingest into a database did, from the ingest
// records stored in it (engine/ingest_records.h), and which inputs failed.
#include <cstdio>
#include <iostream>

#include <xapian.h>

#include "engine/ingest_records.h"
#include "tools/cli/cli.h"
#include "tools/cli/terminal.h"

namespace gleaner::cli {

namespace po = boost::program_options;

namespace {

std::string Count(std::size_t count) { return FormatCount(static_cast<std::int64_t>(count)); }

}  // namespace

int RunStatus(const std::vector<std::string>& args) {
  std::string db_dir;
  po::options_description options("options");
  options.add_options()
      ("help,h", "print this help")
      ("db", po::value(&db_dir)->required(), "database folder");
  po::positional_options_description positional;
  po::variables_map vm;
  if (!ParseCommandLine(args,
                        "usage: gleaner status --db DIR\n"
                        "Summarises the last ingest run and lists the inputs that failed\n"
                        "(they are retried by the next run).",
                        options, positional, vm)) {
    return kExitOk;
  }
  std::optional<RunSummary> run;
  std::vector<InputRecord> records;
  Xapian::doccount documents = 0;
  try {
    const Xapian::Database db(db_dir);
    run = GetRunSummary(db);
    records = AllInputRecords(db);
    documents = db.get_doccount();
  } catch (const Xapian::Error& e) {
    PrintError(db_dir, "cannot open database: " + e.get_description());
    return kExitUsage;
  }
  if (!run) {
    std::cout << db_dir << ": " << FormatCount(documents)
              << " documents, no ingest run recorded\n";
    return kExitOk;
  }
  const double seconds = run->seconds;
  const std::size_t processed = run->documents_indexed;
  char figures[200];
  std::snprintf(figures, sizeof figures,
                "%.2f s, %.2f MB read, %.1f docs/s, %.2f MB/s; stage time read %.1f s, "
                "analyze %.1f s, index %.1f s",
                seconds, static_cast<double>(run->bytes) / 1e6,
                seconds > 0 ? static_cast<double>(processed) / seconds : 0.0,
                seconds > 0 ? static_cast<double>(run->bytes) / 1e6 / seconds : 0.0,
                run->read_ms / 1e3, run->analyze_ms / 1e3, run->index_ms / 1e3);
  std::cout << "database:  " << db_dir << " (" << FormatCount(documents) << " documents, "
            << Count(records.size()) << " inputs recorded)\n"
            << "last run:  #" << run->run << " started " << run->started << ", "
            << (run->complete ? "complete" : "interrupted (the same command completes it)")
            << ", " << Count(run->threads) << " threads\n"
            << "inputs:    " << Count(run->inputs) << " listed: " << Count(run->indexed)
            << " indexed, " << Count(run->unchanged) << " unchanged, " << Count(run->failed)
            << " failed";
  if (run->pruned != 0) std::cout << ", " << Count(run->pruned) << " pruned";
  std::cout << "\n"
            << "documents: " << Count(run->documents_indexed) << " indexed, "
            << Count(run->member_failures) << " members failed\n"
            << "time:      " << figures << "\n";
  std::size_t failures = 0;
  for (const InputRecord& record : records) {
    if (record.status == InputStatus::kFailed) ++failures;
  }
  if (failures != 0) {
    std::cout << "\nfailed inputs (" << Count(failures) << "):\n";
    for (const InputRecord& record : records) {
      if (record.status == InputStatus::kFailed) {
        std::cout << "  " << PrintableLine(record.path) << ": " << PrintableLine(record.reason)
                  << "\n";
      }
    }
  }
  std::size_t with_failed_members = 0;
  for (const InputRecord& record : records) {
    if (record.status != InputStatus::kFailed && record.member_failures != 0) ++with_failed_members;
  }
  if (with_failed_members != 0) {
    std::cout << "\ninputs with failed members (" << Count(with_failed_members) << "):\n";
    for (const InputRecord& record : records) {
      if (record.status == InputStatus::kFailed || record.member_failures == 0) continue;
      std::cout << "  " << PrintableLine(record.path) << ": " << Count(record.member_failures) << " of "
                << Count(record.documents + record.member_failures) << " members failed\n";
      for (const auto& [id, reason] : record.failed_members) {
        std::cout << "    " << PrintableLine(id) << ": " << PrintableLine(reason) << "\n";
      }
      if (record.member_failures > record.failed_members.size()) {
        std::cout << "    ... and " << Count(record.member_failures - record.failed_members.size())
                  << " more\n";
      }
    }
  }
  return kExitOk;
}

}  // namespace gleaner::cli
