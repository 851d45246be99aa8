// The token view of one text that the location extractor's passes share:
// normalized tokens with their raw bytes and letter case, the soft line
// breaks of hard-wrapped paragraphs, the gaps between tokens, and a cursor
// over the raw lines that tells headline (all-caps) lines apart. Built once
// per Extract call; nothing in it outlives the call.
#ifndef GLEANER_EXTRACTORS_LOCATION_TEXT_H_
#define GLEANER_EXTRACTORS_LOCATION_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "engine/normalize.h"
#include "extractors/extractor.h"
#include "extractors/phrase_matcher.h"

namespace gleaner {

// Letter case of a raw token.
struct TokenCase {
  bool capitalized = false;  // first letter upper or title case
  bool all_caps = false;     // two or more letters, none lower case
};

TokenCase ReadTokenCase(std::string_view raw);

// Walks the raw lines in text order, telling for each offset whether its
// line is written in capitals (a headline or dateline line) and where the
// line starts. Amortized linear: each line is scanned once.
class LineCursor {
 public:
  explicit LineCursor(std::string_view raw) : raw_(raw) { Enter(0); }

  void MoveTo(std::size_t offset) {
    while (offset > end_ && end_ < raw_.size()) Enter(end_ + 1);
  }
  std::size_t start() const { return start_; }
  std::size_t end() const { return end_; }
  bool shouting() {
    if (!shouting_) shouting_ = ComputeShouting();
    return *shouting_;
  }

 private:
  void Enter(std::size_t start);
  bool ComputeShouting() const;

  std::string_view raw_;
  std::size_t start_ = 0;
  std::size_t end_ = 0;
  std::optional<bool> shouting_;
};

class LocationText {
 public:
  // Tokenizes `text.normalized`; `text` must outlive this object.
  explicit LocationText(const TextView& text);

  bool empty() const { return tokens_.empty(); }
  std::size_t size() const { return tokens_.size(); }
  const std::vector<Token>& tokens() const { return tokens_; }
  std::string_view norm() const { return norm_; }
  std::string_view raw() const { return raw_; }
  const NormalizedText& map() const { return map_; }

  // Raw byte span of a token, its raw text and its normalized text.
  std::size_t RawBegin(std::size_t token) const { return map_.raw_start[tokens_[token].start]; }
  std::size_t RawEnd(std::size_t token) const { return map_.raw_end[tokens_[token].end - 1]; }
  std::string_view Raw(std::size_t token) const {
    return raw_.substr(RawBegin(token), RawEnd(token) - RawBegin(token));
  }
  std::string_view Norm(std::size_t token) const {
    return norm_.substr(tokens_[token].start, tokens_[token].end - tokens_[token].start);
  }
  // The normalized text between tokens `left` and `left + 1`.
  std::string_view GapAfter(std::size_t left) const {
    return norm_.substr(tokens_[left].end, tokens_[left + 1].start - tokens_[left].end);
  }

  // The letter case of a token's raw text (computed once per token).
  TokenCase Case(std::size_t token) const {
    std::uint8_t& known = cases_[token];
    if (known == 0) {
      const TokenCase read = ReadTokenCase(Raw(token));
      known = static_cast<std::uint8_t>(1 | (read.capitalized ? 2 : 0) | (read.all_caps ? 4 : 0));
    }
    return TokenCase{(known & 2) != 0, (known & 4) != 0};
  }
  bool Capitalized(std::size_t token) const { return Case(token).capitalized; }
  bool AllCaps(std::size_t token) const { return Case(token).all_caps; }

  // Line breaks that only wrap a paragraph of hard-wrapped text ("New\n
  // Jersey"): one break, no indent after it, after a full line that is no
  // table row (" | ", a tab) and that the next line's first word would not
  // have fit on, given the longest line of its block (else it is a list
  // item or a signature). Entry i is set when the gap before token i is
  // such a break.
  const std::vector<char>& soft_breaks() const { return soft_; }
  // Whether tokens `left` and `left + 1` are separated by one space or a
  // soft line break.
  bool SpaceBetween(std::size_t left) const {
    if (soft_[left + 1]) return true;
    return tokens_[left + 1].start - tokens_[left].end == 1 && norm_[tokens_[left].end] == ' ';
  }
  // A name gap between two tokens: a soft break between neighbours, or up
  // to two bytes of spaces and hyphens.
  bool Joined(std::size_t left, std::size_t right) const {
    if (right == left + 1 && soft_[right]) return true;
    const std::size_t gap = tokens_[right].start - tokens_[left].end;
    if (gap > 2) return false;
    for (std::size_t i = tokens_[left].end; i < tokens_[right].start; ++i) {
      if (norm_[i] != ' ' && norm_[i] != '-') return false;
    }
    return true;
  }
  // A capitalized word joined right before / right after `token`: the
  // token is then part of a longer capitalized run.
  bool CapitalizedJoinedBefore(std::size_t token) const {
    return token > 0 && Joined(token - 1, token) && Capitalized(token - 1);
  }
  bool CapitalizedJoinedAfter(std::size_t token) const {
    return token + 1 < size() && Joined(token, token + 1) && Capitalized(token + 1);
  }
  // Whether a token opens a line or follows sentence punctuation.
  bool SentenceStart(std::size_t token) const;

 private:
  std::string_view norm_;
  std::string_view raw_;
  const NormalizedText& map_;
  std::vector<Token> tokens_;
  std::vector<char> soft_;
  mutable std::vector<std::uint8_t> cases_;  // 0: not read yet; bit 1 read, 2 capitalized, 4 all caps
};

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_LOCATION_TEXT_H_
