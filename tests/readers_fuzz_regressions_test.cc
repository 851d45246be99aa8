// Regression tests for the reader bugs that fuzzing found (tests/fuzz/):
// each hostile input, minimized, must give the clear ReadError or member
// error, or the right text, where it used to crash, hang or trip a
// sanitizer. The inputs live in tests/data/readers/fuzz-*; binary ones are
// built here from their bytes.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "engine/document.h"
#include "engine/readers/reader.h"
#include "tests/reader_fixtures.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

using ::gleaner::testing::MakeOdt;
using ::gleaner::testing::ReadAll;
using ::gleaner::testing::ReadResult;
using ::gleaner::testing::ScratchDir;
using ::gleaner::testing::WriteFile;

// An ODF space run whose count does not fit in 64 bits used to escape as
// std::out_of_range from std::stoul; it is capped like any long run.
TEST(FuzzRegressions, OdtSpaceCountBeyondSixtyFourBits) {
  ScratchDir scratch;
  WriteFile(scratch / "spaces.odt",
            MakeOdt({"Heading", "a<text:s text:c=\"99999999999999999999999\"/>b"}, "T", ""));
  const ReadResult result = ReadAll(scratch / "spaces.odt");
  ASSERT_EQ(result.error, "");
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].text, "Heading\na" + std::string(100, ' ') + "b\n");
}

}  // namespace
}  // namespace gleaner
