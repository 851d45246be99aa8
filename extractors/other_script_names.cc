// Finds a place or person named again in the other script (Cyrillic after
// Latin or Latin after Cyrillic) in parentheses; see other_script_names.h.
#include "extractors/other_script_names.h"

#include <cstddef>
#include <optional>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "extractors/utf8.h"

namespace gleaner {
namespace {

// A name longer than this many words in parentheses is no name.
constexpr std::size_t kMaxWords = 4;

bool IsCyrillic(UChar32 c) {
  UErrorCode error = U_ZERO_ERROR;
  return uscript_getScript(c, &error) == USCRIPT_CYRILLIC && U_SUCCESS(error);
}

// Whether text[begin, end) is one to kMaxWords Cyrillic words, each
// capitalized, joined by single spaces (a hyphen may join parts of a word:
// "Базар-Коргон").
bool IsCyrillicName(std::string_view text, std::size_t begin, std::size_t end) {
  if (begin >= end) return false;
  std::size_t words = 0;
  bool word_start = true;
  for (std::size_t at = begin; at < end;) {
    const UChar32 c = CodePointAt(text, at);
    const std::size_t next = at + U8_LENGTH(c < 0 ? 0xFFFD : c);
    if (c == ' ' || c == '-') {
      if (word_start) return false;  // two separators in a row, or one first
      if (c == ' ') ++words;
      word_start = true;
    } else if (!IsCyrillic(c) || !u_isalpha(c) || (word_start && !u_isupper(c))) {
      return false;
    } else {
      word_start = false;
    }
    at = next;
  }
  return !word_start && words + 1 <= kMaxWords;
}

// The Cyrillic name in parentheses right after text[..end): " (NAME)".
std::optional<Mention> NameInParenthesesAfter(std::string_view text, const Mention& found) {
  if (!text.substr(found.end).starts_with(" (")) return std::nullopt;
  const std::size_t begin = found.end + 2;
  const std::size_t close = text.find(')', begin);
  if (close == std::string_view::npos || !IsCyrillicName(text, begin, close)) return std::nullopt;
  Mention other = found;
  other.start = begin;
  other.end = close;
  other.text = std::string(text.substr(begin, close - begin));
  return other;
}

// The Cyrillic name right before a mention that stands in parentheses:
// "NAME (found)", the name starting a line or after a space or a colon.
std::optional<Mention> NameBeforeParentheses(std::string_view text, const Mention& found) {
  if (found.start < 3 || text.substr(found.start - 2, 2) != " (" ||
      !text.substr(found.end).starts_with(")")) {
    return std::nullopt;
  }
  const std::size_t end = found.start - 2;
  std::size_t begin = end;
  std::size_t spaces = 0;
  while (begin > 0) {
    const UChar32 c = CodePointBefore(text, begin);
    if (c == ' ' && ++spaces >= kMaxWords) break;
    if (c != ' ' && c != '-' && !IsCyrillic(c)) break;
    begin -= U8_LENGTH(c < 0 ? 0xFFFD : c);
  }
  while (begin < end && text[begin] == ' ') ++begin;
  // Of the words before the parenthesis, the trailing capitalized ones.
  while (begin < end && !IsCyrillicName(text, begin, end)) {
    const std::size_t space = text.find(' ', begin);
    if (space == std::string_view::npos || space >= end) return std::nullopt;
    begin = space + 1;
  }
  if (begin >= end) return std::nullopt;
  Mention other = found;
  other.start = begin;
  other.end = end;
  other.text = std::string(text.substr(begin, end - begin));
  return other;
}

}  // namespace

void AddOtherScriptNames(std::string_view text, std::vector<Mention>* mentions) {
  std::vector<Mention> added;
  for (const Mention& found : *mentions) {
    if (found.type != MentionType::kLocation && found.type != MentionType::kPerson) continue;
    if (auto other = NameInParenthesesAfter(text, found)) added.push_back(std::move(*other));
    if (auto other = NameBeforeParentheses(text, found)) added.push_back(std::move(*other));
  }
  mentions->insert(mentions->end(), added.begin(), added.end());
}

}  // namespace gleaner
