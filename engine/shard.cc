// Parsing "I/N" and choosing the inputs of one shard by a stable path hash.
#include "engine/shard.h"

#include <charconv>
#include <cstdint>
#include <stdexcept>

#include "engine/document.h"

namespace gleaner {
namespace {

constexpr unsigned kMaxShards = 100000;

bool ParseUnsigned(std::string_view text, unsigned* value) {
  if (text.empty()) return false;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *value);
  return error == std::errc() && end == text.data() + text.size();
}

}  // namespace

ShardSpec ParseShardSpec(std::string_view text) {
  const std::string quoted = "--shard '" + std::string(text) + "'";
  const std::size_t slash = text.find('/');
  ShardSpec shard;
  if (slash == std::string_view::npos || !ParseUnsigned(text.substr(0, slash), &shard.index) ||
      !ParseUnsigned(text.substr(slash + 1), &shard.count)) {
    throw std::invalid_argument(quoted + " is not I/N (shard I of N, counted from 0)");
  }
  if (shard.count == 0 || shard.count > kMaxShards) {
    throw std::invalid_argument(quoted + ": N must be between 1 and " +
                                std::to_string(kMaxShards));
  }
  if (shard.index >= shard.count) {
    throw std::invalid_argument(quoted + ": I must be between 0 and " +
                                std::to_string(shard.count - 1) + " (shards count from 0)");
  }
  return shard;
}

bool InShard(const std::filesystem::path& input, const ShardSpec& shard) {
  if (shard.count <= 1) return true;
  std::error_code ec;
  std::filesystem::path absolute = std::filesystem::absolute(input, ec);
  if (ec) absolute = input;
  // ContentHash is the project's stable FNV-1a digest, as 16 hex digits.
  const std::string digest = ContentHash(absolute.lexically_normal().string());
  std::uint64_t hash = 0;
  std::from_chars(digest.data(), digest.data() + digest.size(), hash, 16);
  return hash % shard.count == shard.index;
}

std::vector<std::filesystem::path> SelectShard(const std::vector<std::filesystem::path>& inputs,
                                               const ShardSpec& shard) {
  std::vector<std::filesystem::path> selected;
  for (const std::filesystem::path& input : inputs) {
    if (InShard(input, shard)) selected.push_back(input);
  }
  return selected;
}

}  // namespace gleaner
