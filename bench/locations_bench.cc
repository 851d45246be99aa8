// Throughput of LocationExtractor::Extract alone (normalization done up
// front, not timed), in bytes of raw text per second: over Reuters-21578
// documents when GLEANER_BENCH_REUTERS_DOCS names a docs folder written by
// shared/eval/reuters.py (first ~4 MB of it), else over the seed releases
// repeated to about 1 MB.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "engine/normalize.h"
#include "extractors/locations.h"

namespace {

namespace fs = std::filesystem;

constexpr std::size_t kTargetBytes = 4 << 20;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<fs::path> TextFiles(const fs::path& folder) {
  std::vector<fs::path> files;
  if (!fs::is_directory(folder)) return files;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Documents to run over: a Reuters slice, else the seeds repeated.
std::vector<std::string> Documents() {
  std::vector<std::string> documents;
  std::size_t total = 0;
  if (const char* reuters = std::getenv("GLEANER_BENCH_REUTERS_DOCS")) {
    for (const fs::path& file : TextFiles(reuters)) {
      if (total >= kTargetBytes) break;
      documents.push_back(ReadFile(file));
      total += documents.back().size();
    }
    if (!documents.empty()) return documents;
  }
  fs::path seeds = fs::path(GLEANER_SHARED_DIR) / "corpora" / "seeds";
  if (!fs::is_directory(seeds)) seeds = fs::path(GLEANER_DATA_DIR) / "samples";
  std::vector<std::string> seed_texts;
  for (const fs::path& file : TextFiles(seeds)) seed_texts.push_back(ReadFile(file));
  while (!seed_texts.empty() && total < (1 << 20)) {
    for (const std::string& text : seed_texts) {
      documents.push_back(text);
      total += text.size();
    }
  }
  return documents;
}

void BM_LocationExtract(benchmark::State& state) {
  const gleaner::Normalizer normalizer;
  const gleaner::LocationExtractor extractor(fs::path(GLEANER_DATA_DIR) / "gazetteer", normalizer);
  const std::vector<std::string> documents = Documents();
  std::vector<gleaner::NormalizedText> normalized(documents.size());
  std::size_t bytes = 0;
  for (std::size_t i = 0; i < documents.size(); ++i) {
    normalizer.Normalize(documents[i], normalized[i]);
    bytes += documents[i].size();
  }
  std::vector<gleaner::Mention> mentions;
  for (auto _ : state) {
    for (std::size_t i = 0; i < documents.size(); ++i) {
      mentions.clear();
      extractor.Extract(gleaner::TextView{documents[i], normalized[i]}, {}, &mentions);
      benchmark::DoNotOptimize(mentions.data());
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
  state.counters["documents"] = static_cast<double>(documents.size());
}
BENCHMARK(BM_LocationExtract)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
