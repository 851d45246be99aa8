// A name written again in Cyrillic script in parentheses right after its
// Latin form ("Jalal-Abad (Жалал-Абад)", "Bakytgul Osmonova (Бактыгуль
// Осмонова)"), or in Latin after its Cyrillic form ("Нурлан Абдыкеримов
// (Nurlan Abdykerimov)"), is a second mention of the same place or person:
// Central Asian releases give names in both scripts.
#ifndef GLEANER_EXTRACTORS_OTHER_SCRIPT_NAMES_H_
#define GLEANER_EXTRACTORS_OTHER_SCRIPT_NAMES_H_

#include <string_view>
#include <vector>

#include "engine/document.h"

namespace gleaner {

// Adds to `mentions` (spans into `text`) a location or person mention for
// each run of one to four capitalized Cyrillic words in parentheses right
// after a location or person mention, and for each such run right before
// one that stands in parentheses; the new mention copies the found one's
// type, value and attributes (a place's country).
void AddOtherScriptNames(std::string_view text, std::vector<Mention>* mentions);

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_OTHER_SCRIPT_NAMES_H_
