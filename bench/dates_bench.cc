// Throughput of DateExtractor::Extract in bytes per second, on the seed press
// releases, on Reuters-21578 articles (the reuters evaluation set when
// tools/eval has written them, else the bodies of the first .sgm.gz file
// under shared/corpora/reuters21578) and on TempEval-3 news when present.
// Texts are normalized once outside the timed loop, so the numbers are the
// extractor's own; a document date is given, so relative dates are resolved.
// The *WithoutPrefilter runs give the speed of every rule over the whole text
// (DateExtractorOptions::prefilter = false), for comparison. BM_DatesStartup
// times loading the rules (what a run over a few files pays).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "bench/bench_corpus.h"
#include "engine/normalize.h"
#include "extractors/dates.h"

namespace {

namespace fs = std::filesystem;
using gleaner::bench::kTargetBytes;
using gleaner::bench::RepeatTo;

std::string SeedCorpus() { return gleaner::bench::TextCorpus(gleaner::bench::SeedsDir(), "\n\n"); }
// Reuters articles as tools/eval writes them, else the bodies of the first SGML file.
std::string ReutersCorpus() {
  std::string docs = gleaner::bench::TextCorpus(gleaner::bench::EvalSetDocs("reuters"), "\n\n");
  return docs.empty() ? gleaner::bench::ReutersBodies() : docs;
}
std::string TempEvalCorpus() {
  return gleaner::bench::TextCorpus(gleaner::bench::EvalSetDocs("te3-train"), "\n\n");
}


const gleaner::DateExtractor& Extractor() {
  static const gleaner::DateExtractor extractor(fs::path(GLEANER_DATA_DIR) / "rules" /
                                                "dates.rules");
  return extractor;
}

const gleaner::DateExtractor& UnfilteredExtractor() {
  static const gleaner::DateExtractor extractor(
      fs::path(GLEANER_DATA_DIR) / "rules" / "dates.rules",
      gleaner::DateExtractorOptions{.prefilter = false});
  return extractor;
}

void RunExtract(benchmark::State& state, const std::string& text,
                const std::string& document_date,
                const gleaner::DateExtractor& extractor = Extractor()) {
  if (text.empty()) {
    state.SkipWithError("corpus not found");
    return;
  }
  const gleaner::Normalizer normalizer;
  const gleaner::NormalizedText normalized = normalizer.Normalize(text);
  std::vector<gleaner::Mention> mentions;
  for (auto _ : state) {
    mentions.clear();
    extractor.Extract(gleaner::TextView{text, normalized},
                      gleaner::ExtractionContext{document_date}, &mentions);
    benchmark::DoNotOptimize(mentions.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
  state.counters["mentions"] = static_cast<double>(mentions.size());
}

void BM_DatesSeeds(benchmark::State& state) {
  static const std::string text = SeedCorpus();
  RunExtract(state, text, "2021-10-15");
}
BENCHMARK(BM_DatesSeeds)->Unit(benchmark::kMillisecond);

void BM_DatesReuters(benchmark::State& state) {
  static const std::string text = ReutersCorpus();
  RunExtract(state, text, "1987-03-01");
}
BENCHMARK(BM_DatesReuters)->Unit(benchmark::kMillisecond);

void BM_DatesTempEval(benchmark::State& state) {
  static const std::string text = TempEvalCorpus();
  RunExtract(state, text, "1998-01-08");
}
BENCHMARK(BM_DatesTempEval)->Unit(benchmark::kMillisecond);

void BM_DatesReutersWithoutPrefilter(benchmark::State& state) {
  static const std::string text = ReutersCorpus();
  RunExtract(state, text, "1987-03-01", UnfilteredExtractor());
}
BENCHMARK(BM_DatesReutersWithoutPrefilter)->Unit(benchmark::kMillisecond);

void BM_DatesTempEvalWithoutPrefilter(benchmark::State& state) {
  static const std::string text = TempEvalCorpus();
  RunExtract(state, text, "1998-01-08", UnfilteredExtractor());
}
BENCHMARK(BM_DatesTempEvalWithoutPrefilter)->Unit(benchmark::kMillisecond);

}  // namespace

void BM_DatesStartup(benchmark::State& state) {
  for (auto _ : state) {
    gleaner::DateExtractor extractor(fs::path(GLEANER_DATA_DIR) / "rules" / "dates.rules");
    benchmark::DoNotOptimize(&extractor);
  }
}
BENCHMARK(BM_DatesStartup)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
