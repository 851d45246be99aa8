// The table of known bodies (corpora/organizations/bodies.tsv): one body per
// line with its canonical name, names, acronyms, top-level parent and kind,
// looked up by the normalized words of a name. Loaded once by the
// organization extractor; a malformed line is a RuleError naming the file
// and line.
#ifndef GLEANER_EXTRACTORS_BODY_TABLE_H_
#define GLEANER_EXTRACTORS_BODY_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "engine/normalize.h"
#include "extractors/word_hash.h"

namespace gleaner {

// The kinds of brand names, as a body's fifth field and the "kind"
// attribute of its mentions give them.
inline constexpr std::string_view kKindTeam = "team";
inline constexpr std::string_view kKindCompany = "company";
// An online platform ("Telegram", "TikTok"): its company is named only where
// it acts ("Telegram removed 41 channels"), not where it is the medium
// ("74 channels on Telegram").
inline constexpr std::string_view kKindPlatform = "platform";

// One line of the table.
struct Body {
  std::string canonical;
  std::string parent;
  std::string_view kind;  // kKindTeam, kKindCompany, kKindPlatform or empty
};

// One of a body's names or acronyms, as listed under its lookup key.
struct BodyName {
  std::uint32_t body = 0;     // index into BodyTable::bodies
  bool acronym = false;       // must be written exactly as listed
  std::string exact;          // the acronym's raw words joined by ' '
};

// The bodies and their names, keyed by normalized words.
struct BodyTable {
  std::vector<Body> bodies;
  // Every key (words joined by ' ') and every proper prefix of one, so
  // that one lookup tells both the names and whether longer ones go on.
  struct KeyEntry {
    std::vector<BodyName> names;  // empty for a mere prefix
    bool has_longer = false;      // a proper prefix of some key
  };
  WordMap<KeyEntry> keys;
  std::size_t max_words = 0;

  // The names listed under exactly `key`, or nullptr.
  const std::vector<BodyName>* NamesOf(std::string_view key) const {
    const auto found = keys.find(key);
    return found == keys.end() || found->second.names.empty() ? nullptr : &found->second.names;
  }
};

// The key a name is looked up by: its words (see ScanNameWords) in
// `normalizer`'s form, joined by ' ' ("Organization for Security and
// Co-operation in Europe" gives "organization for security and
// co-operation in europe").
std::string BodyLookupKey(const Normalizer& normalizer, std::string_view name);

// Reads the table at `path`. Each line: canonical TAB names TAB acronyms TAB
// parent [TAB kind], names and acronyms separated by '|', '#' comments and
// blank lines skipped. Names are keyed by `normalizer`'s words (see
// ScanNameWords); an acronym must be written as listed. Throws RuleError
// "FILE:LINE: REASON" for a short or long line, an empty or duplicate
// canonical name, a body without names, a name of more than 12 words, an
// unknown kind, or a parent that is no body's canonical name.
BodyTable LoadBodyTable(const Normalizer& normalizer, const std::filesystem::path& path);

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_BODY_TABLE_H_
