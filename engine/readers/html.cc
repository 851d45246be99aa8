// The HTML reader: libxml2's forgiving HTML parser builds the tree (nothing
// is ever fetched); we take the title, publication date and canonical URL
// from the metadata, and the visible body text with one line per block.
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <array>
#include <climits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "engine/readers/formats.h"
#include "engine/readers/reader.h"
#include "engine/readers/xml_tree.h"

namespace gleaner {
namespace {

// RECOVER keeps going through broken or truncated markup; IGNORE_ENC keeps a
// <meta charset> from overriding the UTF-8 the bytes were checked to be;
// HUGE lifts libxml2's 10 MB text-node limit, which would silently truncate.
constexpr int kParseOptions =
    static_cast<int>(HTML_PARSE_RECOVER) | static_cast<int>(HTML_PARSE_NOERROR) |
    static_cast<int>(HTML_PARSE_NOWARNING) | static_cast<int>(HTML_PARSE_NONET) |
    static_cast<int>(HTML_PARSE_IGNORE_ENC) | static_cast<int>(XML_PARSE_HUGE);

using readers::XmlDocFree;
struct XmlCharFree {
  void operator()(xmlChar* text) const { xmlFree(text); }
};
using XmlString = std::unique_ptr<xmlChar, XmlCharFree>;

// Elements whose content is not part of the visible article text.
constexpr auto kDroppedElements = std::to_array<std::string_view>({
    "script", "style",  "noscript", "template", "nav",    "footer", "aside",  "form",
    "svg",    "iframe", "head",     "title",    "noembed", "noframes", "object", "embed",
    "canvas", "audio",  "video",    "select",   "textarea", "button"});

// Elements that start and end a line of text.
constexpr auto kBlockElements = std::to_array<std::string_view>({
    "address", "article", "aside",  "blockquote", "body",   "br",      "caption", "center",
    "dd",      "details", "dialog", "dir",        "div",    "dl",      "dt",      "fieldset",
    "figcaption", "figure", "footer", "form",     "h1",     "h2",      "h3",      "h4",
    "h5",      "h6",      "header", "hgroup",     "hr",     "html",    "legend",  "li",
    "main",    "menu",    "nav",    "ol",         "p",      "pre",     "section", "summary",
    "table",   "tbody",   "td",     "tfoot",      "th",     "tr"});

// Where the first <time datetime> is remembered among the metadata.
constexpr std::string_view kTimeElementKey = "<time>";

// Metadata names that carry the publication date, strongest first. The
// keys are lower-cased values of a <meta> name, property or itemprop.
constexpr auto kDateKeys = std::to_array<std::string_view>(
    {"article:published_time", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
     "date", "datepublished", kTimeElementKey});

std::string_view NameOf(const xmlNode* node) {
  return node->name == nullptr ? std::string_view() : reinterpret_cast<const char*>(node->name);
}

template <std::size_t N>
bool Contains(const std::array<std::string_view, N>& names, std::string_view name) {
  for (std::string_view candidate : names) {
    if (candidate == name) return true;
  }
  return false;
}

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string ToLower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = AsciiLower(c);
  return lower;
}

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string_view Trim(std::string_view text) {
  while (!text.empty() && IsHtmlSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsHtmlSpace(text.back())) text.remove_suffix(1);
  return text;
}

bool HasAttribute(const xmlNode* node, const char* name) {
  return xmlHasNsProp(node, reinterpret_cast<const xmlChar*>(name), nullptr) != nullptr;
}

// The attribute's value (entities decoded), or nullopt when it is absent.
std::optional<std::string> Attribute(const xmlNode* node, const char* name) {
  XmlString value(xmlGetNoNsProp(node, reinterpret_cast<const xmlChar*>(name)));
  if (value == nullptr) return std::nullopt;
  return std::string(reinterpret_cast<const char*>(value.get()));
}

std::string TextContent(const xmlNode* node) {
  XmlString content(xmlNodeGetContent(node));
  return content == nullptr ? std::string() : reinterpret_cast<const char*>(content.get());
}

// Visits the tree under `root` in document order without recursion (deep
// markup cannot overflow the stack). `enter(node)` returns whether to visit
// the node's children; `leave(node)` runs after the children of every node
// entered that way.
template <typename Enter, typename Leave>
void WalkTree(xmlNode* root, Enter enter, Leave leave) {
  xmlNode* node = root->children;
  while (node != nullptr) {
    if (enter(node)) {
      if (node->children != nullptr) {
        node = node->children;
        continue;
      }
      leave(node);
    }
    while (node->next == nullptr) {
      node = node->parent;
      if (node == nullptr || node == root) return;
      leave(node);
    }
    node = node->next;
  }
}

// What the <head> and the markup say about the document.
struct PageMetadata {
  std::string title_element;
  std::string first_h1;
  std::string canonical_link;
  std::map<std::string, std::string> meta;  // lower-cased name -> first content
};

PageMetadata CollectMetadata(xmlNode* root) {
  PageMetadata page;
  auto remember = [&page](const std::string& key, std::optional<std::string> value) {
    if (!value) return;
    const std::string_view trimmed = Trim(*value);
    if (!trimmed.empty()) page.meta.emplace(key, trimmed);
  };
  auto enter = [&](xmlNode* node) {
    if (node->type != XML_ELEMENT_NODE) return false;
    const std::string_view name = NameOf(node);
    if (name == "svg" || name == "math") return false;  // their <title> is not the page's
    if (name == "title") {
      if (page.title_element.empty()) page.title_element = CleanTitle(TextContent(node));
      return false;
    }
    if (name == "h1") {
      if (page.first_h1.empty()) page.first_h1 = CleanTitle(TextContent(node));
      return false;
    }
    if (name == "meta") {
      const std::optional<std::string> content = Attribute(node, "content");
      for (const char* key_attribute : {"property", "name", "itemprop"}) {
        if (std::optional<std::string> key = Attribute(node, key_attribute)) {
          remember(ToLower(Trim(*key)), content);
        }
      }
      return false;
    }
    if (name == "link") {
      const std::string rel = ToLower(Attribute(node, "rel").value_or(""));
      std::string_view tokens = rel;
      while (!tokens.empty() && page.canonical_link.empty()) {
        tokens = Trim(tokens);
        const std::size_t end = std::min(tokens.find(' '), tokens.size());
        if (tokens.substr(0, end) == "canonical") {
          page.canonical_link = Trim(Attribute(node, "href").value_or(""));
        }
        tokens.remove_prefix(end);
      }
      return false;
    }
    // Microdata on any element (<time itemprop="datePublished" datetime>),
    // and the first <time datetime> as the weakest date hint.
    if (HasAttribute(node, "itemprop")) {
      if (ToLower(Trim(Attribute(node, "itemprop").value_or(""))) == "datepublished") {
        std::optional<std::string> datetime = Attribute(node, "datetime");
        remember("datepublished", datetime ? datetime : Attribute(node, "content"));
      }
    }
    if (name == "time") {
      const std::optional<std::string> datetime = Attribute(node, "datetime");
      if (HasAttribute(node, "pubdate")) remember("datepublished", datetime);
      remember(std::string(kTimeElementKey), datetime);
    }
    return true;
  };
  WalkTree(root, enter, [](xmlNode*) {});
  return page;
}

bool IsHidden(const xmlNode* node) {
  if (HasAttribute(node, "hidden")) return true;
  if (!HasAttribute(node, "aria-hidden")) return false;
  const std::optional<std::string> aria_hidden = Attribute(node, "aria-hidden");
  return aria_hidden && ToLower(Trim(*aria_hidden)) == "true";
}

bool IsArticleOrMain(std::string_view name) { return name == "article" || name == "main"; }

// A page <header> (site banner, menus) is dropped; an <article> or <main>
// header holds the headline and date line, which belong to the text. The
// walk counts the <article>/<main> elements open around `node`
// (`inside_article`), so a header needs no walk up its ancestors: that walk
// made thousands of nested headers quadratic.
bool IsDropped(const xmlNode* node, int inside_article) {
  const std::string_view name = NameOf(node);
  if (Contains(kDroppedElements, name)) return true;
  if (name == "header") return inside_article == 0;
  return IsHidden(node);
}

bool IsPreformatted(std::string_view name) {
  return name == "pre" || name == "listing" || name == "xmp" || name == "plaintext";
}

// Accumulates visible text: inline white space collapses to one space,
// blocks start new lines, <pre> keeps its white space.
class VisibleTextBuilder {
 public:
  void BreakLine() { pending_break_ = true; }
  void EnterPreformatted() { ++preformatted_depth_; }
  void LeavePreformatted() { --preformatted_depth_; }

