// Safe XML parsing with libxml2 and the small tree helpers the feed and
// office readers share (see xml_tree.h).
#include "engine/readers/xml_tree.h"

#include <libxml/parser.h>

#include <climits>

#include "engine/readers/reader.h"

namespace gleaner::readers {
namespace {

// NONET: nothing is fetched. No NOENT (entities stay references), no
// DTDLOAD/DTDATTR (external DTDs are not read), no HUGE (libxml2's limits on
// text size and entity amplification stay on). IGNORE_ENC: the bytes were
// decoded to UTF-8 already.
constexpr int kXmlOptions = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                            XML_PARSE_IGNORE_ENC | XML_PARSE_NOCDATA;

struct ParserContextFree {
  void operator()(xmlParserCtxt* context) const { xmlFreeParserCtxt(context); }
};

std::string TrimmedMessage(const char* message) {
  std::string text = message == nullptr ? "malformed" : message;
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

}  // namespace

bool CapAttributes(std::string_view markup, std::size_t max_attributes, std::string* capped) {
  const auto is_space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  };
  const auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  bool changed = false;
  std::size_t copied = 0;  // markup before this is in *capped (once changed)
  std::size_t i = 0;
  const std::size_t n = markup.size();
  while ((i = markup.find('<', i)) != std::string_view::npos) {
    if (i + 1 >= n || !is_letter(markup[i + 1])) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < n && !is_space(markup[j]) && markup[j] != '>' && markup[j] != '/') ++j;
    std::size_t attributes = 0;
    std::size_t cut = std::string_view::npos;  // where the first attribute past the cap starts
    bool after_space = false;
    bool after_equals = false;
    for (; j < n && markup[j] != '>'; ++j) {
      const char c = markup[j];
      if (c == '"' || c == '\'') {
        const std::size_t close = markup.find(c, j + 1);
        j = close == std::string_view::npos ? n - 1 : close;
        after_space = after_equals = false;
      } else if (is_space(c)) {
        after_space = true;
      } else if (c == '=') {
        after_equals = true;
        after_space = false;
      } else {
        if (after_space && !after_equals && c != '/' && ++attributes == max_attributes + 1) cut = j;
        after_space = after_equals = false;
      }
    }
    // j is at the tag's ">" or the end of the markup.
    if (cut != std::string_view::npos) {
      std::size_t keep_from = j;
      if (keep_from > cut && markup[keep_from - 1] == '/') --keep_from;
      if (!changed) capped->clear();
      changed = true;
      capped->append(markup.substr(copied, cut - copied));
      copied = keep_from;
    }
    i = j;
  }
  if (changed) capped->append(markup.substr(copied));
  return changed;
}

XmlTree ParseXmlSafely(std::string_view utf8) {
  if (utf8.size() > static_cast<std::size_t>(INT_MAX)) throw ReadError("XML too large");
  std::string capped;
  if (CapAttributes(utf8, kMaxAttributesPerTag, &capped)) utf8 = capped;
  [[maybe_unused]] static const bool parser_ready = (xmlInitParser(), true);
  const std::unique_ptr<xmlParserCtxt, ParserContextFree> context(xmlNewParserCtxt());
  if (context == nullptr) throw ReadError("cannot parse XML: out of memory");
  XmlTree tree(xmlCtxtReadMemory(context.get(), utf8.data(), static_cast<int>(utf8.size()),
                                 nullptr, "UTF-8", kXmlOptions));
  if (tree == nullptr || !context->wellFormed) {
    const xmlError* error = xmlCtxtGetLastError(context.get());
    std::string reason = "cannot parse XML: ";
    reason += error == nullptr ? "malformed" : TrimmedMessage(error->message);
    if (error != nullptr && error->line > 0) reason += " (line " + std::to_string(error->line) + ")";
    throw ReadError(reason);
  }
  if (tree->intSubset != nullptr && tree->intSubset->entities != nullptr) {
    throw ReadError("XML entity declarations are not accepted (possible entity expansion attack)");
  }
  return tree;
}

std::string_view LocalName(const xmlNode* node) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE || node->name == nullptr) return {};
  return reinterpret_cast<const char*>(node->name);
}

std::string NodeText(const xmlNode* node) {
  std::string text;
  if (node == nullptr) return text;
  // Iterative walk: deep nesting cannot overflow the stack.
  const xmlNode* current = node->children;
  while (current != nullptr) {
    if ((current->type == XML_TEXT_NODE || current->type == XML_CDATA_SECTION_NODE) &&
        current->content != nullptr) {
      text += reinterpret_cast<const char*>(current->content);
    }
    if (current->type == XML_ELEMENT_NODE && current->children != nullptr) {
      current = current->children;
      continue;
    }
    while (current != nullptr && current->next == nullptr) {
      current = current->parent;
      if (current == node) return text;
    }
    if (current != nullptr) current = current->next;
  }
  return text;
}

const xmlNode* ChildElement(const xmlNode* node, std::string_view name) {
  if (node == nullptr) return nullptr;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (LocalName(child) == name) return child;
  }
  return nullptr;
}

std::string AttributeText(const xmlNode* node, const char* name) {
  // Namespace-blind: <text:s text:c="2"/> and <link href> alike.
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return "";
  std::string text(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return text;
}

}  // namespace gleaner::readers
