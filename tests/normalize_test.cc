// Tests for engine/normalize: the normalized text, the offset map back to the
// raw bytes (checked on the real seed releases and on hand-made hard cases),
// hostile inputs, and the strict UTF-8 validator.
#include "engine/normalize.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "tests/test_support.h"

namespace gleaner {
namespace {

const Normalizer& SharedNormalizer() {
  static const Normalizer normalizer;
  return normalizer;
}

std::string Norm(std::string_view raw) { return SharedNormalizer().Normalize(raw).text; }

std::string Utf8(UChar32 c) {
  char bytes[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(bytes, length, c);
  return std::string(bytes, static_cast<std::size_t>(length));
}

// Sizes, bounds and monotonicity of the offset map.
void ExpectWellFormedMap(std::string_view raw, const NormalizedText& normalized) {
  ASSERT_EQ(normalized.raw_start.size(), normalized.text.size());
  ASSERT_EQ(normalized.raw_end.size(), normalized.text.size());
  for (std::size_t i = 0; i < normalized.text.size(); ++i) {
    ASSERT_LT(normalized.raw_start[i], normalized.raw_end[i]) << "at normalized byte " << i;
    ASSERT_LE(normalized.raw_end[i], raw.size()) << "at normalized byte " << i;
    if (i > 0) {
      ASSERT_LE(normalized.raw_start[i - 1], normalized.raw_start[i]) << "at " << i;
      ASSERT_LE(normalized.raw_end[i - 1], normalized.raw_end[i]) << "at " << i;
    }
  }
  EXPECT_TRUE(IsValidUtf8(normalized.text));
}

// The raw text behind normalized [start, end) normalizes to exactly that text.
void ExpectSpanRoundTrips(std::string_view raw, const NormalizedText& normalized,
                          std::size_t start, std::size_t end) {
  const ByteSpan span = normalized.ToRaw(start, end);
  ASSERT_LE(span.start, span.end);
  ASSERT_LE(span.end, raw.size());
  const std::string_view raw_part = raw.substr(span.start, span.end - span.start);
  const std::string_view normalized_part =
      std::string_view(normalized.text).substr(start, end - start);
  EXPECT_EQ(Norm(raw_part), normalized_part)
      << "raw [" << span.start << ", " << span.end << ") = \"" << raw_part << "\"";
}

struct Span {
  std::size_t start;
  std::size_t end;
};

// Maximal runs of bytes for which `inside` holds.
template <typename Predicate>
std::vector<Span> RunsOf(std::string_view text, Predicate inside) {
  std::vector<Span> runs;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!inside(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < text.size() && inside(static_cast<unsigned char>(text[i]))) ++i;
    runs.push_back({start, i});
  }
  return runs;
}

// Tokens: everything between white space.
std::vector<Span> Tokens(std::string_view text) {
  return RunsOf(text, [](unsigned char c) { return c != ' ' && c != '\n'; });
}

// Words: ASCII letters and digits plus any non-ASCII character.
std::vector<Span> Words(std::string_view text) {
  return RunsOf(text, [](unsigned char c) {
    return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z');
  });
}

// Groups: maximal runs of normalized bytes that share one raw span, i.e. the
// output of one segment (or one collapsed white-space run).
std::vector<Span> Groups(const NormalizedText& normalized) {
  std::vector<Span> groups;
  std::size_t start = 0;
  for (std::size_t i = 1; i <= normalized.text.size(); ++i) {
    if (i == normalized.text.size() || normalized.raw_start[i] != normalized.raw_start[start] ||
        normalized.raw_end[i] != normalized.raw_end[start]) {
      groups.push_back({start, i});
      start = i;
    }
  }
  return groups;
}

// Checks the offset map on every token and segment group of `raw`, and on
// every word unless `check_words` is false. (A word can end inside one
// segment's output: NFKC turns "\u2105" into "c/o", and the word "c" can only
// map to the whole "\u2105".)
void ExpectOffsetMapProperty(std::string_view raw, bool check_words = true) {
  const NormalizedText normalized = SharedNormalizer().Normalize(raw);
  ExpectWellFormedMap(raw, normalized);
  for (const Span& token : Tokens(normalized.text)) {
    ExpectSpanRoundTrips(raw, normalized, token.start, token.end);
  }
  if (check_words) {
    for (const Span& word : Words(normalized.text)) {
      ExpectSpanRoundTrips(raw, normalized, word.start, word.end);
    }
  }
  if (normalized.text.empty()) return;
  for (const Span& group : Groups(normalized)) {
    ExpectSpanRoundTrips(raw, normalized, group.start, group.end);
  }
}

std::vector<std::filesystem::path> SeedFiles() {
  std::vector<std::filesystem::path> files;
  const std::filesystem::path seeds = testing::SeedsDir();
  if (!std::filesystem::is_directory(seeds)) return files;
  for (const auto& entry : std::filesystem::directory_iterator(seeds)) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Expects normalized bytes [start, end) to map to raw [raw_start, raw_end).
void ExpectBytesMapTo(const NormalizedText& normalized, std::size_t start, std::size_t end,
                      std::uint32_t raw_start, std::uint32_t raw_end) {
  for (std::size_t i = start; i < end; ++i) {
    EXPECT_EQ(normalized.raw_start[i], raw_start) << "normalized byte " << i;
    EXPECT_EQ(normalized.raw_end[i], raw_end) << "normalized byte " << i;
  }
}

TEST(NormalizeSeeds, OffsetMapRoundTripsOnEveryRelease) {
  const std::vector<std::filesystem::path> files = SeedFiles();
  ASSERT_FALSE(files.empty()) << "no seed releases in " << testing::SeedsDir();
  for (const auto& path : files) {
    SCOPED_TRACE(path.string());
    const std::string raw = testing::ReadFileOrDie(path);
    ASSERT_TRUE(IsValidUtf8(raw));
    ExpectOffsetMapProperty(raw);
  }
}

TEST(NormalizeSeeds, OutputIsFoldedAndUnified) {
  for (const auto& path : SeedFiles()) {
    SCOPED_TRACE(path.string());
    const std::string raw = testing::ReadFileOrDie(path);
    const std::string text = Norm(raw);
    EXPECT_FALSE(text.empty());
    EXPECT_EQ(std::count_if(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; }),
              0);
    EXPECT_EQ(text.find("  "), std::string::npos);
    EXPECT_EQ(text.find('\r'), std::string::npos);
    EXPECT_EQ(text.find('\t'), std::string::npos);
    for (const char* unified : {"\u2010", "\u2011", "\u2013", "\u2014", "\u2018", "\u2019",
                                "\u201C", "\u201D", "\u00A0"}) {
      EXPECT_EQ(text.find(unified), std::string::npos) << unified;
    }
  }
}

TEST(NormalizeSeeds, CurlyQuotesAndDashesFromTheReleases) {
  // Phrases as they appear in the seed releases.
  EXPECT_EQ(Norm("the OSCE\u2019s Leaders"), "the osce's leaders");
  EXPECT_EQ(Norm("increasing co\u2011ordination"), "increasing co-ordination");
  EXPECT_EQ(Norm("\u201CThe PVE Network\u201D"), "\"the pve network\"");
  EXPECT_EQ(Norm("\u2018whole\u2019"), "'whole'");

  const std::string raw = "OSCE\u2019s";
  const NormalizedText osce = SharedNormalizer().Normalize(raw);
  EXPECT_EQ(osce.text, "osce's");
  for (std::uint32_t i = 0; i < 4; ++i) ExpectBytesMapTo(osce, i, i + 1, i, i + 1);
  ExpectBytesMapTo(osce, 4, 5, 4, 7);  // the 3-byte U+2019
  ExpectBytesMapTo(osce, 5, 6, 7, 8);

  const NormalizedText years = SharedNormalizer().Normalize("2023\u20132027");
  EXPECT_EQ(years.text, "2023-2027");
  ExpectBytesMapTo(years, 4, 5, 4, 7);  // the 3-byte en dash
  const ByteSpan span = years.ToRaw(0, years.text.size());
  EXPECT_EQ(span.start, 0U);
  EXPECT_EQ(span.end, std::string("2023\u20132027").size());
}

TEST(Normalize, EmptyInput) {
  const NormalizedText normalized = SharedNormalizer().Normalize("");
  EXPECT_TRUE(normalized.text.empty());
  EXPECT_TRUE(normalized.raw_start.empty());
  EXPECT_TRUE(normalized.raw_end.empty());
}

TEST(Normalize, AsciiIsLowercasedOneToOne) {
  const std::string raw = "Bishkek, October 15, 2021 - UNODC/TPB (PVE) #1: 100% `done`!";
  const NormalizedText normalized = SharedNormalizer().Normalize(raw);
  EXPECT_EQ(normalized.text, "bishkek, october 15, 2021 - unodc/tpb (pve) #1: 100% 'done'!");
  for (std::uint32_t i = 0; i < raw.size(); ++i) ExpectBytesMapTo(normalized, i, i + 1, i, i + 1);
}

TEST(Normalize, SuperscriptDigitsAreFootnoteMarksNotDigits) {
  // tests/data/releases-blind3 (tj-panjakent-unesco-pdf): NFKC would glue
  // "2" to the town's name and start a count at the footnote's line.
  const std::string raw = "around Panjakent\u00B2.\n\u00B2 Panjakent lies";
  const NormalizedText normalized = SharedNormalizer().Normalize(raw);
  EXPECT_EQ(normalized.text, "around panjakent*.\n* panjakent lies");
  const std::size_t mark = normalized.text.find('*');
  const ByteSpan span = normalized.ToRaw(mark, mark + 1);
  EXPECT_EQ(raw.substr(span.start, span.end - span.start), "\u00B2");
  ExpectOffsetMapProperty(raw);
}

TEST(Normalize, CombiningSequenceIsOneSegment) {
  const std::string raw = "Cafe\u0301 au lait";
  const NormalizedText normalized = SharedNormalizer().Normalize(raw);
  EXPECT_EQ(normalized.text, "caf\u00E9 au lait");
  ExpectBytesMapTo(normalized, 3, 5, 3, 6);  // "é" <- "e" U+0301
  const ByteSpan span = normalized.ToRaw(3, 5);
  EXPECT_EQ(raw.substr(span.start, span.end - span.start), "e\u0301");
  ExpectBytesMapTo(normalized, 5, 6, 6, 7);  // the following space
  ExpectOffsetMapProperty(raw);

  // An uppercase ASCII base letter takes the ICU path too.
  const NormalizedText upper = SharedNormalizer().Normalize("E\u0301A\u030A");
  EXPECT_EQ(upper.text, "\u00E9\u00E5");
  ExpectBytesMapTo(upper, 0, 2, 0, 3);
  ExpectBytesMapTo(upper, 2, 4, 3, 6);
}

TEST(Normalize, PrecomposedAccentsAreFolded) {
  EXPECT_EQ(Norm("\u00C9COLE Z\u00DCRICH \u00D3\u00D6"), "\u00E9cole z\u00FCrich \u00F3\u00F6");
}

TEST(Normalize, FullWidthForms) {
  const std::string raw = "\uFF21\uFF22\uFF23\uFF12\uFF10\uFF12\uFF11";  // ＡＢＣ２０２１
  const NormalizedText normalized = SharedNormalizer().Normalize(raw);
  EXPECT_EQ(normalized.text, "abc2021");
  for (std::uint32_t i = 0; i < 7; ++i) ExpectBytesMapTo(normalized, i, i + 1, 3 * i, 3 * i + 3);
  ExpectOffsetMapProperty(raw);
}

TEST(Normalize, Cyrillic) {
  const std::string raw = "\u0410\u043B\u043C\u0430\u0442\u044B";  // Алматы
  const NormalizedText normalized = SharedNormalizer().Normalize(raw);
  EXPECT_EQ(normalized.text, "\u0430\u043B\u043C\u0430\u0442\u044B");  // алматы
  for (std::uint32_t i = 0; i < 6; ++i) {
    ExpectBytesMapTo(normalized, 2 * i, 2 * i + 2, 2 * i, 2 * i + 2);
  }
  EXPECT_EQ(Norm("\u041A\u042B\u0420\u0413\u042B\u0417\u0421\u0422\u0410\u041D"),
            "\u043A\u044B\u0440\u0433\u044B\u0437\u0441\u0442\u0430\u043D");  // КЫРГЫЗСТАН
  ExpectOffsetMapProperty("\u0413\u043E\u0440\u043E\u0434 \u0411\u0438\u0448\u043A\u0435\u043A, "
                          "15 \u043E\u043A\u0442\u044F\u0431\u0440\u044F 2021 \u0433.");
}

TEST(Normalize, SharpSExpandsToTwoBytesOfOneSource) {
  const std::string raw = "Stra\u00DFe";
  const NormalizedText normalized = SharedNormalizer().Normalize(raw);
  EXPECT_EQ(normalized.text, "strasse");
  ExpectBytesMapTo(normalized, 4, 6, 4, 6);  // "ss" <- the 2-byte "ß"
  ExpectBytesMapTo(normalized, 6, 7, 6, 7);
  ExpectOffsetMapProperty(raw);
}

TEST(Normalize, Ligature) {
  const NormalizedText normalized = SharedNormalizer().Normalize("\uFB01nance");  // ﬁnance
  EXPECT_EQ(normalized.text, "finance");
  ExpectBytesMapTo(normalized, 0, 2, 0, 3);
  ExpectBytesMapTo(normalized, 2, 3, 3, 4);
}

TEST(Normalize, DashesAndQuotes) {
  EXPECT_EQ(Norm("a\u2010b\u2012c\u2013d\u2014e\u2015f\u2212g\uFE58h\uFE63i\uFF0Dj"),
            "a-b-c-d-e-f-g-h-i-j");
  EXPECT_EQ(Norm("\u2018a\u2019 \u201Ab\u201B \u2032c` d\u00B4 \uFF07e"), "'a' 'b' 'c' d' 'e");
  EXPECT_EQ(Norm("\u201Ca\u201D \u201Eb\u201F \u00ABc\u00BB 5\u2033 \uFF02d"),
            "\"a\" \"b\" \"c\" 5\" \"d");
  // The apostrophes of Uzbek Latin, modifier letters U+02BB and U+02BC
  // (tests/data/releases-blind20: "Margʻilon", "Oʻzbekiston"), are single
  // quotes too, each mapping to its two raw bytes.
  const NormalizedText uzbek = SharedNormalizer().Normalize("Marg\u02BBilon ta\u02BClim");
  EXPECT_EQ(uzbek.text, "marg'ilon ta'lim");
  ExpectBytesMapTo(uzbek, 4, 5, 4, 6);
  // U+00B4 would become " \u0301" under NFKC; it is unified first.
  const NormalizedText acute = SharedNormalizer().Normalize("d\u00B4s");
  EXPECT_EQ(acute.text, "d's");
  ExpectBytesMapTo(acute, 1, 2, 1, 3);
}

TEST(Normalize, WhiteSpaceRunsCollapse) {
  const std::string raw = "a \u00A0\t b";
  const NormalizedText normalized = SharedNormalizer().Normalize(raw);
  EXPECT_EQ(normalized.text, "a b");
  ExpectBytesMapTo(normalized, 1, 2, 1, static_cast<std::uint32_t>(raw.size() - 1));
  ExpectBytesMapTo(normalized, 2, 3, static_cast<std::uint32_t>(raw.size() - 1),
                   static_cast<std::uint32_t>(raw.size()));

  const NormalizedText crlf = SharedNormalizer().Normalize("line one\r\nline two");
  EXPECT_EQ(crlf.text, "line one\nline two");
  ExpectBytesMapTo(crlf, 8, 9, 8, 10);

  EXPECT_EQ(Norm("a \r\n\t b"), "a\nb");
  EXPECT_EQ(Norm("a\u2028b\u2029c\u0085d"), "a\nb\nc\nd");
  EXPECT_EQ(Norm("a\u2003\u3000\u202Fb"), "a b");
  EXPECT_EQ(Norm("a\n\n\n\nb"), "a\nb");
  EXPECT_EQ(Norm("  leading and trailing  "), " leading and trailing ");
  ExpectOffsetMapProperty("Paragraph one.\r\n\r\n\u00A0 Paragraph\ttwo.\u2029End");
}

TEST(Normalize, AllWhiteSpace) {
  const std::string spaces = "  \t \u3000\u00A0 ";
  const NormalizedText normalized = SharedNormalizer().Normalize(spaces);
  EXPECT_EQ(normalized.text, " ");
  ExpectBytesMapTo(normalized, 0, 1, 0, static_cast<std::uint32_t>(spaces.size()));

  const std::string lines = "\n\n \r\n\t";
  const NormalizedText breaks = SharedNormalizer().Normalize(lines);
  EXPECT_EQ(breaks.text, "\n");
  ExpectBytesMapTo(breaks, 0, 1, 0, static_cast<std::uint32_t>(lines.size()));
}

TEST(Normalize, DefaultIgnorablesAreDropped) {
  const std::string raw = "co\u00ADoperation";
  const NormalizedText normalized = SharedNormalizer().Normalize(raw);
  EXPECT_EQ(normalized.text, "cooperation");
  ExpectBytesMapTo(normalized, 1, 2, 1, 2);
  ExpectBytesMapTo(normalized, 2, 3, 4, 5);  // after the 2-byte soft hyphen
  const ByteSpan whole = normalized.ToRaw(0, normalized.text.size());
  EXPECT_EQ(whole.start, 0U);
  EXPECT_EQ(whole.end, raw.size());

  const std::string joiners = "\uFEFFHello\u200Bworld\u200C\u200D!\u2060";
  const NormalizedText hello = SharedNormalizer().Normalize(joiners);
  EXPECT_EQ(hello.text, "helloworld!");
  ExpectBytesMapTo(hello, 0, 1, 3, 4);  // after the BOM
  ExpectOffsetMapProperty(joiners);

  // An ignorable inside a white-space run does not split it.
  EXPECT_EQ(Norm("a \u00AD b"), "a b");
}

TEST(Normalize, NormalizationPutsNoWhiteSpaceInsideAWord) {
  // NFKC would make " \u0308" of U+00A8 and four words of U+FDFA; such
  // segments are only case folded and composed.
  EXPECT_EQ(Norm("A\u00A8B"), "a\u00A8b");
  EXPECT_EQ(Norm("x\uFDFAy"), "x\uFDFAy");
  EXPECT_EQ(Norm("\u02D8\u0301"), "\u02D8\u0301");
  // A combining mark after white space does not join the space to the word.
  const NormalizedText mark = SharedNormalizer().Normalize("a \u0301b");
  EXPECT_EQ(mark.text, "a \u0301b");
  ExpectBytesMapTo(mark, 1, 2, 1, 2);
  ExpectBytesMapTo(mark, 2, 4, 2, 4);
  ExpectOffsetMapProperty("a\u00A0\u0301b A\u00A8b \u2017x\uFE70");
}

TEST(Normalize, VerticalTabAndFormFeedAreLineBreaks) {
  EXPECT_EQ(Norm("a\fb\vc \t d"), "a\nb\nc d");
}

TEST(Normalize, IllFormedInputBecomesReplacementCharacters) {
  const std::string raw = "a\xFF" "b\xE2\x80";
  const NormalizedText normalized = SharedNormalizer().Normalize(raw);
  EXPECT_EQ(normalized.text, "a\uFFFDb\uFFFD");
  ExpectWellFormedMap(raw, normalized);
  ExpectBytesMapTo(normalized, 1, 4, 1, 2);
  ExpectBytesMapTo(normalized, 5, 8, 3, 5);
}

TEST(Normalize, ReusedOutputIsReplaced) {
  const std::string long_text = "The OSCE\u2019s Office in Bishkek \u2013 " + std::string(5000, 'X');
  NormalizedText reused;
  SharedNormalizer().Normalize(long_text, reused);
  EXPECT_EQ(reused.text, Norm(long_text));
  SharedNormalizer().Normalize("Caf\u00C9", reused);
  const NormalizedText fresh = SharedNormalizer().Normalize("Caf\u00C9");
  EXPECT_EQ(reused.text, fresh.text);
  EXPECT_EQ(reused.raw_start, fresh.raw_start);
  EXPECT_EQ(reused.raw_end, fresh.raw_end);
  SharedNormalizer().Normalize("", reused);
  EXPECT_TRUE(reused.text.empty());
  EXPECT_TRUE(reused.raw_start.empty());
  EXPECT_TRUE(reused.raw_end.empty());
}

TEST(Normalize, EmojiSequences) {
  const std::string raw = "\U0001F469\u200D\U0001F4BB ok";  // woman ZWJ laptop
  const NormalizedText normalized = SharedNormalizer().Normalize(raw);
  EXPECT_EQ(normalized.text, "\U0001F469\U0001F4BB ok");
  ExpectBytesMapTo(normalized, 0, 4, 0, 4);
  ExpectBytesMapTo(normalized, 4, 8, 7, 11);
}

TEST(Normalize, MixedTextRoundTrips) {
  ExpectOffsetMapProperty(
      "\uFEFF\u201CThe OSCE\u2019s Office\u201D \u2013 Stra\u00DFe \uFB01nance, Cafe\u0301 "
      "\uFF21\uFF22\uFF23\uFF12\uFF10\uFF12\uFF11\r\n\u0410\u043B\u043C\u0430\u0442\u044B "
      "co\u00ADoperation \u00BD \u2460 \uAC00\u1100\u1161\u11A8 \U0001F600\u00A0end");
}

TEST(Normalize, IsIdempotentOnTheSeeds) {
  for (const auto& path : SeedFiles()) {
    const std::string once = Norm(testing::ReadFileOrDie(path));
    EXPECT_EQ(Norm(once), once) << path;
  }
}

// Every Unicode scalar value, between two ASCII letters: the map stays well
// formed and the output holds no character that should have been unified.
TEST(Normalize, EveryCodePointKeepsTheInvariants) {
  std::string raw;
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
    if (U_IS_SURROGATE(c)) continue;
    raw.assign("A");
    raw += Utf8(c);
    raw += 'b';
    const NormalizedText normalized = SharedNormalizer().Normalize(raw);
    ASSERT_EQ(normalized.raw_start.size(), normalized.text.size()) << std::hex << c;
    ASSERT_FALSE(normalized.text.empty()) << std::hex << c;
    ASSERT_EQ(normalized.raw_start.front(), 0U) << std::hex << c;
    ASSERT_EQ(normalized.raw_end.back(), raw.size()) << std::hex << c;
    for (std::size_t i = 1; i < normalized.text.size(); ++i) {
      ASSERT_LE(normalized.raw_start[i - 1], normalized.raw_start[i]) << std::hex << c;
      ASSERT_LE(normalized.raw_end[i - 1], normalized.raw_end[i]) << std::hex << c;
    }
    const std::string& text = normalized.text;
    ASSERT_TRUE(IsValidUtf8(text)) << std::hex << c;
    for (int32_t i = 0; i < static_cast<int32_t>(text.size());) {
      UChar32 out = 0;
      U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), out);
      ASSERT_FALSE(u_hasBinaryProperty(out, UCHAR_DEFAULT_IGNORABLE_CODE_POINT))
          << std::hex << c << " -> " << out;
      if (out != ' ' && out != '\n') {
        ASSERT_FALSE(u_isUWhiteSpace(out)) << std::hex << c << " -> " << out;
      }
      if (out != '-') {
        ASSERT_FALSE(u_hasBinaryProperty(out, UCHAR_DASH)) << std::hex << c << " -> " << out;
        ASSERT_NE(u_charType(out), U_DASH_PUNCTUATION) << std::hex << c << " -> " << out;
      }
      ASSERT_FALSE((out >= 0x2018 && out <= 0x201F) || out == 0x2032 || out == 0x2033 ||
                   out == 0x60 || out == 0xB4 || out == 0xAB || out == 0xBB)
          << std::hex << c << " -> " << out;
    }
  }
}

