// Binary fixtures for the reader tests, built at test time so no binary file
// is checked in: archives (zip, tar and compressed tars, single compressed
// files) written with libarchive, DOCX/ODT packages made of hand-written
// XML, and a small PDF written by hand (objects plus a computed xref table);
// and ReadAll, which collects what ReadDocuments makes of one file.
#ifndef GLEANER_TESTS_READER_FIXTURES_H_
#define GLEANER_TESTS_READER_FIXTURES_H_

#include <archive.h>
#include <archive_entry.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "engine/readers/reader.h"

namespace gleaner::testing {

struct ArchiveMember {
  std::string path;
  std::string bytes;
};

enum class ArchiveKind { kZip, kZipStored, kTar, kTarGz, kTarBz2, kTarXz, kGzip };

// Writes `members` as an archive of `kind` and returns its bytes. kGzip
// compresses the first member alone (a ".gz" file, no container).
inline std::string MakeArchive(ArchiveKind kind, const std::vector<ArchiveMember>& members) {
  struct WriterFree {
    void operator()(struct archive* handle) const { archive_write_free(handle); }
  };
  std::unique_ptr<struct archive, WriterFree> writer(archive_write_new());
  switch (kind) {
    case ArchiveKind::kZip:
      archive_write_set_format_zip(writer.get());
      break;
    case ArchiveKind::kZipStored:
      archive_write_set_format_zip(writer.get());
      archive_write_set_format_option(writer.get(), "zip", "compression", "store");
      break;
    case ArchiveKind::kTar:
      archive_write_set_format_pax_restricted(writer.get());
      break;
    case ArchiveKind::kTarGz:
      archive_write_set_format_pax_restricted(writer.get());
      archive_write_add_filter_gzip(writer.get());
      break;
    case ArchiveKind::kTarBz2:
      archive_write_set_format_pax_restricted(writer.get());
      archive_write_add_filter_bzip2(writer.get());
      break;
    case ArchiveKind::kTarXz:
      archive_write_set_format_pax_restricted(writer.get());
      archive_write_add_filter_xz(writer.get());
      break;
    case ArchiveKind::kGzip:
      archive_write_set_format_raw(writer.get());
      archive_write_add_filter_gzip(writer.get());
      break;
  }
  std::size_t capacity = 1 << 20;
  for (const ArchiveMember& member : members) capacity += member.bytes.size() + 4096;
  std::string buffer(capacity, '\0');
  std::size_t used = 0;
  if (archive_write_open_memory(writer.get(), buffer.data(), buffer.size(), &used) != ARCHIVE_OK) {
    throw std::runtime_error(archive_error_string(writer.get()));
  }
  for (const ArchiveMember& member : members) {
    struct archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname(entry, member.path.c_str());
    archive_entry_set_size(entry, static_cast<la_int64_t>(member.bytes.size()));
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_mtime(entry, 1634256000, 0);
    if (archive_write_header(writer.get(), entry) != ARCHIVE_OK) {
      archive_entry_free(entry);
      throw std::runtime_error(archive_error_string(writer.get()));
    }
    archive_entry_free(entry);
    if (!member.bytes.empty() &&
        archive_write_data(writer.get(), member.bytes.data(), member.bytes.size()) < 0) {
      throw std::runtime_error(archive_error_string(writer.get()));
    }
    if (kind == ArchiveKind::kGzip) break;
  }
  if (archive_write_close(writer.get()) != ARCHIVE_OK) {
    throw std::runtime_error(archive_error_string(writer.get()));
  }
  buffer.resize(used);
  return buffer;
}

// A minimal DOCX: [Content_Types].xml, word/document.xml with one <w:p>
// per paragraph, and docProps/core.xml with the title and creation date.
inline std::string MakeDocx(const std::vector<std::string>& paragraphs, const std::string& title,
                            const std::string& created) {
  std::string body =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:body>";
  for (const std::string& paragraph : paragraphs) {
    body += "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>"
            "<w:r><w:t xml:space=\"preserve\">" + paragraph + "</w:t></w:r></w:p>";
  }
  body += "<w:sectPr/></w:body></w:document>";
  const std::string core =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      "<cp:coreProperties "
      "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
      "<dc:title>" + title + "</dc:title>"
      "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + created + "</dcterms:created>"
      "</cp:coreProperties>";
  const std::string types =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
  return MakeArchive(ArchiveKind::kZip, {{"[Content_Types].xml", types},
                                         {"word/document.xml", body},
                                         {"docProps/core.xml", core}});
}

// A minimal ODT: the stored "mimetype" member first, content.xml with one
// <text:p> per paragraph (the first as a <text:h> heading), meta.xml.
inline std::string MakeOdt(const std::vector<std::string>& paragraphs, const std::string& title,
                           const std::string& created) {
  std::string content =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      "<office:document-content "
      "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
      "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
      "<office:body><office:text>";
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    content += i == 0 ? "<text:h>" + paragraphs[i] + "</text:h>"
                      : "<text:p>" + paragraphs[i] + "</text:p>";
  }
  content += "</office:text></office:body></office:document-content>";
  const std::string meta =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
      "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><office:meta>"
      "<dc:title>" + title + "</dc:title>"
      "<meta:creation-date>" + created + "</meta:creation-date>"
      "</office:meta></office:document-meta>";
  // The mimetype member must be stored: write it uncompressed first, then
  // the rest deflated, as office suites do.
  std::string stored = MakeArchive(ArchiveKind::kZipStored,
                                   {{"mimetype", "application/vnd.oasis.opendocument.text"},
                                    {"content.xml", content},
                                    {"meta.xml", meta}});
  return stored;
}

