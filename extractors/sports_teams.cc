// Re-types places that stand as teams in sports result lines (see
// sports_teams.h). Only the line around each location mention is looked at,
// with anchored RE2 matches on the text before and after it.
#include "extractors/sports_teams.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include <re2/re2.h>

#include "extractors/organizations.h"

namespace gleaner {
namespace {

// Standings rows need at least this many numbers, this many integers among
// them, and at most this many decimals (a percentage or an average column).
constexpr int kStandingsMinNumbers = 4;
constexpr int kStandingsMinIntegers = 2;
constexpr int kStandingsMaxDecimals = 2;
// Results lines are short; a longer line is prose and is not looked at.
constexpr std::size_t kMaxResultLine = 300;

re2::StringPiece Piece(std::string_view text, std::size_t begin, std::size_t end) {
  return re2::StringPiece(text.data() + begin, end - begin);
}

// Calls visit(line) for each line of `text`, without its '\n'; the views
// point into `text`, so offsets of what a line holds are text offsets.
template <typename Visit>
void ForEachLine(std::string_view text, Visit visit) {
  for (std::size_t line_begin = 0; line_begin < text.size();) {
    std::size_t line_end = text.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = text.size();
    visit(text.substr(line_begin, line_end - line_begin));
    line_begin = line_end + 1;
  }
}

// An organization mention that names a team.
bool IsTeamMention(const Mention& mention) { return OrganizationKind(mention) == "team"; }

// `text` opens with `word` (lower-case ASCII), case aside.
bool OpensWithAsciiWord(std::string_view text, std::string_view word) {
  if (text.size() < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = text[i];
    if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != word[i]) return false;
  }
  return true;
}

// A rally's results give each driver's car, its make and model, where other
// races give the team: "4. Jarmo Kytolehto ( Finland ) Ford Escort 2:23".
// The car is no organization. The first line names the sport ("RALLYING -").
bool IsRallyReport(std::string_view text) { return OpensWithAsciiWord(text, "rally"); }

// A cricket report's first line names the sport ("CRICKET - ESSEX POISED
// TO STEP UP TITLE CHALLENGE").
bool IsCricketReport(std::string_view text) { return OpensWithAsciiWord(text, "cricket"); }

// "Gloucestershire", "Essex": a county of Great Britain (a first-level
// division of GB in the gazetteer). English county cricket names its clubs
// by them, and a cricket report names the county itself hardly ever.
bool IsBritishCounty(const Mention& mention) {
  const auto kind = mention.attributes.find("kind");
  const auto country = mention.attributes.find("country");
  return kind != mention.attributes.end() && kind->second == "admin1" &&
         country != mention.attributes.end() && country->second == "GB";
}

// Makes `mention` (a place's, or a new one) the team named by its text.
void MarkAsTeam(Mention& mention) {
  mention.type = MentionType::kOrganization;
  mention.value.clear();
  mention.attributes = {{"canonical", mention.text}, {"parent", ""}, {"kind", "team"}};
}

bool IsTeamPlaceKind(const Mention& mention) {
  const auto kind = mention.attributes.find("kind");
  return kind == mention.attributes.end() || kind->second == "city" || kind->second == "admin1";
}

// After a comma before the team, the rank has its dot and the team a
// comma and a time after it: "1. Alex Zanardi ( Italy ) , Reynard Honda ,
// 53.980".
bool CompetitorTeamInCommas(re2::StringPiece dot, re2::StringPiece after_team) {
  std::string_view rest(after_team.data(), after_team.size());
  const auto skip_blanks = [&] {
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
  };
  skip_blanks();
  if (dot.empty() || rest.empty() || rest.front() != ',') return false;
  rest.remove_prefix(1);
  skip_blanks();
  return !rest.empty() && ((rest.front() >= '0' && rest.front() <= '9') || rest.front() == ':' ||
                           rest.front() == '.');
}

// Replaces the mentions on or inside each span of `teams` by one team
// mention, unless an organization already spans it.
void AddTeams(std::string_view text, std::vector<std::pair<std::size_t, std::size_t>> teams,
              std::vector<Mention>* mentions) {
  if (teams.empty()) return;
  std::set<std::pair<std::size_t, std::size_t>> organization_spans;
  for (const Mention& m : *mentions) {
    if (m.type == MentionType::kOrganization) organization_spans.emplace(m.start, m.end);
  }
  std::erase_if(teams, [&](const auto& span) { return organization_spans.count(span) != 0; });
  const std::set<std::pair<std::size_t, std::size_t>> team_spans(teams.begin(), teams.end());
  // A mention on the team's bytes, or inside them ("Reynard" and "Honda"
  // of "Reynard Honda"), is part of the team's name.
  const auto inside_a_team = [&](const Mention& m) {
    const auto after = team_spans.upper_bound({m.start, SIZE_MAX});
    if (after == team_spans.begin()) return false;
    const auto& [start, end] = *std::prev(after);
    return m.end <= end && (m.type != MentionType::kOrganization || m.end - m.start < end - start);
  };
  std::erase_if(*mentions, [&](const Mention& m) {
    return (m.type == MentionType::kLocation || m.type == MentionType::kPerson ||
            m.type == MentionType::kOrganization) &&
           inside_a_team(m);
  });
  for (const auto& [start, end] : teams) {
    Mention mention;
    mention.type = MentionType::kOrganization;
    mention.start = start;
    mention.end = end;
    mention.text = std::string(text.substr(start, end - start));
    MarkAsTeam(mention);
    mentions->push_back(std::move(mention));
  }
}

// "Benetton ( Italy ) 92 Dinamo ( Russia ) 81": a score after each side
// shows a club's game; after "beat", only a score of a team game (both
// sides 40 or more: basketball's "92-90", not tennis's or badminton's "15-6"
// between two players) does.
bool IsHeadToHeadOfClubs(re2::StringPiece first_score, re2::StringPiece second_score,
                         re2::StringPiece losing_score) {
  constexpr int kMinTeamGameScore = 40;
  if (!first_score.empty()) return losing_score.empty();
  if (losing_score.empty()) return false;
  const auto number = [](re2::StringPiece digits) {
    int value = 0;
    for (const char c : digits) value = value * 10 + (c - '0');
    return value;
  };
  return number(second_score) >= kMinTeamGameScore && number(losing_score) >= kMinTeamGameScore;
}

}  // namespace

