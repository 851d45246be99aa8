// Searching a gleaner database: the query language (Xapian QueryParser with
// the schema's fields and a date range), ranked results with snippets, and
// fetching one stored document by id or file name.
#ifndef GLEANER_ENGINE_SEARCH_H_
#define GLEANER_ENGINE_SEARCH_H_

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "engine/document_json.h"
#include "engine/facets.h"
#include "engine/index.h"
#include "engine/query.h"

namespace gleaner {


// Facet counting: exact up to this many matches (more than Reuters-21578's
// 21,578 documents, so every Reuters query stays exact), estimated from a
// sample of about kDefaultFacetSampleSize matches above it. Measured with
// gleaner-latency on a 300,000-document database (CPU ms per query, p95):
// exact everywhere 120, 50,000/20,000 122, 30,000/10,000 69, 25,000/10,000
// 57; reading a match's facet slots costs 2-5 us (Xapian block reads), and a
// 10,000-match sample keeps a value held by 10% of the matches within ~3%
// (one standard deviation).
inline constexpr Xapian::doccount kDefaultFacetExactLimit = 25000;
inline constexpr Xapian::doccount kDefaultFacetSampleSize = 10000;

enum class SortOrder { kRelevance, kDateNewestFirst, kDateOldestFirst };

struct SearchRequest {
  std::string query;
  std::size_t offset = 0;
  std::size_t limit = 10;
  SortOrder order = SortOrder::kRelevance;
  std::size_t snippet_bytes = 240;
  std::string highlight_start = "<b>";  // the snippet is HTML-escaped text
  std::string highlight_end = "</b>";
  // Facets (names from schema::kFacets) counted over the whole result set,
  // not only the page shown; `facet_limit` values each (0 = all).
  std::vector<std::string> facets;
  std::size_t facet_limit = 10;
  // Result sets of up to `facet_exact_limit` matches are counted exactly,
  // every match's values read. Larger ones are counted over a uniform sample
  // of about `facet_sample_size` matches and scaled (FacetCounts::approximate),
  // unless `exact_facets` is set. Reading values is what costs; see
  // kDefaultFacetExactLimit.
  bool exact_facets = false;
  Xapian::doccount facet_exact_limit = kDefaultFacetExactLimit;
  Xapian::doccount facet_sample_size = kDefaultFacetSampleSize;
  // Show one document per content hash (identical texts under two paths).
  bool collapse_duplicates = true;
};

struct SearchHit {
  std::size_t rank = 0;  // 1-based position in the whole result list
  std::string id;
  std::string title;
  std::string date;
  std::string path;
  double weight = 0;
  int percent = 0;
  std::string snippet;
};

struct SearchResults {
  std::string parsed_query;  // Xapian's description of the parsed query
  std::string suggestion;    // a spelling-corrected query, when one is known
  Xapian::doccount estimated_matches = 0;
  // Exact when facets were requested and there are at most
  // facet_exact_limit matches (or exact_facets is set) and duplicates are
  // not collapsed.
  Xapian::doccount lower_bound = 0;
  Xapian::doccount upper_bound = 0;
  std::vector<SearchHit> hits;
  std::vector<FacetCounts> facets;
};

class Searcher {
 public:
  // Opens the database read-only: a folder, or a stub file listing shards
  // (local folders, "remote HOST:PORT" served by xapian-tcpsrv). Throws
  // IndexError when it is missing or is not a readable Xapian database.
  explicit Searcher(const std::filesystem::path& db_dir);

  // Throws QueryError for an unparseable query or an unknown facet,
  // IndexError for a database failure.
  SearchResults Search(const SearchRequest& request) const;

  // A stored document by its id (absolute path) or, when no id matches, by
  // its file name without extension.
  std::optional<StoredDocument> Find(std::string_view id_or_name) const;

  // Calls `visit` with the stored record of every document matching
  // `query` (unranked, in document-id order). Throws like Search.
  void ForEachMatch(std::string_view query,
                    const std::function<void(const StoredDocument&)>& visit) const;

  Xapian::doccount size() const { return db_.get_doccount(); }
  const Xapian::Database& database() const { return db_; }

 private:
  // Facet counts over every match of `query`, fetched to this process: the
  // stock xapian-tcpsrv only rebuilds Xapian's own match spies, so with
  // remote shards the TermFacetSpy cannot run on the servers.
  void CountFacetsHere(const Xapian::Query& query, TermFacetSpy& spy) const;

  // Facet counts of `query`'s matches: exact when `sample_fraction` is 1,
  // otherwise over the matches kept by a SampledDocids of that fraction,
  // scaled. `matches_seen` gets how many matches were counted.
  std::vector<FacetCounts> CountFacets(const Xapian::Query& query, const SearchRequest& request,
                                       double sample_fraction, Xapian::doccount* matches_seen) const;

  Xapian::Database db_;
  bool has_remote_shards_ = false;  // a stub file with a "remote" line
};

}  // namespace gleaner

#endif  // GLEANER_ENGINE_SEARCH_H_
