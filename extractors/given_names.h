// The list of given names (corpora/names/given-names.txt), loaded once and
// shared: the person extractor reads a capitalized word as a first name by
// it, and the organization extractor ends a body's name before one ("...
// Affairs Gulmira Ospanova").
#ifndef GLEANER_EXTRACTORS_GIVEN_NAMES_H_
#define GLEANER_EXTRACTORS_GIVEN_NAMES_H_

#include <filesystem>
#include <memory>

#include "engine/normalize.h"
#include "extractors/word_hash.h"

namespace gleaner {

// The normalized (case-folded) given names of `file`, one name per line,
// '#' comments and blank lines skipped. Throws RuleError "FILE: cannot
// read given-name list" when the file cannot be read, and "FILE:LINE: ..."
// on a line that is not one word of valid UTF-8.
std::shared_ptr<const WordSet> LoadGivenNames(const Normalizer& normalizer,
                                              const std::filesystem::path& file);

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_GIVEN_NAMES_H_
