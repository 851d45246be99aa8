// Snapping prefilter windows onto characters and merging them (see
// text_windows.h).
#include "extractors/text_windows.h"

#include <algorithm>

namespace gleaner {
namespace {

// `offset`, moved back to the start of its UTF-8 character.
std::size_t CharStart(std::string_view text, std::size_t offset) {
  while (offset > 0 && offset < text.size() &&
         (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) {
    --offset;
  }
  return offset;
}

}  // namespace

void SnapAndMergeWindows(std::string_view text, std::vector<TextWindow>* windows) {
  std::size_t kept = 0;
  for (TextWindow window : *windows) {
    window.start = CharStart(text, window.start);
    window.end = window.end >= text.size() ? text.size() : CharStart(text, window.end);
    if (kept > 0 && window.start <= (*windows)[kept - 1].end) {
      (*windows)[kept - 1].end = std::max((*windows)[kept - 1].end, window.end);
      (*windows)[kept - 1].triggers |= window.triggers;
    } else {
      (*windows)[kept++] = window;
    }
  }
  windows->resize(kept);
}

}  // namespace gleaner
