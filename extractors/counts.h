// The count extractor: a number of people or things with the noun it counts
// ("Twenty future facilitators", "Approximately 50 representatives"),
// normalized to an integer value and a unit (the head noun). Patterns come
// from corpora/rules/counts.rules, head nouns from corpora/rules/
// count-nouns.txt, number words from ICU's English spellout rules.
#ifndef GLEANER_EXTRACTORS_COUNTS_H_
#define GLEANER_EXTRACTORS_COUNTS_H_

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "extractors/extractor.h"
#include "extractors/rules.h"

namespace gleaner {

struct CountExtractorOptions {
  // Run the rules only in the windows around numbers (see
  // extractors/count_windows.h), and skip the submatch search of a match
  // after which no head noun can follow (most numbers of a news text: "15
  // mln dlrs", "3.5 pct"). Off: every rule searches the whole text and
  // every match is interpreted in full. The mentions are the same either
  // way; tests compare the two.
  bool prefilter = true;
};

class CountExtractor : public Extractor {
 public:
  // Loads the lexicon, then `rules_file` with the ICU-derived macros
  // {NUMWORD} and {SCALE}; throws RuleError naming the file and line of a
  // bad rule or lexicon statement.
  CountExtractor(const std::filesystem::path& rules_file,
                 const std::filesystem::path& lexicon_file,
                 CountExtractorOptions options = {});
  ~CountExtractor() override;

  MentionType type() const override { return MentionType::kCount; }
  // Mentions span the qualifier (if any) or number to the head noun; value
  // is the integer ("20"); attributes: "unit" (the head noun, case folded,
  // as written), "rule", "qualifier" when one precedes the number, and on a
  // total followed by a breakdown ("39 participants (19 women, 10 men)"):
  // "breakdown_sum" and, when the parts do not add up,
  // "breakdown_mismatch" = "true".
  void Extract(const TextView& text, const ExtractionContext& context,
               std::vector<Mention>* out) const override;

 private:
  struct Impl;
  std::unique_ptr<const Impl> impl_;
};

// English cardinal words from ICU's spellout rules, case folded, with their
// values: "one".."nineteen", "twenty".."ninety", and the scale words
// "hundred", "thousand", "million", "billion", "trillion". Throws
// std::runtime_error when ICU has no spellout rules.
std::map<std::string, std::int64_t> IcuNumberWords();

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_COUNTS_H_
