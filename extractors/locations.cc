// The location extractor. One pass of the gazetteer's PhraseMatcher over the
// normalized tokens finds candidate names, accepting only names capitalized
// in the raw text; a second pass over the candidates (in text order) adds
// place-type suffixes and unknown names before strong place types (in a
// document about Central Asia or Afghanistan also before "district", and
// the names listed before "districts"), asks evidence of names that are
// also common words, votes the document's countries and picks each
// homonym's place. Work is linear in the text.
#include "extractors/locations.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

#include "extractors/ascii_counts.h"
#include "extractors/dates.h"

namespace gleaner {
namespace {

// Lower-case words allowed inside a multi-word name ("Bosnia and
// Herzegovina", "Isle of Man", "Rio de Janeiro").
constexpr std::string_view kNameConnectors[] = {"of", "and", "the", "de", "del", "da", "do",
                                                "dos", "das", "la", "le", "les", "el", "al",
                                                "on", "upon", "sur", "am", "an", "der", "di",
                                                "du", "des", "y", "en", "van", "von",
                                                // Persian ezafe: "Mazar-i-Sharif", "Sar-e Pul"
                                                "i", "e"};

// Words before a name that show it is used as a place ("in Mobile").
constexpr std::string_view kPlacePrepositions[] = {
    "in", "at", "near", "from", "outside", "into", "across", "around", "via", "toward",
    "towards", "visit", "visited", "visiting"};

// A town named in an all-caps line that is smaller than this needs
// evidence, as all-caps headlines capitalize every word.
constexpr std::uint64_t kShoutingMinPopulation = 100000;

// A city this large keeps its name before another capitalized word
// ("Almaty Academy"); smaller ones are taken for given names there.
constexpr std::uint64_t kLargeCityPopulation = 1000000;

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
// Place-type words for one settlement: "the West Bank town of Ramallah".
constexpr std::string_view kSettlementWords[] = {"town", "city", "village", "port", "capital"};
// Words before a place's name: "in Velten, Germany", "over Lockerbie, Scotland".
constexpr std::string_view kPrepositionsOfPlace[] = {"in", "at", "near", "from", "over",
                                                     "outside", "around"};
// Capitalized words that end the name of a square, a stadium, a prison...
// ("Tiananmen Square", "Changi Prison").
constexpr std::string_view kFacilityWords[] = {"square", "stadium", "airport", "prison", "park",
                                               "road", "street", "avenue", "bridge"};
// Words that open sentences, never a facility's name ("But Wall Street").
constexpr std::string_view kOpeningWords[] = {
    "a",    "an",  "the", "but", "and", "or",    "for",  "in",    "at",   "on",   "by",
    "to",   "of",  "as",  "if",  "so",  "while", "when", "after", "some", "many", "most",
    "all",  "its", "his", "her", "their", "our", "this", "that", "these", "those"};
// Adjectives of facilities' names that do not name one alone.
constexpr std::string_view kGenericFacilityWords[] = {
    "international", "national", "central", "main", "new", "old", "business", "research",
    "industrial", "science", "technology", "memorial", "city", "state", "county", "regional"};
// Lower-case words inside a place's name that is not in the gazetteer:
// "Dar es Salaam", "Rio do Sul" (not "and" or "of", which join two names).
constexpr std::string_view kNameParticles[] = {"es", "de", "del", "da", "do", "dos", "das",
                                               "la", "el", "al", "du", "des", "der", "van",
                                               "von"};
// Lower-case place-type words that, followed by "of", introduce a place's
// name, known to the gazetteer or not: "the town of Tacambaro", "the
// southern province of Guangdong", "the island of Mindanao". ("capital" is
// not one: "the capital of Ciba-Geigy" is money.)
constexpr std::string_view kTypesBeforeOf[] = {
    "town",   "city",     "village", "hamlet",  "port",       "province", "region",
    "county", "district", "island",  "township", "municipality", "suburb", "commune",
    "prefecture", "oblast"};
// ("state of" and "settlement of" are too often the condition of a thing
// and a debt's: "the state of EC finances", "settlement of Polish debt".)

// Compass words: a region named by one of them alone (Cameroon's "West",
// Zambia's "Central") is taken only with a place-type word after it.
constexpr std::string_view kCompassWords[] = {"north", "south", "east", "west", "central",
                                              "centre", "center", "northern", "southern",
                                              "eastern", "western", "northeast", "northwest",
                                              "southeast", "southwest"};

// Head words of institutions that are also names of towns.
constexpr std::string_view kInstitutionWords[] = {"university", "college", "academy", "institute",
                                                  "hospital"};

// Capitalized words (at a sentence start) that before a focus place type
// ("This district") name no district.
constexpr std::string_view kNotDistrictNames[] = {
    "this", "that", "each", "every", "one", "any", "another", "same", "whole", "entire", "our",
    "their", "its", "his", "her", "which", "whose", "new", "old", "first", "second", "third",
    "neighbouring", "neighboring", "remote", "rural", "urban", "border", "mountainous", "pilot",
    "target", "other", "all", "both", "several", "many", "some", "most", "no", "a", "an",
    "school", "police", "health", "electoral", "business", "financial", "central", "federal"};

// A line at least this long that ends in a word, followed by a line that
// starts without indent, is taken for hard-wrapped running text.
constexpr std::size_t kMinWrappedLineBytes = 40;

// Up to this many capitalized words before a strong place type form a name.
constexpr std::size_t kMaxUnknownNameTokens = 3;

bool Contains(const std::string_view* begin, const std::string_view* end, std::string_view word) {
  return std::find(begin, end, word) != end;
}

template <std::size_t N>
bool Contains(const std::string_view (&words)[N], std::string_view word) {
  return Contains(words, words + N, word);
}

// Letter case of a raw token.
struct TokenCase {
  bool capitalized = false;  // first letter upper or title case
  bool all_caps = false;     // two or more letters, none lower case
};

TokenCase ReadTokenCase(std::string_view raw) {
  TokenCase result;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(raw.data());
  const auto length = static_cast<std::int32_t>(raw.size());
  std::int32_t index = 0;
  int letters = 0;
  bool any_lower = false;
  bool first = true;
  while (index < length) {
    UChar32 c = bytes[index];
    if (c < 0x80) {
      ++index;
      const bool upper = c >= 'A' && c <= 'Z';
      const bool lower = c >= 'a' && c <= 'z';
      if (!upper && !lower) {
        first = false;
        continue;
      }
      ++letters;
      if (first) result.capitalized = upper;
      first = false;
      any_lower = any_lower || lower;
      continue;
    }
    U8_NEXT(bytes, index, length, c);
    if (c < 0) continue;
    if (!u_isalpha(c)) {
      first = false;
      continue;
    }
    ++letters;
    const bool upper = u_isupper(c) || u_istitle(c);
    if (first) result.capitalized = upper;
    first = false;
    if (u_islower(c)) any_lower = true;
  }
  result.all_caps = letters >= 2 && !any_lower;
  return result;
}

// Walks the raw lines in text order, telling for each offset whether its
// line is written in capitals (a headline or dateline line) and where the
// line starts. Amortized linear: each line is scanned once.
class LineCursor {
 public:
  explicit LineCursor(std::string_view raw) : raw_(raw) { Enter(0); }

