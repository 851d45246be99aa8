// The query language on the sample corpus: mentioned dates, counts,
// case-insensitive entity filters, organization synonyms, spelling
// suggestions, and errors that name the position of the problem.
#include <set>

#include <gtest/gtest.h>

#include "engine/index.h"
#include "engine/query.h"
#include "engine/search.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

namespace fs = std::filesystem;

class QueryTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = new testing::ScratchDir;
    testing::IndexSamples(scratch_->path());
  }
  static void TearDownTestSuite() { delete scratch_; }

  static std::set<std::string> Files(const std::string& query) {
    SearchRequest request;
    request.query = query;
    request.limit = 100;
    std::set<std::string> files;
    for (const SearchHit& hit : Searcher(scratch_->path()).Search(request).hits) {
      files.insert(fs::path(hit.path).stem().string());
    }
    return files;
  }

  static std::string ErrorOf(const std::string& query) {
    try {
      Files(query);
    } catch (const QueryError& e) {
      return e.what();
    }
    return "no error";
  }

  static testing::ScratchDir* scratch_;
};
testing::ScratchDir* QueryTest::scratch_ = nullptr;

constexpr const char* kLive = "000_64286484d667445d";      // 13 women, 7 men, 19 women; 19 April 2021
constexpr const char* kKyrgyz = "001_91dc4f99a95f924e";    // "In September and October"; since 2020
constexpr const char* kAlmaty = "002_800bc796d5a9010c";    // Almaty, 30 November 2017

TEST_F(QueryTest, MentionedYearsMonthsAndRanges) {
  EXPECT_TRUE(Files("mentioned:2021-09").count(kKyrgyz));
  EXPECT_FALSE(Files("mentioned:2021-09").count(kLive));
  EXPECT_TRUE(Files("mentioned:2021-04").count(kLive));
  EXPECT_TRUE(Files("mentioned:2017").count(kAlmaty));
  const std::set<std::string> range = Files("mentioned:2017..2018");
  EXPECT_TRUE(range.count(kAlmaty));
  EXPECT_TRUE(range.count(kLive));  // "From 2018 to 2021"
  EXPECT_FALSE(range.count(kKyrgyz));
  EXPECT_NE(ErrorOf("mentioned:soon").find("mentioned:soon: use YYYY"), std::string::npos);
}

TEST_F(QueryTest, CountsCompareNumbers) {
  // "13 women and 7 men" and, earlier, "39 participants (19 women, 10 men)".
  EXPECT_TRUE(Files("count:women>=19").count(kLive));
  EXPECT_FALSE(Files("count:women>19").count(kLive));
  EXPECT_TRUE(Files("count:women=13").count(kLive));
  EXPECT_FALSE(Files("count:women=14").count(kLive));
  EXPECT_TRUE(Files("count:men<8").count(kLive));
  EXPECT_TRUE(Files("count:facilitator>=20").count(kLive));  // singular finds "facilitators"
  EXPECT_FALSE(Files("count:participants>=1000").count(kLive));
  EXPECT_NE(ErrorOf("count:women").find("use UNIT>=N"), std::string::npos);
  EXPECT_NE(ErrorOf("count:women>=many").find("use UNIT>=N"), std::string::npos);
}

TEST_F(QueryTest, EntityFiltersIgnoreCase) {
  EXPECT_EQ(Files("place:almaty"), Files("place:Almaty"));
  EXPECT_TRUE(Files("place:almaty").count(kAlmaty));
  EXPECT_TRUE(Files("country:KZ").count(kAlmaty));
  EXPECT_EQ(Files("country:kz"), Files("country:KZ"));
  EXPECT_TRUE(Files("org:osce").count(kAlmaty));
  EXPECT_TRUE(Files("place:Atlantis").empty());
  // Repeated filters on a multi-valued field must all hold.
  for (const std::string& file : Files("country:kz country:kg")) {
    EXPECT_TRUE(Files("country:kz").count(file));
    EXPECT_TRUE(Files("country:kg").count(file));
  }
}

TEST_F(QueryTest, AcronymsAreSynonymsOfTheirOrganization) {
  const Xapian::Database db(scratch_->path().string());
  EXPECT_NE(ParseQuery(db, "UNODC").get_description().find("SYNONYM XO:UNODC"), std::string::npos)
      << ParseQuery(db, "UNODC").get_description();
}

TEST_F(QueryTest, SpellingSuggestion) {
  SearchRequest request;
  request.query = "polcing extremsm";
  const SearchResults results = Searcher(scratch_->path()).Search(request);
  EXPECT_EQ(results.suggestion, "policing extremism");
  EXPECT_TRUE(results.hits.empty());
}

TEST_F(QueryTest, ErrorsNameThePosition) {
  EXPECT_EQ(ErrorOf("police colour:red"),
            "query column 8: unknown field 'colour:' (fields: date, title, id, path, file, year, "
            "month, day, type, mentioned, org, place, country, person, count)");
  EXPECT_EQ(ErrorOf("police (almaty OR osh"), "query column 8: unclosed '('");
  EXPECT_EQ(ErrorOf("police) x"), "query column 7: ')' without '('");
  EXPECT_EQ(ErrorOf("\"community policing"), "query column 1: unclosed '\"'");
  EXPECT_EQ(ErrorOf("see http://example.org"), "query column 5: unknown field 'http:' (fields: "
            "date, title, id, path, file, year, month, day, type, mentioned, org, place, country, "
            "person, count)");
  EXPECT_EQ(ErrorOf("police date:2019..soon").substr(0, 25), "date range '2019..soon': ");
  EXPECT_EQ(ErrorOf("almaty 10:30"), "no error");  // not a field: digits
}

}  // namespace
}  // namespace gleaner
