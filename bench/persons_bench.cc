// Throughput of PersonExtractor::Extract in bytes per second, document
// by document, over the seed press releases, CoNLL-2003 dev documents
// (the conll-dev evaluation set) and Reuters-21578 articles
// (the reuters set) when tools/eval has built them (bench/bench_corpus.h). Texts are
// normalized once outside the timed loop, so the numbers are the
// extractor's own (which includes the organization finder it runs to veto
// persons inside organizations' names); BM_PersonsReutersInAnalyzer gives
// it the words and organizations as the Analyzer does.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "bench/bench_corpus.h"
#include "engine/normalize.h"
#include "extractors/persons.h"

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

const gleaner::PersonExtractor& Extractor() {
  static const gleaner::PersonExtractor extractor(SharedNormalizer(), fs::path(GLEANER_DATA_DIR));
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

void BM_PersonsSeeds(benchmark::State& state) {
  fs::path seeds = fs::path(GLEANER_SHARED_DIR) / "corpora" / "seeds";
  if (!fs::is_directory(seeds)) seeds = fs::path(GLEANER_DATA_DIR) / "samples";
  static const Corpus corpus = LoadCorpus(seeds);
  Run(state, corpus);
}

void BM_PersonsConll(benchmark::State& state) {
  static const Corpus corpus = LoadCorpus(gleaner::bench::EvalSetDocs("conll-dev"));
  Run(state, corpus);
}

void BM_PersonsReuters(benchmark::State& state) {
  static const Corpus corpus = LoadCorpus(gleaner::bench::EvalSetDocs("reuters"));
  Run(state, corpus);
}

// As the Analyzer runs it: the name words and the organizations' spans
// are given in the context (worked out outside the timed loop), so this is
// the person finder's own cost.
void BM_PersonsReutersInAnalyzer(benchmark::State& state) {
  static const Corpus corpus = LoadCorpus(gleaner::bench::EvalSetDocs("reuters"));
  if (corpus.raw.empty()) {
    state.SkipWithError("corpus not found");
    return;
  }
  static const gleaner::OrganizationExtractor organizations(
      SharedNormalizer(), fs::path(GLEANER_DATA_DIR) / "rules" / "organizations.rules",
      fs::path(GLEANER_DATA_DIR) / "organizations" / "bodies.tsv");
  std::vector<std::vector<gleaner::NameWord>> words;
  std::vector<std::vector<gleaner::ByteSpan>> spans;
  for (std::size_t i = 0; i < corpus.raw.size(); ++i) {
    const gleaner::TextView view{corpus.raw[i], corpus.normalized[i]};
    words.push_back(gleaner::ScanNameWords(view));
    std::vector<gleaner::Mention> found;
    organizations.ExtractFromWords(view, words.back(), &found);
    spans.emplace_back();
    for (const gleaner::Mention& mention : found) {
      spans.back().push_back(gleaner::ByteSpan{mention.start, mention.end});
    }
  }
  const auto& extractor = Extractor();
  std::size_t mentions = 0;
  for (auto _ : state) {
    for (std::size_t i = 0; i < corpus.raw.size(); ++i) {
      gleaner::ExtractionContext context;
      context.name_words = &words[i];
      context.organization_spans = &spans[i];
      std::vector<gleaner::Mention> out;
      extractor.Extract(gleaner::TextView{corpus.raw[i], corpus.normalized[i]}, context, &out);
      mentions += out.size();
    }
  }
  benchmark::DoNotOptimize(mentions);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
}

BENCHMARK(BM_PersonsSeeds)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PersonsConll)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PersonsReuters)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PersonsReutersInAnalyzer)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
