// Letter case of tokens, headline lines and soft line breaks for the
// location extractor's passes (see location_text.h).
#include "extractors/location_text.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <vector>

#include "extractors/ascii_counts.h"

namespace gleaner {
namespace {

// A line at least this long that ends in a word, followed by a line that
// starts without indent, is taken for hard-wrapped running text.
constexpr std::size_t kMinWrappedLineBytes = 40;
// Bytes a wrapping tool or a writer may leave unused at a wrapped line's
// end (hyphenation, justification).
constexpr std::size_t kWrapSlackBytes = 10;

// The width of each block of lines (lines between blank lines): its
// longest line. Text wrapped at some width breaks a line only when the
// next word would not fit on it.
class BlockWidths {
 public:
  explicit BlockWidths(std::string_view raw) {
    std::size_t block_first_line = 0;
    std::size_t block_width = 0;
    const auto close_block = [&] {
      for (std::size_t k = block_first_line; k < widths_.size(); ++k) widths_[k] = block_width;
      block_first_line = widths_.size();
      block_width = 0;
    };
    for (std::size_t start = 0; start <= raw.size();) {
      std::size_t end = raw.find('\n', start);
      if (end == std::string_view::npos) end = raw.size();
      const std::string_view line = raw.substr(start, end - start);
      if (line.find_first_not_of(" \t\r") == std::string_view::npos) close_block();
      line_starts_.push_back(start);
      widths_.push_back(0);
      block_width = std::max(block_width, line.size());
      start = end + 1;
    }
    close_block();
  }
  // The width of the block holding the byte at `offset`.
  std::size_t WidthAt(std::size_t offset) const {
    const auto line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    return widths_[static_cast<std::size_t>(line - line_starts_.begin()) - 1];
  }

 private:
  std::vector<std::size_t> line_starts_;
  std::vector<std::size_t> widths_;
};

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
  std::optional<BlockWidths> widths;  // built at the first break asked about
  for (std::size_t i = 1; i < tokens_.size(); ++i) {
    if (GapAfter(i - 1) != "\n") continue;
    const std::size_t left = RawEnd(i - 1);
    const std::size_t right = RawBegin(i);
    std::size_t k = left;
    while (k < right && (raw_[k] == ' ' || raw_[k] == '\t' || raw_[k] == '\r')) ++k;
    if (k + 1 != right || raw_[k] != '\n') continue;
    // The line's last break before `left` (memrchr scans back many bytes
    // at a time; a wire line is 60-70 of them).
    const void* const line_break = left == 0 ? nullptr : memrchr(raw_.data(), '\n', left);
    const std::size_t line_length =
        line_break == nullptr
            ? left
            : left - static_cast<std::size_t>(static_cast<const char*>(line_break) - raw_.data()) -
                  1;
    // A table's row ("Name | Post | Body") is no wrapped prose.
    const std::string_view line = raw_.substr(left - line_length, line_length);
    if (line_length < kMinWrappedLineBytes || line.find(" | ") != std::string_view::npos ||
        line.find('\t') != std::string_view::npos) {
      continue;
    }
    // "IOM – Pavel Novak, Chief of Mission, Dushanbe\nEmbassy of Japan":
    // a line that the next line's first word would have fit on, in a block
    // of longer lines, is a list item or a signature, not a wrapped one.
    if (!widths) widths.emplace(raw_);
    const std::size_t next_word = RawEnd(i) - RawBegin(i);
    soft_[i] = line_length + 1 + next_word + kWrapSlackBytes > widths->WidthAt(left);
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
