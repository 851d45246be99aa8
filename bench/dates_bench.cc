// Throughput of DateExtractor::Extract in bytes per second, on the seed press
// releases, on Reuters-21578 articles (/tmp/evalsets/reuters/docs when
// tools/eval has written them, else the bodies of the first .sgm.gz file
// under shared/corpora/reuters21578) and on TempEval-3 news when present.
// Texts are normalized once outside the timed loop, so the numbers are the
// extractor's own; a document date is given, so relative dates are resolved.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "engine/normalize.h"
#include "extractors/dates.h"

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

// The .txt files of `folder`, in name order, concatenated up to about
// kTargetBytes (then repeated to it); empty when the folder is missing.
std::string TextFiles(const fs::path& folder) {
  if (!fs::is_directory(folder)) return {};
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::string corpus;
  for (const fs::path& file : files) {
    if (corpus.size() >= kTargetBytes) break;
    corpus += ReadFile(file) + "\n\n";
  }
  return RepeatTo(corpus, kTargetBytes);
}

std::string SeedCorpus() {
  fs::path seeds = fs::path(GLEANER_SHARED_DIR) / "corpora" / "seeds";
  if (!fs::is_directory(seeds)) seeds = fs::path(GLEANER_DATA_DIR) / "samples";
  return TextFiles(seeds);
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

// Reuters articles as tools/eval writes them, else the raw bodies of the
// first SGML file (ASCII apart from a few stray bytes, dropped here).
std::string ReutersCorpus() {
  std::string docs = TextFiles("/tmp/evalsets/reuters/docs");
  if (!docs.empty()) return docs;
  const fs::path file =
      fs::path(GLEANER_SHARED_DIR) / "corpora" / "reuters21578" / "reut2-000.sgm.gz";
  if (!fs::exists(file)) return {};
  const std::string sgml = Gunzip(file);
  std::string bodies;
  for (std::size_t open = sgml.find("<BODY>");
       open != std::string::npos && bodies.size() < kTargetBytes;
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
  return RepeatTo(bodies, kTargetBytes);
}

std::string TempEvalCorpus() { return TextFiles("/tmp/evalsets/te3-train/docs"); }

const gleaner::DateExtractor& Extractor() {
  static const gleaner::DateExtractor extractor(fs::path(GLEANER_DATA_DIR) / "rules" /
                                                "dates.rules");
  return extractor;
}

void RunExtract(benchmark::State& state, const std::string& text,
                const std::string& document_date) {
  if (text.empty()) {
    state.SkipWithError("corpus not found");
    return;
  }
  const gleaner::Normalizer normalizer;
  const gleaner::DateExtractor& extractor = Extractor();
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

}  // namespace

BENCHMARK_MAIN();
