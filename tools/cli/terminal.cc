// Thousands separators through ICU's NumberFormat, and the colour decision.
#include "tools/cli/terminal.h"

#include <unistd.h>

#include <cstdlib>
#include <memory>
#include <stdexcept>

#include <unicode/numfmt.h>
#include <unicode/unistr.h>

namespace gleaner::cli {

std::string FormatCount(std::int64_t count) {
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<icu::NumberFormat> format(
      icu::NumberFormat::createInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status)) return std::to_string(count);
  icu::UnicodeString text;
  format->format(static_cast<int64_t>(count), text);
  std::string out;
  text.toUTF8String(out);
  return out;
}

ColorMode ParseColorMode(std::string_view text) {
  if (text == "auto") return ColorMode::kAuto;
  if (text == "always") return ColorMode::kAlways;
  if (text == "never") return ColorMode::kNever;
  throw std::invalid_argument("--color must be auto, always or never, not '" + std::string(text) +
                              "'");
}

bool UseColor(ColorMode mode) {
  switch (mode) {
    case ColorMode::kAlways:
      return true;
    case ColorMode::kNever:
      return false;
    case ColorMode::kAuto:
      break;
  }
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  return isatty(STDOUT_FILENO) == 1;
}

TextStyle StyleFor(bool color) {
  if (!color) return {};
  return TextStyle{"\x1b[1;36m", "\x1b[1m", "\x1b[1;33m", "\x1b[0m"};
}

}  // namespace gleaner::cli
