// The organization extractor. Three sources of names, settled per document:
//  1. known bodies (corpora/organizations/bodies.tsv), looked up by their
//     normalized words, with their canonical short name and top-level parent;
//  2. head words marked by corpora/rules/organizations.rules ("Ministry",
//     "Foundation", "Office", "Ltd", "Initiative" ...), around which the name
//     is grown over the raw text's capitalized words and a few joining words
//     ("of the", "against", "and", "in PLACE" after an office);
//  3. acronyms defined in parentheses right after a name, and their later
//     uses in the same document, which share the name's canonical id.
// Programmes, initiatives, networks and courses come out as kProgramme.
// This file loads the rules and the table and runs OrganizationFinder; the
// finder's stages are in organization_finder.h and organization_*.cc.
#include "extractors/organizations.h"


#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "extractors/given_names.h"
#include "extractors/organization_finder.h"

namespace gleaner {

using namespace organizations_detail;  // this file only: the extractor is their user

std::string_view OrganizationKind(const Mention& mention) {
  if (mention.type != MentionType::kOrganization) return {};
  const auto kind = mention.attributes.find("kind");
  return kind == mention.attributes.end() ? std::string_view() : std::string_view(kind->second);
}

OrganizationExtractor::OrganizationExtractor(const Normalizer& normalizer,
                                             const std::filesystem::path& rules_file,
                                             const std::filesystem::path& bodies_file,
                                             std::shared_ptr<const WordSet> given_names) {
  auto impl = std::make_shared<Impl>();
  impl->rules = RuleSet::Load(rules_file, {}, RuleMatching::kRulesOnly);
  impl->cues = ReadRuleCues(impl->rules, rules_file.string());
  const auto rules_of = [&](Cue cue) {
    std::vector<int> indexes;
    for (std::size_t i = 0; i < impl->cues.size(); ++i) {
      if (impl->cues[i].cue == cue) indexes.push_back(static_cast<int>(i));
    }
    return indexes;
  };
  impl->role_words = WordRules(impl->rules, rules_of(Cue::kRole));
  impl->function_words = WordRules(impl->rules, rules_of(Cue::kFunctionWord));
  impl->nation_names = WordRules(impl->rules, rules_of(Cue::kNation));
  impl->organization_cues = WordRules(impl->rules, rules_of(Cue::kOrganizationCue));
  impl->organization_cues_after = WordRules(impl->rules, rules_of(Cue::kOrganizationCueAfter));
  impl->acronym_cues_after = WordRules(impl->rules, rules_of(Cue::kAcronymCueAfter));
  impl->acronym_verbs = WordRules(impl->rules, rules_of(Cue::kAcronymVerb));
  impl->paper_titles = WordRules(impl->rules, rules_of(Cue::kPaperTitle));
  impl->digest_headings = WordRules(impl->rules, rules_of(Cue::kDigestHeading));
  impl->team_roles = WordRules(impl->rules, rules_of(Cue::kTeamRole));
  impl->post_words = WordRules(impl->rules, rules_of(Cue::kPost));
  impl->business_after = WordRules(impl->rules, rules_of(Cue::kBusinessAfter));
  impl->business_posts_after =
      WordRules(impl->rules, rules_of(Cue::kBusinessPostAfter));
  impl->business_modifiers = WordRules(impl->rules, rules_of(Cue::kBusinessModifier));
  impl->business_of = WordRules(impl->rules, rules_of(Cue::kBusinessOf));
  impl->business_in = WordRules(impl->rules, rules_of(Cue::kBusinessIn));
  impl->broadcasters = WordRules(impl->rules, rules_of(Cue::kBroadcaster));
  impl->team_cues_after = WordRules(impl->rules, rules_of(Cue::kTeamCueAfter));
  impl->compound_heads = WordRules(impl->rules, rules_of(Cue::kCompoundHead));
  impl->name_adjectives = WordRules(impl->rules, rules_of(Cue::kNameAdjective));
  for (int index : rules_of(Cue::kHeadlineCompanyVerb)) {
    const std::vector<std::string>& verbs = impl->rules.rules()[index].group_words;
    impl->headline_company_verbs.insert(impl->headline_company_verbs.end(), verbs.begin(),
                                        verbs.end());
  }
  std::string combined;
  bool heads_are_word_lists = true;
  impl->head_cue_of_group.push_back(nullptr);
  for (std::size_t i = 0; i < impl->cues.size(); ++i) {
    const RuleCue& cue = impl->cues[i];
    const Rule& rule = impl->rules.rules()[i];
    std::vector<const RuleCue*> groups(1 + rule.capture_count, nullptr);
    groups[cue.group] = &cue;
    impl->cue_of_group.push_back(groups);
    if (cue.cue == Cue::kTeamSport || cue.cue == Cue::kPressDigest) {
      impl->team_sport_rules.push_back(static_cast<int>(i));
    }
    if (cue.cue == Cue::kVersus || cue.cue == Cue::kTeamCue) {
      impl->team_context_rules.push_back(static_cast<int>(i));
    }
    if (cue.cue != Cue::kHead && cue.cue != Cue::kNotOrganization && cue.cue != Cue::kAdjective) {
      continue;
    }
    if (rule.group_words.empty() || !GroupFollowsWordBoundary(rule.pattern)) {
      heads_are_word_lists = false;
    }
    for (const std::string& word : rule.group_words) {
      // Heads of bodies and offices, companies' legal forms (the short ones
      // and their spelled-out forms: "corp", "ltd", "limited") and plural
      // suffixes ("partners", "holdings"), not suffixes that are ordinary
      // words or names ("steel", "holding").
      const bool legal_form =
          cue.head == Head::kSuffix && (word.size() <= 4 || word == "limited" ||
                                        word == "incorporated" || word.back() == 's');
      if ((cue.head == Head::kOrg || cue.head == Head::kOffice || legal_form) &&
          word.find_first_of(" '") == std::string::npos) {
        impl->body_head_words.insert(word);
      }
      const std::string_view lead = LeadingPart(word);
      auto& listing = impl->head_rules_by_lead[std::string(lead)];
      const int position = static_cast<int>(impl->head_cue_rules.size());
      if (listing.empty() || listing.back().position != position) {
        Impl::HeadListing entry;
        entry.position = position;
        for (const std::string& listed : rule.group_words) {
          if (!lead.empty() && listed.front() == lead.front()) entry.words.push_back(listed);
        }
        listing.push_back(std::move(entry));
      }
    }
    // Named groups become plain ones: names may repeat across rules.
    std::string pattern = rule.pattern;
    for (std::size_t at = pattern.find("(?P<"); at != std::string::npos;
         at = pattern.find("(?P<", at)) {
      const std::size_t close = pattern.find('>', at);
      pattern.erase(at + 1, close - at);
    }
    if (!combined.empty()) combined += '|';
    combined += "(?:" + pattern + ")";
    impl->head_cue_rules.push_back(static_cast<int>(i));
    impl->head_tails.push_back(ReadHeadTail(rule.pattern));
    impl->head_cue_of_group.insert(impl->head_cue_of_group.end(), groups.begin() + 1,
                                   groups.end());
  }
  if (!heads_are_word_lists) impl->head_rules_by_lead.clear();
  if (impl->head_rules_by_lead.empty()) {
    RE2::Options options;
    options.set_encoding(RE2::Options::EncodingUTF8);
    options.set_log_errors(false);
    options.set_max_mem(64 << 20);
    impl->head_cues = std::make_unique<const RE2>(combined.empty() ? "$^" : combined, options);
    if (!impl->head_cues->ok()) {
      throw RuleError(rules_file.string() + ": head rules do not combine: " +
                      impl->head_cues->error());
    }
  }
  // The persons' given names, beside the rules' folder unless given: "...
  // Affairs Gulmira Ospanova" ends the body's name before her.
  impl->given_names =
      given_names != nullptr
          ? std::move(given_names)
          : LoadGivenNames(normalizer,
                           rules_file.parent_path().parent_path() / "names" / "given-names.txt");
  impl->table = LoadBodyTable(normalizer, bodies_file);
  for (const char* const* country = icu::Locale::getISOCountries(); *country != nullptr;
       ++country) {
    icu::UnicodeString display;
    icu::Locale("", *country).getDisplayCountry(icu::Locale::getEnglish(), display);
    std::string name;
    display.toUTF8String(name);
    if (!name.empty()) impl->country_keys.insert(BodyLookupKey(normalizer, name));
    display.remove();
    icu::Locale("", *country).getDisplayCountry(icu::Locale::getFrench(), display);
    name.clear();
    display.toUTF8String(name);
    if (!name.empty()) impl->french_country_keys.insert(BodyLookupKey(normalizer, name));
  }
  impl_ = std::move(impl);
}

OrganizationExtractor::~OrganizationExtractor() = default;

const std::shared_ptr<const WordSet>& OrganizationExtractor::given_names() const {
  return impl_->given_names;
}

std::size_t OrganizationExtractor::body_count() const { return impl_->table.bodies.size(); }

bool OrganizationExtractor::IsCountryName(std::string_view key) const {
  return impl_->country_keys.find(key) != impl_->country_keys.end();
}

bool OrganizationExtractor::IsBodyHeadWord(std::string_view word) const {
  return impl_->body_head_words.find(word) != impl_->body_head_words.end();
}

const std::vector<std::string>& OrganizationExtractor::HeadlineCompanyVerbs() const {
  return impl_->headline_company_verbs;
}

bool OrganizationExtractor::NamesTeamSport(const TextView& text) const {
  const std::string_view normalized = text.normalized.text;
  const std::size_t first_line_end = std::min(normalized.find('\n'), normalized.size());
  const re2::StringPiece first_line(normalized.data(), first_line_end);
  for (int index : impl_->team_sport_rules) {
    if (impl_->cues[index].cue == Cue::kTeamSport &&
        RE2::PartialMatch(first_line, *impl_->rules.rules()[index].regex)) {
      return true;
    }
  }
  return false;
}

void OrganizationExtractor::Extract(const TextView& text, const ExtractionContext& context,
                                    std::vector<Mention>* out) const {
  if (context.name_words != nullptr) {
    ExtractFromWords(text, *context.name_words, out, context.location_spans);
    return;
  }
  ExtractFromWords(text, ScanNameWords(text), out, context.location_spans);
}

void OrganizationExtractor::ExtractFromWords(const TextView& text,
                                             const std::vector<NameWord>& words,
                                             std::vector<Mention>* out,
                                             const std::vector<ByteSpan>* places) const {
  OrganizationFinder finder(*impl_, text, words, places);
  finder.Run(out);
}

}  // namespace gleaner
