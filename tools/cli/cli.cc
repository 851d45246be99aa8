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
#include "tools/cli/terminal.h"

namespace gleaner::cli {

namespace po = boost::program_options;

namespace {

// The option a token such as "--threads", "--threads=2", "-h" or "-hx" names,
// or nullptr when `options` does not know it (Program_options then reports it).
const po::option_description* OptionNamedBy(const std::string& token,
                                            const po::options_description& options) {
  if (token.rfind("--", 0) == 0) {
    return options.find_nothrow(token.substr(2, token.find('=') - 2), /*approx=*/true);
  }
  return options.find_nothrow(token.substr(0, 2), /*approx=*/false);
}

// Whether the token after an option token is that option's value: the option
// takes one and the token did not carry it ("--db=DIR", "-dDIR").
bool TakesTheNextToken(const std::string& token, const po::option_description* option) {
  if (option == nullptr || option->semantic()->min_tokens() == 0) return false;
  if (token.rfind("--", 0) == 0) return token.find('=') == std::string::npos;
  return token.size() == 2;
}

}  // namespace

SplitArguments SplitPositionalArguments(const std::vector<std::string>& args,
                                        const po::options_description& options) {
  SplitArguments split;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& token = args[i];
    if (token == "--") {
      split.positional.insert(split.positional.end(), args.begin() + i + 1, args.end());
      break;
    }
    if (token.size() < 2 || token[0] != '-') {
      split.positional.push_back(token);
      continue;
    }
    split.options.push_back(token);
    if (TakesTheNextToken(token, OptionNamedBy(token, options)) && i + 1 < args.size()) {
      split.options.push_back(args[++i]);
    }
  }
  return split;
}

bool ParseCommandLine(const std::vector<std::string>& args, std::string_view usage,
                      const po::options_description& options,
                      const po::positional_options_description& positional,
                      po::variables_map& vm) {
  try {
    // Program_options erases each token it consumes from the front of its
    // token list, which costs time quadratic in the number of arguments
    // (half a second for 21,578 file names). Only the options go through
    // it; the positional arguments are added here, one option each, the way
    // its own parser would add them.
    const SplitArguments split = SplitPositionalArguments(args, options);
    po::parsed_options parsed = po::command_line_parser(split.options).options(options).run();
    for (std::size_t i = 0; i < split.positional.size(); ++i) {
      if (i >= positional.max_total_count()) throw po::too_many_positional_options_error();
      po::option option(positional.name_for_position(static_cast<unsigned>(i)),
                        {split.positional[i]});
      option.position_key = static_cast<int>(i);
      option.original_tokens = {split.positional[i]};
      parsed.options.push_back(std::move(option));
    }
    po::store(parsed, vm);
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
  std::cerr << "gleaner: " << PrintableLine(subject) << ": " << PrintableLine(reason) << '\n';
}

std::filesystem::path ResolveDataDir(const std::string& flag_value) {
  if (!flag_value.empty()) return flag_value;
  if (const char* env = std::getenv("GLEANER_DATA_DIR"); env != nullptr && *env != '\0') {
    return env;
  }
  return GLEANER_DATA_DIR;
}

namespace {

// How many consecutive inputs one work item of ForEachAnalyzedInput holds:
// enough that a worker is woken a few hundred times rather than once per
// file, few enough that every worker gets many items (so the load evens
// out) and that the window of items in flight stays small in memory.
std::size_t InputsPerBatch(std::size_t inputs, std::size_t workers) {
  constexpr std::size_t kItemsPerWorker = 64;
  constexpr std::size_t kMaxBatch = 32;
  return std::clamp<std::size_t>(inputs / (workers * kItemsPerWorker), 1, kMaxBatch);
}

}  // namespace

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
    std::cerr << "gleaner: " << PrintableLine(error) << '\n';
    ++totals.failed;
  }
  // One input's documents, analyzed on a worker, handed to `sink` in input
  // order on this thread. A long text is analyzed here instead, when its
  // turn comes, part by part, each part going to `sink` at once: held
  // whole until its turn, its analysis would be five times its size.
  struct Analyzed {
    Document document;
    std::optional<Analysis> analysis;  // empty when skipped or analyzed in parts
    bool analyze_in_parts = false;
  };
  struct InputResult {
    std::vector<Analyzed> documents;
    std::vector<std::pair<std::string, std::string>> errors;  // id, reason (in order)
    std::size_t bytes = 0;
  };
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t workers = threads == 1 ? 0 : threads;
  // Workers take the inputs in batches of consecutive files: handing each
  // small file to a worker and back costs a wake-up of both threads, which
  // on a folder of news items took more time than reading them.
  const std::size_t batch = workers == 0 ? 1 : InputsPerBatch(inputs.size(), workers);
  const std::size_t batches = (inputs.size() + batch - 1) / batch;
  const std::size_t window = workers == 0 ? 1 : DefaultWindow(workers);
  std::vector<std::vector<InputResult>> slots(window);
  const auto produce_one = [&](std::size_t i, InputResult& result) {
    const auto analyze = [&](Document&& doc) {
      if (doc.date.empty() && !default_date.empty()) {
        doc.date = default_date;
        doc.date_source = DateSource::kCommandLine;
      }
      result.bytes += doc.raw.size();
      std::string().swap(doc.raw);  // the sinks read text; a 60 MB file's bytes go now
      Analyzed item{std::move(doc), std::nullopt};
      if (item.document.text.size() > kMaxAnalyzedPartBytes) {
        item.analyze_in_parts = !(skip && skip(item.document));
      } else if (!(skip && skip(item.document))) {
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
  const auto produce = [&](std::size_t b) {
    std::vector<InputResult>& results = slots[b % window];
    const std::size_t first = b * batch;
    const std::size_t last = std::min(inputs.size(), first + batch);
    results.resize(last - first);
    for (std::size_t i = first; i < last; ++i) produce_one(i, results[i - first]);
  };
  const auto consume_one = [&](InputResult& result) {
    totals.bytes += result.bytes;
    for (const Analyzed& item : result.documents) {
      if (!item.analysis && !item.analyze_in_parts) {
        ++totals.skipped;
        continue;
      }
      try {
        if (item.analyze_in_parts) {
          analyzer.AnalyzeInParts(item.document,
                                  [&](Analysis&& part) { sink(item.document, part); });
        } else {
          sink(item.document, *item.analysis);
        }
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
  };
  const auto consume = [&](std::size_t b) {
    std::vector<InputResult>& results = slots[b % window];
    for (InputResult& result : results) consume_one(result);
    results.clear();
  };
  RunInOrder(batches, workers, window, produce, consume);
  return totals;
}

}  // namespace gleaner::cli
