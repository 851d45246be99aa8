// gleaner watch: follows folders (inotify) and feeds (local files, file:// and
// http(s):// addresses polled every --interval seconds), ingests what is new or
// changed, and runs every saved alert against the new documents only. A match
// is one JSON line on stdout and in DIR/alerts.jsonl, and optionally the
// input of an --exec command; each (alert, document) pair fires once, also
// across restarts. SIGINT and SIGTERM end the loop between passes.
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <system_error>

#include <boost/json.hpp>

#include "engine/alert_match.h"
#include "engine/alerts.h"
#include "engine/index.h"
#include "engine/query.h"
#include "tools/cli/alert_command.h"
#include "tools/cli/cli.h"
#include "tools/cli/feed_source.h"
#include "tools/cli/folder_watcher.h"
#include "tools/cli/watch.h"
#include "tools/cli/watch_ingest.h"

namespace gleaner::cli {

namespace fs = std::filesystem;
namespace po = boost::program_options;
using Clock = std::chrono::steady_clock;

namespace {

constexpr const char* kAlertsLogName = "alerts.jsonl";
constexpr const char* kSpoolFolderName = "spool";

// Blocks `signals` for this thread while alive (so they queue for a
// signalfd, or, for SIGPIPE, turn into EPIPE) and restores the old mask.
class BlockedSignals {
 public:
  explicit BlockedSignals(const std::vector<int>& signals) {
    sigemptyset(&set_);
    for (int signal : signals) sigaddset(&set_, signal);
    pthread_sigmask(SIG_BLOCK, &set_, &previous_);
  }
  ~BlockedSignals() {
    // Drop whatever arrived while blocked (a SIGPIPE from a closed stdout)
    // before unblocking, so it does not kill the process on the way out.
    const timespec no_wait{0, 0};
    while (sigtimedwait(&set_, nullptr, &no_wait) > 0) {
    }
    pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
  }
  BlockedSignals(const BlockedSignals&) = delete;
  BlockedSignals& operator=(const BlockedSignals&) = delete;
  const sigset_t& set() const { return set_; }

 private:
  sigset_t set_;
  sigset_t previous_;
};

// One pass's work: ingest, then alerts; owns the alert outputs.
class WatchSession {
 public:
  WatchSession(fs::path db_dir, const Analyzer& analyzer, std::vector<std::string> exec_argv)
      : db_dir_(std::move(db_dir)),
        analyzer_(analyzer),
        exec_argv_(std::move(exec_argv)),
        alerts_log_path_(db_dir_ / kAlertsLogName) {}

  // Ingests `paths` and fires the alerts for what was new. Paths that could
  // not be ingested because the database was busy are kept for the next pass.
  void RunPass(std::vector<std::string> paths) {
    paths.insert(paths.end(), deferred_.begin(), deferred_.end());
    deferred_.clear();
    if (paths.empty()) return;
    std::vector<std::string> new_ids;
    try {
      IndexWriter writer(db_dir_);
      IngestedDocuments ingested = IngestNewDocuments(writer, analyzer_, paths);
      failed_ += ingested.totals.failed;
      new_ids = std::move(ingested.ids);
      if (!new_ids.empty() || ingested.totals.failed != 0) {
        std::cerr << "gleaner: watch: " << new_ids.size() << " new or changed, "
                  << ingested.totals.skipped << " unchanged, " << ingested.totals.failed
                  << " failed; " << writer.size() << " documents in " << db_dir_.string() << '\n';
      }
    } catch (const IndexError& e) {
      // Typically another writer holds the lock: try these paths again later.
      PrintError(db_dir_.string(), e.what());
      deferred_ = std::move(paths);
      ++failed_;
      return;
    }
    FireAlerts(new_ids);
  }

  bool has_deferred() const { return !deferred_.empty(); }
  std::size_t failed() const { return failed_; }
  void CountFailure() { ++failed_; }

 private:
  void FireAlerts(const std::vector<std::string>& new_ids) {
    if (new_ids.empty()) return;
    try {
      AlertStore store(db_dir_);
      for (const Alert& alert : store.List()) {
        std::vector<AlertMatch> matches;
        try {
          matches = MatchAlert(store.database(), alert, new_ids);
        } catch (const QueryError& e) {
          PrintError("alert " + alert.name, e.what());
          ++failed_;
          continue;
        }
        for (const AlertMatch& match : matches) {
          if (store.HasFired(match.alert, match.doc_id)) continue;
          Report(match);
          store.MarkFired(match.alert, match.doc_id);
          store.Commit();
        }
      }
    } catch (const AlertError& e) {
      PrintError(db_dir_.string(), e.what());
      ++failed_;
    }
  }

