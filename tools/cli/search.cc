// gleaner search: ranked results with snippets, as text or JSON.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iostream>

#include <boost/json.hpp>

#include "engine/search.h"
#include "tools/cli/cli.h"

namespace gleaner::cli {

namespace po = boost::program_options;

namespace {

// Xapian's snippets are HTML-escaped; a terminal wants the characters back.
std::string UnescapeSnippet(std::string_view html) {
  static constexpr std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
  std::string out;
  out.reserve(html.size());
  for (std::size_t i = 0; i < html.size();) {
    bool replaced = false;
    if (html[i] == '&') {
      for (const auto& [entity, c] : kEntities) {
        if (html.substr(i, entity.size()) == entity) {
          out.push_back(c);
          i += entity.size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out.push_back(html[i++]);
  }
  return out;
}

std::string OneLine(std::string text) {
  for (char& c : text) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return text;
}

}  // namespace

int RunSearch(const std::vector<std::string>& args) {
  std::string db_dir;
  std::string sort = "relevance";
  SearchRequest request;
  bool as_json = false;
  std::vector<std::string> words;
  po::options_description options("options");
  options.add_options()
      ("help,h", "print this help")
      ("db", po::value(&db_dir)->required(), "database folder")
      ("limit,n", po::value(&request.limit)->default_value(10), "results to show")
      ("offset", po::value(&request.offset)->default_value(0), "results to skip (paging)")
      ("sort", po::value(&sort)->default_value("relevance"), "relevance, newest or oldest")
      ("json", po::bool_switch(&as_json), "print one JSON object")
      ("facet", po::value(&request.facets)->composing(),
       "count values over all matches: org, place, country, person, year, month, mentioned, "
       "type (repeatable)")
      ("facet-limit", po::value(&request.facet_limit)->default_value(10),
       "values shown per facet (0 = all)")
      ("no-collapse", "show every copy of identical documents")
      ("query", po::value(&words), "query words");
  po::positional_options_description positional;
  positional.add("query", -1);
  po::variables_map vm;
  if (!ParseCommandLine(
          args,
          "usage: gleaner search --db DIR [--limit N] [--json] QUERY\n"
          "QUERY: words (stemmed, AND by default), \"phrases\", AND OR NOT, wild*,\n"
          "title:word, year:2021, file:NAME, mentioned:2020, date:2019..2021 (YYYY,\n"
          "YYYY-MM or YYYY-MM-DD; either side may be empty: date:2020..)",
          options, positional, vm)) {
    return kExitOk;
  }
  if (words.empty()) throw UsageError("no query");
  request.collapse_duplicates = vm.count("no-collapse") == 0;
  if (sort == "newest") {
    request.order = SortOrder::kDateNewestFirst;
  } else if (sort == "oldest") {
    request.order = SortOrder::kDateOldestFirst;
  } else if (sort != "relevance") {
    throw UsageError("--sort must be relevance, newest or oldest");
  }
  for (const std::string& word : words) {
    if (!request.query.empty()) request.query += ' ';
    request.query += word;
  }
  const bool tty = !as_json && isatty(STDOUT_FILENO) == 1;
  if (!as_json) {
    request.highlight_start = tty ? "\x1b[1m" : "[";
    request.highlight_end = tty ? "\x1b[0m" : "]";
  }

  SearchResults results;
  try {
    const Searcher searcher(db_dir);
    results = searcher.Search(request);
  } catch (const QueryError& e) {
    std::cerr << "gleaner: " << e.what() << '\n';
    return kExitUsage;
  } catch (const IndexError& e) {
    std::cerr << "gleaner: " << e.what() << '\n';
    return kExitUsage;
  }

  if (as_json) {
    boost::json::object out;
    out["query"] = request.query;
    out["parsed"] = results.parsed_query;
    out["estimated_matches"] = results.estimated_matches;
    out["offset"] = request.offset;
    boost::json::array hits;
    for (const SearchHit& hit : results.hits) {
      hits.push_back(boost::json::object{{"rank", hit.rank},
                                         {"id", hit.id},
                                         {"title", hit.title},
                                         {"date", hit.date},
                                         {"path", hit.path},
                                         {"weight", hit.weight},
                                         {"percent", hit.percent},
                                         {"snippet", hit.snippet}});
    }
    out["results"] = std::move(hits);
    if (!results.facets.empty()) {
      boost::json::object facets;
      for (const FacetCounts& facet : results.facets) {
        boost::json::array values;
        for (const FacetValue& value : facet.values) {
          values.push_back(boost::json::object{{"value", value.value}, {"count", value.documents}});
        }
        facets[facet.name] = std::move(values);
      }
      out["facets"] = std::move(facets);
    }
    std::cout << boost::json::serialize(out) << '\n';
    return kExitOk;
  }

  std::cout << "about " << results.estimated_matches << " matches for " << request.query
            << (results.hits.empty() ? "" : "; showing ") ;
  if (!results.hits.empty()) {
    std::cout << results.hits.front().rank << "-" << results.hits.back().rank;
  }
  std::cout << "\n";
  for (const FacetCounts& facet : results.facets) {
    std::cout << "\n" << facet.name << " (" << facet.documents_with_value << " documents)\n";
    std::size_t width = 0;
    for (const FacetValue& value : facet.values) width = std::max(width, value.value.size());
    for (const FacetValue& value : facet.values) {
      std::cout << "  " << value.value << std::string(width - value.value.size() + 2, ' ')
                << value.documents << "\n";
    }
  }
  for (const SearchHit& hit : results.hits) {
    std::cout << "\n" << hit.rank << ". " << (tty ? "\x1b[1m" : "")
              << (hit.title.empty() ? hit.id : OneLine(hit.title)) << (tty ? "\x1b[0m" : "")
              << "\n   " << (hit.date.empty() ? "undated" : hit.date) << "  " << hit.percent
              << "%  " << hit.path << "\n   " << OneLine(UnescapeSnippet(hit.snippet)) << "\n";
  }
  return kExitOk;
}

}  // namespace gleaner::cli
