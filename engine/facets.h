// Multi-valued facet counting over a whole result set: a Xapian MatchSpy
// that, for every matching document, counts the distinct values of each
// requested boolean-term prefix (a document with three organizations adds
// one to each of the three).
#ifndef GLEANER_ENGINE_FACETS_H_
#define GLEANER_ENGINE_FACETS_H_

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace gleaner {

struct FacetValue {
  std::string value;  // the term without its prefix (and without Omega's ':')
  Xapian::doccount documents = 0;
};

// Counts of one facet, most frequent first, ties by value.
struct FacetCounts {
  std::string name;
  Xapian::doccount documents_with_value = 0;  // documents having at least one value
  std::vector<FacetValue> values;
};

// The name of a facet in engine/index.h's schema::kFacets, or nullptr.
const std::string_view* FindFacetPrefix(std::string_view name);

class TermFacetSpy : public Xapian::MatchSpy {
 public:
  // `facets` are names from schema::kFacets; throws std::invalid_argument
  // for an unknown one.
  explicit TermFacetSpy(const std::vector<std::string>& facets);

  void operator()(const Xapian::Document& doc, double weight) override;

  Xapian::doccount documents_seen() const { return documents_seen_; }
  // Counts in request order; `limit` values per facet (0 = all).
  std::vector<FacetCounts> Results(std::size_t limit) const;

 private:
  struct Counter {
    std::string name;
    std::string prefix;
    Xapian::doccount documents_with_value = 0;
    std::map<std::string, Xapian::doccount> counts;
  };
  std::vector<Counter> counters_;
  Xapian::doccount documents_seen_ = 0;
};

// Strips a facet prefix and Omega's ':' separator from a term.
std::string FacetValueOf(std::string_view term, std::string_view prefix);

}  // namespace gleaner

#endif  // GLEANER_ENGINE_FACETS_H_
