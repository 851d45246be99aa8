// The extraction stage over one Document: normalize the text once, settle
// the document date (given by the reader, else a dateline, else the first
// full date near the top), run every extractor anchored on that date, and
// collect the mentions and document-level facts into an Analysis.
#include "extractors/analyzer.h"

#include <algorithm>
#include <iterator>
#include <numeric>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>

#include <re2/re2.h>

#include "engine/ascii.h"
#include "extractors/counts.h"
#include "extractors/dates.h"
#include "extractors/locations.h"
#include "extractors/other_script_names.h"
#include "extractors/phrase_matcher.h"
#include "extractors/organizations.h"
#include "extractors/persons.h"
#include "extractors/rule_match_memo.h"
#include "extractors/russian_text.h"
#include "extractors/text_parts.h"

namespace gleaner {
namespace {

// A dateline sits in a line starting this close to the top of the text.
constexpr std::size_t kDatelineWindow = 200;
// The first full date counts as the document date within this many bytes,
// or within the first quarter of a longer text.
constexpr std::size_t kFirstDateWindow = 1500;
// Slack past a window, so a date starting inside it is matched whole.
constexpr std::size_t kWindowSlack = 256;

bool IsFullDate(std::string_view value) {
  static constexpr std::string_view kShape = "dddd-dd-dd";
  if (value.size() != kShape.size()) return false;
  for (std::size_t i = 0; i < kShape.size(); ++i) {
    const bool digit = value[i] >= '0' && value[i] <= '9';
    if (kShape[i] == 'd' ? !digit : value[i] != '-') return false;
  }
  return true;
}

// The top of the text where the first full date counts as the document date.
std::size_t TopWindow(const TextView& view) {
  return std::max(kFirstDateWindow, view.raw.size() / 4);
}

// The years of a TIMEX3 value: "2018/2021" -> 2018, 2021; "2021-SP" -> 2021.
void CollectYears(std::string_view value, std::set<int>* years) {
  std::size_t part_start = 0;
  while (part_start <= value.size()) {
    std::size_t part_end = value.find('/', part_start);
    if (part_end == std::string_view::npos) part_end = value.size();
    const std::string_view part = value.substr(part_start, part_end - part_start);
    if (part.size() >= 4 && IsFourDigitYear(part.substr(0, 4))) {
      years->insert(std::stoi(std::string(part.substr(0, 4))));
    }
    part_start = part_end + 1;
  }
}

// How many bytes of `text` the first `raw_length` raw bytes produced, cut
// back to a character boundary.
std::size_t NormalizedLengthOfRaw(const NormalizedText& text, std::size_t raw_length) {
  std::size_t length = static_cast<std::size_t>(
      std::lower_bound(text.raw_start.begin(), text.raw_start.end(), raw_length) -
      text.raw_start.begin());
  while (length > 0 && length < text.text.size() &&
         (static_cast<unsigned char>(text.text[length]) & 0xC0) == 0x80) {
    --length;
  }
  return length;
}

NormalizedText Prefix(const NormalizedText& text, std::size_t length) {
  NormalizedText prefix;
  prefix.text = text.text.substr(0, length);
  prefix.raw_start.assign(text.raw_start.begin(), text.raw_start.begin() + length);
  prefix.raw_end.assign(text.raw_end.begin(), text.raw_end.begin() + length);
  return prefix;
}

// Drops the places that `drop_place` picks whose bytes are exactly those of
// a mention that `is_name` picks.
template <typename NamePredicate, typename PlacePredicate>
void DropPlacesOnNames(std::vector<Mention>* mentions, NamePredicate is_name,
                       PlacePredicate drop_place) {
  std::vector<ByteSpan> names;
  for (const Mention& mention : *mentions) {
    if (is_name(mention)) names.push_back({mention.start, mention.end});
  }
  if (names.empty()) return;
  std::sort(names.begin(), names.end(), SpanBefore);
  std::erase_if(*mentions, [&](const Mention& mention) {
    return mention.type == MentionType::kLocation && drop_place(mention) &&
           std::binary_search(names.begin(), names.end(), ByteSpan{mention.start, mention.end},
                              SpanBefore);
  });
}

// The person extractor keeps a name that is exactly a place only on strong
// evidence (a title, a full name before it: "Dominic Cork ... Cork"); the
// place found at the same span is then wrong. (A place inside a longer name
// is DropPlacesInsideNames's.)
void DropPlacesNamedAsPersons(std::vector<Mention>* mentions) {
  DropPlacesOnNames(
      mentions, [](const Mention& name) { return name.type == MentionType::kPerson; },
      [](const Mention&) { return true; });
}

// A place the gazetteer does not know (no "kind": a name guessed from its
// context, "from Osh, Tem, Batken") on exactly the bytes of an organization
// is that organization: a known body's name or a body's own cue is better
// evidence than a guess ("participants from Interpol and Osh").
void DropGuessedPlacesOnOrganizations(std::vector<Mention>* mentions) {
  DropPlacesOnNames(
      mentions, [](const Mention& name) { return name.type == MentionType::kOrganization; },
      [](const Mention& place) { return !place.attributes.contains("kind"); });
}

bool IsTeam(const Mention& mention) { return OrganizationKind(mention) == "team"; }

// A company's or a news desk's name: "Slough" after "Slough Estates Plc".
bool IsCompanyOrDesk(const Mention& mention) {
  const std::string_view kind = OrganizationKind(mention);
  return kind == "company" || kind == "desk";
}

// A political party or a market named after its land or its city carries
// the place as part of its name, as news annotation reads it: "Kurdistan
// Democratic Party", "New York Mercantile Exchange", "Chicago Board of
// Trade". (A state body's place stays: "Osh State University".)
bool IsPartyOrMarket(const Mention& mention) {
  if (mention.type != MentionType::kOrganization) return false;
  const std::string_view name = mention.text;
  return name.ends_with(" Party") || name.ends_with(" Exchange") ||
         name.ends_with(" Board of Trade");
}

// Whether an organization mention's name is a brand's.
bool IsBrandName(const Mention& mention) {
  const std::string_view kind = OrganizationKind(mention);
  return kind == "team" || kind == "company" || kind == "desk" || IsPartyOrMarket(mention);
}

// A programme-typed name that is the title of a law of a state, a plan for
// a place or a report about one: "Law of the Republic of Uzbekistan",
// "Response Plan for Afghanistan", "Central Asia Human Development Report"
// (not "U.S. Law requires", nor a company's "Delta Dental Plan of San
// Francisco").
bool TitlesADocument(const Mention& mention) {
  static const RE2 kDocumentHead(R"((?:^|\s)(?:Law of|Plan for)\s|\sReport$)");
  return mention.type == MentionType::kProgramme &&
         RE2::PartialMatch(mention.text, kDocumentHead);
}

// A place among the words of a person's name ("Jack London") or of a brand
// name (a team's "Bayern Munich", a company's "America Online Inc", a news
// desk's "London Newsroom") is part of that name, not a place of its own;
// so is a place whose bytes are exactly a team's in a team-sport document
// ("Surrey" in a cricket report; "of Blackburn, Lancashire" elsewhere stays)
// or exactly a company's or a desk's anywhere ("Shares in Slough" after
// "Slough Estates Plc"). So is a place inside a programme's name ("EU Border
// Management Programme in Central Asia"), as one inside a quoted project
// title.
// Places inside other bodies' names stay ("OSCE Centre in Ashgabat"), and so
// do places inside the title of a law, a plan or a report (TitlesADocument),
// which names the country it binds or the region it is about ("Law of the
// Republic of Uzbekistan", "Response Plan for Afghanistan", "Central Asia
// Human Development Report": titles are no bodies, their places are).
void DropPlacesInsideNames(std::vector<Mention>* mentions, bool team_sport) {
  std::vector<ByteSpan> names;
  std::vector<ByteSpan> brands;  // teams and companies that may stand on a place's bytes
  for (const Mention& mention : *mentions) {
    if (mention.type == MentionType::kPerson ||
        (mention.type == MentionType::kProgramme && !TitlesADocument(mention)) ||
        IsBrandName(mention)) {
      names.push_back({mention.start, mention.end});
    }
    if ((team_sport && IsTeam(mention)) || IsCompanyOrDesk(mention)) {
      brands.push_back({mention.start, mention.end});
    }
  }
  if (names.empty()) return;
  std::sort(names.begin(), names.end(), SpanBefore);
  std::sort(brands.begin(), brands.end(), SpanBefore);
  // furthest_end[i]: the largest end among names[0..i].
  std::vector<std::size_t> furthest_end(names.size());
  for (std::size_t i = 0; i < names.size(); ++i) {
    furthest_end[i] = std::max(names[i].end, i == 0 ? std::size_t{0} : furthest_end[i - 1]);
  }
  const auto inside_a_name = [&](const Mention& place) {
    const auto first_at = std::lower_bound(
        names.begin(), names.end(), place.start,
        [](const ByteSpan& name, std::size_t start) { return name.start < start; });
    const std::size_t before = static_cast<std::size_t>(first_at - names.begin());
    // A name starting earlier that reaches the place's end.
    if (before > 0 && furthest_end[before - 1] >= place.end) return true;
    // The longest name starting with the place, when it is longer; or a
    // team's name on exactly the place's bytes (a club named by its home,
    // "Somerset", "Surrey"), or a company's (its short name): the
    // extractors found both, and the brand's evidence (a results line, a
    // team-sport document, the company's full name) is about this use.
    const auto after_same = std::upper_bound(
        first_at, names.end(), place.start,
        [](std::size_t start, const ByteSpan& name) { return start < name.start; });
    if (after_same == first_at) return false;
    if (std::prev(after_same)->end > place.end) return true;
    return std::binary_search(brands.begin(), brands.end(), ByteSpan{place.start, place.end},
                              SpanBefore);
  };
  std::erase_if(*mentions, [&](const Mention& mention) {
    return mention.type == MentionType::kLocation && inside_a_name(mention);
  });
}

// Sports results name the ground of a match on a line of its own, before
// the scores played there: "At Headingley : Yorkshire 529-8", "In Bergen :
// Brann ( Norway ) 2". The one to four capitalized words between "At" or
// "In" opening the line and the colon are a place, whatever other reading
// the extractors gave them ("In Vaduz : Vaduz ( Liechtenstein ) 0").
void AddVenuesOfResults(std::string_view text, std::vector<Mention>* mentions) {
  static const RE2 kVenueLine(
      R"((?m)^(?:At|In) (\p{Lu}[\pL\pM'.-]*(?: \p{Lu}[\pL\pM'.-]*){0,3}) :(?: |$))");
  // What RE2::FindAndConsume does, without a scan of the whole text: a match
  // starts where ^ holds in the rest of the text searched (its first byte,
  // or after a newline) with "At " or "In ", so only those places are tried,
  // anchored, in order; the first that matches is the leftmost match.
  re2::StringPiece rest(text.data(), text.size());
  re2::StringPiece submatches[2];
  const auto next_venue = [&]() -> bool {
    const std::string_view searched(rest.data(), rest.size());
    for (std::size_t at = 0; at < searched.size();) {
      const std::string_view head = searched.substr(at, 3);
      if ((head == "At " || head == "In ") &&
          kVenueLine.Match(rest, at, rest.size(), RE2::ANCHOR_START, submatches, 2)) {
        rest.remove_prefix(static_cast<std::size_t>(submatches[0].end() - rest.data()));
        return true;
      }
      const std::size_t newline = searched.find('\n', at);
      if (newline == std::string_view::npos) break;
      at = newline + 1;
    }
    return false;
  };
  while (next_venue()) {
    const re2::StringPiece& venue = submatches[1];
    const auto start = static_cast<std::size_t>(venue.data() - text.data());
    const std::size_t end = start + venue.size();
    bool placed = false;
    std::erase_if(*mentions, [&](const Mention& mention) {
      if (mention.start < start || mention.end > end) return false;
      if (mention.type == MentionType::kLocation) placed = placed || mention.start == start;
      return mention.type == MentionType::kPerson || mention.type == MentionType::kOrganization;
    });
    if (placed) continue;
    Mention place;
    place.type = MentionType::kLocation;
    place.start = start;
    place.end = end;
    place.text = std::string(venue.data(), venue.size());
    place.attributes["country"] = "";
    mentions->push_back(std::move(place));
  }
}

// Whether any mention overlaps bytes [start, end).
bool Covered(const std::vector<Mention>& mentions, std::size_t start, std::size_t end) {
  return std::any_of(mentions.begin(), mentions.end(), [&](const Mention& mention) {
    return mention.start < end && start < mention.end;
  });
}

// A byte of a word: an ASCII letter or digit, or a byte of a UTF-8 sequence.
bool IsWordByte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsAsciiDigit(c);
}

// Whether text[start, end) is a whole word or run of words.
bool IsWholeWordsAt(std::string_view text, std::size_t start, std::size_t end) {
  return (start == 0 || !IsWordByte(text[start - 1])) &&
         (end == text.size() || !IsWordByte(text[end]));
}

// Whether `word` stands in `text` in lower case, as a whole word.
bool WrittenInLowerCase(std::string_view text, std::string_view word) {
  const std::string lower = AsciiLowerCopy(word);
  for (std::size_t at = text.find(lower); at != std::string_view::npos;
       at = text.find(lower, at + 1)) {
    if (IsWholeWordsAt(text, at, at + lower.size())) return true;
  }
  return false;
}

// The pattern of a headline opening with a company's name: one to three
// capitalized words, then one of `verbs` (see AddHeadlineCompanies).
std::string HeadlineCompanyPattern(const std::vector<std::string>& verbs) {
  std::string alternatives;
  for (const std::string& verb : verbs) {
    if (!alternatives.empty()) alternatives += '|';
    alternatives += verb;
  }
  // Or a reporting period and a result, as results headlines write them:
  // "Loxley H1 net rises", "MARTELA H1 PROFIT FIM 6.3 MLN", "Gateway Data
  // Sciences Q2 net rises".
  constexpr std::string_view kPeriodAndResult =
      R"((?i:[qh][1-4]|[1-4][qh]|fy|[0-9]{1,2}-mths?|(?:three|six|nine)-months?) )"
      R"((?i:net|profit|loss|sales|eps|results|earnings|revenues?|operating|pre-tax|pretax)\b)";
  return R"(^(\p{Lu}[\pL\pM&'.-]*(?: \p{Lu}[\pL\pM&'.-]*){0,2}) (?:(?:)" + alternatives +
         ") |" + std::string(kPeriodAndResult) + ")";
}

// A news headline opens with the company it is about, then what the
// company did, in the present tense: "Boskalis upgrades 1996 outlook",
// "Siam Commercial wins agency bond auctions", "VNU details first-half
// operating profits", or a period's result ("Loxley H1 net rises"). One to
// three capitalized words opening the first
// line, before such a verb, that no extractor read otherwise and that the
// text never writes in lower case (a common noun: "Cholera kills") name an
// organization; so do their other uses in the text, as one story uses one
// name for one company.
void AddHeadlineCompanies(const RE2& headline, const Gazetteer& gazetteer,
                          const Normalizer& normalizer, std::string_view text,
                          std::vector<Mention>* mentions) {
  const std::string_view first_line = text.substr(0, text.find('\n'));
  re2::StringPiece name;
  if (!RE2::PartialMatch(re2::StringPiece(first_line.data(), first_line.size()), headline,
                         &name)) {
    return;
  }
  const std::string_view company(name.data(), name.size());
  if (Covered(*mentions, 0, company.size())) return;
  // "Thai H1 net profit of listed firms falls": a people's adjective is no
  // company.
  if (!gazetteer.CountryOfDemonym(PhraseKey(normalizer, company)).empty()) return;
  std::size_t word_start = 0;
  while (word_start < company.size()) {
    std::size_t word_end = company.find(' ', word_start);
    if (word_end == std::string_view::npos) word_end = company.size();
    if (WrittenInLowerCase(text, company.substr(word_start, word_end - word_start))) return;
    word_start = word_end + 1;
  }
  for (std::size_t at = text.find(company); at != std::string_view::npos;
       at = text.find(company, at + 1)) {
    const std::size_t end = at + company.size();
    if (!IsWholeWordsAt(text, at, end) || Covered(*mentions, at, end)) continue;
    Mention mention;
    mention.type = MentionType::kOrganization;
    mention.start = at;
    mention.end = end;
    mention.text = std::string(company);
    mention.attributes = {{"canonical", mention.text}, {"parent", ""}, {"kind", "company"}};
    mentions->push_back(std::move(mention));
  }
}

// CoNLL-2003 reads the sport opening a "RUGBY UNION - ..." headline as the
// game's governing union, an organization ("RUGBY UNION - MULDER OUT OF
// SECOND TEST": train 8 of 8, dev 4 of 4); "RUGBY LEAGUE - ..." names none.
void AddUnionOfRugbyHeadline(std::string_view text, std::vector<Mention>* mentions) {
  constexpr std::string_view kUnion = "RUGBY UNION";
  if (!text.starts_with(kUnion) || text.substr(kUnion.size(), 3) != " - " ||
      Covered(*mentions, 0, kUnion.size())) {
    return;
  }
  Mention mention;
  mention.type = MentionType::kOrganization;
  mention.start = 0;
  mention.end = kUnion.size();
  mention.text = std::string(kUnion);
  mention.attributes = {{"canonical", mention.text}, {"parent", ""}};
  mentions->push_back(std::move(mention));
}

}  // namespace

