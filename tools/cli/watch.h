// Monitoring subcommands: `gleaner alert` (saved queries) and `gleaner watch`
// (follow folders and feeds, ingest what is new, fire the alerts).
#ifndef GLEANER_TOOLS_CLI_WATCH_H_
#define GLEANER_TOOLS_CLI_WATCH_H_

#include <string>
#include <vector>

namespace gleaner::cli {

// gleaner alert add|list|rm --db DIR ...
int RunAlert(const std::vector<std::string>& args);

// gleaner watch --db DIR [--exec CMD] [--interval S] [--once] SOURCE...
int RunWatch(const std::vector<std::string>& args);

}  // namespace gleaner::cli

#endif  // GLEANER_TOOLS_CLI_WATCH_H_