// A pattern compiled on its first use (thread-safe): compiling them all
// took 190 M instructions at every start, 1.2 % of a run over the 21,578
// Reuters texts, most of which never reach most of them.
class LazyPattern {
 public:
  explicit LazyPattern(const char* pattern) : pattern_(pattern) {}
  operator const RE2&() const {  // stands where an RE2 stood
    std::call_once(once_, [this] { regex_ = std::make_unique<const RE2>(pattern_); });
    return *regex_;
  }

 private:
  const char* pattern_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<const RE2> regex_;
};

struct SportsTeams::Patterns {
  // Before a place that opens a standings row: nothing, or a rank ("3." / "3").
  LazyPattern row_start{R"(\s*(?:\d{1,3}\.?\s+)?)"};
  LazyPattern integer{R"([-+]?\d{1,4})"};
  LazyPattern decimal{R"([-+]?\d{0,4}\.\d+)"};
  // A side's goals, with its scorers in parentheses or not.
  // "Nice 1 Bastia 1", "Rennes 1 ( Guivarch 27th ) Bordeaux 1 ( Colleter 86th ) ."
  LazyPattern score_first_after{
      R"(\s+\d{1,2}(?:\s*\([^)\n]*\))?\s+\p{Lu}[^\d\n]*?\s\d{1,2}(?:\s*\([^)\n]*\))?\s*[.,]?\s*)"};
  LazyPattern score_second_before{R"(\s*\p{Lu}[^\d\n]*?\s\d{1,2}(?:\s*\([^)\n]*\))?\s+)"};
  LazyPattern score_second_after{R"(\s+\d{1,2}(?:\s*\([^)\n]*\))?\s*[.,]?\s*)"};
  // One side on its own line, with minutes in its scorers:
  // "Blackburn 2 ( Warhurst 34th , Bohinen 51st ) ."
  LazyPattern score_with_scorers{R"(\s+\d{1,2}\s*\([^)\n]*\d(?:st|nd|rd|th)\b[^)\n]*\)\s*[.,]?\s*)"};
  LazyPattern blank{R"(\s*)"};
  // "Torquay v Exeter", "Texas vs Oklahoma"; not a law report's "Roe v. Wade".
  LazyPattern versus_after{R"(^[ \t]+(?:v|vs\.?)[ \t]+\p{Lu})"};
  LazyPattern versus_before{R"([\pL.][ \t]+(?:v|vs\.?)[ \t]+$)"};
  // "TEXAS AT KANSAS CITY": the home side, before the venue.
  LazyPattern at_between{R"([ \t]+AT[ \t]+)"};
  // A ranked results line: rank (its dot: group 1), competitor, "( Country
  // )", a comma or not (group 2), team (group 3), then figures or lower-case
  // words (group 4). With a comma before the team ("1. Alex Zanardi ( Italy
  // ) , Reynard Honda , 53.980") the rank has its dot and a comma and a time
  // follow the team (CompetitorTeamInCommas); a golf list's "71 Ernie Els (
  // South Africa ) , Scott Hoch" has neither. One pattern for both forms:
  // each pattern costs start-up time.
  LazyPattern competitor_team{
      R"((?m)^[ \t]*\d{1,3}(\.?)[ \t]+[^()\n]+?\([ \t]*\p{Lu}[^()\n]{0,30}?\)[ \t]*(,?)[ \t]+)"
      R"((\p{Lu}[\pL\pN&.'-]*(?:[ \t]+\p{Lu}[\pL\pN&.'-]*){0,3}))"
      R"(((?:[ \t]*,)?[ \t]+[\d:.,'+-]+[^\n]*|[ \t]+\p{Ll}[^\n]*)?[ \t]*$)"};
  LazyPattern home_at{R"(\s*\p{Lu}[\p{Lu} .'&-]*?[ \t]+AT[ \t]+)"};
  // Prose cues of a club named by its home (RetypeTeamsInProse): a team
  // word before, a verb of the game after, a possessive before a name.
  LazyPattern team_word_before{
      R"((?i)(?:^|[^\pL-])(?:\pL+-placed|first-place|second-place|third-place|hopefuls|)"
      R"(champions|leaders|holders|rivals|newly-promoted|over|v|vs|beat|beating|against|club|)"
      R"(side)[ \t]+$)"};
  LazyPattern game_verb_after{
      R"(^[ \t]+(?:has|have|had|won|will|would|are|were|was|is|beat|lost|drew|need|needs|)"
      R"(lead|leads|led|scored|finished|moved|trail|trailed|climbed|went|took|made|rallied|)"
      R"(completed|(?:pair|trio|duo|quartet)[ \t]+of)\b)"};
  LazyPattern possessive_before_name{R"(^[ \t]+'s[ \t]+\p{Lu}\p{Ll})"};
  // A club's result told from its side: "Lecce 's 3-0 weekend defeat",
  // "Metz 's 3-1 home victory".
  LazyPattern possessive_before_score{R"(^[ \t]+'s[ \t]+\d{1,2}-\d{1,2}\b)"};
  // A preposition that a match or a transfer puts before a club, where it
  // names no place: "at home to Motherwell", "away to Heerenveen", "lost
  // 3-1 to Cesena", "signed from Liverpool", "play for Barcelona",
  // "defeat of Genoa".
  LazyPattern game_preposition_before{
      R"((?i)(?:^|[^\pL])(?:(?:at[ \t]+home|away)[ \t]+(?:to|at|against)|)"
      R"((?:lost|lose|losing|loss|defeat|beaten|won|win|victory|drew|draw)[ \t]+)"
      R"(\d{1,2}-\d{1,2}[ \t]+(?:to|at|against|over|with)|)"
      R"((?:signed|bought|transferred|joined|moved)[ \t]+from|)"
      R"((?:defeat|demolition|thrashing|drubbing)[ \t]+of|)"
      R"((?:play|plays|played|playing|scored|goal)[ \t]+for)[ \t]+$)"};
  // A place inside a longer name in ordinary case: "the San Diego Padres",
  // "Swansea 's Stuart Preston"; a sentence's first word ("But Baltimore
  // rallied") is none.
  LazyPattern name_word_before{R"(\p{Lu}\p{Ll}[\pL.'-]*[ \t]+$)"};
  LazyPattern sentence_word_before{R"((?:^|[.!?:"][ \t]+)\p{Lu}\p{Ll}[\pL.'-]*[ \t]+$)"};
  LazyPattern name_word_after{R"(^[ \t]+\p{Lu}\p{Ll})"};
  // The place itself: "In Detroit", "at Cardiff", "heading into Boston".
  LazyPattern place_word_before{R"((?i)(?:^|[^\pL])(?:in|at|from|to|near|into|of)[ \t]+$)"};
  // A town's initials after a club: " ( L )", " ( P )".
  LazyPattern town_tag{R"(^[ \t]*\([ \t]*[A-Z]{1,2}[ \t]*\))"};
  // A head-to-head result of two clubs, each with its country in
  // parentheses: "Benetton ( Italy ) 92 Dinamo ( Russia ) 81", "In Bergen :
  // Brann ( Norway ) 2 Shelbourne ( Ireland ) 1", "Red Star ( Yugoslavia )
  // beat Dinamo ( Russia ) 92-90". Groups: first side, its score (empty
  // after "beat"), second side, the second score, the loser's after a dash.
  LazyPattern head_to_head{
      R"(^[ \t]*(?:[^\n:]{0,40}:[ \t]+)?(\p{Lu}[\pL\pN.'&-]*(?:[ \t]+\p{Lu}[\pL\pN.'&-]*){0,3}))"
      R"([ \t]+\([ \t]*\p{Lu}[^()\n]{0,30}?\)[ \t]+(?:(\d{1,3})|beat)[ \t]+)"
      R"((\p{Lu}[\pL\pN.'&-]*(?:[ \t]+\p{Lu}[\pL\pN.'&-]*){0,3}))"
      R"([ \t]+\([ \t]*\p{Lu}[^()\n]{0,30}?\)[ \t]+(\d{1,3})(?:-(\d{1,3}))?(?:[ \t]|$))"};
  // A dateline: "LONDON 1996-08-24", "LEEDS , England 1996-08-26".
  LazyPattern dateline_after{R"(^[ \t]*(?:,[^\n]*)?\d{4}-\d\d-\d\d)"};
};

