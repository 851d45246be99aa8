// Finds quoted titles introduced by a title word and drops the place and
// organization mentions inside them (see quoted_titles.h).
#include "extractors/quoted_titles.h"

#include <algorithm>
#include <utility>

#include <re2/re2.h>

namespace gleaner {
namespace {

// Words of at least this many letters count toward title case.
constexpr std::size_t kLongWord = 4;

// Calls `visit` on each space-separated word of `title` in order while it
// returns true; returns whether it did for every word.
template <typename Visit>
bool EveryWord(std::string_view title, Visit visit) {
  std::size_t at = 0;
  while (at < title.size()) {
    while (at < title.size() && title[at] == ' ') ++at;
    std::size_t end = at;
    while (end < title.size() && title[end] != ' ') ++end;
    if (!visit(title.substr(at, end - at))) return false;
    at = end;
  }
  return true;
}

// Title case: the first letter is a capital, and at least half of the
// longer words start with one ("Strengthening Resilience to Violent
// Extremism in Asia"), so quoted speech ("we will protect Asia") is not.
bool IsTitleCase(std::string_view title) {
  if (title.empty() || !(title[0] >= 'A' && title[0] <= 'Z')) return false;
  int long_words = 0;
  int capitalized = 0;
  EveryWord(title, [&](std::string_view word) {
    const std::size_t letters = static_cast<std::size_t>(std::count_if(
        word.begin(), word.end(), [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }));
    if (letters >= kLongWord) {
      ++long_words;
      if (word[0] >= 'A' && word[0] <= 'Z') ++capitalized;
    }
    return true;
  });
  return long_words > 0 && capitalized * 2 >= long_words;
}

// A title in sentence case: a capital first letter and no word of quoted
// speech's persons ("we", "our", "I", "you"), so "We will protect Asia" is
// no title.
bool IsSentenceCaseTitle(std::string_view title) {
  static constexpr std::string_view kSpeakersWords[] = {"I",   "we",  "We",  "our", "Our",
                                                        "us",  "you", "You", "my",  "My"};
  if (title.empty() || !(title[0] >= 'A' && title[0] <= 'Z')) return false;
  return EveryWord(title, [](std::string_view word) {
    return std::find(std::begin(kSpeakersWords), std::end(kSpeakersWords), word) ==
           std::end(kSpeakersWords);
  });
}

}  // namespace

// Bytes before an opening quote that may hold the title word and the few
// words after it; and the length limits of a title.
constexpr std::size_t kIntroReach = 64;
constexpr std::size_t kMinTitle = 3;
constexpr std::size_t kMaxTitle = 200;
constexpr std::string_view kLeftCurlyQuote = "\u201c";
constexpr std::string_view kRightCurlyQuote = "\u201d";

struct QuotedTitles::Patterns {
  // The title word and at most a few words up to the opening quote, matched
  // on the bytes before it.
  RE2 introduction{
      R"((?i)\b(?:project|programme|program|initiative|campaign|conference|forum|course|)"
      R"(workshop|seminar|entitled|titled|called|theme)\b[^"\n.]*$)"};
  // A word that names a title right before its quote, where a title may be
  // written in sentence case: the project "Cross-border cooperation for
  // resilient communities along the Amu Darya".
  RE2 naming_word_right_before{
      R"((?i)\b(?:project|programme|program|initiative|campaign|entitled|titled)\s*$)"};
  // "called" names bodies too (an NGO called "Mehr"): a title that only it
  // introduces keeps the organizations inside it.
  RE2 introduction_of_a_work{
      R"((?i)\b(?:project|programme|program|initiative|campaign|conference|forum|course|)"
      R"(workshop|seminar|entitled|titled|theme)\b[^"\n.]*$)"};
};

QuotedTitles::QuotedTitles() : patterns_(std::make_unique<const Patterns>()) {}

QuotedTitles::~QuotedTitles() = default;

void QuotedTitles::DropNamesInTitles(std::string_view text,
                                      std::vector<Mention>* mentions) const {
  const bool any_name = std::any_of(mentions->begin(), mentions->end(), [](const Mention& m) {
    return m.type == MentionType::kLocation || m.type == MentionType::kOrganization;
  });
  if (!any_name) return;
  // Only opening quotes are looked at: a title word before one, then the
  // text up to the closing quote on the same line.
  struct Title {
    std::size_t first = 0;
    std::size_t second = 0;
    bool of_a_work = false;  // its organizations go too
  };
  std::vector<Title> titles;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t straight = text.find('"', at);
    const std::size_t curly = text.find(kLeftCurlyQuote, at);
    const std::size_t quote = std::min(straight, curly);
    if (quote == std::string_view::npos) break;
    const std::size_t begin = quote + (quote == curly ? kLeftCurlyQuote.size() : 1);
    at = begin;
    const std::size_t intro_from = quote > kIntroReach ? quote - kIntroReach : 0;
    const re2::StringPiece before(text.data() + intro_from, quote - intro_from);
    if (!RE2::PartialMatch(before, patterns_->introduction)) continue;
    const std::string_view rest = text.substr(begin, kMaxTitle + 1);
    const std::size_t end = std::min({rest.find('"'), rest.find(kRightCurlyQuote),
                                      rest.find(kLeftCurlyQuote), rest.find('\n')});
    if (end == std::string_view::npos || end < kMinTitle || end > kMaxTitle) continue;
    if (rest[end] == '\n' || rest.substr(end).starts_with(kLeftCurlyQuote)) continue;
    const std::string_view title = rest.substr(0, end);
    if (!IsTitleCase(title) &&
        !(IsSentenceCaseTitle(title) &&
          RE2::PartialMatch(before, patterns_->naming_word_right_before))) {
      continue;
    }
    titles.push_back(
        Title{begin, begin + end, RE2::PartialMatch(before, patterns_->introduction_of_a_work)});
    at = begin + end + 1;
  }
  if (titles.empty()) return;
  // Titles come in text order and do not overlap: the one that could hold
  // a mention is the last starting at or before it.
  std::erase_if(*mentions, [&](const Mention& mention) {
    const bool organization = mention.type == MentionType::kOrganization;
    if (mention.type != MentionType::kLocation && !organization) return false;
    auto after = std::upper_bound(
        titles.begin(), titles.end(), mention.start,
        [](std::size_t start, const Title& span) { return start < span.first; });
    if (after == titles.begin()) return false;
    const Title& span = *(after - 1);
    return mention.end <= span.second && (!organization || span.of_a_work);
  });
}

}  // namespace gleaner
