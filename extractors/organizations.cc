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
#include "extractors/organizations.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include <re2/re2.h>

#include "extractors/body_table.h"
#include "extractors/rules.h"
#include "extractors/utf8.h"
#include "extractors/word_hash.h"

namespace gleaner {
namespace {

// A news agency's desk (Span::kind), besides body_table.h's kinds.
constexpr std::string_view kKindDesk = "desk";

// ------------------------------------------------------------- rule cues

// kDesk: a news agency's desk or newsroom ("London Newsroom"), otherwise
// like kOrg.
enum class Head : std::uint8_t { kNone, kOrg, kOffice, kSuffix, kProgramme, kGovernment, kDesk };

// What a word rule or a context rule marks.

enum class Cue {
  kHead, kRole, kFunctionWord, kNotOrganization, kAdjective, kTeamSport, kVersus, kNation,
  kTeamCue, kOrganizationCue, kOrganizationCueAfter, kPressDigest, kDigestHeading, kTeamRole,
  kPost, kBusinessAfter, kBusinessPostAfter, kBusinessModifier, kBusinessOf, kBusinessIn,
  kBroadcaster, kTeamCueAfter, kAcronymCueAfter, kAcronymVerb, kHeadlineCompanyVerb
};

struct RuleCue {
  Cue cue = Cue::kHead;
  Head head = Head::kNone;
  int group = 0;  // index of the named group
};

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
    const auto& groups = rule.regex->NamedCapturingGroups();
    if (groups.size() != 1) {
      throw RuleError(file_name + ":" + std::to_string(rule.line) + ": rule '" + rule.name +
                      "' needs exactly one named group (org, office, desk, suffix, programme, "
                      "government, notorg, adjective, teamsport, versus, nation, teamcue, role, notname, "
                      "orgcue, orgafter, digest, heading, teamrole, post, bizafter, bizpost, bizmod, "
                      "bizof, bizin, broadcast, teamafter, acrafter, acrverb or headverb)");
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

// A word up to its first space, apostrophe, hyphen, dot or '&' ("prosecutor"
// of "prosecutor's office", "co" of "co-operative").
std::string_view LeadingPart(std::string_view word) {
  std::size_t end = 0;
  while (end < word.size() && word[end] != ' ' && word[end] != '\'' && word[end] != '-' &&
         word[end] != '.' && word[end] != '&') {
    ++end;
  }
  return word.substr(0, end);
}

// What must follow a head rule's word list for the rule to match, when it is
// simple enough to check without the regex.
struct HeadTail {
  enum class Kind {
    kRegex,     // anything else: run the rule's regex
    kWordEnd,   // the end of the text or a character that is no letter or digit
    kLiteral,   // exactly `literal` (" of ")
  };
  Kind kind = Kind::kRegex;
  std::string literal;
};

// Reads the part of a head rule's pattern after its word-list group.
// "(?:'s)?" and "\.?" before the word end change nothing about whether the
// rule matches or where its group lies: an apostrophe or a dot is itself no
// letter or digit, so the word ends at the group's end either way.
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

// Whether `pattern` is a word boundary and then its first named group (as
// written with or without the START macro).
bool GroupFollowsWordBoundary(std::string_view pattern) {
  const std::size_t group = pattern.find("(?P<");
  if (group == std::string_view::npos) return false;
  const std::string_view before = pattern.substr(0, group);
  return before == R"((?:^|[^\pL\pN]))" || before == R"((?:(?:^|[^\pL\pN])))";
}

// Lower-case words that may join the capitalized words of one name.
enum class Joiner : std::uint8_t { kNone, kOf, kThe, kAnd, kAgainst, kIn, kUnder, kNamed, kAfter };

Joiner JoinerOf(std::string_view word) {
  static const WordViewMap<Joiner> kJoiners = {
      {"of", Joiner::kOf},       {"for", Joiner::kOf},       {"on", Joiner::kOf},
      {"de", Joiner::kOf},       {"du", Joiner::kOf},        {"des", Joiner::kOf},
      {"del", Joiner::kOf},      {"della", Joiner::kOf},     {"di", Joiner::kOf},
      {"da", Joiner::kOf},       {"für", Joiner::kOf},       {"the", Joiner::kThe},
      {"and", Joiner::kAnd},     {"against", Joiner::kAgainst}, {"in", Joiner::kIn},
      {"to", Joiner::kIn},       {"under", Joiner::kUnder},  {"named", Joiner::kNamed},
      {"after", Joiner::kAfter},
  };
  const auto found = kJoiners.find(word);
  return found == kJoiners.end() ? Joiner::kNone : found->second;
}

}  // namespace

// ------------------------------------------------------------ extractor

struct OrganizationExtractor::Impl {
  BodyTable table;
  RuleSet rules;
  std::vector<RuleCue> cues;  // parallel to rules.rules()
  WordRules role_words;           // role rules
  WordRules function_words;       // notname rules
  WordRules nation_names;         // nation rules, over a run's key
  WordRules organization_cues;    // orgcue rules: "daily", "firm" before a name
  WordRules organization_cues_after;  // orgafter rules: "television" after one
  WordRules acronym_cues_after;   // acrafter rules: "spokesman" after an acronym
  WordRules acronym_verbs;        // acrverb rules: "said" after an acronym
  WordRules digest_headings;      // heading rules: "FRONT PAGE" is no paper
  WordRules team_roles;           // teamrole rules: "Leeds manager Howard Wilkinson"
  WordRules post_words;           // post rules: "General Prosecutor's Office"
  WordRules business_after;       // bizafter rules: "Comelf shares"
  WordRules business_posts_after;  // bizpost rules: "Petofi general manager"
  WordRules business_modifiers;   // bizmod rules: "Petofi general manager"
  WordRules business_of;          // bizof rules: "analyst at Indosuez"
  WordRules business_in;          // bizin rules: "a stake in Ruch"
  WordRules broadcasters;         // broadcast rules: "Radio Red", "Damascus Radio"
  WordRules team_cues_after;      // teamafter rules: "Ajax players"
  std::vector<std::string> headline_company_verbs;  // headverb rules: "Boskalis upgrades"
  std::vector<int> team_sport_rules;    // teamsport, digest: matched on the first line only
  std::vector<int> team_context_rules;  // versus, teamcue: team-sport documents only
  // Per rule, the cue of each of its capturing groups (index 0: none).
  std::vector<std::vector<const RuleCue*>> cue_of_group;
  // Every head, notorg and adjective rule in one alternation, so that the
  // text is scanned once; its groups' cues. Built only when
  // head_rules_by_lead is empty: otherwise MarkHeads never runs it, and its
  // compilation was a third of the extractor's start-up.
  std::unique_ptr<const RE2> head_cues;
  std::vector<const RuleCue*> head_cue_of_group;
  // The rules of head_cues, in its order. Where head_cues matched, the first
  // of them that matches the same span is the alternative it took; that
  // rule's own regex gives the group far faster than the combined one,
  // whose submatch search on a big program cost 18,000 instructions a call.
  std::vector<int> head_cue_rules;
  // For the leading part (LeadingPart) of every word those rules' groups
  // list, the rules (indexes into head_cue_rules, in order) that list it,
  // when each of them is such a list right after a word boundary: their
  // group then starts at the word tried, so only the rules listing that
  // word's leading part can match there, and a word with none needs no
  // regex. Empty when some rule is not of that form.
  struct HeadListing {
    int position = 0;  // index into head_cue_rules
    // The rule's words that start with the leading part's first byte, in
    // the rule's order: only they can match at a word with that part.
    std::vector<std::string> words;
  };
  WordMap<std::vector<HeadListing>> head_rules_by_lead;
  // Parallel to head_cue_rules: what follows each rule's word list.
  std::vector<HeadTail> head_tails;
  // ICU's English names of countries, as lookup keys: national teams are
  // places, not organizations.
  WordSet country_keys;
  // Single words that head a body or an office ("commission", "bureau").
  std::set<std::string, std::less<>> body_head_words;
};

namespace {

// One document's worth of working state.
class OrganizationFinder {
 public:
  OrganizationFinder(const OrganizationExtractor::Impl& impl, const TextView& text,
                     const std::vector<NameWord>& words, const std::vector<ByteSpan>* places)
      : impl_(impl),
        places_(places),
        text_(text),
        normalized_(text.normalized.text),
        words_(words),
        heads_(words.size(), Head::kNone),
        partner_head_(words.size(), false),
        blocked_(words.size(), false),
        adjective_(words.size(), false),
        versus_(words.size(), false),
        team_cue_(words.size(), false),
        known_start_(words.size(), false),
        word_class_(words.size(), kUnknown) {}

  void Run(std::vector<Mention>* out);

 private:
  static constexpr std::uint8_t kUnknown = 0xFF;
  static constexpr std::uint8_t kRole = 1;
  static constexpr std::uint8_t kFunctionWord = 2;

  struct KnownMatch {
    std::size_t first = 0;
    std::size_t last = 0;  // inclusive
    std::uint32_t body = 0;
    bool acronym = false;
  };

  struct Span {
    std::size_t first = 0;
    std::size_t last = 0;  // inclusive
    MentionType type = MentionType::kOrganization;
    std::string canonical;
    std::string parent;
    bool known = false;  // from the body table
    // What kind of name it is when its words are a brand rather than a
    // description ("team", "company", "desk"): a place among them ("Bayern
    // Munich", "America Online Inc", "London Newsroom") names no place.
    // Empty for other bodies, whose places stay places ("OSCE Centre in
    // Ashgabat", "Almaty Academy").
    std::string_view kind;
    bool quoted = false;  // a quoted name after a kind of body (QuotedNameAfterKind)
  };

  std::string_view WordText(std::size_t i) const {
    return normalized_.substr(words_[i].start, words_[i].end - words_[i].start);
  }
  // The first word from i on that is capitalized or in capitals (see
  // NameWord::next_capitalized); words_.size() when none.
  std::size_t NextCapitalized(std::size_t i) const { return NextCapitalizedWord(words_, i); }
  std::string_view Gap(std::size_t i) const { return GapBefore(text_, words_, i); }
  // One space, as the normalized text has it, and no wider a gap in the raw
  // text than two characters: a column gap ("UNESCO Almaty Office" and forty
  // spaces before a PDF page header's "Page 1 of 2") parts two names.
  bool SpaceBefore(std::size_t i) const {
    return i > 0 && Gap(i) == " " && !words_[i - 1].possessive &&
           words_[i].raw_start - words_[i - 1].raw_end <= 2;
  }
  // "Duff & Phelps", "Eli Lilly & Co": an ampersand joins two name words.
  bool AmpersandBefore(std::size_t i) const {
    return i > 0 && Gap(i) == " & " && !words_[i - 1].possessive;
  }

  std::uint8_t WordClass(std::size_t i) {
    if (word_class_[i] == kUnknown) {
      const std::string_view word = WordText(i);
      word_class_[i] = impl_.role_words.Matches(word)       ? kRole
                       : impl_.function_words.Matches(word) ? kFunctionWord
                                                            : 0;
    }
    return word_class_[i];
  }
  bool IsRole(std::size_t i) { return WordClass(i) == kRole; }
  // An embassy, consulate, mission, delegation or representation: its "of"
  // names the state that sends it.
  bool IsDiplomaticHead(std::size_t i) const {
    const std::string_view word = WordText(i);
    return word == "embassy" || word == "consulate" || word == "mission" ||
           word == "delegation" || word == "representation";
  }
  // Word i, no head, qualifies the role written right after it, so it
  // belongs to a post's title, not to the body's name before it: "Special"
  // of "European Union Special Representative for Central Asia".
  bool QualifiesARoleAfterIt(std::size_t i) {
    return heads_[i] == Head::kNone && i + 1 < words_.size() && SpaceBefore(i + 1) &&
           words_[i + 1].capitalized && IsRole(i + 1);
  }

  // A capitalized word that may stand in a name.
  bool IsNameWord(std::size_t i) {
    const NameWord& word = words_[i];
    if (!(word.capitalized || word.all_caps) || word.shouting) return false;
    const std::uint8_t word_class = WordClass(i);
    if (word_class == kRole) return false;
    if (word_class == kFunctionWord && !word.all_caps) return false;
    if (IsNumberSign(i)) return false;
    return true;
  }

  // "No." before a number ("Law No. 1655", "Resolution No. 428", "Law
  // No. ZRU-912"): the sign for "number" ends a name; it is no word of it.
  bool IsNumberSign(std::size_t i) const {
    if (!words_[i].dotted || i + 1 >= words_.size()) return false;
    const std::string_view text = WordText(i);
    if (text != "no" && text != "nos") return false;
    const std::string_view gap = Gap(i + 1);
    if (gap != ". " && gap != ".") return false;
    const std::string_view next = WordText(i + 1);
    return std::any_of(next.begin(), next.end(), [](char c) { return c >= '0' && c <= '9'; });
  }

  // The words of a name in quotes right after words first..last when those
  // are only words of a kind of body ("Public Foundation", "NGO",
  // "non-governmental organization"): [first word, last word] inside the
  // quotes, which open after a space and close right after a word.
  std::optional<std::pair<std::size_t, std::size_t>> QuotedNameAfterKind(std::size_t first,
                                                                         std::size_t last) {
    static constexpr std::string_view kKindWords[] = {
        "public", "foundation", "association", "fund", "union", "ngo", "non-governmental",
        "nongovernmental", "non-profit", "organization", "organisation", "charitable",
        "youth", "women's", "civil", "society", "network"};
    constexpr std::size_t kMaxQuotedWords = 8;
    for (std::size_t i = first; i <= last; ++i) {
      if (std::find(std::begin(kKindWords), std::end(kKindWords), WordText(i)) ==
          std::end(kKindWords)) {
        return std::nullopt;
      }
    }
    const auto is_open = [](std::string_view gap) {
      return gap == " \"" || gap == " \u201c" || gap == " \u00ab" || gap == " \u201e";
    };
    const auto closes = [](std::string_view gap) {
      return !gap.empty() && (gap.front() == '"' || gap.substr(0, 3) == "\u201d" ||
                              gap.substr(0, 2) == "\u00bb" || gap.substr(0, 3) == "\u201c");
    };
    const std::size_t open = last + 1;
    if (open >= words_.size() || !is_open(Gap(open)) || !words_[open].capitalized) {
      return std::nullopt;
    }
    for (std::size_t k = open; k < words_.size() && k - open < kMaxQuotedWords; ++k) {
      // "Women's Peace Bank": a possessive's "'s" stays inside the name.
      if (k > open && Gap(k) != " " &&
          !(words_[k - 1].possessive && Gap(k) == "'" && WordText(k) == "s")) {
        return std::nullopt;
      }
      const bool at_end = k + 1 == words_.size();
      const std::string_view after =
          at_end ? std::string_view(normalized_).substr(words_[k].end) : Gap(k + 1);
      if (closes(after)) return std::make_pair(open, k);
    }
    return std::nullopt;
  }

  // A capitalized title word of a post: a post ("Prosecutor", "Sheriff") or
  // a role ("General", "Deputy").
  bool IsPostTitleWord(std::size_t i) {
    const NameWord& word = words_[i];
    if (!word.capitalized || word.shouting) return false;
    return WordClass(i) == kRole || impl_.post_words.Matches(WordText(i));
  }

  // A name word, or, inside a name after its joiner, a capitalized role word
  // that another name word follows ("Committee of the Criminal Executive
  // System", "Counter-Terrorism Committee Executive Directorate").
  // A role word stands inside a name after "the" before another name word
  // ("Committee of the Criminal Executive System") or before "of the"
  // ("Administration of the President of the Republic of Uzbekistan").
  bool IsInnerNameWord(std::size_t i) {
    if (IsNameWord(i)) return true;
    const NameWord& word = words_[i];
    if (!word.capitalized || word.shouting || WordClass(i) != kRole || i + 2 >= words_.size() ||
        !SpaceBefore(i + 1)) {
      return false;
    }
    return IsNameWord(i + 1) || (WordText(i + 1) == "of" && WordText(i + 2) == "the");
  }

