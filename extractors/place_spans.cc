// Place-type words and unknown place names for the location extractor (see
// place_spans.h). One object of PlaceSweep holds the state of one sweep.
#include "extractors/place_spans.h"

#include <algorithm>
#include <iterator>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace gleaner {
namespace {

// Up to this many capitalized words before a strong place type form a name.
constexpr std::size_t kMaxUnknownNameTokens = 3;

// Place-type words for one settlement: "the West Bank town of Ramallah".
constexpr std::string_view kSettlementWords[] = {"town", "city", "village", "port", "capital"};
// Words before a place's name: "in Velten, Germany", "over Lockerbie, Scotland".
constexpr std::string_view kPrepositionsOfPlace[] = {"in", "at", "near", "from", "over",
                                                     "outside", "around"};
// Capitalized words that end the name of a square, a stadium, a prison...
// ("Tiananmen Square", "Changi Prison").
constexpr std::string_view kFacilityWords[] = {"square", "stadium", "airport", "prison", "park",
                                               "road", "street", "avenue", "bridge", "reservoir"};
// Facility words that, in lower case, follow a place's name ("the Kosevo
// stadium", "Stansted airport", "Insein prison"); and of those the ones
// never capitalized as part of a name.
// Natural features count too ("the southern Mindanao island", "the
// nearby Pamir mountains", "the Kunar river").
// Places of worship, checkpoints and ports too ("Jerusalem 's al-Aqsa
// mosque", "the Saint-Bernard church", "the al-Ram checkpoint", "Jakarta 's
// Tanjung Priok port").
constexpr std::string_view kLowerCaseFacilityWords[] = {
    "airport", "stadium",  "prison",   "jail",  "island",     "river",      "valley",
    "mountains", "mosque", "church",   "cathedral", "temple", "shrine",     "monastery",
    "checkpoint", "sanatorium", "port", "harbour",   "harbor", "crossing", "reservoir"};
// Natural features, which when capitalized also end companies' names
// ("James River said", "Bow Valley shares"): such a name needs "the" or a
// preposition before it ("on Admiralty Island", "the Evros River", "from
// the Kasansay Reservoir").
constexpr std::string_view kNaturalFeatureWords[] = {"island", "river", "valley", "mountains",
                                                     "reservoir"};
constexpr std::string_view kWordsBeforeAFeature[] = {"the",  "in",   "on",   "at",    "near",
                                                     "to",   "from", "over", "along", "across",
                                                     "into", "off"};
constexpr std::string_view kLowerCaseOnlyFacilityWords[] = {
    "jail",     "camp",      "mosque",     "church", "cathedral", "temple",  "shrine",
    "monastery", "checkpoint", "sanatorium", "port",   "harbour",   "harbor", "crossing"};
// Lower-case nouns after a facility word that make it their attribute:
// "a Rio port spokesman", "the Cap Haitien church radio".
constexpr std::string_view kFacilityAttributeNouns[] = {
    "spokesman", "spokeswoman", "official", "officials", "authority", "authorities", "workers",
    "operator",  "operators",   "project",  "projects",  "director",  "manager",     "police",
    "guards",    "staff",       "radio",    "fees",      "charges",   "strike",      "union"};
// Words that open sentences, never a facility's name ("But Wall Street").
constexpr std::string_view kOpeningWords[] = {
    "a",    "an",  "the", "but", "and", "or",    "for",  "in",    "at",   "on",   "by",
    "to",   "of",  "as",  "if",  "so",  "while", "when", "after", "some", "many", "most",
    "all",  "its", "his", "her", "their", "our", "this", "that", "these", "those"};
// Adjectives of facilities' names that do not name one alone.
constexpr std::string_view kGenericFacilityWords[] = {
    "international", "national", "central", "main", "new", "old", "business", "research",
    "industrial", "science", "technology", "memorial", "city", "state", "county", "regional",
    "republican", "municipal", "federal", "democratic", "socialist"};
// Capitalized words that make the known name after them a lake's or a
// mountain's: "Lake Michigan", "Mount Kilimanjaro".
constexpr std::string_view kFeaturePrefixes[] = {"lake", "mount", "mt", "mountain"};
// Words before "in" that set something in a place, so that the one
// capitalized word closing the sentence after it is a town in a release
// about the region: verbs of being or setting up somewhere and the local
// institutions a release places ("it will open in Kadamjay.", "the women's
// council in Chorkuh."). Not "published in Dari.", "adopted in
// Parliament.", "values in Islam.", "meetings in Zoom.": a language, a body,
// a faith or a product closes such sentences as often as a town does.
constexpr std::string_view kSitingWords[] = {
    "open",    "opens",     "opened",   "opening",  "live",      "lives",     "lived",
    "living",  "based",     "located",  "situated", "stationed", "settled",   "born",
    "held",    "hosted",    "built",    "launched", "arrived",   "returned",  "stayed",
    "council", "committee", "school",   "schools",  "centre",    "center",    "office",
    "mosque",  "market",    "hospital", "clinic",   "college",   "library",   "court",
    "police",  "village",   "villages", "families", "residents", "women",     "youth"};
// Lower-case words inside a place's name that is not in the gazetteer:
// "Dar es Salaam", "Rio do Sul" (not "and" or "of", which join two names).
// Persian ezafe too: "Qasr-e-Shirin".
constexpr std::string_view kNameParticles[] = {"es", "de", "del", "da", "do", "dos", "das",
                                               "la", "el", "al", "du", "des", "der", "van",
                                               "von", "e", "i"};
// Lower-case place-type words that, followed by "of", introduce a place's
// name, known to the gazetteer or not: "the town of Tacambaro", "the
// southern province of Guangdong", "the island of Mindanao". ("capital" is
// not one: "the capital of Ciba-Geigy" is money.)
constexpr std::string_view kTypesBeforeOf[] = {
    "town",   "city",     "village", "hamlet",  "port",       "province", "region",
    "county", "district", "island",  "township", "municipality", "suburb", "commune",
    "prefecture", "oblast"};
// Their plurals introduce a list of names: "the mining towns of
// Barentsburg and Pyramiden", "the villages of Hasanabad , Kalata and
// Sarband".
constexpr std::string_view kPluralTypesBeforeOf[] = {
    "towns", "cities", "villages", "hamlets", "ports", "provinces", "regions", "counties",
    "districts", "islands", "townships", "municipalities", "suburbs", "prefectures",
    "oblasts"};
// Place-type words of an apposition that names the place before it:
// "Kara-Bulak, a village in Batken district", "Tem, a small town in ...".
constexpr std::string_view kAppositiveTypes[] = {"village", "town", "city", "settlement",
                                                 "district", "region", "hamlet"};
// ("state of" and "settlement of" are too often the condition of a thing
// and a debt's: "the state of EC finances", "settlement of Polish debt".)
// Lower-case words of direction and nearness that, followed by "of", do
// the same: "10 km east of Basra", "just east of Longyear", "off the coast
// of Newfoundland", "on the outskirts of Kabul".
constexpr std::string_view kDirectionsBeforeOf[] = {
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "coast", "outskirts", "suburbs", "shores"};

// Capitalized words (at a sentence start) that before a focus place type
// ("This district") name no district.
constexpr std::string_view kNotDistrictNames[] = {
    "this", "that", "each", "every", "one", "any", "another", "same", "whole", "entire", "our",
    "their", "its", "his", "her", "which", "whose", "new", "old", "first", "second", "third",
    "neighbouring", "neighboring", "remote", "rural", "urban", "border", "mountainous", "pilot",
    "target", "other", "all", "both", "several", "many", "some", "most", "no", "a", "an",
    "school", "police", "health", "electoral", "business", "financial", "central", "federal"};

// Weak place-type words that, in lower case, also make the unknown
// capitalized name right before them a place in any document: "Huize
// county", "the eastern Sharqiyah province", "al-Daih village".
constexpr std::string_view kNamingWeakTypes[] = {"province", "county",       "village",
                                                 "prefecture", "municipality", "governorate",
                                                 "region"};
// Capitalized words of peoples and faiths that before such a type describe
// it ("the Kurdish region", "a Muslim village"); nationality adjectives of
// countries are the gazetteer's demonyms.
constexpr std::string_view kPeopleWords[] = {
    "arab",  "kurdish", "muslim", "christian", "jewish", "catholic", "orthodox", "protestant",
    "sunni", "shi'ite", "shiite", "hindu",     "buddhist", "druze",  "alawite",  "tamil",
    "sikh",  "basque",  "catalan", "berber",   "tibetan", "uighur",  "uyghur",   "serb",
    "croat", "bedouin", "pashtun", "tajik",    "uzbek",   "kazakh",  "kyrgyz",   "turkmen",
    "hazara", "baluch", "karen",  "shan",      "kachin",  "zulu",    "xhosa",    "hutu",
    "tutsi", "moslem", "islamic", "himalayan", "alpine", "andean", "caucasian", "saharan",
    "amazonian", "coastal", "autonomous", "tribal", "frontier", "asian", "european", "african",
    "oceanian", "nordic", "scandinavian", "slavic", "latin", "mediterranean", "baltic"};
// Lower-case nouns that after a weak type make it an attribute of theirs,
// not a place's type: "the FmHA county office", "Posted county prices".
constexpr std::string_view kTypeAttributeNouns[] = {
    "office", "offices", "official", "officials", "government", "governments", "council",
    "councils", "court", "courts", "level", "levels", "price", "prices", "seat", "line",
    "lines", "commissioner", "commissioners", "chief", "chiefs", "police", "authority",
    "authorities", "administration", "board", "boards", "committee", "committees", "fair",
    "elections", "election", "assembly", "legislature", "officer", "officers", "agent", "agents"};
// Prefixes hyphened to a place type that make it an adjective of relation:
// "Inter-District Court", "Inter-Regional", "Cross-Border".
constexpr std::string_view kRelationPrefixes[] = {"inter", "intra", "cross", "trans", "multi"};
// Words that, capitalized at a sentence start, open no name before a type:
// "By region, Britain contributed".
constexpr std::string_view kSentenceOpeners[] = {"by", "in", "for", "per", "across", "within",
                                                 "from", "to", "at", "on", "with", "each"};

// An unknown name that its context shows to be a place: capitalized words
// after "<type> of", which grow from `first` (end 0); or, with a fixed end,
// a name before ", <known country or region>", before "near <known place>",
// or a facility's name.
struct IntroducedName {
  std::size_t first = 0;
  std::size_t end = 0;  // 0: grows over the capitalized words from `first`
  std::string country;
  bool first_word_judged = false;  // the introducer has vetted the opening word ("The")
  bool nearest_country_first = false;  // see Candidate
};

}  // namespace

