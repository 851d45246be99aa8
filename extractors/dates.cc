// The date extractor: runs the rules of corpora/rules/dates.rules over the
// normalized text, reads the named groups of each match (y m d, y2 m2 d2,
// a b, since, seasons, span, and the relative groups: weekday, units, last/
// this/next, ...; documented in the rule file) into a TIMEX3 value resolved
// against the document date, and keeps the longest of overlapping matches.
// Month and weekday names come from ICU's DateFormatSymbols and number words
// from ICU's spell-out rules, never from tables of our own.
#include "extractors/dates.h"
#include "engine/ascii.h"
#include "engine/normalize.h"
#include "extractors/date_windows.h"
#include "extractors/rule_match_memo.h"
#include "extractors/utf8.h"
#include "extractors/word_hash.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/rbnf.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <initializer_list>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <stdexcept>
#include <string_view>

namespace gleaner {
namespace {

// ASCII character classes: what std::isalpha and the like answer in the C
// locale gleaner runs in, without a call into libc per byte (the backward
// scans of AfterAComparison and friends read hundreds of bytes per date).
constexpr bool IsAsciiAlpha(char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; }
constexpr bool IsAsciiDigitByte(char c) { return c >= '0' && c <= '9'; }
constexpr bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || IsAsciiDigitByte(c); }
constexpr bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }

// The locales whose month names {MONTH} holds; en_GB adds "Sept".
std::vector<std::string> MonthLocales() { return {"en", "en_GB", "ru"}; }
// Their English part, {EN_MONTH}: for patterns only English writes ("Oct. 23"
// puts the month first), whose smaller programs RE2 runs faster.
std::vector<std::string> EnglishMonthLocales() { return {"en", "en_GB"}; }
// Their Russian part, {RU_MONTH}: Cyrillic names, whose word end RE2's
// ASCII-only \b cannot see.
std::vector<std::string> RussianMonthLocales() { return {"ru"}; }

// Rules for Cyrillic text are named "ru_" and tried only in windows that
// hold a Cyrillic letter (their own group of RuleSet sets, beside the groups
// of the DateTrigger kinds), so English text pays nothing for them.
constexpr std::string_view kCyrillicRulePrefix = "ru_";
constexpr std::uint32_t kCyrillicGroup = kEveryDateTrigger + 1;
static_assert((kCyrillicGroup & kEveryDateTrigger) == 0);

// Whether `text` holds a letter of the Cyrillic block U+0400..U+04FF, whose
// UTF-8 lead bytes are 0xD0..0xD3.
bool HasCyrillic(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xFC) == 0xD0;
  });
}

// One RE2 alternation of every name, longest first so that "september"
// is tried before "sept" and "sep". This list form is what a rule's pattern
// is read in for the trigger words it names (see TriggerGroupOf); RE2 runs
// the same words as a trie (WordTrie).
std::string MonthAlternation(const std::map<std::string, int>& month_names) {
  std::vector<std::string> names;
  names.reserve(month_names.size());
  for (const auto& entry : month_names) names.push_back(entry.first);
  std::stable_sort(names.begin(), names.end(), [](const std::string& x, const std::string& y) {
    return x.size() > y.size();
  });
  std::string alternation;
  for (const std::string& name : names) {
    if (!alternation.empty()) alternation += '|';
    alternation += RE2::QuoteMeta(name);
  }
  return alternation;
}

// The same words as MonthAlternation, written as a trie of their characters:
// "sep(?:t(?:ember)?)?" for "september|sept|sep". RE2 factors an alternation
// only where neighbouring words share a prefix, which longest-first order
// rarely gives, so the list form puts a branch per word into every DFA state
// that can start one (a month name may start at every word of a text); the
// trie puts one per distinct first letter, and the DFAs of the date sets
// build their states several times faster. It matches exactly what the list
// matches, and prefers the same match: at one position the words that match
// are prefixes of one another, the list tries them longest first, and the
// trie's greedy "?" after each word that goes on does the same.
class WordTrie {
 public:
  explicit WordTrie(const std::map<std::string, int>& words) {
    for (const auto& entry : words) Add(entry.first);
  }
  std::string Pattern() const { return PatternOf(root_); }

 private:
  struct Node {
    bool ends_a_word = false;
    std::map<std::string, Node> next;  // by the UTF-8 character that follows
  };

  void Add(std::string_view word) {
    Node* node = &root_;
    for (std::size_t i = 0; i < word.size();) {
      const std::size_t next = NextCodePoint(word, i);
      node = &node->next[std::string(word.substr(i, next - i))];
      i = next;
    }
    node->ends_a_word = true;
  }

  static std::string PatternOf(const Node& node) {
    std::string branches;
    for (const auto& [character, child] : node.next) {
      if (!branches.empty()) branches += '|';
      branches += RE2::QuoteMeta(character) + PatternOf(child);
    }
    if (node.next.size() > 1) branches = "(?:" + branches + ")";
    if (node.ends_a_word && !branches.empty()) {
      if (node.next.size() == 1) branches = "(?:" + branches + ")";
      branches += '?';
    }
    return branches;
  }

  Node root_;
};

// TIMEX3 season codes, indexed like the season groups of the rule file, and
// the month each season starts in (for "last fall", "next spring").
constexpr std::array<std::string_view, 4> kSeasonCodes = {"SP", "SU", "FA", "WI"};
constexpr std::array<int, 4> kSeasonStartMonths = {3, 6, 9, 12};
// Values of the reference groups ref_present, ref_past, ref_future.
constexpr std::array<std::string_view, 3> kReferenceValues = {"PRESENT_REF", "PAST_REF",
                                                              "FUTURE_REF"};
// Calendar units a relative expression counts in, indexed like the unit_*
// groups.
enum Unit { kDay, kWeek, kWeekend, kMonth, kQuarter, kHalf, kYear, kDecade, kCentury, kUnitCount };

// Where each named group of a rule sits in its submatch array (-1: absent).
struct RuleGroups {
  int year = -1, month = -1, day = -1;
  int end_year = -1, end_month = -1, end_day = -1;
  int either_first = -1, either_second = -1;  // groups a and b
  int since = -1;
  int span = -1;
  std::array<int, 4> seasons = {-1, -1, -1, -1};
  // Relative expressions (see the rule file).
  int weekday = -1, future_cue = -1, not_after_name = -1, not_before_name = -1, not_date = -1;
  int after_preposition = -1;
  int event_name = -1;  // capitalized words naming the event a year dates
  int today = -1, yesterday = -1, tomorrow = -1;
  int last = -1, this_one = -1, next = -1;
  int count = -1, ago = -1, year_ago = -1, ordinal = -1, decade = -1, holiday = -1;
  // anaphoric: "the following year", "that day", "the previous day"
  int following = -1, that_one = -1, preceding = -1;
  int named_quarter = -1;             // "the 1988 quarter": the quarter last named
  int opens_sentence = -1;            // kept only where it opens a sentence
  int week_of = -1;                   // "the week of March 6": that day's week
  int prior_year = -1;                // "15-16 November last year": the year before the anchor's
  int following_year = -1;            // "21 May next year": the year after the anchor's
  int anchor_month = -1;              // "on the 21st": a day of the anchor's month
  int forward = -1;                   // "January-March": m2 not before m, else no date
  std::array<int, kUnitCount> units;
  std::array<int, 4> day_parts = {-1, -1, -1, -1};  // in the span, not the value
  std::array<int, 3> references = {-1, -1, -1};
  int submatch_count = 1;  // 1 + number of capturing groups

  RuleGroups() { units.fill(-1); }

  // True when the rule's value is computed from the document date by
  // ResolveRelative rather than read from written date parts.
  bool IsRelative() const {
    return weekday >= 0 || today >= 0 || yesterday >= 0 || tomorrow >= 0 || decade >= 0 ||
           holiday >= 0 ||
           year_ago >= 0 ||
           std::any_of(units.begin(), units.end(), [](int index) { return index >= 0; });
  }
  bool IsReference() const {
    return std::any_of(references.begin(), references.end(), [](int index) { return index >= 0; });
  }
};

RuleGroups FindGroups(const Rule& rule, std::string_view file_name) {
  RuleGroups groups;
  groups.submatch_count = 1 + rule.capture_count;
  const std::map<std::string_view, int*> by_name = {
      {"y", &groups.year},           {"m", &groups.month},
      {"d", &groups.day},            {"y2", &groups.end_year},
      {"m2", &groups.end_month},     {"d2", &groups.end_day},
      {"a", &groups.either_first},   {"b", &groups.either_second},
      {"since", &groups.since},      {"span", &groups.span},
      {"spring", &groups.seasons[0]}, {"summer", &groups.seasons[1]},
      {"autumn", &groups.seasons[2]}, {"winter", &groups.seasons[3]},
      {"weekday", &groups.weekday},   {"future_cue", &groups.future_cue},
      {"not_after_name", &groups.not_after_name}, {"not_date", &groups.not_date},
      {"not_before_name", &groups.not_before_name}, {"forward", &groups.forward},
      {"after_preposition", &groups.after_preposition},
      {"event_name", &groups.event_name},
      {"today", &groups.today},       {"yesterday", &groups.yesterday},
      {"tomorrow", &groups.tomorrow}, {"last", &groups.last},
      {"this", &groups.this_one},     {"next", &groups.next},
      {"count", &groups.count},       {"ago", &groups.ago},
      {"year_ago", &groups.year_ago}, {"ordinal", &groups.ordinal},
      {"decade", &groups.decade},     {"holiday", &groups.holiday},
      {"following", &groups.following}, {"that", &groups.that_one},
      {"preceding", &groups.preceding},
      {"named_quarter", &groups.named_quarter}, {"opens_sentence", &groups.opens_sentence},
      {"week_of", &groups.week_of},   {"prior_year", &groups.prior_year}, {"following_year", &groups.following_year},
      {"anchor_month", &groups.anchor_month},
      {"unit_day", &groups.units[kDay]},         {"unit_week", &groups.units[kWeek]},
      {"unit_weekend", &groups.units[kWeekend]}, {"unit_month", &groups.units[kMonth]},
      {"unit_quarter", &groups.units[kQuarter]}, {"unit_half", &groups.units[kHalf]},
      {"unit_year", &groups.units[kYear]},       {"unit_decade", &groups.units[kDecade]},
      {"unit_century", &groups.units[kCentury]},
      {"morning", &groups.day_parts[0]},  {"afternoon", &groups.day_parts[1]},
      {"evening", &groups.day_parts[2]},  {"night", &groups.day_parts[3]},
      {"ref_present", &groups.references[0]}, {"ref_past", &groups.references[1]},
      {"ref_future", &groups.references[2]},
  };
  const std::string where = std::string(file_name) + ":" + std::to_string(rule.line) +
                            ": rule '" + rule.name + "' ";
  for (const auto& [name, index] : rule.named_groups) {
    auto known = by_name.find(name);
    if (known == by_name.end()) {
      std::string known;
      for (const auto& entry : by_name) known += (known.empty() ? "" : " ") + std::string(entry.first);
      throw RuleError(where + "uses unknown group '" + name + "' (known: " + known + ")");
    }
    *known->second = index;
  }
  const bool has_season = std::any_of(groups.seasons.begin(), groups.seasons.end(),
                                      [](int index) { return index >= 0; });
  if (groups.year < 0 && groups.month < 0 && groups.end_year < 0 && groups.end_month < 0 &&
      groups.anchor_month < 0 && !has_season && !groups.IsRelative() && !groups.IsReference() && groups.not_date < 0) {
    throw RuleError(where +
                    "has none of the groups y, m, y2, m2, anchor_month, a season, a weekday, "
                    "a unit_* or a ref_*");
  }
  if (groups.anchor_month >= 0 && (groups.day < 0 || groups.month >= 0 || groups.year >= 0)) {
    throw RuleError(where + "has group anchor_month, which needs d and neither m nor y");
  }
  if ((groups.either_first < 0) != (groups.either_second < 0)) {
    throw RuleError(where + "needs both groups a and b, or neither");
  }
  return groups;
}

// A calendar point at year, month or day granularity (0 = not written).
struct DatePoint {
  int year = 0;
  int month = 0;
  int day = 0;
  bool day_known = true;  // false for a document dated by its month only
};

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && IsLeapYear(year)) return 29;
  return kDays[month - 1];
}

std::string TwoDigits(int number) {
  return std::string(1, static_cast<char>('0' + number / 10)) +
         static_cast<char>('0' + number % 10);
}

// Appends "-" and TwoDigits(number) in place: no temporary strings for
// the month and day of each of the values every candidate is given.
void AppendDashTwoDigits(std::string* out, int number) {
  const char part[3] = {'-', static_cast<char>('0' + number / 10),
                        static_cast<char>('0' + number % 10)};
  out->append(part, sizeof part);
}
std::string FormatPoint(const DatePoint& point) {
  std::string out = std::to_string(point.year);
  if (point.month > 0) AppendDashTwoDigits(&out, point.month);
  if (point.day > 0) AppendDashTwoDigits(&out, point.day);
  return out;
}

