// The person extractor. A candidate is a run of capitalized words of the
// raw text (joined by single spaces, after an initial by ". ", with name
// particles such as "van", "bin", "de" between them), cut at titles, at
// function words and at organizations' names. A candidate becomes a person
// on evidence: its first word is a known given name (or two, or a Korean
// given name's syllables, joined by a hyphen), it starts with an
// initial, a word has a family-name shape (-ov, -eva, -uly, -enko ...), a
// title stands before it, a verb of saying or an apposition with a role
// follows it, a results line shows a competitor (a country in parentheses,
// a goal's minute, bowling figures, a cricket dismissal), or a fuller mention of the same person came earlier in the
// document ("Simmons" after "Phil Simmons").
#include "extractors/persons.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include <re2/re2.h>

#include "engine/ascii.h"
#include "extractors/name_words.h"
#include "extractors/rules.h"
#include "extractors/word_hash.h"

namespace gleaner {
namespace {

enum class PersonCue {
  kTitle,
  kSpeech,
  kRole,
  kSurname,
  kNotName,
  kOpener,
  kSyllables,
  kNationality,
  kFeat,
  kDismissal
};

struct PersonRule {
  PersonCue cue = PersonCue::kTitle;
  int group = 0;
};

// Lower-case particles inside a name: "Ruud van Nistelrooy", "Osama bin Laden".
bool IsNameParticle(std::string_view word) {
  static const WordViewSet kParticles = {
      "van", "von", "de", "der", "den", "da", "di", "du", "dos", "das", "del", "della",
      "le",  "la",  "bin", "ibn", "al", "el", "ter", "ten", "y",  "zu",  "af",  "bint",
  };
  return kParticles.count(word) != 0;
}

// Lower-case place-type words that, right after a name, make it a place's:
// "deputy chairman of Shamsiddin Shohin district" (tests/data/releases-blind14).
constexpr std::string_view kPlaceTypesAfterAName[] = {
    "district", "districts", "province", "oblast", "region", "village", "town",
    "rayon",    "raion",     "jamoat",   "county"};

// Family members whose given name follows after a comma: "My mother,
// Gulnara, cried" (tests/data/releases-blind14).
constexpr std::string_view kKinshipNouns[] = {
    "mother",  "father",  "sister", "brother", "son",   "daughter", "wife",
    "husband", "uncle",   "aunt",   "cousin",  "niece", "nephew",   "grandmother",
    "grandfather", "grandson", "granddaughter"};

// Possessive determiners before a kinship noun: "my mother", "her son".
constexpr std::string_view kPossessives[] = {"my", "his", "her", "our", "their", "your"};

template <std::size_t N>
bool OneOf(const std::string_view (&words)[N], std::string_view word) {
  return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

// A comma between the items of a list of names, on one line or at a
// wrapped line's end: ", ", " , ", " ,\n" ("Chaminda Vaas ,\nMuthiah
// Muralitharan").
bool IsListComma(std::string_view gap) {
  if (gap.size() < 2 || gap.size() > 3) return false;
  const std::size_t comma = gap.front() == ' ' ? 1 : 0;
  return gap[comma] == ',' && comma + 2 == gap.size() &&
         (gap.back() == ' ' || gap.back() == '\n');
}

// A semicolon between groups of a line-up: " ; ", "; ".
bool IsListSemicolon(std::string_view gap) { return gap == " ; " || gap == "; "; }

// " - " between a player's shirt number and name.
bool IsSpacedDash(std::string_view gap) { return gap == " - "; }

// A shirt number: one or two digits.
bool IsShirtNumber(std::string_view word) {
  return word.size() <= 2 && IsAsciiDigits(word);
}

// A set of words for one document, kept as 64-bit hashes in one flat
// open-addressing table (no allocation per word).
class WordHashSet {
 public:
  explicit WordHashSet(std::size_t expected) {
    std::size_t size = 16;
    while (size < expected * 2) size <<= 1;
    slots_.assign(size, 0);
  }
  void Insert(std::string_view word) {
    const std::uint64_t hash = Hash(word);
    for (std::size_t i = hash & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i] == hash) return;
      if (slots_[i] == 0) {
        slots_[i] = hash;
        return;
      }
    }
  }
  bool Contains(std::string_view word) const {
    const std::uint64_t hash = Hash(word);
    for (std::size_t i = hash & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i] == hash) return true;
      if (slots_[i] == 0) return false;
    }
  }

 private:
  static std::uint64_t Hash(std::string_view word) {
    const std::uint64_t hash = HashWordBytes(word);
    return hash == 0 ? 1 : hash;
  }
  std::vector<std::uint64_t> slots_;
};


}  // namespace

struct PersonExtractor::Impl {
  RuleSet rules;
  std::vector<PersonRule> cues;  // parallel to rules.rules()
  std::vector<int> title_rules;
  std::vector<int> speech_rules;
  std::vector<int> role_rules;
  std::vector<int> feat_rules;
  WordRules surname_shapes;
  WordRules dismissals;
  WordRules not_names;
  WordRules sentence_openers;  // "Today", "Meanwhile": no name at a sentence start
  WordRules korean_given_names;  // "ji-won": two syllables joined by a hyphen
  WordRules nationalities;  // "German", "Kyrgyz": never in a name
  // Every word a title rule's group lists, when each title rule's group is
  // such a list: a word outside it is no title, without running the rules.
  // Empty when some title rule is not a list.
  WordSet title_words;
  std::shared_ptr<const WordSet> given_names;  // normalized (case folded); never null
  std::shared_ptr<const OrganizationExtractor> organizations;
};

namespace {

class PersonFinder {
 public:
  PersonFinder(const PersonExtractor::Impl& impl, const TextView& text,
               const std::vector<NameWord>& words, const std::vector<ByteSpan>* organizations,
               const std::vector<ByteSpan>* locations)
      : impl_(impl),
        organization_spans_(organizations),
        location_spans_(locations),
        text_(text),
        normalized_(text.normalized.text),
        words_(words),
        title_(words.size(), kUnknown),
        vetoed_(words.size(), false),
        word_class_(words.size(), kUnknown) {}

  void Run(std::vector<Mention>* out);

 private:
  static constexpr std::uint8_t kUnknown = 0xFF;
  static constexpr std::uint8_t kSurname = 1;
  static constexpr std::uint8_t kNotName = 2;
  static constexpr std::uint8_t kNationality = 3;
  static constexpr std::uint8_t kSurnameUnasked = 4;  // see NameClass
  // Bytes after a name that a feat rule may read.
  static constexpr std::size_t kFeatWindow = 24;

  struct Candidate {
    std::size_t first = 0;
    std::size_t last = 0;  // inclusive
  };

  // "Billie Jean King ... King said": a title's word standing alone (no
  // capitalized word beside it) that is the surname of a person named in
  // full is that person, not a title.
  void AddTitleWordsUsedAsSurnames(const std::set<std::string>& known_surnames,
                                   std::vector<Candidate>* persons) {
    if (known_surnames.empty()) return;
    const auto capitalized_beside = [&](std::size_t i) {
      return (i > 0 && Gap(i) == " " && words_[i - 1].capitalized) ||
             (i + 1 < words_.size() && Gap(i + 1) == " " && words_[i + 1].capitalized);
    };
    for (std::size_t i = 0; i < words_.size(); ++i) {
      if (!words_[i].capitalized || words_[i].all_caps || vetoed_[i] || !IsTitle(i) ||
          known_surnames.count(std::string(WordText(i))) == 0 || capitalized_beside(i)) {
        continue;
      }
      persons->push_back(Candidate{i, i});
    }
  }
  // Adds to `persons` the unproven candidates listed with a person.
  void ProveListedNames(const std::vector<Candidate>& unproven,
                        std::vector<Candidate>* persons) const;
  // Moves to `persons` the unproven names that end in a known surname
  // (see the definition).
  void ProveRelativesBySurname(const WordHashSet& lower_case_words,
                               const std::set<std::string>& known_surnames,
                               std::vector<Candidate>* unproven,
                               std::vector<Candidate>* persons) const;
  // Moves to `persons` the unproven names whose last word the text also
  // uses alone, and records their words as a proven person's.
  void ProveNamesCalledBySurname(const std::vector<Candidate>& singles,
                                 const WordHashSet& lower_case_words,
                                 std::vector<Candidate>* unproven, std::vector<Candidate>* persons,
                                 std::set<std::string>* known_parts,
                                 std::set<std::string>* known_surnames) const;

  // (No substr: a word's offsets lie inside the text it was scanned from,
  // and without substr's range check the call inlines.)
  std::string_view WordText(std::size_t i) const {
    const NameWord& word = words_[i];
    return std::string_view(normalized_.data() + word.start, word.end - word.start);
  }
  std::string_view Gap(std::size_t i) const { return GapBefore(text_, words_, i); }

