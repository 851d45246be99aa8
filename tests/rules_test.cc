// Tests for extractors/rules: parsing rule files, macro expansion, the exact
// error messages, loading from disk and the RE2::Set pre-filter.
#include "extractors/rules.h"

#include <map>
#include <optional>

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "tests/test_support.h"

namespace gleaner {
namespace {

using ::gleaner::testing::DataDir;
using ::gleaner::testing::ScratchDir;
using ::gleaner::testing::WriteFile;

// The message of the RuleError that parsing `content` throws, or "" when it
// parses.
std::string ParseError(const std::string& content,
                       const std::map<std::string, std::string>& macros = {}) {
  try {
    RuleSet::Parse(content, "test.rules", macros);
  } catch (const RuleError& error) {
    return error.what();
  }
  return "";
}

TEST(RuleSetTest, ParsesRulesCommentsAndBlankLines) {
  const RuleSet rules = RuleSet::Parse(
      "# a comment\n"
      "\n"
      "rule year \\b(?P<y>\\d{4})\\b\n"
      "   # an indented comment\n"
      "rule   word    \\bdate\\b   \n",
      "test.rules");
  ASSERT_EQ(rules.rules().size(), 2u);
  EXPECT_EQ(rules.rules()[0].name, "year");
  EXPECT_EQ(rules.rules()[0].line, 3);
  EXPECT_EQ(rules.rules()[0].pattern, "\\b(?P<y>\\d{4})\\b");
  EXPECT_EQ(rules.rules()[1].name, "word");
  EXPECT_EQ(rules.rules()[1].line, 5);
  EXPECT_EQ(rules.rules()[1].pattern, "\\bdate\\b");
  ASSERT_NE(rules.rules()[0].regex.get(), nullptr);
  EXPECT_TRUE(RE2::PartialMatch("in 2019", *rules.rules()[0].regex));
}

TEST(RuleSetTest, AcceptsWindowsLineEndings) {
  const RuleSet rules = RuleSet::Parse("define A x\r\nrule r {A}y\r\n", "test.rules");
  ASSERT_EQ(rules.rules().size(), 1u);
  EXPECT_EQ(rules.rules()[0].pattern, "(?:x)y");
}

TEST(RuleSetTest, ExpandsDefinesAndProgramMacros) {
  const RuleSet rules = RuleSet::Parse(
      "define DAY \\d{1,2}\n"
      "define DATE {DAY} {MONTH}\n"
      "rule date {DATE}\n",
      "test.rules", {{"MONTH", "may|june"}});
  ASSERT_EQ(rules.rules().size(), 1u);
  EXPECT_EQ(rules.rules()[0].pattern, "(?:(?:\\d{1,2}) (?:may|june))");
  EXPECT_TRUE(RE2::FullMatch("5 june", *rules.rules()[0].regex));
  EXPECT_FALSE(RE2::FullMatch("5 july", *rules.rules()[0].regex));
}

TEST(RuleSetTest, LeavesRe2BracesAlone) {
  const RuleSet rules =
      RuleSet::Parse("rule braces \\p{L}{2}\\x{2013}\\pL{1,3}a{3}\n", "test.rules");
  ASSERT_EQ(rules.rules().size(), 1u);
  EXPECT_EQ(rules.rules()[0].pattern, "\\p{L}{2}\\x{2013}\\pL{1,3}a{3}");
}

TEST(RuleSetTest, EmptyContentHasNoRules) {
  const RuleSet rules = RuleSet::Parse("# nothing here\n\n", "test.rules");
  EXPECT_TRUE(rules.rules().empty());
  EXPECT_TRUE(rules.MatchingRules("anything").empty());
  EXPECT_EQ(rules.Find("anything"), nullptr);
}

TEST(RuleSetTest, FindsRulesByName) {
  const RuleSet rules = RuleSet::Parse("rule a x\nrule b y\n", "test.rules");
  ASSERT_NE(rules.Find("b"), nullptr);
  EXPECT_EQ(rules.Find("b")->pattern, "y");
  EXPECT_EQ(rules.Find("c"), nullptr);
}

TEST(RuleSetTest, MatchingRulesReportsEachRuleFoundInTheText) {
  const RuleSet rules = RuleSet::Parse(
      "rule year \\b\\d{4}\\b\n"
      "rule month \\b(?:may|june)\\b\n"
      "rule since \\bsince\\b\n",
      "test.rules");
  EXPECT_EQ(rules.MatchingRules("since june 2020"), (std::vector<int>{0, 1, 2}));
  EXPECT_EQ(rules.MatchingRules("in 2019"), (std::vector<int>{0}));
  EXPECT_EQ(rules.MatchingRules("in june, since"), (std::vector<int>{1, 2}));
  EXPECT_TRUE(rules.MatchingRules("nothing to see").empty());
  EXPECT_TRUE(rules.MatchingRules("").empty());
}

// The rules are matched as several RE2::Sets of consecutive rules; a rule
// is reported by its index in the file whichever set holds it, and only
// when it matches. The words are month names in some of the locales
// dates.rules draws from.
TEST(RuleSetTest, GatedRulesMatchOnlyWhenAsked) {
  const RuleSet rules = RuleSet::Parse(
      "rule year \\b\\d{4}\\b\n"
      "rule ru_month (?:марта|апреля)\n"
      "rule month \\b(?:may|june)\\b\n",
      "test.rules", {}, RuleMatching::kWithSets, "ru_");
  std::vector<int> found;
  rules.MatchingRules("13 марта 2023, june", &found);
  EXPECT_EQ(found, (std::vector<int>{0, 2}));
  rules.MatchingRules("13 марта 2023, june", &found, /*with_gated=*/true);
  EXPECT_EQ(found, (std::vector<int>{0, 1, 2}));
  rules.MatchingRules("in june", &found, /*with_gated=*/true);
  EXPECT_EQ(found, (std::vector<int>{2}));
}

TEST(RuleSetTest, MatchingRulesSpansEverySetOfManyRules) {
  const std::vector<std::string> words = {
      "january", "février",  "märz",     "abril",   "maggio",  "junho",  "juli",
      "août",    "setembro", "oktober",  "noviembre", "dicembre", "enero", "febbraio",
      "mars",    "avril",    "mai",      "juin",    "luglio",  "agosto", "september",
      "octobre", "november", "décembre", "januar",  "februar", "april",  "juni",
      "august",  "dezember", "marzo",    "giugno",  "ottobre", "gennaio", "mayo",
      "julio",   "octubre",  "diciembre", "janvier", "juillet"};
  std::string content;
  for (std::size_t i = 0; i < words.size(); ++i) {
    content += "rule r" + std::to_string(i) + " \\b" + words[i] + "\\b\n";
  }
  const RuleSet rules = RuleSet::Parse(content, "months.rules");
  ASSERT_EQ(rules.rules().size(), words.size());
  EXPECT_EQ(rules.MatchingRules("le 3 janvier, el 5 de enero y el 9 de julio; am 1. märz"),
            (std::vector<int>{2, 12, 35, 38}));
  EXPECT_EQ(rules.MatchingRules("juillet juillet january"), (std::vector<int>{0, 39}));
  EXPECT_TRUE(rules.MatchingRules("julliet, janvie, marchés").empty());
}

// Built without sets (RuleMatching::kRulesOnly) the rules are the same and
// still checked one by one; MatchingRules then names every rule.
TEST(RuleSetTest, RulesOnlyKeepsTheRulesAndReportsEveryRule) {
  const std::string content =
      "rule year \\b\\d{4}\\b\n"
      "rule month \\b(?:may|june)\\b\n";
  const RuleSet rules = RuleSet::Parse(content, "test.rules", {}, RuleMatching::kRulesOnly);
  ASSERT_EQ(rules.rules().size(), 2u);
  EXPECT_TRUE(RE2::PartialMatch("in 2019", *rules.rules()[0].regex));
  EXPECT_FALSE(RE2::PartialMatch("in 2019", *rules.rules()[1].regex));
  EXPECT_EQ(rules.MatchingRules("nothing to see"), (std::vector<int>{0, 1}));
  try {
    RuleSet::Parse("rule ok x\nrule bad (unclosed\n", "bad.rules", {}, RuleMatching::kRulesOnly);
    FAIL() << "expected RuleError";
  } catch (const RuleError& error) {
    EXPECT_NE(std::string(error.what()).find("bad.rules:2: bad pattern for rule 'bad'"),
              std::string::npos)
        << error.what();
  }
}

// "rule NAME@GROUP" names the rule NAME and gives it GROUP; the group name
// follows the rules of names.
TEST(RuleSetTest, ARuleNamesItsGroupAfterAnAt) {
  const RuleSet rules = RuleSet::Parse(
      "define YEAR \\d{4}\n"
      "rule year@digits \\b{YEAR}\\b\n"
      "rule month \\bjune\\b\n",
      "test.rules");
  ASSERT_EQ(rules.rules().size(), 2u);
  EXPECT_EQ(rules.rules()[0].name, "year");
  EXPECT_EQ(rules.rules()[0].group, "digits");
  EXPECT_EQ(rules.rules()[1].name, "month");
  EXPECT_EQ(rules.rules()[1].group, "");
  EXPECT_NE(rules.Find("year"), nullptr);
  EXPECT_EQ(rules.Find("year@digits"), nullptr);
  EXPECT_EQ(ParseError("rule year@9x \\d\n"),
            "test.rules:1: bad group '9x' of rule 'year' (letters, digits and '_', not starting "
            "with a digit)");
  EXPECT_EQ(ParseError("rule year@ \\d\n"),
            "test.rules:1: bad group '' of rule 'year' (letters, digits and '_', not starting "
            "with a digit)");
  EXPECT_EQ(ParseError("define YEAR@digits \\d{4}\n"),
            "test.rules:1: bad name 'YEAR@digits' (letters, digits and '_', not starting with a "
            "digit)");
}

// Grouped sets: MatchingRulesInGroups consults the sets of the groups asked
// for, and those of the rules in no group (mask 0) always; a rule of two
// groups is named once. Each group here has more rules than one set holds,
// so that a group spans several sets.
TEST(RuleSetTest, MatchingRulesInGroupsConsultsTheGroupsAskedFor) {
  std::string content = "rule year@digits \\b\\d{4}\\b\n"
                        "rule month@words \\bjune\\b\n"
                        "rule both@both \\bjune\\s+\\d{4}\\b\n"
                        "rule anywhere \\bin\\b\n";
  for (int i = 0; i < 40; ++i) {
    content += "rule digits" + std::to_string(i) + "@digits \\b" + std::to_string(1000 + i) +
               "\\b\n";
  }
  const auto grouping = [](const Rule& rule) -> std::uint32_t {
    if (rule.group == "digits") return 1;
    if (rule.group == "words") return 2;
    if (rule.group == "both") return 3;
    return 0;
  };
  const RuleSet rules = RuleSet::Parse(content, "test.rules", {}, grouping);
  ASSERT_EQ(rules.rules().size(), 44u);
  const std::string text = "in june 2020, and 1039";
  std::vector<int> found;
  rules.MatchingRulesInGroups(text, 1, &found);
  EXPECT_EQ(found, (std::vector<int>{0, 2, 3, 43}));
  rules.MatchingRulesInGroups(text, 2, &found);
  EXPECT_EQ(found, (std::vector<int>{1, 2, 3}));
  rules.MatchingRulesInGroups(text, 3, &found);
  EXPECT_EQ(found, (std::vector<int>{0, 1, 2, 3, 43}));
  rules.MatchingRulesInGroups(text, 4, &found);
  EXPECT_EQ(found, (std::vector<int>{3}));
  rules.MatchingRulesInGroups("nothing to see", 3, &found);
  EXPECT_TRUE(found.empty());
}

TEST(RuleSetTest, GroupWordsListsAPlainAlternationOfWords) {
  const RuleSet rules = RuleSet::Parse(
      "define START (?:^|[^\\pL\\pN])\n"
      "rule roles (?P<role>head|vice-president|prime minister)\n"
      "rule titles {START}(?P<title>mr|dr|prosecutor's office)\\.?(?: |\\n)\n"
      "rule suffixes (?P<suffix>ltd|s\\.a)\n"
      "rule shaped (?P<surname>\\pL+(?:ov|eva))\n"
      "rule optional (?P<government>governments?) of \n",
      "test.rules");
  ASSERT_EQ(rules.rules().size(), 5u);
  EXPECT_EQ(rules.rules()[0].group_words,
            (std::vector<std::string>{"head", "vice-president", "prime minister"}));
  EXPECT_TRUE(rules.rules()[0].is_word_list);
  EXPECT_EQ(rules.rules()[1].group_words,
            (std::vector<std::string>{"mr", "dr", "prosecutor's office"}));
  EXPECT_FALSE(rules.rules()[1].is_word_list);  // more than the group
  EXPECT_EQ(rules.rules()[2].group_words, (std::vector<std::string>{"ltd", "s.a"}));
  EXPECT_TRUE(rules.rules()[2].is_word_list);
  EXPECT_TRUE(rules.rules()[3].group_words.empty());  // a class and repetition
  EXPECT_TRUE(rules.rules()[4].group_words.empty());  // "s?"
}

// WordRules must answer exactly as RE2::FullMatch of each rule would.
TEST(RuleSetTest, WordRulesAgreeWithFullMatchOfTheRules) {
  const RuleSet rules = RuleSet::Parse(
      "rule roles (?P<role>head|vice-president|prime minister)\n"
      "rule suffixes (?P<suffix>ltd|s\\.a)\n"
      "rule shaped (?P<surname>\\pL+(?:ov|eva))\n"
      "rule compound (?P<head>\\pL{4,}amt|\\pL+behörde|(?i)[a-z]+Ministerium)\n",
      "test.rules");
  const WordRules word_rules(rules, {0, 1, 2, 3});
  // The last ones go through the regexes' literal filter: case, non-ASCII
  // letters and words longer than its buffer.
  for (const std::string word :
       {"head", "vice-president", "prime minister", "ltd", "s.a", "sxa", "heads", "hea", "petrov",
        "ivanova", "ov", "", "Head", "prime", "minister", "vice", "PETROV", "Petrov", "zollamt",
        "Zollamt", "ZOLLAMT", "amt", "übamt", "zollamts", "landesbehörde", "LANDESBEHÖRDE",
        "Bundesministerium", "BUNDESMINISTERIUM", "bundesMinisterium",
        "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzamt",
        "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzAMT"}) {
    bool full_match = false;
    for (const Rule& rule : rules.rules()) full_match |= RE2::FullMatch(word, *rule.regex);
    EXPECT_EQ(word_rules.Matches(word), full_match) << word;
  }
  EXPECT_TRUE(word_rules.Matches("petrov"));
  EXPECT_TRUE(word_rules.Matches("s.a"));
  EXPECT_FALSE(word_rules.Matches("sxa"));
  EXPECT_TRUE(word_rules.Matches("zollamt"));
  EXPECT_FALSE(word_rules.Matches("ZOLLAMT"));  // the filter's lowercasing is only a filter
  EXPECT_TRUE(word_rules.Matches("landesbehörde"));
  EXPECT_TRUE(word_rules.Matches("BUNDESMINISTERIUM"));
  EXPECT_FALSE(WordRules(rules, {0}).Matches("petrov"));
}

TEST(RuleSetTest, ReportsRe2ErrorsWithFileAndLine) {
  EXPECT_EQ(ParseError("# comment\nrule bad (unclosed\n"),
            "test.rules:2: bad pattern for rule 'bad': missing ): (unclosed");
  EXPECT_EQ(ParseError("rule reps a{2,1}\n"),
            "test.rules:1: bad pattern for rule 'reps': invalid repetition size: {2,1}");
}

TEST(RuleSetTest, ReportsDuplicateRules) {
  EXPECT_EQ(ParseError("rule a x\n\nrule a y\n"),
            "test.rules:3: duplicate rule 'a' (first defined on line 1)");
}

TEST(RuleSetTest, ReportsUnknownStatements) {
  EXPECT_EQ(ParseError("rules a x\n"),
            "test.rules:1: unknown statement 'rules' (expected 'define' or 'rule')");
}

TEST(RuleSetTest, ReportsUndefinedMacros) {
  EXPECT_EQ(ParseError("define A x\nrule r {A}{B}\n"), "test.rules:2: undefined macro {B}");
  EXPECT_EQ(ParseError("define A {MONTH}\n"), "test.rules:1: undefined macro {MONTH}");
  // A macro is known only after its define.
  EXPECT_EQ(ParseError("rule r {A}\ndefine A x\n"), "test.rules:1: undefined macro {A}");
}

TEST(RuleSetTest, ReportsMissingNamesAndPatterns) {
  EXPECT_EQ(ParseError("rule\n"), "test.rules:1: 'rule' needs a name and a pattern");
  EXPECT_EQ(ParseError("rule lonely\n"), "test.rules:1: 'rule' needs a name and a pattern");
  EXPECT_EQ(ParseError("define EMPTY   \n"), "test.rules:1: 'define' needs a name and a pattern");
}

TEST(RuleSetTest, ReportsBadNamesAndRedefinedMacros) {
  EXPECT_EQ(ParseError("rule 9lives x\n"),
            "test.rules:1: bad name '9lives' (letters, digits and '_', not starting with a digit)");
  EXPECT_EQ(ParseError("define A x\ndefine A y\n"), "test.rules:2: macro 'A' is already defined");
  EXPECT_EQ(ParseError("define MONTH may\n", {{"MONTH", "june"}}),
            "test.rules:1: macro 'MONTH' is already defined");
}

TEST(RuleSetTest, LoadsFromDisk) {
  ScratchDir scratch;
  WriteFile(scratch / "ok.rules", "define Y \\d{4}\nrule year {Y}\n");
  const RuleSet rules = RuleSet::Load(scratch / "ok.rules");
  ASSERT_EQ(rules.rules().size(), 1u);
  EXPECT_EQ(rules.MatchingRules("in 2019"), (std::vector<int>{0}));
}

TEST(RuleSetTest, LoadNamesTheFileInErrors) {
  ScratchDir scratch;
  const std::filesystem::path path = scratch / "bad.rules";
  WriteFile(path, "rule ok x\nrule bad (unclosed\n");
  try {
    RuleSet::Load(path);
    FAIL() << "expected a RuleError";
  } catch (const RuleError& error) {
    EXPECT_EQ(std::string(error.what()),
              path.string() + ":2: bad pattern for rule 'bad': missing ): (unclosed");
  }
}

TEST(RuleSetTest, LoadOfAMissingFileIsARuleError) {
  ScratchDir scratch;
  const std::filesystem::path path = scratch / "missing.rules";
  try {
    RuleSet::Load(path);
    FAIL() << "expected a RuleError";
  } catch (const RuleError& error) {
    EXPECT_EQ(std::string(error.what()),
              path.string() + ": cannot read rule file: No such file or directory");
  }
  try {
    RuleSet::Load(scratch.path());
    FAIL() << "expected a RuleError";
  } catch (const RuleError& error) {
    EXPECT_EQ(std::string(error.what()),
              scratch.path().string() + ": cannot read rule file: Is a directory");
  }
}

TEST(RuleSetTest, ShippedDateRulesLoad) {
  const std::filesystem::path path = DataDir() / "rules" / "dates.rules";
  // The file needs macros the program builds from ICU ({MONTH}, weekday and
  // number words ...). Supply each one it asks for, so the only errors the
  // shipped file may have are missing program macros.
  std::map<std::string, std::string> macros = {{"MONTH", "january|jan"}};
  std::optional<RuleSet> rules;
  for (int attempt = 0; attempt < 50 && !rules; ++attempt) {
    try {
      rules = RuleSet::Load(path, macros);
    } catch (const RuleError& error) {
      const std::string message = error.what();
      const std::size_t at = message.find("undefined macro {");
      ASSERT_NE(at, std::string::npos) << message;
      const std::size_t name_start = at + std::string("undefined macro {").size();
      const std::string name = message.substr(name_start, message.find('}', name_start) - name_start);
      ASSERT_FALSE(macros.count(name)) << message;
      macros[name] = "zzqzz";
    }
  }
  ASSERT_TRUE(rules.has_value());
  EXPECT_GE(rules->rules().size(), 10u);
  ASSERT_NE(rules->Find("day_month_year"), nullptr);
  for (const Rule& rule : rules->rules()) {
    EXPECT_TRUE(rule.regex->ok()) << rule.name;
  }
  EXPECT_FALSE(rules->MatchingRules("on 19 january 2021").empty());
  // Without the program's macros the file cannot load.
  try {
    RuleSet::Load(path);
    FAIL() << "expected a RuleError";
  } catch (const RuleError& error) {
    EXPECT_NE(std::string(error.what()).find("undefined macro {"), std::string::npos)
        << error.what();
  }
}

// Rule::capture_count and Rule::named_groups are read from the pattern's
// text, so that rules compiled on first use need no RE2 to report them;
// they must agree with RE2 on tricky patterns and on every shipped rule.
void ExpectCapturesAsRe2Reads(const Rule& rule) {
  EXPECT_EQ(rule.capture_count, rule.regex->NumberOfCapturingGroups()) << rule.pattern;
  EXPECT_EQ(rule.named_groups, rule.regex->NamedCapturingGroups()) << rule.pattern;
}

TEST(RuleSetTest, CapturingGroupsReadFromThePatternAsRe2ReadsThem) {
  const RuleSet rules = RuleSet::Parse(
      "rule a (?P<y>\\d{4})-(\\d\\d)\n"
      "rule b [(](?:x|y)[)]\\((?P<n>[^)\\]]+)\\)\n"
      "rule c (?i)(?P<w>[[:punct:]()]+)\\Q(a)\\E(b)\n"
      "rule d []()](z)(?P<last>q)\n",
      "test.rules", {}, RuleMatching::kRulesOnly);
  ASSERT_EQ(rules.rules().size(), 4u);
  EXPECT_EQ(rules.rules()[0].capture_count, 2);
  EXPECT_EQ(rules.rules()[1].named_groups, (std::map<std::string, int>{{"n", 1}}));
  EXPECT_EQ(rules.rules()[2].capture_count, 2);
  EXPECT_EQ(rules.rules()[3].named_groups, (std::map<std::string, int>{{"last", 2}}));
  for (const Rule& rule : rules.rules()) ExpectCapturesAsRe2Reads(rule);
  for (const char* file : {"counts.rules", "dates.rules", "organizations.rules", "persons.rules"}) {
    // The program's macros ({MONTH}, {SCALE} ...) as a plain word each.
    std::map<std::string, std::string> macros;
    std::optional<RuleSet> shipped;
    while (!shipped) {
      try {
        shipped = RuleSet::Load(DataDir() / "rules" / file, macros, RuleMatching::kRulesOnly);
      } catch (const RuleError& error) {
        const std::string message = error.what();
        const std::size_t at = message.find("undefined macro {");
        ASSERT_NE(at, std::string::npos) << message;
        const std::size_t start = at + std::string("undefined macro {").size();
        const std::string name = message.substr(start, message.find('}', start) - start);
        ASSERT_FALSE(macros.count(name)) << message;
        macros[name] = "zzqzz";
      }
    }
    EXPECT_GE(shipped->rules().size(), 10u) << file;
    for (const Rule& rule : shipped->rules()) ExpectCapturesAsRe2Reads(rule);
  }
}

// A rule set with sets compiles each rule's own RE2 on first use; the
// lazily compiled RE2 matches as an eager one, also when threads ask for it
// at once, and a bad pattern is still an error at load.
TEST(RuleSetTest, RulesWithSetsCompileTheirRegexOnFirstUse) {
  const std::string content =
      "rule day_month (?P<d>\\d{1,2}) (?P<m>june|july)\n"
      "rule year in (?P<y>\\d{4})\n";
  const RuleSet lazy = RuleSet::Parse(content, "test.rules");
  const RuleSet eager = RuleSet::Parse(content, "test.rules", {}, RuleMatching::kRulesOnly);
  const std::string text = "The board met on 5 july and again in 2019.";
  std::vector<std::thread> threads;
  std::vector<int> found(8, 0);
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      std::string month;
      if (RE2::PartialMatch(text, *lazy.rules()[t % 2 == 0 ? 0 : 1].regex)) found[t] = 1;
      if (t % 2 == 0 && RE2::PartialMatch(text, *lazy.rules()[0].regex, nullptr, &month)) {
        found[t] += month == "july" ? 1 : 0;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(found, (std::vector<int>{2, 1, 2, 1, 2, 1, 2, 1}));
  for (std::size_t i = 0; i < lazy.rules().size(); ++i) {
    EXPECT_EQ(RE2::PartialMatch(text, *lazy.rules()[i].regex),
              RE2::PartialMatch(text, *eager.rules()[i].regex));
    ExpectCapturesAsRe2Reads(lazy.rules()[i]);
  }
  EXPECT_EQ(ParseError("rule fine a+\nrule bad (b\n"),
            "test.rules:2: bad pattern for rule 'bad': missing ): (b");
}

// A rule file built into RE2::Sets has its patterns parsed once, by the
// sets, not first by the parser too: the error reported for a file with
// several faults must still be the first one in file order, as the parser
// found it.
TEST(RuleSetTest, SetsParseEachPatternOnceAndReportTheFirstFault) {
  const auto error_of = [](const std::string& content, RuleMatching matching) {
    try {
      RuleSet::Parse(content, "test.rules", {}, matching);
    } catch (const RuleError& error) {
      return std::string(error.what());
    }
    return std::string();
  };
  for (const RuleMatching matching : {RuleMatching::kWithSets, RuleMatching::kRulesOnly}) {
    // A bad pattern before a later fault of another kind.
    EXPECT_EQ(error_of("rule fine a+\nrule bad (b\nrule fine c\n", matching),
              "test.rules:2: bad pattern for rule 'bad': missing ): (b");
    EXPECT_EQ(error_of("rule bad x{3,2}\nrule z {NOPE}\n", matching),
              "test.rules:1: bad pattern for rule 'bad': invalid repetition size: {3,2}");
    EXPECT_EQ(error_of("rule bad [b\nfrobnicate x y\n", matching),
              "test.rules:1: bad pattern for rule 'bad': missing ]: [b");
    // A fault of another kind before a bad pattern.
    EXPECT_EQ(error_of("rule a x\nrule a y\nrule bad (b\n", matching),
              "test.rules:2: duplicate rule 'a' (first defined on line 1)");
    // Two bad patterns: the first.
    EXPECT_EQ(error_of("rule one (a\nrule two (b\n", matching),
              "test.rules:1: bad pattern for rule 'one': missing ): (a");
  }
  // Sets filled in group order, not file order: still the first line.
  const auto by_name = [](const Rule& rule) -> std::uint32_t {
    return rule.name == "late" ? 1 : 2;
  };
  try {
    RuleSet::Parse("rule early (a\nrule late (b\n", "test.rules", {}, by_name);
    FAIL() << "expected a RuleError";
  } catch (const RuleError& error) {
    EXPECT_EQ(std::string(error.what()), "test.rules:1: bad pattern for rule 'early': missing ): (a");
  }
  // A good file still matches through its sets.
  const RuleSet good = RuleSet::Parse("rule a (?P<m>june|july)\nrule b \\d{4}\n", "test.rules");
  std::vector<int> matching;
  good.MatchingRulesInGroups("in july 2019", ~0u, &matching);
  EXPECT_EQ(matching, (std::vector<int>{0, 1}));
}

}  // namespace
}  // namespace gleaner
