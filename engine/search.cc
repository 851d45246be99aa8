// Query parsing over the index schema, ranked search with snippets, and
// document lookup.
#include "engine/search.h"

#include "engine/query.h"
#include "engine/sampled_docids.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <fstream>
#include <memory>

#include <boost/json.hpp>

namespace gleaner {
Searcher::Searcher(const std::filesystem::path& db_dir) {
  // A folder is a database; a file is a stub database listing shards
  // (gleaner merge --stub), which Xapian opens as one database.
  std::error_code ec;
  if (!std::filesystem::is_directory(db_dir, ec) && !std::filesystem::is_regular_file(db_dir, ec)) {
    throw IndexError("no database at " + db_dir.string());
  }
  if (std::filesystem::is_regular_file(db_dir, ec)) {
    std::ifstream stub(db_dir);
    for (std::string line; std::getline(stub, line);) {
      if (line.rfind("remote ", 0) == 0) has_remote_shards_ = true;
    }
  }
  try {
    db_ = Xapian::Database(db_dir.string());
  } catch (const Xapian::Error& e) {
    throw IndexError("cannot open database " + db_dir.string() + ": " + e.get_description());
  }
}

SearchResults Searcher::Search(const SearchRequest& request) const {
  SearchResults results;
  try {
    Xapian::Query query = ParseQuery(db_, request.query, &results.suggestion);
    results.parsed_query = query.get_description();
    Xapian::Enquire enquire(db_);
    enquire.set_query(query);
    switch (request.order) {
      case SortOrder::kRelevance:
        break;
      case SortOrder::kDateNewestFirst:
        enquire.set_sort_by_value_then_relevance(schema::kDateSlot, true);
        break;
      case SortOrder::kDateOldestFirst:
        enquire.set_sort_by_value_then_relevance(schema::kDateSlot, false);
        break;
    }
    if (request.collapse_duplicates) enquire.set_collapse_key(schema::kHashSlot);
    for (const std::string& facet : request.facets) {
      if (!FacetSlot(facet)) throw QueryError("unknown facet '" + facet + "'");
    }
    // With facets, check enough matches to know whether the result set is
    // small enough for exact counting (matching alone is cheap; reading the
    // facet values of every match is what costs).
    const bool facets = !request.facets.empty();
    const Xapian::doccount check_at_least = facets ? request.facet_exact_limit + 1 : 0;
    Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                         static_cast<Xapian::doccount>(request.limit),
                                         check_at_least);
    results.estimated_matches = mset.get_matches_estimated();
    results.lower_bound = mset.get_matches_lower_bound();
    results.upper_bound = mset.get_matches_upper_bound();
    if (facets) {
      // Facets count every match before duplicates are collapsed.
      const Xapian::doccount matches = mset.get_uncollapsed_matches_estimated();
      const bool exact = request.exact_facets || has_remote_shards_ ||
                         mset.get_uncollapsed_matches_upper_bound() <= request.facet_exact_limit ||
                         matches <= request.facet_sample_size;
      const double fraction =
          exact || matches == 0
              ? 1.0
              : std::min(1.0, static_cast<double>(request.facet_sample_size) / static_cast<double>(matches));
      Xapian::doccount seen = 0;
      results.facets = CountFacets(query, request, fraction, &seen);
      // Counting every match (before collapsing) gives the exact total.
      if (fraction >= 1 && !request.collapse_duplicates) {
        results.estimated_matches = results.lower_bound = results.upper_bound = seen;
      }
    }
    const Xapian::Stem stemmer{std::string(schema::kStemLanguage)};
    std::size_t rank = request.offset;
    for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it) {
      const boost::json::object record = boost::json::parse(it.get_document().get_data()).as_object();
      SearchHit hit;
      hit.rank = ++rank;
      hit.id = record.at("id").as_string();
      hit.title = record.at("title").as_string();
      hit.date = record.at("date").as_string();
      hit.path = record.at("path").as_string();
      hit.weight = it.get_weight();
      hit.percent = it.get_percent();
      hit.snippet = mset.snippet(std::string(record.at("text").as_string()), request.snippet_bytes,
                                 stemmer, Xapian::MSet::SNIPPET_BACKGROUND_MODEL |
                                 Xapian::MSet::SNIPPET_EXHAUSTIVE,
                                 request.highlight_start, request.highlight_end, "…");
      results.hits.push_back(std::move(hit));
    }
  } catch (const Xapian::Error& e) {
    throw IndexError("search failed: " + e.get_description());
  } catch (const std::exception& e) {
    if (dynamic_cast<const QueryError*>(&e) != nullptr) throw;
    throw IndexError(std::string("corrupt document record: ") + e.what());
  }
  return results;
}

