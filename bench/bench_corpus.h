// Inputs shared by the Google Benchmarks: the seed releases, Reuters-21578
// article bodies and other text folders, read from ../shared (or the bundled
// samples) and repeated or cut to a fixed size so runs compare.
#ifndef GLEANER_BENCH_BENCH_CORPUS_H_
#define GLEANER_BENCH_BENCH_CORPUS_H_

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace gleaner::bench {

inline constexpr std::size_t kTargetBytes = 1 << 20;

std::string ReadFile(const std::filesystem::path& path);
// `unit` repeated until the result holds at least `size` bytes ("" stays "").
std::string RepeatTo(const std::string& unit, std::size_t size);
// ../shared/corpora/seeds, else corpora/samples; empty path when neither exists.
std::filesystem::path SeedsDir();
// The .txt files of `folder` in name order (empty when the folder is missing).
std::vector<std::string> TextFiles(const std::filesystem::path& folder);
// Those files joined by `separator` up to about `size` bytes, then repeated to it.
std::string TextCorpus(const std::filesystem::path& folder, const std::string& separator,
                       std::size_t size = kTargetBytes);
// About `size` bytes of article bodies from reut2-000.sgm.gz, references
// decoded, the few non-ASCII bytes dropped; empty without ../shared.
std::string ReutersBodies(std::size_t size = kTargetBytes);

}  // namespace gleaner::bench

#endif  // GLEANER_BENCH_BENCH_CORPUS_H_
