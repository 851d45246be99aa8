// The location extractor. One pass of the gazetteer's PhraseMatcher over the
// normalized tokens finds candidate names, accepting only names capitalized
// in the raw text; PlaceSpanner (place_spans.h) joins place-type words to
// them and adds unknown names their context shows to be places;
// RejectNonPlaces (place_evidence.h) drops names the text does not use as
// places; then the document's countries are voted and each homonym's place
// is picked. Work is linear in the text.
#include "extractors/locations.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "extractors/location_rules.h"
#include "extractors/location_text.h"
#include "extractors/place_evidence.h"
#include "extractors/place_spans.h"

namespace gleaner {
namespace {

// US state abbreviations of news datelines ("PORTLAND, Ore."), lower case,
// periods dropped; used only after "<town>, ".
constexpr std::string_view kUsStateAbbreviations[] = {
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
    "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "nh", "nj",
    "nm", "ny", "nc", "nd", "okla", "ore", "pa", "ri", "sc", "sd", "tenn", "tex", "vt", "va",
    "wash", "wis", "wyo", "dc"};

// The countries gleaner's releases come from (Central Asia and
// Afghanistan): tools/build-gazetteer keeps every populated place there.
constexpr std::string_view kFocusCountries[] = {"KZ", "KG", "TJ", "UZ", "TM", "AF"};

// The last words of natural features' names ("Aral Sea", "Fergana
// Valley", "Toktogul Reservoir"), after which a weak type word is no part
// of the name.
constexpr std::string_view kFeatureNameEnds[] = {"sea",   "lake",  "river", "valley",
                                                 "reservoir", "ocean", "gulf", "bay",
                                                 "basin", "desert", "delta", "mountains",
                                                 "darya"};

// The last words of built facilities' names. In a release about the focus
// region a facility is no place (releases-blind6, blind24: "the Friendship
// Bridge"); the town it is named after is ("Ashgabat" in "Ashgabat
// International Airport", as "Turkmenbashi" in "Turkmenbashi International
// Seaport").
constexpr std::string_view kFacilityNameEnds[] = {"bridge", "airport", "stadium", "square",
                                                  "prison", "park",    "road",    "street",
                                                  "avenue"};

// An unknown name without a country of its own takes the country of the
// nearest known place among this many candidates on either side.
constexpr std::size_t kNearbyPlaces = 4;

}  // namespace

struct LocationExtractor::Impl {
  Impl(const std::filesystem::path& dir, const Normalizer& normalizer)
      : gazetteer(dir, normalizer), rules(gazetteer), spanner(rules) {}

  Gazetteer gazetteer;
  LocationRules rules;
  PlaceSpanner spanner;

  void Extract(const TextView& text, bool team_sport, std::vector<Mention>* out) const;

  // Pass 1: the gazetteer's names whose words are capitalized in the raw
  // text, in text order.
  std::vector<Candidate> FindCapitalizedNames(const LocationText& text) const;

  // The preferred place among a candidate's payloads, given the document's
  // country votes.
  std::uint32_t Choose(const std::vector<std::uint32_t>& payloads,
                       const std::map<std::string, int>& votes) const {
    std::uint32_t best = payloads.front();
    double best_score = -1;
    for (std::uint32_t payload : payloads) {
      const Place& place = gazetteer.places()[payload];
      double score = std::log10(static_cast<double>(place.population) + 10.0);
      switch (place.kind) {
        case PlaceKind::kCountry: score += 10; break;
        case PlaceKind::kContinent:
        case PlaceKind::kRegion: score += 9; break;
        case PlaceKind::kAdmin1: score += 4.5; break;
        case PlaceKind::kCity: break;
      }
      // A country the document names wins over a somewhat larger namesake
      // abroad. The gazetteer keeps every village of the focus region, so a
      // document about one of its countries (three names or more) prefers
      // its places over much larger ones abroad: "the Rasht valley" among
      // Tajik places is not Iran's Rasht.
      if (!place.country.empty()) {
        const auto vote = votes.find(place.country);
        if (vote != votes.end() && vote->second > 0) {
          score += vote->second >= 3 && Contains(kFocusCountries, place.country) ? 2.5 : 1.5;
        }
      }
      if (score > best_score) {
        best_score = score;
        best = payload;
      }
    }
    return best;
  }

