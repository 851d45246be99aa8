// Rule files: RE2 patterns kept as data under corpora/rules/, loaded once at
// start-up and compiled into immutable RE2 objects shared by all threads.
//
// File format, one statement per line; '#' starts a comment line, blank
// lines are ignored:
//   define NAME PATTERN     a macro; later lines use it as {NAME}
//   rule NAME PATTERN       a rule; NAME is unique within the file
//   rule NAME@GROUP PATTERN a rule with a group (Rule::group; written as a
//                           NAME is), which the extractor's RuleGrouping
//                           reads to choose the RE2::Sets the rule joins
// PATTERN runs to the end of the line (surrounding white space trimmed) and is
// RE2 syntax. Macros may also be supplied by the program (for example {MONTH}
// built from ICU's month names). Patterns are matched against normalized,
// case-folded text (see engine/normalize.h), so they are written in lower case.
// {NAME} expands to "(?:" + macro + ")", so a macro acts as one atom; braces
// that are RE2 syntax ("\d{4}", "x{1,2}", "\p{L}", "\x{2013}") are left alone.
// NAMEs are letters, digits and '_', not starting with a digit; a macro
// cannot be defined twice (nor redefine one the program supplies).
#ifndef GLEANER_EXTRACTORS_RULES_H_
#define GLEANER_EXTRACTORS_RULES_H_

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>

#include "extractors/word_hash.h"

namespace gleaner {

// A malformed rule file. what() reads "FILE:LINE: reason".
class RuleError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A rule's RE2, compiled on first use (the parser only checks that the
// pattern parses), so that rules no text needs cost no start-up: most date
// rules wait behind their RE2::Sets, and a run over a few files meets few
// rules. Thread-safe; reads like the std::unique_ptr<const RE2> it replaces.
class LazyRegex {
 public:
  LazyRegex() = default;
  explicit LazyRegex(std::unique_ptr<const RE2> compiled);
  // Compiles `pattern` with `options` on first use.
  LazyRegex(std::string pattern, const RE2::Options& options);

  const RE2* get() const {
    if (state_ == nullptr) return nullptr;
    std::call_once(state_->once, [this] { Compile(); });
    return state_->regex.get();
  }
  const RE2& operator*() const { return *get(); }
  const RE2* operator->() const { return get(); }
  explicit operator bool() const { return state_ != nullptr; }
  // The pattern and options, without compiling when built from a pattern.
  // Only on a set LazyRegex.
  const std::string& pattern() const;
  const RE2::Options& options() const;

 private:
  void Compile() const;

  struct State {
    std::once_flag once;
    std::string pattern;
    RE2::Options options;
    std::unique_ptr<const RE2> regex;
  };
  std::unique_ptr<State> state_;
};

struct Rule {
  std::string name;
  std::string group;            // "rule NAME@GROUP": GROUP; empty without
  int line = 0;                 // line in the rule file, 1-based
  std::string pattern;          // after macro expansion
  LazyRegex regex;
  // The pattern's capturing groups, counted in its text (no RE2 needed):
  // how many, and the index of each named one, as RE2's
  // NumberOfCapturingGroups() and NamedCapturingGroups() give them.
  int capture_count = 0;
  std::map<std::string, int> named_groups;
  // The alternatives of the rule's first named group when that group is a
  // plain list of words ("(?P<title>mr|mrs|prime minister)", "s\.a": no
  // classes, repetition or escapes but "\."); empty otherwise. Extractors use them to skip
  // the regex where the group's text cannot be one of them.
  std::vector<std::string> group_words;
  // The whole pattern is that group alone, so a full match of a word is
  // exactly its being one of group_words.
  bool is_word_list = false;
};

// Whether a RuleSet compiles its rules into RE2::Sets for MatchingRules;
// extractors that run each rule where they need it spare that start-up.
enum class RuleMatching { kWithSets, kRulesOnly };

// The groups of RE2::Sets a rule joins (see RuleSet::Parse): bit g of the
// mask for group g, up to 32 groups. A rule whose mask is 0 joins sets that
// every group consults.
using RuleGrouping = std::function<std::uint32_t(const Rule&)>;

class RuleSet {
 public:
  // Parses rule text; `file_name` is used in error messages only. Throws
  // RuleError on an unknown statement, a missing name or pattern, a
  // duplicate rule, an undefined {MACRO} or a pattern RE2 rejects (with
  // RE2's own message).
  //
  // With sets, rules whose names begin with a non-empty `gated_prefix` are
  // left out of the sets MatchingRules consults by default and form sets of
  // their own, consulted only when asked: rules for a script most texts lack
  // ("ru_" date rules) then cost those texts nothing.
  static RuleSet Parse(std::string_view content, std::string_view file_name,
                       const std::map<std::string, std::string>& macros = {},
                       RuleMatching matching = RuleMatching::kWithSets,
                       std::string_view gated_prefix = {});
  // Reads and parses a file; an unreadable file is a RuleError too, reading
  // "FILE: cannot read rule file: REASON" (there is no line to name).
  static RuleSet Load(const std::filesystem::path& path,
                      const std::map<std::string, std::string>& macros = {},
                      RuleMatching matching = RuleMatching::kWithSets,
                      std::string_view gated_prefix = {});
  // With sets grouped by `grouping`: each group's rules (in file order) form
  // sets of their own, and MatchingRulesInGroups consults only the sets of
  // the groups it is given. An extractor that knows which rules can match a
  // stretch of text (from the words it holds) spares the others' sets.
  // `rules_per_set`: how many rules of a group one set holds at most (0: the
  // default, 32); fewer make more passes over a text, more can make the DFA
  // build many more states, and which is cheaper depends on the rules.
  static RuleSet Parse(std::string_view content, std::string_view file_name,
                       const std::map<std::string, std::string>& macros,
                       const RuleGrouping& grouping, std::size_t rules_per_set = 0);
  static RuleSet Load(const std::filesystem::path& path,
                      const std::map<std::string, std::string>& macros,
                      const RuleGrouping& grouping, std::size_t rules_per_set = 0);

