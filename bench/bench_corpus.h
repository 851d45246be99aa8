// Inputs shared by the Google Benchmarks: the seed releases, Reuters-21578
// article bodies and other text folders, read from ../shared (or the bundled
// samples) and repeated or cut to a fixed size so runs compare.
#ifndef GLEANER_BENCH_BENCH_CORPUS_H_
#define GLEANER_BENCH_BENCH_CORPUS_H_

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "engine/normalize.h"

namespace gleaner::bench {

inline constexpr std::size_t kTargetBytes = 1 << 20;

std::string ReadFile(const std::filesystem::path& path);
// `unit` repeated until the result holds at least `size` bytes ("" stays "").
std::string RepeatTo(const std::string& unit, std::size_t size);
// ../shared/corpora/seeds, else corpora/samples; empty path when neither exists.
std::filesystem::path SeedsDir();
// The documents of an evaluation set that tools/eval builds from ../shared
// ("reuters", "te3-train", "conll-dev"): build/evalsets/NAME/docs under the
// source tree, else /tmp/evalsets/NAME/docs; empty path when neither exists.
std::filesystem::path EvalSetDocs(const std::string& name);
// The paths of the .txt files of `folder` in name order (empty when the
// folder is missing).
std::vector<std::filesystem::path> TextFilePaths(const std::filesystem::path& folder);
// The .txt files of `folder` in name order (empty when the folder is missing).
std::vector<std::string> TextFiles(const std::filesystem::path& folder);
// Documents one by one, each with its normalized view, for extractors timed
// document by document.
struct NormalizedCorpus {
  std::vector<std::string> raw;
  std::vector<NormalizedText> normalized;
  std::size_t bytes = 0;
};
// The valid UTF-8 .txt files of `folder` in name order, normalized once,
// until about `size` bytes; when they are fewer, the same documents again.
NormalizedCorpus LoadNormalizedCorpus(const std::filesystem::path& folder,
                                      const Normalizer& normalizer, std::size_t size);
// Those files joined by `separator` up to about `size` bytes, then repeated to it.
std::string TextCorpus(const std::filesystem::path& folder, const std::string& separator,
                       std::size_t size = kTargetBytes);
// About `size` bytes of article bodies from reut2-000.sgm.gz, references
// decoded, the few non-ASCII bytes dropped; empty without ../shared.
std::string ReutersBodies(std::size_t size = kTargetBytes);

}  // namespace gleaner::bench

#endif  // GLEANER_BENCH_BENCH_CORPUS_H_
