// Safe XML parsing for the feed and office readers: libxml2 with no network,
// no external DTDs, no entity substitution and its default size limits, so a
// hostile file (billion laughs, external entities) is an error, never a hang
// or a file read. Plus the few tree helpers those readers share.
#ifndef GLEANER_ENGINE_READERS_XML_TREE_H_
#define GLEANER_ENGINE_READERS_XML_TREE_H_

#include <libxml/tree.h>

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