// Escapes a string for a PDF literal string.
inline std::string PdfString(const std::string& text) {
  std::string escaped;
  for (char c : text) {
    if (c == '(' || c == ')' || c == '\\') escaped.push_back('\\');
    escaped.push_back(c);
  }
  return escaped;
}

// A block of text lines placed on a PDF page: its first line's baseline
// starts at (x, y) in points from the bottom left, and each further line
// is 14 points lower.
struct PdfBlock {
  int x = 72;
  int y = 720;
  std::vector<std::string> lines;
};

// A PDF 1.4 file with one page per entry of `pages`, each page's blocks in
// 12-point Helvetica (ASCII), an info dictionary with Title and
// CreationDate ("D:20211015093000Z"), and a correct xref table.
inline std::string MakeLaidOutPdf(const std::vector<std::vector<PdfBlock>>& pages,
                                  const std::string& title, const std::string& creation_date) {
  std::vector<std::string> objects;
  const std::size_t page_count = pages.size();
  // 1 catalog, 2 pages, 3 font, 4 info, then page/content pairs.
  std::string kids;
  for (std::size_t i = 0; i < page_count; ++i) kids += std::to_string(5 + 2 * i) + " 0 R ";
  objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(page_count) +
                    " >>");
  objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  objects.push_back("<< /Title (" + PdfString(title) + ") /CreationDate (" + creation_date +
                    ") /Producer (gleaner tests) >>");
  for (std::size_t i = 0; i < page_count; ++i) {
    std::string stream = "BT /F1 12 Tf 14 TL";
    for (const PdfBlock& block : pages[i]) {
      stream += " 1 0 0 1 " + std::to_string(block.x) + " " + std::to_string(block.y) + " Tm";
      for (const std::string& line : block.lines) stream += " (" + PdfString(line) + ") Tj T*";
    }
    stream += " ET";
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font "
                      "<< /F1 3 0 R >> >> /Contents " + std::to_string(6 + 2 * i) + " 0 R >>");
    objects.push_back("<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream +
                      "\nendstream");
  }
  std::string pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t offset : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R /Info 4 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

// A PDF with one page per entry of `pages`, one line of text each.
inline std::string MakePdf(const std::vector<std::string>& pages, const std::string& title,
                           const std::string& creation_date) {
  std::vector<std::vector<PdfBlock>> laid_out;
  for (const std::string& page : pages) laid_out.push_back({PdfBlock{72, 720, {page}}});
  return MakeLaidOutPdf(laid_out, title, creation_date);
}

// Everything ReadDocuments gives for one file: its documents, its member
// errors as "ID: reason", and the ReadError of the whole file ("" if none).
struct ReadResult {
  std::vector<Document> documents;
  std::vector<std::string> member_errors;  // "ID: reason"
  std::string error;                       // the ReadError of the whole file
};

inline ReadResult ReadAll(const std::filesystem::path& path, const ReaderLimits& limits = {}) {
  ReadResult result;
  try {
    ReadDocuments(
        path, limits, [&result](Document&& doc) { result.documents.push_back(std::move(doc)); },
        [&result](const std::string& id, const std::string& reason) {
          result.member_errors.push_back(id + ": " + reason);
        });
  } catch (const ReadError& error) {
    result.error = error.what();
  }
  return result;
}

}  // namespace gleaner::testing

#endif  // GLEANER_TESTS_READER_FIXTURES_H_
