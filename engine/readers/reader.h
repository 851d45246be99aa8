// Turning input files into Documents. One reader per format lives beside this
// header (text.cc, html.cc); ReadDocument picks the reader from the file name
// and content, then applies a NAME.meta.json sidecar when one exists.
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
  std::size_t max_file_bytes = 64u << 20;  // larger files are refused, not truncated
};

// Expands files and folders (recursively, sorted, following no symlinked
// folders) into the list of input files. Sidecars (*.meta.json), hidden
// entries and editor backups met in folders are skipped; a file named
// explicitly is kept unless it is a sidecar. Each folder's files come out
// sorted by path, duplicates once. A path that does not exist or cannot be
// listed goes to `errors` as "PATH: reason" and the rest is still listed.
std::vector<std::filesystem::path> ListInputs(const std::vector<std::string>& paths,
                                              std::vector<std::string>* errors);

// Reads one file into a Document: id and source_path are the absolute path,
// format is chosen by extension (.html/.htm/.xhtml) or by sniffing a leading
// "<!DOCTYPE html" / "<html", everything else is read as plain text. Throws
// ReadError for an unreadable, empty, binary, oversized or non-UTF-8 file.
Document ReadDocument(const std::filesystem::path& path, const ReaderLimits& limits = {});

// One input file may hold many documents: feed items, archive members,
// Reuters SGML records, JSON Lines records. ReadDocuments hands each to
// `on_document` in file order. A member that cannot be read goes to
// `on_member_error(member_id, reason)` and the rest of the file is still read;
// a file that cannot be read at all throws ReadError. Member ids extend the
// file's id: "archive.zip!/dir/a.html", "feed.xml#3", "reut2-000.sgm#NEWID".
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
void ApplySidecar(const std::filesystem::path& path, Document& doc);

// The sidecar that belongs beside `path`: "x/a.txt" -> "x/a.meta.json".
std::filesystem::path SidecarPath(const std::filesystem::path& path);

// Checks that `bytes` can be indexed as text: not empty, no NUL bytes, valid
// UTF-8. Throws ReadError with the reason and byte offset.
void CheckTextBytes(std::string_view bytes);

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
