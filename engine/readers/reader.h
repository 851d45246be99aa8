// Turning input files into Documents. One reader per format lives beside this
// header (text, HTML, feeds, PDF, DOCX/ODT, Reuters SGML, JSON Lines, e-mail,
// archives); ReadDocuments picks the reader from the file name and content,
// then applies a NAME.meta.json sidecar to a single-document file.
#ifndef GLEANER_ENGINE_READERS_READER_H_
#define GLEANER_ENGINE_READERS_READER_H_

#include <cstddef>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "engine/document.h"

namespace gleaner {

// A file that cannot become a Document. what() is the reason alone, without
// the path ("invalid UTF-8 at byte 12"); callers print "gleaner: PATH: reason".
class ReadError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct ReaderLimits {
  std::size_t max_file_bytes = 64u << 20;  // larger files (and members) are refused
  // Archives: all members of one input together, uncompressed.
  std::size_t max_archive_bytes = std::size_t{1} << 30;
  // Archives: uncompressed bytes at most this many times the archive's size
  // (checked once more than 1 MB came out), so a zip bomb stops early.
  std::size_t max_compression_ratio = 100;
  int max_archive_depth = 4;              // archives inside archives, levels below the file
  std::size_t max_archive_members = 100000;  // members of one input, all levels
};

// Expands files and folders (recursively, sorted, following no symlinked
// folders) into the list of input files. Sidecars (*.meta.json), hidden
// entries and editor backups met in folders are skipped; a file named
// explicitly is kept unless it is a sidecar. Each folder's files come out
// sorted by path, duplicates once. A path that does not exist or cannot be
// listed goes to `errors` as "PATH: reason" and the rest is still listed.
std::vector<std::filesystem::path> ListInputs(const std::vector<std::string>& paths,
                                              std::vector<std::string>* errors);

// Reads a file that holds one document: id and source_path are the absolute
// path; the format is chosen as ReadDocuments does. Throws ReadError for an
// unreadable, empty, binary or oversized file, for text that is neither
// UTF-8 nor a recognizable legacy encoding, and for a file that holds
// several documents (a feed, an archive).
Document ReadDocument(const std::filesystem::path& path, const ReaderLimits& limits = {});

// One input file may hold many documents: feed items, archive members,
// Reuters SGML records, JSON Lines records. ReadDocuments hands each to
// `on_document` in file order. A member that cannot be read goes to
// `on_member_error(member_id, reason)` and the rest of the file is still read;
// a file that cannot be read at all throws ReadError. Member ids extend the
// file's id: "archive.zip!/dir/a.html", "feed.xml#3", "reut2-000.sgm#NEWID".
// Formats, by extension or else by content: .html/.htm/.xhtml, RSS/Atom
// (.rss/.atom/.xml, or a <rss>/<feed>/<rdf:RDF> root), .pdf, .docx, .odt,
// .sgm (Reuters-21578), .jsonl/.ndjson, .eml, archives (.zip, .tar, .tgz,
// .gz, .bz2, .xz and their tar forms; a compressed single file is read as
// the file inside it), and plain text for everything else.
using DocumentSink = std::function<void(Document&&)>;
using MemberErrorSink =
    std::function<void(const std::string& member_id, const std::string& reason)>;
void ReadDocuments(const std::filesystem::path& path, const ReaderLimits& limits,
                   const DocumentSink& on_document, const MemberErrorSink& on_member_error);

// The format readers, on bytes already in memory. `doc` has id, source_path
// and raw set, and raw has passed CheckTextBytes; they fill format, text,
// title, url, date and date_source.
void ReadPlainText(Document& doc);
void ReadHtml(Document& doc);

// Applies NAME.meta.json beside `path` (for "x/a.txt" that is "x/a.meta.json"):
// "date" (YYYY-MM-DD, or a longer ISO timestamp whose first 10 characters are
// the date), "title" and "url" override what the reader found. A malformed
// sidecar throws ReadError naming the sidecar.
void ApplySidecar(const std::string& path, Document& doc);

// The sidecar that belongs beside `path`: "x/a.txt" -> "x/a.meta.json".
std::filesystem::path SidecarPath(const std::filesystem::path& path);

// Checks that `bytes` can be indexed as text: not empty, no NUL bytes, valid
// UTF-8. Throws ReadError with the reason and byte offset.
void CheckTextBytes(std::string_view bytes);

// Returns `bytes` as UTF-8 text. A UTF-16/32 byte order mark decides the
// encoding; valid UTF-8 is returned unchanged; otherwise `declared_charset`
// (from the markup or a MIME header; "" when none) or else ICU's charset
// detector names the encoding and an ICU converter converts. `charset` gets
// the encoding converted from, or "" for UTF-8 kept as it was. Throws
// ReadError for empty input, binary content (NUL bytes or characters, or many control
// characters once decoded) and damaged UTF-8 ("invalid UTF-8 at byte N").
std::string DecodeText(std::string_view bytes, std::string_view declared_charset,
                       std::string* charset);

// Accepts "YYYY-MM-DD" or an ISO timestamp beginning with it (also
// "YYYYMMDD"), returns the normalized "YYYY-MM-DD" or "" when it is not a
// valid calendar date.
std::string NormalizeIsoDate(std::string_view value);

// A title as the readers store it: runs of white space collapsed to one
// space, trimmed, a leading byte order mark dropped, and capped at about 300
// bytes, cut on a character boundary (at a space when one is near).
std::string CleanTitle(std::string_view text);

}  // namespace gleaner

#endif  // GLEANER_ENGINE_READERS_READER_H_