  void MoveTo(std::size_t offset) {
    while (offset > end_ && end_ < raw_.size()) Enter(end_ + 1);
  }
  std::size_t start() const { return start_; }
  std::size_t end() const { return end_; }
  bool shouting() {
    if (!shouting_) shouting_ = ComputeShouting();
    return *shouting_;
  }

 private:
  void Enter(std::size_t start) {
    start_ = start;
    end_ = raw_.find('\n', start);
    if (end_ == std::string_view::npos) end_ = raw_.size();
    shouting_.reset();
  }
  bool ComputeShouting() const {
    std::size_t upper = 0;
    std::size_t lower = 0;
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(raw_.data());
    auto index = static_cast<std::int32_t>(start_);
    const auto stop = static_cast<std::int32_t>(end_);
    while (index < stop) {
      // Eight ASCII bytes at a time, most of a line.
      if (index + 8 <= stop) {
        std::uint64_t chunk = 0;
        std::memcpy(&chunk, bytes + index, sizeof chunk);
        if (AllAscii(chunk)) {
          upper += CountAsciiInRange(chunk, 'A', 'Z');
          lower += CountAsciiInRange(chunk, 'a', 'z');
          index += 8;
          continue;
        }
      }
      UChar32 c = 0;
      U8_NEXT(bytes, index, stop, c);
      if (c < 0) continue;
      if (c < 0x80) {
        upper += (c >= 'A' && c <= 'Z');
        lower += (c >= 'a' && c <= 'z');
      } else if (u_isupper(c)) {
        ++upper;
      } else if (u_islower(c)) {
        ++lower;
      }
    }
    return upper >= 4 && lower * 8 < upper;
  }

  std::string_view raw_;
  std::size_t start_ = 0;
  std::size_t end_ = 0;
  std::optional<bool> shouting_;
};

// A name found in the text, before it is judged.
struct Candidate {
  std::size_t first_token = 0;
  std::size_t token_count = 0;
  std::vector<std::uint32_t> payloads;  // places; empty for an unknown name before a strong type
  bool shouting = false;                // in an all-caps line
  bool dateline = false;                // first on its line, then ',' or a date
  std::size_t type_tokens = 0;          // place-type words joined to the span
  bool strong_type = false;
  bool rejected = false;
  std::optional<std::uint32_t> chosen;  // the place picked among payloads
  std::string country;                  // for unknown names
  std::string context_country;        // an unknown name's, from its context
};

}  // namespace

struct LocationExtractor::Impl {
  Impl(const std::filesystem::path& dir, const Normalizer& normalizer)
      : gazetteer(dir, normalizer) {
    for (const auto& [name, month] : IcuMonthNames({"en"})) month_names.insert(name);
    const auto note_type = [&](const std::string& type, std::array<bool, 256>* first_bytes) {
      (*first_bytes)[static_cast<unsigned char>(type[0])] = true;
      const std::size_t first_word = type.find(' ');
      longest_strong_type_word = std::max(
          longest_strong_type_word, first_word == std::string::npos ? type.size() : first_word);
    };
    strong_type_first_bytes.fill(false);
    for (const std::string& type : gazetteer.strong_place_type_words()) {
      note_type(type, &strong_type_first_bytes);
    }
    focus_type_first_bytes = strong_type_first_bytes;
    for (const std::string& type : gazetteer.focus_place_type_words()) {
      note_type(type, &focus_type_first_bytes);
    }
  }

  Gazetteer gazetteer;
  std::unordered_set<std::string> month_names;  // case folded, from ICU
  // First bytes of the strong place-type keys, and of those and the focus
  // ones (for a document about the focus region): a quick pre-filter.
  std::array<bool, 256> strong_type_first_bytes{};
  std::array<bool, 256> focus_type_first_bytes{};
  // Bytes in the longest first word of a strong type ("autonomous oblast").
  std::size_t longest_strong_type_word = 0;

  void Extract(const TextView& text, std::vector<Mention>* out) const;

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
        case PlaceKind::kAdmin1: score += 5.5; break;
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
};

void LocationExtractor::Impl::Extract(const TextView& text, std::vector<Mention>* out) const {
  const std::string_view norm = text.normalized.text;
  const std::string_view raw = text.raw;
  const std::vector<Token> tokens = Tokenize(norm);
  if (tokens.empty()) return;
  const NormalizedText& map = text.normalized;
  const std::vector<Place>& places = gazetteer.places();

  auto raw_begin = [&](std::size_t token) -> std::size_t {
    return map.raw_start[tokens[token].start];
  };
  auto raw_end = [&](std::size_t token) -> std::size_t {
    return map.raw_end[tokens[token].end - 1];
  };
  auto raw_of = [&](std::size_t token) {
    return raw.substr(raw_begin(token), raw_end(token) - raw_begin(token));
  };
  auto norm_of = [&](std::size_t token) {
    return norm.substr(tokens[token].start, tokens[token].end - tokens[token].start);
  };
  // Line breaks that only wrap a paragraph of hard-wrapped text ("New\n
  // Jersey"): one break, no indent after it, after a full line. soft[i] is
  // set when the gap before token i is such a break.
  std::vector<char> soft(tokens.size(), 0);
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    if (norm.substr(tokens[i - 1].end, tokens[i].start - tokens[i - 1].end) != "\n") continue;
    const std::size_t left = raw_end(i - 1);
    const std::size_t right = raw_begin(i);
    std::size_t k = left;
    while (k < right && (raw[k] == ' ' || raw[k] == '\t' || raw[k] == '\r')) ++k;
    if (k + 1 != right || raw[k] != '\n') continue;
    const std::size_t line_start = raw.rfind('\n', left == 0 ? 0 : left - 1);
    const std::size_t line_length =
        line_start == std::string_view::npos ? left : left - line_start - 1;
    soft[i] = line_length >= kMinWrappedLineBytes;
  }
  // Whether tokens `left` and `left + 1` are separated by one space or a
  // soft line break.
  auto space_between = [&](std::size_t left) {
    const std::size_t right = left + 1;
    if (soft[right]) return true;
    return tokens[right].start - tokens[left].end == 1 && norm[tokens[left].end] == ' ';
  };
  // A name gap between two adjacent tokens (space or hyphen only).
  auto joined = [&](std::size_t left, std::size_t right) {
    if (right == left + 1 && soft[right]) return true;
    const std::string_view gap =
        norm.substr(tokens[left].end, tokens[right].start - tokens[left].end);
    return gap.size() <= 2 && std::all_of(gap.begin(), gap.end(),
                                          [](char c) { return c == ' ' || c == '-'; });
  };
  auto is_dateline = [&](LineCursor& line, std::size_t first, std::size_t last) {
    // A month name at a line start is a date ("March 17."), never a dateline.
    if (first == last && month_names.count(std::string(norm_of(first))) > 0) return false;
    for (std::size_t i = line.start(); i < raw_begin(first); ++i) {
      if (raw[i] != ' ' && raw[i] != '\t' && raw[i] != '\r') return false;
    }
    const std::size_t after = raw_end(last);
    if (after >= raw.size()) return false;
    if (raw[after] == ',' || raw.substr(after, 2) == " ,") return true;
    return raw[after] == ' ' && after + 1 < raw.size() && raw[after + 1] >= '0' &&
           raw[after + 1] <= '9';
  };

