// Stretches of normalized text that a prefilter hands to the rules
// (date_windows, count_windows): the window type and the last step every
// prefilter shares, snapping windows onto characters and merging them.
#ifndef GLEANER_EXTRACTORS_TEXT_WINDOWS_H_
#define GLEANER_EXTRACTORS_TEXT_WINDOWS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace gleaner {

// A stretch [start, end) of normalized text, in bytes, on UTF-8 character
// boundaries.
struct TextWindow {
  std::size_t start = 0;
  std::size_t end = 0;
  // What the window was opened for, as bits the prefilter defines (the kinds
  // of trigger word it holds, see date_windows.h); 0 when it tells nothing.
  std::uint32_t triggers = 0;
};

// Moves the edges of `windows` (sorted by start, in bytes of `text`) back
// onto UTF-8 character starts (an end at or past the text's end becomes its
// size) and merges the windows that then touch or overlap, joining their
// trigger bits.
void SnapAndMergeWindows(std::string_view text, std::vector<TextWindow>* windows);

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_TEXT_WINDOWS_H_
