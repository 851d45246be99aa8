// Choosing the reader for an input: by extension first, then by sniffing the
// first bytes (PDF, zip, tar, gzip/bzip2/xz, feeds, Reuters SGML, HTML), with
// plain text as the fallback. Also the entry points ReadDocuments and
// ReadDocument, and the small helpers the format readers share.
#include <unistd.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdio>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "engine/ascii.h"
#include "engine/readers/formats.h"
#include "engine/readers/reader.h"

namespace gleaner {
namespace readers {
namespace {

namespace fs = std::filesystem;

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool StartsWithIgnoringCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (AsciiLower(text[i]) != AsciiLower(prefix[i])) return false;
  }
  return true;
}

std::string LowerCopy(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), AsciiLower);
  return lower;
}

enum class Format {
  kText, kHtml, kFeed, kPdf, kOffice, kReuters, kJsonLines, kEmail, kArchive
};

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
constexpr std::size_t kSniffBytes = 4096;

// The first bytes after a byte order mark, white space, XML declarations,
// processing instructions, comments and doctype declarations other than
// HTML's: where a markup document's root element starts.
std::string_view MarkupStart(std::string_view bytes) {
  bytes = bytes.substr(0, kSniffBytes);
  if (bytes.substr(0, kByteOrderMark.size()) == kByteOrderMark) {
    bytes.remove_prefix(kByteOrderMark.size());
  }
  while (true) {
    const std::size_t first = bytes.find_first_not_of(" \t\r\n\f");
    if (first == std::string_view::npos) return {};
    bytes.remove_prefix(first);
    std::string_view closing;
    if (bytes.substr(0, 4) == "<!--") {
      closing = "-->";
    } else if (bytes.substr(0, 2) == "<?") {
      closing = "?>";
    } else if (StartsWithIgnoringCase(bytes, "<!doctype") &&
               !StartsWithIgnoringCase(bytes, "<!doctype html")) {
      closing = ">";
    } else {
      return bytes;
    }
    const std::size_t end = bytes.find(closing);
    if (end == std::string_view::npos) return {};
    bytes.remove_prefix(end + closing.size());
  }
}

bool IsArchiveExtension(const std::string& lower_name) {
  for (std::string_view suffix : {".zip", ".tar", ".tgz", ".tbz2", ".txz", ".gz", ".bz2", ".xz",
                                  ".7z", ".jar"}) {
    if (lower_name.ends_with(suffix)) return true;
  }
  return false;
}

bool HasArchiveMagic(std::string_view bytes) {
  return bytes.starts_with("PK\x03\x04") || bytes.starts_with("PK\x05\x06") ||
         bytes.starts_with("\x1F\x8B") || bytes.starts_with("BZh") ||
         bytes.starts_with(std::string_view("\xFD\x37\x7A\x58\x5A\x00", 6)) ||
         bytes.starts_with("7z\xBC\xAF\x27\x1C") ||
         (bytes.size() > 262 && bytes.substr(257, 5) == "ustar");
}

// An OpenDocument text keeps its uncompressed "mimetype" member first; a
// DOCX names word/ members in its first local headers or its directory.
bool LooksLikeOfficeZip(std::string_view bytes) {
  if (!bytes.starts_with("PK\x03\x04")) return false;
  if (bytes.substr(0, 200).find("application/vnd.oasis.opendocument.text") !=
      std::string_view::npos) {
    return true;
  }
  return bytes.substr(0, 2048).find("word/") != std::string_view::npos ||
         bytes.find("word/document.xml") != std::string_view::npos;
}

Format ChooseFormat(const std::string& name, std::string_view bytes) {
  const std::string lower_name = LowerCopy(FileName(name));
  const std::string extension = LowerExtension(lower_name);
  if (extension == ".html" || extension == ".htm" || extension == ".xhtml") return Format::kHtml;
  if (extension == ".rss" || extension == ".atom") return Format::kFeed;
  if (extension == ".pdf") return Format::kPdf;
  if (extension == ".docx" || extension == ".odt") return Format::kOffice;
  if (extension == ".sgm" || extension == ".sgml") return Format::kReuters;
  if (extension == ".jsonl" || extension == ".ndjson") return Format::kJsonLines;
  if (extension == ".eml") return Format::kEmail;
  if (IsArchiveExtension(lower_name) && HasArchiveMagic(bytes)) return Format::kArchive;

  if (bytes.starts_with("%PDF-")) return Format::kPdf;
  if (LooksLikeOfficeZip(bytes)) return Format::kOffice;
  if (HasArchiveMagic(bytes)) return Format::kArchive;
  const std::string_view markup = MarkupStart(bytes);
  if (StartsWithIgnoringCase(markup, "<rss") || StartsWithIgnoringCase(markup, "<feed") ||
      StartsWithIgnoringCase(markup, "<rdf:rdf")) {
    return Format::kFeed;
  }
  if (markup.starts_with("<REUTERS")) return Format::kReuters;
  if (StartsWithIgnoringCase(markup, "<!doctype html") || StartsWithIgnoringCase(markup, "<html")) {
    return Format::kHtml;
  }
  for (std::string_view header : {"Return-Path:", "Received:", "MIME-Version:"}) {
    if (bytes.starts_with(header)) return Format::kEmail;
  }
  return Format::kText;
}