  // kNotName, kNationality, or kSurname when word i has a surname's shape
  // (else 0).
  std::uint8_t WordClass(std::size_t i) {
    if (NameClass(i) == kSurnameUnasked) {
      word_class_[i] = impl_.surname_shapes.Matches(WordText(i)) ? kSurname : 0;
    }
    return word_class_[i];
  }
  // As WordClass, but leaves the surname shape unasked (kSurnameUnasked)
  // when word i is neither a not-name nor a nationality: most words asked
  // about never need it, and its rules are the dearest of the three.
  std::uint8_t NameClass(std::size_t i) {
    if (word_class_[i] == kUnknown) {
      const std::string_view word = WordText(i);
      word_class_[i] = impl_.not_names.Matches(word)         ? kNotName
                       : impl_.nationalities.Matches(word)   ? kNationality
                                                             : kSurnameUnasked;
    }
    return word_class_[i];
  }
  // "A.", and the two-letter initials that transliterate one Cyrillic
  // letter in Central Asian and Russian names ("Sh. Nazarov", "Zh.
  // Abdullaev", "Yu. Petrov"), written with a lower-case second letter.
  bool IsInitial(std::size_t i) const {
    const NameWord& word = words_[i];
    if (!word.dotted || !word.capitalized) return false;
    const std::size_t length = word.end - word.start;
    return length == 1 || (length == 2 && !word.all_caps && IsDigraphInitial(WordText(i)));
  }
  // Lower-case words of Turkic patronymics: Kyrgyz "uulu"/"kyzy", Kazakh
  // "uly"/"qyzy", Uzbek "o'g'li"/"qizi", Turkmen "ogly"/"gyzy", Azerbaijani
  // "oglu".
  static bool IsPatronymicMarker(std::string_view word) {
    static constexpr std::string_view kMarkers[] = {
        "uulu", "kyzy", "kizi", "uly",   "qyzy",  "ugli", "ogli", "o'g'li",
        "o'gli", "qizi", "ogly", "gyzy", "oglu", "ogl", "kyzi"};
    return std::find(std::begin(kMarkers), std::end(kMarkers), word) != std::end(kMarkers);
  }
  // "al-Turkistani", "el-Masri", "ad-Din": the Arabic article, lower case,
  // hyphened to a surname written with a capital. The word as a whole is
  // no capitalized word, so it only joins a name that has begun before it.
  bool IsArticleSurname(std::size_t i) const {
    static constexpr std::string_view kArticles[] = {"al-", "el-", "ad-", "ud-", "ul-",
                                                     "ash-", "as-", "ar-", "an-", "at-", "az-"};
    const NameWord& word = words_[i];
    if (word.capitalized) return false;
    const std::string_view text = WordText(i);
    for (const std::string_view article : kArticles) {
      if (!text.starts_with(article) || text.size() < article.size() + 2) continue;
      const std::size_t at = word.raw_start + article.size();
      if (at >= word.raw_end || text_.raw.substr(word.raw_start, article.size()) != article) {
        return false;
      }
      const char first = text_.raw[at];
      return first >= 'A' && first <= 'Z';
    }
    return false;
  }
  // "SHARIPOVA: Four of the six.": a transcript's speaker label, one word
  // in capitals opening a line right before a colon.
  bool SpeakerLabel(std::size_t i) const {
    const NameWord& word = words_[i];
    const std::string_view raw = text_.raw;
    return (word.raw_start == 0 || raw[word.raw_start - 1] == '\n') &&
           word.raw_end < raw.size() && raw[word.raw_end] == ':';
  }
  // One romanized syllable of Chinese or Korean: up to three consonants, one
  // to three vowels and an optional final ("teng", "hui", "young", "shek").
  static bool IsRomanizedSyllable(std::string_view syllable) {
    const auto vowel = [](char c) {
      return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    };
    std::size_t k = 0;
    while (k < syllable.size() && k < 3 && !vowel(syllable[k])) {
      if (syllable[k] < 'a' || syllable[k] > 'z') return false;
      ++k;
    }
    const std::size_t vowels_start = k;
    while (k < syllable.size() && vowel(syllable[k]) && k - vowels_start < 3) ++k;
    if (k == vowels_start) return false;
    const std::string_view final = syllable.substr(k);
    return final.empty() || final == "n" || final == "ng" || final == "k" || final == "l" ||
           final == "m" || final == "p" || final == "h" || final == "r";
  }
  // Word `given` is "Teng-hui" of "Lee Teng-hui": a capital, two syllables
  // joined by one hyphen, the second in lower case, right after a family
  // name of one short word (`family`) in ordinary case.
  bool IsEastAsianGivenNameAfter(std::size_t family, std::size_t given) const {
    const NameWord& word = words_[given];
    const std::string_view raw = text_.raw.substr(word.raw_start, word.raw_end - word.raw_start);
    const std::size_t hyphen = raw.find('-');
    if (raw.empty() || raw[0] < 'A' || raw[0] > 'Z' || hyphen == std::string_view::npos ||
        hyphen + 1 >= raw.size() || raw[hyphen + 1] < 'a' || raw[hyphen + 1] > 'z' ||
        raw.find('-', hyphen + 1) != std::string_view::npos || vetoed_[given]) {
      return false;
    }
    const std::string_view text = WordText(given);
    if (text.size() != raw.size()) return false;
    const std::string_view surname = WordText(family);
    if (words_[family].all_caps || surname.size() < 2 || surname.size() > 5 ||
        !IsRomanizedSyllable(surname)) {
      return false;
    }
    return IsRomanizedSyllable(text.substr(0, hyphen)) &&
           IsRomanizedSyllable(text.substr(hyphen + 1));
  }
  // The word after word `last` is written in lower case, on the same line.
  bool LowerCaseWordAfter(std::size_t last) const {
    if (last + 1 >= words_.size() || Gap(last + 1) != " ") return false;
    const char first = text_.raw[words_[last + 1].raw_start];
    return first >= 'a' && first <= 'z';
  }
  static bool IsWeekday(std::string_view word) {
    static constexpr std::string_view kWeekdays[] = {"monday", "tuesday", "wednesday", "thursday",
                                                     "friday", "saturday", "sunday"};
    return std::find(std::begin(kWeekdays), std::end(kWeekdays), word) != std::end(kWeekdays);
  }
  static bool IsDigraphInitial(std::string_view letters) {
    static constexpr std::string_view kDigraphs[] = {"sh", "kh", "zh", "ch", "ts",
                                                     "yu", "ya", "ye", "gh"};
    return std::find(std::begin(kDigraphs), std::end(kDigraphs), letters) != std::end(kDigraphs);
  }
  // A word that may stand in a person's name.
  bool IsNameWord(std::size_t i) {
    const NameWord& word = words_[i];
    if (!word.capitalized || word.shouting || vetoed_[i] || IsTitle(i)) return false;
    if (IsSentenceOpener(i)) return false;
    if (IsGluedInitialsBeforeASurname(i)) return true;
    if (word.all_caps && !IsInitial(i) && word.end - word.start > 1) {
      return IsCapitalizedSurname(i);
    }
    const char first = normalized_[word.start];
    if (first >= '0' && first <= '9') return false;
    // With its dot, "A." or "I." is an initial, not the article or pronoun
    // ("Mr. A. Karimov").
    if (IsInitial(i)) return true;
    const std::uint8_t word_class = NameClass(i);
    return word_class != kNotName && word_class != kNationality;
  }
  // "Abashidze-de" of "Nino Abashidze-de Wit": a capitalized surname
  // hyphened to a lower-case name particle (one word, not capitalized as
  // a whole).
  bool ParticleEndedSurname(std::size_t i) const {
    const NameWord& word = words_[i];
    if (word.capitalized || word.shouting || vetoed_[i]) return false;
    const std::string_view text = WordText(i);
    const std::size_t hyphen = text.rfind('-');
    if (hyphen == std::string_view::npos || hyphen < 2 || text.find('-') != hyphen) return false;
    const char first = text_.raw[word.raw_start];
    return first >= 'A' && first <= 'Z' && IsNameParticle(text.substr(hyphen + 1));
  }
  // "Today Gulnara Seitkazina spoke": a common adverb or connective that
  // opens a sentence is cut off the name after it.
  bool IsSentenceOpener(std::size_t i) const {
    return words_[i].sentence_start && impl_.sentence_openers.Matches(WordText(i));
  }
  // A surname in capitals beside a given name in ordinary case, as
  // Central Asian and Russian lists write names: "Nurlan ABDRAKHMANOV",
  // "ISMAILOVA Gulnara". Only with a surname's shape, so acronyms stay out.
  bool IsCapitalizedSurname(std::size_t i) {
    const auto given_beside = [&](std::size_t j) {
      return !words_[j].all_caps && words_[j].capitalized && IsGivenName(j);
    };
    const bool beside = (i > 0 && Gap(i) == " " && given_beside(i - 1)) ||
                        (i + 1 < words_.size() && Gap(i + 1) == " " && given_beside(i + 1));
    return beside && NameClass(i) != kNotName && WordClass(i) == kSurname;
  }
  bool Joined(std::size_t i) const {  // may word i follow word i-1 in one name?
    if (words_[i - 1].possessive || LineBreakBefore(i)) return false;
    const std::string_view gap = Gap(i);
    return gap == " " || (gap == ". " && IsInitial(i - 1)) || GluedInitials(i);
  }
  // A line break ends a name: a list or a table puts a post at one line's
  // end and a body or a person at the next line's start ("First Deputy
  // Khokim" / "Dashoguz Velayat Hakimlik - ...").
  bool LineBreakBefore(std::size_t i) const {
    const std::uint32_t from = words_[i - 1].raw_end;
    const std::uint32_t to = words_[i].raw_start;
    return to > from && text_.raw.substr(from, to - from).find('\n') != std::string_view::npos;
  }
  // Initials written without a space, as Russian and Central Asian texts do:
  // "Sh.A. Nazarov" (two words: a digraph is no single letter).
  bool GluedInitials(std::size_t i) const {
    return Gap(i) == "." && IsInitial(i - 1) && IsInitial(i);
  }
  // "A.V." of "A.V. Kuznetsov": single capitals joined by dots are one word
  // with its last dot, as "U.S." is; they are a person's initials only
  // before a word with a family name's shape.
  bool IsGluedInitialsBeforeASurname(std::size_t i) {
    if (!IsGluedCapitals(i) || i + 1 >= words_.size() || Gap(i + 1) != " ") return false;
    return words_[i + 1].capitalized && WordClass(i + 1) == kSurname;
  }
  // Two or three single capitals joined by dots, the last dot kept: "A.V.",
  // "H.D.", "U.S.".
  bool IsGluedCapitals(std::size_t i) const {
    if (!words_[i].all_caps) return false;
    const std::string_view letters = WordText(i);  // "a.v."
    if (letters.size() != 4 && letters.size() != 6) return false;
    for (std::size_t k = 1; k < letters.size(); k += 2) {
      if (letters[k] != '.') return false;
    }
    return true;
  }

