// End-to-end tests of `gleaner alert` and `gleaner watch` on the seed
// releases: alerts fire for the documents that match, once, also across
// restarts; a running watcher notices a file copied into its folder and stops
// on SIGTERM; feeds come over http:// (python3's http.server on loopback) and
// file://; --exec receives the JSON line. Every wait has a time limit.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <set>
#include <thread>

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include "tests/test_support.h"

extern char** environ;

namespace gleaner {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using testing::CommandResult;
using testing::RunGleaner;
using testing::ScratchDir;

std::vector<boost::json::object> JsonLines(const std::string& out) {
  std::vector<boost::json::object> lines;
  std::size_t begin = 0;
  while (begin < out.size()) {
    std::size_t end = out.find('\n', begin);
    if (end == std::string::npos) end = out.size();
    if (end > begin) {
      lines.push_back(boost::json::parse(out.substr(begin, end - begin)).as_object());
    }
    begin = end + 1;
  }
  return lines;
}

std::vector<fs::path> SeedFiles() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(testing::SeedsDir())) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// File names (without folder) of the seeds whose text contains `word`.
std::set<std::string> SeedsMentioning(const std::string& word) {
  std::set<std::string> names;
  for (const fs::path& seed : SeedFiles()) {
    if (testing::ReadFileOrDie(seed).find(word) != std::string::npos) {
      names.insert(seed.filename().string());
    }
  }
  return names;
}

// (alert, file name) of each JSON line.
std::set<std::pair<std::string, std::string>> Fired(const std::string& out) {
  std::set<std::pair<std::string, std::string>> fired;
  for (const boost::json::object& line : JsonLines(out)) {
    fired.emplace(std::string(line.at("alert").as_string()),
                  fs::path(std::string(line.at("id").as_string())).filename().string());
  }
  return fired;
}

void AddAlert(const std::string& db, const std::string& name, const std::string& query) {
  const CommandResult added = RunGleaner({"alert", "add", "--db", db, name, query});
  ASSERT_EQ(added.exit_code, 0) << added.err;
}

// A child process with stdout and stderr on pipes, read line by line with a
// deadline; killed if still running when the object goes away.
class BackgroundProcess {
 public:
  explicit BackgroundProcess(const std::vector<std::string>& command) {
    int out[2];
    int err[2];
    if (pipe2(out, O_CLOEXEC) != 0 || pipe2(err, O_CLOEXEC) != 0) throw std::runtime_error("pipe");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err[1], 2);
    std::vector<char*> argv;
    for (const std::string& arg : command) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    const int rc = posix_spawnp(&pid_, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    close(err[1]);
    out_fd_ = out[0];
    err_fd_ = err[0];
    if (rc != 0) throw std::runtime_error("cannot start " + command[0]);
  }
  ~BackgroundProcess() {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
    close(out_fd_);
    close(err_fd_);
  }

  // The next line of stdout (or stderr) containing `needle`, or "" when none
  // came before the deadline.
  std::string WaitForLine(bool from_stdout, const std::string& needle,
                          std::chrono::seconds limit) {
    const int fd = from_stdout ? out_fd_ : err_fd_;
    std::string& buffer = from_stdout ? out_ : err_;
    const auto deadline = Clock::now() + limit;
    for (;;) {
      for (std::size_t end; (end = buffer.find('\n')) != std::string::npos;) {
        std::string line = buffer.substr(0, end);
        buffer.erase(0, end + 1);
        if (line.find(needle) != std::string::npos) return line;
      }
      const auto left =
          std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
      if (left.count() <= 0) return "";
      pollfd pfd{fd, POLLIN, 0};
      if (poll(&pfd, 1, static_cast<int>(left.count())) <= 0) continue;
      char chunk[4096];
      const ssize_t got = read(fd, chunk, sizeof chunk);
      if (got <= 0) return "";
      buffer.append(chunk, static_cast<std::size_t>(got));
    }
  }

