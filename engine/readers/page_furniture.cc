// Dropping running headers and footers; see page_furniture.h.
#include "engine/readers/page_furniture.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "engine/ascii.h"

namespace gleaner::readers {
namespace {

struct LineSpan {
  std::size_t start = 0;
  std::size_t end = 0;  // the '\n' after the line, or the page's end
};

std::vector<LineSpan> NonBlankLines(std::string_view page) {
  std::vector<LineSpan> lines;
  std::size_t start = 0;
  while (start < page.size()) {
    std::size_t end = page.find('\n', start);
    if (end == std::string_view::npos) end = page.size();
    const std::string_view line = page.substr(start, end - start);
    if (line.find_first_not_of(" \t") != std::string_view::npos) lines.push_back({start, end});
    start = end + 1;
  }
  return lines;
}

// The line as compared across pages: runs of digits as one '0', runs of
// spaces and tabs as one space, none at either end.
std::string RecurrenceKey(std::string_view line) {
  std::string key;
  bool pending_space = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == ' ' || c == '\t') {
      pending_space = !key.empty();
      continue;
    }
    if (pending_space) key.push_back(' ');
    pending_space = false;
    const bool digit = IsAsciiDigit(c);
    const bool after_digit = i > 0 && IsAsciiDigit(line[i - 1]);
    if (digit && after_digit) continue;
    key.push_back(digit ? '0' : c);
  }
  return key;
}

// A line at the top or bottom edge of a page, with its RecurrenceKey.
struct EdgeLine {
  LineSpan span;
  std::string key;
};

// The first (top) or last (bottom) kEdgeLines non-blank lines of `page`.
std::vector<EdgeLine> EdgeLinesOf(std::string_view page, const std::vector<LineSpan>& lines,
                                  bool top) {
  std::vector<EdgeLine> edge;
  const std::size_t count = std::min(kEdgeLines, lines.size());
  for (std::size_t i = 0; i < count; ++i) {
    const LineSpan span = lines[top ? i : lines.size() - 1 - i];
    edge.push_back({span, RecurrenceKey(page.substr(span.start, span.end - span.start))});
  }
  return edge;
}

}  // namespace

void DropRunningHeadersAndFooters(std::vector<std::string>& pages) {
  if (pages.size() < kMinRecurringPages) return;
  // edges[page][0] are a page's top lines, edges[page][1] its bottom lines.
  std::vector<std::array<std::vector<EdgeLine>, 2>> edges;
  for (const std::string& page : pages) {
    const std::vector<LineSpan> lines = NonBlankLines(page);
    edges.push_back({EdgeLinesOf(page, lines, true), EdgeLinesOf(page, lines, false)});
  }

  // On how many pages each key stands at the top, and at the bottom; a key
  // counts once per page and edge.
  std::unordered_map<std::string, std::size_t> recurrences[2];
  for (const auto& page_edges : edges) {
    for (int edge = 0; edge < 2; ++edge) {
      std::unordered_set<std::string_view> seen;
      for (const EdgeLine& line : page_edges[edge]) {
        if (seen.insert(line.key).second) ++recurrences[edge][line.key];
      }
    }
  }
  const std::size_t needed = std::max(kMinRecurringPages, (pages.size() + 1) / 2);

  for (std::size_t page_number = 0; page_number < pages.size(); ++page_number) {
    std::vector<LineSpan> dropped;
    for (int edge = 0; edge < 2; ++edge) {
      for (const EdgeLine& line : edges[page_number][edge]) {
        if (recurrences[edge].at(line.key) >= needed) dropped.push_back(line.span);
      }
    }
    if (dropped.empty()) continue;
    std::sort(dropped.begin(), dropped.end(),
              [](const LineSpan& a, const LineSpan& b) { return a.start > b.start; });
    std::string& page = pages[page_number];
    std::size_t previous_start = std::string::npos;
    for (const LineSpan& span : dropped) {
      if (span.start == previous_start) continue;  // a short page: top and bottom overlap
      previous_start = span.start;
      page.erase(span.start, std::min(span.end + 1, page.size()) - span.start);
    }
  }
}

}  // namespace gleaner::readers
