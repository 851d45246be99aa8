// gleaner-synth: builds a large test database (for latency measurements) from
// a small corpus. Each input document is read and analyzed once; then
// --count variants are written round-robin over the documents, variant v of
// document d (round r = v / documents) getting the id "synth/RRRRRR/ID", its
// document date and every mentioned date shifted by 7*r months (day clamped
// to the month's length), and a content hash of its own (so collapsing does
// not fold the variants into one). Round 0 also fills the spelling and
// synonym tables, which later rounds would only repeat.
// With --shard I/N it writes only the variants v with v % N == I, so N
// processes can build N shards to be joined by `gleaner merge`.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include <boost/program_options.hpp>
#include <xapian.h>

#include "engine/ascii.h"
#include "engine/index.h"
#include "engine/readers/reader.h"
#include "engine/shard.h"
#include "extractors/analyzer.h"

namespace {

namespace po = boost::program_options;
using gleaner::IsAsciiDigits;

struct AnalyzedDocument {
  gleaner::Document document;
  gleaner::Analysis analysis;
};

bool IsLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

// Shifts a value starting "YYYY", "YYYY-MM" or "YYYY-MM-DD" by `months`;
// anything after the date part (a time, "T..."), and values of other shapes
// (durations, "PRESENT_REF", weeks), are kept as they are.
std::string ShiftDate(const std::string& value, int months) {
  if (value.size() < 4 || !IsAsciiDigits(std::string_view(value).substr(0, 4))) return value;
  if (value.size() > 4 && value[4] != '-') return value;
  int year = std::stoi(value.substr(0, 4));
  const bool has_month = value.size() >= 7 && value[4] == '-' &&
                         IsAsciiDigits(std::string_view(value).substr(5, 2)) &&
                         (value.size() == 7 || value[7] == '-' || value[7] == '/');
  if (!has_month) {
    if (value.size() != 4) return value;
    return std::to_string(year + months / 12);
  }
  int month = std::stoi(value.substr(5, 2));
  if (month < 1 || month > 12) return value;
  const int total = year * 12 + (month - 1) + months;
  year = total / 12;
  month = total % 12 + 1;
  char head[16];
  std::snprintf(head, sizeof head, "%04d-%02d", year, month);
  std::string shifted = head;
  std::size_t rest = 7;
  if (value.size() >= 10 && value[7] == '-' && IsAsciiDigits(std::string_view(value).substr(8, 2))) {
    const int day = std::min(std::stoi(value.substr(8, 2)), DaysInMonth(year, month));
    std::snprintf(head, sizeof head, "-%02d", day);
    shifted += head;
    rest = 10;
  }
  return shifted + value.substr(rest);
}

AnalyzedDocument MakeVariant(const AnalyzedDocument& base, std::size_t round) {
  AnalyzedDocument variant = base;
  const int months = static_cast<int>(round) * 7;
  char prefix[32];
  std::snprintf(prefix, sizeof prefix, "synth/%06zu/", round);
  variant.document.id = prefix + base.document.id;
  variant.document.content_hash = gleaner::ContentHash(base.document.content_hash + variant.document.id);
  variant.document.date = ShiftDate(base.document.date, months);
  variant.analysis.date = ShiftDate(base.analysis.date, months);
  variant.analysis.years_mentioned.clear();
  for (gleaner::Mention& mention : variant.analysis.mentions) {
    if (mention.type != gleaner::MentionType::kDate) continue;
    mention.value = ShiftDate(mention.value, months);
    const std::string_view value(mention.value);
    if (value.size() >= 4 && IsAsciiDigits(value.substr(0, 4))) {
      variant.analysis.years_mentioned.push_back(std::stoi(mention.value.substr(0, 4)));
    }
  }
  auto& years = variant.analysis.years_mentioned;
  std::sort(years.begin(), years.end());
  years.erase(std::unique(years.begin(), years.end()), years.end());
  return variant;
}

}  // namespace

