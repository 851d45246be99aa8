// Shared pieces of the gleaner command line: exit codes, error lines, the
// data folder, and the read-and-analyze loop that ingest and extract share.
#ifndef GLEANER_TOOLS_CLI_CLI_H_
#define GLEANER_TOOLS_CLI_CLI_H_

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/program_options.hpp>

#include "engine/document.h"
#include "engine/shard.h"
#include "extractors/analyzer.h"

namespace gleaner::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeFailed = 1;
inline constexpr int kExitUsage = 2;

// Thrown for a bad command line; main prints it and exits with kExitUsage.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A command line cut in two: option tokens with the values they take, and
// the positional arguments in order (everything after "--" is positional).
struct SplitArguments {
  std::vector<std::string> options;
  std::vector<std::string> positional;
};
SplitArguments SplitPositionalArguments(const std::vector<std::string>& args,
                                        const boost::program_options::options_description& options);

// Parses a subcommand's arguments into `vm`. Returns false after printing
// `usage` and `options` to stdout when --help was given; throws UsageError
// for anything Program_options rejects.
bool ParseCommandLine(const std::vector<std::string>& args, std::string_view usage,
                      const boost::program_options::options_description& options,
                      const boost::program_options::positional_options_description& positional,
                      boost::program_options::variables_map& vm);

// The --doc-date value normalized to YYYY-MM-DD ("" stays ""); throws
// UsageError when it is not a calendar date.
std::string ParseDocDateOption(const std::string& value);

// "gleaner: SUBJECT: reason" on stderr.
void PrintError(std::string_view subject, std::string_view reason);

// --data-dir if given, else $GLEANER_DATA_DIR, else the folder set at build time.
std::filesystem::path ResolveDataDir(const std::string& flag_value);

struct InputTotals {
  std::size_t documents = 0;  // read and analyzed
  std::size_t skipped = 0;    // read, but `skip` said no analysis was needed
  std::size_t failed = 0;     // inputs that could not be read or analyzed
  std::size_t bytes = 0;      // raw bytes of the documents read
};

// Lists `paths`, reads each input, fills a missing document date from
// `default_date` (DateSource::kCommandLine), and, unless `skip` (may be
// empty) returns true for it, analyzes it and hands both to `sink`: once per
// document, or once per part, in text order, for a text longer than
// kMaxAnalyzedPartBytes (Analyzer::AnalyzeInParts), which this thread
// analyzes when its turn comes so that its whole analysis is never held.
// Reading and analysis run on `threads` threads (0: one per core, 1: this
// thread only; `skip` must then be thread-safe), `sink` runs on this thread
// in input order, so output is the same whatever the thread count. A bad
// input gets one error line and the loop goes on; a sink or an analysis
// that throws std::exception marks that input failed too (the parts before
// it already went to `sink`). Only the input files that fall in `shard`
// (engine/shard.h) are read.
InputTotals ForEachAnalyzedInput(
    const std::vector<std::string>& paths, const Analyzer& analyzer,
    const std::string& default_date, const std::function<bool(const Document&)>& skip,
    const std::function<void(const Document&, const Analysis&)>& sink, std::size_t threads = 1,
    const ShardSpec& shard = {});

// The --shard value parsed; throws UsageError for a bad "I/N".
ShardSpec ParseShardOption(const std::string& value);

// Subcommands; each parses its own arguments (args excludes the command name).
int RunIngest(const std::vector<std::string>& args);
int RunStatus(const std::vector<std::string>& args);
int RunSearch(const std::vector<std::string>& args);
int RunShow(const std::vector<std::string>& args);
int RunExtract(const std::vector<std::string>& args);
int RunTimeline(const std::vector<std::string>& args);
int RunCooccur(const std::vector<std::string>& args);
int RunEntity(const std::vector<std::string>& args);
int RunMerge(const std::vector<std::string>& args);

}  // namespace gleaner::cli

#endif  // GLEANER_TOOLS_CLI_CLI_H_