  void Report(const AlertMatch& match) {
    const std::string line = boost::json::serialize(AlertMatchToJson(match));
    std::cout << line << std::endl;  // flushed: a pipe reader sees each alert at once
    std::ofstream log(alerts_log_path_, std::ios::app | std::ios::binary);
    log << line << '\n';
    log.flush();
    if (!log) {
      PrintError(alerts_log_path_.string(), "cannot append the alert");
      ++failed_;
    }
    if (exec_argv_.empty()) return;
    try {
      RunAlertCommand(exec_argv_, line, match.alert, match.doc_id);
    } catch (const AlertCommandError& e) {
      PrintError("--exec", e.what());
      ++failed_;
    }
  }

  fs::path db_dir_;
  const Analyzer& analyzer_;
  std::vector<std::string> exec_argv_;
  fs::path alerts_log_path_;
  std::vector<std::string> deferred_;
  std::size_t failed_ = 0;
};

// The local files of every feed that changed since the last poll.
std::vector<std::string> PollFeeds(std::vector<FeedSource>& feeds, WatchSession& session) {
  std::vector<std::string> paths;
  for (FeedSource& feed : feeds) {
    try {
      if (std::optional<std::string> path = feed.Poll()) paths.push_back(std::move(*path));
    } catch (const FetchError& e) {
      PrintError(feed.address(), e.what());
      session.CountFailure();
    }
  }
  return paths;
}

// Drops paths that are gone again (editor temporaries, files moved on).
std::vector<std::string> StillPresent(std::vector<std::string> paths) {
  std::erase_if(paths, [](const std::string& path) {
    std::error_code error;
    return !fs::exists(path, error);
  });
  return paths;
}

// True when `db` lies inside `folder` with no hidden folder in between, so a
// pass over the folder would read the database's own files.
bool DatabaseInsideFolder(const fs::path& db, const fs::path& folder) {
  const fs::path relative =
      fs::weakly_canonical(db).lexically_relative(fs::weakly_canonical(folder));
  if (relative.empty() || *relative.begin() == "..") return false;
  for (const fs::path& part : relative) {
    if (part.string().size() > 1 && part.string().front() == '.' && part != "..") return false;
  }
  return true;
}

int MinimumTimeout(int a, int b) {
  if (a < 0) return b;
  if (b < 0) return a;
  return std::min(a, b);
}

}  // namespace

int RunWatch(const std::vector<std::string>& args) {
  std::string db_dir;
  std::string exec_command;
  std::string data_dir;
  double interval_seconds = 60;
  int debounce_ms = 500;
  bool once = false;
  std::vector<std::string> sources;
  po::options_description options("options");
  options.add_options()
      ("help,h", "print this help")
      ("db", po::value(&db_dir)->required(), "database folder (created when missing)")
      ("exec", po::value(&exec_command),
       "command run for each alert, without a shell: the JSON line on its stdin, "
       "GLEANER_ALERT and GLEANER_DOC_ID in its environment")
      ("interval", po::value(&interval_seconds)->default_value(60),
       "seconds between polls of feeds")
      ("debounce-ms", po::value(&debounce_ms)->default_value(500),
       "a changed file is read once it has been quiet this long")
      ("once", po::bool_switch(&once), "one pass over all sources, then exit")
      ("data-dir", po::value(&data_dir), "folder holding rules/ (default: the built-in corpora)")
      ("source", po::value(&sources), "folders, feed files, file://, http:// or https:// feed addresses");
  po::positional_options_description positional;
  positional.add("source", -1);
  po::variables_map vm;
  if (!ParseCommandLine(
          args,
          "usage: gleaner watch --db DIR [--exec CMD] [--interval S] [--once] SOURCE...\n"
          "Follows folders (new, written and moved-in files) and feeds (files, file:// or\n"
          "http(s):// addresses, polled every --interval seconds), indexes what is new, and\n"
          "prints one JSON line per saved alert (gleaner alert add) a new document matches:\n"
          "{\"alert\",\"id\",\"title\",\"date\",\"entities\"}, also appended to DIR/alerts.jsonl.\n"
          "An alert fires once per document, across restarts. SIGINT/SIGTERM stop it.",
          options, positional, vm)) {
    return kExitOk;
  }
  if (sources.empty()) throw UsageError("no sources to watch");
  if (!(interval_seconds > 0)) throw UsageError("--interval must be more than 0 seconds");
  if (debounce_ms < 0) throw UsageError("--debounce-ms must not be negative");
  std::vector<std::string> exec_argv;
  if (vm.count("exec") != 0) {
    try {
      exec_argv = SplitCommand(exec_command);
    } catch (const AlertCommandError& e) {
      throw UsageError(std::string("--exec: ") + e.what());
    }
  }

  const fs::path db_path(db_dir);
  std::vector<std::string> folders;
  std::vector<FeedSource> feeds;
  for (const std::string& source : sources) {
    try {
      if (IsFeedUrl(source) || fs::is_regular_file(source)) {
        feeds.emplace_back(source, db_path / kSpoolFolderName);
      } else if (fs::is_directory(source)) {
        if (DatabaseInsideFolder(db_path, source)) {
          PrintError(source, "holds the database " + db_dir +
                                 "; put the database elsewhere or in a hidden folder (.gleaner)");
          return kExitUsage;
        }
        folders.push_back(source);
      } else {
        PrintError(source, "no such file, folder or feed address");
        return kExitUsage;
      }
    } catch (const FetchError& e) {
      PrintError(source, e.what());
      return kExitUsage;
    }
  }

  std::error_code error;
  fs::create_directories(db_path, error);
  if (error) {
    PrintError(db_dir, "cannot create folder: " + error.message());
    return kExitUsage;
  }

  std::unique_ptr<Analyzer> analyzer;
  try {
    analyzer = std::make_unique<Analyzer>(ResolveDataDir(data_dir));
  } catch (const std::exception& e) {
    std::cerr << "gleaner: " << e.what() << '\n';
    return kExitUsage;
  }
  WatchSession session(db_path, *analyzer, std::move(exec_argv));
  // SIGPIPE becomes EPIPE (a closed stdout or an --exec command that does not
  // read); SIGINT and SIGTERM are read from a signalfd between passes.
  const BlockedSignals blocked(once ? std::vector<int>{SIGPIPE}
                                    : std::vector<int>{SIGPIPE, SIGINT, SIGTERM});

  // Folders are watched before the first pass so nothing written during it is missed.
  std::unique_ptr<FolderWatcher> watcher;
  if (!once && !folders.empty()) {
    try {
      watcher = std::make_unique<FolderWatcher>(std::chrono::milliseconds(debounce_ms), db_path);
      for (const std::string& folder : folders) watcher->AddTree(folder);
    } catch (const std::system_error& e) {
      PrintError(e.what(), "cannot watch: " + e.code().message());
      return kExitUsage;
    }
  }

  std::vector<std::string> first_pass = folders;
  for (std::string& path : PollFeeds(feeds, session)) first_pass.push_back(std::move(path));
  session.RunPass(first_pass);
  if (once) return session.failed() == 0 ? kExitOk : kExitSomeFailed;
  std::cerr << "gleaner: watch: following " << folders.size() << " folder(s) and " << feeds.size()
            << " feed(s); SIGINT or SIGTERM stops" << std::endl;

  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  const int signal_fd = signalfd(-1, &stop_signals, SFD_CLOEXEC | SFD_NONBLOCK);
  if (signal_fd < 0) {
    PrintError("watch", "cannot create signalfd");
    return kExitUsage;
  }
  const auto interval = std::chrono::duration_cast<Clock::duration>(
      std::chrono::duration<double>(interval_seconds));
  Clock::time_point next_feed_poll = Clock::now() + interval;
  for (;;) {
    const Clock::time_point now = Clock::now();
    int timeout_ms = -1;
    if (!feeds.empty()) {
      timeout_ms = static_cast<int>(std::max<std::int64_t>(
          0, std::chrono::ceil<std::chrono::milliseconds>(next_feed_poll - now).count()));
    }
    if (watcher) timeout_ms = MinimumTimeout(timeout_ms, watcher->MillisecondsUntilSettled(now));
    if (session.has_deferred()) timeout_ms = MinimumTimeout(timeout_ms, 1000);
    pollfd fds[2] = {{signal_fd, POLLIN, 0}, {watcher ? watcher->fd() : -1, POLLIN, 0}};
    if (poll(fds, 2, timeout_ms) < 0 && errno != EINTR) {
      PrintError("watch", "poll failed");
      break;
    }
    if ((fds[0].revents & POLLIN) != 0) {
      signalfd_siginfo info;
      if (read(signal_fd, &info, sizeof info) == static_cast<ssize_t>(sizeof info)) {
        std::cerr << "gleaner: watch: stopped by signal " << info.ssi_signo << '\n';
      }
      break;
    }
    std::vector<std::string> paths;
    if (watcher) {
      if ((fds[1].revents & POLLIN) != 0) watcher->ReadEvents();
      paths = StillPresent(watcher->TakeSettled(Clock::now()));
    }
    if (!feeds.empty() && Clock::now() >= next_feed_poll) {
      for (std::string& path : PollFeeds(feeds, session)) paths.push_back(std::move(path));
      next_feed_poll = Clock::now() + interval;
    }
    if (!paths.empty() || session.has_deferred()) session.RunPass(std::move(paths));
  }
  close(signal_fd);
  return kExitOk;
}

}  // namespace gleaner::cli