  // Whether the rules of `indexes` match normalized_[from, to) from its
  // start (to its end as well with `anchor` ANCHOR_BOTH).
  bool RulesMatch(const std::vector<int>& indexes, std::size_t from, std::size_t to,
                  RE2::Anchor anchor) const {
    for (int index : indexes) {
      if (impl_.rules.rules()[index].regex->Match(normalized_, from, to, anchor, nullptr, 0)) {
        return true;
      }
    }
    return false;
  }
  std::size_t Before(std::size_t i) const { return words_[i].start == 0 ? 0 : words_[i].start - 1; }
  std::size_t After(std::size_t i, std::size_t extra) const {
    return std::min<std::size_t>(words_[i].end + extra, normalized_.size());
  }
  bool IsGivenName(std::size_t i) const { return IsGivenNameText(WordText(i)); }
  bool IsGivenNameText(std::string_view word) const {
    return impl_.given_names->contains(word);
  }
  // "Anna-Lena", "Ji-won": a capital, one hyphen, and either two known
  // given names or a romanized Korean given name's two syllables (written
  // "Ji-won", its second part in lower case).
  // (The capital first, inline: Run asks it of every word in lower case.)
  bool IsHyphenatedGivenName(std::size_t i) const {
    const char first = text_.raw[words_[i].raw_start];
    if (first < 'A' || first > 'Z') return false;
    return IsHyphenatedGivenNameAfterACapital(i);
  }
  [[gnu::noinline]] bool IsHyphenatedGivenNameAfterACapital(std::size_t i) const {
    const std::string_view word = WordText(i);
    const std::size_t hyphen = word.find('-');
    if (hyphen == std::string_view::npos || word.find('-', hyphen + 1) != std::string_view::npos) {
      return false;
    }
    return (words_[i].capitalized && IsGivenNameText(word.substr(0, hyphen)) &&
            IsGivenNameText(word.substr(hyphen + 1))) ||
           impl_.korean_given_names.Matches(word);
  }
  // "Ji-won Park", "Anna-Lena Brandt": a hyphenated given name opens a
  // two-word name only before a surname that is neither a body's head word
  // nor a place, and is no place itself ("Kara-Balta", "Winston-Salem").
  // True when a word of `candidate` holds a hyphen ("Iran-Iraq").
  bool HyphenInside(const Candidate& candidate) const {
    for (std::size_t i = candidate.first; i <= candidate.last; ++i) {
      if (WordText(i).find('-') != std::string_view::npos) return true;
    }
    return false;
  }
  bool HyphenatedGivenNameBeforeASurname(const Candidate& candidate) const {
    if (candidate.last != candidate.first + 1 || !IsHyphenatedGivenName(candidate.first)) {
      return false;
    }
    return !impl_.organizations->IsBodyHeadWord(WordText(candidate.last)) &&
           !IsLocation(Candidate{candidate.first, candidate.first}) &&
           !IsLocation(Candidate{candidate.last, candidate.last});
  }
  bool IsArticle(std::size_t i) const {
    const std::string_view word = WordText(i);
    return word == "a" || word == "an" || word == "the";
  }
  // Every part of a hyphenated word is a title word.
  bool IsHyphenatedTitle(std::string_view word) const {
    if (word.find('-') == std::string_view::npos) return false;
    std::size_t start = 0;
    while (start <= word.size()) {
      std::size_t end = word.find('-', start);
      if (end == std::string_view::npos) end = word.size();
      if (end == start || impl_.title_words.find(word.substr(start, end - start)) ==
                              impl_.title_words.end()) {
        return false;
      }
      start = end + 1;
    }
    return true;
  }
  // "Henry VIII", "Leopold III", "Queen Elizabeth I": a monarch's number,
  // in Roman numerals right after the name ("I" only after a title).
  bool IsRegnalNumber(std::size_t i, bool titled) const {
    const NameWord& word = words_[i];
    if (!word.capitalized || word.shouting || Gap(i) != " ") return false;
    const std::string_view text = WordText(i);
    if (text.empty() || text.size() > 5) return false;
    if (text.find_first_not_of("ivxl") != std::string_view::npos) return false;
    if (text == "i" && !titled) return false;
    // All in capitals as written, unlike the word "Vi" or "Liv".
    return word.all_caps || text.size() == 1;
  }
  // A title or role word ("Ambassador", "coach", "Mr."), followed by a space.
  bool IsTitle(std::size_t i) {
    if (title_[i] == kUnknown && !impl_.title_words.empty() &&
        impl_.title_words.find(WordText(i)) == impl_.title_words.end()) {
      // Ranks joined by hyphens: "Major-General", "Lieutenant-Colonel".
      title_[i] = IsHyphenatedTitle(WordText(i)) ? 1 : 0;
    }
    // "would miss England": in lower case, "miss" is the verb.
    if (title_[i] == kUnknown && !words_[i].capitalized && WordText(i) == "miss") title_[i] = 0;
    // "Ashgabat International Airport": capitalized inside a sentence,
    // "International" is part of a name, not the player's role ("England
    // international Paul Ince").
    if (title_[i] == kUnknown && words_[i].capitalized && !words_[i].sentence_start &&
        WordText(i) == "international") {
      title_[i] = 0;
    }
    if (title_[i] == kUnknown) {
      title_[i] = RulesMatch(impl_.title_rules, Before(i), After(i, 1), RE2::ANCHOR_BOTH) ||
                          (words_[i].dotted &&
                           RulesMatch(impl_.title_rules, Before(i), After(i, 2), RE2::ANCHOR_BOTH))
                      ? 1
                      : 0;
    }
    return title_[i] == 1;
  }
  // "Albanian", "Costa Ricans", "Kenyan", "Iraqi", "Chinese": a country's
  // name (key: normalized words) with up to four of its last letters
  // replaced by a demonym's ending, which ends in -n, -i or -e (a plural s
  // aside).
  bool IsDemonymOfCountry(std::string_view key) const {
    if (key.size() > 1 && key.back() == 's') key.remove_suffix(1);
    // Demonyms end in -n (Albanian, Kenyan), -i (Iraqi) or -e (Chinese); a
    // cheap look first, as nearly every candidate passes here.
    if (key.size() < 5 || (key.back() != 'n' && key.back() != 'i' && key.back() != 'e')) {
      return false;
    }
    static constexpr std::string_view kEndings[] = {"", "a", "ia", "y"};
    std::string stem;
    for (std::size_t cut = 1; cut <= 4 && cut + 3 < key.size(); ++cut) {
      for (std::string_view ending : kEndings) {
        stem.assign(key.substr(0, key.size() - cut));
        stem.append(ending);
        if (impl_.organizations->IsCountryName(stem)) return true;
      }
    }
    return false;
  }
  // A capitalized word naming a national: a nationality ("German"), a
  // country's demonym ("Namibian", "Americans") or a noun for one of its
  // people ("Frenchman", "Spaniard").
  bool IsNational(std::size_t i) {
    static const WordViewSet kNationalNouns = {
        "frenchman", "frenchmen", "englishman", "englishmen", "irishman", "irishmen",
        "welshman", "welshmen", "dutchman", "dutchmen", "scotsman", "scot", "scots",
        "spaniard", "spaniards", "briton", "britons", "swede", "swedes", "dane",
        "danes", "pole", "poles", "finn", "finns", "argentine", "kiwi", "kiwis",
    };
    if (!words_[i].capitalized || words_[i].all_caps) return false;
    const std::string_view word = WordText(i);
    return WordClass(i) == kNationality || kNationalNouns.count(word) != 0 ||
           IsDemonymOfCountry(word);
  }
  // The candidate's raw span is exactly a location's.
  // Whether a word of `candidate` is one the text writes in lower case: a
  // common noun ("Net Income ... Income"), no part of a name.
  bool HasCommonWord(const Candidate& candidate, const WordHashSet& lower_case_words) const {
    for (std::size_t i = candidate.first; i <= candidate.last; ++i) {
      if (lower_case_words.Contains(WordText(i))) return true;
    }
    return false;
  }
  bool IsLocation(const Candidate& candidate) const {
    if (location_spans_ == nullptr) return false;
    const ByteSpan span{words_[candidate.first].raw_start, words_[candidate.last].raw_end};
    return std::binary_search(location_spans_->begin(), location_spans_->end(), span, SpanBefore);
  }
  // Every word of the candidate is a title word ("General", "Director").
  bool OnlyTitleWords(const Candidate& candidate) const {
    if (impl_.title_words.empty()) return false;
    for (std::size_t i = candidate.first; i <= candidate.last; ++i) {
      if (impl_.title_words.find(WordText(i)) == impl_.title_words.end()) return false;
    }
    return true;
  }
  // A verb of saying, in lower case ("States" is no verb).
  bool IsSpeech(std::size_t i) const {
    return !words_[i].capitalized &&
           RulesMatch(impl_.speech_rules, Before(i), After(i, 1), RE2::ANCHOR_START);
  }
  // '" said King .': a verb of saying right after the closing quote of a
  // quotation, right before the name, attributes the quotation to a
  // person, who is often named by the surname alone. A word right after
  // the name makes it some other name's ('" said United manager Alex
  // Ferguson').
  bool QuoteAttributedBefore(const Candidate& candidate) const {
    const std::size_t first = candidate.first;
    if (first < 2 || Gap(first) != " " || !IsSpeech(first - 1)) return false;
    if (candidate.last + 1 < words_.size() && Gap(candidate.last + 1) == " ") return false;
    const std::string_view gap = Gap(first - 1);
    return gap.find('"') != std::string_view::npos || gap.find("' '") != std::string_view::npos ||
           gap.find("''") != std::string_view::npos;
  }
  // "the Kathmandu Post newspaper quoted Munakarmi as saying": the one
  // quoted is a person, named alone by the surname too.
  bool QuotedAsSaying(const Candidate& candidate) const {
    const std::size_t first = candidate.first;
    if (first == 0 || Gap(first) != " " || words_[first - 1].capitalized ||
        WordText(first - 1) != "quoted") {
      return false;
    }
    return normalized_.substr(words_[candidate.last].end).starts_with(" as saying");
  }
  // "Deputy Minister of Internal Affairs, told": words right after
  // "Minister of"/"Ministry for" that hold no name (no given name opens
  // them, as found above) are the portfolio, not a person.
  bool IsPortfolioOfAMinister(const Candidate& candidate) const {
    const std::size_t first = candidate.first;
    if (first < 2 || Gap(first) != " " || Gap(first - 1) != " ") return false;
    const std::string_view preposition = WordText(first - 1);
    const std::string_view office = WordText(first - 2);
    return (preposition == "of" || preposition == "for") &&
           (office == "minister" || office == "ministry" || office == "ministers");
  }
  // Word i is followed by a lower-case place type: "Shamsiddin Shohin
  // district" names a district, not a person.
  bool PlaceTypeAfter(std::size_t i) const {
    return i + 1 < words_.size() && Gap(i + 1) == " " && !words_[i + 1].capitalized &&
           OneOf(kPlaceTypesAfterAName, WordText(i + 1));
  }
  // "My mother, Gulnara, cried": a possessive and a kinship noun, then the
  // name between commas, is that relative's name.
  bool KinshipApposed(const Candidate& candidate) const {
    const std::size_t first = candidate.first;
    const std::size_t after = candidate.last + 1;
    if (first < 2 || after >= words_.size()) return false;
    return Gap(first) == ", " && Gap(first - 1) == " " && Gap(after) == ", " &&
           OneOf(kKinshipNouns, WordText(first - 1)) && OneOf(kPossessives, WordText(first - 2));
  }
  // An author cited by surname with a year, the way studies are cited:
  // "(Karimova and Holt, 2021)", "(Rahimov et al., 2022)", "Rahimov et al.
  // (2022)" (tests/data/releases-blind25). One word only; the first author
  // opens the parenthesis, the second follows "(Surname and ".
  bool CitedAuthor(const Candidate& candidate) const {
    using namespace std::string_view_literals;  // starts_with inlines a known length
    if (candidate.last != candidate.first || words_[candidate.first].all_caps) return false;
    const std::size_t end = words_[candidate.last].end;
    const std::string_view after = normalized_.substr(end, std::min<std::size_t>(48, normalized_.size() - end));
    // Both patterns below open with a comma or a space: one byte settles
    // most one-word candidates, before the tests that follow.
    if (after.empty() || (after[0] != ',' && after[0] != ' ')) return false;
    const std::string_view word = WordText(candidate.first);
    if (word.find_first_of("0123456789") != std::string_view::npos) return false;
    // Both patterns open with one of these; most one-word candidates are
    // followed by none of them, and the two searches need not run.
    if (!after.starts_with(","sv) && !after.starts_with(" and "sv) && !after.starts_with(" & "sv) &&
        !after.starts_with(" et al"sv)) {
      return false;
    }
    // After a comma kTail wants the year at once (", 1998)") and kNarrative
    // nothing: the comma of an apposition or a list ends here.
    if (after.starts_with(","sv) && !after.starts_with(", 18"sv) && !after.starts_with(", 19"sv) &&
        !after.starts_with(", 20"sv)) {
      return false;
    }
    // Either wants a year in these bytes: "Smith and Jones said" has none.
    if (after.find_first_of("0123456789") == std::string_view::npos) return false;
    // A lone author takes a comma before the year: "(Incoterms 2020)" and
    // "(Q3 2025)" cite no one. A word with a digit or in capitals is no
    // surname. (Built here, past the cheap tests: kTail's \pL makes it
    // dear to compile, and most runs never need it.)
    static const RE2 kTail(R"(^(?:(?: (?:and|&) [\pL'-]+| et al\.?),?|,) (?:1[89]|20)\d\d[a-z]?(?:, p+\. ?\d+)? ?[);])");
    static const RE2 kNarrative(R"(^ et al\.?,? \( ?(?:1[89]|20)\d\d[a-z]? ?[),;])");
    if (RE2::PartialMatch(after, kNarrative)) return true;
    if (!RE2::PartialMatch(after, kTail)) return false;
    const auto opens = [](std::string_view gap) {
      while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
      return gap.ends_with("(");
    };
    const std::size_t first = candidate.first;
    if (opens(Gap(first))) return true;
    return first >= 2 && Gap(first) == " " && WordText(first - 1) == "and" &&
           Gap(first - 1) == " " && words_[first - 2].capitalized && opens(Gap(first - 2));
  }
  // A reference list's author, family name first: "Karimova, N. and Holt,
  // J. (2021).", "Rahimov, B. et al. (2022)." (tests/data/releases-blind25).
  // The initials after the comma, then another author, "et al." or the
  // year in parentheses. Returns the last initial's word, or 0.
  std::size_t ReferenceInitialsAfter(std::size_t surname) const {
    if (words_[surname].all_caps) return 0;
    std::size_t i = surname + 1;
    if (i >= words_.size() || Gap(i) != ", " || !IsInitial(i)) return 0;
    while (i + 1 < words_.size() && (Gap(i + 1) == ". " || Gap(i + 1) == ".") &&
           IsInitial(i + 1) && i - surname < 3) {
      ++i;
    }
    static const RE2 kNext(
        R"(^\.(?: (?:and|&) \pL[\pL'-]+, \pL\.|, \pL[\pL'-]+, \pL\.| et al\.| \((?:1[89]|20)\d\d[a-z]?\)))");
    const std::size_t end = words_[i].end;
    const std::string_view after =
        normalized_.substr(end, std::min<std::size_t>(48, normalized_.size() - end));
    return RE2::PartialMatch(after, kNext) ? i : 0;
  }
  // "the Chair of the Mejlis Committee on International Affairs, Begenç
  // Saparmyradow.": a name set off by a comma right after a post held in a
  // body ("TITLE of (the) BODY, NAME") is the post's holder, whatever the
  // shape of its words (a Turkmen "-ow" surname, a given name no list holds).
  bool HolderOfAPostInABody(const Candidate& candidate) const {
    const std::size_t first = candidate.first;
    if (first < 4 || Gap(first) != ", " || !vetoed_[first - 1]) return false;
    // The name ends the sentence, or a verb of saying follows it ("...,
    // NAME, said"); not a place's or a building's name ("..., Grand Hyatt
    // Tower, on Monday").
    const std::size_t after = candidate.last + 1;
    if (after < words_.size()) {
      const std::string_view gap = Gap(after);
      const bool sentence_end = !gap.empty() && (gap[0] == '.' || gap[0] == ';');
      const bool saying = (gap == ", " || gap == " , ") && IsSpeech(after);
      if (!sentence_end && !saying) return false;
    }
    std::size_t body = first - 1;  // the body's first word
    while (body > 0 && vetoed_[body - 1] && Gap(body).find(',') == std::string_view::npos) {
      --body;
    }
    std::size_t of = body - 1;
    if (of > 0 && WordText(of) == "the" && Gap(of + 1) == " ") --of;
    if (of == 0 || WordText(of) != "of" || words_[of].capitalized || Gap(of) != " ") return false;
    return words_[of - 1].capitalized &&
           impl_.title_words.find(WordText(of - 1)) != impl_.title_words.end();
  }
  // "the Criminal Code", "the Labour Code": a code of laws is no person.
  bool NamesACode(const Candidate& candidate) const { return WordText(candidate.last) == "code"; }
  // ", ROLE" right after word i.
  bool ApposedRole(std::size_t i) const {
    if (i + 1 >= words_.size()) return false;
    const std::string_view gap = Gap(i + 1);
    if (gap != ", " && gap != " , ") return false;
    const std::size_t comma = words_[i].end + gap.find(',');
    const std::size_t to = After(std::min(i + 8, words_.size() - 1), 1);
    return RulesMatch(impl_.role_rules, comma, to, RE2::ANCHOR_START);
  }
  // ", AGE ," right after word i: "Takeda , 18 , showed", "Cheung Siu Man,
  // 40, was arrested"; or ", a AGE-year-old": "Mirwais, a 52-year-old wool
  // trader" (tests/data/releases-blind2).
  bool AgeAfter(std::size_t i) const {
    std::size_t at = words_[i].end;
    const auto skip = [&](char c) {
      if (at < normalized_.size() && normalized_[at] == ' ') ++at;
      if (at >= normalized_.size() || normalized_[at] != c) return false;
      ++at;
      return true;
    };
    if (!skip(',')) return false;
    if (at < normalized_.size() && normalized_[at] == ' ') ++at;
    const std::string_view rest = normalized_.substr(at);
    const bool article = rest.starts_with("a ") || rest.starts_with("an ");
    if (article) at += rest.starts_with("a ") ? 2 : 3;
    const std::size_t digits = at;
    while (at < normalized_.size() && at - digits < 4 && normalized_[at] >= '0' &&
           normalized_[at] <= '9') {
      ++at;
    }
    if (at == digits || at - digits > 3 || normalized_[digits] == '0') return false;
    if (article) return normalized_.substr(at).starts_with("-year-old");
    return skip(',');
  }
  // A news agency's sign-off line: "-- Dimitris Kontogiannis , Athens
  // Newsroom +301 3311812-4".
  bool SignOffLine(const Candidate& candidate) const {
    const std::size_t start = words_[candidate.first].start;
    constexpr std::string_view kDashes = "-- ";
    if (start < kDashes.size() ||
        normalized_.substr(start - kDashes.size(), kDashes.size()) != kDashes) {
      return false;
    }
    if (start > kDashes.size() && normalized_[start - kDashes.size() - 1] != '\n') return false;
    const std::size_t after = candidate.last + 1;
    if (after >= words_.size()) return false;
    const std::string_view comma = Gap(after);
    if (comma != ", " && comma != " , ") return false;
    std::size_t line_end = normalized_.find('\n', words_[candidate.last].end);
    if (line_end == std::string_view::npos) line_end = normalized_.size();
    return normalized_.substr(words_[candidate.last].end, line_end - words_[candidate.last].end)
               .find("newsroom") != std::string_view::npos;
  }
  // What a competitor did, right after the name in a results line:
  // "Sharpe 58th", "Kapoor 10-2-51-0", "Ijaz Ahmed c Stewart".
  bool FeatAfter(std::size_t last) const {
    // Every feat starts with a space and then a digit, "(" or a lower-case
    // mark (c, b, st, lbw, run out, not out): a cheap look first.
    const std::size_t at = words_[last].end;
    if (at + 1 >= normalized_.size() || normalized_[at] != ' ') return false;
    const char next = normalized_[at + 1];
    if (!((next >= '0' && next <= '9') || next == '(' || next == 'c' || next == 'b' ||
          next == 's' || next == 'l' || next == 'r' || next == 'n')) {
      return false;
    }
    return RulesMatch(impl_.feat_rules, at, After(last, kFeatWindow), RE2::ANCHOR_START);
  }
  // A cricket dismissal mark right before the name: "c Stewart b Mullally".
  bool DismissalBefore(std::size_t first) const {
    return first > 0 && Gap(first) == " " && !words_[first - 1].capitalized &&
           impl_.dismissals.Matches(WordText(first - 1));
  }
  void VetoOrganizations();
  std::vector<Candidate> Candidates();
  // "Naoko Sawamatsu ( Japan ) beat ...": a country in parentheses right
  // after a name, the way results give a competitor's nationality.
  bool NationalityAfter(std::size_t last) const {
    const std::optional<Candidate> inside = ParenthesizedAfter(last);
    // A country by ICU's name, or any place the location extractor found
    // there ("( U.S. )", "( Czech Republic )").
    return inside && (impl_.organizations->IsCountryName(Key(*inside)) || IsLocation(*inside));
  }
  // "Lanner ( Sweden ) , Wayne Riley ( Australia )": one word before a
  // country (by ICU's name) in parentheses is a competitor in a results
  // line too; before another place ("Koeln ( Cologne )") it is no name.
  bool CountryAfter(std::size_t last) const {
    const std::optional<Candidate> inside = ParenthesizedAfter(last);
    return inside && impl_.organizations->IsCountryName(Key(*inside));
  }
  // A golf list gives each player's round scores before the comma: "Paul
  // Eales 67 68 , Wayne", "Tim Herron 70 67 75 72 , Mark". Word `next`
  // follows word `last`, its scores (one to four numbers of two or three
  // digits) and a list comma; with `after_parenthesis`, word `last` closes
  // a parenthesis before the scores ("( Australia ) 64 71 ,").
  bool ScoresBeforeListComma(std::size_t last, std::size_t next, bool after_parenthesis) const {
    constexpr std::size_t kMaxScores = 4;
    if (next <= last + 1 || next - last - 1 > kMaxScores) return false;
    for (std::size_t i = last + 1; i < next; ++i) {
      const std::string_view word = WordText(i);
      const std::string_view gap = Gap(i);
      const bool closes = i == last + 1 && after_parenthesis;
      const bool spaced = closes ? (gap == " ) " || gap == ") ") : gap == " ";
      if (!spaced || word.size() < 2 || word.size() > 3 ||
          word.find_first_not_of("0123456789") != std::string_view::npos) {
        return false;
      }
    }
    return IsListComma(Gap(next));
  }
  // A list wrapped at a line's end splits a name there: "Phil\nMickelson
  // , Greg Norman": a given name alone at the line's end and the word
  // opening the next line are both items of the list.
  bool WrappedAfterGivenName(const Candidate& left, const Candidate& right) const {
    return left.first == left.last && left.last + 1 == right.first &&
           LineBreakBefore(right.first) &&
           Gap(right.first).find_first_not_of(" \n") == std::string_view::npos &&
           IsGivenName(left.first) && right.first == right.last;
  }
  // An acronym in parentheses right after word `last`: "( CBF )".
  bool AcronymAfter(std::size_t last) const {
    const std::optional<Candidate> inside = ParenthesizedAfter(last);
    return inside && inside->first == inside->last && words_[inside->first].all_caps;
  }
  // The words in parentheses right after word `last`, up to four.
  std::optional<Candidate> ParenthesizedAfter(std::size_t last) const {
    constexpr std::size_t kMaxWords = 4;
    const std::size_t first = last + 1;
    if (first >= words_.size()) return std::nullopt;
    const std::string_view open = Gap(first);
    if (open != " ( " && open != " (") return std::nullopt;
    for (std::size_t end = first; end < words_.size() && end < first + kMaxWords; ++end) {
      if (end > first && Gap(end) != " ") return std::nullopt;
      const std::string_view rest = normalized_.substr(words_[end].end);
      if (rest.starts_with(")") || rest.starts_with(" )")) return Candidate{first, end};
    }
    return std::nullopt;
  }

