// Running headers and footers of a paginated document: the report title,
// the issuing body or "Page 3 of 40" repeated at the top or bottom of every
// page. Kept in the text they would be indexed and extracted once per page,
// and they would cut every paragraph that runs on to the next page.
#ifndef GLEANER_ENGINE_READERS_PAGE_FURNITURE_H_
#define GLEANER_ENGINE_READERS_PAGE_FURNITURE_H_

#include <string>
#include <vector>

namespace gleaner::readers {

// Removes, from each page's text, the lines among its first and last
// kEdgeLines non-blank lines that recur at the same edge (top or bottom) of
// at least half the pages and of at least kMinRecurringPages pages. Lines
// are compared with every run of digits read as one digit and white space
// collapsed, so page numbers ("Page 3 of 40", "- 12 -") recur too.
// Documents of fewer than kMinRecurringPages pages are left as they are.
void DropRunningHeadersAndFooters(std::vector<std::string>& pages);

inline constexpr std::size_t kEdgeLines = 2;
inline constexpr std::size_t kMinRecurringPages = 3;

}  // namespace gleaner::readers

#endif  // GLEANER_ENGINE_READERS_PAGE_FURNITURE_H_