// How a dateline looks around its date, matched on the raw line (so case
// and white space are as written): what may stand between the start of the
// line and the date, and what may follow it.
struct Analyzer::DatelineShapes {
  // "Date 2024-09-13", "Dated: 15 October 2021", "Posted on October 15, 2021".
  RE2 keyword_before{
      R"((?i)^[\s\pZ]*(?:date|dated|posted|published|released|updated)(?:[\s\pZ]+on)?)"
      R"([\s\pZ]*:?[\s\pZ]*$)"};
  // "Bishkek, " or "Almaty, Kazakhstan, ", or nothing; then the date must be
  // followed by a dash, a colon, a bar or the end of the line.
  RE2 place_before{R"(^[\s\pZ]*(?:\pL[\pL\pM\pZ .,'()-]*,)?[\s\pZ]*$)"};
  RE2 dash_after{R"(^[\s\pZ]*(?:$|[\p{Pd}|:(]))"};

  bool IsDateline(std::string_view raw, std::size_t line_begin, const Mention& date) const {
    std::size_t line_end = raw.find('\n', date.end);
    if (line_end == std::string_view::npos) line_end = raw.size();
    const re2::StringPiece before(raw.data() + line_begin, date.start - line_begin);
    const re2::StringPiece after(raw.data() + date.end, line_end - date.end);
    if (RE2::FullMatch(before, keyword_before)) return true;
    return RE2::FullMatch(before, place_before) && RE2::PartialMatch(after, dash_after);
  }
  // Only a keyword before the date ("Posted: 25 May 2026").
  bool IsLabelledDate(std::string_view raw, std::size_t line_begin, const Mention& date) const {
    const re2::StringPiece before(raw.data() + line_begin, date.start - line_begin);
    return RE2::FullMatch(before, keyword_before);
  }
};