// Days since 1970-01-01 in the proleptic Gregorian calendar, and back
// (H. Hinnant's days_from_civil / civil_from_days).
std::int64_t DaysFromCivil(int year, int month, int day) {
  const std::int64_t y = year - (month <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t year_of_era = y - era * 400;
  const std::int64_t day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const std::int64_t day_of_era =
      year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

DatePoint CivilFromDays(std::int64_t days) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const std::int64_t day_of_era = days - era * 146097;
  const std::int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const std::int64_t day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const std::int64_t shifted_month = (5 * day_of_year + 2) / 153;
  const int day = static_cast<int>(day_of_year - (153 * shifted_month + 2) / 5 + 1);
  const int month = static_cast<int>(shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);
  const int year = static_cast<int>(year_of_era + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

std::int64_t DaysOf(const DatePoint& point) {
  return DaysFromCivil(point.year, point.month, point.day);
}

// 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday).
int WeekdayOf(std::int64_t days) { return static_cast<int>(((days % 7) + 7 + 3) % 7); }

// The ISO 8601 week of a day: "1998-W02".
std::string IsoWeek(std::int64_t days) {
  const std::int64_t thursday = days - WeekdayOf(days) + 3;
  const int iso_year = CivilFromDays(thursday).year;
  const std::int64_t week = (thursday - DaysFromCivil(iso_year, 1, 1)) / 7 + 1;
  return std::to_string(iso_year) + "-W" + (week < 10 ? "0" : "") + std::to_string(week);
}

// A month `shift` months from year/month, formatted "1998-01".
std::string ShiftedMonth(int year, int month, int shift) {
  const int index = year * 12 + (month - 1) + shift;
  return std::to_string(index / 12) + "-" + TwoDigits(index % 12 + 1);
}

std::optional<int> ParseNumber(std::string_view digits) {
  if (digits.empty() || digits.size() > 4) return std::nullopt;
  int number = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    number = number * 10 + (c - '0');
  }
  return number;
}

// The document date "YYYY-MM-DD..." as a DatePoint; year 0 when absent or
// malformed. A report dated by its month only ("Vienna, November 2025")
// anchors on the middle of that month, the day marked unknown, so years and
// months still resolve but "today" and weekdays do not.
DatePoint ParseAnchor(std::string_view document_date) {
  DatePoint anchor;
  const bool month_only = document_date.size() == 7;
  if ((document_date.size() < 10 && !month_only) || document_date[4] != '-' ||
      (!month_only && document_date[7] != '-')) {
    return anchor;
  }
  const auto year = ParseNumber(document_date.substr(0, 4));
  const auto month = ParseNumber(document_date.substr(5, 2));
  const auto day = month_only ? std::optional<int>(15) : ParseNumber(document_date.substr(8, 2));
  if (!year || !month || !day || *month < 1 || *month > 12 || *day < 1 || *day > 31) {
    return anchor;
  }
  return {*year, *month, *day, !month_only};
}

// The year for a month (and day) written without one: of the anchor's year
// and its neighbours, the one that puts the date nearest the anchor, so a
// release of 7 January 2000 means November 1999 by "Nov. 25", and one of
// 15 October 2021 means 2021 by "September" and "October".
int NearestYear(const DatePoint& anchor, int month, int day) {
  const auto days_from_anchor = [&](int year) {
    const int date = year * 372 + (month - 1) * 31 + (day > 0 ? day : 15);
    const int anchor_date = anchor.year * 372 + (anchor.month - 1) * 31 + anchor.day;
    return date > anchor_date ? date - anchor_date : anchor_date - date;
  };
  int best = anchor.year;
  for (int year : {anchor.year - 1, anchor.year + 1}) {
    if (days_from_anchor(year) < days_from_anchor(best)) best = year;
  }
  return best;
}

// The tense a clause shows before a date, from cue words between the start
// of its sentence (or line) and the date, in the normalized text: future
// ("will", "expected", "is to", "payable") or past ("was", "said", "ended",
// any longer word in "-ed"). Used to choose the year of a month written
// without one when the nearest reading lies months away.
struct ClauseTense {
  bool future = false;
  bool past = false;
  // A participle after "has"/"have" (the present perfect): past for a date
  // after "in" or "between" ("has fluctuated ... in March"), not for a
  // deadline ("has extended the loans through January").
  bool perfect = false;
};

// True when the line break at normalized offset `i` wraps a clause onto the
// next line, as news wires wrap their text at 70 columns ("are scheduled to
// be released on\nFriday."): the line ends in a lower-case word, a digit or
// a comma, not in a stop, a colon or a quote. (Normalized text is case
// folded, so an upper-case headline reads as wrapped too; the clause it
// would join stops at the dateline's comma.)
bool WrapsALine(std::string_view normalized, std::size_t i) {
  if (i == 0) return false;
  const char before = normalized[i - 1];
  return IsAsciiLower(before) || IsAsciiDigitByte(before) || before == ',';
}

// True when the stop at normalized offset `dot` ends an abbreviation that
// goes on with its sentence: a one-letter word ("U.S.", "J. Smith", "a.m."),
// a title before a name ("Mr.", "Gen.", "Sen."), "vs." or "No.", or a month
// before its day ("Oct. 23"). Not "Corp.", "Inc." or "St.", which often
// close a sentence.
bool AbbreviationDot(std::string_view normalized, std::size_t dot) {
  static constexpr std::array<std::string_view, 16> kTitles = {
      "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt",
      "col", "sgt", "prof", "rev", "vs", "no", "jr"};
  static constexpr std::array<std::string_view, 11> kMonths = {
      "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"};
  // Abbreviations are short: look back no further than the longest.
  constexpr std::size_t kLongest = 4;
  std::size_t word_start = dot;
  while (word_start > 0 && dot - word_start <= kLongest &&
         IsAsciiAlpha(normalized[word_start - 1])) {
    --word_start;
  }
  const std::string_view word = normalized.substr(word_start, dot - word_start);
  if (word.empty() || word.size() > kLongest) return false;
  if (word.size() == 1) return true;
  if (word_start > 0 && IsAsciiAlnum(normalized[word_start - 1])) {
    return false;
  }
  if (std::find(kTitles.begin(), kTitles.end(), word) != kTitles.end()) return true;
  return std::find(kMonths.begin(), kMonths.end(), word) != kMonths.end() &&
         dot + 2 < normalized.size() && normalized[dot + 1] == ' ' &&
         IsAsciiDigitByte(normalized[dot + 2]);
}

// True when a sentence ends just before normalized offset `i`: a line break,
// or a stop followed by a space that ends no abbreviation (AbbreviationDot).
bool SentenceEndsBefore(std::string_view normalized, std::size_t i) {
  const char c = normalized[i - 1];
  return c == '\n' || ((c == '.' || c == '!' || c == '?') && i < normalized.size() &&
                       normalized[i] == ' ' && !(c == '.' && AbbreviationDot(normalized, i - 1)));
}

// With `first_cue_only`, the first word that shows a tense decides.
ClauseTense TenseOfWords(std::string_view words, bool first_cue_only = false);

// With `across_wrapped_lines`, the whole sentence is read across the line
// breaks that news wires wrap their text at (WrapsALine): "productivity
// increased 0.7 pct from 1985,\nreflecting rises of 4.3 pct in the first
// quarter and 0.5 pct in\nthe second quarter" is past.
ClauseTense TenseBefore(std::string_view normalized, std::size_t start,
                        bool across_wrapped_lines = false) {
  constexpr std::size_t kMaxLookBack = 240;
  std::size_t from = start > kMaxLookBack ? start - kMaxLookBack : 0;
  for (std::size_t i = start; i > from; --i) {
    if (i == start) continue;
    if (across_wrapped_lines && normalized[i - 1] == '\n' && WrapsALine(normalized, i - 1)) {
      continue;
    }
    if (SentenceEndsBefore(normalized, i)) {
      from = i;
      break;
    }
    // A clause reported after "that" keeps its own tense: "noted that
    // 1,240 teachers have been trained, and that a handbook will be
    // printed in the third quarter".
    if (normalized.substr(i - 1, 6) == " that " && i + 5 < start) {
      from = i + 5;
      break;
    }
  }
  return TenseOfWords(normalized.substr(from, start - from));
}

// The tense of the first verb cue after `end` in its sentence, for a date
// that opens its clause: "In January, American Medical brought in a new
// chief executive, who will remain chairman" is past.
ClauseTense TenseAfter(std::string_view normalized, std::size_t end) {
  constexpr std::size_t kMaxLookAhead = 160;
  const std::size_t limit = std::min(normalized.size(), end + kMaxLookAhead);
  std::size_t to = limit;
  for (std::size_t i = end + 1; i <= limit; ++i) {
    if (SentenceEndsBefore(normalized, i)) {
      to = i;
      break;
    }
  }
  return TenseOfWords(normalized.substr(end, to - end), /*first_cue_only=*/true);
}

// True for a past verb that reports speech ("said", "told", "warned",
// "noted"): the clause it reports keeps its own tense. Not "announced",
// whose object is often the dated event itself ("a plan announced in
// December").
bool IsVerbOfSaying(std::string_view word) {
  static constexpr std::array<std::string_view, 14> kSaying = {
      "said",   "told",     "added",     "predicted",  "warned",     "indicated", "noted",
      "stated", "stressed", "explained", "emphasized", "emphasised", "underlined", "recalled"};
  return std::find(kSaying.begin(), kSaying.end(), word) != kSaying.end();
}

// True for a past verb of commitment whose "to" opens what is promised
// ("agreed to", "pledged to").
bool IsVerbOfCommitment(std::string_view word) {
  static constexpr std::array<std::string_view, 7> kCommitments = {
      "agreed", "pledged", "promised", "undertook", "vowed", "resolved", "committed"};
  return std::find(kCommitments.begin(), kCommitments.end(), word) != kCommitments.end();
}

// True for a present form of a verb that puts forward what is still to
// come ("a letter proposing consultations in the autumn", "invites them to
// visit in the spring"); its past forms are left out, as "proposed" is as
// often an adjective ("the proposed merger, approved in March").
bool IsVerbOfProposing(std::string_view word) {
  static constexpr std::array<std::string_view, 5> kProposing = {
      "propose", "proposes", "proposing", "invites", "inviting"};
  return std::find(kProposing.begin(), kProposing.end(), word) != kProposing.end();
}

ClauseTense TenseOfWords(std::string_view words, bool first_cue_only) {
  static constexpr std::array<std::string_view, 22> kFuture = {
      "will", "'ll", "shall", "going", "expected", "expects", "expect", "scheduled",
      "plans", "plan", "planned", "planning", "due", "next", "effective", "payable",
      "would", "is", "are", "set", "intends", "intend"};
  // Past-tense cues: forms of be/have/do, "ago", "since" and the irregular
  // past tenses news reports with (regular ones end in "-ed").
  static constexpr std::array<std::string_view, 30> kPast = {
      "was",    "were", "had",  "did",  "said", "ended", "ago",    "since", "began", "took",
      "rose",   "fell", "told", "made", "came", "went",  "gave",   "got",   "left",  "won",
      "lost",   "paid", "held", "met",  "sold", "bought", "brought", "became", "saw", "found"};
  // The same words as hash sets: every word of a clause is looked up.
  static const WordViewSet kFutureWords(kFuture.begin(), kFuture.end());
  static const WordViewSet kPastWords(kPast.begin(), kPast.end());
  ClauseTense tense;
  bool past_besides_saying = false;  // a past cue other than "said", "told"
  std::string_view previous;
  std::size_t i = 0;
  const std::size_t size = words.size();
  while (i < size) {
    while (i < size &&
           !(IsAsciiAlpha(words[i]) || words[i] == '\'')) {
      ++i;
    }
    const std::size_t word_start = i;
    while (i < size &&
           (IsAsciiAlpha(words[i]) || words[i] == '\'')) {
      ++i;
    }
    const std::string_view word = words.substr(word_start, i - word_start);
    if (word.empty()) continue;
    // "is"/"are"/"set"/"going" only as "is to", "set to", "going to".
    if ((previous == "is" || previous == "are" || previous == "set" || previous == "going") &&
        word == "to") {
      tense.future = true;
    }
    // "the Days of Culture, to be held in Samarqand from 10 to 16
    // September": a passive infinitive set off by a comma tells of what is
    // planned, as "is to" does (not "the businesses to be acquired had
    // revenue for the year ended March 31", a noun's attribute).
    if (word == "be" && word_start >= 5 && words.substr(word_start - 5, 5) == ", to ") {
      tense.future = true;
    }
    // "agreed to draft standards ... and to meet again in the autumn": a
    // commitment's infinitive tells of what is still ahead, whatever the
    // tense of the verb that makes it.
    if (word == "to" && IsVerbOfCommitment(previous)) {
      tense.future = true;
      tense.past = false;
      past_besides_saying = false;
    }
    // "handed the Ambassador a letter proposing political consultations in
    // the autumn": what is proposed lies ahead, whatever the tense of the
    // verb that carries the proposal.
    if (IsVerbOfProposing(word)) {
      tense.future = true;
      tense.past = false;
      past_besides_saying = false;
    }
    // "the plan ends": after a determiner, "plan" is a noun, no future cue.
    const bool noun_after_determiner =
        (word == "plan" || word == "plans") &&
        (previous == "the" || previous == "a" || previous == "an" || previous == "this" ||
         previous == "its" || previous == "their" || previous == "our" || previous == "his" ||
         previous == "her");
    const bool listed_future = !noun_after_determiner &&
                               kFutureWords.contains(word);
    if (listed_future && word != "is" && word != "are" && word != "set" && word != "going") {
      tense.future = true;
    }
    // A participle after "be", "is" or "are" is passive, not past,
    // irregular ones too: "will be named", "due to be held by October",
    // "the transaction is anticipated in August"; after "has" or "have" it
    // is the present perfect (see ClauseTense).
    const bool past_form = kPastWords.contains(word) ||
                           (word.size() >= 5 && word.substr(word.size() - 2) == "ed");
    const bool perfect = previous == "has" || previous == "have";
    if (!listed_future && past_form && previous != "be" && previous != "is" && previous != "are") {
      (perfect ? tense.perfect : tense.past) = true;
      if (!IsVerbOfSaying(word) && !perfect) {
        past_besides_saying = true;
      }
    }
    if (first_cue_only && (tense.past || tense.future || tense.perfect)) return tense;
    previous = word;
  }
  // A verb of saying is past, but the clause it reports keeps its own
  // tense: "said its board has extended the warrants to June 30", "told a
  // news conference Zhao would go on holding the jobs until the congress,
  // due to be held by October" (a future in the past, still ahead).
  if ((tense.perfect || tense.future) && !past_besides_saying) tense.past = false;
  return tense;
}

// True when the first verb of the sentence after `end` is a plain future:
// "will", "shall", "'ll", "is to", "plans to", "is expected to", before any
// past tense ("planned", "set aside"): "On Tuesday, the league plans to
// hold a news conference"; not "On Friday, the government planned to pay".
bool PlainFutureAfter(std::string_view normalized, std::size_t end) {
  constexpr std::size_t kMaxLookAhead = 160;
  const std::size_t limit = std::min(normalized.size(), end + kMaxLookAhead);
  std::string_view previous;
  std::size_t i = end;
  while (i < limit) {
    if (i > end && SentenceEndsBefore(normalized, i)) break;
    const auto in_word = [&](std::size_t at) {
      return IsAsciiAlpha(normalized[at]) || normalized[at] == '\'';
    };
    if (!in_word(i)) {
      ++i;
      continue;
    }
    const std::size_t word_start = i;
    while (i < limit && in_word(i)) ++i;
    const std::string_view word = normalized.substr(word_start, i - word_start);
    if (word == "will" || word == "shall" || word == "'ll") return true;
    if (word == "to" && (previous == "is" || previous == "are" || previous == "plans" ||
                         previous == "plan" || previous == "expected" || previous == "due" ||
                         previous == "scheduled")) {
      return true;
    }
    if (TenseOfWords(word).past) return false;
    previous = word;
  }
  return false;
}

// True when the word right after normalized offset `end` is a verb in the
// past tense: "until a routine eye test on Monday highlighted a problem".
bool PastVerbFollows(std::string_view normalized, std::size_t end) {
  std::size_t start = end;
  while (start < normalized.size() && normalized[start] == ' ') ++start;
  std::size_t stop = start;
  while (stop < normalized.size() && IsAsciiAlpha(normalized[stop])) {
    ++stop;
  }
  if (stop == start || start == end) return false;
  const ClauseTense tense = TenseOfWords(normalized.substr(start, stop - start));
  return tense.past && !tense.future;
}

// The word that starts after normalized offset `from` (past spaces),
// before `limit`; empty when none does.
std::string_view WordAfter(std::string_view normalized, std::size_t from, std::size_t limit) {
  while (from < limit && normalized[from] == ' ') ++from;
  std::size_t stop = from;
  while (stop < limit && IsAsciiAlpha(normalized[stop])) ++stop;
  return normalized.substr(from, stop - from);
}

// True when "plan" or "plans" is no future cue: a noun that names the plan
// rather than what it is to do ("rejected the bailout plan on Tuesday",
// "signed an economic cooperation plan Friday"), or the object of a past
// verb, whose day it is ("that it announced plans to buy Friday"). The verb
// takes an infinitive or an object ("plans to hold a rally on Sunday", "the
// union plans a strike Monday"), and a plan to do something looks ahead
// like the verb ("his plan to issue a proclamation on Friday").
bool IsPlanNoun(std::string_view previous, std::string_view word, std::string_view next) {
  if (word != "plan" && word != "plans") return false;
  const ClauseTense previous_tense = TenseOfWords(previous);
  if (previous_tense.past && !previous_tense.future) return true;
  if (next == "to") return false;
  static constexpr std::array<std::string_view, 9> kDeterminers = {
      "the", "a", "an", "this", "its", "their", "our", "his", "her"};
  static constexpr std::array<std::string_view, 5> kObjectOpeners = {"a", "an", "the", "another",
                                                                     "new"};
  const auto listed = [](const auto& list, std::string_view w) {
    return std::find(list.begin(), list.end(), w) != list.end();
  };
  return listed(kDeterminers, previous) || !listed(kObjectOpeners, next);
}

// Where the clause before normalized offset `start` begins: after the last
// comma, stop or line break before it, at most 64 bytes back. A wrapped
// line goes on with its clause ("are scheduled to be released on\nFriday"),
// and so does an abbreviation's stop ("will meet U.S. officials on
// Tuesday"). `sentence_start` tells whether the clause opens a sentence.
std::size_t ClauseStartBefore(std::string_view normalized, std::size_t start,
                              bool* sentence_start) {
  constexpr std::size_t kMaxLookBack = 64;
  const std::size_t from = start > kMaxLookBack ? start - kMaxLookBack : 0;
  *sentence_start = from == 0;
  for (std::size_t i = start; i > from; --i) {
    const char c = normalized[i - 1];
    if (c == '\n' && WrapsALine(normalized, i - 1)) continue;
    if (c == '.' && AbbreviationDot(normalized, i - 1)) continue;
    if (c == '.' || c == ',' || c == ';' || c == '!' || c == '?' || c == '\n') {
      // A line break opens a sentence only after a stop or a quote: news
      // wire text is wrapped mid-sentence ("is to meet again on rules\n
      // Monday morning").
      std::size_t last = i - 1;
      while (last > 0 && normalized[last - 1] == ' ') --last;
      const char before = c == '\n' && last > 0 ? normalized[last - 1] : '.';
      *sentence_start = (c == '.' || c == '!' || c == '?' || c == '\n') &&
                        (before == '.' || before == '!' || before == '?' || before == '"' ||
                         before == '\'' || before == ':' || before == '\n');
      return i;
    }
  }
  return from;
}

// True when the clause before `start` (back to a comma, a stop or a line
// break, at most 64 bytes) holds a future cue: "will", "planned", "is to",
// "as early as" ... ("will meet Bush on Thursday"); not "could", the past of
// "can" as often ("could be located Wednesday"). "until" looks ahead unless
// it opens a clause whose main clause is past ("Until Thursday, they had
// not called Kopp a suspect"; `end` is where the date ends). A day opening
// its sentence ("On Tuesday, the league plans to ...") takes the tense of
// the clause after it. The weekday rule leaves this to code, as a lazy gap in
// the pattern would make its RE2 slow. With `cues` kPlain only the plain
// future counts ("will", "plans", "scheduled", "is to", "due to", "set
// for"), not "would", "expected", "until" or a schedule in the present
// tense, which for a month just past mostly report on it ("the inflation
// rate is expected to show an improvement in February" in March).
enum class FutureCues { kAll, kPlain };

bool FutureCueBefore(std::string_view normalized, std::size_t start, std::size_t end,
                     FutureCues cues = FutureCues::kAll) {
  bool sentence_start = false;
  const std::size_t from = ClauseStartBefore(normalized, start, &sentence_start);
  // A schedule told in the present tense looks ahead too, as news tells
  // the past in the past tense: "He leaves Rome on Monday", "the session
  // resumes Tuesday".
  static constexpr std::array<std::string_view, 26> kCues = {
      "will",    "would",   "shall",   "'ll",     "plan",    "plans",      "planned",
      "planning", "scheduled", "slated", "expected", "expects", "until", "till",
      "begins",  "starts",  "opens",   "ends",    "resumes", "leaves",     "arrives",
      "meets",   "visits",  "returns", "expires", "reconvenes"};
  static constexpr std::array<std::string_view, 9> kPlainCues = {
      "will", "shall", "'ll", "plan", "plans", "planned", "planning", "scheduled", "slated"};
  const bool plain_only = cues == FutureCues::kPlain;
  // Verbs of a schedule: in the plain present ("they meet Monday", "when
  // they vote on the policy Wednesday", "the dispute goes to the
  // Commission on Monday") or after "to" ("REAGAN TO HOLD NEWS
  // CONFERENCE THURSDAY", "a tender offer to begin Thursday") they look
  // ahead, unless negated or after a verb of failing ("did not meet",
  // "refused to sign ... on Friday"), or when the clause is told in the past
  // ("was the first to announce an increase on Tuesday", "an agreement to
  // resume the business was signed ... on Wednesday"). Only those that are
  // seldom nouns go without "to" ("the open market", "a return", "the
  // vote" do not).
  static constexpr std::array<std::string_view, 9> kPlainScheduleVerbs = {
      "meet", "begin", "resume", "arrive", "reconvene", "convene", "depart", "go", "goes"};
  static constexpr std::array<std::string_view, 13> kInfinitiveScheduleVerbs = {
      "hold", "start", "sign", "vote", "visit", "leave", "open",
      "return", "travel", "announce", "release", "testify", "attend"};
  static constexpr std::array<std::string_view, 12> kNegations = {
      "not", "did", "didn't", "could", "couldn't", "never", "refused", "declined",
      "failed", "unable", "tried", "sought"};
  const auto listed = [](const auto& list, std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
  };
  bool schedule_cue = false;
  bool past_seen = false;
  std::string_view before_previous;
  std::string_view previous;
  int words_before = 0;
  std::size_t i = from;
  while (i < start) {
    const auto in_word = [&](std::size_t at) {
      return IsAsciiAlpha(normalized[at]) || normalized[at] == '\'';
    };
    while (i < start && !in_word(i)) ++i;
    const std::size_t word_start = i;
    while (i < start && in_word(i)) ++i;
    const std::string_view word = normalized.substr(word_start, i - word_start);
    if (word.empty()) continue;
    // A cue glued to a word before it by a hyphen is part of an adjective,
    // not a verb: "lower-than-expected earnings after the market closed
    // Wednesday", "a long-planned visit".
    const bool in_compound = word_start > 0 && normalized[word_start - 1] == '-';
    const bool plan_noun = IsPlanNoun(previous, word, WordAfter(normalized, i, start));
    const bool cue = plain_only ? listed(kPlainCues, word) : listed(kCues, word);
    if (!in_compound && !plan_noun && cue) {
      // "until" looks back when its clause goes on in the past: "Until
      // Thursday, they had not ..." (an opening "until" clause whose main
      // clause is past), "had been in training until a routine eye test on
      // Monday highlighted a problem"; not "was extended until Friday, the
      // company said", whose past verb after the comma reports it.
      if (word != "until" && word != "till") return true;
      if (words_before == 0) {
        if (normalized.substr(end, 1) != ",") return true;
        const ClauseTense after = TenseAfter(normalized, end);
        if (!after.past || after.future) return true;
      } else if (!PastVerbFollows(normalized, end)) {
        return true;
      }
    }
    const bool schedule_verb =
        listed(kPlainScheduleVerbs, word) ||
        (previous == "to" && listed(kInfinitiveScheduleVerbs, word));
    const std::string_view before_verb = previous == "to" ? before_previous : previous;
    if (!in_compound && !plain_only && schedule_verb && !listed(kNegations, before_verb)) {
      schedule_cue = true;
    }
    const ClauseTense tense = TenseOfWords(word);
    if (tense.past && !tense.future) past_seen = true;
    // "due to" before a noun gives a cause, not a schedule: "behind normal
    // growth levels due to the cold weather in May".
    static constexpr std::array<std::string_view, 7> kDeterminers = {
        "the", "a", "an", "its", "their", "his", "her"};
    const bool cause = previous == "due" && listed(kDeterminers, WordAfter(normalized, i, start));
    if (word == "to" && !cause &&
        (previous == "set" || previous == "due" || previous == "going" || previous == "is" ||
         previous == "are")) {
      return true;
    }
    // A day something is set for is the one it is fixed to come: "a
    // hearing is set for Tuesday", "the vote, set for Sunday".
    if (word == "for" && previous == "set") return true;
    if (word == "as" && before_previous == "as" && (previous == "soon" || previous == "early")) {
      return true;
    }
    before_previous = previous;
    previous = word;
    ++words_before;
  }
  if (schedule_cue && !past_seen) return true;
  // A day opening its sentence takes the tense of the clause after it: "On
  // Tuesday, the league plans to hold a news conference" looks ahead.
  const bool opens_sentence =
      sentence_start && (words_before == 0 || (words_before == 1 && previous == "on"));
  return opens_sentence && normalized.substr(end, 1) == "," && PlainFutureAfter(normalized, end);
}

// The day of a holiday in `year`, in days since 1970-01-01; nullopt for a
// name it does not know. `name` is the holiday group's normalized text
// ("thanksgiving day", "christmas"). Fixed-date holidays, and the United
// States' Thanksgiving, the fourth Thursday of November, and Election Day.
std::optional<std::int64_t> HolidayIn(std::string_view name, int year) {
  const auto starts_with = [&](std::string_view prefix) {
    return name.substr(0, prefix.size()) == prefix;
  };
  if (starts_with("thanksgiving")) {
    const std::int64_t first = DaysFromCivil(year, 11, 1);
    const int to_thursday = (3 - WeekdayOf(first) + 7) % 7;
    return first + to_thursday + 21;
  }
  if (starts_with("christmas eve")) return DaysFromCivil(year, 12, 24);
  if (starts_with("christmas")) return DaysFromCivil(year, 12, 25);
  if (starts_with("new year's eve")) return DaysFromCivil(year, 12, 31);
  if (starts_with("new year")) return DaysFromCivil(year, 1, 1);
  if (starts_with("halloween")) return DaysFromCivil(year, 10, 31);
  if (starts_with("valentine")) return DaysFromCivil(year, 2, 14);
  if (starts_with("election")) {
    // The United States' Election Day: the Tuesday after the first Monday
    // of November.
    const std::int64_t first = DaysFromCivil(year, 11, 1);
    const int to_monday = (0 - WeekdayOf(first) + 7) % 7;
    return first + to_monday + 1;
  }
  return std::nullopt;
}

// The holiday `name` nearest the anchor, chosen as a weekday is: the latest
// on or before it (news tells of the past), strictly before it with "last",
// the first on or after it with a future cue, strictly after it with "next".
enum class HolidayDirection { kLatest, kLast, kComing, kNext };

std::optional<std::int64_t> HolidayNear(std::string_view name, const DatePoint& anchor,
                                        HolidayDirection direction) {
  const std::int64_t anchor_days = DaysOf(anchor);
  const bool ahead = direction == HolidayDirection::kComing || direction == HolidayDirection::kNext;
  for (int step = 0; step <= 1; ++step) {
    const std::optional<std::int64_t> day =
        HolidayIn(name, ahead ? anchor.year + step : anchor.year - step);
    if (!day) return std::nullopt;
    switch (direction) {
      case HolidayDirection::kLatest:
        if (*day <= anchor_days) return day;
        break;
      case HolidayDirection::kLast:
        if (*day < anchor_days) return day;
        break;
      case HolidayDirection::kComing:
        if (*day >= anchor_days) return day;
        break;
      case HolidayDirection::kNext:
        if (*day > anchor_days) return day;
        break;
    }
  }
  return std::nullopt;
}

bool IsLetterOrDigit(UChar32 c) { return c >= 0 && u_isalnum(c); }

bool IsNumberGlue(UChar32 c) { return c == '.' || c == ',' || c == '/' || c == ':' || c == '-'; }

bool IsAsciiDigit(UChar32 c) { return c >= '0' && c <= '9'; }

// The word of ASCII letters right before `start` and white space ("since"
// in "since November"); empty when something else stands there.
std::string_view WordBefore(std::string_view normalized, std::size_t start) {
  std::size_t word_end = start;
  while (word_end > 0 && (normalized[word_end - 1] == ' ' || normalized[word_end - 1] == '\n')) {
    --word_end;
  }
  if (word_end == start) return {};
  // The words asked about are short: look back no further than that.
  constexpr std::size_t kLongest = 8;
  std::size_t word_start = word_end;
  while (word_start > 0 && word_end - word_start <= kLongest &&
         IsAsciiAlpha(normalized[word_start - 1])) {
    --word_start;
  }
  if (word_end - word_start > kLongest) return {};
  if (IsLetterOrDigit(CodePointBefore(normalized, word_start))) return {};
  return normalized.substr(word_start, word_end - word_start);
}

// True when the word right before `start` is "since" ("since November",
// "since 3 December").
bool AfterSince(std::string_view normalized, std::size_t start) {
  return WordBefore(normalized, start) == "since";
}

// True when the word right before `start` sets a deadline: "to", "through",
// "until", "till", "by" ("has extended the loans through January").
bool AfterADeadlineWord(std::string_view normalized, std::size_t start) {
  const std::string_view word = WordBefore(normalized, start);
  return word == "to" || word == "through" || word == "until" || word == "till" || word == "by";
}

// True when the word right before `start` ends a span of time at the date:
// "by", "until", "till", "through" (a deadline word but "to", which also
// ends the term of a report: "Year to December 31").
bool AfterAnEndWord(std::string_view normalized, std::size_t start) {
  const std::string_view word = WordBefore(normalized, start);
  return word == "through" || word == "until" || word == "till" || word == "by";
}

// The tense of the clause before a date that follows a deadline word
// (AfterAnEndWord holds at `start`), read up to the word before the
// deadline word when that is a participle, which is passive and tells no
// tense ("is expected to be\ncompleted by September", "the loan was not
// signed until November 5" is still past by "was").
ClauseTense TenseBeforeADeadline(std::string_view normalized, std::size_t start) {
  const auto is_space = [&](std::size_t at) {
    return normalized[at] == ' ' || normalized[at] == '\n';
  };
  const auto is_letter = [&](std::size_t at) {
    return IsAsciiAlpha(normalized[at]) != 0;
  };
  const std::string_view deadline_word = WordBefore(normalized, start);
  std::size_t end = static_cast<std::size_t>(deadline_word.data() - normalized.data());
  // The participle may be longer than the words WordBefore reads.
  std::size_t word_end = end;
  while (word_end > 0 && is_space(word_end - 1)) --word_end;
  std::size_t word_start = word_end;
  while (word_start > 0 && is_letter(word_start - 1)) --word_start;
  const std::string_view word = normalized.substr(word_start, word_end - word_start);
  if (word.size() >= 5 && word.substr(word.size() - 2) == "ed") end = word_start;
  return TenseBefore(normalized, end);
}

// A deadline ("by September", "until June 30") lies ahead unless its
// clause is told in the past, before it (TenseBeforeADeadline) or, with no
// cue there, after it ("who until January 29 was a director").
bool DeadlineInThePast(std::string_view normalized, std::size_t start, std::size_t end) {
  ClauseTense tense = TenseBeforeADeadline(normalized, start);
  if (!tense.past && !tense.future && !tense.perfect) tense = TenseAfter(normalized, end);
  return tense.past && !tense.future;
}

// True when [start, end) of `text` stands alone: no letter or digit touches
// it, and it is not part of a longer number such as "1267/1989/2253",
// "2,000" or "10:30".
bool StandsAlone(std::string_view text, std::size_t start, std::size_t end) {
  const UChar32 before = CodePointBefore(text, start);
  if (IsLetterOrDigit(before)) return false;
  if (IsNumberGlue(before) && start >= 2 && IsAsciiDigit(CodePointBefore(text, start - 1))) {
    return false;
  }
  const UChar32 after = CodePointAt(text, end);
  if (IsLetterOrDigit(after)) return false;
  if (IsNumberGlue(after) && IsAsciiDigit(CodePointAt(text, end + 1))) return false;
  return true;
}

// True when the word that ends at raw offset `end` is glued by a hyphen to a
// lower-case word after it, making a compound: "quarter-to-quarter",
// "now-defunct", "recently-passed"; not "March 18-April 6" or "1986-crop".
bool GluedToAWordAfter(std::string_view raw, std::size_t end) {
  if (!u_isalpha(CodePointBefore(raw, end)) || CodePointAt(raw, end) != '-') return false;
  return u_islower(CodePointAt(raw, end + 1));
}

bool OpensASentence(UChar32 c) {
  return c == U_SENTINEL || c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' ||
         c == '(' || c == ':' || c == ';' || c == 0x201C || c == 0x2018 || c == '`';
}

// True when what starts at raw offset `start` opens a sentence: white space
// back to the start of the text or to a stop, colon, semicolon, quote or
// bracket ("... withdraw.\" Now, he says").
bool OpensASentenceAt(std::string_view raw, std::size_t start) {
  std::size_t offset = start;
  UChar32 c = CodePointBefore(raw, offset);
  while (c != U_SENTINEL && u_isspace(c)) {
    offset -= U8_LENGTH(c);
    c = CodePointBefore(raw, offset);
  }
  return OpensASentence(c);
}

// True when the word just before raw offset `start` is capitalized and does
// not open a sentence, so that what follows belongs to a name ("Humay 2020",
// "Good Friday"), not to the calendar.
bool FollowsAName(std::string_view raw, std::size_t start) {
  std::size_t offset = start;
  UChar32 c = CodePointBefore(raw, offset);
  while (c != U_SENTINEL && u_isspace(c) && c != '\n') {
    offset -= U8_LENGTH(c);
    c = CodePointBefore(raw, offset);
  }
  if (c == U_SENTINEL || !u_isalpha(c)) return false;
  UChar32 first = c;
  while (c != U_SENTINEL && (u_isalpha(c) || c == '-')) {
    first = c;
    offset -= U8_LENGTH(c);
    c = CodePointBefore(raw, offset);
  }
  if (!u_isupper(first)) return false;
  while (c != U_SENTINEL && u_isspace(c)) {
    if (c == '\n') return false;
    offset -= U8_LENGTH(c);
    c = CodePointBefore(raw, offset);
  }
  return !OpensASentence(c);
}

// True when the word just before normalized offset `start` labels a figure
// of a results framework or a report's table ("Baseline 2025: 46
// incidents", "Target 2027: 20 incidents"): the year after it is the year
// the figure is for, not part of a name, though the label is capitalized.
bool FollowsAFigureLabel(std::string_view normalized, std::size_t start) {
  // (WordBefore reads words of up to eight letters.)
  static constexpr std::array<std::string_view, 7> kLabels = {
      "target", "targets", "baseline", "forecast", "actual", "actuals", "estimate"};
  const std::string_view word = WordBefore(normalized, start);
  if (word.empty()) return false;
  const std::size_t word_end = static_cast<std::size_t>(word.data() - normalized.data()) + word.size();
  // Only a space between the label and the year, on one line.
  if (normalized.substr(word_end, start - word_end) != " ") return false;
  return std::find(kLabels.begin(), kLabels.end(), word) != kLabels.end();
}

// True when `raw` begins with a capital letter followed by a lower-case
// one ("Today", not "today" nor "TODAY").
bool StartsWithACapitalWord(std::string_view raw) {
  std::size_t offset = 0;
  const UChar32 first = CodePointAt(raw, offset);
  if (first < 0 || !u_isupper(first)) return false;
  offset += U8_LENGTH(first);
  const UChar32 second = CodePointAt(raw, offset);
  return second >= 0 && u_islower(second);
}

// True when `raw` has two words or more and each begins with a capital
// letter followed by lower case: a relative date written so ("This Week",
// "Next Year") names a programme or a publication, as a date's unit word is
// written lower case even where the sentence starts with it ("Last week,
// ..."). Text all in capitals ("LAST YEAR") says nothing either way.
bool InTitleCase(std::string_view raw) {
  int words = 0;
  std::size_t offset = 0;
  bool word_start = true;
  bool after_capital = false;  // the letter before was a word's capital
  while (offset < raw.size()) {
    const UChar32 c = CodePointAt(raw, offset);
    if (u_isalpha(c)) {
      if (word_start) {
        if (!u_isupper(c)) return false;
        ++words;
        after_capital = true;
      } else if (after_capital) {
        if (u_isupper(c)) return false;  // "LAST"
        after_capital = false;
      }
      word_start = false;
    } else {
      word_start = u_isspace(c);
      after_capital = false;
    }
    offset += c < 0 ? 1 : U8_LENGTH(c);
  }
  return words >= 2;
}

// True when the word before normalized offset `start` is a preposition of
// time ("for the year", "in the past"); checked in code so that the rule's
// pattern starts at its own rarer words, which keeps the RE2::Set fast.
bool FollowsAPreposition(std::string_view normalized, std::size_t start) {
  std::size_t end = start;
  while (end > 0 && normalized[end - 1] == ' ') --end;
  std::size_t begin = end;
  while (begin > 0 && IsAsciiAlpha(normalized[begin - 1])) --begin;
  if (begin > 0 && IsLetterOrDigit(CodePointBefore(normalized, begin))) return false;
  static constexpr std::array<std::string_view, 13> kPrepositions = {
      "for",  "of",   "in",    "during", "through", "throughout", "by",
      "over", "into", "until", "till",   "before",  "at"};
  const std::string_view word = normalized.substr(begin, end - begin);
  return std::find(kPrepositions.begin(), kPrepositions.end(), word) != kPrepositions.end();
}

// True when every word of `raw` begins with a capital letter, but for the
// short lower-case words names hold ("State of the Union", "U.S.-led"
// begins with one), and the first does: the name of an event a year
// before it dates ("his 2012 State of the Union address").
bool IsCapitalizedName(std::string_view raw) {
  static constexpr std::array<std::string_view, 7> kNameLinks = {"of", "the", "to", "and",
                                                                  "for", "on", "de"};
  std::size_t offset = 0;
  bool first_word = true;
  while (offset < raw.size()) {
    UChar32 c = CodePointAt(raw, offset);
    if (u_isspace(c)) {
      offset += U8_LENGTH(c);
      continue;
    }
    const std::size_t word_start = offset;
    while (offset < raw.size() && !u_isspace(c)) {
      offset += c < 0 ? 1 : U8_LENGTH(c);
      if (offset < raw.size()) c = CodePointAt(raw, offset);
    }
    const std::string_view word = raw.substr(word_start, offset - word_start);
    const bool capital = u_isupper(CodePointAt(word, 0));
    if (!capital && (first_word ||
                     std::find(kNameLinks.begin(), kNameLinks.end(), word) == kNameLinks.end())) {
      return false;
    }
    first_word = false;
  }
  return !first_word;
}

// True when a capitalized word follows raw offset `end` on the same line,
// after nothing but spaces, so that what precedes belongs to a name ("1988
// Sanctions Committee").
bool PrecedesAName(std::string_view raw, std::size_t end) {
  std::size_t offset = end;
  UChar32 c = CodePointAt(raw, offset);
  if (c == U_SENTINEL || !u_isspace(c) || c == '\n') return false;
  while (c != U_SENTINEL && u_isspace(c) && c != '\n') {
    offset += U8_LENGTH(c);
    c = CodePointAt(raw, offset);
  }
  return c != U_SENTINEL && u_isupper(c);
}

// Long texts are searched in blocks of this many bytes, so that the RE2::Set
// can spare each block the rules it does not need. A block's search runs on
// past its end by the length of the longest date, so that a date starting in
// the block is matched whole.
constexpr std::size_t kBlockSize = 1024;
constexpr std::size_t kMaxDateLength = 256;


// A match that survived the checks, before overlaps are settled.
struct Candidate {
  std::size_t start = 0;  // normalized offsets of the mention
  std::size_t end = 0;
  int rule = 0;           // index into the rule set
  DatePoint first;        // the date, or the start of the range
  DatePoint last;         // the end of a range (year 0: no range)
  bool open_range = false;
  std::string season;     // TIMEX3 season code, or empty
  std::string value;      // a value resolved whole (relative expressions), or empty
  // Not a date: a name or phrase that keeps the dates inside it from being
  // read ("Good Friday", "from now on"); dropped once overlaps are settled.
  bool blocks = false;
  // "a year ago": a year before the quarter last named in the text, if any
  // (see ReferToNamedQuarters); `value` holds the fallback.
  bool year_before_named_quarter = false;
  bool looks_back_a_year = false;  // "the year-ago quarter": never a reference
  bool month_a_year_back = false;  // "the same month last year": a month, not a day
  // "the 1988 quarter": the quarter last named, in the written year (see
  // ReferToNamedQuarters); without one, the year alone.
  bool named_quarter_of_year = false;
  bool week_of_day = false;  // "the week of March 6": the ISO week of the day
  int week_of_month = 0;     // "the first week of April": 1 to 4, 5 for the last
  // For a month (and day) written without a year, whose year was chosen as
  // the nearest one to the anchor or by the clause's tense: whether that
  // reading lies after (1) or before (-1) the anchor, and whether the
  // clause (its tense, a deadline word, "since") moved it from the nearest
  // (see AlignPairedMonths).
  int chosen_side = 0;
  bool moved_from_nearest = false;
  // "the following year", "that day", "the previous day": a unit after
  // (1), at (0) or before (-1) the date last written before it, not the
  // document date (see ResolveAnaphora); dropped when no earlier date has
  // that unit.
  std::optional<int> anaphoric_shift;
  Unit anaphoric_unit = kYear;
  // "the previous Friday": that weekday before the day last written before
  // it (see ResolveAnaphora); `value` holds it read as "last Friday", kept
  // when no day was written.
  bool weekday_before_antecedent = false;
  // How the day and month of an "a/b/yyyy" date were ordered.
  enum class NumericOrder { kNotNumeric, kDayFirst, kMonthFirst, kUndecided };
  NumericOrder numeric_order = NumericOrder::kNotNumeric;
  bool ambiguous = false;  // undecided, and the two numbers differ
};

// The TIMEX3 value of a settled candidate.
std::string ValueOf(const Candidate& candidate) {
  if (!candidate.value.empty()) return candidate.value;
  if (!candidate.season.empty()) {
    // "since the spring of 2022": an open range from that season.
    return std::to_string(candidate.first.year) + "-" + candidate.season +
           (candidate.open_range ? "/" : "");
  }
  if (candidate.week_of_day && candidate.first.day > 0) return IsoWeek(DaysOf(candidate.first));
  if (candidate.week_of_day && candidate.week_of_month > 0 && candidate.first.year > 0 &&
      candidate.first.month > 0) {
    // The ISO week holding most of that week of the month: the one of its
    // 4th, 11th, 18th or 25th day, or of its last day but three.
    const int days = DaysInMonth(candidate.first.year, candidate.first.month);
    const int day = candidate.week_of_month == 5 ? days - 3 : 7 * candidate.week_of_month - 3;
    return IsoWeek(DaysFromCivil(candidate.first.year, candidate.first.month, day));
  }
  std::string value = FormatPoint(candidate.first);
  if (candidate.last.year > 0) {
    value += "/" + FormatPoint(candidate.last);
  } else if (candidate.open_range) {
    value += "/";
  }
  return value;
}

// `antecedent` (a TIMEX3 value, the start of a range) at `unit`, moved by
// `shift` units: ("1995-05-22", kYear, 1) -> "1996"; nullopt when the
// antecedent is coarser than the unit or no calendar value.
std::optional<std::string> ShiftedUnit(std::string_view antecedent, Unit unit, int shift) {
  const std::optional<int> year = ParseNumber(antecedent.substr(0, 4));
  if (!year || antecedent.size() < 4) return std::nullopt;
  const bool has_month = antecedent.size() >= 7 && antecedent[4] == '-' &&
                         ParseNumber(antecedent.substr(5, 2)).has_value();
  const int month = has_month ? *ParseNumber(antecedent.substr(5, 2)) : 0;
  switch (unit) {
    case kYear:
      return std::to_string(*year + shift);
    case kMonth:
      if (!has_month || month < 1 || month > 12) return std::nullopt;
      return ShiftedMonth(*year, month, shift);
    case kQuarter: {
      int quarter = 0;
      if (antecedent.size() >= 7 && antecedent.substr(4, 2) == "-Q") {
        quarter = antecedent[6] - '0';
      } else if (has_month && month >= 1 && month <= 12) {
        quarter = (month - 1) / 3 + 1;
      }
      if (quarter < 1 || quarter > 4) return std::nullopt;
      const int index = *year * 4 + quarter - 1 + shift;
      return std::to_string(index / 4) + "-Q" + std::to_string(index % 4 + 1);
    }
    case kDay: {
      if (!has_month || antecedent.size() < 10 || antecedent[7] != '-') return std::nullopt;
      const std::optional<int> day = ParseNumber(antecedent.substr(8, 2));
      if (!day || month < 1 || month > 12 || *day < 1 || *day > DaysInMonth(*year, month)) {
        return std::nullopt;
      }
      return FormatPoint(CivilFromDays(DaysFromCivil(*year, month, *day) + shift));
    }
    default:
      return std::nullopt;
  }
}

}  // namespace

namespace {

// IcuMonthNames over the given widths only.
std::map<std::string, int> IcuMonthNamesOfWidths(
    const std::vector<std::string>& locales,
    std::initializer_list<icu::DateFormatSymbols::DtWidthType> widths) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* case_fold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("ICU case folding is unavailable: ") +
                             u_errorName(status));
  }
  std::map<std::string, int> names;
  for (const std::string& locale : locales) {
    status = U_ZERO_ERROR;
    icu::DateFormatSymbols symbols(icu::Locale(locale.c_str()), status);
    if (U_FAILURE(status)) {
      throw std::runtime_error("ICU has no date symbols for locale '" + locale +
                               "': " + u_errorName(status));
    }
    for (auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
      for (auto width : widths) {
        int32_t count = 0;
        const icu::UnicodeString* months = symbols.getMonths(count, context, width);
        for (int32_t i = 0; i < count && i < 12; ++i) {
          status = U_ZERO_ERROR;
          const icu::UnicodeString folded = case_fold->normalize(months[i], status);
          if (U_FAILURE(status)) continue;
          std::string name;
          folded.toUTF8String(name);
          while (!name.empty() && name.back() == '.') name.pop_back();
          if (!name.empty()) names.emplace(std::move(name), i + 1);
        }
      }
    }
  }
  return names;
}

}  // namespace

