// The interface between the reading dispatcher (reader.cc) and the format
// readers beside it: the bytes of one input or archive member with its id,
// the limits and sinks of the run, and one entry point per format. Private to
// engine/readers (and its tests); callers use reader.h.
#ifndef GLEANER_ENGINE_READERS_FORMATS_H_
#define GLEANER_ENGINE_READERS_FORMATS_H_

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "engine/document.h"
#include "engine/readers/reader.h"

namespace gleaner::readers {

// The bytes of one input file or archive member.
struct Source {
  std::string id;           // document id: the absolute path, or a member id
  std::string source_path;  // the file on disk the bytes came from
  std::string name;         // file or member name; its extension picks the format
  std::string bytes;
  // An archive given as an input file is not loaded into `bytes`: the
  // archive reader streams it from `file` (of `file_size` bytes), so an
  // archive may be larger than ReaderLimits::max_file_bytes.
  std::filesystem::path file;
  std::uint64_t file_size = 0;
};

// An archive limit was exceeded (size, ratio, member count): the whole input
// stops, unlike a bad member, which is skipped.
class ArchiveLimitError : public ReadError {
 public:
  using ReadError::ReadError;
};

// What the archives of one input have used so far, against ReaderLimits.
struct ArchiveBudget {
  std::size_t uncompressed_bytes = 0;
  std::size_t members = 0;
};

struct ReadContext {
  const ReaderLimits& limits;
  const DocumentSink& on_document;
  const MemberErrorSink& on_member_error;
  ArchiveBudget& budget;
  int archive_depth = 0;  // 0 for a file on disk, 1 for a member of it, ...
};

// Chooses the format of `source` from its name and content and reads it.
// Throws ReadError when nothing of it can be read.
void ReadSource(Source&& source, const ReadContext& context);

// A Document with id, source_path, raw and content_hash set from `source`,
// whose bytes are moved into raw (a file may be 64 MB).
Document NewDocument(Source&& source);

// Multi-document formats: each document goes to context.on_document, each
// bad member or record to context.on_member_error.
void ReadFeed(const Source& source, const ReadContext& context);         // feed.cc
void ReadReutersSgml(const Source& source, const ReadContext& context);  // reuters.cc
void ReadJsonLines(const Source& source, const ReadContext& context);    // jsonl.cc
void ReadArchive(const Source& source, const ReadContext& context);      // archive.cc

// Single-document formats on doc.raw (any bytes): fill format, text, title,
// date and metadata, or throw ReadError.
void ReadPdf(Document& doc);                                       // pdf.cc
void ReadOfficeDocument(Document& doc, const ReaderLimits& limits);  // office.cc (DOCX, ODT)
void ReadEmail(Document& doc);                                     // email.cc

// Plain text and HTML on text already decoded to UTF-8 (text.cc, html.cc).
// (ReadPlainTextFrom takes the text by value: a long file's text is moved
// in, not copied, since the file's bytes are still held as doc.raw.)
void ReadPlainTextFrom(Document& doc, std::string utf8);
void ReadHtmlFrom(Document& doc, std::string_view utf8);

// The visible text of an HTML fragment or page, as ReadHtml extracts it.
std::string HtmlToText(std::string_view utf8_html);

// "Tue, 05 Oct 2021 10:00:00 +0600" (RFC 5322 / RFC 822, as in e-mail and
// RSS) -> "2021-10-05", or "" when it holds no valid date.
std::string ParseRfc822Date(std::string_view value);

// The charset named in the first bytes of an HTML page (<meta charset>,
// http-equiv content type) or an XML declaration (encoding="..."), or "".
// A UTF-16 or UTF-32 name is not returned: bytes readable as ASCII are not
// in those encodings (their byte order mark decides them first).
std::string DeclaredCharset(std::string_view bytes);

// Decodes `bytes` (see DecodeText) and records a converted charset in
// doc.metadata["charset"].
std::string DecodeInto(Document& doc, std::string_view bytes, std::string_view declared_charset);

// Reads a whole regular file of at most `max_bytes` (checked before
// reading). Throws ReadError ("file too large (N bytes, limit M)", "not a
// regular file", "cannot read: ...").
std::string ReadFileBytes(const std::string& path, std::size_t max_bytes);
// The first `count` bytes of a regular file (fewer when it is shorter) and
// its size; throws ReadError like ReadFileBytes.
std::string ReadFileHead(const std::string& path, std::size_t count,
                         std::uint64_t* size);

// The file name and the extension of a path, as std::filesystem::path's
// filename() and extension() give them ("a/b.c.txt" -> "b.c.txt", ".txt";
// "a/" -> "", ""; ".profile" -> ".profile", ""), without building a path.
std::string_view FileName(std::string_view path);
std::string_view Extension(std::string_view path);
// Lower-cased extension of a file name: "a/B.HTML" -> ".html".
std::string LowerExtension(std::string_view name);

// A value from the input quoted for an error reason: in double quotes, cut
// after 60 bytes (on a character boundary, "..." marking the cut), so a
// hostile 100 KB charset name, date or member name does not become a
// 100 KB error line.
std::string QuotedExcerpt(std::string_view value);

}  // namespace gleaner::readers

#endif  // GLEANER_ENGINE_READERS_FORMATS_H_
