// gleaner search: ranked results, facets over the whole result set, and
// exports (table, json, jsonl, csv, geojson).

#include <algorithm>
#include <cstdio>
#include <iostream>

#include <boost/json.hpp>

#include "engine/search.h"
#include "tools/cli/cli.h"
#include "tools/cli/export.h"
#include "tools/cli/terminal.h"

namespace gleaner::cli {

namespace po = boost::program_options;

namespace {

// Xapian's snippets are HTML-escaped; a terminal or a CSV file wants the
// characters back.
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

// Facets estimated from a sample, by name: {"approximate": true,
// "sample_documents": N}. Empty when every count is exact.
boost::json::object FacetSamplingToJson(const std::vector<FacetCounts>& facets) {
  boost::json::object out;
  for (const FacetCounts& facet : facets) {
    if (!facet.approximate) continue;
    out[facet.name] =
        boost::json::object{{"approximate", true}, {"sample_documents", facet.sample_documents}};
  }
  return out;
}

boost::json::object FacetsToJson(const std::vector<FacetCounts>& facets) {
  boost::json::object out;
  for (const FacetCounts& facet : facets) {
    boost::json::array values;
    for (const FacetValue& value : facet.values) {
      values.push_back(boost::json::object{{"value", value.value}, {"count", value.documents}});
    }
    out[facet.name] = std::move(values);
  }
  return out;
}

void PrintTable(const SearchRequest& request, const SearchResults& results, const TextStyle& style) {
  std::cout << "about " << FormatCount(results.estimated_matches) << " matches for "
            << request.query;
  if (!results.hits.empty()) {
    std::cout << "; showing " << results.hits.front().rank << "-" << results.hits.back().rank;
  }
  std::cout << "\n";
  if (!results.suggestion.empty()) std::cout << "did you mean: " << results.suggestion << "\n";
  for (const FacetCounts& facet : results.facets) {
    // "~": estimated from a sample of the matches (SearchRequest::facet_exact_limit).
    const std::string approx = facet.approximate ? "~" : "";
    std::cout << "\n" << style.header << facet.name << style.reset << " (" << approx
              << FormatCount(facet.documents_with_value) << " documents";
    if (facet.approximate) {
      std::cout << ", estimated from a sample of " << FormatCount(facet.sample_documents);
    }
    std::cout << ")\n";
    std::size_t width = 0;
    std::size_t count_width = 0;
    for (const FacetValue& value : facet.values) {
      width = std::max(width, value.value.size());
      count_width = std::max(count_width, (approx + FormatCount(value.documents)).size());
    }
    for (const FacetValue& value : facet.values) {
      const std::string count = approx + FormatCount(value.documents);
      std::cout << "  " << value.value << std::string(width - value.value.size() + 2, ' ')
                << std::string(count_width - count.size(), ' ') << count << "\n";
    }
  }
  for (const SearchHit& hit : results.hits) {
    std::cout << "\n" << hit.rank << ". " << style.title
              << (hit.title.empty() ? hit.id : OneLine(hit.title)) << style.reset
              << "\n   " << (hit.date.empty() ? "undated" : hit.date) << "  " << hit.percent
              << "%  " << hit.path << "\n   " << OneLine(UnescapeSnippet(hit.snippet)) << "\n";
  }
}

}  // namespace

int RunSearch(const std::vector<std::string>& args) {
  std::string db_dir;
  std::string sort = "relevance";
  std::string format = "table";
  std::string color = "auto";
  SearchRequest request;
  bool as_json = false;
  std::vector<std::string> words;
  po::options_description options("options");
  options.add_options()
      ("help,h", "print this help")
      ("db", po::value(&db_dir)->required(), "database folder, or a stub file listing shards (gleaner merge --stub)")
      ("limit,n", po::value(&request.limit)->default_value(10),
       "results to show (0: facets or places only)")
      ("offset", po::value(&request.offset)->default_value(0), "results to skip (paging)")
      ("sort", po::value(&sort)->default_value("relevance"), "relevance, newest or oldest")
      ("format", po::value(&format)->default_value("table"),
       "table, json, jsonl (one result a line), csv (RFC 4180; facets with --limit 0) or "
       "geojson (every located place of the whole result set)")
      ("json", po::bool_switch(&as_json), "same as --format json")
      ("color", po::value(&color)->default_value("auto"),
       "auto (on a terminal, unless NO_COLOR is set), always or never")
      ("facet", po::value(&request.facets)->composing(),
       "count values over all matches: org, place, country, person, year, month, mentioned, "
       "type (repeatable)")
      ("facet-limit", po::value(&request.facet_limit)->default_value(10),
       "values shown per facet (0 = all)")
      ("exact-facets", po::bool_switch(&request.exact_facets),
       "count facets over every match even for large result sets (slower)")
      ("facet-exact-limit", po::value(&request.facet_exact_limit)->default_value(kDefaultFacetExactLimit),
       "result sets with more matches get facet counts estimated from a sample (marked ~)")
      ("facet-sample", po::value(&request.facet_sample_size)->default_value(kDefaultFacetSampleSize),
       "about how many matches such a sample reads")
      ("no-collapse", "show every copy of identical documents")
      ("query", po::value(&words), "query words");
  po::positional_options_description positional;
  positional.add("query", -1);
  po::variables_map vm;
  if (!ParseCommandLine(
          args,
          "usage: gleaner search --db DIR [--limit N] [--format F] [--facet NAME]... QUERY\n"
          "QUERY: words (stemmed, AND by default), \"phrases\", AND OR NOT, wild*,\n"
          "title:word, year:2021, file:NAME, mentioned:2020, country:kz, place:Almaty,\n"
          "org:OSCE, person:NAME, date:2019..2021 (YYYY, YYYY-MM or YYYY-MM-DD; either\n"
          "side may be empty: date:2020..)",
          options, positional, vm)) {
    return kExitOk;
  }
  if (words.empty()) throw UsageError("no query");
  if (as_json) format = "json";
  if (format != "table" && format != "json" && format != "jsonl" && format != "csv" &&
      format != "geojson") {
    throw UsageError("--format must be table, json, jsonl, csv or geojson");
  }
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
  ColorMode color_mode = ColorMode::kAuto;
  try {
    color_mode = ParseColorMode(color);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  const TextStyle style = StyleFor(format == "table" && UseColor(color_mode));
  if (format == "table") {
    request.highlight_start = style.highlight.empty() ? "[" : style.highlight;
    request.highlight_end = style.reset.empty() ? "]" : style.reset;
  } else if (format == "csv" || format == "jsonl") {
    request.highlight_start = "";
    request.highlight_end = "";
  }

  try {
    const Searcher searcher(db_dir);
    if (format == "geojson") {
      std::cout << boost::json::serialize(PlacesGeoJson(searcher, request.query)) << '\n';
      return kExitOk;
    }
    const SearchResults results = searcher.Search(request);
    if (format == "json") {
      boost::json::object out;
      out["query"] = request.query;
      out["parsed"] = results.parsed_query;
      out["estimated_matches"] = results.estimated_matches;
      if (!results.suggestion.empty()) out["suggestion"] = results.suggestion;
      out["offset"] = request.offset;
      boost::json::array hits;
      for (const SearchHit& hit : results.hits) hits.push_back(HitToJson(hit));
      out["results"] = std::move(hits);
      if (!results.facets.empty()) out["facets"] = FacetsToJson(results.facets);
      boost::json::object sampling = FacetSamplingToJson(results.facets);
      if (!sampling.empty()) out["facet_sampling"] = std::move(sampling);
      std::cout << boost::json::serialize(out) << '\n';
    } else if (format == "jsonl") {
      for (const SearchHit& hit : results.hits) {
        boost::json::object line = HitToJson(hit);
        line["snippet"] = UnescapeSnippet(hit.snippet);
        std::cout << boost::json::serialize(line) << '\n';
      }
    } else if (format == "csv") {
      if (request.limit == 0) {
        WriteFacetsCsv(results.facets, std::cout);
      } else {
        std::vector<SearchHit> hits = results.hits;
        for (SearchHit& hit : hits) hit.snippet = UnescapeSnippet(hit.snippet);
        WriteHitsCsv(hits, std::cout);
      }
    } else {
      PrintTable(request, results, style);
    }
  } catch (const QueryError& e) {
    std::cerr << "gleaner: " << e.what() << '\n';
    return kExitUsage;
  } catch (const IndexError& e) {
    std::cerr << "gleaner: " << e.what() << '\n';
    return kExitUsage;
  }
  return kExitOk;
}

}  // namespace gleaner::cli
