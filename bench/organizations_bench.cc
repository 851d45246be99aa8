// Throughput of OrganizationExtractor::Extract in bytes per second, document
// by document, over the seed press releases, CoNLL-2003 dev documents
// (the conll-dev evaluation set) and Reuters-21578 articles
// (the reuters set) when tools/eval has built them (bench/bench_corpus.h). Texts are
// normalized once outside the timed loop, so the numbers are the
// extractor's own.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "bench/bench_corpus.h"
#include "engine/normalize.h"
#include "extractors/organizations.h"

namespace {

namespace fs = std::filesystem;

// Documents are read until about this many bytes.
constexpr std::size_t kTargetBytes = 2 << 20;

using Corpus = gleaner::bench::NormalizedCorpus;

const gleaner::Normalizer& SharedNormalizer() {
  static const gleaner::Normalizer normalizer;
  return normalizer;
}

Corpus LoadCorpus(const fs::path& folder) {
  return gleaner::bench::LoadNormalizedCorpus(folder, SharedNormalizer(), kTargetBytes);
}

const gleaner::OrganizationExtractor& Extractor() {
  static const gleaner::OrganizationExtractor extractor(
      SharedNormalizer(), fs::path(GLEANER_DATA_DIR) / "rules" / "organizations.rules",
      fs::path(GLEANER_DATA_DIR) / "organizations" / "bodies.tsv");
  return extractor;
}

void Run(benchmark::State& state, const Corpus& corpus) {
  if (corpus.raw.empty()) {
    state.SkipWithError("corpus not found");
    return;
  }
  const auto& extractor = Extractor();
  std::size_t mentions = 0;
  for (auto _ : state) {
    for (std::size_t i = 0; i < corpus.raw.size(); ++i) {
      std::vector<gleaner::Mention> out;
      extractor.Extract(gleaner::TextView{corpus.raw[i], corpus.normalized[i]}, {}, &out);
      mentions += out.size();
    }
  }
  benchmark::DoNotOptimize(mentions);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
}

void BM_OrganizationsSeeds(benchmark::State& state) {
  fs::path seeds = fs::path(GLEANER_SHARED_DIR) / "corpora" / "seeds";
  if (!fs::is_directory(seeds)) seeds = fs::path(GLEANER_DATA_DIR) / "samples";
  static const Corpus corpus = LoadCorpus(seeds);
  Run(state, corpus);
}

void BM_OrganizationsConll(benchmark::State& state) {
  static const Corpus corpus = LoadCorpus(gleaner::bench::EvalSetDocs("conll-dev"));
  Run(state, corpus);
}

void BM_OrganizationsReuters(benchmark::State& state) {
  static const Corpus corpus = LoadCorpus(gleaner::bench::EvalSetDocs("reuters"));
  Run(state, corpus);
}

// The word scanner alone, which PersonExtractor shares.
void BM_ScanNameWordsReuters(benchmark::State& state) {
  static const Corpus corpus = LoadCorpus(gleaner::bench::EvalSetDocs("reuters"));
  if (corpus.raw.empty()) {
    state.SkipWithError("corpus not found");
    return;
  }
  std::size_t words = 0;
  for (auto _ : state) {
    for (std::size_t i = 0; i < corpus.raw.size(); ++i) {
      words += gleaner::ScanNameWords(gleaner::TextView{corpus.raw[i], corpus.normalized[i]}).size();
    }
  }
  benchmark::DoNotOptimize(words);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
}

// As the Analyzer runs it: from words scanned once outside the timed loop.
void BM_OrganizationsReutersFromWords(benchmark::State& state) {
  static const Corpus corpus = LoadCorpus(gleaner::bench::EvalSetDocs("reuters"));
  if (corpus.raw.empty()) {
    state.SkipWithError("corpus not found");
    return;
  }
  std::vector<std::vector<gleaner::NameWord>> words;
  for (std::size_t i = 0; i < corpus.raw.size(); ++i) {
    words.push_back(gleaner::ScanNameWords(gleaner::TextView{corpus.raw[i], corpus.normalized[i]}));
  }
  const auto& extractor = Extractor();
  std::size_t mentions = 0;
  for (auto _ : state) {
    for (std::size_t i = 0; i < corpus.raw.size(); ++i) {
      std::vector<gleaner::Mention> out;
      extractor.ExtractFromWords(gleaner::TextView{corpus.raw[i], corpus.normalized[i]}, words[i],
                                 &out);
      mentions += out.size();
    }
  }
  benchmark::DoNotOptimize(mentions);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
}

BENCHMARK(BM_ScanNameWordsReuters)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OrganizationsReutersFromWords)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OrganizationsSeeds)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OrganizationsConll)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OrganizationsReuters)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
