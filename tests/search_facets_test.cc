// Facet counting of large result sets: up to SearchRequest::facet_exact_limit
// matches the counts are exact; above it they are estimated from a uniform
// docid sample (engine/sampled_docids.h), scaled, and flagged approximate.
// The database is generated here: 4,000 documents sharing one word, with
// country facet values in known proportions, so exact and sampled counts of
// the same query can be compared.
#include <cmath>
#include <map>
#include <string>

#include <gtest/gtest.h>
#include <xapian.h>

#include "engine/facets.h"
#include "engine/index.h"
#include "engine/sampled_docids.h"
#include "engine/search.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

constexpr int kDocuments = 4000;

// Document i's countries: every document "kz", every 2nd "de", every 5th
// "fr", every 20th "us" (expected counts 4000, 2000, 800, 200).
std::string CountriesOf(int i) {
  std::string packed = "kz";
  packed += schema::kFacetValueEnd;
  if (i % 2 == 0) packed += std::string("de") + schema::kFacetValueEnd;
  if (i % 5 == 0) packed += std::string("fr") + schema::kFacetValueEnd;
  if (i % 20 == 0) packed += std::string("us") + schema::kFacetValueEnd;
  return packed;
}

class SearchFacetsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = new testing::ScratchDir;
    Xapian::WritableDatabase db(scratch_->path().string(), Xapian::DB_CREATE_OR_OPEN);
    const Xapian::valueno country_slot = *FacetSlot("country");
    for (int i = 0; i < kDocuments; ++i) {
      Xapian::Document doc;
      doc.add_term("Zreport");  // what the query parser makes of "report"
      doc.add_term("report");
      doc.add_value(country_slot, CountriesOf(i));
      doc.set_data("{}");
      db.add_document(doc);
    }
    db.commit();
  }
  static void TearDownTestSuite() { delete scratch_; }

  static SearchResults Run(bool exact, Xapian::doccount exact_limit, Xapian::doccount sample) {
    const Searcher searcher(scratch_->path());
    SearchRequest request;
    request.query = "report";
    request.limit = 0;
    request.facets = {"country"};
    request.facet_limit = 0;
    request.exact_facets = exact;
    request.facet_exact_limit = exact_limit;
    request.facet_sample_size = sample;
    return searcher.Search(request);
  }

  static std::map<std::string, Xapian::doccount> CountsOf(const FacetCounts& facet) {
    std::map<std::string, Xapian::doccount> counts;
    for (const FacetValue& value : facet.values) counts[value.value] = value.documents;
    return counts;
  }

  static testing::ScratchDir* scratch_;
};
testing::ScratchDir* SearchFacetsTest::scratch_ = nullptr;

TEST_F(SearchFacetsTest, BelowTheLimitCountsAreExactAndNotFlagged) {
  const SearchResults results = Run(false, kDefaultFacetExactLimit, kDefaultFacetSampleSize);
  ASSERT_EQ(results.facets.size(), 1u);
  EXPECT_FALSE(results.facets[0].approximate);
  EXPECT_EQ(results.facets[0].sample_documents, 0u);
  EXPECT_EQ(results.facets[0].documents_with_value, static_cast<Xapian::doccount>(kDocuments));
  const std::map<std::string, Xapian::doccount> expected = {
      {"kz", 4000}, {"de", 2000}, {"fr", 800}, {"us", 200}};
  EXPECT_EQ(CountsOf(results.facets[0]), expected);
}

TEST_F(SearchFacetsTest, AboveTheLimitCountsAreSampledScaledAndFlagged) {
  // Sample about a quarter of the 4,000 matches.
  const SearchResults sampled = Run(false, 100, 1000);
  const SearchResults exact = Run(true, 100, 1000);
  ASSERT_EQ(sampled.facets.size(), 1u);
  ASSERT_EQ(exact.facets.size(), 1u);
  EXPECT_FALSE(exact.facets[0].approximate);
  const FacetCounts& facet = sampled.facets[0];
  EXPECT_TRUE(facet.approximate);
  EXPECT_GT(facet.sample_documents, 700u);
  EXPECT_LT(facet.sample_documents, 1300u);
  // Tolerance: 20% of the exact count, several standard deviations of a
  // quarter sample for these counts (binomial sd of "us" ~ 12%).
  const std::map<std::string, Xapian::doccount> want = CountsOf(exact.facets[0]);
  const std::map<std::string, Xapian::doccount> got = CountsOf(facet);
  ASSERT_EQ(got.size(), want.size());
  for (const auto& [value, count] : want) {
    SCOPED_TRACE(value);
    ASSERT_TRUE(got.count(value));
    EXPECT_NEAR(static_cast<double>(got.at(value)), static_cast<double>(count), 0.2 * count);
  }
  // Documents with a value: the sample size scaled back to the whole set.
  EXPECT_NEAR(static_cast<double>(facet.documents_with_value), kDocuments, 0.2 * kDocuments);
}

TEST(SampledDocidsTest, KeepsTheRequestedFractionOfIds) {
  for (double fraction : {0.01, 0.1, 0.5}) {
    SCOPED_TRACE(fraction);
    const SampledDocids sample(fraction);
    int kept = 0;
    int kept_even = 0;
    for (Xapian::docid docid = 1; docid <= 200000; ++docid) {
      if (sample.Contains(docid)) {
        ++kept;
        if (docid % 2 == 0) ++kept_even;
      }
    }
    EXPECT_NEAR(kept, fraction * 200000, 0.05 * fraction * 200000);
    // Uniform across a periodic pattern of ids too.
    EXPECT_NEAR(kept_even, kept / 2.0, 0.05 * kept);
  }
  EXPECT_THROW(SampledDocids(0), std::invalid_argument);
  EXPECT_THROW(SampledDocids(1.5), std::invalid_argument);
}

}  // namespace
}  // namespace gleaner
