// The location extractor: names of continents, world regions, countries,
// first-level regions, cities, towns and villages, found with the place
// gazetteer (corpora/gazetteer/) and kept when the raw text writes them as
// names, each with the ISO 3166-1 alpha-2 code of the country it lies in.
#ifndef GLEANER_EXTRACTORS_LOCATIONS_H_
#define GLEANER_EXTRACTORS_LOCATIONS_H_

#include <filesystem>
#include <memory>
#include <vector>

#include "engine/normalize.h"
#include "extractors/extractor.h"
#include "extractors/gazetteer.h"

namespace gleaner {

class LocationExtractor : public Extractor {
 public:
  // Loads the gazetteer files of `gazetteer_dir`; throws RuleError naming
  // the file and line of a malformed entry. `normalizer` is used while
  // loading only.
  LocationExtractor(const std::filesystem::path& gazetteer_dir, const Normalizer& normalizer);
  ~LocationExtractor() override;

  MentionType type() const override { return MentionType::kLocation; }

  // Mentions have value "" and attributes "country" (ISO alpha-2, "" for a
  // place larger than one country) and, where known, "kind", "geonames_id",
  // "lat", "lon". Rules, in order:
  //  - A name is taken when every word of it is capitalized in the raw text
  //    (lower-case connectors such as "of", "and", "de" inside it allowed),
  //    or when it stands in an all-caps line (headline, dateline). A word
  //    written all in capitals inside ordinary text counts only as a country
  //    abbreviation ("US", "UAE") or in a dateline ("SALVADOR, Feb 26").
  //  - A name that is also a common word ("Mobile", "Reading", month names)
  //    needs evidence: a place-type word after it, ", <place of the same
  //    country>" after it, a preposition such as "in" before it, or a
  //    dateline position. So do small towns named in all-caps lines.
  //  - A place-type word after a city or region joins its span ("Naryn
  //    oblast", "Nookat City"); a strong one ("oblast", "aiyl okmotu") also
  //    makes an unknown capitalized name a place ("Kara-Buura aiyl okmotu").
  //  - A place directly followed by an organization head word ("Singapore
  //    Airlines", "Eurasia Foundation") is not reported.
  //  - Homonyms: countries and regions first, then places in the countries
  //    the document names unambiguously, then the most populous.
  void Extract(const TextView& text, const ExtractionContext& context,
               std::vector<Mention>* out) const override;

  const Gazetteer& gazetteer() const;

 private:
  struct Impl;
  std::unique_ptr<const Impl> impl_;
};

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_LOCATIONS_H_