  void Append(std::string_view text) {
    for (char c : text) {
      if (preformatted_depth_ > 0) {
        if (c == '\r') continue;
        if (c == '\n') {
          FlushPending();
          text_.push_back('\n');
          continue;
        }
      } else if (IsHtmlSpace(c)) {
        pending_space_ = true;
        continue;
      }
      FlushPending();
      text_.push_back(c);
    }
  }

  std::string Finish() {
    while (!text_.empty() && (text_.back() == '\n' || text_.back() == ' ')) text_.pop_back();
    if (!text_.empty()) text_.push_back('\n');
    return std::move(text_);
  }

 private:
  void FlushPending() {
    const bool at_line_start = text_.empty() || text_.back() == '\n';
    if (pending_break_) {
      if (!at_line_start) {
        if (text_.back() == ' ') text_.pop_back();
        text_.push_back('\n');
      }
    } else if (pending_space_ && !at_line_start && text_.back() != ' ') {
      text_.push_back(' ');
    }
    pending_break_ = false;
    pending_space_ = false;
  }

  std::string text_;
  bool pending_break_ = false;
  bool pending_space_ = false;
  int preformatted_depth_ = 0;
};

std::string VisibleText(xmlNode* root) {
  VisibleTextBuilder builder;
  int inside_article = 0;  // <article>/<main> elements entered and not yet left
  auto enter = [&builder, &inside_article](xmlNode* node) {
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      if (node->content != nullptr) builder.Append(reinterpret_cast<const char*>(node->content));
      return false;
    }
    if (node->type != XML_ELEMENT_NODE || IsDropped(node, inside_article)) return false;
    const std::string_view name = NameOf(node);
    if (Contains(kBlockElements, name)) builder.BreakLine();
    if (IsPreformatted(name)) builder.EnterPreformatted();
    if (IsArticleOrMain(name)) ++inside_article;
    return true;
  };
  auto leave = [&builder, &inside_article](xmlNode* node) {
    const std::string_view name = NameOf(node);
    if (Contains(kBlockElements, name)) builder.BreakLine();
    if (IsPreformatted(name)) builder.LeavePreformatted();
    if (IsArticleOrMain(name)) --inside_article;
  };
  WalkTree(root, enter, leave);
  return builder.Finish();
}

