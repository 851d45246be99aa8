// Organizations (and programmes) in text: known bodies from
// corpora/organizations/bodies.tsv, names built around head words of
// corpora/rules/organizations.rules ("Ministry of ...", "... Foundation",
// "OSCE Programme Office in Dushanbe"), and acronyms defined in parentheses
// after a name. Also the word scanner that PersonExtractor shares.
#ifndef GLEANER_EXTRACTORS_ORGANIZATIONS_H_
#define GLEANER_EXTRACTORS_ORGANIZATIONS_H_

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/extractor.h"

namespace gleaner {

// A word of a text as the name finders see it. Words are runs of letters,
// digits and marks of the normalized text; a hyphen, an apostrophe (not a
// final "'s"), '&' or the dots of "u.s." between letters stay inside.
struct NameWord {
  std::uint32_t start = 0;  // normalized offsets
  std::uint32_t end = 0;
  std::uint32_t raw_start = 0;  // raw offsets
  std::uint32_t raw_end = 0;
  bool capitalized = false;     // written with an upper-case first letter, and
                                // the part after its last hyphen too ("Anti-
                                // Terrorism"; not "OSCE-certified")
  bool all_caps = false;        // two or more letters, all upper case
  bool sentence_start = false;  // first word of a line or after . ! ? :
  bool possessive = false;      // followed by "'s" (left out of the word)
  bool shouting = false;        // in a line written (almost) all in capitals
  bool dotted = false;          // followed directly by '.' ("M.", "Inc.")
  // Index of the first word from this one on that is capitalized or
  // all_caps (the number of words when none): the passes that look only at
  // such words (most of a text is neither) jump through it.
  std::uint32_t next_capitalized = 0;
};

// The words of a text, in order.
std::vector<NameWord> ScanNameWords(const TextView& text);

// words[i].next_capitalized, and words.size() for i == words.size().
inline std::size_t NextCapitalizedWord(const std::vector<NameWord>& words, std::size_t i) {
  return i < words.size() ? words[i].next_capitalized : words.size();
}

// What lies between words i-1 and i of `words` in the normalized text
// (before the first word: the text's start). Inline: the name finders ask
// it of nearly every word, mostly whether it is one space.
inline std::string_view GapBefore(const TextView& text, const std::vector<NameWord>& words,
                                  std::size_t i) {
  const std::size_t from = i == 0 ? 0 : words[i - 1].end;
  return std::string_view(text.normalized.text.data() + from, words[i].start - from);
}

// The kind of body an organization mention names, as its "kind" attribute
// gives it: "team", "company" or "desk" (a news agency's desk; set by the
// extractor and by SportsTeams); empty for any other mention.
std::string_view OrganizationKind(const Mention& mention);

class OrganizationExtractor : public Extractor {
 public:
  // Loads the rule file and the table of known bodies; throws RuleError
  // "FILE:LINE: reason" on a malformed line of either.
  OrganizationExtractor(const Normalizer& normalizer, const std::filesystem::path& rules_file,
                        const std::filesystem::path& bodies_file);
  ~OrganizationExtractor() override;

  MentionType type() const override { return MentionType::kOrganization; }
  // Appends organization mentions (attributes "parent", "canonical") and
  // programme mentions (type kProgramme); reads context.name_words when
  // given, else scans the words itself.
  void Extract(const TextView& text, const ExtractionContext& context,
               std::vector<Mention>* out) const override;
  // The same over words already scanned by ScanNameWords. `places` are the
  // raw spans of the locations found in the text, sorted by SpanBefore (as
  // ExtractionContext::location_spans), or nullptr when not known: a name
  // known only by the words around it is never a place.
  void ExtractFromWords(const TextView& text, const std::vector<NameWord>& words,
                        std::vector<Mention>* out,
                        const std::vector<ByteSpan>* places = nullptr) const;

  // Number of known bodies loaded.
  std::size_t body_count() const;
  // True when `key` (normalized words joined by ' ') is ICU's English name
  // of a country.
  bool IsCountryName(std::string_view key) const;
  // True when `word` (normalized) alone heads a body's or an office's name
  // in the rule file ("commission", "bureau"), or is a company's legal form
  // ("corp", "ltd").
  bool IsBodyHeadWord(std::string_view word) const;

  // True when the first line of `text` names a team sport ("SOCCER -",
  // "CRICKET -"), as the organization rules' teamsport rules read it.
  bool NamesTeamSport(const TextView& text) const;

  struct Impl;  // opaque: the loaded rules and body table

 private:
  std::shared_ptr<const Impl> impl_;
};

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_ORGANIZATIONS_H_