// The state of one sweep over one text.
class PlaceSweep {
 public:
  PlaceSweep(const PlaceSpanner& spanner, const LocationText& text, bool focus_document,
             bool team_sport, std::vector<Candidate>* candidates)
      : rules_(spanner.rules_),
        gazetteer_(spanner.rules_.gazetteer()),
        places_(spanner.rules_.places()),
        spanner_(spanner),
        text_(text),
        focus_document_(focus_document),
        team_sport_(team_sport),
        candidates_(*candidates) {}

  void Run() {
    JoinFeaturePrefixes();
    if (focus_document_) AddNamesListedBeforePluralTypes();
    CollectCues();
    IntroduceBeforeCommaRegion();
    IntroduceBeforeNear();
    IntroduceBeforeAppositiveType();
    if (focus_document_) {
      IntroduceCoordinatedWithATown();
      IntroduceAfterAPrepositionOfMovement();
      IntroduceAfterInAtASentencesEnd();
    }
    std::sort(introduced_.begin(), introduced_.end(),
              [](const IntroducedName& x, const IntroducedName& y) { return x.first < y.first; });
    with_unknown_.reserve(candidates_.size());
    for (std::size_t index = 0; index < candidates_.size(); ++index) {
      Candidate& candidate = candidates_[index];
      FlushUnknownBefore(candidate.first_token);
      if (candidate.first_token < next_free_token_) continue;
      if (LongerIntroducedNameAt(index)) continue;
      if (InHyphenCompound(index)) continue;
      JoinPlaceType(index);
      next_free_token_ = candidate.end_token();
      with_unknown_.push_back(std::move(candidate));
    }
    FlushUnknownBefore(text_.size());
    candidates_.swap(with_unknown_);
    AddOtherMentionsOfUnknownNames();
  }