  // "Portland, Maine", "SAN JOSE, Calif.", "London, Ontario": a town's name
  // followed by ", " and a region or country (or a US state's abbreviation)
  // is the town of that region's country.
  std::optional<std::uint32_t> PlacedByFollower(const LocationText& text,
                                                const std::vector<Candidate>& candidates,
                                                std::size_t index) const;
  // "On the Tajik side, Nurali Sharifzoda, deputy chairman of Shamsiddin
  // Shohin district": the country of the nation's adjective nearest before
  // token `first` in its sentence, or "".
  std::string CountryOfAdjectiveInSentence(const LocationText& text, std::size_t first) const {
    // Two adjectives joined by a dash name a border or a pair, not the
    // place's own country: "the Tajik–Afghan border near the village of
    // Shagon".
    const auto dash_joined = [&](std::size_t left) {
      const std::string_view gap = text.GapAfter(left);
      return (gap == "-" || gap == "\u2013" || gap == "\u2014" || gap == "/") &&
             text.Capitalized(left) && text.Capitalized(left + 1) &&
             !gazetteer.CountryOfDemonym(text.Norm(left)).empty() &&
             !gazetteer.CountryOfDemonym(text.Norm(left + 1)).empty();
    };
    for (std::size_t token = first; token-- > 0;) {
      if (text.Capitalized(token)) {
        const std::string_view country = gazetteer.CountryOfDemonym(text.Norm(token));
        const bool paired = (token > 0 && dash_joined(token - 1)) ||
                            (token + 1 < first && dash_joined(token));
        if (!country.empty() && !paired) return std::string(country);
      }
      if (text.SentenceStart(token)) break;
    }
    return {};
  }
  // "The Panj is narrow at Ishkashim", "crossed the Panj to", "the
  // Naryn–Syr Darya cascade": a town's name after "the", followed by a
  // verb, a preposition or a break rather than by a noun it modifies
  // ("the Naryn team", "the Panj district"), or by a lower-case "river"
  // ("along the Panj river"), is the river the gazetteer knows as "<name>
  // River".
  std::optional<std::uint32_t> RiverReading(const LocationText& text,
                                            const Candidate& candidate) const;
  // The reading in the country a people's adjective names before "city of",
  // "port of", "province of" ...: "the Russian city of Astrakhan".
  std::optional<std::uint32_t> PlacedByDemonymBefore(const LocationText& text,
                                                     const Candidate& candidate) const;
};

namespace {

// Whether only spaces stand between the start of the line and `token`.
bool OpensLine(const LocationText& text, LineCursor& line, std::size_t token) {
  const std::string_view before =
      text.raw().substr(line.start(), text.RawBegin(token) - line.start());
  return before.find_first_not_of(" \t") == std::string_view::npos;
}

// Whether `token` is followed by " - ", " -- ", " | " or ":" and more text on
// its line.
bool EndsInLabelMark(const LocationText& text, std::size_t token) {
  if (token + 1 >= text.size()) return false;
  const std::string_view gap = text.GapAfter(token);
  const std::size_t mark = gap.find_first_not_of(' ');
  if (mark == std::string_view::npos || gap.find('\n') != std::string_view::npos) return false;
  return gap[mark] == ':' || ((gap[mark] == '-' || gap[mark] == '|') && mark > 0);
}

// Whether tokens `first` .. `last` stand in a label that opens a line: words
// in capitals joined by spaces, commas or "and", then a label mark
// ("GERMANY - Bunds extended losses", "TAJIKISTAN and TURKMENISTAN | In
// brief", a newsletter's section heads).
bool InLineLabel(const LocationText& text, LineCursor& line, std::size_t first, std::size_t last) {
  constexpr std::size_t kMaxWords = 8;
  const auto joined = [&](std::size_t left) {
    const std::string_view gap = text.GapAfter(left);
    const std::size_t right = left + 1;
    return (gap == " " || gap == ", ") && (text.AllCaps(left) || text.Norm(left) == "and") &&
           (text.AllCaps(right) || text.Norm(right) == "and");
  };
  std::size_t begin = first;
  for (std::size_t n = 0; !OpensLine(text, line, begin); ++n) {
    if (begin == 0 || n == kMaxWords || !joined(begin - 1)) return false;
    --begin;
  }
  std::size_t end = last;
  for (std::size_t n = 0; !EndsInLabelMark(text, end); ++n) {
    if (end + 1 >= text.size() || n == kMaxWords || !joined(end)) return false;
    ++end;
  }
  return true;
}

// Arabic names whose article is written in lower case and hyphen-joined to
// a capitalized word ("al-Hol", "el-Arish"): the gazetteer knows them as
// "Al Hol", "Al-Hamdaniya". Only a known name (of two or more tokens) is
// taken from there.
bool ParticleLed(const LocationText& text, std::size_t first, std::size_t count) {
  if (count < 2 || first + 1 >= text.size() || text.GapAfter(first) != "-" ||
      !text.Capitalized(first + 1)) {
    return false;
  }
  const std::string_view raw = text.Raw(first);
  return raw == "al" || raw == "el";
}

}  // namespace

std::vector<Candidate> LocationExtractor::Impl::FindCapitalizedNames(
    const LocationText& text) const {
  const std::vector<Place>& places = gazetteer.places();
  LineCursor line(text.raw());
  std::vector<Candidate> candidates;
  auto accept = [&](std::size_t first, std::size_t count,
                    const std::vector<std::uint32_t>& payloads) {
    line.MoveTo(text.RawBegin(first));
    const bool shouting = line.shouting();
    bool any_all_caps = false;
    for (std::size_t i = first; i < first + count; ++i) {
      const TokenCase token_case = text.Case(i);
      const bool inner = i != first && i + 1 != first + count;
      if (!token_case.capitalized && !(i == first && ParticleLed(text, first, count))) {
        // A connector, or any word hyphenated on both sides in a name the
        // gazetteer knows ("Weston-super-Mare").
        const bool hyphenated = inner && text.GapAfter(i - 1) == "-" && text.GapAfter(i) == "-";
        if (!(inner && (hyphenated || Contains(kNameConnectors, text.Norm(i))))) return false;
      }
      any_all_caps = any_all_caps || token_case.all_caps;
    }
    // "HK$ 43 mln", "US$ 12,940": a currency, not a place.
    if (text.raw().substr(text.RawEnd(first + count - 1)).starts_with('$')) return false;
    const bool dateline = rules.IsDateline(text, line, first, first + count - 1);
    if (any_all_caps && !shouting && !dateline) {
      // An abbreviation in ordinary text: only a country's ("US", "UAE"),
      // or one the gazetteer itself writes in capitals ("GBAO").
      const bool country = std::any_of(payloads.begin(), payloads.end(), [&](std::uint32_t p) {
        return places[p].kind == PlaceKind::kCountry;
      });
      const bool written_so =
          count == 1 && std::any_of(payloads.begin(), payloads.end(), [&](std::uint32_t p) {
            return places[p].name == text.Raw(first);
          });
      // A country or region labelling a line of a digest ("GERMANY - Bunds
      // extended losses", "MIDEAST GULF: ...").
      const bool label =
          InLineLabel(text, line, first, first + count - 1) &&
          std::any_of(payloads.begin(), payloads.end(), [&](std::uint32_t p) {
            return places[p].kind != PlaceKind::kCity;
          });
      if (!written_so && !label &&
          (!country || count != 1 || text.Raw(first).size() > 4)) {
        return false;
      }
    }
    Candidate candidate;
    candidate.first_token = first;
    candidate.token_count = count;
    candidate.payloads = payloads;
    candidate.shouting = shouting;
    candidate.dateline = dateline;
    candidates.push_back(std::move(candidate));
    return true;
  };
  // Only a token whose raw text starts with a capital (or a non-ASCII
  // character, judged in `accept`) can start a name.
  std::vector<char> may_start(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto first_byte = static_cast<unsigned char>(text.raw()[text.RawBegin(i)]);
    // (ParticleLed asks for "al" or "el": its first byte first.)
    may_start[i] = (first_byte >= 'A' && first_byte <= 'Z') || first_byte >= 0x80 ||
                   ((first_byte == 'a' || first_byte == 'e') && ParticleLed(text, i, 2));
  }
  gazetteer.names().ForEachAccepted(text.norm(), text.tokens(), accept, may_start,
                                    text.soft_breaks());
  // Pass 1b: a focus town the gazetteer spells otherwise ("Kalai-Khumb",
  // "Kalaikhumb" for GeoNames' "Qalaikhumb"): one capitalized word, or up
  // to three joined by hyphens, whose folded spelling is a focus place's,
  // where no name was found.
  std::vector<char> covered(text.size());
  for (const Candidate& candidate : candidates) {
    for (std::size_t i = candidate.first_token; i < candidate.first_token + candidate.token_count;
         ++i) {
      covered[i] = 1;
    }
  }
  const std::size_t found = candidates.size();
  std::string key;  // reused: this pass asks of most capitalized words
  for (std::size_t first = 0; first < text.size(); ++first) {
    if (covered[first] || !may_start[first] || !text.Capitalized(first) ||
        (first > 0 && text.GapAfter(first - 1) == "-")) {
      continue;
    }
    std::size_t count = 1;
    while (count < 3 && first + count < text.size() &&
           text.GapAfter(first + count - 1) == "-" && !covered[first + count] &&
           text.Capitalized(first + count)) {
      ++count;
    }
    if (first + count < text.size() && text.GapAfter(first + count - 1) == "-") continue;
    // Folding only drops bytes: words too short together fold too short.
    std::size_t bytes = 0;
    for (std::size_t i = first; i < first + count; ++i) bytes += text.Norm(i).size();
    if (bytes < Gazetteer::kMinFoldedName) continue;
    key.clear();
    for (std::size_t i = first; i < first + count; ++i) {
      Gazetteer::AppendFoldedTransliteration(text.Norm(i), &key);
    }
    if (key.size() < Gazetteer::kMinFoldedName) continue;
    const std::vector<std::uint32_t>* payloads = gazetteer.LookupFolded(key);
    if (payloads == nullptr) continue;
    bool dated = false;  // "May-May" of a table's period
    for (std::size_t i = first; i < first + count; ++i) {
      dated = dated || rules.IsMonth(text.Norm(i)) || rules.IsWeekday(text.Norm(i));
    }
    if (!dated && accept(first, count, *payloads)) first += count - 1;
  }
  if (candidates.size() > found) {
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
      return a.first_token < b.first_token;
    });
  }
  return candidates;
}

