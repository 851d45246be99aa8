// OrganizationFinder: clubs and teams in sports reports (results lines,
// standings, a team-sport document's names before a team cue).
#include "extractors/organization_finder.h"

namespace gleaner {
namespace organizations_detail {

// Teams of a team-sport document (see the rule file): names in score
// positions, then every use of those names; and every use of `aliases`
// (companies' names without their legal form: "Pirelli" of "Pirelli SpA").
void OrganizationFinder::FindTeams(const std::vector<bool>& covered,
                                   std::set<std::string> aliases, std::vector<Span>* teams) {
  if (!team_sport_ && aliases.empty()) return;
  struct Run {
    std::size_t first = 0;
    std::size_t last = 0;
  };
  std::vector<Run> runs;
  for (std::size_t i = NextCapitalized(0); i < words_.size();) {
    if (!IsTeamWord(i)) {
      i = NextCapitalized(i + 1);
      continue;
    }
    std::size_t last = i;
    // Words go on after a space, or after a two-letter abbreviation's dot
    // ("St. Louis Cardinals").
    const auto joined = [&](std::size_t next) {
      const std::string_view gap = Gap(next);
      return gap == " " || (gap == ". " && words_[next - 1].dotted &&
                            words_[next - 1].capitalized && !words_[next - 1].all_caps &&
                            WordText(next - 1).size() == 2);
    };
    while (last + 1 < words_.size() && !words_[last].possessive && joined(last + 1) &&
           IsTeamWord(last + 1)) {
      ++last;
    }
    if (last == i && TeamNameGoesOnWithOf(i)) {
      last += 2;
      while (last + 1 < words_.size() && joined(last + 1) && IsTeamWord(last + 1)) ++last;
    }
    runs.push_back(Run{i, last});
    i = NextCapitalized(last + 1);
  }
  // Per word, in one pass: its line, and whether an opened parenthesis of
  // its line is still open before it; per line, whether it holds a number
  // in parentheses ("Ilie Lazar ( 32nd )"). Only the team-sport passes
  // below read them.
  std::vector<std::uint32_t> line_of;
  std::vector<std::uint8_t> in_parentheses;
  std::vector<std::uint8_t> line_has_parenthesized_number(1, false);
  if (team_sport_) {
    line_of.assign(words_.size(), 0);
    in_parentheses.assign(words_.size(), false);
    std::uint32_t line = 0;
    int depth = 0;
    for (std::size_t i = 0; i < words_.size(); ++i) {
      for (char c : Gap(i)) {
        if (c == '\n') {
          ++line;
          depth = 0;
          line_has_parenthesized_number.push_back(false);
        } else if (c == '(') {
          ++depth;
        } else if (c == ')' && depth > 0) {
          --depth;
        }
      }
      line_of[i] = line;
      in_parentheses[i] = depth > 0;
      if (depth > 0 && IsScore(i)) line_has_parenthesized_number[line] = true;
    }
  }
  const auto ends_line = [&](std::size_t word) {
    return word + 1 == words_.size() || line_of[word + 1] != line_of[word];
  };
  std::set<std::string> team_keys = std::move(aliases);
  // "v" or "vs" in lower case, the word of fixtures and results.
  const auto is_versus_letter = [&](std::size_t k) {
    return !words_[k].capitalized && !words_[k].all_caps &&
           (WordText(k) == "v" || WordText(k) == "vs");
  };
  const auto consider = [&](const Run& run) {
    const std::string_view first_word = WordText(run.first);
    if (first_word.size() == 1 && words_[run.first].dotted) return;  // "P. Simmons"
    if (run.last - run.first >= 4) return;
    const std::string key = KeyOfWords(run.first, run.last);
    if (impl_.country_keys.count(key) != 0) return;
    if (impl_.nation_names.Matches(key)) return;
    team_keys.insert(key);
  };
  for (std::size_t r = 0; r < runs.size() && team_sport_; ++r) {
    const Run& run = runs[r];
    // Players' figures; a club alone in parentheses may open a line.
    if (in_parentheses[run.first] && Gap(run.first) != " ( " &&
        !(Gap(run.first) == "\n( " && normalized_.substr(words_[run.last].end, 2) == " )")) {
      continue;
    }
    const std::string_view before = Gap(run.first);
    // A rank opening a standings row ("8. Videoton 3 1 1 1 7 5 4") counts
    // as the line's start.
    const bool after_rank = run.first >= 1 && before == ". " && IsScore(run.first - 1) &&
                            (run.first == 1 || line_of[run.first - 2] != line_of[run.first]);
    const bool at_line_start =
        run.first == 0 || line_of[run.first - 1] != line_of[run.first] || after_rank;
    const std::size_t last_char = before.find_last_not_of(' ');
    // ")" closes the scorers of the team before: "Rennes 1 ( Guivarch 27th )
    // Bordeaux 1".
    const bool after_separator =
        !at_line_start && last_char != std::string_view::npos &&
        (before[last_char] == ':' || before[last_char] == ',' || before[last_char] == ';' ||
         (before[last_char] == ')' && before.find('(') == std::string_view::npos));
    const bool after_score = run.first > 0 && Gap(run.first) == " " && IsScore(run.first - 1);
    // A town tag may stand between a club and its score: "Mladost ( L ) 0".
    const bool tagged = TownTagAfter(run.last);
    const std::size_t score_word = run.last + (tagged ? 2 : 1);
    bool score_follows = score_word < words_.size() &&
                         Gap(score_word) == (tagged ? " ) " : " ") && IsScore(score_word);
    if (score_follows) {
      // Not a dateline's date ("LONDON 1996-08-30") nor bowling figures
      // ("Gough 20-4-55-2", "Wasim Akram 9.4-1-45-3"), which follow places
      // and players: the whole token up to the next space counts.
      const std::size_t token_start = words_[score_word].start;
      const std::size_t token_end =
          std::min(normalized_.find_first_of(" \n", token_start), normalized_.size());
      const std::string_view score = normalized_.substr(token_start, token_end - token_start);
      score_follows = std::count(score.begin(), score.end(), '-') < 2;
    }
    // A player's averages ("Ijaz Ahmed 3 6 1 344 141 68.80", "Waqar Younis
    // 125 25 431 16 26.93") end in a number with whole and decimal digits;
    // teams' tables end in points ("Brisbane 21 15 1 5 2123 1631 130.2 62")
    // or a percentage written ".564".
    if (score_follows && at_line_start && RowEndsInDecimalNumber(score_word)) {
      score_follows = false;
    }
    if (score_follows && (at_line_start || after_separator || after_score)) {
      consider(run);
      continue;
    }
    // The second side of a result line, after its score: "Hapoel Ironi (
    // Israel ) 3 Constructorul".
    if (after_score && ends_line(run.last) && !at_line_start && !words_[run.first].shouting &&
        run.first >= 2 && (Gap(run.first - 1).find(')') != std::string_view::npos ||
                           (Gap(run.first - 1) == " " && IsTeamWord(run.first - 2)))) {
      consider(run);
      continue;
    }
    // "Leeds manager Howard Wilkinson", "Orioles starter Rocky Coppinger":
    // a team's name before the role of one of its people; not a people's
    // adjective ("Brazilian striker Ronaldo").
    // "Atlanta Braves first baseman Fred McGriff", "Chicago Cubs right
    // fielder Sammy Sosa": a position's word may stand before the role.
    static const WordViewSet kPositions = {"first", "second", "third", "left", "right",
                                           "center", "centre"};
    const std::size_t role =
        run.last + 3 < words_.size() && Gap(run.last + 1) == " " &&
                !words_[run.last + 1].capitalized && kPositions.count(WordText(run.last + 1)) != 0
            ? run.last + 2
            : run.last + 1;
    if (role + 1 < words_.size() && Gap(run.last + 1) == " " && Gap(role) == " " &&
        Gap(role + 1) == " " && !words_[run.last].possessive && !words_[role].capitalized &&
        impl_.team_roles.Matches(WordText(role)) && words_[role + 1].capitalized &&
        !LooksLikeAdjectiveOfAPeople(WordText(run.last)) &&
        !(run.first == run.last && heads_[run.first] != Head::kNone) &&  // "Club president"
        !(run.first == run.last && kPositions.count(WordText(run.first)) != 0)) {  // "Right fielder"
      consider(run);
      continue;
    }
    // "Parma 's Alessandro Melli pulled back a late goal", "SK Rapid 's
    // Dietmar Kuehbauer": a club's possessive before a player's full name
    // (two capitalized words, then a lower-case word or a comma; not a
    // score: "Queen 's Park Rangers 2"). One or two words, not in capitals
    // (a headline's), and no place the location extractor found ("Boston
    // 's Mike Stanley"), which RetypeTeamsInProse judges with its "in"s.
    if (run.last - run.first <= 1 && !words_[run.first].shouting &&
        PossessiveSAfter(run.last) && run.last + 4 < words_.size() &&
        !OverlapsPlace(run.first, run.last)) {
      const std::size_t given = run.last + 2;
      const auto name_word = [&](std::size_t k) {
        return words_[k].capitalized && !words_[k].all_caps && Gap(k) == " " &&
               WordClass(k) == 0;
      };
      std::size_t after = given + 1;
      while (after < words_.size() && after <= given + 2 && name_word(after)) ++after;
      if (name_word(given) && after > given + 1 && after < words_.size() &&
          (Gap(after) == " , " || (Gap(after) == " " && !words_[after].capitalized &&
                                   !words_[after].all_caps && !IsScore(after)))) {
        consider(run);
        continue;
      }
    }
    // "the Yankees", "the Detroit Tigers", "the All Blacks": a capitalized
    // plural after "the" names a team by its nickname; the team's other
    // uses follow from its name.
    // Also with one word in lower case after "the" ("the slumping New York
    // Yankees", "the reeling Chicago White Sox").
    const bool after_the =
        run.first > 0 && Gap(run.first) == " " &&
        (WordText(run.first - 1) == "the" ||
         (run.first > 1 && WordText(run.first - 2) == "the" && Gap(run.first - 1) == " " &&
          !words_[run.first - 1].capitalized && !words_[run.first - 1].all_caps &&
          !IsScore(run.first - 1)));
    if (after_the && IsPluralNickname(run.first, run.last)) {
      consider(run);
      continue;
    }
    // "Stephane Henchoz ( Hamburg )": a player's club in parentheses after
    // the player's name (two or more words); a country there is the
    // player's nation. A scorers' list wrapped at a fixed width may break
    // the line inside the name or before the parenthesis ("Miladin\n
    // Becanovic ( Lille )", "Xavier Gravelaine\n( Marseille )").
    if (in_parentheses[run.first] && run.first >= 3 &&
        (Gap(run.first) == " ( " || Gap(run.first) == "\n( ") &&
        normalized_.substr(words_[run.last].end, 2) == " )") {
      const std::size_t player_last = run.first - 1;
      // Across a line break only in a list: a comma or the line's end
      // after the parenthesis ("Leeds ( Headingley ) :" is a venue).
      const std::string_view after = normalized_.substr(words_[run.last].end + 2, 2);
      const bool wrapped = Gap(run.first) != " ( " || Gap(player_last) != " ";
      if (wrapped && after != " ," && after.substr(0, 1) != "\n" && !after.empty()) continue;
      const bool player = IsTeamWord(player_last) && !IsScore(player_last) &&
                          (Gap(player_last) == " " || Gap(player_last) == "\n") &&
                          IsTeamWord(player_last - 1) && !words_[player_last].all_caps;
      if (player) consider(run);
      continue;
    }
    if (run.first > 0 && team_cue_[run.first - 1] && Gap(run.first) == " " &&
        !PeoplesAdjectiveBeforeNoun(run.first, run.last)) {
      consider(run);
      continue;
    }
    if (FollowedByTeamCue(run.first, run.last)) {
      consider(run);
      continue;
    }
    // "Gloria Bistrita ( Romania ) beat ...": a club and its country. A
    // name of two words (or one wrapped from the line above) before a
    // list's comma or the line's end is a player's, not after a score:
    // "Thierry Henry ( Monaco ) ,", "Enzo\nScifo ( Monaco )", "Domingo
    // Hospital ( Spain ) , Seve Ballesteros" (not "Alba ( Germany ) ,").
    if (run.last + 1 < words_.size() && Gap(run.last + 1) == " ( ") {
      const bool players_name =
          !after_score && (run.last == run.first + 1 ||
                           (run.last == run.first && run.first > 0 && Gap(run.first) == "\n" &&
                            IsTeamWord(run.first - 1)));
      for (std::size_t k = run.last + 1; k < words_.size() && k <= run.last + 3; ++k) {
        if (k + 1 < words_.size() && Gap(k + 1).substr(0, 2) != " )") continue;
        const std::string_view closing = k + 1 < words_.size() ? Gap(k + 1) : std::string_view{};
        const bool listed = players_name && (closing.empty() || closing == " ) , " ||
                                             closing.find('\n') != std::string_view::npos);
        if (!listed && impl_.country_keys.count(KeyOfWords(run.last + 1, k)) != 0) consider(run);
        break;
      }
    }
    // "Gloria Bistrita - Ilie Lazar ( 32nd )": a scorers' line.
    if (at_line_start && run.last + 1 < words_.size() && Gap(run.last + 1) == " - " &&
        line_has_parenthesized_number[line_of[run.first]]) {
      consider(run);
      continue;
    }
    // "May 18 v Worcestershire", "Postponed : East Fife v Clydebank", "(
    // ... ) v | Glamorgan .": a name right before or after a lower-case "v"
    // is a team's, whatever else stands on its line (nations stay places);
    // not a name that goes on past the run ("Queen 's Park", "Duke of
    // Norfolk 's XI").
    const bool run_is_whole =
        !words_[run.last].possessive &&
        (run.last + 1 >= words_.size() || WordText(run.last + 1) != "of");
    const bool versus_before = run.first > 0 && is_versus_letter(run.first - 1) &&
                               Gap(run.first).find_first_not_of(" \n") == std::string_view::npos;
    const bool versus_after = run.last + 1 < words_.size() && Gap(run.last + 1) == " " &&
                              is_versus_letter(run.last + 1);
    if (run_is_whole && (versus_before || versus_after)) {
      consider(run);
      continue;
    }
    // "KANSAS CITY AT DETROIT" as a line of its own; "Essex beat Kent".
    if (r + 1 < runs.size() && run.last + 2 == runs[r + 1].first && versus_[run.last + 1] &&
        Gap(run.last + 1) == " " && Gap(run.last + 2) == " ") {
      const Run& other = runs[r + 1];
      const bool whole_line = at_line_start && ends_line(other.last);
      const std::string_view between = WordText(run.last + 1);
      if (whole_line || (between != "at" && between != "v")) {
        consider(run);
        consider(other);
      }
    }
  }
  // "Rotor Volgograd must play their next home game ... that ended Rotor 's
  // brief spell": a club named by a word and its home town, and by the word
  // alone elsewhere in the report ("Sparta Prague" and "Sparta", "Feyenoord
  // Rotterdam" and "Feyenoord"). The town (one or two words) is a place; the
  // word is none, nor a people's adjective, nor a compass word ("North
  // London" and "North"), and the whole is no place ("Sri Lanka").
  if (team_sport_) {
    std::set<std::string> single_runs;
    for (const Run& run : runs) {
      if (run.first == run.last && !words_[run.first].shouting) {
        single_runs.insert(KeyOfWords(run.first, run.first));
      }
    }
    // "SC Freiburg", "MSV Duisburg", "IFK Gothenburg", "AS Monaco": a club's
    // initials (two to four capitals, no country's) before its home.
    for (const Run& run : runs) {
      if (run.last == run.first || run.last - run.first > 2 || words_[run.first].shouting ||
          !words_[run.first].all_caps || !IsPlaceExactly(run.first + 1, run.last)) {
        continue;
      }
      const std::string_view initials = WordText(run.first);
      if (initials.size() < 2 || initials.size() > 4 ||
          !std::all_of(initials.begin(), initials.end(),
                       [](char c) { return c >= 'a' && c <= 'z'; }) ||
          impl_.country_keys.count(std::string(initials)) != 0 ||
          impl_.nation_names.Matches(initials)) {
        continue;
      }
      consider(run);
    }
    for (const Run& run : runs) {
      if (run.last == run.first || run.last - run.first > 2 || words_[run.first].shouting ||
          !IsPlaceExactly(run.first + 1, run.last) || OverlapsPlace(run.first, run.first) ||
          IsPlaceExactly(run.first, run.last)) {
        continue;
      }
      const std::string_view word = WordText(run.first);
      if (word.size() < 3 || IsCompassWord(word) || LooksLikeAPeoplesAdjective(word) ||
          single_runs.count(KeyOfWords(run.first, run.first)) == 0) {
        continue;
      }
      consider(run);
      team_keys.insert(KeyOfWords(run.first, run.first));
    }
  }
  if (team_keys.empty()) return;
  // Names listed with a team: "Essex , Derbyshire and Surrey".
  for (int pass = 0; pass < 2 && team_sport_; ++pass) {
    for (std::size_t r = 0; r + 1 < runs.size(); ++r) {
      const Run& left = runs[r];
      const Run& right = runs[r + 1];
      const std::size_t between = right.first - left.last - 1;
      const std::string_view gap = Gap(left.last + 1);
      const bool listed = (between == 0 && gap == " , ") ||
                          (between == 1 && WordText(left.last + 1) == "and" && gap == " " &&
                           Gap(right.first) == " ");
      if (!listed) continue;
      const bool left_team = team_keys.count(KeyOfWords(left.first, left.last)) != 0;
      const bool right_team = team_keys.count(KeyOfWords(right.first, right.last)) != 0;
      // A name after a team role is a person: "Liverpool striker Mark
      // Kennedy and Chelsea defender Terry Phelan".
      const auto after_role = [&](const Run& listed_run) {
        return listed_run.first > 0 && !words_[listed_run.first - 1].capitalized &&
               impl_.team_roles.Matches(WordText(listed_run.first - 1));
      };
      // In a headline's capitals a run may take in a verb ("PARMA , ROMA
      // AND UDINESE OUT OF ITALIAN CUP"); its names come from the text's
      // (EmitNamesInCapitals).
      const auto in_capitals = [&](const Run& listed_run) {
        return words_[listed_run.last].shouting;
      };
      if (left_team && !right_team && !after_role(right) && !in_capitals(right)) consider(right);
      if (right_team && !left_team && !after_role(left) && !in_capitals(left)) consider(left);
    }
  }
  for (const Run& run : runs) {
    // Never a dateline's place ("LEEDS 1996-08-26", "LEEDS , England
    // 1996-08-26").
    const auto is_date = [&](std::size_t i) {
      if (i >= words_.size() || !IsScore(i)) return false;
      const std::string_view next = WordText(i);
      return std::count(next.begin(), next.end(), '-') >= 2;
    };
    if (is_date(run.last + 1)) continue;
    if (run.last + 2 < words_.size() && Gap(run.last + 1) == " , " &&
        (is_date(run.last + 2) || is_date(run.last + 3) || is_date(run.last + 4))) {
      continue;
    }
    bool free = true;
    for (std::size_t i = run.first; i <= run.last; ++i) free = free && !covered[i];
    if (!free) continue;
    // A company's name that opens with a possessive: its uses with the
    // possessive's "s" ("Boatmen 's shares"; see kPossessiveKey).
    const std::string key = KeyOfWords(run.first, run.last);
    const bool with_possessive =
        PossessiveSAfter(run.last) && !covered[run.last + 1] &&
        team_keys.count(key + std::string(kPossessiveKey)) != 0;
    if (!with_possessive && team_keys.count(key) == 0) continue;
    // Outside team-sport tables, a name that a wrapped line cuts goes on
    // ("a unit of Ford\nMotor Co"): the words are not the name alone.
    if (!team_sport_ && ContinuesOnNextLine(run.last)) continue;
    // After an initial the word is a person's surname ("said Frederick A.
    // Moran, president of Moran Asset Management Inc.").
    if (run.first >= 1 && Gap(run.first) == ". " && words_[run.first - 1].capitalized &&
        words_[run.first - 1].end - words_[run.first - 1].start == 1) {
      continue;
    }
    // A club's founding year is part of its name in results and tables:
    // "Fortuna Duesseldorf 0 1860 Munich 0", "Munich 1860 4 1 1 2 3 5 4".
    std::size_t first = run.first;
    std::size_t last = with_possessive ? run.last + 1 : run.last;
    if (team_sport_ && !with_possessive) {
      const std::size_t year = run.first - 1;
      if (run.first >= 1 && Gap(run.first) == " " && IsClubNumber(year) &&
          WordText(year).size() == 4 &&
          (year == 0 || line_of[year - 1] != line_of[year] ||
           (Gap(year) == " " && IsScore(year - 1)))) {
        first = year;
      }
      if (run.last + 1 < words_.size() && Gap(run.last + 1) == " " && IsClubNumber(run.last + 1) &&
          line_of[run.last + 1] == line_of[run.last]) {
        last = run.last + 1;
      }
    }
    teams->push_back(Span{first, last, MentionType::kOrganization, RawWords(first, last), "",
                          false, team_sport_ ? kKindTeam : kKindCompany});
  }
}

}  // namespace organizations_detail
}  // namespace gleaner
