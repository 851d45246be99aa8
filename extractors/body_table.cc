// BodyTable: the loader of corpora/organizations/bodies.tsv.
#include "extractors/body_table.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <utility>

#include "extractors/name_words.h"
#include "extractors/rules.h"
#include "extractors/utf8.h"

namespace gleaner {
namespace {

std::vector<std::string_view> SplitOn(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string_view::npos ? text.npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return parts;
}

std::string_view TrimSpaces(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.back() == '\r' || text.back() == ' ')) {
    if (text.front() == ' ') {
      text.remove_prefix(1);
    } else {
      text.remove_suffix(1);
    }
  }
  return text;
}

// The lookup key of `name` and its raw words joined by ' '.
std::pair<std::string, std::string> KeyOf(const Normalizer& normalizer, std::string_view name) {
  const NormalizedText normalized = normalizer.Normalize(name);
  const TextView view{name, normalized};
  const std::vector<NameWord> words = ScanNameWords(view);
  std::string key;
  std::string exact;
  for (const NameWord& word : words) {
    if (!key.empty()) key += ' ';
    if (!exact.empty()) exact += ' ';
    key.append(normalized.text, word.start, word.end - word.start);
    exact.append(name.substr(word.raw_start, word.raw_end - word.raw_start));
  }
  return {key, exact};
}

}  // namespace

std::string BodyLookupKey(const Normalizer& normalizer, std::string_view name) {
  return KeyOf(normalizer, name).first;
}

BodyTable LoadBodyTable(const Normalizer& normalizer, const std::filesystem::path& path) {
  const std::string file_name = path.string();
  std::ifstream in(path, std::ios::binary);
  if (!in) throw RuleError(file_name + ": cannot read body table");
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string content = buffer.str();

  BodyTable table;
  std::map<std::string, int> canonical_lines;
  std::vector<std::pair<int, std::string>> parents_to_check;  // line, parent
  int line_number = 0;
  for (std::string_view line : SplitOn(content, '\n')) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (TrimSpaces(line).empty() || line.front() == '#') continue;
    const auto fail = [&](const std::string& reason) {
      throw RuleError(file_name + ":" + std::to_string(line_number) + ": " + reason);
    };
    const std::vector<std::string_view> fields = SplitOn(line, '\t');
    if (fields.size() < 4) {
      fail("expected 4 TAB-separated fields (canonical, names, acronyms, parent), found " +
           std::to_string(fields.size()));
    }
    if (fields.size() > 5) {
      fail("expected at most 5 TAB-separated fields (canonical, names, acronyms, parent, kind), "
           "found " + std::to_string(fields.size()));
    }
    std::string_view kind;
    if (fields.size() == 5) {
      const std::string_view written = TrimSpaces(fields[4]);
      if (written == kKindTeam) {
        kind = kKindTeam;
      } else if (written == kKindCompany) {
        kind = kKindCompany;
      } else if (written == kKindPlatform) {
        kind = kKindPlatform;
      } else if (!written.empty()) {
        fail("unknown kind '" + std::string(written) + "' (team, company, platform or empty)");
      }
    }
    const std::string canonical(TrimSpaces(fields[0]));
    if (canonical.empty()) fail("empty canonical name");
    if (auto [it, inserted] = canonical_lines.emplace(canonical, line_number); !inserted) {
      fail("duplicate canonical name '" + canonical + "' (first on line " +
           std::to_string(it->second) + ")");
    }
    const std::string parent(TrimSpaces(fields[3]));
    if (!parent.empty() && parent != canonical) parents_to_check.emplace_back(line_number, parent);
    const auto body_index = static_cast<std::uint32_t>(table.bodies.size());
    table.bodies.push_back(Body{canonical, parent, kind});
    std::size_t name_count = 0;
    for (int column : {1, 2}) {
      for (std::string_view name : SplitOn(fields[column], '|')) {
        name = TrimSpaces(name);
        if (name.empty()) continue;
        if (!IsValidUtf8(name)) fail("name is not valid UTF-8");
        auto [key, exact] = KeyOf(normalizer, name);
        if (key.empty()) fail("name '" + std::string(name) + "' has no words");
        const std::size_t word_count = static_cast<std::size_t>(
            std::count(key.begin(), key.end(), ' ') + 1);
        if (word_count > 12) fail("name '" + std::string(name) + "' has more than 12 words");
        table.max_words = std::max(table.max_words, word_count);
        for (std::size_t space = key.find(' '); space != std::string::npos;
             space = key.find(' ', space + 1)) {
          table.keys[key.substr(0, space)].has_longer = true;
        }
        table.keys[key].names.push_back(BodyName{body_index, column == 2, std::move(exact)});
        ++name_count;
      }
    }
    if (name_count == 0) fail("body '" + canonical + "' has neither a name nor an acronym");
  }
  for (const auto& [line, parent] : parents_to_check) {
    if (canonical_lines.count(parent) == 0) {
      throw RuleError(file_name + ":" + std::to_string(line) + ": parent '" + parent +
                      "' is not the canonical name of any body");
    }
  }
  return table;
}

}  // namespace gleaner
