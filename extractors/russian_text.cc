// Cyrillic places, bodies, persons and counts of Russian passages; see
// russian_text.h. The word lists below are general classes of Russian words
// (body head nouns, place-type nouns, units that make a number a duration,
// an amount or a measure, qualifiers of a count), written in the nominative
// and stemmed at start-up with the same stemmer as the text.
#include "extractors/russian_text.h"

#include <unicode/locid.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <xapian.h>

#include <algorithm>
#include <array>
#include <optional>
#include <stdexcept>
#include <utility>

#include "extractors/dates.h"
#include "extractors/phrase_matcher.h"

namespace gleaner {
namespace {

// Nouns that head the name of a body ("Министерство внутренних дел",
// "Программный офис ОБСЕ", "Государственный комитет ...").
constexpr std::array<std::string_view, 22> kBodyHeads = {
    "министерство", "агентство",   "комитет",      "служба",        "офис",
    "фонд",         "университет", "департамент",  "управление",    "посольство",
    "представительство", "миссия", "институт",     "академия",      "ассоциация",
    "секретариат",  "правительство", "парламент",  "прокуратура",   "инспекция",
    "центр",        "бюро"};
// Of those, the ones whose name may end in the place they are in ("офис
// ОБСЕ в Бишкеке", as "Office in Bishkek").
constexpr std::array<std::string_view, 7> kBodiesInAPlace = {
    "офис", "представительство", "посольство", "миссия", "центр", "бюро", "секретариат"};
// Bodies' Russian acronyms and the top-level body they belong to.
constexpr std::array<std::pair<std::string_view, std::string_view>, 16> kBodyAcronyms = {{
    {"ОБСЕ", "OSCE"},   {"ООН", "UN"},     {"ПРООН", "UN"},  {"ЮНИСЕФ", "UN"},
    {"ЮНЕСКО", "UN"},   {"УНП", "UN"},     {"МОМ", "UN"},    {"ВОЗ", "UN"},
    {"УВКБ", "UN"},     {"ЕС", "EU"},      {"СНГ", ""},      {"ОДКБ", ""},
    {"ШОС", ""},        {"НАТО", ""},      {"ЕАЭС", ""},     {"ВБ", ""}}};
// Nouns after a place's adjective that name a region of it ("Ошской
// области", "Сузакского района").
constexpr std::array<std::string_view, 4> kPlaceTypes = {"область", "район", "округ", "край"};
// Units after a number that make it a duration, an amount or a measure, not
// a count (GUIDELINES.md), and scale words (left alone). Month names come
// from ICU (Impl's constructor).
constexpr std::array<std::string_view, 35> kNotCounted = {
    "год",      "лет",      "день",     "сутки",    "неделя",    "месяц",    "час",
    "минута",   "секунда",  "процент",  "доллар",   "евро",      "рубль",    "сом",
    "сомони",   "тенге",    "сум",      "манат",    "франк",     "тонна",    "километр",
    "метр",     "килограмм", "литр",    "гектар",   "раз",       "тысяча",   "миллион",
    "миллиард", "тыс",      "млн",      "млрд",     "км",        "кг",       "га"};
// The case forms of the units above whose stem is another ("дня" of
// "день", "лет" of "год").
constexpr std::array<std::string_view, 25> kMoreNotCounted = {
    "дня",      "дней",      "дни",     "недели",  "недель",   "месяца",   "месяцев",
    "часа",     "часов",     "минут",   "года",    "годы",     "суток",    "процента",
    "процентов", "долларов", "доллара", "сомов",   "рублей",   "рубля",    "тонн",
    "тонны",    "километров", "раза",   "тысячи"};
// Words before a number that qualify a count ("около 50 участников").
constexpr std::array<std::string_view, 7> kQualifiers = {
    "около", "более", "свыше", "почти", "примерно", "порядка", "приблизительно"};
// Function words: no counted noun, no surname.
constexpr std::array<std::string_view, 28> kFunctionWords = {
    "по",  "до",  "из",  "на",   "за",   "от",   "для", "при", "над", "под",
    "без", "через", "или", "что", "как", "так", "это", "все", "его", "её",
    "их",  "и",   "а",   "но",   "с",    "в",    "во",  "к"};

const char* const kFocusCountries[] = {"KG", "KZ", "TJ", "UZ", "TM", "AF"};

bool IsFocusCountry(std::string_view country) {
  for (const char* focus : kFocusCountries) {
    if (country == focus) return true;
  }
  return false;
}

std::string Lower(std::string_view word) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  static const icu::Locale kRussian("ru");
  text.toLower(kRussian);
  std::string out;
  text.toUTF8String(out);
  return out;
}

bool HasCyrillic(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xFC) == 0xD0;
  });
}

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// Adjective endings of every case and gender ("Ошской", "Государственного",
// "внутренних", "Программный").
bool LooksAdjective(std::string_view lower) {
  static constexpr std::array<std::string_view, 20> kEndings = {
      "ого", "его", "ому", "ему", "ыми", "ими", "ой", "ей", "ый", "ий",
      "ая",  "яя",  "ое",  "ее",  "ые",  "ие",  "ых", "их", "ую", "юю"};
  if (lower.size() < 8) return false;  // four letters at least
  for (std::string_view ending : kEndings) {
    if (EndsWith(lower, ending)) return true;
  }
  return false;
}