  std::string Key(const Candidate& candidate) const {
    std::string key;
    for (std::size_t i = candidate.first; i <= candidate.last; ++i) {
      if (i > candidate.first) key += ' ';
      key.append(WordText(i));
    }
    return key;
  }

  const PersonExtractor::Impl& impl_;
  const std::vector<ByteSpan>* organization_spans_;  // given by the caller, or nullptr
  const std::vector<ByteSpan>* location_spans_;      // given by the caller, or nullptr
  const TextView& text_;
  std::string_view normalized_;
  const std::vector<NameWord>& words_;
  std::vector<std::uint8_t> title_;  // per word: kUnknown, 1 (a title), 0
  std::vector<std::uint8_t> vetoed_;    // 1: inside an organization's name
  std::vector<std::uint8_t> word_class_;
};

// Words of organizations' names cannot be persons, except a person a body
// is "named after".
void PersonFinder::VetoOrganizations() {
  std::vector<ByteSpan> found;
  if (organization_spans_ == nullptr) {
    std::vector<Mention> organizations;
    impl_.organizations->ExtractFromWords(text_, words_, &organizations);
    found.reserve(organizations.size());
    for (const Mention& organization : organizations) {
      found.push_back(ByteSpan{organization.start, organization.end});
    }
  }
  const std::vector<ByteSpan>& spans = organization_spans_ != nullptr ? *organization_spans_ : found;
  for (const ByteSpan& organization : spans) {
    auto word = std::lower_bound(
        words_.begin(), words_.end(), organization.start,
        [](const NameWord& w, std::size_t offset) { return w.raw_start < offset; });
    bool named_after = false;
    for (; word != words_.end() && word->raw_end <= organization.end; ++word) {
      const auto i = static_cast<std::size_t>(word - words_.begin());
      if (i > 0 && WordText(i - 1) == "after" && i > 1 && WordText(i - 2) == "named") {
        named_after = true;
      }
      if (!named_after) vetoed_[i] = true;
    }
  }
}

std::vector<PersonFinder::Candidate> PersonFinder::Candidates() {
  std::vector<Candidate> candidates;
  // A name word is capitalized: the others are jumped over.
  for (std::size_t i = NextCapitalizedWord(words_, 0); i < words_.size();) {
    if (!IsNameWord(i)) {
      i = NextCapitalizedWord(words_, i + 1);
      continue;
    }
    std::size_t last = i;
    while (last + 1 < words_.size()) {
      const std::size_t next = last + 1;
      if (IsNameWord(next) && Joined(next)) {
        last = next;
        continue;
      }
      // One or two particles between two name words: "Ruud van Nistelrooy",
      // "Pieter van der Meulen-Haas", "Joost van der Westhuizen".
      const auto particle = [&](std::size_t k) {
        return k < words_.size() && !words_[k].capitalized && IsNameParticle(WordText(k)) &&
               Gap(k) == " ";
      };
      if (particle(next)) {
        const std::size_t after = particle(next + 1) ? next + 2 : next + 1;
        if (after < words_.size() && Gap(after) == " " && IsNameWord(after)) {
          last = after;
          continue;
        }
      }
      // "Lee Teng-hui", "Kim Jong-il", "Sheu Yuan-dong": a romanized East
      // Asian given name of two syllables, the second in lower case, after
      // a one-word family name ends the name.
      if (last == i && Gap(next) == " " && IsEastAsianGivenNameAfter(i, next)) {
        last = next;
        break;
      }
      // "Nino Abashidze-de Wit": a particle hyphened to a surname opens a
      // second one after it.
      if (Gap(next) == " " && ParticleEndedSurname(next) && next + 1 < words_.size() &&
          Gap(next + 1) == " " && IsNameWord(next + 1)) {
        last = next + 1;
        continue;
      }
      // "Abu Hamza al-Turkistani", "Yusuf al-Kurdi": an Arabic article in
      // lower case hyphened to a capitalized surname continues the name.
      if (Gap(next) == " " && IsArticleSurname(next)) {
        last = next;
        continue;
      }
      break;
    }
    const std::size_t next = last + 1;
    if (next < words_.size()) {
      const bool titled = i > 0 && IsTitle(i - 1);
      if (IsRegnalNumber(next, titled) && IsGivenName(last)) {
        last = next;
      } else if (IsGivenName(last) && Gap(next) == " " && words_[next].capitalized &&
                 !words_[next].all_caps && IsTitle(next) && !IsHyphenatedTitle(WordText(next)) &&
                 NameClass(next) != kNotName && !(i > 0 && IsArticle(i - 1)) &&
                 (next + 1 == words_.size() ||
                  (!words_[next + 1].capitalized && WordText(next + 1) != "of"))) {
        // "Billie Jean King said", "Prime Minister John Major says": a
        // title's word right after a given name, ending the name, is a
        // surname ("Mary Queen of Scots", "a Florida Judge", "Rockwell
        // International" are no such names).
        last = next;
      }
    }
    // "Ji-won Park": a Korean given name, its second syllable in lower
    // case, is no capitalized word but opens the name after it.
    std::size_t first = i;
    if (i > 0 && !words_[i - 1].capitalized && Joined(i) && IsHyphenatedGivenName(i - 1)) {
      first = i - 1;
    }
    candidates.push_back(Candidate{first, last});
    i = NextCapitalizedWord(words_, last + 1);
  }
  return candidates;
}

void PersonFinder::ProveListedNames(const std::vector<Candidate>& unproven,
                                    std::vector<Candidate>* persons) const {
  // A list of names: "Salim Malik , Asif Mujtaba , Wasim Akram , Moin Khan":
  // in a run of three or more names joined by commas, of which two are
  // persons already, the others are persons too. Two names and a comma are
  // often no list ("In Los Angeles , Tom Candiotti allowed").
  constexpr std::size_t kMinListItems = 3;
  constexpr std::size_t kMinProvenItems = 2;
  struct Item {
    Candidate candidate;
    bool person = false;
  };
  std::vector<Item> items;
  items.reserve(persons->size() + unproven.size());
  for (const Candidate& candidate : *persons) items.push_back({candidate, true});
  for (const Candidate& candidate : unproven) items.push_back({candidate, false});
  std::sort(items.begin(), items.end(),
            [](const Item& x, const Item& y) { return x.candidate.first < y.candidate.first; });
  const auto listed_after = [&](const Item& left, const Item& right) {
    if (left.candidate.last + 1 == right.candidate.first) {
      return IsListComma(Gap(right.candidate.first)) ||
             WrappedAfterGivenName(left.candidate, right.candidate);
    }
    // A competitor's country between two names of a results list: "Dave
    // Barr ( Canada ) , Mike Sullivan , Willie".
    const std::optional<Candidate> country = ParenthesizedAfter(left.candidate.last);
    if (country && country->last + 1 == right.candidate.first) {
      const std::string_view gap = Gap(right.candidate.first);
      const std::size_t close = gap.find(')');
      return close != std::string_view::npos &&
             gap.find_first_not_of(' ') == close && IsListComma(gap.substr(close + 1)) &&
             impl_.organizations->IsCountryName(Key(*country));
    }
    // ... and the country, then the scores: "Wayne Riley ( Australia ) 64
    // 71 , Carl Mason".
    if (country && ScoresBeforeListComma(country->last, right.candidate.first,
                                         /*after_parenthesis=*/true)) {
      return impl_.organizations->IsCountryName(Key(*country));
    }
    // A team's line-up numbers its players: "14 - Jeff Wilson , 13 -
    // Walter Little", "Glen Osborne ; 10 - Andrew Mehrtens".
    const std::size_t number = left.candidate.last + 1;
    if (number + 1 == right.candidate.first && IsShirtNumber(WordText(number)) &&
        (IsListComma(Gap(number)) || IsListSemicolon(Gap(number))) &&
        IsSpacedDash(Gap(right.candidate.first))) {
      return true;
    }
    return ScoresBeforeListComma(left.candidate.last, right.candidate.first,
                                 /*after_parenthesis=*/false);
  };
  for (std::size_t begin = 0; begin < items.size();) {
    std::size_t end = begin + 1;
    while (end < items.size() && listed_after(items[end - 1], items[end])) ++end;
    const auto proven = static_cast<std::size_t>(
        std::count_if(items.begin() + static_cast<std::ptrdiff_t>(begin),
                      items.begin() + static_cast<std::ptrdiff_t>(end),
                      [](const Item& item) { return item.person; }));
    if (end - begin >= kMinListItems && proven >= kMinProvenItems) {
      for (std::size_t k = begin; k < end; ++k) {
        if (!items[k].person) persons->push_back(items[k].candidate);
      }
    }
    begin = end;
  }
}

void PersonFinder::ProveNamesCalledBySurname(const std::vector<Candidate>& singles,
                                             const WordHashSet& lower_case_words,
                                             std::vector<Candidate>* unproven,
                                             std::vector<Candidate>* persons,
                                             std::set<std::string>* known_parts,
                                             std::set<std::string>* known_surnames) const {
  // "Franz Fischler ... Fischler proposed", "Muammar Gaddafi ... Gaddafi 's
  // airforce": news writing names a person in full once and then by the
  // surname alone. A name of two or three words without other evidence,
  // whose last word the text also uses alone as a name, is a person's; a
  // body's short name is its first word ("Rotor" of "Rotor Volgograd"),
  // not its last, and a place found in the text is no surname ("Dinamo
  // Bucharest ... Bucharest"). A sentence's first word may be any word
  // ("Earlier Botham arrived"), and a word the text writes in lower case
  // is a common noun ("Net Income ... Income"): neither counts.
  std::set<std::string_view> alone;
  for (const Candidate& single : singles) alone.insert(WordText(single.first));
  if (alone.empty()) return;
  std::erase_if(*unproven, [&](const Candidate& candidate) {
    if (candidate.last == candidate.first || IsInitial(candidate.last) ||
        words_[candidate.first].sentence_start || alone.count(WordText(candidate.last)) == 0 ||
        HasCommonWord(candidate, lower_case_words) || IsLocation(Candidate{candidate.last, candidate.last})) {
      return false;
    }
    persons->push_back(candidate);
    for (std::size_t i = candidate.first; i <= candidate.last; ++i) {
      if (!IsInitial(i)) known_parts->insert(std::string(WordText(i)));
    }
    known_surnames->insert(std::string(WordText(candidate.last)));
    return true;
  });
}

void PersonFinder::ProveRelativesBySurname(const WordHashSet& lower_case_words,
                                           const std::set<std::string>& known_surnames,
                                           std::vector<Candidate>* unproven,
                                           std::vector<Candidate>* persons) const {
  // A name of two or three words that ends in the surname of a person the
  // text names in full is a relative's or the same person's in another
  // form: "Naina Yeltsin" after "Boris Yeltsin", "Suu Kyi" after "Aung San
  // Suu Kyi", "De Wilde" after "Filip De Wilde". A name that opens a
  // sentence only when the text writes it so twice or more ("Naina Yeltsin
  // had a kidney operation", "Naina Yeltsin looks well"), not once
  // ("Although Gajdos", "Joining Chang"), and only before a word in lower
  // case: a table's row label is no sentence ("Feed Use 101.79").
  // Not a name with a word the text
  // writes in lower case
  // (a common noun), one ending in a place, nor the very name that was
  // proven: its other uses had their own evidence, and a body's name taken
  // once for a person's ("Khmer Rouge") must not spread.
  if (known_surnames.empty()) return;
  std::set<std::string> proven_names;
  for (const Candidate& person : *persons) {
    if (person.last > person.first) proven_names.insert(Key(person));
  }
  std::map<std::string, int> uses;  // of each unproven name, for one opening a sentence
  for (const Candidate& candidate : *unproven) ++uses[Key(candidate)];
  std::erase_if(*unproven, [&](const Candidate& candidate) {
    if (candidate.last == candidate.first || IsInitial(candidate.last) ||
        (words_[candidate.first].sentence_start &&
         (uses[Key(candidate)] < 2 || !LowerCaseWordAfter(candidate.last))) ||
        known_surnames.count(std::string(WordText(candidate.last))) == 0 ||
        proven_names.count(Key(candidate)) != 0 || HasCommonWord(candidate, lower_case_words) ||
        IsLocation(Candidate{candidate.last, candidate.last})) {
      return false;
    }
    persons->push_back(candidate);
    return true;
  });
}

void PersonFinder::Run(std::vector<Mention>* out) {
  VetoOrganizations();

  // Words the document also writes in lower case are common words
  // ("Analysts said" at a sentence start).
  WordHashSet lower_case_words(words_.size());
  for (std::size_t i = 0; i < words_.size(); ++i) {
    if (words_[i].capitalized || words_[i].all_caps) continue;
    // "Ji-won" is written with a capital, though its last part is not.
    if (IsHyphenatedGivenName(i)) continue;
    // Not the parts of an address: "nurzhan.alymkanova@undp.org".
    const std::size_t start = words_[i].start;
    const std::size_t end = words_[i].end;
    const auto address_char = [](char c) { return c == '@' || c == '.' || c == '/'; };
    if (start > 0 && address_char(normalized_[start - 1])) continue;
    if (end + 1 < normalized_.size() && address_char(normalized_[end]) &&
        normalized_[end + 1] != ' ' && normalized_[end + 1] != '\n') {
      continue;
    }
    lower_case_words.Insert(WordText(i));
  }
  // A capitalized word that may not stand in a name, right beside a
  // candidate, makes it part of some other name ("United States", "Central
  // Asian").
  const auto poisoned_by = [&](std::size_t i) {
    if (!words_[i].capitalized || words_[i].sentence_start || vetoed_[i] || IsTitle(i)) {
      return false;
    }
    const std::uint8_t word_class = NameClass(i);
    return word_class == kNotName || word_class == kNationality;
  };
  // "German Anke Huber", "American Todd Martin": a nationality before a
  // name of two or more words that starts with a known given name.
  const auto nationality_before = [&](const Candidate& candidate) {
    return candidate.first > 0 && candidate.last > candidate.first &&
           Gap(candidate.first) == " " && WordClass(candidate.first - 1) == kNationality &&
           IsGivenName(candidate.first);
  };
  // "Namibian Frankie Fredericks", "Frenchman Frederic Malardeau",
  // "Americans Billy Mayfair and Paul Goydos": a national right before a
  // name of two or three words shows a person, its given name known or
  // not, when the text writes none of the name's words in lower case and
  // none is a body's head word ("Russian Trading System", "Belgian Grand
  // Prix" and "grand slam" are no persons).
  const auto national_before = [&](const Candidate& candidate) {
    if (candidate.first == 0 || candidate.last == candidate.first ||
        Gap(candidate.first) != " " || !IsNational(candidate.first - 1)) {
      return false;
    }
    // "the Brazilian Football Confederation ( CBF )", "Central Asian
    // Border Services": an article or a capitalized word before the
    // national, or an acronym after the name, makes it a body's.
    const std::size_t national = candidate.first - 1;
    if ((national > 0 && Gap(national) == " " &&
         (IsArticle(national - 1) || words_[national - 1].capitalized)) ||
        AcronymAfter(candidate.last)) {
      return false;
    }
    for (std::size_t i = candidate.first; i <= candidate.last; ++i) {
      const std::string_view word = WordText(i);
      if (lower_case_words.Contains(word) || impl_.organizations->IsBodyHeadWord(word)) {
        return false;
      }
    }
    return true;
  };
  // "Deputy Chairman of the Committee Sulaymon D. Hakimzoda", "President
  // of the Commission Jacques Santer": a body's head word after "of"/"the"
  // ends a post's title, and the name after it, opening with a given name,
  // is its holder's.
  const auto holder_after_a_body = [&](const Candidate& candidate) {
    const std::size_t body = candidate.first - 1;
    return candidate.last > candidate.first && body >= 1 && IsGivenName(candidate.first) &&
           impl_.organizations->IsBodyHeadWord(WordText(body)) && Gap(body) == " " &&
           (WordText(body - 1) == "the" || WordText(body - 1) == "of");
  };
  std::vector<Candidate> persons;
  std::vector<Candidate> singles;  // one-word candidates without evidence yet
  std::vector<Candidate> unproven;  // two- or three-word ones without evidence
  std::set<std::string> known_parts;  // words of persons found so far
  std::set<std::string> known_surnames;  // last words of longer ones
  std::vector<Candidate> place_singles;  // one word that is a place or a demonym
  std::size_t reference_end = 0;  // one past a reference-list author's initials
  for (Candidate candidate : Candidates()) {
    if (candidate.first < reference_end) continue;
    // (The initials first: few words have them, and the country's name
    // builds the candidate's key.)
    if (candidate.last == candidate.first) {
      if (const std::size_t initials = ReferenceInitialsAfter(candidate.first);
          initials != 0 && !impl_.organizations->IsCountryName(Key(candidate))) {
        persons.push_back(Candidate{candidate.first, initials});
        known_parts.insert(std::string(WordText(candidate.first)));
        reference_end = initials + 1;
        continue;
      }
    }
    // A portfolio before a name: "Minister of Education Nadira
    // Dzhusupbekova", "Minister for Foreign Affairs Sergey Lavrov": after
    // "of"/"for" the name starts at the first given name past the first
    // word, else is the last two words when the last has a surname's shape.
    // "Vice Minister of Culture and Information Marat Kenzhebekov": the
    // portfolio's second word after "and" is read the same way.
    const auto portfolio_before = [&](std::size_t first) {
      const std::string_view before = WordText(first - 1);
      if (before == "of" || before == "for") return true;
      // No comma before "and": ", and Nodir Shavkatovich Ergashev" after
      // "of the Republic of Uzbekistan" is a list's next name.
      return before == "and" && first >= 3 && Gap(first - 1) == " " &&
             words_[first - 2].capitalized &&
             (WordText(first - 3) == "of" || WordText(first - 3) == "for");
    };
    // "Secretary of State James Baker": the portfolio's last word before
    // the holder's name is no other name's word beside it.
    bool after_portfolio = candidate.first >= 3 && Gap(candidate.first - 1) == " " &&
                           Gap(candidate.first - 2) == " " &&
                           (WordText(candidate.first - 2) == "of" ||
                            WordText(candidate.first - 2) == "for") &&
                           IsTitle(candidate.first - 3);
    if (candidate.first > 0 && candidate.last > candidate.first &&
        portfolio_before(candidate.first) && !IsGivenName(candidate.first)) {
      std::size_t name_start = candidate.first;
      for (std::size_t i = candidate.first + 1; i < candidate.last && name_start == candidate.first;
           ++i) {
        if (IsGivenName(i)) name_start = i;
      }
      if (name_start == candidate.first && candidate.last - candidate.first >= 2 &&
          WordClass(candidate.last) == kSurname) {
        name_start = candidate.last - 1;
      }
      // Two or three words are a name; "Mount Zion Missionary Baptist
      // Church" is not one.
      if (candidate.last - name_start <= 2) {
        after_portfolio = after_portfolio || name_start > candidate.first;
        candidate.first = name_start;
      }
    }
    if (IsPortfolioOfAMinister(candidate)) continue;
    // A place's name of two words found in the text is no part of a
    // person's name after one word ("the Clinton White House" -> "Clinton";
    // not "Jose Hugo Castelo Branco") and makes a name that opens with it
    // no person's ("White House Press", "Ivory Coast Agriculture").
    if (candidate.last >= candidate.first + 2 &&
        IsLocation(Candidate{candidate.first, candidate.first + 1})) {
      continue;
    }
    if (candidate.last == candidate.first + 2 &&
        IsLocation(Candidate{candidate.first + 1, candidate.last})) {
      candidate.last = candidate.first;
    }
    // "Moroccan Karim Alami", "Dutchman Richard Wisinga": a national
    // opening a name is outside it (national_before reads it there).
    if (candidate.last > candidate.first && IsNational(candidate.first) &&
        !IsGivenName(candidate.first)) {
      ++candidate.first;
    }
    const std::size_t length = candidate.last - candidate.first + 1;
    if (length > 4) continue;
    if (PlaceTypeAfter(candidate.last) || NamesACode(candidate)) continue;
    // Title words alone are no name: "Prosecutor General's Office".
    if (OnlyTitleWords(candidate)) continue;
    // One word before a capitalized title is part of that title: "Deputy
    // Prime Minister Jim Bolger", "Deputy Foreign Minister Peter Machungwa".
    if (length == 1 && candidate.last + 1 < words_.size() && Gap(candidate.last + 1) == " " &&
        words_[candidate.last + 1].capitalized && IsTitle(candidate.last + 1)) {
      continue;
    }
    const bool titled =
        candidate.first > 0 && IsTitle(candidate.first - 1) &&
        (Gap(candidate.first) == " " ||
         (Gap(candidate.first) == ". " && words_[candidate.first - 1].dotted));
    // A name that is exactly a place found in the text is that place
    // ("Moscow said"), unless a title says otherwise ("Mr. Washington") or
    // it is one word of a person named before ("Cork" after "Dominic Cork").
    // A title that opens a place's name is none ("from Imam Sahib, Kunduz").
    if (titled && IsLocation(Candidate{candidate.first - 1, candidate.last})) continue;
    const bool cited = CitedAuthor(candidate) &&
                       !impl_.organizations->IsCountryName(Key(candidate));
    if (!titled && !cited && IsLocation(candidate)) {
      if (length == 1) place_singles.push_back(candidate);
      continue;
    }
    const std::string key = Key(candidate);
    if (impl_.organizations->IsCountryName(key)) continue;
    // A body's head word or a company's legal form alone is that body said
    // again ("the Commission said", "Standard and Poor's Corp said"); a
    // letter alone without its dot is no name ("S and P said").
    if (!titled && length == 1 &&
        (impl_.organizations->IsBodyHeadWord(WordText(candidate.first)) ||
         (words_[candidate.first].end - words_[candidate.first].start == 1 &&
          !IsInitial(candidate.first)))) {
      continue;
    }
    // A country's name at either end of an untitled name makes a company,
    // a paper or a misreading, not a person: "Ford Canada", "China Daily",
    // "told Funaro Brazil had to"; not when it is a given name too
    // ("Michael Jordan", "Chad Mitchell").
    const auto country_word = [&](std::size_t i) {
      return !IsGivenName(i) && impl_.organizations->IsCountryName(WordText(i));
    };
    if (!titled && length >= 2 && (country_word(candidate.first) || country_word(candidate.last))) {
      continue;
    }
    // A demonym is no name, but may be a surname ("Ronnie Irani ... Irani").
    if (IsDemonymOfCountry(key)) {
      if (length == 1) place_singles.push_back(candidate);
      continue;
    }
    const bool national = national_before(candidate);
    if (candidate.first > 0 && Gap(candidate.first) == " " && poisoned_by(candidate.first - 1) &&
        !after_portfolio && !nationality_before(candidate) && !national &&
        !holder_after_a_body(candidate)) {
      continue;
    }
    // "met John Kornblum Monday": a weekday after a name is when, not part
    // of another name.
    if (candidate.last + 1 < words_.size() && Gap(candidate.last + 1) == " " &&
        poisoned_by(candidate.last + 1) && !IsWeekday(WordText(candidate.last + 1))) {
      continue;
    }
    if (words_[candidate.first].sentence_start &&
        lower_case_words.Contains(WordText(candidate.first))) {
      continue;
    }
    // The evidence below is asked lazily, in the order the tests at the end
    // read it: the first that holds settles the candidate, and the dear
    // ones (the speech and role rules' RE2 searches, the surname shapes)
    // mostly need not run. (Each is a pure question; the memos they fill
    // hold the same answers whenever they are asked.)
    const auto given = [&] {
      return IsGivenName(candidate.first) || HyphenatedGivenNameBeforeASurname(candidate) ||
             (length == 2 && IsEastAsianGivenNameAfter(candidate.first, candidate.last));
    };
    const auto surname_shape = [&] {
      for (std::size_t i = candidate.first; i <= candidate.last; ++i) {
        if (WordClass(i) == kSurname) return true;
      }
      return false;
    };
    const std::size_t after = candidate.last + 1;
    const auto says_after = [&] {
      return after < words_.size() &&
             (Gap(after) == " " || Gap(after) == " , " || Gap(after) == ", ") && IsSpeech(after);
    };
    const auto said_before = [&] {
      return candidate.first > 0 && Gap(candidate.first) == " " && IsSpeech(candidate.first - 1);
    };
    // "Aizhamal Tologon kyzy": a Turkic patronymic's lower-case "daughter
    // of" / "son of" after two names shows a person.
    const bool patronymic_after = after < words_.size() && Gap(after) == " " &&
                                  !words_[after].capitalized &&
                                  IsPatronymicMarker(WordText(after));
    // "Abu Hamza al-Turkistani": a surname with the Arabic article ends a
    // person's name, not a place's or a body's.
    const bool article_surname = !words_[candidate.last].capitalized;
    const auto results_line = [&] {
      return FeatAfter(candidate.last) || DismissalBefore(candidate.first);
    };
    // "University named after Mirzo Ulugbek": a body's namesake is a person
    // (the seeds' gold marks "M. Yesbulatov" in "... Academy ... named
    // after M. Yesbulatov"), its given name known or not.
    const bool namesake = candidate.first >= 2 && Gap(candidate.first) == " " &&
                          WordText(candidate.first - 1) == "after" &&
                          Gap(candidate.first - 1) == " " &&
                          WordText(candidate.first - 2) == "named";
    // "Another Expert, Adaeze Okonkwo-Reyes, raised ...": a name set off by
    // commas right after a title word is its holder.
    const bool title_apposed = candidate.first > 0 && Gap(candidate.first) == ", " &&
                               words_[candidate.first - 1].capitalized &&
                               impl_.title_words.find(WordText(candidate.first - 1)) !=
                                   impl_.title_words.end() &&
                               after < words_.size() &&
                               (Gap(after) == ", " || Gap(after) == " , ");
    // "Eight-year-old Aizirek walks to school": an age before a name
    // describes a person (a hyphened name is a thing's: "the eight-year-old
    // Iran-Iraq war").
    const bool age_before =
        candidate.first > 0 && Gap(candidate.first) == " " &&
        WordText(candidate.first - 1).ends_with("-year-old") && !HyphenInside(candidate);
    bool person = false;
    if (length >= 2) {
      person = titled || given() || IsInitial(candidate.first) || surname_shape() ||
               says_after() || said_before() || namesake || title_apposed ||
               HolderOfAPostInABody(candidate) || ApposedRole(candidate.last) ||
               results_line() || NationalityAfter(candidate.last) ||
               AgeAfter(candidate.last) || age_before || SignOffLine(candidate) ||
               patronymic_after || national ||
               KinshipApposed(candidate) || article_surname;
    } else {
      // (This read "says_after && lone_word_ok", lone_word_ok being "not
      // opening a sentence, or says_after": that is says_after alone.)
      person = titled || says_after() || results_line() ||
               AgeAfter(candidate.last) || age_before || QuoteAttributedBefore(candidate) ||
               CountryAfter(candidate.last) || QuotedAsSaying(candidate) ||
               KinshipApposed(candidate) || cited;
    }
    if (!person) {
      if (length == 1) singles.push_back(candidate);
      if (length == 2 || length == 3) unproven.push_back(candidate);
      continue;
    }
    persons.push_back(candidate);
    for (std::size_t i = candidate.first; i <= candidate.last; ++i) {
      if (!IsInitial(i)) known_parts.insert(std::string(WordText(i)));
    }
    if (length >= 2) known_surnames.insert(std::string(WordText(candidate.last)));
  }
  ProveNamesCalledBySurname(singles, lower_case_words, &unproven, &persons, &known_parts,
                            &known_surnames);
  // "Simmons" after "Phil Simmons"; a place's name only as a surname
  // ("Cork" after "Dominic Cork", not "Israel" after "Israel Radio").
  for (const Candidate& single : singles) {
    if (known_parts.count(std::string(WordText(single.first))) != 0) {
      persons.push_back(single);
    } else {
      unproven.push_back(single);
    }
  }
  for (const Candidate& single : place_singles) {
    if (known_surnames.count(std::string(WordText(single.first))) != 0) persons.push_back(single);
  }
  ProveRelativesBySurname(lower_case_words, known_surnames, &unproven, &persons);
  ProveListedNames(unproven, &persons);
  // "REDGRAVE MAY SEEK FIFTH OLYMPIC GOLD": a line in capitals names a
  // person by the surname of a person the text names in full, unless the
  // text also writes that word in lower case ("MAJOR" after "John Major");
  // so does a speaker label ("SHARIPOVA:" after "Nigora Sharipova").
  if (!known_surnames.empty()) {
    for (std::size_t i = 0; i < words_.size(); ++i) {
      if (!(words_[i].shouting || SpeakerLabel(i)) || !words_[i].all_caps || vetoed_[i]) {
        continue;
      }
      const std::string_view word = WordText(i);
      if (known_surnames.count(std::string(word)) != 0 && !lower_case_words.Contains(word)) {
        persons.push_back(Candidate{i, i});
      }
    }
  }
  AddTitleWordsUsedAsSurnames(known_surnames, &persons);
  for (const Candidate& person : persons) {
    Mention mention;
    mention.type = MentionType::kPerson;
    // "Mother Teresa": a religious Mother is written as part of the name.
    std::size_t first = person.first;
    if (first > 0 && words_[first - 1].capitalized && Gap(first) == " " &&
        WordText(first - 1) == "mother" && IsGivenName(first)) {
      --first;
    }
    // "H.D. Deve Gowda", "O.J. Simpson": capitals joined by dots right
    // before a person's name are his initials, unless a place or a body
    // claims them ("U.S. Senate", "the U.S. Clinton administration").
    if (first > 0 && Gap(first) == " " && !IsInitial(first) && IsGluedCapitals(first - 1) &&
        !vetoed_[first - 1] && !IsLocation(Candidate{first - 1, first - 1}) &&
        !LineBreakBefore(first)) {
      --first;
    }
    // "Aizat Bakytbek kyzy", "Nurbek Ulan uulu": a Turkic patronymic's
    // lower-case "son of" / "daughter of" ends the name.
    std::size_t last = person.last;
    if (last + 1 < words_.size() && Gap(last + 1) == " " && !words_[last + 1].capitalized &&
        IsPatronymicMarker(WordText(last + 1))) {
      ++last;
    }
    mention.start = words_[first].raw_start;
    mention.end = words_[last].raw_end;
    // "Abdyldaev K. Zh.": a family name's initials after it keep their
    // last dot.
    if (last > first && IsInitial(last) && mention.end < text_.raw.size() &&
        text_.raw[mention.end] == '.') {
      ++mention.end;
    }
    mention.text = std::string(text_.raw.substr(mention.start, mention.end - mention.start));
    out->push_back(std::move(mention));
  }
}

}  // namespace

