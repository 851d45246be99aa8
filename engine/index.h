// The Xapian index: its schema (term prefixes and value slots, declared here
// once and read by both the writer and the query parser) and the writer that
// turns a Document and its Analysis into a Xapian::Document.
//
// Prefixes follow Xapian Omega's conventions so delve, quest and
// xapian-compact work on gleaner databases.
#ifndef GLEANER_ENGINE_INDEX_H_
#define GLEANER_ENGINE_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <utility>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "engine/document.h"
#include "engine/document_json.h"
#include "engine/stem_cache.h"

namespace gleaner {
namespace schema {

// Boolean terms (filters; they never change ranking).
inline constexpr std::string_view kId = "Q";          // unique id: Q + absolute path
inline constexpr std::string_view kPath = "U";        // U + source path (or URL)
inline constexpr std::string_view kDay = "D";         // D + YYYYMMDD of the document date
inline constexpr std::string_view kMonth = "M";       // M + YYYYMM
inline constexpr std::string_view kYear = "Y";        // Y + YYYY
inline constexpr std::string_view kMimeType = "T";    // T + text/plain, text/html
inline constexpr std::string_view kFileName = "XF";   // XF + file name without extension
inline constexpr std::string_view kHash = "XH";       // XH + content hash
inline constexpr std::string_view kMentionedYear = "XY";  // XY + YYYY of each date mentioned
inline constexpr std::string_view kMentionedMonth = "XM";  // XM + YYYYMM of each date mentioned
inline constexpr std::string_view kCount = "XC";  // XC + unit + '#' + value ("XCwomen#13")
inline constexpr std::string_view kOrganization = "XO";   // XO + canonical organization
inline constexpr std::string_view kPlace = "XG";          // XG + place name
inline constexpr std::string_view kCountry = "N";         // N + ISO 3166-1 alpha-2, lower case
inline constexpr std::string_view kPerson = "XP";         // XP + person name
// Free-text prefixes (stemmed, positional).
inline constexpr std::string_view kTitle = "S";

// Value slots.
inline constexpr Xapian::valueno kDateSlot = 0;  // "YYYYMMDD": sort and date ranges
inline constexpr Xapian::valueno kHashSlot = 1;  // content hash: collapse duplicates
// Slot kFacetSlotBase + i holds the values of kFacets[i], each followed by
// kFacetValueEnd, so facet counting reads one value per document instead of
// walking its term list.
inline constexpr Xapian::valueno kFacetSlotBase = 10;
inline constexpr char kFacetValueEnd = '\x1f';

inline constexpr std::string_view kStemLanguage = "english";

// Query-parser field names mapped to prefixes: free-text fields rank, boolean
// fields filter.
struct Field {
  std::string_view name;
  std::string_view prefix;
  bool boolean;
};
inline constexpr Field kFields[] = {
    {"title", kTitle, false},        {"id", kId, true},
    {"path", kPath, true},           {"file", kFileName, true},
    {"year", kYear, true},           {"month", kMonth, true},
    {"day", kDay, true},             {"type", kMimeType, true},
    {"mentioned", kMentionedYear, true}, {"org", kOrganization, true},
    {"place", kPlace, true},         {"country", kCountry, true},
    {"person", kPerson, true},       {"count", kCount, true},
};
inline constexpr std::string_view kDateRangeField = "date:";

// Facets: boolean-term prefixes whose values are counted over a result set.
struct Facet {
  std::string_view name;
  std::string_view prefix;
};
inline constexpr Facet kFacets[] = {
    {"org", kOrganization}, {"place", kPlace},  {"country", kCountry},
    {"person", kPerson},    {"year", kYear},    {"month", kMonth},
    {"mentioned", kMentionedYear}, {"mentioned_month", kMentionedMonth},
    {"type", kMimeType},
};

// Boolean terms longer than this are hashed by Xapian's own limit; keep
// terms well under Xapian's 245-byte maximum.
inline constexpr std::size_t kMaxTermBytes = 240;

}  // namespace schema

// A database that cannot be opened, read or written. what() is one line.
class IndexError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The most text a document's stored record keeps. Every word and mention of
// a longer text is still indexed; the record (what `gleaner show` prints and
// search snippets come from) keeps its first 4 MiB and the mentions inside
// them. Xapian copies a record several times while adding it, so a record
// of the whole text of a 64 MB file would by itself need about 1 GB.
inline constexpr std::size_t kMaxStoredTextBytes = std::size_t{4} << 20;

// Builds the Xapian document for `doc`: positional stemmed text, the title
// (S), boolean terms of the schema, the date and hash slots, and the JSON
// record (DocumentRecordJson, up to kMaxStoredTextBytes of text) as
// document data. With `spelling_db`, the words
// are also added to its spelling dictionary. With `stems` (of the schema's
// stemming language), words are stemmed through that memo: the same terms,
// made faster when many documents are built.
Xapian::Document BuildXapianDocument(const Document& doc, const Analysis& analysis,
                                     Xapian::WritableDatabase* spelling_db = nullptr,
                                     const StemCache* stems = nullptr);

// A document made ready for IndexWriter::Add on another thread: all the
// writer needs of its analysis, and no mention. A worker keeps this and
// drops the analysis, which for a long text is a hundred megabytes and
// more, before the writer has Xapian copy the document.
struct PreparedDocument {
  Xapian::Document xapian_document;  // BuildXapianDocument(doc, analysis, nullptr, stems)
  std::vector<std::pair<std::string, std::string>> synonyms;  // OrganizationSynonyms(analysis)
  // SpellingWords(xapian_document), gathered with the document so the
  // writer only adds them up.
  std::vector<std::pair<std::string, Xapian::termcount>> spelling_words;
};

// The words of a document for the spelling table, each with its wdf: its
// unprefixed terms (prefixes start with a capital) without digits (figures,
// codes and years are no spelling suggestion anyone wants), in term order.
std::vector<std::pair<std::string, Xapian::termcount>> SpellingWords(const Xapian::Document& xdoc);

// Builds what BuildXapianDocument and OrganizationSynonyms make from an
// analysis that comes in parts (Analyzer::AnalyzeInParts): each part's
// terms and synonyms are taken as it comes, and only the mentions the
// record keeps (those inside its first kMaxStoredTextBytes) are held, so a
// long text's whole analysis never is. `doc` must outlive the builder.
class XapianDocumentBuilder {
 public:
  // Adds the document's own terms (id, path, file name, type, hash).
  XapianDocumentBuilder(const Document& doc, Xapian::WritableDatabase* spelling_db = nullptr,
                        const StemCache* stems = nullptr);
  // One part's mentions and years; the first part's date is the document's.
  void AddPart(const Analysis& part);
  // Indexes the title and text (positional, stemmed), adds the date, year
  // and facet terms and the record; call once, last.
  PreparedDocument Finish();

