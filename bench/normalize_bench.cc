// Throughput of Normalizer::Normalize (and IsValidUtf8) on the seed press
// releases, on plain ASCII English and on Cyrillic text, in bytes per second.
// Each text is normalized twice over: into a fresh NormalizedText per call
// (…Fresh: includes allocating and page-faulting ~9 output bytes per input
// byte) and into one reused NormalizedText (…Reused: the normalizer itself).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "bench/bench_corpus.h"
#include "engine/normalize.h"

namespace {

namespace fs = std::filesystem;

using gleaner::bench::kTargetBytes;  // inputs are repeated to about this size
using gleaner::bench::RepeatTo;

std::vector<std::string> SeedReleases() { return gleaner::bench::TextFiles(gleaner::bench::SeedsDir()); }

// The seed releases, concatenated and repeated; empty without a corpus.
std::string SeedCorpus() {
  return gleaner::bench::TextCorpus(gleaner::bench::SeedsDir(), "\n", kTargetBytes);
}

std::string AsciiText() {
  return RepeatTo(
      "ALMATY, Kazakhstan (Reuters) - Officials from five Central Asian states met on "
      "Tuesday to discuss border security and the return of 1,200 citizens from camps in "
      "northeast Syria, a spokesman for the foreign ministry said.\n"
      "\"We agreed to share information faster,\" the spokesman told reporters, adding "
      "that a regional working group would meet again in March 2024. The United Nations "
      "Office on Drugs and Crime (UNODC) has trained 340 prosecutors since 2019.\n",
      kTargetBytes);
}

std::string CyrillicText() {
  return RepeatTo(
      "\u0410\u041B\u041C\u0410\u0422\u042B, 15 \u043E\u043A\u0442\u044F\u0431\u0440\u044F "
      "\u2013 \u041F\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u0438\u0442\u0435\u043B\u0438 "
      "\u043F\u044F\u0442\u0438 \u0433\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432 "
      "\u0426\u0435\u043D\u0442\u0440\u0430\u043B\u044C\u043D\u043E\u0439 \u0410\u0437\u0438"
      "\u0438 \u043E\u0431\u0441\u0443\u0434\u0438\u043B\u0438 \u0432\u043E\u043F\u0440\u043E"
      "\u0441\u044B \u0431\u0435\u0437\u043E\u043F\u0430\u0441\u043D\u043E\u0441\u0442\u0438 "
      "\u0433\u0440\u0430\u043D\u0438\u0446 \u0438 \u00AB\u041F\u0440\u043E\u0433\u0440\u0430"
      "\u043C\u043C\u0443 \u041E\u0411\u0421\u0415\u00BB.\n",
      kTargetBytes);
}

constexpr char kNoCorpus[] = "no seed corpus found (../shared/corpora/seeds or corpora/samples)";

void RunNormalizeFresh(benchmark::State& state, const std::string& text) {
  if (text.empty()) {
    state.SkipWithError(kNoCorpus);
    return;
  }
  const gleaner::Normalizer normalizer;
  for (auto _ : state) {
    gleaner::NormalizedText normalized = normalizer.Normalize(text);
    benchmark::DoNotOptimize(normalized.text.data());
    benchmark::DoNotOptimize(normalized.raw_end.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(text.size()));
}

void RunNormalizeReused(benchmark::State& state, const std::string& text) {
  if (text.empty()) {
    state.SkipWithError(kNoCorpus);
    return;
  }
  const gleaner::Normalizer normalizer;
  gleaner::NormalizedText normalized;
  for (auto _ : state) {
    normalizer.Normalize(text, normalized);
    benchmark::DoNotOptimize(normalized.text.data());
    benchmark::DoNotOptimize(normalized.raw_end.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(text.size()));
}

void BM_NormalizeSeedsFresh(benchmark::State& state) { RunNormalizeFresh(state, SeedCorpus()); }
void BM_NormalizeSeedsReused(benchmark::State& state) { RunNormalizeReused(state, SeedCorpus()); }
void BM_NormalizeAsciiFresh(benchmark::State& state) { RunNormalizeFresh(state, AsciiText()); }
void BM_NormalizeAsciiReused(benchmark::State& state) { RunNormalizeReused(state, AsciiText()); }
void BM_NormalizeCyrillicFresh(benchmark::State& state) { RunNormalizeFresh(state, CyrillicText()); }
void BM_NormalizeCyrillicReused(benchmark::State& state) {
  RunNormalizeReused(state, CyrillicText());
}

// What the pipeline does: one call per release, each into a fresh result.
void BM_NormalizeSeedReleasesOneByOne(benchmark::State& state) {
  const std::vector<std::string> releases = SeedReleases();
  if (releases.empty()) {
    state.SkipWithError(kNoCorpus);
    return;
  }
  const gleaner::Normalizer normalizer;
  std::int64_t bytes_per_round = 0;
  for (const std::string& release : releases) bytes_per_round += static_cast<std::int64_t>(release.size());
  for (auto _ : state) {
    for (const std::string& release : releases) {
      gleaner::NormalizedText normalized = normalizer.Normalize(release);
      benchmark::DoNotOptimize(normalized.text.data());
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * bytes_per_round);
}

void BM_IsValidUtf8Seeds(benchmark::State& state) {
  const std::string text = SeedCorpus();
  if (text.empty()) {
    state.SkipWithError(kNoCorpus);
    return;
  }
  for (auto _ : state) benchmark::DoNotOptimize(gleaner::IsValidUtf8(text));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(text.size()));
}

void BM_NormalizerConstruction(benchmark::State& state) {
  for (auto _ : state) {
    gleaner::Normalizer normalizer;
    benchmark::DoNotOptimize(&normalizer);
  }
}

BENCHMARK(BM_NormalizeSeedsFresh)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NormalizeSeedsReused)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NormalizeSeedReleasesOneByOne)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_NormalizeAsciiFresh)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NormalizeAsciiReused)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NormalizeCyrillicFresh)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NormalizeCyrillicReused)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IsValidUtf8Seeds)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_NormalizerConstruction)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
