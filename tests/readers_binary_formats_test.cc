// Tests for the binary-format readers of engine/readers: archives (zip, tar,
// tar.gz/bz2/xz, .gz, nested) with their limits (zip bomb, nesting depth,
// member count), PDF (good, two columns, cut in half, not a PDF) and DOCX/ODT. The
// fixtures are built at test time by tests/reader_fixtures.h.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "engine/document.h"
#include "engine/readers/reader.h"
#include "extractors/analyzer.h"
#include "tests/reader_fixtures.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

namespace fs = std::filesystem;
using ::gleaner::testing::ArchiveKind;
using ::gleaner::testing::DataDir;
using ::gleaner::testing::MakeArchive;
using ::gleaner::testing::MakeDocx;
using ::gleaner::testing::MakeLaidOutPdf;
using ::gleaner::testing::MakeOdt;
using ::gleaner::testing::MakePdf;
using ::gleaner::testing::PdfBlock;
using ::gleaner::testing::ReadAll;
using ::gleaner::testing::ReadResult;
using ::gleaner::testing::ScratchDir;
using ::gleaner::testing::WriteFile;


std::vector<std::string> Ids(const ReadResult& result) {
  std::vector<std::string> ids;
  for (const Document& doc : result.documents) ids.push_back(doc.id);
  return ids;
}

const std::vector<::gleaner::testing::ArchiveMember> kMixedMembers = {
    {"releases/osh.txt", "Osh, 5 October 2021 - The OSCE held a workshop.\n"},
    {"releases/almaty.html",
     "<html><head><title>Almaty forum</title></head><body><p>UNDP met in Almaty.</p></body></html>"},
    {"releases/.hidden.txt", "hidden\n"},
    {"releases/picture.bin", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)},
    {"releases/feed.rss",
     "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>Feed item</title>"
     "<description>Bishkek news.</description></item></channel></rss>"},
};

// -------------------------------------------------------------------- archives

TEST(ArchiveReader, EveryContainerAndCompression) {
  ScratchDir scratch;
  const std::vector<std::pair<std::string, ArchiveKind>> kinds = {
      {"set.zip", ArchiveKind::kZip},       {"set.tar", ArchiveKind::kTar},
      {"set.tar.gz", ArchiveKind::kTarGz},  {"set.tgz", ArchiveKind::kTarGz},
      {"set.tar.bz2", ArchiveKind::kTarBz2}, {"set.tar.xz", ArchiveKind::kTarXz},
      {"no-extension", ArchiveKind::kZip}};
  for (const auto& [name, kind] : kinds) {
    SCOPED_TRACE(name);
    WriteFile(scratch / name, MakeArchive(kind, kMixedMembers));
    const ReadResult result = ReadAll(scratch / name);
    ASSERT_EQ(result.error, "");
    const std::string archive = (scratch / name).string();
    const std::vector<std::string> expected = {archive + "!/releases/osh.txt",
                                               archive + "!/releases/almaty.html",
                                               archive + "!/releases/feed.rss#1"};
    EXPECT_EQ(Ids(result), expected);
    ASSERT_EQ(result.documents.size(), 3u);
    EXPECT_EQ(result.documents[0].format, "text");
    EXPECT_EQ(result.documents[0].text, "Osh, 5 October 2021 - The OSCE held a workshop.\n");
    EXPECT_EQ(result.documents[0].source_path, archive);
    EXPECT_EQ(result.documents[1].format, "html");
    EXPECT_EQ(result.documents[1].title, "Almaty forum");
    EXPECT_EQ(result.documents[1].text, "UNDP met in Almaty.\n");
    EXPECT_EQ(result.documents[2].text, "Bishkek news.\n");
    // The binary member is one member error; the hidden file is skipped.
    ASSERT_EQ(result.member_errors.size(), 1u);
    EXPECT_EQ(result.member_errors[0],
              archive + "!/releases/picture.bin: binary content (NUL byte at offset 8)");
  }
}

TEST(ArchiveReader, SingleCompressedFileIsReadAsTheFileInside) {
  ScratchDir scratch;
  WriteFile(scratch / "note.txt.gz",
            MakeArchive(ArchiveKind::kGzip, {{"note.txt", "Dushanbe, 2 May 2022.\n"}}));
  const ReadResult result = ReadAll(scratch / "note.txt.gz");
  ASSERT_EQ(result.error, "");
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].id, (scratch / "note.txt.gz").string());
  EXPECT_EQ(result.documents[0].text, "Dushanbe, 2 May 2022.\n");
  EXPECT_EQ(ReadDocument(scratch / "note.txt.gz").text, "Dushanbe, 2 May 2022.\n");
}

