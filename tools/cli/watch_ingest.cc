// IngestNewDocuments on the ingest pipeline (engine/ingest.h): the same
// incremental, crash-safe run as `gleaner ingest`, on one extra thread per
// core, reporting the documents it indexed or re-indexed.
#include "tools/cli/watch_ingest.h"

#include "engine/ingest.h"

namespace gleaner::cli {

IngestedDocuments IngestNewDocuments(IndexWriter& writer, const Analyzer& analyzer,
                                     const std::vector<std::string>& paths) {
  IngestEvents events;
  events.on_error = [](const std::string& subject, const std::string& reason) {
    PrintError(subject, reason);
  };
  const AnalyzeFunction analyze = [&](const Document& doc, const AnalysisPartSink& sink) {
    analyzer.AnalyzeInParts(doc, sink);
  };
  IngestReport report = IngestPaths(writer, paths, analyze, IngestOptions{}, events);
  IngestedDocuments result;
  result.ids = std::move(report.changed_ids);
  result.totals.documents = result.ids.size();
  result.totals.skipped = report.documents_unchanged;
  result.totals.failed = report.summary.failed + report.summary.member_failures;
  result.totals.bytes = report.summary.bytes;
  return result;
}

}  // namespace gleaner::cli
