// Evidence that a gazetteer name is used as a place (see place_evidence.h).
#include "extractors/place_evidence.h"

#include <string>
#include <string_view>
#include <unordered_set>

namespace gleaner {
namespace {

// Words before a name that show it is used as a place ("in Mobile").
constexpr std::string_view kPlacePrepositions[] = {
    "in", "at", "near", "from", "outside", "into", "across", "around", "via", "toward",
    "towards", "visit", "visited", "visiting"};

// A city this large keeps its name before another capitalized word
// ("Almaty Academy"); smaller ones are taken for given names there.
constexpr std::uint64_t kLargeCityPopulation = 1000000;

// A town abroad smaller than this, opening a body's name in a release about
// Central Asia, is a word of that name ("Penal Reform International": Penal,
// Trinidad), not its seat as "Osh" in "Osh Youth Centre".
constexpr std::uint64_t kSmallTownPopulation = 50000;
constexpr std::string_view kFocusCountries[] = {"KZ", "KG", "TJ", "UZ", "TM", "AF"};

// Head words of bodies whose names open with a town's in the releases
// ("Termez Cargo Centre", "Osh Youth Centre", "Naryn State University").
// Also Central Asian local governments: "the Turkistan Regional Akimat",
// "the Andijan Regional Khokimiyat", "the Bishkek City Kenesh", a Kyrgyz
// district's "Kara-Suu District Akimiyat". And
// chambers of commerce and town halls: "the Batken Chamber of Commerce",
// "the Osh City Hall".
constexpr std::string_view kBodyHeadWords[] = {
    "centre",      "center",     "committee", "council",  "agency",     "office",
    "department",  "service",    "association", "union",  "institute",  "academy",
    "university",  "college",    "school",    "hospital", "court",      "administration",
    "directorate", "commission", "chamber",   "akimat",   "akimiat",    "akimiyat",
    "hokimiyat",   "khokimiyat", "khokimiat", "hokimlik", "kenesh",     "hall",
    // Tajikistan's local governments: "Khatlon Regional Executive Body of
    // State Power", "Vose District Hukumat".
    "body",        "hukumat"};

// Last words of research bodies' names, before the town of their seat:
// "Institute of Strategic Studies Islamabad".
constexpr std::string_view kResearchNameEnds[] = {"studies", "research"};

// How many capitalized words after a place may reach a public body's head.
constexpr std::size_t kPublicBodyHeadReach = 4;

// Heads of civil bodies' names a country may open: "Kazakhstan Press Club",
// "Kazakhstan International Bureau for Human Rights".
constexpr std::string_view kCivilBodyHeadWords[] = {"club", "foundation", "society", "bureau"};

// Capitalized offices after a region that keep it a place: "Texas Governor
// George W. Bush", "the Ohio Senator" (not "Texas Instruments").
constexpr std::string_view kOfficesAfterAPlace[] = {
    "governor",  "senator",     "mayor",      "secretary",   "attorney",      "lieutenant",
    "representative", "congressman", "congresswoman", "treasurer", "comptroller", "legislator",
    "assemblyman", "premier", "governors", "senators", "mayors"};
// The same abbreviated, with their dot: "Texas Sen. Phil Gramm" (not "Hun Sen").
constexpr std::string_view kAbbreviatedOfficesAfterAPlace[] = {"gov", "sen", "rep", "lt"};

// Words that, capitalized right after a place's name, make it the name of
// an agreement, a pact or a diplomatic process ("Paris Pact", "Lusaka
// Agreement", "Peking Protocol", "Kabul Process"; CoNLL-2003 tags such names
// MISC, not LOC). Not after another word ("Dushanbe Water Process" keeps
// its place).
constexpr std::string_view kAgreementWords[] = {
    "pact",     "agreement", "agreements", "accord", "accords", "protocol",
    "treaty",   "process",   "declaration", "principles", "consensus"};

// Head words of institutions that are also names of towns.
constexpr std::string_view kInstitutionWords[] = {"university", "college", "academy", "institute",
                                                  "hospital"};

class EvidenceJudge {
 public:
  EvidenceJudge(const LocationRules& rules, const LocationText& text, bool focus_document,
                std::vector<Candidate>& candidates)
      : focus_document_(focus_document),
        rules_(rules),
        gazetteer_(rules.gazetteer()),
        places_(rules.places()),
        text_(text),
        candidates_(candidates) {}

