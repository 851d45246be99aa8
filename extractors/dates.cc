// The date extractor: runs the rules of corpora/rules/dates.rules over the
// normalized text, reads the named groups of each match (y m d, y2 m2 d2,
// a b, since, seasons, span; documented in the rule file) into a TIMEX3
// value, and keeps the longest of overlapping matches. Month names come from
// ICU's DateFormatSymbols, never from a table of our own.
#include "extractors/dates.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string_view>

namespace gleaner {
namespace {

// The locales whose month names {MONTH} holds; en_GB adds "Sept".
std::vector<std::string> MonthLocales() { return {"en", "en_GB", "ru"}; }

// One RE2 alternation of every name, longest first so that "september"
// is tried before "sept" and "sep".
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

// TIMEX3 season codes, indexed like the season groups of the rule file.
constexpr std::array<std::string_view, 4> kSeasonGroups = {"spring", "summer", "autumn", "winter"};
constexpr std::array<std::string_view, 4> kSeasonCodes = {"SP", "SU", "FA", "WI"};

// Where each named group of a rule sits in its submatch array (-1: absent).
struct RuleGroups {
  int year = -1, month = -1, day = -1;
  int end_year = -1, end_month = -1, end_day = -1;
  int either_first = -1, either_second = -1;  // groups a and b
  int since = -1;
  int span = -1;
  std::array<int, 4> seasons = {-1, -1, -1, -1};
  int submatch_count = 1;  // 1 + number of capturing groups
};

RuleGroups FindGroups(const Rule& rule, std::string_view file_name) {
  RuleGroups groups;
  groups.submatch_count = 1 + rule.regex->NumberOfCapturingGroups();
  const std::map<std::string_view, int*> by_name = {
      {"y", &groups.year},           {"m", &groups.month},
      {"d", &groups.day},            {"y2", &groups.end_year},
      {"m2", &groups.end_month},     {"d2", &groups.end_day},
      {"a", &groups.either_first},   {"b", &groups.either_second},
      {"since", &groups.since},      {"span", &groups.span},
      {"spring", &groups.seasons[0]}, {"summer", &groups.seasons[1]},
      {"autumn", &groups.seasons[2]}, {"winter", &groups.seasons[3]},
  };
  const std::string where = std::string(file_name) + ":" + std::to_string(rule.line) +
                            ": rule '" + rule.name + "' ";
  for (const auto& [name, index] : rule.regex->NamedCapturingGroups()) {
    auto known = by_name.find(name);
    if (known == by_name.end()) {
      throw RuleError(where + "uses unknown group '" + name +
                      "' (known: y m d y2 m2 d2 a b since span spring summer autumn winter)");
    }
    *known->second = index;
  }
  const bool has_season = std::any_of(groups.seasons.begin(), groups.seasons.end(),
                                      [](int index) { return index >= 0; });
  if (groups.year < 0 && groups.month < 0 && groups.end_year < 0 && groups.end_month < 0 &&
      !has_season) {
    throw RuleError(where + "has none of the groups y, m, y2, m2 or a season");
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

std::string FormatPoint(const DatePoint& point) {
  std::string out = std::to_string(point.year);
  if (point.month > 0) out += "-" + TwoDigits(point.month);
  if (point.day > 0) out += "-" + TwoDigits(point.day);
  return out;
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
// malformed.
DatePoint ParseAnchor(std::string_view document_date) {
  DatePoint anchor;
  if (document_date.size() < 10 || document_date[4] != '-' || document_date[7] != '-') {
    return anchor;
  }
  const auto year = ParseNumber(document_date.substr(0, 4));
  const auto month = ParseNumber(document_date.substr(5, 2));
  const auto day = ParseNumber(document_date.substr(8, 2));
  if (!year || !month || !day || *month < 1 || *month > 12 || *day < 1 || *day > 31) {
    return anchor;
  }
  return {*year, *month, *day};
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

bool IsLetterOrDigit(UChar32 c) { return c >= 0 && u_isalnum(c); }

bool IsNumberGlue(UChar32 c) { return c == '.' || c == ',' || c == '/' || c == ':' || c == '-'; }

UChar32 CodePointBefore(std::string_view text, std::size_t offset) {
  if (offset == 0) return U_SENTINEL;
  int32_t index = static_cast<int32_t>(offset);
  UChar32 c = 0;
  U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, index, c);
  return c;
}

UChar32 CodePointAt(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return U_SENTINEL;
  int32_t index = static_cast<int32_t>(offset);
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), index,
          static_cast<int32_t>(text.size()), c);
  return c;
}

bool IsAsciiDigit(UChar32 c) { return c >= '0' && c <= '9'; }

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

std::size_t NextCodePoint(std::string_view text, std::size_t offset) {
  ++offset;
  while (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) {
    ++offset;
  }
  return offset;
}

// Long texts are searched in blocks of this many bytes, so that the RE2::Set
// can spare each block the rules it does not need. A block's search runs on
// past its end by the length of the longest date, so that a date starting in
// the block is matched whole.
constexpr std::size_t kBlockSize = 4096;
constexpr std::size_t kMaxDateLength = 256;

// `offset`, moved back to the start of its UTF-8 character; the text's size
// when past it.
std::size_t CharBoundary(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return text.size();
  while (offset > 0 && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) --offset;
  return offset;
}

// A match that survived the checks, before overlaps are settled.
struct Candidate {
  std::size_t start = 0;  // normalized offsets of the mention
  std::size_t end = 0;
  int rule = 0;           // index into the rule set
  DatePoint first;        // the date, or the start of the range
  DatePoint last;         // the end of a range (year 0: no range)
  bool open_range = false;
  std::string season;     // TIMEX3 season code, or empty
  // How the day and month of an "a/b/yyyy" date were ordered.
  enum class NumericOrder { kNotNumeric, kDayFirst, kMonthFirst, kUndecided };
  NumericOrder numeric_order = NumericOrder::kNotNumeric;
  bool ambiguous = false;  // undecided, and the two numbers differ
};

}  // namespace

std::map<std::string, int> IcuMonthNames(const std::vector<std::string>& locales) {
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
      for (auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
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

struct DateExtractor::Impl {
  std::map<std::string, int, std::less<>> month_numbers;
  RuleSet rules;
  std::vector<RuleGroups> groups;  // parallel to rules.rules()

  // Month number of a month group's text (a name or digits), or 0.
  int MonthOf(std::string_view text) const {
    if (auto number = ParseNumber(text)) return *number;
    while (!text.empty() && text.back() == '.') text.remove_suffix(1);
    auto found = month_numbers.find(text);
    return found == month_numbers.end() ? 0 : found->second;
  }

  std::optional<Candidate> Interpret(const TextView& text, const DatePoint& anchor, int rule_index,
                                     const std::vector<re2::StringPiece>& submatches) const;
  void Settle(std::vector<Candidate>* candidates) const;
};

namespace {

bool Matched(const re2::StringPiece& submatch) { return submatch.data() != nullptr; }

std::string_view View(const re2::StringPiece& submatch) {
  return std::string_view(submatch.data(), submatch.size());
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
  const re2::StringPiece& whole = group(g.span) ? *group(g.span) : submatches[0];
  candidate.start = offset_of(whole);
  candidate.end = candidate.start + whole.size();
  if (candidate.start >= candidate.end) return std::nullopt;
  if (!StandsAlone(normalized, candidate.start, candidate.end)) return std::nullopt;

  // A group's number (0: not matched, -1: not a number) or month (0: none).
  auto number = [&](int index) {
    return group(index) ? ParseNumber(View(*group(index))).value_or(-1) : 0;
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
  candidate.open_range = group(g.since) != nullptr;

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
    if (month_group >= 0 && group(month_group) && !ParseNumber(View(*group(month_group)))) {
      const std::size_t raw_offset = text.normalized.raw_start[offset_of(*group(month_group))];
      if (!u_isupper(CodePointAt(text.raw, raw_offset))) return std::nullopt;
    }
    first.year = first.month > 0 ? NearestYear(anchor, first.month, first.day) : anchor.year;
    if (is_range) last.year = first.year;
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

// Reads undecided "a/b/yyyy" dates month first when the document's decided
// ones are all month first, then keeps the longest of overlapping candidates
// (then the leftmost, then the earlier rule), ordered by position.
void DateExtractor::Impl::Settle(std::vector<Candidate>* candidates) const {
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

  std::sort(candidates->begin(), candidates->end(), [](const Candidate& x, const Candidate& y) {
    const std::size_t x_length = x.end - x.start;
    const std::size_t y_length = y.end - y.start;
    if (x_length != y_length) return x_length > y_length;
    if (x.start != y.start) return x.start < y.start;
    return x.rule < y.rule;
  });
  std::map<std::size_t, std::size_t> kept_spans;  // start -> end, disjoint
  std::vector<Candidate> kept;
  for (Candidate& candidate : *candidates) {
    auto next = kept_spans.lower_bound(candidate.start);
    if (next != kept_spans.end() && next->first < candidate.end) continue;
    if (next != kept_spans.begin() && std::prev(next)->second > candidate.start) continue;
    kept_spans.emplace(candidate.start, candidate.end);
    kept.push_back(std::move(candidate));
  }
  std::sort(kept.begin(), kept.end(), [](const Candidate& x, const Candidate& y) {
    return x.start != y.start ? x.start < y.start : x.end < y.end;
  });
  *candidates = std::move(kept);
}

DateExtractor::DateExtractor(const std::filesystem::path& rules_file)
    : impl_(std::make_unique<Impl>()) {
  const std::map<std::string, int> month_names = IcuMonthNames(MonthLocales());
  impl_->month_numbers.insert(month_names.begin(), month_names.end());
  impl_->rules = RuleSet::Load(rules_file, {{"MONTH", MonthAlternation(month_names)}});
  for (const Rule& rule : impl_->rules.rules()) {
    impl_->groups.push_back(FindGroups(rule, rules_file.string()));
  }
}

DateExtractor::~DateExtractor() = default;

void DateExtractor::Extract(const TextView& text, const ExtractionContext& context,
                            std::vector<Mention>* out) const {
  const std::string_view normalized = text.normalized.text;
  const re2::StringPiece subject(normalized.data(), normalized.size());
  const DatePoint anchor = ParseAnchor(context.document_date);
  std::vector<Candidate> candidates;
  std::vector<re2::StringPiece> submatches;
  // Block by block, each rule the RE2::Set finds in the block (and the
  // margin after it) looks for matches that start in the block.
  for (std::size_t block_start = 0; block_start < normalized.size();) {
    std::size_t block_end = CharBoundary(normalized, block_start + kBlockSize);
    if (block_end <= block_start) block_end = std::min(normalized.size(), block_start + kBlockSize);
    const std::size_t search_end = CharBoundary(normalized, block_end + kMaxDateLength);
    const std::string_view search_area = normalized.substr(block_start, search_end - block_start);
    for (int rule_index : impl_->rules.MatchingRules(search_area)) {
      const RE2& regex = *impl_->rules.rules()[rule_index].regex;
      submatches.assign(impl_->groups[rule_index].submatch_count, re2::StringPiece());
      std::size_t position = block_start;
      while (position < block_end &&
             regex.Match(subject, position, search_end, RE2::UNANCHORED, submatches.data(),
                         static_cast<int>(submatches.size()))) {
        const std::size_t match_start = submatches[0].data() - normalized.data();
        const std::size_t match_end = match_start + submatches[0].size();
        if (match_start >= block_end) break;  // the next block's
        std::optional<Candidate> candidate =
            impl_->Interpret(text, anchor, rule_index, submatches);
        if (candidate) {
          candidates.push_back(std::move(*candidate));
          position = std::max(match_end, NextCodePoint(normalized, match_start));
        } else {
          // Look again from the next character: a later start may stand alone.
          position = NextCodePoint(normalized, match_start);
        }
      }
    }
    block_start = block_end;
  }
  impl_->Settle(&candidates);

  const std::vector<Rule>& rules = impl_->rules.rules();
  for (const Candidate& candidate : candidates) {
    const ByteSpan raw = text.normalized.ToRaw(candidate.start, candidate.end);
    Mention mention;
    mention.type = MentionType::kDate;
    mention.start = raw.start;
    mention.end = raw.end;
    mention.text = std::string(text.raw.substr(raw.start, raw.end - raw.start));
    if (!candidate.season.empty()) {
      mention.value = std::to_string(candidate.first.year) + "-" + candidate.season;
    } else {
      mention.value = FormatPoint(candidate.first);
      if (candidate.last.year > 0) {
        mention.value += "/" + FormatPoint(candidate.last);
      } else if (candidate.open_range) {
        mention.value += "/";
      }
    }
    mention.attributes["rule"] = rules[candidate.rule].name;
    if (candidate.ambiguous) mention.attributes["ambiguous"] = "day-month";
    out->push_back(std::move(mention));
  }
}

}  // namespace gleaner
