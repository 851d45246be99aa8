// The Reuters-21578 SGML reader: one document per <REUTERS> record, id
// "FILE#NEWID", DATE as the document date, TITLE as title, BODY as text, and
// PLACES/ORGS/TOPICS/PEOPLE kept as metadata. One pass over the file: each
// record is located with find() and read through string_views, so a file
// costs one copy per record (plus a conversion for a record that is not
// UTF-8).
#include <array>
#include <string>
#include <string_view>

#include "engine/normalize.h"
#include "engine/readers/formats.h"
#include "engine/readers/reader.h"

namespace gleaner::readers {
namespace {

// The content of the first <TAG ...>...</TAG> in `record`, or "" without one.
std::string_view ElementContent(std::string_view record, std::string_view tag) {
  const std::string open = "<" + std::string(tag);
  std::size_t start = 0;
  while (true) {
    start = record.find(open, start);
    if (start == std::string_view::npos) return {};
    const char after = start + open.size() < record.size() ? record[start + open.size()] : '\0';
    if (after == '>' || after == ' ') break;
    start += open.size();
  }
  const std::size_t content = record.find('>', start);
  if (content == std::string_view::npos) return {};
  const std::string close = "</" + std::string(tag) + ">";
  const std::size_t end = record.find(close, content + 1);
  if (end == std::string_view::npos) return record.substr(content + 1);
  return record.substr(content + 1, end - content - 1);
}

// The value of attribute NAME="..." in an opening tag.
std::string_view AttributeValue(std::string_view tag, std::string_view name) {
  const std::string key = " " + std::string(name) + "=\"";
  const std::size_t start = tag.find(key);
  if (start == std::string_view::npos) return {};
  const std::size_t value = start + key.size();
  const std::size_t end = tag.find('"', value);
  if (end == std::string_view::npos) return {};
  return tag.substr(value, end - value);
}

// SGML character data to text: &lt; &gt; &amp; &quot; &apos; and &#N;
// decoded, control characters other than tab and newline dropped.
std::string Unescape(std::string_view data) {
  std::string text;
  text.reserve(data.size());
  for (std::size_t i = 0; i < data.size(); ++i) {
    const char c = data[i];
    if (c == '&') {
      const std::size_t semicolon = data.find(';', i);
      if (semicolon != std::string_view::npos && semicolon - i <= 8) {
        const std::string_view name = data.substr(i + 1, semicolon - i - 1);
        int code = -1;
        if (name == "lt") code = '<';
        else if (name == "gt") code = '>';
        else if (name == "amp") code = '&';
        else if (name == "quot") code = '"';
        else if (name == "apos") code = '\'';
        else if (name.size() > 1 && name[0] == '#') {
          code = 0;
          for (char digit : name.substr(1)) {
            if (digit < '0' || digit > '9') { code = -1; break; }
            code = code * 10 + (digit - '0');
          }
        }
        if (code >= 0) {
          if (code >= 0x20 && code < 0x7F) text.push_back(static_cast<char>(code));
          else if (code == '\n' || code == '\t') text.push_back(static_cast<char>(code));
          i = semicolon;
          continue;
        }
      }
    }
    if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') continue;
    text.push_back(c);
  }
  return text;
}

// "<D>usa</D><D>uk</D>" -> "usa,uk".
std::string JoinD(std::string_view list) {
  std::string joined;
  std::size_t at = 0;
  while ((at = list.find("<D>", at)) != std::string_view::npos) {
    at += 3;
    const std::size_t end = list.find("</D>", at);
    if (end == std::string_view::npos) break;
    if (!joined.empty()) joined.push_back(',');
    joined += Unescape(list.substr(at, end - at));
    at = end + 4;
  }
  return joined;
}

// "26-FEB-1987 15:01:01.79" -> "1987-02-26".
std::string ParseReutersDate(std::string_view value) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  const std::size_t start = value.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return "";
  value.remove_prefix(start);
  const std::size_t dash = value.find('-');
  if (dash == std::string_view::npos || dash > 2 || value.size() < dash + 9) return "";
  const std::string_view day = value.substr(0, dash);
  const std::string_view month = value.substr(dash + 1, 3);
  const std::string_view year = value.substr(dash + 5, 4);
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    if (kMonths[m] != month) continue;
    std::string iso(year);
    iso += '-';
    if (m + 1 < 10) iso += '0';
    iso += std::to_string(m + 1);
    iso += '-';
    if (day.size() == 1) iso += '0';
    iso += day;
    return NormalizeIsoDate(iso);
  }
  return "";
}

