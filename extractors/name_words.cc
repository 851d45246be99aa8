// The word scanner that the organization and person finders share: the
// words of a text with their offsets, capitalization, sentence starts and
// lines written in capitals (see NameWord in name_words.h).
#include "extractors/name_words.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "extractors/ascii_counts.h"
#include "extractors/utf8.h"

namespace gleaner {
namespace {

inline bool IsWordChar(UChar32 c) {
  if (c < 0) return false;
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

// An ASCII letter or digit: IsWordChar of a one-byte character.
inline bool IsAsciiWordByte(char byte) {
  static constexpr std::array<bool, 256> kWordByte = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 256; ++c) {
      table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return table;
  }();
  return kWordByte[static_cast<unsigned char>(byte)];
}

inline bool IsLetter(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return u_isalpha(c);
}

// Per raw line: whether it is written (almost) all in capitals, as CoNLL
// and wire headlines are; capitalization says nothing about names there.
struct ShoutingLines {
  std::vector<std::uint32_t> line_ends;  // raw offset of each line's '\n' (or the end)
  std::vector<std::uint8_t> shouting;    // 1 or 0 per line

  explicit ShoutingLines(std::string_view raw) {
    // About one line per 32 bytes (wire text wraps at 60-70 columns): the
    // vectors then seldom grow line by line.
    line_ends.reserve(raw.size() / 32 + 1);
    shouting.reserve(raw.size() / 32 + 1);
    std::size_t line_start = 0;
    while (true) {
      const std::size_t newline = raw.find('\n', line_start);
      const std::size_t line_end = newline == std::string_view::npos ? raw.size() : newline;
      std::size_t upper = 0;
      std::size_t lower = 0;
      std::size_t i = line_start;
      for (; i + 8 <= line_end; i += 8) {
        std::uint64_t bytes = 0;
        std::memcpy(&bytes, raw.data() + i, sizeof(bytes));
        upper += CountAsciiInRange(bytes, 'A', 'Z');
        lower += CountAsciiInRange(bytes, 'a', 'z');
      }
      for (; i < line_end; ++i) {
        const auto byte = static_cast<unsigned char>(raw[i]);
        upper += static_cast<unsigned char>(byte - 'A') < 26;
        lower += static_cast<unsigned char>(byte - 'a') < 26;
      }
      line_ends.push_back(static_cast<std::uint32_t>(line_end));
      shouting.push_back(upper >= 6 && lower * 10 <= upper);
      if (newline == std::string_view::npos) break;
      line_start = newline + 1;
    }
  }

