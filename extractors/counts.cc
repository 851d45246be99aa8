// The count extractor: number_* rules of corpora/rules/counts.rules find a
// number (digits or ICU number words) and its qualifier; the words after it
// are read for the head noun of what is counted (count-nouns.txt lexicon
// plus a plural heuristic); before_*, after_* and not_number_* rules veto
// what is not a count; breakdown rules check "39 participants (19 women,
// 10 men)" style totals. The rules run only in the windows around numbers
// that a head noun can follow (extractors/count_windows.h).
#include "extractors/counts.h"

#include "engine/ascii.h"
#include "engine/normalize.h"
#include "extractors/count_windows.h"
#include "extractors/dates.h"
#include "extractors/utf8.h"
#include "extractors/word_hash.h"

#include <unicode/fieldpos.h>
#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string_view>
#include <unordered_map>

namespace gleaner {
namespace {

namespace fs = std::filesystem;

// A head noun follows at most this many modifiers ("nine pilot local
// communities", "five Central Asian Member States").
constexpr std::size_t kMaxModifiers = 3;
// At most this many words are read after a number, and a longer word ends
// the phrase; both keep hostile text linear.
constexpr std::size_t kMaxPhraseWords = 6;
constexpr std::size_t kMaxWordBytes = 64;
// How much text before_* and after_* rules see.
constexpr std::size_t kBeforeWindow = 48;
constexpr std::size_t kAfterWindow = 48;
// How much of the sentence before a qualifier particle_* rules see.
constexpr std::size_t kParticleWindow = 240;
// A breakdown's parts must start within this many bytes of each other.
constexpr std::size_t kMaxBreakdownGap = 24;
// Values beyond this are not counts (and would overflow).
constexpr std::int64_t kMaxValue = 1'000'000'000'000'000;
constexpr std::size_t kMaxIntegerDigits = 15;
constexpr std::size_t kMaxFractionDigits = 6;

// What the lexicon says about a word; a word may be several.
enum WordFlag : std::uint8_t {
  kSingularNoun = 1,
  kPluralNoun = 2,
  kMeasure = 4,
  kStop = 8,
};

using WordFlags = WordMap<std::uint8_t>;

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// The regular English plural: "community" -> "communities", "box" ->
// "boxes", "officer" -> "officers".
std::string RegularPlural(std::string_view singular) {
  std::string plural(singular);
  if (plural.size() >= 2 && plural.back() == 'y' && !IsVowel(plural[plural.size() - 2])) {
    plural.pop_back();
    return plural + "ies";
  }
  for (std::string_view sibilant : {"s", "x", "z", "ch", "sh"}) {
    if (EndsWith(plural, sibilant)) return plural + "es";
  }
  return plural + "s";
}

// A word not in the lexicon that still looks like a plural noun:
// "facilitators", "communities", "chairmen", "businesspeople"; not "process",
// "campus", "analysis" or "women's".
bool LooksPlural(std::string_view word) {
  if (word.size() < 4) return false;
  if (EndsWith(word, "people")) return true;
  if (word.size() >= 5 && EndsWith(word, "men")) return true;
  if (word.back() != 's') return false;
  if (EndsWith(word, "ss") || EndsWith(word, "us") || EndsWith(word, "is") ||
      EndsWith(word, "'s")) {
    return false;
  }
  const char before = word[word.size() - 2];
  return before >= 'a' && before <= 'z';
}

std::vector<std::string_view> SplitWords(std::string_view line) {
  std::vector<std::string_view> words;
  std::size_t position = 0;
  while (position < line.size()) {
    const std::size_t start = line.find_first_not_of(" \t\r", position);
    if (start == std::string_view::npos) break;
    std::size_t end = line.find_first_of(" \t\r", start);
    if (end == std::string_view::npos) end = line.size();
    words.push_back(line.substr(start, end - start));
    position = end;
  }
  return words;
}

struct Lexicon {
  WordFlags words;
  std::map<std::string, std::string> scale_aliases;  // "mln" -> "million"

