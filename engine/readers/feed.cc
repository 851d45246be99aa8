// The feed reader: RSS 2.0 (and RSS 1.0/RDF) <item>s and Atom <entry>s, each
// a document with id "FEED#N" (N counts items from 1), its link as url, its
// title, and its published (else updated) date. The text is the item's
// content or description with any HTML in it reduced to visible text by the
// HTML reader. The feed's own link is kept as metadata "feed".
#include <libxml/tree.h>

#include <string>
#include <string_view>
#include <vector>

#include "engine/readers/formats.h"
#include "engine/readers/reader.h"
#include "engine/readers/xml_tree.h"

namespace gleaner::readers {
namespace {

// The items of the feed: <item> under <channel> or the RDF root, <entry>
// under an Atom <feed>.
std::vector<const xmlNode*> FeedItems(const xmlNode* root) {
  std::vector<const xmlNode*> items;
  const xmlNode* container = root;
  if (LocalName(root) == "rss") container = ChildElement(root, "channel");
  auto collect = [&items](const xmlNode* parent) {
    if (parent == nullptr) return;
    for (const xmlNode* child = parent->children; child != nullptr; child = child->next) {
      const std::string_view name = LocalName(child);
      if (name == "item" || name == "entry") items.push_back(child);
    }
  };
  collect(container);
  if (LocalName(root) == "RDF" && items.empty()) collect(ChildElement(root, "channel"));
  return items;
}

// The href of an Atom <link> (rel="alternate" or none), or the text of an
// RSS <link>.
std::string ItemLink(const xmlNode* item) {
  std::string fallback;
  for (const xmlNode* child = item->children; child != nullptr; child = child->next) {
    if (LocalName(child) != "link") continue;
    const std::string href = AttributeText(child, "href");
    if (href.empty()) {
      const std::string text = NodeText(child);
      const std::size_t first = text.find_first_not_of(" \t\r\n");
      if (first != std::string::npos) {
        return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
      }
      continue;
    }
    const std::string rel = AttributeText(child, "rel");
    if (rel.empty() || rel == "alternate") return href;
    if (fallback.empty()) fallback = href;
  }
  return fallback;
}

// A date element's value: ISO 8601 (Atom, Dublin Core) or RFC 822 (RSS).
std::string ItemDate(const xmlNode* item) {
  for (std::string_view name : {"published", "pubDate", "issued", "date", "created", "updated",
                                "modified"}) {
    const xmlNode* element = ChildElement(item, name);
    if (element == nullptr) continue;
    const std::string value = NodeText(element);
    std::string date = NormalizeIsoDate(value);
    if (date.empty()) date = ParseRfc822Date(value);
    if (!date.empty()) return date;
  }
  return "";
}

// The item's text: content:encoded or Atom <content>, else the
// description/summary. Atom type="text" is plain; everything else may hold
// HTML (escaped in RSS, or inline XHTML in Atom).
std::string ItemText(const xmlNode* item) {
  for (std::string_view name : {"encoded", "content", "description", "summary"}) {
    const xmlNode* element = ChildElement(item, name);
    if (element == nullptr) continue;
    const std::string type = AttributeText(element, "type");
    std::string text;
    if (type == "xhtml") {
      text = NodeText(element);
    } else if (type == "text") {
      text = NodeText(element);
      const std::size_t first = text.find_first_not_of(" \t\r\n");
      text = first == std::string::npos ? "" : text.substr(first);
      while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\r' ||
                               text.back() == '\t')) {
        text.pop_back();
      }
      if (!text.empty()) text.push_back('\n');
    } else {
      text = HtmlToText(NodeText(element));
    }
    if (!text.empty()) return text;
  }
  return "";
}

}  // namespace

void ReadFeed(const Source& source, const ReadContext& context) {
  std::string charset;
  const std::string utf8 = DecodeText(source.bytes, DeclaredCharset(source.bytes), &charset);
  const XmlTree tree = ParseXmlSafely(utf8);
  const xmlNode* root = xmlDocGetRootElement(tree.get());
  const std::string_view root_name = LocalName(root);
  if (root_name != "rss" && root_name != "feed" && root_name != "RDF") {
    throw ReadError("not an RSS or Atom feed (root element " + QuotedExcerpt(root_name) + ")");
  }
  const xmlNode* channel = root_name == "feed" ? root : ChildElement(root, "channel");
  const std::string feed_link = channel == nullptr ? "" : ItemLink(channel);

  const std::vector<const xmlNode*> items = FeedItems(root);
  for (std::size_t index = 0; index < items.size(); ++index) {
    const xmlNode* item = items[index];
    Document doc;
    doc.id = source.id + "#" + std::to_string(index + 1);
    doc.source_path = source.source_path;
    doc.format = root_name == "feed" ? "atom" : "rss";
    try {
      xmlBuffer* buffer = xmlBufferCreate();
      xmlNodeDump(buffer, tree.get(), const_cast<xmlNode*>(item), 0, 0);
      doc.raw.assign(reinterpret_cast<const char*>(xmlBufferContent(buffer)),
                     static_cast<std::size_t>(xmlBufferLength(buffer)));
      xmlBufferFree(buffer);
      doc.content_hash = ContentHash(doc.raw);
      doc.title = CleanTitle(NodeText(ChildElement(item, "title")));
      doc.url = ItemLink(item);
      doc.date = ItemDate(item);
      if (!doc.date.empty()) doc.date_source = DateSource::kMetadata;
      doc.text = ItemText(item);
      if (doc.text.empty() && !doc.title.empty()) doc.text = doc.title + "\n";
      if (doc.text.empty()) throw ReadError("feed item has no title or text");
    } catch (const ReadError& error) {
      context.on_member_error(doc.id, error.what());
      continue;
    }
    if (!feed_link.empty()) doc.metadata["feed"] = feed_link;
    if (!charset.empty()) doc.metadata["charset"] = charset;
    context.on_document(std::move(doc));
  }
}

}  // namespace gleaner::readers