SportsTeams::SportsTeams() : patterns_(std::make_unique<const Patterns>()) {}

SportsTeams::~SportsTeams() = default;

namespace {

// The (start, end) spans of some mentions, sorted once: what a std::set of
// them answered, without a node allocated per mention of every text.
class SpanList {
 public:
  using Span = std::pair<std::size_t, std::size_t>;
  void Add(std::size_t start, std::size_t end) { spans_.emplace_back(start, end); }
  void Sort() { std::sort(spans_.begin(), spans_.end()); }
  bool empty() const { return spans_.empty(); }
  bool Contains(const Span& span) const {
    return std::binary_search(spans_.begin(), spans_.end(), span);
  }
  // Whether a span longer than [start, end) covers it, among the spans
  // starting at most `reach` bytes before `start`.
  bool LongerOneCovers(std::size_t start, std::size_t end, std::size_t reach) const {
    auto after = std::upper_bound(spans_.begin(), spans_.end(), Span{start, SIZE_MAX});
    while (after != spans_.begin()) {
      --after;
      if (after->second >= end && after->second - after->first > end - start) return true;
      if (start - after->first > reach) break;
    }
    return false;
  }
  // The first span not before `span`, or nullptr.
  const Span* LowerBound(const Span& span) const {
    const auto found = std::lower_bound(spans_.begin(), spans_.end(), span);
    return found == spans_.end() ? nullptr : &*found;
  }