 private:
  const Document& doc_;
  Xapian::WritableDatabase* spelling_db_;
  const StemCache* stems_;
  Xapian::Document xdoc_;
  DocumentRecordBuilder record_;
  bool first_part_ = true;
  std::string date_;
  DateSource date_source_ = DateSource::kNone;
  std::set<int> years_;
  std::set<std::pair<std::string, std::string>> synonyms_;
};

// Synonym-table entries for a document's organizations: each name as
// written (lower case, words joined by one space, as the QueryParser looks
// them up) and the canonical name map to the organization's XO term, so
// "UNODC" also finds releases that only spell the name out, and the other
// way round. Sorted, each pair once.
std::vector<std::pair<std::string, std::string>> OrganizationSynonyms(const Analysis& analysis);

// The PreparedDocument of a whole analysis (one part of an XapianDocumentBuilder).
PreparedDocument PrepareDocument(const Document& doc, const Analysis& analysis,
                                 const StemCache* stems = nullptr);

// prefix + value as Omega and the QueryParser spell it: a ':' between a
// multi-letter prefix and a value starting with a capital ("XO:OSCE").
std::string BooleanTerm(std::string_view prefix, std::string_view value);

// The term that uniquely identifies a document id.
std::string IdTerm(std::string_view id);

// Every id a stored document answers to: the one it was indexed under and
// the ids of identical content found later under other paths, in term
// order. Empty when no document has `id`.
std::vector<std::string> IdsOfDocument(const Xapian::Database& db, std::string_view id);

// Glass creates a database's table files first and its version file
// `iamglass` last, and every commit replaces that file atomically, so a
// folder with table files but no `iamglass` is a creation killed midway.
// Xapian refuses such a folder for good ("Failed to open glass revision
// file"). Its tables are still empty, as nothing was ever committed to them:
// this removes them so that the database can be created anew. Tables that
// hold any bytes are left alone, and Xapian reports the damage. Every opener
// that creates databases calls it first.
void RemoveInterruptedCreation(const std::filesystem::path& db_dir);

// What IndexWriter::Add did with a document.
enum class AddOutcome {
  kAdded,      // a new document
  kReplaced,   // the id was indexed with other content; now it has this one
  kUnchanged,  // the id was already indexed with this content
  kAlias,      // identical content was indexed under another id; this id was added to it
};

class IndexWriter {
 public:
  // Opens or creates the database folder; throws IndexError (for example
  // when another process holds the write lock).
  explicit IndexWriter(const std::filesystem::path& db_dir);
  ~IndexWriter();  // commits what was added
  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;

