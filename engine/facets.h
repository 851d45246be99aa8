// Multi-valued facet counting over a whole result set: a Xapian MatchSpy
// that, for every matching document, counts the distinct values of each
// requested facet (a document with three organizations adds one to each of
// the three). The values come from the facet's value slot, which the indexer
// fills from the same boolean terms the query parser filters on.
// Counts are exact over the documents the spy sees; when the caller shows it
// only a sample of the matches (engine/sampled_docids.h), ScaleSampledCounts
// turns the sample's counts into estimates marked approximate.
#ifndef GLEANER_ENGINE_FACETS_H_
#define GLEANER_ENGINE_FACETS_H_

#include <cstddef>
#include <functional>
#include <map>
#include <unordered_map>
#include <optional>
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
  // Set when the counts are estimated from a sample of the result set:
  // `sample_documents` matches were read and every count scaled up.
  bool approximate = false;
  Xapian::doccount sample_documents = 0;
};

// The name of a facet in engine/index.h's schema::kFacets, or nullptr.
const std::string_view* FindFacetPrefix(std::string_view name);

// The value slot of a facet in schema::kFacets, or nullopt.
std::optional<Xapian::valueno> FacetSlot(std::string_view name);

class TermFacetSpy : public Xapian::MatchSpy {
 public:
  // `facets` are names from schema::kFacets; throws std::invalid_argument
  // for an unknown one. With `values_from`, the database being searched, the
  // spy reads the facet slots through value streams (sequential reads as the
  // matcher moves forward in docid order) instead of a B-tree lookup per
  // document and slot; without it (remote copies) it uses Document::get_value.
  explicit TermFacetSpy(const std::vector<std::string>& facets,
                        const Xapian::Database* values_from = nullptr);

  void operator()(const Xapian::Document& doc, double weight) override;

  // Remote shards (xapian-tcpsrv) and Enquire copies: the spy travels as its
  // name plus its facet list, and each shard's counts come back as JSON
  // that merge_results adds into this spy.
  Xapian::MatchSpy* clone() const override;
  std::string name() const override;
  std::string serialise() const override;
  Xapian::MatchSpy* unserialise(const std::string& serialised,
                                const Xapian::Registry& context) const override;
  std::string serialise_results() const override;
  void merge_results(const std::string& serialised) override;
  std::string get_description() const override;

  Xapian::doccount documents_seen() const { return documents_seen_; }
  // Counts in request order; `limit` values per facet (0 = all).
  std::vector<FacetCounts> Results(std::size_t limit) const;

 private:
  // Lets the counters be probed with string_views cut from the packed slot.
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  struct Counter {
    std::string name;
    Xapian::valueno slot;
    Xapian::doccount documents_with_value = 0;
    std::unordered_map<std::string, Xapian::doccount, StringHash, std::equal_to<>> counts;
    // With value streams: the slot's stream, positioned at or after the
    // last document read, and that document's id.
    Xapian::ValueIterator stream;
    Xapian::docid stream_docid = 0;
  };
  // The packed values of `counter`'s slot for document `docid` ("" if none).
  std::string ReadPacked(Counter& counter, const Xapian::Document& doc, Xapian::docid docid);
  void Count(Counter& counter, std::string_view packed);

  std::vector<Counter> counters_;
  std::optional<Xapian::Database> values_from_;
  Xapian::doccount documents_seen_ = 0;
};

// Turns counts taken over a sample that kept each match with probability
// `fraction` into estimates for the whole result set (each count divided by
// the fraction, rounded; order kept), and marks them approximate with the
// sample's size.
void ScaleSampledCounts(std::vector<FacetCounts>& facets, double fraction,
                        Xapian::doccount sample_documents);

// The values of boolean terms under `prefix` in `doc`, packed for the
// facet's value slot (each followed by schema::kFacetValueEnd).
std::string PackFacetValues(const Xapian::Document& doc, std::string_view prefix);

// Strips a facet prefix and Omega's ':' separator from a term.
std::string FacetValueOf(std::string_view term, std::string_view prefix);

}  // namespace gleaner

#endif  // GLEANER_ENGINE_FACETS_H_
