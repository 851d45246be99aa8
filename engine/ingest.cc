// IngestPaths: RunInOrder with workers that stat/read/analyze one input into
// a slot, and the calling thread writing each slot to the index.
#include "engine/ingest.h"

#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <optional>
#include <set>
#include <system_error>
#include <thread>
#include <unordered_map>

#include "engine/pipeline.h"

namespace gleaner {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// Texts longer than this return their analysis's freed memory to the
// system at once (malloc_trim); shorter ones leave too little to matter.
constexpr std::size_t kTrimAfterTextBytes = std::size_t{1} << 20;

double MillisecondsSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::string UtcNow() {
  const std::time_t now = std::time(nullptr);
  std::tm parts{};
  gmtime_r(&now, &parts);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return text;
}

struct AnalyzedDocument {
  // raw dropped once hashed, text once the Xapian document is built: the
  // writer reads only its id and hash.
  Document document;
  std::size_t text_bytes = 0;  // of document.text, as read
  // Its Xapian document and synonyms, built by the worker from the
  // analysis's parts as they come (XapianDocumentBuilder) so the writer
  // thread only writes; the analysis itself is not kept. Handed over
  // whole, never shared.
  PreparedDocument prepared;
};

// Everything a worker learned about one input, for the writer.
struct InputWork {
  InputRecord record;  // status, reason, size, mtime, hash, timings so far
  bool stat_changed = true;  // size or mtime differ from the stored record
  std::uint64_t bytes_read = 0;
  std::vector<AnalyzedDocument> documents;
  std::vector<std::pair<std::string, std::string>> member_errors;  // id, reason
  // A large input is read by the worker only up to IngestOptions::
  // in_flight_bytes of text; the writer then reads it again, skips the
  // `events_read` documents and member errors already seen, and analyzes and
  // writes the rest one document at a time, so memory does not grow with the
  // input.
  bool read_stopped = false;
  std::size_t events_read = 0;
  std::string hashes;  // content hashes of the documents read so far
};

// Thrown from a reader's document callback to stop reading an input early.
struct ReadBudgetReached {};

// Whether `prior` lets the input be skipped without reading or analysis.
bool Reusable(const std::optional<InputRecord>& prior, bool force) {
  return !force && prior && prior->status != InputStatus::kFailed && prior->member_failures == 0;
}

class IngestRun {
 public:
  IngestRun(IndexWriter& writer, const AnalyzeFunction& analyze, const IngestOptions& options,
            const IngestEvents& events)
      : writer_(writer), analyze_(analyze), options_(options), events_(events) {}

  IngestReport Run(const std::vector<std::string>& paths);

 private:
  void Produce(const fs::path& input, InputWork& work) const;
  void ReadAndAnalyze(const fs::path& input, const std::optional<InputRecord>& prior,
                      InputWork& work) const;
  void Consume(InputWork& work);
  void IndexDocuments(InputWork& work);
  // Reads the rest of an input the worker stopped reading (read_stopped),
  // writing each document as it comes; adds the ids written to `kept`.
  void ReadAndWriteRest(InputWork& work, std::set<std::string>& kept);
  void WriteDocument(AnalyzedDocument& item);
  // A document as it comes from the reader, readied for analysis: the
  // --doc-date default applied, its bytes and hash counted into `work`, its
  // raw bytes dropped (the index keeps the text).
  AnalyzedDocument TakeDocument(Document&& doc, InputWork& work) const;
  // Analyzes `item` and builds its Xapian document. Throws what analysis throws.
  void Analyze(AnalyzedDocument& item) const;
  // Reports a failed member of `work`'s input and notes it in its record.
  void MemberFailed(InputWork& work, const std::string& member_id, const std::string& reason);
  void Prune();
  void CommitBatch();
  void ReportError(const std::string& subject, const std::string& reason);