std::optional<std::uint32_t> LocationExtractor::Impl::PlacedByFollower(
    const LocationText& text, const std::vector<Candidate>& candidates, std::size_t index) const {
  const std::vector<Place>& places = gazetteer.places();
  const Candidate& candidate = candidates[index];
  if (candidate.payloads.size() < 2) return std::nullopt;
  // "near Guliston in Sughd": a town's name followed by "in" and a region
  // or a country lies there.
  const auto countries_after_in = [&]() {
    std::vector<std::string_view> found;
    const std::size_t end_token = candidate.end_token();
    if (index + 1 < candidates.size() && candidates[index + 1].first_token == end_token + 1 &&
        text.Norm(end_token) == "in" && text.GapAfter(end_token - 1) == " " &&
        text.GapAfter(end_token) == " " && !candidates[index + 1].rejected) {
      for (std::uint32_t other : candidates[index + 1].payloads) {
        const PlaceKind kind = places[other].kind;
        if (kind == PlaceKind::kAdmin1 || kind == PlaceKind::kCountry) {
          found.push_back(places[other].country);
        }
      }
    }
    return found;
  };
  std::vector<std::string_view> countries = countries_after_in();
  if (!countries.empty()) {
    // placed by the region after "in"
  } else if (const auto follower = CommaFollower(text, candidates, index)) {
    const Candidate& next = candidates[*follower];
    if (next.rejected) return std::nullopt;
    for (std::uint32_t other : next.payloads) {
      if (places[other].kind != PlaceKind::kCity) countries.push_back(places[other].country);
    }
  } else {
    const std::size_t after = candidate.first_token + candidate.token_count;
    if (after >= text.size() ||
        (text.GapAfter(after - 1) != ", " && text.GapAfter(after - 1) != " , ")) {
      return std::nullopt;
    }
    // The abbreviation's tokens ("n", "y" of "N.Y.") end with a period.
    std::string abbreviation;
    std::size_t last = after;
    for (; last < text.size() && last < after + 2; ++last) {
      abbreviation += text.Norm(last);
      const std::size_t end = text.tokens()[last].end;
      if (end < text.norm().size() && text.norm()[end] == '.') break;
    }
    if (last >= text.size() || last >= after + 2 || !text.Capitalized(after) ||
        !Contains(kUsStateAbbreviations, abbreviation)) {
      return std::nullopt;
    }
    countries.push_back("US");
  }
  std::optional<std::uint32_t> best;
  for (std::uint32_t payload : candidate.payloads) {
    if (std::find(countries.begin(), countries.end(), places[payload].country) ==
        countries.end()) {
      continue;
    }
    if (!best || places[payload].population > places[*best].population) best = payload;
  }
  return best;
}

