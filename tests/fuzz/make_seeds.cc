// Writes the binary seeds of the fuzz corpora (PDF, DOCX, ODT, archives)
// into OUTDIR/<target>/, built with tests/reader_fixtures.h as the reader
// tests build theirs, so no binary file is checked in. ctest runs it before
// the replays; run it by hand to seed a libFuzzer run:
//
//   fuzz_make_seeds OUTDIR
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "tests/reader_fixtures.h"

namespace {

namespace fs = std::filesystem;
using gleaner::testing::ArchiveKind;
using gleaner::testing::MakeArchive;

void WriteSeed(const fs::path& folder, const std::string& name, const std::string& bytes) {
  fs::create_directories(folder);
  std::ofstream out(folder / name, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + (folder / name).string());
}

const std::vector<std::string> kParagraphs = {
    "Bishkek, October 15, 2021 - The ministry opened 12 new offices.",
    "Over 300 women took part &amp; more.", ""};

void WriteDocumentSeeds(const fs::path& out) {
  WriteSeed(out / "pdf", "two-pages.pdf",
            gleaner::testing::MakePdf({kParagraphs[0], kParagraphs[1]}, "A (title)",
                                      "D:20211015093000Z"));
  WriteSeed(out / "pdf", "empty-page.pdf", gleaner::testing::MakePdf({""}, "", ""));
  WriteSeed(out / "office", "a.docx",
            gleaner::testing::MakeDocx(kParagraphs, "Title", "2021-10-15T09:30:00Z"));
  WriteSeed(out / "office", "a.odt",
            gleaner::testing::MakeOdt(kParagraphs, "Title", "2021-10-15T09:30:00Z"));
}

void WriteArchiveSeeds(const fs::path& out) {
  const std::vector<gleaner::testing::ArchiveMember> members = {
      {"a.txt", kParagraphs[0] + "\n"},
      {"dir/b.html", "<html><head><title>B</title></head><body><p>" + kParagraphs[1] +
                         "</p></body></html>"},
      {"c.rss", "<rss><channel><item><title>T</title><description>D</description>"
                "<pubDate>Fri, 15 Oct 2021 10:00:00 +0600</pubDate></item></channel></rss>"},
      {".hidden", "skipped"}};
  const fs::path folder = out / "archive";
  WriteSeed(folder, "a.zip", MakeArchive(ArchiveKind::kZip, members));
  WriteSeed(folder, "stored.zip", MakeArchive(ArchiveKind::kZipStored, members));
  WriteSeed(folder, "a.tar", MakeArchive(ArchiveKind::kTar, members));
  WriteSeed(folder, "a.tar.gz", MakeArchive(ArchiveKind::kTarGz, members));
  WriteSeed(folder, "a.tar.bz2", MakeArchive(ArchiveKind::kTarBz2, members));
  WriteSeed(folder, "a.tar.xz", MakeArchive(ArchiveKind::kTarXz, members));
  WriteSeed(folder, "a.txt.gz", MakeArchive(ArchiveKind::kGzip, {members[0]}));
  WriteSeed(folder, "nested.zip",
            MakeArchive(ArchiveKind::kZip,
                        {{"inner.tar", MakeArchive(ArchiveKind::kTar, members)},
                         {"d.docx", gleaner::testing::MakeDocx(kParagraphs, "T", "")}}));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: fuzz_make_seeds OUTDIR\n");
    return 2;
  }
  const fs::path out = argv[1];
  WriteDocumentSeeds(out);
  WriteArchiveSeeds(out);
  return 0;
}
