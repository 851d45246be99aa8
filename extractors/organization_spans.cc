// OrganizationFinder: growing a head word into a body's whole name over the
// capitalized words and joiners around it, and judging the span it gives
// (lists, a country's long name, legal forms, classification, emission).
#include "extractors/organization_finder.h"

namespace gleaner {
namespace organizations_detail {

std::string OrganizationFinder::RawWords(std::size_t first, std::size_t last) const {
  std::string joined;
  for (std::size_t i = first; i <= last; ++i) {
    if (i > first) joined += ' ';
    joined.append(text_.raw.substr(words_[i].raw_start, words_[i].raw_end - words_[i].raw_start));
  }
  return joined;
}

// True when the run of name words starting at `first` holds a head word or
// starts a known body: then "X and Y" are two names, not one.
bool OrganizationFinder::RunHasHead(std::size_t first, bool suffixes) {
  if (known_start_[first]) return true;
  for (std::size_t i = first; i < words_.size() && IsNameWord(i); ++i) {
    if (heads_[i] != Head::kNone && (suffixes || heads_[i] != Head::kSuffix)) return true;
    if (i + 1 < words_.size() && !SpaceBefore(i + 1)) break;
  }
  return false;
}

// "Prosecutor General's Office": the office of a post, named by its
// capitalized title words from `first`; its "Office" word, or 0.
std::size_t OrganizationFinder::PostsOfficeEnd(std::size_t first) {
  constexpr std::size_t kMaxTitleWords = 3;
  for (std::size_t i = first; i + 2 < words_.size() && i < first + kMaxTitleWords; ++i) {
    if (!IsPostTitleWord(i)) return 0;
    if (words_[i].possessive) {
      const std::size_t office = i + 2;
      const bool s_of_possessive = WordText(i + 1) == "s" && Gap(i + 1) == "'";
      return s_of_possessive && Gap(office) == " " && words_[office].capitalized &&
                     WordText(office) == "office"
                 ? office
                 : 0;
    }
    if (!SpaceBefore(i + 1)) return 0;
  }
  return 0;
}

// "President of the Republic of Kazakhstan", "President of Uzbekistan",
// "President of the Kyrgyz Republic" from word `first`: the last word of
// the state's name, or 0 when the words are no such title.
std::size_t OrganizationFinder::PresidentOfAStateEnd(std::size_t first) {
  if (first + 2 >= words_.size() || !words_[first].capitalized || WordText(first) != "president" ||
      !SpaceBefore(first + 1) || WordText(first + 1) != "of") {
    return 0;
  }
  std::size_t run_first = first + 2;
  if (WordText(run_first) == "the" && SpaceBefore(run_first)) ++run_first;
  if (run_first >= words_.size() || !SpaceBefore(run_first) || !IsNameWord(run_first)) return 0;
  std::size_t run_last = run_first;
  while (run_last + 1 < words_.size() && SpaceBefore(run_last + 1) && IsNameWord(run_last + 1)) {
    ++run_last;
  }
  const std::size_t end = CountrysLongNameEnd(run_last);
  return end != run_last || NamesAState(run_first, run_last) ? end : 0;
}

// "Republic" + " of Kazakhstan": the last word of a country's name after
// " of " following word `last` (a long form's "Republic", "Kingdom"), or
// `last` when no country follows.
std::size_t OrganizationFinder::CountrysLongNameEnd(std::size_t last) {
  const std::size_t of = last + 1;
  if (of + 1 >= words_.size() || WordText(of) != "of" || Gap(of) != " " ||
      Gap(of + 1) != " " || !IsNameWord(of + 1)) {
    return last;
  }
  std::size_t end = of + 1;
  while (end + 1 < words_.size() && Gap(end + 1) == " " && IsNameWord(end + 1)) ++end;
  return impl_.country_keys.count(KeyOfWords(of + 1, end)) != 0 ? end : last;
}

// "Journalists' Creative Union", "Farmers ' Union": a capitalized plural
// of a trade or a group of people, its apostrophe after the "s", opens the
// name of the body that gathers them (CoNLL's "Traders ' Association").
bool OrganizationFinder::PluralPossessorBefore(std::size_t first) {
  static constexpr std::string_view kPeoplesEndings[] = {"ers", "ors", "ists", "ees",
                                                         "ants", "ents", "ians"};
  if (first == 0 || (Gap(first) != "' " && Gap(first) != " ' ")) return false;
  const NameWord& possessor = words_[first - 1];
  if (!possessor.capitalized || possessor.all_caps || possessor.shouting) return false;
  const std::string_view word = WordText(first - 1);
  return std::any_of(std::begin(kPeoplesEndings), std::end(kPeoplesEndings),
                     [&](std::string_view ending) { return word.ends_with(ending); });
}

// "Deputy Minister of Preschool and School Education": after "ROLE of X
// and", a run of capitalized words in which a head word is followed by
// more words goes on with the post's portfolio ("School" qualifies
// "Education" there); it names no body. A run ending in its head ("Head of
// Research and Training Unit") is left to the other rules.
bool OrganizationFinder::InPortfolioAfterRoleOf(std::size_t head) {
  if (head + 1 >= words_.size() || !SpaceBefore(head + 1) || !IsNameWord(head + 1)) return false;
  std::size_t first = head;
  while (first > 0 && SpaceBefore(first) && IsNameWord(first - 1)) --first;
  if (first < 2 || !SpaceBefore(first) || !SpaceBefore(first - 1)) return false;
  if (JoinerOf(WordText(first - 1)) != Joiner::kAnd || !IsNameWord(first - 2)) return false;
  std::size_t run_first = first - 2;
  while (run_first > 0 && SpaceBefore(run_first) && IsNameWord(run_first - 1)) --run_first;
  return PrecededByRoleOf(run_first);
}

// Whether a hard-wrapped line, one ending in no punctuation, breaks before
// word `i`, a lower-case "under the" or "of the" that goes on with the
// name: "the Committee on Religious Affairs\nunder the Cabinet of
// Ministers\nof the Republic of Uzbekistan" (a web page's layout).
bool OrganizationFinder::WrappedBeforeJoiner(std::size_t i) const {
  if (i + 1 >= words_.size() || Gap(i) != "\n" || words_[i].capitalized) return false;
  const std::string_view joiner = WordText(i);
  return (joiner == "under" || joiner == "of") && WordText(i + 1) == "the" && Gap(i + 1) == " ";
}

// "Head of [the] X": X is part of a post's title, not a body's name.
bool OrganizationFinder::PrecededByRoleOf(std::size_t first) {
  std::size_t i = first;
  if (i >= 1 && WordText(i - 1) == "the" && SpaceBefore(i)) --i;
  if (i < 2 || !SpaceBefore(i) || !SpaceBefore(i - 1)) return false;
  return JoinerOf(WordText(i - 1)) == Joiner::kOf && IsRole(i - 2);
}

// Whether the name ending at word `last` goes on past a line break of
// hard-wrapped text: a capitalized word or a joiner right after the break,
// or after a joiner before it ("Cooperation and\nDevelopment"). A break
// after punctuation ends the sentence or the item, not the name ("...
// Ministry of Internal Affairs of Tajikistan.\nZarina, 24, ...").
bool OrganizationFinder::CutByLineBreak(std::size_t last) {
  for (std::size_t k = last + 1; k < words_.size() && k <= last + 2; ++k) {
    const std::string_view gap = Gap(k);
    if (gap.find('\n') != std::string_view::npos) {
      if (gap.find_first_not_of(" \n") != std::string_view::npos) return false;
      return words_[k].capitalized || JoinerOf(WordText(k)) != Joiner::kNone;
    }
    if (Gap(k) != " " || JoinerOf(WordText(k)) == Joiner::kNone) return false;
  }
  return false;
}

bool IsAbbreviatedLegalForm(std::string_view word) {
  static constexpr std::string_view kForms[] = {
      "inc", "corp", "co",  "cos", "ltd", "bros", "pty", "bhd", "tbk",  "llc", "llp",  "lp",
      "plc", "ag",   "sa",  "nv",  "bv",  "spa",  "ab",  "oy",  "oyj", "asa", "gmbh", "kgaa"};
  return std::find(std::begin(kForms), std::end(kForms), word) != std::end(kForms);
}

namespace {

// A place-type word written after a place's name ("Sairam district").
bool IsPlaceTypeWord(std::string_view word) {
  static constexpr std::string_view kPlaceTypes[] = {
      "district", "region", "oblast", "province", "rayon", "raion", "city", "town", "village",
      "jamoat", "viloyat", "velayat", "welayat", "county"};
  return std::find(std::begin(kPlaceTypes), std::end(kPlaceTypes), word) != std::end(kPlaceTypes);
}

}  // namespace

// The last word of up to three capitalized words in parentheses right after
// head word `head`, when "of" and a name follow them; 0 otherwise.
std::size_t OrganizationFinder::LocalNameInParentheses(std::size_t head) {
  constexpr std::size_t kMaxWords = 3;
  if (heads_[head] == Head::kNone || heads_[head] == Head::kProgramme) return 0;
  const std::size_t open = head + 1;
  if (open >= words_.size() || Gap(open) != " (") return 0;
  for (std::size_t k = open; k < words_.size() && k - open < kMaxWords; ++k) {
    // An acronym in parentheses is one (AcronymAfter), not a local name.
    if (!words_[k].capitalized || words_[k].all_caps || (k > open && Gap(k) != " ")) return 0;
    if (k + 2 < words_.size() && Gap(k + 1) == ") " && WordText(k + 1) == "of" &&
        SpaceBefore(k + 2)) {
      std::size_t named = k + 2;
      if (WordText(named) == "the" && named + 1 < words_.size() && SpaceBefore(named + 1)) {
        ++named;
      }
      return IsNameWord(named) ? k : 0;
    }
  }
  return 0;
}

// Whether a known body's name starts at `head` and goes on past it.
bool OrganizationFinder::KnownNameLongerThanHead(std::size_t head) const {
  if (!known_start_[head]) return false;
  return std::any_of(known_.begin(), known_.end(), [&](const KnownMatch& match) {
    return match.first == head && match.last > head;
  });
}

// "head of the Centre for the Study of Religious Issues", "a specialist of
// the Committee on Religious Affairs": after "the", a head word that goes on
// with "of"/"for"/"on" and a name names the body the post is in, unlike
// "Head of Mission" or "Head of the Department".
bool OrganizationFinder::NamedBodyAfterRoleOf(std::size_t head) {
  if (head == 0 || WordText(head - 1) != "the" || !SpaceBefore(head)) return false;
  // A known body of several words ("governor of the Bank of England") is
  // named by the table; a known one-word body may open a longer name
  // ("a deputy of the Mazhilis of the Parliament of the Republic of
  // Kazakhstan"), checked below as any head.
  if (KnownNameLongerThanHead(head)) return false;
  const std::size_t joiner = head + 1;
  if (joiner + 1 >= words_.size() || !SpaceBefore(joiner) || !SpaceBefore(joiner + 1) ||
      JoinerOf(WordText(joiner)) != Joiner::kOf || words_[head].possessive) {
    return false;
  }
  std::size_t named = joiner + 1;
  if (WordText(named) == "the" && named + 1 < words_.size() && SpaceBefore(named + 1)) ++named;
  return IsNameWord(named);
}

// The last of the lower-case French adjectives that start at word `i`
// ("public fédéral", "générale"), or 0. An adjective spelled as in English
// ("public", "national") counts only before a French one.
std::size_t OrganizationFinder::NameAdjectivesEnd(std::size_t i) {
  static const WordViewSet kShared = {"public", "national", "central", "regional", "federal",
                                      "social", "civil", "general"};
  std::size_t last = 0;
  for (; i < words_.size() && Gap(i) == " " && !words_[i].capitalized && !words_[i].all_caps;
       ++i) {
    const std::string_view word = WordText(i);
    if (impl_.name_adjectives.Matches(word)) {
      last = i;
    } else if (!kShared.contains(word)) {
      break;
    }
  }
  return last;
}

// "of", "for", "on", "in", "to", "and", "against", "under": the English
// joiners, not a French "de" or "des".
bool IsEnglishJoiner(std::string_view word) {
  static const WordViewSet kEnglish = {"of", "for", "on", "in", "to", "and", "against", "under"};
  return kEnglish.contains(word);
}

// "Agency for Religious Affairs Gulmira Ospanova", "... and Gulnara
// Ismailova of UN Women": a run of name words that ends in a given name and
// one more word (no head, place or known body) ends in a person's name. The
// given name's index, or 0.
std::size_t OrganizationFinder::PersonAtRunEnd(std::size_t run_first, std::size_t run_last) {
  if (run_last < run_first + 1) return 0;
  const std::size_t given = run_last - 1;
  const auto plain = [&](std::size_t i) {
    return words_[i].capitalized && !words_[i].all_caps && heads_[i] == Head::kNone &&
           !known_start_[i] && !OverlapsPlace(i, i);
  };
  if (!plain(given) || !plain(run_last) || !SpaceBefore(run_last)) return 0;
  if (!impl_.given_names->contains(WordText(given))) return 0;
  // The surname is no given name itself ("Peace John"), nor the word of a
  // portfolio after a given name that is a common word.
  if (impl_.given_names->contains(WordText(run_last))) return 0;
  // Nor a word of a portfolio, which the document writes in lower case
  // too: "Institute for Human Gene Therapy", "Christian Churches".
  if (WrittenInLowerCaseElsewhere(given, given) ||
      WrittenInLowerCaseElsewhere(run_last, run_last)) {
    return 0;
  }
  return given;
}

// The widest name around the head word, as [first, last].
std::pair<std::size_t, std::size_t> OrganizationFinder::Grow(std::size_t head) {
  bool office = heads_[head] == Head::kOffice;
  // "National Centre for Human Rights of the Republic of Uzbekistan in
  // Tashkent": after "of" and a country the name is whole, and "in" tells
  // where the body sits; an embassy's or a mission's "of" names the state
  // that sends it ("Embassy of Canada in Kazakhstan").
  bool of_country = false;
  const bool sent_by_a_state = IsDiplomaticHead(head);
  // Leftwards over name words, and over "of (the)", "and", "against", "&"
  // when a run of name words lies beyond that is no post's title.
  std::size_t first = head;
  // "General Prosecutor's Office", "Broward County Sheriff's Office": the
  // office of a post, named by the post's capitalized title words.
  if (office && first >= 2 && words_[first].capitalized && WordText(first) == "office" &&
      WordText(first - 1) == "s" && (Gap(first - 1) == "'" || Gap(first - 1) == " '") &&
      Gap(first) == " ") {
    // The possessive's "s" is a word of its own after the possessor, glued
    // to it or, in tokenized text, apart ("Sheriff 's Office").
    const std::size_t possessor = first - 2;
    if ((words_[possessor].possessive || Gap(first - 1) == " '") &&
        IsPostTitleWord(possessor) &&
        (impl_.post_words.Matches(WordText(possessor)) ||
         (possessor >= 1 && SpaceBefore(possessor) && IsPostTitleWord(possessor - 1) &&
          impl_.post_words.Matches(WordText(possessor - 1))))) {
      first = possessor;
      while (first > 0 && SpaceBefore(first) && IsPostTitleWord(first - 1)) --first;
    }
  }
  const auto after_initial = [&](std::size_t i) {
    // "Edward D. Jones & Co", "Robert W. Baird & Co": a firm named after a
    // person with a middle initial.
    return heads_[head] == Head::kSuffix && i >= 2 && Gap(i) == ". " &&
           WordText(i - 1).size() == 1 && words_[i - 1].capitalized && SpaceBefore(i - 1) &&
           IsNameWord(i - 2);
  };
  const auto plural_possessor = [&](std::size_t i) {
    return heads_[head] != Head::kNone && heads_[head] != Head::kProgramme &&
           PluralPossessorBefore(i);
  };
  // "Women's Union of Turkmenistan", "Pankisi Women's Council": the
  // possessive of a plural of people that takes "'s" goes on with the name;
  // so does that of a trade's plural in "-men" ("All Fishermen 's
  // Association", "Boatmen 's Bancshares Inc.").
  const auto peoples_possessive = [&](std::size_t i) {
    static constexpr std::string_view kPeople[] = {"women", "children", "men", "people"};
    if (heads_[head] == Head::kNone || heads_[head] == Head::kProgramme || i < 2 ||
        Gap(i) != " " || WordText(i - 1) != "s") {
      return false;
    }
    const NameWord& possessor = words_[i - 2];
    return ((possessor.possessive && Gap(i - 1) == "'") || Gap(i - 1) == " '") &&
           possessor.capitalized && !possessor.all_caps &&
           (std::find(std::begin(kPeople), std::end(kPeople), WordText(i - 2)) !=
                std::end(kPeople) ||
            (WordText(i - 2).size() > 5 && WordText(i - 2).ends_with("men")));
  };
  while (first > 0 && (SpaceBefore(first) || AmpersandBefore(first) || after_initial(first) ||
                       plural_possessor(first) || peoples_possessive(first))) {
    const std::size_t before = first - 1;
    if (plural_possessor(first)) {
      first = before;
      continue;
    }
    if (peoples_possessive(first)) {
      first -= 2;
      continue;
    }
    if (AmpersandBefore(first)) {
      if (!IsNameWord(before)) break;
      first = before;
      continue;
    }
    if (after_initial(first)) {
      first -= 2;
      continue;
    }
    if (RoleWordAsAdjective(before, head)) {
      first = before - 1;
      continue;
    }
    if (RoleWordOpensBody(before)) {
      first = before;
      continue;
    }
    if (IsNameWord(before) && !words_[before].sentence_start) {
      first = before;
      continue;
    }
    if (IsNameWord(before) && words_[before].sentence_start &&
        WordClass(before) != kFunctionWord) {
      first = before;
      continue;
    }
    const Joiner joiner = JoinerOf(WordText(before));
    std::size_t run_end = before;  // last word of the run beyond the joiner
    if (joiner == Joiner::kThe && before >= 1 && SpaceBefore(before) &&
        JoinerOf(WordText(before - 1)) == Joiner::kOf) {
      run_end = before - 1;
    } else if (joiner != Joiner::kOf && joiner != Joiner::kAnd && joiner != Joiner::kAgainst) {
      break;
    }
    if (run_end == 0 || !SpaceBefore(run_end) || !IsNameWord(run_end - 1)) break;
    std::size_t run_first = run_end - 1;
    while (run_first > 0 && SpaceBefore(run_first) && IsNameWord(run_first - 1)) --run_first;
    if (PrecededByRoleOf(run_first)) break;
    // "X of Y": X must be a body ("Bank of ...", "Structure of the ...");
    // "X and Y": X must not be one of its own ("Inc and Lear Corp"), nor two
    // known bodies ("UNRCCA and OSCE Centre in Ashgabat", "IMF and World
    // Bank"; "Merrill Lynch and Co" is one).
    bool run_has_head = false;
    for (std::size_t i = run_first; i < run_end; ++i) {
      run_has_head = run_has_head || (heads_[i] != Head::kNone && heads_[i] != Head::kProgramme);
    }
    const bool two_known_bodies = known_start_[run_first] && known_start_[before + 1];
    const bool acronym_alone = IsKnownAcronymAlone(run_first, run_end);
    const bool known_before_head = IsKnownBodyBeforeAHead(run_first, run_end, before + 1);
    // "... Extremist Activity and Resolution No. 428": a head named by its
    // number is a document of its own, not the end of a joined name.
    const bool numbered_head =
        head + 1 < words_.size() && SpaceBefore(head + 1) && IsNumberSign(head + 1);
    // "... under the President of the Republic of Uzbekistan and Karakalpak
    // State University": a state's name after "of" ends the name before it;
    // what "and" adds after it is another body. (A portfolio goes on:
    // "Ministry of Preschool and School Education".)
    std::size_t of = run_first;  // the word before the run, past an "of"'s "the"
    if (of >= 2 && SpaceBefore(of) && WordText(of - 1) == "the") --of;
    const bool ends_a_name_of = joiner == Joiner::kAnd && of >= 1 && SpaceBefore(of) &&
                                WordText(of - 1) == "of" && NamesAState(run_first, run_end - 1);
    if (joiner == Joiner::kAnd && (run_has_head || two_known_bodies || acronym_alone ||
                                   known_before_head || numbered_head || ends_a_name_of)) {
      break;
    }
    // "Gold Fields of South Africa Ltd", "First of Michigan Corp.": a place
    // alone between "of" and a company's legal form is the company's
    // country or state, and the words before "of" open its name; not a
    // person's name ("Jim Jones of Michigan Corp.").
    const bool place_before_legal_form =
        joiner == Joiner::kOf && first < head && heads_[head] == Head::kSuffix &&
        IsAbbreviatedLegalForm(WordText(head)) && run_end - run_first <= 2 &&
        !impl_.given_names->contains(WordText(run_first)) &&
        (IsPlaceExactly(first, head - 1) ||
         impl_.country_keys.count(KeyOfWords(first, head - 1)) != 0);
    if ((joiner == Joiner::kOf || joiner == Joiner::kThe) && !run_has_head &&
        !place_before_legal_form) {
      break;
    }
    first = run_first;
  }
  // Rightwards.
  std::size_t last = head;
  // "Ministry of ...", "Committee on ...", "Agency for ...": a body named
  // by its portfolios.
  const bool portfolio = head + 2 < words_.size() && SpaceBefore(head + 1) &&
                         (WordText(head + 1) == "of" || WordText(head + 1) == "on" ||
                          WordText(head + 1) == "for") &&
                         heads_[head] == Head::kOrg;
  bool after_list = false;
  bool after_local_name = false;
  bool own_language = false;
  // A company's legal form or brand word ends the name, but not a
  // portfolio's: "Agency of Information and Mass Communications under ...".
  while (last + 1 < words_.size() &&
         (heads_[last] != Head::kSuffix || (portfolio && last != head))) {
    if (AmpersandBefore(last + 1) && IsNameWord(last + 1)) {
      ++last;
      continue;
    }
    if (const std::size_t owned = PortfolioPossessionEnd(portfolio, head, last); owned != 0) {
      last = owned;
      continue;
    }
    if (!after_local_name && !SpaceBefore(last + 1) && !WrappedBeforeJoiner(last + 1)) {
      // "Ombudsman (Akyikatchy) of the Kyrgyz Republic", "Parliament
      // (Jogorku Kenesh) of ...": the body's own-language name in
      // parentheses after its head, then "of" goes on.
      if (const std::size_t closed = LocalNameInParentheses(last); closed != 0) {
        last = closed;
        after_local_name = true;
        continue;
      }
      // "Ministry of Labour, Social Security and Migration": the list of a
      // ministry's portfolios goes on past a comma.
      // So does that of a ministry the name runs on to ("Migration Service
      // under the Ministry of Labour, Migration and Employment of ...").
      bool listed = portfolio && last > head + 1;
      for (std::size_t k = last; !listed && k > head + 1; --k) {
        const std::string_view word = WordText(k - 1);
        listed = k < last && heads_[k - 1] == Head::kOrg && SpaceBefore(k) &&
                 (word == "ministry" || word == "committee" || word == "agency") &&
                 (WordText(k) == "of" || WordText(k) == "on" || WordText(k) == "for");
      }
      const std::size_t list_end = listed ? PortfolioListEnd(last) : 0;
      if (list_end == 0) break;
      last = list_end;
      after_list = true;
      continue;
    }
    const std::size_t next = last + 1;
    after_local_name = false;
    // "Service public fédéral Intérieur", "Direction générale des Douanes":
    // a French name's adjectives follow its head in lower case. The name is
    // then in its own language, and an English "of" or "for" after it is
    // the writer's ("... Intérieur of Belgium").
    if (const std::size_t adjectives_end = NameAdjectivesEnd(next); adjectives_end != 0) {
      last = adjectives_end;
      own_language = true;
      continue;
    }
    if (own_language && IsEnglishJoiner(WordText(next))) {
      break;
    }
    // After the list only "of" and "under" go on ("... and Migration of the
    // Kyrgyz Republic", "... and Ceremonies under the Government of the
    // Republic of Tajikistan"); its last "and" was the list's.
    if (after_list && WordText(next) != "of" && WordText(next) != "under") break;
    if (IsNameWord(next)) {
      if (QualifiesARoleAfterIt(next)) break;
      last = next;
      if (heads_[next] == Head::kOffice) office = true;
      continue;
    }
    // "Committee for Inter-ethnic Relations and Friendly Ties with Foreign
    // Countries": inside a list of portfolios "with" goes on, as "of".
    const bool portfolio_with = portfolio && last > head + 1 && WordText(next) == "with";
    // "Department for Supervision over Counter-Terrorism Investigations":
    // what a body supervises or controls follows "over".
    const bool supervision_over =
        portfolio && last > head + 1 && WordText(next) == "over" &&
        (WordText(last) == "supervision" || WordText(last) == "control" ||
         WordText(last) == "oversight");
    // "Department for Supervision of Investigations into Terrorism and
    // Extremism": what a body investigates follows "into".
    const bool investigations_into =
        portfolio && last > head + 1 && WordText(next) == "into" &&
        (WordText(last) == "investigations" || WordText(last) == "investigation" ||
         WordText(last) == "inquiries" || WordText(last) == "inquiry" ||
         WordText(last) == "research");
    const Joiner joiner =
        portfolio_with || supervision_over || investigations_into ? Joiner::kOf
                                                                 : JoinerOf(WordText(next));
    std::size_t run_first = next + 1;
    if (joiner == Joiner::kNone || joiner == Joiner::kThe || joiner == Joiner::kAfter) break;
    // "National Institute for Strategic Studies of the Kyrgyz Republic and
    // Tobias Engström": a body's name is whole after its country, and what
    // "and" adds there is another name.
    if (joiner == Joiner::kAnd && of_country) break;
    if (portfolio_with && (run_first >= words_.size() || known_start_[run_first] ||
                           RunHasHead(run_first))) {
      break;
    }
    if (joiner == Joiner::kNamed) {
      if (run_first >= words_.size() || WordText(run_first) != "after") break;
      ++run_first;
    }
    // "Direction générale de la Sécurité": a French article after "de";
    // the name is in its own language.
    bool french_article = false;
    if (WordText(next) == "de" && run_first + 1 < words_.size() && SpaceBefore(run_first) &&
        WordText(run_first) == "la" && SpaceBefore(run_first + 1)) {
      ++run_first;
      french_article = true;
    }
    if (WordText(next) == "de" || WordText(next) == "du" || WordText(next) == "des" ||
        WordText(next) == "für") {
      own_language = true;
    }
    const bool the_follows = run_first < words_.size() && WordText(run_first) == "the" &&
                             SpaceBefore(run_first);
    bool loose_the = false;  // "for the", "on the"
    // "Commission on ... in the Field of Human Rights": in a body's
    // portfolio, "in the field of" goes on as "for the" does.
    const bool field_of = joiner == Joiner::kIn && portfolio && the_follows &&
                          run_first + 3 < words_.size() && SpaceBefore(run_first + 1) &&
                          (WordText(run_first + 1) == "field" ||
                           WordText(run_first + 1) == "fields" ||
                           WordText(run_first + 1) == "sphere") &&
                          words_[run_first + 1].capitalized && SpaceBefore(run_first + 2) &&
                          WordText(run_first + 2) == "of";
    if (field_of) {
      loose_the = true;
      ++run_first;
    } else if (the_follows) {
      // "of the", "under the", and "for the"/"on the" after a body's head
      // ("Main Directorate for the Execution of Criminal Sentences",
      // "Committee on the Rights of the Child").
      const std::string_view joiner_word = WordText(next);
      loose_the = joiner_word == "for" || joiner_word == "on";
      // "Bureau for Human Rights and the Rule of Law": in a body's portfolio
      // opened by "for"/"on", "and the" goes on as "for the" does (not
      // before a country: "Council of Europe and the Republic of Moldova").
      if (joiner == Joiner::kAnd && last > head + 1 && head + 1 < words_.size() &&
          (WordText(head + 1) == "for" || WordText(head + 1) == "on") &&
          (heads_[head] == Head::kOrg || heads_[head] == Head::kOffice)) {
        loose_the = true;
      }
      // An office's place may take "the" too: "Delegation of the European
      // Union to the Kyrgyz Republic".
      const bool and_the_in_portfolio = loose_the && joiner == Joiner::kAnd;
      // "Probation Department of the State Service for the Execution of
      // Punishments": a nested body's own head takes its portfolio too.
      const bool after_a_head = last == head || (last > head && heads_[last] == Head::kOrg);
      if (joiner_word == "of" || joiner == Joiner::kUnder || (joiner == Joiner::kIn && office) ||
          and_the_in_portfolio ||
          (loose_the && after_a_head && heads_[last] != Head::kNone &&
           heads_[last] != Head::kProgramme)) {
        ++run_first;
      } else {
        break;
      }
    }
    // "Department for Combating Economic Crimes under the Prosecutor
    // General's Office of ...": a body under a post's office.
    if (joiner == Joiner::kUnder && the_follows) {
      if (const std::size_t office_end = PostsOfficeEnd(run_first); office_end != 0) {
        last = office_end;
        continue;
      }
      // "Agency for Civil Service Affairs under the President of the
      // Republic of Kazakhstan": a body under a head of state ends with
      // the state's name.
      if (const std::size_t state_end = PresidentOfAStateEnd(run_first); state_end != 0) {
        last = state_end;
        break;
      }
    }
    // A role word inside the name only after "the": "Committee of the
    // Criminal Executive System", not "Bank of Japan Governor Satoshi".
    // After "named after", a person's titles come first ("named after
    // Major General E. Aliev").
    const bool person_after = joiner == Joiner::kNamed;
    const auto name_word = [&](std::size_t i) {
      if (person_after && words_[i].capitalized && IsRole(i)) return true;
      return the_follows ? IsInnerNameWord(i) : IsNameWord(i);
    };
    if (run_first >= words_.size() || (!SpaceBefore(run_first) && !french_article) ||
        !name_word(run_first)) {
      break;
    }
    if (joiner == Joiner::kIn && !field_of && !PlannedWorkBefore(next) &&
        (!office || (of_country && !sent_by_a_state))) {
      break;
    }
    // "the OSCE Office for Democratic Institutions and Human Rights in
    // Warsaw": after a known body's whole full name, "in" tells its seat.
    if (joiner == Joiner::kIn && !field_of && IsKnownFullName(first, last)) break;
    // "the UNICEF Europe and Central Asia Regional Office in Geneva": an
    // office named by its place before its head ("UNESCO Almaty Office")
    // is whole; "in" tells where it sits. An embassy's place before it is
    // the state that sends it: "U.S. Embassy in Nairobi" is one name.
    if (joiner == Joiner::kIn && !field_of && !sent_by_a_state && head > first &&
        OverlapsPlace(first, head - 1)) {
      break;
    }
    if (joiner == Joiner::kUnder && !RunHasHead(run_first)) break;
    // "Ministry of Transport and Communications": in a list of portfolios a
    // company's word ("Communications", "Petroleum") names a portfolio.
    if (joiner == Joiner::kAnd && RunHasHead(run_first, /*suffixes=*/!portfolio)) break;
    // "the Irish Navy and Air Corps", "Shanghai Automobile Corporation and
    // Ek Chor China Motorcycle": a name that ends in its head word right
    // before "and" is whole; what "and" adds is another name (a body's
    // portfolios go on: "Ministry of Petroleum and Minerals").
    if (joiner == Joiner::kAnd && !portfolio && last == head && head > first &&
        (heads_[head] == Head::kOrg || heads_[head] == Head::kOffice)) {
      break;
    }
    std::size_t run_last = run_first;
    while (run_last + 1 < words_.size() && name_word(run_last + 1) &&
           (SpaceBefore(run_last + 1) ||
            (person_after && words_[run_last].dotted && Gap(run_last + 1) == ". "))) {
      ++run_last;
    }
    // "... Affairs Gulmira Ospanova": the body's name ends before a person.
    if (const std::size_t given = PersonAtRunEnd(run_first, run_last); given != 0) {
      if (joiner == Joiner::kAnd || given == run_first) break;
      if (joiner == Joiner::kOf) {
        last = given - 1;
        break;
      }
    }
    // "Court for the Northern\nDistrict of California": a name wrapped
    // onto the next line is not read across the break, so a "for the" run
    // that a capitalized word continues there would be cut: keep the head.
    if (loose_the && run_last + 1 < words_.size() && words_[run_last + 1].capitalized &&
        Gap(run_last + 1).find('\n') != std::string_view::npos) {
      break;
    }
    // ... and such a run goes on with "of" ("for the Protection of
    // Children"): "approval from Congress for the Contras" names no body.
    if (loose_the && (run_last + 2 >= words_.size() || !SpaceBefore(run_last + 1) ||
                      WordText(run_last + 1) != "of")) {
      break;
    }
    if (loose_the && joiner == Joiner::kAnd && CountrysLongNameEnd(run_last) != run_last) break;
    if (joiner == Joiner::kIn && !field_of) {
      // A place after "in": stop before another head ("... in Astana Office").
      // A place whose type word follows in lower case ("Centre for ... in
      // Sairam district") is where the body works, not part of its name.
      if (run_last + 1 < words_.size() && SpaceBefore(run_last + 1) &&
          !words_[run_last + 1].capitalized && IsPlaceTypeWord(WordText(run_last + 1))) {
        break;
      }
      // "Delegation of the European Union to the Republic of Kazakhstan":
      // the office's country in its long form.
      last = the_follows ? CountrysLongNameEnd(run_last) : run_last;
      break;
    }
    // "Head of the Department for Asian and Pacific Countries of the
    // Ministry": "of the" and a head word alone, no name of its own, refers
    // back to a body named before; the unit's name ends before it.
    if (WordText(next) == "of" && the_follows && run_first == run_last && last > head &&
        heads_[run_first] == Head::kOrg && !known_start_[run_first] &&
        (run_last + 1 >= words_.size() || !SpaceBefore(run_last + 1) ||
         JoinerOf(WordText(run_last + 1)) == Joiner::kNone)) {
      break;
    }
    if (WordText(next) == "of" && NamesAState(run_first, run_last)) of_country = true;
    last = run_last;
    if (words_[last].possessive && PortfolioPossessionEnd(portfolio, head, last) == 0) break;
  }
  return {first, last};
}

// Whether the line of word `first` ends in a number with whole and decimal
// digits ("68.80"), after at least one other figure; or in a player's
// average left blank, a dash after no wickets or after a batsman never
// out: "Thorpe 13 4 19 0 -", "Ata-ur-Rehman 2 2 2 10 10no -" (a standings
// row's blank games-behind follows a percentage: "TEXAS 73 54 .575 -").
bool OrganizationFinder::RowEndsInDecimalNumber(std::size_t first) const {
  if (first >= words_.size()) return false;
  const std::size_t from = words_[first].start;
  std::size_t end = std::min(normalized_.find('\n', from), normalized_.size());
  while (end > from && normalized_[end - 1] == ' ') --end;
  std::size_t space = normalized_.rfind(' ', end - 1);
  if (space == std::string_view::npos || space < from) return false;
  if (end - space == 2 && normalized_[space + 1] == '-') {
    const std::size_t figure_end = space;
    space = normalized_.rfind(' ', figure_end - 1);
    if (space == std::string_view::npos || space < from) return false;
    const std::string_view figure = normalized_.substr(space + 1, figure_end - space - 1);
    return figure == "0" || (figure.size() > 2 && figure.ends_with("no") &&
                             std::all_of(figure.begin(), figure.end() - 2,
                                         [](char c) { return c >= '0' && c <= '9'; }));
  }
  const std::string_view last = normalized_.substr(space + 1, end - space - 1);
  const std::size_t dot = last.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 == last.size()) return false;
  return std::all_of(last.begin(), last.end(),
                     [](char c) { return c == '.' || (c >= '0' && c <= '9'); }) &&
         std::count(last.begin(), last.end(), '.') == 1;
}

// Of `candidates` (word indexes), the words that name nothing but a name:
// not a head, role or function word, no country or nation, and never
// written in lower case in the document ("New", "General" are, in most
// texts). One pass over the words, hashing no more than views.
std::vector<std::size_t> OrganizationFinder::CoinedWords(std::vector<std::size_t> candidates) {
  std::erase_if(candidates, [&](std::size_t i) {
    if (heads_[i] != Head::kNone || WordClass(i) != 0 || known_start_[i]) return true;
    const std::string key = KeyOfWords(i, i);
    return key.size() < 3 || impl_.country_keys.count(key) != 0 ||
           impl_.nation_names.Matches(key);
  });
  if (candidates.empty()) return candidates;
  WordViewSet lower_case;
  WordViewSet wanted;
  for (std::size_t i : candidates) wanted.insert(WordText(i));
  for (std::size_t k = 0; k < words_.size(); ++k) {
    if (words_[k].capitalized || words_[k].all_caps) continue;
    if (const auto found = wanted.find(WordText(k)); found != wanted.end()) {
      lower_case.insert(*found);
    }
  }
  std::erase_if(candidates, [&](std::size_t i) { return lower_case.count(WordText(i)) != 0; });
  return candidates;
}

bool OrganizationFinder::WrittenInLowerCaseElsewhere(std::size_t first, std::size_t last) {
  // One pass over the words builds every lower-case word and pair of words
  // once per document, so any number of acronyms costs linear time.
  if (!lower_case_phrases_) {
    lower_case_phrases_.emplace();
    for (std::size_t k = 0; k < words_.size(); ++k) {
      if (words_[k].capitalized || words_[k].all_caps) continue;
      lower_case_phrases_->insert(KeyOfWords(k, k));
      if (k + 1 < words_.size() && SpaceBefore(k + 1)) {
        lower_case_phrases_->insert(KeyOfWords(k, k + 1));
      }
    }
  }
  return last <= first + 1 && lower_case_phrases_->count(KeyOfWords(first, last)) != 0;
}

void OrganizationFinder::InheritParentAfterIts(std::vector<Span>* spans) {
  // "UNODC, through its Regional Office for Central Asia": a unit named
  // after "its" belongs to the body named just before, in the same
  // sentence, and takes its parent. So does one right after that body's
  // acronym in parentheses: "United Nations Office on Drugs and Crime
  // (UNODC) Regional Office for Central Asia", "the (IMF) Interim
  // Committee".
  constexpr std::size_t kMaxWordsBack = 25;
  const auto after_its_or_acronym = [&](std::size_t first) {
    if (first == 0) return false;
    if (SpaceBefore(first)) return WordText(first - 1) == "its";
    return Gap(first) == ") " && words_[first - 1].all_caps && first >= 2 &&
           (Gap(first - 1) == " (" || Gap(first - 1) == "(");
  };
  std::vector<Span*> ordered;
  ordered.reserve(spans->size());
  for (Span& span : *spans) ordered.push_back(&span);
  std::sort(ordered.begin(), ordered.end(),
            [](const Span* x, const Span* y) { return x->first < y->first; });
  // "Contact: OSCE Secretariat, Communication and Media Relations Section,
  // Vienna": a section, unit or branch named right after a body and a
  // comma is that body's.
  const auto unit_after_comma = [&](const Span& span) {
    const std::string_view head = WordText(span.last);
    return span.first > 0 && Gap(span.first) == ", " &&
           (head == "section" || head == "unit" || head == "branch");
  };
  for (std::size_t k = 1; k < ordered.size(); ++k) {
    Span& span = *ordered[k];
    if (span.type != MentionType::kOrganization || !span.parent.empty()) continue;
    if (unit_after_comma(span)) {
      const Span& before = *ordered[k - 1];
      if (before.last + 1 == span.first && before.type == MentionType::kOrganization) {
        span.parent = before.parent;
      }
      continue;
    }
    if (!after_its_or_acronym(span.first)) continue;
    // The latest sentence start within reach before the unit, once.
    std::size_t sentence_start = 0;
    for (std::size_t i = span.first; i-- > 0 && span.first - i < kMaxWordsBack;) {
      if (words_[i].sentence_start) {
        sentence_start = i;
        break;
      }
    }
    for (std::size_t j = k; j-- > 0;) {
      const Span& before = *ordered[j];
      if (before.last >= span.first || span.first - before.last > kMaxWordsBack) break;
      if (sentence_start > before.last) break;  // a new sentence between them
      if (before.type == MentionType::kOrganization && !before.parent.empty()) {
        span.parent = before.parent;
        break;
      }
    }
  }
}

std::size_t OrganizationFinder::CountryListEnd(std::size_t last) {
  // Items of one to three capitalized words that name a country, after an
  // optional "the", separated by commas, the last after "and".
  constexpr std::size_t kMaxItemWords = 3;
  constexpr std::size_t kMaxItems = 8;
  const auto item_end = [&](std::size_t first) -> std::size_t {
    if (first < words_.size() && WordText(first) == "the") ++first;
    for (std::size_t end = first; end < words_.size() && end < first + kMaxItemWords; ++end) {
      if (!IsNameWord(end) || (end > first && !SpaceBefore(end))) return 0;
      if (impl_.country_keys.count(KeyOfWords(first, end)) != 0) return end;
    }
    return 0;
  };
  std::size_t at = last;
  for (std::size_t items = 0; items < kMaxItems; ++items) {
    if (at + 2 < words_.size() && SpaceBefore(at + 1) && WordText(at + 1) == "and" &&
        SpaceBefore(at + 2)) {
      return item_end(at + 2);
    }
    if (at + 1 >= words_.size() || Gap(at + 1) != ", ") return 0;
    const std::size_t end = item_end(at + 1);
    if (end == 0) return 0;
    at = end;
  }
  return 0;
}

std::size_t OrganizationFinder::PortfolioListEnd(std::size_t last) {
  // Items of one to three capitalized words, or of up to four with "of"
  // between them (no acronym, no country), separated by commas, the last
  // after "and": "..., Social Security and Migration", "Committee on
  // Religious Affairs, Regulation of National Traditions, Celebrations and
  // Ceremonies". Returns the list's last word, or 0 when there is none.
  constexpr std::size_t kMaxItemWords = 3;
  constexpr std::size_t kMaxItems = 6;
  const auto item_end = [&](std::size_t first) -> std::size_t {
    std::size_t end = first;
    bool joined_by_of = false;
    while (true) {
      // "of" itself is one of the words an item may hold.
      const std::size_t max_words = joined_by_of ? kMaxItemWords + 1 : kMaxItemWords;
      // A programme's word is a subject there ("Institute of State, Law and
      // Democracy"); a body's head starts another name.
      if (end >= words_.size() || !IsNameWord(end) || words_[end].all_caps ||
          (heads_[end] != Head::kNone && heads_[end] != Head::kProgramme) ||
          end - first >= max_words) {
        return 0;
      }
      if (end + 1 < words_.size() && SpaceBefore(end + 1) && IsNameWord(end + 1)) {
        ++end;
        continue;
      }
      if (!joined_by_of && end + 2 < words_.size() && SpaceBefore(end + 1) &&
          WordText(end + 1) == "of" && SpaceBefore(end + 2) && IsNameWord(end + 2)) {
        joined_by_of = true;
        end += 2;
        if (end - first > kMaxItemWords) return 0;
        continue;
      }
      break;
    }
    if (impl_.country_keys.count(KeyOfWords(first, end)) != 0) return 0;
    return end;
  };
  std::size_t at = last;
  for (std::size_t items = 0; items < kMaxItems; ++items) {
    if (at + 1 >= words_.size() || Gap(at + 1) != ", ") return 0;
    const std::size_t end = item_end(at + 1);
    if (end == 0) return 0;
    const std::size_t after = end + 1;
    if (after + 1 < words_.size() && SpaceBefore(after) && WordText(after) == "and" &&
        SpaceBefore(after + 1)) {
      return item_end(after + 1);
    }
    at = end;
  }
  return 0;
}

// "the Public Foundation", "a Public Association": a Central Asian NGO's
// legal form alone names a kind of body (its name comes in quotes).
bool OrganizationFinder::IsLegalFormAlone(const Span& span) {
  static constexpr std::string_view kForms[] = {"foundation", "association", "organization",
                                                "organisation", "fund", "union"};
  return span.last == span.first + 1 && WordText(span.first) == "public" &&
         std::find(std::begin(kForms), std::end(kForms), WordText(span.last)) != std::end(kForms);
}

bool OrganizationFinder::HasProperWord(const Span& span) {
  for (std::size_t i = span.first; i <= span.last; ++i) {
    // "Gendarmerie nationale": a French name's adjective is its own.
    if (!words_[i].capitalized && impl_.name_adjectives.Matches(WordText(i))) return true;
    if (!(words_[i].capitalized || words_[i].all_caps)) continue;
    // "Bundespolizei": a compound head holds the body's own name.
    if (heads_[i] != Head::kNone &&
        !(words_[i].capitalized && impl_.compound_heads.Matches(WordText(i)))) {
      continue;
    }
    if (IsRole(i)) continue;
    return true;
  }
  return false;
}

// Organization or programme: the last head of the name's core (the words
// before its first "of", "for", "in" ...) decides; a suffix head counts only
// as the core's last word. False when no head decides.
bool OrganizationFinder::Classify(Span* span) {
  std::size_t core_last = span->last;
  for (std::size_t i = span->first + 1; i <= span->last; ++i) {
    const Joiner joiner = JoinerOf(WordText(i));
    if (joiner != Joiner::kNone && joiner != Joiner::kAnd && joiner != Joiner::kAgainst &&
        !(words_[i].capitalized || words_[i].all_caps)) {
      core_last = i - 1;
      break;
    }
  }
  Head decisive = Head::kNone;
  for (std::size_t i = span->first; i <= core_last; ++i) {
    const Head head = heads_[i];
    if (head == Head::kNone) continue;
    if (head == Head::kSuffix && i != core_last) continue;
    if (head == Head::kGovernment && i != core_last) continue;
    decisive = head;
  }
  if (decisive == Head::kNone) {
    for (std::size_t i = core_last + 1; i <= span->last; ++i) {
      if (heads_[i] != Head::kNone && heads_[i] != Head::kSuffix) decisive = heads_[i];
    }
  }
  // "Gold Fields of South Africa Ltd" (Grow's place before a legal form):
  // the legal form that ends the name is the company's head.
  if (decisive == Head::kNone && core_last < span->last && heads_[span->last] == Head::kSuffix &&
      IsAbbreviatedLegalForm(WordText(span->last))) {
    decisive = Head::kSuffix;
  }
  span->type = decisive == Head::kProgramme ? MentionType::kProgramme : MentionType::kOrganization;
  // "The IFRC released CHF 380,000 from its Disaster Response Emergency
  // Fund": a fund a body draws money from is that body's account, not a
  // body that acts.
  if (decisive != Head::kNone && WordText(core_last) == "fund" && span->first >= 2 &&
      SpaceBefore(span->first) && SpaceBefore(span->first - 1) &&
      (WordText(span->first - 1) == "its" || WordText(span->first - 1) == "their") &&
      WordText(span->first - 2) == "from") {
    span->type = MentionType::kProgramme;
  }
  return decisive != Head::kNone;
}

// Whether a word of `span` lies in a place name that looks like a body's
// ("Russian Federation", "West Bank") other than as the place the body is of,
// in or to: "Government of the Russian Federation" is a body's name, the
// place standing after "of (the)"; "Russian Federation" alone is no body.
bool OrganizationFinder::BlockedOutsideANamedPlace(const Span& span) const {
  for (std::size_t i = span.first; i <= span.last; ++i) {
    if (!blocked_[i] || (i > span.first && blocked_[i - 1])) continue;
    if (i == span.first) return true;  // the name opens with the place
    std::size_t before = i - 1;
    if (WordText(before) == "the" && before > span.first) --before;
    const Joiner joiner = JoinerOf(WordText(before));
    if (before == span.first || (joiner != Joiner::kOf && joiner != Joiner::kIn)) return true;
  }
  return false;
}

namespace {

// Whether raw bytes [start, end) are one part of a reference code of
// slash-joined parts with digits in it ("RFP/UNDP/KGZ/2025/041"): the
// acronym there labels a document, no acting body (unlike "UNODC/TPB").
bool InAReferenceCode(std::string_view raw, std::size_t start, std::size_t end) {
  const bool slash_before = start > 0 && raw[start - 1] == '/';
  const bool slash_after = end < raw.size() && raw[end] == '/';
  if (!slash_before && !slash_after) return false;
  const auto in_code = [](char c) {
    return c == '/' || c == '-' || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
  };
  std::size_t first = start;
  while (first > 0 && in_code(raw[first - 1])) --first;
  std::size_t last = end;
  while (last < raw.size() && in_code(raw[last])) ++last;
  const std::string_view code = raw.substr(first, last - first);
  return code.find_first_of("0123456789") != std::string_view::npos;
}

}  // namespace

void OrganizationFinder::Emit(const Span& span, std::vector<Mention>* out) {
  if (BlockedOutsideANamedPlace(span)) return;
  if (InAReferenceCode(text_.raw, words_[span.first].raw_start, words_[span.last].raw_end)) {
    return;
  }
  if (span.last + 1 < words_.size() && adjective_[span.last + 1] && SpaceBefore(span.last + 1)) {
    return;
  }
  const std::size_t raw_start = words_[TitledPaperFirst(span)].raw_start;
  std::size_t raw_end = words_[span.last].raw_end;
  // "Norwest Corp.", "Acme Co.": an abbreviated company form keeps its dot;
  // a whole word ("Southwest Securities.") leaves the full stop to the
  // sentence.
  if (words_[span.last].dotted && heads_[span.last] == Head::kSuffix &&
      IsAbbreviatedLegalForm(WordText(span.last)) && raw_end < text_.raw.size() &&
      text_.raw[raw_end] == '.') {
    ++raw_end;
  }
  if (!emitted_.emplace(raw_start, raw_end).second) return;
  if (span.type == MentionType::kOrganization && words_.front().shouting &&
      !words_[span.first].shouting) {
    emitted_names_.push_back(EmittedName{span.first, span.last, out->size()});
  }
  Mention mention;
  mention.type = span.type;
  mention.start = raw_start;
  mention.end = raw_end;
  mention.text = std::string(text_.raw.substr(raw_start, raw_end - raw_start));
  if (span.type == MentionType::kOrganization) {
    mention.attributes["parent"] = span.parent;
    if (!span.kind.empty()) mention.attributes["kind"] = std::string(span.kind);
    mention.attributes["canonical"] = span.canonical.empty() ? mention.text : span.canonical;
  } else if (!span.canonical.empty()) {
    mention.attributes["canonical"] = span.canonical;
  }
  out->push_back(std::move(mention));
}

}  // namespace organizations_detail
}  // namespace gleaner