Analyzer::Analyzer(const std::filesystem::path& data_dir)
    : dateline_shapes_(std::make_unique<const DatelineShapes>()) {
  const std::filesystem::path rules_dir = data_dir / "rules";
  // One line per extractor.
  auto dates = std::make_shared<const DateExtractor>(rules_dir / "dates.rules");
  dates_ = dates.get();
  extractors_.push_back(std::move(dates));
  auto locations = std::make_shared<const LocationExtractor>(data_dir / "gazetteer", normalizer_);
  const Gazetteer& gazetteer = locations->gazetteer();
  locations_ = locations.get();
  extractors_.push_back(std::move(locations));
  extractors_.push_back(
      std::make_unique<CountExtractor>(rules_dir / "counts.rules", rules_dir / "count-nouns.txt"));
  // Organizations before persons, which veto names inside them; both share
  // one loading of the organization data.
  auto organizations = std::make_shared<const OrganizationExtractor>(
      normalizer_, rules_dir / "organizations.rules", data_dir / "organizations" / "bodies.tsv");
  organizations_ = organizations.get();
  headline_company_ =
      std::make_unique<const RE2>(HeadlineCompanyPattern(organizations->HeadlineCompanyVerbs()));
  russian_text_ =
      std::make_unique<const RussianText>(gazetteer, normalizer_, organizations->given_names());
  extractors_.push_back(organizations);
  extractors_.push_back(
      std::make_shared<const PersonExtractor>(data_dir, std::move(organizations)));
}

