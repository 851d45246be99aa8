// What the location extractor's passes share: the word lists more than one
// pass reads, the immutable rule data built once per extractor (gazetteer,
// ICU month names), and the candidate names the passes judge in turn.
#ifndef GLEANER_EXTRACTORS_LOCATION_RULES_H_
#define GLEANER_EXTRACTORS_LOCATION_RULES_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "extractors/gazetteer.h"
#include "extractors/location_text.h"

namespace gleaner {

// Lower-case words allowed inside a multi-word name ("Bosnia and
// Herzegovina", "Isle of Man", "Rio de Janeiro").
inline constexpr std::string_view kNameConnectors[] = {
    "of", "and", "the", "de", "del", "da", "do", "dos", "das", "la", "le", "les", "el", "al",
    "on", "upon", "sur", "am", "an", "der", "di", "du", "des", "y", "en", "van", "von",
    // Persian ezafe: "Mazar-i-Sharif", "Sar-e Pul"
    "i", "e",
    // the Arabic article as it sounds before some letters: "Dar es Salaam",
    // "Deir ez-Zor" ("as", "at" are left out: English words)
    "es", "ez", "ed", "ad", "ar", "ash", "az"};

// Compass words: a region named by one of them alone (Cameroon's "West",
// Zambia's "Central") is taken only with a place-type word after it.
inline constexpr std::string_view kCompassWords[] = {
    "north",    "south",    "east",     "west",      "central",   "centre",    "center",
    "northern", "southern", "eastern",  "western",   "northeast", "northwest", "southeast",
    "southwest"};

// Cardinal number words: capitalized at a sentence start they count the
// noun after them ("One valley, one future"), they open no place's name.
inline constexpr std::string_view kNumberWords[] = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "hundred", "thousand"};

// A town named in an all-caps line that is smaller than this needs
// evidence, as all-caps headlines capitalize every word.
inline constexpr std::uint64_t kShoutingMinPopulation = 100000;

template <std::size_t N>
bool Contains(const std::string_view (&words)[N], std::string_view word) {
  return std::find(words, words + N, word) != words + N;
}

// Rule data built once per extractor and shared, read-only, by its passes.
class LocationRules {
 public:
  explicit LocationRules(const Gazetteer& gazetteer);

  const Gazetteer& gazetteer() const { return gazetteer_; }
  const std::vector<Place>& places() const { return gazetteer_.places(); }
  // An English month name (case folded, from ICU).
  bool IsMonth(std::string_view word) const { return month_names_.count(std::string(word)) > 0; }
  // An English weekday's name (case folded, from ICU).
  bool IsWeekday(std::string_view word) const { return weekday_names_.count(word) > 0; }
  // Tokens [first, last] open their line (on `line`) and are followed by
  // ',' or a number: "LONGYEAR , Norway 1996-08-30", "SALVADOR, Feb 26". A
  // month name alone there is a date ("March 17."), never a dateline; nor is
  // a word whose comma a lower-case word follows ("We, the ...").
  bool IsDateline(const LocationText& text, LineCursor& line, std::size_t first,
                  std::size_t last) const;

 private:
  const Gazetteer& gazetteer_;
  std::unordered_set<std::string> month_names_;
  std::map<std::string, int, std::less<>> weekday_names_;
};

// A name found in the text, before it is judged.
struct Candidate {
  std::size_t first_token = 0;
  std::size_t token_count = 0;
  std::vector<std::uint32_t> payloads;  // places; empty for an unknown name
  bool shouting = false;                // in an all-caps line
  bool dateline = false;                // first on its line, then ',' or a date
  std::size_t type_tokens = 0;          // place-type words joined to the span
  bool strong_type = false;
  bool rejected = false;
  std::optional<std::uint32_t> chosen;  // the place picked among payloads
  std::string country;                  // for unknown names
  std::string context_country;          // an unknown name's, from its context
  // An unknown name after "<type> of" or "<direction> of" ("north of
  // Welikanda"), which takes the country of a place near it if need be.
  bool after_type_of = false;
  // An unknown name whose nearest known place gives its country before the
  // document's top country does ("across the bridge to Hairatan and on to
  // Mazar-i-Sharif" in a story about Uzbekistan).
  bool nearest_country_first = false;

  // One past the last token of the name and its place-type words.
  std::size_t end_token() const { return first_token + token_count + type_tokens; }
};

// How many of a candidate's readings are cities.
std::size_t CityReadings(const Candidate& candidate, const std::vector<Place>& places);
// The largest population among a candidate's readings.
std::uint64_t LargestPopulation(const Candidate& candidate, const std::vector<Place>& places);
// Index of the candidate after `index` when it follows ", " (or " , ")
// directly.
std::optional<std::size_t> CommaFollower(const LocationText& text,
                                         const std::vector<Candidate>& candidates,
                                         std::size_t index);

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_LOCATION_RULES_H_
