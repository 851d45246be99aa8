// Fuzz target: the whole extraction stage (Analyzer::Analyze: normalization,
// document date, dates, counts, locations, organizations, persons) on
// arbitrary text. The first byte chooses whether the document comes with a
// date from its metadata (so relative dates are anchored) or not; the rest
// is the text. Text that is not UTF-8 must be refused with
// std::invalid_argument (the documented outcome); valid UTF-8 must analyze
// without any exception, and every mention must lie inside the text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <stdexcept>
#include <string>

#include "engine/document.h"
#include "engine/normalize.h"
#include "extractors/analyzer.h"

namespace {

const gleaner::Analyzer& SharedAnalyzer() {
  static const gleaner::Analyzer analyzer(GLEANER_DATA_DIR);
  return analyzer;
}

void CheckMentions(const gleaner::Document& doc, const gleaner::Analysis& analysis) {
  for (const gleaner::Mention& mention : analysis.mentions) {
    if (mention.start > mention.end || mention.end > doc.text.size()) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  gleaner::Document doc;
  doc.id = "fuzz";
  if ((data[0] & 1) != 0) {
    doc.date = "2021-10-15";
    doc.date_source = gleaner::DateSource::kMetadata;
  }
  doc.text.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
  const bool valid = gleaner::IsValidUtf8(doc.text);
  try {
    CheckMentions(doc, SharedAnalyzer().Analyze(doc));
  } catch (const std::invalid_argument&) {
    if (valid) throw;  // only invalid UTF-8 may be refused
  }
  return 0;
}
