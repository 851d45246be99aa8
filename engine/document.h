// The plain structs that flow between gleaner's stages: a reader produces a
// Document, the extractors produce Mentions collected in an Analysis, and the
// indexer stores both. No stage depends on another stage's internals, only on
// these types.
#ifndef GLEANER_ENGINE_DOCUMENT_H_
#define GLEANER_ENGINE_DOCUMENT_H_

#include <algorithm>
#include <compare>
#include <cstddef>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace gleaner {

// Where a document's date came from, strongest evidence first.
enum class DateSource {
  kNone,         // no date known
  kCommandLine,  // --doc-date given by the user
  kSidecar,      // NAME.meta.json beside the input
  kMetadata,     // format metadata: HTML <meta>, <time datetime>
  kDateline,     // "Bishkek, October 15, 2021 - ..." at the top of the text
  kFirstDate,    // the first full date near the top of the text
};

std::string_view DateSourceName(DateSource source);
std::optional<DateSource> ParseDateSource(std::string_view name);

struct Document {
  std::string id;           // unique in a database: the source path as given
  std::string source_path;  // where the bytes came from
  // Reader that produced it: "text", "html", "rss", "atom", "pdf", "docx",
  // "odt", "reuters-sgml", "jsonl", "email".
  std::string format;
  std::string raw;          // the bytes exactly as read (of the member or record)
  // The UTF-8 text that extraction runs on; every Mention offset indexes it.
  // For UTF-8 plain-text input it is byte-identical to `raw`, so offsets are
  // file offsets; for text in a legacy charset it is the UTF-8 conversion
  // (metadata "charset" names the source encoding); for other formats it is
  // the text extracted from the markup, record or page layout.
  std::string text;
  std::string title;
  std::string url;
  std::string date;  // ISO "YYYY-MM-DD", or empty when unknown
  DateSource date_source = DateSource::kNone;
  std::string content_hash;  // hex digest of `raw` (see ContentHash)
  // Format facts that have no field of their own, sorted for stable output:
  // "charset" (when the input was converted from a legacy encoding),
  // "places"/"orgs"/"topics" (Reuters SGML, comma-separated), "from"/"to"
  // (e-mail), "feed" (the feed a feed item came from). Empty for most inputs.
  std::map<std::string, std::string> metadata;
};

// The attributes of a Mention: name -> value, like the
// std::map<std::string, std::string> it replaces (same key order when
// iterated, same ==, <, at(), find(), operator[]), but kept as one vector
// sorted by name, so a mention's attributes cost one allocation instead of
// one tree node each. Lookups take a string_view without building a string.
// Inserting moves later entries: hold no reference or iterator into it
// across an insert. Names must not be changed through an iterator.
class Attributes {
 public:
  using value_type = std::pair<std::string, std::string>;
  using iterator = std::vector<value_type>::iterator;
  using const_iterator = std::vector<value_type>::const_iterator;

  Attributes() = default;
  Attributes(std::initializer_list<value_type> entries) { *this = entries; }
  Attributes& operator=(std::initializer_list<value_type> entries);  // first of equal names wins

  bool empty() const { return entries_.empty(); }
  std::size_t size() const { return entries_.size(); }
  iterator begin() { return entries_.begin(); }
  iterator end() { return entries_.end(); }
  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }

  iterator find(std::string_view name) {
    auto at = LowerBound(name);
    return at != entries_.end() && at->first == name ? at : entries_.end();
  }
  const_iterator find(std::string_view name) const {
    return const_cast<Attributes*>(this)->find(name);
  }
  bool contains(std::string_view name) const { return find(name) != end(); }
  std::size_t count(std::string_view name) const { return contains(name) ? 1 : 0; }
  const std::string& at(std::string_view name) const;  // throws std::out_of_range
  // The value of `name`, inserted empty when missing.
  std::string& operator[](std::string_view name) {
    auto at = LowerBound(name);
    if (at != entries_.end() && at->first == name) return at->second;
    return Insert(at, name)->second;
  }
  // Inserts unless `name` is there; as std::map::emplace.
  std::pair<iterator, bool> emplace(std::string_view name, std::string value);

  friend bool operator==(const Attributes&, const Attributes&) = default;
  friend auto operator<=>(const Attributes& a, const Attributes& b) {
    return a.entries_ <=> b.entries_;
  }

 private:
  iterator LowerBound(std::string_view name) {
    return std::lower_bound(entries_.begin(), entries_.end(), name,
                            [](const value_type& entry, std::string_view key) {
                              // The names seldom share a first byte: compare
                              // it before calling memcmp (same order).
                              if (!entry.first.empty() && !key.empty() &&
                                  entry.first.front() != key.front()) {
                                return static_cast<unsigned char>(entry.first.front()) <
                                       static_cast<unsigned char>(key.front());
                              }
                              return std::string_view(entry.first) < key;
                            });
  }
  iterator Insert(iterator at, std::string_view name) {
    // Room for five at the first insert: a place's country, kind,
    // geonames_id, lat and lon, the most any extractor sets.
    if (entries_.capacity() == 0) {
      entries_.reserve(5);
      at = entries_.begin();
    }
    return entries_.emplace(at, std::piecewise_construct, std::forward_as_tuple(name),
                            std::tuple<>());
  }

  std::vector<value_type> entries_;  // sorted by name, names distinct
};

enum class MentionType { kDate, kLocation, kOrganization, kCount, kPerson, kProgramme };

std::string_view MentionTypeName(MentionType type);
std::optional<MentionType> ParseMentionType(std::string_view name);

struct Mention {
  MentionType type = MentionType::kDate;
  std::size_t start = 0;  // byte offset into Document::text, inclusive
  std::size_t end = 0;    // byte offset into Document::text, exclusive
  std::string text;       // == Document::text.substr(start, end - start)
  std::string value;      // normalized value: TIMEX3 for dates, integer for counts
  // Type-specific facts: "unit" (counts), "country" (locations), "parent"
  // (organizations), "ambiguous", "rule" ... Ordered so output is stable.
  Attributes attributes;
};

// Everything the extractors learned about one document.
struct Analysis {
  std::vector<Mention> mentions;  // sorted by start, then by end
  std::string date;               // the document date the analysis anchored on
  DateSource date_source = DateSource::kNone;
  std::vector<int> years_mentioned;  // distinct years of date mentions, ascending
};

// A stable 64-bit FNV-1a digest of the bytes, as 16 hex digits. Used to spot
// identical content and to detect changed files; not a security hash.
std::string ContentHash(std::string_view bytes);

}  // namespace gleaner

#endif  // GLEANER_ENGINE_DOCUMENT_H_