// Every assigned code point in a few contexts (after an ASCII letter, after a
// space, before a combining mark): tokens and segment groups map to raw text
// that normalizes back to them.
// Unassigned and private-use code points are sampled, which keeps the test
// quick under the sanitizers.
TEST(Normalize, EveryCodePointRoundTrips) {
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
    if (U_IS_SURROGATE(c)) continue;
    const int8_t type = u_charType(c);
    if ((type == U_UNASSIGNED || type == U_PRIVATE_USE_CHAR) && c % 251 != 0 &&
        !u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) {
      continue;
    }
    const std::string utf8 = Utf8(c);
    ExpectOffsetMapProperty("A" + utf8 + "b " + utf8 + "e\u0301" + utf8, false);
    if (::testing::Test::HasFailure()) FAIL() << "at U+" << std::hex << c;
  }
}

// Default-ignorables join the segment in front of them, but are left out of
// its raw span when nothing follows them in the segment.
TEST(Normalize, IgnorablesAreOutsideTheSpanOfTheLetterBefore) {
  const std::string raw = "OSCE\u200B \u00C9\u00AD";
  const NormalizedText normalized = SharedNormalizer().Normalize(raw);
  EXPECT_EQ(normalized.text, "osce \u00E9");
  ExpectBytesMapTo(normalized, 3, 4, 3, 4);
  ExpectBytesMapTo(normalized, 4, 5, 7, 8);  // the space, not the ZWSP
  ExpectBytesMapTo(normalized, 5, 7, 8, 10);  // "é", not the soft hyphen
  // Inside a combining sequence the ignorable is part of the segment.
  const NormalizedText inside = SharedNormalizer().Normalize("e\u00AD\u0301");
  EXPECT_EQ(inside.text, "\u00E9");
  ExpectBytesMapTo(inside, 0, 2, 0, 5);
}

