// Rule files: parsing "define"/"rule" statements, expanding {MACRO}s,
// compiling every rule into its own RE2 (on first use) and the rules of
// each group into a few RE2::Sets.
#include "extractors/rules.h"

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <numeric>
#include <sstream>

namespace gleaner {
namespace {

// Budget for one rule's RE2 (program plus its DFA caches) and for the set
// of all rules; both are ceilings, not allocations.
constexpr int64_t kRuleMaxMem = 32 << 20;
constexpr int64_t kSetMaxMem = 128 << 20;
// Rules per RE2::Set unless the extractor says otherwise (see RuleSet::sets_).
constexpr std::size_t kRulesPerSet = 32;

RE2::Options RuleOptions(int64_t max_mem) {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_longest_match(false);
  options.set_log_errors(false);
  options.set_max_mem(max_mem);
  return options;
}

constexpr std::string_view kSpaces = " \t\r\f\v";

std::string_view Trim(std::string_view text) {
  const std::size_t first = text.find_first_not_of(kSpaces);
  if (first == std::string_view::npos) return {};
  const std::size_t last = text.find_last_not_of(kSpaces);
  return text.substr(first, last - first + 1);
}

// Splits off the first white-space separated word of `text`; `text` keeps
// the trimmed remainder.
std::string_view TakeWord(std::string_view* text) {
  const std::size_t end = std::min(text->find_first_of(kSpaces), text->size());
  std::string_view word = text->substr(0, end);
  *text = Trim(text->substr(end));
  return word;
}

bool IsNameStart(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

bool IsNameChar(char c) { return IsNameStart(c) || (c >= '0' && c <= '9'); }

bool IsValidName(std::string_view name) {
  if (name.empty() || !IsNameStart(name.front())) return false;
  return std::all_of(name.begin(), name.end(), IsNameChar);
}

// The alternatives of the first named group of `pattern` when they are
// plain words (letters, digits, spaces, '-', '\'', "\\." and any non-ASCII
// byte);
// *whole_pattern tells whether that group is the entire pattern.
std::vector<std::string> GroupWords(std::string_view pattern, bool* whole_pattern) {
  *whole_pattern = false;
  const std::size_t open = pattern.find("(?P<");
  if (open == std::string_view::npos) return {};
  const std::size_t name_end = pattern.find('>', open);
  if (name_end == std::string_view::npos) return {};
  std::vector<std::string> words;
  std::string word;
  std::size_t i = name_end + 1;
  for (; i < pattern.size() && pattern[i] != ')'; ++i) {
    const char c = pattern[i];
    const bool plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ' ||
                       c == '-' || c == '\'' || static_cast<unsigned char>(c) >= 0x80;
    if (c == '|') {
      if (word.empty()) return {};
      words.push_back(std::move(word));
      word.clear();
    } else if (c == '\\' && i + 1 < pattern.size() && pattern[i + 1] == '.') {
      word.push_back('.');  // "s\.a"
      ++i;
    } else if (plain) {
      word.push_back(c);
    } else {
      return {};
    }
  }
  if (i == pattern.size() || word.empty()) return {};
  words.push_back(std::move(word));
  *whole_pattern = open == 0 && i + 1 == pattern.size();
  return words;
}

// The capturing groups of RE2 `pattern`, read from its text: their count
// into *count, the index of each named one ("(?P<name>") into *named.
// Escapes ("\(", "\Q(\E"), character classes ("[(]", "[[:punct:]]") and
// groups that do not capture ("(?:", "(?i)") are passed over.
void ReadCaptures(std::string_view pattern, int* count, std::map<std::string, int>* named) {
  *count = 0;
  named->clear();
  std::size_t i = 0;
  const std::size_t size = pattern.size();
  while (i < size) {
    const char c = pattern[i];
    if (c == '\\') {
      if (i + 1 < size && pattern[i + 1] == 'Q') {
        const std::size_t end = pattern.find("\\E", i + 2);
        i = end == std::string_view::npos ? size : end + 2;
      } else {
        i += 2;
      }
    } else if (c == '[') {
      ++i;
      if (i < size && pattern[i] == '^') ++i;
      if (i < size && pattern[i] == ']') ++i;  // a leading ']' is itself
      while (i < size && pattern[i] != ']') {
        if (pattern[i] == '\\') {
          i += 2;
        } else if (pattern[i] == '[' && i + 1 < size && pattern[i + 1] == ':') {
          const std::size_t end = pattern.find(":]", i + 2);
          i = end == std::string_view::npos ? i + 1 : end + 2;
        } else {
          ++i;
        }
      }
      ++i;
    } else if (c == '(') {
      if (i + 1 < size && pattern[i + 1] == '?') {
        if (pattern.substr(i + 2, 2) == "P<") {
          const std::size_t end = pattern.find('>', i + 4);
          ++*count;
          if (end != std::string_view::npos) {
            named->emplace(std::string(pattern.substr(i + 4, end - i - 4)), *count);
          }
        }
      } else {
        ++*count;
      }
      ++i;
    } else {
      ++i;
    }
  }
}

// RE2's error for `pattern` (with the rules' options), or "" when it
// parses, without compiling it. RE2::Set::Add only parses (the set is never
// compiled here) and reports the parser's status text, as RE2::error()
// does; an RE2 built with a tiny memory budget also ran the simplifier on
// the way to its failed compile, which was most of start-up's cost for the
// rules. (A pattern that parses but is too large for kRuleMaxMem would fail
// only when first used; no rule comes near.)
std::string PatternError(const std::string& pattern) {
  RE2::Set parser(RuleOptions(kRuleMaxMem), RE2::UNANCHORED);
  std::string error;
  if (parser.Add(pattern, &error) >= 0) return "";
  return error;
}

// Throws the error of the first rule (in file order) whose pattern does
// not parse, as the parser reports it; returns when all parse.
void ThrowFirstBadPattern(const std::vector<Rule>& rules, std::string_view file_name) {
  for (const Rule& rule : rules) {
    if (const std::string error = PatternError(rule.pattern); !error.empty()) {
      throw RuleError(std::string(file_name) + ":" + std::to_string(rule.line) +
                      ": bad pattern for rule '" + rule.name + "': " + error);
    }
  }
}

// With check_patterns false the parser leaves the patterns' parse to
// RuleSet::Build, whose RE2::Set::Add parses each rule anyway (parsing is
// most of a rule's start-up cost); any error the parser or Build meets then
// first asks ThrowFirstBadPattern, so the error reported is the same one.
class RuleFileParser {
 public:
  RuleFileParser(std::string_view file_name, const std::map<std::string, std::string>& macros,
                 bool check_patterns = true)
      : file_name_(file_name), macros_(macros.begin(), macros.end()),
        check_patterns_(check_patterns) {}

  std::vector<Rule> Parse(std::string_view content) {
    std::vector<Rule> rules;
    parsed_ = &rules;
    std::map<std::string, int, std::less<>> rule_lines;
    int line_number = 0;
    std::size_t line_start = 0;
    while (line_start < content.size()) {
      std::size_t line_end = content.find('\n', line_start);
      if (line_end == std::string_view::npos) line_end = content.size();
      ++line_number;
      std::string_view line = Trim(content.substr(line_start, line_end - line_start));
      line_start = line_end + 1;
      if (line.empty() || line.front() == '#') continue;

      std::string_view rest = line;
      const std::string_view statement = TakeWord(&rest);
      if (statement != "define" && statement != "rule") {
        Fail(line_number, "unknown statement '" + std::string(statement) +
                              "' (expected 'define' or 'rule')");
      }
      std::string_view name = TakeWord(&rest);
      const std::string_view pattern = rest;
      if (name.empty() || pattern.empty()) {
        Fail(line_number, "'" + std::string(statement) + "' needs a name and a pattern");
      }
      // "rule NAME@GROUP": the group of sets the rule joins.
      std::string_view group;
      if (const std::size_t at = name.find('@'); statement == "rule" && at != name.npos) {
        group = name.substr(at + 1);
        name = name.substr(0, at);
        if (!IsValidName(group)) {
          Fail(line_number, "bad group '" + std::string(group) + "' of rule '" +
                                std::string(name) +
                                "' (letters, digits and '_', not starting with a digit)");
        }
      }
      if (!IsValidName(name)) {
        Fail(line_number, "bad name '" + std::string(name) +
                              "' (letters, digits and '_', not starting with a digit)");
      }
      std::string expanded = Expand(pattern, line_number);

      if (statement == "define") {
        if (macros_.count(name) != 0) {
          Fail(line_number, "macro '" + std::string(name) + "' is already defined");
        }
        macros_.emplace(std::string(name), std::move(expanded));
        continue;
      }

      if (auto previous = rule_lines.find(name); previous != rule_lines.end()) {
        Fail(line_number, "duplicate rule '" + std::string(name) + "' (first defined on line " +
                              std::to_string(previous->second) + ")");
      }
      if (check_patterns_) {
        if (const std::string error = PatternError(expanded); !error.empty()) {
          Fail(line_number, "bad pattern for rule '" + std::string(name) + "': " + error);
        }
      }
      Rule rule;
      rule.regex = LazyRegex(expanded, RuleOptions(kRuleMaxMem));
      rule_lines.emplace(std::string(name), line_number);
      rule.name = std::string(name);
      rule.group = std::string(group);
      rule.line = line_number;
      ReadCaptures(expanded, &rule.capture_count, &rule.named_groups);
      rule.pattern = std::move(expanded);
      rule.group_words = GroupWords(rule.pattern, &rule.is_word_list);
      rules.push_back(std::move(rule));
    }
    parsed_ = nullptr;
    return rules;
  }

  [[noreturn]] void Fail(int line, const std::string& reason) const {
    // An unchecked rule before this line with a bad pattern is the first error.
    if (!check_patterns_ && parsed_ != nullptr) ThrowFirstBadPattern(*parsed_, file_name_);
    throw RuleError(file_name_ + ":" + std::to_string(line) + ": " + reason);
  }

 private:
  // Replaces each {NAME} by "(?:" + macro + ")". Braces that are RE2 syntax
  // are left alone: repetition counts ("\d{4}", "x{1,2}") because they do
  // not start with a name, and the braces of escapes ("\p{L}", "\x{2013}").
  std::string Expand(std::string_view pattern, int line_number) const {
    std::string out;
    out.reserve(pattern.size());
    std::size_t i = 0;
    while (i < pattern.size()) {
      const char c = pattern[i];
      if (c == '\\' && i + 1 < pattern.size()) {
        const char escaped = pattern[i + 1];
        std::size_t end = i + 2;
        if ((escaped == 'p' || escaped == 'P' || escaped == 'x') && end < pattern.size() &&
            pattern[end] == '{') {
          const std::size_t close = pattern.find('}', end);
          end = close == std::string_view::npos ? pattern.size() : close + 1;
        }
        out.append(pattern.substr(i, end - i));
        i = end;
        continue;
      }
      if (c == '{' && i + 1 < pattern.size() && IsNameStart(pattern[i + 1])) {
        std::size_t end = i + 1;
        while (end < pattern.size() && IsNameChar(pattern[end])) ++end;
        if (end < pattern.size() && pattern[end] == '}') {
          const std::string_view name = pattern.substr(i + 1, end - i - 1);
          auto macro = macros_.find(name);
          if (macro == macros_.end()) {
            Fail(line_number, "undefined macro {" + std::string(name) + "}");
          }
          out += "(?:";
          out += macro->second;
          out += ')';
          i = end + 1;
          continue;
        }
      }
      out.push_back(c);
      ++i;
    }
    return out;
  }

  std::string file_name_;
  std::map<std::string, std::string, std::less<>> macros_;
  bool check_patterns_ = true;
  const std::vector<Rule>* parsed_ = nullptr;  // the rules so far, during Parse
};

// The content of a rule file; a RuleError "FILE: cannot read rule file:
// REASON" when it cannot be read.
std::string ReadRuleFile(const std::filesystem::path& path) {
  std::error_code ignored;
  if (std::filesystem::is_directory(path, ignored)) {
    throw RuleError(path.string() + ": cannot read rule file: " + std::strerror(EISDIR));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw RuleError(path.string() + ": cannot read rule file: " + std::strerror(errno));
  }
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) {
    throw RuleError(path.string() + ": cannot read rule file: " + std::strerror(errno));
  }
  return content.str();
}

}  // namespace

RuleSet RuleSet::Parse(std::string_view content, std::string_view file_name,
                       const std::map<std::string, std::string>& macros,
                       RuleMatching matching, std::string_view gated_prefix) {
  // Group 0 for the rules consulted by default, group 1 for the gated ones.
  const auto gated_group = [gated_prefix](const Rule& rule) -> std::uint32_t {
    return !gated_prefix.empty() && rule.name.starts_with(gated_prefix) ? 2 : 1;
  };
  const bool with_sets = matching == RuleMatching::kWithSets;
  return Build(RuleFileParser(file_name, macros, /*check_patterns=*/!with_sets).Parse(content),
               file_name, with_sets, gated_group, kRulesPerSet);
}

RuleSet RuleSet::Parse(std::string_view content, std::string_view file_name,
                       const std::map<std::string, std::string>& macros,
                       const RuleGrouping& grouping, std::size_t rules_per_set) {
  return Build(RuleFileParser(file_name, macros, /*check_patterns=*/false).Parse(content),
               file_name, true, grouping, rules_per_set == 0 ? kRulesPerSet : rules_per_set);
}

RuleSet RuleSet::Build(std::vector<Rule> rules, std::string_view file_name, bool with_sets,
                       const RuleGrouping& grouping, std::size_t rules_per_set) {
  RuleSet rule_set;
  rule_set.rules_ = std::move(rules);
  rule_set.with_sets_ = with_sets;
  if (rule_set.rules_.empty() || !with_sets) return rule_set;

  const std::vector<Rule>& all = rule_set.rules_;
  std::vector<std::uint32_t> masks;
  masks.reserve(all.size());
  try {
    for (const Rule& rule : all) {
      masks.push_back(grouping(rule));
      rule_set.in_many_groups_ = rule_set.in_many_groups_ || std::popcount(masks.back()) > 1;
    }
  } catch (const RuleError&) {
    ThrowFirstBadPattern(all, file_name);  // the parser's error came first
    throw;
  }
  // Every rule joins at least one set, whose Add parses it: the parser left
  // that check to here (see RuleFileParser), so any failure first looks for
  // the first bad pattern in file order.
  const auto fail = [&](const Rule& rule, const std::string& reason) {
    ThrowFirstBadPattern(all, file_name);
    throw RuleError(std::string(file_name) + ":" + std::to_string(rule.line) + ": " + reason);
  };
  // One pass per group, and a last one for the rules of no group, whose
  // sets every group consults.
  constexpr int kGroups = 32;
  for (int group = 0; group <= kGroups; ++group) {
    std::vector<int> members;
    for (int i = 0; i < static_cast<int>(all.size()); ++i) {
      const bool member = group < kGroups ? ((masks[i] >> group) & 1) != 0 : masks[i] == 0;
      if (member) members.push_back(i);
    }
    for (std::size_t first = 0; first < members.size(); first += rules_per_set) {
      MatchSet match_set;
      match_set.groups = group < kGroups ? std::uint32_t{1} << group : ~std::uint32_t{0};
      auto set = std::make_shared<RE2::Set>(RuleOptions(kSetMaxMem), RE2::UNANCHORED);
      const std::size_t end = std::min(members.size(), first + rules_per_set);
      for (std::size_t k = first; k < end; ++k) {
        const Rule& rule = all[members[k]];
        std::string error;
        if (set->Add(rule.pattern, &error) < 0) {
          fail(rule, "bad pattern for rule '" + rule.name + "': " + error);
        }
        match_set.rules.push_back(members[k]);
      }
      if (!set->Compile()) {
        fail(all[members[end - 1]], "the rules are too large to compile together");
      }
      match_set.set = std::move(set);
      rule_set.sets_.push_back(std::move(match_set));
    }
  }
  return rule_set;
}

RuleSet RuleSet::Load(const std::filesystem::path& path,
                      const std::map<std::string, std::string>& macros,
                      RuleMatching matching, std::string_view gated_prefix) {
  return Parse(ReadRuleFile(path), path.string(), macros, matching, gated_prefix);
}

RuleSet RuleSet::Load(const std::filesystem::path& path,
                      const std::map<std::string, std::string>& macros,
                      const RuleGrouping& grouping, std::size_t rules_per_set) {
  return Parse(ReadRuleFile(path), path.string(), macros, grouping, rules_per_set);
}

LazyRegex::LazyRegex(std::unique_ptr<const RE2> compiled) : state_(std::make_unique<State>()) {
  state_->regex = std::move(compiled);
  // Mark it compiled, so that get() never compiles again.
  std::call_once(state_->once, [] {});
}

LazyRegex::LazyRegex(std::string pattern, const RE2::Options& options)
    : state_(std::make_unique<State>()) {
  state_->pattern = std::move(pattern);
  state_->options = options;
}

const std::string& LazyRegex::pattern() const {
  return state_->pattern.empty() ? get()->pattern() : state_->pattern;
}

const RE2::Options& LazyRegex::options() const {
  return state_->pattern.empty() ? get()->options() : state_->options;
}

void LazyRegex::Compile() const {
  state_->regex = std::make_unique<const RE2>(state_->pattern, state_->options);
}

const Rule* RuleSet::Find(std::string_view name) const {
  for (const Rule& rule : rules_) {
    if (rule.name == name) return &rule;
  }
  return nullptr;
}

std::vector<int> RuleSet::MatchingRules(std::string_view text) const {
  std::vector<int> matching;
  MatchingRules(text, &matching);
  return matching;
}

void RuleSet::MatchingRules(std::string_view text, std::vector<int>* matching,
                            bool with_gated) const {
  MatchingRulesInGroups(text, with_gated ? 3 : 1, matching);
}

void RuleSet::MatchingRulesInGroups(std::string_view text, std::uint32_t groups,
                                    std::vector<int>* matching) const {
  const auto every_rule = [&] {
    matching->resize(rules_.size());
    std::iota(matching->begin(), matching->end(), 0);
  };
  matching->clear();
  if (!with_sets_) {
    every_rule();
    return;
  }
  std::vector<int> found;
  for (const MatchSet& match_set : sets_) {
    if ((match_set.groups & groups) == 0) continue;
    RE2::Set::ErrorInfo error_info{RE2::Set::kNoError};
    if (!match_set.set->Match(text, &found, &error_info) &&
        error_info.kind != RE2::Set::kNoError) {
      // The set's DFA ran out of memory on this text: fall back to trying
      // every rule, which is slower but gives the same mentions.
      every_rule();
      return;
    }
    for (int index : found) matching->push_back(match_set.rules[index]);
  }
  std::sort(matching->begin(), matching->end());
  if (in_many_groups_) {
    matching->erase(std::unique(matching->begin(), matching->end()), matching->end());
  }
}

namespace {

// The literals one of which every match of `filter`'s one regex holds,
// lowercased, none holding another (see re2::FilteredRE2); empty when the
// regex has no such literals and must be tried on every word.
std::vector<std::string> RequiredAtoms(re2::FilteredRE2* filter) {
  std::vector<std::string> atoms;
  filter->Compile(&atoms);
  // Passing the filter with no atom found: nothing is required.
  std::vector<int> potential;
  filter->AllPotentials({}, &potential);
  if (!potential.empty() || atoms.empty()) return {};
  // Only "some atom is in the word" is tested: an atom holding another is
  // found only where the other is, so it adds nothing.
  std::sort(atoms.begin(), atoms.end(),
            [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
  std::vector<std::string> kept;
  for (const std::string& atom : atoms) {
    if (atom.empty()) return {};
    const bool covered = std::any_of(kept.begin(), kept.end(), [&](const std::string& shorter) {
      return atom.find(shorter) != std::string::npos;
    });
    if (!covered) kept.push_back(atom);
  }
  return kept;
}

std::uint64_t ByteBits(std::string_view text) {
  std::uint64_t bits = 0;
  for (const char c : text) bits |= std::uint64_t{1} << (static_cast<unsigned char>(c) & 63);
  return bits;
}

}  // namespace

WordRules::WordRules(const RuleSet& rules, const std::vector<int>& indexes)
    : memo_id_(NewWordRulesMemoId()) {
  for (int index : indexes) {
    const Rule& rule = rules.rules()[index];
    if (!rule.is_word_list) {
      Regex regex;
      // The filter compiles the rule's pattern into its own RE2, which then
      // does the matching: the rule's LazyRegex stays uncompiled unless
      // something else uses it, so loading costs no second compile.
      auto filter = std::make_shared<re2::FilteredRE2>(/*min_atom_len=*/1);
      int id = 0;
      if (filter->Add(rule.regex.pattern(), rule.regex.options(), &id) == RE2::NoError) {
        regex.atoms = RequiredAtoms(filter.get());
        regex.regex = &filter->GetRE2(id);
        regex.filter = std::move(filter);
      } else {
        regex.regex = rule.regex.get();
      }
      for (const std::string& atom : regex.atoms) regex.atom_bytes.push_back(ByteBits(atom));
      regexes_.push_back(std::move(regex));
      continue;
    }
    for (const std::string& word : rule.group_words) {
      words_.insert(word);
      word_lengths_ |= std::uint64_t{1} << std::min(word.size(), kLongLength);
    }
  }
}

bool WordRules::MatchesRegex(std::string_view word) const {
  if (regexes_.empty()) return false;
  // The atoms are lowercased by RE2's own case mapping, which on ASCII is
  // plain ASCII lowercasing; other words (and long ones) skip the filter.
  char lowered_buffer[64];
  std::string_view lowered;
  std::uint64_t word_bytes = 0;
  bool filter = word.size() <= sizeof lowered_buffer;
  for (std::size_t i = 0; filter && i < word.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(word[i]);
    if (c >= 0x80) filter = false;
    const char lower = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    lowered_buffer[i] = lower;
    word_bytes |= std::uint64_t{1} << (lower & 63);
  }
  if (filter) lowered = std::string_view(lowered_buffer, word.size());
  for (const Regex& regex : regexes_) {
    if (filter && !regex.atoms.empty()) {
      bool found = false;
      for (std::size_t a = 0; a < regex.atoms.size() && !found; ++a) {
        found = (regex.atom_bytes[a] & ~word_bytes) == 0 &&
                lowered.find(regex.atoms[a]) != std::string_view::npos;
      }
      if (!found) continue;
    }
    // RE2::Match with both ends anchored and no submatches answers as
    // FullMatch without its argument handling.
    if (regex.regex->Match(word, 0, word.size(), RE2::ANCHOR_BOTH, nullptr, 0)) return true;
  }
  return false;
}

}  // namespace gleaner
