// The one seam between `gleaner watch` and ingestion: index what is new or
// changed among some paths and say which documents that was. Watch depends on
// nothing else of ingest; the work is done by IngestPaths (engine/ingest.h).
#ifndef GLEANER_TOOLS_CLI_WATCH_INGEST_H_
#define GLEANER_TOOLS_CLI_WATCH_INGEST_H_

#include <string>
#include <vector>

#include "engine/index.h"
#include "extractors/analyzer.h"
#include "tools/cli/cli.h"

namespace gleaner::cli {

struct IngestedDocuments {
  std::vector<std::string> ids;  // documents newly indexed or re-indexed (content changed)
  InputTotals totals;            // what was read, skipped as unchanged, failed
};

// Reads every input under `paths` (files or folders), skips documents whose
// record or content hash is unchanged, analyzes and adds the rest to `writer`,
// and commits. A bad input gets one "gleaner: PATH: reason" line on stderr
// and the others are still indexed.
IngestedDocuments IngestNewDocuments(IndexWriter& writer, const Analyzer& analyzer,
                                     const std::vector<std::string>& paths);

}  // namespace gleaner::cli

#endif  // GLEANER_TOOLS_CLI_WATCH_INGEST_H_
