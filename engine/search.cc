// Query parsing over the index schema, ranked search with snippets, and
// document lookup.
#include "engine/search.h"

#include "engine/query.h"

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
    std::unique_ptr<TermFacetSpy> spy;
    if (!request.facets.empty()) {
      try {
        spy = std::make_unique<TermFacetSpy>(request.facets);
      } catch (const std::invalid_argument& e) {
        throw QueryError(e.what());
      }
      if (!has_remote_shards_) enquire.add_matchspy(spy.get());
    }
    // With facets every match must be visited, so ask Xapian to check them all.
    const Xapian::doccount check_at_least = spy ? db_.get_doccount() : 0;
    Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                         static_cast<Xapian::doccount>(request.limit),
                                         check_at_least);
    results.estimated_matches = mset.get_matches_estimated();
    results.lower_bound = mset.get_matches_lower_bound();
    results.upper_bound = mset.get_matches_upper_bound();
    if (spy) {
      if (has_remote_shards_) CountFacetsHere(query, *spy);
      results.facets = spy->Results(request.facet_limit);
      enquire.clear_matchspies();
    }
    const Xapian::Stem stemmer(std::string(schema::kStemLanguage));
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
