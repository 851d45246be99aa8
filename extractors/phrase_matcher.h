// Dictionary lookup of multi-word names over normalized text: the shared
// engine behind the place gazetteer and the organization list. Names are
// keyed by their normalized tokens, so "Issyk-Kul", "issyk kul" and
// "ISSYK–KUL" are one key; matching walks the text's tokens with hash
// lookups (no giant regex alternation) and returns the longest name at each
// position, leftmost first, never overlapping.
#ifndef GLEANER_EXTRACTORS_PHRASE_MATCHER_H_
#define GLEANER_EXTRACTORS_PHRASE_MATCHER_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/normalize.h"

namespace gleaner {

// A token of normalized text: a maximal run of letters, digits and marks
// (ICU character classes); apostrophes inside a word ("qo'qon") stay in it,
// except a possessive "'s" or a trailing apostrophe, which ends the token
// ("kazakhstan's" -> "kazakhstan"), and the one after a French elided "d" or
// "l", which is a token of its own ("d'ouzbekistan" -> "d", "ouzbekistan"). Offsets index NormalizedText::text.
struct Token {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
};

// Splits normalized text into tokens.
std::vector<Token> Tokenize(std::string_view normalized);

// The 64-bit hash PhraseMatcher keys a token by, and the hash of a token
// sequence extended by one more token; a name's key hash is
// ExtendTokenHash(...ExtendTokenHash(TokenHash(t1), TokenHash(t2))..., tn).
std::uint64_t TokenHash(std::string_view token);
std::uint64_t ExtendTokenHash(std::uint64_t sequence, std::uint64_t token);

// The lookup key of a name: its normalized tokens joined by one space.
// `normalizer` normalizes `name` first, so any spelling of it may be given.
std::string PhraseKey(const Normalizer& normalizer, std::string_view name);

class PhraseMatcher {
 public:
  static constexpr std::uint32_t kMaxTokens = 12;  // longer names are rejected by Add

  // Adds a name (any case/spelling; it is normalized) with a caller-chosen
  // payload, typically an index into the caller's own entry table. A key may
  // carry several payloads (homonyms: "Georgia"); all are returned.
  // Returns false when the name has no tokens or too many.
  bool Add(const Normalizer& normalizer, std::string_view name, std::uint32_t payload);

  struct Match {
    std::size_t first_token = 0;  // index into the token vector given to FindAll
    std::size_t token_count = 0;
    std::size_t start = 0;  // normalized byte offsets
    std::size_t end = 0;
    std::vector<std::uint32_t> payloads;
  };

  // The longest match at each token position, leftmost first, without
  // overlaps; linear in the number of tokens times kMaxTokens. Consecutive
  // tokens of a match are separated by at most kMaxGap bytes of spaces,
  // hyphens, periods or apostrophes ("St. Petersburg", "U.S.", "Issyk-Kul"),
  // never by a line break, comma or other punctuation.
  std::vector<Match> FindAll(std::string_view normalized, const std::vector<Token>& tokens) const;

  // Decides whether a found name may stand at tokens [first_token,
  // first_token + token_count) with these payloads (e.g. capitalization in
  // the raw text); called longest candidate first at each position.
  using AcceptFunction = std::function<bool(std::size_t first_token, std::size_t token_count,
                                            const std::vector<std::uint32_t>& payloads)>;
  // As FindAll, keeping at each position the longest match `accept` takes.
  std::vector<Match> FindAll(std::string_view normalized, const std::vector<Token>& tokens,
                             const AcceptFunction& accept) const;

  // As above, trying only positions i with may_start[i] != 0 (a cheap
  // pre-filter, e.g. "capitalized in the raw text"); may_start has one
  // entry per token.
  std::vector<Match> FindAll(std::string_view normalized, const std::vector<Token>& tokens,
                             const AcceptFunction& accept,
                             const std::vector<char>& may_start) const;

  // As above; `soft_breaks` (empty, or one entry per token) marks tokens
  // whose gap to the previous token is a line break that only wraps a
  // paragraph ("New\nJersey" in hard-wrapped news), which a name may span.
  std::vector<Match> FindAll(std::string_view normalized, const std::vector<Token>& tokens,
                             const AcceptFunction& accept, const std::vector<char>& may_start,
                             const std::vector<char>& soft_breaks) const;

  // The scan of FindAll for a caller that keeps what `accept` takes itself:
  // `accept` (required) sees the candidates at each position, longest
  // first, until it takes one; the scan resumes after the one taken. No
  // Match is built, so a name's payloads are not copied.
  void ForEachAccepted(std::string_view normalized, const std::vector<Token>& tokens,
                       const AcceptFunction& accept, const std::vector<char>& may_start,
                       const std::vector<char>& soft_breaks) const;

  static constexpr std::size_t kMaxGap = 3;

  // All payloads of an exact key (from PhraseKey), or nullptr.
  const std::vector<std::uint32_t>* Lookup(std::string_view key) const;
  // The same for the name made of tokens [first, first + count) of
  // `normalized`, without building its key.
  const std::vector<std::uint32_t>* Lookup(std::string_view normalized,
                                           const std::vector<Token>& tokens, std::size_t first,
                                           std::size_t count) const;
  // The same, telling in *longer whether some name goes on past these
  // tokens: when not, no lookup of more tokens from `first` can succeed.
  const std::vector<std::uint32_t>* Lookup(std::string_view normalized,
                                           const std::vector<Token>& tokens, std::size_t first,
                                           std::size_t count, bool* longer) const;

  std::size_t size() const;

 private:
  struct Impl;
  std::shared_ptr<Impl> impl_;
};

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_PHRASE_MATCHER_H_