std::map<std::string, int> IcuMonthNames(const std::vector<std::string>& locales) {
  return IcuMonthNamesOfWidths(
      locales, {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED});
}

std::map<std::string, int> RussianPrepositionalMonths() {
  // ICU's CLDR data gives Russian month names in two cases only: the
  // nominative (stand-alone "июнь") and the genitive of a date ("12 июня").
  // Russian writes a month without a day in the prepositional case ("в июне",
  // "в марте"), which CLDR lacks; it is the nominative with its final soft
  // sign or й replaced by "е", or "е" added after a consonant (март -> марте).
  std::map<std::string, int> names;
  for (const auto& [name, month] :
       IcuMonthNamesOfWidths({"ru"}, {icu::DateFormatSymbols::WIDE})) {
    std::string stem = name;
    if (stem.ends_with("ь") || stem.ends_with("й")) {
      stem.resize(stem.size() - std::string_view("ь").size());
    } else if (stem.ends_with("а") || stem.ends_with("я")) {
      continue;  // the genitive form, no nominative
    }
    names.emplace(stem + "е", month);
  }
  return names;
}

std::map<std::string, int> IcuMonthAbbreviations(const std::vector<std::string>& locales) {
  std::map<std::string, int> abbreviations =
      IcuMonthNamesOfWidths(locales, {icu::DateFormatSymbols::ABBREVIATED});
  const std::map<std::string, int> wide_names =
      IcuMonthNamesOfWidths(locales, {icu::DateFormatSymbols::WIDE});
  for (const auto& [wide_name, month] : wide_names) abbreviations.erase(wide_name);
  return abbreviations;
}