PersonExtractor::PersonExtractor(const Normalizer& normalizer,
                                 const std::filesystem::path& data_dir)
    : PersonExtractor(data_dir,
                      std::make_shared<const OrganizationExtractor>(
                          normalizer, data_dir / "rules" / "organizations.rules",
                          data_dir / "organizations" / "bodies.tsv")) {}

PersonExtractor::PersonExtractor(const std::filesystem::path& data_dir,
                                 std::shared_ptr<const OrganizationExtractor> organizations) {
  auto impl = std::make_shared<Impl>();
  const std::filesystem::path rules_file = data_dir / "rules" / "persons.rules";
  impl->rules = RuleSet::Load(rules_file, {}, RuleMatching::kRulesOnly);
  std::vector<int> surname_rules;
  std::vector<int> not_name_rules;
  std::vector<int> opener_rules;
  std::vector<int> syllables_rules;
  std::vector<int> nationality_rules;
  std::vector<int> dismissal_rules;
  for (const Rule& rule : impl->rules.rules()) {
    const auto& groups = rule.named_groups;
    const std::string where =
        rules_file.string() + ":" + std::to_string(rule.line) + ": rule '" + rule.name + "' ";
    if (groups.size() != 1) {
      throw RuleError(where +
                      "needs exactly one named group (title, speech, role, surname, notname, "
                      "opener, syllables, nationality, feat or dismissal)");
    }
    const auto& [name, index] = *groups.begin();
    PersonRule cue;
    cue.group = index;
    if (name == "title") {
      cue.cue = PersonCue::kTitle;
    } else if (name == "speech") {
      cue.cue = PersonCue::kSpeech;
    } else if (name == "role") {
      cue.cue = PersonCue::kRole;
    } else if (name == "surname") {
      cue.cue = PersonCue::kSurname;
    } else if (name == "notname") {
      cue.cue = PersonCue::kNotName;
    } else if (name == "opener") {
      cue.cue = PersonCue::kOpener;
    } else if (name == "syllables") {
      cue.cue = PersonCue::kSyllables;
    } else if (name == "nationality") {
      cue.cue = PersonCue::kNationality;
    } else if (name == "feat") {
      cue.cue = PersonCue::kFeat;
    } else if (name == "dismissal") {
      cue.cue = PersonCue::kDismissal;
    } else {
      throw RuleError(where + "uses unknown group '" + name + "'");
    }
    const int rule_index = static_cast<int>(impl->cues.size());
    if (cue.cue == PersonCue::kTitle) impl->title_rules.push_back(rule_index);
    if (cue.cue == PersonCue::kSpeech) impl->speech_rules.push_back(rule_index);
    if (cue.cue == PersonCue::kRole) impl->role_rules.push_back(rule_index);
    if (cue.cue == PersonCue::kSurname) surname_rules.push_back(rule_index);
    if (cue.cue == PersonCue::kNotName) not_name_rules.push_back(rule_index);
    if (cue.cue == PersonCue::kOpener) opener_rules.push_back(rule_index);
    if (cue.cue == PersonCue::kSyllables) syllables_rules.push_back(rule_index);
    if (cue.cue == PersonCue::kNationality) nationality_rules.push_back(rule_index);
    if (cue.cue == PersonCue::kFeat) impl->feat_rules.push_back(rule_index);
    if (cue.cue == PersonCue::kDismissal) dismissal_rules.push_back(rule_index);
    impl->cues.push_back(cue);
  }
  impl->surname_shapes = WordRules(impl->rules, surname_rules);
  impl->not_names = WordRules(impl->rules, not_name_rules);
  impl->sentence_openers = WordRules(impl->rules, opener_rules);
  impl->korean_given_names = WordRules(impl->rules, syllables_rules);
  impl->nationalities = WordRules(impl->rules, nationality_rules);
  impl->dismissals = WordRules(impl->rules, dismissal_rules);
  // IsTitle matches a title rule against one word and the characters around
  // it, so the rule's group can only be the word itself.
  for (int index : impl->title_rules) {
    const Rule& rule = impl->rules.rules()[index];
    if (rule.group_words.empty()) {
      impl->title_words.clear();
      break;
    }
    impl->title_words.insert(rule.group_words.begin(), rule.group_words.end());
  }

  // The organization extractor loaded the given names from the same data.
  impl->given_names = organizations->given_names();
  impl->organizations = std::move(organizations);
  impl_ = std::move(impl);
}

PersonExtractor::~PersonExtractor() = default;

void PersonExtractor::Extract(const TextView& text, const ExtractionContext& context,
                              std::vector<Mention>* out) const {
  std::vector<NameWord> scanned;
  if (context.name_words == nullptr) scanned = ScanNameWords(text);
  const std::vector<NameWord>& words =
      context.name_words != nullptr ? *context.name_words : scanned;
  PersonFinder finder(*impl_, text, words, context.organization_spans, context.location_spans);
  finder.Run(out);
}

}  // namespace gleaner