  // Sends `signal` and waits (up to `limit`) for the exit code; -1 on timeout.
  int Stop(int signal, std::chrono::seconds limit) {
    kill(pid_, signal);
    const auto deadline = Clock::now() + limit;
    while (Clock::now() < deadline) {
      int status = 0;
      if (waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return -1;
  }

 private:
  pid_t pid_ = -1;
  int out_fd_ = -1;
  int err_fd_ = -1;
  std::string out_;
  std::string err_;
};

TEST(AlertCommand, AddListRemove) {
  ScratchDir scratch;
  const std::string db = (scratch / "db").string();
  AddAlert(db, "osce", "org:OSCE");
  AddAlert(db, "pve", "\"violent extremism\" place:Kyrgyzstan");
  CommandResult list = RunGleaner({"alert", "list", "--db", db});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_EQ(list.out, "osce\torg:OSCE\npve\t\"violent extremism\" place:Kyrgyzstan\n");

  const CommandResult again = RunGleaner({"alert", "add", "--db", db, "osce", "org:UNODC"});
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_NE(again.err.find("already exists"), std::string::npos) << again.err;

  const CommandResult removed = RunGleaner({"alert", "rm", "--db", db, "osce"});
  EXPECT_EQ(removed.exit_code, 0) << removed.err;
  list = RunGleaner({"alert", "list", "--db", db});
  EXPECT_EQ(list.out, "pve\t\"violent extremism\" place:Kyrgyzstan\n");
  const CommandResult missing = RunGleaner({"alert", "rm", "--db", db, "osce"});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_EQ(missing.err, "gleaner: alert osce: no such alert in " + db + "\n");
}

TEST(AlertCommand, BadQueryIsOneLineWithTheColumn) {
  ScratchDir scratch;
  const std::string db = (scratch / "db").string();
  const CommandResult bad =
      RunGleaner({"alert", "add", "--db", db, "broken", "org:OSCE", "colour:red"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_EQ(std::count(bad.err.begin(), bad.err.end(), '\n'), 1) << bad.err;
  EXPECT_EQ(bad.err.rfind("gleaner: alert broken: ", 0), 0u) << bad.err;
  EXPECT_NE(bad.err.find("column 10"), std::string::npos) << bad.err;
  EXPECT_EQ(RunGleaner({"alert", "list", "--db", db}).out, "");
  EXPECT_EQ(RunGleaner({"alert", "frobnicate", "--db", db}).exit_code, 2);
}

TEST(WatchOnce, FiresTheMatchingAlertsOnceAcrossRestarts) {
  ScratchDir scratch;
  const std::string db = (scratch / "db").string();
  const fs::path inbox = scratch / "inbox";
  fs::create_directories(inbox);
  const std::vector<fs::path> seeds = SeedFiles();
  ASSERT_GE(seeds.size(), 3u);
  // All seeds but the last now; the last one arrives after a restart.
  for (std::size_t i = 0; i + 1 < seeds.size(); ++i) {
    fs::copy_file(seeds[i], inbox / seeds[i].filename());
  }
  AddAlert(db, "osce", "org:OSCE");
  AddAlert(db, "unodc", "org:UNODC");

  std::set<std::pair<std::string, std::string>> expected;
  for (const std::string alert : {"osce", "unodc"}) {
    for (const std::string& name : SeedsMentioning(alert == "osce" ? "OSCE" : "UNODC")) {
      if (name != seeds.back().filename().string()) expected.emplace(alert, name);
    }
  }
  ASSERT_FALSE(expected.empty());

  const CommandResult first = RunGleaner({"watch", "--db", db, "--once", inbox.string()});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(Fired(first.out), expected);
  EXPECT_EQ(JsonLines(first.out).size(), expected.size());
  for (const boost::json::object& line : JsonLines(first.out)) {
    EXPECT_FALSE(line.at("title").as_string().empty());
    EXPECT_TRUE(line.at("date").is_string());
    const boost::json::array& entities = line.at("entities").as_array();
    ASSERT_FALSE(entities.empty());
    EXPECT_EQ(entities[0].as_object().at("type").as_string(), "org");
  }
  EXPECT_EQ(testing::ReadFileOrDie(fs::path(db) / "alerts.jsonl"), first.out);

  // A restart over the same folder: everything is known, nothing fires.
  const CommandResult second = RunGleaner({"watch", "--db", db, "--once", inbox.string()});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(second.out, "");

  // A new file fires only for itself, and an edited file that already fired stays quiet.
  fs::copy_file(seeds.back(), inbox / seeds.back().filename());
  const fs::path edited = inbox / expected.begin()->second;
  testing::WriteFile(edited, testing::ReadFileOrDie(edited) + "\nUpdated.\n");
  const CommandResult third = RunGleaner({"watch", "--db", db, "--once", inbox.string()});
  ASSERT_EQ(third.exit_code, 0) << third.err;
  std::set<std::pair<std::string, std::string>> expected_new;
  for (const std::string alert : {"osce", "unodc"}) {
    const std::string name = seeds.back().filename().string();
    if (SeedsMentioning(alert == "osce" ? "OSCE" : "UNODC").count(name) != 0) {
      expected_new.emplace(alert, name);
    }
  }
  EXPECT_EQ(Fired(third.out), expected_new);
}

TEST(WatchOnce, DatabaseInsideTheWatchedFolderMustBeHidden) {
  ScratchDir scratch;
  const fs::path inbox = scratch / "inbox";
  fs::create_directories(inbox);
  const std::set<std::string> osce = SeedsMentioning("OSCE");
  ASSERT_FALSE(osce.empty());
  fs::copy_file(testing::SeedsDir() / *osce.begin(), inbox / *osce.begin());

  const CommandResult visible =
      RunGleaner({"watch", "--db", (inbox / "db").string(), "--once", inbox.string()});
  EXPECT_EQ(visible.exit_code, 2);
  EXPECT_EQ(visible.err.rfind("gleaner: " + inbox.string() + ": holds the database", 0), 0u)
      << visible.err;

  // In a hidden folder the database is out of the way: its files (Xapian
  // tables, alerts.jsonl) are never read as input, on the first pass or after.
  const std::string db = (inbox / ".gleaner").string();
  AddAlert(db, "osce", "org:OSCE");
  for (int run = 0; run < 2; ++run) {
    const CommandResult hidden = RunGleaner({"watch", "--db", db, "--once", inbox.string()});
    EXPECT_EQ(hidden.exit_code, 0) << hidden.err;
    EXPECT_EQ(hidden.err.find("gleaner: " + db), std::string::npos) << hidden.err;
    EXPECT_EQ(JsonLines(hidden.out).size(), run == 0 ? 1u : 0u) << hidden.out;
  }
  const CommandResult count = RunGleaner({"search", "--db", db, "--format", "json", "org:OSCE"});
  const boost::json::object found = boost::json::parse(count.out).as_object();
  EXPECT_EQ(found.at("estimated_matches").to_number<std::int64_t>(), 1);
}

TEST(WatchFolder, NoticesACopiedFileAndStopsOnSigterm) {
  ScratchDir scratch;
  const std::string db = (scratch / "db").string();
  const fs::path inbox = scratch / "inbox";
  fs::create_directories(inbox / "sub");
  const std::set<std::string> osce = SeedsMentioning("OSCE");
  ASSERT_FALSE(osce.empty());
  AddAlert(db, "osce", "org:OSCE");

  BackgroundProcess watch({testing::GleanerBinary().string(), "watch", "--db", db,
                           "--debounce-ms", "200", inbox.string()});
  ASSERT_NE(watch.WaitForLine(false, "following 1 folder", std::chrono::seconds(60)), "")
      << "the watcher did not start";
  // Into a subfolder created before the watch, then a folder made afterwards.
  fs::copy_file(testing::SeedsDir() / *osce.begin(), inbox / "sub" / *osce.begin());
  const std::string line = watch.WaitForLine(true, "\"alert\"", std::chrono::seconds(20));
  ASSERT_NE(line, "") << "no alert for the copied file";
  const boost::json::object alert = boost::json::parse(line).as_object();
  EXPECT_EQ(alert.at("alert").as_string(), "osce");
  EXPECT_EQ(fs::path(std::string(alert.at("id").as_string())).filename(), *osce.begin());

  fs::create_directories(scratch / "outside");
  fs::copy_file(testing::SeedsDir() / *osce.rbegin(), scratch / "outside" / "moved.txt");
  fs::create_directories(inbox / "later");
  fs::rename(scratch / "outside" / "moved.txt", inbox / "later" / "moved.txt");
  const std::string moved = watch.WaitForLine(true, "moved.txt", std::chrono::seconds(20));
  EXPECT_NE(moved, "") << "no alert for the file moved into a new folder";

  EXPECT_EQ(watch.Stop(SIGTERM, std::chrono::seconds(20)), 0);
}

// python3's http.server over TLS: argv port, certificate folder (cert.pem,
// key.pem), folder to serve.
constexpr char kHttpsServer[] =
    "import functools, http.server, ssl, sys\n"
    "handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[3])\n"
    "server = http.server.ThreadingHTTPServer(('127.0.0.1', int(sys.argv[1])), handler)\n"
    "context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)\n"
    "context.load_cert_chain(sys.argv[2] + '/cert.pem', sys.argv[2] + '/key.pem')\n"
    "server.socket = context.wrap_socket(server.socket, server_side=True)\n"
    "server.serve_forever()\n";

// Serves a folder over HTTP on loopback with python3's http.server, or over
// HTTPS with the certificate in `tls_folder` when one is given.
class LoopbackHttpServer {
 public:
  explicit LoopbackHttpServer(const fs::path& folder, const fs::path& tls_folder = {})
      : port_(FreePort()), scheme_(tls_folder.empty() ? "http" : "https") {
    if (tls_folder.empty()) {
      process_ = std::make_unique<BackgroundProcess>(std::vector<std::string>{
          "python3", "-m", "http.server", std::to_string(port_), "--bind", "127.0.0.1",
          "--directory", folder.string()});
    } else {
      process_ = std::make_unique<BackgroundProcess>(std::vector<std::string>{
          "python3", "-c", kHttpsServer, std::to_string(port_), tls_folder.string(),
          folder.string()});
    }
    const auto deadline = Clock::now() + std::chrono::seconds(20);
    while (Clock::now() < deadline && !Accepting()) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
  // The next request line the server logged that contains `needle`.
  std::string WaitForRequest(const std::string& needle, std::chrono::seconds limit) {
    return process_->WaitForLine(false, needle, limit);
  }
  std::string Url(const std::string& name, const std::string& host = "127.0.0.1") const {
    return scheme_ + "://" + host + ":" + std::to_string(port_) + "/" + name;
  }
  bool Accepting() const {
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port_));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool ok = connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    close(fd);
    return ok;
  }

 private:
  static int FreePort() {
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t length = sizeof address;
    getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    close(fd);
    return ntohs(address.sin_port);
  }

  int port_;
  std::string scheme_;
  std::unique_ptr<BackgroundProcess> process_;
};

// A served feed: an OSCE release as www/release.txt and an "osce" alert.
class ServedFeed : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::set<std::string> osce = SeedsMentioning("OSCE");
    ASSERT_FALSE(osce.empty());
    release_ = testing::SeedsDir() / *osce.begin();
    fs::create_directories(scratch_ / "www");
    fs::copy_file(release_, scratch_ / "www" / "release.txt");
    AddAlert(db_, "osce", "org:OSCE");
  }

  ScratchDir scratch_;
  const std::string db_ = (scratch_ / "db").string();
  fs::path release_;  // the seed release served as release.txt
};

TEST_F(ServedFeed, HttpFeedIsFetchedSpooledAndAlertedOnce) {
  LoopbackHttpServer server(scratch_ / "www");
  ASSERT_TRUE(server.Accepting()) << "python3 -m http.server did not start";

  const std::string url = server.Url("release.txt");
  const CommandResult first = RunGleaner({"watch", "--db", db_, "--once", url});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const std::vector<boost::json::object> lines = JsonLines(first.out);
  ASSERT_EQ(lines.size(), 1u) << first.out << first.err;
  const fs::path spooled(std::string(lines[0].at("id").as_string()));
  EXPECT_EQ(spooled.parent_path(), fs::path(db_) / "spool");
  EXPECT_EQ(testing::ReadFileOrDie(spooled),
            testing::ReadFileOrDie(release_));
  // The document keeps the address it came from.
  const CommandResult shown = RunGleaner({"show", "--db", db_, "--json", spooled.string()});
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  EXPECT_EQ(boost::json::parse(shown.out).as_object().at("url").as_string(), url) << shown.out;

  const CommandResult second = RunGleaner({"watch", "--db", db_, "--once", url});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(second.out, "");
  // A new process still sends the saved Last-Modified: the server answers 304.
  EXPECT_NE(server.WaitForRequest("\" 304 ", std::chrono::seconds(10)), "");

  const CommandResult ftp =
      RunGleaner({"watch", "--db", db_, "--once", "ftp://127.0.0.1/feed.xml"});
  EXPECT_EQ(ftp.exit_code, 2);
  EXPECT_EQ(ftp.err,
            "gleaner: ftp://127.0.0.1/feed.xml: unsupported scheme 'ftp' (http://, https:// and "
            "file:// are supported)\n");

  const CommandResult missing =
      RunGleaner({"watch", "--db", db_, "--once", server.Url("gone.xml")});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_EQ(missing.err, "gleaner: " + server.Url("gone.xml") + ": HTTP 404 File not found\n");
}

// HTTPS: the server's certificate must chain to a trusted one (here a
// self-signed certificate made for the test and trusted through
// SSL_CERT_FILE, which OpenSSL reads) and name the host in the URL.
TEST_F(ServedFeed, HttpsFeedIsFetchedOnlyFromAVerifiedServer) {
  fs::create_directories(scratch_ / "tls");
  const CommandResult certificate = testing::RunCommand(
      {"openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
       "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout",
       (scratch_ / "tls" / "key.pem").string(), "-out", (scratch_ / "tls" / "cert.pem").string()});
  ASSERT_EQ(certificate.exit_code, 0) << certificate.err;
  LoopbackHttpServer server(scratch_ / "www", scratch_ / "tls");
  ASSERT_TRUE(server.Accepting()) << "the python3 https server did not start";
  const std::string url = server.Url("release.txt");

  // Not trusted: the system's certificates do not include the test's own.
  const CommandResult untrusted = RunGleaner({"watch", "--db", db_, "--once", url});
  EXPECT_EQ(untrusted.exit_code, 1);
  EXPECT_EQ(untrusted.err, "gleaner: " + url +
                               ": TLS handshake failed: certificate verify failed (SSL routines) "
                               "(self-signed certificate)\n");
  EXPECT_EQ(untrusted.out, "");

  ::setenv("SSL_CERT_FILE", (scratch_ / "tls" / "cert.pem").c_str(), 1);
  // Trusted, but issued for 127.0.0.1, not localhost.
  const std::string by_name = server.Url("release.txt", "localhost");
  const CommandResult mismatch = RunGleaner({"watch", "--db", db_, "--once", by_name});
  EXPECT_EQ(mismatch.exit_code, 1);
  EXPECT_EQ(mismatch.err, "gleaner: " + by_name +
                              ": TLS handshake failed: certificate verify failed (SSL routines) "
                              "(hostname mismatch)\n");

  const CommandResult trusted = RunGleaner({"watch", "--db", db_, "--once", url});
  ::unsetenv("SSL_CERT_FILE");
  ASSERT_EQ(trusted.exit_code, 0) << trusted.err;
  const std::vector<boost::json::object> lines = JsonLines(trusted.out);
  ASSERT_EQ(lines.size(), 1u) << trusted.out << trusted.err;
  EXPECT_EQ(lines[0].at("alert").as_string(), "osce");
  const fs::path spooled(std::string(lines[0].at("id").as_string()));
  EXPECT_EQ(testing::ReadFileOrDie(spooled),
            testing::ReadFileOrDie(release_));
}

TEST_F(ServedFeed, RunningWatchPollsWithConditionalRequests) {
  LoopbackHttpServer server(scratch_ / "www");
  ASSERT_TRUE(server.Accepting()) << "python3 -m http.server did not start";

  BackgroundProcess watch({testing::GleanerBinary().string(), "watch", "--db", db_, "--interval",
                           "0.3", server.Url("release.txt")});
  EXPECT_NE(watch.WaitForLine(true, "\"alert\":\"osce\"", std::chrono::seconds(60)), "");
  // The next polls send If-Modified-Since and http.server answers 304 Not Modified.
  EXPECT_NE(server.WaitForRequest("\" 304 ", std::chrono::seconds(20)), "");
  EXPECT_EQ(watch.Stop(SIGINT, std::chrono::seconds(20)), 0);
}

TEST(WatchFeed, FileUrlFeedIsReadInPlace) {
  ScratchDir scratch;
  const std::string db = (scratch / "db").string();
  const std::set<std::string> unodc = SeedsMentioning("UNODC");
  ASSERT_FALSE(unodc.empty());
  const fs::path feed = scratch / "feeds dir" / "release.txt";
  fs::create_directories(feed.parent_path());
  fs::copy_file(testing::SeedsDir() / *unodc.begin(), feed);
  AddAlert(db, "unodc", "org:UNODC");
  const CommandResult first =
      RunGleaner({"watch", "--db", db, "--once",
                  "file://" + (scratch / "feeds%20dir" / "release.txt").string()});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const std::vector<boost::json::object> lines = JsonLines(first.out);
  ASSERT_EQ(lines.size(), 1u) << first.out;
  EXPECT_EQ(lines[0].at("id").as_string(), feed.string());
}

TEST(WatchExec, CommandReceivesTheJsonLineAndEnvironment) {
  ScratchDir scratch;
  const std::string db = (scratch / "db").string();
  const fs::path inbox = scratch / "inbox";
  const std::set<std::string> osce = SeedsMentioning("OSCE");
  ASSERT_FALSE(osce.empty());
  fs::create_directories(inbox);
  fs::copy_file(testing::SeedsDir() / *osce.begin(), inbox / *osce.begin());
  AddAlert(db, "osce", "org:OSCE");
  // The script appends its stdin and its environment to files named after its argument.
  const fs::path script = scratch / "on-alert.sh";
  testing::WriteFile(script,
                     "#!/bin/sh\ncat >> \"$1.json\"\nprintf '%s|%s\\n' \"$GLEANER_ALERT\" "
                     "\"$GLEANER_DOC_ID\" >> \"$1.env\"\necho handled\n");
  fs::permissions(script, fs::perms::owner_all);
  // An argument with a space and shell syntax stays one literal argument.
  const fs::path sink = scratch / "out $(touch pwned);";
  const CommandResult run = RunGleaner({"watch", "--db", db, "--once", "--exec",
                                        script.string() + " '" + sink.string() + "'",
                                        inbox.string()});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_FALSE(fs::exists(scratch / "pwned"));
  EXPECT_FALSE(fs::exists("pwned"));
  // What the command prints stays off the alert stream.
  EXPECT_EQ(run.out.find("handled"), std::string::npos);
  EXPECT_NE(run.err.find("handled"), std::string::npos);
  EXPECT_EQ(testing::ReadFileOrDie(sink.string() + ".json"), run.out);
  EXPECT_EQ(testing::ReadFileOrDie(sink.string() + ".env"),
            "osce|" + (inbox / *osce.begin()).string() + "\n");
}

}  // namespace
}  // namespace gleaner