Analyzer::~Analyzer() = default;

Analysis Analyzer::Analyze(const Document& doc) const {
  // The parts' mentions are gathered first and moved into one vector of
  // the exact size: grown by doubling, the vector of a long text's hundreds
  // of thousands of mentions would hold up to twice their room for as long
  // as the document is kept.
  Analysis whole;
  std::vector<std::vector<Mention>> part_mentions;
  std::set<int> years;
  std::size_t mention_count = 0;
  AnalyzeInParts(doc, [&](Analysis&& part) {
    if (part_mentions.empty()) {
      whole.date = std::move(part.date);
      whole.date_source = part.date_source;
    } else {
      // A long text: its parts wait here until the last, so none keeps
      // spare room (a short text's one part is moved out as it is).
      if (part_mentions.size() == 1) part_mentions.front().shrink_to_fit();
      part.mentions.shrink_to_fit();
    }
    mention_count += part.mentions.size();
    part_mentions.push_back(std::move(part.mentions));
    years.insert(part.years_mentioned.begin(), part.years_mentioned.end());
  });
  if (part_mentions.size() == 1) {
    whole.mentions = std::move(part_mentions.front());
  } else {
    whole.mentions.reserve(mention_count);
    for (std::vector<Mention>& mentions : part_mentions) {
      std::move(mentions.begin(), mentions.end(), std::back_inserter(whole.mentions));
      std::vector<Mention>().swap(mentions);
    }
  }
  whole.years_mentioned.assign(years.begin(), years.end());
  return whole;
}