  std::uint8_t FlagsOf(std::string_view word) const {
    auto found = words.find(word);
    return found == words.end() ? 0 : found->second;
  }
};

Lexicon LoadLexicon(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw RuleError(path.string() + ": cannot read lexicon file: " + std::strerror(errno));
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string content = buffer.str();

  Lexicon lexicon;
  int line_number = 0;
  std::size_t line_start = 0;
  while (line_start < content.size()) {
    std::size_t line_end = content.find('\n', line_start);
    if (line_end == std::string::npos) line_end = content.size();
    ++line_number;
    const std::vector<std::string_view> words =
        SplitWords(std::string_view(content).substr(line_start, line_end - line_start));
    line_start = line_end + 1;
    if (words.empty() || words.front().front() == '#') continue;
    auto fail = [&](const std::string& reason) {
      throw RuleError(path.string() + ":" + std::to_string(line_number) + ": " + reason);
    };
    const std::string_view statement = words.front();
    if (statement == "noun" || statement == "measure") {
      if (words.size() < 2 || words.size() > 3) {
        fail("'" + std::string(statement) + "' needs SINGULAR [PLURAL]");
      }
      const std::string plural =
          words.size() == 3 ? std::string(words[2]) : RegularPlural(words[1]);
      if (statement == "noun") {
        lexicon.words[std::string(words[1])] |= kSingularNoun;
        lexicon.words[plural] |= kPluralNoun;
      } else {
        lexicon.words[std::string(words[1])] |= kMeasure;
        lexicon.words[plural] |= kMeasure;
      }
    } else if (statement == "stop") {
      if (words.size() < 2) fail("'stop' needs at least one word");
      for (std::size_t i = 1; i < words.size(); ++i) lexicon.words[std::string(words[i])] |= kStop;
    } else if (statement == "scale") {
      if (words.size() != 3) fail("'scale' needs ALIAS WORD");
      lexicon.scale_aliases[std::string(words[1])] = std::string(words[2]);
    } else {
      fail("unknown statement '" + std::string(statement) +
           "' (expected 'noun', 'measure', 'stop' or 'scale')");
    }
  }
  return lexicon;
}

// One RE2 alternation of the words, longest first.
std::string Alternation(std::vector<std::string> words) {
  std::stable_sort(words.begin(), words.end(), [](const std::string& x, const std::string& y) {
    return x.size() > y.size();
  });
  std::string alternation;
  for (const std::string& word : words) {
    if (!alternation.empty()) alternation += '|';
    alternation += RE2::QuoteMeta(word);
  }
  return alternation;
}

RE2::Options CombinedOptions() {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_log_errors(false);
  options.set_max_mem(32 << 20);
  return options;
}

// Where each named group of a number_* rule sits (-1: absent).
struct NumberRule {
  int rule = 0;  // index into the rule set
  int qualifier = -1;
  int digits = -1;
  int words = -1;
  int scale = -1;
  int submatch_count = 1;
  // Without a digits group the rule reads number words, so it can only
  // match in a window holding one (CountWindow::holds_number_word).
  bool needs_number_word = false;
  // Without a words group the rule reads digits, so it can only match in a
  // window holding one (CountWindow::holds_digit); the article rule (its
  // words group is "a") only before a scale word (holds_scale_word).
  bool needs_digit = false;
  bool needs_scale_word = false;
};

bool Matched(const re2::StringPiece& piece) { return piece.data() != nullptr; }

bool IsWordChar(UChar32 c) { return c >= 0 && (u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK)); }

// True when the number starting at `start` is glued to what precedes it:
// "COVID-19", "1267/1989", "A4", "3.2".
bool GluedBefore(std::string_view text, std::size_t start) {
  const UChar32 before = CodePointBefore(text, start);
  if (IsWordChar(before)) return true;
  if (before == '.' || before == ',' || before == ':' || before == '/' || before == '-') {
    const std::size_t glue_start = start - 1;
    return IsWordChar(CodePointBefore(text, glue_start));
  }
  return false;
}

// The end of the word starting at `start`: letters and marks, with single
// inner hyphens and apostrophes ("co-workers", "women's"); `start` when no
// word starts there.
std::size_t WordEnd(std::string_view text, std::size_t start) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(std::min(text.size(), start + kMaxWordBytes + 1));
  int32_t index = static_cast<int32_t>(start);
  std::size_t end = start;
  bool after_joiner = false;
  while (index < length) {
    UChar32 c = 0;
    const int32_t at = index;
    U8_NEXT(bytes, index, length, c);
    // ASCII letters are the only ASCII letters or marks ICU knows.
    const bool letter = c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
                                 : c >= 0 && (u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK));
    if (letter) {
      end = static_cast<std::size_t>(index);
      after_joiner = false;
    } else if ((c == '-' || c == '\'') && end == static_cast<std::size_t>(at) && end > start &&
               !after_joiner) {
      after_joiner = true;
    } else {
      break;
    }
  }
  return end;
}

struct Head {
  std::size_t end = 0;  // normalized offset just past the head noun
  std::string unit;
};

// A count before settling breakdowns; offsets are normalized.
struct Candidate {
  std::size_t start = 0;
  std::size_t end = 0;
  std::int64_t value = 0;
  std::string unit;
  std::string qualifier;
  int rule = 0;
  std::int64_t breakdown_sum = -1;  // -1: no breakdown follows
};

}  // namespace

