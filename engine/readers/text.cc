// The plain-text reader: the text is the file's bytes unchanged, so every
// mention offset is a file offset; the title is the first non-blank line.
#include "engine/readers/reader.h"

namespace gleaner {

void ReadPlainText(Document& doc) {
  doc.format = "text";
  doc.text = doc.raw;
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