// Past-tense and present-tense verb endings ("завершили", "провел").
bool LooksVerb(std::string_view lower) {
  static constexpr std::array<std::string_view, 12> kEndings = {
      "ли", "ло", "ла", "ет", "ит", "ут", "ют", "ат", "ят", "ал", "ил", "ся"};
  for (std::string_view ending : kEndings) {
    if (EndsWith(lower, ending)) return true;
  }
  return false;
}

// A word of the text: a run of letters (hyphens between letters inside).
struct Word {
  std::size_t start = 0;
  std::size_t end = 0;
  bool cyrillic = false;
  bool capitalized = false;
  bool all_caps = false;
  bool sentence_start = false;  // only white space, quotes or a dash after . ! ? : or a line start
  std::string lower;
};

std::vector<Word> Words(std::string_view text) {
  std::vector<Word> words;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  bool at_sentence_start = true;
  while (i < length) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (!u_isalpha(c)) {
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n') at_sentence_start = true;
      continue;
    }
    Word word;
    word.start = static_cast<std::size_t>(start);
    UErrorCode status = U_ZERO_ERROR;
    word.cyrillic = uscript_getScript(c, &status) == USCRIPT_CYRILLIC;
    word.capitalized = u_isupper(c);
    bool all_caps = u_isupper(c);
    int32_t end = i;
    while (end < length) {
      int32_t next = end;
      UChar32 d = 0;
      U8_NEXT(bytes, next, length, d);
      if (u_isalpha(d)) {
        all_caps = all_caps && u_isupper(d);
        end = next;
        continue;
      }
      if (d == '-' && next < length) {
        int32_t after = next;
        UChar32 e = 0;
        U8_NEXT(bytes, after, length, e);
        if (u_isalpha(e)) {
          end = next;
          continue;
        }
      }
      break;
    }
    word.end = static_cast<std::size_t>(end);
    word.all_caps = all_caps && word.end - word.start > 2;
    word.sentence_start = at_sentence_start;
    word.lower = Lower(text.substr(word.start, word.end - word.start));
    at_sentence_start = false;
    words.push_back(std::move(word));
    i = end;
  }
  return words;
}

std::string StemOf(std::string_view lower) {
  thread_local Xapian::Stem stemmer("russian");
  return stemmer(std::string(lower));
}