TEST(NormalizeHostile, OneMegabyteSingleLine) {
  const std::string phrase =
      "The OSCE\u2019s Programme Office in Dushanbe \u2013 2021\u20132023 \u201Cco\u2011operation\u201D. ";
  std::string raw;
  while (raw.size() < (1U << 20)) raw += phrase;
  const NormalizedText normalized = SharedNormalizer().Normalize(raw);
  ExpectWellFormedMap(raw, normalized);
  EXPECT_EQ(normalized.text.find('\n'), std::string::npos);
  const std::string normalized_phrase = Norm(phrase);
  EXPECT_EQ(normalized_phrase,
            "the osce's programme office in dushanbe - 2021-2023 \"co-operation\". ");
  EXPECT_EQ(normalized.text.size(), normalized_phrase.size() * (raw.size() / phrase.size()));
}

TEST(NormalizeHostile, HundredThousandCombiningMarks) {
  std::string raw = "a";
  for (int i = 0; i < 100000; ++i) raw += "\u0301";
  const NormalizedText normalized = SharedNormalizer().Normalize(raw);
  ExpectWellFormedMap(raw, normalized);
  // "a" + U+0301 composes to "á"; every other mark stays.
  EXPECT_EQ(normalized.text.substr(0, 4), "\u00E1\u0301");
  EXPECT_EQ(normalized.text.size(), raw.size() - 1);
  EXPECT_EQ(normalized.raw_start.front(), 0U);
  EXPECT_EQ(normalized.raw_end.back(), raw.size());
}

