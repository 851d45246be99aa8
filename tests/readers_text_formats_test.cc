// Tests for the text-based readers of engine/readers: legacy charsets
// (Latin-1, Windows-1251, UTF-16), RSS/Atom feeds (with hostile XML),
// JSON Lines, Reuters-21578 SGML and e-mail, on the hand-made files of
// tests/data/readers (see SOURCES.md) and the shared Reuters corpus.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "engine/document.h"
#include "engine/readers/reader.h"
#include "tests/reader_fixtures.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

namespace fs = std::filesystem;
using ::gleaner::testing::ReadAll;
using ::gleaner::testing::ReadResult;
using ::gleaner::testing::ScratchDir;
using ::gleaner::testing::WriteFile;

fs::path ReaderData(const std::string& name) {
  return ::gleaner::testing::SourceDir() / "tests" / "data" / "readers" / name;
}

// Everything ReadDocuments hands out for one file.

std::string Absolute(const fs::path& path) {
  return fs::absolute(path).lexically_normal().string();
}

// ------------------------------------------------------------------ charsets

TEST(Charset, Latin1TextIsConverted) {
  ScratchDir scratch;
  WriteFile(scratch / "latin1.txt",
            "R\xE9union \xE0 Gen\xE8ve: le minist\xE8re a d\xE9" "clar\xE9 que la s\xE9"
            "ance aura lieu \xE0 Z\xFCrich.\n");
  const Document doc = ReadDocument(scratch / "latin1.txt");
  EXPECT_EQ(doc.text,
            "Réunion à Genève: le ministère a déclaré que la séance aura lieu à Zürich.\n");
  EXPECT_EQ(doc.metadata.at("charset"), "ISO-8859-1");
  EXPECT_EQ(doc.format, "text");
  // Offsets index the converted text.
  EXPECT_EQ(doc.text.substr(doc.text.find("Zürich"), 7), "Zürich");
}

TEST(Charset, Windows1251TextIsConverted) {
  ScratchDir scratch;
  // "Встреча в Алматы состоялась 15 октября 2021 года." in Windows-1251.
  WriteFile(scratch / "cp1251.txt",
            "\xC2\xF1\xF2\xF0\xE5\xF7\xE0 \xE2 \xC0\xEB\xEC\xE0\xF2\xFB \xF1\xEE\xF1\xF2\xEE"
            "\xFF\xEB\xE0\xF1\xFC 15 \xEE\xEA\xF2\xFF\xE1\xF0\xFF 2021 \xE3\xEE\xE4\xE0.\n");
  const Document doc = ReadDocument(scratch / "cp1251.txt");
  EXPECT_EQ(doc.text, "Встреча в Алматы состоялась 15 октября 2021 года.\n");
  EXPECT_EQ(doc.metadata.at("charset"), "windows-1251");
  EXPECT_EQ(doc.title, "Встреча в Алматы состоялась 15 октября 2021 года.");
}

TEST(Charset, Utf16WithByteOrderMarkIsConverted) {
  ScratchDir scratch;
  // "Ош 2021\n" as UTF-16LE and UTF-16BE with their byte order marks.
  WriteFile(scratch / "le.txt",
            std::string("\xFF\xFE\x1E\x04\x48\x04 \x00" "2\x00" "0\x00" "2\x00" "1\x00\n\x00", 18));
  WriteFile(scratch / "be.txt",
            std::string("\xFE\xFF\x04\x1E\x04\x48\x00 \x00" "2\x00" "0\x00" "2\x00" "1\x00\n", 18));
  const Document little = ReadDocument(scratch / "le.txt");
  EXPECT_EQ(little.text, "Ош 2021\n");
  EXPECT_EQ(little.metadata.at("charset"), "UTF-16LE");
  const Document big = ReadDocument(scratch / "be.txt");
  EXPECT_EQ(big.text, "Ош 2021\n");
  EXPECT_EQ(big.metadata.at("charset"), "UTF-16BE");
}