 private:
  // "Rudaki and Vose districts", "Aksy, Nooken and Suzak districts": in a
  // document about the focus region, each capitalized name of a list of two
  // or more before a plural place type is a place; known ones are
  // candidates already, the others are added as unknown names.
  void AddNamesListedBeforePluralTypes();
  // The place-type words at `token` (one or two), their length and whether
  // they are strong (and of focus strength).
  bool PlaceTypeAt(std::size_t token, std::size_t* length, bool* strong,
                   bool* focus = nullptr) const;
  // "Lake Michigan", "Mount Kilimanjaro": a known name after a capitalized
  // lake or mountain word is part of that feature's name, which lies in
  // the name's country when all its readings agree.
  void JoinFeaturePrefixes();
  // One pass over the tokens: "of" after a place type, facility words,
  // then strong place types (lower-case words).
  void CollectCues();
  // "<type> of" and a capitalized word (kTypesBeforeOf) at `token` ("of").
  void IntroduceAfterOf(std::size_t token);
  // After a plural type and "of": the names that follow the one at `first`
  // in a list joined by commas and "and".
  void IntroduceListAfter(std::size_t first);
  // In a team-sport report, one or two capitalized words after "at" (at
  // `token`) and before no other capitalized word: a venue ("at The Oval",
  // "at Old Trafford", "at Flushing Meadows").
  void IntroduceVenue(std::size_t token);
  // A capitalized facility word after up to two capitalized words the
  // gazetteer does not know: "Tiananmen Square", "Changi Prison", "Ellis
  // Park", "Grace Road".
  void IntroduceFacility(std::size_t token);
  // A name before ", " and a known country or region, in a dateline or
  // after a preposition of place: "LONGYEAR , Norway 1996-08-30", "over
  // Lockerbie , Scotland".
  void IntroduceBeforeCommaRegion();
  // "in Velten near Berlin", "at the Barvikha sanatorium outside Moscow"
  // (the capitalized words right before "near"/"outside" and a known place,
  // after a preposition of place).
  void IntroduceBeforeNear();
  // "Kara-Bulak, a village in Batken district": capitalized words before
  // ", a|an [word] <settlement type> in <known place>" name a place of that
  // place's country (of the nearest known place when it has several).
  void IntroduceBeforeAppositiveType();
  // "the port of Sher Khan Bandar": when the known name at `known_token`
  // that ends a capitalized run after "<type> of" is one town's word alone
  // (Bandar, Indonesia) and no capitalized word follows it, the end of the
  // longer name that takes it in; else 0.
  std::size_t EndOverATownsWord(std::size_t known_token) const;
  // The token of "a"/"an" opening ", a [word] <type> in" before `in`, or 0.
  std::size_t AppositionArticleBefore(std::size_t in) const;
  // In a document about the focus region, whose every town the gazetteer
  // has under some spelling: a capitalized word joined by "and" to a known
  // town is a town spelt otherwise ("Talgar and Kaskelen", "Taldykorgan
  // and Konayev"), or listed by commas between two known towns
  // ("Ishkashim, Tem, Ruzvai").
  void IntroduceCoordinatedWithATown();
  // Also there: one capitalized word after "through", "via" or "to" and
  // before "and", a comma or a full stop ("trade through Torghundi and
  // Aqina", "across the bridge to Hairatan and on to Mazar-i-Sharif").
  void IntroduceAfterAPrepositionOfMovement();
  // Also there: one capitalized word after a lower-case "in" that ends a
  // sentence ("In September, it will open in Kadamjay."), unless a
  // title-case run holds the "in" ("Extremism in Prisons.").
  void IntroduceAfterInAtASentencesEnd();
  // Whether token `token`, before that "in", sets something in a place: a
  // verb of being or setting up somewhere, or a local institution.
  bool SitesBefore(std::size_t token) const;
  // A lower-case name particle hyphened to the word after it: the "al" of
  // "al-Aqsa", "al-Daih".
  bool HyphenedParticleAt(std::size_t token) const {
    return token + 1 < text_.size() && !text_.Capitalized(token) &&
           text_.GapAfter(token) == "-" && Contains(kNameParticles, text_.Norm(token));
  }
  // A people's, faith's or continent's adjective, or a nation's demonym:
  // before a place type or a facility it describes the thing ("the Kurdish
  // region", "a Turkish prison", "the Catholic church"), names no place.
  bool NamesAPeople(std::string_view word) const {
    return Contains(kPeopleWords, word) || !gazetteer_.CountryOfDemonym(word).empty();
  }
  // A word that cannot open an unknown place's name: a common word the
  // gazetteer lists, a connector ("of", "and"), a month, or a number word
  // opening a sentence or a quotation ('"One valley, one future"').
  bool OpensNoName(std::size_t token) const {
    const std::string_view word = text_.Norm(token);
    return gazetteer_.IsCommonWord(word) || Contains(kNameConnectors, word) ||
           rules_.IsMonth(word) ||
           (Contains(kNumberWords, word) && text_.SentenceStart(token));
  }
  // The first of up to kMaxUnknownNameTokens capitalized words joined to one
  // another that end at `last`.
  std::size_t CapitalizedRunEndingAt(std::size_t last) const {
    std::size_t first = last;
    while (first > 0 && last - first + 1 < kMaxUnknownNameTokens &&
           text_.Joined(first - 1, first) && text_.Capitalized(first - 1)) {
      --first;
    }
    return first;
  }
  // A token after a line break or a full stop, question or exclamation
  // mark (not after a quote: 'the war-devastated " Kosevo stadium').
  bool OpensSentence(std::size_t token) const {
    const std::string_view raw = text_.raw();
    std::size_t i = text_.RawBegin(token);
    while (i > 0 && (raw[i - 1] == ' ' || raw[i - 1] == '\t')) --i;
    return i == 0 || raw[i - 1] == '\n' || raw[i - 1] == '\r' || raw[i - 1] == '.' ||
           raw[i - 1] == '!' || raw[i - 1] == '?';
  }
  // A lower-case preposition of place joined right before `first` ("in").
  bool AfterPrepositionOfPlace(std::size_t first) const {
    return first > 0 && text_.Joined(first - 1, first) &&
           Contains(kPrepositionsOfPlace, text_.Norm(first - 1)) && !text_.Capitalized(first - 1);
  }
  // The country a capitalized adjective names, from the gazetteer's
  // demonyms: "Indonesian", "Tanzanian", "Iraqi", "South African".
  std::string CountryOfAdjective(std::size_t token) const;
  // Adds an introduced unknown name, ending before `limit_token` (where the
  // next known name starts).
  void AddIntroduced(const IntroducedName& name, std::size_t limit_token);
  // The country all of a known candidate's readings lie in, or "".
  std::string SharedCountry(const Candidate& candidate) const {
    if (candidate.payloads.empty()) return {};
    const std::string& country = places_[candidate.payloads.front()].country;
    for (std::uint32_t payload : candidate.payloads) {
      if (places_[payload].country != country) return {};
    }
    return country;
  }
  // An introduced name of fixed end that starts where candidate `index`
  // does and ends after it replaces it ("the city 's Green Square", where
  // "Green" is a town); returns whether it did.
  bool LongerIntroducedNameAt(std::size_t index) {
    const Candidate& candidate = candidates_[index];
    if (introduced_index_ >= introduced_.size()) return false;
    const IntroducedName& name = introduced_[introduced_index_];
    const std::size_t candidate_end = candidate.first_token + candidate.token_count;
    if (name.first != candidate.first_token || name.end == 0 || name.end <= candidate_end) {
      return false;
    }
    // A known place's possessive is no longer name ("at Jerusalem 's").
    if (name.end == candidate_end + 1 && text_.Norm(candidate_end) == "s") return false;
    const std::size_t limit =
        index + 1 < candidates_.size() ? candidates_[index + 1].first_token : text_.size();
    // The known place's country, when all its readings agree ("the Ohio
    // River").
    IntroducedName longer = introduced_[introduced_index_++];
    if (longer.country.empty()) longer.country = SharedCountry(candidate);
    const std::size_t added = with_unknown_.size();
    AddIntroduced(longer, limit);
    return with_unknown_.size() != added;
  }
  // Adds the unknown names (introduced ones and those before strong types)
  // that start before `limit_token`, in text order.
  void FlushUnknownBefore(std::size_t limit_token);
  // A capitalized word hyphen-joined to a name, and not a name itself, makes
  // it part of a longer unknown name ("Kara" in "Kara-Buura").
  bool InHyphenCompound(std::size_t index) const;
  // Joins the place-type words after candidate `index` to its span.
  void JoinPlaceType(std::size_t index);
  // A place type used in one country only ("Navbahor jamoat", "Papan aiyl
  // okmotu") puts the name in that country: its readings elsewhere (an
  // Uzbek town Navbahor) go, and a name with none there is an unknown one
  // of that country.
  void KeepTypeCountry(Candidate& candidate, std::size_t type_token, std::size_t length) const;
  // An unknown name the text has shown to be a place is one wherever else
  // the document writes it alone ("LONGYEAR , Norway 1996-08-30" ...
  // "Longyear is a town in mourning").
  void AddOtherMentionsOfUnknownNames();

  const LocationRules& rules_;
  const Gazetteer& gazetteer_;
  const std::vector<Place>& places_;
  const PlaceSpanner& spanner_;
  const LocationText& text_;
  const bool focus_document_;
  const bool team_sport_;
  std::vector<Candidate>& candidates_;

  std::vector<Candidate> with_unknown_;
  std::size_t next_free_token_ = 0;
  std::vector<IntroducedName> introduced_;
  std::size_t introduced_index_ = 0;
  std::vector<std::size_t> strong_positions_;
  std::size_t strong_index_ = 0;
};

void PlaceSweep::AddNamesListedBeforePluralTypes() {
  const std::vector<Token>& tokens = text_.tokens();
  const std::string_view norm = text_.norm();
  std::vector<char> in_candidate(tokens.size(), 0);
  for (const Candidate& candidate : candidates_) {
    for (std::size_t i = 0; i < candidate.token_count; ++i) {
      in_candidate[candidate.first_token + i] = 1;
    }
  }
  const std::size_t known = candidates_.size();
  std::vector<std::pair<std::size_t, std::size_t>> runs;  // first token, token count
  for (std::size_t token = 1; token < tokens.size(); ++token) {
    // Plural types only ("districts"): a cheap test first.
    if (tokens[token].end - tokens[token].start < 5 || norm[tokens[token].end - 1] != 's') {
      continue;
    }
    const auto* type = gazetteer_.place_types().Lookup(norm, tokens, token, 1);
    if (type == nullptr ||
        type->front() != static_cast<std::uint32_t>(PlaceTypeStrength::kList) ||
        !text_.SpaceBetween(token - 1)) {
      continue;
    }
    runs.clear();
    std::size_t end = token;  // one past the run being read
    while (true) {
      std::size_t first = end;
      while (first > 0 && end - first < kMaxUnknownNameTokens && text_.Capitalized(first - 1) &&
             (first == end || text_.SpaceBetween(first - 1))) {
        --first;
      }
      if (first == end || Contains(kNotDistrictNames, text_.Norm(first)) ||
          Contains(kCompassWords, text_.Norm(first)) ||
          Contains(kNameConnectors, text_.Norm(first))) {
        break;
      }
      runs.emplace_back(first, end - first);
      if (first < 2) break;
      const std::string_view gap = text_.GapAfter(first - 1);
      if (gap == ", ") {
        end = first;
      } else if (gap == " " && text_.Norm(first - 1) == "and") {
        const std::string_view before = text_.GapAfter(first - 2);
        if (before != " " && before != ", ") break;
        end = first - 1;
      } else {
        break;
      }
    }
    if (runs.size() < 2) continue;
    for (const auto& [first, count] : runs) {
      const bool taken = std::any_of(
          in_candidate.begin() + static_cast<std::ptrdiff_t>(first),
          in_candidate.begin() + static_cast<std::ptrdiff_t>(first + count),
          [](char c) { return c != 0; });
      if (taken || text_.AllCaps(first)) continue;
      Candidate candidate;
      candidate.first_token = first;
      candidate.token_count = count;
      candidate.strong_type = true;
      candidates_.push_back(std::move(candidate));
      for (std::size_t i = first; i < first + count; ++i) in_candidate[i] = 1;
    }
  }
  if (candidates_.size() != known) {
    std::stable_sort(candidates_.begin(), candidates_.end(),
                     [](const Candidate& a, const Candidate& b) {
                       return a.first_token < b.first_token;
                     });
  }
}

