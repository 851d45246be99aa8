// The date extractor: calendar dates, months, years and ranges written in
// English or Russian, and English relative dates ("yesterday", "last week",
// "the third quarter", "Tuesday", "now"), normalized to TIMEX3 values against
// the document date. Patterns come from corpora/rules/dates.rules; month and
// weekday names from ICU's DateFormatSymbols, number words from ICU's
// spell-out rules.
#ifndef GLEANER_EXTRACTORS_DATES_H_
#define GLEANER_EXTRACTORS_DATES_H_

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "extractors/extractor.h"
#include "extractors/rules.h"

namespace gleaner {

class RuleMatchMemo;

struct DateExtractorOptions {
  // Run the rules only where the text holds a word or number a date needs
  // (see extractors/date_windows.h). The mentions are the same either way;
  // false is for tests and benchmarks that check and measure this.
  bool prefilter = true;
};

class DateExtractor : public Extractor {
 public:
  // Loads `rules_file` with the ICU-derived macros; throws RuleError.
  explicit DateExtractor(const std::filesystem::path& rules_file,
                         DateExtractorOptions options = {});
  ~DateExtractor() override;

  MentionType type() const override { return MentionType::kDate; }
  // Mentions have value = TIMEX3 ("2021-04-19", "2019-01", "2018/2021") and
  // attributes "rule" (the rule that matched) and, for numeric dates whose
  // day/month order is unclear, "ambiguous" = "day-month" (such dates are
  // read day first unless the text's other numeric dates are month first).
  // Dates without a written year need context.document_date: they take the
  // year that puts them nearest to it (unless that is more than two months
  // away and the clause before the date is in the other tense: "was last
  // seen Nov. 3" in May is last year's), and only when the month name is
  // capitalized in the raw text. Relative dates are resolved the TimeML way
  // ("last week" -> "1998-W01", "now" -> "PRESENT_REF") and, apart from the
  // *_REF values, need context.document_date too. corpora/rules/dates.rules
  // documents the named groups rules use and the choices made.
  void Extract(const TextView& text, const ExtractionContext& context,
               std::vector<Mention>* out) const override;
  // The same, keeping the rules' matches in `memo` and reading back those
  // an earlier call kept: reading one text's dates against several anchors
  // runs the rules once. `memo` serves one text and prefixes of it only.
  void Extract(const TextView& text, const ExtractionContext& context, RuleMatchMemo* memo,
               std::vector<Mention>* out) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Month names from ICU for the given locales ("en", "ru"): wide and
// abbreviated, format and stand-alone forms, case folded, mapped to 1..12.
std::map<std::string, int> IcuMonthNames(const std::vector<std::string>& locales);
// Russian month names in the prepositional case ("июне" of "в июне"), made
// from ICU's nominative names; CLDR has no such form.
std::map<std::string, int> RussianPrepositionalMonths();
// Of those, the abbreviations that are not also a wide name ("sept", "oct";
// not "may"), for patterns where a dot after the name is its own.
std::map<std::string, int> IcuMonthAbbreviations(const std::vector<std::string>& locales);

// Weekday names from ICU for English, wide forms only (the abbreviations
// "sun", "sat", "wed" are words), case folded, mapped to 0 = Monday .. 6.
std::map<std::string, int, std::less<>> IcuWeekdayNames();

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_DATES_H_
