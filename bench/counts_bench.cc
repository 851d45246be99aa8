// Throughput of CountExtractor::Extract in bytes per second, on the seed
// press releases and on a slice of Reuters-21578 article bodies (when
// ../shared is present; the .sgm.gz files are read through `gzip -dc`).
// Texts are normalized once outside the timed loop, so the numbers are the
// extractor's own; BM_Counts*WithNormalize adds normalization for scale.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "bench/bench_corpus.h"
#include "engine/normalize.h"
#include "extractors/counts.h"

namespace {

namespace fs = std::filesystem;
using gleaner::bench::kTargetBytes;
using gleaner::bench::RepeatTo;

std::string SeedCorpus() { return gleaner::bench::TextCorpus(gleaner::bench::SeedsDir(), "\n"); }
std::string ReutersSlice() { return gleaner::bench::ReutersBodies(); }


const gleaner::CountExtractor& Extractor() {
  static const gleaner::CountExtractor extractor(
      fs::path(GLEANER_DATA_DIR) / "rules" / "counts.rules",
      fs::path(GLEANER_DATA_DIR) / "rules" / "count-nouns.txt");
  return extractor;
}

void RunExtract(benchmark::State& state, const std::string& text, bool with_normalize) {
  if (text.empty()) {
    state.SkipWithError("corpus not found");
    return;
  }
  const gleaner::Normalizer normalizer;
  const gleaner::CountExtractor& extractor = Extractor();
  gleaner::NormalizedText normalized = normalizer.Normalize(text);
  std::vector<gleaner::Mention> mentions;
  for (auto _ : state) {
    if (with_normalize) normalizer.Normalize(text, normalized);
    mentions.clear();
    extractor.Extract(gleaner::TextView{text, normalized}, gleaner::ExtractionContext{},
                      &mentions);
    benchmark::DoNotOptimize(mentions.data());
  }
  state.counters["mentions"] = static_cast<double>(mentions.size());
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(text.size()));
}

void BM_CountsSeeds(benchmark::State& state) { RunExtract(state, SeedCorpus(), false); }
void BM_CountsReuters(benchmark::State& state) { RunExtract(state, ReutersSlice(), false); }
void BM_CountsSeedsWithNormalize(benchmark::State& state) {
  RunExtract(state, SeedCorpus(), true);
}
void BM_CountsReutersWithNormalize(benchmark::State& state) {
  RunExtract(state, ReutersSlice(), true);
}

BENCHMARK(BM_CountsSeeds)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CountsReuters)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CountsSeedsWithNormalize)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CountsReutersWithNormalize)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
