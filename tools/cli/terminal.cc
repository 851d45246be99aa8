// Thousands separators through ICU's NumberFormat.
#include "tools/cli/terminal.h"

#include <memory>

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

}  // namespace gleaner::cli