std::map<std::string, int, std::less<>> IcuWeekdayNames() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* case_fold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  icu::DateFormatSymbols symbols(icu::Locale("en"), status);
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("ICU has no English weekday names: ") +
                             u_errorName(status));
  }
  std::map<std::string, int, std::less<>> names;
  int32_t count = 0;
  const icu::UnicodeString* weekdays =
      symbols.getWeekdays(count, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::WIDE);
  // ICU indexes weekdays by UCAL_SUNDAY (1) .. UCAL_SATURDAY (7).
  for (int32_t i = 1; i < count && i <= 7; ++i) {
    status = U_ZERO_ERROR;
    const icu::UnicodeString folded = case_fold->normalize(weekdays[i], status);
    if (U_FAILURE(status)) continue;
    std::string name;
    folded.toUTF8String(name);
    if (!name.empty()) names.emplace(std::move(name), (i + 5) % 7);
  }
  return names;
}

namespace {

// English number words from ICU's spell-out rules for first..last: cardinals
// ("two", "twenty-one") with `rule_set` "%spellout-numbering", ordinals
// ("third") with "%spellout-ordinal", years ("nineteen ninety-six") with
// "%spellout-numbering-year".
std::map<std::string, int, std::less<>> IcuNumberWords(const char16_t* rule_set, int32_t first,
                                                      int32_t last) {
  UErrorCode status = U_ZERO_ERROR;
  icu::RuleBasedNumberFormat spellout(icu::URBNF_SPELLOUT, icu::Locale("en"), status);
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("ICU has no English spell-out rules: ") +
                             u_errorName(status));
  }
  std::map<std::string, int, std::less<>> words;
  for (int32_t number = first; number <= last; ++number) {
    status = U_ZERO_ERROR;
    icu::UnicodeString spelled;
    icu::FieldPosition position;
    spellout.format(number, icu::UnicodeString(rule_set), spelled, position, status);
    if (U_FAILURE(status)) continue;
    std::string word;
    spelled.foldCase().toUTF8String(word);
    if (!word.empty()) words.emplace(std::move(word), number);
  }
  return words;
}

// Decade words from ICU's spelled-out tens: "twenties" -> 2 .. "nineties"
// -> 9, the English plural of "twenty" .. "ninety" (`cardinals`, "two" -> 2).
std::map<std::string, int, std::less<>> DecadeWords(
    const std::map<std::string, int, std::less<>>& cardinals) {
  std::map<std::string, int, std::less<>> words;
  for (const auto& [word, number] : cardinals) {
    if (number < 20 || number % 10 != 0 || word.empty() || word.back() != 'y') continue;
    words.emplace(word.substr(0, word.size() - 1) + "ies", number / 10);
  }
  return words;
}

}  // namespace