std::map<std::string, std::int64_t> IcuNumberWords() {
  UErrorCode status = U_ZERO_ERROR;
  icu::RuleBasedNumberFormat spellout(icu::URBNF_SPELLOUT, icu::Locale::getEnglish(), status);
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("ICU has no English spellout rules: ") +
                             u_errorName(status));
  }
  auto spell = [&](std::int64_t number) {
    icu::UnicodeString spelled;
    icu::FieldPosition position;
    spellout.format(static_cast<int64_t>(number), spelled, position);
    spelled.foldCase();
    std::string utf8;
    spelled.toUTF8String(utf8);
    return utf8;
  };
  std::map<std::string, std::int64_t> words;
  auto add_single = [&](std::int64_t number) {
    const std::string word = spell(number);
    if (!word.empty() && word.find_first_of(" -") == std::string::npos) words[word] = number;
  };
  for (std::int64_t number = 1; number <= 19; ++number) add_single(number);
  for (std::int64_t number = 20; number <= 90; number += 10) add_single(number);
  // "one hundred", "one thousand" ...: the scale is the last word.
  for (std::int64_t scale : {std::int64_t{100}, std::int64_t{1'000}, std::int64_t{1'000'000},
                             std::int64_t{1'000'000'000}, std::int64_t{1'000'000'000'000}}) {
    const std::string spelled = spell(scale);
    const std::size_t space = spelled.rfind(' ');
    if (space != std::string::npos && space + 1 < spelled.size()) {
      words[spelled.substr(space + 1)] = scale;
    }
  }
  return words;
}

struct CountExtractor::Impl {
  Lexicon lexicon;
  std::map<std::string, std::int64_t, std::less<>> number_words;  // ICU words
  std::map<std::string, std::int64_t, std::less<>> scale_values;  // words and aliases
  RuleSet rules;
  std::vector<NumberRule> number_rules;
  // Each vetoing kind of rule, as one alternation (null: none in the file).
  std::unique_ptr<const RE2> before;
  std::unique_ptr<const RE2> after;
  std::unique_ptr<const RE2> not_number;
  std::unique_ptr<const RE2> particle;
  // A pair: a number is vetoed when the text before it matches
  // paired_before and the text after it paired_after ("a ratio of | one
  // mentor to four"), each side alone vetoing nothing ("the stocks/usage
  // ratio of | seven major oils is").
  std::unique_ptr<const RE2> paired_before;
  std::unique_ptr<const RE2> paired_after;
  const RE2* breakdown_open = nullptr;
  const RE2* breakdown_gap = nullptr;
  CountExtractorOptions options;
  std::unique_ptr<const CountWindowFinder> window_finder;

  std::optional<std::int64_t> ParseDigits(std::string_view digits, std::int64_t scale) const;
  // The value of number words and the bytes of `words` it takes ("one
  // hundred and" takes "one hundred"); {0, 0} when the words do not make
  // one number ("two three", "nineteen ninety-one").
  std::pair<std::int64_t, std::size_t> ParseWords(std::string_view words) const;
  std::optional<Head> FindHead(const TextView& view, std::size_t position,
                               std::int64_t value) const;
  // True when no number_* match spanning normalized [start, end) can be a
  // count, whatever its groups: Interpret reads a head noun only from where
  // the number (or its scale) ends, which is `end` or a space or line break
  // inside the match, and the head depends on the value only through
  // whether it is 1.
  bool NoHeadCanFollow(const TextView& view, std::size_t start, std::size_t end) const;
  // FindHead(view, position, 1) || FindHead(view, position, 2), reading
  // the words once.
  bool HeadAt(const TextView& view, std::size_t position) const;
  // Reads the words of a phrase from normalized `position` on, as a head
  // noun may follow a number, calling on_word(word, end, lexicon flags)
  // until it returns false.
  template <typename OnWord>
  void ReadPhraseWords(const TextView& view, std::size_t position, const OnWord& on_word) const;
  // False when no match holding the number (run of digits or number word)
  // ending at normalized `end` can be a count: the number, or the scale
  // word after it ("5 mln", "five million"), is what a head noun follows.
  bool HeadCanFollowNumber(const TextView& view, std::size_t end) const;
  // Interprets one match; returns where the search goes on.
  std::size_t Interpret(const TextView& view, const NumberRule& number_rule,
                        const std::vector<re2::StringPiece>& submatches,
                        std::vector<Candidate>* candidates) const;
  // Runs one number_* rule over the windows of the text, interpreting its
  // matches.
  void FindCounts(const TextView& view, const std::vector<CountWindow>& windows,
                  const NumberRule& number_rule, std::vector<Candidate>* candidates) const;
  void SettleBreakdowns(std::string_view text, std::vector<Candidate>* candidates) const;
};

std::optional<std::int64_t> CountExtractor::Impl::ParseDigits(std::string_view digits,
                                                              std::int64_t scale) const {
  std::int64_t integer = 0;
  std::int64_t fraction = 0;
  std::int64_t fraction_divisor = 1;
  std::size_t integer_digits = 0;
  bool in_fraction = false;
  for (char c : digits) {
    if (c == ',' || c == ' ') continue;
    if (c == '.') {
      in_fraction = true;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    if (in_fraction) {
      if (fraction_divisor >= 1'000'000) return std::nullopt;  // kMaxFractionDigits
      fraction = fraction * 10 + (c - '0');
      fraction_divisor *= 10;
    } else {
      if (++integer_digits > kMaxIntegerDigits) return std::nullopt;
      integer = integer * 10 + (c - '0');
    }
  }
  static_assert(kMaxFractionDigits == 6);
  if (integer > kMaxValue / scale) return std::nullopt;
  if (fraction * scale % fraction_divisor != 0) return std::nullopt;  // not whole
  const std::int64_t value = integer * scale + fraction * scale / fraction_divisor;
  if (value > kMaxValue) return std::nullopt;
  return value;
}

std::pair<std::int64_t, std::size_t> CountExtractor::Impl::ParseWords(
    std::string_view words) const {
  std::int64_t total = 0;    // completed scale groups ("two million" of "two million five")
  std::int64_t current = 0;  // the group being read, below 1000
  std::int64_t last_scale = 0;
  std::size_t consumed = 0;
  bool after_and = false;
  std::size_t position = 0;
  while (position < words.size()) {
    std::size_t token_end = words.find_first_of(" -", position);
    if (token_end == std::string_view::npos) token_end = words.size();
    const std::string_view token = words.substr(position, token_end - position);
    if (token == "and") {
      // Only "one hundred and twenty", "one thousand and five".
      if (after_and || current % 100 != 0 || (current == 0 && total == 0)) break;
      after_and = true;
    } else {
      auto found = number_words.find(token);
      if (found == number_words.end()) break;
      const std::int64_t value = found->second;
      if (value == 100) {
        if (current < 1 || current > 99) break;
        current *= 100;
      } else if (value >= 1000) {
        if (current == 0 || (last_scale != 0 && value >= last_scale)) break;
        total += current * value;
        current = 0;
        last_scale = value;
      } else {
        const std::int64_t below_hundred = current % 100;
        const bool fits = below_hundred == 0 ||
                          (below_hundred >= 20 && below_hundred % 10 == 0 && value < 10);
        // "nineteen ninety-one" is a year, "two three" a list: no number.
        if (!fits) return {0, 0};
        current += value;
      }
      after_and = false;
      consumed = token_end;
    }
    position = token_end;
    while (position < words.size() && (words[position] == ' ' || words[position] == '-')) {
      ++position;
    }
  }
  return {total + current, consumed};
}

// The length of an age group's plural noun at `start` whose letters end at
// `letters_end`: "under-18s", "over-65s", "under-5s" (people of that age; a
// count's head, as "612 under-18s"), or 0. Only "under" and "over" make
// one; the digits end the word for every other ("covid-19").
static std::size_t AgeGroupLength(std::string_view text, std::size_t start,
                                  std::size_t letters_end) {
  const std::string_view letters = text.substr(start, letters_end - start);
  if (letters != "under" && letters != "over") return 0;
  std::size_t end = letters_end;
  if (end >= text.size() || text[end] != '-') return 0;
  ++end;
  const std::size_t digits_start = end;
  while (end < text.size() && end - digits_start < 3 && std::isdigit(static_cast<unsigned char>(text[end]))) {
    ++end;
  }
  if (end == digits_start || end >= text.size() || text[end] != 's') return 0;
  ++end;
  if (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) ||
                            static_cast<unsigned char>(text[end]) >= 0x80)) {
    return 0;
  }
  return end - start;
}

template <typename OnWord>
void CountExtractor::Impl::ReadPhraseWords(const TextView& view, std::size_t position,
                                           const OnWord& on_word) const {
  const std::string_view text = view.normalized.text;
  for (std::size_t word_count = 0; word_count < kMaxPhraseWords; ++word_count) {
    std::size_t word_start = position;
    while (word_start < text.size() && (text[word_start] == ' ' || text[word_start] == '\n')) {
      ++word_start;
    }
    // Punctuation, a digit, or white space up to the end of the text (no
    // word and no raw offset there to read).
    if (word_start == position || word_start == text.size()) return;
    // A line that starts with a capital is a new paragraph, list item or
    // table row ("Net 4,500,000\nRevs"); a lower-case one is a wrapped line.
    if (text.substr(position, word_start - position).find('\n') != std::string_view::npos &&
        u_isupper(CodePointAt(view.raw, view.normalized.raw_start[word_start]))) {
      return;
    }
    std::size_t word_end = WordEnd(text, word_start);
    if (word_end == word_start || word_end - word_start > kMaxWordBytes) return;
    std::string_view word = text.substr(word_start, word_end - word_start);
    if (const std::size_t age_group = AgeGroupLength(text, word_start, word_end)) {
      word_end = word_start + age_group;
      word = text.substr(word_start, age_group);
      if (!on_word(word, word_end, kPluralNoun)) return;
      position = word_end;
      continue;
    }
    if (!on_word(word, word_end, lexicon.FlagsOf(word))) return;
    position = word_end;
    // A plural's possessive ("girls' football teams"): the walk goes on
    // after its apostrophe; FindHead reads it from the text.
    if (word.back() == 's' && position + 1 < text.size() && text[position] == '\'' &&
        text[position + 1] == ' ') {
      ++position;
    }
  }
}

// "more than 10,000 border and customs officers": one "and" between two
// modifiers before the head goes on with the phrase; after a head ("20 men
// and women") or before any modifier ("5 and over") it still ends it.
static bool JoinsModifiers(std::string_view word, std::size_t modifiers, bool head, bool* joined) {
  if (word != "and" || head || modifiers == 0 || *joined) return false;
  *joined = true;
  return true;
}

// A noun by its suffix: "employment", "training", "education", "leadership".
static bool LooksLikeDerivedNoun(std::string_view word) {
  static constexpr std::string_view kSuffixes[] = {"ment", "tion", "sion", "ing", "ship",
                                                   "ness", "ity",  "ance", "ence"};
  return word.size() > 5 && std::any_of(std::begin(kSuffixes), std::end(kSuffixes),
                                        [&](std::string_view suffix) {
                                          return word.ends_with(suffix);
                                        });
}

// "14 women theologians", "40 young women cadets": a plural noun of sex
// before another plural noun modifies it, as English compounds write
// them; the noun after it is the head.
static bool IsSexModifier(std::string_view word) {
  return word == "women" || word == "men" || word == "girls" || word == "boys";
}

// "crossing" in "four crossing points": a listed noun or one of a derived
// shape ("distribution points") before the word it modifies; not an
// unlisted "-ing" word, as often a participle or an idiom's ("one major
// sticking point", "floating point").
static bool IsNounModifier(std::string_view word, std::uint8_t flags) {
  return (flags & (kSingularNoun | kPluralNoun)) != 0 ||
         (LooksLikeDerivedNoun(word) && !word.ends_with("ing"));
}

// A word listed both as a noun and as a measure ("point") is the noun after
// a noun modifier ("four crossing points") and the measure elsewhere ("rose
// 12 points", "50 basis points").
static bool IsModifiedNoun(std::uint8_t flags, bool after_noun, bool head) {
  return after_noun && !head && (flags & (kSingularNoun | kPluralNoun)) != 0;
}

std::optional<Head> CountExtractor::Impl::FindHead(const TextView& view, std::size_t position,
                                                   std::int64_t value) const {
  std::optional<Head> head;
  std::size_t modifiers = 0;
  bool joined = false;
  bool head_invariant = false;
  bool after_invariant = false;
  bool measure_first = false;
  bool after_noun = false;  // the word before is a noun modifier
  ReadPhraseWords(view, position, [&](std::string_view word, std::size_t word_end,
                                      std::uint8_t flags) {
    if (JoinsModifiers(word, modifiers, head.has_value(), &joined)) return true;
    if (flags & kStop) return false;
    if ((flags & kMeasure) && !IsModifiedNoun(flags, after_noun, head.has_value())) {
      measure_first = !head;  // "six months", "25 dlrs": not a count
      return false;
    }
    // After "and", another number starts another count ("five producer and
    // five consumer delegates").
    if (joined && number_words.find(word) != number_words.end()) return false;
    // After a head, only a listed plural noun goes on with the compound
    // ("community police officers"); "two cars reaches" stops at "cars".
    // After "and" only a listed noun is a head: "461 mln stg and compares".
    const bool after_sex_modifier = head && IsSexModifier(head->unit);
    // "12 girls' football teams": a head in the plural possessive owns the
    // noun that follows it, which is the head if one comes.
    const bool after_possessive = head && head->end < view.normalized.text.size() &&
                                  view.normalized.text[head->end] == '\'';
    const bool is_head =
        value == 1 ? (flags & kSingularNoun) != 0
                   : (flags & kPluralNoun) != 0 ||
                         ((!head || after_sex_modifier || after_possessive) && !joined &&
                          flags == 0 && LooksPlural(word));
    if (is_head) {
      head = Head{word_end, std::string(word)};
      head_invariant = (flags & kSingularNoun) != 0 && (flags & kPluralNoun) != 0;
      after_invariant = false;
      return true;
    }
    // "two new youth employment centres": a noun that is its own plural
    // (youth, police, staff) may modify the head after it, through one
    // noun of a derived shape; the walk goes on and a listed plural noun
    // after it becomes the head. "200 youth took part", "police arrested"
    // keep theirs.
    if (head && head_invariant && !after_invariant && LooksLikeDerivedNoun(word)) {
      after_invariant = true;
      return true;
    }
    if (head && !after_possessive) return false;  // "7 men selected": the head run is over
    after_noun = IsNounModifier(word, flags);
    return ++modifiers <= kMaxModifiers;
  });
  if (measure_first) return std::nullopt;
  return head;
}

bool CountExtractor::Impl::HeadAt(const TextView& view, std::size_t position) const {
  // FindHead's walk for a value of 1 (singular heads) and for any other.
  struct Walk {
    bool head = false;
    std::size_t modifiers = 0;
    bool joined = false;
    bool done = false;
    bool after_noun = false;
  };
  std::array<Walk, 2> walks;
  ReadPhraseWords(view, position, [&](std::string_view word, std::size_t /*word_end*/,
                                      std::uint8_t flags) {
    for (std::size_t value_kind = 0; value_kind < walks.size(); ++value_kind) {
      Walk& walk = walks[value_kind];
      if (walk.done) continue;
      if (JoinsModifiers(word, walk.modifiers, walk.head, &walk.joined)) continue;
      // FindHead stops here with the head found so far (none before a
      // measure).
      if ((flags & kStop) ||
          ((flags & kMeasure) && !IsModifiedNoun(flags, walk.after_noun, walk.head)) ||
          (walk.joined && number_words.find(word) != number_words.end())) {
        walk.done = true;
        continue;
      }
      const bool is_head =
          value_kind == 0 ? (flags & kSingularNoun) != 0
                          : (flags & kPluralNoun) != 0 ||
                                (!walk.head && !walk.joined && flags == 0 && LooksPlural(word));
      if (is_head) {
        walk.head = true;
      } else if (walk.head || ++walk.modifiers > kMaxModifiers) {
        walk.done = true;
      } else {
        walk.after_noun = IsNounModifier(word, flags);
      }
    }
    return !(walks[0].done && walks[1].done);
  });
  return walks[0].head || walks[1].head;
}

// The length of "-plus" written right after a number at `end` ("100-plus
// participants"), or 0.
static std::size_t PlusSuffixLength(std::string_view text, std::size_t end) {
  constexpr std::string_view kPlus = "-plus";
  if (text.substr(end, kPlus.size()) != kPlus) return 0;
  const std::size_t after = end + kPlus.size();
  if (after < text.size() && std::isalnum(static_cast<unsigned char>(text[after]))) return 0;
  return kPlus.size();
}

bool CountExtractor::Impl::NoHeadCanFollow(const TextView& view, std::size_t start,
                                           std::size_t end) const {
  const std::string_view text = view.normalized.text;
  for (std::size_t position = start + 1; position <= end; ++position) {
    if (position < end && text[position] != ' ' && text[position] != '\n') continue;
    const std::size_t plus = position == end ? PlusSuffixLength(text, position) : 0;
    if (HeadAt(view, position + plus)) return false;
  }
  return true;
}

bool CountExtractor::Impl::HeadCanFollowNumber(const TextView& view, std::size_t end) const {
  end += PlusSuffixLength(view.normalized.text, end);
  if (HeadAt(view, end)) return true;
  // A scale word after white space (RE2's \s) or none: a run of ASCII
  // letters.
  const std::string_view text = view.normalized.text;
  auto is_space = [](char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
  };
  std::size_t scale_start = end;
  while (scale_start < text.size() && is_space(text[scale_start])) ++scale_start;
  std::size_t scale_end = scale_start;
  while (scale_end < text.size() &&
         static_cast<unsigned char>((text[scale_end] | 0x20) - 'a') < 26) {
    ++scale_end;
  }
  return scale_end > scale_start && HeadAt(view, scale_end);
}

std::size_t CountExtractor::Impl::Interpret(const TextView& view, const NumberRule& number_rule,
                                            const std::vector<re2::StringPiece>& submatches,
                                            std::vector<Candidate>* candidates) const {
  const std::string_view text = view.normalized.text;
  auto offset_of = [&](const re2::StringPiece& piece) {
    return static_cast<std::size_t>(piece.data() - text.data());
  };
  const re2::StringPiece& whole = submatches[0];
  const std::size_t match_end = offset_of(whole) + whole.size();
  const bool by_digits = number_rule.digits >= 0 && Matched(submatches[number_rule.digits]);
  const bool by_words = number_rule.words >= 0 && Matched(submatches[number_rule.words]);
  if (!by_digits && !by_words) return match_end;
  const re2::StringPiece& number = submatches[by_digits ? number_rule.digits : number_rule.words];
  const std::size_t number_start = offset_of(number);
  std::size_t number_end = number_start + number.size();
  if (GluedBefore(text, number_start)) return number_end;

  std::int64_t value = 0;
  bool has_scale = false;
  if (by_digits) {
    std::int64_t scale = 1;
    if (number_rule.scale >= 0 && Matched(submatches[number_rule.scale])) {
      const re2::StringPiece& scale_word = submatches[number_rule.scale];
      auto found = scale_values.find(std::string_view(scale_word.data(), scale_word.size()));
      if (found != scale_values.end()) {
        scale = found->second;
        has_scale = true;
        number_end = offset_of(scale_word) + scale_word.size();
      }
    }
    const std::optional<std::int64_t> parsed =
        ParseDigits(std::string_view(number.data(), number.size()), scale);
    if (!parsed) return number_end;
    value = *parsed;
  } else {
    // "a dozen", "a thousand": the article is one, and only before a scale.
    const bool article = std::string_view(number.data(), number.size()) == "a";
    const auto [parsed, consumed] =
        article ? std::pair<std::int64_t, std::size_t>{1, 1}
                : ParseWords(std::string_view(number.data(), number.size()));
    if (consumed == 0) return number_start + number.size();
    if (article && !(number_rule.scale >= 0 && Matched(submatches[number_rule.scale]))) {
      return number_end;
    }
    value = parsed;
    number_end = number_start + consumed;
    // "four mln shares": an abbreviated scale after whole number words.
    if (consumed == number.size() && number_rule.scale >= 0 &&
        Matched(submatches[number_rule.scale])) {
      const re2::StringPiece& scale_word = submatches[number_rule.scale];
      auto found = scale_values.find(std::string_view(scale_word.data(), scale_word.size()));
      if (found != scale_values.end() && value <= kMaxValue / found->second) {
        value *= found->second;
        has_scale = true;
        number_end = offset_of(scale_word) + scale_word.size();
      }
    }
  }
  if (value <= 0) return number_end;
  // "100-plus participants": the suffix qualifies the number, as "more than"
  // does before it; the phrase goes on after it.
  if (by_digits) number_end += PlusSuffixLength(text, number_end);

  const std::optional<Head> head = FindHead(view, number_end, value);
  if (!head) return number_end;

  bool has_qualifier = number_rule.qualifier >= 0 && Matched(submatches[number_rule.qualifier]);
  // "spoke about the canal ... and about two informal water councils": the
  // verb's particle said again, left out of the span as VERB_PARTICLE is.
  if (has_qualifier && particle) {
    const re2::StringPiece& qualifier = submatches[number_rule.qualifier];
    const std::size_t qualifier_end = offset_of(qualifier) + qualifier.size();
    const std::size_t from = Utf8CharStart(
        text, qualifier_end > kParticleWindow ? qualifier_end - kParticleWindow : 0);
    if (RE2::PartialMatch(re2::StringPiece(text.data() + from, qualifier_end - from),
                          *particle)) {
      has_qualifier = false;
    }
  }
  if (after) {
    const std::size_t after_end = Utf8CharStart(text, number_end + kAfterWindow);
    const re2::StringPiece after_text(text.data() + number_end, after_end - number_end);
    if (RE2::PartialMatch(after_text, *after)) return number_end;
  }
  if (by_digits && !has_scale && !has_qualifier && not_number &&
      RE2::PartialMatch(re2::StringPiece(number.data(), number.size()), *not_number)) {
    return number_end;
  }
  if (before) {
    const std::size_t before_start =
        Utf8CharStart(text, number_start > kBeforeWindow ? number_start - kBeforeWindow : 0);
    const re2::StringPiece before_text(text.data() + before_start, number_start - before_start);
    if (RE2::PartialMatch(before_text, *before)) return number_end;
  }
  if (paired_before) {
    const std::size_t before_start =
        Utf8CharStart(text, number_start > kBeforeWindow ? number_start - kBeforeWindow : 0);
    const re2::StringPiece before_text(text.data() + before_start, number_start - before_start);
    const std::size_t after_end = Utf8CharStart(text, number_end + kAfterWindow);
    const re2::StringPiece after_text(text.data() + number_end, after_end - number_end);
    if (RE2::PartialMatch(before_text, *paired_before) &&
        RE2::PartialMatch(after_text, *paired_after)) {
      return number_end;
    }
  }

  Candidate candidate;
  candidate.start = has_qualifier ? offset_of(submatches[number_rule.qualifier]) : number_start;
  candidate.end = head->end;
  candidate.value = value;
  candidate.unit = head->unit;
  candidate.rule = number_rule.rule;
  if (has_qualifier) {
    const re2::StringPiece& qualifier = submatches[number_rule.qualifier];
    candidate.qualifier.assign(qualifier.data(), qualifier.size());
    std::replace(candidate.qualifier.begin(), candidate.qualifier.end(), '\n', ' ');
  }
  candidates->push_back(std::move(candidate));
  return head->end;
}

// Marks a total followed by its parts: "39 participants (19 women, 10 men)",
// "20 trainers, including 13 women and 7 men". The parts must follow the
// total's head noun directly and each other with only a comma or "and"
// between them.
void CountExtractor::Impl::SettleBreakdowns(std::string_view text,
                                            std::vector<Candidate>* candidates) const {
  if (breakdown_open == nullptr || breakdown_gap == nullptr) return;
  std::vector<Candidate>& counts = *candidates;
  for (std::size_t total = 0; total + 1 < counts.size(); ++total) {
    const std::size_t open_end = Utf8CharStart(text, counts[total].end + kMaxBreakdownGap);
    re2::StringPiece opening;
    const re2::StringPiece after_total(text.data() + counts[total].end,
                                       open_end - counts[total].end);
    if (!breakdown_open->Match(after_total, 0, after_total.size(), RE2::ANCHOR_START, &opening,
                               1)) {
      continue;
    }
    std::size_t expected_start = counts[total].end + opening.size();
    std::int64_t sum = 0;
    std::size_t parts = 0;
    for (std::size_t part = total + 1; part < counts.size(); ++part) {
      const Candidate& candidate = counts[part];
      if (candidate.start < expected_start) break;
      if (parts > 0) {
        if (candidate.start - expected_start > kMaxBreakdownGap) break;
        const re2::StringPiece gap(text.data() + expected_start, candidate.start - expected_start);
        if (!RE2::FullMatch(gap, *breakdown_gap)) break;
      } else if (candidate.start != expected_start) {
        break;
      }
      sum += candidate.value;
      ++parts;
      expected_start = candidate.end;
    }
    if (parts >= 2) counts[total].breakdown_sum = sum;
  }
}

CountExtractor::CountExtractor(const fs::path& rules_file, const fs::path& lexicon_file,
                               CountExtractorOptions options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->lexicon = LoadLexicon(lexicon_file);
  // A month's name after a number makes the number a day ("the survey closed
  // on 30 September and completed interviews"): it ends the phrase, so no
  // head further on makes a count of the day. The names come from ICU.
  for (const auto& [month_name, month] : IcuMonthNames({"en"})) {
    impl->lexicon.words[month_name] |= kStop;
  }
  std::vector<std::string> number_words;
  std::vector<std::string> scale_words;
  for (const auto& [word, value] : IcuNumberWords()) {
    impl->number_words.emplace(word, value);
    number_words.push_back(word);
    if (value >= 100) {  // "hundred" and up: "a hundred", "5 hundred"
      impl->scale_values.emplace(word, value);
      scale_words.push_back(word);
    }
  }
  for (const auto& [alias, word] : impl->lexicon.scale_aliases) {
    // A scale given by its value ("dozen 12") or by an ICU scale word.
    std::int64_t value = 0;
    if (IsAsciiDigits(word)) {
      value = word.size() <= 12 ? std::stoll(word) : 0;
    } else if (auto found = impl->scale_values.find(word); found != impl->scale_values.end()) {
      value = found->second;
    }
    if (value <= 1) {
      throw RuleError(lexicon_file.string() + ": scale alias '" + alias + "' names '" + word +
                      "', which is neither an ICU scale word nor a number above 1");
    }
    impl->scale_values.emplace(alias, value);
    scale_words.push_back(alias);
  }
  // "a dozen": a scale alias may carry the count without number words.
  std::vector<std::string> trigger_words = number_words;
  for (const auto& entry : impl->lexicon.scale_aliases) trigger_words.push_back(entry.first);
  impl->window_finder = std::make_unique<const CountWindowFinder>(trigger_words, scale_words);
  impl->rules = RuleSet::Load(rules_file,
                              {{"NUMWORD", Alternation(number_words)},
                               {"SCALE", Alternation(scale_words)}},
                              RuleMatching::kRulesOnly);

  std::vector<std::string> before_patterns, after_patterns, not_number_patterns,
      particle_patterns, paired_before_patterns, paired_after_patterns;
  const std::vector<Rule>& rules = impl->rules.rules();
  for (int index = 0; index < static_cast<int>(rules.size()); ++index) {
    const Rule& rule = rules[index];
    const std::string where =
        rules_file.string() + ":" + std::to_string(rule.line) + ": rule '" + rule.name + "' ";
    const std::string_view name = rule.name;
    if (name.starts_with("number_")) {
      NumberRule number_rule;
      number_rule.rule = index;
      number_rule.submatch_count = 1 + rule.capture_count;
      const std::map<std::string_view, int*> by_name = {{"qualifier", &number_rule.qualifier},
                                                        {"digits", &number_rule.digits},
                                                        {"words", &number_rule.words},
                                                        {"scale", &number_rule.scale}};
      for (const auto& [group, group_index] : rule.named_groups) {
        auto known = by_name.find(group);
        if (known == by_name.end()) {
          throw RuleError(where + "uses unknown group '" + group +
                          "' (known: qualifier digits words scale)");
        }
        *known->second = group_index;
      }
      if (number_rule.digits < 0 && number_rule.words < 0) {
        throw RuleError(where + "has neither group digits nor group words");
      }
      number_rule.needs_number_word = number_rule.digits < 0;
      number_rule.needs_digit = number_rule.words < 0;
      number_rule.needs_scale_word = number_rule.digits < 0 && number_rule.scale >= 0 &&
                                     rule.pattern.find("(?P<words>a)") != std::string::npos;
      impl->number_rules.push_back(number_rule);
    } else if (name.starts_with("before_")) {
      before_patterns.push_back(rule.pattern);
    } else if (name.starts_with("after_")) {
      after_patterns.push_back(rule.pattern);
    } else if (name.starts_with("paired_before_")) {
      paired_before_patterns.push_back(rule.pattern);
    } else if (name.starts_with("paired_after_")) {
      paired_after_patterns.push_back(rule.pattern);
    } else if (name.starts_with("not_number_")) {
      not_number_patterns.push_back(rule.pattern);
    } else if (name.starts_with("particle_")) {
      particle_patterns.push_back(rule.pattern);
    } else if (name == "breakdown_open") {
      impl->breakdown_open = rule.regex.get();
    } else if (name == "breakdown_gap") {
      impl->breakdown_gap = rule.regex.get();
    } else {
      throw RuleError(where + "has an unknown kind (names start with number_, before_, "
                      "after_, paired_before_, paired_after_, not_number_, particle_, or are "
                      "breakdown_open / breakdown_gap)");
    }
  }
  if (impl->number_rules.empty()) {
    throw RuleError(rules_file.string() + ": no number_* rule");
  }
  auto combine = [&](const std::vector<std::string>& patterns) -> std::unique_ptr<const RE2> {
    if (patterns.empty()) return nullptr;
    std::string alternation;
    for (const std::string& pattern : patterns) {
      if (!alternation.empty()) alternation += '|';
      alternation += "(?:" + pattern + ")";
    }
    auto regex = std::make_unique<const RE2>(alternation, CombinedOptions());
    if (!regex->ok()) {
      throw RuleError(rules_file.string() + ": the vetoing rules do not combine: " +
                      regex->error());
    }
    return regex;
  };
  impl->before = combine(before_patterns);
  impl->after = combine(after_patterns);
  impl->not_number = combine(not_number_patterns);
  impl->particle = combine(particle_patterns);
  impl->paired_before = combine(paired_before_patterns);
  impl->paired_after = combine(paired_after_patterns);
  if ((impl->paired_before == nullptr) != (impl->paired_after == nullptr)) {
    throw RuleError(rules_file.string() + ": paired_before_ and paired_after_ rules go together");
  }
  impl_ = std::move(impl);
}

CountExtractor::~CountExtractor() = default;

// Whether a match of a number_* rule (which starts at a \b before a
// letter or digit, or before a digit only for a rule reading digits) may
// start inside normalized (start, end).
static bool MayStartInside(std::string_view text, std::size_t start, std::size_t end,
                           bool digit_only) {
  auto is_word = [](unsigned char c) {
    return (c >= '0' && c <= '9') || static_cast<unsigned char>((c | 0x20) - 'a') < 26 || c == '_';
  };
  for (std::size_t at = start + 1; at < end; ++at) {
    const auto c = static_cast<unsigned char>(text[at]);
    const bool starts = digit_only ? (c >= '0' && c <= '9') : is_word(c) && c != '_';
    if (starts && !is_word(static_cast<unsigned char>(text[at - 1]))) return true;
  }
  return false;
}

// The matches of a rule, each searched first for its span alone (DFA only,
// cheap); a match after which no head noun can follow is skipped without
// its submatches when the next match starts past it, since then where
// Interpret would have resumed (inside the skipped match) changes nothing.
void CountExtractor::Impl::FindCounts(const TextView& view,
                                      const std::vector<CountWindow>& windows,
                                      const NumberRule& number_rule,
                                      std::vector<Candidate>* candidates) const {
  const std::string_view normalized = view.normalized.text;
  const re2::StringPiece subject(normalized.data(), normalized.size());
  const RE2& regex = *rules.rules()[number_rule.rule].regex;
  std::vector<re2::StringPiece> submatches(number_rule.submatch_count);
  auto offset_of = [&](const re2::StringPiece& piece) {
    return static_cast<std::size_t>(piece.data() - normalized.data());
  };
  std::size_t position = 0;  // where the search goes on
  for (const CountWindow& count_window : windows) {
    if ((number_rule.needs_number_word && !count_window.holds_number_word) ||
        (number_rule.needs_digit && !count_window.holds_digit) ||
        (number_rule.needs_scale_word && !count_window.holds_scale_word)) {
      continue;
    }
    const TextWindow& window = count_window.span;
    auto find_from = [&](std::size_t from, re2::StringPiece* whole) {
      return from < window.end &&
             regex.Match(subject, from, window.end, RE2::UNANCHORED, whole, 1);
    };
    re2::StringPiece whole;
    bool found = find_from(std::max(position, window.start), &whole);
    while (found) {
      const std::size_t match_start = offset_of(whole);
      const std::size_t match_end = match_start + whole.size();
      const std::size_t after_start = NextCodePoint(normalized, match_start);
      position = after_start;
      if (options.prefilter && NoHeadCanFollow(view, match_start, match_end)) {
        // When a match may start inside this one ("500" of "1,500"), the
        // search from the next character would most likely only be redone
        // from where Interpret resumes: Interpret first. Resuming within
        // the match, the search finds the same next match either way; a
        // count (none can come) or a resumption past the match falls back
        // to the search from the next character.
        std::size_t resume = after_start;
        std::vector<Candidate> interpreted;
        const bool interpreted_first =
            MayStartInside(normalized, match_start, match_end, number_rule.needs_digit);
        if (interpreted_first) {
          if (regex.Match(subject, match_start, match_end, RE2::ANCHOR_BOTH, submatches.data(),
                          static_cast<int>(submatches.size()))) {
            resume = std::max(Interpret(view, number_rule, submatches, &interpreted), after_start);
          }
          if (resume <= match_end && interpreted.empty()) {
            position = resume;
            found = find_from(position, &whole);
            continue;
          }
        }
        re2::StringPiece next;
        const bool next_found = find_from(after_start, &next);
        if (!next_found || offset_of(next) >= match_end) {
          // Interpret would have resumed within the match: no later match
          // changes.
          position = match_end;
          whole = next;
          found = next_found;
          continue;
        }
        if (interpreted_first) {
          position = resume;
          candidates->insert(candidates->end(), std::make_move_iterator(interpreted.begin()),
                             std::make_move_iterator(interpreted.end()));
          found = find_from(position, &whole);
          continue;
        }
      }
      // The submatches of exactly this match: what the unanchored search
      // finds at its start.
      if (regex.Match(subject, match_start, match_end, RE2::ANCHOR_BOTH, submatches.data(),
                      static_cast<int>(submatches.size()))) {
        position = std::max(Interpret(view, number_rule, submatches, candidates), after_start);
      }
      found = find_from(position, &whole);
    }
  }
}

void CountExtractor::Extract(const TextView& text, const ExtractionContext& /*context*/,
                             std::vector<Mention>* out) const {
  const std::string_view normalized = text.normalized.text;
  std::vector<Candidate> candidates;
  std::vector<CountWindow> windows;
  if (impl_->options.prefilter) {
    const auto head_can_follow = [&](std::size_t /*start*/, std::size_t end) {
      // HeadCanFollowNumber reads on only over white space, a "-plus" or
      // the letters of a scale word: "1,500", "3.2" and "40%" end at once.
      if (end >= normalized.size()) return false;
      const unsigned char next = static_cast<unsigned char>(normalized[end]);
      if (next != ' ' && next != '\n' && next != '\t' && next != '\r' && next != '\f' &&
          next != '-' && static_cast<unsigned char>((next | 0x20) - 'a') >= 26) {
        return false;
      }
      return impl_->HeadCanFollowNumber(text, end);
    };
    impl_->window_finder->Find(normalized, head_can_follow, &windows);
  } else {
    windows.push_back({{0, normalized.size()}, true, true, true});
  }
  for (const NumberRule& number_rule : impl_->number_rules) {
    impl_->FindCounts(text, windows, number_rule, &candidates);
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
    return x.start != y.start ? x.start < y.start : x.end < y.end;
  });
  // Rules may find the same number twice; keep the first of overlapping ones.
  std::vector<Candidate> kept;
  for (Candidate& candidate : candidates) {
    if (!kept.empty() && candidate.start < kept.back().end) continue;
    kept.push_back(std::move(candidate));
  }
  impl_->SettleBreakdowns(normalized, &kept);

  const std::vector<Rule>& rules = impl_->rules.rules();
  for (const Candidate& candidate : kept) {
    const ByteSpan raw = text.normalized.ToRaw(candidate.start, candidate.end);
    Mention mention;
    mention.type = MentionType::kCount;
    mention.start = raw.start;
    mention.end = raw.end;
    mention.text = std::string(text.raw.substr(raw.start, raw.end - raw.start));
    mention.value = std::to_string(candidate.value);
    mention.attributes["unit"] = candidate.unit;
    mention.attributes["rule"] = rules[candidate.rule].name;
    if (!candidate.qualifier.empty()) mention.attributes["qualifier"] = candidate.qualifier;
    if (candidate.breakdown_sum >= 0) {
      mention.attributes["breakdown_sum"] = std::to_string(candidate.breakdown_sum);
      if (candidate.breakdown_sum != candidate.value) {
        mention.attributes["breakdown_mismatch"] = "true";
      }
    }
    out->push_back(std::move(mention));
  }
}

}  // namespace gleaner
