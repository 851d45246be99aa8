// Names of the enums in document.h and the content digest.
#include "engine/document.h"

#include <array>
#include <cstdint>
#include <stdexcept>

namespace gleaner {
namespace {

constexpr std::array<std::pair<DateSource, std::string_view>, 6> kDateSourceNames{{
    {DateSource::kNone, "none"},
    {DateSource::kCommandLine, "command-line"},
    {DateSource::kSidecar, "sidecar"},
    {DateSource::kMetadata, "metadata"},
    {DateSource::kDateline, "dateline"},
    {DateSource::kFirstDate, "first-date"},
}};

constexpr std::array<std::pair<MentionType, std::string_view>, 6> kMentionTypeNames{{
    {MentionType::kDate, "date"},
    {MentionType::kLocation, "location"},
    {MentionType::kOrganization, "organization"},
    {MentionType::kCount, "count"},
    {MentionType::kPerson, "person"},
    {MentionType::kProgramme, "programme"},
}};

template <typename Enum, std::size_t N>
std::string_view NameOf(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum e) {
  for (const auto& [value, name] : table) {
    if (value == e) return name;
  }
  return "unknown";
}

template <typename Enum, std::size_t N>
std::optional<Enum> ValueOf(const std::array<std::pair<Enum, std::string_view>, N>& table,
                            std::string_view name) {
  for (const auto& [value, candidate] : table) {
    if (candidate == name) return value;
  }
  return std::nullopt;
}

}  // namespace

std::string_view DateSourceName(DateSource source) { return NameOf(kDateSourceNames, source); }
std::optional<DateSource> ParseDateSource(std::string_view name) {
  return ValueOf(kDateSourceNames, name);
}

std::string_view MentionTypeName(MentionType type) { return NameOf(kMentionTypeNames, type); }
std::optional<MentionType> ParseMentionType(std::string_view name) {
  return ValueOf(kMentionTypeNames, name);
}

Attributes& Attributes::operator=(std::initializer_list<value_type> entries) {
  entries_.clear();
  entries_.reserve(entries.size());
  for (const value_type& entry : entries) emplace(entry.first, entry.second);
  return *this;
}

const std::string& Attributes::at(std::string_view name) const {
  const auto found = find(name);
  if (found == end()) throw std::out_of_range("no attribute " + std::string(name));
  return found->second;
}

std::pair<Attributes::iterator, bool> Attributes::emplace(std::string_view name,
                                                          std::string value) {
  auto at = LowerBound(name);
  if (at != entries_.end() && at->first == name) return {at, false};
  at = Insert(at, name);
  at->second = std::move(value);
  return {at, true};
}

std::string ContentHash(std::string_view bytes) {
  constexpr std::uint64_t kPrime = 1099511628211ULL;
  std::uint64_t hash = 14695981039346656037ULL;
  // FNV-1a, one byte at a time as ever, eight to a loop turn: the loop's
  // own counting and branching cost as much as the hashing.
  const auto* byte = reinterpret_cast<const unsigned char*>(bytes.data());
  const unsigned char* const end = byte + bytes.size();
  for (; end - byte >= 8; byte += 8) {
    hash = (hash ^ byte[0]) * kPrime;
    hash = (hash ^ byte[1]) * kPrime;
    hash = (hash ^ byte[2]) * kPrime;
    hash = (hash ^ byte[3]) * kPrime;
    hash = (hash ^ byte[4]) * kPrime;
    hash = (hash ^ byte[5]) * kPrime;
    hash = (hash ^ byte[6]) * kPrime;
    hash = (hash ^ byte[7]) * kPrime;
  }
  for (; byte != end; ++byte) hash = (hash ^ *byte) * kPrime;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, hash >>= 4) out[static_cast<std::size_t>(i)] = kHex[hash & 0xF];
  return out;
}

}  // namespace gleaner