void Analyzer::AnalyzeInParts(const Document& doc,
                              const std::function<void(Analysis&& part)>& part_sink) const {
  std::size_t bad_offset = 0;
  if (!IsValidUtf8(doc.text, &bad_offset)) {
    throw std::invalid_argument(doc.id + ": text is not valid UTF-8 (byte " +
                                std::to_string(bad_offset) + ")");
  }
  std::vector<std::size_t> part_ends = TextPartEnds(doc.text, kMaxAnalyzedPartBytes);
  if (part_ends.empty()) part_ends.push_back(0);  // an empty text is one (empty) part
  // The first part settles the document date (unless the reader gave one)
  // and the others are read against it.
  std::string date = doc.date;
  DateSource date_source = doc.date_source;
  std::size_t begin = 0;
  for (const std::size_t end : part_ends) {
    const std::string_view text = std::string_view(doc.text).substr(begin, end - begin);
    Analysis part = AnalyzePart(text, date, date_source);
    if (begin == 0) {
      date = part.date;
      date_source = part.date_source;
    }
    for (Mention& mention : part.mentions) {
      mention.start += begin;
      mention.end += begin;
    }
    part_sink(std::move(part));
    begin = end;
  }
}

Analysis Analyzer::AnalyzePart(std::string_view text, const std::string& date,
                               DateSource date_source) const {
  const NormalizedText normalized = normalizer_.Normalize(text);
  const TextView view{text, normalized};

  Analysis analysis;
  // Without a date from the reader, the dates near the top are read twice
  // or three times (FindDocumentDate, then against the date found): the
  // date rules run once, their matches kept here.
  RuleMatchMemo date_matches;
  RuleMatchMemo* reused_date_matches = nullptr;
  if (!date.empty()) {
    analysis.date = date;
    analysis.date_source = date_source;
  } else {
    reused_date_matches = &date_matches;
    FindDocumentDate(view, &date_matches, &analysis);
  }

  ExtractionContext context;
  context.document_date = analysis.date;
  // Organizations and persons read the same words: scan them once.
  const std::vector<NameWord> name_words = ScanNameWords(view);
  context.name_words = &name_words;
  context.team_sport = organizations_->NamesTeamSport(view);
  std::vector<ByteSpan> organization_spans;
  std::vector<ByteSpan> location_spans;
  // The spans of the mentions from index `first` on, for the extractors
  // that run later.
  const auto spans_from = [&](std::size_t first, std::vector<ByteSpan>* spans) {
    spans->reserve(analysis.mentions.size() - first);
    for (std::size_t i = first; i < analysis.mentions.size(); ++i) {
      spans->push_back(ByteSpan{analysis.mentions[i].start, analysis.mentions[i].end});
    }
  };
  for (const auto& extractor : extractors_) {
    const std::size_t first = analysis.mentions.size();
    if (extractor.get() == dates_) {
      dates_->Extract(view, context, reused_date_matches, &analysis.mentions);
    } else {
      extractor->Extract(view, context, &analysis.mentions);
    }
    if (extractor.get() == organizations_) {
      spans_from(first, &organization_spans);
      context.organization_spans = &organization_spans;
    }
    if (extractor->type() == MentionType::kLocation) {
      spans_from(first, &location_spans);
      std::sort(location_spans.begin(), location_spans.end(), SpanBefore);
      context.location_spans = &location_spans;
    }
  }

  DropPlacesNamedAsPersons(&analysis.mentions);
  sports_teams_.RetypeTeams(text, &analysis.mentions);
  sports_teams_.AddCompetitorTeams(text, &analysis.mentions);
  sports_teams_.AddHeadToHeadTeams(text, &analysis.mentions);
  if (context.team_sport) {
    sports_teams_.RetypeTeamsInProse(text, &analysis.mentions);
    sports_teams_.WidenTeamsOverTownTags(text, &analysis.mentions);
  }
  AddVenuesOfResults(text, &analysis.mentions);
  AddHeadlineCompanies(*headline_company_, locations_->gazetteer(), normalizer_, text,
                       &analysis.mentions);
  AddUnionOfRugbyHeadline(text, &analysis.mentions);
  quoted_titles_.DropNamesInTitles(text, &analysis.mentions);
  DropPlacesInsideNames(&analysis.mentions, context.team_sport);
  DropGuessedPlacesOnOrganizations(&analysis.mentions);
  AddOtherScriptNames(text, &analysis.mentions);
  russian_text_->AddMentions(text, &analysis.mentions);

  std::vector<Mention>& mentions = analysis.mentions;
  auto key = [](const Mention& m) {
    return std::tie(m.start, m.end, m.type, m.value, m.text, m.attributes);
  };
  // Sorted through their indexes, then moved once each: a Mention (two
  // strings and a map) costs more to move than an index to compare through.
  // Mentions with equal keys are equal in every field, so their order
  // among themselves cannot show.
  std::vector<std::uint32_t> order(mentions.size());
  std::iota(order.begin(), order.end(), std::uint32_t{0});
  std::sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
    return key(mentions[x]) < key(mentions[y]);
  });
  std::vector<Mention> sorted;
  sorted.reserve(mentions.size());
  for (const std::uint32_t index : order) sorted.push_back(std::move(mentions[index]));
  mentions = std::move(sorted);
  mentions.erase(std::unique(mentions.begin(), mentions.end(),
                             [&](const Mention& x, const Mention& y) { return key(x) == key(y); }),
                 mentions.end());

  std::set<int> years;
  for (const Mention& mention : mentions) {
    if (mention.type == MentionType::kDate) CollectYears(mention.value, &years);
  }
  analysis.years_mentioned.assign(years.begin(), years.end());
  return analysis;
}

