// Error lines, data-folder resolution and the shared input loop.
#include "tools/cli/cli.h"

#include <cstdlib>
#include <algorithm>
#include <iostream>
#include <optional>
#include <thread>
#include <utility>

#include "engine/pipeline.h"
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
    const std::function<void(const Document&, const Analysis&)>& sink, std::size_t threads,
    const ShardSpec& shard) {
  InputTotals totals;
  std::vector<std::string> listing_errors;
  const std::vector<std::filesystem::path> inputs =
      SelectShard(ListInputs(paths, &listing_errors), shard);
  for (const std::string& error : listing_errors) {
    std::cerr << "gleaner: " << error << '\n';
    ++totals.failed;
  }
  // One input's documents, analyzed on a worker, handed to `sink` in input
  // order on this thread.
  struct Analyzed {
    Document document;
    std::optional<Analysis> analysis;  // empty when skipped
  };
  struct InputResult {
    std::vector<Analyzed> documents;
    std::vector<std::pair<std::string, std::string>> errors;  // id, reason (in order)
    std::size_t bytes = 0;
  };
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t workers = threads == 1 ? 0 : threads;
  const std::size_t window = workers == 0 ? 1 : DefaultWindow(workers);
  std::vector<InputResult> slots(window);
  const auto produce = [&](std::size_t i) {
    InputResult& result = slots[i % window];
    const auto analyze = [&](Document&& doc) {
      if (doc.date.empty() && !default_date.empty()) {
        doc.date = default_date;
        doc.date_source = DateSource::kCommandLine;
      }
      result.bytes += doc.raw.size();
      Analyzed item{std::move(doc), std::nullopt};
      if (!(skip && skip(item.document))) {
        try {
          item.analysis = analyzer.Analyze(item.document);
        } catch (const std::exception& e) {
          result.errors.emplace_back(item.document.id, e.what());
          return;
        }
      }
      result.documents.push_back(std::move(item));
    };
    const auto member_failed = [&](const std::string& member_id, const std::string& reason) {
      result.errors.emplace_back(member_id, reason);
    };
    try {
      ReadDocuments(inputs[i], ReaderLimits{}, analyze, member_failed);
    } catch (const std::exception& e) {
      result.errors.emplace_back(inputs[i].string(), e.what());
    }
  };
  const auto consume = [&](std::size_t i) {
    InputResult& result = slots[i % window];
    totals.bytes += result.bytes;
    for (const Analyzed& item : result.documents) {
      if (!item.analysis) {
        ++totals.skipped;
        continue;
      }
      try {
        sink(item.document, *item.analysis);
        ++totals.documents;
      } catch (const std::exception& e) {
        PrintError(item.document.id, e.what());
        ++totals.failed;
      }
    }
    for (const auto& [id, reason] : result.errors) {
      PrintError(id, reason);
      ++totals.failed;
    }
    result = InputResult{};
  };
  RunInOrder(inputs.size(), workers, window, produce, consume);
  return totals;
}

}  // namespace gleaner::cli