  // The content hash stored for `id`, if the document is indexed.
  std::optional<std::string> StoredHash(std::string_view id) const;
  // Adds or replaces (by id) one document, its spelling data and its
  // organization synonyms. Content already indexed under another id (same
  // content hash) is stored once: the new id becomes an extra id (Q and U
  // terms) of that document. Throws IndexError.
  AddOutcome Add(const Document& doc, const Analysis& analysis);
  // The same with PrepareDocument(doc, analysis) made beforehand (for
  // example on a worker thread, which keeps that work off the one writer).
  AddOutcome Add(const Document& doc, const PreparedDocument& prepared);
  // Removes `id`: the document goes when it was its only id, else only the
  // id is taken off it. Returns false when no document had `id`.
  bool Remove(std::string_view id);
  // The ids of the documents that came from one input file: `input` itself
  // and its members ("input!/member", "input#n"), in term order.
  std::vector<std::string> IdsOfInput(std::string_view input) const;
  // Every id that starts with `prefix`, in term order.
  std::vector<std::string> IdsStartingWith(std::string_view prefix) const;
  void Commit();
  Xapian::doccount size() const;
  // For the ingest records, which commit together with the documents.
  Xapian::WritableDatabase& database() { return db_; }

 private:
  // Takes `id` off document `docid`, deleting it when no id remains.
  void Detach(std::string_view id, Xapian::docid docid);
  // The first document indexed with `term`, or 0.
  Xapian::docid FirstWith(const std::string& term) const;
  // Adds a document's SpellingWords to the counts written at the next commit.
  void AddSpelling(const std::vector<std::pair<std::string, Xapian::termcount>>& words);
  // Takes a removed document's words off the spelling counts (at the next commit).
  void ForgetSpelling(const Xapian::Document& xdoc);
  void FlushSpelling();
  // The outcome when `doc` needs no new Xapian document (unchanged, or an
  // extra id of content already indexed); else nothing, after taking its
  // id off an older version, and `*replacing` says whether there was one.
  std::optional<AddOutcome> AddWithoutNewDocument(const Document& doc, bool* replacing);
  void AddPrepared(const PreparedDocument& prepared);
  void AddSynonyms(const std::vector<std::pair<std::string, std::string>>& synonyms);

  Xapian::WritableDatabase db_;
  // Synonym pairs written by this writer: each is written once per run, not
  // once per document that mentions the organization.
  std::set<std::pair<std::string, std::string>> synonyms_written_;
  // Spelling frequency changes since the last commit, by word.
  std::unordered_map<std::string, std::int64_t> pending_spelling_;
};

}  // namespace gleaner

#endif  // GLEANER_ENGINE_INDEX_H_