 private:
  std::vector<Span> spans_;
};

}  // namespace

void SportsTeams::RetypeTeams(std::string_view text, std::vector<Mention>* mentions) const {
  const Patterns& p = *patterns_;
  SpanList organization_spans;
  SpanList location_spans;
  for (const Mention& mention : *mentions) {
    if (mention.type == MentionType::kOrganization) {
      organization_spans.Add(mention.start, mention.end);
    } else if (mention.type == MentionType::kLocation) {
      location_spans.Add(mention.start, mention.end);
    }
  }
  if (location_spans.empty()) return;
  organization_spans.Sort();
  location_spans.Sort();
  // Where each line ends, found once: a mention's line is a binary search
  // away, so the work stays linear however long the text or its lines.
  std::vector<std::size_t> newlines;
  for (std::size_t at = text.find('\n'); at != std::string_view::npos;
       at = text.find('\n', at + 1)) {
    newlines.push_back(at);
  }
  // The line around a mention, split at the mention; `short_line` is false
  // for a line too long to be a results line (its parts are then empty).
  struct LineParts {
    re2::StringPiece before;
    re2::StringPiece after;
    bool short_line = false;
  };
  const auto line_parts = [&](const Mention& mention) {
    const auto next_newline = std::lower_bound(newlines.begin(), newlines.end(), mention.start);
    const std::size_t line_begin = next_newline == newlines.begin() ? 0 : *(next_newline - 1) + 1;
    const std::size_t line_end = next_newline == newlines.end() ? text.size() : *next_newline;
    if (line_end - line_begin > kMaxResultLine || mention.end > line_end) return LineParts{};
    return LineParts{Piece(text, line_begin, mention.start), Piece(text, mention.end, line_end),
                     true};
  };

  // A standings row: the rest of the line is numbers only, enough of them.
  const auto is_standings_tail = [&](re2::StringPiece tail) {
    int numbers = 0;
    int integers = 0;
    int decimals = 0;
    std::size_t at = 0;
    while (at < tail.size()) {
      while (at < tail.size() && (tail[at] == ' ' || tail[at] == '\t' || tail[at] == '\r')) ++at;
      if (at == tail.size()) break;
      std::size_t end = at;
      while (end < tail.size() && tail[end] != ' ' && tail[end] != '\t' && tail[end] != '\r') ++end;
      const re2::StringPiece token = tail.substr(at, end - at);
      if (RE2::FullMatch(token, p.integer)) {
        ++integers;
      } else if (RE2::FullMatch(token, p.decimal)) {
        ++decimals;
      } else if (token != "-") {
        return false;
      }
      ++numbers;
      at = end;
    }
    return numbers >= kStandingsMinNumbers && integers >= kStandingsMinIntegers &&
           decimals <= kStandingsMaxDecimals;
  };

  const auto is_team = [&](const Mention& mention) {
    const auto [before, after, short_line] = line_parts(mention);
    if (!short_line) return false;
    // What follows the place decides which shapes can apply: figures, a
    // "v"/"vs", or "AT"; only a versus after the other side looks back.
    std::size_t lead_at = 0;
    while (lead_at < after.size() && (after[lead_at] == ' ' || after[lead_at] == '\t')) ++lead_at;
    const char lead = lead_at < after.size() ? after[lead_at] : '\0';
    const bool figures_follow = (lead >= '0' && lead <= '9') || lead == '.' || lead == '-' ||
                                lead == '+';
    std::string_view trimmed_before(before.data(), before.size());
    while (!trimmed_before.empty() &&
           (trimmed_before.back() == ' ' || trimmed_before.back() == '\t')) {
      trimmed_before.remove_suffix(1);
    }
    const bool versus_before = trimmed_before.ends_with(" v") || trimmed_before.ends_with(" vs") ||
                               trimmed_before.ends_with(" vs.");
    if (!figures_follow && lead != 'v' && lead != 'A' && !versus_before) return false;

    if (figures_follow) {
      if (RE2::FullMatch(before, p.row_start) && is_standings_tail(after)) return true;
      if (trimmed_before.empty() && (RE2::FullMatch(after, p.score_first_after) ||
                                     RE2::FullMatch(after, p.score_with_scorers))) {
        return true;
      }
      if (RE2::FullMatch(before, p.score_second_before) &&
          RE2::FullMatch(after, p.score_second_after)) {
        return true;
      }
    }
    if (lead == 'v' && RE2::PartialMatch(after, p.versus_after)) return true;
    if (versus_before && RE2::PartialMatch(before, p.versus_before)) return true;
    if (lead != 'A') return false;
    // "HOME AT VENUE" in capitals, the venue itself a place running to the
    // end of the line.
    re2::StringPiece rest = after;
    if (RE2::FullMatch(before, p.blank) && RE2::Consume(&rest, p.at_between)) {
      const std::size_t venue = static_cast<std::size_t>(rest.data() - text.data());
      const std::string_view home(text.data() + mention.start, mention.end - mention.start);
      const std::string_view tail(rest.data(), rest.size());
      const auto is_capitals = [](std::string_view s) {
        return std::none_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      };
      const SpanList::Span* place_at_venue = location_spans.LowerBound({venue, 0});
      const bool venue_is_place = place_at_venue != nullptr && place_at_venue->first == venue;
      if (venue_is_place && is_capitals(home) && is_capitals(tail)) {
        return true;
      }
    }
    return false;
  };

  // The venue of a capitals "HOME AT VENUE" line is a place, not a team.
  const auto is_venue = [&](const Mention& mention) {
    const auto [before, after, short_line] = line_parts(mention);
    return short_line && RE2::FullMatch(before, p.home_at) && RE2::FullMatch(after, p.blank);
  };

  // Kept mentions close up in place (each judged on itself alone), so a
  // text whose mentions all stay moves none.
  std::size_t kept = 0;
  for (std::size_t i = 0; i < mentions->size(); ++i) {
    Mention& mention = (*mentions)[i];
    const auto keep = [&] {
      if (kept != i) (*mentions)[kept] = std::move(mention);
      ++kept;
    };
    if (mention.end > text.size() || mention.start > mention.end) {
      keep();
      continue;
    }
    if (mention.type == MentionType::kOrganization &&
        location_spans.Contains({mention.start, mention.end}) && is_venue(mention)) {
      continue;
    }
    // A place inside a longer organization's name ("Munich" of "Munich
    // 1860") is that name's word, no team of its own; only names starting
    // at most a results line's length before it are looked at.
    if (mention.type != MentionType::kLocation || !IsTeamPlaceKind(mention) ||
        organization_spans.LongerOneCovers(mention.start, mention.end, kMaxResultLine) ||
        !is_team(mention)) {
      keep();
      continue;
    }
    if (organization_spans.Contains({mention.start, mention.end})) continue;
    MarkAsTeam(mention);
    keep();
  }
  mentions->erase(mentions->begin() + static_cast<std::ptrdiff_t>(kept), mentions->end());

  // A country or a region in a results line stays a place, a national
  // side; but one that plays clubs is a club named after it: "Guingamp 2
  // Monaco 1", "Guadalajara 5 America 0", and in a league table a row
  // between clubs' rows ("Monaco 4 2 1 1 7 4 7"). Clubs: teams on the same
  // line, or opening the line just before or after. National sides play
  // national sides, so "England 2 Poland 1" and a group table of nations
  // stay places.
  const auto line_of = [&](std::size_t at) {
    return static_cast<std::size_t>(std::lower_bound(newlines.begin(), newlines.end(), at) -
                                    newlines.begin());
  };
  // A team named like a country or a region of the text ("Togo win 1-0 on
  // aggregate", re-typed by its verb) is a national side, no club.
  const auto lower = [](std::string_view name) {
    std::string key(name);
    for (char& c : key) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return key;
  };
  std::set<std::string> national_names;
  for (const Mention& mention : *mentions) {
    if (mention.type == MentionType::kLocation && !IsTeamPlaceKind(mention)) {
      national_names.insert(lower(mention.text));
    }
  }
  std::vector<std::size_t> club_lines;         // a team on the line
  std::vector<std::size_t> club_opened_lines;  // a team opens the line
  for (const Mention& mention : *mentions) {
    if (mention.type != MentionType::kOrganization || !IsTeamMention(mention) ||
        national_names.count(lower(mention.text)) != 0) {
      continue;
    }
    const std::size_t line = line_of(mention.start);
    club_lines.push_back(line);
    const std::size_t line_begin = line == 0 ? 0 : newlines[line - 1] + 1;
    const std::string_view lead = text.substr(line_begin, mention.start - line_begin);
    if (RE2::FullMatch(re2::StringPiece(lead.data(), lead.size()), p.row_start)) {
      club_opened_lines.push_back(line);
    }
  }
  if (club_lines.empty()) return;
  std::sort(club_lines.begin(), club_lines.end());
  std::sort(club_opened_lines.begin(), club_opened_lines.end());
  const auto has = [](const std::vector<std::size_t>& lines, std::size_t line) {
    return std::binary_search(lines.begin(), lines.end(), line);
  };
  for (Mention& mention : *mentions) {
    if (mention.type != MentionType::kLocation || mention.end > text.size() ||
        mention.start >= mention.end || IsTeamPlaceKind(mention) ||
        organization_spans.LongerOneCovers(mention.start, mention.end, kMaxResultLine) ||
        !is_team(mention)) {
      continue;
    }
    // Its goals or its row's figures after it: not a fixture's "v Sri
    // Lanka", which a national side plays against a "World XI" too.
    const std::size_t figures = text.find_first_not_of(" \t", mention.end);
    if (figures == std::string_view::npos || text[figures] < '0' || text[figures] > '9') continue;
    const std::size_t line = line_of(mention.start);
    const bool plays_clubs = has(club_lines, line) ||
                             (line > 0 && has(club_opened_lines, line - 1)) ||
                             has(club_opened_lines, line + 1);
    if (plays_clubs) MarkAsTeam(mention);
  }
}