  void Run() {
    CollectSurnames();
    for (std::size_t index = 0; index < candidates_.size(); ++index) Judge(index);
  }

 private:
  // The word before `token` when one space (or a soft break) separates them.
  std::string_view PreviousWord(std::size_t token) const {
    if (token == 0 || !text_.SpaceBetween(token - 1)) return {};
    return text_.Norm(token - 1);
  }
  bool IsSingleTown(const Candidate& candidate) const {
    return candidate.token_count == 1 && !candidate.payloads.empty() &&
           std::all_of(candidate.payloads.begin(), candidate.payloads.end(),
                       [&](std::uint32_t payload) {
                         return places_[payload].kind == PlaceKind::kCity ||
                                places_[payload].kind == PlaceKind::kAdmin1;
                       });
  }
  // Capitalized word right before a town's name, mid-sentence ("MaliVai
  // Washington", "Bob Dole"), or a middle initial ("Dudley S. Taft"): the
  // town's name is a surname here, and in the rest of the document too.
  void CollectSurnames();
  void Judge(std::size_t index);
  // "Singapore Airlines", "U.S. Open": an organization's head word follows.
  bool NextIsOrganizationHead(const Candidate& candidate) const;
  // "Herat University", "Osh State Academy": a town named like an
  // institution (University, Florida), right after a capitalized word, is
  // that institution's head word.
  bool InstitutionWordAfterName(const Candidate& candidate) const {
    const std::size_t first = candidate.first_token;
    if (candidate.token_count != 1 || candidate.type_tokens != 0 || first == 0 ||
        !Contains(kInstitutionWords, text_.Norm(first)) || !text_.Joined(first - 1, first)) {
      return false;
    }
    return text_.Capitalized(first - 1) &&
           CityReadings(candidate, places_) == candidate.payloads.size();
  }
  // "the Paris Pact partners": a place's name opening an agreement's.
  bool OpensAnAgreementsName(const Candidate& candidate) const {
    const std::size_t after = candidate.end_token();
    return after < text_.size() && text_.Joined(after - 1, after) &&
           text_.SpaceBetween(after - 1) && text_.Capitalized(after) &&
           !text_.Case(after).all_caps && Contains(kAgreementWords, text_.Norm(after));
  }
  // "Women's Union", "Children's Hospital": a town's name owned by a
  // capitalized plural of people is the head of a body's name.
  bool OwnedByPeople(const Candidate& candidate) const {
    static constexpr std::string_view kPeople[] = {"women", "children", "men", "people"};
    const std::size_t first = candidate.first_token;
    if (candidate.token_count != 1 || candidate.type_tokens != 0 || first == 0) return false;
    // The tokens drop a possessive's "'s"; tokenized news writes "Women 's".
    std::size_t owner = first - 1;
    if (text_.GapAfter(owner) != "'s ") {
      if (owner == 0 || text_.Norm(owner) != "s" || text_.GapAfter(owner) != " " ||
          text_.GapAfter(owner - 1) != " '") {
        return false;
      }
      --owner;
    }
    return text_.Capitalized(owner) && Contains(kPeople, text_.Norm(owner)) &&
           CityReadings(candidate, places_) == candidate.payloads.size();
  }
  // "Spring 2024 - The State Border Service hosts ...": a season's name
  // before a year is a date (Spring, Texas; Summer, a town in Georgia).
  bool SeasonOfAYear(const Candidate& candidate) const {
    static constexpr std::string_view kSeasons[] = {"spring", "summer", "autumn", "fall",
                                                    "winter"};
    const std::size_t first = candidate.first_token;
    if (candidate.token_count != 1 || first + 1 >= text_.size() ||
        !Contains(kSeasons, text_.Norm(first)) || text_.GapAfter(first) != " ") {
      return false;
    }
    const std::string_view next = text_.Norm(first + 1);
    return next.size() == 4 && (next[0] == '1' || next[0] == '2') &&
           std::all_of(next.begin(), next.end(), [](char c) { return c >= '0' && c <= '9'; });
  }
  // A continent right after an all-caps word in ordinary text names a
  // programme or a unit ("STRIVE Asia"), not the continent.
  // (A continent joined by "and" to another region names the region a
  // body's unit serves: "the UNICEF Europe and Central Asia Regional
  // Office".)
  bool ContinentAfterAcronym(const Candidate& candidate) const {
    const std::size_t first = candidate.first_token;
    if (candidate.shouting || first == 0 || PreviousWord(first).empty()) return false;
    const std::size_t after = candidate.end_token();
    if (after + 1 < text_.size() && text_.Norm(after) == "and" && text_.SpaceBetween(after - 1) &&
        text_.SpaceBetween(after) && text_.Capitalized(after + 1) && !text_.AllCaps(after + 1)) {
      return false;
    }
    const bool continent = std::any_of(
        candidate.payloads.begin(), candidate.payloads.end(),
        [&](std::uint32_t payload) { return places_[payload].kind == PlaceKind::kContinent; });
    return continent && text_.AllCaps(first - 1);
  }
  // A place glued by a hyphen to a lower-case word is part of an adjective:
  // "U.S.-sponsored", "Kazakhstan-based", "anti-U.S.", "pro-Moscow".
  bool InHyphenatedAdjective(const Candidate& candidate) const;
  // "South Korean", "Central Asian": the next word extends the name into a
  // longer place's adjective, so the shorter name is not meant.
  bool StartsDemonym(const Candidate& candidate) const;
  // A town's name followed by a capitalized word that is no place is a
  // given name or a modifier of another name ("David Campese", "Magna
  // International"); large cities keep it ("Almaty Academy").
  bool FollowedByName(std::size_t index) const;
  // A small town's name before "of" and a capitalized word heads a body's
  // name: "University of Central Asia", "Union of Journalists".
  bool HeadsANameWithOf(std::size_t index) const;
  // "the Southern District of New York": a region's name before " of " and
  // a place that lies in none of its countries names a unit of that place
  // (Botswana's Southern District is not meant).
  bool UnitOfAnotherCountrysPlace(std::size_t index) const;
  // A town followed by a number is a team in a results table ("Surrey
  // 429"), unless the number is a year or a date (a dateline's "MANCHESTER
  // , England 1996-08-29", "Almaty 2019") or a preposition of place shows
  // the town ("edged Austria in Salzburg 3-2").
  bool FollowedByNumber(const Candidate& candidate) const;

