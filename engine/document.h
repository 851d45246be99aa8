// The plain structs that flow between gleaner's stages: a reader produces a
// Document, the extractors produce Mentions collected in an Analysis, and the
// indexer stores both. No stage depends on another stage's internals, only on
// these types.
#ifndef GLEANER_ENGINE_DOCUMENT_H_
#define GLEANER_ENGINE_DOCUMENT_H_

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gleaner {

// Where a document's date came from, strongest evidence first.
enum class DateSource {
  kNone,         // no date known
  kCommandLine,  // --doc-date given by the user
  kSidecar,      // NAME.meta.json beside the input
  kMetadata,     // format metadata: HTML <meta>, <time datetime>
  kDateline,     // "Bishkek, October 15, 2021 - ..." at the top of the text
  kFirstDate,    // the first full date near the top of the text
};

std::string_view DateSourceName(DateSource source);
std::optional<DateSource> ParseDateSource(std::string_view name);

struct Document {
  std::string id;           // unique in a database: the source path as given
  std::string source_path;  // where the bytes came from
  // Reader that produced it: "text", "html", "rss", "atom", "pdf", "docx",
  // "odt", "reuters-sgml", "jsonl", "email".
  std::string format;
  std::string raw;          // the bytes exactly as read (of the member or record)
  // The UTF-8 text that extraction runs on; every Mention offset indexes it.
  // For UTF-8 plain-text input it is byte-identical to `raw`, so offsets are
  // file offsets; for text in a legacy charset it is the UTF-8 conversion
  // (metadata "charset" names the source encoding); for other formats it is
  // the text extracted from the markup, record or page layout.
  std::string text;
  std::string title;
  std::string url;
  std::string date;  // ISO "YYYY-MM-DD", or empty when unknown
  DateSource date_source = DateSource::kNone;
  std::string content_hash;  // hex digest of `raw` (see ContentHash)
  // Format facts that have no field of their own, sorted for stable output:
  // "charset" (when the input was converted from a legacy encoding),
  // "places"/"orgs"/"topics" (Reuters SGML, comma-separated), "from"/"to"
  // (e-mail), "feed" (the feed a feed item came from). Empty for most inputs.
  std::map<std::string, std::string> metadata;
};

enum class MentionType { kDate, kLocation, kOrganization, kCount, kPerson, kProgramme };

std::string_view MentionTypeName(MentionType type);
std::optional<MentionType> ParseMentionType(std::string_view name);

struct Mention {
  MentionType type = MentionType::kDate;
  std::size_t start = 0;  // byte offset into Document::text, inclusive
  std::size_t end = 0;    // byte offset into Document::text, exclusive
  std::string text;       // == Document::text.substr(start, end - start)
  std::string value;      // normalized value: TIMEX3 for dates, integer for counts
  // Type-specific facts: "unit" (counts), "country" (locations), "parent"
  // (organizations), "ambiguous", "rule" ... Ordered so output is stable.
  std::map<std::string, std::string> attributes;
};

// Everything the extractors learned about one document.
struct Analysis {
  std::vector<Mention> mentions;  // sorted by start, then by end
  std::string date;               // the document date the analysis anchored on
  DateSource date_source = DateSource::kNone;
  std::vector<int> years_mentioned;  // distinct years of date mentions, ascending
};

// A stable 64-bit FNV-1a digest of the bytes, as 16 hex digits. Used to spot
// identical content and to detect changed files; not a security hash.
std::string ContentHash(std::string_view bytes);

}  // namespace gleaner

#endif  // GLEANER_ENGINE_DOCUMENT_H_