std::vector<FacetCounts> Searcher::CountFacets(const Xapian::Query& query,
                                               const SearchRequest& request,
                                               double sample_fraction,
                                               Xapian::doccount* matches_seen) const {
  // Value streams need the docids the spy sees to be the streams' docids,
  // which holds for one local database only.
  const bool one_local_database = !has_remote_shards_ && db_.size() == 1;
  TermFacetSpy spy(request.facets, one_local_database ? &db_ : nullptr);
  if (has_remote_shards_) {
    CountFacetsHere(query, spy);
    if (matches_seen != nullptr) *matches_seen = spy.documents_seen();
    return spy.Results(request.facet_limit);
  }
  // A separate unranked pass: no weights to compute, and with a sample the
  // filter lets the matcher skip straight from one sampled match to the next.
  SampledDocids sample(sample_fraction);
  Xapian::Enquire enquire(db_);
  enquire.set_query(sample_fraction < 1
                        ? Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(&sample))
                        : query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  enquire.add_matchspy(&spy);
  enquire.get_mset(0, 0, db_.get_doccount());
  if (matches_seen != nullptr) *matches_seen = spy.documents_seen();
  std::vector<FacetCounts> counts = spy.Results(request.facet_limit);
  if (sample_fraction < 1) ScaleSampledCounts(counts, sample_fraction, spy.documents_seen());
  return counts;
}

void Searcher::CountFacetsHere(const Xapian::Query& query, TermFacetSpy& spy) const {
  // Same documents the spy sees in a local match: every match, before
  // duplicates are collapsed.
  Xapian::Enquire enquire(db_);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  Xapian::MSet every = enquire.get_mset(0, db_.get_doccount());
  every.fetch();
  for (Xapian::MSetIterator it = every.begin(); it != every.end(); ++it) spy(it.get_document(), 0);
}

void Searcher::ForEachMatch(std::string_view query,
                            const std::function<void(const StoredDocument&)>& visit) const {
  try {
    Xapian::Enquire enquire(db_);
    enquire.set_query(ParseQuery(db_, query));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    enquire.set_docid_order(Xapian::Enquire::ASCENDING);
    const Xapian::MSet mset = enquire.get_mset(0, db_.get_doccount());
    for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it) {
      visit(DocumentFromJson(boost::json::parse(it.get_document().get_data()).as_object()));
    }
  } catch (const Xapian::Error& e) {
    throw IndexError("search failed: " + e.get_description());
  } catch (const QueryError&) {
    throw;
  } catch (const std::exception& e) {
    throw IndexError(std::string("corrupt document record: ") + e.what());
  }
}

std::optional<StoredDocument> Searcher::Find(std::string_view id_or_name) const {
  try {
    for (const std::string& term :
         {IdTerm(id_or_name), BooleanTerm(schema::kFileName, id_or_name)}) {
      Xapian::PostingIterator posting = db_.postlist_begin(term);
      if (posting == db_.postlist_end(term)) continue;
      const std::string data = db_.get_document(*posting).get_data();
      return DocumentFromJson(boost::json::parse(data).as_object());
    }
  } catch (const Xapian::Error& e) {
    throw IndexError("cannot read database: " + e.get_description());
  } catch (const std::exception& e) {
    throw IndexError(std::string("corrupt document record: ") + e.what());
  }
  return std::nullopt;
}

}  // namespace gleaner