void PlaceSweep::JoinFeaturePrefixes() {
  for (std::size_t index = 0; index < candidates_.size(); ++index) {
    Candidate& candidate = candidates_[index];
    const std::size_t first = candidate.first_token;
    if (first == 0 || candidate.payloads.empty() ||
        !Contains(kFeaturePrefixes, text_.Norm(first - 1)) || !text_.Capitalized(first - 1) ||
        !text_.Joined(first - 1, first) ||
        (index > 0 && candidates_[index - 1].end_token() > first - 1)) {
      continue;
    }
    // "Mount Zion Missionary Baptist Church": another thing's name.
    const std::size_t after = first + candidate.token_count;
    if (text_.CapitalizedJoinedAfter(after - 1)) continue;
    const std::string country = SharedCountry(candidate);
    candidate.first_token = first - 1;
    candidate.token_count += 1;
    candidate.payloads.clear();
    candidate.context_country = country;
  }
}

bool PlaceSweep::PlaceTypeAt(std::size_t token, std::size_t* length, bool* strong,
                             bool* focus) const {
  bool found = false;
  bool longer = true;  // some type may go on past `count` tokens
  for (std::size_t count = 1; count <= 2 && longer && token + count <= text_.size(); ++count) {
    if (count > 1 && !text_.Joined(token + count - 2, token + count - 1)) break;
    if (const auto* payloads = gazetteer_.place_types().Lookup(text_.norm(), text_.tokens(),
                                                                token, count, &longer)) {
      const auto strength = static_cast<PlaceTypeStrength>(payloads->front());
      if (strength == PlaceTypeStrength::kList) continue;  // joins no span
      *length = count;
      *strong = strength == PlaceTypeStrength::kStrong ||
                (strength == PlaceTypeStrength::kFocus && focus_document_);
      if (focus != nullptr) *focus = strength == PlaceTypeStrength::kFocus;
      found = true;
    }
  }
  return found;
}

void PlaceSweep::CollectCues() {
  const std::vector<std::array<bool, 256>>& type_shapes =
      focus_document_ ? spanner_.focus_type_shapes_ : spanner_.strong_type_shapes_;
  for (std::size_t token = 0; token < text_.size(); ++token) {
    const std::string_view word = text_.Norm(token);
    if (word.size() == 2 && word[0] == 'o' && word[1] == 'f') {
      IntroduceAfterOf(token);
      continue;
    }
    if (team_sport_ && word.size() == 2 && word[0] == 'a' && word[1] == 't') {
      IntroduceVenue(token);
      continue;
    }
    if (word.size() < spanner_.facility_shapes_.size() &&
        spanner_.facility_shapes_[word.size()][static_cast<unsigned char>(word[0])] &&
        spanner_.facility_words_.contains(word)) {
      IntroduceFacility(token);
    }
    // (Their first letters and lengths first: this runs on every word.)
    if (word.size() >= 6 && word.size() <= 12 &&
        (word[0] == 'p' || word[0] == 'c' || word[0] == 'v' || word[0] == 'm' ||
         word[0] == 'g' || word[0] == 'r') &&
        spanner_.naming_weak_types_.contains(word) && token > 0 && !text_.Capitalized(token) &&
        text_.Capitalized(token - 1)) {
      strong_positions_.push_back(token);
      continue;
    }
    if (word.size() < 2 || word.size() >= type_shapes.size() ||
        !type_shapes[word.size()][static_cast<unsigned char>(word[0])]) {
      continue;
    }
    std::size_t length = 0;
    bool strong = false;
    if (!PlaceTypeAt(token, &length, &strong) || !strong) continue;
    strong_positions_.push_back(token);
    token += length - 1;
  }
}

void PlaceSweep::IntroduceAfterOf(std::size_t token) {
  if (token == 0 || token + 1 >= text_.size()) return;
  if (!text_.Joined(token - 1, token) || !text_.Joined(token, token + 1)) return;
  const std::string_view before = text_.Norm(token - 1);
  const bool plural = Contains(kPluralTypesBeforeOf, before);
  if (!(plural || Contains(kTypesBeforeOf, before) || Contains(kDirectionsBeforeOf, before)) ||
      text_.Capitalized(token - 1) ||
      !text_.Capitalized(token + 1)) {
    return;
  }
  introduced_.push_back({token + 1, 0, {}});
  if (plural) IntroduceListAfter(token + 1);
}

void PlaceSweep::IntroduceListAfter(std::size_t first) {
  const std::size_t size = text_.size();
  while (true) {
    std::size_t end = first + 1;
    while (end < size && end - first < kMaxUnknownNameTokens && text_.Joined(end - 1, end) &&
           text_.Capitalized(end)) {
      ++end;
    }
    if (end >= size) return;
    // ", " or " and " (", and ") between this name and the next.
    std::size_t next = end;
    const std::string_view gap = text_.GapAfter(end - 1);
    const bool comma = std::count(gap.begin(), gap.end(), ',') == 1 &&
                       std::all_of(gap.begin(), gap.end(), [](char c) { return c == ',' || c == ' '; });
    if (text_.Norm(next) == "and" && text_.SpaceBetween(end - 1)) {
      ++next;
    } else if (comma) {
      if (text_.Norm(next) == "and") ++next;
    } else {
      return;
    }
    if (next >= size || !text_.Capitalized(next) || OpensNoName(next)) return;
    introduced_.push_back({next, 0, {}});
    first = next;
  }
}

void PlaceSweep::IntroduceVenue(std::size_t token) {
  if (token + 1 >= text_.size() || text_.Capitalized(token) || !text_.Joined(token, token + 1)) {
    return;
  }
  std::size_t first = token + 1;
  std::size_t end = first;
  while (end < text_.size() && end - first < 2 && text_.Capitalized(end) && !text_.AllCaps(end) &&
         (end == first || text_.Joined(end - 1, end))) {
    ++end;
  }
  if (end == first) return;
  // "at The Oval": the article belongs to the venue's name, when a name
  // follows it.
  if (text_.Norm(first) == "the" && end - first < 2) return;
  // Longer capitalized runs are other names ("at Manchester United
  // Football Club"); a common word, a month or a weekday opens none.
  if (text_.CapitalizedJoinedAfter(end - 1)) return;
  // A common word opens no venue's name, unless the article shows it
  // capitalized for a name ("at The Oval").
  const bool article = text_.Norm(first) == "the";
  const std::size_t name_first = article ? first + 1 : first;
  const std::string_view word = text_.Norm(name_first);
  if ((article ? Contains(kNameConnectors, word) || rules_.IsMonth(word)
               : OpensNoName(name_first)) ||
      rules_.IsWeekday(word)) {
    return;
  }
  // "at Lord 's": a detached possessive (a token "s") is part of the name.
  if (end < text_.size() && text_.GapAfter(end - 1) == " '" && text_.Norm(end) == "s") ++end;
  introduced_.push_back({first, end, {}, /*first_word_judged=*/true});
}