  const std::vector<Rule>& rules() const { return rules_; }
  // The rule called `name`, or nullptr.
  const Rule* Find(std::string_view name) const;
  // Indexes into rules() of the rules that match somewhere in `text`, from
  // one pass of each RE2::Set over it; extractors run only those rules.
  // Every rule when the set was built with RuleMatching::kRulesOnly.
  std::vector<int> MatchingRules(std::string_view text) const;
  // The same into *matching (replacing its contents, in rule order), so
  // that a caller looping over many texts reuses one vector; the gated rules
  // (see Parse) too when `with_gated`.
  void MatchingRules(std::string_view text, std::vector<int>* matching,
                     bool with_gated = false) const;
  // The same from the sets of the groups whose bits `groups` has (see the
  // grouped Parse); a rule of several of those groups is named once.
  void MatchingRulesInGroups(std::string_view text, std::uint32_t groups,
                             std::vector<int>* matching) const;

 private:
  static RuleSet Build(std::vector<Rule> rules, std::string_view file_name, bool with_sets,
                       const RuleGrouping& grouping, std::size_t rules_per_set);

  std::vector<Rule> rules_;
  // The rules, unanchored, as a few sets of up to rules_per_set rules of one
  // group in file order (rules.cc): one set of many rules has too many DFA
  // states to cache (each new text builds new ones), small sets keep theirs.
  struct MatchSet {
    std::shared_ptr<const RE2::Set> set;
    std::vector<int> rules;  // set's index -> index into rules_
    std::uint32_t groups = 0;  // the groups that consult it
  };
  std::vector<MatchSet> sets_;
  bool with_sets_ = true;  // RuleMatching::kWithSets
  bool in_many_groups_ = false;  // some rule is in more than one set
};

// A fresh id for a WordRules' memo (word_rules_memo.cc); never 0.
std::uint32_t NewWordRulesMemoId();

// Matches single words against some rules of a RuleSet (RE2 full match of
// each): rules that are plain word lists become one hash lookup, the others
// keep their regex. Most words are told apart from the listed ones by their
// length alone, before any hashing. A regex rule is tried only on a word
// that holds one of the literals any match of it needs (re2::FilteredRE2's
// atoms, found at load), so most words never reach RE2. Immutable after
// construction.
class WordRules {
 public:
  WordRules() = default;
  // `indexes` index into rules.rules(); `rules` must outlive this object.
  WordRules(const RuleSet& rules, const std::vector<int>& indexes);
  // True when one of the rules matches the whole of `word`.
  bool Matches(std::string_view word) const {
    if (regexes_.empty()) return IsListedLength(word.size()) && words_.contains(word);
    return MatchesRemembered(word);
  }

 private:
  bool MatchesUncached(std::string_view word) const {
    return (IsListedLength(word.size()) && words_.contains(word)) || MatchesRegex(word);
  }
  // MatchesUncached through the calling thread's memo of this object's
  // answers (word_rules_memo.cc): a text's words recur from one document
  // to the next, and the regex rules' literal filter costs more than one
  // hash lookup.
  bool MatchesRemembered(std::string_view word) const;

  // Lengths of 63 bytes and more share the last bit.
  static constexpr std::size_t kLongLength = 63;
  bool IsListedLength(std::size_t length) const {
    return ((word_lengths_ >> std::min(length, kLongLength)) & 1) != 0;
  }
  bool MatchesRegex(std::string_view word) const;

  WordSet words_;
  std::uint64_t word_lengths_ = 0;   // bit n: some listed word has n bytes
  // A rule that is not a word list, with the lowercase literals one of
  // which every match holds; no atoms: no such literals, always try it.
  struct Regex {
    const RE2* regex = nullptr;
    std::shared_ptr<const re2::FilteredRE2> filter;  // owns `regex` when set
    std::vector<std::string> atoms;       // none contains another
    std::vector<std::uint64_t> atom_bytes;  // per atom: bit (byte & 63) of each byte
  };
  std::vector<Regex> regexes_;
  // Names this object's answers in the per-thread memo; a copy answers
  // alike and shares it.
  std::uint32_t memo_id_ = 0;
};

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_RULES_H_
