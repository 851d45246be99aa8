// Runs the whole extraction stage over one Document: normalizes its text,
// settles the document date (sidecar/metadata, else dateline, else first full
// date near the top) and runs every extractor, producing the Analysis.
#ifndef GLEANER_EXTRACTORS_ANALYZER_H_
#define GLEANER_EXTRACTORS_ANALYZER_H_

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/document.h"
#include "engine/normalize.h"
#include "extractors/extractor.h"
#include "extractors/quoted_titles.h"
#include "extractors/sports_teams.h"

namespace re2 {
class RE2;
}  // namespace re2

namespace gleaner {

class DateExtractor;
class LocationExtractor;
class OrganizationExtractor;
class RuleMatchMemo;
class RussianText;

// Texts longer than this are analyzed in parts of at most this many bytes.
inline constexpr std::size_t kMaxAnalyzedPartBytes = 1 << 20;

class Analyzer {
 public:
  // Loads every rule file under `data_dir`/rules; throws RuleError naming
  // the file and line of a bad rule.
  explicit Analyzer(const std::filesystem::path& data_dir);
  ~Analyzer();

  // Thread-safe. Fills the returned Analysis; does not modify `doc`.
  // Mentions come back sorted by (start, end) and without duplicates.
  // The document date is doc.date when set (its source kept); else the full
  // date of a dateline starting in the first 200 bytes ("Bishkek, October
  // 15, 2021 - ", "date 2024-09-13"), kDateline; else the first full date in
  // the first max(1500 bytes, a quarter of the text), kFirstDate; else a
  // dateline's day and month without a year ("AKTAU, 17 March - ") in the
  // first year written in that window, kDateline; else none.
  // Throws std::invalid_argument "ID: text is not valid UTF-8 (byte N)" when
  // doc.text is not UTF-8 (readers are expected to have checked).
  // A text longer than kMaxAnalyzedPartBytes is read in parts (see
  // text_parts.h) against the document date of its first part, so the
  // working memory stays bounded; names, acronyms and places are then
  // settled within each part.
  Analysis Analyze(const Document& doc) const;

  // What Analyze finds, handed to `part_sink` one part at a time (once for a
  // short text), so that a caller that writes or indexes each part as it
  // comes never holds a long text's whole analysis: Analyze of a 60 MB text
  // is some 300 MB of mentions. Each part carries the document date and its
  // source, its own mentions (offsets into the whole text, sorted, parts in
  // text order) and the years its own dates name. Throws as Analyze does,
  // before the first part.
  void AnalyzeInParts(const Document& doc,
                      const std::function<void(Analysis&& part)>& part_sink) const;

  const Normalizer& normalizer() const { return normalizer_; }

 private:
  struct DatelineShapes;  // the patterns that recognize a dateline

  // Analyze for one part of a text (the whole text when it is short):
  // `date` is the document date when known ("" to find one at the top).
  Analysis AnalyzePart(std::string_view text, const std::string& date,
                       DateSource date_source) const;

  // Without a date from the reader: a dateline's full date near the top of
  // the text, else the first full date near the top, else a year-less
  // dateline in the first year near the top, else none.
  // The date rules' matches go to `date_matches`, for the reading of the
  // whole text's dates against the date found.
  void FindDocumentDate(const TextView& view, RuleMatchMemo* date_matches,
                        Analysis* analysis) const;
  std::vector<Mention> DatesAtTop(const TextView& view, const std::string& anchor,
                                  RuleMatchMemo* date_matches) const;
  const Mention* DatelineDate(const TextView& view, const std::vector<Mention>& found) const;

  Normalizer normalizer_;
  std::vector<std::shared_ptr<const Extractor>> extractors_;
  // The one of extractors_ whose mentions' spans go to the later ones
  // (ExtractionContext::organization_spans); it also tells team-sport
  // documents.
  const OrganizationExtractor* organizations_ = nullptr;
  // The one of extractors_ that finds dates, also run by FindDocumentDate.
  const DateExtractor* dates_ = nullptr;
  // The one of extractors_ that finds places; its gazetteer tells a
  // people's adjective from a company opening a headline.
  const LocationExtractor* locations_ = nullptr;
  std::unique_ptr<const DatelineShapes> dateline_shapes_;
  // A headline opening with a company's name and one of the organization
  // rules' headverb verbs ("Boskalis upgrades 1996 outlook").
  std::unique_ptr<const re2::RE2> headline_company_;
  // Places standing as teams in sports results become organizations.
  SportsTeams sports_teams_;
  // Places inside a quoted project or event title are part of the title.
  QuotedTitles quoted_titles_;
  // Places, bodies, persons and counts of Russian passages.
  std::unique_ptr<const RussianText> russian_text_;
};

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_ANALYZER_H_
