// CSV, JSON and GeoJSON writers for gleaner search.
#include "tools/cli/export.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <tuple>

namespace gleaner::cli {

std::string CsvField(std::string_view value) {
  const bool needs_quotes =
      value.find_first_of(",\"\r\n") != std::string_view::npos ||
      (!value.empty() && (value.front() == ' ' || value.back() == ' '));
  if (!needs_quotes) return std::string(value);
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

void WriteHitsCsv(const std::vector<SearchHit>& hits, std::ostream& out) {
  out << "rank,id,title,date,path,percent,snippet\r\n";
  for (const SearchHit& hit : hits) {
    out << hit.rank << ',' << CsvField(hit.id) << ',' << CsvField(hit.title) << ','
        << CsvField(hit.date) << ',' << CsvField(hit.path) << ',' << hit.percent << ','
        << CsvField(hit.snippet) << "\r\n";
  }
}

void WriteFacetsCsv(const std::vector<FacetCounts>& facets, std::ostream& out) {
  const bool any_approximate = std::any_of(facets.begin(), facets.end(),
                                           [](const FacetCounts& f) { return f.approximate; });
  out << (any_approximate ? "facet,value,documents,approximate\r\n" : "facet,value,documents\r\n");
  for (const FacetCounts& facet : facets) {
    for (const FacetValue& value : facet.values) {
      out << CsvField(facet.name) << ',' << CsvField(value.value) << ',' << value.documents;
      if (any_approximate) out << ',' << (facet.approximate ? "true" : "false");
      out << "\r\n";
    }
  }
}

boost::json::object HitToJson(const SearchHit& hit) {
  return boost::json::object{{"rank", hit.rank},       {"id", hit.id},
                             {"title", hit.title},     {"date", hit.date},
                             {"path", hit.path},       {"weight", hit.weight},
                             {"percent", hit.percent}, {"snippet", hit.snippet}};
}

namespace {

bool ParseCoordinate(const std::string& text, double* value) {
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, *value);
  return ec == std::errc() && ptr == end;
}

}  // namespace

boost::json::object PlacesGeoJson(const Searcher& searcher, std::string_view query) {
  struct Place {
    std::string geonames_id;
    double lat = 0;
    double lon = 0;
    std::set<std::string> documents;
    std::size_t mentions = 0;
  };
  std::map<std::pair<std::string, std::string>, Place> places;  // (name, country)
  searcher.ForEachMatch(query, [&](const StoredDocument& stored) {
    for (const Mention& mention : stored.analysis.mentions) {
      if (mention.type != MentionType::kLocation) continue;
      const auto lat = mention.attributes.find("lat");
      const auto lon = mention.attributes.find("lon");
      if (lat == mention.attributes.end() || lon == mention.attributes.end()) continue;
      double lat_value = 0;
      double lon_value = 0;
      if (!ParseCoordinate(lat->second, &lat_value) || !ParseCoordinate(lon->second, &lon_value) ||
          lat_value < -90 || lat_value > 90 || lon_value < -180 || lon_value > 180) {
        continue;
      }
      const auto country = mention.attributes.find("country");
      Place& place = places[{mention.text,
                             country == mention.attributes.end() ? "" : country->second}];
      if (place.documents.empty()) {
        place.lat = lat_value;
        place.lon = lon_value;
        const auto id = mention.attributes.find("geonames_id");
        if (id != mention.attributes.end()) place.geonames_id = id->second;
      }
      place.documents.insert(stored.document.id);
      ++place.mentions;
    }
  });
  boost::json::array features;
  for (const auto& [key, place] : places) {
    boost::json::object properties{{"name", key.first},
                                   {"country", key.second},
                                   {"documents", place.documents.size()},
                                   {"mentions", place.mentions}};
    if (!place.geonames_id.empty()) properties["geonames_id"] = place.geonames_id;
    features.push_back(boost::json::object{
        {"type", "Feature"},
        {"geometry",
         boost::json::object{{"type", "Point"},
                             {"coordinates", boost::json::array{place.lon, place.lat}}}},
        {"properties", std::move(properties)}});
  }
  return boost::json::object{{"type", "FeatureCollection"}, {"features", std::move(features)}};
}

}  // namespace gleaner::cli