  // "British Embassy Bishkek", "Graduate Institute Geneva", "Institute of
  // Strategic Studies Islamabad": a town after a body's head word (or the
  // last word of a research body's name) is the seat in the body's name,
  // no surname.
  bool EndsABodysHead(std::size_t token) const {
    return text_.Capitalized(token) && (Contains(kBodyHeadWords, text_.Norm(token)) ||
                                        Contains(kResearchNameEnds, text_.Norm(token)) ||
                                        text_.Norm(token) == "embassy");
  }
  // Whether every reading of `candidate` is a town of known population
  // under kSmallTownPopulation outside the focus countries.
  bool SmallTownAbroad(const Candidate& candidate) const {
    return !candidate.payloads.empty() &&
           std::all_of(candidate.payloads.begin(), candidate.payloads.end(),
                       [&](std::uint32_t payload) {
                         const Place& place = places_[payload];
                         return place.kind == PlaceKind::kCity && place.population > 0 &&
                                place.population < kSmallTownPopulation &&
                                !Contains(kFocusCountries, place.country);
                       });
  }
  // Whether token `after`, right after a candidate opening a body's name,
  // is a nation's adjective: the name before it is then the person the body
  // is named after, not its seat ("Magtymguly Turkmen State University",
  // "Al-Farabi Kazakh National University").
  bool NamesADedicatee(std::size_t after) const {
    return !gazetteer_.CountryOfDemonym(text_.Norm(after)).empty();
  }
  // Whether the candidate follows "named after": it names the person a
  // body or a place is named for, not a place, though a district may bear
  // the same name ("Khujand State University named after Bobojon Gafurov").
  bool FollowsNamedAfter(const Candidate& candidate) const {
    const std::size_t first = candidate.first_token;
    return first >= 2 && text_.Norm(first - 1) == "after" && text_.Norm(first - 2) == "named";
  }
  bool OpensALine(std::size_t token) const {
    const std::size_t from = text_.RawEnd(token - 1);
    const std::size_t to = text_.RawBegin(token);
    return to > from && text_.raw().substr(from, to - from).find('\n') != std::string_view::npos;
  }
  bool NamesACountry(const Candidate& candidate) const {
    return std::any_of(candidate.payloads.begin(), candidate.payloads.end(), [&](std::uint32_t p) {
      return places_[p].kind == PlaceKind::kCountry;
    });
  }

