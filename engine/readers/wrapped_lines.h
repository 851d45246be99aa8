// Joining the lines of a paragraph that a page layout wrapped: text taken
// from a PDF breaks every line where the column ended, and a plain-text
// e-mail every 72 or so characters, so a name, a date or a count written
// across two lines would reach the extractors cut in two.
#ifndef GLEANER_ENGINE_READERS_WRAPPED_LINES_H_
#define GLEANER_ENGINE_READERS_WRAPPED_LINES_H_

#include <string>

namespace gleaner::readers {

// Replaces with a space each line break that only wrapped a paragraph, in
// place; the text keeps its length, so offsets into it do not move.
//
// Blocks are runs of non-blank lines. In a block, a line that fills at
// least kFullLineShare of the block's longest line was wrapped by the
// layout and is joined to the next line, unless it ends a sentence ('.',
// '!', '?': the paragraph may end there) or with ':' (a list follows), or
// the next line opens a list item ("- ", "• ", "1. ", "a) "), or either
// line is quoted from an earlier e-mail ("> ").
// A short line (a heading, a dateline, the last line of a paragraph, a
// table cell) keeps its break, and so does every line of a block narrower
// than kMinWrappedWidth characters or of fewer than two lines.
void JoinWrappedLines(std::string& text);

inline constexpr double kFullLineShare = 0.7;
inline constexpr std::size_t kMinWrappedWidth = 30;

}  // namespace gleaner::readers

#endif  // GLEANER_ENGINE_READERS_WRAPPED_LINES_H_