// Latin spellings to try for a romanized word: BGN writes "й" and "ы" as
// "y", "дж" as "dzh", the soft sign as an apostrophe; English spellings of
// Central Asian names write "ai", "j", and no apostrophe ("Aigul", "Jalal").
std::vector<std::string> LatinVariants(std::string romanized) {
  std::string plain;
  for (char c : romanized) {
    if (c != '\'' && c != '"') plain += c;
  }
  // ICU writes BGN's soft and hard signs as U+02B9 and U+02BA, and its
  // digraph breaks ("т·с") as U+00B7 MIDDLE DOT.
  for (std::string_view mark : {"\xCA\xB9", "\xCA\xBA", "\xC2\xB7"}) {
    for (std::size_t at; (at = plain.find(mark)) != std::string::npos;) plain.erase(at, 2);
  }
  std::vector<std::string> variants = {plain};
  auto replaced = [](std::string text, std::string_view from, std::string_view to) {
    for (std::size_t at = 0; (at = text.find(from, at)) != std::string::npos; at += to.size()) {
      text.replace(at, from.size(), to);
    }
    return text;
  };
  std::string vowel_i = plain;
  for (std::string_view vowel : {"a", "e", "o", "u"}) {
    vowel_i = replaced(vowel_i, std::string(vowel) + "y", std::string(vowel) + "i");
  }
  variants.push_back(vowel_i);
  variants.push_back(replaced(plain, "dzh", "j"));
  variants.push_back(replaced(vowel_i, "dzh", "j"));
  variants.push_back(replaced(replaced(plain, "dzh", "j"), "zh", "j"));
  std::sort(variants.begin(), variants.end());
  variants.erase(std::unique(variants.begin(), variants.end()), variants.end());
  return variants;
}

}  // namespace

std::string RussianText::Stem(std::string_view word) { return StemOf(Lower(word)); }

std::string RussianText::Romanize(std::string_view word) {
  thread_local std::unique_ptr<icu::Transliterator> transliterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> made(icu::Transliterator::createInstance(
        "Russian-Latin/BGN", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !made) {
      throw std::runtime_error(std::string("ICU has no Russian-Latin/BGN transform: ") +
                               u_errorName(status));
    }
    return made;
  }();
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  text.toLower(icu::Locale("ru"));
  transliterator->transliterate(text);
  text.toLower(icu::Locale::getRoot());
  std::string out;
  text.toUTF8String(out);
  return out;
}

struct RussianText::Impl {
  const Gazetteer& gazetteer;
  const Normalizer& normalizer;
  std::shared_ptr<const WordSet> given_names;
  WordMap<std::vector<std::uint32_t>> cyrillic_places;  // stems joined by ' ' -> places
  WordSet body_heads, bodies_in_a_place, place_types, not_counted, qualifiers, function_words;
  WordMap<std::string> acronyms;  // acronym as written -> parent

  Impl(const Gazetteer& g, const Normalizer& n, std::shared_ptr<const WordSet> names)
      : gazetteer(g), normalizer(n), given_names(std::move(names)) {
    for (std::string_view head : kBodyHeads) body_heads.insert(StemOf(head));
    for (std::string_view head : kBodiesInAPlace) bodies_in_a_place.insert(StemOf(head));
    for (std::string_view type : kPlaceTypes) place_types.insert(StemOf(type));
    for (std::string_view unit : kNotCounted) not_counted.insert(StemOf(unit));
    for (std::string_view unit : kMoreNotCounted) {
      not_counted.insert(StemOf(unit));
      not_counted.insert(std::string(unit));
    }
    // A month in the genitive of a date ("12 июня") counts nothing. ICU's
    // names end in -а/-я only in that form (not "июнь", "июн.", "май").
    for (const auto& [month, number] : IcuMonthNames({"ru"})) {
      if (!month.ends_with("а") && !month.ends_with("я")) continue;
      not_counted.insert(StemOf(month));
      not_counted.insert(month);
    }
    for (std::string_view word : kQualifiers) qualifiers.insert(std::string(word));
    for (std::string_view word : kFunctionWords) function_words.insert(std::string(word));
    for (const auto& [acronym, parent] : kBodyAcronyms) {
      acronyms.emplace(std::string(acronym), std::string(parent));
    }
    const std::vector<Place>& places = gazetteer.places();
    for (std::uint32_t i = 0; i < places.size(); ++i) {
      if (!HasCyrillic(places[i].name)) continue;
      cyrillic_places[StemKey(places[i].name)].push_back(i);
    }
  }

