// gleaner extract: the entities of files as JSON Lines in the exchange format
// of shared/eval/GUIDELINES.md, without an index.
#include <iostream>

#include <boost/json.hpp>

#include "engine/document_json.h"
#include "tools/cli/cli.h"

namespace gleaner::cli {

namespace po = boost::program_options;

int RunExtract(const std::vector<std::string>& args) {
  std::string doc_date;
  std::string data_dir;
  std::size_t threads = 0;
  std::vector<std::string> paths;
  std::string shard;
  po::options_description options("options");
  options.add_options()
      ("help,h", "print this help")
      ("doc-date", po::value(&doc_date),
       "YYYY-MM-DD anchor for documents without a date of their own (sidecar or metadata)")
      ("data-dir", po::value(&data_dir), "folder holding rules/ (default: the built-in corpora)")
      ("threads", po::value(&threads)->default_value(0),
       "threads reading and analyzing (0: one per core); output order stays the input order")
      ("shard", po::value(&shard), "I/N: only the inputs of shard I of N (0-based, see engine/shard.h)")
      ("path", po::value(&paths), "input files or folders");
  po::positional_options_description positional;
  positional.add("path", -1);
  po::variables_map vm;
  if (!ParseCommandLine(args, "usage: gleaner extract [--doc-date YYYY-MM-DD] PATH...\n"
                        "Writes one JSON object per entity: doc, type, text, start, end, value\n"
                        "(+ unit, country, parent); start/end are UTF-8 byte offsets into the file.",
                        options, positional, vm)) {
    return kExitOk;
  }
  if (paths.empty()) throw UsageError("no input paths");
  doc_date = ParseDocDateOption(doc_date);
  const ShardSpec shard_spec = ParseShardOption(shard);
  const std::filesystem::path rules = ResolveDataDir(data_dir);
  std::unique_ptr<Analyzer> analyzer;
  try {
    analyzer = std::make_unique<Analyzer>(rules);
  } catch (const std::exception& e) {
    std::cerr << "gleaner: " << e.what() << '\n';
    return kExitUsage;
  }
  std::ios::sync_with_stdio(false);
  // One writer and one buffer for every line: writing a line then seldom
  // allocates, and each document's lines go out in one write.
  ExchangeLineWriter writer;
  std::string buffer;
  const InputTotals totals = ForEachAnalyzedInput(
      paths, *analyzer, doc_date, {},
      [&](const Document& doc, const Analysis& analysis) {
        const std::string doc_name = ExchangeDocName(doc);
        buffer.clear();
        for (const Mention& mention : analysis.mentions) writer.Append(doc_name, mention, &buffer);
        std::cout.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      },
      threads, shard_spec);
  std::cout.flush();
  return totals.failed == 0 ? kExitOk : kExitSomeFailed;
}

}  // namespace gleaner::cli