  IndexWriter& writer_;
  const AnalyzeFunction& analyze_;
  const IngestOptions& options_;
  const IngestEvents& events_;
  // Every worker stems through one memo: a run's documents share most words.
  const StemCache stems_{std::string(schema::kStemLanguage)};
  std::unordered_map<std::string, InputRecord> records_;  // read before the workers start
  IngestReport report_;
  IngestProgress progress_;
  Clock::time_point started_;
  std::uint64_t uncommitted_bytes_ = 0;
};

void IngestRun::ReportError(const std::string& subject, const std::string& reason) {
  ++progress_.errors;
  if (events_.on_error) events_.on_error(subject, reason);
}

void IngestRun::Produce(const fs::path& input, InputWork& work) const {
  work = InputWork{};
  // Keyed like the document ids: absolute and normalized, whatever the
  // working folder of the run.
  std::error_code absolute_error;
  const fs::path absolute = fs::absolute(input, absolute_error).lexically_normal();
  work.record.path = absolute_error ? input.string() : absolute.string();
  std::optional<InputRecord> prior;
  if (auto found = records_.find(work.record.path); found != records_.end()) prior = found->second;

  std::error_code error;
  work.record.size = fs::file_size(input, error);
  if (!error) {
    const auto mtime = fs::last_write_time(input, error);
    work.record.mtime_ns =
        std::chrono::duration_cast<std::chrono::nanoseconds>(mtime.time_since_epoch()).count();
  }
  if (error) {
    work.record.status = InputStatus::kFailed;
    work.record.reason = "cannot read: " + error.message();
    return;
  }
  work.stat_changed =
      !prior || prior->size != work.record.size || prior->mtime_ns != work.record.mtime_ns;
  if (Reusable(prior, options_.force) && !work.stat_changed) {
    work.record = *prior;
    work.record.status = InputStatus::kUnchanged;
    work.record.read_ms = work.record.analyze_ms = work.record.index_ms = 0;  // nothing done
    return;
  }
  ReadAndAnalyze(input, prior, work);
}

void IngestRun::ReadAndAnalyze(const fs::path& input, const std::optional<InputRecord>& prior,
                               InputWork& work) const {
  const auto read_start = Clock::now();
  std::uint64_t text_bytes = 0;
  try {
    ReadDocuments(
        input, options_.limits,
        [&](Document&& doc) {
          // A document that comes once the budget is spent stops the
          // reading, and the writer reads the rest (ReadAndWriteRest).
          // Checked as a document comes, not after taking one: a file that
          // is one long text is then read once, not a second time by the
          // writer only to skip its one document.
          if (text_bytes >= options_.in_flight_bytes) throw ReadBudgetReached{};
          ++work.events_read;
          text_bytes += doc.text.size();
          work.documents.push_back(TakeDocument(std::move(doc), work));
        },
        [&](const std::string& member_id, const std::string& reason) {
          ++work.events_read;
          work.member_errors.emplace_back(member_id, reason);
        });
  } catch (const ReadBudgetReached&) {
    work.read_stopped = true;
  } catch (const std::exception& e) {
    work.record.status = InputStatus::kFailed;
    work.record.reason = e.what();
    work.documents.clear();
    work.record.read_ms = MillisecondsSince(read_start);
    return;
  }
  work.record.read_ms = MillisecondsSince(read_start);
  work.record.content_hash = ContentHash(work.hashes);
  work.record.documents = work.documents.size();
  work.record.member_failures = work.member_errors.size();
  if (!work.read_stopped && Reusable(prior, options_.force) && work.member_errors.empty() &&
      prior->content_hash == work.record.content_hash) {
    work.record.status = InputStatus::kUnchanged;  // touched, not changed
    work.documents.clear();
    return;
  }

  const auto analyze_start = Clock::now();
  std::vector<AnalyzedDocument> analyzed;
  analyzed.reserve(work.documents.size());
  for (AnalyzedDocument& item : work.documents) {
    try {
      Analyze(item);
      analyzed.push_back(std::move(item));
    } catch (const std::exception& e) {
      work.member_errors.emplace_back(item.document.id, e.what());
    }
  }
  work.documents = std::move(analyzed);
  work.record.analyze_ms = MillisecondsSince(analyze_start);
  work.record.member_failures = work.member_errors.size();
  if (work.documents.empty() && !work.member_errors.empty() && !work.read_stopped) {
    // Nothing of the input could be used: the input failed, for the first reason.
    work.record.status = InputStatus::kFailed;
    work.record.reason = work.member_errors.front().second;
    if (work.member_errors.size() == 1 && work.member_errors.front().first == work.record.path) {
      work.member_errors.clear();  // one line for the file, not two
    }
    return;
  }
  work.record.status = InputStatus::kIndexed;
}

void IngestRun::MemberFailed(InputWork& work, const std::string& member_id,
                             const std::string& reason) {
  ReportError(member_id, reason);
  ++report_.summary.member_failures;
  ++work.record.member_failures;
  if (work.record.failed_members.size() < kRecordedMemberFailures) {
    work.record.failed_members.emplace_back(member_id, reason);
  }
}

AnalyzedDocument IngestRun::TakeDocument(Document&& doc, InputWork& work) const {
  if (doc.date.empty() && !options_.default_date.empty()) {
    doc.date = options_.default_date;
    doc.date_source = DateSource::kCommandLine;
  }
  work.bytes_read += doc.raw.size();
  work.hashes += doc.content_hash;
  std::string().swap(doc.raw);
  const std::size_t text_bytes = doc.text.size();
  return AnalyzedDocument{std::move(doc), text_bytes, {}};
}

void IngestRun::Analyze(AnalyzedDocument& item) const {
  XapianDocumentBuilder builder(item.document, /*spelling_db=*/nullptr, &stems_);
  analyze_(item.document, [&builder](Analysis&& part) { builder.AddPart(part); });
  item.prepared = builder.Finish();
  // The Xapian document holds every word and the record the text's start:
  // a long text's bytes go now, before the writer has Xapian copy the
  // document.
  std::string().swap(item.document.text);
  // The analysis of a long text frees a hundred megabytes and more in this
  // thread's malloc arena, which the writer thread cannot reuse while
  // Xapian copies the document; handing the free pages back to the system
  // keeps the peak to what is in use.
  if (item.text_bytes > kTrimAfterTextBytes) malloc_trim(0);
}

void IngestRun::WriteDocument(AnalyzedDocument& item) {
  switch (writer_.Add(item.document, item.prepared)) {
    case AddOutcome::kAdded:
    case AddOutcome::kReplaced:
      report_.changed_ids.push_back(item.document.id);
      ++report_.summary.documents_indexed;
      uncommitted_bytes_ += item.text_bytes;
      break;
    case AddOutcome::kAlias:
      report_.alias_ids.push_back(item.document.id);
      ++report_.summary.documents_indexed;
      break;
    case AddOutcome::kUnchanged:
      ++report_.documents_unchanged;
      break;
  }
  const std::size_t text_bytes = item.text_bytes;
  item = AnalyzedDocument{};  // written: its memory goes now, not with the input
  // A long text's Xapian document was built in a worker's malloc arena;
  // the commit below allocates in this thread's, so the freed document's
  // pages go back to the system first.
  if (text_bytes > kTrimAfterTextBytes) malloc_trim(0);
  // Within a large input too, so Xapian's buffered changes stay small. A kill
  // before the input's record is written only means the next run reads the
  // input again; the documents already written come back unchanged.
  if (uncommitted_bytes_ >= options_.commit_bytes) CommitBatch();
}

void IngestRun::ReadAndWriteRest(InputWork& work, std::set<std::string>& kept) {
  std::size_t to_skip = work.events_read;
  double read_ms = 0;
  double analyze_ms = 0;
  auto read_start = Clock::now();
  ReadDocuments(
      work.record.path, options_.limits,
      [&](Document&& doc) {
        if (to_skip > 0) {
          --to_skip;
          return;
        }
        report_.summary.bytes += doc.raw.size();
        progress_.bytes += doc.raw.size();
        ++progress_.documents;
        ++work.record.documents;
        AnalyzedDocument item = TakeDocument(std::move(doc), work);
        read_ms += MillisecondsSince(read_start);
        // Indexed before with the same content (a touched input): nothing
        // to analyze or write.
        if (!options_.force &&
            writer_.StoredHash(item.document.id) == item.document.content_hash) {
          kept.insert(item.document.id);
          ++report_.documents_unchanged;
          read_start = Clock::now();
          return;
        }
        const auto analyze_start = Clock::now();
        try {
          Analyze(item);
        } catch (const std::exception& e) {
          MemberFailed(work, item.document.id, e.what());
          analyze_ms += MillisecondsSince(analyze_start);
          read_start = Clock::now();
          return;
        }
        analyze_ms += MillisecondsSince(analyze_start);
        kept.insert(item.document.id);
        WriteDocument(item);
        read_start = Clock::now();
      },
      [&](const std::string& member_id, const std::string& reason) {
        if (to_skip > 0) {
          --to_skip;
          return;
        }
        MemberFailed(work, member_id, reason);
      });
  work.record.content_hash = ContentHash(work.hashes);
  work.record.read_ms += read_ms;
  work.record.analyze_ms += analyze_ms;
  report_.summary.read_ms += read_ms;
  report_.summary.analyze_ms += analyze_ms;
}

void IngestRun::IndexDocuments(InputWork& work) {
  const auto index_start = Clock::now();
  // Ids indexed from this input before, when it has been indexed before (a
  // term scan on a database with uncommitted changes is not free).
  const std::vector<std::string> before =
      records_.contains(work.record.path) ? writer_.IdsOfInput(work.record.path)
                                          : std::vector<std::string>();
  const std::size_t indexed_before = report_.summary.documents_indexed;
  const std::size_t removed_before = report_.removed_ids.size();
  std::set<std::string> kept;
  for (AnalyzedDocument& item : work.documents) {
    kept.insert(item.document.id);
    WriteDocument(item);
  }
  const double read_before = work.record.read_ms + work.record.analyze_ms;
  if (work.read_stopped) ReadAndWriteRest(work, kept);
  const double read_after = work.record.read_ms + work.record.analyze_ms;
  // Members the input no longer has (an archive entry deleted, a feed item dropped).
  for (const std::string& id : before) {
    if (!kept.contains(id) && writer_.Remove(id)) report_.removed_ids.push_back(id);
  }
  // A large input read through (its content hash could not be compared
  // before writing) that changed nothing is reported as unchanged, as a
  // small one would be.
  if (work.read_stopped && work.record.member_failures == 0 &&
      report_.summary.documents_indexed == indexed_before &&
      report_.removed_ids.size() == removed_before) {
    work.record.status = InputStatus::kUnchanged;
  }
  work.record.index_ms = MillisecondsSince(index_start) - (read_after - read_before);
}

void IngestRun::Consume(InputWork& work) {
  RunSummary& summary = report_.summary;
  work.record.failed_members.clear();
  for (const auto& [member_id, reason] : work.member_errors) {
    ReportError(member_id, reason);
    if (work.record.failed_members.size() < kRecordedMemberFailures) {
      work.record.failed_members.emplace_back(member_id, reason);
    }
  }
  summary.member_failures += work.member_errors.size();
  summary.bytes += work.bytes_read;
  progress_.bytes += work.bytes_read;
  progress_.documents += work.documents.size();
  summary.read_ms += work.record.read_ms;
  summary.analyze_ms += work.record.analyze_ms;

  if (work.record.status == InputStatus::kIndexed) {
    try {
      IndexDocuments(work);
    } catch (const std::exception& e) {
      work.record.status = InputStatus::kFailed;
      work.record.reason = e.what();
    }
    summary.index_ms += work.record.index_ms;
  }
  switch (work.record.status) {
    case InputStatus::kIndexed: ++summary.indexed; break;
    case InputStatus::kUnchanged: ++summary.unchanged; break;
    case InputStatus::kFailed:
      ++summary.failed;
      ReportError(work.record.path, work.record.reason);
      break;
  }
  // An unchanged input's record is rewritten only when its stat changed, so
  // a run over an unchanged tree writes nothing.
  if (work.record.status != InputStatus::kUnchanged || work.stat_changed) {
    work.record.run = summary.run;
    PutInputRecord(writer_.database(), work.record);
  }
  if (uncommitted_bytes_ >= options_.commit_bytes) CommitBatch();
  ++progress_.inputs_done;
  if (events_.on_progress) {
    progress_.seconds = std::chrono::duration<double>(Clock::now() - started_).count();
    events_.on_progress(progress_);
  }
}

void IngestRun::CommitBatch() {
  report_.summary.seconds = std::chrono::duration<double>(Clock::now() - started_).count();
  PutRunSummary(writer_.database(), report_.summary);
  writer_.Commit();
  uncommitted_bytes_ = 0;
}

// An id's input file: the id itself, or the part before "!/" (archive
// member) or the last '#' (record of a multi-document file).
bool InputStillExists(const std::string& id) {
  std::error_code error;
  if (fs::exists(id, error)) return true;
  if (const std::size_t bang = id.find("!/"); bang != std::string::npos) {
    return fs::exists(id.substr(0, bang), error);
  }
  if (const std::size_t hash = id.rfind('#'); hash != std::string::npos) {
    return fs::exists(id.substr(0, hash), error);
  }
  return false;
}

void IngestRun::Prune() {
  // Ids that are absolute file paths (not URLs) whose file is gone.
  std::vector<std::string> gone;
  for (const std::string& id : writer_.IdsStartingWith("/")) {
    if (!InputStillExists(id)) gone.push_back(id);
  }
  for (const std::string& id : gone) {
    if (writer_.Remove(id)) report_.removed_ids.push_back(id);
  }
  for (const auto& [path, record] : records_) {
    std::error_code error;
    if (!fs::exists(path, error)) {
      EraseInputRecord(writer_.database(), path);
      ++report_.summary.pruned;
    }
  }
}

IngestReport IngestRun::Run(const std::vector<std::string>& paths) {
  started_ = Clock::now();
  RunSummary& summary = report_.summary;
  summary.started = UtcNow();
  std::size_t threads = options_.threads;
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  summary.threads = threads;
  try {
    const std::optional<RunSummary> last = GetRunSummary(writer_.database());
    summary.run = last ? last->run + 1 : 1;
    for (InputRecord& record : AllInputRecords(writer_.database())) {
      std::string path = record.path;
      records_.emplace(std::move(path), std::move(record));
    }
  } catch (const Xapian::Error& e) {
    throw IndexError("cannot read ingest records: " + e.get_description());
  }

  std::vector<std::string> listing_errors;
  const std::vector<fs::path> inputs = 
      SelectShard(ListInputs(paths, &listing_errors), options_.shard);
  for (const std::string& error : listing_errors) {
    const std::size_t colon = error.rfind(": ");
    ReportError(error.substr(0, colon),
                colon == std::string::npos ? std::string() : error.substr(colon + 2));
    ++summary.failed;
  }
  summary.inputs = inputs.size() + listing_errors.size();
  progress_.inputs_total = inputs.size();

  // One thread: everything inline. N threads: N readers/analyzers and this
  // thread writing.
  const std::size_t workers = threads == 1 ? 0 : threads;
  const std::size_t window = workers == 0 ? 1 : DefaultWindow(workers);
  std::vector<InputWork> slots(window);
  const InFlightBudget budget{[&](std::size_t i) {
                                std::uint64_t bytes = 0;
                                for (const AnalyzedDocument& item : slots[i % window].documents) {
                                  bytes += item.text_bytes;
                                }
                                return bytes;
                              },
                              options_.in_flight_bytes};
  try {
    RunInOrder(
        inputs.size(), workers, window, budget,
        [&](std::size_t i) { Produce(inputs[i], slots[i % window]); },
        [&](std::size_t i) {
          Consume(slots[i % window]);
          slots[i % window] = InputWork{};
        });
    if (options_.prune) Prune();
    summary.complete = true;
    CommitBatch();
  } catch (const Xapian::Error& e) {
    throw IndexError("cannot write database: " + e.get_description());
  }
  return std::move(report_);
}

}  // namespace

IngestReport IngestPaths(IndexWriter& writer, const std::vector<std::string>& paths,
                         const AnalyzeFunction& analyze, const IngestOptions& options,
                         const IngestEvents& events) {
  return IngestRun(writer, analyze, options, events).Run(paths);
}

}  // namespace gleaner
