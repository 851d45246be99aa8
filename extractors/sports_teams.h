// Sports results name clubs by their home place: "Nice 1 Bastia 1",
// "Oldham 22 9 1 12 473 681 19", "Torquay v Exeter", "TEXAS AT KANSAS CITY".
// In such lines the place is a team, an organization. SportsTeams finds the
// location mentions that stand in a score line, a standings row or a fixture
// and re-types them; national teams (countries) stay locations, the way news
// annotation (CoNLL-2003) and readers treat them, and so do continents and
// regions, which head statistical tables far more often than league tables.
#ifndef GLEANER_EXTRACTORS_SPORTS_TEAMS_H_
#define GLEANER_EXTRACTORS_SPORTS_TEAMS_H_

#include <memory>
#include <string_view>
#include <vector>

#include "engine/document.h"

namespace gleaner {

class SportsTeams {
 public:
  SportsTeams();
  ~SportsTeams();
  SportsTeams(const SportsTeams&) = delete;
  SportsTeams& operator=(const SportsTeams&) = delete;

  // Re-types, in place, each city or admin1 location mention of `mentions`
  // (spans into `text`) that stands as a team in its line:
  //  - a standings row: the line is the place (after an optional rank)
  //    followed by at least four numbers (or dashes), two or more of them integers
  //    and at most two with decimals ("PHILADELPHIA 52 75 .409 28");
  //  - a score line: "Place N Other N", either side, optionally with
  //    scorers in parentheses, or one side with its scorers
  //    ("Blackburn 2 ( Warhurst 34th , Bohinen 51st ) .");
  //  - a fixture: either side of " v " / " vs ", or the first side of an
  //    all-capitals "HOME AT VENUE" line (the venue stays a place).
  // A re-typed mention becomes an organization with canonical = its text,
  // no parent, and kind = team. When an organization mention already spans
  // the same bytes the location mention is dropped instead; and an
  // organization mention on the same bytes as a venue is dropped.
  // Thread-safe.
  void RetypeTeams(std::string_view text, std::vector<Mention>* mentions) const;

  // Adds an organization mention (kind = team) for the team a results line
  // gives after a competitor and their country: "4. Mika Hakkinen ( Finland )
  // McLaren 1:54.754", "5. Federico Colonna (Italy) Mapei". The team is one
  // to four capitalized words, followed by the end of the line, a time or
  // figures, or lower-case words. A location or person mention on exactly
  // the team's bytes is replaced; an organization already there is kept.
  // Thread-safe.
  void AddCompetitorTeams(std::string_view text, std::vector<Mention>* mentions) const;

  // Adds an organization mention (kind = team) for each side of a
  // head-to-head result of two clubs, each with its country in parentheses
  // and a score: "Benetton ( Italy ) 92 Dinamo ( Russia ) 81", or "Red Star
  // ( Yugoslavia ) beat Dinamo ( Russia ) 92-90" when both scores are a team
  // game's (40 or more; "Sidot ( France ) beat Husarova ( Slovakia ) 6-4"
  // is two players). Mentions inside a side are replaced as in
  // AddCompetitorTeams. Thread-safe.
  void AddHeadToHeadTeams(std::string_view text, std::vector<Mention>* mentions) const;

  // In a team-sport report's prose a club is named by its home as well:
  // "Second-placed Kent were frustrated", "First-place San Diego has won
  // seven", "Baltimore 's Cal Ripken". Re-types, in place, each city or
  // admin1 location mention that such a cue marks as a team: a team word
  // before it ("title hopefuls", "third-placed", "victory over"), a
  // match's or a transfer's preposition before it ("at home to", "lost 3-1
  // to", "signed from", "play for"), a verb of the game after it, or a
  // possessive before a capitalized name or a score ("Metz 's 3-1 home
  // victory"); in a cricket report, a county of Great Britain needs no
  // cue ("sent Gloucestershire reeling"). Then every other mention of the
  // same name (case aside) becomes a team too, the way one report uses one
  // name for one club. Never after "in", "at", "from", "to", "near",
  // "into" or "of" (the place itself) but in such a match phrase, nor in a
  // dateline. Call only for team-sport documents. Thread-safe.
  void RetypeTeamsInProse(std::string_view text, std::vector<Mention>* mentions) const;

  // A league table tells clubs of one name apart by their town's initials
  // in parentheses: "Mladost ( L )", "Buducnost ( P )". Each team mention
  // (kind = team) right before such a tag (one or two capitals) is widened
  // over it, its canonical name too. Call only for team-sport documents.
  // Thread-safe.
  void WidenTeamsOverTownTags(std::string_view text, std::vector<Mention>* mentions) const;

 private:
  struct Patterns;
  std::unique_ptr<const Patterns> patterns_;
};

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_SPORTS_TEAMS_H_
