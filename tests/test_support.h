// Helpers shared by the test suites: where the data lives, scratch folders,
// reading files and running the gleaner binary.
#ifndef GLEANER_TESTS_TEST_SUPPORT_H_
#define GLEANER_TESTS_TEST_SUPPORT_H_

#include <filesystem>
#include <string>
#include <vector>

#include "engine/document.h"

namespace gleaner::testing {

std::filesystem::path SourceDir();   // the repository checkout
std::filesystem::path DataDir();     // corpora/ (rules, samples)
std::filesystem::path SharedDir();   // ../shared; may be absent
std::filesystem::path SeedsDir();    // ../shared/corpora/seeds, else corpora/samples
std::filesystem::path GleanerBinary();

// Reads, analyzes and indexes every file of corpora/samples into a new
// database at `db_dir`, in-process (no gleaner binary), and commits.
void IndexSamples(const std::filesystem::path& db_dir);

// A plain-text Document with id `id` (source path ID.txt), raw and text
// both `text`, as a reader would hand it to the Analyzer.
Document TextDocument(const std::string& id, const std::string& text);

// The first mention of `type` whose text is `text`, or nullptr.
const Mention* FindMention(const std::vector<Mention>& mentions, MentionType type,
                           const std::string& text);

// The "parent" attribute of the first organization mention whose text is
// `text`; "<no organization TEXT>" when there is none, so that a check of
// the parent fails, naming the missing mention, instead of passing on "".
std::string OrganizationParent(const std::vector<Mention>& mentions, const std::string& text);

// The releases of tests/data/releases, each followed by a blank line, as
// many times over as it takes to pass `bytes`; the first has a dateline
// ("Osh, 22 March 2023"). A long real text for the analysis of parts.
std::string LongTextOfReleases(std::size_t bytes);

std::string ReadFileOrDie(const std::filesystem::path& path);
void WriteFile(const std::filesystem::path& path, const std::string& bytes);

// A fresh folder under the system temp dir, removed with everything in it
// when the object goes out of scope.
class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

// While alive, a process running as root acts with the effective uid of
// "nobody" (65534), so permission checks (chmod 000) apply to it as to any
// user; the real uid stays 0 and the destructor switches back. No-op for
// other users.
class ActAsUnprivileged {
 public:
  ActAsUnprivileged();
  ~ActAsUnprivileged();
  ActAsUnprivileged(const ActAsUnprivileged&) = delete;
  ActAsUnprivileged& operator=(const ActAsUnprivileged&) = delete;

 private:
  bool switched_ = false;
};

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs argv[0] (looked up on PATH when it has no slash) with the rest as
// arguments, no shell, capturing stdout and stderr.
CommandResult RunCommand(const std::vector<std::string>& argv);

// Runs the gleaner binary with `args`.
CommandResult RunGleaner(const std::vector<std::string>& args);

}  // namespace gleaner::testing

#endif  // GLEANER_TESTS_TEST_SUPPORT_H_
