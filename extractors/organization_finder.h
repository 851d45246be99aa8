// Inside the organization extractor: the cues its rule file marks, the
// compiled extractor state (OrganizationExtractor::Impl) and
// OrganizationFinder, one document's worth of working state. The finder's
// members are defined by stage in organization_finder.cc (marking heads and
// known bodies, joining them, the run over a document), organization_spans.cc
// (growing a head into a name and judging the span), organization_context.cc
// (names found by the context around them: initials, cue words, business,
// broadcasters, mastheads) and organization_teams.cc (clubs in sports
// reports); organization_cues.cc reads the rule file's cues. Only the
// extractor's own files include this header.
#ifndef GLEANER_EXTRACTORS_ORGANIZATION_FINDER_H_
#define GLEANER_EXTRACTORS_ORGANIZATION_FINDER_H_

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
#include "extractors/organizations.h"
#include "extractors/rules.h"
#include "extractors/utf8.h"
#include "extractors/word_hash.h"

namespace gleaner {
namespace organizations_detail {

// A news agency's desk (Span::kind), besides body_table.h's kinds.
inline constexpr std::string_view kKindDesk = "desk";

// ------------------------------------------------------------- rule cues

// kDesk: a news agency's desk or newsroom ("London Newsroom"), otherwise
// like kOrg.
enum class Head : std::uint8_t { kNone, kOrg, kOffice, kSuffix, kProgramme, kGovernment, kDesk };

// What a word rule or a context rule marks.

enum class Cue {
  kHead, kRole, kFunctionWord, kNotOrganization, kAdjective, kTeamSport, kVersus, kNation,
  kTeamCue, kOrganizationCue, kOrganizationCueAfter, kPressDigest, kDigestHeading, kTeamRole,
  kPost, kBusinessAfter, kBusinessPostAfter, kBusinessModifier, kBusinessOf, kBusinessIn,
  kBroadcaster, kTeamCueAfter, kAcronymCueAfter, kAcronymVerb, kHeadlineCompanyVerb,
  kPaperTitle, kCompoundHead, kNameAdjective
};

struct RuleCue {
  Cue cue = Cue::kHead;
  Head head = Head::kNone;
  int group = 0;  // index of the named group
};

std::vector<RuleCue> ReadRuleCues(const RuleSet& rules, const std::string& file_name);

// A word up to its first space, apostrophe, hyphen, dot or '&' ("prosecutor"
// of "prosecutor's office", "co" of "co-operative").
std::string_view LeadingPart(std::string_view word);

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
HeadTail ReadHeadTail(std::string_view pattern);

// Whether `pattern` is a word boundary and then its first named group (as
// written with or without the START macro).
bool GroupFollowsWordBoundary(std::string_view pattern);

// Lower-case words that may join the capitalized words of one name.
enum class Joiner : std::uint8_t { kNone, kOf, kThe, kAnd, kAgainst, kIn, kUnder, kNamed, kAfter };

Joiner JoinerOf(std::string_view word);

// A company's legal form written as an abbreviation ("Inc", "Corp", "Co",
// "Ltd"), which a dot after it belongs to.
bool IsAbbreviatedLegalForm(std::string_view word);

// "of", "for", "in" ...: an English joiner, not a French "de".
bool IsEnglishJoiner(std::string_view word);

}  // namespace organizations_detail

// ------------------------------------------------------------ extractor

struct OrganizationExtractor::Impl {
  BodyTable table;
  RuleSet rules;
  std::vector<organizations_detail::RuleCue> cues;  // parallel to rules.rules()
  WordRules role_words;           // role rules
  WordRules function_words;       // notname rules
  WordRules nation_names;         // nation rules, over a run's key
  WordRules organization_cues;    // orgcue rules: "daily", "firm" before a name
  WordRules organization_cues_after;  // orgafter rules: "television" after one
  WordRules acronym_cues_after;   // acrafter rules: "spokesman" after an acronym
  WordRules acronym_verbs;        // acrverb rules: "said" after an acronym
  WordRules paper_titles;         // paper rules: "Post" ending a newspaper's name
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
  WordRules compound_heads;       // compound rules: "Bundespolizei", "Zollamt"
  WordRules name_adjectives;      // nameadj rules: "public", "fédéral" after "Service"
  // corpora/names/given-names.txt, normalized: a given name and a surname
  // after a body's "of"/"for" portfolio are a person's, not the body's.
  std::shared_ptr<const WordSet> given_names;  // never null
  std::vector<std::string> headline_company_verbs;  // headverb rules: "Boskalis upgrades"
  std::vector<int> team_sport_rules;    // teamsport, digest: matched on the first line only
  std::vector<int> team_context_rules;  // versus, teamcue: team-sport documents only
  // Per rule, the cue of each of its capturing groups (index 0: none).
  std::vector<std::vector<const organizations_detail::RuleCue*>> cue_of_group;
  // Every head, notorg and adjective rule in one alternation, so that the
  // text is scanned once; its groups' cues. Built only when
  // head_rules_by_lead is empty: otherwise MarkHeads never runs it, and its
  // compilation was a third of the extractor's start-up.
  std::unique_ptr<const RE2> head_cues;
  std::vector<const organizations_detail::RuleCue*> head_cue_of_group;
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
  std::vector<organizations_detail::HeadTail> head_tails;
  // ICU's English names of countries, as lookup keys: national teams are
  // places, not organizations.
  WordSet country_keys;
  // ICU's French names of countries, as lookup keys: an office's country
  // after an elided "d'" ("Institut français d'Ouzbékistan").
  WordSet french_country_keys;
  // Single words that head a body or an office ("commission", "bureau").
  std::set<std::string, std::less<>> body_head_words;
};

namespace organizations_detail {

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
        word_class_(words.size(), kUnknown),
        name_word_(words.size(), kUnknown) {}

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