struct DateExtractor::Impl {
  std::map<std::string, int, std::less<>> month_numbers;
  std::map<std::string, int, std::less<>> weekday_numbers;   // 0 = Monday
  std::map<std::string, int, std::less<>> cardinal_numbers;  // "two" -> 2
  std::map<std::string, int, std::less<>> ordinal_numbers;   // "third" -> 3
  std::map<std::string, int, std::less<>> year_numbers;      // "nineteen ninety-six"
  std::map<std::string, int, std::less<>> decade_words;      // "nineties" -> 9
  RuleSet rules;
  std::vector<RuleGroups> groups;  // parallel to rules.rules()
  // Where in a text the rules can match (see date_windows.h).
  std::unique_ptr<DateWindowFinder> window_finder;
  // A clock time ending right before a date (see FollowsAClockTime).
  std::unique_ptr<RE2> clock_time_before;
  DateExtractorOptions options;

  // Month number of a month group's text (a name or digits), or 0.
  int MonthOf(std::string_view text) const {
    if (auto number = ParseNumber(text)) return *number;
    while (!text.empty() && text.back() == '.') text.remove_suffix(1);
    auto found = month_numbers.find(text);
    return found == month_numbers.end() ? 0 : found->second;
  }

  // A count written in digits or words; 1 when `text` is empty.
  std::optional<int> CountOf(std::string_view text) const {
    if (text.empty()) return 1;
    if (auto number = ParseNumber(text)) return *number;
    auto found = cardinal_numbers.find(text);
    if (found == cardinal_numbers.end()) return std::nullopt;
    return found->second;
  }
  // An ordinal "3rd" or "third"; nullopt when neither.
  std::optional<int> OrdinalOf(std::string_view text) const {
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
    if (digits > 0) return ParseNumber(text.substr(0, digits));
    auto found = ordinal_numbers.find(text);
    if (found == ordinal_numbers.end()) return std::nullopt;
    return found->second;
  }

  // `future_cue`: the clause before the mention looks ahead (see
  // FutureCueBefore), for weekdays. `past_clause`: the clause before a
  // quarter or half reports the past (TenseBefore).
  std::optional<std::string> ResolveRelative(
      const RuleGroups& g, const DatePoint& anchor, bool future_cue, bool past_clause,
      const std::function<const re2::StringPiece*(int)>& group) const;

  std::optional<Candidate> Interpret(const TextView& text, const DatePoint& anchor, int rule_index,
                                     const std::vector<re2::StringPiece>& submatches) const;
  // `normalized`: the text the candidates' offsets point into.
  void Settle(std::vector<Candidate>* candidates, std::string_view normalized) const;
  static void ReferToNamedQuarters(std::vector<Candidate>* candidates,
                                   std::string_view normalized);
  static void ResolveAnaphora(std::vector<Candidate>* candidates);
  static void AlignPairedMonths(std::vector<Candidate>* candidates, std::string_view normalized);
};

namespace {

bool Matched(const re2::StringPiece& submatch) { return submatch.data() != nullptr; }

std::string_view View(const re2::StringPiece& submatch) {
  return std::string_view(submatch.data(), submatch.size());
}

// The tense of the clause a month (and day) without a year stands in:
// that before it, or with no cue there the first after it; the present
// perfect is past but for a deadline ("has extended the loans through
// January").
ClauseTense TenseAroundAMonth(std::string_view normalized, std::size_t start, std::size_t end) {
  ClauseTense tense = TenseBefore(normalized, start);
  if (!tense.past && !tense.future && !tense.perfect) tense = TenseAfter(normalized, end);
  if (tense.perfect && !AfterADeadlineWord(normalized, start)) tense.past = true;
  return tense;
}

// "the next briefing in November", "at its next regular session in June":
// a month named as the time of a next event lies ahead of the document
// date whatever the clause's tense ("looked forward to the next briefing
// in November" in May 2025 is 2025's November, not 2024's).
bool AfterANextEvent(std::string_view normalized, std::size_t start) {
  constexpr std::size_t kLookBack = 48;
  std::string_view before = normalized.substr(start > kLookBack ? start - kLookBack : 0,
                                              start > kLookBack ? kLookBack : start);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  if (!before.ends_with(" in")) return false;
  before.remove_suffix(3);
  for (int k = 0; k < 3; ++k) {
    const std::size_t space = before.rfind(' ');
    const std::string_view word = space == std::string_view::npos ? before : before.substr(space + 1);
    if (word.empty() || !std::all_of(word.begin(), word.end(), [](char c) {
          return IsAsciiAlpha(c) != 0;
        })) {
      return false;
    }
    if (word == "next") return k > 0;
    if (space == std::string_view::npos) return false;
    before = before.substr(0, space);
  }
  return false;
}

// A month more than two months from the document date (`away` days from
// it as read nearest) keeps the nearest reading unless its clause says
// otherwise: "was last seen Nov. 3" in May is last year's, "will open in
// December" in March this year's, "to be completed by September" in April
// 1987 is 1987's.
int YearOfADistantMonth(std::string_view normalized, std::size_t start, std::size_t end,
                        std::int64_t away, int nearest_year) {
  if (AfterAnEndWord(normalized, start)) {
    const bool past = DeadlineInThePast(normalized, start, end);
    if (away > 0 && past) return nearest_year - 1;
    if (away < 0 && !past) return nearest_year + 1;
    return nearest_year;
  }
  if (away < 0 && AfterANextEvent(normalized, start)) return nearest_year + 1;
  const ClauseTense tense = TenseAroundAMonth(normalized, start, end);
  if (away > 0 && tense.past && !tense.future) return nearest_year - 1;
  if (away < 0 && tense.future && !tense.past) return nearest_year + 1;
  return nearest_year;
}

// True when a date without a year stands where a tense can date it: right
// after "in" or "on" ("will open in September", "on the 5th of June"), and
// naming no thing after it ("February data", "for May shipment", "their
// February pact" are read nearest whatever the clause's tense).
bool DatedByItsVerb(std::string_view normalized, std::size_t start, std::size_t end) {
  std::string_view before = WordBefore(normalized, start);
  if (before == "the") {
    before = WordBefore(normalized, static_cast<std::size_t>(before.data() - normalized.data()));
  }
  if (before != "in" && before != "on") return false;
  static constexpr std::array<std::string_view, 14> kClauseGoesOn = {
      "and", "or", "to", "in", "on", "at", "by", "with", "for", "from", "after", "before",
      "when", "but"};
  const std::string_view after =
      end < normalized.size() && normalized[end] == ' ' ? WordAfter(normalized, end, normalized.size())
                                                        : std::string_view();
  return after.empty() ||
         std::find(kClauseGoesOn.begin(), kClauseGoesOn.end(), after) != kClauseGoesOn.end();
}

// A month within two months of the document date (`away` days from it as
// read nearest) just before it is next year's when a plain future of a
// clause not told in the past dates it (FutureCueBefore, as for weekdays):
// "will be held in Turkmenabat on the 5th of June" in July. Otherwise the
// nearest reading stands: news reports near months mostly in reported
// speech, and a past verb just as often reports a plan ("authorized
// redemption on April 17"), so no past cue moves a month back.
int YearOfANearMonth(std::string_view normalized, std::size_t start, std::size_t end,
                     const DatePoint& anchor, int month, std::int64_t away, int nearest_year) {
  // The document's own month stays, and so does a deadline, which a past
  // clause sets ahead as often as it reports one gone ("The rights were
  // extended to Nov. 16"), and a possessive month, which names when a thing
  // happened whatever the clause's verb ("would maintain January's
  // suspension of interest payments").
  if (month == anchor.month || AfterADeadlineWord(normalized, start) ||
      normalized.substr(end, 2) == "'s" || !DatedByItsVerb(normalized, start, end)) {
    return nearest_year;
  }
  // A future cue in a clause told in the past is a plan since gone by ("had
  // been scheduled to expire", "lower than expected due to snowstorms").
  const ClauseTense tense = TenseBefore(normalized, start, /*across_wrapped_lines=*/true);
  if (away < 0 && !tense.past && FutureCueBefore(normalized, start, end, FutureCues::kPlain)) {
    return nearest_year + 1;
  }
  return nearest_year;
}

// The year of a month (and day) written without one, from `nearest_year`
// (NearestYear): the clause's tense may move it to the other side of the
// document date. A date opening its clause takes the tense of the words
// after it ("In January, American Medical brought in a new chief").
// Whether `before` holds "m.", "am ", "pm ", "noon" or "midnight", the
// words of a clock time: one pass over its 'm's (four of the five hold
// one) and one search for "noon", where five searches took 70 M
// instructions on the Reuters texts.
bool MayHoldAClockTime(std::string_view before) {
  for (std::size_t m = before.find('m'); m != std::string_view::npos;
       m = before.find('m', m + 1)) {
    const char after = m + 1 < before.size() ? before[m + 1] : '\0';
    if (after == '.') return true;                                          // "m."
    if (after == ' ' && m > 0 && (before[m - 1] == 'a' || before[m - 1] == 'p')) {
      return true;                                                          // "am ", "pm "
    }
    if (before.substr(m, 8) == "midnight") return true;
  }
  return before.find("noon") != std::string_view::npos;
}

int YearByClauseTense(std::string_view normalized, std::size_t start, std::size_t end,
                      const DatePoint& anchor, int month, int day, int nearest_year) {
  const std::int64_t away =
      DaysFromCivil(nearest_year, month, day > 0 ? day : 15) - DaysOf(anchor);
  constexpr int kMaxDaysAway = 60;
  if (away > kMaxDaysAway || away < -kMaxDaysAway) {
    return YearOfADistantMonth(normalized, start, end, away, nearest_year);
  }
  return YearOfANearMonth(normalized, start, end, anchor, month, away, nearest_year);
}

}  // namespace

