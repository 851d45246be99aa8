// Reading and shaping the benchmark inputs.
#include "bench/bench_corpus.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace gleaner::bench {

namespace fs = std::filesystem;

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

fs::path SeedsDir() {
  for (const fs::path& candidate : {fs::path(GLEANER_SHARED_DIR) / "corpora" / "seeds",
                                    fs::path(GLEANER_DATA_DIR) / "samples"}) {
    if (fs::is_directory(candidate)) return candidate;
  }
  return {};
}

fs::path EvalSetDocs(const std::string& name) {
  for (const fs::path& root : {fs::path(GLEANER_SOURCE_DIR) / "build" / "evalsets",
                               fs::path("/tmp/evalsets")}) {
    const fs::path docs = root / name / "docs";
    if (fs::is_directory(docs)) return docs;
  }
  return {};
}

std::vector<fs::path> TextFilePaths(const fs::path& folder) {
  std::vector<fs::path> files;
  if (folder.empty() || !fs::is_directory(folder)) return files;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> TextFiles(const fs::path& folder) {
  std::vector<std::string> texts;
  for (const fs::path& file : TextFilePaths(folder)) texts.push_back(ReadFile(file));
  return texts;
}

NormalizedCorpus LoadNormalizedCorpus(const fs::path& folder, const Normalizer& normalizer,
                                      std::size_t size) {
  NormalizedCorpus corpus;
  const std::vector<fs::path> files = TextFilePaths(folder);
  while (!files.empty() && corpus.bytes < size) {
    for (const fs::path& file : files) {
      std::string text = ReadFile(file);
      if (!IsValidUtf8(text)) continue;
      corpus.bytes += text.size();
      corpus.normalized.push_back(normalizer.Normalize(text));
      corpus.raw.push_back(std::move(text));
      if (corpus.bytes >= size) break;
    }
  }
  return corpus;
}

std::string TextCorpus(const fs::path& folder, const std::string& separator, std::size_t size) {
  std::string corpus;
  for (const fs::path& file : TextFilePaths(folder)) {
    if (corpus.size() >= size) break;
    corpus += ReadFile(file);
    corpus += separator;
  }
  return RepeatTo(corpus, size);
}

namespace {

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

}  // namespace

std::string ReutersBodies(std::size_t size) {
  const fs::path file =
      fs::path(GLEANER_SHARED_DIR) / "corpora" / "reuters21578" / "reut2-000.sgm.gz";
  if (!fs::exists(file)) return {};
  const std::string sgml = Gunzip(file);
  std::string bodies;
  for (std::size_t open = sgml.find("<BODY>"); open != std::string::npos && bodies.size() < size;
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
  return RepeatTo(bodies, size);
}

}  // namespace gleaner::bench