  // In a focus document: the capitalized words after token `after` end in
  // a body's head word within three words ("Termez Cargo Centre").
  bool OpensABodysName(std::size_t after) const {
    return HeadWithin(after, [&](std::string_view word) {
      return gazetteer_.IsOrganizationHead(word) || Contains(kBodyHeadWords, word);
    });
  }
  // The same with the words of public bodies only, not of companies or
  // teams: "the Japan International Cooperation Agency" names a body after
  // Japan, which the releases count as a place, while "Singapore Airlines"
  // stays a unit's name.
  // Four words reach the head of a research body's longer name ("Stockholm
  // International Peace Research Institute").
  bool OpensAPublicBodysName(std::size_t after) const {
    return HeadWithin(
        after, [](std::string_view word) { return Contains(kBodyHeadWords, word); },
        kPublicBodyHeadReach);
  }
  // The same with the heads of civil bodies: "Kazakhstan Press Club".
  bool OpensACivilBodysName(std::size_t after) const {
    return HeadWithin(after,
                      [](std::string_view word) { return Contains(kCivilBodyHeadWords, word); });
  }
  // Whether the capitalized words from token `after`, one space apart,
  // reach a word `is_head` accepts within three words.
  template <typename IsHead>
  bool HeadWithin(std::size_t after, const IsHead& is_head, std::size_t reach = 3) const {
    for (std::size_t i = after; i < text_.size() && i < after + reach; ++i) {
      if (i > after && !text_.SpaceBetween(i - 1)) return false;
      if (!text_.Capitalized(i)) return false;
      if (is_head(text_.Norm(i))) return true;
    }
    return false;
  }