void SportsTeams::RetypeTeamsInProse(std::string_view text,
                                     std::vector<Mention>* mentions) const {
  const Patterns& p = *patterns_;
  // The line's text before and after a mention.
  const auto before_of = [&](const Mention& m) {
    const std::size_t newline = text.rfind('\n', m.start == 0 ? 0 : m.start - 1);
    const std::size_t begin = newline == std::string_view::npos || m.start == 0 ? 0 : newline + 1;
    return Piece(text, std::min(begin, m.start), m.start);
  };
  const auto after_of = [&](const Mention& m) {
    std::size_t end = text.find('\n', m.end);
    if (end == std::string_view::npos) end = text.size();
    return Piece(text, m.end, end);
  };
  // A capitalized word beside the place, other than a sentence's first
  // word or a team word, makes it part of a longer name.
  const auto inside_a_longer_name = [&](const Mention& m) {
    const re2::StringPiece before = before_of(m);
    const bool word_before = RE2::PartialMatch(before, p.name_word_before) &&
                             !RE2::PartialMatch(before, p.sentence_word_before) &&
                             !RE2::PartialMatch(before, p.team_word_before);
    return word_before || RE2::PartialMatch(after_of(m), p.name_word_after);
  };
  // "In Detroit", "from Boston": a preposition makes the place itself,
  // unless a match or a transfer sets it there ("at home to Metz") or a
  // score follows its possessive ("in Metz 's 3-1 home victory").
  const auto names_the_place = [&](const Mention& m) {
    const re2::StringPiece before = before_of(m);
    return RE2::PartialMatch(before, p.place_word_before) &&
           !RE2::PartialMatch(before, p.game_preposition_before) &&
           !RE2::PartialMatch(after_of(m), p.possessive_before_score);
  };
  const auto candidate = [&](const Mention& m) {
    return m.type == MentionType::kLocation && m.end <= text.size() && m.start < m.end &&
           IsTeamPlaceKind(m) && !names_the_place(m) &&
           !inside_a_longer_name(m) && !RE2::PartialMatch(after_of(m), p.dateline_after);
  };
  const bool cricket = IsCricketReport(text);
  const auto cued = [&](const Mention& m) {
    const re2::StringPiece after = after_of(m);
    return (cricket && IsBritishCounty(m)) || RE2::PartialMatch(before_of(m), p.team_word_before) ||
           RE2::PartialMatch(before_of(m), p.game_preposition_before) ||
           RE2::PartialMatch(after, p.game_verb_after) ||
           RE2::PartialMatch(after, p.possessive_before_score) ||
           RE2::PartialMatch(after, p.possessive_before_name);
  };
  // Names compare with ASCII case folded: "KENT" in a headline is "Kent".
  const auto folded = [](std::string_view name) {
    std::string out(name);
    for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return out;
  };
  std::set<std::string> team_names;
  std::vector<std::string> nicknamed;  // "cleveland indians", "boston red sox"
  for (const Mention& m : *mentions) {
    // candidate() holds only for places.
    if (IsTeamMention(m) || (candidate(m) && cued(m))) team_names.insert(folded(m.text));
    if (m.type == MentionType::kOrganization && !m.text.empty() &&
        (m.text.back() == 's' || m.text.back() == 'x')) {
      nicknamed.push_back(folded(m.text));
    }
  }
  // "the Texas Rangers defeated the Cleveland Indians 5-3 ... Brian Giles
  // and Jim Thome homered for Cleveland": a club named by its home and a
  // plural nickname goes by its home alone in the report (not "in
  // Cleveland": candidate() keeps a place after "in").
  for (const Mention& m : *mentions) {
    if (!candidate(m)) continue;
    const std::string home = folded(m.text) + " ";
    for (const std::string& team : nicknamed) {
      if (team.size() > home.size() + 2 && team.starts_with(home) &&
          std::count(team.begin() + static_cast<std::ptrdiff_t>(home.size()), team.end(), ' ') <= 1) {
        team_names.insert(folded(m.text));
        break;
      }
    }
  }
  std::set<std::pair<std::size_t, std::size_t>> organization_spans;
  for (const Mention& m : *mentions) {
    if (m.type == MentionType::kOrganization) organization_spans.emplace(m.start, m.end);
  }
  // Teams' spans, to tell a home inside a team's name ("Freiburg" of "SC
  // Freiburg", "Eindhoven" of "PSV Eindhoven").
  std::vector<std::pair<std::size_t, std::size_t>> team_spans;
  for (const Mention& m : *mentions) {
    if (IsTeamMention(m)) team_spans.emplace_back(m.start, m.end);
  }
  const auto inside_a_team = [&](const Mention& m) {
    return std::any_of(team_spans.begin(), team_spans.end(), [&](const auto& span) {
      return span.first <= m.start && m.end <= span.second && span.second - span.first >
                                                                  m.end - m.start;
    });
  };
  std::vector<Mention> kept;
  kept.reserve(mentions->size());
  for (Mention& m : *mentions) {
    if (candidate(m) && team_names.count(folded(m.text)) != 0) {
      // A team found on the same bytes already stands for this mention; a
      // team whose name holds it is the only team there.
      if (organization_spans.count({m.start, m.end}) != 0 || inside_a_team(m)) continue;
      MarkAsTeam(m);
    }
    kept.push_back(std::move(m));
  }
  *mentions = std::move(kept);
}