TEST(ArchiveReader, NestedArchivesKeepTheirPathInTheId) {
  ScratchDir scratch;
  const std::string inner = MakeArchive(ArchiveKind::kTarGz, {{"deep/a.txt", "Inner text.\n"}});
  const std::string middle = MakeArchive(ArchiveKind::kZip, {{"inner.tar.gz", inner},
                                                            {"b.txt", "Middle text.\n"}});
  WriteFile(scratch / "outer.zip", MakeArchive(ArchiveKind::kZip, {{"middle.zip", middle}}));
  const ReadResult result = ReadAll(scratch / "outer.zip");
  ASSERT_EQ(result.error, "");
  EXPECT_TRUE(result.member_errors.empty());
  const std::string outer = (scratch / "outer.zip").string();
  const std::vector<std::string> expected = {outer + "!/middle.zip!/inner.tar.gz!/deep/a.txt",
                                             outer + "!/middle.zip!/b.txt"};
  EXPECT_EQ(Ids(result), expected);
  EXPECT_EQ(result.documents[0].text, "Inner text.\n");
}

TEST(ArchiveReader, DeepNestingStopsAtTheDepthLimit) {
  ScratchDir scratch;
  std::string nested = MakeArchive(ArchiveKind::kZip, {{"core.txt", "The core.\n"}});
  for (int level = 0; level < 6; ++level) {
    nested = MakeArchive(ArchiveKind::kZip, {{"level" + std::to_string(level) + ".zip", nested},
                                             {"note" + std::to_string(level) + ".txt",
                                              "Level " + std::to_string(level) + ".\n"}});
  }
  WriteFile(scratch / "deep.zip", nested);
  const ReadResult result = ReadAll(scratch / "deep.zip", ReaderLimits{.max_archive_depth = 3});
  ASSERT_EQ(result.error, "");
  // Members of the first three archive levels are read; the archive at the
  // third level is not opened.
  ASSERT_EQ(result.documents.size(), 3u);
  for (const Document& doc : result.documents) {
    EXPECT_EQ(doc.id.find("core.txt"), std::string::npos) << doc.id;
  }
  ASSERT_EQ(result.member_errors.size(), 1u) << ::testing::PrintToString(result.member_errors);
  EXPECT_EQ(result.member_errors[0],
            (scratch / "deep.zip").string() +
                "!/level5.zip!/level4.zip!/level3.zip: archives nested deeper "
                "than 3 levels (nesting depth limit)");
}

TEST(ArchiveReader, ZipBombStopsAtTheRatioLimit) {
  ScratchDir scratch;
  // 40 MB of one letter deflates to about 40 KB.
  const std::string bomb(40u << 20, 'a');
  WriteFile(scratch / "bomb.zip",
            MakeArchive(ArchiveKind::kZip, {{"first.txt", "Read before the bomb.\n"},
                                            {"bomb.txt", bomb}}));
  const ReadResult result = ReadAll(scratch / "bomb.zip");
  ASSERT_EQ(result.documents.size(), 1u);  // what came before the bomb is kept
  EXPECT_EQ(result.documents[0].text, "Read before the bomb.\n");
  EXPECT_TRUE(result.error.starts_with("member bomb.txt: expands more than 100x the "))
      << result.error;
  EXPECT_TRUE(result.error.ends_with(" bytes of its archive (compression ratio limit; zip bomb?)"))
      << result.error;
}

TEST(ArchiveReader, NestedZipBombNamesTheMemberPath) {
  ScratchDir scratch;
  const std::string bomb = MakeArchive(ArchiveKind::kZip, {{"zeros.txt", std::string(20u << 20, '0')}});
  WriteFile(scratch / "outer.tar", MakeArchive(ArchiveKind::kTar, {{"inner/bomb.zip", bomb}}));
  const ReadResult result = ReadAll(scratch / "outer.tar");
  EXPECT_TRUE(result.documents.empty());
  EXPECT_TRUE(result.error.starts_with("member inner/bomb.zip!/zeros.txt: expands more than 100x"))
      << result.error;
}

