// Russian passages of a release (Central Asian releases are often written in
// English and Russian): places, bodies, persons and counts written in
// Cyrillic, in whatever case the sentence puts them ("в Бишкеке", "Ошской
// области", "Эрмека Сатыбалдиева", "в 214 школах"). Case endings are taken
// off with Xapian's Russian Snowball stemmer, and a stem is looked up in the
// gazetteer's Cyrillic names or, transliterated by ICU's Russian-Latin/BGN
// transform, in its Latin names and in the given-name list. Runs only on a
// text holding Cyrillic letters. (Russian dates are rules of dates.rules.)
#ifndef GLEANER_EXTRACTORS_RUSSIAN_TEXT_H_
#define GLEANER_EXTRACTORS_RUSSIAN_TEXT_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/document.h"
#include "engine/normalize.h"
#include "extractors/gazetteer.h"
#include "extractors/word_hash.h"

namespace gleaner {

class RussianText {
 public:
  // Keeps references to `gazetteer` and `normalizer`, which must outlive it.
  RussianText(const Gazetteer& gazetteer, const Normalizer& normalizer,
              std::shared_ptr<const WordSet> given_names);
  ~RussianText();

  // Adds the Cyrillic places, bodies, persons and counts of `text` that
  // overlap no mention already in *mentions (a body may hold a place).
  void AddMentions(std::string_view text, std::vector<Mention>* mentions) const;

  // The Russian Snowball stem of a word (any case; returned lower case).
  static std::string Stem(std::string_view word);
  // The lower-case BGN/PCGN romanization of a Cyrillic word ("бишкек" ->
  // "bishkek").
  static std::string Romanize(std::string_view word);

 private:
  struct Impl;
  std::unique_ptr<const Impl> impl_;
};

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_RUSSIAN_TEXT_H_
