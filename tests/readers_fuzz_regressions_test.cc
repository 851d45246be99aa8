// Regression tests for the reader bugs that fuzzing found (tests/fuzz/):
// each hostile input, minimized, must give the clear ReadError or member
// error, or the right text, where it used to crash, hang or trip a
// sanitizer. The inputs live in tests/data/readers/fuzz-*; binary ones are
// built here from their bytes.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <tuple>
#include <vector>

#include "engine/document.h"
#include "engine/readers/reader.h"
#include "engine/readers/xml_tree.h"
#include "tests/reader_fixtures.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

using ::gleaner::testing::MakeOdt;
using ::gleaner::testing::ReadAll;
using ::gleaner::testing::ReadResult;
using ::gleaner::testing::ScratchDir;
using ::gleaner::testing::WriteFile;

std::filesystem::path ReaderData(const std::string& name) {
  return ::gleaner::testing::SourceDir() / "tests" / "data" / "readers" / name;
}

// An ODF space run whose count does not fit in 64 bits used to escape as
// std::out_of_range from std::stoul; it is capped like any long run.
TEST(FuzzRegressions, OdtSpaceCountBeyondSixtyFourBits) {
  ScratchDir scratch;
  WriteFile(scratch / "spaces.odt",
            MakeOdt({"Heading", "a<text:s text:c=\"99999999999999999999999\"/>b"}, "T", ""));
  const ReadResult result = ReadAll(scratch / "spaces.odt");
  ASSERT_EQ(result.error, "");
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].text, "Heading\na" + std::string(100, ' ') + "b\n");
}

// Thousands of nested <header>s inside an <article>: each header used to
// walk up all its ancestors to find the article, quadratic in the depth
// (20,000 levels took a minute). The walk now counts open articles; 100,000
// levels read in well under a second, and the headers' text is kept.
TEST(FuzzRegressions, DeeplyNestedHeadersReadInLinearTime) {
  ScratchDir scratch;
  constexpr int kDepth = 100000;
  std::string page = "<html><body><article>";
  for (int i = 0; i < kDepth; ++i) page += "<header>";
  page += "Osh headline</article><header>site banner</header></body></html>";
  WriteFile(scratch / "headers.html", page);
  const auto start = std::chrono::steady_clock::now();
  const ReadResult result = ReadAll(scratch / "headers.html");
  const auto seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_EQ(result.error, "");
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].text, "Osh headline\n");
  EXPECT_LT(seconds, 20.0) << "nested headers read in quadratic time?";
}

// JSON spells a NUL character "\u0000": it used to reach the document text
// (which never holds NUL bytes). Such a record is now a member error naming
// the field; the other records are still read.
TEST(FuzzRegressions, JsonLinesNulEscapeIsAMemberError) {
  const ReadResult result = ReadAll(ReaderData("fuzz-nul-escape.jsonl"));
  ASSERT_EQ(result.error, "");
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].text, "Bishkek news\n");
  ASSERT_EQ(result.member_errors.size(), 2u);
  EXPECT_TRUE(result.member_errors[0].ends_with(
      "fuzz-nul-escape.jsonl#2: \"text\" holds a NUL character (\\u0000)"))
      << result.member_errors[0];
  EXPECT_TRUE(result.member_errors[1].ends_with(
      "fuzz-nul-escape.jsonl#3: \"title\" holds a NUL character (\\u0000)"))
      << result.member_errors[1];
}

// UTF-16 text (byte order mark first) holding U+0000: the NUL check ran only
// on undecoded bytes, so the NUL reached the document text. Found twice: as
// a file and as a raw compressed stream's content. Now refused once decoded.
TEST(FuzzRegressions, NulCharacterBehindAByteOrderMarkIsBinary) {
  const ReadResult result = ReadAll(ReaderData("fuzz-utf16-nul.txt"));
  EXPECT_TRUE(result.documents.empty());
  EXPECT_EQ(result.error,
            "binary content (NUL character at offset 196 of the text decoded from UTF-16LE)");
}

// Renames the zip member `name` to `renamed` (same length) in its local
// header and central directory entry, and sets their "name is UTF-8" flag.
std::string RenameZipMemberAsUtf8(std::string zip, const std::string& name,
                                  const std::string& renamed) {
  for (const auto& [signature, name_offset, flags_offset] :
       {std::tuple{std::string("PK\x03\x04"), 30, 6},    // local header: name, flags
        std::tuple{std::string("PK\x01\x02"), 46, 8}}) {  // central directory entry
    for (std::size_t at = zip.find(signature); at != std::string::npos;
         at = zip.find(signature, at + 4)) {
      if (zip.compare(at + name_offset, name.size(), name) != 0) continue;
      zip.replace(at + name_offset, name.size(), renamed);
      zip[at + flags_offset + 1] = static_cast<char>(zip[at + flags_offset + 1] | 0x08);
    }
  }
  return zip;
}

// A DOCX/ODT member whose name is flagged UTF-8 but is not: libarchive gives
// a null name, which was turned into a std::string (std::logic_error, an
// abort). Such a member is skipped: none of the parts the reader wants.
TEST(FuzzRegressions, OfficeMemberNameThatIsNotUtf8IsSkipped) {
  ScratchDir scratch;
  const std::string odt = MakeOdt({"Heading", "Body"}, "T", "");
  WriteFile(scratch / "bad-name.odt", RenameZipMemberAsUtf8(odt, "content.xml", "co\xC2tent.xml"));
  const ReadResult result = ReadAll(scratch / "bad-name.odt");
  EXPECT_TRUE(result.documents.empty());
  EXPECT_EQ(result.error, "no content.xml in the document");
}