void SportsTeams::WidenTeamsOverTownTags(std::string_view text,
                                         std::vector<Mention>* mentions) const {
  std::vector<std::pair<std::size_t, std::size_t>> widened;
  for (Mention& m : *mentions) {
    if (!IsTeamMention(m) || m.end > text.size()) continue;
    re2::StringPiece rest = Piece(text, m.end, text.size());
    if (!RE2::Consume(&rest, patterns_->town_tag)) continue;
    m.end = static_cast<std::size_t>(rest.data() - text.data());
    m.text = std::string(text.substr(m.start, m.end - m.start));
    m.attributes["canonical"] = m.text;
    widened.emplace_back(m.start, m.end);
  }
  // The tag's initials are no name of their own.
  std::erase_if(*mentions, [&](const Mention& m) {
    return std::any_of(widened.begin(), widened.end(), [&](const auto& span) {
      return m.start > span.first && m.end <= span.second;
    });
  });
}

void SportsTeams::AddCompetitorTeams(std::string_view text,
                                     std::vector<Mention>* mentions) const {
  // Only lines that open with a rank and hold a parenthesis go to RE2.
  std::vector<std::pair<std::size_t, std::size_t>> teams;
  ForEachLine(text, [&](std::string_view line) {
    const std::size_t first = line.find_first_not_of(" \t");
    re2::StringPiece dot;
    re2::StringPiece comma;
    re2::StringPiece team;
    re2::StringPiece rest;
    if (first != std::string_view::npos && line[first] >= '0' && line[first] <= '9' &&
        line.find('(') != std::string_view::npos &&
        RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), patterns_->competitor_team,
                          &dot, &comma, &team, &rest) &&
        (comma.empty() || CompetitorTeamInCommas(dot, rest))) {
      const std::size_t start = static_cast<std::size_t>(team.data() - text.data());
      teams.emplace_back(start, start + team.size());
    }
  });
  if (IsRallyReport(text)) {
    // The car's words name no team, no person and no company of their own.
    std::erase_if(*mentions, [&](const Mention& mention) {
      return std::any_of(teams.begin(), teams.end(), [&](const auto& car) {
        return mention.start < car.second && car.first < mention.end;
      });
    });
    return;
  }
  AddTeams(text, std::move(teams), mentions);
}

