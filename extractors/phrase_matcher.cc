// Token-keyed dictionary matching over normalized text. A name is stored
// under the string of its normalized tokens joined by single spaces, and
// every proper prefix of a name is stored too (marked as such), so the scan
// extends a candidate token by token and stops at the first prefix that no
// name has: one or two hash lookups per token in ordinary text.
#include "extractors/phrase_matcher.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <unordered_map>

namespace gleaner {
namespace {

bool IsAsciiWordByte(unsigned char byte) {
  return (byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9') ||
         (byte >= 'A' && byte <= 'Z');
}

// Letters, digits and marks: the characters a token is made of.
bool IsWordCodePoint(UChar32 c) {
  if (c < 0x80) return IsAsciiWordByte(static_cast<unsigned char>(c));
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

// The code point at `offset` (U+FFFD when ill-formed) and the offset after it.
UChar32 CodePointAt(std::string_view text, std::size_t offset, std::size_t* next) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(
      std::min<std::size_t>(text.size(), static_cast<std::size_t>(INT32_MAX)));
  auto index = static_cast<std::int32_t>(offset);
  UChar32 c = 0;
  U8_NEXT(bytes, index, length, c);
  *next = static_cast<std::size_t>(index);
  return c < 0 ? 0xFFFD : c;
}

bool IsWordAt(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return false;
  const auto byte = static_cast<unsigned char>(text[offset]);
  if (byte < 0x80) return IsAsciiWordByte(byte);
  std::size_t next = 0;
  return IsWordCodePoint(CodePointAt(text, offset, &next));
}

// Whether the bytes between two tokens may sit inside one name.
bool IsNameGap(std::string_view gap) {
  if (gap.size() > PhraseMatcher::kMaxGap) return false;
  return std::all_of(gap.begin(), gap.end(),
                     [](char c) { return c == ' ' || c == '-' || c == '.' || c == '\''; });
}

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view key) const { return std::hash<std::string_view>{}(key); }
};

}  // namespace

std::vector<Token> Tokenize(std::string_view normalized) {
  std::vector<Token> tokens;
  tokens.reserve(normalized.size() / 6 + 1);
  const std::size_t limit = std::min<std::size_t>(normalized.size(), UINT32_MAX);
  std::size_t offset = 0;
  while (offset < limit) {
    // Skip to the next word character.
    const auto byte = static_cast<unsigned char>(normalized[offset]);
    if (byte < 0x80) {
      if (!IsAsciiWordByte(byte)) {
        ++offset;
        continue;
      }
    } else {
      std::size_t next = 0;
      if (!IsWordCodePoint(CodePointAt(normalized, offset, &next))) {
        offset = next;
        continue;
      }
    }
    const std::size_t start = offset;
    std::size_t skip_after = 0;  // a possessive "'s" is dropped
    while (offset < limit) {
      const auto current = static_cast<unsigned char>(normalized[offset]);
      if (current < 0x80) {
        if (IsAsciiWordByte(current)) {
          ++offset;
          continue;
        }
        // An apostrophe between letters stays, unless it starts a final
        // possessive "'s".
        if (current == '\'' && IsWordAt(normalized, offset + 1)) {
          const bool possessive = normalized[offset + 1] == 's' &&
                                  !IsWordAt(normalized, offset + 2);
          if (!possessive) {
            ++offset;
            continue;
          }
          skip_after = 2;
        }
        break;
      }
      std::size_t next = 0;
      if (!IsWordCodePoint(CodePointAt(normalized, offset, &next))) break;
      offset = next;
    }
    tokens.push_back(Token{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(offset)});
    offset += skip_after;
  }
  return tokens;
}

namespace {

std::string JoinTokens(std::string_view text, const std::vector<Token>& tokens) {
  std::string key;
  for (const Token& token : tokens) {
    if (!key.empty()) key += ' ';
    key.append(text.substr(token.start, token.end - token.start));
  }
  return key;
}

}  // namespace

std::string PhraseKey(const Normalizer& normalizer, std::string_view name) {
  const NormalizedText normalized = normalizer.Normalize(name);
  return JoinTokens(normalized.text, Tokenize(normalized.text));
}

struct PhraseMatcher::Impl {
  struct Entry {
    std::vector<std::uint32_t> payloads;  // empty for a mere prefix
    bool has_longer = false;              // some name continues this key
  };
  std::unordered_map<std::string, Entry, StringHash, std::equal_to<>> entries;
  std::size_t name_count = 0;
  // A one-hash Bloom filter of the first tokens of all names: most tokens
  // of running text are rejected here without touching the hash table.
  static constexpr std::size_t kFilterBits = std::size_t{1} << 21;
  std::vector<std::uint64_t> first_token_filter = std::vector<std::uint64_t>(kFilterBits / 64);

