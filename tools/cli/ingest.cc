// gleaner ingest: read files and folders, extract entities, index them.
#include <chrono>
#include <cstdio>
#include <iostream>

#include "engine/index.h"
#include "tools/cli/cli.h"
#include "tools/cli/terminal.h"

namespace gleaner::cli {

namespace po = boost::program_options;

int RunIngest(const std::vector<std::string>& args) {
  std::string db_dir;
  std::string data_dir;
  std::string doc_date;
  bool force = false;
  std::vector<std::string> paths;
  std::string shard;
  po::options_description options("options");
  options.add_options()
      ("help,h", "print this help")
      ("db", po::value(&db_dir)->required(), "database folder (created when missing)")
      ("force", po::bool_switch(&force), "re-index files whose content has not changed")
      ("doc-date", po::value(&doc_date),
       "YYYY-MM-DD date for documents without one of their own")
      ("data-dir", po::value(&data_dir), "folder holding rules/ (default: the built-in corpora)")
      ("shard", po::value(&shard), "I/N: only the inputs of shard I of N (0-based, see engine/shard.h)")
      ("path", po::value(&paths), "input files or folders");
  po::positional_options_description positional;
  positional.add("path", -1);
  po::variables_map vm;
  if (!ParseCommandLine(args, "usage: gleaner ingest --db DIR [--force] PATH...\n"
                        "Indexes every file under PATH; a file already indexed with the same\n"
                        "content is skipped, a changed one is replaced.",
                        options, positional, vm)) {
    return kExitOk;
  }
  if (paths.empty()) throw UsageError("no input paths");
  doc_date = ParseDocDateOption(doc_date);
  const ShardSpec shard_spec = ParseShardOption(shard);

  const auto started = std::chrono::steady_clock::now();
  std::unique_ptr<Analyzer> analyzer;
  std::unique_ptr<IndexWriter> writer;
  try {
    analyzer = std::make_unique<Analyzer>(ResolveDataDir(data_dir));
    writer = std::make_unique<IndexWriter>(db_dir);
  } catch (const std::exception& e) {
    std::cerr << "gleaner: " << e.what() << '\n';
    return kExitUsage;
  }

  // Unchanged files are skipped before analysis: the reader already hashed them.
  const auto unchanged = [&](const Document& doc) {
    return !force && writer->StoredHash(doc.id) == doc.content_hash;
  };
  std::size_t indexed = 0;
  constexpr std::size_t kCommitEveryBytes = 32u << 20;
  std::size_t uncommitted_bytes = 0;
  const InputTotals totals = ForEachAnalyzedInput(
      paths, *analyzer, doc_date, unchanged, [&](const Document& doc, const Analysis& analysis) {
        writer->Add(doc, analysis);
        ++indexed;
        uncommitted_bytes += doc.raw.size();
        if (uncommitted_bytes >= kCommitEveryBytes) {
          writer->Commit();
          uncommitted_bytes = 0;
        }
      }, shard_spec);
  try {
    writer->Commit();
  } catch (const std::exception& e) {
    PrintError(db_dir, e.what());
    return kExitSomeFailed;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  char rates[128];
  std::snprintf(rates, sizeof rates, "in %.2f s (%.1f docs/s, %.2f MB/s)", seconds,
                seconds > 0 ? static_cast<double>(totals.documents + totals.skipped) / seconds : 0.0,
                seconds > 0 ? static_cast<double>(totals.bytes) / 1e6 / seconds : 0.0);
  std::cout << "gleaner: " << FormatCount(static_cast<std::int64_t>(indexed)) << " indexed, "
            << FormatCount(static_cast<std::int64_t>(totals.skipped)) << " unchanged, "
            << FormatCount(static_cast<std::int64_t>(totals.failed)) << " failed " << rates << "; "
            << FormatCount(writer->size()) << " documents in " << db_dir << '\n';
  return totals.failed == 0 ? kExitOk : kExitSomeFailed;
}

}  // namespace gleaner::cli
