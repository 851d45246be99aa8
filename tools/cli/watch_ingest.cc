// IngestNewDocuments on today's ingest loop: ForEachAnalyzedInput with the
// stored-hash check, IndexWriter::Add and one commit.
#include "tools/cli/watch_ingest.h"

namespace gleaner::cli {

IngestedDocuments IngestNewDocuments(IndexWriter& writer, const Analyzer& analyzer,
                                     const std::vector<std::string>& paths) {
  IngestedDocuments result;
  const auto unchanged = [&](const Document& doc) {
    return writer.StoredHash(doc.id) == doc.content_hash;
  };
  result.totals = ForEachAnalyzedInput(
      paths, analyzer, /*default_date=*/"", unchanged,
      [&](const Document& doc, const Analysis& analysis) {
        writer.Add(doc, analysis);
        result.ids.push_back(doc.id);
      });
  writer.Commit();
  return result;
}

}  // namespace gleaner::cli
