// Thousands separators through ICU's NumberFormat, and the colour decision.
#include "tools/cli/terminal.h"

#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>

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

std::string PrintableLine(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(text.size());
  const auto hex_byte = [&](unsigned char byte) {
    out += "\\x";
    out += kHex[byte >> 4];
    out += kHex[byte & 15];
  };
  std::size_t i = 0;
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      if (byte == '\n') {
        out += "\\n";
      } else if (byte == '\r') {
        out += "\\r";
      } else if (byte == '\t') {
        out += "\\t";
      } else if (byte < 0x20 || byte == 0x7F) {
        hex_byte(byte);
      } else {
        out += static_cast<char>(byte);
      }
      ++i;
      continue;
    }
    // The length of a well-formed UTF-8 sequence starting here, 0 if none.
    std::size_t length = 0;
    std::uint32_t code_point = 0;
    if (byte >= 0xC2 && byte <= 0xDF) {
      length = 2;
      code_point = byte & 0x1F;
    } else if (byte >= 0xE0 && byte <= 0xEF) {
      length = 3;
      code_point = byte & 0x0F;
    } else if (byte >= 0xF0 && byte <= 0xF4) {
      length = 4;
      code_point = byte & 0x07;
    }
    if (length == 0 || i + length > text.size()) length = 0;
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) {
        length = 0;
        break;
      }
      code_point = (code_point << 6) | (next & 0x3F);
    }
    const bool overlong = (length == 3 && code_point < 0x800) || (length == 4 && code_point < 0x10000);
    const bool surrogate = code_point >= 0xD800 && code_point <= 0xDFFF;
    if (length == 0 || overlong || surrogate || code_point > 0x10FFFF) {
      hex_byte(byte);
      ++i;
      continue;
    }
    if (code_point < 0xA0) {  // C1 controls
      out += "\\u{";
      out += kHex[code_point >> 4];
      out += kHex[code_point & 15];
      out += '}';
    } else {
      out.append(text.substr(i, length));
    }
    i += length;
  }
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
