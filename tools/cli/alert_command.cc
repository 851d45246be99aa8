// RunAlertCommand with posix_spawnp and a pipe; SplitCommand with
// Boost.Program_options' split_unix.
#include "tools/cli/alert_command.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <thread>

#include <boost/program_options/parsers.hpp>

extern char** environ;

namespace gleaner::cli {

std::vector<std::string> SplitCommand(const std::string& command) {
  std::vector<std::string> argv;
  try {
    argv = boost::program_options::split_unix(command);
  } catch (const std::exception& e) {
    throw AlertCommandError(std::string("cannot split command: ") + e.what());
  }
  if (argv.empty()) throw AlertCommandError("empty command");
  return argv;
}

namespace {

// Writes all of `bytes`; false when the reader went away (EPIPE).
bool WriteAll(int fd, const std::string& bytes) {
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    written += static_cast<std::size_t>(n);
  }
  return true;
}

}  // namespace

void RunAlertCommand(const std::vector<std::string>& argv, const std::string& json_line,
                     const std::string& alert_name, const std::string& doc_id,
                     std::chrono::seconds time_limit) {
  int pipe_fds[2];
  if (pipe2(pipe_fds, O_CLOEXEC) != 0) {
    throw AlertCommandError(std::string("cannot create pipe: ") + std::strerror(errno));
  }
  std::vector<std::string> environment;
  for (char** entry = environ; *entry != nullptr; ++entry) {
    const std::string_view variable(*entry);
    if (variable.starts_with("GLEANER_ALERT=") || variable.starts_with("GLEANER_DOC_ID=")) continue;
    environment.emplace_back(variable);
  }
  environment.push_back("GLEANER_ALERT=" + alert_name);
  environment.push_back("GLEANER_DOC_ID=" + doc_id);
  std::vector<char*> env_pointers;
  for (std::string& variable : environment) env_pointers.push_back(variable.data());
  env_pointers.push_back(nullptr);
  std::vector<std::string> args = argv;
  std::vector<char*> arg_pointers;
  for (std::string& arg : args) arg_pointers.push_back(arg.data());
  arg_pointers.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[0], STDIN_FILENO);
  // stdout carries only alert lines; what the command prints goes to stderr.
  posix_spawn_file_actions_adddup2(&actions, STDERR_FILENO, STDOUT_FILENO);
  // The watcher blocks SIGINT/SIGTERM/SIGPIPE to read them from a signalfd;
  // the command starts with the usual mask and default handlers.
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  sigset_t empty;
  sigemptyset(&empty);
  sigset_t defaults;
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGINT);
  sigaddset(&defaults, SIGTERM);
  sigaddset(&defaults, SIGPIPE);
  posix_spawnattr_setsigmask(&attributes, &empty);
  posix_spawnattr_setsigdefault(&attributes, &defaults);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, arg_pointers[0], &actions, &attributes,
                                   arg_pointers.data(), env_pointers.data());
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  close(pipe_fds[0]);
  if (spawned != 0) {
    close(pipe_fds[1]);
    throw AlertCommandError("cannot run '" + argv[0] + "': " + std::strerror(spawned));
  }
  // A command that does not read its stdin is not an error (EPIPE is ignored).
  WriteAll(pipe_fds[1], json_line + '\n');
  close(pipe_fds[1]);

  const auto deadline = std::chrono::steady_clock::now() + time_limit;
  int status = 0;
  for (;;) {
    const pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) {
      throw AlertCommandError("cannot wait for '" + argv[0] + "': " + std::strerror(errno));
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      throw AlertCommandError("'" + argv[0] + "' killed after " +
                              std::to_string(time_limit.count()) + " s");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) != 0) {
    throw AlertCommandError("'" + argv[0] + "' exited with status " +
                            std::to_string(WEXITSTATUS(status)));
  }
  if (WIFSIGNALED(status)) {
    throw AlertCommandError("'" + argv[0] + "' killed by signal " +
                            std::to_string(WTERMSIG(status)));
  }
}

}  // namespace gleaner::cli
