// Tests for ScanNameWords: word boundaries, capitalization, possessives,
// dotted abbreviations, sentence starts and lines written in capitals.
#include "extractors/name_words.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/normalize.h"

namespace gleaner {
namespace {

using Strings = std::vector<std::string>;

struct ScannedText {
  std::string raw;
  NormalizedText normalized;
  std::vector<NameWord> words;

  explicit ScannedText(std::string text)
      : raw(std::move(text)), normalized(Normalizer().Normalize(raw)),
        words(ScanNameWords(TextView{raw, normalized})) {}

  std::string Raw(const NameWord& word) const {
    return raw.substr(word.raw_start, word.raw_end - word.raw_start);
  }
  std::vector<std::string> Texts() const {
    std::vector<std::string> texts;
    for (const NameWord& word : words) texts.push_back(Raw(word));
    return texts;
  }
  const NameWord& Word(const std::string& text) const {
    for (const NameWord& word : words) {
      if (Raw(word) == text) return word;
    }
    ADD_FAILURE() << "no word " << text;
    return words.front();
  }
};

// A hyphen, an inner apostrophe, '&' and the dots of "U.S." stay inside a
// word; a possessive "'s" and an em dash do not (seed 000 and Reuters).
TEST(NameWordsTest, WordBoundaries) {
  const ScannedText text(
      "The U.S. envoy met Issyk-Kul's akim and AT&T staff in Cote d'Ivoire\u2014the fund\u2014"
      "Aga Khan Foundation.");
  EXPECT_EQ(text.Texts(), (Strings{"The", "U.S.", "envoy", "met", "Issyk-Kul", "s", "akim",
                                   "and", "AT&T", "staff", "in", "Cote", "d'Ivoire", "the",
                                   "fund", "Aga", "Khan", "Foundation"}));
  EXPECT_TRUE(text.Word("Issyk-Kul").possessive);
  EXPECT_FALSE(text.Word("akim").possessive);
  EXPECT_TRUE(text.Word("Foundation").dotted);
  EXPECT_FALSE(text.Word("Aga").dotted);
}

// "Anti-Terrorism" and "Co-operation" are capitalized words; "OSCE-certified"
// is not, though it opens in capitals; "OSCE" is in capitals, "A" is not
// (one letter).
TEST(NameWordsTest, Capitalization) {
  const ScannedText text(
      "OSCE-certified trainers of the Anti-Terrorism Centre and the Inter-ethnic "
      "Co-operation Council met. A new OSCE course opened.");
  EXPECT_FALSE(text.Word("OSCE-certified").capitalized);
  EXPECT_TRUE(text.Word("Anti-Terrorism").capitalized);
  EXPECT_TRUE(text.Word("Inter-ethnic").capitalized);
  EXPECT_TRUE(text.Word("Co-operation").capitalized);
  EXPECT_FALSE(text.Word("trainers").capitalized);
  EXPECT_TRUE(text.Word("OSCE").all_caps);
  EXPECT_FALSE(text.Word("A").all_caps);
  EXPECT_FALSE(text.Word("Centre").all_caps);
}

// A word opens a sentence after . ! ? : or a line break, looking past
// quotes and brackets; NextCapitalizedWord jumps to the next capitalized one.
TEST(NameWordsTest, SentenceStartsAndNextCapitalized) {
  const ScannedText text("He spoke. \"Youth matter,\" said one.\nall agreed: Osh next");
  EXPECT_TRUE(text.Word("He").sentence_start);
  EXPECT_TRUE(text.Word("Youth").sentence_start);
  EXPECT_FALSE(text.Word("said").sentence_start);
  EXPECT_TRUE(text.Word("all").sentence_start);
  EXPECT_TRUE(text.Word("Osh").sentence_start);
  ASSERT_EQ(text.words.size(), 10u);
  EXPECT_EQ(NextCapitalizedWord(text.words, 1), 2u);  // "Youth"
  EXPECT_EQ(NextCapitalizedWord(text.words, 3), 8u);  // "Osh"
  EXPECT_EQ(NextCapitalizedWord(text.words, 9), 10u);  // none: the end
  EXPECT_EQ(GapBefore(TextView{text.raw, text.normalized}, text.words, 4), ",\" ");
}

// A word in a line written (almost) all in capitals is "shouting": six or
// more upper-case ASCII letters and at most a tenth as many lower-case
// ones. Lines of several lengths (the letters are counted eight bytes at a
// time, then one by one) with and without non-ASCII letters; the first two
// lines open Reuters-21578 article 1 and 13.
// More words and lines than the scan reserves room for at first (a word
// per six bytes, a line per 32): the vectors grow and every word keeps
// its own offsets and flags.
TEST(NameWordsTest, ManyShortWordsAndLinesPastTheReservedRoom) {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "A b\nCD E\n";
  const ScannedText scanned(text);
  ASSERT_EQ(scanned.words.size(), 160u);
  for (std::size_t i = 0; i < scanned.words.size(); i += 4) {
    EXPECT_EQ(scanned.Raw(scanned.words[i]), "A");
    EXPECT_EQ(scanned.Raw(scanned.words[i + 1]), "b");
    EXPECT_EQ(scanned.Raw(scanned.words[i + 2]), "CD");
    EXPECT_EQ(scanned.Raw(scanned.words[i + 3]), "E");
    EXPECT_TRUE(scanned.words[i].capitalized);
    EXPECT_TRUE(scanned.words[i].sentence_start);
    EXPECT_FALSE(scanned.words[i + 1].capitalized);
    EXPECT_TRUE(scanned.words[i + 2].all_caps);
    EXPECT_EQ(scanned.words[i + 1].next_capitalized, i + 2);
  }
}

TEST(NameWordsTest, WordsOfAllCapitalLinesAreShouting) {
  const std::string raw =
      "BAHIA COCOA REVIEW\n"
      "SALVADOR, Feb 26 - Showers continued throughout the week in\n"
      "ÉTÉ À PARIS: LA RÉPUBLIQUE VOTE\n"
      "USA\n"
      "Shr 1.25 DLRS VS 98 CTS NET 4,500,000 VS 3,000,000 revs\n"
      "SHR 1.25 DLRS VS 98 CTS NET 4,500,000 VS 3,000,000 REVS up\n"
      "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz";
  const NormalizedText normalized = Normalizer().Normalize(raw);
  const std::vector<NameWord> words = ScanNameWords(TextView{raw, normalized});
  std::vector<std::string> shouting_lines;
  std::string line_flags;
  std::size_t line_start = 0;
  for (const NameWord& word : words) {
    const std::size_t line = raw.rfind('\n', word.raw_start);
    const std::size_t start = line == std::string::npos ? 0 : line + 1;
    if (start != line_start && !line_flags.empty()) {
      shouting_lines.push_back(line_flags);
      line_flags.clear();
    }
    line_start = start;
    line_flags += word.shouting ? 'S' : '-';
  }
  shouting_lines.push_back(line_flags);
  EXPECT_EQ(shouting_lines, (Strings{"SSS", "---------", "SSSSSS", "-", "----------------",
                                     "SSSSSSSSSSSSSSSSS", "--"}));
}

}  // namespace
}  // namespace gleaner