// The dates the date extractor finds over the top of the text, in order,
// anchored on `anchor` ("" for none: dates without a year are then left out).
std::vector<Mention> Analyzer::DatesAtTop(const TextView& view, const std::string& anchor,
                                          RuleMatchMemo* date_matches) const {
  std::vector<Mention> found;
  ExtractionContext context;
  context.document_date = anchor;
  // Only the top of the text can hold the document date.
  const std::size_t top_length =
      NormalizedLengthOfRaw(view.normalized, TopWindow(view) + kWindowSlack);
  if (top_length < view.normalized.text.size()) {
    const NormalizedText top = Prefix(view.normalized, top_length);
    dates_->Extract(TextView{view.raw, top}, context, date_matches, &found);
  } else {
    dates_->Extract(view, context, date_matches, &found);
  }
  std::sort(found.begin(), found.end(),
            [](const Mention& x, const Mention& y) { return x.start < y.start; });
  return found;
}

// The first of `found` that is a full date standing in a dateline, if any.
// A date labelled by a keyword ("Posted: 25 May 2026" under a vacancy's
// title, duty station and duration lines) may stand lower, within the top
// window, and still date the document.
const Mention* Analyzer::DatelineDate(const TextView& view,
                                      const std::vector<Mention>& found) const {
  const std::size_t window = TopWindow(view);
  // `found` is in text order, so the start of each date's line is found by
  // reading on from the last date, not back from each: a top window of many
  // dates on one long line (a quarter of a megabyte without a newline) stays
  // linear.
  std::size_t line_begin = 0;
  std::size_t scanned = 0;
  for (const Mention& mention : found) {
    if (mention.start >= window) break;
    if (!IsFullDate(mention.value)) continue;
    for (; scanned < mention.start; ++scanned) {
      if (view.raw[scanned] == '\n') line_begin = scanned + 1;
    }
    if (mention.start < kDatelineWindow
            ? dateline_shapes_->IsDateline(view.raw, line_begin, mention)
            : dateline_shapes_->IsLabelledDate(view.raw, line_begin, mention)) {
      return &mention;
    }
  }
  return nullptr;
}