  void MarkCue(const RuleCue& cue, std::size_t group_start, std::size_t group_end);
  void MarkMatches(const RE2& regex, const std::vector<const RuleCue*>& cue_of_group,
                   std::size_t begin, std::size_t end);
  void MarkHeads();
  void MarkAmpersandFirms();
  void MarkHeadOfListing(const std::vector<OrganizationExtractor::Impl::HeadListing>& listing,
                         std::size_t word_start,
                         std::size_t from, std::size_t to);
  bool IsWordEndAt(std::size_t at, std::size_t to) const;
  void FindKnown();
  void JoinKnownUnitsToTheirParent();
  void JoinCountryOffices();
  void JoinTeamsToTheirHomes();
  // "04" of "Schalke 04", "1860" of "1860 Munich": a number that is part
  // of a club's name, zero-padded or a founding year before 1950.
  bool IsClubNumber(std::size_t i) const {
    const std::string_view word = WordText(i);
    const bool digits = !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
      return c >= '0' && c <= '9';
    });
    if (!digits) return false;
    if (word.size() == 2) return word[0] == '0' && word[1] != '0';
    return word.size() == 4 && (word.starts_with("18") || (word.starts_with("19") && word[2] < '5'));
  }
  std::size_t CityEndingAnItem(std::size_t first) const;
  bool IsPlaceExactly(std::size_t first, std::size_t last) const;
  void JoinOrgansOfKnownBodies();
  void FindTeams(const std::vector<bool>& covered, std::set<std::string> aliases,
                 std::vector<Span>* teams);
  // "Queen of South 3 2 0 1 5 4 6", "Clyde 0 Queen of South 2": in a
  // team-sport document, one word opening a line or following a score, then
  // "of" and a capitalized word, is one team's name ("Stephan Marasek of SC
  // Freiburg", two words before "of", is a player and his club; "Benetton
  // of Italy 2", a club and its country).
  bool TeamNameGoesOnWithOf(std::size_t i) {
    if (!team_sport_ || i + 2 >= words_.size() || WordText(i + 1) != "of" ||
        Gap(i + 1) != " " || Gap(i + 2) != " " || !IsTeamWord(i + 2)) {
      return false;
    }
    std::size_t place_last = i + 2;
    while (place_last + 1 < words_.size() && place_last - i < 4 && Gap(place_last + 1) == " " &&
           IsTeamWord(place_last + 1)) {
      ++place_last;
    }
    const std::string place = KeyOfWords(i + 2, place_last);
    if (impl_.country_keys.count(place) != 0 || impl_.nation_names.Matches(place)) return false;
    const bool line_start = i == 0 || Gap(i).find('\n') != std::string_view::npos;
    return line_start || (Gap(i) == " " && IsScore(i - 1));
  }
  bool IsTeamWord(std::size_t i) {
    const NameWord& word = words_[i];
    if (!(word.capitalized || word.all_caps) || versus_[i]) return false;
    return WordClass(i) == 0;
  }
  // Words first..last end in a capitalized plural ("Yankees", "White Sox")
  // and hold no programme head ("the Olympic Games").
  bool IsPluralNickname(std::size_t first, std::size_t last) {
    const std::string_view final_word = WordText(last);
    // "Sox" ("the White Sox") is the one nickname shorter than four letters.
    if ((final_word.size() < 4 && final_word != "sox") || words_[last].possessive) return false;
    if (final_word.back() != 's' && final_word.substr(final_word.size() - 3) != "sox") {
      return false;
    }
    if (final_word.substr(final_word.size() - 2) == "ss") return false;  // "Congress"
    // A people, not a team: "the Australians", "the Seychellois".
    const std::string_view ending = final_word.substr(final_word.size() - 3);
    if (first == last && (ending == "ans" || ending == "ois")) return false;
    for (std::size_t i = first; i <= last; ++i) {
      if (heads_[i] != Head::kNone && heads_[i] != Head::kSuffix) return false;
    }
    return true;
  }
  // "Brazilian", "Dutch", "Swiss", "Argentine": the endings of most
  // English adjectives of peoples.
  static bool LooksLikeAdjectiveOfAPeople(std::string_view word) {
    static constexpr std::array<std::string_view, 10> kEndings = {
        "an", "ese", "ish", "ch", "ss", "ek", "ine", "ic", "in", "al"};
    return std::any_of(kEndings.begin(), kEndings.end(), [&](std::string_view ending) {
      return word.size() > ending.size() && word.substr(word.size() - ending.size()) == ending;
    });
  }
  bool IsScore(std::size_t i) const {
    const char c = normalized_[words_[i].start];
    return c >= '0' && c <= '9';
  }
  // "Mladost ( L )", "Buducnost ( P )": one or two capitals in parentheses
  // right after word i, the tag a league table gives clubs of one name
  // from different towns.
  bool TownTagAfter(std::size_t i) const {
    const std::size_t tag = i + 1;
    if (tag >= words_.size() || Gap(tag) != " ( " || !words_[tag].capitalized) return false;
    const std::string_view text =
        text_.raw.substr(words_[tag].raw_start, words_[tag].raw_end - words_[tag].raw_start);
    return text.size() <= 2 &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
           (tag + 1 == words_.size() || Gap(tag + 1).substr(0, 2) == " )");
  }
  std::string KeyOfWords(std::size_t first, std::size_t last) const {
    std::string key;
    for (std::size_t i = first; i <= last; ++i) {
      if (i > first) key += ' ';
      key.append(WordText(i));
    }
    return key;
  }
  std::pair<std::size_t, std::size_t> Grow(std::size_t head);
  // Whether the words first..last (one or two) appear in the text starting
  // in lower case ("violent extremism" beside "Preventing Violent
  // Extremism"); the caller passes capitalized words.
  bool WrittenInLowerCaseElsewhere(std::size_t first, std::size_t last);
  std::vector<std::size_t> CoinedWords(std::vector<std::size_t> candidates);
  void EmitNamesInCapitals(std::vector<Mention>* out);
  void EmitAcronymsJoinedByDashes(const std::vector<bool>& covered, std::vector<Mention>* out);
  bool RowEndsInDecimalNumber(std::size_t first) const;
  // Gives a unit named after "its" the parent of the body named before.
  void InheritParentAfterIts(std::vector<Span>* spans);
  // The last word of a list of portfolios after `last` (", X, Y and Z"), or 0.
  std::size_t PortfolioListEnd(std::size_t last);
  // The last word of a list of countries after `last` (", Finland and the
  // Netherlands"), or 0.
  std::size_t CountryListEnd(std::size_t last);
  bool RunHasHead(std::size_t first, bool suffixes = true);
  std::size_t PostsOfficeEnd(std::size_t first);
  std::size_t CountrysLongNameEnd(std::size_t last);
  std::size_t PresidentOfAStateEnd(std::size_t first);
  // Whether words first..last name a state: a country's name, or a state's
  // "<adjective> Republic" ("Kyrgyz Republic", "Czech Republic").
  bool NamesAState(std::size_t first, std::size_t last) {
    if (impl_.country_keys.count(KeyOfWords(first, last)) != 0) return true;
    return last > first && WordText(last) == "republic";
  }
  // "EU Border Management Programme in Central Asia", "... Strategy in
  // Central Asia": a programme's or a plan's head right before "in" at word
  // `in` (not an event's: "the Asian Games in Hiroshima").
  bool PlannedWorkBefore(std::size_t in) const {
    static constexpr std::string_view kPlannedWork[] = {
        "programme", "program", "strategy", "plan", "initiative", "project", "framework"};
    if (in == 0 || WordText(in) != "in" || heads_[in - 1] != Head::kProgramme) return false;
    return std::find(std::begin(kPlannedWork), std::end(kPlannedWork), WordText(in - 1)) !=
           std::end(kPlannedWork);
  }
  bool PluralPossessorBefore(std::size_t first);
  // "National Commission for Women's Affairs and Family ...": inside a
  // body's portfolio a group of people's possessive and its "s" go on to
  // the capitalized word that is owned; returns that word, or 0 when word
  // `last` is no such possessive (not "Ministry of Justice's Department").
  std::size_t PortfolioPossessionEnd(bool portfolio, std::size_t head, std::size_t last) const {
    static constexpr std::string_view kGroupsOfPeople[] = {"women", "children", "men", "people",
                                                           "youth"};
    const std::size_t s = last + 1;
    if (!portfolio || last <= head + 1 || !words_[last].possessive || s + 1 >= words_.size()) {
      return 0;
    }
    if (std::find(std::begin(kGroupsOfPeople), std::end(kGroupsOfPeople), WordText(last)) ==
        std::end(kGroupsOfPeople)) {
      return 0;
    }
    if (WordText(s) != "s" || Gap(s) != "'" || !SpaceBefore(s + 1) || !words_[s + 1].capitalized) {
      return 0;
    }
    return s + 1;
  }
  // Whether words [first, end) are one word in capitals that opens a known
  // body's name ("UNODC and Tajik Border Troops": the acronym is a whole
  // body, and "and" joins another).
  bool IsKnownAcronymAlone(std::size_t first, std::size_t end) const {
    return end == first + 1 && words_[first].all_caps && !words_[first].shouting &&
           known_start_[first];
  }
  // Whether words [first, end) are a known body's whole name and the word at
  // `next`, after "and", is the head of a body of its own ("UN Women and
  // Ministry of Labour, Social Security and Migration": two bodies).
  bool IsKnownBodyBeforeAHead(std::size_t first, std::size_t end, std::size_t next) const {
    if (next >= words_.size() || heads_[next] != Head::kOrg) return false;
    return std::any_of(known_.begin(), known_.end(), [&](const KnownMatch& match) {
      return match.first == first && match.last + 1 == end;
    });
  }
  // "Criminal Executive System Committee": a role's word between a name
  // word before it and the body's name after it qualifies the body, as an
  // adjective; "Chief Executive", "Deputy Head" stay posts.
  bool RoleWordAsAdjective(std::size_t role, std::size_t head) {
    if (role < 1 || role + 1 >= head || WordClass(role) != kRole || !words_[role].capitalized ||
        !SpaceBefore(role) || !SpaceBefore(role + 1)) {
      return false;
    }
    const std::size_t modifier = role - 1;
    return IsNameWord(modifier) && !words_[modifier].sentence_start && IsNameWord(role + 1);
  }
  // "WHO:" opening a line is a media advisory's block label (after "WHAT:",
  // "WHEN:", "WHERE:"), not the World Health Organization.
  bool IsWhoBlockLabel(std::size_t i) const {
    if (WordText(i) != "who" || !words_[i].all_caps) return false;
    const bool line_start = i == 0 || Gap(i).find('\n') != std::string_view::npos;
    return line_start && text_.raw.substr(words_[i].raw_end, 1) == ":";
  }
  // Whether words first..last are a known body's whole full name, not an
  // acronym ("OSCE Office for Democratic Institutions and Human Rights").
  bool IsKnownFullName(std::size_t first, std::size_t last) const {
    return std::any_of(known_.begin(), known_.end(), [&](const KnownMatch& match) {
      return match.first == first && match.last == last && !match.acronym;
    });
  }
  bool WrappedBeforeJoiner(std::size_t i) const;
  bool PrecededByRoleOf(std::size_t first);
  bool InPortfolioAfterRoleOf(std::size_t head);
  bool NamedBodyAfterRoleOf(std::size_t head);
  bool KnownNameLongerThanHead(std::size_t head) const;
  bool CutByLineBreak(std::size_t last);
  bool IsLegalFormAlone(const Span& span);
  std::size_t LocalNameInParentheses(std::size_t head);
  bool Classify(Span* span);
  bool HasProperWord(const Span& span);
  bool BlockedOutsideANamedPlace(const Span& span) const;
  void Emit(const Span& span, std::vector<Mention>* out);
  bool AcronymAfter(std::size_t last, std::size_t* first_word, std::size_t* last_word);
  void FindInitialledNames(std::vector<bool>* covered, std::vector<Span>* names);
  void FindCuedNames(std::vector<bool>* covered, std::vector<Span>* names,
                     std::set<std::string>* keys);
  void FindMastheads(std::vector<bool>* covered, std::vector<Span>* names);
  std::size_t NameRunEnd(std::size_t first);
  // Whether word i follows a place's possessive: "Britain's Sun", and as
  // tokenized news writes it, "Britain 's Sun" (whose "s" is a word).
  bool AfterPlacesPossessive(std::size_t i) const {
    if (i == 0) return false;
    if (words_[i - 1].possessive) return OverlapsPlace(i - 1, i - 1);
    return i >= 2 && Gap(i) == " " && Gap(i - 1) == " '" && WordText(i - 1) == "s" &&
           OverlapsPlace(i - 2, i - 2);
  }
  bool OverlapsPlace(std::size_t first, std::size_t last) const;
  // Whether a place found by the location extractor starts at word i and
  // goes on past it.
  bool OpensALongerPlace(std::size_t i) const;
  // "the Akimat of Aktobe region": a name ending inside a place whose span
  // goes on with its lower-case type word ends with the place.
  void ExtendOverAPlacesTypeWord(Span* span) const;
  bool IsUnknownName(std::size_t first, std::size_t last, const std::vector<bool>& covered);
  bool IsAdjectiveOfAPeople(std::string_view word) const;
  static bool IsCompassWord(std::string_view word) {
    return word == "north" || word == "south" || word == "east" || word == "west" ||
           word == "central";
  }
  bool InBusinessContext(std::size_t first, std::size_t last);
  bool IsWholeName(std::size_t first, std::size_t last);
  // Whether a wrapped line's break alone lies between word i and a
  // capitalized word: one line break in the raw text, not a blank line
  // ("STAKE IN TOYOBO PETCORD\n\nAKRON" ends a headline).
  bool ContinuesOnNextLine(std::size_t i) const {
    if (i + 1 >= words_.size() || !(words_[i + 1].capitalized || words_[i + 1].all_caps)) {
      return false;
    }
    const std::string_view gap =
        text_.raw.substr(words_[i].raw_end, words_[i + 1].raw_start - words_[i].raw_end);
    return std::count(gap.begin(), gap.end(), '\n') == 1 &&
           gap.find_first_not_of(" \t\r\n") == std::string_view::npos;
  }
  void FindNamesInBusinessContext(std::vector<bool>* covered, std::vector<Span>* names,
                                  std::set<std::string>* keys);
  void FindBroadcasters(std::vector<bool>* covered, std::vector<Span>* names,
                        std::set<std::string>* keys);
  bool SingleWordNamedByCueAfter(std::size_t i);
  bool AcronymAlone(std::size_t i) const;
  void FindAcronymsBeforeCues(std::vector<bool>* covered, std::vector<Span>* names,
                              std::set<std::string>* keys);
  bool FollowedByTeamCue(std::size_t first, std::size_t last);
  bool PeoplesAdjectiveBeforeNoun(std::size_t first, std::size_t last) const;
  std::string RawWords(std::size_t first, std::size_t last) const;

