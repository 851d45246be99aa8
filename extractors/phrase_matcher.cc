// Token-keyed dictionary matching over normalized text. A name is stored
// under the string of its normalized tokens joined by single spaces, and
// every proper prefix of a name is stored too (marked as such), so the scan
// extends a candidate token by token and stops at the first prefix that no
// name has. Keys are looked up by a 64-bit hash of their token sequence in
// a flat open-addressing table; a Bloom filter of first tokens rejects most
// tokens of running text with one bit test.
#include "extractors/phrase_matcher.h"

#include "extractors/word_hash.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace gleaner {
namespace {

constexpr bool IsAsciiWordByte(unsigned char byte) {
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

}  // namespace

std::vector<Token> Tokenize(std::string_view normalized) {
  // 1 for ASCII letters and digits; bytes >= 0x80 (0 here) are judged by ICU.
  static constexpr std::array<std::uint8_t, 256> kWordByte = [] {
    std::array<std::uint8_t, 256> table{};
    for (int c = 0; c < 128; ++c) table[c] = IsAsciiWordByte(static_cast<unsigned char>(c));
    return table;
  }();
  std::vector<Token> tokens;
  tokens.reserve(normalized.size() / 5 + 1);
  const std::size_t limit = std::min<std::size_t>(normalized.size(), UINT32_MAX);
  const char* const data = normalized.data();
  std::size_t offset = 0;
  while (offset < limit) {
    // Skip to the next word character.
    const auto byte = static_cast<unsigned char>(data[offset]);
    if (byte < 0x80) {
      if (!kWordByte[byte]) {
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
      // A run of ASCII letters and digits, most of a token.
      while (offset < limit && kWordByte[static_cast<unsigned char>(data[offset])]) ++offset;
      if (offset == limit) break;
      const auto current = static_cast<unsigned char>(data[offset]);
      if (current < 0x80) {
        // An apostrophe between letters stays, unless it starts a final
        // possessive "'s".
        if (current == '\'' && IsWordAt(normalized, offset + 1)) {
          // A French elided article or preposition is a word of its own:
          // "d'ouzbekistan", "l'ouzbekistan" hold the country's name.
          if (offset == start + 1 && (data[start] == 'd' || data[start] == 'l')) break;
          const bool possessive = data[offset + 1] == 's' && !IsWordAt(normalized, offset + 2);
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

std::uint64_t TokenHash(std::string_view token) { return HashWordBytes(token); }

std::uint64_t ExtendTokenHash(std::uint64_t sequence, std::uint64_t token) {
  return word_hash_detail::Mix64(sequence * 0xC2B2AE3D27D4EB4FULL + token);
}

// Names and their prefixes in one open-addressing table keyed by the 64-bit
// hash of their token sequence (see TokenHash), so the scan extends a
// candidate by hashing one more token, never by building a string. A hit is
// confirmed against the stored key, token by token.
struct PhraseMatcher::Impl {
  struct Entry {
    std::string key;                      // tokens joined by ' '
    std::vector<std::uint32_t> payloads;  // empty for a mere prefix
    bool has_longer = false;              // some name continues this key
  };
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t entry = kEmpty;
  };
  static constexpr std::uint32_t kEmpty = UINT32_MAX;

  std::vector<Entry> entries;
  std::vector<Slot> slots = std::vector<Slot>(64);
  std::size_t name_count = 0;
  // A one-hash Bloom filter of the first tokens of all names: most tokens
  // of running text are rejected here without touching the table.
  static constexpr std::size_t kFilterBits = std::size_t{1} << 21;
  std::vector<std::uint64_t> first_token_filter = std::vector<std::uint64_t>(kFilterBits / 64);

  static std::size_t FilterBit(std::uint64_t token_hash) {
    return static_cast<std::size_t>(token_hash >> 40) & (kFilterBits - 1);
  }
  void AddFirstToken(std::uint64_t token_hash) {
    const std::size_t bit = FilterBit(token_hash);
    first_token_filter[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
  bool MayBeFirstToken(std::uint64_t token_hash) const {
    const std::size_t bit = FilterBit(token_hash);
    return (first_token_filter[bit / 64] >> (bit % 64)) & 1;
  }

  // The entry with this hash whose key `same_key` confirms, or nullptr.
  template <typename SameKey>
  const Entry* Find(std::uint64_t hash, const SameKey& same_key) const {
    const std::size_t mask = slots.size() - 1;
    for (std::size_t index = static_cast<std::size_t>(hash) & mask;; index = (index + 1) & mask) {
      const Slot& slot = slots[index];
      if (slot.entry == kEmpty) return nullptr;
      if (slot.hash == hash && same_key(entries[slot.entry].key)) return &entries[slot.entry];
    }
  }

  Entry& FindOrInsert(std::uint64_t hash, std::string_view key) {
    if ((entries.size() + 1) * 2 > slots.size()) Grow();
    const std::size_t mask = slots.size() - 1;
    for (std::size_t index = static_cast<std::size_t>(hash) & mask;; index = (index + 1) & mask) {
      Slot& slot = slots[index];
      if (slot.entry == kEmpty) {
        slot.hash = hash;
        slot.entry = static_cast<std::uint32_t>(entries.size());
        entries.push_back(Entry{std::string(key), {}, false});
        return entries.back();
      }
      if (slot.hash == hash && entries[slot.entry].key == key) return entries[slot.entry];
    }
  }

  void Grow() {
    std::vector<Slot> old(slots.size() * 2);
    old.swap(slots);
    const std::size_t mask = slots.size() - 1;
    for (const Slot& slot : old) {
      if (slot.entry == kEmpty) continue;
      std::size_t index = static_cast<std::size_t>(slot.hash) & mask;
      while (slots[index].entry != kEmpty) index = (index + 1) & mask;
      slots[index] = slot;
    }
  }
};

namespace {

// Whether `key` is tokens [first, first + count) of `text` joined by ' '.
bool KeyIs(std::string_view key, std::string_view text, const std::vector<Token>& tokens,
           std::size_t first, std::size_t count) {
  std::size_t offset = 0;
  for (std::size_t i = first; i < first + count; ++i) {
    if (i > first) {
      if (offset >= key.size() || key[offset] != ' ') return false;
      ++offset;
    }
    const std::string_view token = text.substr(tokens[i].start, tokens[i].end - tokens[i].start);
    if (key.substr(offset, token.size()) != token) return false;
    offset += token.size();
  }
  return offset == key.size();
}

}  // namespace

bool PhraseMatcher::Add(const Normalizer& normalizer, std::string_view name,
                        std::uint32_t payload) {
  // Start-up adds tens of thousands of names: one set of buffers, reused.
  thread_local NormalizedText normalized;
  normalizer.Normalize(name, normalized);
  const std::vector<Token> tokens = Tokenize(normalized.text);
  if (tokens.empty() || tokens.size() > kMaxTokens) return false;
  if (!impl_) {
    impl_ = std::make_shared<Impl>();
  } else if (impl_.use_count() > 1) {
    impl_ = std::make_shared<Impl>(*impl_);  // copies share data until one adds
  }
  const std::string_view text = normalized.text;
  auto token_text = [&](std::size_t i) {
    return text.substr(tokens[i].start, tokens[i].end - tokens[i].start);
  };
  impl_->AddFirstToken(TokenHash(token_text(0)));
  std::string key;
  std::uint64_t hash = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0) key += ' ';
    key.append(token_text(i));
    const std::uint64_t token_hash = TokenHash(token_text(i));
    hash = i == 0 ? token_hash : ExtendTokenHash(hash, token_hash);
    Impl::Entry& entry = impl_->FindOrInsert(hash, key);
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
  return FindAll(normalized, tokens, accept, may_start, {});
}

std::vector<PhraseMatcher::Match> PhraseMatcher::FindAll(
    std::string_view normalized, const std::vector<Token>& tokens, const AcceptFunction& accept,
    const std::vector<char>& may_start, const std::vector<char>& soft_breaks) const {
  std::vector<Match> matches;
  const auto collect = [&](std::size_t first, std::size_t count,
                           const std::vector<std::uint32_t>& payloads) {
    if (accept && !accept(first, count, payloads)) return false;
    Match match;
    match.first_token = first;
    match.token_count = count;
    match.start = tokens[first].start;
    match.end = tokens[first + count - 1].end;
    match.payloads = payloads;
    matches.push_back(std::move(match));
    return true;
  };
  ForEachAccepted(normalized, tokens, collect, may_start, soft_breaks);
  return matches;
}

void PhraseMatcher::ForEachAccepted(std::string_view normalized, const std::vector<Token>& tokens,
                                    const AcceptFunction& accept,
                                    const std::vector<char>& may_start,
                                    const std::vector<char>& soft_breaks) const {
  if (!impl_ || impl_->entries.empty()) return;
  auto token_hash = [&](std::size_t i) {
    return TokenHash(normalized.substr(tokens[i].start, tokens[i].end - tokens[i].start));
  };
  // Candidates at one position, longest last: (token count, entry).
  std::vector<std::pair<std::size_t, const Impl::Entry*>> candidates;
  std::size_t position = 0;
  while (position < tokens.size()) {
    if (position < may_start.size() && !may_start[position]) {
      ++position;
      continue;
    }
    std::uint64_t hash = token_hash(position);
    if (!impl_->MayBeFirstToken(hash)) {
      ++position;
      continue;
    }
    candidates.clear();
    for (std::size_t count = 1; count <= kMaxTokens && position + count <= tokens.size();
         ++count) {
      const std::size_t last = position + count - 1;
      if (count > 1) {
        const Token& previous = tokens[last - 1];
        const std::string_view gap =
            normalized.substr(previous.end, tokens[last].start - previous.end);
        const bool soft = last < soft_breaks.size() && soft_breaks[last] && gap == "\n";
        if (!soft && !IsNameGap(gap)) break;
        hash = ExtendTokenHash(hash, token_hash(last));
      }
      const Impl::Entry* entry = impl_->Find(hash, [&](std::string_view key) {
        return KeyIs(key, normalized, tokens, position, count);
      });
      if (entry == nullptr) break;
      if (!entry->payloads.empty()) candidates.emplace_back(count, entry);
      if (!entry->has_longer) break;
    }
    bool matched = false;
    for (auto candidate = candidates.rbegin(); candidate != candidates.rend(); ++candidate) {
      const auto [count, entry] = *candidate;
      if (!accept(position, count, entry->payloads)) continue;
      position += count;
      matched = true;
      break;
    }
    if (!matched) ++position;
  }
}

const std::vector<std::uint32_t>* PhraseMatcher::Lookup(std::string_view key) const {
  if (!impl_) return nullptr;
  std::uint64_t hash = 0;
  std::size_t start = 0;
  bool first = true;
  while (start <= key.size()) {
    std::size_t space = key.find(' ', start);
    if (space == std::string_view::npos) space = key.size();
    const std::uint64_t token_hash = TokenHash(key.substr(start, space - start));
    hash = first ? token_hash : ExtendTokenHash(hash, token_hash);
    first = false;
    start = space + 1;
  }
  const Impl::Entry* entry =
      impl_->Find(hash, [&](std::string_view stored) { return stored == key; });
  if (entry == nullptr || entry->payloads.empty()) return nullptr;
  return &entry->payloads;
}

const std::vector<std::uint32_t>* PhraseMatcher::Lookup(std::string_view normalized,
                                                        const std::vector<Token>& tokens,
                                                        std::size_t first,
                                                        std::size_t count) const {
  bool longer = false;
  return Lookup(normalized, tokens, first, count, &longer);
}

const std::vector<std::uint32_t>* PhraseMatcher::Lookup(std::string_view normalized,
                                                        const std::vector<Token>& tokens,
                                                        std::size_t first, std::size_t count,
                                                        bool* longer) const {
  *longer = false;
  if (!impl_ || count == 0 || first + count > tokens.size()) return nullptr;
  std::uint64_t hash = 0;
  for (std::size_t i = first; i < first + count; ++i) {
    const std::uint64_t token_hash =
        TokenHash(normalized.substr(tokens[i].start, tokens[i].end - tokens[i].start));
    // Most tokens of running text start no name: the filter says so
    // without a probe of the table.
    if (i == first && !impl_->MayBeFirstToken(token_hash)) return nullptr;
    hash = i == first ? token_hash : ExtendTokenHash(hash, token_hash);
  }
  const Impl::Entry* entry = impl_->Find(hash, [&](std::string_view key) {
    return KeyIs(key, normalized, tokens, first, count);
  });
  // Every prefix of a name has its entry: without one here, or with one
  // that no name continues, no longer name starts at `first`.
  *longer = entry != nullptr && entry->has_longer;
  if (entry == nullptr || entry->payloads.empty()) return nullptr;
  return &entry->payloads;
}

std::size_t PhraseMatcher::size() const { return impl_ ? impl_->name_count : 0; }

}  // namespace gleaner
