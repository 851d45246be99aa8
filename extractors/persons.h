// Persons in text: runs of capitalized words (with initials and name
// particles) that a cue marks as a human name: a given name from
// corpora/names/given-names.txt, an initial, a family-name shape, a title
// before it, a verb of saying or an apposition after it (cues in
// corpora/rules/persons.rules), or an earlier full mention of the same
// person in the document. Titles stay outside the span; organizations
// (found with OrganizationExtractor) and countries veto a name.
#ifndef GLEANER_EXTRACTORS_PERSONS_H_
#define GLEANER_EXTRACTORS_PERSONS_H_

#include <filesystem>
#include <memory>

#include "extractors/extractor.h"
#include "extractors/organizations.h"

namespace gleaner {

class PersonExtractor : public Extractor {
 public:
  // Loads `data_dir`/rules/persons.rules, `data_dir`/names/given-names.txt
  // and the organization data (`data_dir`/rules/organizations.rules,
  // `data_dir`/organizations/bodies.tsv); throws RuleError "FILE:LINE:
  // reason" on a malformed line.
  PersonExtractor(const Normalizer& normalizer, const std::filesystem::path& data_dir);
  // The same, sharing `organizations` (loaded from `data_dir`'s organization
  // data) and its given names instead of loading that data again.
  PersonExtractor(const std::filesystem::path& data_dir,
                  std::shared_ptr<const OrganizationExtractor> organizations);
  ~PersonExtractor() override;

  MentionType type() const override { return MentionType::kPerson; }
  // Uses context.organization_spans and context.name_words when given (see
  // ExtractionContext), else finds the organizations and words itself.
  void Extract(const TextView& text, const ExtractionContext& context,
               std::vector<Mention>* out) const override;

  struct Impl;  // opaque: rules, given names, the organization finder

 private:
  std::shared_ptr<const Impl> impl_;
};

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_PERSONS_H_
