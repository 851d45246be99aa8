// Cutting a very long text into parts the analyzer reads one after another,
// so that its working memory (about 40 bytes per byte of text: normalized
// text and offset maps, word scans, candidate lists) stays bounded however
// long the document. Parts end where a paragraph ends, else a line, else a
// sentence, else a word, so that no name, date or count is cut in two.
#ifndef GLEANER_EXTRACTORS_TEXT_PARTS_H_
#define GLEANER_EXTRACTORS_TEXT_PARTS_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace gleaner {

// The end offsets of consecutive parts of `text`, the last being
// text.size() (one part, [0, text.size()), when the text is at most
// `max_part_bytes` long; none for an empty text). Each part holds at most
// `max_part_bytes` bytes and ends after the last blank line in the final
// quarter of that stretch, else the last line break, else the last ". ",
// else the last space, else on the last UTF-8 character boundary.
// `max_part_bytes` must be at least 8.
std::vector<std::size_t> TextPartEnds(std::string_view text, std::size_t max_part_bytes);

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_TEXT_PARTS_H_
