// Loads corpora/names/given-names.txt into a set of normalized words.
#include "extractors/given_names.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "extractors/rules.h"

namespace gleaner {

std::shared_ptr<const WordSet> LoadGivenNames(const Normalizer& normalizer,
                                              const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw RuleError(file.string() + ": cannot read given-name list");
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string names = buffer.str();

  auto given_names = std::make_shared<WordSet>();
  // One name a line: the table's final size, so it never rehashes; and one
  // NormalizedText reused for all 19,700 names.
  given_names->reserve(static_cast<std::size_t>(std::count(names.begin(), names.end(), '\n')) + 1);
  NormalizedText normalized;
  int line_number = 0;
  std::size_t line_start = 0;
  while (line_start < names.size()) {
    std::size_t line_end = names.find('\n', line_start);
    if (line_end == std::string::npos) line_end = names.size();
    ++line_number;
    std::string_view line(names.data() + line_start, line_end - line_start);
    line_start = line_end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    if (!IsValidUtf8(line) || line.find_first_of(" \t") != std::string_view::npos) {
      throw RuleError(file.string() + ":" + std::to_string(line_number) +
                      ": a given name is one word of valid UTF-8");
    }
    normalizer.Normalize(line, normalized);
    given_names->insert(normalized.text);
  }
  return given_names;
}

}  // namespace gleaner