namespace {

// Whether `line` holds two '(' or more: two memchr scans that stop at the
// second, where counting every byte of every line of every text cost 120 M
// instructions on the 21,578 Reuters texts.
bool HasTwoOpeningParentheses(std::string_view line) {
  const std::size_t first = line.find('(');
  return first != std::string_view::npos && line.find('(', first + 1) != std::string_view::npos;
}

}  // namespace

void SportsTeams::AddHeadToHeadTeams(std::string_view text,
                                     std::vector<Mention>* mentions) const {
  // Only short lines with two parentheses go to RE2.
  std::vector<std::pair<std::size_t, std::size_t>> teams;
  ForEachLine(text, [&](std::string_view line) {
    re2::StringPiece first;
    re2::StringPiece first_score;
    re2::StringPiece second;
    re2::StringPiece second_score;
    re2::StringPiece losing_score;
    if (line.size() <= kMaxResultLine && HasTwoOpeningParentheses(line) &&
        RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), patterns_->head_to_head,
                          &first, &first_score, &second, &second_score, &losing_score) &&
        IsHeadToHeadOfClubs(first_score, second_score, losing_score)) {
      for (const re2::StringPiece side : {first, second}) {
        const std::size_t start = static_cast<std::size_t>(side.data() - text.data());
        teams.emplace_back(start, start + side.size());
      }
    }
  });
  AddTeams(text, std::move(teams), mentions);
}

}  // namespace gleaner
