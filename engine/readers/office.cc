// The DOCX and ODT reader: libarchive opens the zip, libxml2 (safely, see
// xml_tree.h) reads the body (word/document.xml, content.xml) into one line
// per paragraph, and the core/meta properties (docProps/core.xml, meta.xml)
// give the title (dc:title) and the date (created, else modified/dc:date).
#include <archive.h>
#include <archive_entry.h>
#include <libxml/tree.h>

#include <algorithm>
#include <map>
#include <set>
#include <memory>
#include <string>

#include "engine/readers/formats.h"
#include "engine/readers/reader.h"
#include "engine/readers/xml_tree.h"

namespace gleaner::readers {
namespace {

struct ArchiveFree {
  void operator()(struct archive* handle) const { archive_read_free(handle); }
};

// The members named in `wanted` (read whole, each at most `max_bytes`, in
// all at most max_compression_ratio x the zip's size), by name.
std::map<std::string, std::string> ZipMembers(const std::string& zip,
                                              const std::set<std::string>& wanted,
                                              const ReaderLimits& limits) {
  std::unique_ptr<struct archive, ArchiveFree> handle(archive_read_new());
  archive_read_support_format_zip(handle.get());
  if (archive_read_open_memory(handle.get(), zip.data(), zip.size()) != ARCHIVE_OK) {
    throw ReadError("not a zip file");
  }
  const std::size_t max_expanded =
      std::max<std::size_t>(zip.size() * limits.max_compression_ratio, 1u << 20);
  std::map<std::string, std::string> members;
  std::size_t expanded = 0;
  struct archive_entry* entry = nullptr;
  while (members.size() < wanted.size()) {
    const int status = archive_read_next_header(handle.get(), &entry);
    if (status == ARCHIVE_EOF) break;
    if (status == ARCHIVE_FATAL) {
      const char* message = archive_error_string(handle.get());
      throw ReadError(std::string("damaged zip: ") + (message ? message : "unreadable"));
    }
    // A name libarchive cannot convert (bytes that are not UTF-8 behind the
    // zip's UTF-8 flag) comes back null: it is none of the parts we read.
    const char* path = archive_entry_pathname_utf8(entry);
    if (path == nullptr) path = archive_entry_pathname(entry);
    if (path == nullptr) continue;
    const std::string name = path;
    if (wanted.count(name) == 0) continue;
    std::string data;
    char block[64 * 1024];
    la_ssize_t count = 0;
    while ((count = archive_read_data(handle.get(), block, sizeof block)) > 0) {
      data.append(block, static_cast<std::size_t>(count));
      expanded += static_cast<std::size_t>(count);
      if (data.size() > limits.max_file_bytes || expanded > max_expanded) {
        throw ReadError(QuotedExcerpt(name) + " expands beyond " +
                        std::to_string(std::min(limits.max_file_bytes, max_expanded)) +
                        " bytes (size/compression ratio limit; zip bomb?)");
      }
    }
    if (count < 0) {
      const char* message = archive_error_string(handle.get());
      throw ReadError("damaged member " + QuotedExcerpt(name) + ": " + (message ? message : "unreadable"));
    }
    members.emplace(name, std::move(data));
  }
  return members;
}

// The spaces an ODF <text:s text:c="N"/> stands for: N (1 without c), read
// from its leading digits and capped, so a hostile "99999999999999999999"
// neither overflows nor makes a huge run.
std::size_t SpaceCount(const std::string& count) {
  constexpr std::size_t kMaxSpaces = 100;
  if (count.empty()) return 1;
  std::size_t spaces = 0;
  for (char c : count) {
    if (c < '0' || c > '9') break;
    spaces = std::min(spaces * 10 + static_cast<std::size_t>(c - '0'), kMaxSpaces);
  }
  return spaces;
}

// Appends the text of a document body: paragraphs and headings as lines,
// tabs, line breaks and ODF's <text:s c="N"> spaces kept. Deleted text,
// field instructions and ODF annotations are skipped.
std::string BodyText(const xmlNode* root) {
  std::string text;
  auto end_line = [&text] {
    while (!text.empty() && text.back() == ' ') text.pop_back();
    if (!text.empty() && text.back() != '\n') text.push_back('\n');
  };
  // Returns whether to visit the node's children.
  auto enter = [&text](const xmlNode* node) {
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      if (node->content != nullptr) text += reinterpret_cast<const char*>(node->content);
      return false;
    }
    if (node->type != XML_ELEMENT_NODE) return false;
    const std::string_view name = LocalName(node);
    if (name == "tab") {
      text.push_back('\t');
    } else if (name == "br" || name == "cr" || name == "line-break") {
      text.push_back('\n');
    } else if (name == "s") {
      text.append(SpaceCount(AttributeText(node, "c")), ' ');
    } else if (name == "annotation" || name == "tracked-changes" || name == "delText" ||
               name == "instrText" || name == "pPr" || name == "rPr" || name == "sectPr") {
      return false;
    }
    return true;
  };
  auto leave = [&end_line](const xmlNode* node) {
    const std::string_view name = LocalName(node);
    if (name == "p" || name == "h") end_line();
  };
  const xmlNode* node = root == nullptr ? nullptr : root->children;
  while (node != nullptr) {
    if (enter(node) && node->children != nullptr) {
      node = node->children;
      continue;
    }
    leave(node);
    while (node->next == nullptr) {
      node = node->parent;
      if (node == nullptr || node == root) return (end_line(), text);
      leave(node);
    }
    node = node->next;
  }
  end_line();
  return text;
}

// The text of the first element with local name `name` anywhere under root.
std::string FindText(const xmlNode* root, std::string_view name) {
  const xmlNode* node = root;
  while (node != nullptr) {
    if (LocalName(node) == name) return NodeText(node);
    if (node->children != nullptr && node->type == XML_ELEMENT_NODE) {
      node = node->children;
      continue;
    }
    while (node != nullptr && node != root && node->next == nullptr) node = node->parent;
    if (node == nullptr || node == root) break;
    node = node->next;
  }
  return "";
}

}  // namespace

void ReadOfficeDocument(Document& doc, const ReaderLimits& limits) {
  const bool odt = doc.raw.substr(0, 200).find("application/vnd.oasis.opendocument.text") !=
                   std::string::npos;
  const std::string body_name = odt ? "content.xml" : "word/document.xml";
  const std::string meta_name = odt ? "meta.xml" : "docProps/core.xml";
  doc.format = odt ? "odt" : "docx";
  const std::map<std::string, std::string> members =
      ZipMembers(doc.raw, {body_name, meta_name}, limits);
  const auto body = members.find(body_name);
  if (body == members.end()) throw ReadError("no " + body_name + " in the document");
  {
    const XmlTree tree = ParseXmlSafely(body->second);
    doc.text = BodyText(xmlDocGetRootElement(tree.get()));
  }
  if (doc.text.empty()) throw ReadError("document has no text");
  const auto meta = members.find(meta_name);
  if (meta != members.end()) {
    const XmlTree tree = ParseXmlSafely(meta->second);
    const xmlNode* root = xmlDocGetRootElement(tree.get());
    doc.title = CleanTitle(FindText(root, "title"));
    for (std::string_view key : {"created", "creation-date", "modified", "date"}) {
      doc.date = NormalizeIsoDate(FindText(root, key));
      if (!doc.date.empty()) {
        doc.date_source = DateSource::kMetadata;
        break;
      }
    }
  }
  if (doc.title.empty()) doc.title = CleanTitle(doc.text.substr(0, doc.text.find('\n')));
}

}  // namespace gleaner::readers