TEST(Charset, HtmlDeclaredCharsetIsUsedForLegacyBytes) {
  ScratchDir scratch;
  // <meta charset=windows-1251> with Windows-1251 bytes ("Алматы").
  WriteFile(scratch / "page.html",
            "<html><head><meta charset=\"windows-1251\"><title>\xC0\xEB\xEC\xE0\xF2\xFB</title>"
            "</head><body><p>\xC0\xEB\xEC\xE0\xF2\xFB, 2021</p></body></html>");
  const Document doc = ReadDocument(scratch / "page.html");
  EXPECT_EQ(doc.title, "Алматы");
  EXPECT_EQ(doc.text, "Алматы, 2021\n");
  EXPECT_EQ(doc.metadata.at("charset"), "windows-1251");
}

TEST(Charset, Utf8IsKeptAndNotMarked) {
  const Document doc = ReadDocument(ReaderData("charset-mismatch.html"));
  EXPECT_EQ(doc.metadata.count("charset"), 0u);
  EXPECT_EQ(doc.title, "Алматы – встреча");
}

TEST(Charset, BinaryJunkIsStillRefused) {
  ScratchDir scratch;
  std::string junk;
  for (int i = 0; i < 600; ++i) junk.push_back(static_cast<char>(1 + (i * 37) % 255));
  WriteFile(scratch / "junk.txt", junk);
  const std::string reason = ReadAll(scratch / "junk.txt").error;
  EXPECT_TRUE(reason.starts_with("binary content") || reason.starts_with("invalid UTF-8"))
      << reason;
  EXPECT_EQ(ReadAll(scratch / "missing.txt").error, "cannot read: No such file or directory");
}

// --------------------------------------------------------------------- feeds

TEST(FeedReader, Rss) {
  const ReadResult result = ReadAll(ReaderData("news.rss"));
  ASSERT_EQ(result.error, "");
  ASSERT_EQ(result.documents.size(), 2u);
  const std::string feed = Absolute(ReaderData("news.rss"));

  const Document& osh = result.documents[0];
  EXPECT_EQ(osh.id, feed + "#1");
  EXPECT_EQ(osh.source_path, feed);
  EXPECT_EQ(osh.format, "rss");
  EXPECT_EQ(osh.title, "Community policing workshop in Osh");
  EXPECT_EQ(osh.url, "https://releases.example.org/osh-workshop");
  EXPECT_EQ(osh.date, "2021-10-05");
  EXPECT_EQ(osh.date_source, DateSource::kMetadata);
  // The escaped HTML went through the HTML reader: tags and scripts gone.
  EXPECT_EQ(osh.text,
            "The OSCE held a community policing workshop in Osh.\nTwenty-eight officers took part.\n");
  EXPECT_EQ(osh.metadata.at("feed"), "https://releases.example.org/");

  const Document& almaty = result.documents[1];
  EXPECT_EQ(almaty.id, feed + "#2");
  EXPECT_EQ(almaty.date, "2021-11-12");  // dc:date
  // content:encoded is preferred to the description.
  EXPECT_EQ(almaty.text, "UNDP opened a youth resilience forum in Almaty on 12 November 2021.\n");

  ASSERT_EQ(result.member_errors.size(), 1u);
  EXPECT_EQ(result.member_errors[0], feed + "#3: feed item has no title or text");
}

TEST(FeedReader, Atom) {
  const ReadResult result = ReadAll(ReaderData("news.atom"));
  ASSERT_EQ(result.error, "");
  ASSERT_EQ(result.documents.size(), 2u);
  EXPECT_TRUE(result.member_errors.empty());
  const Document& tashkent = result.documents[0];
  EXPECT_EQ(tashkent.format, "atom");
  EXPECT_EQ(tashkent.title, "Training in Tashkent");
  EXPECT_EQ(tashkent.url, "https://atom.example.org/tashkent");
  EXPECT_EQ(tashkent.date, "2022-03-01");  // published beats updated
  EXPECT_EQ(tashkent.text, "UNODC trained prison staff in Tashkent.\n");
  EXPECT_EQ(tashkent.metadata.at("feed"), "https://atom.example.org/");

  const Document& plain = result.documents[1];
  EXPECT_EQ(plain.url, "https://atom.example.org/plain");
  EXPECT_EQ(plain.date, "2022-02-20");  // only updated
  // type="text" is not HTML: the angle brackets are text.
  EXPECT_EQ(plain.text, "Dushanbe   hosted a  meeting <not markup>.\n");
}