  const bool focus_document_;
  const LocationRules& rules_;
  const Gazetteer& gazetteer_;
  const std::vector<Place>& places_;
  const LocationText& text_;
  std::vector<Candidate>& candidates_;
  std::unordered_set<std::string> surnames_;
};

void EvidenceJudge::CollectSurnames() {
  const std::vector<Token>& tokens = text_.tokens();
  for (std::size_t index = 0; index < candidates_.size(); ++index) {
    const Candidate& candidate = candidates_[index];
    // Towns' names are surnames; a region's alone is not ("Yeltsin endorses
    // Lebed Chechnya peace plan").
    if (candidate.shouting || !IsSingleTown(candidate) || CityReadings(candidate, places_) == 0) {
      continue;
    }
    const std::size_t first = candidate.first_token;
    if (first >= 2 && text_.norm().substr(tokens[first - 1].end, 2) == ". " &&
        tokens[first - 1].end == tokens[first].start - 2 && text_.Raw(first - 1).size() == 1 &&
        text_.Capitalized(first - 1) && text_.SpaceBetween(first - 2) &&
        text_.Capitalized(first - 2) && !text_.SentenceStart(first - 2)) {
      // A middle initial before it: "Dudley S. Taft".
      surnames_.insert(std::string(text_.Norm(first)));
      continue;
    }
    if (first == 0 || PreviousWord(first).empty()) continue;
    // A town opening a line follows no name: the word before ends the line
    // above ("First Deputy Khokim" / "Dashoguz Velayat Hakimlik - ...").
    if (OpensALine(first)) continue;
    const bool previous_is_place =
        index > 0 && candidates_[index - 1].end_token() == first;
    const TokenCase previous_case = text_.Case(first - 1);
    // Nor after a month's name ("The August Chicago NAPM rose").
    if (previous_is_place || !previous_case.capitalized || previous_case.all_caps ||
        Contains(kNameConnectors, text_.Norm(first - 1)) ||
        Contains(kPlacePrepositions, text_.Norm(first - 1)) ||
        rules_.IsMonth(text_.Norm(first - 1)) || EndsABodysHead(first - 1)) {
      continue;
    }
    // At a sentence start the capital may be grammar ("Visiting Paris"), so
    // only small towns are taken for surnames there.
    if (text_.SentenceStart(first - 1)) {
      if (LargestPopulation(candidate, places_) >= kLargeCityPopulation / 5) continue;
    }
    surnames_.insert(std::string(text_.Norm(first)));
  }
}

bool EvidenceJudge::NextIsOrganizationHead(const Candidate& candidate) const {
  const std::size_t after = candidate.end_token();
  if (after >= text_.size()) return false;
  // "U.S. Open": an abbreviation's final dot may stand between them.
  const bool abbreviation = candidate.token_count > 1 && text_.GapAfter(after - 1) == ". " &&
                            text_.norm().substr(text_.tokens()[after - 2].end, 1) == ".";
  if (!text_.Joined(after - 1, after) && !abbreviation) return false;
  // "... of the Republic of Kazakhstan\nPress release": a release's label
  // under a letterhead, not a press's name.
  if (text_.Norm(after) == "press" && after + 1 < text_.size() &&
      (text_.Norm(after + 1) == "release" || text_.Norm(after + 1) == "releases") &&
      !text_.Capitalized(after + 1)) {
    return false;
  }
  return text_.Capitalized(after) && gazetteer_.IsOrganizationHead(text_.Norm(after));
}

bool EvidenceJudge::InHyphenatedAdjective(const Candidate& candidate) const {
  const std::string_view raw = text_.raw();
  const auto is_lower = [&](std::size_t at) {
    return at < raw.size() && raw[at] >= 'a' && raw[at] <= 'z';
  };
  std::size_t after = text_.RawEnd(candidate.end_token() - 1);
  if (after < raw.size() && raw[after] == '.') ++after;
  if (after + 1 < raw.size() && raw[after] == '-' && is_lower(after + 1)) return true;
  const std::size_t before = text_.RawBegin(candidate.first_token);
  return before >= 2 && raw[before - 1] == '-' && is_lower(before - 2);
}

bool EvidenceJudge::StartsDemonym(const Candidate& candidate) const {
  const std::size_t after = candidate.first_token + candidate.token_count;
  if (after >= text_.size() || !text_.Joined(after - 1, after)) return false;
  std::string key;
  for (std::size_t i = candidate.first_token; i < after; ++i) {
    if (!key.empty()) key += ' ';
    key += text_.Norm(i);
  }
  const std::string_view next = text_.Norm(after);
  for (std::size_t cut = 1; cut <= 3 && cut + 2 < next.size(); ++cut) {
    if (gazetteer_.names().Lookup(key + " " + std::string(next.substr(0, next.size() - cut)))) {
      return true;
    }
  }
  return false;
}

bool EvidenceJudge::FollowedByName(std::size_t index) const {
  const Candidate& candidate = candidates_[index];
  const std::size_t after = candidate.first_token + 1;
  if (after >= text_.size() || !text_.Joined(after - 1, after)) return false;
  if (!text_.SpaceBetween(after - 1)) return false;
  const TokenCase next_case = text_.Case(after);
  if (!next_case.capitalized || next_case.all_caps || text_.Raw(after).size() < 2) return false;
  if (index + 1 < candidates_.size() && candidates_[index + 1].first_token == after) return false;
  if (focus_document_ && OpensABodysName(after) && !SmallTownAbroad(candidate) &&
      !NamesADedicatee(after)) {
    return false;
  }
  // A label opening the next line: "... OSCE Programme Office in Bishkek\n
  // Tel.: +996 ...", "Phone:", "E-mail:" in a release's contacts block.
  if (text_.GapAfter(after - 1).find('\n') != std::string_view::npos) {
    const std::string_view gap = text_.GapAfter(after);
    const std::size_t mark = gap.find_first_not_of(". ");
    if (mark != std::string_view::npos && gap[mark] == ':') return false;
  }
  // A state's or province's officer: "Texas Governor George W. Bush", "the
  // Ohio Senator", "Alberta Premier Don Getty" (a town's name there opens
  // a body's: "Union Secretary Sam Jennings").
  const bool region = CityReadings(candidate, places_) < candidate.payloads.size();
  const auto dotted = [&](std::size_t token) {  // "Sen." or, tokenized, "Sen ."
    if (token + 1 >= text_.size()) return false;
    const std::string_view gap = text_.GapAfter(token);
    const std::size_t mark = gap.find_first_not_of(' ');
    return mark != std::string_view::npos && gap[mark] == '.';
  };
  if (region && (Contains(kOfficesAfterAPlace, text_.Norm(after)) ||
                 (Contains(kAbbreviatedOfficesAfterAPlace, text_.Norm(after)) && dotted(after)))) {
    return false;
  }
  return LargestPopulation(candidate, places_) < kLargeCityPopulation;
}

bool EvidenceJudge::HeadsANameWithOf(std::size_t index) const {
  const Candidate& candidate = candidates_[index];
  const std::size_t of = candidate.first_token + 1;
  if (of + 1 >= text_.size() || text_.Norm(of) != "of" || !text_.SpaceBetween(of - 1) ||
      !text_.SpaceBetween(of)) {
    return false;
  }
  if (text_.Capitalized(of) || !text_.Capitalized(of + 1)) return false;
  return LargestPopulation(candidate, places_) < kLargeCityPopulation;
}

bool EvidenceJudge::UnitOfAnotherCountrysPlace(std::size_t index) const {
  const Candidate& candidate = candidates_[index];
  if (index + 1 >= candidates_.size()) return false;
  const Candidate& next = candidates_[index + 1];
  const std::size_t end = candidate.end_token();
  if (next.first_token != end + 1 || next.payloads.empty() || text_.Norm(end) != "of" ||
      !text_.SpaceBetween(end - 1) || !text_.SpaceBetween(end)) {
    return false;
  }
  for (std::uint32_t payload : candidate.payloads) {
    const Place& place = places_[payload];
    if (place.kind != PlaceKind::kRegion && place.kind != PlaceKind::kAdmin1) return false;
    if (place.country.empty()) return false;
    for (std::uint32_t other : next.payloads) {
      if (places_[other].country == place.country) return false;
    }
  }
  return true;
}

bool EvidenceJudge::FollowedByNumber(const Candidate& candidate) const {
  const std::string_view raw = text_.raw();
  const std::size_t after_byte = text_.RawEnd(candidate.first_token + candidate.token_count - 1);
  const auto is_digit = [&](std::size_t at) {
    return at < raw.size() && raw[at] >= '0' && raw[at] <= '9';
  };
  if (!(after_byte + 1 < raw.size() && raw[after_byte] == ' ' && is_digit(after_byte + 1))) {
    return false;
  }
  const std::string_view before = PreviousWord(candidate.first_token);
  if ((before == "in" || before == "at") && !text_.Capitalized(candidate.first_token - 1)) {
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
}

void EvidenceJudge::Judge(std::size_t index) {
  Candidate& candidate = candidates_[index];
  if (candidate.payloads.empty()) return;  // an unknown name, judged by its context already
  if (StartsDemonym(candidate) || InHyphenatedAdjective(candidate) ||
      FollowsNamedAfter(candidate)) {
    candidate.rejected = true;
    return;
  }
  // After a French elided "d'" or "l'" only a country's name is read as a
  // place, after a lower-case word ("Institut français d'Ouzbékistan"; not
  // "l'Union de Garantie", "Banca d'America e d'Italia").
  if (const std::size_t first = candidate.first_token;
      first > 0 && text_.GapAfter(first - 1) == "'" &&
      (text_.Norm(first - 1) == "d" || text_.Norm(first - 1) == "l") &&
      !(NamesACountry(candidate) && !text_.Capitalized(first - 1) && first > 1 &&
        text_.SpaceBetween(first - 2) && !text_.Capitalized(first - 2))) {
    candidate.rejected = true;
    return;
  }
  if (IsSingleTown(candidate) && candidate.type_tokens == 0 && !candidate.dateline &&
      (surnames_.count(std::string(text_.Norm(candidate.first_token))) > 0 ||
       (!candidate.shouting && (FollowedByName(index) || HeadsANameWithOf(index))) ||
       FollowedByNumber(candidate))) {
    candidate.rejected = true;
    return;
  }
  if (candidate.token_count == 1 && candidate.type_tokens == 0 &&
      Contains(kCompassWords, text_.Norm(candidate.first_token))) {
    candidate.rejected = true;
    return;
  }
  const bool names_a_public_body =
      focus_document_ && OpensAPublicBodysName(candidate.end_token());
  // In a release about the focus region a country opening the name of a
  // club or a foundation is a place, as GUIDELINES has it ("Kazakhstan Press
  // Club"); a brand's or an event's is not ("Singapore Airlines", "U.S. Open").
  const bool country_in_a_focus_name = focus_document_ && NamesACountry(candidate) &&
                                       OpensACivilBodysName(candidate.end_token());
  if ((NextIsOrganizationHead(candidate) && !names_a_public_body && !country_in_a_focus_name) ||
      ContinentAfterAcronym(candidate) || OpensAnAgreementsName(candidate) ||
      InstitutionWordAfterName(candidate) || OwnedByPeople(candidate) || SeasonOfAYear(candidate) ||
      UnitOfAnotherCountrysPlace(index)) {
    candidate.rejected = true;
    return;
  }
  const bool single = candidate.token_count == 1;
  const std::string_view key = text_.Norm(candidate.first_token);
  const bool month = single && rules_.IsMonth(key);
  const bool common = single && (month || gazetteer_.IsCommonWord(key));
  // Any reading a country, region or first-level region?
  const bool large = CityReadings(candidate, places_) < candidate.payloads.size();
  const bool small_shouted = candidate.shouting && !large &&
                             LargestPopulation(candidate, places_) < kShoutingMinPopulation;
  if (!common && !small_shouted) return;
  bool evidence = candidate.dateline || candidate.type_tokens > 0;
  if (!evidence && !month && !candidate.shouting) {
    // "in Split", but not "in Central Asian countries".
    const std::size_t after = candidate.first_token + 1;
    const bool next_capitalized = text_.CapitalizedJoinedAfter(after - 1);
    evidence = !next_capitalized &&
               Contains(kPlacePrepositions, PreviousWord(candidate.first_token));
  }
  if (!evidence) {
    if (const auto follower = CommaFollower(text_, candidates_, index)) {
      for (std::uint32_t payload : candidate.payloads) {
        for (std::uint32_t other : candidates_[*follower].payloads) {
          if (places_[other].kind != PlaceKind::kCity &&
              places_[other].country == places_[payload].country) {
            candidate.chosen = payload;
            evidence = true;
          }
        }
      }
    }
  }
  if (!evidence) candidate.rejected = true;
}

}  // namespace

void RejectNonPlaces(const LocationRules& rules, const LocationText& text, bool focus_document,
                     std::vector<Candidate>* candidates) {
  EvidenceJudge(rules, text, focus_document, *candidates).Run();
}

}  // namespace gleaner