  static std::size_t FilterBit(std::string_view token) {
    return StringHash{}(token) & (kFilterBits - 1);
  }
  void AddFirstToken(std::string_view token) {
    const std::size_t bit = FilterBit(token);
    first_token_filter[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
  bool MayBeFirstToken(std::string_view token) const {
    const std::size_t bit = FilterBit(token);
    return (first_token_filter[bit / 64] >> (bit % 64)) & 1;
  }
};

bool PhraseMatcher::Add(const Normalizer& normalizer, std::string_view name,
                        std::uint32_t payload) {
  const NormalizedText normalized = normalizer.Normalize(name);
  const std::vector<Token> tokens = Tokenize(normalized.text);
  if (tokens.empty() || tokens.size() > kMaxTokens) return false;
  if (!impl_) {
    impl_ = std::make_shared<Impl>();
  } else if (impl_.use_count() > 1) {
    impl_ = std::make_shared<Impl>(*impl_);  // copies share data until one adds
  }
  impl_->AddFirstToken(std::string_view(normalized.text).substr(
      tokens[0].start, tokens[0].end - tokens[0].start));
  std::string key;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0) key += ' ';
    key.append(normalized.text, tokens[i].start, tokens[i].end - tokens[i].start);
    Impl::Entry& entry = impl_->entries[key];
    if (i + 1 < tokens.size()) {
      entry.has_longer = true;
    } else {
      if (entry.payloads.empty()) ++impl_->name_count;
      if (std::find(entry.payloads.begin(), entry.payloads.end(), payload) ==
          entry.payloads.end()) {
        entry.payloads.push_back(payload);
      }
    }
  }
  return true;
}

std::vector<PhraseMatcher::Match> PhraseMatcher::FindAll(std::string_view normalized,
                                                         const std::vector<Token>& tokens) const {
  return FindAll(normalized, tokens, AcceptFunction());
}

std::vector<PhraseMatcher::Match> PhraseMatcher::FindAll(std::string_view normalized,
                                                         const std::vector<Token>& tokens,
                                                         const AcceptFunction& accept) const {
  return FindAll(normalized, tokens, accept, std::vector<char>(tokens.size(), 1));
}

std::vector<PhraseMatcher::Match> PhraseMatcher::FindAll(std::string_view normalized,
                                                         const std::vector<Token>& tokens,
                                                         const AcceptFunction& accept,
                                                         const std::vector<char>& may_start) const {
  std::vector<Match> matches;
  if (!impl_ || impl_->entries.empty()) return matches;
  std::string key;
  // Candidates at one position, longest last: (token count, entry).
  std::vector<std::pair<std::size_t, const Impl::Entry*>> candidates;
  std::size_t position = 0;
  while (position < tokens.size()) {
    if (position < may_start.size() && !may_start[position]) {
      ++position;
      continue;
    }
    if (!impl_->MayBeFirstToken(normalized.substr(
            tokens[position].start, tokens[position].end - tokens[position].start))) {
      ++position;
      continue;
    }
    candidates.clear();
    key.clear();
    for (std::size_t count = 1; count <= kMaxTokens && position + count <= tokens.size();
         ++count) {
      const Token& token = tokens[position + count - 1];
      if (count > 1) {
        const Token& previous = tokens[position + count - 2];
        if (!IsNameGap(normalized.substr(previous.end, token.start - previous.end))) break;
        key += ' ';
      }
      key.append(normalized.data() + token.start, token.end - token.start);
      const auto found = impl_->entries.find(std::string_view(key));
      if (found == impl_->entries.end()) break;
      if (!found->second.payloads.empty()) candidates.emplace_back(count, &found->second);
      if (!found->second.has_longer) break;
    }
    bool matched = false;
    for (auto candidate = candidates.rbegin(); candidate != candidates.rend(); ++candidate) {
      const auto [count, entry] = *candidate;
      if (accept && !accept(position, count, entry->payloads)) continue;
      Match match;
      match.first_token = position;
      match.token_count = count;
      match.start = tokens[position].start;
      match.end = tokens[position + count - 1].end;
      match.payloads = entry->payloads;
      matches.push_back(std::move(match));
      position += count;
      matched = true;
      break;
    }
    if (!matched) ++position;
  }
  return matches;
}

const std::vector<std::uint32_t>* PhraseMatcher::Lookup(std::string_view key) const {
  if (!impl_) return nullptr;
  const auto found = impl_->entries.find(key);
  if (found == impl_->entries.end() || found->second.payloads.empty()) return nullptr;
  return &found->second.payloads;
}

std::size_t PhraseMatcher::size() const { return impl_ ? impl_->name_count : 0; }

}  // namespace gleaner
