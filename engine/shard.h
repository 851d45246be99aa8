// Deterministic slicing of an input list into N shards, so N processes (or N
// Slurm array tasks) each index a disjoint part and together cover all inputs.
//
// An input belongs to shard I of N when the FNV-1a hash of its absolute path,
// modulo N, is I. Hashing the path (rather than dealing out a sorted list
// round-robin) keeps a file in the same shard when files are added or removed,
// so re-ingesting a grown folder replaces each document in the shard that
// already holds it instead of duplicating it in another one.
// Shards are numbered from 0, like `sbatch --array=0-(N-1)` and
// $SLURM_ARRAY_TASK_ID.
#ifndef GLEANER_ENGINE_SHARD_H_
#define GLEANER_ENGINE_SHARD_H_

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace gleaner {

struct ShardSpec {
  unsigned index = 0;  // 0-based shard number, index < count
  unsigned count = 1;  // number of shards; 1 = everything
};

// Parses "I/N" (0 <= I < N, 1 <= N <= 100000). Throws std::invalid_argument
// with a one-line reason for anything else.
ShardSpec ParseShardSpec(std::string_view text);

// True when `input` (a file path, made absolute) falls in `shard`.
bool InShard(const std::filesystem::path& input, const ShardSpec& shard);

// The inputs of `inputs` that fall in `shard`, order kept.
std::vector<std::filesystem::path> SelectShard(const std::vector<std::filesystem::path>& inputs,
                                               const ShardSpec& shard);

}  // namespace gleaner

#endif  // GLEANER_ENGINE_SHARD_H_