void PlaceSweep::IntroduceFacility(std::size_t token) {
  if (token == 0) return;
  const TokenCase facility_case = text_.Case(token);
  if (facility_case.all_caps) return;
  // The name ends before the facility word in lower case ("the Kosevo
  // stadium", "Qalandia refugee camp"), after it when it is capitalized.
  std::size_t name_end = token + 1;
  if (!facility_case.capitalized) {
    name_end = token;
    if (text_.Norm(token) == "camp") {
      if (token < 2 || text_.Norm(token - 1) != "refugee" || !text_.Joined(token - 1, token)) {
        return;
      }
      name_end = token - 1;
    } else if (!Contains(kLowerCaseFacilityWords, text_.Norm(token))) {
      return;
    }
    if (name_end == 0 || !text_.Joined(name_end - 1, name_end) ||
        !text_.Capitalized(name_end - 1)) {
      return;
    }
    if (Contains(kLowerCaseOnlyFacilityWords, text_.Norm(token)) && token + 1 < text_.size() &&
        text_.Joined(token, token + 1) &&
        Contains(kFacilityAttributeNouns, text_.Norm(token + 1))) {
      return;
    }
  } else if (!text_.Joined(token - 1, token) || Contains(kLowerCaseOnlyFacilityWords,
                                                         text_.Norm(token))) {
    return;
  }
  // Up to two capitalized words before the facility word (or before
  // "refugee").
  const std::size_t words_end = facility_case.capitalized ? token : name_end;
  std::size_t first = words_end;
  while (first > 0 && words_end - first < 2 && text_.Joined(first - 1, first)) {
    const TokenCase word_case = text_.Case(first - 1);
    if (!word_case.capitalized || word_case.all_caps) break;
    --first;
  }
  // A hyphened particle opens the name: "al-Aqsa", "al-Ram".
  const bool particle_opens = first > 0 && first < words_end && HyphenedParticleAt(first - 1);
  if (particle_opens) --first;
  if (text_.CapitalizedJoinedBefore(first) && !Contains(kOpeningWords, text_.Norm(first - 1))) {
    return;  // a longer name than a place's ("Chrysler Fifth Avenue")
  }
  // A capitalized word opening the sentence is none of the name ("But
  // Wall Street", "In Revolution Square").
  // One hyphen-joined to the next word is none of those ("the At-Bashy
  // River").
  while (!particle_opens && first < words_end && Contains(kOpeningWords, text_.Norm(first)) &&
         !(first + 1 < words_end && text_.GapAfter(first) == "-")) {
    ++first;
  }
  // Generic words alone are no name ("International Airport", "National
  // Park").
  bool named = false;
  for (std::size_t i = first; i < words_end; ++i) {
    named = named || !Contains(kGenericFacilityWords, text_.Norm(i));
  }
  // A common word may open a facility's name ("Green Square",
  // "Independence Square"), not a natural feature's or a lower-case one's.
  if (!named || (facility_case.capitalized ? Contains(kNameConnectors, text_.Norm(first)) ||
                                                 rules_.IsMonth(text_.Norm(first))
                                           : !particle_opens && OpensNoName(first))) {
    return;
  }
  // "the" may stand one lower-case adjective before the name ("along the
  // frozen At-Bashy River", "the mighty Naryn River").
  auto IsLetterWord = [](std::string_view word) {
    return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
    });
  };
  auto lower_joined = [&](std::size_t left) {
    return text_.Joined(left, left + 1) && !text_.Capitalized(left);
  };
  if (facility_case.capitalized && Contains(kNaturalFeatureWords, text_.Norm(token)) &&
      !(first > 0 && lower_joined(first - 1) &&
        (Contains(kWordsBeforeAFeature, text_.Norm(first - 1)) ||
         (first > 1 && lower_joined(first - 2) && text_.Norm(first - 2) == "the" &&
          IsLetterWord(text_.Norm(first - 1)))))) {
    return;
  }
  // "Park Avenue Bank": another thing's name.
  if (text_.CapitalizedJoinedAfter(token)) return;
  // An acronym, a body's name or a nationality before a lower-case facility
  // word is no place's name ("the BAA airport", "the Wimbledon Club
  // stadium", "a Turkish prison").
  // Nor is one capitalized word opening a sentence ("Huge stadium lights").
  for (std::size_t i = first; i < words_end; ++i) {
    if (NamesAPeople(text_.Norm(i))) return;
  }
  if (name_end == token) {
    if (text_.AllCaps(first) || gazetteer_.IsOrganizationHead(text_.Norm(name_end - 1)) ||
        (name_end - first == 1 && OpensSentence(first))) {
      return;
    }
  }
  introduced_.push_back({first, name_end, {}, particle_opens});
}

void PlaceSweep::IntroduceBeforeCommaRegion() {
  const std::string_view raw = text_.raw();
  LineCursor line(raw);  // for the names below, in text order
  for (std::size_t index = 0; index < candidates_.size(); ++index) {
    const Candidate& region = candidates_[index];
    const std::size_t comma_token = region.first_token;
    if (comma_token < 1) continue;
    const std::string_view gap = text_.GapAfter(comma_token - 1);
    if (gap != ", " && gap != " , ") continue;
    std::string country;
    for (std::uint32_t payload : region.payloads) {
      const PlaceKind kind = places_[payload].kind;
      if ((kind == PlaceKind::kCountry || kind == PlaceKind::kAdmin1) && country.empty()) {
        country = places_[payload].country;
      }
    }
    if (country.empty()) continue;
    const std::size_t last = comma_token - 1;
    if (!text_.Capitalized(last)) continue;
    const std::size_t first = CapitalizedRunEndingAt(last);
    // Not a known name itself, nor part of one.
    if (index > 0 &&
        candidates_[index - 1].first_token + candidates_[index - 1].token_count > first) {
      continue;
    }
    // A company's name ("Salomon Brothers Inc, New York"), or a body's in
    // apposition ("Creditanstalt, Austria's biggest bank").
    const std::size_t region_end = region.first_token + region.token_count;
    if (gazetteer_.IsOrganizationHead(text_.Norm(last)) ||
        text_.norm().substr(text_.tokens()[region_end - 1].end, 2) == "'s") {
      continue;
    }
    bool introduced_here = false;
    bool article_judged = false;
    line.MoveTo(text_.RawBegin(first));
    if (rules_.IsDateline(text_, line, first, last)) {
      // A dateline's name may open with its article: "LA CORUNA , Spain",
      // "AL-RAM , West Bank".
      article_judged = last > first && text_.AllCaps(first) &&
                       Contains(kNameConnectors, text_.Norm(first));
      // A dateline: the date follows the region ("Norway 1996-08-30",
      // "New Zealand, March 3").
      const std::size_t after = region_end;
      std::size_t i = text_.RawEnd(after - 1);
      while (i < raw.size() && (raw[i] == ' ' || raw[i] == ',')) ++i;
      // A year or an ISO date ("1996-08-30"), or a month's name.
      std::size_t digits = 0;
      while (i + digits < raw.size() && raw[i + digits] >= '0' && raw[i + digits] <= '9') {
        ++digits;
      }
      const bool month_next = after < text_.size() && text_.RawBegin(after) == i &&
                              text_.Capitalized(after) && rules_.IsMonth(text_.Norm(after));
      introduced_here = digits == 4 || month_next;
    } else {
      introduced_here = AfterPrepositionOfPlace(first) && !text_.AllCaps(first);
    }
    if (introduced_here) introduced_.push_back({first, last + 1, country, article_judged});
  }
}

void PlaceSweep::IntroduceBeforeNear() {
  for (const Candidate& known : candidates_) {
    const std::size_t near = known.first_token;
    if (near < 2 || (text_.Norm(near - 1) != "near" && text_.Norm(near - 1) != "outside")) {
      continue;
    }
    if (!text_.Joined(near - 1, near) || !text_.Joined(near - 2, near - 1)) continue;
    const std::size_t last = near - 2;
    if (!text_.Capitalized(last) || text_.AllCaps(last)) continue;
    const std::size_t first = CapitalizedRunEndingAt(last);
    if (!AfterPrepositionOfPlace(first)) continue;
    introduced_.push_back({first, last + 1, {}});
  }
}

