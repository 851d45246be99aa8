// The words of a text as the organization and person finders see them:
// offsets in the raw and normalized text, capitalization, sentence starts,
// and whether their line is written in capitals. The Analyzer scans them
// once per document and hands them to both finders.
#ifndef GLEANER_EXTRACTORS_NAME_WORDS_H_
#define GLEANER_EXTRACTORS_NAME_WORDS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "extractors/extractor.h"

namespace gleaner {

// A word of a text as the name finders see it. Words are runs of letters,
// digits and marks of the normalized text; a hyphen, an apostrophe (not a
// final "'s"), '&' or the dots of "u.s." between letters stay inside.
struct NameWord {
  std::uint32_t start = 0;  // normalized offsets
  std::uint32_t end = 0;
  std::uint32_t raw_start = 0;  // raw offsets
  std::uint32_t raw_end = 0;
  bool capitalized = false;     // written with an upper-case first letter, and
                                // the part after its last hyphen too ("Anti-
                                // Terrorism"; not "OSCE-certified")
  bool all_caps = false;        // two or more letters, all upper case
  bool sentence_start = false;  // first word of a line or after . ! ? :
  bool possessive = false;      // followed by "'s" (left out of the word)
  bool shouting = false;        // in a line written (almost) all in capitals
  bool dotted = false;          // followed directly by '.' ("M.", "Inc.")
  // Index of the first word from this one on that is capitalized or
  // all_caps (the number of words when none): the passes that look only at
  // such words (most of a text is neither) jump through it.
  std::uint32_t next_capitalized = 0;
};

// The words of a text, in order.
std::vector<NameWord> ScanNameWords(const TextView& text);

// words[i].next_capitalized, and words.size() for i == words.size().
inline std::size_t NextCapitalizedWord(const std::vector<NameWord>& words, std::size_t i) {
  return i < words.size() ? words[i].next_capitalized : words.size();
}

// What lies between words i-1 and i of `words` in the normalized text
// (before the first word: the text's start). Inline: the name finders ask
// it of nearly every word, mostly whether it is one space.
inline std::string_view GapBefore(const TextView& text, const std::vector<NameWord>& words,
                                  std::size_t i) {
  const std::size_t from = i == 0 ? 0 : words[i - 1].end;
  return std::string_view(text.normalized.text.data() + from, words[i].start - from);
}

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_NAME_WORDS_H_