  // For offsets that never decrease from one call to the next.
  bool At(std::uint32_t raw_offset) {
    while (cursor < line_ends.size() && line_ends[cursor] < raw_offset) ++cursor;
    return cursor < line_ends.size() && shouting[cursor];
  }
  std::size_t cursor = 0;
};

// Prefixes that keep a capitalized word capitalized before a lower-case
// part: "Inter-ethnic", "Co-operation", "Non-governmental", "Anti-corruption"
// (unlike "UN-backed", "OSCE-certified").
bool IsCapitalizedPrefix(std::string_view prefix) {
  static constexpr std::string_view kPrefixes[] = {"inter", "co",    "non",   "anti",
                                                   "counter", "cross", "multi", "socio"};
  return std::find(std::begin(kPrefixes), std::end(kPrefixes), prefix) != std::end(kPrefixes);
}

void SetCapitalization(const TextView& text, NameWord* word) {
  const std::string_view raw = text.raw;
  const std::string_view normalized = text.normalized.text;
  std::size_t next = 0;
  const UChar32 first = DecodeAt(raw, word->raw_start, &next);
  bool capitalized = IsUpper(first);
  if (capitalized) {
    const std::string_view body = normalized.substr(word->start, word->end - word->start);
    const std::size_t hyphen = body.rfind('-');
    if (hyphen != std::string_view::npos && word->start + hyphen + 1 < word->end) {
      const UChar32 after =
          DecodeAt(raw, text.normalized.raw_start[word->start + hyphen + 1], &next);
      capitalized = IsUpper(after) || (after >= '0' && after <= '9') ||
                    (body.find('-') == hyphen && IsCapitalizedPrefix(body.substr(0, hyphen)));
    }
  }
  word->capitalized = capitalized;
  std::size_t letters = 0;
  bool any_lower = false;
  for (std::size_t i = word->raw_start; i < word->raw_end && !any_lower;) {
    const UChar32 c = DecodeAt(raw, i, &next);
    i = next;
    if (c >= 0 && IsLetter(c)) {
      ++letters;
      if (!IsUpper(c)) any_lower = true;
    }
  }
  word->all_caps = letters >= 2 && !any_lower;
}

// Whether normalized byte `at` (a '-') was an em dash or a horizontal bar
// in the raw text.
bool IsEmDashAt(const TextView& text, std::size_t at) {
  const std::uint32_t raw_start = text.normalized.raw_start[at];
  const std::uint32_t raw_end = text.normalized.raw_end[at];
  if (raw_end - raw_start != 3 || raw_end > text.raw.size()) return false;
  const std::string_view raw = text.raw.substr(raw_start, 3);
  return raw == "\u2014" || raw == "\u2015";
}

// What a byte before a word says about whether the word opens a sentence:
// quotes, brackets, dashes and spaces are looked past; a line break or
// . ! ? : ; ends the sentence before it.
enum class SentenceOpening : std::uint8_t { kNo, kSkipped, kEnd };
constexpr std::array<SentenceOpening, 256> kSentenceOpening = [] {
  std::array<SentenceOpening, 256> table{};
  for (const char c : {' ', '"', '\'', '(', '[', '*', '-'}) {
    table[static_cast<unsigned char>(c)] = SentenceOpening::kSkipped;
  }
  for (const char c : {'\n', '.', '!', '?', ':', ';'}) {
    table[static_cast<unsigned char>(c)] = SentenceOpening::kEnd;
  }
  return table;
}();

// A dateline's spaced dash after the year opens the release's first
// sentence: "Batken, 18 June 2025 – When Aijamal ..." (a year of four
// digits, then " - ", then the word).
bool AfterDatelineDash(std::string_view normalized, std::size_t back, std::size_t word_start) {
  const std::string_view skipped = normalized.substr(back, word_start - back);
  if (skipped.find(" - ") == std::string_view::npos || back < 4) return false;
  for (std::size_t k = back - 4; k < back; ++k) {
    if (normalized[k] < '0' || normalized[k] > '9') return false;
  }
  return back == 4 || !IsAsciiWordByte(normalized[back - 5]);
}

}  // namespace

std::vector<NameWord> ScanNameWords(const TextView& text) {
  const std::string_view normalized = text.normalized.text;
  const std::size_t size = normalized.size();
  std::vector<NameWord> words;
  words.reserve(size / 6 + 1);
  ShoutingLines shouting(text.raw);
  std::size_t i = 0;
  while (i < size) {
    // Most bytes are ASCII: those are told apart without decoding.
    while (i < size && static_cast<unsigned char>(normalized[i]) < 0x80 &&
           !IsAsciiWordByte(normalized[i])) {
      ++i;
    }
    if (i == size) break;
    std::size_t next = 0;
    const UChar32 c = DecodeAt(normalized, i, &next);
    if (!IsWordChar(c)) {
      i = next;
      continue;
    }
    // Built in place: every word begun here is kept.
    NameWord& word = words.emplace_back();
    word.start = static_cast<std::uint32_t>(i);
    std::size_t end = next;
    std::size_t segment_start = i;  // start of the current dotted segment
    i = next;
    while (i < size) {
      const std::size_t run_start = i;
      while (i < size && IsAsciiWordByte(normalized[i])) ++i;
      if (i > run_start) end = i;
      if (i == size) break;
      const auto byte = static_cast<unsigned char>(normalized[i]);
      // Any other ASCII byte but the four below ends the word.
      if (byte < 0x80 && byte != '-' && byte != '&' && byte != '\'' && byte != '.') break;
      const UChar32 c2 = DecodeAt(normalized, i, &next);
      if (IsWordChar(c2)) {
        end = next;
        i = next;
        continue;
      }
      if (c2 != '-' && c2 != '&' && c2 != '\'' && c2 != '.') break;
      if (next >= size) break;
      // An em dash (normalized to '-') sets words off; it joins none:
      // "the fund—Aga Khan Foundation—works".
      if (c2 == '-' && IsEmDashAt(text, i)) break;
      std::size_t after_next = 0;
      const UChar32 c3 = DecodeAt(normalized, next, &after_next);
      if (!IsWordChar(c3)) break;
      if (c2 == '\'' && (c3 == 's') &&
          (after_next >= size || !IsWordChar(DecodeAt(normalized, after_next, &after_next)))) {
        word.possessive = true;
        break;
      }
      if (c2 == '.') {
        // "u.s.", "j.p." : single letters between dots.
        std::size_t probe = 0;
        DecodeAt(normalized, segment_start, &probe);
        std::size_t after_letter = 0;
        DecodeAt(normalized, next, &after_letter);
        const bool single_before = probe == i;
        const bool single_after = after_letter >= size || normalized[after_letter] == '.';
        if (!single_before || !single_after) break;
        segment_start = next;
      }
      std::size_t resume = 0;
      DecodeAt(normalized, next, &resume);
      end = resume;
      i = resume;
    }
    // "u.s." keeps its final dot.
    if (segment_start != word.start && end < size && normalized[end] == '.') ++end;
    word.end = static_cast<std::uint32_t>(end);
    word.raw_start = text.normalized.raw_start[word.start];
    word.raw_end = text.normalized.raw_end[word.end - 1];
    word.dotted = end < size && normalized[end] == '.';
    SetCapitalization(text, &word);
    word.shouting = shouting.At(word.raw_start);
    // Sentence start: nothing but quotes and brackets back to . ! ? : or a line start.
    std::size_t back = word.start;
    while (back > 0 && kSentenceOpening[static_cast<unsigned char>(normalized[back - 1])] ==
                           SentenceOpening::kSkipped) {
      --back;
    }
    word.sentence_start =
        back == 0 ||
        kSentenceOpening[static_cast<unsigned char>(normalized[back - 1])] ==
            SentenceOpening::kEnd ||
        AfterDatelineDash(normalized, back, word.start);
  }
  auto following = static_cast<std::uint32_t>(words.size());
  for (std::size_t k = words.size(); k-- > 0;) {
    if (words[k].capitalized || words[k].all_caps) following = static_cast<std::uint32_t>(k);
    words[k].next_capitalized = following;
  }
  return words;
}

}  // namespace gleaner
