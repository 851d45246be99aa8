// Shared rule data and candidate helpers of the location extractor (see
// location_rules.h).
#include "extractors/location_rules.h"

#include "extractors/dates.h"

namespace gleaner {

LocationRules::LocationRules(const Gazetteer& gazetteer)
    : gazetteer_(gazetteer), weekday_names_(IcuWeekdayNames()) {
  for (const auto& [name, month] : IcuMonthNames({"en"})) month_names_.insert(name);
}

namespace {

// Whether `s` is places in capitals joined by slashes ("MAZAR-I-SHARIF / ",
// " / DUSHANBE"): capital letters, spaces, hyphens, apostrophes and at least
// one slash, nothing else.
bool SlashJoinedCapitals(std::string_view s) {
  bool slash = false;
  for (char c : s) {
    if (c == '/') {
      slash = true;
    } else if (!(c >= 'A' && c <= 'Z') && c != ' ' && c != '-' && c != '\'') {
      return false;
    }
  }
  return slash;
}

}  // namespace

bool LocationRules::IsDateline(const LocationText& text, LineCursor& line, std::size_t first,
                               std::size_t last) const {
  if (first == last && IsMonth(text.Norm(first))) return false;
  const std::string_view raw = text.raw();
  // "MAZAR-I-SHARIF / DUSHANBE, 22 May 2025": a joint release's dateline
  // names its places in capitals apart by slashes; each place of it is in
  // the dateline.
  // Such a dateline ends at its comma ("USG/Maracaibo 10,000 mt" and
  // "IMF/WORLD BANK MEETINGS INCLUDE GROUP OF 24" are none).
  const std::size_t begin = text.RawBegin(first);
  const std::size_t leading = raw.find_first_not_of(" \t\r", line.start());
  bool joined = false;
  if (leading < begin) {
    const std::string_view before = raw.substr(leading, begin - leading);
    const std::size_t last_mark = before.find_last_not_of(' ');
    if (!SlashJoinedCapitals(before) || before[last_mark] != '/') return false;
    joined = true;
  }
  std::size_t after = text.RawEnd(last);
  if (after >= raw.size()) return false;
  if (raw[after] == '/' || raw.substr(after, 2) == " /") {
    const std::size_t comma = raw.find_first_of(",\n", after);
    if (comma == std::string_view::npos || raw[comma] != ',' ||
        !SlashJoinedCapitals(raw.substr(after, comma - after))) {
      return false;
    }
    after = comma;
    joined = true;
  }
  if (joined && raw[after] != ',') return false;
  // "ALMATY, 5 March", "Split, Croatia"; not "We, the undersigned": a
  // dateline's comma is followed by a date or a name, never a lower-case word.
  if (raw[after] == ',' || raw.substr(after, 2) == " ,") {
    const std::size_t next = raw.find_first_not_of(", ", after);
    return next == std::string_view::npos || raw[next] < 'a' || raw[next] > 'z';
  }
  // "KHUJAND (Khodjent), 2 October 2025": another spelling of the place in
  // parentheses before the dateline's comma.
  if (raw.substr(after, 2) == " (" && after + 2 < raw.size() && raw[after + 2] >= 'A' &&
      raw[after + 2] <= 'Z') {
    const std::size_t close = raw.find_first_of(")\n", after + 2);
    if (close != std::string_view::npos && raw[close] == ')' && close - after <= 40 &&
        close + 1 < raw.size() && raw[close + 1] == ',') {
      const std::size_t next = raw.find_first_not_of(", ", close + 1);
      return next == std::string_view::npos || raw[next] < 'a' || raw[next] > 'z';
    }
  }
  // "GENEVA (20 March 2026) – ...": a UN news dateline puts its date in
  // parentheses.
  const std::size_t date_at = raw.substr(after, 2) == " (" ? after + 2 : after + 1;
  return raw[after] == ' ' && date_at < raw.size() && raw[date_at] >= '0' &&
         raw[date_at] <= '9';
}

std::size_t CityReadings(const Candidate& candidate, const std::vector<Place>& places) {
  return static_cast<std::size_t>(
      std::count_if(candidate.payloads.begin(), candidate.payloads.end(),
                    [&](std::uint32_t payload) { return places[payload].kind == PlaceKind::kCity; }));
}

std::uint64_t LargestPopulation(const Candidate& candidate, const std::vector<Place>& places) {
  std::uint64_t population = 0;
  for (std::uint32_t payload : candidate.payloads) {
    population = std::max(population, places[payload].population);
  }
  return population;
}

std::optional<std::size_t> CommaFollower(const LocationText& text,
                                         const std::vector<Candidate>& candidates,
                                         std::size_t index) {
  if (index + 1 >= candidates.size()) return std::nullopt;
  const Candidate& next = candidates[index + 1];
  const std::size_t end_token = candidates[index].end_token();
  if (next.first_token != end_token) return std::nullopt;
  const std::string_view gap = text.GapAfter(end_token - 1);
  if (gap != ", " && gap != " , ") return std::nullopt;  // " , ": tokenized text (CoNLL)
  return index + 1;
}

}  // namespace gleaner