std::size_t PlaceSweep::AppositionArticleBefore(std::size_t in) const {
  if (in < 3 || text_.Norm(in) != "in" || text_.Capitalized(in)) return 0;
  const std::size_t type = in - 1;
  if (!Contains(kAppositiveTypes, text_.Norm(type)) || text_.Capitalized(type) ||
      !text_.SpaceBetween(type)) {
    return 0;
  }
  // One lower-case word may describe the type: "a small village", "a
  // mountain village".
  std::size_t article = type - 1;
  if (article > 1 && !text_.Capitalized(article) && text_.Norm(article) != "a" &&
      text_.Norm(article) != "an" && text_.SpaceBetween(article)) {
    --article;
  }
  const std::string_view word = text_.Norm(article);
  if ((word != "a" && word != "an") || text_.Capitalized(article) ||
      !text_.SpaceBetween(article) || article == 0) {
    return 0;
  }
  const std::string_view gap = text_.GapAfter(article - 1);
  return gap == ", " || gap == " , " ? article : 0;
}

void PlaceSweep::IntroduceBeforeAppositiveType() {
  for (const Candidate& known : candidates_) {
    if (known.first_token == 0 || !text_.SpaceBetween(known.first_token - 1)) continue;
    const std::size_t article = AppositionArticleBefore(known.first_token - 1);
    if (article == 0) continue;
    const std::size_t last = article - 1;
    if (!text_.Capitalized(last) || text_.AllCaps(last)) continue;
    const std::size_t first = CapitalizedRunEndingAt(last);
    const std::string country = SharedCountry(known);
    introduced_.push_back({first, last + 1, country, false,
                           /*nearest_country_first=*/country.empty()});
  }
}

void PlaceSweep::IntroduceCoordinatedWithATown() {
  // A single capitalized word, mixed case, that no longer name contains.
  const auto lone_word = [&](std::size_t token) {
    return token < text_.size() && text_.Capitalized(token) && !text_.AllCaps(token) &&
           !text_.CapitalizedJoinedBefore(token) && !text_.CapitalizedJoinedAfter(token);
  };
  for (const Candidate& known : candidates_) {
    if (known.payloads.empty() || CityReadings(known, places_) == 0) continue;
    const std::size_t first = known.first_token;
    const std::size_t after = first + known.token_count;
    // "<town> and <word>"
    if (after + 1 < text_.size() && text_.Norm(after) == "and" && text_.SpaceBetween(after - 1) &&
        text_.SpaceBetween(after) && lone_word(after + 1)) {
      introduced_.push_back({after + 1, after + 2, places_[known.payloads.front()].country});
    }
    // "<word> and <town>"
    if (first >= 2 && text_.Norm(first - 1) == "and" && text_.SpaceBetween(first - 1) &&
        text_.SpaceBetween(first - 2) && lone_word(first - 2)) {
      introduced_.push_back({first - 2, first - 1, places_[known.payloads.front()].country});
    }
  }
  // "Ishkashim, Tem, Ruzvai": a lone word listed by commas between two
  // towns is a town too, of their country when both lie in one.
  for (std::size_t index = 0; index + 1 < candidates_.size(); ++index) {
    const Candidate& left = candidates_[index];
    const Candidate& right = candidates_[index + 1];
    const std::size_t word = left.end_token();
    if (CityReadings(left, places_) == 0 || CityReadings(right, places_) == 0 ||
        right.first_token != word + 1 || !lone_word(word) || OpensNoName(word) ||
        text_.GapAfter(word - 1) != ", " || text_.GapAfter(word) != ", ") {
      continue;
    }
    const std::string country = SharedCountry(left);
    const bool one_country = !country.empty() && country == SharedCountry(right);
    introduced_.push_back({word, word + 1, one_country ? country : std::string(), false,
                           /*nearest_country_first=*/!one_country});
  }
}

std::size_t PlaceSweep::EndOverATownsWord(std::size_t known_token) const {
  const auto known = std::lower_bound(
      candidates_.begin(), candidates_.end(), known_token,
      [](const Candidate& candidate, std::size_t token) { return candidate.first_token < token; });
  if (known == candidates_.end() || known->first_token != known_token ||
      known->token_count != 1 || known->payloads.empty() ||
      CityReadings(*known, places_) != known->payloads.size() ||
      text_.CapitalizedJoinedAfter(known_token)) {
    return 0;
  }
  return known_token + 1;
}

bool PlaceSweep::SitesBefore(std::size_t token) const {
  return Contains(kSitingWords, text_.Norm(token));
}

void PlaceSweep::IntroduceAfterInAtASentencesEnd() {
  // A full stop right after token `name`, then a space, a line break or
  // the end of the text.
  const auto ends_a_sentence = [&](std::size_t name) {
    const std::string_view after = text_.raw().substr(text_.RawEnd(name));
    return after.starts_with('.') &&
           (after.size() == 1 || after[1] == ' ' || after[1] == '\n' || after[1] == '\r');
  };
  for (std::size_t in = 1; in + 1 < text_.size(); ++in) {
    const std::size_t name = in + 1;
    if (text_.Norm(in) != "in" || text_.Capitalized(in) || text_.Capitalized(in - 1) ||
        !text_.SpaceBetween(in) || !text_.Capitalized(name) || text_.AllCaps(name) ||
        text_.Norm(name).size() < 4 || !ends_a_sentence(name)) {
      continue;
    }
    const std::string_view word = text_.Norm(name);
    if (OpensNoName(name) || rules_.IsWeekday(word) ||
        !gazetteer_.CountryOfDemonym(word).empty() || !SitesBefore(in - 1)) {
      continue;
    }
    introduced_.push_back({name, name + 1, {}, false, /*nearest_country_first=*/true});
  }
}

void PlaceSweep::IntroduceAfterAPrepositionOfMovement() {
  // A capitalized word that can name a place, then (when `pair_ends`
  // is false) "and", a comma or a full stop; else anything but another
  // capitalized word.
  const auto lone_word = [&](std::size_t token, bool pair_ends) {
    if (token >= text_.size() || !text_.Capitalized(token) || text_.AllCaps(token) ||
        text_.Norm(token).size() < 4) {
      return false;
    }
    const std::string_view word = text_.Norm(token);
    if (OpensNoName(token) || rules_.IsWeekday(word) ||
        !gazetteer_.CountryOfDemonym(word).empty()) {
      return false;
    }
    if (token + 1 >= text_.size()) return true;
    const std::string_view gap = text_.GapAfter(token);
    if (pair_ends) return !text_.CapitalizedJoinedAfter(token);
    return (gap == " " && text_.Norm(token + 1) == "and") || gap.starts_with(',') ||
           gap.starts_with('.');
  };
  // "to" after a gerund moves only after one of motion: "on the way to
  // Hairatan", "travelling to Aqina", not "the Instrument contributing to
  // Stability and Peace" (tests/data/releases-blind3) nor "according to".
  static constexpr std::string_view kMotionGerunds[] = {
      "going", "travelling", "traveling", "moving", "heading", "returning", "flying",
      "driving", "walking", "sailing", "shipping", "crossing", "leading", "coming"};
  const auto after_other_gerund = [&](std::size_t to) {
    if (to == 0) return false;
    const std::string_view before = text_.Norm(to - 1);
    return before.size() > 4 && before.ends_with("ing") && !Contains(kMotionGerunds, before);
  };
  for (std::size_t token = 0; token + 1 < text_.size(); ++token) {
    const std::string_view word = text_.Norm(token);
    if (word != "through" && word != "via" && word != "to") continue;
    if (text_.Capitalized(token) || !text_.SpaceBetween(token)) continue;
    if (word == "to" && after_other_gerund(token)) continue;
    std::size_t name = token + 1;
    if (!lone_word(name, false)) continue;
    introduced_.push_back({name, name + 1, {}, false, /*nearest_country_first=*/true});
    // "through Torghundi and Aqina": the second of the pair too.
    if (name + 2 < text_.size() && text_.Norm(name + 1) == "and" && lone_word(name + 2, true)) {
      introduced_.push_back({name + 2, name + 3, {}, false, /*nearest_country_first=*/true});
    }
  }
}