// Reads a file holding one document with the single-document reader.
Document ReadSingle(Source&& source, Format format, const ReaderLimits& limits) {
  Document doc = NewDocument(std::move(source));
  switch (format) {
    case Format::kHtml: {
      const std::string text = DecodeInto(doc, doc.raw, DeclaredCharset(doc.raw));
      ReadHtmlFrom(doc, text);
      break;
    }
    case Format::kPdf:
      ReadPdf(doc);
      break;
    case Format::kOffice:
      ReadOfficeDocument(doc, limits);
      break;
    case Format::kEmail:
      ReadEmail(doc);
      break;
    default: {
      ReadPlainTextFrom(doc, DecodeInto(doc, doc.raw, ""));
      break;
    }
  }
  return doc;
}

}  // namespace

std::string_view FileName(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string_view Extension(std::string_view path) {
  const std::string_view name = FileName(path);
  if (name.size() <= 2 && name.starts_with('.')) return {};  // ".", ".."
  const std::size_t dot = name.rfind('.');
  return dot == std::string_view::npos || dot == 0 ? std::string_view() : name.substr(dot);
}

std::string LowerExtension(std::string_view name) { return LowerCopy(Extension(name)); }

std::string QuotedExcerpt(std::string_view value) {
  constexpr std::size_t kMaxBytes = 60;
  if (value.size() <= kMaxBytes) return "\"" + std::string(value) + "\"";
  std::size_t cut = kMaxBytes;
  // Back to the first byte of a UTF-8 sequence (continuation bytes are 10xxxxxx).
  while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
  return "\"" + std::string(value.substr(0, cut)) + "...\"";
}

Document NewDocument(Source&& source) {
  Document doc;
  doc.id = source.id;
  doc.source_path = source.source_path;
  doc.raw = std::move(source.bytes);
  doc.content_hash = ContentHash(doc.raw);
  return doc;
}

std::string DecodeInto(Document& doc, std::string_view bytes, std::string_view declared_charset) {
  std::string charset;
  std::string text = DecodeText(bytes, declared_charset, &charset);
  if (!charset.empty()) doc.metadata["charset"] = charset;
  return text;
}

std::string DeclaredCharset(std::string_view bytes) {
  const std::string head = LowerCopy(bytes.substr(0, kSniffBytes));
  for (std::string_view key : {std::string_view("charset"), std::string_view("encoding")}) {
    std::size_t at = 0;
    while ((at = head.find(key, at)) != std::string::npos) {
      at += key.size();
      std::size_t value = head.find_first_not_of(" \t\r\n", at);
      if (value == std::string::npos || head[value] != '=') continue;
      value = head.find_first_not_of(" \t\r\n\"'", value + 1);
      if (value == std::string::npos) break;
      const std::size_t end = head.find_first_of(" \t\r\n\"';>/?", value);
      const std::string charset =
          std::string(bytes.substr(value, (end == std::string::npos ? head.size() : end) - value));
      if (charset.empty()) continue;
      // A declaration readable as ASCII cannot be true of UTF-16 or UTF-32
      // bytes (their byte order mark decides them, before any declaration):
      // as the HTML standard's prescan does, it is not followed. Followed, it
      // turned a Latin-1 page into a page of CJK-looking junk, indexed
      // without a word of error.
      const std::string lower = LowerCopy(charset);
      for (std::string_view wide : {"utf-16", "utf16", "utf-32", "utf32", "ucs-2", "ucs2",
                                    "ucs-4", "ucs4", "unicode"}) {
        if (lower.starts_with(wide)) return "";
      }
      return charset;
    }
  }
  return "";
}

std::string ParseRfc822Date(std::string_view value) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  int day = 0, month = 0, year = 0;
  std::size_t at = 0;
  while (at < value.size()) {
    const std::size_t start = value.find_first_not_of(" ,\t\r\n", at);
    if (start == std::string_view::npos) break;
    std::size_t end = value.find_first_of(" ,\t\r\n", start);
    if (end == std::string_view::npos) end = value.size();
    const std::string token = LowerCopy(value.substr(start, end - start));
    at = end;
    if (token.find(':') != std::string::npos) continue;  // the time
    if (IsAsciiDigits(token)) {
      const int number = std::stoi(token.substr(0, 6));
      if (day == 0 && token.size() <= 2 && month == 0) {
        day = number;
      } else if (year == 0 && (token.size() == 4 || (token.size() == 2 && month != 0))) {
        year = token.size() == 2 ? (number < 50 ? 2000 + number : 1900 + number) : number;
      }
      continue;
    }
    for (std::size_t m = 0; m < kMonths.size() && month == 0; ++m) {
      if (token.substr(0, 3) == kMonths[m]) month = static_cast<int>(m) + 1;
    }
  }
  if (day == 0 || month == 0 || year == 0) return "";
  if (year > 9999 || month > 12 || day > 31) return "";
  char iso[32];
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
  return NormalizeIsoDate(iso);
}

