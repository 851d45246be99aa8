// Throughput of CountExtractor::Extract in bytes per second, on the seed
// press releases and on a slice of Reuters-21578 article bodies (when
// ../shared is present; the .sgm.gz files are read through `gzip -dc`).
// Texts are normalized once outside the timed loop, so the numbers are the
// extractor's own; BM_Counts*WithNormalize adds normalization for scale.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "engine/normalize.h"
#include "extractors/counts.h"

namespace {

namespace fs = std::filesystem;

// Every input is repeated (or cut) to about this size.
constexpr std::size_t kTargetBytes = 1 << 20;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string RepeatTo(const std::string& unit, std::size_t size) {
  std::string text;
  if (unit.empty()) return text;
  text.reserve(size + unit.size());
  while (text.size() < size) text += unit;
  return text;
}

std::string SeedCorpus() {
  fs::path seeds = fs::path(GLEANER_SHARED_DIR) / "corpora" / "seeds";
  if (!fs::is_directory(seeds)) seeds = fs::path(GLEANER_DATA_DIR) / "samples";
  if (!fs::is_directory(seeds)) return {};
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(seeds)) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::string corpus;
  for (const fs::path& file : files) corpus += ReadFile(file) + "\n";
  return RepeatTo(corpus, kTargetBytes);
}

std::string Gunzip(const fs::path& path) {
  const std::string command = "gzip -dc '" + path.string() + "'";
  std::FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return {};
  std::string out;
  char buffer[1 << 16];
  std::size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, got);
  ::pclose(pipe);
  return out;
}

void ReplaceAll(std::string* text, const std::string& from, const std::string& to) {
  for (std::size_t at = text->find(from); at != std::string::npos;
       at = text->find(from, at + to.size())) {
    text->replace(at, from.size(), to);
  }
}

// About kTargetBytes of article bodies from the first Reuters file, as UTF-8
// (the collection is ASCII apart from a few stray bytes, dropped here).
std::string ReutersSlice() {
  const fs::path file = fs::path(GLEANER_SHARED_DIR) / "corpora" / "reuters21578" /
                        "reut2-000.sgm.gz";
  if (!fs::exists(file)) return {};
  const std::string sgml = Gunzip(file);
  std::string bodies;
  for (std::size_t open = sgml.find("<BODY>"); open != std::string::npos && bodies.size() < kTargetBytes;
       open = sgml.find("<BODY>", open + 1)) {
    const std::size_t start = open + 6;
    const std::size_t close = sgml.find("</BODY>", start);
    if (close == std::string::npos) break;
    bodies.append(sgml, start, close - start);
    bodies += "\n\n";
  }
  bodies.erase(std::remove_if(bodies.begin(), bodies.end(),
                              [](char c) { return static_cast<unsigned char>(c) >= 0x80; }),
               bodies.end());
  ReplaceAll(&bodies, "&lt;", "<");
  ReplaceAll(&bodies, "&gt;", ">");
  ReplaceAll(&bodies, "&amp;", "&");
  return RepeatTo(bodies, kTargetBytes);
}

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
