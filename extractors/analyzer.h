// Runs the whole extraction stage over one Document: normalizes its text,
// settles the document date (sidecar/metadata, else dateline, else first full
// date near the top) and runs every extractor, producing the Analysis.
#ifndef GLEANER_EXTRACTORS_ANALYZER_H_
#define GLEANER_EXTRACTORS_ANALYZER_H_

#include <filesystem>
#include <memory>
#include <vector>

#include "engine/document.h"
#include "engine/normalize.h"
#include "extractors/extractor.h"

namespace gleaner {

class Analyzer {
 public:
  // Loads every rule file under `data_dir`/rules; throws RuleError naming
  // the file and line of a bad rule.
  explicit Analyzer(const std::filesystem::path& data_dir);
  ~Analyzer();

  // Thread-safe. Fills the returned Analysis; does not modify `doc`.
  // Mentions come back sorted by (start, end) and without duplicates.
  Analysis Analyze(const Document& doc) const;

  const Normalizer& normalizer() const { return normalizer_; }

 private:
  Normalizer normalizer_;
  std::vector<std::unique_ptr<Extractor>> extractors_;
};

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_ANALYZER_H_