  const OrganizationExtractor::Impl& impl_;
  const std::vector<ByteSpan>* places_;  // the locations found in the text, or nullptr
  const TextView& text_;
  std::string_view normalized_;
  const std::vector<NameWord>& words_;
  std::vector<Head> heads_;
  // A head set by MarkAmpersandFirms on a partner's name, not a legal form.
  // Per-word flags are bytes, not std::vector<bool>'s bits: the finders
  // read them for nearly every word.
  std::vector<std::uint8_t> partner_head_;
  std::vector<std::uint8_t> blocked_;    // inside a place name that looks like a body's
  std::vector<std::uint8_t> adjective_;  // "area" in "the OSCE area"
  std::vector<std::uint8_t> versus_;     // "beat", "at", "v" between two teams
  std::vector<std::uint8_t> team_cue_;   // "against", "rivals" before a team
  std::vector<std::uint8_t> known_start_;  // a known body's name starts here
  bool team_sport_ = false;      // the first line names a team sport
  bool press_digest_ = false;    // the first line opens a press digest
  std::vector<std::uint8_t> word_class_;
  std::vector<KnownMatch> known_;
  std::set<std::pair<std::size_t, std::size_t>> emitted_;  // raw spans
  // When the headline is in capitals: the organizations emitted outside
  // lines in capitals, as their first and last words and their mention's
  // index in the output (EmitNamesInCapitals).
  struct EmittedName {
    std::size_t first = 0;
    std::size_t last = 0;
    std::size_t mention = 0;
  };
  std::vector<EmittedName> emitted_names_;
  // Keys of the words and word pairs written in lower case, built on demand.
  std::optional<WordSet> lower_case_phrases_;
};

void OrganizationFinder::MarkCue(const RuleCue& cue, std::size_t group_start,
                                 std::size_t group_end) {
  // The first line's sport names the document's kind wherever the word
  // ends, inside a hyphenated one too ("Soccer-Results of ..."), as
  // NamesTeamSport reads it.
  if (cue.cue == Cue::kTeamSport) {
    team_sport_ = true;
    return;
  }
  const auto first = std::lower_bound(
      words_.begin(), words_.end(), group_start,
      [](const NameWord& word, std::size_t offset) { return word.start < offset; });
  if (first == words_.end() || first->start != group_start) return;
  for (auto word = first; word != words_.end() && word->start < group_end; ++word) {
    if (word->end != group_end && !(word->possessive && word->end + 2 == group_end)) continue;
    const auto first_index = static_cast<std::size_t>(first - words_.begin());
    const auto last_index = static_cast<std::size_t>(word - words_.begin());
    if (cue.cue == Cue::kHead) {
      heads_[last_index] = cue.head;
    } else if (cue.cue == Cue::kPressDigest) {
      press_digest_ = true;
    } else if (cue.cue == Cue::kVersus) {
      for (std::size_t i = first_index; i <= last_index; ++i) versus_[i] = true;
    } else if (cue.cue == Cue::kTeamCue) {
      team_cue_[last_index] = true;
    } else if (cue.cue == Cue::kAdjective) {
      adjective_[first_index] = true;
    } else if (cue.cue == Cue::kNotOrganization) {
      for (std::size_t i = first_index; i <= last_index; ++i) blocked_[i] = true;
    }
    return;
  }
}

// Runs `regex` over normalized_[begin, end), marking the cue of each match:
// `cue_of_group` gives the cue of each capturing group (nullptr: none).
void OrganizationFinder::MarkMatches(const RE2& regex,
                                     const std::vector<const RuleCue*>& cue_of_group,
                                     std::size_t begin, std::size_t end) {
  std::vector<re2::StringPiece> groups(cue_of_group.size());
  std::size_t position = begin;
  while (position < end && regex.Match(normalized_, position, end, RE2::UNANCHORED, groups.data(),
                                       static_cast<int>(groups.size()))) {
    const std::size_t whole_end =
        static_cast<std::size_t>(groups[0].data() - normalized_.data()) + groups[0].size();
    std::size_t next = std::max(position + 1, whole_end);
    for (std::size_t g = 1; g < groups.size(); ++g) {
      if (cue_of_group[g] == nullptr || groups[g].data() == nullptr || groups[g].empty()) continue;
      const auto group_start = static_cast<std::size_t>(groups[g].data() - normalized_.data());
      const std::size_t group_end = group_start + groups[g].size();
      next = std::max(position + 1, group_end);
      MarkCue(*cue_of_group[g], group_start, group_end);
      break;
    }
    position = next;
  }
}

// The combined head rules, tried (anchored) only where they can matter: at
// each capitalized word and at the word after one ("the OSCE area"); the
// team-sport rules only when the first line names a team sport.
// The head rules that list the leading part of the word starting at
// `word_start`, tried in order as the alternatives of head_cues would be.
// A rule whose tail is a word end or a literal (HeadTail) is matched by
// comparing its word list in the regex's order; any other runs its regex
// anchored at `from` (the character before the word), a DFA-only test
// first, then the group over exactly the span found.
void OrganizationFinder::MarkHeadOfListing(
    const std::vector<OrganizationExtractor::Impl::HeadListing>& listing, std::size_t word_start,
    std::size_t from, std::size_t to) {
  // Every rule of a listing starts with "^" or one character that is no
  // letter or digit, and then its word list at the word.
  const UChar32 before = CodePointBefore(normalized_, word_start);
  const bool boundary = word_start == 0 || (before >= 0 && !IsLetterOrNumber(before));
  for (const OrganizationExtractor::Impl::HeadListing& entry : listing) {
    const int position = entry.position;
    const int index = impl_.head_cue_rules[position];
    const Rule& rule = impl_.rules.rules()[index];
    const RuleCue& cue = impl_.cues[index];
    const HeadTail& tail = impl_.head_tails[position];
    if (tail.kind != HeadTail::Kind::kRegex) {
      if (!boundary) continue;
      // The alternatives in the regex's order: the first that matches is the
      // one RE2 takes. (Those of another first byte cannot match here.)
      for (const std::string& word : entry.words) {
        const std::size_t end = word_start + word.size();
        if (end > to || normalized_.compare(word_start, word.size(), word) != 0) continue;
        const bool tail_matches =
            tail.kind == HeadTail::Kind::kWordEnd
                ? end == normalized_.size() || (end < to && IsWordEndAt(end, to))
                : end + tail.literal.size() <= to &&
                      normalized_.compare(end, tail.literal.size(), tail.literal) == 0;
        if (!tail_matches) continue;
        MarkCue(cue, word_start, end);
        return;
      }
      continue;
    }
    const RE2& regex = *rule.regex;
    re2::StringPiece whole;
    if (!regex.Match(normalized_, from, to, RE2::ANCHOR_START, &whole, 1)) continue;
    std::vector<re2::StringPiece> groups(cue.group + 1);
    if (cue.group > 0 &&
        regex.Match(normalized_, from, from + whole.size(), RE2::ANCHOR_BOTH, groups.data(),
                    static_cast<int>(groups.size()))) {
      const re2::StringPiece& group = groups[cue.group];
      if (group.data() != nullptr && !group.empty()) {
        const auto group_start = static_cast<std::size_t>(group.data() - normalized_.data());
        MarkCue(cue, group_start, group_start + group.size());
      }
    }
    return;
  }
}

// Whether the character at `at` (before `to`) is no letter or digit: RE2's
// [^\pL\pN] there.
bool OrganizationFinder::IsWordEndAt(std::size_t at, std::size_t to) const {
  const UChar32 c = CodePointAt(normalized_.substr(0, to), at);
  return c >= 0 && !IsLetterOrNumber(c);
}

void OrganizationFinder::MarkHeads() {
  if (words_.empty()) return;
  // Room for the groups of any one head rule.
  std::vector<re2::StringPiece> groups(impl_.head_cue_of_group.size());
  bool previous_capitalized = false;
  for (std::size_t i = 0; i < words_.size(); ++i) {
    const bool capitalized = words_[i].capitalized || words_[i].all_caps;
    const bool try_here = (capitalized || previous_capitalized) && !words_[i].shouting;
    previous_capitalized = capitalized;
    if (!try_here) continue;
    const std::size_t from = words_[i].start == 0 ? 0 : words_[i].start - 1;
    // No head spans more than three words; the character after the last
    // lets a rule see the word's end.
    const std::size_t to =
        std::min<std::size_t>(words_[std::min(i + 3, words_.size() - 1)].end + 1,
                              normalized_.size());
    if (!impl_.head_rules_by_lead.empty()) {
      const auto listing = impl_.head_rules_by_lead.find(LeadingPart(WordText(i)));
      if (listing != impl_.head_rules_by_lead.end()) {
        MarkHeadOfListing(listing->second, words_[i].start, from, to);
      }
      continue;
    }
    // A DFA-only test first; submatches only for the rare match.
    re2::StringPiece whole;
    if (!impl_.head_cues->Match(normalized_, from, to, RE2::ANCHOR_START, &whole, 1)) continue;
    // The alternatives of head_cues are tried in order, so the one that
    // matched is the first rule matching exactly `whole`; its cue group is
    // the only group of that alternative with a cue.
    const std::size_t whole_end = from + whole.size();
    for (int index : impl_.head_cue_rules) {
      const RuleCue& cue = impl_.cues[index];
      const int group_count = cue.group + 1;
      if (!impl_.rules.rules()[index].regex->Match(normalized_, from, whole_end,
                                                   RE2::ANCHOR_BOTH, groups.data(),
                                                   group_count)) {
        continue;
      }
      const re2::StringPiece& group = groups[cue.group];
      if (cue.group > 0 && group.data() != nullptr && !group.empty()) {
        const auto group_start = static_cast<std::size_t>(group.data() - normalized_.data());
        MarkCue(cue, group_start, group_start + group.size());
      }
      break;
    }
  }
  const std::size_t first_line_end = std::min(normalized_.find('\n'), normalized_.size());
  for (int index : impl_.team_sport_rules) {
    MarkMatches(*impl_.rules.rules()[index].regex, impl_.cue_of_group[index], 0, first_line_end);
  }
  if (!team_sport_) return;
  for (int index : impl_.team_context_rules) {
    MarkMatches(*impl_.rules.rules()[index].regex, impl_.cue_of_group[index], 0,
                normalized_.size());
  }
}

void OrganizationFinder::FindKnown() {
  const BodyTable& table = impl_.table;
  std::string key;
  std::string exact;
  for (std::size_t i = NextCapitalized(0); i < words_.size();) {
    key.assign(WordText(i));
    std::size_t best_last = 0;
    const BodyName* best = nullptr;
    for (std::size_t j = i;;) {
      const auto found = table.keys.find(key);
      if (found != table.keys.end()) {
        for (const BodyName& name : found->second.names) {
          bool ok = false;
          if (name.acronym) {
            exact = RawWords(i, j);
            ok = exact == name.exact && !(words_[i].shouting && exact.size() <= 3) &&
                 !(i == j && IsWhoBlockLabel(i));
          } else {
            ok = (words_[j].capitalized || words_[j].all_caps) &&
                 (words_[i].capitalized || words_[i].all_caps);
          }
          if (ok) {
            best = &name;
            best_last = j;
            break;
          }
        }
      }
      if (j + 1 >= words_.size() || j + 1 - i >= table.max_words) break;
      if (found == table.keys.end() || !found->second.has_longer) break;
      const std::string_view gap = Gap(j + 1);
      // A possessive inside a known name ("United Nations Children's Fund"):
      // its "s" is a word of the key, in the table as in the text.
      // Tokenized news writes it apart: "Moody 's Investors Service".
      const bool possessive_gap = (words_[j].possessive && gap == "'") ||
                                  (gap == " '" && WordText(j + 1) == "s");
      if (gap != " " && gap != "/" && gap != " & " && gap != " / " && !possessive_gap) break;
      ++j;
      key += ' ';
      key.append(WordText(j));
    }
    if (best == nullptr) {
      i = NextCapitalized(i + 1);
      continue;
    }
    known_.push_back(KnownMatch{i, best_last, best->body, best->acronym});
    known_start_[i] = true;
    i = NextCapitalized(best_last + 1);
  }
}

// A known unit written right after the name of the top-level body it belongs
// to is one name with it, the longest as written: "United Nations
// Counter-Terrorism Committee Executive Directorate", "UN Counter-Terrorism
// Committee" (the unit's parent is that body). Known matches come in text
// order, so a unit is the match right after its parent's.
void OrganizationFinder::JoinKnownUnitsToTheirParent() {
  const std::vector<Body>& bodies = impl_.table.bodies;
  std::vector<KnownMatch> joined;
  joined.reserve(known_.size());
  for (const KnownMatch& match : known_) {
    if (!joined.empty()) {
      KnownMatch& before = joined.back();
      const Body& top = bodies[before.body];
      const Body& unit = bodies[match.body];
      if (before.last + 1 == match.first && Gap(match.first) == " " && top.parent == top.canonical &&
          unit.parent == top.canonical && unit.canonical != top.canonical) {
        known_start_[match.first] = false;
        before.last = match.last;
        before.body = match.body;
        before.acronym = false;
        continue;
      }
    }
    joined.push_back(match);
  }
  known_.swap(joined);
}

// A UN agency's acronym or short name right before a country's name, on
// one line, names the agency's country office, one body with the country
// inside: "UNICEF Tajikistan", "UNDP Uzbekistan", "UN Women Kazakhstan"
// signing a statement or a contact line. So does an NGO's or a national
// development agency's (a body with no parent that is no company or team):
// "International Alert Kyrgyzstan", "GIZ Uzbekistan".
void OrganizationFinder::JoinCountryOffices() {
  constexpr std::size_t kMaxCountryWords = 3;
  for (KnownMatch& match : known_) {
    const Body& body = impl_.table.bodies[match.body];
    const bool un_agency = body.parent == "UN" && body.canonical != "UN";
    const bool unaffiliated_body = body.parent.empty() && body.kind.empty();
    if (!un_agency && !unaffiliated_body) continue;
    if (!match.acronym && RawWords(match.first, match.last) != body.canonical) continue;
    const std::size_t next = match.last + 1;
    if (next >= words_.size() || known_start_[next]) continue;
    for (std::size_t last = next; last < words_.size() && last < next + kMaxCountryWords; ++last) {
      if (Gap(last) != " " || !words_[last].capitalized) break;
      if (impl_.country_keys.count(KeyOfWords(next, last)) != 0) {
        match.last = last;
        match.acronym = false;
        break;
      }
    }
    // "UNHCR Dushanbe, +992 ...": a city's office, the city a place found
    // in the text and the end of the contact line's item.
    if (!match.acronym) continue;
    if (const std::size_t city_last = CityEndingAnItem(next); city_last != 0) {
      match.last = city_last;
      match.acronym = false;
    }
  }
}

// "Feyenoord Rotterdam 3 Volendam 0", "Schalke 04 4 0 3 1": in a
// team-sport document a known club's name goes on over its home town
// written right after it (a place found in the text, one or two words; in
// a results line, where a town before a score is read as no place, one
// capitalized word before the score) or over the number in its name: one
// club, one name, as results and tables write it ("Feyenoord" alone
// elsewhere stays the club).
void OrganizationFinder::JoinTeamsToTheirHomes() {
  if (!team_sport_) return;
  constexpr std::size_t kMaxHomeWords = 2;
  for (KnownMatch& match : known_) {
    if (match.acronym || impl_.table.bodies[match.body].kind != kKindTeam) continue;
    const std::size_t next = match.last + 1;
    if (next >= words_.size() || known_start_[next] || Gap(next) != " ") continue;
    if (IsClubNumber(next) && WordText(next).size() == 2) {
      match.last = next;
      continue;
    }
    if (IsTeamWord(next) && !words_[next].shouting && next + 1 < words_.size() &&
        Gap(next + 1) == " " && IsScore(next + 1)) {
      match.last = next;
      continue;
    }
    for (std::size_t last = next; last < words_.size() && last < next + kMaxHomeWords; ++last) {
      if ((last > next && Gap(last) != " ") || !(words_[last].capitalized || words_[last].all_caps)) {
        break;
      }
      if (IsPlaceExactly(next, last)) {
        match.last = last;
        break;
      }
    }
  }
}

// The last word of a place found in the text that starts at word `first`,
// one or two words on one line, when a comma or a line's end follows it
// ("UNHCR Dushanbe, +992 44 ..."); 0 otherwise.
std::size_t OrganizationFinder::CityEndingAnItem(std::size_t first) const {
  constexpr std::size_t kMaxCityWords = 2;
  for (std::size_t last = first; last < words_.size() && last < first + kMaxCityWords; ++last) {
    if (Gap(last) != " " || !words_[last].capitalized || words_[last].all_caps) return 0;
    if (!IsPlaceExactly(first, last)) continue;
    const std::string_view after =
        last + 1 < words_.size() ? Gap(last + 1) : std::string_view(normalized_).substr(words_[last].end);
    const bool ends_item = after.empty() || after.front() == ',' || after.front() == '\n';
    return ends_item ? last : 0;
  }
  return 0;
}

// Whether a place found in the text spans exactly words first..last.
bool OrganizationFinder::IsPlaceExactly(std::size_t first, std::size_t last) const {
  if (places_ == nullptr) return false;
  const ByteSpan span{words_[first].raw_start, words_[last].raw_end};
  return std::binary_search(places_->begin(), places_->end(), span, SpanBefore);
}

// "the EAG Plenary will consider": a known body's acronym before the name
// of its plenary or presidium, on one line, is that organ, one body.
void OrganizationFinder::JoinOrgansOfKnownBodies() {
  static const WordViewSet kOrganWords = {"plenary", "presidium"};
  for (KnownMatch& match : known_) {
    const std::size_t organ = match.last + 1;
    if (!match.acronym || organ >= words_.size() || known_start_[organ]) continue;
    if (Gap(organ) != " " || !words_[organ].capitalized || !kOrganWords.contains(WordText(organ))) {
      continue;
    }
    const bool named_on = organ + 1 < words_.size() && SpaceBefore(organ + 1) &&
                          words_[organ + 1].capitalized;
    if (named_on) continue;  // "FATF Plenary Week" names an event
    match.last = organ;
    match.acronym = false;
  }
}

std::string OrganizationFinder::RawWords(std::size_t first, std::size_t last) const {
  std::string joined;
  for (std::size_t i = first; i <= last; ++i) {
    if (i > first) joined += ' ';
    joined.append(text_.raw.substr(words_[i].raw_start, words_[i].raw_end - words_[i].raw_start));
  }
  return joined;
}

// True when the run of name words starting at `first` holds a head word or
// starts a known body: then "X and Y" are two names, not one.
bool OrganizationFinder::RunHasHead(std::size_t first, bool suffixes) {
  if (known_start_[first]) return true;
  for (std::size_t i = first; i < words_.size() && IsNameWord(i); ++i) {
    if (heads_[i] != Head::kNone && (suffixes || heads_[i] != Head::kSuffix)) return true;
    if (i + 1 < words_.size() && !SpaceBefore(i + 1)) break;
  }
  return false;
}

// "Prosecutor General's Office": the office of a post, named by its
// capitalized title words from `first`; its "Office" word, or 0.
std::size_t OrganizationFinder::PostsOfficeEnd(std::size_t first) {
  constexpr std::size_t kMaxTitleWords = 3;
  for (std::size_t i = first; i + 2 < words_.size() && i < first + kMaxTitleWords; ++i) {
    if (!IsPostTitleWord(i)) return 0;
    if (words_[i].possessive) {
      const std::size_t office = i + 2;
      const bool s_of_possessive = WordText(i + 1) == "s" && Gap(i + 1) == "'";
      return s_of_possessive && Gap(office) == " " && words_[office].capitalized &&
                     WordText(office) == "office"
                 ? office
                 : 0;
    }
    if (!SpaceBefore(i + 1)) return 0;
  }
  return 0;
}

// "President of the Republic of Kazakhstan", "President of Uzbekistan",
// "President of the Kyrgyz Republic" from word `first`: the last word of
// the state's name, or 0 when the words are no such title.
std::size_t OrganizationFinder::PresidentOfAStateEnd(std::size_t first) {
  if (first + 2 >= words_.size() || !words_[first].capitalized || WordText(first) != "president" ||
      !SpaceBefore(first + 1) || WordText(first + 1) != "of") {
    return 0;
  }
  std::size_t run_first = first + 2;
  if (WordText(run_first) == "the" && SpaceBefore(run_first)) ++run_first;
  if (run_first >= words_.size() || !SpaceBefore(run_first) || !IsNameWord(run_first)) return 0;
  std::size_t run_last = run_first;
  while (run_last + 1 < words_.size() && SpaceBefore(run_last + 1) && IsNameWord(run_last + 1)) {
    ++run_last;
  }
  const std::size_t end = CountrysLongNameEnd(run_last);
  return end != run_last || NamesAState(run_first, run_last) ? end : 0;
}

// "Republic" + " of Kazakhstan": the last word of a country's name after
// " of " following word `last` (a long form's "Republic", "Kingdom"), or
// `last` when no country follows.
std::size_t OrganizationFinder::CountrysLongNameEnd(std::size_t last) {
  const std::size_t of = last + 1;
  if (of + 1 >= words_.size() || WordText(of) != "of" || Gap(of) != " " ||
      Gap(of + 1) != " " || !IsNameWord(of + 1)) {
    return last;
  }
  std::size_t end = of + 1;
  while (end + 1 < words_.size() && Gap(end + 1) == " " && IsNameWord(end + 1)) ++end;
  return impl_.country_keys.count(KeyOfWords(of + 1, end)) != 0 ? end : last;
}

// "Journalists' Creative Union", "Farmers ' Union": a capitalized plural
// of a trade or a group of people, its apostrophe after the "s", opens the
// name of the body that gathers them (CoNLL's "Traders ' Association").
bool OrganizationFinder::PluralPossessorBefore(std::size_t first) {
  static constexpr std::string_view kPeoplesEndings[] = {"ers", "ors", "ists", "ees",
                                                         "ants", "ents", "ians"};
  if (first == 0 || (Gap(first) != "' " && Gap(first) != " ' ")) return false;
  const NameWord& possessor = words_[first - 1];
  if (!possessor.capitalized || possessor.all_caps || possessor.shouting) return false;
  const std::string_view word = WordText(first - 1);
  return std::any_of(std::begin(kPeoplesEndings), std::end(kPeoplesEndings),
                     [&](std::string_view ending) { return word.ends_with(ending); });
}

// "Deputy Minister of Preschool and School Education": after "ROLE of X
// and", a run of capitalized words in which a head word is followed by
// more words goes on with the post's portfolio ("School" qualifies
// "Education" there); it names no body. A run ending in its head ("Head of
// Research and Training Unit") is left to the other rules.
bool OrganizationFinder::InPortfolioAfterRoleOf(std::size_t head) {
  if (head + 1 >= words_.size() || !SpaceBefore(head + 1) || !IsNameWord(head + 1)) return false;
  std::size_t first = head;
  while (first > 0 && SpaceBefore(first) && IsNameWord(first - 1)) --first;
  if (first < 2 || !SpaceBefore(first) || !SpaceBefore(first - 1)) return false;
  if (JoinerOf(WordText(first - 1)) != Joiner::kAnd || !IsNameWord(first - 2)) return false;
  std::size_t run_first = first - 2;
  while (run_first > 0 && SpaceBefore(run_first) && IsNameWord(run_first - 1)) --run_first;
  return PrecededByRoleOf(run_first);
}

// Whether a hard-wrapped line, one ending in no punctuation, breaks before
// word `i`, a lower-case "under the" or "of the" that goes on with the
// name: "the Committee on Religious Affairs\nunder the Cabinet of
// Ministers\nof the Republic of Uzbekistan" (a web page's layout).
bool OrganizationFinder::WrappedBeforeJoiner(std::size_t i) const {
  if (i + 1 >= words_.size() || Gap(i) != "\n" || words_[i].capitalized) return false;
  const std::string_view joiner = WordText(i);
  return (joiner == "under" || joiner == "of") && WordText(i + 1) == "the" && Gap(i + 1) == " ";
}

// "Head of [the] X": X is part of a post's title, not a body's name.
bool OrganizationFinder::PrecededByRoleOf(std::size_t first) {
  std::size_t i = first;
  if (i >= 1 && WordText(i - 1) == "the" && SpaceBefore(i)) --i;
  if (i < 2 || !SpaceBefore(i) || !SpaceBefore(i - 1)) return false;
  return JoinerOf(WordText(i - 1)) == Joiner::kOf && IsRole(i - 2);
}

// Whether the name ending at word `last` goes on past a line break of
// hard-wrapped text: a capitalized word or a joiner right after the break,
// or after a joiner before it ("Cooperation and\nDevelopment"). A break
// after punctuation ends the sentence or the item, not the name ("...
// Ministry of Internal Affairs of Tajikistan.\nZarina, 24, ...").
bool OrganizationFinder::CutByLineBreak(std::size_t last) {
  for (std::size_t k = last + 1; k < words_.size() && k <= last + 2; ++k) {
    const std::string_view gap = Gap(k);
    if (gap.find('\n') != std::string_view::npos) {
      if (gap.find_first_not_of(" \n") != std::string_view::npos) return false;
      return words_[k].capitalized || JoinerOf(WordText(k)) != Joiner::kNone;
    }
    if (Gap(k) != " " || JoinerOf(WordText(k)) == Joiner::kNone) return false;
  }
  return false;
}

// A place-type word written after a place's name ("Sairam district").
// A company's legal form written as an abbreviation ("Inc", "Corp", "Co",
// "Ltd"), which a dot after it belongs to.
bool IsAbbreviatedLegalForm(std::string_view word) {
  static constexpr std::string_view kForms[] = {
      "inc", "corp", "co",  "cos", "ltd", "bros", "pty", "bhd", "tbk",  "llc", "llp",  "lp",
      "plc", "ag",   "sa",  "nv",  "bv",  "spa",  "ab",  "oy",  "oyj", "asa", "gmbh", "kgaa"};
  return std::find(std::begin(kForms), std::end(kForms), word) != std::end(kForms);
}

bool IsPlaceTypeWord(std::string_view word) {
  static constexpr std::string_view kPlaceTypes[] = {
      "district", "region", "oblast", "province", "rayon", "raion", "city", "town", "village",
      "jamoat", "viloyat", "velayat", "welayat", "county"};
  return std::find(std::begin(kPlaceTypes), std::end(kPlaceTypes), word) != std::end(kPlaceTypes);
}

// The last word of up to three capitalized words in parentheses right after
// head word `head`, when "of" and a name follow them; 0 otherwise.
std::size_t OrganizationFinder::LocalNameInParentheses(std::size_t head) {
  constexpr std::size_t kMaxWords = 3;
  if (heads_[head] == Head::kNone || heads_[head] == Head::kProgramme) return 0;
  const std::size_t open = head + 1;
  if (open >= words_.size() || Gap(open) != " (") return 0;
  for (std::size_t k = open; k < words_.size() && k - open < kMaxWords; ++k) {
    // An acronym in parentheses is one (AcronymAfter), not a local name.
    if (!words_[k].capitalized || words_[k].all_caps || (k > open && Gap(k) != " ")) return 0;
    if (k + 2 < words_.size() && Gap(k + 1) == ") " && WordText(k + 1) == "of" &&
        SpaceBefore(k + 2)) {
      std::size_t named = k + 2;
      if (WordText(named) == "the" && named + 1 < words_.size() && SpaceBefore(named + 1)) {
        ++named;
      }
      return IsNameWord(named) ? k : 0;
    }
  }
  return 0;
}

// Whether a known body's name starts at `head` and goes on past it.
bool OrganizationFinder::KnownNameLongerThanHead(std::size_t head) const {
  if (!known_start_[head]) return false;
  return std::any_of(known_.begin(), known_.end(), [&](const KnownMatch& match) {
    return match.first == head && match.last > head;
  });
}

// "head of the Centre for the Study of Religious Issues", "a specialist of
// the Committee on Religious Affairs": after "the", a head word that goes on
// with "of"/"for"/"on" and a name names the body the post is in, unlike
// "Head of Mission" or "Head of the Department".
bool OrganizationFinder::NamedBodyAfterRoleOf(std::size_t head) {
  if (head == 0 || WordText(head - 1) != "the" || !SpaceBefore(head)) return false;
  // A known body of several words ("governor of the Bank of England") is
  // named by the table; a known one-word body may open a longer name
  // ("a deputy of the Mazhilis of the Parliament of the Republic of
  // Kazakhstan"), checked below as any head.
  if (KnownNameLongerThanHead(head)) return false;
  const std::size_t joiner = head + 1;
  if (joiner + 1 >= words_.size() || !SpaceBefore(joiner) || !SpaceBefore(joiner + 1) ||
      JoinerOf(WordText(joiner)) != Joiner::kOf || words_[head].possessive) {
    return false;
  }
  std::size_t named = joiner + 1;
  if (WordText(named) == "the" && named + 1 < words_.size() && SpaceBefore(named + 1)) ++named;
  return IsNameWord(named);
}

// The widest name around the head word, as [first, last].
std::pair<std::size_t, std::size_t> OrganizationFinder::Grow(std::size_t head) {
  bool office = heads_[head] == Head::kOffice;
  // "National Centre for Human Rights of the Republic of Uzbekistan in
  // Tashkent": after "of" and a country the name is whole, and "in" tells
  // where the body sits; an embassy's or a mission's "of" names the state
  // that sends it ("Embassy of Canada in Kazakhstan").
  bool of_country = false;
  const bool sent_by_a_state = IsDiplomaticHead(head);
  // Leftwards over name words, and over "of (the)", "and", "against", "&"
  // when a run of name words lies beyond that is no post's title.
  std::size_t first = head;
  // "General Prosecutor's Office", "Broward County Sheriff's Office": the
  // office of a post, named by the post's capitalized title words.
  if (office && first >= 2 && words_[first].capitalized && WordText(first) == "office" &&
      WordText(first - 1) == "s" && (Gap(first - 1) == "'" || Gap(first - 1) == " '") &&
      Gap(first) == " ") {
    // The possessive's "s" is a word of its own after the possessor, glued
    // to it or, in tokenized text, apart ("Sheriff 's Office").
    const std::size_t possessor = first - 2;
    if ((words_[possessor].possessive || Gap(first - 1) == " '") &&
        IsPostTitleWord(possessor) &&
        (impl_.post_words.Matches(WordText(possessor)) ||
         (possessor >= 1 && SpaceBefore(possessor) && IsPostTitleWord(possessor - 1) &&
          impl_.post_words.Matches(WordText(possessor - 1))))) {
      first = possessor;
      while (first > 0 && SpaceBefore(first) && IsPostTitleWord(first - 1)) --first;
    }
  }
  const auto after_initial = [&](std::size_t i) {
    // "Edward D. Jones & Co", "Robert W. Baird & Co": a firm named after a
    // person with a middle initial.
    return heads_[head] == Head::kSuffix && i >= 2 && Gap(i) == ". " &&
           WordText(i - 1).size() == 1 && words_[i - 1].capitalized && SpaceBefore(i - 1) &&
           IsNameWord(i - 2);
  };
  const auto plural_possessor = [&](std::size_t i) {
    return heads_[head] != Head::kNone && heads_[head] != Head::kProgramme &&
           PluralPossessorBefore(i);
  };
  // "Women's Union of Turkmenistan", "Pankisi Women's Council": the
  // possessive of a plural of people that takes "'s" goes on with the name.
  const auto peoples_possessive = [&](std::size_t i) {
    static constexpr std::string_view kPeople[] = {"women", "children", "men", "people"};
    if (heads_[head] == Head::kNone || heads_[head] == Head::kProgramme || i < 2 ||
        Gap(i) != " " || WordText(i - 1) != "s") {
      return false;
    }
    const NameWord& possessor = words_[i - 2];
    return ((possessor.possessive && Gap(i - 1) == "'") || Gap(i - 1) == " '") &&
           possessor.capitalized && !possessor.all_caps &&
           std::find(std::begin(kPeople), std::end(kPeople), WordText(i - 2)) != std::end(kPeople);
  };
  while (first > 0 && (SpaceBefore(first) || AmpersandBefore(first) || after_initial(first) ||
                       plural_possessor(first) || peoples_possessive(first))) {
    const std::size_t before = first - 1;
    if (plural_possessor(first)) {
      first = before;
      continue;
    }
    if (peoples_possessive(first)) {
      first -= 2;
      continue;
    }
    if (AmpersandBefore(first)) {
      if (!IsNameWord(before)) break;
      first = before;
      continue;
    }
    if (after_initial(first)) {
      first -= 2;
      continue;
    }
    if (RoleWordAsAdjective(before, head)) {
      first = before - 1;
      continue;
    }
    if (IsNameWord(before) && !words_[before].sentence_start) {
      first = before;
      continue;
    }
    if (IsNameWord(before) && words_[before].sentence_start &&
        WordClass(before) != kFunctionWord) {
      first = before;
      continue;
    }
    const Joiner joiner = JoinerOf(WordText(before));
    std::size_t run_end = before;  // last word of the run beyond the joiner
    if (joiner == Joiner::kThe && before >= 1 && SpaceBefore(before) &&
        JoinerOf(WordText(before - 1)) == Joiner::kOf) {
      run_end = before - 1;
    } else if (joiner != Joiner::kOf && joiner != Joiner::kAnd && joiner != Joiner::kAgainst) {
      break;
    }
    if (run_end == 0 || !SpaceBefore(run_end) || !IsNameWord(run_end - 1)) break;
    std::size_t run_first = run_end - 1;
    while (run_first > 0 && SpaceBefore(run_first) && IsNameWord(run_first - 1)) --run_first;
    if (PrecededByRoleOf(run_first)) break;
    // "X of Y": X must be a body ("Bank of ...", "Structure of the ...");
    // "X and Y": X must not be one of its own ("Inc and Lear Corp"), nor two
    // known bodies ("UNRCCA and OSCE Centre in Ashgabat", "IMF and World
    // Bank"; "Merrill Lynch and Co" is one).
    bool run_has_head = false;
    for (std::size_t i = run_first; i < run_end; ++i) {
      run_has_head = run_has_head || (heads_[i] != Head::kNone && heads_[i] != Head::kProgramme);
    }
    const bool two_known_bodies = known_start_[run_first] && known_start_[before + 1];
    const bool acronym_alone = IsKnownAcronymAlone(run_first, run_end);
    const bool known_before_head = IsKnownBodyBeforeAHead(run_first, run_end, before + 1);
    // "... Extremist Activity and Resolution No. 428": a head named by its
    // number is a document of its own, not the end of a joined name.
    const bool numbered_head =
        head + 1 < words_.size() && SpaceBefore(head + 1) && IsNumberSign(head + 1);
    if (joiner == Joiner::kAnd && (run_has_head || two_known_bodies || acronym_alone ||
                                   known_before_head || numbered_head)) {
      break;
    }
    if ((joiner == Joiner::kOf || joiner == Joiner::kThe) && !run_has_head) break;
    first = run_first;
  }
  // Rightwards.
  std::size_t last = head;
  // "Ministry of ...", "Committee on ...", "Agency for ...": a body named
  // by its portfolios.
  const bool portfolio = head + 2 < words_.size() && SpaceBefore(head + 1) &&
                         (WordText(head + 1) == "of" || WordText(head + 1) == "on" ||
                          WordText(head + 1) == "for") &&
                         heads_[head] == Head::kOrg;
  bool after_list = false;
  bool after_local_name = false;
  // A company's legal form or brand word ends the name, but not a
  // portfolio's: "Agency of Information and Mass Communications under ...".
  while (last + 1 < words_.size() &&
         (heads_[last] != Head::kSuffix || (portfolio && last != head))) {
    if (AmpersandBefore(last + 1) && IsNameWord(last + 1)) {
      ++last;
      continue;
    }
    if (const std::size_t owned = PortfolioPossessionEnd(portfolio, head, last); owned != 0) {
      last = owned;
      continue;
    }
    if (!after_local_name && !SpaceBefore(last + 1) && !WrappedBeforeJoiner(last + 1)) {
      // "Ombudsman (Akyikatchy) of the Kyrgyz Republic", "Parliament
      // (Jogorku Kenesh) of ...": the body's own-language name in
      // parentheses after its head, then "of" goes on.
      if (const std::size_t closed = LocalNameInParentheses(last); closed != 0) {
        last = closed;
        after_local_name = true;
        continue;
      }
      // "Ministry of Labour, Social Security and Migration": the list of a
      // ministry's portfolios goes on past a comma.
      const std::size_t list_end = portfolio && last > head + 1 ? PortfolioListEnd(last) : 0;
      if (list_end == 0) break;
      last = list_end;
      after_list = true;
      continue;
    }
    const std::size_t next = last + 1;
    after_local_name = false;
    // After the list only "of" and "under" go on ("... and Migration of the
    // Kyrgyz Republic", "... and Ceremonies under the Government of the
    // Republic of Tajikistan"); its last "and" was the list's.
    if (after_list && WordText(next) != "of" && WordText(next) != "under") break;
    if (IsNameWord(next)) {
      if (QualifiesARoleAfterIt(next)) break;
      last = next;
      if (heads_[next] == Head::kOffice) office = true;
      continue;
    }
    // "Committee for Inter-ethnic Relations and Friendly Ties with Foreign
    // Countries": inside a list of portfolios "with" goes on, as "of".
    const bool portfolio_with = portfolio && last > head + 1 && WordText(next) == "with";
    const Joiner joiner = portfolio_with ? Joiner::kOf : JoinerOf(WordText(next));
    std::size_t run_first = next + 1;
    if (joiner == Joiner::kNone || joiner == Joiner::kThe || joiner == Joiner::kAfter) break;
    // "National Institute for Strategic Studies of the Kyrgyz Republic and
    // Tobias Engström": a body's name is whole after its country, and what
    // "and" adds there is another name.
    if (joiner == Joiner::kAnd && of_country) break;
    if (portfolio_with && (run_first >= words_.size() || known_start_[run_first] ||
                           RunHasHead(run_first))) {
      break;
    }
    if (joiner == Joiner::kNamed) {
      if (run_first >= words_.size() || WordText(run_first) != "after") break;
      ++run_first;
    }
    const bool the_follows = run_first < words_.size() && WordText(run_first) == "the" &&
                             SpaceBefore(run_first);
    bool loose_the = false;  // "for the", "on the"
    if (the_follows) {
      // "of the", "under the", and "for the"/"on the" after a body's head
      // ("Main Directorate for the Execution of Criminal Sentences",
      // "Committee on the Rights of the Child").
      const std::string_view joiner_word = WordText(next);
      loose_the = joiner_word == "for" || joiner_word == "on";
      // "Bureau for Human Rights and the Rule of Law": in a body's portfolio
      // opened by "for"/"on", "and the" goes on as "for the" does (not
      // before a country: "Council of Europe and the Republic of Moldova").
      if (joiner == Joiner::kAnd && last > head + 1 && head + 1 < words_.size() &&
          (WordText(head + 1) == "for" || WordText(head + 1) == "on") &&
          (heads_[head] == Head::kOrg || heads_[head] == Head::kOffice)) {
        loose_the = true;
      }
      // An office's place may take "the" too: "Delegation of the European
      // Union to the Kyrgyz Republic".
      const bool and_the_in_portfolio = loose_the && joiner == Joiner::kAnd;
      // "Probation Department of the State Service for the Execution of
      // Punishments": a nested body's own head takes its portfolio too.
      const bool after_a_head = last == head || (last > head && heads_[last] == Head::kOrg);
      if (joiner_word == "of" || joiner == Joiner::kUnder || (joiner == Joiner::kIn && office) ||
          and_the_in_portfolio ||
          (loose_the && after_a_head && heads_[last] != Head::kNone &&
           heads_[last] != Head::kProgramme)) {
        ++run_first;
      } else {
        break;
      }
    }
    // "Department for Combating Economic Crimes under the Prosecutor
    // General's Office of ...": a body under a post's office.
    if (joiner == Joiner::kUnder && the_follows) {
      if (const std::size_t office_end = PostsOfficeEnd(run_first); office_end != 0) {
        last = office_end;
        continue;
      }
      // "Agency for Civil Service Affairs under the President of the
      // Republic of Kazakhstan": a body under a head of state ends with
      // the state's name.
      if (const std::size_t state_end = PresidentOfAStateEnd(run_first); state_end != 0) {
        last = state_end;
        break;
      }
    }
    // A role word inside the name only after "the": "Committee of the
    // Criminal Executive System", not "Bank of Japan Governor Satoshi".
    // After "named after", a person's titles come first ("named after
    // Major General E. Aliev").
    const bool person_after = joiner == Joiner::kNamed;
    const auto name_word = [&](std::size_t i) {
      if (person_after && words_[i].capitalized && IsRole(i)) return true;
      return the_follows ? IsInnerNameWord(i) : IsNameWord(i);
    };
    if (run_first >= words_.size() || !SpaceBefore(run_first) || !name_word(run_first)) break;
    if (joiner == Joiner::kIn && !PlannedWorkBefore(next) &&
        (!office || (of_country && !sent_by_a_state))) {
      break;
    }
    // "the OSCE Office for Democratic Institutions and Human Rights in
    // Warsaw": after a known body's whole full name, "in" tells its seat.
    if (joiner == Joiner::kIn && IsKnownFullName(first, last)) break;
    if (joiner == Joiner::kUnder && !RunHasHead(run_first)) break;
    // "Ministry of Transport and Communications": in a list of portfolios a
    // company's word ("Communications", "Petroleum") names a portfolio.
    if (joiner == Joiner::kAnd && RunHasHead(run_first, /*suffixes=*/!portfolio)) break;
    std::size_t run_last = run_first;
    while (run_last + 1 < words_.size() && name_word(run_last + 1) &&
           (SpaceBefore(run_last + 1) ||
            (person_after && words_[run_last].dotted && Gap(run_last + 1) == ". "))) {
      ++run_last;
    }
    // "Court for the Northern\nDistrict of California": a name wrapped
    // onto the next line is not read across the break, so a "for the" run
    // that a capitalized word continues there would be cut: keep the head.
    if (loose_the && run_last + 1 < words_.size() && words_[run_last + 1].capitalized &&
        Gap(run_last + 1).find('\n') != std::string_view::npos) {
      break;
    }
    // ... and such a run goes on with "of" ("for the Protection of
    // Children"): "approval from Congress for the Contras" names no body.
    if (loose_the && (run_last + 2 >= words_.size() || !SpaceBefore(run_last + 1) ||
                      WordText(run_last + 1) != "of")) {
      break;
    }
    if (loose_the && joiner == Joiner::kAnd && CountrysLongNameEnd(run_last) != run_last) break;
    if (joiner == Joiner::kIn) {
      // A place after "in": stop before another head ("... in Astana Office").
      // A place whose type word follows in lower case ("Centre for ... in
      // Sairam district") is where the body works, not part of its name.
      if (run_last + 1 < words_.size() && SpaceBefore(run_last + 1) &&
          !words_[run_last + 1].capitalized && IsPlaceTypeWord(WordText(run_last + 1))) {
        break;
      }
      // "Delegation of the European Union to the Republic of Kazakhstan":
      // the office's country in its long form.
      last = the_follows ? CountrysLongNameEnd(run_last) : run_last;
      break;
    }
    if (WordText(next) == "of" && NamesAState(run_first, run_last)) of_country = true;
    last = run_last;
    if (words_[last].possessive && PortfolioPossessionEnd(portfolio, head, last) == 0) break;
  }
  return {first, last};
}

// Whether the line of word `first` ends in a number with whole and decimal
// digits ("68.80"), after at least one other figure; or in a player's
// average left blank, a dash after no wickets or after a batsman never
// out: "Thorpe 13 4 19 0 -", "Ata-ur-Rehman 2 2 2 10 10no -" (a standings
// row's blank games-behind follows a percentage: "TEXAS 73 54 .575 -").
bool OrganizationFinder::RowEndsInDecimalNumber(std::size_t first) const {
  if (first >= words_.size()) return false;
  const std::size_t from = words_[first].start;
  std::size_t end = std::min(normalized_.find('\n', from), normalized_.size());
  while (end > from && normalized_[end - 1] == ' ') --end;
  std::size_t space = normalized_.rfind(' ', end - 1);
  if (space == std::string_view::npos || space < from) return false;
  if (end - space == 2 && normalized_[space + 1] == '-') {
    const std::size_t figure_end = space;
    space = normalized_.rfind(' ', figure_end - 1);
    if (space == std::string_view::npos || space < from) return false;
    const std::string_view figure = normalized_.substr(space + 1, figure_end - space - 1);
    return figure == "0" || (figure.size() > 2 && figure.ends_with("no") &&
                             std::all_of(figure.begin(), figure.end() - 2,
                                         [](char c) { return c >= '0' && c <= '9'; }));
  }
  const std::string_view last = normalized_.substr(space + 1, end - space - 1);
  const std::size_t dot = last.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 == last.size()) return false;
  return std::all_of(last.begin(), last.end(),
                     [](char c) { return c == '.' || (c >= '0' && c <= '9'); }) &&
         std::count(last.begin(), last.end(), '.') == 1;
}

