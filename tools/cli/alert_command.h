// Runs the --exec command of `gleaner watch` for one alert: no shell, the
// JSON line on its stdin, the alert name and document id in its environment.
#ifndef GLEANER_TOOLS_CLI_ALERT_COMMAND_H_
#define GLEANER_TOOLS_CLI_ALERT_COMMAND_H_

#include <chrono>
#include <stdexcept>
#include <string>
#include <vector>

namespace gleaner::cli {

// A command that could not start, failed, or ran past its time limit.
class AlertCommandError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Splits a --exec value into argv the way a POSIX shell splits words (quotes
// and backslashes), without expanding anything; throws AlertCommandError for
// an empty command. (An unbalanced quote is taken literally by split_unix.)
std::vector<std::string> SplitCommand(const std::string& command);

// Runs `argv` (argv[0] looked up on PATH) with `json_line` + '\n' on stdin,
// GLEANER_ALERT and GLEANER_DOC_ID set, its stdout and stderr going to our
// stderr (our stdout carries only alert lines), and waits for it. A command
// still running after `time_limit` is killed.
// Throws AlertCommandError when it cannot start, exits non-zero or is killed.
void RunAlertCommand(const std::vector<std::string>& argv, const std::string& json_line,
                     const std::string& alert_name, const std::string& doc_id,
                     std::chrono::seconds time_limit = std::chrono::seconds(60));

}  // namespace gleaner::cli

#endif  // GLEANER_TOOLS_CLI_ALERT_COMMAND_H_