  // The stems of a name's words joined by one space.
  static std::string StemKey(std::string_view name) {
    std::string key;
    for (const Word& word : Words(name)) {
      if (!key.empty()) key += ' ';
      key += StemOf(word.lower);
    }
    return key;
  }

  // The best place of a list: one in a focus country, else the most populous.
  std::optional<std::uint32_t> Best(const std::vector<std::uint32_t>& found) const {
    const std::vector<Place>& places = gazetteer.places();
    std::optional<std::uint32_t> best;
    for (std::uint32_t index : found) {
      const Place& place = places[index];
      if (place.kind == PlaceKind::kContinent) continue;
      if (!best) {
        best = index;
        continue;
      }
      const Place& other = places[*best];
      const bool focus = IsFocusCountry(place.country);
      if (focus != IsFocusCountry(other.country) ? focus
                                                 : place.population > other.population) {
        best = index;
      }
    }
    return best;
  }

  // A place by a Latin spelling of a romanized word.
  std::optional<std::uint32_t> LatinPlace(const std::string& romanized) const {
    for (const std::string& variant : LatinVariants(romanized)) {
      const std::string key = PhraseKey(normalizer, variant);
      if (key.empty()) continue;
      if (const auto* found = gazetteer.names().Lookup(key)) {
        if (auto best = Best(*found)) return best;
      }
    }
    return std::nullopt;
  }

  // The place a Cyrillic word names, in any case ("бишкеке", "бишкек",
  // "оше", "кыргызстане"), given lower case: by its stem among the
  // gazetteer's Cyrillic names, else romanized (as written, then its stem)
  // among the Latin ones.
  std::optional<std::uint32_t> PlaceOfLower(const std::string& lower) const {
    const std::string stem = StemOf(lower);
    auto found = cyrillic_places.find(stem);
    if (found != cyrillic_places.end()) {
      if (auto best = Best(found->second)) return best;
    }
    if (auto place = LatinPlace(Romanize(lower))) return place;
    if (stem.size() >= 4 && stem != lower) return LatinPlace(Romanize(stem));
    return std::nullopt;
  }

  // The place one capitalized word of three letters or more (two in
  // capitals: a dateline's "ОШ") names; not a word with an adjective's
  // ending ("Новый" is no "Nov").
  std::optional<std::uint32_t> PlaceOfWord(const Word& word) const {
    if (word.lower.size() < (word.all_caps ? 4u : 6u) || LooksAdjective(word.lower)) {
      return std::nullopt;
    }
    return PlaceOfLower(word.lower);
  }

  // The place an adjective made of a place's name names: "Ошской" (Ош),
  // "Баткенского" (Баткен); the stem ends in "ск".
  std::optional<std::uint32_t> PlaceOfAdjective(const Word& word) const {
    std::string stem = StemOf(word.lower);
    if (!EndsWith(stem, "ск") || stem.size() < 8) return std::nullopt;
    stem.resize(stem.size() - std::string_view("ск").size());
    if (auto place = PlaceOfLower(stem)) return place;
    // "Согдийской" (Согд): the suffix "-ийск-"
    if (EndsWith(stem, "ий") && stem.size() >= 8) {
      return PlaceOfLower(stem.substr(0, stem.size() - std::string_view("ий").size()));
    }
    return std::nullopt;
  }

  bool IsGivenName(const Word& word) const {
    if (!word.cyrillic || !word.capitalized || word.all_caps) return false;
    const std::string stem = StemOf(word.lower);
    // the stem with "а" is the nominative of a woman's name in another case
    // ("Дильнозы" -> "дильноз" -> "дильноза")
    const std::string feminine = stem + "а";
    for (const std::string* form : {&word.lower, &stem, &feminine}) {
      for (const std::string& variant : LatinVariants(Romanize(*form))) {
        if (variant.size() >= 3 && given_names->contains(variant)) return true;
      }
    }
    return false;
  }

