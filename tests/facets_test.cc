// Facet counts from the MatchSpy must equal a brute-force count computed a
// different way: from the stored mentions of every matching document.
#include <map>
#include <set>

#include <gtest/gtest.h>

#include "engine/facets.h"
#include "engine/index.h"
#include "engine/search.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

// Distinct facet values of one stored document, derived from its analysis.
std::map<std::string, std::set<std::string>> ValuesFromMentions(const StoredDocument& stored) {
  std::map<std::string, std::set<std::string>> values;
  for (const Mention& mention : stored.analysis.mentions) {
    const auto attribute = [&](const char* key) {
      auto found = mention.attributes.find(key);
      return found == mention.attributes.end() ? std::string() : found->second;
    };
    switch (mention.type) {
      case MentionType::kLocation: {
        values["place"].insert(mention.text);
        std::string country = attribute("country");
        for (char& c : country) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (!country.empty()) values["country"].insert(country);
        break;
      }
      case MentionType::kOrganization: {
        const std::string canonical = attribute("canonical");
        values["org"].insert(canonical.empty() ? mention.text : canonical);
        break;
      }
      case MentionType::kPerson:
        values["person"].insert(mention.text);
        break;
      default:
        break;
    }
  }
  if (stored.document.date.size() >= 4) values["year"].insert(stored.document.date.substr(0, 4));
  for (int year : stored.analysis.years_mentioned) values["mentioned"].insert(std::to_string(year));
  return values;
}

class FacetsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = new testing::ScratchDir;
    testing::IndexSamples(scratch_->path());
  }
  static void TearDownTestSuite() { delete scratch_; }
  static testing::ScratchDir* scratch_;
};
testing::ScratchDir* FacetsTest::scratch_ = nullptr;

TEST_F(FacetsTest, SpyCountsEqualBruteForceCounts) {
  const std::vector<std::string> facets = {"place", "country", "org", "person", "year", "mentioned"};
  const Searcher searcher(scratch_->path());
  for (const std::string query :
       {"extremism", "police OR policing", "\"community policing\"", "date:2021..2023",
        "youth NOT almaty", "osce", "mentioned:2020"}) {
    SCOPED_TRACE(query);
    SearchRequest request;
    request.query = query;
    request.limit = 1000;
    request.facets = facets;
    request.facet_limit = 0;
    request.collapse_duplicates = false;
    const SearchResults results = searcher.Search(request);
    ASSERT_FALSE(results.hits.empty());

    std::map<std::string, std::map<std::string, Xapian::doccount>> expected;
    for (const SearchHit& hit : results.hits) {
      const std::optional<StoredDocument> stored = searcher.Find(hit.id);
      ASSERT_TRUE(stored.has_value());
      for (const auto& [facet, values] : ValuesFromMentions(*stored)) {
        for (const std::string& value : values) ++expected[facet][value];
      }
    }
    ASSERT_EQ(results.facets.size(), facets.size());
    for (const FacetCounts& facet : results.facets) {
      std::map<std::string, Xapian::doccount> counted;
      for (const FacetValue& value : facet.values) counted[value.value] = value.documents;
      EXPECT_EQ(counted, expected[facet.name]) << facet.name;
      for (std::size_t i = 1; i < facet.values.size(); ++i) {
        EXPECT_GE(facet.values[i - 1].documents, facet.values[i].documents);
      }
    }
  }
}

TEST_F(FacetsTest, LimitKeepsTheMostFrequentAndUnknownFacetIsAnError) {
  const Searcher searcher(scratch_->path());
  SearchRequest request;
  request.query = "extremism";
  request.facets = {"year"};
  request.facet_limit = 1;
  const SearchResults results = searcher.Search(request);
  ASSERT_EQ(results.facets.size(), 1u);
  ASSERT_EQ(results.facets[0].values.size(), 1u);
  request.facet_limit = 0;
  const SearchResults all = searcher.Search(request);
  EXPECT_EQ(results.facets[0].values[0].value, all.facets[0].values[0].value);
  request.facets = {"colour"};
  EXPECT_THROW(searcher.Search(request), QueryError);
}

TEST(FacetValueOf, StripsPrefixAndOmegaColon) {
  EXPECT_EQ(FacetValueOf("XO:OSCE", "XO"), "OSCE");
  EXPECT_EQ(FacetValueOf("Nkz", "N"), "kz");
  EXPECT_EQ(BooleanTerm("XO", "OSCE"), "XO:OSCE");
  EXPECT_EQ(BooleanTerm("XG", "almaty"), "XGalmaty");
  EXPECT_EQ(BooleanTerm("N", "kz"), "Nkz");
}

}  // namespace
}  // namespace gleaner
