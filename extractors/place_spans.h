// The location extractor's second pass: one sweep in text order that joins
// place-type words to the gazetteer's candidates ("Naryn oblast", "Nookat
// City") and adds the unknown names that their context shows to be places:
// names before strong place types ("Kara-Buura aiyl okmotu"), after "<type>
// of" ("the town of Staouelli"), before ", <known country or region>" in a
// dateline or after a preposition of place, before "near <known place>",
// facility names ("Tiananmen Square"), venues after "at" in a team-sport
// report, and in a document about the focus region the names listed before
// a plural type ("Aksy, Nooken and Suzak
// districts").
#ifndef GLEANER_EXTRACTORS_PLACE_SPANS_H_
#define GLEANER_EXTRACTORS_PLACE_SPANS_H_

#include <array>
#include <cstddef>
#include <vector>

#include "extractors/location_rules.h"
#include "extractors/location_text.h"
#include "extractors/word_hash.h"

namespace gleaner {

class PlaceSpanner {
 public:
  // `rules` must outlive this object.
  explicit PlaceSpanner(const LocationRules& rules);

  // `candidates` hold the gazetteer's names in text order; on return they
  // carry their place-type words and are joined by the unknown names, still
  // in text order and never overlapping. In a `focus_document` (about
  // Central Asia or Afghanistan) focus place types ("district") are strong;
  // in a `team_sport` report the name after "at" is a venue ("at The Oval",
  // "at Old Trafford").
  void Run(const LocationText& text, bool focus_document, bool team_sport,
           std::vector<Candidate>* candidates) const;

 private:
  friend class PlaceSweep;

  const LocationRules& rules_;
  // [length][first byte] of the first words of the strong place-type keys,
  // and of those and the focus ones (for a document about the focus
  // region): a quick pre-filter, as a type's first word is a whole token.
  // Both have one row per length up to the longest first word.
  std::vector<std::array<bool, 256>> strong_type_shapes_;
  std::vector<std::array<bool, 256>> focus_type_shapes_;
  // [length][first byte] of the facility words ("stadium", "river"): a
  // quick pre-filter.
  std::array<std::array<bool, 256>, 12> facility_shapes_{};
  // The facility words of every case, and the weak place types that name
  // the capitalized word before them: the sweep asks of nearly every word.
  WordViewSet facility_words_;
  WordViewSet naming_weak_types_;
};

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_PLACE_SPANS_H_
