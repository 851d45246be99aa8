// The interface every entity extractor implements: given a document's text
// and its normalized view, append the mentions found.
#ifndef GLEANER_EXTRACTORS_EXTRACTOR_H_
#define GLEANER_EXTRACTORS_EXTRACTOR_H_

#include <string>
#include <string_view>
#include <vector>

#include "engine/document.h"
#include "engine/normalize.h"

namespace gleaner {

struct NameWord;  // extractors/name_words.h

// What an extractor may know beyond the text itself.
struct ExtractionContext {
  std::string document_date;  // "YYYY-MM-DD" anchor for dates without a year; may be empty
  // The raw spans of every mention (organizations and programmes) that an
  // OrganizationExtractor already found in this text, when the caller ran
  // one (the Analyzer does); nullptr when not known. That extractor must be
  // the one the PersonExtractor was built with, or load the same data: the
  // PersonExtractor then vetoes names inside these spans instead of running
  // its own organization pass. Other extractors ignore it.
  const std::vector<ByteSpan>* organization_spans = nullptr;
  // The raw spans of the locations a LocationExtractor already found in
  // this text, sorted by SpanBefore, when the caller ran one; nullptr
  // when not known. The PersonExtractor takes no name that is exactly a
  // place ("Moscow said").
  const std::vector<ByteSpan>* location_spans = nullptr;
  // The words of this text as ScanNameWords (extractors/name_words.h)
  // finds them, when the caller scanned them once for all the extractors
  // that read them (the Analyzer does); nullptr when not known, and those
  // extractors scan the text themselves.
  const std::vector<NameWord>* name_words = nullptr;
  // Whether the document reports a team sport (its first line names one:
  // OrganizationExtractor::NamesTeamSport), when the caller knows; the
  // LocationExtractor then takes the name after "at" for a venue.
  bool team_sport = false;
};

// A document's text as the extractors see it: the original bytes (offsets
// refer to them) and the normalized view with its offset map.
struct TextView {
  std::string_view raw;
  const NormalizedText& normalized;
};

// Implementations are immutable after construction and safe to share between
// threads: Extract must not modify the extractor.
class Extractor {
 public:
  virtual ~Extractor() = default;
  virtual MentionType type() const = 0;
  // Appends mentions with raw byte offsets; `text` of each equals
  // raw.substr(start, end - start).
  virtual void Extract(const TextView& text, const ExtractionContext& context,
                       std::vector<Mention>* out) const = 0;
};

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_EXTRACTOR_H_
