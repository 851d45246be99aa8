// Incremental, threaded, crash-safe ingestion of files into a database:
// the library call behind `gleaner ingest` (and `gleaner watch`).
//
// Worker threads stat, read and analyze inputs; the calling thread is the one
// writer that adds their documents to Xapian, in input order. An input whose
// size and mtime (else content hash) match its ingest record is skipped, a
// changed one is re-indexed, a failed one is retried. Documents and records
// commit together, batched by bytes of new text, so a run killed at any
// moment leaves a database that opens, and the same run again completes it.
#ifndef GLEANER_ENGINE_INGEST_H_
#define GLEANER_ENGINE_INGEST_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "engine/document.h"
#include "engine/index.h"
#include "engine/ingest_records.h"
#include "engine/readers/reader.h"
#include "engine/shard.h"

namespace gleaner {

struct IngestOptions {
  // Threads reading and analyzing; 0 means std::thread::hardware_concurrency().
  // With 1, reading, analysis and indexing all run on the calling thread.
  std::size_t threads = 0;
  bool force = false;  // re-index inputs whose records say they are unchanged
  bool prune = false;  // remove documents whose files are gone
  // Commit once this many bytes of new document text have been added.
  std::uint64_t commit_bytes = 1u << 20;
  // With several threads, no further input is read while the inputs read and
  // analyzed but not yet written hold this many bytes of document text (or
  // more). An analyzed document with its prepared Xapian document takes some 40
  // times its text, so this bounds the memory of multi-document inputs (a
  // Reuters SGML file holds 1,000 stories) to about one input per thread.
  std::uint64_t in_flight_bytes = 1u << 20;
  std::string default_date;  // YYYY-MM-DD for documents without a date
  ReaderLimits limits;
  // Only the input files of this shard are read (engine/shard.h); with
  // --prune, only this shard's documents can be pruned.
  ShardSpec shard;
};

struct IngestProgress {
  std::size_t inputs_done = 0;
  std::size_t inputs_total = 0;
  std::size_t documents = 0;  // documents read so far
  std::size_t errors = 0;     // failed inputs and members so far
  std::uint64_t bytes = 0;    // bytes read so far
  double seconds = 0;
};

struct IngestEvents {
  // One call per failed input ("PATH", reason) or member ("a.zip!/x", reason),
  // in input order, on the calling thread.
  std::function<void(const std::string& subject, const std::string& reason)> on_error;
  // After each input, on the calling thread.
  std::function<void(const IngestProgress&)> on_progress;
};

struct IngestReport {
  RunSummary summary;  // also stored in the database (GetRunSummary)
  std::size_t documents_unchanged = 0;
  // Documents newly indexed or whose content changed, in input order: what
  // alerts should look at.
  std::vector<std::string> changed_ids;
  // Ids added to a document already indexed with identical content.
  std::vector<std::string> alias_ids;
  // Ids removed: members gone from a changed input, and --prune.
  std::vector<std::string> removed_ids;
};

// Receives one part of a document's analysis (see AnalyzeFunction).
using AnalysisPartSink = std::function<void(Analysis&& part)>;
// Analyzes one document, handing its analysis to the sink part by part, in
// text order (Analyzer::AnalyzeInParts; a short text is one part), so a
// long text's whole analysis is never held; called from several threads
// at once.
using AnalyzeFunction = std::function<void(const Document&, const AnalysisPartSink&)>;

// Ingests the files and folders `paths` (listed with ListInputs) into the
// database `writer` has open, and commits. Unlistable paths, unreadable
// inputs and members go to events.on_error and the run goes on. Throws
// IndexError when the database cannot be written at all.
IngestReport IngestPaths(IndexWriter& writer, const std::vector<std::string>& paths,
                         const AnalyzeFunction& analyze, const IngestOptions& options,
                         const IngestEvents& events = {});

}  // namespace gleaner

#endif  // GLEANER_ENGINE_INGEST_H_