std::optional<std::uint32_t> LocationExtractor::Impl::RiverReading(
    const LocationText& text, const Candidate& candidate) const {
  static constexpr std::string_view kWordsAfterARiver[] = {
      "to",   "from", "in",    "at",    "near", "into",  "between", "along", "below",
      "above", "is",  "was",   "are",   "were", "has",   "had",     "runs",  "flows",
      "rises", "meets", "joins", "forms", "becomes",
      // "along the Panj river": the kind written in lower case after it
      "river"};
  static constexpr std::string_view kBreaks[] = {".", ";", ":", ")", "\u2013", "-", "\u2014"};
  const std::size_t first = candidate.first_token;
  const std::size_t after = first + candidate.token_count;
  if (candidate.type_tokens > 0 || first == 0 || after >= text.size() ||
      text.Norm(first - 1) != "the") {
    return std::nullopt;
  }
  std::string_view gap = text.GapAfter(after - 1);
  while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
  while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
  if (gap.empty() ? !Contains(kWordsAfterARiver, text.Norm(after)) : !Contains(kBreaks, gap)) {
    return std::nullopt;
  }
  const std::string_view name = text.norm().substr(
      text.tokens()[first].start, text.tokens()[after - 1].end - text.tokens()[first].start);
  const std::vector<std::uint32_t>* rivers =
      gazetteer.names().Lookup(std::string(name) + " river");
  if (rivers == nullptr) return std::nullopt;
  return rivers->front();
}