  // A Russian family name's shape: "-ов", "-ев", "-иев" with a case or
  // feminine ending ("Жапаров", "Мамытова", "Сатыбалдиева", "Каримовой").
  static bool LooksSurname(const Word& word) {
    static constexpr std::array<std::string_view, 4> kStems = {"ов", "ев", "ёв", "ин"};
    static constexpr std::array<std::string_view, 8> kEndings = {"",  "а",  "у",  "ым",
                                                                 "ой", "ою", "е",  "ы"};
    if (word.lower.size() < 10) return false;  // five letters at least
    for (std::string_view ending : kEndings) {
      if (!EndsWith(word.lower, ending)) continue;
      const std::string_view rest =
          std::string_view(word.lower).substr(0, word.lower.size() - ending.size());
      for (std::string_view stem : kStems) {
        if (EndsWith(rest, stem) && (stem != "ин" || ending.empty() || ending == "а")) return true;
      }
    }
    return false;
  }

  bool IsBodyHead(const Word& word) const { return body_heads.contains(StemOf(word.lower)); }

  void AddPlace(std::string_view text, std::size_t start, std::size_t end, std::uint32_t index,
                std::vector<Mention>* out) const {
    const Place& place = gazetteer.places()[index];
    Mention mention;
    mention.type = MentionType::kLocation;
    mention.start = start;
    mention.end = end;
    mention.text = std::string(text.substr(start, end - start));
    mention.attributes["country"] = place.country;
    mention.attributes["kind"] = std::string(PlaceKindName(place.kind));
    mention.attributes["rule"] = "russian_place";
    out->push_back(std::move(mention));
  }

  void Find(std::string_view text, std::vector<Mention>* mentions) const;
  void FindPersons(std::string_view text, const std::vector<Word>& words,
                   std::vector<Mention>* found) const;
  void FindBodies(std::string_view text, const std::vector<Word>& words,
                  std::vector<Mention>* found) const;
  void FindPlaces(std::string_view text, const std::vector<Word>& words,
                  std::vector<Mention>* found) const;
  void FindCounts(std::string_view text, const std::vector<Word>& words,
                  std::vector<Mention>* found) const;
};

// Two or three capitalized Cyrillic words one of which, at either end, is a
// given name: "Айгерим Мамытова", "Эрмека Сатыбалдиева" (genitive).
void RussianText::Impl::FindPersons(std::string_view text, const std::vector<Word>& words,
                                    std::vector<Mention>* found) const {
  const auto name_word = [&](std::size_t i) {
    const Word& w = words[i];
    return w.cyrillic && w.capitalized && !w.all_caps && w.lower.size() >= 6 &&
           !acronyms.contains(text.substr(w.start, w.end - w.start)) && !IsBodyHead(w);
  };
  const auto adjacent = [&](std::size_t i) {  // words i and i + 1 are apart by one space
    return i + 1 < words.size() && text.substr(words[i].end, words[i + 1].start - words[i].end) == " ";
  };
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (!name_word(i) || !adjacent(i) || !name_word(i + 1)) continue;
    std::size_t last = i + 1;
    // a patronymic between ("Айгерим Бакытовна Мамытова")
    if (adjacent(i + 1) && i + 2 < words.size() && name_word(i + 2) &&
        (words[i + 1].lower.find("вич") != std::string::npos ||
         words[i + 1].lower.find("вн") != std::string::npos)) {
      last = i + 2;
    }
    // Either end a given name, or the last word a family name's shape
    // ("Садыра Жапарова"), or the first one before a given name.
    const bool given_first = (IsGivenName(words[i]) && !IsGivenName(words[last])) ||
                             (LooksSurname(words[last]) && !LooksSurname(words[i]) &&
                              !words[i].sentence_start);
    const bool given_last = !given_first && last == i + 1 && IsGivenName(words[last]) &&
                            !IsGivenName(words[i]) &&
                            (!words[i].sentence_start || LooksSurname(words[i]));
    if (!given_first && !given_last) continue;
    const Word& surname = given_first ? words[last] : words[i];
    const Word& given = given_first ? words[i] : words[last];
    if (PlaceOfWord(surname) || PlaceOfAdjective(surname) || PlaceOfWord(given) ||
        LooksAdjective(given.lower)) {
      continue;
    }
    Mention mention;
    mention.type = MentionType::kPerson;
    mention.start = words[i].start;
    mention.end = words[last].end;
    mention.text = std::string(text.substr(mention.start, mention.end - mention.start));
    mention.attributes["rule"] = "russian_person";
    found->push_back(std::move(mention));
    i = last;
  }
}

