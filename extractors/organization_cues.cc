// The organization rule file's cues: which named group marks what, what
// follows a head rule's word list, and the lower-case words joining a name.
#include "extractors/organization_finder.h"

namespace gleaner {
namespace organizations_detail {

std::vector<RuleCue> ReadRuleCues(const RuleSet& rules, const std::string& file_name) {
  static constexpr std::array<std::pair<std::string_view, Head>, 6> kHeads = {{
      {"org", Head::kOrg},
      {"desk", Head::kDesk},
      {"office", Head::kOffice},
      {"suffix", Head::kSuffix},
      {"programme", Head::kProgramme},
      {"government", Head::kGovernment},
  }};
  std::vector<RuleCue> cues;
  for (const Rule& rule : rules.rules()) {
    const auto& groups = rule.named_groups;
    if (groups.size() != 1) {
      throw RuleError(file_name + ":" + std::to_string(rule.line) + ": rule '" + rule.name +
                      "' needs exactly one named group (org, office, desk, suffix, programme, "
                      "government, notorg, adjective, teamsport, versus, nation, teamcue, role, notname, "
                      "orgcue, orgafter, digest, heading, teamrole, post, bizafter, bizpost, bizmod, "
                      "bizof, bizin, broadcast, teamafter, acrafter, acrverb, headverb, paper, compound "
                      "or nameadj)");
    }
    const auto& [name, index] = *groups.begin();
    RuleCue cue;
    cue.group = index;
    if (name == "role") {
      cue.cue = Cue::kRole;
    } else if (name == "notorg") {
      cue.cue = Cue::kNotOrganization;
    } else if (name == "adjective") {
      cue.cue = Cue::kAdjective;
    } else if (name == "teamsport") {
      cue.cue = Cue::kTeamSport;
    } else if (name == "versus") {
      cue.cue = Cue::kVersus;
    } else if (name == "nation") {
      cue.cue = Cue::kNation;
    } else if (name == "teamcue") {
      cue.cue = Cue::kTeamCue;
    } else if (name == "notname") {
      cue.cue = Cue::kFunctionWord;
    } else if (name == "orgcue") {
      cue.cue = Cue::kOrganizationCue;
    } else if (name == "orgafter") {
      cue.cue = Cue::kOrganizationCueAfter;
    } else if (name == "digest") {
      cue.cue = Cue::kPressDigest;
    } else if (name == "heading") {
      cue.cue = Cue::kDigestHeading;
    } else if (name == "teamrole") {
      cue.cue = Cue::kTeamRole;
    } else if (name == "post") {
      cue.cue = Cue::kPost;
    } else if (name == "bizafter") {
      cue.cue = Cue::kBusinessAfter;
    } else if (name == "bizpost") {
      cue.cue = Cue::kBusinessPostAfter;
    } else if (name == "bizmod") {
      cue.cue = Cue::kBusinessModifier;
    } else if (name == "bizof") {
      cue.cue = Cue::kBusinessOf;
    } else if (name == "bizin") {
      cue.cue = Cue::kBusinessIn;
    } else if (name == "broadcast") {
      cue.cue = Cue::kBroadcaster;
    } else if (name == "teamafter") {
      cue.cue = Cue::kTeamCueAfter;
    } else if (name == "acrafter") {
      cue.cue = Cue::kAcronymCueAfter;
    } else if (name == "acrverb") {
      cue.cue = Cue::kAcronymVerb;
    } else if (name == "headverb") {
      cue.cue = Cue::kHeadlineCompanyVerb;
    } else if (name == "paper") {
      cue.cue = Cue::kPaperTitle;
    } else if (name == "compound") {
      cue.cue = Cue::kCompoundHead;
    } else if (name == "nameadj") {
      cue.cue = Cue::kNameAdjective;
    } else {
      const auto* known = std::find_if(kHeads.begin(), kHeads.end(),
                                       // Init-capture: clang cannot capture a structured binding.
                                       [&group = name](const auto& entry) {
                                         return entry.first == group;
                                       });
      if (known == kHeads.end()) {
        throw RuleError(file_name + ":" + std::to_string(rule.line) + ": rule '" + rule.name +
                        "' uses unknown group '" + name + "'");
      }
      cue.head = known->second;
    }
    cues.push_back(cue);
  }
  return cues;
}

std::string_view LeadingPart(std::string_view word) {
  std::size_t end = 0;
  while (end < word.size() && word[end] != ' ' && word[end] != '\'' && word[end] != '-' &&
         word[end] != '.' && word[end] != '&') {
    ++end;
  }
  return word.substr(0, end);
}

HeadTail ReadHeadTail(std::string_view pattern) {
  HeadTail tail;
  const std::size_t group = pattern.find("(?P<");
  const std::size_t close = group == std::string_view::npos ? group : pattern.find(')', group);
  if (close == std::string_view::npos) return tail;
  std::string_view rest = pattern.substr(close + 1);
  if (rest.starts_with(R"((?:'s)?)")) {
    rest.remove_prefix(7);
  } else if (rest.starts_with(R"(\.?)")) {
    rest.remove_prefix(3);
  }
  if (rest == R"((?:$|[^\pL\pN]))" || rest == R"((?:(?:$|[^\pL\pN])))") {
    tail.kind = HeadTail::Kind::kWordEnd;
  } else if (!rest.empty() && std::all_of(rest.begin(), rest.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || c == ' ';
             })) {
    tail.kind = HeadTail::Kind::kLiteral;
    tail.literal = std::string(rest);
  }
  return tail;
}

bool GroupFollowsWordBoundary(std::string_view pattern) {
  const std::size_t group = pattern.find("(?P<");
  if (group == std::string_view::npos) return false;
  const std::string_view before = pattern.substr(0, group);
  return before == R"((?:^|[^\pL\pN]))" || before == R"((?:(?:^|[^\pL\pN])))";
}

Joiner JoinerOf(std::string_view word) {
  static const WordViewMap<Joiner> kJoiners = {
      {"of", Joiner::kOf},       {"for", Joiner::kOf},       {"on", Joiner::kOf},
      {"de", Joiner::kOf},       {"du", Joiner::kOf},        {"des", Joiner::kOf},
      {"del", Joiner::kOf},      {"della", Joiner::kOf},     {"di", Joiner::kOf},
      {"da", Joiner::kOf},       {"für", Joiner::kOf},       {"the", Joiner::kThe},
      {"and", Joiner::kAnd},     {"against", Joiner::kAgainst}, {"in", Joiner::kIn},
      {"to", Joiner::kIn},       {"under", Joiner::kUnder},  {"named", Joiner::kNamed},
      {"after", Joiner::kAfter},  {"et", Joiner::kAnd},       {"und", Joiner::kAnd},
  };
  const auto found = kJoiners.find(word);
  return found == kJoiners.end() ? Joiner::kNone : found->second;
}

}  // namespace organizations_detail
}  // namespace gleaner
