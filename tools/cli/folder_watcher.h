// Follows folder trees with inotify and hands out the files that were
// created, written or moved in once they have been quiet for a debounce
// period, so a file still being written is not read half-way.
#ifndef GLEANER_TOOLS_CLI_FOLDER_WATCHER_H_
#define GLEANER_TOOLS_CLI_FOLDER_WATCHER_H_

#include <chrono>
#include <filesystem>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace gleaner::cli {

class FolderWatcher {
 public:
  using Clock = std::chrono::steady_clock;

  // Paths under `excluded` (the database folder, say) are never reported.
  // Throws std::system_error when inotify is unavailable.
  FolderWatcher(std::chrono::milliseconds debounce, std::filesystem::path excluded);
  ~FolderWatcher();
  FolderWatcher(const FolderWatcher&) = delete;
  FolderWatcher& operator=(const FolderWatcher&) = delete;

  // Watches `root` and every folder below it (symlinked folders and hidden
  // ones are not followed). Folders created later are added as they appear.
  // Throws std::system_error naming the folder that cannot be watched.
  void AddTree(const std::filesystem::path& root);

  // The descriptor to poll for readability.
  int fd() const { return fd_; }

  // Drains the events that are waiting (never blocks).
  void ReadEvents();

  // Files and new folders that have had no event for the debounce period;
  // they are forgotten once returned.
  std::vector<std::string> TakeSettled(Clock::time_point now);

  // Milliseconds until the next pending path settles; -1 when none is pending.
  int MillisecondsUntilSettled(Clock::time_point now) const;

 private:
  void WatchFolder(const std::filesystem::path& folder);
  bool Excluded(const std::filesystem::path& path) const;  // the excluded folder or below
  bool Ignored(const std::filesystem::path& path) const;   // excluded, hidden, backup, sidecar

  int fd_ = -1;
  std::chrono::milliseconds debounce_;
  std::filesystem::path excluded_;
  std::vector<std::filesystem::path> roots_;
  std::unordered_map<int, std::filesystem::path> folders_;  // watch descriptor -> folder
  std::map<std::string, Clock::time_point> pending_;        // path -> last event
};

}  // namespace gleaner::cli

#endif  // GLEANER_TOOLS_CLI_FOLDER_WATCHER_H_