// A body: a head noun ("Министерство", "комитета" after a capitalized
// adjective, "офис" after "Программный") with the genitive words,
// capitalized words and acronyms after it, and for an office the place it
// is in ("в Бишкеке"). An acronym of a known body alone is a body too.
void RussianText::Impl::FindBodies(std::string_view text, const std::vector<Word>& words,
                                   std::vector<Mention>* found) const {
  const auto gap = [&](std::size_t i) {  // the text between words i and i + 1
    return text.substr(words[i].end, words[i + 1].start - words[i].end);
  };
  const auto acronym = [&](std::size_t i) -> const std::string* {
    auto it = acronyms.find(text.substr(words[i].start, words[i].end - words[i].start));
    return it == acronyms.end() ? nullptr : &it->second;
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!words[i].cyrillic) continue;
    std::size_t first = i;
    std::size_t head = i;
    if (words[i].capitalized && !words[i].all_caps && LooksAdjective(words[i].lower) &&
        i + 1 < words.size() && gap(i) == " " && !words[i + 1].capitalized &&
        IsBodyHead(words[i + 1])) {
      head = i + 1;
    } else if (!(words[i].capitalized && !words[i].all_caps && IsBodyHead(words[i]))) {
      if (const std::string* parent = acronym(i)) {
        Mention mention;
        mention.type = MentionType::kOrganization;
        mention.start = words[i].start;
        mention.end = words[i].end;
        mention.text = std::string(text.substr(mention.start, mention.end - mention.start));
        mention.attributes["parent"] = *parent;
        mention.attributes["rule"] = "russian_body";
        found->push_back(std::move(mention));
      }
      continue;
    }
    std::size_t last = head;
    std::string parent;
    bool open_adjective = false;  // a genitive adjective waits for its noun
    for (std::size_t j = head + 1; j < words.size() && gap(j - 1) == " " && words[j].cyrillic;
         ++j) {
      const Word& w = words[j];
      if (const std::string* known = acronym(j)) {
        if (parent.empty()) parent = *known;
        last = j;
        continue;
      }
      if (w.capitalized) {
        last = j;
        open_adjective = false;
        continue;
      }
      if (function_words.contains(w.lower)) break;
      if (open_adjective) {
        last = j;
        open_adjective = false;
        continue;
      }
      if (LooksAdjective(w.lower)) {
        open_adjective = true;
        continue;
      }
      if (LooksVerb(w.lower)) break;
      static constexpr std::array<std::string_view, 8> kGenitive = {"а", "я", "ы", "и",
                                                                    "ов", "ев", "ей", "ий"};
      if (std::none_of(kGenitive.begin(), kGenitive.end(),
                       [&](std::string_view e) { return EndsWith(w.lower, e); })) {
        break;
      }
      last = j;
    }
    // "в Бишкеке" after an office's name
    if (bodies_in_a_place.contains(StemOf(words[head].lower)) && last + 2 < words.size() &&
        gap(last) == " " && words[last + 1].lower == "в" && gap(last + 1) == " " &&
        words[last + 2].capitalized && PlaceOfWord(words[last + 2])) {
      last += 2;
    }
    // a head alone ("Министерство сообщило") or after an adjective opening a
    // sentence ("Новый центр") names no body
    if (last == head && (first == head || words[first].sentence_start)) continue;
    Mention mention;
    mention.type = MentionType::kOrganization;
    mention.start = words[first].start;
    mention.end = words[last].end;
    mention.text = std::string(text.substr(mention.start, mention.end - mention.start));
    mention.attributes["parent"] = parent;
    mention.attributes["rule"] = "russian_body";
    found->push_back(std::move(mention));
    i = last;
  }
}

