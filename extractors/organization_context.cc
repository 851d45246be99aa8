// OrganizationFinder: names with no head word, found by the context around
// them: acronyms, initialled names, cue words before or after, business
// news, broadcasters and newspapers' mastheads.
#include "extractors/organization_finder.h"

namespace gleaner {
namespace organizations_detail {

// An acronym in parentheses right after word `last`: "... Crime (UNODC)".
bool OrganizationFinder::AcronymAfter(std::size_t last, std::size_t* first_word,
                                      std::size_t* last_word) {
  std::size_t first = last + 1;
  // "Koninklijke PTT Nederland NV 's ( Dutch PTT ) first half results": a
  // short form may follow the name's possessive, whose "s" is a word.
  if (first + 1 < words_.size() && WordText(first) == "s" &&
      ((words_[last].possessive && Gap(first) == "'") || Gap(first) == " '")) {
    ++first;
  }
  // "Crime (UNODC)", and as tokenized news writes it, "Crime ( UNODC )".
  if (first >= words_.size() || (Gap(first) != " (" && Gap(first) != " ( ")) return false;
  std::size_t end = first;
  while (end + 1 < words_.size() && end - first < 3) {
    const std::string_view gap = Gap(end + 1);
    if (gap != " " && gap != "/") break;
    ++end;
  }
  // The parenthesis must close right after one of the words.
  for (std::size_t candidate = first; candidate <= end; ++candidate) {
    std::size_t after = words_[candidate].end;
    if (after < normalized_.size() && normalized_[after] == ' ') ++after;
    if (after < normalized_.size() &&
        (normalized_[after] == ')' || SecondShortFormAfter(candidate))) {
      bool acronym_like = false;
      for (std::size_t i = first; i <= candidate; ++i) {
        if (!(words_[i].capitalized || words_[i].all_caps)) return false;
        std::size_t upper = 0;
        std::size_t next = 0;
        for (std::size_t r = words_[i].raw_start; r < words_[i].raw_end; r = next) {
          if (IsUpper(DecodeAt(text_.raw, r, &next))) ++upper;
        }
        if (words_[i].all_caps || upper >= 2) acronym_like = true;
      }
      if (!acronym_like) return false;
      *first_word = first;
      *last_word = candidate;
      return true;
    }
  }
  return false;
}

// "(SSS; DXX in Uzbek)", "(MIA; IIV)": after the acronym a semicolon, then
// the body's acronym in another language, alone or with "in LANGUAGE",
// closes the parenthesis (tests/data/releases-blind25). Returns that second
// acronym's word, or 0.
std::size_t OrganizationFinder::SecondShortFormAfter(std::size_t word) const {
  const std::size_t second = word + 1;
  if (second >= words_.size() || Gap(second) != "; " || !words_[second].all_caps ||
      words_[second].shouting) {
    return 0;
  }
  std::size_t after = words_[second].end;
  if (after < normalized_.size() && normalized_[after] == ')') return second;
  const std::size_t language = second + 2;
  if (language >= words_.size() || Gap(second + 1) != " " || Gap(language) != " " ||
      WordText(second + 1) != "in" || !words_[language].capitalized) {
    return 0;
  }
  after = words_[language].end;
  return after < normalized_.size() && normalized_[after] == ')' ? second : 0;
}

// Names spelled out by the acronym in parentheses after them, which no head
// word marked: "the Confederation of British Industry ( CBI )", "Sudan
// People 's Liberation Army ( SPLA )". The acronym's letters must be the
// initials of the name's capitalized words, in order; "of", "for", "and",
// "the" and a possessive may stand between them.
void OrganizationFinder::FindInitialledNames(std::vector<bool>* covered,
                                             std::vector<Span>* names) {
  for (std::size_t i = NextCapitalized(1); i < words_.size(); i = NextCapitalized(i + 1)) {
    const NameWord& acronym = words_[i];
    if (!acronym.all_caps || acronym.shouting || (*covered)[i]) continue;
    const std::string_view gap = Gap(i);
    if (gap != " (" && gap != " ( ") continue;
    std::size_t close = acronym.end;
    if (close < normalized_.size() && normalized_[close] == ' ') ++close;
    if (close >= normalized_.size() || normalized_[close] != ')') continue;
    const std::string_view letters = WordText(i);
    if (letters.size() < 2 || letters.size() > 8 ||
        !std::all_of(letters.begin(), letters.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      continue;
    }
    // A name grown around a head that the acronym spells out further to
    // the left ("Liberation Army" of "Sudan People 's Liberation Army").
    Span* grown = nullptr;
    if ((*covered)[i - 1]) {
      for (Span& name : *names) {
        if (name.last == i - 1 && !name.known) grown = &name;
      }
      if (grown == nullptr) continue;
    }
    // Backwards from the word before "(", matching initials from the last.
    std::size_t matched = 0;  // letters matched, from the end
    std::size_t first = i;
    for (std::size_t k = i; k-- > 0;) {
      if (k + 1 < i && !SpaceBefore(k + 1) && Gap(k + 1) != " '") break;
      const bool in_grown = grown != nullptr && k >= grown->first;
      if (((*covered)[k] && !in_grown) || blocked_[k]) break;
      if (IsNameWord(k) && !words_[k].all_caps) {
        if (matched == letters.size()) break;
        if (WordText(k)[0] != letters[letters.size() - 1 - matched]) break;
        ++matched;
        if (matched == letters.size()) first = k;
        continue;
      }
      const std::string_view word = WordText(k);
      const bool possessive_s = word == "s" && Gap(k) == " '";
      const Joiner joiner = JoinerOf(word);
      const bool joins = joiner == Joiner::kOf || joiner == Joiner::kThe || joiner == Joiner::kAnd;
      if (k + 1 == i || matched == letters.size() || !(possessive_s || joins)) break;
    }
    if (matched != letters.size() || first >= i || letters.size() < 2) continue;
    if (grown != nullptr) {
      if (first < grown->first) {
        for (std::size_t k = first; k < grown->first; ++k) (*covered)[k] = true;
        grown->first = first;
      }
      continue;
    }
    Span span{first, i - 1, MentionType::kOrganization, "", "", false};
    if (impl_.country_keys.count(KeyOfWords(first, i - 1)) != 0) continue;
    // A topic spelled out, no body: "Preventing Violent Extremism ( PVE )"
    // opens with a verb's -ing form, or its last words are written in lower
    // case elsewhere in the text ("violent extremism").
    const std::string_view opening = WordText(first);
    if (opening.size() > 5 && opening.ends_with("ing")) continue;
    if (i >= first + 2 && words_[i - 2].capitalized &&
        WrittenInLowerCaseElsewhere(i - 2, i - 1)) {
      continue;
    }
    // "Local Self Government ( LSG )" names a kind of body; a government is
    // a name only as "Government of X" (the government rule).
    if (WordText(i - 1) == "government") continue;
    if (!Classify(&span)) span.type = MentionType::kOrganization;
    for (std::size_t k = first; k < i; ++k) (*covered)[k] = true;
    names->push_back(span);
  }
}

// Names that a word before or after them marks as an organization's (orgcue
// and orgafter rules): "the daily Le Monde", "news agency Tanjug", "told
// NTV television". Each name's key goes to `keys`, so that its other uses
// in the document are found too.
void OrganizationFinder::FindCuedNames(std::vector<bool>* covered, std::vector<Span>* names,
                                       std::set<std::string>* keys) {
  const auto is_cue = [&](std::size_t i, const WordRules& rules) {
    return !words_[i].capitalized && !words_[i].all_caps && !words_[i].possessive &&
           rules.Matches(WordText(i));
  };
  for (std::size_t i = NextCapitalized(1); i < words_.size(); i = NextCapitalized(i + 1)) {
    // A name may follow a place's possessive: "Britain 's Sun newspaper"
    // (not "the official People 's Daily newspaper").
    if (!IsNameWord(i) || IsNameWord(i - 1) || !(SpaceBefore(i) || AfterPlacesPossessive(i)) ||
        words_[i].sentence_start) {
      continue;
    }
    const std::size_t last = NameRunEnd(i);
    const bool cued_before = is_cue(i - 1, impl_.organization_cues);
    const bool cued_after = last + 1 < words_.size() && SpaceBefore(last + 1) &&
                            !words_[last].possessive &&
                            (last > i || words_[i].all_caps || SingleWordNamedByCueAfter(i)) &&
                            is_cue(last + 1, impl_.organization_cues_after);
    const std::size_t next = last;
    // "the Jakarta Post reported", "the official China Daily": a name of two
    // or more words ending in a newspaper's word, before a verb of saying or
    // after "the" (not "the Lone Star").
    // A capitalized "The" inside a sentence marks a title too: "cover
    // prices at The Sun and The Times".
    const bool paper =
        !cued_before && !cued_after && EndsInPapersWord(last) &&
        ((last > i && last + 1 < words_.size() && SpaceBefore(last + 1) &&
          is_cue(last + 1, impl_.acronym_verbs)) ||
         (last > i && Gap(i) == " " &&
          (WordText(i - 1) == "the" || WordText(i - 1) == "official") &&
          !words_[i - 1].capitalized) ||
         (AfterCapitalThe(i) && !words_[i - 1].sentence_start));
    if (!(cued_before || cued_after || paper)) {
      i = next;
      continue;
    }
    bool free = true;
    for (std::size_t k = i; k <= last; ++k) free = free && !(*covered)[k] && !blocked_[k];
    const std::string key = KeyOfWords(i, last);
    const bool initial = WordText(i).size() == 1;  // "J. Smith", "group C"
    if (free && !initial && impl_.country_keys.count(key) == 0 &&
        !impl_.nation_names.Matches(key)) {
      for (std::size_t k = i; k <= last; ++k) (*covered)[k] = true;
      // A paper's name is a brand: a place among its words is no place
      // ("China Daily", "Hong Kong Standard").
      names->push_back(Span{i, last, MentionType::kOrganization, "", "", false,
                            paper ? kKindCompany : std::string_view()});
      if (impl_.country_keys.count(key) == 0) keys->insert(key);
    }
    i = next;
  }
}

// A paper named right before its kind and a verb of saying: "Liberte
// newspaper said", "El-Watan paper said", ", Zycie Warszawy daily said",
// "The Statesman newspaper quoted". The kind and the verb tell a paper even
// at a sentence's start or after a comma, where FindCuedNames looks at no
// name. Up to four name words (with "i", "am", "de" ... between them); one
// word is no people's adjective ("an Algerian newspaper said") and no place
// ("Indonesia newspaper reports"), and takes a capitalized "The" before it
// in ("The Statesman"). Its key goes to `keys` for the paper's other uses.
void OrganizationFinder::FindPapersThatSay(std::vector<bool>* covered, std::vector<Span>* names,
                                           std::set<std::string>* keys) {
  static const WordViewSet kPaperKinds = {"newspaper", "newspapers", "daily", "paper",
                                          "weekly",    "magazine",   "tabloid"};
  static const WordViewSet kInnerWords = {"i", "am", "de", "del", "di", "do", "da", "du", "la",
                                          "le", "el", "al"};
  for (std::size_t kind = 1; kind + 1 < words_.size(); ++kind) {
    if (words_[kind].capitalized || words_[kind].all_caps ||
        kPaperKinds.count(WordText(kind)) == 0) {
      continue;
    }
    const std::size_t verb = kind + 1;
    if (Gap(kind) != " " || Gap(verb) != " " || words_[verb].capitalized ||
        words_[verb].all_caps || !impl_.acronym_verbs.Matches(WordText(verb))) {
      continue;
    }
    const std::size_t last = kind - 1;
    if (!IsNameWord(last) || words_[last].possessive) continue;
    std::size_t first = last;
    while (first > 0 && last - first < 3 && (Gap(first) == " " || Gap(first) == "-")) {
      if (IsNameWord(first - 1) && !words_[first - 1].possessive) {
        --first;
      } else if (first >= 2 && Gap(first - 1) == " " &&
                 kInnerWords.count(WordText(first - 1)) != 0 && IsNameWord(first - 2)) {
        first -= 2;
      } else {
        break;
      }
    }
    if (first > 0 && (Gap(first) == " " || Gap(first) == "-") && IsNameWord(first - 1)) {
      continue;  // a longer run
    }
    // "the Socialist Zeri i Popullit daily": a party's adjective before the name.
    if (first < last && WordText(first).ends_with("ist")) ++first;
    // "the official People 's Daily newspaper": a possessor that is no place
    // opens the name ("Britain 's Sun newspaper" is Britain's Sun).
    bool possessor = false;
    if (first >= 2 && WordText(first - 1) == "s" && Gap(first - 1) == " '" &&
        Gap(first) == " ") {
      if (!IsNameWord(first - 2) || OverlapsPlace(first - 2, first - 2)) continue;
      first -= 2;
      possessor = true;
    }
    if (first == last && !possessor && (LooksLikeAPeoplesAdjective(WordText(first)) ||
                          OverlapsPlace(first, last))) {
      continue;
    }
    const std::string key = KeyOfWords(first, last);
    if (impl_.country_keys.count(key) != 0 || impl_.nation_names.Matches(key)) continue;
    bool free = true;
    for (std::size_t k = first; k <= last; ++k) free = free && !(*covered)[k] && !blocked_[k];
    if (!free) continue;
    // "The Statesman newspaper quoted", and later "told The Statesman": the
    // capitalized "The" is the title's (TitledPaperFirst).
    if (first == last && AfterCapitalThe(first)) titled_papers_.insert(key);
    for (std::size_t k = first; k <= last; ++k) (*covered)[k] = true;
    names->push_back(
        Span{first, last, MentionType::kOrganization, "", "", false, kKindCompany});
    keys->insert(key);
  }
}

// An acronym in a line not written in capitals ("CFDT spokesman"), where
// capitals tell nothing.
bool OrganizationFinder::AcronymAlone(std::size_t i) const {
  return words_[i].all_caps && !words_[i].shouting;
}

// The last word of the run of name words from `first`, with "&" or a word
// such as "of", "de", "against" between them ("Rothschild & Cie", "Bild am
// Sonntag"): five words at most.
std::size_t OrganizationFinder::NameRunEnd(std::size_t first) {
  static const WordViewSet kInnerWords = {
      "of", "against", "de", "del", "della", "do", "da", "du", "des", "di", "am", "la", "le"};
  std::size_t last = first;
  while (last + 1 < words_.size() && last - first < 4 && !words_[last].possessive) {
    if (IsNameWord(last + 1) && (SpaceBefore(last + 1) || Gap(last + 1) == " & ")) {
      ++last;
      continue;
    }
    if (SpaceBefore(last + 1) && kInnerWords.count(WordText(last + 1)) != 0 &&
        last + 2 < words_.size() && SpaceBefore(last + 2) && IsNameWord(last + 2)) {
      last += 2;
      continue;
    }
    break;
  }
  return last;
}

// Whether words first..last overlap a place that the location extractor
// found (false when the caller gave no places).
void OrganizationFinder::ExtendOverAPlacesTypeWord(Span* span) const {
  if (places_ == nullptr || span->type != MentionType::kOrganization) return;
  const std::size_t start = words_[span->last].raw_start;
  const std::size_t end = words_[span->last].raw_end;
  auto place = std::lower_bound(
      places_->begin(), places_->end(), end,
      [](const ByteSpan& known, std::size_t at) { return known.start < at; });
  if (place == places_->begin()) return;
  --place;
  if (place->start > start || place->end <= end) return;
  // The place goes on past the name with lower-case words (its type word,
  // joined by spaces): take them in.
  std::size_t last = span->last;
  while (last + 1 < words_.size() && words_[last + 1].raw_end <= place->end &&
         !words_[last + 1].capitalized && Gap(last + 1) == " ") {
    ++last;
  }
  if (words_[last].raw_end == place->end) span->last = last;
}

bool OrganizationFinder::OpensALongerPlace(std::size_t i) const {
  if (places_ == nullptr) return false;
  const auto place = std::lower_bound(
      places_->begin(), places_->end(), words_[i].raw_start,
      [](const ByteSpan& span, std::size_t at) { return span.start < at; });
  return place != places_->end() && place->start == words_[i].raw_start &&
         place->end > words_[i].raw_end;
}

bool OrganizationFinder::OverlapsPlace(std::size_t first, std::size_t last) const {
  if (places_ == nullptr) return false;
  const std::size_t start = words_[first].raw_start;
  const std::size_t end = words_[last].raw_end;
  // Places run in text order: of those starting before `end`, only the
  // last few can still reach `start`.
  auto place = std::lower_bound(
      places_->begin(), places_->end(), end,
      [](const ByteSpan& span, std::size_t at) { return span.start < at; });
  for (int back = 0; back < 4 && place != places_->begin(); ++back) {
    --place;
    if (place->end > start) return true;
  }
  return false;
}

// Whether words first..last may be taken for an organization on the
// evidence of the words around them alone: taken by no other name, no head
// word among them, no one-letter word, no digit, no country, nation or
// place, and not only adjectives of peoples ("Brazilian players", "West
// German shares").
bool OrganizationFinder::IsUnknownName(std::size_t first, std::size_t last,
                                       const std::vector<bool>& covered) {
  bool all_adjectives = true;  // "West German", "South Korean"
  for (std::size_t k = first; k <= last; ++k) {
    if (covered[k] || blocked_[k] || heads_[k] != Head::kNone) return false;
    // An initial, a class of shares: "J. Smith", "Class B shares".
    if (WordText(k).size() == 1) return false;
    all_adjectives = all_adjectives && (IsAdjectiveOfAPeople(WordText(k)) ||
                                        IsCompassWord(WordText(k)));
  }
  if (all_adjectives) return false;
  const std::string key = KeyOfWords(first, last);
  // An index, not its shares' issuer: "CAC-40 shares".
  if (key.find_first_of("0123456789") != std::string::npos) return false;
  if (impl_.country_keys.count(key) != 0 || impl_.nation_names.Matches(key)) return false;
  return !OverlapsPlace(first, last);
}

// "face English league and cup double winners Manchester United", "beat
// Dutch champions Ajax": one word like a people's adjective before a word
// in lower case that is neither a function word nor a score ("champions",
// not "on" or "2-1") describes the team that follows; it names none.
bool OrganizationFinder::PeoplesAdjectiveBeforeNoun(std::size_t first, std::size_t last) const {
  const std::size_t next = last + 1;
  return first == last && next < words_.size() && SpaceBefore(next) &&
         !words_[next].capitalized && !words_[next].all_caps && !IsScore(next) &&
         !impl_.function_words.Matches(WordText(next)) &&
         LooksLikeAdjectiveOfAPeople(WordText(first));
}

// "Brazilian", "Islamist", and "Thai", "Iraqi", "Saudi": a people's
// adjective by its ending, or a country's name with "i" for its ending.
bool OrganizationFinder::IsAdjectiveOfAPeople(std::string_view word) const {
  if (LooksLikeAdjectiveOfAPeople(word) || word.ends_with("ist")) return true;
  if (word.size() < 4 || !word.ends_with('i')) return false;
  const std::string_view stem = word.substr(0, word.size() - 1);
  return std::any_of(impl_.country_keys.begin(), impl_.country_keys.end(),
                     [&](const std::string& country) { return country.starts_with(stem); });
}

namespace {

// Verbs an online platform's company acts by, besides any past tense in
// "-ed": "TikTok took down", "Discord did not reply", "Google says".
const WordViewSet& PlatformVerbs() {
  static const WordViewSet verbs = {
      "said", "says", "did", "does", "has", "had", "have", "took", "takes", "told", "tells",
      "made", "makes", "gave", "gives", "sent", "sends", "kept", "keeps", "shut", "shuts",
      "began", "begins", "paid", "pays", "will", "would", "can", "could", "must", "should",
      "removes", "blocks", "bans", "deletes", "suspends", "refuses", "declines", "replies",
      "responds", "answers", "agrees", "announces", "allows", "requires", "restricts",
      "publishes", "plans", "wants", "sued", "won", "lost"};
  return verbs;
}

}  // namespace

// Whether an online platform's name ending at word `last` stands before a
// verb, an adverb ("also", "quickly") allowed between: the company acts
// ("Telegram removed 41 channels", "Discord did not reply"). A plural noun
// after it is the platform's medium ("YouTube channels", "Discord
// servers"), and so is a name after "on" with no verb.
bool OrganizationFinder::PlatformActs(std::size_t last) const {
  std::size_t verb = last + 1;
  if (verb >= words_.size() || Gap(verb) != " " || words_[last].possessive) return false;
  const auto lower = [&](std::size_t i) { return !words_[i].capitalized && !words_[i].all_caps; };
  if (!lower(verb)) return false;
  const auto is_adverb = [&](std::string_view word) {
    return (word.size() > 4 && word.ends_with("ly")) || word == "also" || word == "then" ||
           word == "later" || word == "still" || word == "again" || word == "never" ||
           word == "soon";
  };
  if (is_adverb(WordText(verb))) {
    ++verb;
    if (verb >= words_.size() || Gap(verb) != " " || !lower(verb)) return false;
  }
  const std::string_view word = WordText(verb);
  if (PlatformVerbs().contains(word)) return true;
  return word.size() >= 5 && word.ends_with("ed") && !word.ends_with("eed");
}

// Business context around words first..last (the bizafter, bizmod, bizof
// and bizin rules): "Comelf shares", "Petofi general manager", "chief
// executive officer of Petofi", "analyst Paula Buratti at Indosuez", "a
// stake in Ruch". A business word after the name's "'s" is no cue:
// "Boatmen 's stock" is the stock of "Boatmen 's".
bool OrganizationFinder::InBusinessContext(std::size_t first, std::size_t last) {
  const auto lower_case = [&](std::size_t k) {
    return k < words_.size() && !words_[k].capitalized && !words_[k].all_caps;
  };
  const std::size_t next = last + 1;
  // "the Nikkei stock index", "the Zurich stock exchange": a market's name.
  const auto market_after = [&](std::size_t k) {
    if (k + 1 >= words_.size() || !SpaceBefore(k + 1)) return false;
    const std::string_view word = WordText(k + 1);
    return word == "index" || word == "exchange" || word == "market" || word == "average" ||
           word == "futures";
  };
  // A post after a name of two or more words is its holder's ("named John
  // Kilcullen executive vice president"); after one word, a company's
  // ("Petofi general manager").
  const auto business_word = [&](std::size_t k) {
    return impl_.business_after.Matches(WordText(k)) ||
           (first == last && impl_.business_posts_after.Matches(WordText(k)));
  };
  if (lower_case(next) && SpaceBefore(next) && !market_after(next)) {
    if (business_word(next)) return true;
    if (impl_.business_modifiers.Matches(WordText(next)) && lower_case(next + 1) &&
        SpaceBefore(next + 1) && business_word(next + 1)) {
      return true;
    }
  }
  // The name stands after "of"/"at"/"with" as itself, not as a possessor
  // ("an analyst of Baker's remarks").
  const bool possessor = words_[last].possessive || (next + 1 < words_.size() &&
                                                     WordText(next) == "s" && Gap(next) == " '");
  if (first < 2 || possessor || !SpaceBefore(first) || !lower_case(first - 1) ||
      !SpaceBefore(first - 1)) {
    return false;
  }
  const std::string_view joiner = WordText(first - 1);
  if (joiner == "in") {
    return lower_case(first - 2) && impl_.business_in.Matches(WordText(first - 2));
  }
  if (joiner != "of" && joiner != "at" && joiner != "with") return false;
  std::size_t cue = first - 2;
  if (joiner != "of") {
    // "analyst Paula Buratti at Indosuez": a person's name between.
    std::size_t name_words = 0;
    while (cue > 0 && name_words < 3 && words_[cue].capitalized && SpaceBefore(cue)) {
      --cue;
      ++name_words;
    }
  }
  return lower_case(cue) && impl_.business_of.Matches(WordText(cue));
}

// Whether words first..last are a whole name, not a part of a longer one
// that the name finders stop short of: no capitalized word right before or
// after them, no number right after them ("stake in Media General Inc",
// "Pier 1 Imports", "Pay 'N Pak"), nor one joined by "and" ("Johnson and
// Johnson", "Ways and Means", "Fichtel\nund Sachs").
bool OrganizationFinder::IsWholeName(std::size_t first, std::size_t last) {
  static const WordViewSet kJoiners = {"and", "et", "und", "of", "de",
                                                                 "y"};
  // Spaces, a wrapped line's break, "'", "&" or "-".
  const auto plain_gap = [&](std::size_t i) {
    return Gap(i).find_first_not_of(" \t\r\n'&-") == std::string_view::npos;
  };
  const auto name_like = [&](std::size_t i) {
    return words_[i].capitalized || words_[i].all_caps || IsScore(i);
  };
  const std::size_t next = last + 1;
  if (next < words_.size() && plain_gap(next)) {
    if (name_like(next)) return false;
    if (kJoiners.count(WordText(next)) != 0 && next + 1 < words_.size() && plain_gap(next + 1) &&
        name_like(next + 1)) {
      return false;
    }
  }
  if (first > 0 && plain_gap(first)) {
    // A number before the name counts shares ("1,185 Ciments Libanais
    // shares"); a capitalized word may open the sentence ("In", "The"), not
    // a name ("vice president,\nGeneral Merchandise manager").
    if ((words_[first - 1].capitalized || words_[first - 1].all_caps) &&
        WordClass(first - 1) != kFunctionWord) {
      return false;
    }
    if (first > 1 && kJoiners.count(WordText(first - 1)) != 0 && plain_gap(first - 1) &&
        name_like(first - 2)) {
      return false;
    }
  }
  return true;
}

// Companies named without a legal form, known by the business words around
// one of their uses (InBusinessContext); their other uses follow from `keys`.
void OrganizationFinder::FindNamesInBusinessContext(std::vector<bool>* covered,
                                                    std::vector<Span>* names,
                                                    std::set<std::string>* keys) {
  for (std::size_t i = NextCapitalized(1); i < words_.size(); i = NextCapitalized(i + 1)) {
    if (!IsNameWord(i) || IsNameWord(i - 1) || !SpaceBefore(i) || words_[i].sentence_start) {
      continue;
    }
    const std::size_t last = NameRunEnd(i);
    if (InBusinessContext(i, last) && IsWholeName(i, last) && IsUnknownName(i, last, *covered)) {
      for (std::size_t k = i; k <= last; ++k) (*covered)[k] = true;
      names->push_back(
          Span{i, last, MentionType::kOrganization, "", "", false, kKindCompany});
      keys->insert(KeyOfWords(i, last));
    }
    i = last;
  }
}

// An acronym alone before a word for a body's people (acrafter rules:
// "UES officials said", "CFDT spokesman") or as the subject of a verb of
// saying (acrverb rules: "BNZ said it was responding to lower wholesale
// rates", "the RBA said"), a sentence's first word too. News writes
// persons and places so rarely; the acronym's other uses in the document
// follow.
void OrganizationFinder::FindAcronymsBeforeCues(std::vector<bool>* covered,
                                                std::vector<Span>* names,
                                                std::set<std::string>* keys) {
  for (std::size_t i = NextCapitalized(0); i + 1 < words_.size(); i = NextCapitalized(i + 1)) {
    if (!AcronymAlone(i) || words_[i].possessive || (i > 0 && IsNameWord(i - 1))) continue;
    const std::size_t cue = i + 1;
    if (!SpaceBefore(cue) || words_[cue].capitalized || words_[cue].all_caps ||
        !(impl_.acronym_verbs.Matches(WordText(cue)) ||
          impl_.acronym_cues_after.Matches(WordText(cue))) ||
        !IsUnknownName(i, i, *covered)) {
      continue;
    }
    (*covered)[i] = true;
    names->push_back(Span{i, i, MentionType::kOrganization, "", "", false});
    keys->insert(KeyOfWords(i, i));
  }
}

// Broadcasters: a run of two to five capitalized words that "Radio",
// "Television" or "TV" opens or, after a sentence's first word, closes
// ("Radio Red", "state-run Damascus Radio", "Television New Zealand"). A
// place among the words is part of the name.
void OrganizationFinder::FindBroadcasters(std::vector<bool>* covered, std::vector<Span>* names,
                                          std::set<std::string>* keys) {
  for (std::size_t i = NextCapitalized(0); i < words_.size(); i = NextCapitalized(i + 1)) {
    if (!IsNameWord(i) || (i > 0 && SpaceBefore(i) && IsNameWord(i - 1))) continue;
    std::size_t last = i;
    while (last + 1 < words_.size() && last - i < 4 && SpaceBefore(last + 1) &&
           IsNameWord(last + 1)) {
      ++last;
    }
    // At a sentence's start only "Radio", "TV" or "Television" may open
    // the name: "Commercial TV 127 6" in a table is a line of business.
    // (A run of one word is none: its words are not looked up.)
    if (last > i && (impl_.broadcasters.Matches(WordText(i)) ||
                     (!words_[i].sentence_start && impl_.broadcasters.Matches(WordText(last))))) {
      bool free = true;
      for (std::size_t k = i; k <= last; ++k) free = free && !(*covered)[k] && !blocked_[k];
      const std::string key = KeyOfWords(i, last);
      if (free && impl_.country_keys.count(key) == 0) {
        for (std::size_t k = i; k <= last; ++k) (*covered)[k] = true;
        names->push_back(
            Span{i, last, MentionType::kOrganization, "", "", false, kKindCompany});
        keys->insert(key);
      }
    }
    i = last;
  }
}

// A single word before a cue such as "newspaper" or "daily" names a paper
// after "the" or a place's possessive ("Britain 's Sun newspaper"), when it
// is no place and no people's adjective ("the Moscow daily", "the Catholic
// daily"; "the Bengali newspaper": any word ending in "i").
bool OrganizationFinder::SingleWordNamedByCueAfter(std::size_t i) {
  if (i == 0 || !(WordText(i - 1) == "the" || AfterPlacesPossessive(i))) return false;
  const std::string_view word = WordText(i);
  return !IsAdjectiveOfAPeople(word) && !word.ends_with('i') && !OverlapsPlace(i, i);
}

// In a team-sport document's prose, the team's people right after a name
// ("Ajax players", "Dynamo Moscow players", "his Saracens side"); not one of
// names listed, nor a place ("the Volgograd side"), nor a people's adjective
// ("Brazilian players").
bool OrganizationFinder::FollowedByTeamCue(std::size_t first, std::size_t last) {
  const std::size_t next = last + 1;
  if (next >= words_.size() || Gap(next) != " " || words_[last].possessive ||
      words_[next].capitalized || words_[next].all_caps ||
      !impl_.team_cues_after.Matches(WordText(next))) {
    return false;
  }
  if (words_[first].sentence_start || OverlapsPlace(first, last)) return false;
  if (first == last && LooksLikeAdjectiveOfAPeople(WordText(first))) return false;
  if (first > 0 && (Gap(first) == " , " || (WordText(first - 1) == "and" && Gap(first) == " "))) {
    return false;
  }
  return true;
}

// The papers of a press digest: each paper's stories follow its name, in
// capitals on a line of its own ("LE MONDE", "NIDA'A AL-WATAN", "DIARIO
// 16"); a country ("IRAQ") or a section ("FRONT PAGE") is no paper.
void OrganizationFinder::FindMastheads(std::vector<bool>* covered, std::vector<Span>* names) {
  std::size_t line_first = 0;
  for (std::size_t i = 0; i <= words_.size(); ++i) {
    const bool line_ends =
        i == words_.size() || (i > 0 && Gap(i).find('\n') != std::string_view::npos);
    if (!line_ends) continue;
    const std::size_t first = line_first;
    line_first = i;
    if (first == 0 || i - first > 4 || i == first) continue;  // never the title line
    const std::size_t last = i - 1;
    // Nothing but the words on the line.
    const std::string_view before = Gap(first);
    if (before.substr(before.rfind('\n') + 1).find_first_not_of(' ') != std::string_view::npos) {
      continue;
    }
    const std::size_t line_end = std::min(normalized_.find('\n', words_[last].end),
                                          normalized_.size());
    if (normalized_.substr(words_[last].end, line_end - words_[last].end)
            .find_first_not_of(' ') != std::string_view::npos) {
      continue;
    }
    bool masthead = true;
    bool has_letters = false;
    for (std::size_t k = first; k <= last && masthead; ++k) {
      if (k > first && Gap(k) != " " && Gap(k) != "-") masthead = false;
      if (words_[k].all_caps) {
        has_letters = has_letters || words_[k].end - words_[k].start >= 3;
      } else if (!IsScore(k) || WordText(k).find('-') != std::string_view::npos) {
        masthead = false;  // a dateline's date ("BEIRUT 1996-08-22")
      }
      if (impl_.digest_headings.Matches(WordText(k)) || (*covered)[k]) masthead = false;
    }
    const std::string key = KeyOfWords(first, last);
    if (!masthead || !has_letters || impl_.country_keys.count(key) != 0 ||
        impl_.nation_names.Matches(key)) {
      continue;
    }
    for (std::size_t k = first; k <= last; ++k) (*covered)[k] = true;
    names->push_back(Span{first, last, MentionType::kOrganization, "", "", false});
  }
}

}  // namespace organizations_detail
}  // namespace gleaner
