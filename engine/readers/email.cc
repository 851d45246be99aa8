// The e-mail reader (.eml, RFC 5322 with MIME): Subject is the title (RFC
// 2047 encoded words decoded), Date the document date, From/To kept as
// metadata. The text is the text/plain parts (text/html parts through the
// HTML reader when a message has no plain part), after undoing the
// quoted-printable or base64 transfer encoding and converting the part's
// charset to UTF-8; the lines a mailer wrapped inside a paragraph are
// joined (wrapped_lines.h). Attachments other than text are skipped.

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/readers/formats.h"
#include "engine/readers/reader.h"
#include "engine/readers/wrapped_lines.h"

namespace gleaner::readers {
namespace {

constexpr int kMaxMimeDepth = 8;

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string LowerCopy(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), Lower);
  return lower;
}

std::string_view Trim(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// Header fields (names lower-cased, folded lines joined) and the body.
struct MimeEntity {
  std::vector<std::pair<std::string, std::string>> headers;
  std::string_view body;

  std::string Header(std::string_view name) const {
    for (const auto& [key, value] : headers) {
      if (key == name) return value;
    }
    return "";
  }
};

MimeEntity ParseEntity(std::string_view bytes) {
  MimeEntity entity;
  std::size_t at = 0;
  while (at < bytes.size()) {
    std::size_t end = bytes.find('\n', at);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view line = bytes.substr(at, end - at);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    at = end + 1;
    if (line.empty()) break;  // the blank line before the body
    if ((line.front() == ' ' || line.front() == '\t') && !entity.headers.empty()) {
      entity.headers.back().second += ' ';
      entity.headers.back().second += Trim(line);
      continue;
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    entity.headers.emplace_back(LowerCopy(Trim(line.substr(0, colon))),
                                std::string(Trim(line.substr(colon + 1))));
  }
  entity.body = at < bytes.size() ? bytes.substr(at) : std::string_view();
  return entity;
}

// A parameter of a structured header: boundary and charset of
// `multipart/mixed; boundary="b1"; charset=utf-8`.
std::string HeaderParameter(const std::string& header, std::string_view name) {
  const std::string lower = LowerCopy(header);
  std::size_t at = 0;
  while ((at = lower.find(name, at)) != std::string::npos) {
    const bool starts = at > 0 && (lower[at - 1] == ';' || lower[at - 1] == ' ' ||
                                   lower[at - 1] == '\t');
    at += name.size();
    std::size_t value = lower.find_first_not_of(" \t", at);
    if (!starts || value == std::string::npos || lower[value] != '=') continue;
    value = lower.find_first_not_of(" \t", value + 1);
    if (value == std::string::npos) return "";
    if (header[value] == '"') {
      const std::size_t end = header.find('"', value + 1);
      return header.substr(value + 1, (end == std::string::npos ? header.size() : end) - value - 1);
    }
    const std::size_t end = header.find_first_of("; \t", value);
    return header.substr(value, (end == std::string::npos ? header.size() : end) - value);
  }
  return "";
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = Lower(c);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// Quoted-printable (RFC 2045 6.7); `header` mode also maps '_' to space
// (RFC 2047 "Q" encoding).
std::string DecodeQuotedPrintable(std::string_view data, bool header) {
  std::string out;
  out.reserve(data.size());
  for (std::size_t i = 0; i < data.size(); ++i) {
    const char c = data[i];
    if (c == '_' && header) {
      out.push_back(' ');
    } else if (c == '=' && i + 1 < data.size() && (data[i + 1] == '\n' || data[i + 1] == '\r')) {
      i += data[i + 1] == '\r' && i + 2 < data.size() && data[i + 2] == '\n' ? 2 : 1;  // soft break
    } else if (c == '=' && i + 2 < data.size() && HexValue(data[i + 1]) >= 0 &&
               HexValue(data[i + 2]) >= 0) {
      out.push_back(static_cast<char>(HexValue(data[i + 1]) * 16 + HexValue(data[i + 2])));
      i += 2;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// Base64 (RFC 4648) ignoring line breaks and anything outside the alphabet.
std::string DecodeBase64(std::string_view data) {
  auto value_of = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+' || c == '-') return 62;
    if (c == '/' || c == '_') return 63;
    return -1;
  };
  std::string out;
  out.reserve(data.size() * 3 / 4);
  unsigned int buffer = 0;
  int bits = 0;
  for (char c : data) {
    if (c == '=') break;
    const int value = value_of(c);
    if (value < 0) continue;
    buffer = (buffer << 6) | static_cast<unsigned int>(value);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((buffer >> bits) & 0xFF));
    }
  }
  return out;
}

// Text in `charset` to UTF-8 (DecodeText, so damaged bytes are refused).
std::string CharsetToUtf8(std::string_view bytes, const std::string& charset,
                          std::string* converted_from) {
  if (bytes.empty()) return "";
  std::string used;
  std::string utf8 = DecodeText(bytes, charset, &used);
  if (!used.empty() && converted_from != nullptr && converted_from->empty()) *converted_from = used;
  return utf8;
}

// Decodes RFC 2047 encoded words: "=?UTF-8?B?...?=" and "=?iso-8859-1?Q?...?=".
std::string DecodeHeader(std::string_view value) {
  std::string out;
  std::size_t at = 0;
  bool last_was_word = false;
  while (at < value.size()) {
    const std::size_t start = value.find("=?", at);
    if (start == std::string_view::npos) {
      out += value.substr(at);
      break;
    }
    const std::size_t charset_end = value.find('?', start + 2);
    const std::size_t encoding_end =
        charset_end == std::string_view::npos ? charset_end : value.find('?', charset_end + 1);
    const std::size_t end =
        encoding_end == std::string_view::npos ? encoding_end : value.find("?=", encoding_end + 1);
    if (end == std::string_view::npos) {
      out += value.substr(at);
      break;
    }
    const std::string_view between = value.substr(at, start - at);
    // White space between two encoded words is not part of the text.
    if (!(last_was_word && Trim(between).empty())) out += between;
    const std::string charset(value.substr(start + 2, charset_end - start - 2));
    const char encoding = Lower(value[charset_end + 1]);
    const std::string_view payload = value.substr(encoding_end + 1, end - encoding_end - 1);
    const std::string bytes =
        encoding == 'b' ? DecodeBase64(payload) : DecodeQuotedPrintable(payload, true);
    try {
      out += CharsetToUtf8(bytes, charset, nullptr);
    } catch (const ReadError&) {
      out += value.substr(start, end + 2 - start);  // keep the word as written
    }
    at = end + 2;
    last_was_word = true;
  }
  return out;
}

struct MessageText {
  std::vector<std::string> plain;
  std::vector<std::string> html;
  std::string charset;  // the first legacy charset converted from
};

// Collects the text parts of `entity`, depth-first in message order.
void CollectParts(const MimeEntity& entity, int depth, MessageText& text) {
  const std::string content_type = entity.Header("content-type");
  const std::string type = LowerCopy(Trim(content_type.substr(0, content_type.find(';'))));
  if (type.starts_with("multipart/")) {
    const std::string boundary = HeaderParameter(content_type, "boundary");
    if (boundary.empty() || depth >= kMaxMimeDepth) return;
    const std::string delimiter = "--" + boundary;
    std::string_view body = entity.body;
    std::size_t at = body.find(delimiter);
    while (at != std::string_view::npos) {
      std::size_t part_start = at + delimiter.size();
      if (body.substr(part_start, 2) == "--") break;  // closing delimiter
      part_start = body.find('\n', part_start);
      if (part_start == std::string_view::npos) break;
      ++part_start;
      const std::size_t next = body.find("\n" + delimiter, part_start);
      const std::string_view part =
          body.substr(part_start, (next == std::string_view::npos ? body.size() : next) - part_start);
      CollectParts(ParseEntity(part), depth + 1, text);
      at = next == std::string_view::npos ? next : next + 1;
    }
    return;
  }
  if (type == "message/rfc822" && depth < kMaxMimeDepth) {
    CollectParts(ParseEntity(entity.body), depth + 1, text);
    return;
  }
  const bool plain = type.empty() || type == "text/plain";
  if (!plain && type != "text/html") return;
  if (LowerCopy(entity.Header("content-disposition")).starts_with("attachment")) return;

  const std::string encoding = LowerCopy(Trim(entity.Header("content-transfer-encoding")));
  std::string bytes;
  if (encoding == "base64") {
    bytes = DecodeBase64(entity.body);
  } else if (encoding == "quoted-printable") {
    bytes = DecodeQuotedPrintable(entity.body, false);
  } else {
    bytes = entity.body;
  }
  std::string utf8 = CharsetToUtf8(bytes, HeaderParameter(content_type, "charset"), &text.charset);
  if (plain) {
    std::erase(utf8, '\r');
    JoinWrappedLines(utf8);  // mailers wrap plain text at about 72 columns
    text.plain.push_back(std::move(utf8));
  } else {
    text.html.push_back(HtmlToText(utf8));
  }
}

std::string JoinParts(const std::vector<std::string>& parts) {
  std::string joined;
  for (const std::string& part : parts) {
    const std::string_view trimmed = Trim(part);
    if (trimmed.empty()) continue;
    joined += trimmed;
    joined += '\n';
  }
  return joined;
}

}  // namespace

void ReadEmail(Document& doc) {
  doc.format = "email";
  const std::string_view raw = doc.raw;
  if (raw.find('\0') != std::string_view::npos) {
    throw ReadError("binary content (NUL byte at offset " + std::to_string(raw.find('\0')) + ")");
  }
  const MimeEntity message = ParseEntity(raw);
  if (message.headers.empty()) throw ReadError("no e-mail headers");

  MessageText text;
  CollectParts(message, 0, text);
  doc.text = JoinParts(text.plain);
  if (doc.text.empty()) doc.text = JoinParts(text.html);
  if (doc.text.empty()) throw ReadError("e-mail has no text part");
  if (!text.charset.empty()) doc.metadata["charset"] = text.charset;

  // Raw 8-bit headers in a legacy charset are decoded like text.
  auto header_text = [&message](const char* name) {
    std::string value = DecodeHeader(message.Header(name));
    if (value.empty()) return value;
    try {
      return DecodeText(value, "", nullptr);
    } catch (const ReadError&) {
      return std::string();
    }
  };
  doc.title = CleanTitle(header_text("subject"));
  doc.date = ParseRfc822Date(message.Header("date"));
  if (!doc.date.empty()) doc.date_source = DateSource::kMetadata;
  for (const char* field : {"from", "to"}) {
    std::string value = header_text(field);
    if (!value.empty()) doc.metadata[field] = std::move(value);
  }
}

}  // namespace gleaner::readers