std::optional<Candidate> DateExtractor::Impl::Interpret(
    const TextView& text, const DatePoint& anchor, int rule_index,
    const std::vector<re2::StringPiece>& submatches) const {
  const RuleGroups& g = groups[rule_index];
  const std::string_view normalized = text.normalized.text;
  auto group = [&](int index) -> const re2::StringPiece* {
    if (index < 0 || !Matched(submatches[index])) return nullptr;
    return &submatches[index];
  };
  auto offset_of = [&](const re2::StringPiece& piece) {
    return static_cast<std::size_t>(piece.data() - normalized.data());
  };

  Candidate candidate;
  candidate.rule = rule_index;
  const re2::StringPiece& whole = group(g.not_date) ? *group(g.not_date)
                                  : group(g.span)   ? *group(g.span)
                                                    : submatches[0];
  candidate.start = offset_of(whole);
  candidate.end = candidate.start + whole.size();
  if (candidate.start >= candidate.end) return std::nullopt;
  if (!StandsAlone(normalized, candidate.start, candidate.end)) return std::nullopt;
  if (GluedToAWordAfter(text.raw, text.normalized.raw_end[candidate.end - 1])) return std::nullopt;
  if (group(g.opens_sentence) &&
      !OpensASentenceAt(text.raw, text.normalized.raw_start[candidate.start])) {
    return std::nullopt;
  }
  if (group(g.not_date)) {
    candidate.blocks = true;
    return candidate;
  }
  if (group(g.not_after_name) &&
      FollowsAName(text.raw, text.normalized.raw_start[candidate.start]) &&
      !FollowsAFigureLabel(normalized, candidate.start)) {
    return std::nullopt;
  }
  // "USA Today", "VOA Today": a day word written with a capital after a
  // capitalized word that opens no sentence ends the name of a paper or a
  // programme ("Clinton today said", "Today, hundreds ..." are dates).
  const bool day_word = group(g.today) || group(g.yesterday) || group(g.tomorrow);
  const std::size_t mention_raw_start = text.normalized.raw_start[candidate.start];
  if (day_word && StartsWithACapitalWord(text.raw.substr(mention_raw_start)) &&
      FollowsAName(text.raw, mention_raw_start)) {
    return std::nullopt;
  }
  if (group(g.not_before_name) &&
      PrecedesAName(text.raw, text.normalized.raw_end[candidate.end - 1])) {
    return std::nullopt;
  }
  if (group(g.after_preposition) && !FollowsAPreposition(normalized, candidate.start)) {
    return std::nullopt;
  }
  if (group(g.event_name)) {
    const std::size_t name_start = offset_of(*group(g.event_name));
    const std::size_t name_end = name_start + group(g.event_name)->size();
    const std::size_t match_end = offset_of(submatches[0]) + submatches[0].size();
    // The match must lie in the prefilter's window around the year.
    if (name_start >= name_end || match_end > candidate.end + DateWindowFinder::kReachAfter) {
      return std::nullopt;
    }
    const std::size_t raw_start = text.normalized.raw_start[name_start];
    const std::size_t raw_end = text.normalized.raw_end[name_end - 1];
    if (!IsCapitalizedName(text.raw.substr(raw_start, raw_end - raw_start))) return std::nullopt;
  }
  // A date right after a clock time is part of a time of day, which
  // GUIDELINES.md does not count as a date (TimeML makes "10 p.m.
  // Wednesday", "noon Thursday", "5 p.m. EST, Nov. 6" one TIME). After
  // "on" only a weekday is ("at midnight on Sunday"): a day of a month
  // there is a date of its own that the time falls on ("reopen one lane by
  // noon on 10 October").
  if (!g.IsReference()) {
    constexpr std::size_t kClockLookBack = 40;
    const std::size_t from = candidate.start > kClockLookBack ? candidate.start - kClockLookBack : 0;
    const std::string_view before = normalized.substr(from, candidate.start - from);
    const bool after_on = before.ends_with(" on ") || before.ends_with("\non ");
    if (MayHoldAClockTime(before) &&
        RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), *clock_time_before) &&
        !(after_on && (group(g.month) || g.anchor_month >= 0))) {
      return std::nullopt;
    }
  }
  if (g.IsReference()) {
    for (std::size_t i = 0; i < kReferenceValues.size(); ++i) {
      if (group(g.references[i])) candidate.value = std::string(kReferenceValues[i]);
    }
    return candidate;
  }
  if (g.IsRelative()) {
    // "the 1990s" names its century: only "the '90s" and "the nineties"
    // need the document date.
    const bool decade_with_century = group(g.decade) && group(g.decade)->size() >= 3 &&
                                     IsAsciiDigit((*group(g.decade))[0]);
    if (anchor.year == 0 && !decade_with_century) return std::nullopt;
    const bool has_unit = std::any_of(g.units.begin(), g.units.end(),
                                      [&](int index) { return group(index) != nullptr; });
    if (has_unit && InTitleCase(text.raw.substr(
                        text.normalized.raw_start[candidate.start],
                        text.normalized.raw_end[candidate.end - 1] -
                            text.normalized.raw_start[candidate.start]))) {
      return std::nullopt;  // "This Week", a programme's name
    }
    // A possessive day names when a thing happened, whatever the clause's
    // verb: "would look for ways to get around Wednesday's ruling".
    const bool possessive = normalized.substr(candidate.end, 2) == "'s";
    const bool future_cue = (group(g.weekday) || group(g.holiday)) && !possessive &&
                            FutureCueBefore(normalized, candidate.start, candidate.end);
    const bool part_of_year = group(g.units[kQuarter]) || group(g.units[kHalf]);
    const bool past_clause =
        part_of_year && (TenseBefore(normalized, candidate.start, /*across_wrapped_lines=*/true).past ||
                         TenseAfter(normalized, candidate.end).past);
    std::optional<std::string> value = ResolveRelative(g, anchor, future_cue, past_clause, group);
    if (!value) return std::nullopt;
    candidate.value = std::move(*value);
    // "since the mid-2010s", "since H1 2024": an open range from that time.
    if (group(g.since) != nullptr) candidate.value += "/";
    candidate.looks_back_a_year = group(g.year_ago) != nullptr;
    candidate.year_before_named_quarter = group(g.year_ago) && !group(g.units[kQuarter]) &&
                                          !group(g.month);
    candidate.month_a_year_back = group(g.year_ago) && group(g.units[kMonth]);
    candidate.weekday_before_antecedent = group(g.preceding) && group(g.weekday);
    if (!candidate.weekday_before_antecedent &&
        (group(g.following) || group(g.that_one) || group(g.preceding))) {
      candidate.anaphoric_shift = group(g.following) ? 1 : group(g.preceding) ? -1 : 0;
      for (Unit unit : {kDay, kMonth, kQuarter, kYear}) {
        if (group(g.units[unit])) candidate.anaphoric_unit = unit;
      }
    }
    return candidate;
  }

  // A group's number (0: not matched, -1: not a number) or month (0: none).
  // A day may be a spelled-out number ("April six"), a year a spelled-out
  // year.
  auto number = [&](int index) {
    if (!group(index)) return 0;
    const std::string_view written = View(*group(index));
    if (auto digits = ParseNumber(written)) return *digits;
    if (index == g.day || index == g.end_day) {
      auto word = cardinal_numbers.find(written);
      return word == cardinal_numbers.end() ? -1 : word->second;
    }
    auto spelled = year_numbers.find(written);  // "nineteen ninety-six"
    return spelled == year_numbers.end() ? -1 : spelled->second;
  };
  auto month = [&](int index) { return group(index) ? MonthOf(View(*group(index))) : 0; };

  DatePoint& first = candidate.first;
  DatePoint& last = candidate.last;
  first = {number(g.year), month(g.month), number(g.day)};
  last = {number(g.end_year), month(g.end_month), number(g.end_day)};
  if (first.year < 0 || first.day < 0 || last.year < 0 || last.day < 0) return std::nullopt;
  if ((group(g.month) && first.month == 0) || (group(g.end_month) && last.month == 0)) {
    return std::nullopt;
  }
  // "the marketing year to Sept-Aug", "the Oct-Sept season": two months
  // without a year that run across a year's end name a yearly cycle.
  if (group(g.forward) && last.month < first.month) return std::nullopt;
  if (g.either_first >= 0) {
    const int a = number(g.either_first);
    const int b = number(g.either_second);
    using Order = Candidate::NumericOrder;
    if (a > 12 && b > 12) return std::nullopt;
    candidate.numeric_order = a > 12 ? Order::kDayFirst : b > 12 ? Order::kMonthFirst
                                                                 : Order::kUndecided;
    candidate.ambiguous = candidate.numeric_order == Order::kUndecided && a != b;
    // Undecided dates are read day first here; Settle() may swap them.
    const bool month_first = candidate.numeric_order == Order::kMonthFirst;
    first.month = month_first ? a : b;
    first.day = month_first ? b : a;
  }
  if (group(g.end_year) && group(g.end_year)->size() == 2 && first.year > 0) {
    last.year += first.year / 100 * 100;
  }
  for (std::size_t i = 0; i < kSeasonCodes.size(); ++i) {
    if (group(g.seasons[i])) candidate.season = std::string(kSeasonCodes[i]);
  }
  // "since 2020" is an open range (GUIDELINES.md); a month without a year
  // after "since" is only the month, as TimeML marks it ("since November"),
  // but it looks back (below).
  candidate.open_range =
      group(g.since) != nullptr && offset_of(*group(g.since)) >= candidate.start;
  candidate.named_quarter_of_year = group(g.named_quarter) != nullptr;
  candidate.week_of_day = group(g.week_of) != nullptr;
  if (candidate.week_of_day && group(g.ordinal) && first.day == 0) {
    // "the first week of April", "the last week of February"
    const std::string_view ordinal = View(*group(g.ordinal));
    const auto found = ordinal_numbers.find(ordinal);
    if (ordinal == "last" || ordinal == "final") {
      candidate.week_of_month = 5;
    } else if (found != ordinal_numbers.end() && found->second >= 1 && found->second <= 4) {
      candidate.week_of_month = found->second;
    } else {
      return std::nullopt;
    }
  }

  // "on the 21st": that day of the anchor's month; "Friday the 7th": of
  // the month nearest the anchor's (it, the one before or the one after)
  // in which that day is that weekday, none when no such month is near.
  if (g.anchor_month >= 0) {
    if (anchor.year == 0 || anchor.month == 0) return std::nullopt;
    const std::string_view span = View(*group(g.span >= 0 ? g.span : 0));
    const auto weekday = weekday_numbers.find(span.substr(0, span.find(' ')));
    if (weekday == weekday_numbers.end()) {
      first.year = anchor.year;
      first.month = anchor.month;
      if (first.day > DaysInMonth(first.year, first.month)) return std::nullopt;
    } else {
      bool found = false;
      for (int shift : {0, -1, 1}) {
        int year = anchor.year;
        int month = anchor.month + shift;
        if (month == 0) month = 12, --year;
        if (month == 13) month = 1, ++year;
        if (first.day > DaysInMonth(year, month)) continue;
        if (WeekdayOf(DaysFromCivil(year, month, first.day)) != weekday->second) continue;
        first.year = year;
        first.month = month;
        found = true;
        break;
      }
      if (!found) return std::nullopt;
    }
  }

  // A range's ends lend each other what they leave out.
  const bool is_range = last.year > 0 || last.month > 0 || last.day > 0;
  if (is_range) {
    if (first.year == 0) first.year = last.year;
    if (last.year == 0) last.year = first.year;
    if (first.month == 0 && first.day > 0) first.month = last.month;
    if (last.month == 0 && last.day > 0) last.month = first.month;
  }

  // A date without a year takes one from the anchor, if the month name is
  // capitalized as written (so "may" the verb is never a date): "this
  // spring" the anchor's year, a month the nearest year (see NearestYear).
  if (first.year == 0) {
    if (anchor.year == 0) return std::nullopt;
    const int month_group = group(g.month) ? g.month : g.end_month;
    // Russian writes month names in lower case ("20 апреля"), so the test is
    // for Latin ones only.
    if (month_group >= 0 && group(month_group) && !ParseNumber(View(*group(month_group)))) {
      const std::size_t raw_offset = text.normalized.raw_start[offset_of(*group(month_group))];
      const UChar32 initial = CodePointAt(text.raw, raw_offset);
      UErrorCode status = U_ZERO_ERROR;
      const bool cyrillic = uscript_getScript(initial, &status) == USCRIPT_CYRILLIC;
      if (!cyrillic && !u_isupper(initial)) return std::nullopt;
    }
    // "last November", "next spring": the nearest such month or season
    // before or after the anchor's; "this spring" the anchor's year.
    int start_month = first.month;
    for (std::size_t i = 0; i < kSeasonCodes.size(); ++i) {
      if (group(g.seasons[i])) start_month = kSeasonStartMonths[i];
    }
    if (group(g.prior_year)) {
      first.year = anchor.year - 1;  // "15-16 November last year"
    } else if (group(g.following_year)) {
      first.year = anchor.year + 1;  // "21 May next year"
    } else if (group(g.last) && start_month > 0) {
      first.year = start_month < anchor.month ? anchor.year : anchor.year - 1;
      // The month just before the document's is "last month": "down from
      // 40,012 last February" in March compares with the February a year
      // before ("this past February" is still the one just ended, and "the
      // last March week" the last week of that month).
      const bool month_just_past = first.month > 0 && start_month % 12 + 1 == anchor.month;
      const bool after_the =
          candidate.start >= 4 && normalized.substr(candidate.start - 4, 4) == "the ";
      if (month_just_past && !after_the && View(*group(g.last)) == "last") --first.year;
    } else if (group(g.next) && start_month > 0) {
      first.year = start_month > anchor.month ? anchor.year : anchor.year + 1;
    } else if (first.month > 0 && !group(g.this_one)) {
      const int nearest_year = NearestYear(anchor, first.month, first.day);
      first.year = YearByClauseTense(normalized, candidate.start, candidate.end, anchor,
                                     first.month, first.day, nearest_year);
      // "since November" looks back: never a month after the document's.
      if (AfterSince(normalized, candidate.start) &&
          DaysFromCivil(first.year, first.month, first.day > 0 ? first.day : 1) > DaysOf(anchor)) {
        --first.year;
      }
      candidate.chosen_side =
          DaysFromCivil(first.year, first.month, first.day > 0 ? first.day : 15) > DaysOf(anchor)
              ? 1
              : -1;
      candidate.moved_from_nearest = first.year != nearest_year;
    } else {
      first.year = anchor.year;
      // "the summer" of a text written before summer began is last year's,
      // unless the clause looks ahead ("will be finished in the spring");
      // "this spring" is always the document's year.
      // A clause that tells of both, or of neither, takes the season
      // nearer the document date: "should start working before the
      // summer" in March, "keep markets open through the winter" in
      // November, "said his Office had trained ... and would deploy teams
      // in the spring" in December are the coming ones.
      constexpr int kSeasonMonths = 3;
      if (!candidate.season.empty() && !group(g.this_one) && start_month > anchor.month) {
        ClauseTense tense = TenseBefore(normalized, candidate.start);
        if (!tense.past && !tense.future) tense = TenseAfter(normalized, candidate.end);
        const int ahead = start_month - anchor.month;
        const int behind = anchor.month + 12 - (start_month + kSeasonMonths);
        const bool nearer_ahead = ahead < behind;
        const bool keep = tense.future && !tense.past ? true
                          : tense.past && !tense.future ? false
                                                        : nearer_ahead;
        if (!keep) --first.year;
      }
      // ... and one written after that season ended is next year's when
      // the clause looks ahead ("would deploy teams in the spring" in
      // December), as a month is.
      if (!candidate.season.empty() && !group(g.this_one) &&
          start_month + kSeasonMonths <= anchor.month) {
        ClauseTense tense = TenseBefore(normalized, candidate.start);
        if (!tense.past && !tense.future) tense = TenseAfter(normalized, candidate.end);
        const int ahead = start_month + 12 - anchor.month;
        const int behind = anchor.month - (start_month + kSeasonMonths);
        const bool next = tense.future && !tense.past ? true
                          : tense.past && !tense.future ? false
                                                        : ahead < behind;
        if (next) ++first.year;
      }
    }
    if (is_range) last.year = first.year;
    // A range without a year that ends in an earlier month than it starts
    // crosses a new year: "from mid-November to the end of February".
    if (is_range && last.month > 0 && last.month < first.month) ++last.year;
  }

  for (const DatePoint* point : {&first, &last}) {
    if (point->year == 0) continue;
    if (point->day > 0 && point->month == 0) return std::nullopt;
    if (point->month > 12) return std::nullopt;
    if (point->day > 0 && point->day > DaysInMonth(point->year, point->month)) return std::nullopt;
  }
  if (is_range && !(FormatPoint(first) < FormatPoint(last))) return std::nullopt;
  return candidate;
}

namespace {

// True when a sentence ends just before normalized offset `i`, a wrapped
// line (see WrapsALine) not counting.
bool SentenceEndsBeforeUnwrapped(std::string_view normalized, std::size_t i) {
  // Only a line break or a stop ends a sentence (SentenceEndsBefore): the
  // backward scans ask at every byte, so the other bytes leave here.
  const char c = normalized[i - 1];
  if (c != '\n' && c != '.' && c != '!' && c != '?') return false;
  if (c == '\n' && WrapsALine(normalized, i - 1)) return false;
  return SentenceEndsBefore(normalized, i);
}

// True when `candidate` is a dateline's date ("NEW YORK, March 3 - GM
// said its February ..."): the day the news is dated, not one it reports on.
bool OpensADateline(std::string_view normalized, const Candidate& candidate) {
  return normalized.substr(candidate.end, 2) == " -";
}

// Whether a sentence ends between a point `from` and later offsets,
// remembering how far it has read: asked for the candidates of a text in
// order, it reads each byte once. (Scanning afresh from `from` for each
// candidate was quadratic on a long run of dates with no sentence end.)
class SentenceFrom {
 public:
  explicit SentenceFrom(std::string_view normalized) : normalized_(normalized) {}

  void Start(std::size_t from) {
    read_to_ = from;
    end_ = std::string_view::npos;
  }

  // True when no sentence ends in normalized [from, to).
  bool InOneSentenceTo(std::size_t to) {
    to = std::min(to, normalized_.size());
    while (end_ == std::string_view::npos && read_to_ < to) {
      ++read_to_;
      if (SentenceEndsBeforeUnwrapped(normalized_, read_to_)) end_ = read_to_;
    }
    return end_ == std::string_view::npos || end_ > to;
  }

 private:
  std::string_view normalized_;
  std::size_t read_to_ = 0;                     // offsets (from, read_to_] are read
  std::size_t end_ = std::string_view::npos;  // the first sentence end found
};

// True when a word that introduces the term compared with ("from",
// "against", "compared", "versus", "vs", "than") stands between the start of
// the sentence and normalized offset `start`: "rose to 650,700 from 631,900
// in February" names February as the term compared with, not the one
// reported on.
bool AfterAComparison(std::string_view normalized, std::size_t start) {
  constexpr std::size_t kMaxLookBack = 240;
  const std::size_t limit = start > kMaxLookBack ? start - kMaxLookBack : 0;
  std::size_t word_end = start;
  for (std::size_t i = start; i > limit; --i) {
    if (i < start && SentenceEndsBeforeUnwrapped(normalized, i)) break;
    const bool letter = IsAsciiAlpha(normalized[i - 1]);
    if (letter && (i == start || !IsAsciiAlpha(normalized[i]))) {
      word_end = i;
    }
    if (letter && (i == 1 || !IsAsciiAlpha(normalized[i - 2]))) {
      const std::string_view word = normalized.substr(i - 1, word_end - (i - 1));
      if (word == "from" || word == "against" || word == "compared" || word == "versus" ||
          word == "vs" || word == "than") {
        return true;
      }
    }
  }
  return false;
}

// True when `stretch` names a span of several quarters' months, "nine
// months" or "the first six months" (not "three months", a quarter):
// results reported for it are the year's, not the quarter's.
bool NamesMonthsOfSeveralQuarters(std::string_view stretch) {
  static constexpr std::array<std::string_view, 8> kCounts = {
      "six", "nine", "twelve", "6", "9", "12", "eight", "ten"};
  constexpr std::string_view kMonths = " months";
  for (std::size_t at = stretch.find(kMonths); at != std::string_view::npos;
       at = stretch.find(kMonths, at + 1)) {
    std::size_t word_start = at;
    while (word_start > 0 && IsAsciiAlnum(stretch[word_start - 1])) {
      --word_start;
    }
    const std::string_view count = stretch.substr(word_start, at - word_start);
    if (std::find(kCounts.begin(), kCounts.end(), count) != kCounts.end()) return true;
  }
  return false;
}

}  // namespace

