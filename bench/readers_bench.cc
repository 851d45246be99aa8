// Reader throughput on the Reuters-21578 SGML files of ../shared: documents
// and bytes per second of ReadDocuments alone (no extraction, no index), on
// a decompressed .sgm and on the .sgm.gz as shipped (gunzip included).
#include <archive.h>
#include <archive_entry.h>
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "engine/readers/reader.h"

namespace gleaner {
namespace {

namespace fs = std::filesystem;

fs::path ReutersGz(const std::string& name) {
  return fs::path(GLEANER_SHARED_DIR) / "corpora" / "reuters21578" / name;
}

// The decompressed bytes of a .gz file, or "" when it cannot be read.
std::string Gunzip(const fs::path& path) {
  struct ReaderFree {
    void operator()(struct archive* handle) const { archive_read_free(handle); }
  };
  std::unique_ptr<struct archive, ReaderFree> handle(archive_read_new());
  archive_read_support_filter_gzip(handle.get());
  archive_read_support_format_raw(handle.get());
  if (archive_read_open_filename(handle.get(), path.c_str(), 1 << 16) != ARCHIVE_OK) return "";
  struct archive_entry* entry = nullptr;
  if (archive_read_next_header(handle.get(), &entry) != ARCHIVE_OK) return "";
  std::string bytes;
  char block[1 << 16];
  la_ssize_t count = 0;
  while ((count = archive_read_data(handle.get(), block, sizeof block)) > 0) {
    bytes.append(block, static_cast<std::size_t>(count));
  }
  return bytes;
}

void ReadAndCount(benchmark::State& state, const fs::path& input, std::size_t bytes) {
  std::size_t documents = 0;
  std::size_t errors = 0;
  for (auto _ : state) {
    ReadDocuments(
        input, ReaderLimits{},
        [&documents](Document&& doc) {
          benchmark::DoNotOptimize(doc.text.data());
          ++documents;
        },
        [&errors](const std::string&, const std::string&) { ++errors; });
  }
  state.SetItemsProcessed(static_cast<int64_t>(documents));  // documents/s
  state.SetBytesProcessed(static_cast<int64_t>(bytes * state.iterations()));
  state.counters["member_errors"] = static_cast<double>(errors);
}

// reut2-000.sgm, decompressed once into a temporary file.
void BM_ReutersSgml(benchmark::State& state) {
  const std::string bytes = Gunzip(ReutersGz("reut2-000.sgm.gz"));
  if (bytes.empty()) {
    state.SkipWithError("no ../shared/corpora/reuters21578/reut2-000.sgm.gz");
    return;
  }
  const fs::path file =
      fs::temp_directory_path() / ("gleaner-bench-" + std::to_string(::getpid()) + "-reut2-000.sgm");
  std::ofstream(file, std::ios::binary) << bytes;
  ReadAndCount(state, file, bytes.size());
  fs::remove(file);
}
BENCHMARK(BM_ReutersSgml)->Unit(benchmark::kMillisecond)->UseRealTime();

// reut2-017.sgm.gz as shipped: gunzip through libarchive, then the records
// (this file holds one Latin-1 byte, converted in its record).
void BM_ReutersSgmlGz(benchmark::State& state) {
  const fs::path gz = ReutersGz("reut2-017.sgm.gz");
  const std::string bytes = Gunzip(gz);
  if (bytes.empty()) {
    state.SkipWithError("no ../shared/corpora/reuters21578/reut2-017.sgm.gz");
    return;
  }
  ReadAndCount(state, gz, bytes.size());  // MB/s of SGML text, not of gzip
}
BENCHMARK(BM_ReutersSgmlGz)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace gleaner

BENCHMARK_MAIN();
