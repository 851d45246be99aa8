// Helpers shared by the test suites: where the data lives, scratch folders,
// reading files and running the gleaner binary.
#ifndef GLEANER_TESTS_TEST_SUPPORT_H_
#define GLEANER_TESTS_TEST_SUPPORT_H_

#include <filesystem>
#include <string>
#include <vector>

namespace gleaner::testing {

std::filesystem::path SourceDir();   // the repository checkout
std::filesystem::path DataDir();     // corpora/ (rules, samples)
std::filesystem::path SharedDir();   // ../shared; may be absent
std::filesystem::path SeedsDir();    // ../shared/corpora/seeds, else corpora/samples
std::filesystem::path GleanerBinary();

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

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs the gleaner binary with `args` (no shell), capturing stdout and stderr.
CommandResult RunGleaner(const std::vector<std::string>& args);

}  // namespace gleaner::testing

#endif  // GLEANER_TESTS_TEST_SUPPORT_H_