    // The quoted name over words [words.first, words.second].
    static Span Quoted(const std::pair<std::size_t, std::size_t>& words) {
      Span span;
      span.first = words.first;
      span.last = words.second;
      span.quoted = true;
      return span;
    }
  };

  // (No substr: a word's offsets lie inside the text it was scanned from,
  // and without substr's range check the call inlines.)
  std::string_view WordText(std::size_t i) const {
    const NameWord& word = words_[i];
    return std::string_view(normalized_.data() + word.start, word.end - word.start);
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

  // A capitalized word that may stand in a name. The finder's passes ask
  // it of the same words again and again; the answer depends only on the
  // words and the text, never on what a pass marked, so it is kept per word.
  bool IsNameWord(std::size_t i) {
    const NameWord& word = words_[i];
    if (!(word.capitalized || word.all_caps) || word.shouting) return false;
    std::uint8_t& known = name_word_[i];
    if (known == kUnknown) known = IsCapitalizedNameWord(i) ? 1 : 0;
    return known == 1;
  }
  // IsNameWord of a capitalized word outside a line in capitals.
  bool IsCapitalizedNameWord(std::size_t i) {
    const NameWord& word = words_[i];
    const std::uint8_t word_class = WordClass(i);
    if (word_class == kRole) return false;
    if (word_class == kFunctionWord && !word.all_caps) return false;
    if (IsNumberSign(i) || IsNumberedPart(i) || IsFiscalYear(i)) return false;
    return true;
  }

  // "FY2025", "FY2024/25": a fiscal year, no word of a name; it ended
  // "Ministry of Health for FY2025" with the year inside the body.
  bool IsFiscalYear(std::size_t i) const {
    const std::string_view text = WordText(i);
    return text.size() >= 4 && text.substr(0, 2) == "fy" && text[2] >= '0' && text[2] <= '9';
  }

  // "Section 301 of the Trade Act", "the Trade Act Section 301": a part of
  // a text before its number is no word of a body's name.
  bool IsNumberedPart(std::size_t i) const {
    if (i + 1 >= words_.size() || Gap(i + 1) != " ") return false;
    const std::string_view text = WordText(i);
    if (text != "section" && text != "sections" && text != "chapter" && text != "paragraph") {
      return false;
    }
    const char next = normalized_[words_[i + 1].start];
    return next >= '0' && next <= '9';
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
    for (std::size_t i = first; i <= last; ++i) {
      if (std::find(std::begin(kKindWords), std::end(kKindWords), WordText(i)) ==
          std::end(kKindWords)) {
        return std::nullopt;
      }
    }
    return QuotedNameAfter(last);
  }
  // The words of a name in quotes right after word `last` (see
  // QuotedNameAfterKind).
  std::optional<std::pair<std::size_t, std::size_t>> QuotedNameAfter(std::size_t last) {
    constexpr std::size_t kMaxQuotedWords = 8;
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

  // "the NGO Family and Society": after the word "NGO" in lower case's
  // stead, the capitalized words that follow (joined by "and", "of",
  // "for") are the body's own name, as quoted ones are (QuotedNameAfterKind)
  // when the first of them is no head ("the NGO Forum" is one name).
  std::optional<std::pair<std::size_t, std::size_t>> NameAfterNgo(std::size_t ngo) {
    if (WordText(ngo) != "ngo" || !words_[ngo].all_caps || words_[ngo].shouting) return std::nullopt;
    if (ngo > 0 && SpaceBefore(ngo) && (words_[ngo - 1].capitalized || words_[ngo - 1].all_caps) &&
        WordClass(ngo - 1) != kFunctionWord) {
      return std::nullopt;
    }
    return NameAfterKindOfBody(ngo);
  }
  // The capitalized words right after word `kind`, the last of words that
  // say what kind of body follows ("NGO", "non-governmental
  // organization"), when the first is no head and opens no known body.
  std::optional<std::pair<std::size_t, std::size_t>> NameAfterKindOfBody(std::size_t kind) {
    const std::size_t first = kind + 1;
    if (first >= words_.size() || !SpaceBefore(first) || !words_[first].capitalized ||
        words_[first].all_caps || !IsNameWord(first) || heads_[first] != Head::kNone ||
        known_start_[first]) {
      return std::nullopt;
    }
    std::size_t last = first;
    while (last + 1 < words_.size() && SpaceBefore(last + 1)) {
      if (IsNameWord(last + 1)) {
        ++last;
        continue;
      }
      const Joiner joiner = JoinerOf(WordText(last + 1));
      const bool joins = joiner == Joiner::kAnd || joiner == Joiner::kOf;
      if (!joins || last + 2 >= words_.size() || !SpaceBefore(last + 2) ||
          !IsNameWord(last + 2)) {
        break;
      }
      last += 2;
    }
    return std::make_pair(first, last);
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
  std::size_t RegionEnd(std::size_t first) const;
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
  // "Algerian", "Iraqi", "British", "Chinese", "French", "Swiss", "Greek",
  // "Catholic": a word read as a people's (or a faith's) adjective before a
  // name's kind. Narrower than LooksLikeAdjectiveOfAPeople, whose "-an" and
  // "-in" would take "Statesman", "Watan" or "Partizan" for adjectives too.
  static bool LooksLikeAPeoplesAdjective(std::string_view word) {
    static constexpr std::array<std::string_view, 12> kEndings = {
        "ian", "ean", "ican", "ese", "ish", "ch", "ss", "ek", "ine", "ic", "i", "ist"};
    return std::any_of(kEndings.begin(), kEndings.end(), [&](std::string_view ending) {
      return word.size() > ending.size() && word.ends_with(ending);
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
  // The suffix of an alias key whose uses take the possessive's "s" after
  // their last word ("Boatmen 's").
  static constexpr std::string_view kPossessiveKey = " 's";
  // Whether the word after word i is the "s" of its possessive, glued to
  // it ("Boatmen's") or, in tokenized text, apart ("Boatmen 's").
  bool PossessiveSAfter(std::size_t i) const {
    return i + 1 < words_.size() && WordText(i + 1) == "s" &&
           (Gap(i + 1) == "'" || Gap(i + 1) == " '");
  }
  std::string KeyOfWords(std::size_t first, std::size_t last) const {
    std::string key;
    for (std::size_t i = first; i <= last; ++i) {
      if (i > first) key += ' ';
      key.append(WordText(i));
    }
    return key;
  }
  std::size_t NameAdjectivesEnd(std::size_t i);
  std::size_t PersonAtRunEnd(std::size_t run_first, std::size_t run_last);
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
  // body's portfolio a group of people's (or a country's) possessive and its "s" go on to
  // the capitalized word that is owned; returns that word, or 0 when word
  // `last` is no such possessive (not "Ministry of Justice's Department").
  std::size_t PortfolioPossessionEnd(bool portfolio, std::size_t head, std::size_t last) const {
    static constexpr std::string_view kGroupsOfPeople[] = {"women", "children", "men", "people",
                                                           "youth"};
    const std::size_t s = last + 1;
    if (!portfolio || last <= head + 1 || !words_[last].possessive || s + 1 >= words_.size()) {
      return 0;
    }
    // So does a country's in a portfolio "on"/"for" a matter, before a word
    // that heads no body ("Commission on Compliance with Turkmenistan's
    // International Obligations"; not "Ministry of ... of Kazakhstan's
    // Department").
    const bool people = std::find(std::begin(kGroupsOfPeople), std::end(kGroupsOfPeople),
                                  WordText(last)) != std::end(kGroupsOfPeople);
    const bool country = !people && WordText(head + 1) != "of" && s + 1 < words_.size() &&
                         heads_[s + 1] == Head::kNone &&
                         impl_.country_keys.count(KeyOfWords(last, last)) != 0;
    if (!people && !country) return 0;
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
    if (role < 1 || role + 1 > head || WordClass(role) != kRole || !words_[role].capitalized ||
        !SpaceBefore(role) || !SpaceBefore(role + 1)) {
      return false;
    }
    // "Khatlon Regional Executive Body of State Power": right before the
    // head too.
    if (role + 1 == head) {
      return role >= 1 && IsNameWord(role - 1) && !words_[role - 1].sentence_start;
    }
    const std::size_t modifier = role - 1;
    return IsNameWord(modifier) && !words_[modifier].sentence_start && IsNameWord(role + 1);
  }
  // "the Expert Council of the Committee for Religious Affairs", "the
  // Executive Board of UNICEF": a role's word right before a body's head
  // word, after "the", qualifies the body and opens its name. Elsewhere
  // such a word is a person's title ("Director Ivan Petrov").
  bool RoleWordOpensBody(std::size_t role) {
    if (role < 1 || role + 1 >= words_.size() || WordClass(role) != kRole ||
        !words_[role].capitalized || words_[role].all_caps || words_[role].possessive ||
        !SpaceBefore(role) || !SpaceBefore(role + 1)) {
      return false;
    }
    const Head head = heads_[role + 1];
    if (head != Head::kOrg && head != Head::kOffice) return false;
    return WordText(role - 1) == "the";
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
  std::size_t KnownNameOpenedBefore(std::size_t i, std::uint32_t body);
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
  std::size_t SecondShortFormAfter(std::size_t word) const;
  void FindInitialledNames(std::vector<bool>* covered, std::vector<Span>* names);
  void FindCuedNames(std::vector<bool>* covered, std::vector<Span>* names,
                     std::set<std::string>* keys);
  void FindMastheads(std::vector<bool>* covered, std::vector<Span>* names);
  void FindPapersThatSay(std::vector<bool>* covered, std::vector<Span>* names,
                         std::set<std::string>* keys);
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
  // Whether word `last` is a newspaper's word ending a name ("Post").
  bool EndsInPapersWord(std::size_t last) const {
    return words_[last].capitalized && !words_[last].all_caps && !words_[last].possessive &&
           impl_.paper_titles.Matches(WordText(last));
  }
  // Whether word `first` follows a capitalized "The" (one space apart).
  bool AfterCapitalThe(std::size_t first) const {
    return first > 0 && Gap(first) == " " && WordText(first - 1) == "the" &&
           words_[first - 1].capitalized && !words_[first - 1].all_caps;
  }
  // A newspaper's capitalized "The" is part of its name as written: "The
  // New York Times said", "at The Sun and The Times". The first word of
  // `span` with it.
  std::size_t TitledPaperFirst(const Span& span) const {
    if (span.type != MentionType::kOrganization || !AfterCapitalThe(span.first) ||
        !(EndsInPapersWord(span.last) ||
          (span.first == span.last &&
           titled_papers_.count(KeyOfWords(span.first, span.last)) != 0))) {
      return span.first;
    }
    return span.first - 1;
  }
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
  bool PlatformActs(std::size_t last) const;
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
  std::set<std::string> titled_papers_;  // keys of papers named "The X" (FindPapersThatSay)
  std::vector<std::uint8_t> word_class_;
  std::vector<std::uint8_t> name_word_;  // per word: kUnknown, or IsNameWord's answer (1 or 0)
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

}  // namespace organizations_detail
}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_ORGANIZATION_FINDER_H_