// Runs the date extractor without an anchor over the top of the text and
// takes a dateline's date, else the first full date there. A dateline
// without a year ("AKTAU, 17 March - ... in 2026") takes the first year
// written near the top, as a reader would, even when a full date further
// down comes first in the window ("ASTANA, Nov. 5 (Kazinform) - ... adopted
// on March 5, 2025": the release is of 5 November 2025).
void Analyzer::FindDocumentDate(const TextView& view, RuleMatchMemo* date_matches,
                                Analysis* analysis) const {
  const std::vector<Mention> found = DatesAtTop(view, "", date_matches);
  if (const Mention* dateline = DatelineDate(view, found)) {
    analysis->date = dateline->value;
    analysis->date_source = DateSource::kDateline;
    return;
  }
  const std::size_t window = TopWindow(view);
  // The first year written near the top, of a full date or a bare year.
  const auto year = std::find_if(found.begin(), found.end(), [&](const Mention& mention) {
    return mention.start < window && (IsFullDate(mention.value) || IsFourDigitYear(mention.value));
  });
  if (year == found.end()) return;
  // Mid-year, so that any month without a year is read in this one; the
  // dateline then takes that year as written, whatever the tense of the
  // text after it ("ASTANA, Nov. 5 (Kazinform) - Trainers completed ..."
  // with "March 5, 2025" further down is 2025-11-05, not 2024's).
  // A dateline below the first full date ("COLOMBO 1996-08-30" over a line
  // "Friday :") does not date the text: that full date does.
  const auto full = std::find_if(year, found.end(), [&](const Mention& mention) {
    return mention.start < window && IsFullDate(mention.value);
  });
  const std::string year_text = year->value.substr(0, 4);
  const std::vector<Mention> anchored = DatesAtTop(view, year_text + "-07-01", date_matches);
  const Mention* dateline = DatelineDate(view, anchored);
  if (dateline != nullptr && (full == found.end() || dateline->start < full->start)) {
    analysis->date = year_text + dateline->value.substr(4);
    analysis->date_source = DateSource::kDateline;
    return;
  }
  if (full != found.end()) {
    analysis->date = full->value;
    analysis->date_source = DateSource::kFirstDate;
  }
}

}  // namespace gleaner
