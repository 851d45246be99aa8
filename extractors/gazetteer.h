// The place gazetteer: places.tsv (generated from GeoNames and ISO 3166 by
// tools/build-gazetteer), curated-places.tsv (regions, name variants),
// place-types.tsv, organization-heads.tsv and common-words.tsv under
// corpora/gazetteer/, loaded once into an immutable table of places and a
// PhraseMatcher over their names. See corpora/gazetteer/SOURCES.md.
#ifndef GLEANER_EXTRACTORS_GAZETTEER_H_
#define GLEANER_EXTRACTORS_GAZETTEER_H_

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "engine/normalize.h"
#include "extractors/phrase_matcher.h"
#include "extractors/word_hash.h"

namespace gleaner {

enum class PlaceKind { kContinent, kRegion, kCountry, kAdmin1, kCity };

std::string_view PlaceKindName(PlaceKind kind);

struct Place {
  std::string name;         // as written in the data file
  PlaceKind kind = PlaceKind::kCity;
  std::string country;      // ISO 3166-1 alpha-2; "" for a multi-country region
  std::string geonames_id;  // "" when not from GeoNames
  std::string lat;          // decimal degrees as written, or ""
  std::string lon;
  std::uint64_t population = 0;
};

// How strongly a place-type word after a name marks it as a place. A
// "focus" type ("district") is strong in a document about Central Asia or
// Afghanistan, whose districts GeoNames' populated places lack, and weak
// elsewhere. A "list" type is a plural ("districts") that in such a document
// makes each name of a list before it a place ("Rudaki and Vose
// districts"), and joins no name's span.
enum class PlaceTypeStrength : std::uint32_t { kWeak = 0, kStrong = 1, kFocus = 2, kList = 3 };

class Gazetteer {
 public:
  // Reads the files of `dir`; places.tsv, curated-places.tsv and
  // place-types.tsv are required, the others optional. Throws RuleError
  // "FILE:LINE: reason" for a malformed line and "FILE: reason" for a
  // missing or unreadable file.
  Gazetteer(const std::filesystem::path& dir, const Normalizer& normalizer);

  const std::vector<Place>& places() const { return places_; }
  // Payloads are indexes into places().
  const PhraseMatcher& names() const { return names_; }
  // Payloads are PlaceTypeStrength values.
  const PhraseMatcher& place_types() const { return place_types_; }
  // The country of a place type used in one country only ("jamoat": TJ,
  // "aiyl okmotu": KG), for the `count` tokens at `first`; "" for any other.
  std::string_view CountryOfPlaceType(std::string_view norm, const std::vector<Token>& tokens,
                                      std::size_t first, std::size_t count) const;
  // Transliteration variants of the focus countries' towns and regions:
  // the key with spaces, hyphens and apostrophes dropped and "q" written
  // "k", so that "Kalai-Khumb" finds GeoNames' "Qalaikhumb".
  static std::string FoldTransliteration(std::string_view key);
  // The same, appended to *folded (no allocation once *folded has grown).
  static void AppendFoldedTransliteration(std::string_view key, std::string* folded);
  static constexpr std::size_t kMinFoldedName = 6;
  // The focus places whose folded key is `folded`, or nullptr.
  const std::vector<std::uint32_t>* LookupFolded(std::string_view folded) const;
  // Keys (PhraseKey form) of one-word names that are common lower-case words.
  bool IsCommonWord(std::string_view key) const {
    return common_words_.count(std::string(key)) > 0;
  }
  // Keys of the strong place types ("oblast", "aiyl okmotu").
  const std::vector<std::string>& strong_place_type_words() const { return strong_types_; }
  // Keys of the focus place types ("district").
  const std::vector<std::string>& focus_place_type_words() const { return focus_types_; }
  bool IsOrganizationHead(std::string_view key) const {
    return organization_heads_.count(std::string(key)) > 0;
  }
  // The ISO alpha-2 country of a demonym or nationality adjective (key in
  // PhraseKey form, singular or plural: "dutch", "south korean", "thais"),
  // or "" when the key is none.
  std::string_view CountryOfDemonym(std::string_view key) const;

 private:
  void LoadPlaces(const std::filesystem::path& file, bool curated, const Normalizer& normalizer);
  void LoadPlaceTypes(const std::filesystem::path& file, const Normalizer& normalizer);
  static void LoadWordList(const std::filesystem::path& file, const Normalizer& normalizer,
                           std::unordered_set<std::string>* words);
  void LoadDemonyms(const std::filesystem::path& file, const Normalizer& normalizer);

  std::vector<Place> places_;
  PhraseMatcher names_;
  PhraseMatcher place_types_;
  PhraseMatcher place_type_countries_;         // payload: index into type_countries_
  std::vector<std::string> type_countries_;  // alpha-2
  std::vector<std::string> strong_types_;
  std::vector<std::string> focus_types_;
  std::unordered_set<std::string> common_words_;
  std::unordered_set<std::string> organization_heads_;
  std::unordered_map<std::string, std::string> demonym_countries_;  // key -> alpha-2
  WordMap<std::vector<std::uint32_t>> folded_names_;
};

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_GAZETTEER_H_