std::string_view TrimSpace(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const std::size_t last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

}  // namespace

void ReadReutersSgml(const Source& source, const ReadContext& context) {
  const std::string_view file = source.bytes;
  if (file.find('\0') != std::string_view::npos) {
    throw ReadError("binary content (NUL byte at offset " + std::to_string(file.find('\0')) + ")");
  }
  constexpr std::string_view kOpen = "<REUTERS";
  constexpr std::string_view kClose = "</REUTERS>";

  std::size_t at = file.find(kOpen);
  if (at == std::string_view::npos) throw ReadError("no <REUTERS> record in SGML file");
  std::size_t record_number = 0;
  while (at != std::string_view::npos) {
    ++record_number;
    std::size_t end = file.find(kClose, at);
    const bool closed = end != std::string_view::npos;
    end = closed ? end + kClose.size() : file.size();
    std::string_view record = file.substr(at, end - at);
    at = file.find(kOpen, end);

    const std::string_view new_id =
        AttributeValue(record.substr(0, record.find('>') + 1), "NEWID");
    const std::string member_id =
        source.id + "#" + (new_id.empty() ? std::to_string(record_number) : std::string(new_id));
    if (!closed) {
      context.on_member_error(member_id, "record cut short (no </REUTERS>)");
      break;
    }

    // The collection is ASCII with a few stray Latin-1 bytes; a record that
    // is not UTF-8 is read as ISO-8859-1 (the SGML default).
    std::string charset;
    std::string converted;
    if (!IsValidUtf8(record)) {
      try {
        converted = DecodeText(record, "ISO-8859-1", &charset);
      } catch (const ReadError& error) {
        context.on_member_error(member_id, error.what());
        continue;
      }
    }

    Document doc;
    doc.id = member_id;
    doc.source_path = source.source_path;
    doc.format = "reuters-sgml";
    doc.raw = record;
    if (!converted.empty()) record = converted;
    doc.content_hash = ContentHash(doc.raw);
    if (!charset.empty()) doc.metadata["charset"] = charset;

    const std::string_view text_element = ElementContent(record, "TEXT");
    doc.title = CleanTitle(Unescape(ElementContent(text_element, "TITLE")));
    std::string_view body = ElementContent(text_element, "BODY");
    if (body.empty() && ElementContent(text_element, "TITLE").empty()) {
      body = text_element;  // TYPE="UNPROC": the text is the whole element
    }
    doc.text = TrimSpace(Unescape(body));
    if (!doc.text.empty()) doc.text.push_back('\n');
    if (doc.text.empty()) doc.text = doc.title.empty() ? std::string() : doc.title + "\n";
    if (doc.text.empty()) {
      context.on_member_error(member_id, "record has no TITLE or BODY text");
      continue;
    }

    doc.date = ParseReutersDate(ElementContent(record, "DATE"));
    if (!doc.date.empty()) doc.date_source = DateSource::kMetadata;
    for (const auto& [element, key] :
         {std::pair{"PLACES", "places"}, {"ORGS", "orgs"}, {"TOPICS", "topics"},
          {"PEOPLE", "people"}}) {
      std::string values = JoinD(ElementContent(record, element));
      if (!values.empty()) doc.metadata[key] = std::move(values);
    }
    context.on_document(std::move(doc));
  }
}

}  // namespace gleaner::readers