// "Net income rose from $5 million a year earlier": a year before the
// quarter the text last named, the time such a comparison is made against
// (TimeML anchors it there, not on the document date); "the 1988 period"
// after "the third quarter" is that quarter of 1988. The first month or day
// written earlier in the same sentence, after any quarter, is nearer still:
// "For the quarter ended Sept. 30, Delta posted net income of $133.1
// million, up from $100 million a year earlier" is 1988-09-30, "revenues in
// February rose ... from a year ago" that February a year back; not a month
// named as the term compared with ("from 631,900 in February").
// `candidates` are in text order.
void DateExtractor::Impl::ReferToNamedQuarters(std::vector<Candidate>* candidates,
                                               std::string_view normalized) {
  std::string_view named_quarter;  // "1989-Q3"
  std::size_t named_quarter_end = 0;  // where the text named it
  std::string compared_quarter;    // named by a year-ago quarter
  const Candidate* written_point = nullptr;  // the last month or day written
  SentenceFrom since_written_point(normalized);
  // True when the text names "the nine months" between the quarter and
  // `start` (at most a few sentences back): the comparison is then with
  // the year before, not its quarter ("For the nine months, the company
  // reported net of $608,413, compared with year-earlier net of $967,809").
  const auto months_named_since_quarter = [&](std::size_t start) {
    constexpr std::size_t kMaxLookBack = 320;
    const std::size_t from =
        std::max(named_quarter_end, start > kMaxLookBack ? start - kMaxLookBack : 0);
    return from < start && NamesMonthsOfSeveralQuarters(normalized.substr(from, start - from));
  };
  for (Candidate& candidate : *candidates) {
    if (candidate.named_quarter_of_year) {
      if (!named_quarter.empty() && !months_named_since_quarter(candidate.start)) {
        candidate.value = std::to_string(candidate.first.year) + std::string(named_quarter.substr(4));
      }
      continue;
    }
    if (candidate.looks_back_a_year) {
      if (!candidate.year_before_named_quarter) {
        // "the year-earlier period" (1988-Q3) compares with 1989-Q3, which
        // it names.
        const std::string_view value = candidate.value;
        const std::optional<int> year = ParseNumber(value.substr(0, 4));
        if (year && value.size() == 7 && value.substr(4, 2) == "-Q") {
          compared_quarter = std::to_string(*year + 1) + std::string(value.substr(4));
          named_quarter = compared_quarter;
          named_quarter_end = candidate.end;
        }
        continue;
      }
      if (written_point != nullptr && since_written_point.InOneSentenceTo(candidate.start)) {
        DatePoint year_before = written_point->first;
        --year_before.year;
        if (candidate.month_a_year_back) year_before.day = 0;  // "the same month last year"
        if (year_before.day > DaysInMonth(year_before.year, year_before.month)) {
          year_before.day = DaysInMonth(year_before.year, year_before.month);  // Feb 29
        }
        candidate.value = FormatPoint(year_before);
        continue;
      }
      if (candidate.month_a_year_back || named_quarter.empty() ||
          months_named_since_quarter(candidate.start)) {
        continue;
      }
      const std::optional<int> year = ParseNumber(named_quarter.substr(0, 4));
      if (year) candidate.value = std::to_string(*year - 1) + std::string(named_quarter.substr(4));
      continue;
    }
    const std::string_view value = candidate.value;
    if (value.size() == 7 && value.substr(4, 2) == "-Q") {
      named_quarter = value;
      named_quarter_end = candidate.end;
      written_point = nullptr;
    }
    // A month or day as written, not a range, season or relative date; the
    // first of its sentence, the time the sentence reports on ("rose to 75
    // mln dlrs in February from 73 mln in January and 60 mln a year ago").
    if (value.empty() && candidate.season.empty() && candidate.last.year == 0 &&
        !candidate.open_range && !candidate.week_of_day && candidate.first.year > 0 &&
        candidate.first.month > 0 &&
        (written_point == nullptr || !since_written_point.InOneSentenceTo(candidate.start)) &&
        !AfterAComparison(normalized, candidate.start) && !OpensADateline(normalized, candidate)) {
      written_point = &candidate;
      since_written_point.Start(candidate.end);
    }
  }
}

// The value of a rule with relative groups, from the anchor (the document
// date); nullopt when the written numbers make no sense.
std::optional<std::string> DateExtractor::Impl::ResolveRelative(
    const RuleGroups& g, const DatePoint& anchor, bool future_cue, bool past_clause,
    const std::function<const re2::StringPiece*(int)>& group) const {
  auto text_of = [&](int index) {
    const re2::StringPiece* piece = group(index);
    return piece ? View(*piece) : std::string_view();
  };
  const std::int64_t anchor_days = DaysOf(anchor);
  int shift = group(g.last) ? -1 : group(g.next) ? 1 : 0;
  if (group(g.ago)) {
    const std::optional<int> count = CountOf(text_of(g.count));
    if (!count || *count > 100) return std::nullopt;
    shift = -*count;
  }
  // A part of the day ("Wednesday night", "tonight") is inside the span but
  // not the value: a time of day is no date (GUIDELINES.md), so the value is
  // the day's.
  auto day_value = [&](std::int64_t days) { return FormatPoint(CivilFromDays(days)); };
  // A document dated by its month names no day to count days from.
  const bool counts_days = group(g.today) || group(g.yesterday) || group(g.tomorrow) ||
                           group(g.weekday) || group(g.holiday) || group(g.units[kDay]) ||
                           group(g.units[kWeek]) || group(g.units[kWeekend]);
  if (!anchor.day_known && counts_days) return std::nullopt;

  if (group(g.today) || group(g.yesterday) || group(g.tomorrow)) {
    return day_value(anchor_days + (group(g.yesterday) ? -1 : group(g.tomorrow) ? 1 : 0));
  }
  if (group(g.weekday)) {
    auto found = weekday_numbers.find(text_of(g.weekday));
    if (found == weekday_numbers.end()) return std::nullopt;
    const int anchor_weekday = WeekdayOf(anchor_days);
    const int days_back = (anchor_weekday - found->second + 7) % 7;
    const int days_ahead = (found->second - anchor_weekday + 7) % 7;
    // News tells of the past: the most recent such day, the document's own
    // day included, unless "last", "next" or a future cue says otherwise.
    if (group(g.last)) return day_value(anchor_days - (days_back == 0 ? 7 : days_back));
    if (group(g.next)) return day_value(anchor_days + (days_ahead == 0 ? 7 : days_ahead));
    // "this Friday": the one of the document's own week (ISO, Monday first),
    // ahead or behind ("will be discussed this Friday", "in this Monday's
    // edition").
    if (group(g.this_one)) return day_value(anchor_days - anchor_weekday + found->second);
    if (group(g.future_cue) || future_cue) return day_value(anchor_days + days_ahead);
    return day_value(anchor_days - days_back);
  }
  if (group(g.holiday)) {
    const HolidayDirection direction = group(g.last)   ? HolidayDirection::kLast
                                       : group(g.next) ? HolidayDirection::kNext
                                       : future_cue    ? HolidayDirection::kComing
                                                       : HolidayDirection::kLatest;
    const std::optional<std::int64_t> day = HolidayNear(text_of(g.holiday), anchor, direction);
    if (!day) return std::nullopt;
    return day_value(*day);
  }
  if (group(g.decade)) {
    std::optional<int> digits = ParseNumber(text_of(g.decade));
    if (!digits) {
      // "the nineties"
      auto word = decade_words.find(text_of(g.decade));
      if (word == decade_words.end()) return std::nullopt;
      digits = word->second;
    } else if (text_of(g.decade).size() >= 3) {
      return std::to_string(*digits);
    }
    // "the '90s", "the nineties": the latest such decade not after the
    // anchor's.
    int decade = anchor.year / 100 * 10 + *digits;
    if (decade > anchor.year / 10) decade -= 10;
    return std::to_string(decade);
  }
  const std::optional<int> written_year =
      group(g.year) ? ParseNumber(text_of(g.year)) : std::nullopt;
  if (group(g.units[kCentury])) {
    const std::optional<int> ordinal = OrdinalOf(text_of(g.ordinal));
    if (!ordinal || *ordinal < 1 || *ordinal > 30) return std::nullopt;
    return TwoDigits(*ordinal - 1);
  }
  if (group(g.units[kQuarter]) || group(g.units[kHalf])) {
    const bool quarter = group(g.units[kQuarter]) != nullptr;
    const int per_year = quarter ? 4 : 2;
    const int months_each = 12 / per_year;
    int year = written_year.value_or(anchor.year);
    int number = 0;
    if (group(g.ordinal)) {
      // "the last half of 1989" is its second.
      const std::string_view ordinal_text = text_of(g.ordinal);
      const std::optional<int> ordinal = (ordinal_text == "last" || ordinal_text == "latter")
                                             ? std::optional<int>(per_year)
                                             : OrdinalOf(ordinal_text);
      if (!ordinal || *ordinal < 1 || *ordinal > per_year) return std::nullopt;
      number = *ordinal;
      if (group(g.last) || group(g.next)) {
        year += shift;  // "next year's first quarter"
      } else if (!written_year && !group(g.this_one)) {
        // A part of the year not yet begun is last year's when the clause
        // reports the past ("rises of 0.5 pct in the second quarter" in
        // March 1987: 1986) or when last year's is nearer ("the fourth
        // quarter" in a February release); otherwise the coming one ("a
        // meeting of religious scholars in the second quarter" in a release
        // of 4 March 2025: 2025-Q2).
        const int first_month = (number - 1) * months_each + 1;
        const int last_month = first_month + months_each - 1;
        const int months_to_start = first_month - anchor.month;
        const int months_since_end = anchor.month + 12 - last_month;
        if (months_to_start > 0 && (past_clause || months_since_end < months_to_start)) --year;
      }
    } else {
      // Without a direction, "the quarter" is the one last reported, the
      // one before the anchor's.
      const int offset = (group(g.last) || group(g.next) || group(g.this_one)) ? shift : -1;
      const int index = anchor.year * per_year + (anchor.month - 1) / months_each + offset;
      year = index / per_year;
      number = index % per_year + 1;
    }
    if (group(g.year_ago)) --year;
    return std::to_string(year) + (quarter ? "-Q" : "-H") + std::to_string(number);
  }
  if (group(g.month)) {
    // "June last year"
    const int month = MonthOf(text_of(g.month));
    if (month < 1 || month > 12) return std::nullopt;
    return ShiftedMonth(anchor.year - (group(g.year_ago) ? 1 : 0), month, 0);
  }
  if (group(g.units[kYear]) || (group(g.year_ago) && !group(g.units[kMonth]))) {
    return std::to_string(anchor.year + (group(g.year_ago) ? -1 : shift));
  }
  if (group(g.units[kMonth])) {
    // "the same month last year": the document's month a year back, unless
    // its sentence names a month (ReferToNamedQuarters)
    return ShiftedMonth(anchor.year - (group(g.year_ago) ? 1 : 0), anchor.month, shift);
  }
  if (group(g.units[kWeek])) return IsoWeek(anchor_days + 7 * shift);
  if (group(g.units[kWeekend])) {
    // The weekend of the most recent Saturday, or the next one; "this
    // weekend" written from Tuesday to Friday is the coming one ("will
    // attend a meeting in Managua this weekend"), while on a Monday it is
    // still the one just gone ("staged protest rallies this weekend").
    const int anchor_weekday = WeekdayOf(anchor_days);
    std::int64_t saturday = anchor_days - (anchor_weekday - 5 + 7) % 7;
    if (group(g.next) || (group(g.this_one) && anchor_weekday >= 1 && anchor_weekday <= 4)) {
      saturday += 7;
    }
    return IsoWeek(saturday) + "-WE";
  }
  if (group(g.units[kDay])) return day_value(anchor_days + shift);
  if (group(g.units[kDecade])) return std::to_string(anchor.year / 10 + shift);
  return std::nullopt;
}