// Of `candidates` (word indexes), the words that name nothing but a name:
// not a head, role or function word, no country or nation, and never
// written in lower case in the document ("New", "General" are, in most
// texts). One pass over the words, hashing no more than views.
std::vector<std::size_t> OrganizationFinder::CoinedWords(std::vector<std::size_t> candidates) {
  std::erase_if(candidates, [&](std::size_t i) {
    if (heads_[i] != Head::kNone || WordClass(i) != 0 || known_start_[i]) return true;
    const std::string key = KeyOfWords(i, i);
    return key.size() < 3 || impl_.country_keys.count(key) != 0 ||
           impl_.nation_names.Matches(key);
  });
  if (candidates.empty()) return candidates;
  WordViewSet lower_case;
  WordViewSet wanted;
  for (std::size_t i : candidates) wanted.insert(WordText(i));
  for (std::size_t k = 0; k < words_.size(); ++k) {
    if (words_[k].capitalized || words_[k].all_caps) continue;
    if (const auto found = wanted.find(WordText(k)); found != wanted.end()) {
      lower_case.insert(*found);
    }
  }
  std::erase_if(candidates, [&](std::size_t i) { return lower_case.count(WordText(i)) != 0; });
  return candidates;
}

bool OrganizationFinder::WrittenInLowerCaseElsewhere(std::size_t first, std::size_t last) {
  // One pass over the words builds every lower-case word and pair of words
  // once per document, so any number of acronyms costs linear time.
  if (!lower_case_phrases_) {
    lower_case_phrases_.emplace();
    for (std::size_t k = 0; k < words_.size(); ++k) {
      if (words_[k].capitalized || words_[k].all_caps) continue;
      lower_case_phrases_->insert(KeyOfWords(k, k));
      if (k + 1 < words_.size() && SpaceBefore(k + 1)) {
        lower_case_phrases_->insert(KeyOfWords(k, k + 1));
      }
    }
  }
  return last <= first + 1 && lower_case_phrases_->count(KeyOfWords(first, last)) != 0;
}

