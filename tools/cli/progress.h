// The progress display of `gleaner ingest`: on a terminal one status line
// redrawn in place (documents/s, MB/s, ETA, errors so far); otherwise a
// plain log line now and then, so logs of long runs show they are alive.
#ifndef GLEANER_TOOLS_CLI_PROGRESS_H_
#define GLEANER_TOOLS_CLI_PROGRESS_H_

#include <chrono>
#include <ostream>

#include "engine/ingest.h"

namespace gleaner::cli {

class ProgressDisplay {
 public:
  // `interactive`: redraw one line with '\r' (a TTY); else log a line every
  // `log_every` of wall time.
  ProgressDisplay(std::ostream& out, bool interactive,
                  std::chrono::milliseconds log_every = std::chrono::seconds(10));

  void Update(const IngestProgress& progress);
  // Clears the redrawn line before other output (an error, the summary).
  void Clear();

 private:
  std::ostream& out_;
  bool interactive_;
  std::chrono::milliseconds every_;
  std::chrono::steady_clock::time_point last_drawn_{};
  bool line_shown_ = false;
};

}  // namespace gleaner::cli

#endif  // GLEANER_TOOLS_CLI_PROGRESS_H_
