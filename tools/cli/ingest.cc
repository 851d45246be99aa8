// gleaner ingest: read files and folders, extract entities, index them
// (incrementally, on worker threads; see engine/ingest.h).
#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "engine/ingest.h"
#include "tools/cli/cli.h"
#include "tools/cli/progress.h"
#include "tools/cli/terminal.h"

namespace gleaner::cli {

namespace po = boost::program_options;

namespace {

std::string Count(std::size_t count) { return FormatCount(static_cast<std::int64_t>(count)); }

}  // namespace

int RunIngest(const std::vector<std::string>& args) {
  std::string db_dir;
  std::string data_dir;
  std::string doc_date;
  IngestOptions ingest_options;
  double commit_mb = static_cast<double>(ingest_options.commit_bytes) / (1u << 20);
  std::vector<std::string> paths;
  std::string shard;
  po::options_description options("options");
  options.add_options()
      ("help,h", "print this help")
      ("db", po::value(&db_dir)->required(), "database folder (created when missing)")
      ("force", po::bool_switch(&ingest_options.force),
       "re-index files whose content has not changed")
      ("prune", po::bool_switch(&ingest_options.prune),
       "remove documents whose files no longer exist")
      ("threads", po::value(&ingest_options.threads)->default_value(0),
       "threads reading and analyzing (0: one per core; 1: no extra threads)")
      ("commit-mb", po::value(&commit_mb)->default_value(commit_mb),
       "commit after this many MB of new text")
      ("doc-date", po::value(&doc_date),
       "YYYY-MM-DD date for documents without one of their own")
      ("data-dir", po::value(&data_dir), "folder holding rules/ (default: the built-in corpora)")
      ("shard", po::value(&shard), "I/N: only the inputs of shard I of N (0-based, see engine/shard.h)")
      ("path", po::value(&paths), "input files or folders");
  po::positional_options_description positional;
  positional.add("path", -1);
  po::variables_map vm;
  if (!ParseCommandLine(args,
                        "usage: gleaner ingest --db DIR [--threads N] [--prune] [--force] PATH...\n"
                        "Indexes every file under PATH. A file whose size and mtime (else\n"
                        "content) match the last run is skipped, a changed one is re-indexed,\n"
                        "a failed one is retried; identical content under two paths is stored\n"
                        "once with both paths. `gleaner status` shows what the last run did.",
                        options, positional, vm)) {
    return kExitOk;
  }
  if (paths.empty()) throw UsageError("no input paths");
  if (!(commit_mb > 0)) throw UsageError("--commit-mb must be positive");
  ingest_options.default_date = ParseDocDateOption(doc_date);
  ingest_options.commit_bytes = static_cast<std::uint64_t>(commit_mb * (1u << 20));
  ingest_options.shard = ParseShardOption(shard);

  std::unique_ptr<Analyzer> analyzer;
  std::unique_ptr<IndexWriter> writer;
  try {
    analyzer = std::make_unique<Analyzer>(ResolveDataDir(data_dir));
    writer = std::make_unique<IndexWriter>(db_dir);
  } catch (const std::exception& e) {
    std::cerr << "gleaner: " << e.what() << '\n';
    return kExitUsage;
  }

  const bool interactive = isatty(STDERR_FILENO) != 0;
  ProgressDisplay progress(interactive ? std::cerr : std::cout, interactive);
  IngestEvents events;
  events.on_error = [&](const std::string& subject, const std::string& reason) {
    progress.Clear();
    PrintError(subject, reason);
  };
  events.on_progress = [&](const IngestProgress& now) { progress.Update(now); };
  const AnalyzeFunction analyze = [&](const Document& doc, const AnalysisPartSink& sink) {
    analyzer->AnalyzeInParts(doc, sink);
  };

  IngestReport report;
  try {
    report = IngestPaths(*writer, paths, analyze, ingest_options, events);
  } catch (const std::exception& e) {
    progress.Clear();
    PrintError(db_dir, e.what());
    return kExitSomeFailed;
  }
  progress.Clear();
  const RunSummary& run = report.summary;
  const double seconds = run.seconds;
  const std::size_t documents = run.documents_indexed + report.documents_unchanged;
  char rates[128];
  std::snprintf(rates, sizeof rates, "in %.2f s (%.1f docs/s, %.2f MB/s)", seconds,
                seconds > 0 ? static_cast<double>(documents) / seconds : 0.0,
                seconds > 0 ? static_cast<double>(run.bytes) / 1e6 / seconds : 0.0);
  std::cout << "gleaner: " << Count(run.indexed) << " indexed, " << Count(run.unchanged)
            << " unchanged, " << Count(run.failed) << " failed " << rates << "; "
            << FormatCount(writer->size()) << " documents in " << db_dir << '\n';
  if (run.documents_indexed != run.indexed || !report.alias_ids.empty() ||
      run.member_failures != 0 || !report.removed_ids.empty()) {
    std::cout << "gleaner: " << Count(run.documents_indexed) << " documents indexed ("
              << Count(report.alias_ids.size()) << " as extra paths of identical content), "
              << Count(run.member_failures) << " members failed, "
              << Count(report.removed_ids.size()) << " documents removed\n";
  }
  return run.failed == 0 && run.member_failures == 0 ? kExitOk : kExitSomeFailed;
}

}  // namespace gleaner::cli
