// FolderWatcher on Linux inotify: one watch per folder, events collected per
// path with the time of the last one.
#include "tools/cli/folder_watcher.h"

#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <system_error>

namespace gleaner::cli {

namespace fs = std::filesystem;

namespace {

constexpr std::uint32_t kFolderEvents = IN_CREATE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_TO |
                                        IN_ONLYDIR | IN_DONT_FOLLOW | IN_EXCL_UNLINK;

bool IsHiddenOrBackup(const std::string& name) {
  return name.empty() || name.front() == '.' || name.back() == '~' ||
         (name.size() > 10 && name.ends_with(".meta.json"));
}

}  // namespace

FolderWatcher::FolderWatcher(std::chrono::milliseconds debounce, fs::path excluded)
    : debounce_(debounce), excluded_(fs::weakly_canonical(excluded)) {
  fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd_ < 0) throw std::system_error(errno, std::generic_category(), "inotify_init1");
}

FolderWatcher::~FolderWatcher() {
  if (fd_ >= 0) close(fd_);
}

bool FolderWatcher::Excluded(const fs::path& path) const {
  const fs::path canonical = fs::weakly_canonical(path);
  auto [excluded_end, ignored] =
      std::mismatch(excluded_.begin(), excluded_.end(), canonical.begin(), canonical.end());
  return excluded_end == excluded_.end();  // path is the excluded folder or below it
}

bool FolderWatcher::Ignored(const fs::path& path) const {
  return IsHiddenOrBackup(path.filename().string()) || Excluded(path);
}

void FolderWatcher::WatchFolder(const fs::path& folder) {
  const int wd = inotify_add_watch(fd_, folder.c_str(), kFolderEvents);
  if (wd < 0) {
    throw std::system_error(errno, std::generic_category(), folder.string());
  }
  folders_[wd] = folder;
}

void FolderWatcher::AddTree(const fs::path& root) {
  if (Excluded(root)) return;
  roots_.push_back(root);
  WatchFolder(root);
  std::error_code error;
  for (fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied,
                                           error), end;
       !error && it != end; it.increment(error)) {
    if (!it->is_directory(error) || it->is_symlink(error)) continue;
    if (Ignored(it->path())) {
      it.disable_recursion_pending();
      continue;
    }
    WatchFolder(it->path());
  }
}

void FolderWatcher::ReadEvents() {
  alignas(inotify_event) char buffer[64 * 1024];
  const Clock::time_point now = Clock::now();
  for (;;) {
    const ssize_t got = read(fd_, buffer, sizeof buffer);
    if (got <= 0) return;  // EAGAIN: nothing more waiting
    for (ssize_t at = 0; at < got;) {
      const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
      at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
      if ((event->mask & IN_Q_OVERFLOW) != 0) {
        // Events were lost: look at every tree again (unchanged files are skipped by hash).
        for (const fs::path& root : roots_) pending_[root.string()] = now;
        continue;
      }
      if ((event->mask & IN_IGNORED) != 0) {
        folders_.erase(event->wd);
        continue;
      }
      auto folder = folders_.find(event->wd);
      if (folder == folders_.end() || event->len == 0) continue;
      const fs::path path = folder->second / event->name;
      if (Ignored(path)) continue;
      if ((event->mask & IN_ISDIR) != 0) {
        if ((event->mask & (IN_CREATE | IN_MOVED_TO)) == 0) continue;
        // A new folder: watch it, and read what was put in it before the watch existed.
        try {
          AddTree(path);
        } catch (const std::system_error&) {
          continue;  // gone again already
        }
      }
      pending_[path.string()] = now;
    }
  }
}

std::vector<std::string> FolderWatcher::TakeSettled(Clock::time_point now) {
  std::vector<std::string> settled;
  for (auto it = pending_.begin(); it != pending_.end();) {
    if (now - it->second >= debounce_) {
      settled.push_back(it->first);
      it = pending_.erase(it);
    } else {
      ++it;
    }
  }
  return settled;
}

int FolderWatcher::MillisecondsUntilSettled(Clock::time_point now) const {
  if (pending_.empty()) return -1;
  Clock::time_point earliest = Clock::time_point::max();
  for (const auto& [path, last_event] : pending_) earliest = std::min(earliest, last_event);
  const auto wait = std::chrono::ceil<std::chrono::milliseconds>(earliest + debounce_ - now);
  return static_cast<int>(std::max<std::chrono::milliseconds::rep>(0, wait.count()));
}

}  // namespace gleaner::cli