// Reasons that quote the input (a charset name, a date, a feed's root
// element) quoted it whole: a 100 KB charset parameter in an e-mail header
// made a 100 KB error line. The quote is now cut after 60 bytes.
TEST(FuzzRegressions, ReasonsQuoteAtMostAnExcerptOfTheInput) {
  ScratchDir scratch;
  const std::string junk(100000, 'x');
  WriteFile(scratch / "charset.eml", "Content-Type: text/plain; charset=" + junk +
                                         "\nSubject: hi\n\nBishkek \xe9t\xe9.\n");
  const ReadResult charset = ReadAll(scratch / "charset.eml");
  EXPECT_EQ(charset.error, "unknown charset \"" + std::string(60, 'x') + "...\"");

  WriteFile(scratch / "dates.jsonl", "{\"text\":\"Osh news\",\"date\":\"" + junk + "\"}\n" +
                                         "{\"text\":\"Bishkek news\"}\n");
  const ReadResult dates = ReadAll(scratch / "dates.jsonl");
  ASSERT_EQ(dates.documents.size(), 1u);
  ASSERT_EQ(dates.member_errors.size(), 1u);
  EXPECT_TRUE(dates.member_errors[0].ends_with(
      "dates.jsonl#1: bad date \"" + std::string(60, 'x') + "...\" (want YYYY-MM-DD)"))
      << dates.member_errors[0].substr(0, 300);

  // Cut on a character boundary: "x" and 29 two-byte letters fill 59 bytes,
  // the 30th straddles byte 60, so the cut comes before it.
  std::string cyrillic;
  for (int i = 0; i < 40; ++i) cyrillic += "\xd0\x96";
  WriteFile(scratch / "root.rss", "<?xml version=\"1.0\"?><x" + cyrillic + "/>");
  const ReadResult root = ReadAll(scratch / "root.rss");
  EXPECT_EQ(root.error, "not an RSS or Atom feed (root element \"x" + cyrillic.substr(0, 58) +
                            "...\")");
}

// libxml2 checks each attribute of a tag against the ones before it: one
// <p> of 300,000 attributes kept `gleaner extract` busy past two minutes
// (40,000 took 3 s of CPU, HTML and feeds alike). Attributes past the
// 1,000th of a tag are left out before parsing; the text is all kept.
TEST(FuzzRegressions, TagWithTooManyAttributesIsCappedBeforeParsing) {
  std::string capped;
  EXPECT_FALSE(readers::CapAttributes("<p a=1 b='x>y' c>text</p>", 3, &capped));
  ASSERT_TRUE(readers::CapAttributes("<p a=1 b = 'x>y' c d=\"/\"/>text<br e f g>", 2, &capped));
  EXPECT_EQ(capped, "<p a=1 b = 'x>y' />text<br e f >");
  ASSERT_TRUE(readers::CapAttributes("x < y <q a b c", 1, &capped));
  EXPECT_EQ(capped, "x < y <q a ");

  ScratchDir scratch;
  std::string attributes;
  for (int i = 0; i < 300000; ++i) attributes += " a" + std::to_string(i) + "=\"1\"";
  WriteFile(scratch / "attributes.html",
            "<html><head><title>Osh</title></head><body><p" + attributes +
                ">Osh lies in the Fergana Valley.</p><p>Second paragraph.</p></body></html>");
  const ReadResult html = ReadAll(scratch / "attributes.html");
  ASSERT_EQ(html.error, "");
  ASSERT_EQ(html.documents.size(), 1u);
  EXPECT_EQ(html.documents[0].text, "Osh lies in the Fergana Valley.\nSecond paragraph.\n");
  WriteFile(scratch / "attributes.rss",
            "<rss><channel><item" + attributes +
                "><title>Osh</title><description>Osh news.</description></item></channel></rss>");
  const ReadResult feed = ReadAll(scratch / "attributes.rss");
  ASSERT_EQ(feed.error, "");
  ASSERT_EQ(feed.documents.size(), 1u);
  EXPECT_EQ(feed.documents[0].title, "Osh");
}

// A Latin-1 page or feed that declares UTF-16 (meta charset, XML encoding)
// was decoded as UTF-16: CJK-looking junk was indexed without an error. A
// declaration readable as ASCII is not followed when it names UTF-16 or
// UTF-32; the bytes are detected as any undeclared legacy text.
TEST(FuzzRegressions, AsciiReadableUtf16DeclarationIsNotFollowed) {
  const ReadResult html = ReadAll(ReaderData("fuzz-meta-utf16-latin1.html"));
  ASSERT_EQ(html.error, "");
  ASSERT_EQ(html.documents.size(), 1u);
  EXPECT_EQ(html.documents[0].text, "The OSCE met in Vienna on 3 May 2021, at the caf\xc3\xa9.\n");
  EXPECT_EQ(html.documents[0].title, "Osh");
  const ReadResult feed = ReadAll(ReaderData("fuzz-encoding-utf16-latin1.rss"));
  ASSERT_EQ(feed.error, "");
  ASSERT_EQ(feed.documents.size(), 1u);
  EXPECT_NE(feed.documents[0].text.find("caf\xc3\xa9 in Osh."), std::string::npos)
      << feed.documents[0].text;
}

}  // namespace
}  // namespace gleaner