TEST(FeedReader, DeclaredEncodingIsConverted) {
  const ReadResult result = ReadAll(ReaderData("latin1.rss"));
  ASSERT_EQ(result.error, "");
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].title, "Réunion à Genève");
  EXPECT_EQ(result.documents[0].text, "La réunion s'est tenue à Genève le 15 novembre 2021.\n");
  EXPECT_EQ(result.documents[0].date, "2021-11-15");
  EXPECT_EQ(result.documents[0].metadata.at("charset"), "ISO-8859-1");
}

TEST(FeedReader, BillionLaughsIsRefusedNotExpanded) {
  const ReadResult result = ReadAll(ReaderData("billion-laughs.rss"));
  EXPECT_TRUE(result.documents.empty());
  EXPECT_FALSE(result.error.empty());
  EXPECT_TRUE(result.error.starts_with("cannot parse XML") ||
              result.error.starts_with("XML entity declarations are not accepted"))
      << result.error;
}

TEST(FeedReader, ExternalEntityIsNotRead) {
  const ReadResult result = ReadAll(ReaderData("external-entity.rss"));
  EXPECT_TRUE(result.documents.empty());
  EXPECT_EQ(result.error,
            "XML entity declarations are not accepted (possible entity expansion attack)");
}

TEST(FeedReader, SniffedWithoutExtensionAndBrokenFeedNamed) {
  ScratchDir scratch;
  WriteFile(scratch / "feed.xml",
            "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><item><title>Osh</title>"
            "<description>Osh text.</description></item></channel></rss>\n");
  const ReadResult sniffed = ReadAll(scratch / "feed.xml");
  ASSERT_EQ(sniffed.documents.size(), 1u) << sniffed.error;
  EXPECT_EQ(sniffed.documents[0].text, "Osh text.\n");

  WriteFile(scratch / "cut.rss", "<?xml version=\"1.0\"?>\n<rss><channel><item><title>Osh");
  const ReadResult cut = ReadAll(scratch / "cut.rss");
  EXPECT_TRUE(cut.documents.empty());
  EXPECT_TRUE(cut.error.starts_with("cannot parse XML: ")) << cut.error;
}

// --------------------------------------------------------------- JSON Lines

TEST(JsonLinesReader, RecordsAndBadLines) {
  const ReadResult result = ReadAll(ReaderData("releases.jsonl"));
  ASSERT_EQ(result.error, "");
  const std::string file = Absolute(ReaderData("releases.jsonl"));
  ASSERT_EQ(result.documents.size(), 3u);
  const Document& first = result.documents[0];
  EXPECT_EQ(first.id, file + "#rel-1");
  EXPECT_EQ(first.format, "jsonl");
  EXPECT_EQ(first.title, "Border meeting");
  EXPECT_EQ(first.date, "2021-10-15");
  EXPECT_EQ(first.url, "https://example.org/rel-1");
  EXPECT_EQ(first.text, "Bishkek hosted a UNDP border meeting on 15 October 2021.\n");
  EXPECT_EQ(result.documents[1].id, file + "#2");  // no id: the line number
  EXPECT_EQ(result.documents[1].text, "Tashkent police trained 40 officers.\n");
  EXPECT_EQ(result.documents[2].id, file + "#8");
  EXPECT_EQ(result.documents[2].date, "2022-05-03");

  const std::vector<std::string> expected_errors = {
      file + "#4: bad date \"2021-11-31\" (want YYYY-MM-DD)",
      file + "#5: no text (fields text, body or content)",
      file + "#6: line 6: incomplete JSON",
      file + "#7: line 7: not a JSON object",
  };
  EXPECT_EQ(result.member_errors, expected_errors);
}

// -------------------------------------------------------------- Reuters SGML

