// Loading of the place gazetteer: tab-separated files, '#' comment lines and
// blank lines skipped, every other line checked field by field so that a bad
// line stops start-up with "FILE:LINE: reason".
#include "extractors/gazetteer.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <fstream>
#include <optional>

#include "engine/ascii.h"
#include "extractors/rules.h"

namespace gleaner {
namespace {

std::optional<PlaceKind> ParsePlaceKind(std::string_view name) {
  if (name == "continent") return PlaceKind::kContinent;
  if (name == "region") return PlaceKind::kRegion;
  if (name == "country") return PlaceKind::kCountry;
  if (name == "admin1") return PlaceKind::kAdmin1;
  if (name == "city") return PlaceKind::kCity;
  return std::nullopt;
}

// The tab-separated fields of a line: up to kMaxFields kept, `count` all.
struct Fields {
  static constexpr std::size_t kMaxFields = 8;
  std::array<std::string_view, kMaxFields> field;
  std::size_t count = 0;
  std::size_t size() const { return count; }
  std::string_view operator[](std::size_t i) const { return field[i]; }
};

Fields SplitTabs(std::string_view line) {
  Fields fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    const std::string_view piece =
        line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
    if (fields.count < Fields::kMaxFields) fields.field[fields.count] = piece;
    ++fields.count;
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

bool IsCountryCode(std::string_view code) {
  return code.size() == 2 && std::all_of(code.begin(), code.end(),
                                         [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Whether `text` is a decimal number in [-limit, limit]. The common form
// ("-12.345") is checked by hand; anything else ("1e1", "+5") goes to
// std::from_chars, which decides as before.
bool IsCoordinate(std::string_view text, double limit) {
  std::size_t i = !text.empty() && text.front() == '-' ? 1 : 0;
  const std::size_t int_start = i;
  unsigned whole = 0;
  while (i < text.size() && i - int_start < 4 && text[i] >= '0' && text[i] <= '9') {
    whole = whole * 10 + static_cast<unsigned>(text[i] - '0');
    ++i;
  }
  const std::size_t int_end = i;
  bool simple = int_end > int_start && int_end - int_start < 4;
  if (simple && i < text.size() && text[i] == '.') {
    const std::size_t fraction_start = ++i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    simple = i > fraction_start;
  }
  // Below the limit's whole part any fraction stays inside; at it, rounding
  // decides, so from_chars does.
  if (simple && i == text.size() && whole < static_cast<unsigned>(limit)) return true;
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size() && value >= -limit &&
         value <= limit;
}

// The focus countries (Central Asia and Afghanistan), whose towns are also
// kept under their folded transliteration.
bool IsFocusCountry(std::string_view code) {
  if (code.size() != 2) return false;
  switch (code[0]) {
    case 'K': return code[1] == 'Z' || code[1] == 'G';
    case 'T': return code[1] == 'J' || code[1] == 'M';
    case 'U': return code[1] == 'Z';
    case 'A': return code[1] == 'F';
    default: return false;
  }
}

// Reads a whole data file; a missing file is a RuleError.
std::string ReadFile(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw RuleError(file.string() + ": cannot read gazetteer file");
  std::string content;
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size > 0) {
    content.resize(static_cast<std::size_t>(size));
    in.read(content.data(), size);
    content.resize(static_cast<std::size_t>(in.gcount()));
  }
  return content;
}

bool IsSkipped(std::string_view line) {
  return line.empty() || line.front() == '#' ||
         line.find_first_not_of(" \t") == std::string_view::npos;
}

// Where a record stands, "FILE:LINE: ", built only for an error message.
struct RecordPlace {
  const std::filesystem::path& file;
  std::size_t line_number;
  std::string operator()() const {
    return file.string() + ":" + std::to_string(line_number) + ": ";
  }
};

// Calls `handle(fields, where)` for every line of `file` that is neither
// blank nor a comment; lines end at '\n', a '\r' before it is dropped. The
// file is read in one piece and its lines are views into it. `lines`, when
// given, gets the file's line count first (to reserve tables).
template <typename Handle>
void ForEachRecord(const std::filesystem::path& file, Handle&& handle,
                   std::size_t* lines = nullptr) {
  const std::string content = ReadFile(file);
  const std::string_view text = content;
  if (lines != nullptr) *lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
  std::size_t line_number = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (IsSkipped(line)) continue;
    handle(SplitTabs(line), RecordPlace{file, line_number});
  }
}

}  // namespace

std::string_view PlaceKindName(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::kContinent: return "continent";
    case PlaceKind::kRegion: return "region";
    case PlaceKind::kCountry: return "country";
    case PlaceKind::kAdmin1: return "admin1";
    case PlaceKind::kCity: return "city";
  }
  return "city";
}

Gazetteer::Gazetteer(const std::filesystem::path& dir, const Normalizer& normalizer) {
  LoadPlaces(dir / "places.tsv", /*curated=*/false, normalizer);
  LoadPlaces(dir / "curated-places.tsv", /*curated=*/true, normalizer);
  LoadPlaceTypes(dir / "place-types.tsv", normalizer);
  if (std::filesystem::exists(dir / "common-words.tsv")) {
    LoadWordList(dir / "common-words.tsv", normalizer, &common_words_);
  }
  if (std::filesystem::exists(dir / "organization-heads.tsv")) {
    LoadWordList(dir / "organization-heads.tsv", normalizer, &organization_heads_);
  }
  for (const char* name : {"demonyms.tsv", "curated-demonyms.tsv"}) {
    if (std::filesystem::exists(dir / name)) LoadDemonyms(dir / name, normalizer);
  }
}

std::string_view Gazetteer::CountryOfDemonym(std::string_view key) const {
  if (demonym_countries_.empty() || key.size() < 3) return {};
  auto found = demonym_countries_.find(std::string(key));
  if (found == demonym_countries_.end() && key.back() == 's') {
    found = demonym_countries_.find(std::string(key.substr(0, key.size() - 1)));
  }
  return found == demonym_countries_.end() ? std::string_view() : std::string_view(found->second);
}

// Lines "demonym<TAB>alpha-2"; a later file's entry replaces an earlier one.
void Gazetteer::LoadDemonyms(const std::filesystem::path& file, const Normalizer& normalizer) {
  ForEachRecord(file, [&](const Fields& fields, const RecordPlace& where) {
    if (fields.size() != 2) {
      throw RuleError(where() + "expected 2 tab-separated fields (demonym, country), found " +
                      std::to_string(fields.size()));
    }
    if (!IsCountryCode(fields[1])) {
      throw RuleError(where() + "'" + std::string(fields[1]) + "' is no ISO alpha-2 code");
    }
    std::string key = PhraseKey(normalizer, fields[0]);
    if (key.empty()) throw RuleError(where() + "'" + std::string(fields[0]) + "' has no words");
    demonym_countries_[std::move(key)] = std::string(fields[1]);
  });
}

// places.tsv: name, kind, country, geonames_id, lat, lon, population.
// curated-places.tsv: name, kind, country.
void Gazetteer::LoadPlaces(const std::filesystem::path& file, bool curated,
                           const Normalizer& normalizer) {
  const std::size_t expected_fields = curated ? 3 : 7;
  std::size_t lines = 0;
  bool reserved = false;
  ForEachRecord(file, [&](const Fields& fields, const RecordPlace& where) {
    if (!reserved) {
      places_.reserve(places_.size() + lines);
      reserved = true;
    }
    if (fields.size() != expected_fields) {
      throw RuleError(where() + "expected " + std::to_string(expected_fields) +
                      " tab-separated fields, found " + std::to_string(fields.size()));
    }
    Place place;
    place.name = std::string(fields[0]);
    const std::optional<PlaceKind> kind = ParsePlaceKind(fields[1]);
    if (!kind) {
      throw RuleError(where() + "unknown kind '" + std::string(fields[1]) +
                      "' (continent, region, country, admin1, city)");
    }
    place.kind = *kind;
    place.country = std::string(fields[2]);
    const bool multi_country_allowed =
        place.kind == PlaceKind::kContinent || place.kind == PlaceKind::kRegion;
    if (!(IsCountryCode(place.country) || (place.country.empty() && multi_country_allowed))) {
      throw RuleError(where() + "bad country code '" + place.country +
                      "' (two capital letters; empty only for a continent or region)");
    }
    if (!curated) {
      if (!fields[3].empty() && !IsAsciiDigits(fields[3])) {
        throw RuleError(where() + "bad geonames id '" + std::string(fields[3]) + "'");
      }
      if (!fields[4].empty() && !IsCoordinate(fields[4], 90)) {
        throw RuleError(where() + "bad latitude '" + std::string(fields[4]) + "'");
      }
      if (!fields[5].empty() && !IsCoordinate(fields[5], 180)) {
        throw RuleError(where() + "bad longitude '" + std::string(fields[5]) + "'");
      }
      if (!fields[6].empty() && !IsAsciiDigits(fields[6])) {
        throw RuleError(where() + "bad population '" + std::string(fields[6]) + "'");
      }
      place.geonames_id = std::string(fields[3]);
      place.lat = std::string(fields[4]);
      place.lon = std::string(fields[5]);
      if (!fields[6].empty()) {
        std::from_chars(fields[6].data(), fields[6].data() + fields[6].size(), place.population);
      }
    }
    const auto payload = static_cast<std::uint32_t>(places_.size());
    if (!names_.Add(normalizer, place.name, payload)) {
      throw RuleError(where() + "name '" + place.name + "' has no words or more than " +
                      std::to_string(PhraseMatcher::kMaxTokens));
    }
    if ((place.kind == PlaceKind::kCity || place.kind == PlaceKind::kAdmin1) &&
        IsFocusCountry(place.country)) {
      std::string folded = FoldTransliteration(PhraseKey(normalizer, place.name));
      if (folded.size() >= kMinFoldedName) folded_names_[std::move(folded)].push_back(payload);
    }
    places_.push_back(std::move(place));
  }, &lines);
}

std::string Gazetteer::FoldTransliteration(std::string_view key) {
  std::string folded;
  folded.reserve(key.size());
  AppendFoldedTransliteration(key, &folded);
  return folded;
}

void Gazetteer::AppendFoldedTransliteration(std::string_view key, std::string* folded) {
  for (const char c : key) {
    if (c == ' ' || c == '-' || c == '\'') continue;
    folded->push_back(c == 'q' ? 'k' : c);
  }
}

const std::vector<std::uint32_t>* Gazetteer::LookupFolded(std::string_view folded) const {
  const auto found = folded_names_.find(folded);
  return found == folded_names_.end() ? nullptr : &found->second;
}

// place-types.tsv: word(s), strength (strong, weak, focus or list), and
// optionally the one country the type is used in.
void Gazetteer::LoadPlaceTypes(const std::filesystem::path& file, const Normalizer& normalizer) {
  ForEachRecord(file, [&](const Fields& fields, const RecordPlace& where) {
    if (fields.size() != 2 && fields.size() != 3) {
      throw RuleError(where() + "expected 2 or 3 tab-separated fields (word, strength, country), found " +
                      std::to_string(fields.size()));
    }
    PlaceTypeStrength strength;
    if (fields[1] == "strong") {
      strength = PlaceTypeStrength::kStrong;
    } else if (fields[1] == "weak") {
      strength = PlaceTypeStrength::kWeak;
    } else if (fields[1] == "focus") {
      strength = PlaceTypeStrength::kFocus;
    } else if (fields[1] == "list") {
      strength = PlaceTypeStrength::kList;
    } else {
      throw RuleError(where() + "unknown strength '" + std::string(fields[1]) +
                      "' (strong, weak, focus or list)");
    }
    if (!place_types_.Add(normalizer, fields[0], static_cast<std::uint32_t>(strength))) {
      throw RuleError(where() + "place type '" + std::string(fields[0]) + "' has no words");
    }
    if (fields.size() == 3) {
      place_type_countries_.Add(normalizer, fields[0],
                                static_cast<std::uint32_t>(type_countries_.size()));
      type_countries_.emplace_back(fields[2]);
    }
    if (strength == PlaceTypeStrength::kStrong) {
      strong_types_.push_back(PhraseKey(normalizer, fields[0]));
    } else if (strength == PlaceTypeStrength::kFocus) {
      focus_types_.push_back(PhraseKey(normalizer, fields[0]));
    }
  });
}

std::string_view Gazetteer::CountryOfPlaceType(std::string_view norm,
                                              const std::vector<Token>& tokens, std::size_t first,
                                              std::size_t count) const {
  const auto* payloads = place_type_countries_.Lookup(norm, tokens, first, count);
  if (payloads == nullptr) return {};
  return type_countries_[payloads->front()];
}

// One entry a line: the first tab-separated field.
void Gazetteer::LoadWordList(const std::filesystem::path& file, const Normalizer& normalizer,
                             std::unordered_set<std::string>* words) {
  ForEachRecord(file, [&](const Fields& fields, const RecordPlace& where) {
    std::string key = PhraseKey(normalizer, fields[0]);
    if (key.empty()) throw RuleError(where() + "'" + std::string(fields[0]) + "' has no words");
    words->insert(std::move(key));
  });
}

}  // namespace gleaner