std::string PlaceSweep::CountryOfAdjective(std::size_t token) const {
  if (!text_.Capitalized(token)) return {};
  const std::string_view word = text_.Norm(token);
  // "the South African township of": two words first.
  if (text_.CapitalizedJoinedBefore(token)) {
    const std::string two_words = std::string(text_.Norm(token - 1)) + " " + std::string(word);
    const std::string_view country = gazetteer_.CountryOfDemonym(two_words);
    if (!country.empty()) return std::string(country);
  }
  return std::string(gazetteer_.CountryOfDemonym(word));
}

void PlaceSweep::AddIntroduced(const IntroducedName& name, std::size_t limit_token) {
  const std::size_t first = name.first;
  if (first < next_free_token_) return;
  if (name.end != 0) {
    if (name.end > limit_token || (!name.first_word_judged && OpensNoName(first))) return;
    Candidate candidate;
    candidate.first_token = first;
    candidate.token_count = name.end - first;
    candidate.context_country = name.country;
    candidate.nearest_country_first = name.nearest_country_first;
    with_unknown_.push_back(std::move(candidate));
    next_free_token_ = name.end;
    return;
  }
  // An acronym is a body's ("the state of EC finances").
  if (text_.AllCaps(first) && text_.Norm(first).size() > 1) return;
  // An abbreviated first word is part of a longer name: "east of St.
  // John's", "west of Ft. Worth".
  if (first + 1 < text_.size() && text_.Norm(first).size() <= 3 &&
      text_.GapAfter(first).starts_with('.') && text_.Capitalized(first + 1)) {
    return;
  }
  const std::size_t size = text_.size();
  std::size_t end = first + 1;
  while (end < limit_token && end < size && text_.Joined(end - 1, end)) {
    if (text_.Capitalized(end)) {
      ++end;
      continue;
    }
    // A particle inside the name: "the port of Dar es Salaam".
    if (end + 1 < limit_token && end + 1 < size && text_.Joined(end, end + 1) &&
        Contains(kNameParticles, text_.Norm(end)) && text_.Capitalized(end + 1)) {
      end += 2;
      continue;
    }
    break;
  }
  // Too long for a place's name, or running into a known one ("the town of
  // Tacambaro , Michoacan" stops at the comma and is a name).
  bool runs_into_known = end == limit_token && text_.CapitalizedJoinedAfter(end - 1);
  if (runs_into_known) {
    if (const std::size_t over = EndOverATownsWord(limit_token)) {
      end = over;
      runs_into_known = false;
    }
  }
  if (end - first > kMaxUnknownNameTokens || runs_into_known) return;
  if (OpensNoName(first)) return;
  // "the city of Rochester Police": another thing's name.
  if (end < size && text_.Joined(end - 1, end) &&
      gazetteer_.IsOrganizationHead(text_.Norm(end))) {
    return;
  }
  Candidate candidate;
  candidate.first_token = first;
  candidate.token_count = end - first;
  candidate.after_type_of = true;
  // "the Indonesian island of", "the Tanzanian port of": the adjective just
  // before the type word, or one word before that ("the South African
  // township of").
  for (std::size_t back = 3; back <= 4 && back <= first; ++back) {
    candidate.context_country = CountryOfAdjective(first - back);
    if (!candidate.context_country.empty()) break;
  }
  // "two villages of Leilek district", "the villages of Panfilov district":
  // a strong place type in lower case right after the name is its unit
  // word, as after a name the gazetteer knows.
  std::size_t type_length = 0;
  bool type_strong = false;
  if (end < size && text_.Joined(end - 1, end) && !text_.Capitalized(end) &&
      PlaceTypeAt(end, &type_length, &type_strong) && type_strong) {
    candidate.type_tokens = type_length;
    candidate.strong_type = true;
    KeepTypeCountry(candidate, end, type_length);
    end += type_length;
  }
  with_unknown_.push_back(std::move(candidate));
  next_free_token_ = end;
}

void PlaceSweep::FlushUnknownBefore(std::size_t limit_token) {
  while (true) {
    const bool strong_next = strong_index_ < strong_positions_.size() &&
                             strong_positions_[strong_index_] < limit_token;
    const bool introduced_next = introduced_index_ < introduced_.size() &&
                                 introduced_[introduced_index_].first < limit_token;
    if (!strong_next && !introduced_next) break;
    if (introduced_next && (!strong_next || introduced_[introduced_index_].first <
                                                strong_positions_[strong_index_])) {
      AddIntroduced(introduced_[introduced_index_++], limit_token);
      continue;
    }
    const std::size_t type_token = strong_positions_[strong_index_++];
    if (type_token == 0 || type_token <= next_free_token_) continue;
    // Capitalized words joined right before the type word, and the
    // particles between them ("Jebel al-Akhdar", "al-Daih").
    std::size_t first = type_token;
    while (first > next_free_token_ && type_token - first < kMaxUnknownNameTokens &&
           (first == type_token || text_.Joined(first - 1, first))) {
      if (text_.Capitalized(first - 1)) {
        --first;
      } else if (first < type_token && HyphenedParticleAt(first - 1)) {
        --first;
      } else {
        break;
      }
    }
    if (first == type_token || !text_.Joined(type_token - 1, type_token)) continue;
    // "Specialized Inter-District Criminal Court": a type word after a
    // hyphened prefix of relation ("Inter-District", "Cross-Border Region")
    // makes an adjective, no unit of a place before it.
    if (text_.GapAfter(type_token - 1) == "-" &&
        Contains(kRelationPrefixes, text_.Norm(type_token - 1))) {
      continue;
    }
    const bool hyphened_particle = !text_.Capitalized(first);  // "al-Daih"
    if (gazetteer_.IsCommonWord(text_.Norm(first)) ||
        (Contains(kNameConnectors, text_.Norm(first)) && !hyphened_particle)) {
      continue;
    }
    std::size_t type_length = 0;
    bool type_strong = false;
    bool type_focus = false;
    PlaceTypeAt(type_token, &type_length, &type_strong, &type_focus);
    // "Each district", "Central district": before a focus type, a
    // determiner or compass word capitalized at a sentence start names no
    // place; nor does an abbreviation ("the UN district office").
    if ((type_focus || !type_strong) &&
        (Contains(kNotDistrictNames, text_.Norm(first)) ||
         Contains(kCompassWords, text_.Norm(first)) || text_.AllCaps(first))) {
      continue;
    }
    // Before a weak type: one or two capitalized words, not a people's or
    // nation's adjective ("the Kurdish region", "a Tajik village"), nor a
    // sentence's opening preposition, and the type no attribute of a noun
    // after it ("the FmHA county office").
    std::size_t capitalized_words = 0;
    for (std::size_t i = first; i < type_token; ++i) capitalized_words += text_.Capitalized(i);
    const std::size_t after_type = type_token + type_length;
    if (!type_strong &&
        (capitalized_words > 2 || rules_.IsMonth(text_.Norm(first)) ||
         Contains(kSentenceOpeners, text_.Norm(first)) ||
         (after_type < text_.size() && text_.Joined(after_type - 1, after_type) &&
          Contains(kTypeAttributeNouns, text_.Norm(after_type))) ||
         NamesAPeople(text_.Norm(type_token - 1)))) {
      continue;
    }
    Candidate candidate;
    candidate.first_token = first;
    candidate.token_count = type_token - first;
    candidate.type_tokens = type_length;
    candidate.strong_type = type_strong;
    // An unknown name before a type of one country lies in that country.
    candidate.context_country = std::string(gazetteer_.CountryOfPlaceType(
        text_.norm(), text_.tokens(), type_token, type_length));
    with_unknown_.push_back(std::move(candidate));
    next_free_token_ = type_token + type_length;
  }
}