int main(int argc, char** argv) {
  std::string db_dir;
  std::string data_dir = GLEANER_DATA_DIR;
  std::string shard_text = "0/1";
  std::size_t count = 0;
  std::vector<std::string> paths;
  po::options_description options("options");
  options.add_options()
      ("help,h", "print this help")
      ("db", po::value(&db_dir)->required(), "database folder to create or extend")
      ("count", po::value(&count)->required(), "number of variants to write (all shards)")
      ("shard", po::value(&shard_text), "I/N: write only variants v with v % N == I")
      ("data-dir", po::value(&data_dir), "folder holding rules/")
      ("path", po::value(&paths), "input files or folders");
  po::positional_options_description positional;
  positional.add("path", -1);
  gleaner::ShardSpec shard;
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv).options(options).positional(positional).run(), vm);
    if (vm.count("help") != 0) {
      std::cout << "usage: gleaner-synth --db DIR --count N [--shard I/N] PATH...\n" << options;
      return 0;
    }
    po::notify(vm);
    shard = gleaner::ParseShardSpec(shard_text);
    if (paths.empty()) throw std::invalid_argument("no input paths");
  } catch (const std::exception& e) {
    std::cerr << "gleaner-synth: " << e.what() << '\n';
    return 2;
  }

  const auto started = std::chrono::steady_clock::now();
  const auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  };
  std::vector<AnalyzedDocument> bases;
  try {
    const gleaner::Analyzer analyzer(data_dir);
    std::vector<std::string> errors;
    for (const auto& input : gleaner::ListInputs(paths, &errors)) {
      try {
        gleaner::ReadDocuments(
            input, gleaner::ReaderLimits{},
            [&](gleaner::Document&& doc) {
              gleaner::Analysis analysis = analyzer.Analyze(doc);
              doc.raw.clear();  // the index keeps text, not bytes
              bases.push_back({std::move(doc), std::move(analysis)});
            },
            [&](const std::string& id, const std::string& reason) {
              std::cerr << "gleaner-synth: " << id << ": " << reason << '\n';
            });
      } catch (const std::exception& e) {
        std::cerr << "gleaner-synth: " << input.string() << ": " << e.what() << '\n';
      }
    }
    for (const std::string& error : errors) std::cerr << "gleaner-synth: " << error << '\n';
  } catch (const std::exception& e) {
    std::cerr << "gleaner-synth: " << e.what() << '\n';
    return 2;
  }
  if (bases.empty()) {
    std::cerr << "gleaner-synth: no documents read\n";
    return 2;
  }
  std::fprintf(stderr, "gleaner-synth: %zu documents analyzed in %.1f s\n", bases.size(), elapsed());

  try {
    Xapian::WritableDatabase db(db_dir, Xapian::DB_CREATE_OR_OPEN);
    std::size_t written = 0;
    for (std::size_t v = shard.index; v < count; v += shard.count) {
      const std::size_t round = v / bases.size();
      const AnalyzedDocument variant = MakeVariant(bases[v % bases.size()], round);
      if (round == 0) {
        db.replace_document(gleaner::IdTerm(variant.document.id),
                            gleaner::BuildXapianDocument(variant.document, variant.analysis, &db));
        for (const auto& [key, term] : gleaner::OrganizationSynonyms(variant.analysis)) {
          db.add_synonym(key, term);
        }
      } else {
        db.replace_document(gleaner::IdTerm(variant.document.id),
                            gleaner::BuildXapianDocument(variant.document, variant.analysis));
      }
      if (++written % 50000 == 0) {
        db.commit();
        std::fprintf(stderr, "gleaner-synth: %zu written, %.0f s\n", written, elapsed());
      }
    }
    db.commit();
    std::printf("gleaner-synth: %zu variants of %zu documents in %s (%u documents) in %.1f s\n",
                written, bases.size(), db_dir.c_str(), db.get_doccount(), elapsed());
  } catch (const Xapian::Error& e) {
    std::cerr << "gleaner-synth: " << db_dir << ": " << e.get_description() << '\n';
    return 1;
  }
  return 0;
}