TEST(ReutersReader, HandMadeRecords) {
  const ReadResult result = ReadAll(ReaderData("reuters-sample.sgm"));
  ASSERT_EQ(result.error, "");
  const std::string file = Absolute(ReaderData("reuters-sample.sgm"));
  ASSERT_EQ(result.documents.size(), 4u);

  const Document& wheat = result.documents[0];
  EXPECT_EQ(wheat.id, file + "#101");
  EXPECT_EQ(wheat.format, "reuters-sgml");
  EXPECT_EQ(wheat.title, "WHEAT TALKS & TRADE <EC> SET FOR MARCH");
  EXPECT_EQ(wheat.date, "1987-03-03");
  EXPECT_EQ(wheat.date_source, DateSource::kMetadata);
  EXPECT_EQ(wheat.text,
            "Grain negotiators will meet in Washington\non March 10 to discuss wheat exports, "
            "officials said.\n Reuter\n");
  EXPECT_EQ(wheat.metadata.at("topics"), "grain,wheat");
  EXPECT_EQ(wheat.metadata.at("places"), "usa,ussr");
  EXPECT_EQ(wheat.metadata.at("orgs"), "ec");
  EXPECT_EQ(wheat.metadata.count("people"), 0u);
  EXPECT_TRUE(wheat.raw.starts_with("<REUTERS TOPICS=\"YES\""));
  EXPECT_TRUE(wheat.raw.ends_with("</REUTERS>"));

  // A brief: only a title, which is also the text.
  EXPECT_EQ(result.documents[1].id, file + "#102");
  EXPECT_EQ(result.documents[1].text, "COFFEE PRICES STEADY IN SAO PAULO\n");
  EXPECT_EQ(result.documents[1].date, "1987-02-26");
  EXPECT_EQ(result.documents[1].metadata.at("places"), "brazil");
  // Unprocessed text: the whole TEXT element.
  EXPECT_EQ(result.documents[2].text, "Untitled wire text about Paris markets.\n");
  // A stray Latin-1 byte converts that record alone.
  EXPECT_EQ(result.documents[3].text, "Zürich bank said so.\n");
  EXPECT_EQ(result.documents[3].metadata.at("charset"), "ISO-8859-1");
  EXPECT_EQ(result.documents[0].metadata.count("charset"), 0u);

  ASSERT_EQ(result.member_errors.size(), 1u);
  EXPECT_EQ(result.member_errors[0], file + "#105: record cut short (no </REUTERS>)");
}

TEST(ReutersReader, SharedCorpusFileCompressed) {
  const fs::path corpus =
      ::gleaner::testing::SharedDir() / "corpora" / "reuters21578" / "reut2-000.sgm.gz";
  if (!fs::exists(corpus)) GTEST_SKIP() << "no " << corpus;
  const ReadResult result = ReadAll(corpus);
  ASSERT_EQ(result.error, "");
  EXPECT_TRUE(result.member_errors.empty());
  // reut2-000 holds NEWID 1 to 1000.
  ASSERT_EQ(result.documents.size(), 1000u);
  const Document& first = result.documents.front();
  EXPECT_EQ(first.id, Absolute(corpus) + "#1");
  EXPECT_EQ(first.title, "BAHIA COCOA REVIEW");
  EXPECT_EQ(first.date, "1987-02-26");
  EXPECT_EQ(first.metadata.at("places"), "el-salvador,usa,uruguay");
  EXPECT_EQ(first.metadata.at("topics"), "cocoa");
  EXPECT_TRUE(first.text.starts_with("Showers continued throughout the week in\nthe Bahia"));
  EXPECT_EQ(result.documents.back().id, Absolute(corpus) + "#1000");
}

// -------------------------------------------------------------------- e-mail

TEST(EmailReader, MultipartPrefersPlainTextAndDecodes) {
  const Document doc = ReadDocument(ReaderData("multipart.eml"));
  EXPECT_EQ(doc.format, "email");
  EXPECT_EQ(doc.title, "Workshop in Osh à venir");
  EXPECT_EQ(doc.date, "2021-10-05");
  EXPECT_EQ(doc.date_source, DateSource::kMetadata);
  EXPECT_EQ(doc.metadata.at("from"), "Press Office <press@example.org>");
  EXPECT_EQ(doc.metadata.at("to"), "desk@example.net, archive@example.net");
  EXPECT_EQ(doc.metadata.at("charset"), "ISO-8859-1");
  // Quoted-printable undone (soft line break joined, =E9 in Latin-1); the
  // HTML alternative and the attachment are not part of the text.
  EXPECT_EQ(doc.text,
            "The OSCE held a workshop in Osh on 5 October 2021 with the café owners of the old "
            "town.\n");
}