bool PlaceSweep::InHyphenCompound(std::size_t index) const {
  const Candidate& candidate = candidates_[index];
  const std::size_t first = candidate.first_token;
  const std::size_t after = first + candidate.token_count;
  if (first > 0 && text_.GapAfter(first - 1) == "-" && text_.Capitalized(first - 1) &&
      (index == 0 ||
       candidates_[index - 1].first_token + candidates_[index - 1].token_count != first)) {
    return true;
  }
  return after < text_.size() && text_.GapAfter(after - 1) == "-" && text_.Capitalized(after) &&
         (index + 1 == candidates_.size() || candidates_[index + 1].first_token != after);
}

void PlaceSweep::JoinPlaceType(std::size_t index) {
  Candidate& candidate = candidates_[index];
  const std::size_t after = candidate.first_token + candidate.token_count;
  std::size_t length = 0;
  bool strong = false;
  if (after >= text_.size() || !text_.Joined(after - 1, after) ||
      !PlaceTypeAt(after, &length, &strong)) {
    return;
  }
  // A name inside the type words ("Republic" of "Autonomous Republic") is
  // part of the type when the type is a strong one of several words. So is
  // a town that only shares the type's name after a region ("Karakalpakstan
  // Republic", not the US town Republic; not "Federal Republic" after an
  // Argentine town Federal).
  const std::size_t cities = CityReadings(candidate, places_);
  const bool region_before = cities < candidate.payloads.size();
  const auto is_town_named_as_type = [&](const Candidate& next) {
    return next.first_token == after && next.token_count == length &&
           CityReadings(next, places_) == next.payloads.size();
  };
  // "Osh City Hall", "Leeds Town Hall": a capitalized type word before
  // "Hall" opens the name of the town's hall, so the place is the town.
  if (text_.Capitalized(after) && length == 1 && after + 1 < text_.size() &&
      text_.Joined(after, after + 1) && text_.Capitalized(after + 1) &&
      text_.Norm(after + 1) == "hall") {
    return;
  }
  const bool next_is_name = index + 1 < candidates_.size() &&
                            candidates_[index + 1].first_token < after + length &&
                            !(strong && length > 1) &&
                            !(region_before && is_town_named_as_type(candidates_[index + 1]));
  // "the West Bank town of Ramallah": after a region or country, a
  // settlement word in lower case followed by "of" and a name introduces
  // that other place ("Balykchy city of Issyk-Kul oblast" and "Nookat City
  // of Osh region" keep theirs).
  const std::size_t type_end = after + length;
  const bool larger_place = !candidate.payloads.empty() && cities == 0;
  const bool introduces_another =
      larger_place && length == 1 && type_end + 1 < text_.size() &&
      text_.Norm(type_end) == "of" && Contains(kSettlementWords, text_.Norm(after)) &&
      !text_.Capitalized(after) && text_.Capitalized(type_end + 1);
  if (!next_is_name && !introduces_another) {
    candidate.type_tokens = length;
    candidate.strong_type = strong;
    KeepTypeCountry(candidate, after, length);
  }
}

void PlaceSweep::KeepTypeCountry(Candidate& candidate, std::size_t type_token,
                                 std::size_t length) const {
  const std::string_view country =
      gazetteer_.CountryOfPlaceType(text_.norm(), text_.tokens(), type_token, length);
  if (country.empty() || candidate.payloads.empty()) return;
  std::erase_if(candidate.payloads,
                [&](std::uint32_t payload) { return places_[payload].country != country; });
  if (candidate.payloads.empty()) candidate.context_country = std::string(country);
}

void PlaceSweep::AddOtherMentionsOfUnknownNames() {
  // The unknown names' keys, each with the first candidate of that name.
  std::unordered_map<std::string, const Candidate*> sources;
  std::size_t longest = 0;
  const auto key_of = [&](const Candidate& candidate) {
    std::string key;
    for (std::size_t i = candidate.first_token; i < candidate.first_token + candidate.token_count;
         ++i) {
      if (!key.empty()) key += ' ';
      key += text_.Norm(i);
    }
    return key;
  };
  for (Candidate& candidate : candidates_) {
    if (!candidate.payloads.empty()) continue;
    const auto [source, first_mention] = sources.emplace(key_of(candidate), &candidate);
    longest = std::max(longest, candidate.token_count);
    // A name found again by another cue keeps the country its first
    // mention's context gave ("Chorkuh jamoat" ... "in Chorkuh.").
    if (!first_mention && candidate.context_country.empty() &&
        !source->second->context_country.empty()) {
      candidate.context_country = source->second->context_country;
      candidate.nearest_country_first = false;
    }
  }
  if (sources.empty()) return;
  std::vector<char> taken(text_.size(), 0);
  for (const Candidate& candidate : candidates_) {
    for (std::size_t i = candidate.first_token; i < candidate.end_token(); ++i) taken[i] = 1;
  }
  std::vector<Candidate> repeats;
  std::string key;
  for (std::size_t first = 0; first < text_.size(); ++first) {
    if (taken[first] || !text_.Capitalized(first)) continue;
    // Alone: no capitalized word joined before it.
    if (text_.CapitalizedJoinedBefore(first)) continue;
    key.clear();
    for (std::size_t count = 1; count <= longest && first + count <= text_.size(); ++count) {
      const std::size_t last = first + count - 1;
      if (taken[last] || !text_.Capitalized(last)) break;
      if (count > 1 && !text_.Joined(last - 1, last)) break;
      if (count > 1) key += ' ';
      key += text_.Norm(last);
      const auto found = sources.find(key);
      if (found == sources.end()) continue;
      // Alone: no capitalized word joined after it either (a longer name
      // may still match).
      if (text_.CapitalizedJoinedAfter(last)) continue;
      const Candidate& source = *found->second;
      Candidate repeat;
      repeat.first_token = first;
      repeat.token_count = count;
      repeat.context_country = source.context_country;
      repeat.after_type_of = source.after_type_of;
      repeat.nearest_country_first = source.nearest_country_first;
      repeats.push_back(std::move(repeat));
      first = last;
      break;
    }
  }
  if (repeats.empty()) return;
  std::vector<Candidate> merged;
  merged.reserve(candidates_.size() + repeats.size());
  std::merge(std::make_move_iterator(candidates_.begin()),
             std::make_move_iterator(candidates_.end()), std::make_move_iterator(repeats.begin()),
             std::make_move_iterator(repeats.end()), std::back_inserter(merged),
             [](const Candidate& a, const Candidate& b) { return a.first_token < b.first_token; });
  candidates_.swap(merged);
}

PlaceSpanner::PlaceSpanner(const LocationRules& rules) : rules_(rules) {
  for (auto& by_first_byte : facility_shapes_) by_first_byte.fill(false);
  const auto note_facility = [&](std::string_view word) {
    if (word.size() < facility_shapes_.size()) {
      facility_shapes_[word.size()][static_cast<unsigned char>(word[0])] = true;
    }
  };
  for (const auto& list : {std::span<const std::string_view>(kFacilityWords),
                           std::span<const std::string_view>(kLowerCaseFacilityWords),
                           std::span<const std::string_view>(kLowerCaseOnlyFacilityWords)}) {
    for (std::string_view word : list) {
      note_facility(word);
      facility_words_.insert(word);
    }
  }
  naming_weak_types_.insert(std::begin(kNamingWeakTypes), std::end(kNamingWeakTypes));
  const auto note_type = [](const std::string& type, std::vector<std::array<bool, 256>>* shapes) {
    const std::size_t length = std::min(type.find(' '), type.size());
    if (length >= shapes->size()) shapes->resize(length + 1, std::array<bool, 256>{});
    (*shapes)[length][static_cast<unsigned char>(type[0])] = true;
  };
  for (const std::string& type : rules.gazetteer().strong_place_type_words()) {
    note_type(type, &strong_type_shapes_);
  }
  focus_type_shapes_ = strong_type_shapes_;
  for (const std::string& type : rules.gazetteer().focus_place_type_words()) {
    note_type(type, &focus_type_shapes_);
  }
}

void PlaceSpanner::Run(const LocationText& text, bool focus_document, bool team_sport,
                       std::vector<Candidate>* candidates) const {
  PlaceSweep(*this, text, focus_document, team_sport, candidates).Run();
}

}  // namespace gleaner
