// TextPartEnds: where a long text is cut for the analyzer.
#include "extractors/text_parts.h"

#include <array>

namespace gleaner {
namespace {

// The end of the part starting at `begin`, whose longest allowed end is
// `limit` (< text.size()).
std::size_t PartEnd(std::string_view text, std::size_t begin, std::size_t limit) {
  // Look for a cut only in the final quarter of the part, so that parts
  // stay long.
  const std::size_t earliest = begin + (limit - begin) * 3 / 4;
  const std::string_view stretch = text.substr(earliest, limit - earliest);
  static constexpr std::array<std::string_view, 4> kCuts = {"\n\n", "\n", ". ", " "};
  for (std::string_view cut : kCuts) {
    const std::size_t found = stretch.rfind(cut);
    if (found != std::string_view::npos) return earliest + found + cut.size();
  }
  std::size_t end = limit;
  while (end > begin + 1 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return end;
}

}  // namespace

std::vector<std::size_t> TextPartEnds(std::string_view text, std::size_t max_part_bytes) {
  std::vector<std::size_t> ends;
  for (std::size_t begin = 0; begin < text.size();) {
    const std::size_t end = text.size() - begin <= max_part_bytes
                                ? text.size()
                                : PartEnd(text, begin, begin + max_part_bytes);
    ends.push_back(end);
    begin = end;
  }
  return ends;
}

}  // namespace gleaner
