// Colour in `gleaner search` output: only on a terminal (a pseudo-terminal
// made by util-linux `script`), never when NO_COLOR is set or output goes to
// a file, and as --color=always|never says.
#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace gleaner {
namespace {

using testing::RunCommand;
using testing::RunGleaner;

constexpr std::string_view kEscape = "\x1b[";

class TerminalTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = new testing::ScratchDir();
    testing::IndexSamples(*scratch_ / "db");
  }
  static void TearDownTestSuite() { delete scratch_; }
  static std::string Db() { return (*scratch_ / "db").string(); }

  // `gleaner search` run with stdout on a pseudo-terminal; `env` are
  // VAR=value settings. Returns what the terminal showed.
  static testing::CommandResult OnTerminal(const std::vector<std::string>& env,
                                           const std::string& color) {
    std::string command = "env";
    for (const std::string& setting : env) command += " " + setting;
    command += " " + testing::GleanerBinary().string() + " search --db " + Db() +
               " --facet country --color=" + color + " community";
    return RunCommand({"script", "-qec", command, "/dev/null"});
  }

  static testing::ScratchDir* scratch_;
};
testing::ScratchDir* TerminalTest::scratch_ = nullptr;

TEST_F(TerminalTest, PlainWhenWrittenToAFile) {
  const testing::CommandResult result = RunGleaner({"search", "--db", Db(), "community"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out.find(kEscape), std::string::npos);
  EXPECT_NE(result.out.find("[community]"), std::string::npos) << result.out;
}

TEST_F(TerminalTest, AlwaysAndNeverOverrideTheTerminalTest) {
  const testing::CommandResult always =
      RunGleaner({"search", "--db", Db(), "--color=always", "--facet", "country", "community"});
  ASSERT_EQ(always.exit_code, 0) << always.err;
  EXPECT_NE(always.out.find("\x1b[1;33mcommunity\x1b[0m"), std::string::npos) << always.out;
  EXPECT_NE(always.out.find("\x1b[1;36mcountry\x1b[0m"), std::string::npos) << always.out;
  const testing::CommandResult never = OnTerminal({}, "never");
  ASSERT_EQ(never.exit_code, 0) << never.err;
  EXPECT_NE(never.out.find("community"), std::string::npos) << never.out;
  EXPECT_EQ(never.out.find(kEscape), std::string::npos) << never.out;
}

TEST_F(TerminalTest, AutoColoursATerminalUnlessNoColorIsSet) {
  const testing::CommandResult tty = OnTerminal({}, "auto");
  ASSERT_EQ(tty.exit_code, 0) << tty.err;
  EXPECT_NE(tty.out.find("\x1b[1;33mcommunity\x1b[0m"), std::string::npos) << tty.out;
  const testing::CommandResult no_color = OnTerminal({"NO_COLOR=1"}, "auto");
  ASSERT_EQ(no_color.exit_code, 0) << no_color.err;
  EXPECT_NE(no_color.out.find("[community]"), std::string::npos) << no_color.out;
  EXPECT_EQ(no_color.out.find(kEscape), std::string::npos) << no_color.out;
}

TEST_F(TerminalTest, BadColorModeIsAUsageError) {
  const testing::CommandResult result =
      RunGleaner({"search", "--db", Db(), "--color=sometimes", "community"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("--color must be auto, always or never"), std::string::npos)
      << result.err;
}

}  // namespace
}  // namespace gleaner
