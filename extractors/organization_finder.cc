// OrganizationFinder's stages over one document: marking the rule cues,
// heads and known bodies, joining units, country offices, teams' homes and
// organs to their bodies, and Run, which settles the names and emits them.
#include "extractors/organization_finder.h"

namespace gleaner {
namespace organizations_detail {

void OrganizationFinder::MarkCue(const RuleCue& cue, std::size_t group_start,
                                 std::size_t group_end) {
  // The first line's sport names the document's kind wherever the word
  // ends, inside a hyphenated one too ("Soccer-Results of ..."), as
  // NamesTeamSport reads it.
  if (cue.cue == Cue::kTeamSport) {
    team_sport_ = true;
    return;
  }
  const auto first = std::lower_bound(
      words_.begin(), words_.end(), group_start,
      [](const NameWord& word, std::size_t offset) { return word.start < offset; });
  if (first == words_.end() || first->start != group_start) return;
  for (auto word = first; word != words_.end() && word->start < group_end; ++word) {
    if (word->end != group_end && !(word->possessive && word->end + 2 == group_end)) continue;
    const auto first_index = static_cast<std::size_t>(first - words_.begin());
    const auto last_index = static_cast<std::size_t>(word - words_.begin());
    if (cue.cue == Cue::kHead) {
      heads_[last_index] = cue.head;
    } else if (cue.cue == Cue::kPressDigest) {
      press_digest_ = true;
    } else if (cue.cue == Cue::kVersus) {
      for (std::size_t i = first_index; i <= last_index; ++i) versus_[i] = true;
    } else if (cue.cue == Cue::kTeamCue) {
      team_cue_[last_index] = true;
    } else if (cue.cue == Cue::kAdjective) {
      adjective_[first_index] = true;
    } else if (cue.cue == Cue::kNotOrganization) {
      for (std::size_t i = first_index; i <= last_index; ++i) blocked_[i] = true;
    }
    return;
  }
}

// Runs `regex` over normalized_[begin, end), marking the cue of each match:
// `cue_of_group` gives the cue of each capturing group (nullptr: none).
void OrganizationFinder::MarkMatches(const RE2& regex,
                                     const std::vector<const RuleCue*>& cue_of_group,
                                     std::size_t begin, std::size_t end) {
  std::vector<re2::StringPiece> groups(cue_of_group.size());
  std::size_t position = begin;
  while (position < end && regex.Match(normalized_, position, end, RE2::UNANCHORED, groups.data(),
                                       static_cast<int>(groups.size()))) {
    const std::size_t whole_end =
        static_cast<std::size_t>(groups[0].data() - normalized_.data()) + groups[0].size();
    std::size_t next = std::max(position + 1, whole_end);
    for (std::size_t g = 1; g < groups.size(); ++g) {
      if (cue_of_group[g] == nullptr || groups[g].data() == nullptr || groups[g].empty()) continue;
      const auto group_start = static_cast<std::size_t>(groups[g].data() - normalized_.data());
      const std::size_t group_end = group_start + groups[g].size();
      next = std::max(position + 1, group_end);
      MarkCue(*cue_of_group[g], group_start, group_end);
      break;
    }
    position = next;
  }
}

// The combined head rules, tried (anchored) only where they can matter: at
// each capitalized word and at the word after one ("the OSCE area"); the
// team-sport rules only when the first line names a team sport.
// The head rules that list the leading part of the word starting at
// `word_start`, tried in order as the alternatives of head_cues would be.
// A rule whose tail is a word end or a literal (HeadTail) is matched by
// comparing its word list in the regex's order; any other runs its regex
// anchored at `from` (the character before the word), a DFA-only test
// first, then the group over exactly the span found.
void OrganizationFinder::MarkHeadOfListing(
    const std::vector<OrganizationExtractor::Impl::HeadListing>& listing, std::size_t word_start,
    std::size_t from, std::size_t to) {
  // Every rule of a listing starts with "^" or one character that is no
  // letter or digit, and then its word list at the word.
  const UChar32 before = CodePointBefore(normalized_, word_start);
  const bool boundary = word_start == 0 || (before >= 0 && !IsLetterOrNumber(before));
  for (const OrganizationExtractor::Impl::HeadListing& entry : listing) {
    const int position = entry.position;
    const int index = impl_.head_cue_rules[position];
    const Rule& rule = impl_.rules.rules()[index];
    const RuleCue& cue = impl_.cues[index];
    const HeadTail& tail = impl_.head_tails[position];
    if (tail.kind != HeadTail::Kind::kRegex) {
      if (!boundary) continue;
      // The alternatives in the regex's order: the first that matches is the
      // one RE2 takes. (Those of another first byte cannot match here.)
      for (const std::string& word : entry.words) {
        const std::size_t end = word_start + word.size();
        if (end > to || normalized_.compare(word_start, word.size(), word) != 0) continue;
        const bool tail_matches =
            tail.kind == HeadTail::Kind::kWordEnd
                ? end == normalized_.size() || (end < to && IsWordEndAt(end, to))
                : end + tail.literal.size() <= to &&
                      normalized_.compare(end, tail.literal.size(), tail.literal) == 0;
        if (!tail_matches) continue;
        MarkCue(cue, word_start, end);
        return;
      }
      continue;
    }
    const RE2& regex = *rule.regex;
    re2::StringPiece whole;
    if (!regex.Match(normalized_, from, to, RE2::ANCHOR_START, &whole, 1)) continue;
    std::vector<re2::StringPiece> groups(cue.group + 1);
    if (cue.group > 0 &&
        regex.Match(normalized_, from, from + whole.size(), RE2::ANCHOR_BOTH, groups.data(),
                    static_cast<int>(groups.size()))) {
      const re2::StringPiece& group = groups[cue.group];
      if (group.data() != nullptr && !group.empty()) {
        const auto group_start = static_cast<std::size_t>(group.data() - normalized_.data());
        MarkCue(cue, group_start, group_start + group.size());
      }
    }
    return;
  }
}

// Whether the character at `at` (before `to`) is no letter or digit: RE2's
// [^\pL\pN] there.
bool OrganizationFinder::IsWordEndAt(std::size_t at, std::size_t to) const {
  const UChar32 c = CodePointAt(normalized_.substr(0, to), at);
  return c >= 0 && !IsLetterOrNumber(c);
}

void OrganizationFinder::MarkHeads() {
  if (words_.empty()) return;
  // Room for the groups of any one head rule.
  std::vector<re2::StringPiece> groups(impl_.head_cue_of_group.size());
  bool previous_capitalized = false;
  for (std::size_t i = 0; i < words_.size(); ++i) {
    const bool capitalized = words_[i].capitalized || words_[i].all_caps;
    const bool try_here = (capitalized || previous_capitalized) && !words_[i].shouting;
    previous_capitalized = capitalized;
    if (!try_here) continue;
    const std::size_t from = words_[i].start == 0 ? 0 : words_[i].start - 1;
    // No head spans more than three words; the character after the last
    // lets a rule see the word's end.
    const std::size_t to =
        std::min<std::size_t>(words_[std::min(i + 3, words_.size() - 1)].end + 1,
                              normalized_.size());
    if (!impl_.head_rules_by_lead.empty()) {
      const auto listing = impl_.head_rules_by_lead.find(LeadingPart(WordText(i)));
      if (listing != impl_.head_rules_by_lead.end()) {
        MarkHeadOfListing(listing->second, words_[i].start, from, to);
      }
      continue;
    }
    // A DFA-only test first; submatches only for the rare match.
    re2::StringPiece whole;
    if (!impl_.head_cues->Match(normalized_, from, to, RE2::ANCHOR_START, &whole, 1)) continue;
    // The alternatives of head_cues are tried in order, so the one that
    // matched is the first rule matching exactly `whole`; its cue group is
    // the only group of that alternative with a cue.
    const std::size_t whole_end = from + whole.size();
    for (int index : impl_.head_cue_rules) {
      const RuleCue& cue = impl_.cues[index];
      const int group_count = cue.group + 1;
      if (!impl_.rules.rules()[index].regex->Match(normalized_, from, whole_end,
                                                   RE2::ANCHOR_BOTH, groups.data(),
                                                   group_count)) {
        continue;
      }
      const re2::StringPiece& group = groups[cue.group];
      if (cue.group > 0 && group.data() != nullptr && !group.empty()) {
        const auto group_start = static_cast<std::size_t>(group.data() - normalized_.data());
        MarkCue(cue, group_start, group_start + group.size());
      }
      break;
    }
  }
  // A body named in a language that writes its head inside one compound
  // word: "Bundespolizei", "Bundesamt", "Zollamt" (German).
  for (std::size_t i = 0; i < words_.size(); ++i) {
    if (heads_[i] == Head::kNone && words_[i].capitalized && !words_[i].all_caps &&
        !words_[i].shouting && impl_.compound_heads.Matches(WordText(i))) {
      heads_[i] = Head::kOrg;
    }
  }
  const std::size_t first_line_end = std::min(normalized_.find('\n'), normalized_.size());
  for (int index : impl_.team_sport_rules) {
    MarkMatches(*impl_.rules.rules()[index].regex, impl_.cue_of_group[index], 0, first_line_end);
  }
  if (!team_sport_) return;
  for (int index : impl_.team_context_rules) {
    MarkMatches(*impl_.rules.rules()[index].regex, impl_.cue_of_group[index], 0,
                normalized_.size());
  }
}

void OrganizationFinder::FindKnown() {
  const BodyTable& table = impl_.table;
  std::string key;
  std::string exact;
  // A known name whose Arabic article is written in lower case and
  // hyphen-joined to a capitalized word ("al-Qaeda", "al-Shabaab") starts
  // a lookup too; it matches only as the table writes it.
  std::vector<std::size_t> particle_led;
  for (std::size_t k = 0; k < words_.size(); ++k) {
    const NameWord& word = words_[k];
    if (word.capitalized || word.all_caps || word.raw_end - word.raw_start < 4) continue;
    const std::string_view raw = text_.raw.substr(word.raw_start, 4);
    if ((raw.starts_with("al-") || raw.starts_with("el-")) && raw[3] >= 'A' && raw[3] <= 'Z') {
      particle_led.push_back(k);
    }
  }
  const auto next_start = [&](std::size_t from) {
    const std::size_t capitalized = NextCapitalized(from);
    const auto led = std::lower_bound(particle_led.begin(), particle_led.end(), from);
    return led != particle_led.end() && *led < capitalized ? *led : capitalized;
  };
  for (std::size_t i = next_start(0); i < words_.size();) {
    const bool led_start = !words_[i].capitalized && !words_[i].all_caps;
    key.assign(WordText(i));
    std::size_t best_last = 0;
    const BodyName* best = nullptr;
    for (std::size_t j = i;;) {
      const auto found = table.keys.find(key);
      if (found != table.keys.end()) {
        for (const BodyName& name : found->second.names) {
          bool ok = false;
          if (name.acronym) {
            exact = RawWords(i, j);
            ok = exact == name.exact && !(words_[i].shouting && exact.size() <= 3) &&
                 !(i == j && IsWhoBlockLabel(i));
          } else {
            // A one-word name may end in its possessive's "s" ("Lloyd's",
            // "Moody's", tokenized "Lloyd 's"): that word is in lower case.
            // (News annotation leaves it out of "Standard & Poor 's".)
            const bool possessive_end = j == i + 1 && WordText(j) == "s" &&
                                        (Gap(j) == "'" || Gap(j) == " '");
            ok = (words_[j].capitalized || words_[j].all_caps || possessive_end) &&
                 (words_[i].capitalized || words_[i].all_caps);
            // A name the table writes with a lower-case last word matches
            // as written ("Institut français"; not a possessive's "s").
            if (!ok && j > i && words_[i].capitalized && !words_[j].capitalized &&
                WordText(j) != "s") {
              exact = RawWords(i, j);
              ok = exact == name.exact;
            }
            if (!ok && led_start && (words_[j].capitalized || i == j)) {
              exact = RawWords(i, j);
              ok = exact == name.exact;
            }
          }
          if (ok) {
            best = &name;
            best_last = j;
            break;
          }
        }
      }
      if (j + 1 >= words_.size() || j + 1 - i >= table.max_words) break;
      if (found == table.keys.end() || !found->second.has_longer) break;
      const std::string_view gap = Gap(j + 1);
      // A possessive inside a known name ("United Nations Children's Fund"):
      // its "s" is a word of the key, in the table as in the text.
      // Tokenized news writes it apart: "Moody 's Investors Service".
      const bool possessive_gap = (words_[j].possessive && gap == "'") ||
                                  (gap == " '" && WordText(j + 1) == "s");
      if (gap != " " && gap != "/" && gap != " & " && gap != " / " && !possessive_gap) break;
      ++j;
      key += ' ';
      key.append(WordText(j));
    }
    // "the Minister of Labour and Social Protection": a one-word name
    // right after a minister's or a ministry's "of" is its portfolio, not
    // the body (the Labour Party); "the leader of Labour" is the party.
    if (best != nullptr && !best->acronym && best_last == i && i >= 2 && Gap(i) == " " &&
        WordText(i - 1) == "of" && Gap(i - 1) == " " &&
        (WordText(i - 2) == "minister" || WordText(i - 2) == "ministry" ||
         WordText(i - 2) == "secretary")) {
      best = nullptr;
    }
    if (best == nullptr) {
      i = next_start(i + 1);
      continue;
    }
    const std::size_t first =
        best->acronym || led_start ? i : KnownNameOpenedBefore(i, best->body);
    known_.push_back(KnownMatch{first, best_last, best->body, best->acronym});
    known_start_[first] = true;
    i = next_start(best_last + 1);
  }
}

// The first word of the name of the known body `body` whose table name
// starts at word i: "International Red Cross", "International Red
// Crescent" (a capitalized "International" right before the name); a
// national Red Cross or Red Crescent society is named by its people's
// adjective, after a compass word or not ("North Korean Red Cross").
std::size_t OrganizationFinder::KnownNameOpenedBefore(std::size_t i, std::uint32_t body) {
  const auto capitalized_before = [&](std::size_t k) {
    return k >= 1 && SpaceBefore(k) && words_[k - 1].capitalized && !words_[k - 1].all_caps;
  };
  if (!capitalized_before(i) || (!known_.empty() && known_.back().last + 1 >= i)) return i;
  const std::string_view before = WordText(i - 1);
  if (before == "international") return i - 1;
  const std::string_view canonical = impl_.table.bodies[body].canonical;
  if (canonical != "Red Cross" || !IsAdjectiveOfAPeople(before) ||
      impl_.function_words.Matches(before)) {
    return i;
  }
  return capitalized_before(i - 1) && IsCompassWord(WordText(i - 2)) ? i - 2 : i - 1;
}

// A known unit written right after the name of the top-level body it belongs
// to is one name with it, the longest as written: "United Nations
// Counter-Terrorism Committee Executive Directorate", "UN Counter-Terrorism
// Committee" (the unit's parent is that body). Known matches come in text
// order, so a unit is the match right after its parent's.
void OrganizationFinder::JoinKnownUnitsToTheirParent() {
  const std::vector<Body>& bodies = impl_.table.bodies;
  std::vector<KnownMatch> joined;
  joined.reserve(known_.size());
  for (const KnownMatch& match : known_) {
    if (!joined.empty()) {
      KnownMatch& before = joined.back();
      const Body& top = bodies[before.body];
      const Body& unit = bodies[match.body];
      if (before.last + 1 == match.first && Gap(match.first) == " " && top.parent == top.canonical &&
          unit.parent == top.canonical && unit.canonical != top.canonical) {
        known_start_[match.first] = false;
        before.last = match.last;
        before.body = match.body;
        before.acronym = false;
        continue;
      }
    }
    joined.push_back(match);
  }
  known_.swap(joined);
}

// A UN agency's acronym or short name right before a country's name, on
// one line, names the agency's country office, one body with the country
// inside: "UNICEF Tajikistan", "UNDP Uzbekistan", "UN Women Kazakhstan"
// signing a statement or a contact line. So does an NGO's or a national
// development agency's (a body with no parent that is no company or team):
// "International Alert Kyrgyzstan", "GIZ Uzbekistan".
namespace {

// Whether the raw word "d'Ouzbékistan" (straight or curly apostrophe) goes on
// with a capital letter after its elision.
bool CapitalAfterElision(std::string_view raw) {
  std::size_t after = 1;
  if (raw.substr(after, 1) == "'") {
    after += 1;
  } else if (raw.substr(after, 3) == "\u2019") {
    after += 3;
  } else {
    return false;
  }
  if (after >= raw.size()) return false;
  return u_isupper(CodePointAt(raw, after));
}

}  // namespace

void OrganizationFinder::JoinCountryOffices() {
  constexpr std::size_t kMaxCountryWords = 3;
  for (KnownMatch& match : known_) {
    const Body& body = impl_.table.bodies[match.body];
    const bool un_agency = body.parent == "UN" && body.canonical != "UN";
    const bool unaffiliated_body = body.parent.empty() && body.kind.empty();
    if (!un_agency && !unaffiliated_body) continue;
    if (!match.acronym && RawWords(match.first, match.last) != body.canonical) continue;
    const std::size_t next = match.last + 1;
    if (next >= words_.size() || known_start_[next]) continue;
    // "Institut français d'Ouzbékistan": a French name's country after an
    // elided "d'", in one word with it.
    if (const std::string_view word = WordText(next);
        Gap(next) == " " && word.size() > 2 && word.starts_with("d'") &&
        impl_.french_country_keys.count(std::string(word.substr(2))) != 0 &&
        CapitalAfterElision(text_.raw.substr(words_[next].raw_start,
                                             words_[next].raw_end - words_[next].raw_start))) {
      match.last = next;
      match.acronym = false;
      continue;
    }
    for (std::size_t last = next; last < words_.size() && last < next + kMaxCountryWords; ++last) {
      if (Gap(last) != " " || !words_[last].capitalized) break;
      if (impl_.country_keys.count(KeyOfWords(next, last)) != 0) {
        match.last = last;
        match.acronym = false;
        break;
      }
    }
    if (!match.acronym) continue;
    // "UNICEF Europe and Central Asia", "UNDP Latin America and the
    // Caribbean": a region's name ending the agency's is its regional office.
    if (const std::size_t region_last = RegionEnd(next); region_last != 0) {
      match.last = region_last;
      match.acronym = false;
      continue;
    }
    // "UNHCR Dushanbe, +992 ...": a city's office, the city a place found
    // in the text and the end of the contact line's item.
    if (const std::size_t city_last = CityEndingAnItem(next); city_last != 0) {
      match.last = city_last;
      match.acronym = false;
    }
  }
}

// "Feyenoord Rotterdam 3 Volendam 0", "Schalke 04 4 0 3 1": in a
// team-sport document a known club's name goes on over its home town
// written right after it (a place found in the text, one or two words; in
// a results line, where a town before a score is read as no place, one
// capitalized word before the score) or over the number in its name: one
// club, one name, as results and tables write it ("Feyenoord" alone
// elsewhere stays the club).
void OrganizationFinder::JoinTeamsToTheirHomes() {
  if (!team_sport_) return;
  constexpr std::size_t kMaxHomeWords = 2;
  for (KnownMatch& match : known_) {
    if (match.acronym || impl_.table.bodies[match.body].kind != kKindTeam) continue;
    const std::size_t next = match.last + 1;
    if (next >= words_.size() || known_start_[next] || Gap(next) != " ") continue;
    if (IsClubNumber(next) && WordText(next).size() == 2) {
      match.last = next;
      continue;
    }
    if (IsTeamWord(next) && !words_[next].shouting && next + 1 < words_.size() &&
        Gap(next + 1) == " " && IsScore(next + 1)) {
      match.last = next;
      continue;
    }
    for (std::size_t last = next; last < words_.size() && last < next + kMaxHomeWords; ++last) {
      if ((last > next && Gap(last) != " ") || !(words_[last].capitalized || words_[last].all_caps)) {
        break;
      }
      if (IsPlaceExactly(next, last)) {
        match.last = last;
        break;
      }
    }
  }
}

// The last word of a place found in the text that starts at word `first`,
// one or two words on one line, when a comma or a line's end follows it
// ("UNHCR Dushanbe, +992 44 ..."); 0 otherwise.
std::size_t OrganizationFinder::CityEndingAnItem(std::size_t first) const {
  constexpr std::size_t kMaxCityWords = 2;
  for (std::size_t last = first; last < words_.size() && last < first + kMaxCityWords; ++last) {
    if (Gap(last) != " " || !words_[last].capitalized || words_[last].all_caps) return 0;
    if (!IsPlaceExactly(first, last)) continue;
    const std::string_view after =
        last + 1 < words_.size() ? Gap(last + 1) : std::string_view(normalized_).substr(words_[last].end);
    const bool ends_item = after.empty() || after.front() == ',' || after.front() == '\n';
    return ends_item ? last : 0;
  }
  return 0;
}

// The last word of a world region's name from word `first` ("Europe and
// Central Asia", "East Asia and the Pacific", "Middle East and North
// Africa"), on one line, that no capitalized word goes on after ("UNDP
// East Timor" names a country); 0 otherwise.
std::size_t OrganizationFinder::RegionEnd(std::size_t first) const {
  static const WordViewSet kRegions = {"europe", "asia", "africa", "america", "americas",
                                       "pacific", "caribbean", "east"};
  static const WordViewSet kQualifiers = {"north", "south", "east", "west", "central",
                                          "eastern", "western", "southern", "northern",
                                          "middle", "latin"};
  constexpr std::size_t kMaxWords = 8;
  std::size_t end = 0;
  for (std::size_t i = first; i < words_.size() && i < first + kMaxWords; ++i) {
    if (Gap(i) != " ") break;
    const std::string_view word = WordText(i);
    if (!words_[i].capitalized || words_[i].all_caps) {
      // "and", "and the" between two regions' names.
      if ((word != "and" && word != "the") || i == first) break;
      continue;
    }
    if (kRegions.contains(word)) {
      end = i;
    } else if (!kQualifiers.contains(word)) {
      break;
    }
  }
  if (end == 0) return 0;
  if (end + 1 < words_.size() && Gap(end + 1) == " " &&
      (words_[end + 1].capitalized || words_[end + 1].all_caps)) {
    return 0;
  }
  return end;
}

// Whether a place found in the text spans exactly words first..last.
bool OrganizationFinder::IsPlaceExactly(std::size_t first, std::size_t last) const {
  if (places_ == nullptr) return false;
  const ByteSpan span{words_[first].raw_start, words_[last].raw_end};
  return std::binary_search(places_->begin(), places_->end(), span, SpanBefore);
}

// "the EAG Plenary will consider": a known body's acronym before the name
// of its plenary or presidium, on one line, is that organ, one body.
void OrganizationFinder::JoinOrgansOfKnownBodies() {
  static const WordViewSet kOrganWords = {"plenary", "presidium"};
  for (KnownMatch& match : known_) {
    const std::size_t organ = match.last + 1;
    if (!match.acronym || organ >= words_.size() || known_start_[organ]) continue;
    if (Gap(organ) != " " || !words_[organ].capitalized || !kOrganWords.contains(WordText(organ))) {
      continue;
    }
    const bool named_on = organ + 1 < words_.size() && SpaceBefore(organ + 1) &&
                          words_[organ + 1].capitalized;
    if (named_on) continue;  // "FATF Plenary Week" names an event
    match.last = organ;
    match.acronym = false;
  }
}

// Names whose words an ampersand joins are firms' ("Duff & Phelps",
// "Hambrecht & Quist", "Douglas & Lomason"): without a head word of their
// own, the last word after the ampersand is taken for a company's.
void OrganizationFinder::MarkAmpersandFirms() {
  for (std::size_t i = NextCapitalized(1); i < words_.size(); i = NextCapitalized(i + 1)) {
    if (!AmpersandBefore(i) || !IsNameWord(i - 1) || !IsNameWord(i)) continue;
    std::size_t last = i;
    while (last + 1 < words_.size() && SpaceBefore(last + 1) && IsNameWord(last + 1)) ++last;
    bool has_head = false;
    for (std::size_t k = i; k <= last; ++k) has_head = has_head || heads_[k] != Head::kNone;
    if (!has_head) {
      heads_[last] = Head::kSuffix;
      partner_head_[last] = true;
    }
    i = last;
  }
}

void OrganizationFinder::Run(std::vector<Mention>* out) {
  MarkHeads();
  MarkAmpersandFirms();
  FindKnown();
  JoinKnownUnitsToTheirParent();
  JoinCountryOffices();
  JoinTeamsToTheirHomes();
  JoinOrgansOfKnownBodies();

  // Names grown around head words, overlapping ones merged.
  std::vector<Span> spans;
  // A quoted name after a kind of body (QuotedNameAfterKind) is that body,
  // unless a name already taken reaches it.
  const auto add_quoted = [&](const std::pair<std::size_t, std::size_t>& quoted) {
    if (!spans.empty() && quoted.first <= spans.back().last) return;
    spans.push_back(Span::Quoted(quoted));
  };
  for (std::size_t h = 0; h < words_.size(); ++h) {
    if (heads_[h] == Head::kNone || !IsNameWord(h)) continue;
    // "United" of "the United States": a brand word that opens a place's
    // name heads no body ("Dow Chemical Co of the United States").
    if (heads_[h] == Head::kSuffix && OpensALongerPlace(h)) continue;
    if (heads_[h] == Head::kGovernment) {
      // Only "Government(s) of X", "Government of the Kyrgyz Republic".
      if (h + 2 >= words_.size() || WordText(h + 1) != "of") continue;
      const std::size_t named = WordText(h + 2) == "the" ? h + 3 : h + 2;
      if (named >= words_.size() || !IsNameWord(named)) continue;
    }
    if (const auto named = NameAfterNgo(h)) {
      add_quoted(*named);
      continue;
    }
    const bool after_role_of = PrecededByRoleOf(h) || InPortfolioAfterRoleOf(h);
    if (after_role_of && !NamedBodyAfterRoleOf(h)) {
      // "head of the NGO «Mehr»": the post is of the body quoted after.
      if (const auto quoted = QuotedNameAfterKind(h, h)) add_quoted(*quoted);
      continue;
    }
    // "National Programme Officer": the head belongs to a post's title; a
    // role in lower case only follows the body ("Foreign Ministry spokesman").
    // A company's legal form ends its name, and a title after it is a
    // person's: "Best Products Co Chairman and Chief Executive Daniel Levy"
    // (not "National Communications Officer").
    if (h + 1 < words_.size() && SpaceBefore(h + 1) && IsRole(h + 1) &&
        (words_[h + 1].capitalized || words_[h + 1].all_caps) &&
        !(heads_[h] == Head::kSuffix && IsAbbreviatedLegalForm(WordText(h)))) {
      continue;
    }
    if (!spans.empty() && h <= spans.back().last) continue;
    auto [first, last] = Grow(h);
    // "Governments of Japan, Finland and the Netherlands": one body, the
    // states that fund together.
    if (heads_[h] == Head::kGovernment && WordText(h) == "governments") {
      last = std::max(last, CountryListEnd(last));
    }
    // After "ROLE of the", a name that a line break cuts ("chairman of the
    // Federation of Economic\nOrganisations") is left to the known bodies.
    if (after_role_of && CutByLineBreak(last)) continue;
    // 'Public Foundation "Youth of Osh"', 'the NGO «Mehr»': a kind of body
    // named by the quoted words after it; those words are the body.
    if (const auto quoted = QuotedNameAfterKind(first, last)) {
      add_quoted(*quoted);
      continue;
    }
    if (!spans.empty() && first <= spans.back().last) {
      spans.back().last = std::max(spans.back().last, last);
      spans.back().first = std::min(spans.back().first, first);
      continue;
    }
    Span span;
    span.first = first;
    span.last = last;
    spans.push_back(span);
  }
  // Trim joiners and function words at the edges.
  std::vector<Span> named;
  for (Span span : spans) {
    if (span.quoted) {
      named.push_back(span);
      continue;
    }
    while (span.first < span.last &&
           (!(words_[span.first].capitalized || words_[span.first].all_caps) ||
            WordClass(span.first) == kFunctionWord)) {
      ++span.first;
    }
    // A French name may end in its adjective: "Gendarmerie nationale".
    while (span.last > span.first &&
           !(words_[span.last].capitalized || words_[span.last].all_caps) &&
           !impl_.name_adjectives.Matches(WordText(span.last))) {
      --span.last;
    }
    if (!HasProperWord(span) || IsLegalFormAlone(span)) continue;
    if (!Classify(&span)) continue;  // no head where one counts ("United Kingdom")
    if (heads_[span.last] == Head::kSuffix) span.kind = team_sport_ ? kKindTeam : kKindCompany;
    if (heads_[span.last] == Head::kDesk) span.kind = kKindDesk;
    named.push_back(span);
  }

  // "the non-governmental organization Ijtimoiy Hamkorlik": a kind of body
  // written in lower case before a name, as "NGO" is. 'the microfinance
  // organization «Imon International»': before a quoted name any such kind
  // says so.
  static const WordViewSet kKindsBeforeQuotes = {"organization", "organisation", "foundation",
                                                 "association", "fund",         "union",
                                                 "company",      "cooperative"};
  for (std::size_t i = 1; i < words_.size(); ++i) {
    const std::string_view word = WordText(i);
    if (!words_[i].capitalized && !words_[i].all_caps && kKindsBeforeQuotes.contains(word)) {
      if (const auto quoted = QuotedNameAfter(i)) {
        named.push_back(Span::Quoted(*quoted));
        continue;
      }
    }
    if ((word != "organization" && word != "organisation") || words_[i].capitalized ||
        words_[i].all_caps || !SpaceBefore(i)) {
      continue;
    }
    const std::string_view kind = WordText(i - 1);
    if (kind != "non-governmental" && kind != "nongovernmental" && kind != "non-profit") continue;
    if (const auto name = NameAfterKindOfBody(i)) named.push_back(Span::Quoted(*name));
  }

  // A known body's full name wins over a shorter name grown inside it:
  // "Development Trust Fund" inside "United Nations Peace and Development
  // Trust Fund", "Organization for Security" inside the OSCE's name.
  // Both lists run in text order and known bodies never overlap, so one
  // pass pairs each grown name with the only known body that may hold it.
  std::size_t holder = 0;
  for (Span& span : named) {
    while (holder < known_.size() && known_[holder].last < span.first) ++holder;
    if (holder == known_.size()) break;
    const KnownMatch& known = known_[holder];
    if (known.first <= span.first && known.last >= span.last) {
      span.first = known.first;
      span.last = known.last;
    }
    // A known name that starts inside a grown one and runs on past its end
    // is the name: "the NGO Ferghana Valley Lawyers without Borders", grown
    // from "NGO" up to the lower-case "without".
    // But a unit "of" the known body is one name with it, the longest as
    // written: "Regional Office for Central Asia of the Office of the United
    // Nations High Commissioner for Human Rights", grown up to the role
    // word "Commissioner".
    for (std::size_t k = holder; k < known_.size() && known_[k].first <= span.last; ++k) {
      if (known_[k].first > span.first && known_[k].last > span.last) {
        std::size_t of = known_[k].first - 1;
        if (of > span.first && WordText(of) == "the" && SpaceBefore(of + 1)) --of;
        bool unit_of_it = of > span.first && WordText(of) == "of" && SpaceBefore(of) &&
                          SpaceBefore(of + 1);
        bool unit_head = false;
        for (std::size_t i = span.first; unit_of_it && i < of; ++i) {
          unit_head = unit_head || (heads_[i] != Head::kNone && heads_[i] != Head::kProgramme);
        }
        unit_of_it = unit_of_it && unit_head;
        if (!unit_of_it) span.first = known_[k].first;
        span.last = known_[k].last;
        break;
      }
    }
  }
  std::sort(named.begin(), named.end(), [](const Span& x, const Span& y) {
    return x.first != y.first ? x.first < y.first : x.last > y.last;
  });
  named.erase(std::unique(named.begin(), named.end(),
                          [](const Span& kept, const Span& next) {
                            return next.first >= kept.first && next.last <= kept.last;
                          }),
              named.end());

  // Known bodies: the parent of a grown name is that of the first known
  // body inside it; a known body outside every grown name is a name itself,
  // and a grown name that is exactly a known body is an organization
  // ("United Nations Development Programme" names a body, not a programme).
  std::size_t next_known = 0;
  std::vector<Span> all;
  // An online platform's name where the platform is the medium ("accounts
  // on TikTok") names no body, and no other finder may take it for one.
  std::vector<const KnownMatch*> media;
  const auto add_alone = [&](const KnownMatch& known) {
    const Body& body = impl_.table.bodies[known.body];
    if (body.kind == kKindPlatform && !PlatformActs(known.last)) {
      media.push_back(&known);
      return;
    }
    all.push_back(Span{known.first, known.last, MentionType::kOrganization, body.canonical,
                       body.parent, true, body.kind});
  };
  for (Span& span : named) {
    while (next_known < known_.size() && known_[next_known].last < span.first) {
      add_alone(known_[next_known++]);
    }
    bool parent_set = false;
    while (next_known < known_.size() && known_[next_known].first <= span.last) {
      const KnownMatch& known = known_[next_known++];
      if (known.first < span.first || known.last > span.last) continue;  // straddles: drop
      const Body& body = impl_.table.bodies[known.body];
      if (!parent_set) {
        // "the Council of Ministers of the Republic of Karakalpakstan",
        // "Secretariat of the Security Council of the Kyrgyz Republic": a
        // known name "of" a place inside a body is that place's namesake.
        std::size_t after = known.last + 1;
        const bool of_a_place = after + 1 <= span.last &&
                                WordText(after) == "of" &&
                                OverlapsPlace(after + 1, span.last);
        span.parent = of_a_place ? std::string() : body.parent;
        parent_set = true;
      }
      if (known.first == span.first && known.last == span.last) {
        span.canonical = body.canonical;
        span.known = true;
        span.type = MentionType::kOrganization;
        if (!body.kind.empty()) span.kind = body.kind;
      }
    }
    // "OHCHR's Regional Office for Central Asia": a unit after a known
    // body's possessive belongs to that body's top-level body.
    // The possessive's "s" is a word of its own after the possessor.
    const std::size_t possessor =
        span.first >= 2 && WordText(span.first - 1) == "s" && words_[span.first - 2].possessive
            ? span.first - 2
            : span.first;
    if (!parent_set && possessor < span.first) {
      for (const KnownMatch& known : known_) {
        if (known.last != possessor) continue;
        const Body& owner = impl_.table.bodies[known.body];
        if (owner.kind.empty()) span.parent = owner.parent;
        break;
      }
    }
    all.push_back(span);
  }
  for (; next_known < known_.size(); ++next_known) add_alone(known_[next_known]);

  std::vector<bool> covered(words_.size(), false);
  for (const Span& span : all) {
    for (std::size_t i = span.first; i <= span.last; ++i) covered[i] = true;
  }
  for (const KnownMatch* known : media) {
    for (std::size_t i = known->first; i <= known->last; ++i) covered[i] = true;
  }
  FindInitialledNames(&covered, &all);
  std::set<std::string> aliases;
  FindCuedNames(&covered, &all, &aliases);
  FindPapersThatSay(&covered, &all, &aliases);
  FindAcronymsBeforeCues(&covered, &all, &aliases);
  FindBroadcasters(&covered, &all, &aliases);
  FindNamesInBusinessContext(&covered, &all, &aliases);
  if (press_digest_) FindMastheads(&covered, &all);
  std::vector<std::size_t> first_words;  // of companies' names, for CoinedWords
  for (const Span& span : named) {
    if (span.type != MentionType::kOrganization || heads_[span.last] != Head::kSuffix) continue;
    std::size_t last = span.last;
    while (last > span.first && heads_[last] == Head::kSuffix) --last;
    if (heads_[last] == Head::kSuffix || heads_[last] != Head::kNone) continue;
    // "Roy F. Weston Inc" goes by "Weston Inc" and "Weston": the words
    // after a person's initials.
    std::size_t alias_first = span.first;
    for (std::size_t i = span.first + 1; i <= last; ++i) {
      if (Gap(i) == ". ") alias_first = i;
    }
    bool plain_name = true;  // no "X of Y", no "Duff & Phelps" (a partner is no legal form)
    for (std::size_t i = alias_first; i <= span.last; ++i) {
      plain_name = plain_name && JoinerOf(WordText(i)) == Joiner::kNone && !partner_head_[i];
    }
    if (!plain_name) continue;
    const std::string alias = KeyOfWords(alias_first, last);
    if (impl_.country_keys.count(alias) == 0) aliases.insert(alias);
    // "IVAC" of "IVAC Medical Systems Inc.", "Barrick" of "Barrick Gold
    // Corp": the first word alone, when the document has no other use for it.
    if (last > alias_first) first_words.push_back(alias_first);
    // "Boatmen 's" of "Boatmen 's Bancshares Inc.": a name that opens with
    // a possessive goes by the possessive, its "'s" included (FindTeams).
    if (last > alias_first + 1 && PossessiveSAfter(alias_first)) {
      aliases.insert(KeyOfWords(alias_first, alias_first) + std::string(kPossessiveKey));
    }
  }
  for (std::size_t i : CoinedWords(std::move(first_words))) aliases.insert(KeyOfWords(i, i));
  // "the European Commission" ... "Commission spokesman Gerard Kiely", "the
  // Commission 's position": the head word of a commission, a legislature
  // or an authority, capitalized, stands alone for the body the text named
  // with it ("the National Assembly" ... "the Assembly"). Only heads ending
  // a name of two or more words. Not a college, a department, a court or a
  // council, which press releases name alone as kinds of bodies ("the
  // College", "the Court") and news as other bodies ("Council resolutions").
  static const WordViewSet kShortFormHeads = {"commission", "assembly", "parliament",
                                              "senate",     "congress", "authority"};
  for (const Span& span : all) {
    if (span.type != MentionType::kOrganization || span.last == span.first ||
        heads_[span.last] != Head::kOrg || !words_[span.last].capitalized ||
        words_[span.last].all_caps || kShortFormHeads.count(WordText(span.last)) == 0) {
      continue;
    }
    aliases.insert(KeyOfWords(span.last, span.last));
  }
  // "Real Madrid coach Fabio Capello ... enough to earn Real a point": in a
  // team-sport report a known club of two words goes by its first word
  // alone, unless that word is a place ("Manchester" of "Manchester
  // United"), a compass word ("West Ham"), a people's adjective, or a word
  // the text writes in lower case too.
  if (team_sport_) {
    for (const Span& span : all) {
      if (!span.known || span.kind != kKindTeam || span.last != span.first + 1) continue;
      const std::string_view word = WordText(span.first);
      if (word.size() < 3 || words_[span.first].all_caps || IsCompassWord(word) ||
          LooksLikeAPeoplesAdjective(word) || OverlapsPlace(span.first, span.first) ||
          WrittenInLowerCaseElsewhere(span.first, span.first)) {
        continue;
      }
      aliases.insert(KeyOfWords(span.first, span.first));
    }
  }
  FindTeams(covered, std::move(aliases), &all);

  // Acronyms defined in parentheses, and their later uses.
  struct Defined {
    std::string exact;  // raw words joined by ' '
    std::size_t word_count = 0;
    Span like;          // type, canonical, parent to copy
    std::size_t defined_at = 0;
  };
  std::vector<Defined> defined;
  std::vector<Span> acronyms;
  for (Span& span : all) {
    std::size_t first = 0;
    std::size_t last = 0;
    if (!AcronymAfter(span.last, &first, &last)) continue;
    Span acronym{first, last, span.type, span.canonical, span.parent, false};
    const std::string exact = RawWords(first, last);
    if (!span.known) {
      // The acronym may itself be a known body: take its canonical id.
      std::string key;
      for (std::size_t i = first; i <= last; ++i) {
        if (!key.empty()) key += ' ';
        key.append(WordText(i));
      }
      if (const auto* names = impl_.table.NamesOf(key); names != nullptr) {
        const Body& body = impl_.table.bodies[names->front().body];
        acronym.canonical = body.canonical;
        if (acronym.parent.empty()) acronym.parent = body.parent;
        span.parent = acronym.parent;
      } else {
        acronym.canonical = exact;
      }
      span.canonical = acronym.canonical;
    }
    acronyms.push_back(acronym);
    if (const std::size_t second = SecondShortFormAfter(last); second != 0) {
      Span other = acronym;
      other.first = other.last = second;
      acronyms.push_back(other);
      defined.push_back(Defined{RawWords(second, second), 1, other, second + 1});
    }
    // A short form of two or more words ("Dutch PTT", "SCO RATS") says
    // too much to be anything else: a headline's use before it is the body
    // too. One word may be another's initials before its definition.
    defined.push_back(Defined{exact, last - first + 1, acronym, last > first ? 0 : last + 1});
    // "( Dutch PTT )": after a people's adjective the acronym alone is the
    // body's short form too ("PTT earlier announced ...").
    if (last == first + 1 && words_[last].all_caps && !words_[last].shouting &&
        words_[first].capitalized && !words_[first].all_caps &&
        IsAdjectiveOfAPeople(WordText(first))) {
      Span alone = acronym;
      alone.first = last;
      defined.push_back(Defined{RawWords(last, last), 1, alone, last + 1});
    }
  }
  // A name quoted after a kind of body ('Public Foundation «Bir Duino»') is
  // a proper name: its uses elsewhere, a headline's before it included, are
  // that body.
  for (const Span& span : all) {
    if (!span.quoted) continue;
    defined.push_back(
        Defined{RawWords(span.first, span.last), span.last - span.first + 1, span, 0});
  }
  InheritParentAfterIts(&all);
  for (Span& span : all) ExtendOverAPlacesTypeWord(&span);
  for (const Span& span : all) Emit(span, out);
  for (const Span& span : acronyms) Emit(span, out);
  // Later uses: one pass over the words, each defined acronym looked up by
  // its first word (the earliest definition of an acronym wins).
  std::unordered_map<std::string, std::vector<const Defined*>> by_first_word;
  std::set<std::string> seen;
  for (const Defined& definition : defined) {
    if (!seen.insert(definition.exact).second) continue;
    by_first_word[definition.exact.substr(0, definition.exact.find(' '))].push_back(&definition);
  }
  // A later use inside a programme's name is part of that name ("the
  // UNODC Global Programme on ..."), as a body's name before a programme's
  // capitalized words is ("EU-UN Joint Partnership").
  std::vector<bool> in_programme(words_.size(), false);
  // Nor is one inside a longer body's name: "the CSTO Secretariat" names
  // the Secretariat only (GUIDELINES: the longest name as written).
  std::vector<std::size_t> body_name_words(words_.size(), 0);
  for (const Span& span : all) {
    const std::size_t length = span.last - span.first + 1;
    for (std::size_t i = span.first; i <= span.last; ++i) {
      if (span.type == MentionType::kProgramme) in_programme[i] = true;
      if (span.type == MentionType::kOrganization) {
        body_name_words[i] = std::max(body_name_words[i], length);
      }
    }
  }
  // A release's title line may open with the acronym its text defines
  // below, before a colon ("DCA: heroin seizures fall ..." over "... Agency
  // (DCA)"): that use counts before the definition, unless the line is in
  // capitals.
  const auto in_title = [&](std::size_t i) {
    const std::size_t end = words_[i].raw_end;
    return i == 0 && words_[i].all_caps && !words_[i].shouting && end < text_.raw.size() &&
           text_.raw[end] == ':' && text_.raw.find('\n', end) != std::string_view::npos;
  };
  // A use of "Dutch PTT" holds no use of "PTT" of its own.
  std::size_t used_end = 0;  // one past the last word of the latest use
  for (std::size_t i = NextCapitalized(0); i < words_.size() && !by_first_word.empty();
       i = NextCapitalized(i + 1)) {
    if (i < used_end) continue;
    if (i > 0 && Gap(i).empty()) continue;
    if (in_programme[i]) continue;
    const auto found = by_first_word.find(std::string(
        text_.raw.substr(words_[i].raw_start, words_[i].raw_end - words_[i].raw_start)));
    if (found == by_first_word.end()) continue;
    for (const Defined* definition : found->second) {
      const std::size_t last = i + definition->word_count - 1;
      if ((i < definition->defined_at && !in_title(i)) || last >= words_.size()) continue;
      if (last + 1 < words_.size() && Gap(last + 1).empty()) continue;
      if (RawWords(i, last) != definition->exact) continue;
      if (body_name_words[i] > definition->word_count) continue;
      Span use = definition->like;
      use.first = i;
      use.last = last;
      Emit(use, out);
      used_end = std::max(used_end, last + 1);
    }
  }
  EmitAcronymsJoinedByDashes(covered, out);
  EmitNamesInCapitals(out);
}

// "the UNDP–UNICEF project", "a joint UN-EU mission": known acronyms joined
// by dashes before a word in lower case are the bodies that share the thing
// named after them, one mention each. Before a capitalized word they are
// part of that name ("EU-UN Joint Partnership", a programme).
void OrganizationFinder::EmitAcronymsJoinedByDashes(const std::vector<bool>& covered,
                                                    std::vector<Mention>* out) {
  const BodyTable& table = impl_.table;
  std::string key;
  std::vector<std::pair<std::size_t, std::size_t>> parts;  // offsets into a word's raw text
  std::vector<const Body*> bodies;
  for (std::size_t i = NextCapitalized(0); i < words_.size(); i = NextCapitalized(i + 1)) {
    const NameWord& word = words_[i];
    if (!word.all_caps || word.shouting) continue;
    // Normalization writes every dash as '-'.
    const std::string_view folded = WordText(i);
    if (folded.find('-') == std::string_view::npos || covered[i] || blocked_[i]) continue;
    if (i + 1 < words_.size() && (words_[i + 1].capitalized || words_[i + 1].all_caps) &&
        SpaceBefore(i + 1)) {
      continue;
    }
    const std::string_view raw = text_.raw.substr(word.raw_start, word.raw_end - word.raw_start);
    // The parts between ASCII hyphens, en dashes and em dashes.
    parts.clear();
    std::size_t part_start = 0;
    for (std::size_t k = 0; k <= raw.size();) {
      std::size_t dash = 0;
      if (k < raw.size() && raw[k] == '-') {
        dash = 1;
      } else if (raw.substr(k, 3) == "\u2013" || raw.substr(k, 3) == "\u2014") {
        dash = 3;
      }
      if (k == raw.size() || dash != 0) {
        parts.emplace_back(part_start, k);
        if (k == raw.size()) break;
        k += dash;
        part_start = k;
        continue;
      }
      ++k;
    }
    if (parts.size() < 2) continue;
    bodies.clear();
    for (const auto& [from, to] : parts) {
      const std::string_view part = raw.substr(from, to - from);
      key.clear();
      for (char c : part) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      const std::vector<BodyName>* names = table.NamesOf(key);
      if (names == nullptr) break;
      const BodyName* acronym = nullptr;
      for (const BodyName& name : *names) {
        if (name.acronym && name.exact == part) acronym = &name;
      }
      if (acronym == nullptr) break;
      bodies.push_back(&table.bodies[acronym->body]);
    }
    if (bodies.size() != parts.size()) continue;
    for (std::size_t k = 0; k < parts.size(); ++k) {
      const std::size_t start = word.raw_start + parts[k].first;
      const std::size_t end = word.raw_start + parts[k].second;
      if (!emitted_.emplace(start, end).second) continue;
      Mention mention;
      mention.type = MentionType::kOrganization;
      mention.start = start;
      mention.end = end;
      mention.text = std::string(text_.raw.substr(start, end - start));
      mention.attributes["parent"] = bodies[k]->parent;
      if (!bodies[k]->kind.empty()) mention.attributes["kind"] = std::string(bodies[k]->kind);
      mention.attributes["canonical"] = bodies[k]->canonical;
      out->push_back(std::move(mention));
    }
  }
}

// "SOCCER - ROBSON WINS FIRST TROPHY WITH BARCELONA", "BASEBALL - ORIOLES '
// MANAGER ... HOSPITALIZED": a headline in capitals, where capitals say
// nothing, names a body by the name the text gives it elsewhere; the
// longest such name at each word wins.
void OrganizationFinder::EmitNamesInCapitals(std::vector<Mention>* out) {
  if (emitted_names_.empty()) return;
  const auto in_capitals = [&](std::size_t i) {
    return words_[i].shouting && words_[i].all_caps;
  };
  // The headline only: the first line. A dateline's place ("NEW YORK
  // 1996-08-22") is no team's name.
  const std::size_t first_line_end = std::min(normalized_.find('\n'), normalized_.size());
  std::size_t headline_end = 0;  // one past its last word
  WordViewSet headline_words;
  while (headline_end < words_.size() && words_[headline_end].start < first_line_end) {
    if (in_capitals(headline_end)) headline_words.insert(WordText(headline_end));
    ++headline_end;
  }
  // Keys only of the names that start with a headline's word.
  WordMap<std::size_t> by_key;  // key -> mention index
  std::size_t most_words = 0;
  for (const EmittedName& name : emitted_names_) {
    // "GIANTS EDGE PHILLIES 1-0" after "the San Francisco Giants": a team's
    // plural nickname alone names it in the headline.
    const std::string_view last_word = WordText(name.last);
    if (name.last > name.first && last_word.size() > 3 && last_word.ends_with('s') &&
        !words_[name.last].all_caps && headline_words.count(last_word) != 0) {
      const auto kind = (*out)[name.mention].attributes.find("kind");
      if (kind != (*out)[name.mention].attributes.end() && kind->second == kKindTeam) {
        by_key.emplace(KeyOfWords(name.last, name.last), name.mention);
        most_words = std::max<std::size_t>(most_words, 1);
      }
    }
    if (headline_words.count(WordText(name.first)) == 0) continue;
    by_key.emplace(KeyOfWords(name.first, name.last), name.mention);
    most_words = std::max(most_words, name.last - name.first + 1);
  }
  if (by_key.empty()) return;
  for (std::size_t i = 0; i < headline_end; ++i) {
    if (!in_capitals(i)) continue;
    std::size_t last = i;
    while (last + 1 < headline_end && last + 1 < i + most_words && in_capitals(last + 1) &&
           Gap(last + 1) == " ") {
      ++last;
    }
    for (std::size_t end = last + 1; end-- > i;) {
      const auto found = by_key.find(KeyOfWords(i, end));
      if (found == by_key.end()) continue;
      const auto& attributes = (*out)[found->second].attributes;
      const auto attribute = [&](const char* name) {
        const auto value = attributes.find(name);
        return value == attributes.end() ? std::string() : value->second;
      };
      const std::string kind = attribute("kind");
      Span use{i, end, MentionType::kOrganization, attribute("canonical"), attribute("parent"),
               false, kind == kKindTeam      ? kKindTeam
                      : kind == kKindCompany ? kKindCompany
                      : kind == kKindDesk    ? kKindDesk
                                             : std::string_view()};
      Emit(use, out);
      i = end;
      break;
    }
  }
}

}  // namespace organizations_detail
}  // namespace gleaner