TEST(NormalizeHostile, HundredThousandMarksOfMixedCombiningClasses) {
  // Alternating classes 230 and 220 would need canonical reordering across
  // the whole run; segments are capped so this stays linear.
  std::string raw = "a";
  for (int i = 0; i < 50000; ++i) raw += "\u0301\u0316";
  const NormalizedText normalized = SharedNormalizer().Normalize(raw);
  ExpectWellFormedMap(raw, normalized);
  EXPECT_EQ(normalized.raw_end.back(), raw.size());
}

TEST(NormalizeHostile, AllFourByteEmoji) {
  std::string raw;
  for (int i = 0; i < 100000; ++i) raw += Utf8(0x1F600 + i % 80);
  const NormalizedText normalized = SharedNormalizer().Normalize(raw);
  EXPECT_EQ(normalized.text, raw);
  ExpectWellFormedMap(raw, normalized);
  for (std::size_t i = 0; i < raw.size(); i += 4) {
    ASSERT_EQ(normalized.raw_start[i + 3], i);
    ASSERT_EQ(normalized.raw_end[i], i + 4);
  }
}

TEST(Normalize, SharedAcrossThreadsIsSafe) {
  const std::string raw = testing::ReadFileOrDie(SeedFiles().at(0));
  const std::string expected = Norm(raw);
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (std::string& result : results) {
    threads.emplace_back([&raw, &result] {
      for (int i = 0; i < 50; ++i) result = Norm(raw);
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const std::string& result : results) EXPECT_EQ(result, expected);
}

std::size_t ErrorOffset(std::string_view bytes) {
  std::size_t offset = 12345;
  EXPECT_FALSE(IsValidUtf8(bytes, &offset)) << bytes;
  return offset;
}

TEST(IsValidUtf8, AcceptsWellFormedText) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("plain ASCII, long enough for the eight-byte fast path"));
  const std::string multi = "\u0410\u043B\u043C\u0430\u0442\u044B \u2013 \uFF21 \U0001F600 \u00DF";
  std::size_t offset = 0;
  EXPECT_TRUE(IsValidUtf8(multi, &offset));
  EXPECT_EQ(offset, multi.size());
  // Edges of Table 3-7.
  EXPECT_TRUE(IsValidUtf8("\xC2\x80"));          // U+0080
  EXPECT_TRUE(IsValidUtf8("\xDF\xBF"));          // U+07FF
  EXPECT_TRUE(IsValidUtf8("\xE0\xA0\x80"));      // U+0800
  EXPECT_TRUE(IsValidUtf8("\xED\x9F\xBF"));      // U+D7FF
  EXPECT_TRUE(IsValidUtf8("\xEE\x80\x80"));      // U+E000
  EXPECT_TRUE(IsValidUtf8("\xEF\xBF\xBF"));      // U+FFFF
  EXPECT_TRUE(IsValidUtf8("\xF0\x90\x80\x80"));  // U+10000
  EXPECT_TRUE(IsValidUtf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF
  for (const auto& path : SeedFiles()) EXPECT_TRUE(IsValidUtf8(testing::ReadFileOrDie(path)));
}

TEST(IsValidUtf8, RejectsIllFormedSequencesAtTheirFirstByte) {
  EXPECT_EQ(ErrorOffset("ab\xE2\x80"), 2U);          // truncated at the end
  EXPECT_EQ(ErrorOffset("\xF0\x9F\x98"), 0U);        // truncated 4-byte
  EXPECT_EQ(ErrorOffset("x\xE2\x80y"), 1U);          // truncated before ASCII
  EXPECT_EQ(ErrorOffset("\xC0\xAF"), 0U);            // overlong '/'
  EXPECT_EQ(ErrorOffset("ok \xC1\xBF"), 3U);         // overlong
  EXPECT_EQ(ErrorOffset("x\xE0\x80\xAF"), 1U);       // overlong 3-byte
  EXPECT_EQ(ErrorOffset("\xF0\x8F\xBF\xBF"), 0U);    // overlong 4-byte
  EXPECT_EQ(ErrorOffset("\xED\xA0\x80"), 0U);        // surrogate U+D800
  EXPECT_EQ(ErrorOffset("a\xED\xBF\xBF"), 1U);       // surrogate U+DFFF
  EXPECT_EQ(ErrorOffset("\xF4\x90\x80\x80"), 0U);    // U+110000
  EXPECT_EQ(ErrorOffset("\xF5\x80\x80\x80"), 0U);    // lead byte above F4
  EXPECT_EQ(ErrorOffset("abc\x80"), 3U);             // lone continuation byte
  EXPECT_EQ(ErrorOffset("\xBF"), 0U);
  EXPECT_EQ(ErrorOffset("\xFF"), 0U);
  EXPECT_EQ(ErrorOffset("\xD0\x90\xD0"), 2U);        // after a good "А"
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));             // no offset pointer needed

  std::string long_prefix(100, 'a');
  long_prefix += "\u00E9\x80tail";
  EXPECT_EQ(ErrorOffset(long_prefix), 102U);         // past the 8-byte fast path
}

}  // namespace
}  // namespace gleaner
