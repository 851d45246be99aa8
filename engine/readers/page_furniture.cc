// Dropping running headers and footers; see page_furniture.h.
#include "engine/readers/page_furniture.h"

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

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
    const bool digit = c >= '0' && c <= '9';
    const bool after_digit = i > 0 && line[i - 1] >= '0' && line[i - 1] <= '9';
    if (digit && after_digit) continue;
    key.push_back(digit ? '0' : c);
  }
  return key;
}

// The indexes into `lines` of the first (top) or last (bottom) kEdgeLines.
std::vector<std::size_t> EdgeLines(std::size_t line_count, bool top) {
  std::vector<std::size_t> edge;
  const std::size_t count = std::min(kEdgeLines, line_count);
  for (std::size_t i = 0; i < count; ++i) edge.push_back(top ? i : line_count - 1 - i);
  return edge;
}

}  // namespace

void DropRunningHeadersAndFooters(std::vector<std::string>& pages) {
  if (pages.size() < kMinRecurringPages) return;
  std::vector<std::vector<LineSpan>> lines;
  for (const std::string& page : pages) lines.push_back(NonBlankLines(page));

  // On how many pages each key stands at the top, and at the bottom; a key
  // counts once per page and edge.
  std::unordered_map<std::string, std::size_t> recurrences[2];
  for (std::size_t page_number = 0; page_number < pages.size(); ++page_number) {
    const std::string_view page = pages[page_number];
    const std::vector<LineSpan>& page_lines = lines[page_number];
    for (int edge = 0; edge < 2; ++edge) {
      std::unordered_set<std::string> seen;
      for (std::size_t index : EdgeLines(page_lines.size(), edge == 0)) {
        const LineSpan span = page_lines[index];
        std::string key = RecurrenceKey(page.substr(span.start, span.end - span.start));
        if (seen.insert(key).second) ++recurrences[edge][key];
      }
    }
  }
  const std::size_t needed = std::max(kMinRecurringPages, (pages.size() + 1) / 2);

  for (std::size_t page_number = 0; page_number < pages.size(); ++page_number) {
    const std::vector<LineSpan>& page_lines = lines[page_number];
    std::vector<LineSpan> dropped;
    for (int edge = 0; edge < 2; ++edge) {
      for (std::size_t index : EdgeLines(page_lines.size(), edge == 0)) {
        const LineSpan span = page_lines[index];
        const std::string key = RecurrenceKey(
            std::string_view(pages[page_number]).substr(span.start, span.end - span.start));
        if (recurrences[edge][key] >= needed) dropped.push_back(span);
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
