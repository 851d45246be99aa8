// Runs a fuzz target without libFuzzer, so the normal (GCC) and ASan/UBSan
// builds exercise it in ctest: every seed file is fed to
// LLVMFuzzerTestOneInput as it is, then a fixed number of deterministic
// mutations of the seeds (a seeded PRNG: truncations, bit flips, inserted
// bytes and markup tokens, duplicated and spliced chunks). A crash, an
// abort, an escaping exception or a sanitizer report fails the test; a
// ctest TIMEOUT catches a hang.
//
//   replay [--mutations N] [--suffix .html]... PATH...
//
// A PATH that is a folder contributes its files (recursively, sorted; only
// those ending in one of the --suffix values when any is given); a PATH
// that is a file is used as it is, so one crash input can be replayed alone.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

struct Options {
  std::size_t mutations = 300;
  std::vector<std::string> suffixes;
  std::vector<fs::path> paths;
};

// Seed bytes larger than this are cut, so one big seed cannot dominate the run.
constexpr std::size_t kMaxSeedBytes = 256 * 1024;

// Markup and syntax fragments that random bytes rarely produce.
constexpr std::string_view kTokens[] = {
    "<", ">", "</", "/>", "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#x10FFFF;", "&#0;",
    "&", "\"", "'", "=", "<!DOCTYPE x [<!ENTITY a \"b\">]>", "<?xml version=\"1.0\"?>",
    "encoding=\"", "charset=", "\r\n", "\n\n", "{", "}", "[", "]", ":", ",", "\\u0000",
    "\\ud800", "=?utf-8?b?", "=?iso-8859-1?q?", "?=", "boundary=", "--", "=\r\n", "=FF",
    "Content-Type: ", "Content-Transfer-Encoding: base64\r\n", "<REUTERS", "</REUTERS>",
    "<BODY>", "<TITLE>", "&#3;", "obj", "endobj", "stream\n", "endstream", "xref", "trailer",
    "%%EOF", "PK\x03\x04", "\xEF\xBB\xBF", "\xC3", "\xE2\x80", "\xF0\x9F\x98\x80", "\xFF\xFE",
    "2021-10-15", "October 15, 2021", "1,000,000", " 12 ", "Mr. ", " of ", " Ministry ", "Bishkek",
};

std::uint64_t Pick(std::mt19937_64& random, std::uint64_t bound) {
  return bound == 0 ? 0 : random() % bound;
}

// One mutation of `input`; `other` is another seed for splicing.
std::string Mutate(std::string input, const std::string& other, std::mt19937_64& random) {
  const std::size_t at = Pick(random, input.size() + 1);
  switch (Pick(random, 8)) {
    case 0:  // truncate
      input.resize(at);
      break;
    case 1:  // flip a few bits
      for (int flips = 1 + static_cast<int>(Pick(random, 8)); flips > 0 && !input.empty();
           --flips) {
        input[Pick(random, input.size())] ^= static_cast<char>(1u << Pick(random, 8));
      }
      break;
    case 2:  // insert random bytes
      for (int count = 1 + static_cast<int>(Pick(random, 16)); count > 0; --count) {
        input.insert(input.begin() + static_cast<std::ptrdiff_t>(at),
                     static_cast<char>(Pick(random, 256)));
      }
      break;
    case 3:  // insert a token
      input.insert(at, kTokens[Pick(random, std::size(kTokens))]);
      break;
    case 4: {  // duplicate a chunk, possibly many times
      const std::size_t length = Pick(random, std::min<std::size_t>(input.size() - at, 512) + 1);
      const std::string chunk = input.substr(at, length);
      const std::size_t copies = 1 + Pick(random, Pick(random, 2) == 0 ? 4 : 200);
      std::string repeated;
      for (std::size_t i = 0; i < copies; ++i) repeated += chunk;
      input.insert(at, repeated);
      break;
    }
    case 5: {  // erase a chunk
      input.erase(at, Pick(random, std::min<std::size_t>(input.size() - at, 256) + 1));
      break;
    }
    case 6: {  // splice: this seed's head, another seed's tail
      input.resize(at);
      input += other.substr(Pick(random, other.size() + 1));
      break;
    }
    default:  // overwrite bytes with 0x00, 0xFF or 0x80
      for (int count = 1 + static_cast<int>(Pick(random, 8)); count > 0 && !input.empty();
           --count) {
        static constexpr char kBytes[] = {'\0', '\xFF', '\x80'};
        input[Pick(random, input.size())] = kBytes[Pick(random, 3)];
      }
      break;
  }
  return input;
}

bool Wanted(const fs::path& file, const std::vector<std::string>& suffixes) {
  if (suffixes.empty()) return true;
  const std::string name = file.filename().string();
  return std::any_of(suffixes.begin(), suffixes.end(),
                     [&name](const std::string& suffix) { return name.ends_with(suffix); });
}

std::vector<fs::path> SeedFiles(const Options& options) {
  std::vector<fs::path> files;
  for (const fs::path& path : options.paths) {
    if (!fs::is_directory(path)) {
      files.push_back(path);
      continue;
    }
    std::vector<fs::path> found;
    for (const fs::directory_entry& entry : fs::recursive_directory_iterator(path)) {
      if (entry.is_regular_file() && Wanted(entry.path(), options.suffixes)) {
        found.push_back(entry.path());
      }
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

std::string ReadSeed(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "replay: cannot read %s\n", file.c_str());
    std::exit(2);
  }
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (bytes.size() > kMaxSeedBytes) bytes.resize(kMaxSeedBytes);
  return bytes;
}

void RunOne(const std::string& input) {
  LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
}

Options ParseOptions(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string_view argument = argv[i];
    if ((argument == "--mutations" || argument == "--suffix") && i + 1 < argc) {
      if (argument == "--mutations") {
        options.mutations = std::stoul(argv[++i]);
      } else {
        options.suffixes.emplace_back(argv[++i]);
      }
    } else {
      options.paths.emplace_back(argument);
    }
  }
  return options;
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = ParseOptions(argc, argv);
  std::vector<std::string> seeds;
  for (const fs::path& file : SeedFiles(options)) seeds.push_back(ReadSeed(file));
  if (seeds.empty()) {
    std::fprintf(stderr, "replay: no seed files given\n");
    return 2;
  }
  RunOne("");
  for (const std::string& seed : seeds) RunOne(seed);
  std::mt19937_64 random(0x676c65616e6572);  // fixed: every run replays the same inputs
  for (std::size_t i = 0; i < options.mutations; ++i) {
    std::string input = seeds[i % seeds.size()];
    // Up to three stacked mutations.
    for (std::uint64_t rounds = 1 + Pick(random, 3); rounds > 0; --rounds) {
      input = Mutate(std::move(input), seeds[Pick(random, seeds.size())], random);
    }
    RunOne(input);
  }
  std::printf("replay: %zu seeds and %zu mutations ran cleanly\n", seeds.size(),
              options.mutations);
  return 0;
}
