// gleaner timeline, cooccur and entity: questions about a result set answered
// from the index's facet terms and stored mentions.
#include <algorithm>
#include <cmath>
#include <iostream>
#include <map>
#include <set>

#include <boost/json.hpp>

#include "engine/index.h"
#include "engine/search.h"
#include "tools/cli/cli.h"

namespace gleaner::cli {

namespace po = boost::program_options;

namespace {

std::string JoinWords(const std::vector<std::string>& words) {
  std::string joined;
  for (const std::string& word : words) {
    if (!joined.empty()) joined += ' ';
    joined += word;
  }
  return joined;
}

std::string LowerAscii(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

// Runs `body`, turning query and database errors into one line and status 2.
template <typename Body>
int Guarded(Body body) {
  try {
    return body();
  } catch (const QueryError& e) {
    std::cerr << "gleaner: " << e.what() << '\n';
  } catch (const IndexError& e) {
    std::cerr << "gleaner: " << e.what() << '\n';
  }
  return kExitUsage;
}

// A query in quotes for a field value: org:"OSCE Programme Office in Astana".
std::string FieldQuery(std::string_view field, const std::string& value) {
  return std::string(field) + ":\"" + value + "\"";
}

}  // namespace

int RunTimeline(const std::vector<std::string>& args) {
  std::string db_dir;
  bool as_json = false;
  std::vector<std::string> words;
  po::options_description options("options");
  options.add_options()("help,h", "print this help")(
      "db", po::value(&db_dir)->required(), "database folder")(
      "json", po::bool_switch(&as_json), "print one JSON object")(
      "query", po::value(&words), "query (as for search)");
  po::positional_options_description positional;
  positional.add("query", -1);
  po::variables_map vm;
  if (!ParseCommandLine(args,
                        "usage: gleaner timeline --db DIR [--json] QUERY\n"
                        "Documents per month (by document date) and dates mentioned per month,\n"
                        "over every document matching QUERY.",
                        options, positional, vm)) {
    return kExitOk;
  }
  if (words.empty()) throw UsageError("no query");
  return Guarded([&] {
    SearchRequest request;
    request.query = JoinWords(words);
    request.limit = 0;
    request.facets = {"month", "mentioned_month"};
    request.exact_facets = true;  // a timeline is counts, never estimates
    request.facet_limit = 0;
    request.collapse_duplicates = false;
    const SearchResults results = Searcher(db_dir).Search(request);
    // month -> (documents dated then, documents mentioning it)
    std::map<std::string, std::pair<Xapian::doccount, Xapian::doccount>> months;
    for (const FacetValue& value : results.facets[0].values) months[value.value].first = value.documents;
    for (const FacetValue& value : results.facets[1].values) months[value.value].second = value.documents;
    if (as_json) {
      boost::json::array rows;
      for (const auto& [month, counts] : months) {
        rows.push_back(boost::json::object{{"month", month.substr(0, 4) + "-" + month.substr(4)},
                                           {"documents", counts.first},
                                           {"mentioned", counts.second}});
      }
      std::cout << boost::json::serialize(boost::json::object{
                       {"query", request.query}, {"months", std::move(rows)}})
                << '\n';
      return kExitOk;
    }
    Xapian::doccount widest = 1;
    for (const auto& [month, counts] : months) widest = std::max({widest, counts.first, counts.second});
    std::cout << "month    documents  mentioned\n";
    for (const auto& [month, counts] : months) {
      const std::size_t bar = (counts.first * 30 + widest - 1) / widest;
      std::cout << month.substr(0, 4) << "-" << month.substr(4) << "  " << std::string(9 - std::to_string(counts.first).size(), ' ')
                << counts.first << "  " << std::string(9 - std::to_string(counts.second).size(), ' ')
                << counts.second << "  " << std::string(bar, '#') << "\n";
    }
    return kExitOk;
  });
}

int RunCooccur(const std::vector<std::string>& args) {
  std::string db_dir;
  bool as_json = false;
  std::size_t limit = 20;
  std::string entity;
  po::options_description options("options");
  options.add_options()("help,h", "print this help")(
      "db", po::value(&db_dir)->required(), "database folder")(
      "limit,n", po::value(&limit)->default_value(20), "entities to list")(
      "json", po::bool_switch(&as_json), "print one JSON object")(
      "entity", po::value(&entity), "FIELD:VALUE (org:OSCE, place:Almaty, person:NAME, country:kz)");
  po::positional_options_description positional;
  positional.add("entity", 1);
  po::variables_map vm;
  if (!ParseCommandLine(
          args,
          "usage: gleaner cooccur --db DIR [--limit N] [--json] FIELD:VALUE\n"
          "Organizations, places, countries and persons that appear in the same documents\n"
          "as the entity, ranked by the Dice coefficient 2|A&B| / (|A| + |B|) over\n"
          "documents (|A|: documents with the entity, |B|: with the other one, |A&B|:\n"
          "with both); pointwise mutual information log2(N|A&B| / (|A||B|)) is shown too.",
          options, positional, vm)) {
    return kExitOk;
  }
  const std::size_t colon = entity.find(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == entity.size()) {
    throw UsageError("the entity is FIELD:VALUE, e.g. org:OSCE");
  }
  return Guarded([&] {
    const Searcher searcher(db_dir);
    const Xapian::Database& db = searcher.database();
    SearchRequest request;
    request.query = FieldQuery(entity.substr(0, colon), entity.substr(colon + 1));
    request.limit = 0;
    request.facets = {"org", "place", "country", "person"};
    request.facet_limit = 0;
    request.collapse_duplicates = false;
    request.exact_facets = true;  // Dice and PMI need the real co-occurrence counts
    const SearchResults results = searcher.Search(request);
    const double with_entity = results.lower_bound;
    const double total = db.get_doccount();
    struct Row {
      std::string facet;
      std::string value;
      Xapian::doccount both;
      Xapian::doccount alone;
      double dice;
      double pmi;
    };
    std::vector<Row> rows;
    const std::string self = LowerAscii(entity.substr(colon + 1));
    for (const FacetCounts& facet : results.facets) {
      const std::string_view* prefix = FindFacetPrefix(facet.name);
      for (const FacetValue& value : facet.values) {
        if (facet.name == entity.substr(0, colon) && LowerAscii(value.value) == self) continue;
        const double other = db.get_termfreq(BooleanTerm(*prefix, value.value));
        if (other == 0 || with_entity == 0) continue;
        rows.push_back(Row{facet.name, value.value, value.documents,
                           static_cast<Xapian::doccount>(other),
                           2.0 * value.documents / (with_entity + other),
                           std::log2(total * value.documents / (with_entity * other))});
      }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
      return a.dice != b.dice ? a.dice > b.dice : a.both > b.both;
    });
    if (rows.size() > limit) rows.resize(limit);
    if (as_json) {
      boost::json::array out;
      for (const Row& row : rows) {
        out.push_back(boost::json::object{{"field", row.facet}, {"value", row.value},
                                          {"documents_together", row.both},
                                          {"documents_with_other", row.alone},
                                          {"dice", row.dice}, {"pmi", row.pmi}});
      }
      std::cout << boost::json::serialize(boost::json::object{
                       {"entity", entity},
                       {"documents", results.lower_bound},
                       {"measure", "dice"},
                       {"cooccurring", std::move(out)}})
                << '\n';
      return kExitOk;
    }
    std::cout << entity << ": " << results.lower_bound << " documents\n\n";
    std::size_t width = 5;
    for (const Row& row : rows) width = std::max(width, row.facet.size() + 1 + row.value.size());
    std::cout << "entity" << std::string(width - 4, ' ') << "together  dice   pmi\n";
    for (const Row& row : rows) {
      const std::string name = row.facet + ":" + row.value;
      char figures[64];
      std::snprintf(figures, sizeof figures, "%8u  %.3f  %5.2f", row.both, row.dice, row.pmi);
      std::cout << name << std::string(width - name.size() + 2, ' ') << figures << "\n";
    }
    return kExitOk;
  });
}

int RunEntity(const std::vector<std::string>& args) {
  std::string db_dir;
  bool as_json = false;
  std::vector<std::string> words;
  po::options_description options("options");
  options.add_options()("help,h", "print this help")(
      "db", po::value(&db_dir)->required(), "database folder")(
      "json", po::bool_switch(&as_json), "print one JSON object")(
      "name", po::value(&words), "the entity's name or canonical name, any case");
  po::positional_options_description positional;
  positional.add("name", -1);
  po::variables_map vm;
  if (!ParseCommandLine(args,
                        "usage: gleaner entity --db DIR [--json] NAME\n"
                        "Every organization, place or person called NAME: its variants as written,\n"
                        "the documents mentioning it, first and last seen, and the places named\n"
                        "alongside it.",
                        options, positional, vm)) {
    return kExitOk;
  }
  if (words.empty()) throw UsageError("no entity name");
  const std::string name = JoinWords(words);
  const std::string wanted = LowerAscii(name);
  return Guarded([&] {
    const Searcher searcher(db_dir);
    struct Seen {
      std::string id;
      std::string date;
      std::string title;
      std::size_t mentions = 0;
    };
    std::map<std::string, std::size_t> variants;  // surface form -> mentions
    std::set<std::string> types;
    std::vector<Seen> documents;
    std::map<std::string, std::size_t> places;  // places in the same documents
    const std::string query = FieldQuery("org", name) + " OR " + FieldQuery("place", name) +
                              " OR " + FieldQuery("person", name);
    searcher.ForEachMatch(query, [&](const StoredDocument& stored) {
      Seen seen{stored.document.id, stored.document.date, stored.document.title, 0};
      std::set<std::string> doc_places;
      for (const Mention& mention : stored.analysis.mentions) {
        auto canonical = mention.attributes.find("canonical");
        const bool same = LowerAscii(mention.text) == wanted ||
                          (canonical != mention.attributes.end() &&
                           LowerAscii(canonical->second) == wanted);
        if (same && (mention.type == MentionType::kOrganization ||
                     mention.type == MentionType::kLocation || mention.type == MentionType::kPerson)) {
          ++variants[mention.text];
          types.insert(std::string(MentionTypeName(mention.type)));
          ++seen.mentions;
        } else if (mention.type == MentionType::kLocation) {
          doc_places.insert(mention.text);
        }
      }
      if (seen.mentions == 0) return;
      for (const std::string& place : doc_places) ++places[place];
      documents.push_back(std::move(seen));
    });
    if (documents.empty()) {
      PrintError(name, "no such organization, place or person in " + db_dir);
      return kExitSomeFailed;
    }
    std::sort(documents.begin(), documents.end(),
              [](const Seen& a, const Seen& b) {
                // Oldest first; undated documents last.
                if (a.date.empty() != b.date.empty()) return b.date.empty();
                return a.date < b.date;
              });
    std::string first;
    std::string last;
    for (const Seen& seen : documents) {
      if (seen.date.empty()) continue;
      if (first.empty()) first = seen.date;
      last = seen.date;
    }
    std::vector<std::pair<std::string, std::size_t>> place_rows(places.begin(), places.end());
    std::stable_sort(place_rows.begin(), place_rows.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    if (as_json) {
      boost::json::object out{{"name", name}, {"first_seen", first}, {"last_seen", last}};
      boost::json::array type_list;
      for (const std::string& type : types) type_list.push_back(boost::json::string(type));
      out["types"] = std::move(type_list);
      boost::json::array variant_list;
      for (const auto& [text, count] : variants) {
        variant_list.push_back(boost::json::object{{"text", text}, {"mentions", count}});
      }
      out["variants"] = std::move(variant_list);
      boost::json::array docs;
      for (const Seen& seen : documents) {
        docs.push_back(boost::json::object{{"id", seen.id}, {"date", seen.date},
                                           {"title", seen.title}, {"mentions", seen.mentions}});
      }
      out["documents"] = std::move(docs);
      boost::json::array place_list;
      for (const auto& [place, count] : place_rows) {
        place_list.push_back(boost::json::object{{"place", place}, {"documents", count}});
      }
      out["places"] = std::move(place_list);
      std::cout << boost::json::serialize(out) << '\n';
      return kExitOk;
    }
    std::cout << name << " (";
    for (auto it = types.begin(); it != types.end(); ++it) std::cout << (it == types.begin() ? "" : ", ") << *it;
    std::cout << ")\n"
              << "documents:  " << documents.size() << "\n"
              << "first seen: " << (first.empty() ? "undated" : first) << "\n"
              << "last seen:  " << (last.empty() ? "undated" : last) << "\n\nvariants\n";
    for (const auto& [text, count] : variants) std::cout << "  " << text << "  (" << count << ")\n";
    std::cout << "\nplaces in the same documents\n";
    for (const auto& [place, count] : place_rows) std::cout << "  " << place << "  (" << count << ")\n";
    std::cout << "\ndocuments\n";
    for (const Seen& seen : documents) {
      std::cout << "  " << (seen.date.empty() ? "undated   " : seen.date) << "  " << seen.id << "\n";
    }
    return kExitOk;
  });
}

}  // namespace gleaner::cli