std::optional<std::uint32_t> LocationExtractor::Impl::PlacedByDemonymBefore(
    const LocationText& text, const Candidate& candidate) const {
  static constexpr std::string_view kSettlementWords[] = {
      "city", "town", "port", "village", "province", "region", "district"};
  const std::size_t first = candidate.first_token;
  if (candidate.payloads.size() < 2 || first < 3 || text.Norm(first - 1) != "of" ||
      !Contains(kSettlementWords, text.Norm(first - 2))) {
    return std::nullopt;
  }
  const std::string_view country = gazetteer.CountryOfDemonym(text.Norm(first - 3));
  if (country.empty()) return std::nullopt;
  const std::vector<Place>& places = gazetteer.places();
  std::optional<std::uint32_t> best;
  for (std::uint32_t payload : candidate.payloads) {
    if (places[payload].country != country) continue;
    if (!best || places[payload].population > places[*best].population) best = payload;
  }
  return best;
}

void LocationExtractor::Impl::Extract(const TextView& view, bool team_sport,
                                      std::vector<Mention>* out) const {
  const LocationText text(view);
  if (text.empty()) return;
  const std::vector<Place>& places = gazetteer.places();
  const std::vector<Token>& tokens = text.tokens();
  const std::string_view norm = text.norm();
  const std::string_view raw = text.raw();

  std::vector<Candidate> candidates = FindCapitalizedNames(text);

  // A document about the focus region: names that lie only there, twice or
  // more. Focus place types ("district") are strong in it.
  std::size_t focus_names = 0;
  for (const Candidate& candidate : candidates) {
    const bool only_focus =
        std::all_of(candidate.payloads.begin(), candidate.payloads.end(), [&](std::uint32_t p) {
          return Contains(kFocusCountries, places[p].country);
        });
    if (only_focus && ++focus_names >= 2) break;
  }
  const bool focus_document = focus_names >= 2;

  spanner.Run(text, focus_document, team_sport, &candidates);
  RejectNonPlaces(rules, text, focus_document, &candidates);

  std::map<std::string, int> votes;
  const std::map<std::string, int> no_votes;
  std::vector<std::string> first_voters;  // the voting countries in the order first named
  // Country votes from names that lie in one country only.
  for (const Candidate& candidate : candidates) {
    if (candidate.rejected || candidate.payloads.empty()) continue;
    const std::string& country = places[candidate.payloads.front()].country;
    if (country.empty()) continue;
    const bool one_country = std::all_of(
        candidate.payloads.begin(), candidate.payloads.end(),
        [&](std::uint32_t payload) { return places[payload].country == country; });
    if (one_country && votes[country]++ == 0) first_voters.push_back(country);
  }
  // The top country; on a tie, the one named first (a dateline's, most
  // often), not the first in alphabetical order.
  std::string top_country;
  int top_votes = 0;
  for (const std::string& country : first_voters) {
    const int count = votes[country];
    if (count > top_votes) {
      top_country = country;
      top_votes = count;
    }
  }

  // Choose places, then the countries of unknown names from what follows
  // them ("of Talas oblast", ", Osh oblast", "Airport in Washington") or the
  // document's top country.
  for (std::size_t index = 0; index < candidates.size(); ++index) {
    Candidate& candidate = candidates[index];
    if (candidate.rejected || candidate.payloads.empty() || candidate.chosen) continue;
    if (const std::optional<std::uint32_t> river = RiverReading(text, candidate)) {
      candidate.chosen = river;
      continue;
    }
    if (const std::optional<std::uint32_t> placed = PlacedByFollower(text, candidates, index)) {
      candidate.chosen = placed;
      continue;
    }
    if (const std::optional<std::uint32_t> placed = PlacedByDemonymBefore(text, candidate)) {
      candidate.chosen = placed;
      continue;
    }
    // A dateline names the place the news comes from, as readers know it:
    // the largest, whatever the story is about ("WELLINGTON, March 3" in a
    // story about U.S. trade).
    candidate.chosen = Choose(candidate.payloads, candidate.dateline ? no_votes : votes);
    // A small town's name opening a sentence, in a document that names no
    // other place of its country, is more likely an ordinary word ("Cocoa
    // showers continued").
    const Place& place = places[*candidate.chosen];
    if (place.kind == PlaceKind::kCity && place.population < kShoutingMinPopulation &&
        candidate.token_count == 1 && candidate.type_tokens == 0 && !candidate.dateline &&
        !candidate.shouting && text.SentenceStart(candidate.first_token) &&
        votes[place.country] <= 1) {
      candidate.rejected = true;
    }
  }
  // Unknown names (normalized) whose context, not the document's top
  // country, gave them a country.
  std::map<std::string, std::string, std::less<>> placed_unknowns;
  for (std::size_t index = 0; index < candidates.size(); ++index) {
    Candidate& candidate = candidates[index];
    if (candidate.rejected) continue;
    if (candidate.chosen) {
      const Place& place = places[*candidate.chosen];
      // A place-type word joins only a city's or a region's name.
      if (place.kind == PlaceKind::kCountry || place.kind == PlaceKind::kContinent) {
        candidate.type_tokens = 0;
      }
      candidate.country = place.country;
      continue;
    }
    // The country of the known place nearest in tokens among kNearbyPlaces
    // candidates on either side (the next one on a tie).
    const auto nearest_country = [&]() -> std::string {
      const auto known = [&](std::size_t other) {
        return other < candidates.size() && !candidates[other].rejected &&
               candidates[other].chosen && !places[*candidates[other].chosen].country.empty();
      };
      std::optional<std::size_t> after;
      std::optional<std::size_t> before;
      for (std::size_t step = 1; step <= kNearbyPlaces && !after; ++step) {
        if (known(index + step)) after = index + step;
      }
      for (std::size_t step = 1; step <= kNearbyPlaces && step <= index && !before; ++step) {
        if (known(index - step)) before = index - step;
      }
      if (!after && !before) return {};
      std::size_t pick = after ? *after : *before;
      if (after && before &&
          candidate.first_token - candidates[*before].end_token() <
              candidates[*after].first_token - candidate.end_token()) {
        pick = *before;
      }
      return places[*candidates[pick].chosen].country;
    };
    candidate.country = candidate.context_country;
    if (candidate.country.empty() && candidate.nearest_country_first) {
      candidate.country = nearest_country();
    }
    // (In news the adjective often names someone else's: "a Russian
    // airliner on Norway's Arctic island of Spitzbergen".)
    if (candidate.country.empty() && focus_document) {
      candidate.country = CountryOfAdjectiveInSentence(text, candidate.first_token);
    }
    bool from_top = false;
    if (candidate.country.empty()) {
      candidate.country = top_country;
      from_top = true;
    }
    if (index + 1 < candidates.size()) {
      const Candidate& next = candidates[index + 1];
      const std::size_t end_token = candidate.first_token + candidate.token_count +
                                    candidate.type_tokens;
      const std::string_view between =
          next.first_token > end_token
              ? norm.substr(tokens[end_token - 1].end,
                            tokens[next.first_token].start - tokens[end_token - 1].end)
              : std::string_view();
      if (!next.rejected && next.chosen &&
          (between == " of " || between == ", " || between == " in ")) {
        candidate.country = places[*next.chosen].country;
        from_top = false;
      }
    }
    // "London 's Stansted airport", "Amsterdam's Schipol": a known place's
    // possessive before the name gives its country.
    if (candidate.context_country.empty() && index > 0) {
      const Candidate& previous = candidates[index - 1];
      const std::size_t previous_end = previous.end_token();
      // (A detached "'s" is a token "s" of its own.)
      if (!previous.rejected && previous.chosen &&
          (previous_end == candidate.first_token || previous_end + 1 == candidate.first_token)) {
        const std::size_t gap_start = tokens[previous_end - 1].end;
        const std::string_view gap =
            norm.substr(gap_start, tokens[candidate.first_token].start - gap_start);
        if (gap == " 's " || gap == "'s " || gap == "'s\n" || gap == " 's\n") {
          candidate.country = places[*previous.chosen].country;
          from_top = false;
        }
      }
    }
    // Else, after "<type> of", the country of the nearest known place
    // ("north of Welikanda , 200 km from Colombo"), the next one first. (A
    // facility's is not: "a softer start to Wall Street ... in Amsterdam".)
    if (candidate.after_type_of && candidate.country.empty()) candidate.country = nearest_country();
    // An unknown name keeps through the document the country its context
    // gave it once: "near the village of Nusai in Darwaz district of
    // Badakhshan province, Afghanistan" ... "swam back towards Nusai".
    const std::string name(norm.substr(tokens[candidate.first_token].start,
                                       tokens[candidate.first_token + candidate.token_count - 1].end -
                                           tokens[candidate.first_token].start));
    if (from_top) {
      const auto placed = placed_unknowns.find(name);
      if (placed != placed_unknowns.end()) candidate.country = placed->second;
    } else if (!candidate.country.empty()) {
      placed_unknowns.emplace(name, candidate.country);
    }
  }

  for (Candidate& candidate : candidates) {
    if (candidate.rejected) continue;
    // A weak place-type word in lower case is part of the name as written
    // in the focus region's documents ("Naryn region", "Balykchy city"),
    // a description elsewhere ("Guangdong province", "the Kosovo region").
    // (A compass word needs it: Ghana's "Central region".)
    if (!focus_document && candidate.type_tokens > 0 && !candidate.strong_type &&
        !text.Capitalized(candidate.first_token + candidate.token_count) &&
        !(candidate.token_count == 1 && Contains(kCompassWords, text.Norm(candidate.first_token)))) {
      candidate.type_tokens = 0;
    }
    // A natural feature's name takes no weak type word after it: "the Aral
    // Sea region" is the region around the sea, whose name is "Aral Sea".
    if (candidate.type_tokens > 0 && !candidate.strong_type &&
        !text.Capitalized(candidate.first_token + candidate.token_count) &&
        Contains(kFeatureNameEnds,
                 text.Norm(candidate.first_token + candidate.token_count - 1))) {
      candidate.type_tokens = 0;
    }
    std::size_t last = candidate.first_token + candidate.token_count +
                       candidate.type_tokens - 1;
    if (focus_document && candidate.type_tokens == 0 && candidate.token_count > 1 &&
        text.Capitalized(last) && Contains(kFacilityNameEnds, text.Norm(last))) {
      // Keep only a known town's name opening the facility's.
      if (!gazetteer.names().Lookup(std::string(text.Norm(candidate.first_token))) ||
          !text.Capitalized(candidate.first_token + 1)) {
        continue;
      }
      last = candidate.first_token;
    }
    std::size_t end = tokens[last].end;
    // An abbreviation of single letters keeps its final period ("U.S.").
    const bool letters_only = std::all_of(
        tokens.begin() + static_cast<std::ptrdiff_t>(candidate.first_token),
        tokens.begin() + static_cast<std::ptrdiff_t>(last) + 1,
        [](const Token& token) { return token.end - token.start == 1; });
    // So does a name the gazetteer writes with one ("Calif.", "Neb.").
    const bool dotted_name =
        candidate.type_tokens == 0 &&
        std::any_of(candidate.payloads.begin(), candidate.payloads.end(),
                    [&](std::uint32_t payload) { return places[payload].name.ends_with('.'); });
    if ((dotted_name || (letters_only && last > candidate.first_token)) && end < norm.size() &&
        norm[end] == '.') {
      ++end;
    }
    const ByteSpan span = text.map().ToRaw(tokens[candidate.first_token].start, end);
    Mention mention;
    mention.type = MentionType::kLocation;
    mention.start = span.start;
    mention.end = span.end;
    mention.text = std::string(raw.substr(span.start, span.end - span.start));
    mention.attributes["country"] = candidate.country;
    if (candidate.chosen) {
      const Place& place = places[*candidate.chosen];
      mention.attributes["kind"] = std::string(PlaceKindName(place.kind));
      if (!place.geonames_id.empty()) mention.attributes["geonames_id"] = place.geonames_id;
      if (!place.lat.empty()) mention.attributes["lat"] = place.lat;
      if (!place.lon.empty()) mention.attributes["lon"] = place.lon;
    }
    out->push_back(std::move(mention));
  }
}

LocationExtractor::LocationExtractor(const std::filesystem::path& gazetteer_dir,
                                     const Normalizer& normalizer)
    : impl_(std::make_unique<const Impl>(gazetteer_dir, normalizer)) {}

LocationExtractor::~LocationExtractor() = default;

const Gazetteer& LocationExtractor::gazetteer() const { return impl_->gazetteer; }

void LocationExtractor::Extract(const TextView& text, const ExtractionContext& context,
                                std::vector<Mention>* out) const {
  impl_->Extract(text, context.team_sport, out);
}

}  // namespace gleaner
