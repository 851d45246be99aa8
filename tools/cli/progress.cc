// Formats IngestProgress as one line: inputs done/total, rates, ETA, errors.
#include "tools/cli/progress.h"

#include <cstdio>
#include <string>

#include "tools/cli/terminal.h"

namespace gleaner::cli {

ProgressDisplay::ProgressDisplay(std::ostream& out, bool interactive,
                                 std::chrono::milliseconds log_every)
    : out_(out),
      interactive_(interactive),
      every_(interactive ? std::chrono::milliseconds(250) : log_every),
      last_drawn_(std::chrono::steady_clock::now()) {}

void ProgressDisplay::Update(const IngestProgress& progress) {
  const auto now = std::chrono::steady_clock::now();
  if (now - last_drawn_ < every_ && progress.inputs_done != progress.inputs_total) return;
  if (!interactive_ && progress.inputs_done == progress.inputs_total) return;  // the summary follows
  last_drawn_ = now;
  const double seconds = progress.seconds > 0 ? progress.seconds : 1e-9;
  const double docs_per_s = static_cast<double>(progress.documents) / seconds;
  const double mb_per_s = static_cast<double>(progress.bytes) / 1e6 / seconds;
  const double inputs_per_s = static_cast<double>(progress.inputs_done) / seconds;
  const long eta = inputs_per_s > 0 ? static_cast<long>(static_cast<double>(
                                          progress.inputs_total - progress.inputs_done) /
                                          inputs_per_s)
                                    : 0;
  char rates[160];
  std::snprintf(rates, sizeof rates, "%.1f docs/s, %.2f MB/s, ETA %ld:%02ld", docs_per_s,
                mb_per_s, eta / 60, eta % 60);
  const std::string line = "gleaner: " + FormatCount(static_cast<std::int64_t>(progress.inputs_done)) +
                           "/" + FormatCount(static_cast<std::int64_t>(progress.inputs_total)) +
                           " inputs, " + rates + ", " +
                           FormatCount(static_cast<std::int64_t>(progress.errors)) + " errors";
  if (interactive_) {
    out_ << '\r' << line << "\x1b[K" << std::flush;
    line_shown_ = true;
  } else {
    out_ << line << '\n' << std::flush;
  }
}

void ProgressDisplay::Clear() {
  if (!line_shown_) return;
  out_ << "\r\x1b[K" << std::flush;
  line_shown_ = false;
}

}  // namespace gleaner::cli