  // Pass 1: capitalized names.
  LineCursor line(raw);
  std::vector<Candidate> candidates;
  auto accept = [&](std::size_t first, std::size_t count,
                    const std::vector<std::uint32_t>& payloads) {
    line.MoveTo(raw_begin(first));
    const bool shouting = line.shouting();
    bool any_all_caps = false;
    for (std::size_t i = first; i < first + count; ++i) {
      const TokenCase token_case = ReadTokenCase(raw_of(i));
      const bool inner = i != first && i + 1 != first + count;
      if (!token_case.capitalized) {
        if (!(inner && Contains(kNameConnectors, norm_of(i)))) return false;
      }
      any_all_caps = any_all_caps || token_case.all_caps;
    }
    const bool dateline = is_dateline(line, first, first + count - 1);
    if (any_all_caps && !shouting && !dateline) {
      // An abbreviation in ordinary text: only a country's ("US", "UAE"),
      // or one the gazetteer itself writes in capitals ("GBAO").
      const bool country = std::any_of(payloads.begin(), payloads.end(), [&](std::uint32_t p) {
        return places[p].kind == PlaceKind::kCountry;
      });
      const bool written_so = count == 1 && std::any_of(payloads.begin(), payloads.end(),
                                                        [&](std::uint32_t p) {
                                                          return places[p].name == raw_of(first);
                                                        });
      if (!written_so && (!country || count != 1 || raw_of(first).size() > 4)) return false;
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
  std::vector<char> may_start(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const auto first_byte = static_cast<unsigned char>(raw[raw_begin(i)]);
    may_start[i] = (first_byte >= 'A' && first_byte <= 'Z') || first_byte >= 0x80;
  }
  gazetteer.names().FindAll(norm, tokens, accept, may_start, soft);

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

  // "Rudaki and Vose districts", "Aksy, Nooken and Suzak districts": in a
  // document about the focus region, each capitalized name of a list of two
  // or more before a plural place type is a place; known ones are
  // candidates already, the others are added as unknown names.
  auto add_names_listed_before_plural_types = [&](std::vector<Candidate>* found) {
    std::vector<char> in_candidate(tokens.size(), 0);
    for (const Candidate& candidate : *found) {
      for (std::size_t i = 0; i < candidate.token_count; ++i) {
        in_candidate[candidate.first_token + i] = 1;
      }
    }
    const std::size_t known = found->size();
    std::vector<std::pair<std::size_t, std::size_t>> runs;  // first token, token count
    for (std::size_t token = 1; token < tokens.size(); ++token) {
      // Plural types only ("districts"): a cheap test first.
      if (tokens[token].end - tokens[token].start < 5 || norm[tokens[token].end - 1] != 's') {
        continue;
      }
      const auto* type = gazetteer.place_types().Lookup(norm, tokens, token, 1);
      if (type == nullptr ||
          type->front() != static_cast<std::uint32_t>(PlaceTypeStrength::kList) ||
          !space_between(token - 1)) {
        continue;
      }
      runs.clear();
      std::size_t end = token;  // one past the run being read
      while (true) {
        std::size_t first = end;
        while (first > 0 && end - first < kMaxUnknownNameTokens &&
               ReadTokenCase(raw_of(first - 1)).capitalized &&
               (first == end || space_between(first - 1))) {
          --first;
        }
        if (first == end || Contains(kNotDistrictNames, norm_of(first)) ||
            Contains(kCompassWords, norm_of(first)) || Contains(kNameConnectors, norm_of(first))) {
          break;
        }
        runs.emplace_back(first, end - first);
        if (first < 2) break;
        const std::string_view gap =
            norm.substr(tokens[first - 1].end, tokens[first].start - tokens[first - 1].end);
        if (gap == ", ") {
          end = first;
        } else if (gap == " " && norm_of(first - 1) == "and") {
          const std::string_view before = norm.substr(
              tokens[first - 2].end, tokens[first - 1].start - tokens[first - 2].end);
          if (before != " " && before != ", ") break;
          end = first - 1;
        } else {
          break;
        }
      }
      if (runs.size() < 2) continue;
      for (const auto& [first, count] : runs) {
        const bool taken = std::any_of(in_candidate.begin() + static_cast<std::ptrdiff_t>(first),
                                       in_candidate.begin() +
                                           static_cast<std::ptrdiff_t>(first + count),
                                       [](char c) { return c != 0; });
        if (taken || ReadTokenCase(raw_of(first)).all_caps) continue;
        Candidate candidate;
        candidate.first_token = first;
        candidate.token_count = count;
        candidate.strong_type = true;
        found->push_back(std::move(candidate));
        for (std::size_t i = first; i < first + count; ++i) in_candidate[i] = 1;
      }
    }
    if (found->size() != known) {
      std::stable_sort(found->begin(), found->end(), [](const Candidate& a, const Candidate& b) {
        return a.first_token < b.first_token;
      });
    }
  };

  // Place-type words after each candidate; unknown names before strong types.
  auto place_type_at = [&](std::size_t token, std::size_t limit, std::size_t* length,
                           bool* strong, bool* focus = nullptr) {
    bool found = false;
    for (std::size_t count = 1; count <= 2 && token + count <= limit; ++count) {
      if (count > 1 && !joined(token + count - 2, token + count - 1)) break;
      if (const auto* payloads = gazetteer.place_types().Lookup(norm, tokens, token, count)) {
        const auto strength = static_cast<PlaceTypeStrength>(payloads->front());
        if (strength == PlaceTypeStrength::kList) continue;  // joins no span
        *length = count;
        *strong = strength == PlaceTypeStrength::kStrong ||
                  (strength == PlaceTypeStrength::kFocus && focus_document);
        if (focus != nullptr) *focus = strength == PlaceTypeStrength::kFocus;
        found = true;
      }
    }
    return found;
  };
  if (focus_document) add_names_listed_before_plural_types(&candidates);
  std::vector<Candidate> with_unknown;
  with_unknown.reserve(candidates.size());
  std::size_t next_free_token = 0;
  std::size_t candidate_index = 0;
  // Unknown names that their context shows to be places, in text order:
  // capitalized words after "<type> of" (kTypesBeforeOf), which grow from
  // `first`; and, with a fixed end, a name before ", " and a known country
  // or region in a dateline or after "in", "at", "near"... ("LONGYEAR ,
  // Norway 1996-08-30", "over Lockerbie , Scotland"), a name before "near"
  // and a known place, and a facility's name ("Tiananmen Square").
  struct IntroducedName {
    std::size_t first = 0;
    std::size_t end = 0;  // 0: grows over the capitalized words from `first`
    std::string country;
  };
  std::vector<IntroducedName> introduced;
  // "<type> of" and a capitalized word (kTypesBeforeOf) at `token` ("of").
  auto introduce_after_of = [&](std::size_t token) {
    if (token == 0 || token + 1 >= tokens.size()) return;
    if (!joined(token - 1, token) || !joined(token, token + 1)) return;
    if (!Contains(kTypesBeforeOf, norm_of(token - 1)) ||
        ReadTokenCase(raw_of(token - 1)).capitalized ||
        !ReadTokenCase(raw_of(token + 1)).capitalized) {
      return;
    }
    introduced.push_back({token + 1, 0, {}});
  };
  // A word that cannot open an unknown place's name: a common word the
  // gazetteer lists, a connector ("of", "and") or a month.
  auto opens_no_name = [&](std::size_t token) {
    const std::string_view word = norm_of(token);
    return gazetteer.IsCommonWord(word) || Contains(kNameConnectors, word) ||
           month_names.count(std::string(word)) > 0;
  };
  // The first of up to kMaxUnknownNameTokens capitalized words joined to one
  // another that end at `last`.
  auto capitalized_run_ending_at = [&](std::size_t last) {
    std::size_t first = last;
    while (first > 0 && last - first + 1 < kMaxUnknownNameTokens && joined(first - 1, first) &&
           ReadTokenCase(raw_of(first - 1)).capitalized) {
      --first;
    }
    return first;
  };
  // A lower-case preposition of place joined right before `first` ("in").
  auto after_preposition_of_place = [&](std::size_t first) {
    return first > 0 && joined(first - 1, first) &&
           Contains(kPrepositionsOfPlace, norm_of(first - 1)) &&
           !ReadTokenCase(raw_of(first - 1)).capitalized;
  };
  // A capitalized facility word after up to two capitalized words the
  // gazetteer does not know: "Tiananmen Square", "Changi Prison", "Ellis
  // Park", "Grace Road".
  auto introduce_facility = [&](std::size_t token) {
    if (token == 0) return;
    const TokenCase facility_case = ReadTokenCase(raw_of(token));
    if (!facility_case.capitalized || facility_case.all_caps || !joined(token - 1, token)) return;
    std::size_t first = token;
    while (first > 0 && token - first < 2 && joined(first - 1, first)) {
      const TokenCase word_case = ReadTokenCase(raw_of(first - 1));
      if (!word_case.capitalized || word_case.all_caps) break;
      --first;
    }
    if (first > 0 && joined(first - 1, first) && ReadTokenCase(raw_of(first - 1)).capitalized &&
        !Contains(kOpeningWords, norm_of(first - 1))) {
      return;  // a longer name than a place's ("Chrysler Fifth Avenue")
    }
    // A capitalized word opening the sentence is none of the name ("But
    // Wall Street", "In Revolution Square").
    while (first < token && Contains(kOpeningWords, norm_of(first))) ++first;
    // Generic words alone are no name ("International Airport", "National
    // Park").
    bool named = false;
    for (std::size_t i = first; i < token; ++i) {
      named = named || !Contains(kGenericFacilityWords, norm_of(i));
    }
    if (!named || opens_no_name(first)) return;
    // "Park Avenue Bank": another thing's name.
    if (token + 1 < tokens.size() && joined(token, token + 1) &&
        ReadTokenCase(raw_of(token + 1)).capitalized) {
      return;
    }
    introduced.push_back({first, token + 1, {}});
  };
  std::vector<std::size_t> strong_positions;
  const std::array<bool, 256>& type_first_bytes =
      focus_document ? focus_type_first_bytes : strong_type_first_bytes;
  for (std::size_t token = 0; token < tokens.size(); ++token) {
    std::size_t length = 0;
    bool strong = false;
    const std::string_view word = norm_of(token);
    // One pass over the tokens: "of" after a place type, facility words
    // (4 to 7 letters), then strong place types (lower-case words).
    if (word.size() == 2 && word[0] == 'o' && word[1] == 'f') {
      introduce_after_of(token);
      continue;
    }
    if (word.size() >= 4 && word.size() <= 7 && Contains(kFacilityWords, word)) {
      introduce_facility(token);
    }
    if (word.size() < 2 || word.size() > longest_strong_type_word ||
        !type_first_bytes[static_cast<unsigned char>(word[0])]) {
      continue;
    }
    if (!place_type_at(token, tokens.size(), &length, &strong) || !strong) continue;
    strong_positions.push_back(token);
    token += length - 1;
  }
  LineCursor introduced_line(raw);  // for the names below, in text order
  for (std::size_t index = 0; index < candidates.size(); ++index) {
    const Candidate& region = candidates[index];
    const std::size_t comma_token = region.first_token;
    if (comma_token < 1) continue;
    const std::string_view gap = norm.substr(tokens[comma_token - 1].end,
                                             tokens[comma_token].start - tokens[comma_token - 1].end);
    if (gap != ", " && gap != " , ") continue;
    std::string country;
    for (std::uint32_t payload : region.payloads) {
      const PlaceKind kind = places[payload].kind;
      if ((kind == PlaceKind::kCountry || kind == PlaceKind::kAdmin1) && country.empty()) {
        country = places[payload].country;
      }
    }
    if (country.empty()) continue;
    const std::size_t last = comma_token - 1;
    if (!ReadTokenCase(raw_of(last)).capitalized) continue;
    const std::size_t first = capitalized_run_ending_at(last);
    // Not a known name itself, nor part of one.
    if (index > 0 && candidates[index - 1].first_token + candidates[index - 1].token_count > first) {
      continue;
    }
    // A company's name ("Salomon Brothers Inc, New York"), or a body's in
    // apposition ("Creditanstalt, Austria's biggest bank").
    const std::size_t region_end = region.first_token + region.token_count;
    if (gazetteer.IsOrganizationHead(norm_of(last)) ||
        norm.substr(tokens[region_end - 1].end, 2) == "'s") {
      continue;
    }
    bool introduced_here = false;
    introduced_line.MoveTo(raw_begin(first));
    if (is_dateline(introduced_line, first, last)) {
      // A dateline: the date follows the region ("Norway 1996-08-30",
      // "New Zealand, March 3").
      std::size_t after = region.first_token + region.token_count;
      const std::size_t after_raw = raw_end(after - 1);
      std::size_t i = after_raw;
      while (i < raw.size() && (raw[i] == ' ' || raw[i] == ',')) ++i;
      // A year or an ISO date ("1996-08-30"), or a month's name.
      std::size_t digits = 0;
      while (i + digits < raw.size() && raw[i + digits] >= '0' && raw[i + digits] <= '9') {
        ++digits;
      }
      const bool month_next = after < tokens.size() && raw_begin(after) == i &&
                              ReadTokenCase(raw_of(after)).capitalized &&
                              month_names.count(std::string(norm_of(after))) > 0;
      introduced_here = digits == 4 || month_next;
    } else {
      introduced_here =
          after_preposition_of_place(first) && !ReadTokenCase(raw_of(first)).all_caps;
    }
    if (introduced_here) introduced.push_back({first, last + 1, country});
  }
  // "in Velten near Berlin", "at the Barvikha sanatorium outside Moscow"
  // (the capitalized words right before "near"/"outside" and a known place,
  // after a preposition of place).
  for (const Candidate& known : candidates) {
    const std::size_t near = known.first_token;
    if (near < 2 || (norm_of(near - 1) != "near" && norm_of(near - 1) != "outside")) continue;
    if (!joined(near - 1, near) || !joined(near - 2, near - 1)) continue;
    const std::size_t last = near - 2;
    if (!ReadTokenCase(raw_of(last)).capitalized || ReadTokenCase(raw_of(last)).all_caps) continue;
    const std::size_t first = capitalized_run_ending_at(last);
    if (!after_preposition_of_place(first)) continue;
    introduced.push_back({first, last + 1, {}});
  }
  std::sort(introduced.begin(), introduced.end(),
            [](const IntroducedName& x, const IntroducedName& y) { return x.first < y.first; });
  std::size_t introduced_index = 0;
  // The country a capitalized adjective names: "Indonesian", "Tanzanian",
  // "Brazilian", "Iraqi", "Japanese", "Chinese", "Mexican".
  auto country_of_adjective = [&](std::size_t token) -> std::string {
    if (!ReadTokenCase(raw_of(token)).capitalized) return {};
    const std::string_view word = norm_of(token);
    std::vector<std::string> stems;
    for (std::size_t cut = 1; cut <= 3 && cut + 3 < word.size(); ++cut) {
      stems.emplace_back(word.substr(0, word.size() - cut));
    }
    if (word.ends_with("ese")) stems.push_back(std::string(word.substr(0, word.size() - 3)) + "a");
    if (word.ends_with("ican")) {
      stems.push_back(std::string(word.substr(0, word.size() - 2)) + "o");
    }
    // "South African": the capitalized word before joins the stem.
    if (token > 0 && joined(token - 1, token) && ReadTokenCase(raw_of(token - 1)).capitalized) {
      std::vector<std::string> two_words;
      for (const std::string& stem : stems) {
        two_words.push_back(std::string(norm_of(token - 1)) + " " + stem);
      }
      stems.insert(stems.begin(), two_words.begin(), two_words.end());
    }
    for (const std::string& stem : stems) {
      const std::vector<std::uint32_t>* payloads = gazetteer.names().Lookup(stem);
      if (payloads == nullptr) continue;
      for (std::uint32_t payload : *payloads) {
        if (places[payload].kind == PlaceKind::kCountry) return places[payload].country;
      }
    }
    return {};
  };
  // An introduced unknown name, ending before `limit_token` (where the next
  // known name starts).
  auto add_introduced = [&](const IntroducedName& name, std::size_t limit_token) {
    const std::size_t first = name.first;
    if (first < next_free_token) return;
    if (name.end != 0) {
      if (name.end > limit_token || opens_no_name(first)) return;
      Candidate candidate;
      candidate.first_token = first;
      candidate.token_count = name.end - first;
      candidate.context_country = name.country;
      with_unknown.push_back(std::move(candidate));
      next_free_token = name.end;
      return;
    }
    // An acronym is a body's ("the state of EC finances").
    if (ReadTokenCase(raw_of(first)).all_caps && norm_of(first).size() > 1) return;
    std::size_t end = first + 1;
    while (end < limit_token && end < tokens.size() && joined(end - 1, end)) {
      if (ReadTokenCase(raw_of(end)).capitalized) {
        ++end;
        continue;
      }
      // A particle inside the name: "the port of Dar es Salaam".
      if (end + 1 < limit_token && end + 1 < tokens.size() && joined(end, end + 1) &&
          Contains(kNameParticles, norm_of(end)) &&
          ReadTokenCase(raw_of(end + 1)).capitalized) {
        end += 2;
        continue;
      }
      break;
    }
    // Too long for a place's name, or running into a known one.
    if (end - first > kMaxUnknownNameTokens || (end == limit_token && end < tokens.size())) return;
    if (opens_no_name(first)) return;
    // "the city of Rochester Police": another thing's name.
    if (end < tokens.size() && joined(end - 1, end) && gazetteer.IsOrganizationHead(norm_of(end))) {
      return;
    }
    Candidate candidate;
    candidate.first_token = first;
    candidate.token_count = end - first;
    // "the Indonesian island of", "the Tanzanian port of": the adjective
    // just before the type word, or one word before that ("the South
    // African township of").
    for (std::size_t back = 3; back <= 4 && back <= first; ++back) {
      candidate.context_country = country_of_adjective(first - back);
      if (!candidate.context_country.empty()) break;
    }
    with_unknown.push_back(std::move(candidate));
    next_free_token = end;
  };
  std::size_t strong_index = 0;
  auto flush_unknown_before = [&](std::size_t limit_token) {
    while (true) {
      const bool strong_next =
          strong_index < strong_positions.size() && strong_positions[strong_index] < limit_token;
      const bool introduced_next = introduced_index < introduced.size() &&
                                   introduced[introduced_index].first < limit_token;
      if (!strong_next && !introduced_next) break;
      if (introduced_next && (!strong_next || introduced[introduced_index].first <
                                                  strong_positions[strong_index])) {
        add_introduced(introduced[introduced_index++], limit_token);
        continue;
      }
      const std::size_t type_token = strong_positions[strong_index++];
      if (type_token == 0 || type_token <= next_free_token) continue;
      // Capitalized words joined right before the type word.
      std::size_t first = type_token;
      while (first > next_free_token && type_token - first < kMaxUnknownNameTokens &&
             ReadTokenCase(raw_of(first - 1)).capitalized &&
             (first == type_token || joined(first - 1, first))) {
        --first;
      }
      if (first == type_token || !joined(type_token - 1, type_token)) continue;
      if (gazetteer.IsCommonWord(norm_of(first)) || Contains(kNameConnectors, norm_of(first)))
        continue;
      std::size_t type_length = 0;
      bool type_strong = false;
      bool type_focus = false;
      place_type_at(type_token, tokens.size(), &type_length, &type_strong, &type_focus);
      // "Each district", "Central district": before a focus type, a
      // determiner or compass word capitalized at a sentence start names
      // no place; nor does an abbreviation ("the UN district office").
      if (type_focus && (Contains(kNotDistrictNames, norm_of(first)) ||
                         Contains(kCompassWords, norm_of(first)) ||
                         ReadTokenCase(raw_of(first)).all_caps)) {
        continue;
      }
      Candidate candidate;
      candidate.first_token = first;
      candidate.token_count = type_token - first;
      candidate.type_tokens = type_length;
      candidate.strong_type = true;
      with_unknown.push_back(std::move(candidate));
      next_free_token = type_token + type_length;
    }
  };
  // A capitalized word hyphen-joined to a name, and not a name itself, makes
  // it part of a longer unknown name ("Kara" in "Kara-Buura").
  auto hyphen_compound = [&](std::size_t index) {
    const Candidate& candidate = candidates[index];
    const std::size_t first = candidate.first_token;
    const std::size_t after = first + candidate.token_count;
    auto hyphen_between = [&](std::size_t left) {
      return norm.substr(tokens[left].end, tokens[left + 1].start - tokens[left].end) == "-";
    };
    if (first > 0 && hyphen_between(first - 1) && ReadTokenCase(raw_of(first - 1)).capitalized &&
        (index == 0 || candidates[index - 1].first_token + candidates[index - 1].token_count !=
                           first)) {
      return true;
    }
    return after < tokens.size() && hyphen_between(after - 1) &&
           ReadTokenCase(raw_of(after)).capitalized &&
           (index + 1 == candidates.size() || candidates[index + 1].first_token != after);
  };
  // How many of a candidate's readings are cities, and the largest
  // population among them all.
  auto city_readings = [&](const Candidate& candidate) {
    return static_cast<std::size_t>(
        std::count_if(candidate.payloads.begin(), candidate.payloads.end(),
                      [&](std::uint32_t payload) {
                        return places[payload].kind == PlaceKind::kCity;
                      }));
  };
  auto largest_population = [&](const Candidate& candidate) {
    std::uint64_t population = 0;
    for (std::uint32_t payload : candidate.payloads) {
      population = std::max(population, places[payload].population);
    }
    return population;
  };
  auto is_town_named_as_type = [&](const Candidate& next, std::size_t first, std::size_t length) {
    return next.first_token == first && next.token_count == length &&
           city_readings(next) == next.payloads.size();
  };
  for (; candidate_index < candidates.size(); ++candidate_index) {
    Candidate& candidate = candidates[candidate_index];
    flush_unknown_before(candidate.first_token);
    if (candidate.first_token < next_free_token) continue;
    if (hyphen_compound(candidate_index)) continue;
    const std::size_t after = candidate.first_token + candidate.token_count;
    std::size_t length = 0;
    bool strong = false;
    if (after < tokens.size() && joined(after - 1, after) &&
        place_type_at(after, tokens.size(), &length, &strong)) {
      // A name inside the type words ("Republic" of "Autonomous Republic")
      // is part of the type when the type is a strong one of several words.
      // So is a town that only shares the type's name after a region
      // ("Karakalpakstan Republic", not the US town Republic; not "Federal
      // Republic" after an Argentine town Federal).
      const std::size_t cities = city_readings(candidate);
      const bool region_before = cities < candidate.payloads.size();
      const bool next_is_name =
          candidate_index + 1 < candidates.size() &&
          candidates[candidate_index + 1].first_token < after + length &&
          !(strong && length > 1) &&
          !(region_before &&
            is_town_named_as_type(candidates[candidate_index + 1], after, length));
      // "the West Bank town of Ramallah": after a region or country, a
      // settlement word in lower case followed by "of" and a name
      // introduces that other place ("Balykchy city of Issyk-Kul oblast"
      // and "Nookat City of Osh region" keep theirs).
      const std::size_t type_end = after + length;
      const bool larger_place = !candidate.payloads.empty() && cities == 0;
      const bool introduces_another =
          larger_place && length == 1 && type_end + 1 < tokens.size() &&
          norm_of(type_end) == "of" &&
          Contains(kSettlementWords, norm_of(after)) && !ReadTokenCase(raw_of(after)).capitalized &&
          ReadTokenCase(raw_of(type_end + 1)).capitalized;
      if (!next_is_name && !introduces_another) {
        candidate.type_tokens = length;
        candidate.strong_type = strong;
      }
    }
    next_free_token = after + candidate.type_tokens;
    with_unknown.push_back(std::move(candidate));
  }
  flush_unknown_before(tokens.size());
  candidates.swap(with_unknown);

  // Evidence for names that are also common words or small all-caps towns.
  auto previous_word = [&](std::size_t token) -> std::string_view {
    if (token == 0) return {};
    if (!space_between(token - 1)) return {};
    return norm_of(token - 1);
  };
  auto next_is_organization_head = [&](const Candidate& candidate) {
    const std::size_t after = candidate.first_token + candidate.token_count + candidate.type_tokens;
    if (after >= tokens.size()) return false;
    // "U.S. Open": an abbreviation's final dot may stand between them.
    const std::string_view gap =
        norm.substr(tokens[after - 1].end, tokens[after].start - tokens[after - 1].end);
    const bool abbreviation = candidate.token_count > 1 && gap == ". " &&
                              norm.substr(tokens[after - 2].end, 1) == ".";
    if (!joined(after - 1, after) && !abbreviation) return false;
    return ReadTokenCase(raw_of(after)).capitalized &&
           gazetteer.IsOrganizationHead(norm_of(after));
  };
  // "Herat University", "Osh State Academy": a town named like an
  // institution (University, Florida), right after a capitalized word, is
  // that institution's head word.
  auto institution_word_after_name = [&](const Candidate& candidate) {
    const std::size_t first = candidate.first_token;
    if (candidate.token_count != 1 || candidate.type_tokens != 0 || first == 0 ||
        !Contains(kInstitutionWords, norm_of(first)) || !joined(first - 1, first)) {
      return false;
    }
    return ReadTokenCase(raw_of(first - 1)).capitalized &&
           city_readings(candidate) == candidate.payloads.size();
  };
  // A continent right after an all-caps word in ordinary text names a
  // programme or a unit ("STRIVE Asia"), not the continent.
  auto continent_after_acronym = [&](const Candidate& candidate) {
    const std::size_t first = candidate.first_token;
    if (candidate.shouting || first == 0 || previous_word(first).empty()) return false;
    const bool continent = std::any_of(
        candidate.payloads.begin(), candidate.payloads.end(),
        [&](std::uint32_t payload) { return places[payload].kind == PlaceKind::kContinent; });
    return continent && ReadTokenCase(raw_of(first - 1)).all_caps;
  };
  // Index of the candidate after `index` when it follows ", " directly.
  auto comma_follower = [&](std::size_t index) -> std::optional<std::size_t> {
    if (index + 1 >= candidates.size()) return std::nullopt;
    const Candidate& current = candidates[index];
    const Candidate& next = candidates[index + 1];
    const std::size_t end_token = current.first_token + current.token_count + current.type_tokens;
    if (next.first_token != end_token) return std::nullopt;
    const std::string_view gap =
        norm.substr(tokens[end_token - 1].end, tokens[next.first_token].start -
                                                   tokens[end_token - 1].end);
    if (gap != ", ") return std::nullopt;
    return index + 1;
  };

  // A place glued by a hyphen to a lower-case word is part of an adjective:
  // "U.S.-sponsored", "Kazakhstan-based", "anti-U.S.", "pro-Moscow".
  auto in_hyphen_compound = [&](const Candidate& candidate) {
    const auto is_lower = [&](std::size_t at) {
      return at < raw.size() && raw[at] >= 'a' && raw[at] <= 'z';
    };
    const std::size_t last =
        candidate.first_token + candidate.token_count + candidate.type_tokens - 1;
    std::size_t after = raw_end(last);
    if (after < raw.size() && raw[after] == '.') ++after;
    if (after + 1 < raw.size() && raw[after] == '-' && is_lower(after + 1)) return true;
    const std::size_t before = raw_begin(candidate.first_token);
    return before >= 2 && raw[before - 1] == '-' && is_lower(before - 2);
  };
  // "South Korean", "Central Asian": the next word extends the name into a
  // longer place's adjective, so the shorter name is not meant.
  auto starts_demonym = [&](const Candidate& candidate) {
    const std::size_t after = candidate.first_token + candidate.token_count;
    if (after >= tokens.size() || !joined(after - 1, after)) return false;
    std::string key;
    for (std::size_t i = candidate.first_token; i < after; ++i) {
      if (!key.empty()) key += ' ';
      key += norm_of(i);
    }
    const std::string_view next = norm_of(after);
    for (std::size_t cut = 1; cut <= 3 && cut + 2 < next.size(); ++cut) {
      if (gazetteer.names().Lookup(key + " " + std::string(next.substr(0, next.size() - cut)))) {
        return true;
      }
    }
    return false;
  };
  // Capitalized word right before a town's name, mid-sentence ("MaliVai
  // Washington", "Bob Dole"): the town's name is a surname here, and in the
  // rest of the document too.
  auto sentence_start = [&](std::size_t token) {
    if (token == 0) return true;
    const std::size_t begin = raw_begin(token);
    std::size_t i = begin;
    while (i > 0 && (raw[i - 1] == ' ' || raw[i - 1] == '\t')) --i;
    if (i == 0 || raw[i - 1] == '\n' || raw[i - 1] == '\r') return true;
    const char before = raw[i - 1];
    return before == '.' || before == '!' || before == '?' || before == '"' || before == ':' ||
           before == '-' || before == '(' || before == ';';
  };
  auto is_single_town = [&](const Candidate& candidate) {
    return candidate.token_count == 1 && !candidate.payloads.empty() &&
           std::all_of(candidate.payloads.begin(), candidate.payloads.end(),
                       [&](std::uint32_t payload) {
                         return places[payload].kind == PlaceKind::kCity ||
                                places[payload].kind == PlaceKind::kAdmin1;
                       });
  };
  // A town's name followed by a capitalized word that is no place is a
  // given name or a modifier of another name ("David Campese", "Magna
  // International"); large cities keep it ("Almaty Academy").
  auto followed_by_name = [&](std::size_t index) {
    const Candidate& candidate = candidates[index];
    const std::size_t after = candidate.first_token + 1;
    if (after >= tokens.size() || !joined(after - 1, after)) return false;
    if (!space_between(after - 1)) return false;
    const TokenCase next_case = ReadTokenCase(raw_of(after));
    if (!next_case.capitalized || next_case.all_caps || raw_of(after).size() < 2) return false;
    if (index + 1 < candidates.size() && candidates[index + 1].first_token == after) return false;
    return largest_population(candidate) < kLargeCityPopulation;
  };
  // A small town's name before "of" and a capitalized word heads a body's
  // name: "University of Central Asia", "Union of Journalists".
  auto heads_a_name_with_of = [&](std::size_t index) {
    const Candidate& candidate = candidates[index];
    const std::size_t of = candidate.first_token + 1;
    if (of + 1 >= tokens.size() || norm_of(of) != "of" || !space_between(of - 1) ||
        !space_between(of)) {
      return false;
    }
    const TokenCase of_case = ReadTokenCase(raw_of(of));
    const TokenCase next_case = ReadTokenCase(raw_of(of + 1));
    if (of_case.capitalized || !next_case.capitalized) return false;
    return largest_population(candidate) < kLargeCityPopulation;
  };
  // A town followed by a number is a team in a results table ("Surrey 429"),
  // unless the number is a year or a date: a dateline's "MANCHESTER ,
  // England 1996-08-29", "Almaty 2019".
  auto followed_by_number = [&](const Candidate& candidate) {
    const std::size_t after_byte = raw_end(candidate.first_token + candidate.token_count - 1);
    const auto is_digit = [&](std::size_t at) {
      return at < raw.size() && raw[at] >= '0' && raw[at] <= '9';
    };
    if (!(after_byte + 1 < raw.size() && raw[after_byte] == ' ' && is_digit(after_byte + 1))) {
      return false;
    }
    std::size_t digits_end = after_byte + 1;
    while (is_digit(digits_end)) ++digits_end;
    const bool year = digits_end - (after_byte + 1) == 4 &&
                      (raw[after_byte + 1] == '1' || raw[after_byte + 1] == '2') &&
                      (digits_end == raw.size() || raw[digits_end] == '-' ||
                       raw[digits_end] == ' ' || raw[digits_end] == '\n' ||
                       raw[digits_end] == ',' || raw[digits_end] == '.');
    return !year;
  };
  std::unordered_set<std::string> surnames;
  for (std::size_t index = 0; index < candidates.size(); ++index) {
    const Candidate& candidate = candidates[index];
    if (candidate.shouting || !is_single_town(candidate)) continue;
    const std::size_t first = candidate.first_token;
    if (first >= 2 && norm.substr(tokens[first - 1].end, 2) == ". " &&
        tokens[first - 1].end == tokens[first].start - 2 &&
        raw_of(first - 1).size() == 1 && ReadTokenCase(raw_of(first - 1)).capitalized &&
        space_between(first - 2) && ReadTokenCase(raw_of(first - 2)).capitalized &&
        !sentence_start(first - 2)) {
      // A middle initial before it: "Dudley S. Taft".
      surnames.insert(std::string(norm_of(first)));
      continue;
    }
    if (first == 0 || previous_word(first).empty()) continue;
    const bool previous_is_place =
        index > 0 && candidates[index - 1].first_token + candidates[index - 1].token_count +
                             candidates[index - 1].type_tokens == first;
    const TokenCase previous_case = ReadTokenCase(raw_of(first - 1));
    if (previous_is_place || !previous_case.capitalized || previous_case.all_caps ||
        Contains(kNameConnectors, norm_of(first - 1)) ||
        Contains(kPlacePrepositions, norm_of(first - 1))) {
      continue;
    }
    // At a sentence start the capital may be grammar ("Visiting Paris"),
    // so only small towns are taken for surnames there.
    if (sentence_start(first - 1)) {
      if (largest_population(candidate) >= kLargeCityPopulation / 5) continue;
    }
    surnames.insert(std::string(norm_of(first)));
  }

  // "Portland, Maine", "SAN JOSE, Calif.", "London, Ontario": a town's name
  // followed by ", " and a region or country (or a US state's abbreviation)
  // is the town of that region's country.
  auto placed_by_follower = [&](std::size_t index) -> std::optional<std::uint32_t> {
    const Candidate& candidate = candidates[index];
    if (candidate.payloads.size() < 2) return std::nullopt;
    std::vector<std::string_view> countries;
    if (const auto follower = comma_follower(index)) {
      const Candidate& next = candidates[*follower];
      if (next.rejected) return std::nullopt;
      for (std::uint32_t other : next.payloads) {
        if (places[other].kind != PlaceKind::kCity) countries.push_back(places[other].country);
      }
    } else {
      const std::size_t after = candidate.first_token + candidate.token_count;
      if (after >= tokens.size() ||
          norm.substr(tokens[after - 1].end, tokens[after].start - tokens[after - 1].end) !=
              ", ") {
        return std::nullopt;
      }
      // The abbreviation's tokens ("n", "y" of "N.Y.") end with a period.
      std::string abbreviation;
      std::size_t last = after;
      for (; last < tokens.size() && last < after + 2; ++last) {
        abbreviation += norm_of(last);
        if (tokens[last].end < norm.size() && norm[tokens[last].end] == '.') break;
      }
      if (last >= tokens.size() || last >= after + 2 ||
          !ReadTokenCase(raw_of(after)).capitalized || !Contains(kUsStateAbbreviations, abbreviation)) {
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
  };

  std::map<std::string, int> votes;
  for (std::size_t index = 0; index < candidates.size(); ++index) {
    Candidate& candidate = candidates[index];
    if (candidate.payloads.empty()) continue;  // unknown name before a strong type
    if (starts_demonym(candidate) || in_hyphen_compound(candidate)) {
      candidate.rejected = true;
      continue;
    }
    if (is_single_town(candidate) && candidate.type_tokens == 0 && !candidate.dateline &&
        (surnames.count(std::string(norm_of(candidate.first_token))) > 0 ||
         (!candidate.shouting && (followed_by_name(index) || heads_a_name_with_of(index))) ||
         followed_by_number(candidate))) {
      candidate.rejected = true;
      continue;
    }
    if (candidate.token_count == 1 && candidate.type_tokens == 0 &&
        Contains(kCompassWords, norm_of(candidate.first_token))) {
      candidate.rejected = true;
      continue;
    }
    if (next_is_organization_head(candidate) || continent_after_acronym(candidate) ||
        institution_word_after_name(candidate)) {
      candidate.rejected = true;
      continue;
    }
    const bool single = candidate.token_count == 1;
    const std::string_view key = norm_of(candidate.first_token);
    const bool month = single && month_names.count(std::string(key)) > 0;
    const bool common = single && (month || gazetteer.IsCommonWord(key));
    // Any reading a country, region or first-level region?
    const bool large = city_readings(candidate) < candidate.payloads.size();
    const bool small_shouted =
        candidate.shouting && !large && largest_population(candidate) < kShoutingMinPopulation;
    if (!common && !small_shouted) continue;
    bool evidence = candidate.dateline || candidate.type_tokens > 0;
    if (!evidence && !month && !candidate.shouting) {
      // "in Split", but not "in Central Asian countries".
      const std::size_t after = candidate.first_token + 1;
      const bool next_capitalized = after < tokens.size() && joined(after - 1, after) &&
                                    ReadTokenCase(raw_of(after)).capitalized;
      evidence = !next_capitalized &&
                 Contains(kPlacePrepositions, previous_word(candidate.first_token));
    }
    if (!evidence) {
      if (const auto follower = comma_follower(index)) {
        for (std::uint32_t payload : candidate.payloads) {
          for (std::uint32_t other : candidates[*follower].payloads) {
            if (places[other].kind != PlaceKind::kCity &&
                places[other].country == places[payload].country) {
              candidate.chosen = payload;
              evidence = true;
            }
          }
        }
      }
    }
    if (!evidence) candidate.rejected = true;
  }

  // Country votes from names that lie in one country only.
  for (const Candidate& candidate : candidates) {
    if (candidate.rejected || candidate.payloads.empty()) continue;
    const std::string& country = places[candidate.payloads.front()].country;
    if (country.empty()) continue;
    const bool one_country = std::all_of(
        candidate.payloads.begin(), candidate.payloads.end(),
        [&](std::uint32_t payload) { return places[payload].country == country; });
    if (one_country) ++votes[country];
  }
  std::string top_country;
  int top_votes = 0;
  for (const auto& [country, count] : votes) {
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
    if (const std::optional<std::uint32_t> placed = placed_by_follower(index)) {
      candidate.chosen = placed;
      continue;
    }
    candidate.chosen = Choose(candidate.payloads, votes);
    // A small town's name opening a sentence, in a document that names no
    // other place of its country, is more likely an ordinary word ("Cocoa
    // showers continued").
    const Place& place = places[*candidate.chosen];
    if (place.kind == PlaceKind::kCity && place.population < kShoutingMinPopulation &&
        candidate.token_count == 1 && candidate.type_tokens == 0 && !candidate.dateline &&
        !candidate.shouting && sentence_start(candidate.first_token) &&
        votes[place.country] <= 1) {
      candidate.rejected = true;
    }
  }
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
    candidate.country =
        candidate.context_country.empty() ? top_country : candidate.context_country;
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
      }
    }
  }

  for (const Candidate& candidate : candidates) {
    if (candidate.rejected) continue;
    const std::size_t last = candidate.first_token + candidate.token_count +
                             candidate.type_tokens - 1;
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
    const ByteSpan span = map.ToRaw(tokens[candidate.first_token].start, end);
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

void LocationExtractor::Extract(const TextView& text, const ExtractionContext& /*context*/,
                                std::vector<Mention>* out) const {
  impl_->Extract(text, out);
}

}  // namespace gleaner