// An archive file is streamed from disk: only its members are held to the
// per-file size limit, not the archive (a ten-year archive zip can be large).
TEST(ArchiveReader, AnArchiveLargerThanTheFileLimitIsStreamed) {
  ScratchDir scratch;
  std::vector<::gleaner::testing::ArchiveMember> members;
  for (int i = 0; i < 12; ++i) {
    members.push_back({"2019/release-" + std::to_string(i) + ".txt",
                       "Release " + std::to_string(i) + ": border guards trained in Osh.\n" +
                           std::string(900, ' ') + "End.\n"});
  }
  const std::string zip = MakeArchive(ArchiveKind::kZipStored, members);
  ASSERT_GT(zip.size(), 8192u);
  WriteFile(scratch / "releases.zip", zip);
  const ReaderLimits limits{.max_file_bytes = 4096};
  const ReadResult result = ReadAll(scratch / "releases.zip", limits);
  EXPECT_EQ(result.error, "");
  ASSERT_EQ(result.documents.size(), 12u);
  EXPECT_EQ(result.documents[11].id,
            fs::absolute(scratch / "releases.zip").lexically_normal().string() +
                "!/2019/release-11.txt");

  // A plain file of the same size is still refused, and so is a member over it.
  WriteFile(scratch / "big.txt", std::string(zip.size(), 'a'));
  EXPECT_TRUE(ReadAll(scratch / "big.txt", limits).error.starts_with("file too large"));
  WriteFile(scratch / "one.zip",
            MakeArchive(ArchiveKind::kZip, {{"big.txt", std::string(8192, 'a')}}));
  const ReadResult one = ReadAll(scratch / "one.zip", limits);
  EXPECT_EQ(one.member_errors.size(), 1u);
  EXPECT_TRUE(one.documents.empty());
}

TEST(ArchiveReader, TotalSizeAndMemberCountLimits) {
  ScratchDir scratch;
  std::vector<::gleaner::testing::ArchiveMember> members;
  for (int i = 0; i < 20; ++i) {
    members.push_back({"m" + std::to_string(i) + ".txt",
                       "Member " + std::to_string(i) + " of twenty, plain text.\n"});
  }
  WriteFile(scratch / "many.tar", MakeArchive(ArchiveKind::kTar, members));
  const ReadResult count =
      ReadAll(scratch / "many.tar", ReaderLimits{.max_archive_members = 5});
  EXPECT_EQ(count.documents.size(), 5u);
  EXPECT_EQ(count.error, "member m5.txt: more than 5 members (member count limit)");

  const ReadResult size = ReadAll(scratch / "many.tar", ReaderLimits{.max_archive_bytes = 200});
  EXPECT_EQ(size.documents.size(), 6u);  // 6 x 33 bytes fit, the seventh does not
  EXPECT_EQ(size.error, "member m6.txt: archive expands beyond 200 bytes (total size limit)");

  const ReadResult fine = ReadAll(scratch / "many.tar");
  EXPECT_EQ(fine.documents.size(), 20u);
  EXPECT_EQ(fine.error, "");
}

TEST(ArchiveReader, TruncatedAndCorruptArchives) {
  ScratchDir scratch;
  const std::string zip = MakeArchive(ArchiveKind::kTarGz, kMixedMembers);
  WriteFile(scratch / "cut.tar.gz", zip.substr(0, zip.size() / 2));
  const ReadResult cut = ReadAll(scratch / "cut.tar.gz");
  EXPECT_FALSE(cut.error.empty());
  EXPECT_LE(cut.documents.size(), 3u);

  std::string garbage = "PK\x03\x04";
  garbage += std::string(300, '\x7f');
  WriteFile(scratch / "garbage.zip", garbage);
  const ReadResult corrupt = ReadAll(scratch / "garbage.zip");
  EXPECT_TRUE(corrupt.documents.empty());
  EXPECT_TRUE(corrupt.error.starts_with("cannot ")) << corrupt.error;
}

// ------------------------------------------------------------------------ PDF

