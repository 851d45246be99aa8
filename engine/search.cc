// Query parsing over the index schema, ranked search with snippets, and
// document lookup.
#include "engine/search.h"

#include <charconv>
#include <chrono>
#include <memory>

#include <boost/json.hpp>

namespace gleaner {
namespace {

// Parses YYYY, YYYY-MM or YYYY-MM-DD (also without dashes); `upper` picks
// the last day of a year or month instead of the first. Returns "" when the
// text is not such a date.
std::string DateBound(std::string_view text, bool upper) {
  std::string digits;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      digits.push_back(c);
    } else if (c != '-') {
      return {};
    }
  }
  auto number = [&](std::size_t pos, std::size_t len) {
    int value = 0;
    std::from_chars(digits.data() + pos, digits.data() + pos + len, value);
    return value;
  };
  if (digits.size() == 4) return digits + (upper ? "1231" : "0101");
  if (digits.size() == 6) {
    const int month = number(4, 2);
    if (month < 1 || month > 12) return {};
    if (!upper) return digits + "01";
    const std::chrono::year_month_day_last last{
        std::chrono::year{number(0, 4)} / std::chrono::month{static_cast<unsigned>(month)} /
        std::chrono::last};
    return digits + (static_cast<unsigned>(last.day()) < 10 ? "0" : "") +
           std::to_string(static_cast<unsigned>(last.day()));
  }
  if (digits.size() == 8) {
    const std::chrono::year_month_day day{std::chrono::year{number(0, 4)},
                                          std::chrono::month{static_cast<unsigned>(number(4, 2))},
                                          std::chrono::day{static_cast<unsigned>(number(6, 2))}};
    return day.ok() ? digits : std::string{};
  }
  return {};
}

// date:START..END over the YYYYMMDD value slot.
class DocumentDateRange : public Xapian::RangeProcessor {
 public:
  DocumentDateRange()
      : Xapian::RangeProcessor(schema::kDateSlot, std::string(schema::kDateRangeField)) {}

  Xapian::Query operator()(const std::string& begin, const std::string& end) override {
    const std::string low = begin.empty() ? std::string() : DateBound(begin, false);
    const std::string high = end.empty() ? std::string() : DateBound(end, true);
    if ((!begin.empty() && low.empty()) || (!end.empty() && high.empty())) {
      throw QueryError("date range '" + begin + ".." + end +
                       "': use YYYY, YYYY-MM or YYYY-MM-DD on each side");
    }
    if (high.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, low);
    if (low.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, high);
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, low, high);
  }
};


}  // namespace

Xapian::Query ParseQuery(const Xapian::Database& db, std::string_view query) {
  Xapian::QueryParser parser;
  parser.set_database(db);
  parser.set_stemmer(Xapian::Stem(std::string(schema::kStemLanguage)));
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser.set_default_op(Xapian::Query::OP_AND);
  parser.set_max_expansion(200, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
  for (const schema::Field& field : schema::kFields) {
    if (field.boolean) {
      parser.add_boolean_prefix(std::string(field.name), std::string(field.prefix));
    } else {
      parser.add_prefix(std::string(field.name), std::string(field.prefix));
    }
  }
  parser.add_rangeprocessor((new DocumentDateRange)->release());
  const unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
                         Xapian::QueryParser::FLAG_PURE_NOT;
  try {
    return parser.parse_query(std::string(query), flags);
  } catch (const Xapian::QueryParserError& e) {
    throw QueryError("cannot parse query '" + std::string(query) + "': " + e.get_msg());
  }
}

Searcher::Searcher(const std::filesystem::path& db_dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(db_dir, ec)) {
    throw IndexError("no database at " + db_dir.string());
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
    Xapian::Query query = ParseQuery(db_, request.query);
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
      enquire.add_matchspy(spy.get());
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
