// Time of Analyzer::Analyze on hostile text (what tools/fuzz-inputs feeds the
// binary): one pattern repeated to 128 KB ... 1 MB, one document each, so
// the whole input is one analysis part. Google Benchmark fits the growth
// (Complexity): every pattern must come out O(N); a quadratic step shows as
// an O(N^2) fit or as the 1 MB run taking far more than 8x the 128 KB one.
// Not a unit test: timings on a shared machine are for reading, not asserts.
#include <benchmark/benchmark.h>

#include <cstddef>
#include <filesystem>
#include <string>

#include "engine/document.h"
#include "extractors/analyzer.h"

namespace {

const gleaner::Analyzer& TheAnalyzer() {
  static const gleaner::Analyzer analyzer{std::filesystem::path(GLEANER_DATA_DIR)};
  return analyzer;
}

void RunPattern(benchmark::State& state, const std::string& unit) {
  const std::size_t bytes = static_cast<std::size_t>(state.range(0));
  gleaner::Document doc;
  doc.id = "hostile";
  doc.source_path = "hostile.txt";
  doc.format = "text";
  while (doc.raw.size() < bytes) doc.raw += unit;
  doc.raw.resize(bytes);
  doc.text = doc.raw;
  const gleaner::Analyzer& analyzer = TheAnalyzer();
  for (auto _ : state) {
    benchmark::DoNotOptimize(analyzer.Analyze(doc));
  }
  state.SetComplexityN(state.range(0));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(bytes));
}

#define HOSTILE(name, unit)                                                       \
  void BM_Hostile##name(benchmark::State& state) { RunPattern(state, unit); }     \
  BENCHMARK(BM_Hostile##name)                                                     \
      ->RangeMultiplier(2)                                                        \
      ->Range(128 << 10, 1 << 20)                                                 \
      ->Unit(benchmark::kMillisecond)                                             \
      ->Complexity()

// Full dates on one line without a newline (the document-date search).
HOSTILE(DatesOnOneLine, "1 May 2020, ");
HOSTILE(CapitalizedWords, "Ministry Almaty John Smith Bank Of Union Kazakh May Central Asia ");
HOSTILE(MinistryOf, "Ministry of ");
HOSTILE(OpenParentheses, "(");
HOSTILE(Digits, "31415926535897932384626433832795028841971693993751");
HOSTILE(Counts, "1,500 people and ");
HOSTILE(PlaceList, "Almaty, Astana, Bishkek, Osh, ");
HOSTILE(NamesJoinedByAnd, "John and Mary and Bank and Union and ");
HOSTILE(Newlines, "\n");

}  // namespace

BENCHMARK_MAIN();