// Reads undecided "a/b/yyyy" dates month first when the document's decided
// ones are all month first, then keeps the longest of overlapping candidates
// (then the leftmost, then the earlier rule), ordered by position.
void DateExtractor::Impl::Settle(std::vector<Candidate>* candidates,
                                 std::string_view normalized) const {
  using Order = Candidate::NumericOrder;
  bool month_first_seen = false;
  bool day_first_seen = false;
  for (const Candidate& candidate : *candidates) {
    month_first_seen = month_first_seen || candidate.numeric_order == Order::kMonthFirst;
    day_first_seen = day_first_seen || candidate.numeric_order == Order::kDayFirst;
  }
  if (month_first_seen && !day_first_seen) {
    for (Candidate& candidate : *candidates) {
      if (candidate.numeric_order == Order::kUndecided) {
        std::swap(candidate.first.month, candidate.first.day);
      }
    }
  }

  // Candidates are large; the overlaps are settled on their indexes, and
  // only the kept ones are moved, in text order.
  std::vector<std::size_t> order(candidates->size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  const std::vector<Candidate>& all = *candidates;
  std::sort(order.begin(), order.end(), [&all](std::size_t a, std::size_t b) {
    const Candidate& x = all[a];
    const Candidate& y = all[b];
    const std::size_t x_length = x.end - x.start;
    const std::size_t y_length = y.end - y.start;
    if (x_length != y_length) return x_length > y_length;
    if (x.start != y.start) return x.start < y.start;
    return x.rule < y.rule;
  });
  std::map<std::size_t, std::size_t> kept_spans;  // start -> end, disjoint
  std::vector<std::size_t> kept_indexes;
  for (std::size_t index : order) {
    const Candidate& candidate = all[index];
    auto next = kept_spans.lower_bound(candidate.start);
    if (next != kept_spans.end() && next->first < candidate.end) continue;
    if (next != kept_spans.begin() && std::prev(next)->second > candidate.start) continue;
    kept_spans.emplace(candidate.start, candidate.end);
    if (!candidate.blocks) kept_indexes.push_back(index);
  }
  // Kept spans are disjoint, so their starts order them.
  std::sort(kept_indexes.begin(), kept_indexes.end(),
            [&all](std::size_t a, std::size_t b) { return all[a].start < all[b].start; });
  std::vector<Candidate> kept;
  kept.reserve(kept_indexes.size());
  for (std::size_t index : kept_indexes) kept.push_back(std::move((*candidates)[index]));
  *candidates = std::move(kept);
  ReferToNamedQuarters(candidates, normalized);
  ResolveAnaphora(candidates);
  AlignPairedMonths(candidates, normalized);
}

namespace {

// True when a four-digit year follows normalized offset `end` in
// parentheses, after a comma or after "of": "September and October (1986)",
// a year the rules left outside the month's mention.
bool YearWrittenAfter(std::string_view normalized, std::size_t end) {
  std::string_view rest = normalized.substr(end, 10);
  for (std::string_view opener : {" (", ", ", " of "}) {
    if (rest.substr(0, opener.size()) != opener) continue;
    return IsFourDigitYear(rest.substr(opener.size(), 4));
  }
  return false;
}

}  // namespace

// Two months written without a year and joined by "and" or "or" name one
// stretch of time, so their readings may not lie on both sides of the
// document date with the second before the first: "most of them between
// April and October" in a release of 17 March 2026 is April and October
// 2026, not October 2025 (the nearest October); "delivery between May 21
// and June 25" in April 1987 is 1987's. The second then takes the first's
// year, or the next one when it comes earlier in the calendar; but when
// only the first was moved from its nearest reading by its clause,
// the first follows the second ("lower than expected due to snowstorms in
// January and February" in March). A pair on one side stays as read: "79.6
// pct in January and December" in March. `candidates` are in text order.
void DateExtractor::Impl::AlignPairedMonths(std::vector<Candidate>* candidates,
                                            std::string_view normalized) {
  const auto is_chosen_month = [](const Candidate& candidate) {
    return candidate.chosen_side != 0 && candidate.last.year == 0 && candidate.value.empty() &&
           candidate.season.empty() && !candidate.week_of_day;
  };
  for (std::size_t i = 1; i < candidates->size(); ++i) {
    Candidate& earlier = (*candidates)[i - 1];
    Candidate& later = (*candidates)[i];
    if (!is_chosen_month(earlier) || !is_chosen_month(later)) continue;
    if (earlier.chosen_side == later.chosen_side) continue;
    const std::string_view between = normalized.substr(earlier.end, later.start - earlier.end);
    if (between != " and " && between != " or ") continue;
    if (YearWrittenAfter(normalized, later.end)) continue;  // "in September and October (1986)"
    const int wraps = later.first.month < earlier.first.month ? 1 : 0;
    if (earlier.moved_from_nearest && !later.moved_from_nearest) {
      earlier.first.year = later.first.year - wraps;
    } else {
      later.first.year = earlier.first.year + wraps;
    }
  }
}

namespace {

// The day of a TIMEX3 value that starts with a full date ("1989-10-27",
// "1989-10-27/1989-10-29"), in days since 1970-01-01; nullopt otherwise.
std::optional<std::int64_t> DayOfValue(std::string_view value) {
  if (value.size() < 10 || value[4] != '-' || value[7] != '-') return std::nullopt;
  if (value.size() > 10 && value[10] != '/') return std::nullopt;
  const std::optional<int> year = ParseNumber(value.substr(0, 4));
  const std::optional<int> month = ParseNumber(value.substr(5, 2));
  const std::optional<int> day = ParseNumber(value.substr(8, 2));
  if (!year || !month || !day || *month < 1 || *month > 12 || *day < 1 ||
      *day > DaysInMonth(*year, *month)) {
    return std::nullopt;
  }
  return DaysFromCivil(*year, *month, *day);
}

// "down 4.5% from the previous Friday" after Friday 1989-10-27: the weekday
// of `weekday_value` (a day) strictly before the day `antecedent` starts
// with; nullopt when either is no day.
std::optional<std::string> WeekdayBefore(std::string_view antecedent,
                                         std::string_view weekday_value) {
  const std::optional<std::int64_t> antecedent_day = DayOfValue(antecedent);
  const std::optional<std::int64_t> weekday_day = DayOfValue(weekday_value);
  if (!antecedent_day || !weekday_day) return std::nullopt;
  const int days_back = (WeekdayOf(*antecedent_day) - WeekdayOf(*weekday_day) + 7) % 7;
  return FormatPoint(CivilFromDays(*antecedent_day - (days_back == 0 ? 7 : days_back)));
}

}  // namespace

// "On May 22, 1995, Farkas was made a brigadier general, and the following
// year he was appointed": TimeML anchors "the following year", "that day",
// "later that year" to the date last written before them. `candidates` are
// in text order.
void DateExtractor::Impl::ResolveAnaphora(std::vector<Candidate>* candidates) {
  std::string antecedent;
  std::string last_day;  // the last antecedent that is a day, for "the previous Friday"
  std::vector<Candidate> kept;
  kept.reserve(candidates->size());
  for (Candidate& candidate : *candidates) {
    if (candidate.anaphoric_shift) {
      std::optional<std::string> value;
      if (!antecedent.empty()) {
        value = ShiftedUnit(antecedent, candidate.anaphoric_unit, *candidate.anaphoric_shift);
      }
      if (!value) continue;
      candidate.value = *value;
    }
    if (candidate.weekday_before_antecedent) {
      if (std::optional<std::string> day = WeekdayBefore(last_day, candidate.value)) {
        candidate.value = std::move(*day);
      }
    }
    // A repeated "the previous Friday" names the same Friday again, so it
    // is no antecedent ("up 1.4 pct from the previous Friday ... off 30 cts
    // from the previous friday"); a week between ("the previous week")
    // leaves the day last written in place.
    const std::string value = ValueOf(candidate);
    const bool is_calendar = !value.empty() && value[0] >= '0' && value[0] <= '9';
    if (is_calendar && !candidate.weekday_before_antecedent) {
      antecedent = value;
      if (DayOfValue(value)) last_day = value;
    }
    kept.push_back(std::move(candidate));
  }
  *candidates = std::move(kept);
}

namespace {

// Words of which every date rule's match holds one, unless it holds a
// four-digit number (a year, so every numeric date): the relative-time words
// of the rule file below and, from ICU, the month and weekday names and the
// longest word of each spelled-out year ("nineteen", "thousand") and the
// decade words ("nineties"). A rule
// added to corpora/rules/dates.rules without any of them must add its word
// here; tests/dates_test.cc checks every rule's matches on real text.
constexpr std::array<std::string_view, 49> kRelativeTriggerWords = {
    "today",   "yesterday", "tomorrow", "tonight",  "morning",   "afternoon",
    "evening", "night",     "day",      "days",     "week",      "weeks",
    "weekend", "month",     "months",   "quarter",  "year",      "years",
    "decade",  "decades",   "century",  "half",     "period",    "now",
    "current", "currently", "present", "recently", "recent", "future", "spring",
    "summer",  "autumn",    "fall",     "winter",   "centuries", "halves", "past",
    "thanksgiving", "christmas", "halloween", "valentine", "quarters",
    // "the near term", "a later date"
    "term", "later",
    // the letter of a quarter code written alone ("planned for Q4")
    "q",
    // Russian "today", "yesterday", "tomorrow" (the "ru_relative_day" rule)
    "сегодня", "вчера", "завтра"};

using WordNumbers = std::map<std::string, int, std::less<>>;

// The longest run of letters of `name`, the rarest in text: "nineteen" of
// "nineteen ninety-six", "thousand" of "two thousand one".
std::string_view LongestWord(std::string_view name) {
  std::string_view longest;
  std::size_t start = 0;
  while (start < name.size()) {
    std::size_t end = start;
    while (end < name.size() && (IsAsciiAlpha(name[end]) ||
                                 static_cast<unsigned char>(name[end]) >= 0x80)) {
      ++end;
    }
    if (end - start > longest.size()) longest = name.substr(start, end - start);
    start = end + 1;
  }
  return longest;
}

// A rule that may start inside a word (its pattern does not open with "\b",
// as "(?P<m>{MONTH})\s+..." finds the "mar" of "market") keeps its threads
// alive at many more places of a text than one that starts at a word
// boundary; in one RE2::Set with those, it multiplies the states the DFA
// builds. Such rules form sets of their own: their kind's bit shifted by
// this much is their group, and a window consults both. Which rules share a
// set never changes what the sets find, only what they cost.
constexpr int kMidWordGroupShift = 8;
static_assert(((kEveryDateTrigger << kMidWordGroupShift) & (kCyrillicGroup | kEveryDateTrigger)) ==
              0);

// Rules of one group per RE2::Set. With the word lists as tries and the
// mid-word rules apart, the DFA states of a set stay few enough that one set
// for a kind's 52 rules costs less than two passes over each window: on all
// Reuters files, 64 against 32 took the date sets from 997 M to 926 M
// instructions (the first 2,000 files, where the DFAs are still building
// their states, pay 19 M more).
constexpr std::size_t kDateRulesPerSet = 64;

// Whether every match of `pattern` starts at a word boundary: it opens with
// "\b", after any empty named groups ("(?P<after_preposition>)").
bool StartsAtAWordBoundary(std::string_view pattern) {
  while (pattern.starts_with("(?P<")) {
    const std::size_t close = pattern.find('>');
    if (close == std::string_view::npos || close + 1 >= pattern.size() ||
        pattern[close + 1] != ')') {
      return false;
    }
    pattern.remove_prefix(close + 2);
  }
  return pattern.starts_with("\\b");
}

// `pattern` with each word trie (WordTrie) of `list_forms` (trie, list)
// replaced by its list form, as the rule file's author wrote it.
std::string ListFormOf(std::string pattern,
                       const std::vector<std::pair<std::string, std::string>>& list_forms) {
  for (const auto& [trie, list] : list_forms) {
    for (std::size_t at = pattern.find(trie); at != std::string::npos;
         at = pattern.find(trie, at + list.size())) {
      pattern.replace(at, trie.size(), list);
    }
  }
  return pattern;
}

// The RuleSet group of a rule (read in `list_form_pattern`, its pattern as
// ListFormOf gives it): kCyrillicGroup for the "ru_" rules, else
// the kind of trigger its group in the rule file names ("@month"), shifted
// by kMidWordGroupShift for a rule that may start inside a word; 0, the
// sets every window consults, for a rule without a group. Throws RuleError
// for an unknown kind, or one the rule's pattern does not name.
std::uint32_t TriggerGroupOf(const Rule& rule, std::string_view list_form_pattern,
                             const DateWindowFinder& finder, const std::string& file_name) {
  if (rule.name.starts_with(kCyrillicRulePrefix)) return kCyrillicGroup;
  if (rule.group.empty()) return 0;
  const std::string where =
      file_name + ":" + std::to_string(rule.line) + ": rule '" + rule.name + "' ";
  const std::uint32_t kind = DateTriggerNamed(rule.group);
  if (kind == 0) {
    throw RuleError(where + "has unknown group '" + rule.group + "' (known: " +
                    DateTriggerNames() + ")");
  }
  if ((finder.TriggersOfPattern(list_form_pattern) & kind) == 0) {
    throw RuleError(where + "is in group '" + rule.group + "' but names no such trigger");
  }
  return StartsAtAWordBoundary(rule.pattern) ? kind : kind << kMidWordGroupShift;
}

std::vector<TriggerWord> TriggerWords(const WordNumbers& months, const WordNumbers& weekdays,
                                      const WordNumbers& years, const WordNumbers& decades) {
  std::vector<TriggerWord> words;
  for (std::string_view word : kRelativeTriggerWords) {
    words.push_back({std::string(word), kRelativeTrigger});
  }
  const std::array<std::pair<const WordNumbers*, DateTrigger>, 4> names = {
      {{&months, kMonthTrigger},
       {&weekdays, kWeekdayTrigger},
       {&years, kYearWordTrigger},
       {&decades, kYearWordTrigger}}};
  for (const auto& [numbers, kind] : names) {
    for (const auto& entry : *numbers) {
      words.push_back({std::string(LongestWord(entry.first)), kind});
    }
  }
  return words;
}

}  // namespace

DateExtractor::DateExtractor(const std::filesystem::path& rules_file,
                             DateExtractorOptions options)
    : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
  const std::map<std::string, int> month_names = IcuMonthNames(MonthLocales());
  impl_->month_numbers.insert(month_names.begin(), month_names.end());
  const std::map<std::string, int> russian_prepositional = RussianPrepositionalMonths();
  impl_->month_numbers.insert(russian_prepositional.begin(), russian_prepositional.end());
  impl_->weekday_numbers = IcuWeekdayNames();
  impl_->cardinal_numbers = IcuNumberWords(u"%spellout-numbering", 1, 99);
  impl_->decade_words = DecadeWords(impl_->cardinal_numbers);
  impl_->ordinal_numbers = IcuNumberWords(u"%spellout-ordinal", 1, 99);
  // Spelled-out years of transcripts; 1901..1999 and 2001..2029 only, as
  // "two thousand" or "nineteen hundred" are more often counts.
  impl_->year_numbers = IcuNumberWords(u"%spellout-numbering-year", 1901, 1999);
  const auto years_2000s = IcuNumberWords(u"%spellout-numbering-year", 2001, 2029);
  impl_->year_numbers.insert(years_2000s.begin(), years_2000s.end());
  // "nineteen hundred", "two thousand": years only where a rule says so
  // ("the year two thousand"), through {ROUND_YEAR_WORD}.
  auto round_years = IcuNumberWords(u"%spellout-numbering-year", 1900, 1900);
  round_years.merge(IcuNumberWords(u"%spellout-numbering-year", 2000, 2000));
  using Words = std::map<std::string, int>;
  const auto words_of = [](const WordNumbers& numbers) { return Words(numbers.begin(), numbers.end()); };
  const std::map<std::string, Words> word_macros = {
      {"MONTH", month_names},
      {"EN_MONTH", IcuMonthNames(EnglishMonthLocales())},
      {"EN_MONTH_ABBR", IcuMonthAbbreviations(EnglishMonthLocales())},
      {"RU_MONTH", IcuMonthNames(RussianMonthLocales())},
      {"RU_MONTH_PREP", russian_prepositional},
      {"WEEKDAY", words_of(impl_->weekday_numbers)},
      {"NUMBER_WORD", words_of(impl_->cardinal_numbers)},
      {"DAY_WORD", words_of(IcuNumberWords(u"%spellout-numbering", 1, 31))},
      {"ORDINAL_WORD", words_of(impl_->ordinal_numbers)},
      {"YEAR_WORD", words_of(impl_->year_numbers)},
      {"ROUND_YEAR_WORD", words_of(round_years)},
      {"DECADE_WORD", words_of(impl_->decade_words)}};
  // RE2 gets each list as a trie; the group check reads patterns with the
  // list form put back (ListFormOf).
  std::map<std::string, std::string> macros;
  std::vector<std::pair<std::string, std::string>> list_forms;  // trie -> list
  for (const auto& [name, words] : word_macros) {
    macros[name] = WordTrie(words).Pattern();
    list_forms.emplace_back("(?:" + macros[name] + ")", "(?:" + MonthAlternation(words) + ")");
  }
  std::sort(list_forms.begin(), list_forms.end(), [](const auto& x, const auto& y) {
    return x.first.size() > y.first.size();
  });
  impl_->year_numbers.merge(round_years);
  impl_->window_finder = std::make_unique<DateWindowFinder>(
      TriggerWords(impl_->month_numbers, impl_->weekday_numbers, impl_->year_numbers,
                   impl_->decade_words));
  // A window consults the sets of the kinds of trigger it holds; the rules
  // for Cyrillic text form a group of their own (kCyrillicGroup).
  const DateWindowFinder& finder = *impl_->window_finder;
  const std::string file_name = rules_file.string();
  impl_->rules = RuleSet::Load(
      rules_file, macros,
      [&](const Rule& rule) {
        return TriggerGroupOf(rule, ListFormOf(rule.pattern, list_forms), finder, file_name);
      },
      kDateRulesPerSet);
  for (const Rule& rule : impl_->rules.rules()) {
    impl_->groups.push_back(FindGroups(rule, file_name));
  }
  // Checked on the few bytes before each candidate rather than as a rule, so
  // that the RE2::Set over whole texts stays small.
  impl_->clock_time_before = std::make_unique<RE2>(
      R"((?:\A|[^0-9a-z:.])(?:\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)|noon|midnight))"
      R"((?:\s+[a-z]{2,4})?(?:\s*\([a-z]{2,4}\))?,?\s+(?:on\s+)?\z)");
}

DateExtractor::~DateExtractor() = default;

void DateExtractor::Extract(const TextView& text, const ExtractionContext& context,
                            std::vector<Mention>* out) const {
  Extract(text, context, nullptr, out);
}

void DateExtractor::Extract(const TextView& text, const ExtractionContext& context,
                            RuleMatchMemo* memo, std::vector<Mention>* out) const {
  const std::string_view normalized = text.normalized.text;
  const re2::StringPiece subject(normalized.data(), normalized.size());
  const DatePoint anchor = ParseAnchor(context.document_date);
  std::vector<Candidate> candidates;
  std::vector<re2::StringPiece> submatches;
  std::vector<TextWindow> windows;
  std::vector<int> matching_rules;
  if (impl_->options.prefilter) {
    impl_->window_finder->Find(normalized, &windows);
  } else {
    windows.push_back({0, normalized.size(), kEveryDateTrigger});
  }
  // Window by window, block by block: each rule the RE2::Sets of the
  // window's kinds of trigger find in the block (and the margin after it,
  // within the window) looks for matches that start in the block.
  for (const TextWindow& window : windows) {
    for (std::size_t block_start = window.start; block_start < window.end;) {
      std::size_t block_end = Utf8CharStart(normalized, block_start + kBlockSize);
      if (block_end <= block_start) block_end = block_start + kBlockSize;
      block_end = std::min(block_end, window.end);
      const std::size_t search_end =
          std::min(window.end, Utf8CharStart(normalized, block_end + kMaxDateLength));
      const std::string_view search_area =
          normalized.substr(block_start, search_end - block_start);
      const std::uint32_t groups = window.triggers | window.triggers << kMidWordGroupShift |
                                   (HasCyrillic(search_area) ? kCyrillicGroup : 0);
      if (memo != nullptr) {
        memo->MatchingRulesInGroups(impl_->rules, normalized, block_start, search_end, groups,
                                    &matching_rules);
      } else {
        impl_->rules.MatchingRulesInGroups(search_area, groups, &matching_rules);
      }
      for (int rule_index : matching_rules) {
        const RE2& regex = *impl_->rules.rules()[rule_index].regex;
        submatches.assign(impl_->groups[rule_index].submatch_count, re2::StringPiece());
        const int count = static_cast<int>(submatches.size());
        const auto match_from = [&](std::size_t position) {
          return memo != nullptr ? memo->Match(impl_->rules, rule_index, normalized, position,
                                               search_end, submatches.data(), count)
                                 : regex.Match(subject, position, search_end, RE2::UNANCHORED,
                                               submatches.data(), count);
        };
        std::size_t position = block_start;
        while (position < block_end && match_from(position)) {
          const std::size_t match_start = submatches[0].data() - normalized.data();
          if (match_start >= block_end) break;  // the next block's
          std::optional<Candidate> candidate =
              impl_->Interpret(text, anchor, rule_index, submatches);
          if (candidate) {
            // On from the end of the mention, not of the match: a rule may
            // read one character of context after it.
            position = std::max(candidate->end, NextCodePoint(normalized, match_start));
            candidates.push_back(std::move(*candidate));
          } else {
            // Look again from the next character: a later start may stand
            // alone.
            position = NextCodePoint(normalized, match_start);
          }
        }
      }
      block_start = block_end;
    }
  }
  impl_->Settle(&candidates, normalized);

  const std::vector<Rule>& rules = impl_->rules.rules();
  for (const Candidate& candidate : candidates) {
    const ByteSpan raw = text.normalized.ToRaw(candidate.start, candidate.end);
    Mention mention;
    mention.type = MentionType::kDate;
    mention.start = raw.start;
    mention.end = raw.end;
    mention.text = std::string(text.raw.substr(raw.start, raw.end - raw.start));
    mention.value = ValueOf(candidate);
    mention.attributes["rule"] = rules[candidate.rule].name;
    if (candidate.ambiguous) mention.attributes["ambiguous"] = "day-month";
    out->push_back(std::move(mention));
  }
}

}  // namespace gleaner
