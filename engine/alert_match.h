// Running a saved alert against the documents a pass has just indexed: which
// of them match its query, and which entities explain the match.
#ifndef GLEANER_ENGINE_ALERT_MATCH_H_
#define GLEANER_ENGINE_ALERT_MATCH_H_

#include <string>
#include <vector>

#include <boost/json.hpp>
#include <xapian.h>

#include "engine/alerts.h"

namespace gleaner {

struct MatchedEntity {
  std::string type;   // org, place, person, country or count
  std::string value;  // as indexed: "OSCE", "Almaty", "women#13"
};

struct AlertMatch {
  std::string alert;
  std::string doc_id;
  std::string title;
  std::string date;  // YYYY-MM-DD or ""
  // The entity filters of the query that this document satisfies; when the
  // query names none (free text only), the document's most mentioned
  // organizations, places and persons.
  std::vector<MatchedEntity> entities;
};

// The documents among `doc_ids` that match `alert`'s query, in `doc_ids`
// order. Throws QueryError when the saved query no longer parses.
std::vector<AlertMatch> MatchAlert(const Xapian::Database& db, const Alert& alert,
                                   const std::vector<std::string>& doc_ids);

// {"alert","id","title","date","entities":[{"type","value"}...]}
boost::json::object AlertMatchToJson(const AlertMatch& match);

}  // namespace gleaner

#endif  // GLEANER_ENGINE_ALERT_MATCH_H_
