// Organizations (and programmes) in text: known bodies from
// corpora/organizations/bodies.tsv, names built around head words of
// corpora/rules/organizations.rules ("Ministry of ...", "... Foundation",
// "OSCE Programme Office in Dushanbe"), and acronyms defined in parentheses
// after a name.
#ifndef GLEANER_EXTRACTORS_ORGANIZATIONS_H_
#define GLEANER_EXTRACTORS_ORGANIZATIONS_H_

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/extractor.h"
#include "extractors/name_words.h"
#include "extractors/word_hash.h"

namespace gleaner {

// The kind of body an organization mention names, as its "kind" attribute
// gives it: "team", "company" or "desk" (a news agency's desk; set by the
// extractor and by SportsTeams); empty for any other mention.
std::string_view OrganizationKind(const Mention& mention);

class OrganizationExtractor : public Extractor {
 public:
  // Loads the rule file and the table of known bodies; throws RuleError
  // "FILE:LINE: reason" on a malformed line of either. `given_names` (see
  // LoadGivenNames) end a body's name before a person's; when null they are
  // loaded from names/given-names.txt beside the rules' folder.
  OrganizationExtractor(const Normalizer& normalizer, const std::filesystem::path& rules_file,
                        const std::filesystem::path& bodies_file,
                        std::shared_ptr<const WordSet> given_names = nullptr);
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

  // The given names this extractor was built with, for the person
  // extractor to share rather than load a second time.
  const std::shared_ptr<const WordSet>& given_names() const;

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
  // The verbs of the headverb rules, in the rule file's order: a company's
  // name opening a headline comes before one ("Boskalis upgrades 1996
  // outlook").
  const std::vector<std::string>& HeadlineCompanyVerbs() const;

  struct Impl;  // opaque: the loaded rules and body table

 private:
  std::shared_ptr<const Impl> impl_;
};

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_ORGANIZATIONS_H_
