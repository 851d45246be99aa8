// The gleaner command line: dispatches to the subcommands.
#include <iostream>
#include <string>
#include <vector>

#include "tools/cli/cli.h"
#include "tools/cli/watch.h"

namespace {

constexpr const char* kUsage =
    "usage: gleaner COMMAND [OPTIONS] ...\n"
    "\n"
    "commands:\n"
    "  ingest   read files and folders, extract entities, index them\n"
    "  status   what the last ingest into a database did, and its failures\n"
    "  search   search a database\n"
    "  show     print one indexed document with its metadata and entities\n"
    "  extract  print the entities of files as JSON Lines, without an index\n"
    "  timeline documents and mentioned dates per month for a query\n"
    "  cooccur  entities that appear in the same documents as an entity\n"
    "  entity   variants, documents, first and last seen of an entity\n"
    "  watch    follow folders and feeds, index what is new, fire saved alerts\n"
    "  alert    add, list or remove the saved alerts of a database\n"
    "  merge    join shard databases into one (compact) or list them in a stub file\n"
    "\n"
    "Run 'gleaner COMMAND --help' for the options of a command.\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace gleaner::cli;
  if (argc < 2) {
    std::cerr << kUsage;
    return kExitUsage;
  }
  const std::string command = argv[1];
  const std::vector<std::string> args(argv + 2, argv + argc);
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kUsage;
    return kExitOk;
  }
  if (command == "--version") {
    std::cout << "gleaner " << GLEANER_VERSION << '\n';
    return kExitOk;
  }
  try {
    if (command == "ingest") return RunIngest(args);
    if (command == "status") return RunStatus(args);
    if (command == "search") return RunSearch(args);
    if (command == "show") return RunShow(args);
    if (command == "extract") return RunExtract(args);
    if (command == "timeline") return RunTimeline(args);
    if (command == "cooccur") return RunCooccur(args);
    if (command == "entity") return RunEntity(args);
    if (command == "watch") return RunWatch(args);
    if (command == "alert") return RunAlert(args);
    if (command == "merge") return RunMerge(args);
  } catch (const UsageError& e) {
    std::cerr << "gleaner " << command << ": " << e.what() << '\n'
              << "Run 'gleaner " << command << " --help' for usage.\n";
    return kExitUsage;
  }
  std::cerr << "gleaner: unknown command '" << command << "'\n" << kUsage;
  return kExitUsage;
}
