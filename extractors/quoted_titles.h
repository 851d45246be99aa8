// A quoted title after the word that introduces it (the project
// "Strengthening Resilience to Violent Extremism in Asia", a conference
// entitled "Security in Central Asia") is one name: the places written
// inside it belong to the title and are not place mentions of their own,
// the way a programme's name ("STRIVE Asia") is not a mention of Asia; nor
// are the bodies its words seem to name.
#ifndef GLEANER_EXTRACTORS_QUOTED_TITLES_H_
#define GLEANER_EXTRACTORS_QUOTED_TITLES_H_

#include <memory>
#include <string_view>
#include <vector>

#include "engine/document.h"

namespace gleaner {

class QuotedTitles {
 public:
  QuotedTitles();
  ~QuotedTitles();
  QuotedTitles(const QuotedTitles&) = delete;
  QuotedTitles& operator=(const QuotedTitles&) = delete;

  // Removes from `mentions` (spans into `text`) the location mentions that
  // lie inside a quoted title: text in straight or curly double quotes on
  // one line, right after (within a few words of) a word that introduces a
  // title (project, programme, initiative, campaign, conference, forum,
  // course, workshop, seminar, entitled, titled, called, theme), written in
  // title case (it starts with a capital and most of its longer words do).
  // Quoted speech is not a title and keeps its places. The organization
  // mentions inside a title go too ("Trusted Police" of the project "Safe
  // Communities, Trusted Police"), unless only "called" introduces it (an
  // NGO called "Mehr"). Thread-safe.
  void DropNamesInTitles(std::string_view text, std::vector<Mention>* mentions) const;

 private:
  struct Patterns;
  std::unique_ptr<const Patterns> patterns_;
};

}  // namespace gleaner

#endif  // GLEANER_EXTRACTORS_QUOTED_TITLES_H_
