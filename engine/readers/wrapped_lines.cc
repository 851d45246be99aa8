// Joining layout-wrapped lines of a paragraph; see wrapped_lines.h.
#include "engine/readers/wrapped_lines.h"

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <vector>

#include "engine/ascii.h"

namespace gleaner::readers {
namespace {

struct Line {
  std::size_t start = 0;  // first byte
  std::size_t end = 0;    // the '\n' after it, or the text's end
  std::size_t width = 0;  // characters, trailing spaces left out
};

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

// Characters (UTF-8 code points) of `line` without its trailing spaces.
std::size_t Width(std::string_view line) {
  const std::size_t last = line.find_last_not_of(" \t");
  if (last == std::string_view::npos) return 0;
  line = line.substr(0, last + 1);
  return static_cast<std::size_t>(std::count_if(line.begin(), line.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// Whether `line` opens a list item: a dash or bullet, or a number or a
// single letter closed by '.' or ')', followed by a space.
bool OpensListItem(std::string_view line) {
  const std::size_t first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos) return false;
  line.remove_prefix(first);
  for (std::string_view bullet : {"- ", "* ", "\xE2\x80\xA2 ", "\xE2\x80\x93 ", "\xC2\xB7 ",
                                  "\xE2\x96\xAA ", "\xEF\x82\xA7 "}) {
    if (line.starts_with(bullet)) return true;
  }
  std::size_t marker = 0;
  while (marker < line.size() && marker < 3 && IsAsciiDigit(line[marker])) ++marker;
  if (marker == 0 && !line.empty() && line[0] >= 'a' && line[0] <= 'z') marker = 1;
  return marker > 0 && marker + 1 < line.size() &&
         (line[marker] == '.' || line[marker] == ')') && line[marker + 1] == ' ';
}

// Whether `line` is quoted from an earlier e-mail ("> ..."): quoted and
// unquoted lines are never joined, and the '>' of the next quoted line
// would land inside the joined text.
bool IsQuoted(std::string_view line) { return line.starts_with('>'); }

// Whether `line` ends with ':' (a list follows) or closes a sentence
// ('.', '!' or '?', maybe inside a closing quote or bracket): a line break
// there may end a paragraph, and keeping it loses nothing.
bool EndsAClause(std::string_view line) {
  std::size_t last = line.find_last_not_of(" \t");
  if (last == std::string_view::npos) return false;
  if (line[last] == ':') return true;
  for (std::string_view closer : {"\"", "'", ")", "\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB"}) {
    if (line.substr(0, last + 1).ends_with(closer)) {
      if (last + 1 == closer.size()) return false;  // the closer alone
      last -= closer.size();
      break;
    }
  }
  return line[last] == '.' || line[last] == '!' || line[last] == '?';
}

// Joins the wrapped lines of one block (no blank line inside).
void JoinBlock(std::string& text, const std::vector<Line>& block) {
  if (block.size() < 2) return;
  std::size_t block_width = 0;
  for (const Line& line : block) block_width = std::max(block_width, line.width);
  if (block_width < kMinWrappedWidth) return;
  const std::string_view view(text);
  for (std::size_t i = 0; i + 1 < block.size(); ++i) {
    const std::string_view line = view.substr(block[i].start, block[i].end - block[i].start);
    const std::string_view next =
        view.substr(block[i + 1].start, block[i + 1].end - block[i + 1].start);
    const bool full = static_cast<double>(block[i].width) >=
                      kFullLineShare * static_cast<double>(block_width);
    const bool breaks_anyway =
        EndsAClause(line) || OpensListItem(next) || IsQuoted(line) || IsQuoted(next);
    if (full && !breaks_anyway) text[block[i].end] = ' ';
  }
}

}  // namespace

void JoinWrappedLines(std::string& text) {
  std::vector<Line> block;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string_view line = std::string_view(text).substr(start, end - start);
    if (IsBlank(line)) {
      JoinBlock(text, block);
      block.clear();
    } else {
      block.push_back({start, end, Width(line)});
    }
    if (end == text.size()) break;
    start = end + 1;
  }
  // The last line has no '\n' after it to replace; JoinBlock only touches
  // breaks between two lines of a block.
  JoinBlock(text, block);
}

}  // namespace gleaner::readers