TEST(PdfReader, TextTitleAndDate) {
  ScratchDir scratch;
  WriteFile(scratch / "release.pdf",
            MakePdf({"Bishkek, 15 October 2021 - UNDP opened a border office.",
                     "Second page: 40 officers were trained in Osh."},
                    "UNDP border office (Bishkek)", "D:20211015093000Z"));
  const Document doc = ReadDocument(scratch / "release.pdf");
  EXPECT_EQ(doc.format, "pdf");
  EXPECT_EQ(doc.title, "UNDP border office (Bishkek)");
  EXPECT_EQ(doc.date, "2021-10-15");
  EXPECT_EQ(doc.date_source, DateSource::kMetadata);
  EXPECT_EQ(doc.text,
            "Bishkek, 15 October 2021 - UNDP opened a border office.\n"
            "Second page: 40 officers were trained in Osh.\n");

  // Without a Title the first line is the title; sniffed without extension.
  WriteFile(scratch / "untitled", MakePdf({"Almaty forum report"}, "", "D:20200301"));
  const Document untitled = ReadDocument(scratch / "untitled");
  EXPECT_EQ(untitled.format, "pdf");
  EXPECT_EQ(untitled.title, "Almaty forum report");
  EXPECT_EQ(untitled.date, "2020-03-01");
}

// Reports are often set in two columns: the text comes column by column,
// and a paragraph's wrapped lines are joined, so a name broken by the
// layout ("Ministry of / Internal Affairs") reaches the extractors whole.
TEST(PdfReader, TwoColumnsReadInOrderWithWrappedLinesJoined) {
  ScratchDir scratch;
  const PdfBlock left{40, 720,
                      {"The OSCE Programme Office in Dushanbe held",
                       "a two-day training course for 25 police",
                       "officers from Khujand and Kulob on 12 and",
                       "13 March 2024, with the Ministry of",
                       "Internal Affairs of Tajikistan."}};
  const PdfBlock right{320, 720,
                       {"In Bishkek, UNDP Kyrgyzstan and the State",
                        "Commission on Religious Affairs signed a",
                        "memorandum on 4 April 2024. Ambassador",
                        "Alexey Rogov welcomed the agreement on",
                        "behalf of the European Union."}};
  WriteFile(scratch / "report.pdf", MakeLaidOutPdf({{left, right}}, "", "D:20240405"));
  const Document doc = ReadDocument(scratch / "report.pdf");
  EXPECT_EQ(doc.text,
            "The OSCE Programme Office in Dushanbe held a two-day training course for 25 police "
            "officers from Khujand and Kulob on 12 and 13 March 2024, with the Ministry of "
            "Internal Affairs of Tajikistan.\n\n"
            "In Bishkek, UNDP Kyrgyzstan and the State Commission on Religious Affairs signed a "
            "memorandum on 4 April 2024. Ambassador Alexey Rogov welcomed the agreement on "
            "behalf of the European Union.\n");
  EXPECT_EQ(doc.title, "The OSCE Programme Office in Dushanbe held a two-day training course for "
                       "25 police officers from Khujand and Kulob on 12 and 13 March 2024, with the "
                       "Ministry of Internal Affairs of Tajikistan.");

  const Analyzer analyzer(DataDir());
  std::set<std::string> found;
  for (const Mention& mention : analyzer.Analyze(doc).mentions) {
    found.insert(std::string(MentionTypeName(mention.type)) + ":" + mention.text);
  }
  for (const char* expected :
       {"organization:Ministry of Internal Affairs of Tajikistan",
        "organization:State Commission on Religious Affairs", "count:25 police officers",
        "date:4 April 2024", "person:Alexey Rogov"}) {
    EXPECT_TRUE(found.count(expected)) << expected;
  }
}

// A report's running header and page footer are left out of the text, so
// they are neither indexed nor extracted once per page.
TEST(PdfReader, RunningHeadersAndPageNumbersAreLeftOut) {
  ScratchDir scratch;
  std::vector<std::vector<PdfBlock>> pages;
  const std::vector<std::string> bodies = {
      "The OSCE Programme Office in Bishkek trained 40 police officers.",
      "The training was held in Osh on 12 May 2023.",
      "A second course followed in Naryn in June 2023.",
      "Both courses were funded by the Government of Germany."};
  for (std::size_t i = 0; i < bodies.size(); ++i) {
    pages.push_back({PdfBlock{72, 760, {"OSCE Programme Office in Bishkek - Annual Report 2023"}},
                     PdfBlock{72, 700, {bodies[i]}},
                     PdfBlock{72, 60, {"Page " + std::to_string(i + 1) + " of 4"}}});
  }
  WriteFile(scratch / "annual.pdf", MakeLaidOutPdf(pages, "Annual Report 2023", "D:20240115"));
  const Document doc = ReadDocument(scratch / "annual.pdf");
  std::string expected;
  for (const std::string& body : bodies) expected += body + "\n";
  EXPECT_EQ(doc.text, expected);
}

