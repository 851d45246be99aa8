// The PDF reader (poppler-cpp): the text of every page in reading order
// (column by column, not line by line across the columns), without the
// running headers and footers repeated on every page, and with the lines
// the layout wrapped inside a paragraph (or across a page) joined; the
// title from the document information dictionary (Title, else the first
// line of text) and the date from its CreationDate, else ModDate. Damaged,
// encrypted and text-less PDFs are refused with the reason.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <climits>
#include <ctime>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "engine/readers/formats.h"
#include "engine/readers/page_furniture.h"
#include "engine/readers/reader.h"
#include "engine/readers/wrapped_lines.h"

namespace gleaner::readers {
namespace {

void IgnorePopplerMessage(const std::string& /*message*/, void* /*closure*/) {}

std::string ToUtf8(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

// An info-dictionary date as "YYYY-MM-DD" (UTC), or "" when absent.
std::string InfoDate(const poppler::document& pdf, const std::string& key) {
  const std::time_t seconds = pdf.info_date_t(key);
  if (seconds <= 0) return "";
  std::tm parts{};
  if (gmtime_r(&seconds, &parts) == nullptr) return "";
  // strftime returns 0, leaving the buffer unspecified, when the date does
  // not fit (a year beyond four digits): then there is no usable date.
  char iso[16];
  if (std::strftime(iso, sizeof iso, "%Y-%m-%d", &parts) == 0) return "";
  return NormalizeIsoDate(iso);
}

}  // namespace

void ReadPdf(Document& doc) {
  doc.format = "pdf";
  // Poppler reports damage on stderr; the reason we give is enough. Set once.
  [[maybe_unused]] static const bool quiet =
      (poppler::set_debug_error_function(IgnorePopplerMessage, nullptr), true);
  if (doc.raw.size() > static_cast<std::size_t>(INT_MAX)) throw ReadError("PDF too large");
  const std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(doc.raw.data(), static_cast<int>(doc.raw.size())));
  if (pdf == nullptr) throw ReadError("cannot open PDF (damaged or not a PDF)");
  if (pdf->is_locked()) throw ReadError("encrypted PDF (password needed)");

  const int pages = pdf->pages();
  std::vector<std::string> page_texts;
  for (int index = 0; index < pages; ++index) {
    const std::unique_ptr<poppler::page> page(pdf->create_page(index));
    if (page == nullptr) continue;
    // Reading order: the physical layout would interleave the lines of
    // side-by-side columns.
    std::string page_text =
        ToUtf8(page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout));
    for (char& c : page_text) {
      if (c == '\f' || c == '\r') c = '\n';
    }
    page_texts.push_back(std::move(page_text));
  }
  DropRunningHeadersAndFooters(page_texts);

  std::string text;
  for (std::string& page_text : page_texts) {
    const std::size_t last = page_text.find_last_not_of(" \t\n");
    if (last == std::string::npos) continue;
    page_text.resize(last + 1);
    // Blank lines before the first line of text (a header was above them).
    const std::size_t text_start = page_text.find_first_not_of(" \t\n");
    const std::size_t break_before = page_text.find_last_of('\n', text_start);
    if (break_before != std::string::npos) page_text.erase(0, break_before + 1);
    text += page_text;
    text.push_back('\n');
  }
  // Over the whole text, so that a sentence running on to the next page is
  // joined too.
  JoinWrappedLines(text);
  if (text.empty()) {
    throw ReadError(pages == 0 ? "PDF has no pages (damaged?)"
                               : "PDF has no text layer (" + std::to_string(pages) + " pages)");
  }
  // Poppler yields UTF-8, but a damaged font map can produce stray bytes.
  CheckTextBytes(text);
  doc.text = std::move(text);

  doc.title = CleanTitle(ToUtf8(pdf->info_key("Title")));
  if (doc.title.empty()) {
    std::string_view rest = doc.text;
    while (!rest.empty() && doc.title.empty()) {
      const std::size_t line_end = rest.find('\n');
      doc.title = CleanTitle(rest.substr(0, line_end));
      rest = line_end == std::string_view::npos ? std::string_view() : rest.substr(line_end + 1);
    }
  }
  doc.date = InfoDate(*pdf, "CreationDate");
  if (doc.date.empty()) doc.date = InfoDate(*pdf, "ModDate");
  if (!doc.date.empty()) doc.date_source = DateSource::kMetadata;
}

}  // namespace gleaner::readers