// Places: a place's adjective before a place type ("Ошской области"), a
// Cyrillic name of the gazetteer of two words ("Кыргызской Республики"),
// or one capitalized word ("Бишкеке", "БИШКЕК"); at a sentence's start only
// a dateline's capitals or a place of the gazetteer's Cyrillic names or of
// Central Asia and Afghanistan.
void RussianText::Impl::FindPlaces(std::string_view text, const std::vector<Word>& words,
                                   std::vector<Mention>* found) const {
  for (std::size_t i = 0; i < words.size(); ++i) {
    const Word& w = words[i];
    if (!w.cyrillic || !w.capitalized) continue;
    const bool spaced_next =
        i + 1 < words.size() && words[i + 1].cyrillic &&
        text.substr(w.end, words[i + 1].start - w.end) == " ";
    if (spaced_next && place_types.contains(StemOf(words[i + 1].lower)) &&
        !words[i + 1].capitalized) {
      if (auto place = PlaceOfAdjective(w)) {
        AddPlace(text, w.start, words[i + 1].end, *place, found);
        ++i;
        continue;
      }
    }
    if (spaced_next && words[i + 1].capitalized) {
      auto two = cyrillic_places.find(StemOf(w.lower) + " " + StemOf(words[i + 1].lower));
      if (two != cyrillic_places.end()) {
        if (auto best = Best(two->second)) {
          AddPlace(text, w.start, words[i + 1].end, *best, found);
          ++i;
          continue;
        }
      }
    }
    if (acronyms.contains(text.substr(w.start, w.end - w.start))) continue;
    const auto place = PlaceOfWord(w);
    if (!place) continue;
    const Place& p = gazetteer.places()[*place];
    if (w.sentence_start && !w.all_caps && !HasCyrillic(p.name) && !IsFocusCountry(p.country)) {
      continue;
    }
    AddPlace(text, w.start, w.end, *place, found);
  }
}

// Counts: a number in digits with its qualifier ("около") and the noun it
// counts, through at most two adjectives: "45 участников", "12 местных
// женщин", "в 214 школах" (unit "школах").
void RussianText::Impl::FindCounts(std::string_view text, const std::vector<Word>& words,
                                   std::vector<Mention>* found) const {
  std::size_t next_word = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto digit = [&](std::size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
    if (!digit(i) || (i > 0 && (digit(i - 1) || std::string_view("+-/.,#№").find(text[i - 1]) !=
                                                     std::string_view::npos))) {
      continue;
    }
    std::size_t end = i;
    while (digit(end)) ++end;
    const std::size_t number_end = end;
    const std::string digits(text.substr(i, end - i));
    i = end;
    if (digits.size() > 9 || (end < text.size() && std::string_view(".,:/-").find(text[end]) !=
                                                       std::string_view::npos &&
                              digit(end + 1))) {
      continue;
    }
    if (end >= text.size() || text[end] != ' ') continue;
    while (next_word < words.size() && words[next_word].start < number_end) ++next_word;
    std::size_t noun = next_word;
    bool ok = false;
    for (int adjectives = 0; noun < words.size() && adjectives <= 2; ++adjectives, ++noun) {
      const std::size_t before = noun == next_word ? number_end : words[noun - 1].end;
      if (text.substr(before, words[noun].start - before) != " ") break;
      const Word& w = words[noun];
      if (!w.cyrillic || w.capitalized || function_words.contains(w.lower) ||
          w.lower.size() < 6) {
        break;
      }
      const bool more = noun + 1 < words.size() && words[noun + 1].cyrillic &&
                        !words[noun + 1].capitalized &&
                        text.substr(w.end, words[noun + 1].start - w.end) == " " &&
                        !function_words.contains(words[noun + 1].lower);
      if (LooksAdjective(w.lower) && more && adjectives < 2) continue;
      ok = !not_counted.contains(StemOf(w.lower)) && !not_counted.contains(w.lower) &&
           !LooksVerb(w.lower);
      break;
    }
    if (!ok) continue;
    std::size_t start = number_end - digits.size();
    std::string qualifier;
    for (std::size_t q = next_word; q > 0; --q) {
      const Word& w = words[q - 1];
      if (w.end <= start && text.substr(w.end, start - w.end) == " " &&
          qualifiers.contains(w.lower)) {
        qualifier = w.lower;
        start = w.start;
      }
      break;
    }
    Mention mention;
    mention.type = MentionType::kCount;
    mention.start = start;
    mention.end = words[noun].end;
    mention.text = std::string(text.substr(mention.start, mention.end - mention.start));
    std::size_t value_digits = 0;
    while (value_digits + 1 < digits.size() && digits[value_digits] == '0') ++value_digits;
    mention.value = digits.substr(value_digits);
    mention.attributes["unit"] = words[noun].lower;
    mention.attributes["rule"] = "russian_count";
    if (!qualifier.empty()) mention.attributes["qualifier"] = qualifier;
    found->push_back(std::move(mention));
  }
}

