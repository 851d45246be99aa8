// Output formats of search results and facets: RFC 4180 CSV, JSON Lines and
// GeoJSON of the places mentioned in a result set.
#ifndef GLEANER_TOOLS_CLI_EXPORT_H_
#define GLEANER_TOOLS_CLI_EXPORT_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json.hpp>

#include "engine/search.h"

namespace gleaner::cli {

// One CSV field: quoted (with doubled quotes) when it holds a comma, a
// quote, CR or LF, or leading/trailing space.
std::string CsvField(std::string_view value);

// Header "rank,id,title,date,path,percent,snippet" and one row per hit,
// CRLF line ends (RFC 4180). Snippets are plain text here.
void WriteHitsCsv(const std::vector<SearchHit>& hits, std::ostream& out);
// Header "facet,value,documents", one row per facet value. When some counts
// are estimated from a sample of the matches, a fourth column "approximate"
// ("true"/"false") is added (kept out otherwise so exact exports stay as
// they were).
void WriteFacetsCsv(const std::vector<FacetCounts>& facets, std::ostream& out);

boost::json::object HitToJson(const SearchHit& hit);

// A FeatureCollection with one Point per distinct located place (by name and
// country) mentioned in `documents`: properties name, country, geonames_id,
// documents (how many documents mention it) and mentions.
boost::json::object PlacesGeoJson(const Searcher& searcher, std::string_view query);

}  // namespace gleaner::cli

#endif  // GLEANER_TOOLS_CLI_EXPORT_H_