// A release sent as plain text is wrapped at about 72 columns: the lines
// of a paragraph are joined, so "the Ministry of / Internal Affairs" is one
// name again; the signature and the quoted reply keep their lines.
TEST(EmailReader, WrappedPlainTextParagraphsAreJoined) {
  ScratchDir scratch;
  const std::string signature_and_quote =
      "\n"
      "Press Office\n"
      "OSCE Programme Office in Dushanbe\n"
      "\n"
      "> On 4 March 2024 the editor asked whether the course would be held in\n"
      "> Khujand or in Istaravshan this year.\n";
  WriteFile(scratch / "wrapped.eml",
            "Subject: Training in Khujand\nDate: Mon, 11 Mar 2024 09:00:00 +0500\n"
            "Content-Type: text/plain; charset=utf-8\n\n"
            "The OSCE Programme Office in Dushanbe held a two-day training course\n"
            "for 25 community police officers in Khujand together with the Ministry of\n"
            "Internal Affairs of Tajikistan on 12 and 13 March 2024.\n" +
                signature_and_quote);
  EXPECT_EQ(ReadDocument(scratch / "wrapped.eml").text,
            "The OSCE Programme Office in Dushanbe held a two-day training course "
            "for 25 community police officers in Khujand together with the Ministry of "
            "Internal Affairs of Tajikistan on 12 and 13 March 2024.\n" +
                signature_and_quote);
}

TEST(EmailReader, HtmlOnlyLegacyCharset) {
  const Document doc = ReadDocument(ReaderData("cp1251-html.eml"));
  EXPECT_EQ(doc.title, "Встреча");
  EXPECT_EQ(doc.metadata.at("from"), "Пресс-служба <press@example.kg>");
  EXPECT_EQ(doc.text, "Встреча в Бишкеке 15 октября 2021 года.\n");
  EXPECT_EQ(doc.date, "2021-10-15");
  EXPECT_EQ(doc.metadata.at("charset"), "windows-1251");
}

TEST(EmailReader, Base64PlainAndNoTextPart) {
  ScratchDir scratch;
  WriteFile(scratch / "b64.eml",
            "Subject: Base64\nContent-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n"
            "0JHQuNGI0LrQtdC6LCAxNSDQvtC60YLRj9Cx0YDRjyAyMDIxCg==\n");
  EXPECT_EQ(ReadDocument(scratch / "b64.eml").text, "Бишкек, 15 октября 2021\n");

  WriteFile(scratch / "image.eml",
            "Subject: Only a picture\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n"
            "\niVBORw0KGgo=\n");
  EXPECT_EQ(ReadAll(scratch / "image.eml").error, "e-mail has no text part");
}

// ------------------------------------------------------------ listing inputs

TEST(ListInputs, ListsEveryNewFormat) {
  ScratchDir scratch;
  const std::vector<std::string> names = {
      "a.rss", "b.atom", "c.xml", "d.pdf", "e.docx", "f.odt", "g.sgm", "h.jsonl", "i.eml",
      "j.zip", "k.tar", "l.tar.gz", "m.tgz", "n.sgm.gz", "o.tar.bz2", "p.tar.xz"};
  for (const std::string& name : names) WriteFile(scratch / "in" / name, "x");
  WriteFile(scratch / "in" / "g.meta.json", "{}");   // sidecar: skipped
  WriteFile(scratch / "in" / ".hidden.zip", "x");    // hidden: skipped
  WriteFile(scratch / "in" / "backup.pdf~", "x");    // editor backup: skipped
  std::vector<std::string> errors;
  const std::vector<fs::path> inputs = ListInputs({(scratch / "in").string()}, &errors);
  EXPECT_TRUE(errors.empty());
  std::vector<std::string> listed;
  for (const fs::path& input : inputs) listed.push_back(input.filename().string());
  EXPECT_EQ(listed, names);
}

}  // namespace
}  // namespace gleaner