void RussianText::Impl::Find(std::string_view text, std::vector<Mention>* mentions) const {
  if (!HasCyrillic(text)) return;
  const std::vector<Word> words = Words(text);
  std::vector<Mention> persons, bodies, places, counts;
  FindPersons(text, words, &persons);
  FindBodies(text, words, &bodies);
  FindPlaces(text, words, &places);
  FindCounts(text, words, &counts);
  // A found mention is added unless it overlaps one of the other
  // extractors' or one added before it; but a body or a place may hold the
  // other extractors' places ("Республики Таджикистан" over "Таджикистан"),
  // which a place then replaces, and a place may stand inside a body added
  // here ("в Бишкеке" of "Программный офис ОБСЕ в Бишкеке").
  std::vector<Mention>& all = *mentions;
  std::size_t before = all.size();
  const auto inside = [](const Mention& inner, const Mention& outer) {
    return outer.start <= inner.start && inner.end <= outer.end;
  };
  const auto add = [&](std::vector<Mention>& found) {
    for (Mention& mention : found) {
      const bool may_hold_places = mention.type == MentionType::kOrganization ||
                                   mention.type == MentionType::kLocation;
      bool clash = false;
      std::vector<std::size_t> held;
      for (std::size_t k = 0; k < all.size() && !clash; ++k) {
        const Mention& other = all[k];
        if (other.end <= mention.start || mention.end <= other.start) continue;
        if (k < before) {
          if (may_hold_places && other.type == MentionType::kLocation && inside(other, mention) &&
              !inside(mention, other)) {
            held.push_back(k);
          } else {
            clash = true;
          }
        } else {
          clash = !(mention.type == MentionType::kLocation &&
                    other.type == MentionType::kOrganization && inside(mention, other));
        }
      }
      if (clash) continue;
      if (mention.type == MentionType::kLocation) {
        for (auto k = held.rbegin(); k != held.rend(); ++k) {
          all.erase(all.begin() + static_cast<std::ptrdiff_t>(*k));
          --before;
        }
      }
      all.push_back(std::move(mention));
    }
  };
  add(persons);
  add(bodies);
  add(places);
  add(counts);
}

RussianText::RussianText(const Gazetteer& gazetteer, const Normalizer& normalizer,
                         std::shared_ptr<const WordSet> given_names)
    : impl_(std::make_unique<const Impl>(gazetteer, normalizer, std::move(given_names))) {}

RussianText::~RussianText() = default;

void RussianText::AddMentions(std::string_view text, std::vector<Mention>* mentions) const {
  impl_->Find(text, mentions);
}

}  // namespace gleaner
