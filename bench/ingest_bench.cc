// Ingest throughput: read + normalize + extract + index, in documents/s and
// bytes/s, beside the Xapian-only indexing of the same files (the floor).
// Runs on the seed releases (or the bundled samples), and on any folder named
// by $GLEANER_BENCH_DOCS (for example the Reuters text files that
// shared/eval/reuters.py writes).
#include <cstdlib>
#include <filesystem>
#include <random>

#include <benchmark/benchmark.h>

#include "engine/index.h"
#include "engine/readers/reader.h"
#include "extractors/analyzer.h"

namespace gleaner {
namespace {

namespace fs = std::filesystem;

fs::path SeedsOrSamples() {
  const fs::path seeds = fs::path(GLEANER_SHARED_DIR) / "corpora" / "seeds";
  if (fs::is_directory(seeds)) return seeds;
  return fs::path(GLEANER_DATA_DIR) / "samples";
}

std::vector<Document> LoadDocuments(const fs::path& folder) {
  std::vector<std::string> errors;
  std::vector<Document> docs;
  for (const fs::path& path : ListInputs({folder.string()}, &errors)) {
    try {
      docs.push_back(ReadDocument(path));
    } catch (const ReadError&) {
      // Unreadable inputs are not part of the measurement.
    }
  }
  return docs;
}

std::size_t TotalBytes(const std::vector<Document>& docs) {
  std::size_t bytes = 0;
  for (const Document& doc : docs) bytes += doc.raw.size();
  return bytes;
}

// Normalization and all extractors, no index.
void BM_Analyze(benchmark::State& state, const std::vector<Document>& docs) {
  const Analyzer analyzer(GLEANER_DATA_DIR);
  std::size_t mentions = 0;
  for (auto _ : state) {
    for (const Document& doc : docs) mentions += analyzer.Analyze(doc).mentions.size();
  }
  benchmark::DoNotOptimize(mentions);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(docs)));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * docs.size()));
}

// Building the Xapian documents of analyzed texts (terms, positions, stems,
// facets, stored record), no database: with Xapian's plain stemmer, or
// through the StemCache memo that ingest's workers share.
void BM_BuildXapianDocument(benchmark::State& state, const std::vector<Document>& docs,
                            bool memoized_stems) {
  const Analyzer analyzer(GLEANER_DATA_DIR);
  std::vector<Analysis> analyses;
  for (const Document& doc : docs) analyses.push_back(analyzer.Analyze(doc));
  const StemCache stems{std::string(schema::kStemLanguage)};
  std::size_t terms = 0;
  for (auto _ : state) {
    for (std::size_t i = 0; i < docs.size(); ++i) {
      terms += BuildXapianDocument(docs[i], analyses[i], nullptr,
                                   memoized_stems ? &stems : nullptr).termlist_count();
    }
  }
  benchmark::DoNotOptimize(terms);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(docs)));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * docs.size()));
}

// A benchmark over the files of `folder`, listed once: each iteration gets a
// fresh database folder and calls index_folder(db, for_each_document), where
// for_each_document(index_one) reads every input and hands each readable
// document to index_one (unreadable inputs are not part of the measurement).
template <typename IndexFolder>
void RunFolderBenchmark(benchmark::State& state, const fs::path& folder,
                        IndexFolder index_folder) {
  std::vector<std::string> errors;
  const std::vector<fs::path> inputs = ListInputs({folder.string()}, &errors);
  std::size_t bytes = 0;
  std::size_t documents = 0;
  const auto for_each_document = [&](const auto& index_one) {
    for (const fs::path& input : inputs) {
      try {
        const Document doc = ReadDocument(input);
        index_one(doc);
        bytes += doc.raw.size();
        ++documents;
      } catch (const ReadError&) {
      }
    }
  };
  const fs::path db = fs::temp_directory_path() / ("gleaner-bench-" + std::to_string(std::random_device{}()));
  for (auto _ : state) {
    state.PauseTiming();
    fs::remove_all(db);
    state.ResumeTiming();
    index_folder(db, for_each_document);
  }
  fs::remove_all(db);
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetItemsProcessed(static_cast<int64_t>(documents));
}

// The floor under BM_Ingest: the same files read and indexed the way omindex
// indexes text (positional, stemmed words of the title and body, an id term,
// a short stored record; a commit per 1 MB as ingest's default), with no
// analysis and none of gleaner's facets, records or spelling data.
void BM_XapianOnly(benchmark::State& state, const fs::path& folder) {
  RunFolderBenchmark(state, folder, [](const fs::path& db, const auto& for_each_document) {
    Xapian::WritableDatabase xapian_db(db.string(), Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator generator;
    generator.set_stemmer(Xapian::Stem(std::string(schema::kStemLanguage)));
    std::size_t uncommitted = 0;
    for_each_document([&](const Document& doc) {
      Xapian::Document xdoc;
      generator.set_document(xdoc);
      generator.index_text(doc.title, 1, std::string(schema::kTitle));
      generator.increase_termpos();
      generator.index_text(doc.title);
      generator.increase_termpos();
      generator.index_text(doc.text);
      xdoc.add_boolean_term(IdTerm(doc.id));
      xdoc.set_data(doc.title + "\n" + doc.text.substr(0, 300));
      xapian_db.add_document(xdoc);
      uncommitted += doc.text.size();
      if (uncommitted >= (1u << 20)) {
        xapian_db.commit();
        uncommitted = 0;
      }
    });
    xapian_db.commit();
  });
}

// Reading from disk, analysis and indexing into a fresh database, committed.
void BM_Ingest(benchmark::State& state, const fs::path& folder) {
  const Analyzer analyzer(GLEANER_DATA_DIR);
  RunFolderBenchmark(state, folder, [&](const fs::path& db, const auto& for_each_document) {
    IndexWriter writer(db);
    for_each_document([&](const Document& doc) { writer.Add(doc, analyzer.Analyze(doc)); });
    writer.Commit();
  });
}

}  // namespace
}  // namespace gleaner

int main(int argc, char** argv) {
  using namespace gleaner;
  benchmark::Initialize(&argc, argv);
  const fs::path seeds = SeedsOrSamples();
  static const std::vector<Document> seed_docs = LoadDocuments(seeds);
  benchmark::RegisterBenchmark("BM_Analyze/seeds", BM_Analyze, seed_docs);
  benchmark::RegisterBenchmark("BM_BuildXapianDocument/seeds/plain_stemmer",
                               BM_BuildXapianDocument, seed_docs, false);
  benchmark::RegisterBenchmark("BM_BuildXapianDocument/seeds/memoized_stems",
                               BM_BuildXapianDocument, seed_docs, true);
  benchmark::RegisterBenchmark("BM_Ingest/seeds", BM_Ingest, seeds);
  benchmark::RegisterBenchmark("BM_XapianOnly/seeds", BM_XapianOnly, seeds);
  if (const char* folder = std::getenv("GLEANER_BENCH_DOCS"); folder != nullptr && *folder != '\0') {
    benchmark::RegisterBenchmark("BM_Ingest/GLEANER_BENCH_DOCS", BM_Ingest, fs::path(folder))
        ->Iterations(1)
        ->Unit(benchmark::kSecond);
    benchmark::RegisterBenchmark("BM_XapianOnly/GLEANER_BENCH_DOCS", BM_XapianOnly, fs::path(folder))
        ->Iterations(1)
        ->Unit(benchmark::kSecond);
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
