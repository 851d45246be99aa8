// Terminal presentation helpers: counts with thousands separators (ICU's
// number formatting for English).
#ifndef GLEANER_TOOLS_CLI_TERMINAL_H_
#define GLEANER_TOOLS_CLI_TERMINAL_H_

#include <cstdint>
#include <string>

namespace gleaner::cli {

// 21578 -> "21,578".
std::string FormatCount(std::int64_t count);

}  // namespace gleaner::cli

#endif  // GLEANER_TOOLS_CLI_TERMINAL_H_