std::string MetaValue(const PageMetadata& page, const std::string& key) {
  const auto found = page.meta.find(key);
  return found == page.meta.end() ? std::string() : found->second;
}

std::unique_ptr<xmlDoc, XmlDocFree> ParseHtml(std::string_view utf8) {
  if (utf8.size() > static_cast<std::size_t>(INT_MAX)) {
    throw ReadError("file too large for the HTML parser (" + std::to_string(utf8.size()) +
                    " bytes)");
  }
  // Once per process; thread-safe through the static's initialization.
  [[maybe_unused]] static const bool parser_ready = (xmlInitParser(), true);
  std::string capped;
  if (readers::CapAttributes(utf8, readers::kMaxAttributesPerTag, &capped)) utf8 = capped;
  std::unique_ptr<xmlDoc, XmlDocFree> tree(htmlReadMemory(
      utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8", kParseOptions));
  if (tree == nullptr) throw ReadError("cannot parse HTML");
  return tree;
}

}  // namespace

void ReadHtml(Document& doc) { readers::ReadHtmlFrom(doc, doc.raw); }

std::string readers::HtmlToText(std::string_view utf8_html) {
  if (utf8_html.find_first_not_of(" \t\r\n") == std::string_view::npos) return "";
  const std::unique_ptr<xmlDoc, XmlDocFree> tree = ParseHtml(utf8_html);
  return VisibleText(reinterpret_cast<xmlNode*>(tree.get()));
}

void readers::ReadHtmlFrom(Document& doc, std::string_view utf8) {
  doc.format = "html";
  const std::unique_ptr<xmlDoc, XmlDocFree> tree = ParseHtml(utf8);
  xmlNode* const root = reinterpret_cast<xmlNode*>(tree.get());

  const PageMetadata page = CollectMetadata(root);
  doc.title = page.title_element;
  if (doc.title.empty()) doc.title = CleanTitle(MetaValue(page, "og:title"));
  if (doc.title.empty()) doc.title = page.first_h1;

  doc.url = page.canonical_link;
  if (doc.url.empty()) doc.url = MetaValue(page, "og:url");

  for (std::string_view key : kDateKeys) {
    std::string date = NormalizeIsoDate(MetaValue(page, std::string(key)));
    if (!date.empty()) {
      doc.date = std::move(date);
      doc.date_source = DateSource::kMetadata;
      break;
    }
  }

  doc.text = VisibleText(root);
}

}  // namespace gleaner
