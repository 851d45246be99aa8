// gleaner's query language on Xapian's QueryParser: free text (stemmed,
// phrases, boolean operators, capped wildcards), the schema's fields, date
// ranges on the document date, dates mentioned in the text, counts, and
// organization synonyms from the synonym table.
#ifndef GLEANER_ENGINE_QUERY_H_
#define GLEANER_ENGINE_QUERY_H_

#include <stdexcept>
#include <string>
#include <string_view>

#include <xapian.h>

namespace gleaner {

// A query the parser rejects. what() is one line naming the problem and,
// where known, its position (1-based character column).
class QueryError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Parses `query` against `db`. Syntax, beyond Xapian's (AND OR NOT, "phrase",
// wild*, title:word):
//   date:START..END         document date; YYYY, YYYY-MM or YYYY-MM-DD, either side optional
//   year:2021 month:202110  document date filters
//   mentioned:2021          a date in 2021 is mentioned; mentioned:2021-04 a date in April
//                           2021; mentioned:2017..2019 any of those years
//   count:women>=20         a count of at least 20 women (also >, <, <=, =); the unit is
//                           matched as written, singular or plural
//   org:OSCE place:almaty person:"György Szabó"  case-insensitive entity filters
//   country:KZ              ISO 3166-1 alpha-2, any case
// Filters on multi-valued fields (org, place, person, country, mentioned,
// count) combine with AND when repeated; "UNODC" also matches documents
// that only spell out "United Nations Office on Drugs and Crime" (and the
// other way round) through the synonym table. When `suggestion` is given,
// it receives Xapian's spelling-corrected query, or "" when none.
// Throws QueryError for an unknown field, unbalanced quotes or brackets, a
// malformed range or count, or anything Xapian's parser rejects.
Xapian::Query ParseQuery(const Xapian::Database& db, std::string_view query,
                         std::string* suggestion = nullptr);

}  // namespace gleaner

#endif  // GLEANER_ENGINE_QUERY_H_
