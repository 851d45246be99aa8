// Terminal presentation helpers: counts with thousands separators (ICU's
// number formatting for English), and colour that is used only where a
// person reads it: on a terminal, unless NO_COLOR is set (no-color.org) or
// --color says otherwise.
#ifndef GLEANER_TOOLS_CLI_TERMINAL_H_
#define GLEANER_TOOLS_CLI_TERMINAL_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace gleaner::cli {

// 21578 -> "21,578".
std::string FormatCount(std::int64_t count);

// `text` made safe to print as part of one line: control characters (C0,
// DEL, C1; a newline or an escape sequence inside a file or member name, or
// inside a reason quoting the input) and bytes that are not UTF-8 come out
// as \n, \r, \t, \xNN or \u{NN}; valid UTF-8 text is kept as it is.
std::string PrintableLine(std::string_view text);

enum class ColorMode { kAuto, kAlways, kNever };

// "auto", "always" or "never"; throws std::invalid_argument otherwise.
ColorMode ParseColorMode(std::string_view text);

// kAlways: yes; kNever: no; kAuto: when stdout is a terminal and NO_COLOR is
// unset or empty.
bool UseColor(ColorMode mode);

// ANSI sequences for the parts of a listing; all empty without colour.
struct TextStyle {
  std::string header;     // section headers (facet names)
  std::string title;      // result titles
  std::string highlight;  // matched words in snippets
  std::string reset;
};
TextStyle StyleFor(bool color);

}  // namespace gleaner::cli

#endif  // GLEANER_TOOLS_CLI_TERMINAL_H_
