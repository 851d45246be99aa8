// Turning text bytes in any encoding into UTF-8: a byte order mark or a
// declared charset wins, UTF-8 is kept as it is, anything else is identified
// with ICU's charset detector (ucsdet) and converted with an ICU converter.
// Binary junk and damaged UTF-8 are refused with the reason.
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <string>

#include "engine/ascii.h"
#include "engine/normalize.h"
#include "engine/readers/formats.h"
#include "engine/readers/reader.h"

namespace gleaner {
namespace {

struct DetectorClose {
  void operator()(UCharsetDetector* detector) const { ucsdet_close(detector); }
};
struct ConverterClose {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};

// Below this confidence (0-100) the detector's guess is not trusted.
constexpr int32_t kMinDetectorConfidence = 10;
// The detector reads at most this much; it is enough to tell encodings apart.
constexpr std::size_t kDetectorSampleBytes = 64 * 1024;


bool IsUtf8Name(std::string_view name) {
  const std::string lower = AsciiLowerCopy(name);
  return lower == "utf-8" || lower == "utf8" || lower == "us-ascii" || lower == "ascii";
}

// Converts `bytes` from `charset` to UTF-8, stopping at the first byte
// sequence that is not valid in that charset.
std::string ConvertToUtf8(std::string_view bytes, const std::string& charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterClose> converter(ucnv_open(charset.c_str(), &status));
  if (U_FAILURE(status)) throw ReadError("unknown charset " + readers::QuotedExcerpt(charset));
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                      &status);
  std::u16string utf16(bytes.size() + 2, u'\0');
  const int32_t length =
      ucnv_toUChars(converter.get(), reinterpret_cast<UChar*>(utf16.data()),
                    static_cast<int32_t>(utf16.size()), bytes.data(),
                    static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) throw ReadError("not valid " + readers::QuotedExcerpt(charset) + " text");
  utf16.resize(static_cast<std::size_t>(length));
  // A leading U+FEFF is the byte order mark, not text.
  if (!utf16.empty() && utf16.front() == u'\uFEFF') utf16.erase(0, 1);
  std::string utf8;
  icu::UnicodeString(false, reinterpret_cast<const UChar*>(utf16.data()),
                     static_cast<int32_t>(utf16.size()))
      .toUTF8String(utf8);
  return utf8;
}

// Text in a legacy encoding has few control characters; binary data
// without NULs (images, compressed data) has many once decoded.
void RefuseControlCharacters(std::string_view utf8) {
  std::size_t controls = 0;
  std::size_t first = std::string_view::npos;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const auto byte = static_cast<unsigned char>(utf8[i]);
    const bool c0 = byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f';
    // U+0080..U+009F are C2 80..C2 9F in UTF-8.
    const bool c1 = byte == 0xC2 && i + 1 < utf8.size() &&
                    static_cast<unsigned char>(utf8[i + 1]) < 0xA0;
    if (c0 || c1) {
      ++controls;
      if (first == std::string_view::npos) first = i;
    }
  }
  if (controls * 100 > utf8.size()) {
    throw ReadError("binary content (control character at offset " + std::to_string(first) + ")");
  }
}

// A NUL byte is refused before decoding, but UTF-16/32 text (chosen by its
// byte order mark) and some legacy charsets spell U+0000 without one: binary
// data behind a byte order mark is refused once decoded.
void RefuseNulCharacters(std::string_view utf8, const std::string& charset) {
  const std::size_t nul = utf8.find('\0');
  if (nul != std::string_view::npos) {
    throw ReadError("binary content (NUL character at offset " + std::to_string(nul) +
                    " of the text decoded from " + charset + ")");
  }
}

// The byte order mark's encoding, or "" without one.
std::string ByteOrderMarkCharset(std::string_view bytes) {
  if (bytes.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4)) return "UTF-32LE";
  if (bytes.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)) return "UTF-32BE";
  if (bytes.substr(0, 2) == "\xFF\xFE") return "UTF-16LE";
  if (bytes.substr(0, 2) == "\xFE\xFF") return "UTF-16BE";
  return "";
}

// The detector's best guess for `bytes`, or "" when it has none it trusts.
std::string DetectCharset(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorClose> detector(ucsdet_open(&status));
  if (U_FAILURE(status)) return "";
  const std::string_view sample = bytes.substr(0, kDetectorSampleBytes);
  ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return "";
  const int32_t confidence = ucsdet_getConfidence(match, &status);
  const char* name = ucsdet_getName(match, &status);
  if (U_FAILURE(status) || name == nullptr || confidence < kMinDetectorConfidence) return "";
  return name;
}

bool IsAsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// True when the invalid UTF-8 at `offset` looks like damage to UTF-8 text
// rather than a legacy encoding: the text also holds well-formed multi-byte
// sequences before it, the bad sequence is a UTF-8 sequence cut by the end
// of the file, or no byte above 0x7F sits inside a word (next to a letter or
// another such byte), as the letters of a legacy encoding do ("Caf\xE9",
// "\xCF\xF0\xE8"), unlike a stray byte ("Bishkek \xC3( broken").
bool LooksLikeDamagedUtf8(std::string_view bytes, std::size_t offset) {
  for (std::size_t i = 0; i < offset; ++i) {
    if (static_cast<unsigned char>(bytes[i]) >= 0x80) return true;
  }
  const auto lead = static_cast<unsigned char>(bytes[offset]);
  const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  if (length > 1 && offset + length > bytes.size()) {
    bool continuations = true;
    for (std::size_t i = offset + 1; i < bytes.size(); ++i) {
      continuations = continuations && (static_cast<unsigned char>(bytes[i]) & 0xC0) == 0x80;
    }
    if (continuations) return true;
  }
  auto wordy = [&bytes](std::size_t i) {
    if (i >= bytes.size()) return false;
    const auto c = static_cast<unsigned char>(bytes[i]);
    return c >= 0x80 || IsAsciiLetter(c);
  };
  for (std::size_t i = offset; i < bytes.size(); ++i) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) continue;
    if ((i > 0 && wordy(i - 1)) || wordy(i + 1)) return false;
  }
  return true;
}

}  // namespace

std::string DecodeText(std::string_view bytes, std::string_view declared_charset,
                       std::string* charset) {
  if (bytes.empty()) throw ReadError("empty file");
  std::string used = ByteOrderMarkCharset(bytes);
  if (used.empty()) {
    const std::size_t nul = bytes.find('\0');
    if (nul != std::string_view::npos) {
      throw ReadError("binary content (NUL byte at offset " + std::to_string(nul) + ")");
    }
    std::size_t bad_byte = 0;
    if (IsValidUtf8(bytes, &bad_byte)) {
      if (charset != nullptr) charset->clear();
      return std::string(bytes);
    }
    if (!declared_charset.empty() && !IsUtf8Name(declared_charset)) {
      used = std::string(declared_charset);
    } else if (!LooksLikeDamagedUtf8(bytes, bad_byte)) {
      used = DetectCharset(bytes);
    }
    if (used.empty() || IsUtf8Name(used) || used.starts_with("UTF-16") ||
        used.starts_with("UTF-32")) {
      // UTF-16/32 without a byte order mark is not guessed: such bytes are
      // more often binary.
      throw ReadError("invalid UTF-8 at byte " + std::to_string(bad_byte));
    }
  }
  std::string utf8 = ConvertToUtf8(bytes, used);
  if (utf8.empty()) throw ReadError("empty file");
  RefuseNulCharacters(utf8, used);
  RefuseControlCharacters(utf8);
  if (charset != nullptr) *charset = used;
  return utf8;
}

}  // namespace gleaner
