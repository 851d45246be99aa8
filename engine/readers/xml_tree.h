// Safe XML parsing for the feed and office readers: libxml2 with no network,
// no external DTDs, no entity substitution and its default size limits, so a
// hostile file (billion laughs, external entities) is an error, never a hang
// or a file read. Plus the few tree helpers those readers share.
#ifndef GLEANER_ENGINE_READERS_XML_TREE_H_
#define GLEANER_ENGINE_READERS_XML_TREE_H_

#include <libxml/tree.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace gleaner::readers {

struct XmlDocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlTree = std::unique_ptr<xmlDoc, XmlDocFree>;

// Parses UTF-8 XML (an encoding declaration is ignored: callers decode
// first). Throws ReadError "cannot parse XML: REASON (line N)" for malformed
// input, and "XML entity declarations are not accepted" for a document whose
// DTD declares entities (the billion-laughs shape).
XmlTree ParseXmlSafely(std::string_view utf8);

// libxml2 (2.9) checks each attribute of a start tag against all the
// attributes before it: a tag with N attributes costs N^2, and one tag of
// 300,000 attributes kept the HTML parser busy for minutes. At most this many
// attributes of one tag reach the parser; no real page or feed comes near.
constexpr std::size_t kMaxAttributesPerTag = 1000;

// Returns true and sets `capped` to `markup` with the attributes of each start
// tag beyond the first `max_attributes` left out (the tag's closing "/>" or
// ">" kept) when some tag has more; returns false, leaving `capped` alone,
// otherwise. One pass over the markup: quoted values are skipped whole,
// anything from "<" and a letter to the next ">" outside quotes is a tag.
bool CapAttributes(std::string_view markup, std::size_t max_attributes, std::string* capped);

// The element's local name ("title" for <atom:title>), "" for non-elements.
std::string_view LocalName(const xmlNode* node);

// The concatenated text and CDATA under `node` (entity references are not
// followed).
std::string NodeText(const xmlNode* node);

// The first child element with local name `name`, or nullptr.
const xmlNode* ChildElement(const xmlNode* node, std::string_view name);

// The attribute's value whatever its namespace prefix, or "" when absent.
std::string AttributeText(const xmlNode* node, const char* name);

}  // namespace gleaner::readers

#endif  // GLEANER_ENGINE_READERS_XML_TREE_H_
