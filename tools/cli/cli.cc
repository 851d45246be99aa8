// Error lines, data-folder resolution and the shared input loop.
#include "tools/cli/cli.h"

#include <cstdlib>
#include <iostream>

#include "engine/readers/reader.h"

namespace gleaner::cli {

namespace po = boost::program_options;

bool ParseCommandLine(const std::vector<std::string>& args, std::string_view usage,
                      const po::options_description& options,
                      const po::positional_options_description& positional,
                      po::variables_map& vm) {
  try {
    po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
    if (vm.count("help") != 0) {
      std::cout << usage << "\n" << options;
      return false;
    }
    po::notify(vm);
  } catch (const po::error& e) {
    throw UsageError(e.what());
  }
  return true;
}

std::string ParseDocDateOption(const std::string& value) {
  if (value.empty()) return value;
  const std::string normalized = NormalizeIsoDate(value);
  if (normalized.empty()) throw UsageError("--doc-date '" + value + "' is not YYYY-MM-DD");
  return normalized;
}

ShardSpec ParseShardOption(const std::string& value) {
  if (value.empty()) return {};
  try {
    return ParseShardSpec(value);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
}

void PrintError(std::string_view subject, std::string_view reason) {
  std::cerr << "gleaner: " << subject << ": " << reason << '\n';
}

std::filesystem::path ResolveDataDir(const std::string& flag_value) {
  if (!flag_value.empty()) return flag_value;
  if (const char* env = std::getenv("GLEANER_DATA_DIR"); env != nullptr && *env != '\0') {
    return env;
  }
  return GLEANER_DATA_DIR;
}

InputTotals ForEachAnalyzedInput(
    const std::vector<std::string>& paths, const Analyzer& analyzer,
    const std::string& default_date, const std::function<bool(const Document&)>& skip,
    const std::function<void(const Document&, const Analysis&)>& sink, const ShardSpec& shard) {
  InputTotals totals;
  std::vector<std::string> listing_errors;
  const std::vector<std::filesystem::path> inputs = ListInputs(paths, &listing_errors);
  for (const std::string& error : listing_errors) {
    std::cerr << "gleaner: " << error << '\n';
    ++totals.failed;
  }
  for (const std::filesystem::path& input : inputs) {
    if (!InShard(input, shard)) continue;
    const auto analyze = [&](Document&& doc) {
      if (doc.date.empty() && !default_date.empty()) {
        doc.date = default_date;
        doc.date_source = DateSource::kCommandLine;
      }
      totals.bytes += doc.raw.size();
      if (skip && skip(doc)) {
        ++totals.skipped;
        return;
      }
      try {
        const Analysis analysis = analyzer.Analyze(doc);
        sink(doc, analysis);
        ++totals.documents;
      } catch (const std::exception& e) {
        PrintError(doc.id, e.what());
        ++totals.failed;
      }
    };
    const auto member_failed = [&](const std::string& member_id, const std::string& reason) {
      PrintError(member_id, reason);
      ++totals.failed;
    };
    try {
      ReadDocuments(input, ReaderLimits{}, analyze, member_failed);
    } catch (const std::exception& e) {
      PrintError(input.string(), e.what());
      ++totals.failed;
    }
  }
  return totals;
}

}  // namespace gleaner::cli