void OrganizationFinder::InheritParentAfterIts(std::vector<Span>* spans) {
  // "UNODC, through its Regional Office for Central Asia": a unit named
  // after "its" belongs to the body named just before, in the same
  // sentence, and takes its parent. So does one right after that body's
  // acronym in parentheses: "United Nations Office on Drugs and Crime
  // (UNODC) Regional Office for Central Asia", "the (IMF) Interim
  // Committee".
  constexpr std::size_t kMaxWordsBack = 25;
  const auto after_its_or_acronym = [&](std::size_t first) {
    if (first == 0) return false;
    if (SpaceBefore(first)) return WordText(first - 1) == "its";
    return Gap(first) == ") " && words_[first - 1].all_caps && first >= 2 &&
           (Gap(first - 1) == " (" || Gap(first - 1) == "(");
  };
  std::vector<Span*> ordered;
  ordered.reserve(spans->size());
  for (Span& span : *spans) ordered.push_back(&span);
  std::sort(ordered.begin(), ordered.end(),
            [](const Span* x, const Span* y) { return x->first < y->first; });
  for (std::size_t k = 1; k < ordered.size(); ++k) {
    Span& span = *ordered[k];
    if (span.type != MentionType::kOrganization || !span.parent.empty() ||
        !after_its_or_acronym(span.first)) {
      continue;
    }
    // The latest sentence start within reach before the unit, once.
    std::size_t sentence_start = 0;
    for (std::size_t i = span.first; i-- > 0 && span.first - i < kMaxWordsBack;) {
      if (words_[i].sentence_start) {
        sentence_start = i;
        break;
      }
    }
    for (std::size_t j = k; j-- > 0;) {
      const Span& before = *ordered[j];
      if (before.last >= span.first || span.first - before.last > kMaxWordsBack) break;
      if (sentence_start > before.last) break;  // a new sentence between them
      if (before.type == MentionType::kOrganization && !before.parent.empty()) {
        span.parent = before.parent;
        break;
      }
    }
  }
}

std::size_t OrganizationFinder::CountryListEnd(std::size_t last) {
  // Items of one to three capitalized words that name a country, after an
  // optional "the", separated by commas, the last after "and".
  constexpr std::size_t kMaxItemWords = 3;
  constexpr std::size_t kMaxItems = 8;
  const auto item_end = [&](std::size_t first) -> std::size_t {
    if (first < words_.size() && WordText(first) == "the") ++first;
    for (std::size_t end = first; end < words_.size() && end < first + kMaxItemWords; ++end) {
      if (!IsNameWord(end) || (end > first && !SpaceBefore(end))) return 0;
      if (impl_.country_keys.count(KeyOfWords(first, end)) != 0) return end;
    }
    return 0;
  };
  std::size_t at = last;
  for (std::size_t items = 0; items < kMaxItems; ++items) {
    if (at + 2 < words_.size() && SpaceBefore(at + 1) && WordText(at + 1) == "and" &&
        SpaceBefore(at + 2)) {
      return item_end(at + 2);
    }
    if (at + 1 >= words_.size() || Gap(at + 1) != ", ") return 0;
    const std::size_t end = item_end(at + 1);
    if (end == 0) return 0;
    at = end;
  }
  return 0;
}

std::size_t OrganizationFinder::PortfolioListEnd(std::size_t last) {
  // Items of one to three capitalized words, or of up to four with "of"
  // between them (no acronym, no country), separated by commas, the last
  // after "and": "..., Social Security and Migration", "Committee on
  // Religious Affairs, Regulation of National Traditions, Celebrations and
  // Ceremonies". Returns the list's last word, or 0 when there is none.
  constexpr std::size_t kMaxItemWords = 3;
  constexpr std::size_t kMaxItems = 6;
  const auto item_end = [&](std::size_t first) -> std::size_t {
    std::size_t end = first;
    bool joined_by_of = false;
    while (true) {
      // "of" itself is one of the words an item may hold.
      const std::size_t max_words = joined_by_of ? kMaxItemWords + 1 : kMaxItemWords;
      // A programme's word is a subject there ("Institute of State, Law and
      // Democracy"); a body's head starts another name.
      if (end >= words_.size() || !IsNameWord(end) || words_[end].all_caps ||
          (heads_[end] != Head::kNone && heads_[end] != Head::kProgramme) ||
          end - first >= max_words) {
        return 0;
      }
      if (end + 1 < words_.size() && SpaceBefore(end + 1) && IsNameWord(end + 1)) {
        ++end;
        continue;
      }
      if (!joined_by_of && end + 2 < words_.size() && SpaceBefore(end + 1) &&
          WordText(end + 1) == "of" && SpaceBefore(end + 2) && IsNameWord(end + 2)) {
        joined_by_of = true;
        end += 2;
        if (end - first > kMaxItemWords) return 0;
        continue;
      }
      break;
    }
    if (impl_.country_keys.count(KeyOfWords(first, end)) != 0) return 0;
    return end;
  };
  std::size_t at = last;
  for (std::size_t items = 0; items < kMaxItems; ++items) {
    if (at + 1 >= words_.size() || Gap(at + 1) != ", ") return 0;
    const std::size_t end = item_end(at + 1);
    if (end == 0) return 0;
    const std::size_t after = end + 1;
    if (after + 1 < words_.size() && SpaceBefore(after) && WordText(after) == "and" &&
        SpaceBefore(after + 1)) {
      return item_end(after + 1);
    }
    at = end;
  }
  return 0;
}

// "the Public Foundation", "a Public Association": a Central Asian NGO's
// legal form alone names a kind of body (its name comes in quotes).
bool OrganizationFinder::IsLegalFormAlone(const Span& span) {
  static constexpr std::string_view kForms[] = {"foundation", "association", "organization",
                                                "organisation", "fund", "union"};
  return span.last == span.first + 1 && WordText(span.first) == "public" &&
         std::find(std::begin(kForms), std::end(kForms), WordText(span.last)) != std::end(kForms);
}

bool OrganizationFinder::HasProperWord(const Span& span) {
  for (std::size_t i = span.first; i <= span.last; ++i) {
    if (heads_[i] != Head::kNone) continue;
    if (!(words_[i].capitalized || words_[i].all_caps)) continue;
    if (IsRole(i)) continue;
    return true;
  }
  return false;
}

// Organization or programme: the last head of the name's core (the words
// before its first "of", "for", "in" ...) decides; a suffix head counts only
// as the core's last word. False when no head decides.
bool OrganizationFinder::Classify(Span* span) {
  std::size_t core_last = span->last;
  for (std::size_t i = span->first + 1; i <= span->last; ++i) {
    const Joiner joiner = JoinerOf(WordText(i));
    if (joiner != Joiner::kNone && joiner != Joiner::kAnd && joiner != Joiner::kAgainst &&
        !(words_[i].capitalized || words_[i].all_caps)) {
      core_last = i - 1;
      break;
    }
  }
  Head decisive = Head::kNone;
  for (std::size_t i = span->first; i <= core_last; ++i) {
    const Head head = heads_[i];
    if (head == Head::kNone) continue;
    if (head == Head::kSuffix && i != core_last) continue;
    if (head == Head::kGovernment && i != core_last) continue;
    decisive = head;
  }
  if (decisive == Head::kNone) {
    for (std::size_t i = core_last + 1; i <= span->last; ++i) {
      if (heads_[i] != Head::kNone && heads_[i] != Head::kSuffix) decisive = heads_[i];
    }
  }
  span->type = decisive == Head::kProgramme ? MentionType::kProgramme : MentionType::kOrganization;
  return decisive != Head::kNone;
}

// Whether a word of `span` lies in a place name that looks like a body's
// ("Russian Federation", "West Bank") other than as the place the body is of,
// in or to: "Government of the Russian Federation" is a body's name, the
// place standing after "of (the)"; "Russian Federation" alone is no body.
bool OrganizationFinder::BlockedOutsideANamedPlace(const Span& span) const {
  for (std::size_t i = span.first; i <= span.last; ++i) {
    if (!blocked_[i] || (i > span.first && blocked_[i - 1])) continue;
    if (i == span.first) return true;  // the name opens with the place
    std::size_t before = i - 1;
    if (WordText(before) == "the" && before > span.first) --before;
    const Joiner joiner = JoinerOf(WordText(before));
    if (before == span.first || (joiner != Joiner::kOf && joiner != Joiner::kIn)) return true;
  }
  return false;
}

// Whether raw bytes [start, end) are one part of a reference code of
// slash-joined parts with digits in it ("RFP/UNDP/KGZ/2025/041"): the
// acronym there labels a document, no acting body (unlike "UNODC/TPB").
bool InAReferenceCode(std::string_view raw, std::size_t start, std::size_t end) {
  const bool slash_before = start > 0 && raw[start - 1] == '/';
  const bool slash_after = end < raw.size() && raw[end] == '/';
  if (!slash_before && !slash_after) return false;
  const auto in_code = [](char c) {
    return c == '/' || c == '-' || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
  };
  std::size_t first = start;
  while (first > 0 && in_code(raw[first - 1])) --first;
  std::size_t last = end;
  while (last < raw.size() && in_code(raw[last])) ++last;
  const std::string_view code = raw.substr(first, last - first);
  return code.find_first_of("0123456789") != std::string_view::npos;
}

void OrganizationFinder::Emit(const Span& span, std::vector<Mention>* out) {
  if (BlockedOutsideANamedPlace(span)) return;
  if (InAReferenceCode(text_.raw, words_[span.first].raw_start, words_[span.last].raw_end)) {
    return;
  }
  if (span.last + 1 < words_.size() && adjective_[span.last + 1] && SpaceBefore(span.last + 1)) {
    return;
  }
  const std::size_t raw_start = words_[span.first].raw_start;
  std::size_t raw_end = words_[span.last].raw_end;
  // "Norwest Corp.", "Acme Co.": an abbreviated company form keeps its dot;
  // a whole word ("Southwest Securities.") leaves the full stop to the
  // sentence.
  if (words_[span.last].dotted && heads_[span.last] == Head::kSuffix &&
      IsAbbreviatedLegalForm(WordText(span.last)) && raw_end < text_.raw.size() &&
      text_.raw[raw_end] == '.') {
    ++raw_end;
  }
  if (!emitted_.emplace(raw_start, raw_end).second) return;
  if (span.type == MentionType::kOrganization && words_.front().shouting &&
      !words_[span.first].shouting) {
    emitted_names_.push_back(EmittedName{span.first, span.last, out->size()});
  }
  Mention mention;
  mention.type = span.type;
  mention.start = raw_start;
  mention.end = raw_end;
  mention.text = std::string(text_.raw.substr(raw_start, raw_end - raw_start));
  if (span.type == MentionType::kOrganization) {
    mention.attributes["parent"] = span.parent;
    if (!span.kind.empty()) mention.attributes["kind"] = std::string(span.kind);
    mention.attributes["canonical"] = span.canonical.empty() ? mention.text : span.canonical;
  } else if (!span.canonical.empty()) {
    mention.attributes["canonical"] = span.canonical;
  }
  out->push_back(std::move(mention));
}

// An acronym in parentheses right after word `last`: "... Crime (UNODC)".
bool OrganizationFinder::AcronymAfter(std::size_t last, std::size_t* first_word,
                                      std::size_t* last_word) {
  const std::size_t first = last + 1;
  // "Crime (UNODC)", and as tokenized news writes it, "Crime ( UNODC )".
  if (first >= words_.size() || (Gap(first) != " (" && Gap(first) != " ( ")) return false;
  std::size_t end = first;
  while (end + 1 < words_.size() && end - first < 3) {
    const std::string_view gap = Gap(end + 1);
    if (gap != " " && gap != "/") break;
    ++end;
  }
  // The parenthesis must close right after one of the words.
  for (std::size_t candidate = first; candidate <= end; ++candidate) {
    std::size_t after = words_[candidate].end;
    if (after < normalized_.size() && normalized_[after] == ' ') ++after;
    if (after < normalized_.size() && normalized_[after] == ')') {
      bool acronym_like = false;
      for (std::size_t i = first; i <= candidate; ++i) {
        if (!(words_[i].capitalized || words_[i].all_caps)) return false;
        std::size_t upper = 0;
        std::size_t next = 0;
        for (std::size_t r = words_[i].raw_start; r < words_[i].raw_end; r = next) {
          if (IsUpper(DecodeAt(text_.raw, r, &next))) ++upper;
        }
        if (words_[i].all_caps || upper >= 2) acronym_like = true;
      }
      if (!acronym_like) return false;
      *first_word = first;
      *last_word = candidate;
      return true;
    }
  }
  return false;
}

