// The plain-text reader: the text is the file's bytes unchanged (or their
// UTF-8 conversion, for a legacy encoding), so for UTF-8 files every mention
// offset is a file offset; the title is the first non-blank line.
#include "engine/readers/formats.h"
#include "engine/readers/reader.h"

#include <string>
#include <utility>

namespace gleaner {

void ReadPlainText(Document& doc) { readers::ReadPlainTextFrom(doc, doc.raw); }

void readers::ReadPlainTextFrom(Document& doc, std::string utf8) {
  doc.format = "text";
  doc.text = std::move(utf8);
  doc.title.clear();
  std::string_view rest = doc.text;
  while (!rest.empty() && doc.title.empty()) {
    const std::size_t line_end = rest.find('\n');
    const std::string_view line = rest.substr(0, line_end);
    doc.title = CleanTitle(line);
    rest = line_end == std::string_view::npos ? std::string_view() : rest.substr(line_end + 1);
  }
}

}  // namespace gleaner
