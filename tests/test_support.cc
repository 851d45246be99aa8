// Implementation of the test helpers: paths come from compile definitions
// set by CMakeLists.txt; commands run through posix_spawn.
#include "tests/test_support.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

#include "engine/index.h"
#include "engine/readers/reader.h"
#include "extractors/analyzer.h"

extern char** environ;

namespace gleaner::testing {

namespace fs = std::filesystem;

fs::path SourceDir() { return GLEANER_SOURCE_DIR; }
fs::path DataDir() { return GLEANER_DATA_DIR; }
fs::path SharedDir() { return GLEANER_SHARED_DIR; }
fs::path SeedsDir() {
  fs::path seeds = SharedDir() / "corpora" / "seeds";
  if (fs::is_directory(seeds)) return seeds;
  return DataDir() / "samples";
}
fs::path GleanerBinary() { return GLEANER_BINARY; }

void IndexSamples(const fs::path& db_dir) {
  const Analyzer analyzer(DataDir());
  IndexWriter writer(db_dir);
  std::vector<std::string> errors;
  for (const fs::path& input : ListInputs({(DataDir() / "samples").string()}, &errors)) {
    const Document doc = ReadDocument(input);
    writer.Add(doc, analyzer.Analyze(doc));
  }
  if (!errors.empty()) throw std::runtime_error("cannot list the samples: " + errors.front());
  writer.Commit();
}

Document TextDocument(const std::string& id, const std::string& text) {
  Document doc;
  doc.id = id;
  doc.source_path = id + ".txt";
  doc.format = "text";
  doc.raw = text;
  doc.text = text;
  return doc;
}

const Mention* FindMention(const std::vector<Mention>& mentions, MentionType type,
                           const std::string& text) {
  for (const Mention& mention : mentions) {
    if (mention.type == type && mention.text == text) return &mention;
  }
  return nullptr;
}

std::string OrganizationParent(const std::vector<Mention>& mentions, const std::string& text) {
  const Mention* organization = FindMention(mentions, MentionType::kOrganization, text);
  if (organization == nullptr) return "<no organization " + text + ">";
  const auto parent = organization->attributes.find("parent");
  return parent == organization->attributes.end() ? "<no parent attribute>" : parent->second;
}

std::string LongTextOfReleases(std::size_t bytes) {
  std::vector<std::string> releases;
  for (const auto& entry : fs::directory_iterator(SourceDir() / "tests" / "data" / "releases")) {
    if (entry.path().extension() == ".txt") releases.push_back(entry.path().string());
  }
  std::sort(releases.begin(), releases.end());
  std::string text;
  while (text.size() < bytes) {
    for (const std::string& path : releases) text += ReadFileOrDie(path) + "\n\n";
  }
  return text;
}

std::string ReadFileOrDie(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void WriteFile(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

ScratchDir::ScratchDir() {
  std::random_device seed;
  for (int attempt = 0; attempt < 100; ++attempt) {
    fs::path candidate =
        fs::temp_directory_path() / ("gleaner-test-" + std::to_string(seed()));
    if (fs::create_directory(candidate)) {
      path_ = candidate;
      return;
    }
  }
  throw std::runtime_error("cannot create a scratch folder");
}

ScratchDir::~ScratchDir() {
  std::error_code ignored;
  fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ignored);
  fs::remove_all(path_, ignored);
}

ActAsUnprivileged::ActAsUnprivileged() {
  if (geteuid() != 0) return;
  if (setegid(65534) != 0 || seteuid(65534) != 0) {
    throw std::runtime_error("cannot switch to the unprivileged user");
  }
  switched_ = true;
}

ActAsUnprivileged::~ActAsUnprivileged() {
  if (!switched_) return;
  if (seteuid(0) != 0 || setegid(0) != 0) std::abort();
}

CommandResult RunCommand(const std::vector<std::string>& command) {
  ScratchDir scratch;
  const fs::path out_path = scratch / "stdout";
  const fs::path err_path = scratch / "stderr";
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);

  std::vector<char*> argv;
  for (const std::string& arg : command) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);

  CommandResult result;
  pid_t pid = 0;
  int rc = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) throw std::runtime_error("cannot start " + command.at(0));
  int status = 0;
  waitpid(pid, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = ReadFileOrDie(out_path);
  result.err = ReadFileOrDie(err_path);
  return result;
}

CommandResult RunGleaner(const std::vector<std::string>& args) {
  std::vector<std::string> command{GleanerBinary().string()};
  command.insert(command.end(), args.begin(), args.end());
  return RunCommand(command);
}

}  // namespace gleaner::testing
