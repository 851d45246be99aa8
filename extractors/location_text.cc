// Letter case of tokens, headline lines and soft line breaks for the
// location extractor's passes (see location_text.h).
#include "extractors/location_text.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstring>

#include "extractors/ascii_counts.h"

namespace gleaner {
namespace {

// A line at least this long that ends in a word, followed by a line that
// starts without indent, is taken for hard-wrapped running text.
constexpr std::size_t kMinWrappedLineBytes = 40;

}  // namespace

TokenCase ReadTokenCase(std::string_view raw) {
  TokenCase result;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(raw.data());
  const auto length = static_cast<std::int32_t>(raw.size());
  std::int32_t index = 0;
  int letters = 0;
  bool any_lower = false;
  bool first = true;
  while (index < length) {
    UChar32 c = bytes[index];
    if (c < 0x80) {
      ++index;
      const bool upper = c >= 'A' && c <= 'Z';
      const bool lower = c >= 'a' && c <= 'z';
      if (!upper && !lower) {
        first = false;
        continue;
      }
      ++letters;
      if (first) result.capitalized = upper;
      first = false;
      any_lower = any_lower || lower;
      continue;
    }
    U8_NEXT(bytes, index, length, c);
    if (c < 0) continue;
    if (!u_isalpha(c)) {
      first = false;
      continue;
    }
    ++letters;
    const bool upper = u_isupper(c) || u_istitle(c);
    if (first) result.capitalized = upper;
    first = false;
    if (u_islower(c)) any_lower = true;
  }
  result.all_caps = letters >= 2 && !any_lower;
  return result;
}

void LineCursor::Enter(std::size_t start) {
  start_ = start;
  end_ = raw_.find('\n', start);
  if (end_ == std::string_view::npos) end_ = raw_.size();
  shouting_.reset();
}

bool LineCursor::ComputeShouting() const {
  std::size_t upper = 0;
  std::size_t lower = 0;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(raw_.data());
  auto index = static_cast<std::int32_t>(start_);
  const auto stop = static_cast<std::int32_t>(end_);
  while (index < stop) {
    // Eight ASCII bytes at a time, most of a line.
    if (index + 8 <= stop) {
      std::uint64_t chunk = 0;
      std::memcpy(&chunk, bytes + index, sizeof chunk);
      if (AllAscii(chunk)) {
        upper += CountAsciiInRange(chunk, 'A', 'Z');
        lower += CountAsciiInRange(chunk, 'a', 'z');
        index += 8;
        continue;
      }
    }
    UChar32 c = 0;
    U8_NEXT(bytes, index, stop, c);
    if (c < 0) continue;
    if (c < 0x80) {
      upper += (c >= 'A' && c <= 'Z');
      lower += (c >= 'a' && c <= 'z');
    } else if (u_isupper(c)) {
      ++upper;
    } else if (u_islower(c)) {
      ++lower;
    }
  }
  return upper >= 4 && lower * 8 < upper;
}

LocationText::LocationText(const TextView& text)
    : norm_(text.normalized.text),
      raw_(text.raw),
      map_(text.normalized),
      tokens_(Tokenize(norm_)),
      soft_(tokens_.size(), 0),
      cases_(tokens_.size(), 0) {
  for (std::size_t i = 1; i < tokens_.size(); ++i) {
    if (GapAfter(i - 1) != "\n") continue;
    const std::size_t left = RawEnd(i - 1);
    const std::size_t right = RawBegin(i);
    std::size_t k = left;
    while (k < right && (raw_[k] == ' ' || raw_[k] == '\t' || raw_[k] == '\r')) ++k;
    if (k + 1 != right || raw_[k] != '\n') continue;
    const std::size_t line_start = raw_.rfind('\n', left == 0 ? 0 : left - 1);
    const std::size_t line_length =
        line_start == std::string_view::npos ? left : left - line_start - 1;
    // A table's row ("Name | Post | Body") is no wrapped prose.
    const std::string_view line = raw_.substr(left - line_length, line_length);
    soft_[i] = line_length >= kMinWrappedLineBytes && line.find(" | ") == std::string_view::npos &&
               line.find('\t') == std::string_view::npos;
  }
}

bool LocationText::SentenceStart(std::size_t token) const {
  if (token == 0) return true;
  std::size_t i = RawBegin(token);
  while (i > 0 && (raw_[i - 1] == ' ' || raw_[i - 1] == '\t')) --i;
  if (i == 0 || raw_[i - 1] == '\n' || raw_[i - 1] == '\r') return true;
  const char before = raw_[i - 1];
  return before == '.' || before == '!' || before == '?' || before == '"' || before == ':' ||
         before == '-' || before == '(' || before == ';';
}

}  // namespace gleaner