// A sentence that runs on to the next page is joined like any wrapped line.
TEST(PdfReader, SentenceRunningOnToTheNextPageIsJoined) {
  ScratchDir scratch;
  const std::vector<std::vector<PdfBlock>> pages = {
      {PdfBlock{72, 720,
                {"Almaty, 3 June 2024 - The UNODC Regional Office for Central Asia",
                 "and the Committee of the Criminal Executive System of the Ministry of"}}},
      {PdfBlock{72, 720,
                {"Internal Affairs of Kazakhstan opened a rehabilitation centre for",
                 "former prisoners in Karaganda."}}}};
  WriteFile(scratch / "two-pages.pdf", MakeLaidOutPdf(pages, "", "D:20240603"));
  EXPECT_EQ(ReadDocument(scratch / "two-pages.pdf").text,
            "Almaty, 3 June 2024 - The UNODC Regional Office for Central Asia and the Committee "
            "of the Criminal Executive System of the Ministry of Internal Affairs of Kazakhstan "
            "opened a rehabilitation centre for former prisoners in Karaganda.\n");
}

TEST(PdfReader, CutInHalfAndNotAPdf) {
  ScratchDir scratch;
  const std::string pdf = MakePdf({"First page text.", "Second page text."}, "Cut", "D:20211015");
  WriteFile(scratch / "half.pdf", pdf.substr(0, pdf.size() / 2));
  const ReadResult half = ReadAll(scratch / "half.pdf");
  // Either poppler recovers what the first half holds, or it is refused
  // with a reason; never a crash, never the missing second page.
  if (half.error.empty()) {
    ASSERT_EQ(half.documents.size(), 1u);
    EXPECT_EQ(half.documents[0].text.find("Second page"), std::string::npos);
  } else {
    EXPECT_TRUE(half.error.starts_with("cannot open PDF") || half.error.starts_with("PDF has no"))
        << half.error;
  }

  WriteFile(scratch / "fake.pdf", "This is not a PDF at all.\n");
  EXPECT_EQ(ReadAll(scratch / "fake.pdf").error, "cannot open PDF (damaged or not a PDF)");
}

// -------------------------------------------------------------------- DOCX/ODT

TEST(OfficeReader, Docx) {
  ScratchDir scratch;
  WriteFile(scratch / "release.docx",
            MakeDocx({"Tashkent, 1 March 2022", "UNODC trained prison staff &amp; guards."},
                     "UNODC training", "2022-03-01T08:30:00Z"));
  const Document doc = ReadDocument(scratch / "release.docx");
  EXPECT_EQ(doc.format, "docx");
  EXPECT_EQ(doc.title, "UNODC training");
  EXPECT_EQ(doc.date, "2022-03-01");
  EXPECT_EQ(doc.date_source, DateSource::kMetadata);
  EXPECT_EQ(doc.text, "Tashkent, 1 March 2022\nUNODC trained prison staff & guards.\n");
}

TEST(OfficeReader, Odt) {
  ScratchDir scratch;
  WriteFile(scratch / "release.odt",
            MakeOdt({"Forum in Almaty", "UNDP met <text:s text:c=\"2\"/>youth leaders."},
                    "Almaty forum", "2021-11-12T09:00:00"));
  const Document doc = ReadDocument(scratch / "release.odt");
  EXPECT_EQ(doc.format, "odt");
  EXPECT_EQ(doc.title, "Almaty forum");
  EXPECT_EQ(doc.date, "2021-11-12");
  EXPECT_EQ(doc.text, "Forum in Almaty\nUNDP met   youth leaders.\n");
}

TEST(OfficeReader, BrokenPackages) {
  ScratchDir scratch;
  WriteFile(scratch / "no-body.docx",
            MakeArchive(ArchiveKind::kZip, {{"[Content_Types].xml", "<Types/>"}}));
  EXPECT_EQ(ReadAll(scratch / "no-body.docx").error, "no word/document.xml in the document");

  WriteFile(scratch / "bad-xml.docx",
            MakeArchive(ArchiveKind::kZip, {{"word/document.xml", "<w:document><w:body>"}}));
  EXPECT_TRUE(ReadAll(scratch / "bad-xml.docx").error.starts_with("cannot parse XML: "));

  const std::string docx = MakeDocx({"Some text"}, "T", "2022-01-01");
  WriteFile(scratch / "cut.docx", docx.substr(0, docx.size() / 2));
  EXPECT_FALSE(ReadAll(scratch / "cut.docx").error.empty());
}

}  // namespace
}  // namespace gleaner
