// The location extractor's third pass: rejects gazetteer names that the
// text does not use as places. A town's name used as a surname or given
// name ("Bob Dole", "David Campese"), a place inside an adjective
// ("Kazakhstan-based", "South Korean"), a place heading a body's name
// ("Singapore Airlines", "Herat University"), a team in a results table
// ("Surrey 429"), and names that are also common words ("Mobile", month
// names) or small towns in all-caps headlines, unless evidence backs them:
// a place-type word, a dateline, "in" before them, or ", <region of the
// same country>" after them.
#ifndef GLEANER_EXTRACTORS_PLACE_EVIDENCE_H_
#define GLEANER_EXTRACTORS_PLACE_EVIDENCE_H_

#include <vector>

#include "extractors/location_rules.h"
#include "extractors/location_text.h"

namespace gleaner {

// Sets `rejected` on the candidates (in text order) that are no places; a
// common word backed by ", <region>" gets that region's reading as `chosen`.
// In a `focus_document` (about Central Asia or Afghanistan) a town opening
// a body's name stays a place ("Osh Youth Centre"), as GUIDELINES.md counts
// places inside organizations' names.
void RejectNonPlaces(const LocationRules& rules, const LocationText& text, bool focus_document,
                     std::vector<Candidate>* candidates);

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_PLACE_EVIDENCE_H_