void ReadSource(Source&& source, const ReadContext& context) {
  const Format format = ChooseFormat(source.name, source.bytes);
  switch (format) {
    case Format::kFeed:
      ReadFeed(source, context);
      return;
    case Format::kReuters:
      ReadReutersSgml(source, context);
      return;
    case Format::kJsonLines:
      ReadJsonLines(source, context);
      return;
    case Format::kArchive:
      ReadArchive(source, context);
      return;
    default:
      break;
  }
  Document doc = ReadSingle(std::move(source), format, context.limits);
  if (context.archive_depth == 0) ApplySidecar(doc.source_path, doc);
  context.on_document(std::move(doc));
}

}  // namespace readers

namespace {

// Whether `path` is absolute and already in the form lexically_normal()
// gives it: no empty, "." or ".." component and no trailing separator.
bool IsNormalAbsolutePath(std::string_view path) {
  if (path.size() < 2 || path.front() != '/' || path.back() == '/') return false;
  std::size_t start = 1;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    const std::string_view component = path.substr(start, end - start);
    if (component.empty() || component == "." || component == "..") return false;
    start = end + 1;
  }
  return true;
}

// std::filesystem::absolute(path).lexically_normal(), as a string. For the
// usual input, a relative or absolute path with nothing to normalize, it is
// the working folder and the path joined: building and normalizing
// std::filesystem::path objects cost more than reading a small file.
std::string AbsoluteNormalPath(const std::filesystem::path& path) {
  const std::string& given = path.native();
  if (!given.empty()) {
    std::string joined;
    if (given.front() == '/') {
      joined = given;
    } else if (char folder[PATH_MAX]; ::getcwd(folder, sizeof folder) != nullptr) {
      joined = folder;
      if (!joined.ends_with('/')) joined += '/';
      joined += given;
    }
    if (IsNormalAbsolutePath(joined)) return joined;
  }
  std::error_code error;
  const std::filesystem::path absolute = std::filesystem::absolute(path, error);
  if (error) throw ReadError("cannot read: " + error.message());
  return absolute.lexically_normal().string();
}

}  // namespace

void ReadDocuments(const std::filesystem::path& path, const ReaderLimits& limits,
                   const DocumentSink& on_document, const MemberErrorSink& on_member_error) {
  readers::Source source;
  source.id = AbsoluteNormalPath(path);
  source.source_path = source.id;
  source.name = readers::FileName(source.id);
  readers::ArchiveBudget budget;
  const readers::ReadContext context{limits, on_document, on_member_error, budget, 0};
  // An archive (by name and magic bytes) is streamed from disk, not loaded:
  // its limits are those on what comes out of it (ReaderLimits), not its size.
  if (readers::IsArchiveExtension(readers::LowerCopy(source.name))) {
    std::uint64_t size = 0;
    const std::string head = readers::ReadFileHead(source.id, 512, &size);
    if (readers::ChooseFormat(source.name, head) == readers::Format::kArchive) {
      source.file = source.id;
      source.file_size = size;
      readers::ReadArchive(source, context);
      return;
    }
  }
  source.bytes = readers::ReadFileBytes(source.id, limits.max_file_bytes);
  readers::ReadSource(std::move(source), context);
}

Document ReadDocument(const std::filesystem::path& path, const ReaderLimits& limits) {
  std::vector<Document> documents;
  std::string first_error;
  ReadDocuments(
      path, limits, [&documents](Document&& doc) { documents.push_back(std::move(doc)); },
      [&first_error](const std::string& member_id, const std::string& reason) {
        if (first_error.empty()) first_error = member_id + ": " + reason;
      });
  if (!first_error.empty()) throw ReadError(first_error);
  if (documents.size() != 1) {
    throw ReadError("holds " + std::to_string(documents.size()) +
                    " documents (read it with ReadDocuments)");
  }
  return std::move(documents.front());
}

}  // namespace gleaner
