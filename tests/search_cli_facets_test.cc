// gleaner search marks facet counts estimated from a sample: JSON
// "facet_sampling", "~" before counts in the table, an "approximate" CSV
// column; exact counts carry none of these. The corpora/samples database is
// small, so a tiny --facet-exact-limit forces sampling; --exact-facets
// overrides it.
#include <map>
#include <string>
#include <vector>

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace gleaner {
namespace {

using testing::CommandResult;
using testing::RunGleaner;

class SearchCliFacetsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = new testing::ScratchDir;
    testing::IndexSamples(scratch_->path());
  }
  static void TearDownTestSuite() { delete scratch_; }

  // `gleaner search` for "the" (every sample) with the year facet.
  static CommandResult Search(const std::string& format, const std::vector<std::string>& extra) {
    std::vector<std::string> args = {"search", "--db", scratch_->path().string(), "--limit", "0",
                                     "--format", format, "--facet", "year", "--facet-limit", "0"};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back("the");
    return RunGleaner(args);
  }

  static std::map<std::string, std::int64_t> YearCounts(const boost::json::value& out) {
    std::map<std::string, std::int64_t> counts;
    for (const auto& v : out.at("facets").at("year").as_array()) {
      counts[std::string(v.at("value").as_string())] = v.at("count").to_number<std::int64_t>();
    }
    return counts;
  }

  static testing::ScratchDir* scratch_;
};
testing::ScratchDir* SearchCliFacetsTest::scratch_ = nullptr;

const std::vector<std::string> kTinyLimit = {"--facet-exact-limit", "1", "--facet-sample", "4"};

TEST_F(SearchCliFacetsTest, JsonFlagsSampledFacetsOnly) {
  const CommandResult exact = Search("json", {});
  ASSERT_EQ(exact.exit_code, 0) << exact.err;
  const boost::json::value exact_out = boost::json::parse(exact.out);
  EXPECT_EQ(exact_out.as_object().count("facet_sampling"), 0u) << exact.out;

  const CommandResult sampled = Search("json", kTinyLimit);
  ASSERT_EQ(sampled.exit_code, 0) << sampled.err;
  const boost::json::value sampled_out = boost::json::parse(sampled.out);
  const boost::json::object& year = sampled_out.at("facet_sampling").at("year").as_object();
  EXPECT_TRUE(year.at("approximate").as_bool());
  const std::int64_t sample = year.at("sample_documents").to_number<std::int64_t>();
  EXPECT_GT(sample, 0);
  EXPECT_LT(sample, exact_out.at("estimated_matches").to_number<std::int64_t>());

  // --exact-facets wins over the limit, and gives the exact counts.
  const std::vector<std::string> forced = {"--facet-exact-limit", "1", "--facet-sample", "4",
                                           "--exact-facets"};
  const CommandResult exact_again = Search("json", forced);
  ASSERT_EQ(exact_again.exit_code, 0) << exact_again.err;
  const boost::json::value exact_again_out = boost::json::parse(exact_again.out);
  EXPECT_EQ(exact_again_out.as_object().count("facet_sampling"), 0u);
  EXPECT_EQ(YearCounts(exact_again_out), YearCounts(exact_out));
}

TEST_F(SearchCliFacetsTest, TableShowsTildeBeforeEstimatedCounts) {
  const CommandResult exact = Search("table", {});
  ASSERT_EQ(exact.exit_code, 0) << exact.err;
  EXPECT_EQ(exact.out.find('~'), std::string::npos) << exact.out;
  const CommandResult sampled = Search("table", kTinyLimit);
  ASSERT_EQ(sampled.exit_code, 0) << sampled.err;
  EXPECT_NE(sampled.out.find("year (~"), std::string::npos) << sampled.out;
  EXPECT_NE(sampled.out.find("estimated from a sample of"), std::string::npos) << sampled.out;
  EXPECT_NE(sampled.out.find("  ~"), std::string::npos) << sampled.out;
}

TEST_F(SearchCliFacetsTest, CsvAddsApproximateColumnWhenSampled) {
  const CommandResult exact = Search("csv", {});
  ASSERT_EQ(exact.exit_code, 0) << exact.err;
  EXPECT_TRUE(exact.out.starts_with("facet,value,documents\r\nyear,")) << exact.out;
  const CommandResult sampled = Search("csv", kTinyLimit);
  ASSERT_EQ(sampled.exit_code, 0) << sampled.err;
  EXPECT_TRUE(sampled.out.starts_with("facet,value,documents,approximate\r\nyear,")) << sampled.out;
  EXPECT_NE(sampled.out.find(",true\r\n"), std::string::npos) << sampled.out;
}

}  // namespace
}  // namespace gleaner