// Names spelled out by the acronym in parentheses after them, which no head
// word marked: "the Confederation of British Industry ( CBI )", "Sudan
// People 's Liberation Army ( SPLA )". The acronym's letters must be the
// initials of the name's capitalized words, in order; "of", "for", "and",
// "the" and a possessive may stand between them.
void OrganizationFinder::FindInitialledNames(std::vector<bool>* covered,
                                             std::vector<Span>* names) {
  for (std::size_t i = NextCapitalized(1); i < words_.size(); i = NextCapitalized(i + 1)) {
    const NameWord& acronym = words_[i];
    if (!acronym.all_caps || acronym.shouting || (*covered)[i]) continue;
    const std::string_view gap = Gap(i);
    if (gap != " (" && gap != " ( ") continue;
    std::size_t close = acronym.end;
    if (close < normalized_.size() && normalized_[close] == ' ') ++close;
    if (close >= normalized_.size() || normalized_[close] != ')') continue;
    const std::string_view letters = WordText(i);
    if (letters.size() < 2 || letters.size() > 8 ||
        !std::all_of(letters.begin(), letters.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      continue;
    }
    // A name grown around a head that the acronym spells out further to
    // the left ("Liberation Army" of "Sudan People 's Liberation Army").
    Span* grown = nullptr;
    if ((*covered)[i - 1]) {
      for (Span& name : *names) {
        if (name.last == i - 1 && !name.known) grown = &name;
      }
      if (grown == nullptr) continue;
    }
    // Backwards from the word before "(", matching initials from the last.
    std::size_t matched = 0;  // letters matched, from the end
    std::size_t first = i;
    for (std::size_t k = i; k-- > 0;) {
      if (k + 1 < i && !SpaceBefore(k + 1) && Gap(k + 1) != " '") break;
      const bool in_grown = grown != nullptr && k >= grown->first;
      if (((*covered)[k] && !in_grown) || blocked_[k]) break;
      if (IsNameWord(k) && !words_[k].all_caps) {
        if (matched == letters.size()) break;
        if (WordText(k)[0] != letters[letters.size() - 1 - matched]) break;
        ++matched;
        if (matched == letters.size()) first = k;
        continue;
      }
      const std::string_view word = WordText(k);
      const bool possessive_s = word == "s" && Gap(k) == " '";
      const Joiner joiner = JoinerOf(word);
      const bool joins = joiner == Joiner::kOf || joiner == Joiner::kThe || joiner == Joiner::kAnd;
      if (k + 1 == i || matched == letters.size() || !(possessive_s || joins)) break;
    }
    if (matched != letters.size() || first >= i || letters.size() < 2) continue;
    if (grown != nullptr) {
      if (first < grown->first) {
        for (std::size_t k = first; k < grown->first; ++k) (*covered)[k] = true;
        grown->first = first;
      }
      continue;
    }
    Span span{first, i - 1, MentionType::kOrganization, "", "", false};
    if (impl_.country_keys.count(KeyOfWords(first, i - 1)) != 0) continue;
    // A topic spelled out, no body: "Preventing Violent Extremism ( PVE )"
    // opens with a verb's -ing form, or its last words are written in lower
    // case elsewhere in the text ("violent extremism").
    const std::string_view opening = WordText(first);
    if (opening.size() > 5 && opening.ends_with("ing")) continue;
    if (i >= first + 2 && words_[i - 2].capitalized &&
        WrittenInLowerCaseElsewhere(i - 2, i - 1)) {
      continue;
    }
    // "Local Self Government ( LSG )" names a kind of body; a government is
    // a name only as "Government of X" (the government rule).
    if (WordText(i - 1) == "government") continue;
    if (!Classify(&span)) span.type = MentionType::kOrganization;
    for (std::size_t k = first; k < i; ++k) (*covered)[k] = true;
    names->push_back(span);
  }
}

// Names that a word before or after them marks as an organization's (orgcue
// and orgafter rules): "the daily Le Monde", "news agency Tanjug", "told
// NTV television". Each name's key goes to `keys`, so that its other uses
// in the document are found too.
void OrganizationFinder::FindCuedNames(std::vector<bool>* covered, std::vector<Span>* names,
                                       std::set<std::string>* keys) {
  const auto is_cue = [&](std::size_t i, const WordRules& rules) {
    return !words_[i].capitalized && !words_[i].all_caps && !words_[i].possessive &&
           rules.Matches(WordText(i));
  };
  for (std::size_t i = NextCapitalized(1); i < words_.size(); i = NextCapitalized(i + 1)) {
    // A name may follow a place's possessive: "Britain 's Sun newspaper"
    // (not "the official People 's Daily newspaper").
    if (!IsNameWord(i) || IsNameWord(i - 1) || !(SpaceBefore(i) || AfterPlacesPossessive(i)) ||
        words_[i].sentence_start) {
      continue;
    }
    const std::size_t last = NameRunEnd(i);
    const bool cued_before = is_cue(i - 1, impl_.organization_cues);
    const bool cued_after = last + 1 < words_.size() && SpaceBefore(last + 1) &&
                            !words_[last].possessive &&
                            (last > i || words_[i].all_caps || SingleWordNamedByCueAfter(i)) &&
                            is_cue(last + 1, impl_.organization_cues_after);
    const std::size_t next = last;
    if (!(cued_before || cued_after)) {
      i = next;
      continue;
    }
    bool free = true;
    for (std::size_t k = i; k <= last; ++k) free = free && !(*covered)[k] && !blocked_[k];
    const std::string key = KeyOfWords(i, last);
    const bool initial = WordText(i).size() == 1;  // "J. Smith", "group C"
    if (free && !initial && impl_.country_keys.count(key) == 0 &&
        !impl_.nation_names.Matches(key)) {
      for (std::size_t k = i; k <= last; ++k) (*covered)[k] = true;
      names->push_back(Span{i, last, MentionType::kOrganization, "", "", false});
      if (impl_.country_keys.count(key) == 0) keys->insert(key);
    }
    i = next;
  }
}

// An acronym in a line not written in capitals ("CFDT spokesman"), where
// capitals tell nothing.
bool OrganizationFinder::AcronymAlone(std::size_t i) const {
  return words_[i].all_caps && !words_[i].shouting;
}

// The last word of the run of name words from `first`, with "&" or a word
// such as "of", "de", "against" between them ("Rothschild & Cie", "Bild am
// Sonntag"): five words at most.
std::size_t OrganizationFinder::NameRunEnd(std::size_t first) {
  static const WordViewSet kInnerWords = {
      "of", "against", "de", "del", "della", "do", "da", "du", "des", "di", "am", "la", "le"};
  std::size_t last = first;
  while (last + 1 < words_.size() && last - first < 4 && !words_[last].possessive) {
    if (IsNameWord(last + 1) && (SpaceBefore(last + 1) || Gap(last + 1) == " & ")) {
      ++last;
      continue;
    }
    if (SpaceBefore(last + 1) && kInnerWords.count(WordText(last + 1)) != 0 &&
        last + 2 < words_.size() && SpaceBefore(last + 2) && IsNameWord(last + 2)) {
      last += 2;
      continue;
    }
    break;
  }
  return last;
}

// Whether words first..last overlap a place that the location extractor
// found (false when the caller gave no places).
void OrganizationFinder::ExtendOverAPlacesTypeWord(Span* span) const {
  if (places_ == nullptr || span->type != MentionType::kOrganization) return;
  const std::size_t start = words_[span->last].raw_start;
  const std::size_t end = words_[span->last].raw_end;
  auto place = std::lower_bound(
      places_->begin(), places_->end(), end,
      [](const ByteSpan& known, std::size_t at) { return known.start < at; });
  if (place == places_->begin()) return;
  --place;
  if (place->start > start || place->end <= end) return;
  // The place goes on past the name with lower-case words (its type word,
  // joined by spaces): take them in.
  std::size_t last = span->last;
  while (last + 1 < words_.size() && words_[last + 1].raw_end <= place->end &&
         !words_[last + 1].capitalized && Gap(last + 1) == " ") {
    ++last;
  }
  if (words_[last].raw_end == place->end) span->last = last;
}

bool OrganizationFinder::OpensALongerPlace(std::size_t i) const {
  if (places_ == nullptr) return false;
  const auto place = std::lower_bound(
      places_->begin(), places_->end(), words_[i].raw_start,
      [](const ByteSpan& span, std::size_t at) { return span.start < at; });
  return place != places_->end() && place->start == words_[i].raw_start &&
         place->end > words_[i].raw_end;
}

bool OrganizationFinder::OverlapsPlace(std::size_t first, std::size_t last) const {
  if (places_ == nullptr) return false;
  const std::size_t start = words_[first].raw_start;
  const std::size_t end = words_[last].raw_end;
  // Places run in text order: of those starting before `end`, only the
  // last few can still reach `start`.
  auto place = std::lower_bound(
      places_->begin(), places_->end(), end,
      [](const ByteSpan& span, std::size_t at) { return span.start < at; });
  for (int back = 0; back < 4 && place != places_->begin(); ++back) {
    --place;
    if (place->end > start) return true;
  }
  return false;
}

// Whether words first..last may be taken for an organization on the
// evidence of the words around them alone: taken by no other name, no head
// word among them, no one-letter word, no digit, no country, nation or
// place, and not only adjectives of peoples ("Brazilian players", "West
// German shares").
bool OrganizationFinder::IsUnknownName(std::size_t first, std::size_t last,
                                       const std::vector<bool>& covered) {
  bool all_adjectives = true;  // "West German", "South Korean"
  for (std::size_t k = first; k <= last; ++k) {
    if (covered[k] || blocked_[k] || heads_[k] != Head::kNone) return false;
    // An initial, a class of shares: "J. Smith", "Class B shares".
    if (WordText(k).size() == 1) return false;
    all_adjectives = all_adjectives && (IsAdjectiveOfAPeople(WordText(k)) ||
                                        IsCompassWord(WordText(k)));
  }
  if (all_adjectives) return false;
  const std::string key = KeyOfWords(first, last);
  // An index, not its shares' issuer: "CAC-40 shares".
  if (key.find_first_of("0123456789") != std::string::npos) return false;
  if (impl_.country_keys.count(key) != 0 || impl_.nation_names.Matches(key)) return false;
  return !OverlapsPlace(first, last);
}

// "face English league and cup double winners Manchester United", "beat
// Dutch champions Ajax": one word like a people's adjective before a word
// in lower case that is neither a function word nor a score ("champions",
// not "on" or "2-1") describes the team that follows; it names none.
bool OrganizationFinder::PeoplesAdjectiveBeforeNoun(std::size_t first, std::size_t last) const {
  const std::size_t next = last + 1;
  return first == last && next < words_.size() && SpaceBefore(next) &&
         !words_[next].capitalized && !words_[next].all_caps && !IsScore(next) &&
         !impl_.function_words.Matches(WordText(next)) &&
         LooksLikeAdjectiveOfAPeople(WordText(first));
}

// "Brazilian", "Islamist", and "Thai", "Iraqi", "Saudi": a people's
// adjective by its ending, or a country's name with "i" for its ending.
bool OrganizationFinder::IsAdjectiveOfAPeople(std::string_view word) const {
  if (LooksLikeAdjectiveOfAPeople(word) || word.ends_with("ist")) return true;
  if (word.size() < 4 || !word.ends_with('i')) return false;
  const std::string_view stem = word.substr(0, word.size() - 1);
  return std::any_of(impl_.country_keys.begin(), impl_.country_keys.end(),
                     [&](const std::string& country) { return country.starts_with(stem); });
}

// Business context around words first..last (the bizafter, bizmod, bizof
// and bizin rules): "Comelf shares", "Petofi general manager", "chief
// executive officer of Petofi", "analyst Paula Buratti at Indosuez", "a
// stake in Ruch". A business word after the name's "'s" is no cue:
// "Boatmen 's stock" is the stock of "Boatmen 's".
bool OrganizationFinder::InBusinessContext(std::size_t first, std::size_t last) {
  const auto lower_case = [&](std::size_t k) {
    return k < words_.size() && !words_[k].capitalized && !words_[k].all_caps;
  };
  const std::size_t next = last + 1;
  // "the Nikkei stock index", "the Zurich stock exchange": a market's name.
  const auto market_after = [&](std::size_t k) {
    if (k + 1 >= words_.size() || !SpaceBefore(k + 1)) return false;
    const std::string_view word = WordText(k + 1);
    return word == "index" || word == "exchange" || word == "market" || word == "average" ||
           word == "futures";
  };
  // A post after a name of two or more words is its holder's ("named John
  // Kilcullen executive vice president"); after one word, a company's
  // ("Petofi general manager").
  const auto business_word = [&](std::size_t k) {
    return impl_.business_after.Matches(WordText(k)) ||
           (first == last && impl_.business_posts_after.Matches(WordText(k)));
  };
  if (lower_case(next) && SpaceBefore(next) && !market_after(next)) {
    if (business_word(next)) return true;
    if (impl_.business_modifiers.Matches(WordText(next)) && lower_case(next + 1) &&
        SpaceBefore(next + 1) && business_word(next + 1)) {
      return true;
    }
  }
  // The name stands after "of"/"at"/"with" as itself, not as a possessor
  // ("an analyst of Baker's remarks").
  const bool possessor = words_[last].possessive || (next + 1 < words_.size() &&
                                                     WordText(next) == "s" && Gap(next) == " '");
  if (first < 2 || possessor || !SpaceBefore(first) || !lower_case(first - 1) ||
      !SpaceBefore(first - 1)) {
    return false;
  }
  const std::string_view joiner = WordText(first - 1);
  if (joiner == "in") {
    return lower_case(first - 2) && impl_.business_in.Matches(WordText(first - 2));
  }
  if (joiner != "of" && joiner != "at" && joiner != "with") return false;
  std::size_t cue = first - 2;
  if (joiner != "of") {
    // "analyst Paula Buratti at Indosuez": a person's name between.
    std::size_t name_words = 0;
    while (cue > 0 && name_words < 3 && words_[cue].capitalized && SpaceBefore(cue)) {
      --cue;
      ++name_words;
    }
  }
  return lower_case(cue) && impl_.business_of.Matches(WordText(cue));
}

// Whether words first..last are a whole name, not a part of a longer one
// that the name finders stop short of: no capitalized word right before or
// after them, no number right after them ("stake in Media General Inc",
// "Pier 1 Imports", "Pay 'N Pak"), nor one joined by "and" ("Johnson and
// Johnson", "Ways and Means", "Fichtel\nund Sachs").
bool OrganizationFinder::IsWholeName(std::size_t first, std::size_t last) {
  static const WordViewSet kJoiners = {"and", "et", "und", "of", "de",
                                                                 "y"};
  // Spaces, a wrapped line's break, "'", "&" or "-".
  const auto plain_gap = [&](std::size_t i) {
    return Gap(i).find_first_not_of(" \t\r\n'&-") == std::string_view::npos;
  };
  const auto name_like = [&](std::size_t i) {
    return words_[i].capitalized || words_[i].all_caps || IsScore(i);
  };
  const std::size_t next = last + 1;
  if (next < words_.size() && plain_gap(next)) {
    if (name_like(next)) return false;
    if (kJoiners.count(WordText(next)) != 0 && next + 1 < words_.size() && plain_gap(next + 1) &&
        name_like(next + 1)) {
      return false;
    }
  }
  if (first > 0 && plain_gap(first)) {
    // A number before the name counts shares ("1,185 Ciments Libanais
    // shares"); a capitalized word may open the sentence ("In", "The"), not
    // a name ("vice president,\nGeneral Merchandise manager").
    if ((words_[first - 1].capitalized || words_[first - 1].all_caps) &&
        WordClass(first - 1) != kFunctionWord) {
      return false;
    }
    if (first > 1 && kJoiners.count(WordText(first - 1)) != 0 && plain_gap(first - 1) &&
        name_like(first - 2)) {
      return false;
    }
  }
  return true;
}

// Companies named without a legal form, known by the business words around
// one of their uses (InBusinessContext); their other uses follow from `keys`.
void OrganizationFinder::FindNamesInBusinessContext(std::vector<bool>* covered,
                                                    std::vector<Span>* names,
                                                    std::set<std::string>* keys) {
  for (std::size_t i = NextCapitalized(1); i < words_.size(); i = NextCapitalized(i + 1)) {
    if (!IsNameWord(i) || IsNameWord(i - 1) || !SpaceBefore(i) || words_[i].sentence_start) {
      continue;
    }
    const std::size_t last = NameRunEnd(i);
    if (InBusinessContext(i, last) && IsWholeName(i, last) && IsUnknownName(i, last, *covered)) {
      for (std::size_t k = i; k <= last; ++k) (*covered)[k] = true;
      names->push_back(
          Span{i, last, MentionType::kOrganization, "", "", false, kKindCompany});
      keys->insert(KeyOfWords(i, last));
    }
    i = last;
  }
}

// An acronym alone before a word for a body's people (acrafter rules:
// "UES officials said", "CFDT spokesman") or as the subject of a verb of
// saying (acrverb rules: "BNZ said it was responding to lower wholesale
// rates", "the RBA said"), a sentence's first word too. News writes
// persons and places so rarely; the acronym's other uses in the document
// follow.
void OrganizationFinder::FindAcronymsBeforeCues(std::vector<bool>* covered,
                                                std::vector<Span>* names,
                                                std::set<std::string>* keys) {
  for (std::size_t i = NextCapitalized(0); i + 1 < words_.size(); i = NextCapitalized(i + 1)) {
    if (!AcronymAlone(i) || words_[i].possessive || (i > 0 && IsNameWord(i - 1))) continue;
    const std::size_t cue = i + 1;
    if (!SpaceBefore(cue) || words_[cue].capitalized || words_[cue].all_caps ||
        !(impl_.acronym_verbs.Matches(WordText(cue)) ||
          impl_.acronym_cues_after.Matches(WordText(cue))) ||
        !IsUnknownName(i, i, *covered)) {
      continue;
    }
    (*covered)[i] = true;
    names->push_back(Span{i, i, MentionType::kOrganization, "", "", false});
    keys->insert(KeyOfWords(i, i));
  }
}

// Broadcasters: a run of two to five capitalized words that "Radio",
// "Television" or "TV" opens or, after a sentence's first word, closes
// ("Radio Red", "state-run Damascus Radio", "Television New Zealand"). A
// place among the words is part of the name.
void OrganizationFinder::FindBroadcasters(std::vector<bool>* covered, std::vector<Span>* names,
                                          std::set<std::string>* keys) {
  for (std::size_t i = NextCapitalized(0); i < words_.size(); i = NextCapitalized(i + 1)) {
    if (!IsNameWord(i) || (i > 0 && SpaceBefore(i) && IsNameWord(i - 1))) continue;
    std::size_t last = i;
    while (last + 1 < words_.size() && last - i < 4 && SpaceBefore(last + 1) &&
           IsNameWord(last + 1)) {
      ++last;
    }
    // At a sentence's start only "Radio", "TV" or "Television" may open
    // the name: "Commercial TV 127 6" in a table is a line of business.
    // (A run of one word is none: its words are not looked up.)
    if (last > i && (impl_.broadcasters.Matches(WordText(i)) ||
                     (!words_[i].sentence_start && impl_.broadcasters.Matches(WordText(last))))) {
      bool free = true;
      for (std::size_t k = i; k <= last; ++k) free = free && !(*covered)[k] && !blocked_[k];
      const std::string key = KeyOfWords(i, last);
      if (free && impl_.country_keys.count(key) == 0) {
        for (std::size_t k = i; k <= last; ++k) (*covered)[k] = true;
        names->push_back(
            Span{i, last, MentionType::kOrganization, "", "", false, kKindCompany});
        keys->insert(key);
      }
    }
    i = last;
  }
}

// A single word before a cue such as "newspaper" or "daily" names a paper
// after "the" or a place's possessive ("Britain 's Sun newspaper"), when it
// is no place and no people's adjective ("the Moscow daily", "the Catholic
// daily"; "the Bengali newspaper": any word ending in "i").
bool OrganizationFinder::SingleWordNamedByCueAfter(std::size_t i) {
  if (i == 0 || !(WordText(i - 1) == "the" || AfterPlacesPossessive(i))) return false;
  const std::string_view word = WordText(i);
  return !IsAdjectiveOfAPeople(word) && !word.ends_with('i') && !OverlapsPlace(i, i);
}

// In a team-sport document's prose, the team's people right after a name
// ("Ajax players", "Dynamo Moscow players", "his Saracens side"); not one of
// names listed, nor a place ("the Volgograd side"), nor a people's adjective
// ("Brazilian players").
bool OrganizationFinder::FollowedByTeamCue(std::size_t first, std::size_t last) {
  const std::size_t next = last + 1;
  if (next >= words_.size() || Gap(next) != " " || words_[last].possessive ||
      words_[next].capitalized || words_[next].all_caps ||
      !impl_.team_cues_after.Matches(WordText(next))) {
    return false;
  }
  if (words_[first].sentence_start || OverlapsPlace(first, last)) return false;
  if (first == last && LooksLikeAdjectiveOfAPeople(WordText(first))) return false;
  if (first > 0 && (Gap(first) == " , " || (WordText(first - 1) == "and" && Gap(first) == " "))) {
    return false;
  }
  return true;
}

// The papers of a press digest: each paper's stories follow its name, in
// capitals on a line of its own ("LE MONDE", "NIDA'A AL-WATAN", "DIARIO
// 16"); a country ("IRAQ") or a section ("FRONT PAGE") is no paper.
void OrganizationFinder::FindMastheads(std::vector<bool>* covered, std::vector<Span>* names) {
  std::size_t line_first = 0;
  for (std::size_t i = 0; i <= words_.size(); ++i) {
    const bool line_ends =
        i == words_.size() || (i > 0 && Gap(i).find('\n') != std::string_view::npos);
    if (!line_ends) continue;
    const std::size_t first = line_first;
    line_first = i;
    if (first == 0 || i - first > 4 || i == first) continue;  // never the title line
    const std::size_t last = i - 1;
    // Nothing but the words on the line.
    const std::string_view before = Gap(first);
    if (before.substr(before.rfind('\n') + 1).find_first_not_of(' ') != std::string_view::npos) {
      continue;
    }
    const std::size_t line_end = std::min(normalized_.find('\n', words_[last].end),
                                          normalized_.size());
    if (normalized_.substr(words_[last].end, line_end - words_[last].end)
            .find_first_not_of(' ') != std::string_view::npos) {
      continue;
    }
    bool masthead = true;
    bool has_letters = false;
    for (std::size_t k = first; k <= last && masthead; ++k) {
      if (k > first && Gap(k) != " " && Gap(k) != "-") masthead = false;
      if (words_[k].all_caps) {
        has_letters = has_letters || words_[k].end - words_[k].start >= 3;
      } else if (!IsScore(k) || WordText(k).find('-') != std::string_view::npos) {
        masthead = false;  // a dateline's date ("BEIRUT 1996-08-22")
      }
      if (impl_.digest_headings.Matches(WordText(k)) || (*covered)[k]) masthead = false;
    }
    const std::string key = KeyOfWords(first, last);
    if (!masthead || !has_letters || impl_.country_keys.count(key) != 0 ||
        impl_.nation_names.Matches(key)) {
      continue;
    }
    for (std::size_t k = first; k <= last; ++k) (*covered)[k] = true;
    names->push_back(Span{first, last, MentionType::kOrganization, "", "", false});
  }
}

// Teams of a team-sport document (see the rule file): names in score
// positions, then every use of those names; and every use of `aliases`
// (companies' names without their legal form: "Pirelli" of "Pirelli SpA").
void OrganizationFinder::FindTeams(const std::vector<bool>& covered,
                                   std::set<std::string> aliases, std::vector<Span>* teams) {
  if (!team_sport_ && aliases.empty()) return;
  struct Run {
    std::size_t first = 0;
    std::size_t last = 0;
  };
  std::vector<Run> runs;
  for (std::size_t i = NextCapitalized(0); i < words_.size();) {
    if (!IsTeamWord(i)) {
      i = NextCapitalized(i + 1);
      continue;
    }
    std::size_t last = i;
    // Words go on after a space, or after a two-letter abbreviation's dot
    // ("St. Louis Cardinals").
    const auto joined = [&](std::size_t next) {
      const std::string_view gap = Gap(next);
      return gap == " " || (gap == ". " && words_[next - 1].dotted &&
                            words_[next - 1].capitalized && !words_[next - 1].all_caps &&
                            WordText(next - 1).size() == 2);
    };
    while (last + 1 < words_.size() && !words_[last].possessive && joined(last + 1) &&
           IsTeamWord(last + 1)) {
      ++last;
    }
    if (last == i && TeamNameGoesOnWithOf(i)) {
      last += 2;
      while (last + 1 < words_.size() && joined(last + 1) && IsTeamWord(last + 1)) ++last;
    }
    runs.push_back(Run{i, last});
    i = NextCapitalized(last + 1);
  }
  // Per word, in one pass: its line, and whether an opened parenthesis of
  // its line is still open before it; per line, whether it holds a number
  // in parentheses ("Ilie Lazar ( 32nd )"). Only the team-sport passes
  // below read them.
  std::vector<std::uint32_t> line_of;
  std::vector<std::uint8_t> in_parentheses;
  std::vector<std::uint8_t> line_has_parenthesized_number(1, false);
  if (team_sport_) {
    line_of.assign(words_.size(), 0);
    in_parentheses.assign(words_.size(), false);
    std::uint32_t line = 0;
    int depth = 0;
    for (std::size_t i = 0; i < words_.size(); ++i) {
      for (char c : Gap(i)) {
        if (c == '\n') {
          ++line;
          depth = 0;
          line_has_parenthesized_number.push_back(false);
        } else if (c == '(') {
          ++depth;
        } else if (c == ')' && depth > 0) {
          --depth;
        }
      }
      line_of[i] = line;
      in_parentheses[i] = depth > 0;
      if (depth > 0 && IsScore(i)) line_has_parenthesized_number[line] = true;
    }
  }
  const auto ends_line = [&](std::size_t word) {
    return word + 1 == words_.size() || line_of[word + 1] != line_of[word];
  };
  std::set<std::string> team_keys = std::move(aliases);
  // "v" or "vs" in lower case, the word of fixtures and results.
  const auto is_versus_letter = [&](std::size_t k) {
    return !words_[k].capitalized && !words_[k].all_caps &&
           (WordText(k) == "v" || WordText(k) == "vs");
  };
  const auto consider = [&](const Run& run) {
    const std::string_view first_word = WordText(run.first);
    if (first_word.size() == 1 && words_[run.first].dotted) return;  // "P. Simmons"
    if (run.last - run.first >= 4) return;
    const std::string key = KeyOfWords(run.first, run.last);
    if (impl_.country_keys.count(key) != 0) return;
    if (impl_.nation_names.Matches(key)) return;
    team_keys.insert(key);
  };
  for (std::size_t r = 0; r < runs.size() && team_sport_; ++r) {
    const Run& run = runs[r];
    if (in_parentheses[run.first] && Gap(run.first) != " ( ") continue;  // players' figures
    const std::string_view before = Gap(run.first);
    // A rank opening a standings row ("8. Videoton 3 1 1 1 7 5 4") counts
    // as the line's start.
    const bool after_rank = run.first >= 1 && before == ". " && IsScore(run.first - 1) &&
                            (run.first == 1 || line_of[run.first - 2] != line_of[run.first]);
    const bool at_line_start =
        run.first == 0 || line_of[run.first - 1] != line_of[run.first] || after_rank;
    const std::size_t last_char = before.find_last_not_of(' ');
    // ")" closes the scorers of the team before: "Rennes 1 ( Guivarch 27th )
    // Bordeaux 1".
    const bool after_separator =
        !at_line_start && last_char != std::string_view::npos &&
        (before[last_char] == ':' || before[last_char] == ',' || before[last_char] == ';' ||
         (before[last_char] == ')' && before.find('(') == std::string_view::npos));
    const bool after_score = run.first > 0 && Gap(run.first) == " " && IsScore(run.first - 1);
    // A town tag may stand between a club and its score: "Mladost ( L ) 0".
    const bool tagged = TownTagAfter(run.last);
    const std::size_t score_word = run.last + (tagged ? 2 : 1);
    bool score_follows = score_word < words_.size() &&
                         Gap(score_word) == (tagged ? " ) " : " ") && IsScore(score_word);
    if (score_follows) {
      // Not a dateline's date ("LONDON 1996-08-30") nor bowling figures
      // ("Gough 20-4-55-2", "Wasim Akram 9.4-1-45-3"), which follow places
      // and players: the whole token up to the next space counts.
      const std::size_t token_start = words_[score_word].start;
      const std::size_t token_end =
          std::min(normalized_.find_first_of(" \n", token_start), normalized_.size());
      const std::string_view score = normalized_.substr(token_start, token_end - token_start);
      score_follows = std::count(score.begin(), score.end(), '-') < 2;
    }
    // A player's averages ("Ijaz Ahmed 3 6 1 344 141 68.80", "Waqar Younis
    // 125 25 431 16 26.93") end in a number with whole and decimal digits;
    // teams' tables end in points ("Brisbane 21 15 1 5 2123 1631 130.2 62")
    // or a percentage written ".564".
    if (score_follows && at_line_start && RowEndsInDecimalNumber(score_word)) {
      score_follows = false;
    }
    if (score_follows && (at_line_start || after_separator || after_score)) {
      consider(run);
      continue;
    }
    // The second side of a result line, after its score: "Hapoel Ironi (
    // Israel ) 3 Constructorul".
    if (after_score && ends_line(run.last) && !at_line_start && !words_[run.first].shouting &&
        run.first >= 2 && (Gap(run.first - 1).find(')') != std::string_view::npos ||
                           (Gap(run.first - 1) == " " && IsTeamWord(run.first - 2)))) {
      consider(run);
      continue;
    }
    // "Leeds manager Howard Wilkinson", "Orioles starter Rocky Coppinger":
    // a team's name before the role of one of its people; not a people's
    // adjective ("Brazilian striker Ronaldo").
    if (run.last + 2 < words_.size() && Gap(run.last + 1) == " " && Gap(run.last + 2) == " " &&
        !words_[run.last].possessive && !words_[run.last + 1].capitalized &&
        impl_.team_roles.Matches(WordText(run.last + 1)) && words_[run.last + 2].capitalized &&
        !LooksLikeAdjectiveOfAPeople(WordText(run.last)) &&
        !(run.first == run.last && heads_[run.first] != Head::kNone)) {  // "Club president"
      consider(run);
      continue;
    }
    // "the Yankees", "the Detroit Tigers", "the All Blacks": a capitalized
    // plural after "the" names a team by its nickname; the team's other
    // uses follow from its name.
    // Also with one word in lower case after "the" ("the slumping New York
    // Yankees", "the reeling Chicago White Sox").
    const bool after_the =
        run.first > 0 && Gap(run.first) == " " &&
        (WordText(run.first - 1) == "the" ||
         (run.first > 1 && WordText(run.first - 2) == "the" && Gap(run.first - 1) == " " &&
          !words_[run.first - 1].capitalized && !words_[run.first - 1].all_caps &&
          !IsScore(run.first - 1)));
    if (after_the && IsPluralNickname(run.first, run.last)) {
      consider(run);
      continue;
    }
    // "Stephane Henchoz ( Hamburg )": a player's club in parentheses after
    // the player's name (two or more words); a country there is the
    // player's nation.
    if (in_parentheses[run.first] && run.first >= 3 && Gap(run.first) == " ( " &&
        normalized_.substr(words_[run.last].end, 2) == " )") {
      const std::size_t player_last = run.first - 1;
      const bool player = IsTeamWord(player_last) && !IsScore(player_last) &&
                          Gap(player_last) == " " && IsTeamWord(player_last - 1) &&
                          !words_[player_last].all_caps;
      if (player) consider(run);
      continue;
    }
    if (run.first > 0 && team_cue_[run.first - 1] && Gap(run.first) == " " &&
        !PeoplesAdjectiveBeforeNoun(run.first, run.last)) {
      consider(run);
      continue;
    }
    if (FollowedByTeamCue(run.first, run.last)) {
      consider(run);
      continue;
    }
    // "Gloria Bistrita ( Romania ) beat ...": a club and its country.
    if (run.last + 1 < words_.size() && Gap(run.last + 1) == " ( ") {
      for (std::size_t k = run.last + 1; k < words_.size() && k <= run.last + 3; ++k) {
        if (k + 1 < words_.size() && Gap(k + 1).substr(0, 2) != " )") continue;
        if (impl_.country_keys.count(KeyOfWords(run.last + 1, k)) != 0) consider(run);
        break;
      }
    }
    // "Gloria Bistrita - Ilie Lazar ( 32nd )": a scorers' line.
    if (at_line_start && run.last + 1 < words_.size() && Gap(run.last + 1) == " - " &&
        line_has_parenthesized_number[line_of[run.first]]) {
      consider(run);
      continue;
    }
    // "May 18 v Worcestershire", "Postponed : East Fife v Clydebank", "(
    // ... ) v | Glamorgan .": a name right before or after a lower-case "v"
    // is a team's, whatever else stands on its line (nations stay places);
    // not a name that goes on past the run ("Queen 's Park", "Duke of
    // Norfolk 's XI").
    const bool run_is_whole =
        !words_[run.last].possessive &&
        (run.last + 1 >= words_.size() || WordText(run.last + 1) != "of");
    const bool versus_before = run.first > 0 && is_versus_letter(run.first - 1) &&
                               Gap(run.first).find_first_not_of(" \n") == std::string_view::npos;
    const bool versus_after = run.last + 1 < words_.size() && Gap(run.last + 1) == " " &&
                              is_versus_letter(run.last + 1);
    if (run_is_whole && (versus_before || versus_after)) {
      consider(run);
      continue;
    }
    // "KANSAS CITY AT DETROIT" as a line of its own; "Essex beat Kent".
    if (r + 1 < runs.size() && run.last + 2 == runs[r + 1].first && versus_[run.last + 1] &&
        Gap(run.last + 1) == " " && Gap(run.last + 2) == " ") {
      const Run& other = runs[r + 1];
      const bool whole_line = at_line_start && ends_line(other.last);
      const std::string_view between = WordText(run.last + 1);
      if (whole_line || (between != "at" && between != "v")) {
        consider(run);
        consider(other);
      }
    }
  }
  if (team_keys.empty()) return;
  // Names listed with a team: "Essex , Derbyshire and Surrey".
  for (int pass = 0; pass < 2 && team_sport_; ++pass) {
    for (std::size_t r = 0; r + 1 < runs.size(); ++r) {
      const Run& left = runs[r];
      const Run& right = runs[r + 1];
      const std::size_t between = right.first - left.last - 1;
      const std::string_view gap = Gap(left.last + 1);
      const bool listed = (between == 0 && gap == " , ") ||
                          (between == 1 && WordText(left.last + 1) == "and" && gap == " " &&
                           Gap(right.first) == " ");
      if (!listed) continue;
      const bool left_team = team_keys.count(KeyOfWords(left.first, left.last)) != 0;
      const bool right_team = team_keys.count(KeyOfWords(right.first, right.last)) != 0;
      // A name after a team role is a person: "Liverpool striker Mark
      // Kennedy and Chelsea defender Terry Phelan".
      const auto after_role = [&](const Run& listed_run) {
        return listed_run.first > 0 && !words_[listed_run.first - 1].capitalized &&
               impl_.team_roles.Matches(WordText(listed_run.first - 1));
      };
      if (left_team && !right_team && !after_role(right)) consider(right);
      if (right_team && !left_team && !after_role(left)) consider(left);
    }
  }
  for (const Run& run : runs) {
    // Never a dateline's place ("LEEDS 1996-08-26", "LEEDS , England
    // 1996-08-26").
    const auto is_date = [&](std::size_t i) {
      if (i >= words_.size() || !IsScore(i)) return false;
      const std::string_view next = WordText(i);
      return std::count(next.begin(), next.end(), '-') >= 2;
    };
    if (is_date(run.last + 1)) continue;
    if (run.last + 2 < words_.size() && Gap(run.last + 1) == " , " &&
        (is_date(run.last + 2) || is_date(run.last + 3) || is_date(run.last + 4))) {
      continue;
    }
    bool free = true;
    for (std::size_t i = run.first; i <= run.last; ++i) free = free && !covered[i];
    if (!free || team_keys.count(KeyOfWords(run.first, run.last)) == 0) continue;
    // Outside team-sport tables, a name that a wrapped line cuts goes on
    // ("a unit of Ford\nMotor Co"): the words are not the name alone.
    if (!team_sport_ && ContinuesOnNextLine(run.last)) continue;
    // After an initial the word is a person's surname ("said Frederick A.
    // Moran, president of Moran Asset Management Inc.").
    if (run.first >= 1 && Gap(run.first) == ". " && words_[run.first - 1].capitalized &&
        words_[run.first - 1].end - words_[run.first - 1].start == 1) {
      continue;
    }
    // A club's founding year is part of its name in results and tables:
    // "Fortuna Duesseldorf 0 1860 Munich 0", "Munich 1860 4 1 1 2 3 5 4".
    std::size_t first = run.first;
    std::size_t last = run.last;
    if (team_sport_) {
      const std::size_t year = run.first - 1;
      if (run.first >= 1 && Gap(run.first) == " " && IsClubNumber(year) &&
          WordText(year).size() == 4 &&
          (year == 0 || line_of[year - 1] != line_of[year] ||
           (Gap(year) == " " && IsScore(year - 1)))) {
        first = year;
      }
      if (run.last + 1 < words_.size() && Gap(run.last + 1) == " " && IsClubNumber(run.last + 1) &&
          line_of[run.last + 1] == line_of[run.last]) {
        last = run.last + 1;
      }
    }
    teams->push_back(Span{first, last, MentionType::kOrganization, RawWords(first, last), "",
                          false, team_sport_ ? kKindTeam : kKindCompany});
  }
}

// Names whose words an ampersand joins are firms' ("Duff & Phelps",
// "Hambrecht & Quist", "Douglas & Lomason"): without a head word of their
// own, the last word after the ampersand is taken for a company's.
void OrganizationFinder::MarkAmpersandFirms() {
  for (std::size_t i = NextCapitalized(1); i < words_.size(); i = NextCapitalized(i + 1)) {
    if (!AmpersandBefore(i) || !IsNameWord(i - 1) || !IsNameWord(i)) continue;
    std::size_t last = i;
    while (last + 1 < words_.size() && SpaceBefore(last + 1) && IsNameWord(last + 1)) ++last;
    bool has_head = false;
    for (std::size_t k = i; k <= last; ++k) has_head = has_head || heads_[k] != Head::kNone;
    if (!has_head) {
      heads_[last] = Head::kSuffix;
      partner_head_[last] = true;
    }
    i = last;
  }
}

void OrganizationFinder::Run(std::vector<Mention>* out) {
  MarkHeads();
  MarkAmpersandFirms();
  FindKnown();
  JoinKnownUnitsToTheirParent();
  JoinCountryOffices();
  JoinTeamsToTheirHomes();
  JoinOrgansOfKnownBodies();

  // Names grown around head words, overlapping ones merged.
  std::vector<Span> spans;
  // A quoted name after a kind of body (QuotedNameAfterKind) is that body,
  // unless a name already taken reaches it.
  const auto add_quoted = [&](const std::pair<std::size_t, std::size_t>& quoted) {
    if (!spans.empty() && quoted.first <= spans.back().last) return;
    Span span;
    span.first = quoted.first;
    span.last = quoted.second;
    span.quoted = true;
    spans.push_back(span);
  };
  for (std::size_t h = 0; h < words_.size(); ++h) {
    if (heads_[h] == Head::kNone || !IsNameWord(h)) continue;
    // "United" of "the United States": a brand word that opens a place's
    // name heads no body ("Dow Chemical Co of the United States").
    if (heads_[h] == Head::kSuffix && OpensALongerPlace(h)) continue;
    if (heads_[h] == Head::kGovernment) {
      // Only "Government(s) of X", "Government of the Kyrgyz Republic".
      if (h + 2 >= words_.size() || WordText(h + 1) != "of") continue;
      const std::size_t named = WordText(h + 2) == "the" ? h + 3 : h + 2;
      if (named >= words_.size() || !IsNameWord(named)) continue;
    }
    const bool after_role_of = PrecededByRoleOf(h) || InPortfolioAfterRoleOf(h);
    if (after_role_of && !NamedBodyAfterRoleOf(h)) {
      // "head of the NGO «Mehr»": the post is of the body quoted after.
      if (const auto quoted = QuotedNameAfterKind(h, h)) add_quoted(*quoted);
      continue;
    }
    // "National Programme Officer": the head belongs to a post's title; a
    // role in lower case only follows the body ("Foreign Ministry spokesman").
    if (h + 1 < words_.size() && SpaceBefore(h + 1) && IsRole(h + 1) &&
        (words_[h + 1].capitalized || words_[h + 1].all_caps)) {
      continue;
    }
    if (!spans.empty() && h <= spans.back().last) continue;
    auto [first, last] = Grow(h);
    // "Governments of Japan, Finland and the Netherlands": one body, the
    // states that fund together.
    if (heads_[h] == Head::kGovernment && WordText(h) == "governments") {
      last = std::max(last, CountryListEnd(last));
    }
    // After "ROLE of the", a name that a line break cuts ("chairman of the
    // Federation of Economic\nOrganisations") is left to the known bodies.
    if (after_role_of && CutByLineBreak(last)) continue;
    // 'Public Foundation "Youth of Osh"', 'the NGO «Mehr»': a kind of body
    // named by the quoted words after it; those words are the body.
    if (const auto quoted = QuotedNameAfterKind(first, last)) {
      add_quoted(*quoted);
      continue;
    }
    if (!spans.empty() && first <= spans.back().last) {
      spans.back().last = std::max(spans.back().last, last);
      spans.back().first = std::min(spans.back().first, first);
      continue;
    }
    Span span;
    span.first = first;
    span.last = last;
    spans.push_back(span);
  }
  // Trim joiners and function words at the edges.
  std::vector<Span> named;
  for (Span span : spans) {
    if (span.quoted) {
      named.push_back(span);
      continue;
    }
    while (span.first < span.last &&
           (!(words_[span.first].capitalized || words_[span.first].all_caps) ||
            WordClass(span.first) == kFunctionWord)) {
      ++span.first;
    }
    while (span.last > span.first &&
           !(words_[span.last].capitalized || words_[span.last].all_caps)) {
      --span.last;
    }
    if (!HasProperWord(span) || IsLegalFormAlone(span)) continue;
    if (!Classify(&span)) continue;  // no head where one counts ("United Kingdom")
    if (heads_[span.last] == Head::kSuffix) span.kind = team_sport_ ? kKindTeam : kKindCompany;
    if (heads_[span.last] == Head::kDesk) span.kind = kKindDesk;
    named.push_back(span);
  }

  // A known body's full name wins over a shorter name grown inside it:
  // "Development Trust Fund" inside "United Nations Peace and Development
  // Trust Fund", "Organization for Security" inside the OSCE's name.
  // Both lists run in text order and known bodies never overlap, so one
  // pass pairs each grown name with the only known body that may hold it.
  std::size_t holder = 0;
  for (Span& span : named) {
    while (holder < known_.size() && known_[holder].last < span.first) ++holder;
    if (holder == known_.size()) break;
    const KnownMatch& known = known_[holder];
    if (known.first <= span.first && known.last >= span.last) {
      span.first = known.first;
      span.last = known.last;
    }
    // A known name that starts inside a grown one and runs on past its end
    // is the name: "the NGO Ferghana Valley Lawyers without Borders", grown
    // from "NGO" up to the lower-case "without".
    for (std::size_t k = holder; k < known_.size() && known_[k].first <= span.last; ++k) {
      if (known_[k].first > span.first && known_[k].last > span.last) {
        span.first = known_[k].first;
        span.last = known_[k].last;
        break;
      }
    }
  }
  std::sort(named.begin(), named.end(), [](const Span& x, const Span& y) {
    return x.first != y.first ? x.first < y.first : x.last > y.last;
  });
  named.erase(std::unique(named.begin(), named.end(),
                          [](const Span& kept, const Span& next) {
                            return next.first >= kept.first && next.last <= kept.last;
                          }),
              named.end());

  // Known bodies: the parent of a grown name is that of the first known
  // body inside it; a known body outside every grown name is a name itself,
  // and a grown name that is exactly a known body is an organization
  // ("United Nations Development Programme" names a body, not a programme).
  std::size_t next_known = 0;
  std::vector<Span> all;
  for (Span& span : named) {
    while (next_known < known_.size() && known_[next_known].last < span.first) {
      const KnownMatch& known = known_[next_known++];
      const Body& body = impl_.table.bodies[known.body];
      Span alone{known.first, known.last, MentionType::kOrganization, body.canonical,
                 body.parent, true, body.kind};
      all.push_back(alone);
    }
    bool parent_set = false;
    while (next_known < known_.size() && known_[next_known].first <= span.last) {
      const KnownMatch& known = known_[next_known++];
      if (known.first < span.first || known.last > span.last) continue;  // straddles: drop
      const Body& body = impl_.table.bodies[known.body];
      if (!parent_set) {
        // "the Council of Ministers of the Republic of Karakalpakstan",
        // "Secretariat of the Security Council of the Kyrgyz Republic": a
        // known name "of" a place inside a body is that place's namesake.
        std::size_t after = known.last + 1;
        const bool of_a_place = after + 1 <= span.last &&
                                WordText(after) == "of" &&
                                OverlapsPlace(after + 1, span.last);
        span.parent = of_a_place ? std::string() : body.parent;
        parent_set = true;
      }
      if (known.first == span.first && known.last == span.last) {
        span.canonical = body.canonical;
        span.known = true;
        span.type = MentionType::kOrganization;
        if (!body.kind.empty()) span.kind = body.kind;
      }
    }
    all.push_back(span);
  }
  for (; next_known < known_.size(); ++next_known) {
    const KnownMatch& known = known_[next_known];
    const Body& body = impl_.table.bodies[known.body];
    all.push_back(Span{known.first, known.last, MentionType::kOrganization, body.canonical,
                       body.parent, true, body.kind});
  }

  std::vector<bool> covered(words_.size(), false);
  for (const Span& span : all) {
    for (std::size_t i = span.first; i <= span.last; ++i) covered[i] = true;
  }
  FindInitialledNames(&covered, &all);
  std::set<std::string> aliases;
  FindCuedNames(&covered, &all, &aliases);
  FindAcronymsBeforeCues(&covered, &all, &aliases);
  FindBroadcasters(&covered, &all, &aliases);
  FindNamesInBusinessContext(&covered, &all, &aliases);
  if (press_digest_) FindMastheads(&covered, &all);
  std::vector<std::size_t> first_words;  // of companies' names, for CoinedWords
  for (const Span& span : named) {
    if (span.type != MentionType::kOrganization || heads_[span.last] != Head::kSuffix) continue;
    std::size_t last = span.last;
    while (last > span.first && heads_[last] == Head::kSuffix) --last;
    if (heads_[last] == Head::kSuffix || heads_[last] != Head::kNone) continue;
    // "Roy F. Weston Inc" goes by "Weston Inc" and "Weston": the words
    // after a person's initials.
    std::size_t alias_first = span.first;
    for (std::size_t i = span.first + 1; i <= last; ++i) {
      if (Gap(i) == ". ") alias_first = i;
    }
    bool plain_name = true;  // no "X of Y", no "Duff & Phelps" (a partner is no legal form)
    for (std::size_t i = alias_first; i <= span.last; ++i) {
      plain_name = plain_name && JoinerOf(WordText(i)) == Joiner::kNone && !partner_head_[i];
    }
    if (!plain_name) continue;
    const std::string alias = KeyOfWords(alias_first, last);
    if (impl_.country_keys.count(alias) == 0) aliases.insert(alias);
    // "IVAC" of "IVAC Medical Systems Inc.", "Barrick" of "Barrick Gold
    // Corp": the first word alone, when the document has no other use for it.
    if (last > alias_first) first_words.push_back(alias_first);
  }
  for (std::size_t i : CoinedWords(std::move(first_words))) aliases.insert(KeyOfWords(i, i));
  FindTeams(covered, std::move(aliases), &all);

  // Acronyms defined in parentheses, and their later uses.
  struct Defined {
    std::string exact;  // raw words joined by ' '
    std::size_t word_count = 0;
    Span like;          // type, canonical, parent to copy
    std::size_t defined_at = 0;
  };
  std::vector<Defined> defined;
  std::vector<Span> acronyms;
  for (Span& span : all) {
    std::size_t first = 0;
    std::size_t last = 0;
    if (!AcronymAfter(span.last, &first, &last)) continue;
    Span acronym{first, last, span.type, span.canonical, span.parent, false};
    const std::string exact = RawWords(first, last);
    if (!span.known) {
      // The acronym may itself be a known body: take its canonical id.
      std::string key;
      for (std::size_t i = first; i <= last; ++i) {
        if (!key.empty()) key += ' ';
        key.append(WordText(i));
      }
      if (const auto* names = impl_.table.NamesOf(key); names != nullptr) {
        const Body& body = impl_.table.bodies[names->front().body];
        acronym.canonical = body.canonical;
        if (acronym.parent.empty()) acronym.parent = body.parent;
        span.parent = acronym.parent;
      } else {
        acronym.canonical = exact;
      }
      span.canonical = acronym.canonical;
    }
    acronyms.push_back(acronym);
    defined.push_back(Defined{exact, last - first + 1, acronym, last + 1});
  }
  // A name quoted after a kind of body ('Public Foundation «Bir Duino»') is
  // a proper name: its uses elsewhere, a headline's before it included, are
  // that body.
  for (const Span& span : all) {
    if (!span.quoted) continue;
    defined.push_back(
        Defined{RawWords(span.first, span.last), span.last - span.first + 1, span, 0});
  }
  InheritParentAfterIts(&all);
  for (Span& span : all) ExtendOverAPlacesTypeWord(&span);
  for (const Span& span : all) Emit(span, out);
  for (const Span& span : acronyms) Emit(span, out);
  // Later uses: one pass over the words, each defined acronym looked up by
  // its first word (the earliest definition of an acronym wins).
  std::unordered_map<std::string, std::vector<const Defined*>> by_first_word;
  std::set<std::string> seen;
  for (const Defined& definition : defined) {
    if (!seen.insert(definition.exact).second) continue;
    by_first_word[definition.exact.substr(0, definition.exact.find(' '))].push_back(&definition);
  }
  // A later use inside a programme's name is part of that name ("the
  // UNODC Global Programme on ..."), as a body's name before a programme's
  // capitalized words is ("EU-UN Joint Partnership").
  std::vector<bool> in_programme(words_.size(), false);
  // Nor is one inside a longer body's name: "the CSTO Secretariat" names
  // the Secretariat only (GUIDELINES: the longest name as written).
  std::vector<std::size_t> body_name_words(words_.size(), 0);
  for (const Span& span : all) {
    const std::size_t length = span.last - span.first + 1;
    for (std::size_t i = span.first; i <= span.last; ++i) {
      if (span.type == MentionType::kProgramme) in_programme[i] = true;
      if (span.type == MentionType::kOrganization) {
        body_name_words[i] = std::max(body_name_words[i], length);
      }
    }
  }
  for (std::size_t i = NextCapitalized(0); i < words_.size() && !by_first_word.empty();
       i = NextCapitalized(i + 1)) {
    if (i > 0 && Gap(i).empty()) continue;
    if (in_programme[i]) continue;
    const auto found = by_first_word.find(std::string(
        text_.raw.substr(words_[i].raw_start, words_[i].raw_end - words_[i].raw_start)));
    if (found == by_first_word.end()) continue;
    for (const Defined* definition : found->second) {
      const std::size_t last = i + definition->word_count - 1;
      if (i < definition->defined_at || last >= words_.size()) continue;
      if (last + 1 < words_.size() && Gap(last + 1).empty()) continue;
      if (RawWords(i, last) != definition->exact) continue;
      if (body_name_words[i] > definition->word_count) continue;
      Span use = definition->like;
      use.first = i;
      use.last = last;
      Emit(use, out);
    }
  }
  EmitAcronymsJoinedByDashes(covered, out);
  EmitNamesInCapitals(out);
}

// "the UNDP–UNICEF project", "a joint UN-EU mission": known acronyms joined
// by dashes before a word in lower case are the bodies that share the thing
// named after them, one mention each. Before a capitalized word they are
// part of that name ("EU-UN Joint Partnership", a programme).
void OrganizationFinder::EmitAcronymsJoinedByDashes(const std::vector<bool>& covered,
                                                    std::vector<Mention>* out) {
  const BodyTable& table = impl_.table;
  std::string key;
  std::vector<std::pair<std::size_t, std::size_t>> parts;  // offsets into a word's raw text
  std::vector<const Body*> bodies;
  for (std::size_t i = NextCapitalized(0); i < words_.size(); i = NextCapitalized(i + 1)) {
    const NameWord& word = words_[i];
    if (!word.all_caps || word.shouting) continue;
    // Normalization writes every dash as '-'.
    const std::string_view folded = WordText(i);
    if (folded.find('-') == std::string_view::npos || covered[i] || blocked_[i]) continue;
    if (i + 1 < words_.size() && (words_[i + 1].capitalized || words_[i + 1].all_caps) &&
        SpaceBefore(i + 1)) {
      continue;
    }
    const std::string_view raw = text_.raw.substr(word.raw_start, word.raw_end - word.raw_start);
    // The parts between ASCII hyphens, en dashes and em dashes.
    parts.clear();
    std::size_t part_start = 0;
    for (std::size_t k = 0; k <= raw.size();) {
      std::size_t dash = 0;
      if (k < raw.size() && raw[k] == '-') {
        dash = 1;
      } else if (raw.substr(k, 3) == "\u2013" || raw.substr(k, 3) == "\u2014") {
        dash = 3;
      }
      if (k == raw.size() || dash != 0) {
        parts.emplace_back(part_start, k);
        if (k == raw.size()) break;
        k += dash;
        part_start = k;
        continue;
      }
      ++k;
    }
    if (parts.size() < 2) continue;
    bodies.clear();
    for (const auto& [from, to] : parts) {
      const std::string_view part = raw.substr(from, to - from);
      key.clear();
      for (char c : part) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      const std::vector<BodyName>* names = table.NamesOf(key);
      if (names == nullptr) break;
      const BodyName* acronym = nullptr;
      for (const BodyName& name : *names) {
        if (name.acronym && name.exact == part) acronym = &name;
      }
      if (acronym == nullptr) break;
      bodies.push_back(&table.bodies[acronym->body]);
    }
    if (bodies.size() != parts.size()) continue;
    for (std::size_t k = 0; k < parts.size(); ++k) {
      const std::size_t start = word.raw_start + parts[k].first;
      const std::size_t end = word.raw_start + parts[k].second;
      if (!emitted_.emplace(start, end).second) continue;
      Mention mention;
      mention.type = MentionType::kOrganization;
      mention.start = start;
      mention.end = end;
      mention.text = std::string(text_.raw.substr(start, end - start));
      mention.attributes["parent"] = bodies[k]->parent;
      if (!bodies[k]->kind.empty()) mention.attributes["kind"] = std::string(bodies[k]->kind);
      mention.attributes["canonical"] = bodies[k]->canonical;
      out->push_back(std::move(mention));
    }
  }
}

// "SOCCER - ROBSON WINS FIRST TROPHY WITH BARCELONA", "BASEBALL - ORIOLES '
// MANAGER ... HOSPITALIZED": a headline in capitals, where capitals say
// nothing, names a body by the name the text gives it elsewhere; the
// longest such name at each word wins.
void OrganizationFinder::EmitNamesInCapitals(std::vector<Mention>* out) {
  if (emitted_names_.empty()) return;
  const auto in_capitals = [&](std::size_t i) {
    return words_[i].shouting && words_[i].all_caps;
  };
  // The headline only: the first line. A dateline's place ("NEW YORK
  // 1996-08-22") is no team's name.
  const std::size_t first_line_end = std::min(normalized_.find('\n'), normalized_.size());
  std::size_t headline_end = 0;  // one past its last word
  WordViewSet headline_words;
  while (headline_end < words_.size() && words_[headline_end].start < first_line_end) {
    if (in_capitals(headline_end)) headline_words.insert(WordText(headline_end));
    ++headline_end;
  }
  // Keys only of the names that start with a headline's word.
  WordMap<std::size_t> by_key;  // key -> mention index
  std::size_t most_words = 0;
  for (const EmittedName& name : emitted_names_) {
    if (headline_words.count(WordText(name.first)) == 0) continue;
    by_key.emplace(KeyOfWords(name.first, name.last), name.mention);
    most_words = std::max(most_words, name.last - name.first + 1);
  }
  if (by_key.empty()) return;
  for (std::size_t i = 0; i < headline_end; ++i) {
    if (!in_capitals(i)) continue;
    std::size_t last = i;
    while (last + 1 < headline_end && last + 1 < i + most_words && in_capitals(last + 1) &&
           Gap(last + 1) == " ") {
      ++last;
    }
    for (std::size_t end = last + 1; end-- > i;) {
      const auto found = by_key.find(KeyOfWords(i, end));
      if (found == by_key.end()) continue;
      const auto& attributes = (*out)[found->second].attributes;
      const auto attribute = [&](const char* name) {
        const auto value = attributes.find(name);
        return value == attributes.end() ? std::string() : value->second;
      };
      const std::string kind = attribute("kind");
      Span use{i, end, MentionType::kOrganization, attribute("canonical"), attribute("parent"),
               false, kind == kKindTeam      ? kKindTeam
                      : kind == kKindCompany ? kKindCompany
                      : kind == kKindDesk    ? kKindDesk
                                             : std::string_view()};
      Emit(use, out);
      i = end;
      break;
    }
  }
}

}  // namespace

std::string_view OrganizationKind(const Mention& mention) {
  if (mention.type != MentionType::kOrganization) return {};
  const auto kind = mention.attributes.find("kind");
  return kind == mention.attributes.end() ? std::string_view() : std::string_view(kind->second);
}

OrganizationExtractor::OrganizationExtractor(const Normalizer& normalizer,
                                             const std::filesystem::path& rules_file,
                                             const std::filesystem::path& bodies_file) {
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
    std::vector<const RuleCue*> groups(1 + rule.regex->NumberOfCapturingGroups(), nullptr);
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
  impl->table = LoadBodyTable(normalizer, bodies_file);
  for (const char* const* country = icu::Locale::getISOCountries(); *country != nullptr;
       ++country) {
    icu::UnicodeString display;
    icu::Locale("", *country).getDisplayCountry(icu::Locale::getEnglish(), display);
    std::string name;
    display.toUTF8String(name);
    if (!name.empty()) impl->country_keys.insert(BodyLookupKey(normalizer, name));
  }
  impl_ = std::move(impl);
}

OrganizationExtractor::~OrganizationExtractor() = default;

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
