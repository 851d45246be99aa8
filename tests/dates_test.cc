// Tests for the date extractor: sentences from the seed releases, TempEval-3
// and Reuters-21578, Russian dates, things that are not dates, ICU month
// names, numeric day/month order, and the seed gold.
#include "extractors/dates.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "engine/normalize.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

namespace fs = std::filesystem;
using ::gleaner::testing::DataDir;
using ::gleaner::testing::ReadFileOrDie;
using ::gleaner::testing::ScratchDir;
using ::gleaner::testing::SharedDir;
using ::gleaner::testing::WriteFile;

class DateExtractorTest : public ::testing::Test {
 protected:
  std::vector<Mention> Extract(const std::string& raw, const std::string& document_date = "") {
    const NormalizedText normalized = normalizer_.Normalize(raw);
    std::vector<Mention> mentions;
    extractor_.Extract(TextView{raw, normalized}, ExtractionContext{document_date}, &mentions);
    for (const Mention& mention : mentions) {
      EXPECT_EQ(mention.type, MentionType::kDate);
      EXPECT_LT(mention.start, mention.end);
      EXPECT_EQ(raw.substr(mention.start, mention.end - mention.start), mention.text);
      EXPECT_EQ(mention.attributes.count("rule"), 1u);
    }
    return mentions;
  }

  // "text=value" for each mention, in order.
  std::vector<std::string> Found(const std::string& raw, const std::string& document_date = "") {
    std::vector<std::string> found;
    for (const Mention& mention : Extract(raw, document_date)) {
      found.push_back(mention.text + "=" + mention.value);
    }
    return found;
  }

  Normalizer normalizer_;
  DateExtractor extractor_{DataDir() / "rules" / "dates.rules"};
};

using Strings = std::vector<std::string>;

TEST_F(DateExtractorTest, AMonthOpeningACalendarLine) {
  // tests/data/releases-blind18 (a newsletter's calendar): a month alone at
  // the start of a line before a dash, a note in parentheses between them,
  // is a date; a month inside a line before a dash is not.
  EXPECT_EQ(Found("Dates for your calendar\n5 May \u2013 Deadline\nJune (date to be confirmed) "
                  "\u2013 Summer camp in Cholpon-Ata\nJuly \u2013 Exhibition\n",
                  "2026-04-10"),
            (Strings{"5 May=2026-05-05", "June=2026-06", "July=2026-07"}));
  EXPECT_EQ(Found("They met June \u2013 a nurse \u2013 in Osh.", "2026-04-10"), Strings{});
}

TEST_F(DateExtractorTest, AMonthAfterCoveringIsADate) {
  // tests/data/releases-blind19 (a monitoring brief): "covering February"
  // names the month a report covers, as "in February" does; it was missed.
  EXPECT_EQ(Found("The next brief, covering February, will add channels based in Turkmenistan.",
                  "2026-02-12"),
            Strings{"February=2026-02"});
}

TEST_F(DateExtractorTest, AYearAfterAFigureLabelIsADate) {
  // tests/data/releases-blind20 (a results framework): a capitalized label
  // before a year ("Target 2026:") read as a name like "Humay 2020", so each
  // target's year was missed; a name before a year still keeps it out.
  EXPECT_EQ(Found("Baseline (2025): 46 incidents | Target 2026: 35 incidents | Target 2027: "
                  "20 incidents",
                  "2026-01-15"),
            (Strings{"2025=2025", "2026=2026", "2027=2027"}));
  EXPECT_EQ(Found("Baseline: 0 | Target 2027: 168 members (at least 50 women)", "2026-01-15"),
            Strings{"2027=2027"});
  EXPECT_EQ(Found("The Humay 2020 prize went to a dancer.", "2026-01-15"), Strings{});
}

TEST_F(DateExtractorTest, AFutureAfterACommaOutweighsAPastVerb) {
  // tests/data/releases-blind20 (a ministry's press item of 22 April 2026):
  // ", to be held ... from 10 to 16 September" is planned, though the clause
  // opens in the past; the month was put in the year before.
  EXPECT_EQ(Found("The parties exchanged views on the programme of the Days of Culture, to be "
                  "held in Samarqand and Buxoro from 10 to 16 September.",
                  "2026-04-22"),
            Strings{"from 10 to 16 September=2026-09-10/2026-09-16"});
  // Without the comma the infinitive is a noun's attribute (TempEval-3's
  // wsj_0346): the past verb keeps the month in the year before.
  EXPECT_EQ(Found("Cilcorp said the businesses to be acquired had revenue of $76 million for "
                  "the year ended March 31.",
                  "1989-10-25"),
            Strings{"March 31=1989-03-31"});
}

TEST_F(DateExtractorTest, ASeasonOfASplitYear) {
  // tests/data/releases-blind20 (a water-sharing release): "the winter of
  // 2026/27" was read as "the winter" and the range "2026/27", two dates;
  // it is one season, the winter that opens in the first year.
  EXPECT_EQ(Found("The next meeting will agree releases for the winter of 2026/27.", "2026-05-14"),
            Strings{"the winter of 2026/27=2026-WI"});
  EXPECT_EQ(Found("Flows in winter 2025/26 were low; the 2024/25 season was dry.", "2026-05-14"),
            (Strings{"winter 2025/26=2025-WI", "2024/25=2024/2025"}));
  // News writes the split year with a hyphen as often.
  EXPECT_EQ(Found("The winter of 2011-12 was the mildest in decades.", "2013-03-21"),
            Strings{"The winter of 2011-12=2011-WI"});
}

TEST_F(DateExtractorTest, SeedSentences) {
  EXPECT_EQ(Found("community leaders in Central Asia, launched on 19 April 2021. Held online"),
            Strings{"19 April 2021=2021-04-19"});
  EXPECT_EQ(Found("Bishkek, October 15, 2021 - Resilience-building activities"),
            Strings{"October 15, 2021=2021-10-15"});
  EXPECT_EQ(Found("concluded in Almaty, Kazakhstan, on 30 November 2017.\nThe seminar"),
            Strings{"30 November 2017=2017-11-30"});
  EXPECT_EQ(Found(" date 2024-09-13 On 10-12 September 2024, UNRCCA, the United Nations"),
            (Strings{"2024-09-13=2024-09-13", "10-12 September 2024=2024-09-10/2024-09-12"}));
  EXPECT_EQ(Found("respectively. From 2018 to 2021, the Action against Terrorism Unit"),
            Strings{"From 2018 to 2021=2018/2021"});
  // A dash ends the range itself, so "from" stays outside (releases-blind16,
  // as "from 1-3 July 2025"; Reuters 10635).
  EXPECT_EQ(Found("nine anonymized court cases from 2022\u20132024 and output from 1949-1976"),
            (Strings{"2022\u20132024=2022/2024", "1949-1976=1949/1976"}));
  EXPECT_EQ(Found("has been underway since 2020 in 9 pilot communities:"),
            Strings{"since 2020=2020/"});
  EXPECT_EQ(Found("In January 2019, UNODC/TPB, in cooperation with"),
            Strings{"January 2019=2019-01"});
  EXPECT_EQ(Found("The PVE Network was launched in 2018 with the aim"), Strings{"2018=2018"});
  EXPECT_EQ(Found("meetings organized at the national and regional levels in 2022 and 2023."),
            (Strings{"2022=2022", "2023=2023"}));
  EXPECT_EQ(Found("regional partners. ///UNRCCA, 12 September 2024"),
            Strings{"12 September 2024=2024-09-12"});
}

// Forms of the hand-written releases in tests/data/releases that the seeds
// do not use: "since" with a modified year, a modified quarter code, and the
// second year of "between X and Y" before a capitalized word.
TEST_F(DateExtractorTest, ReleaseSentencesWithModifiersAndArticles) {
  EXPECT_EQ(Found("travellers through the Fotehobod crossing point had doubled since mid-2023.",
                  "2024-05-21"),
            Strings{"since mid-2023=2023/"});
  EXPECT_EQ(Found("on the 29th of August.\nSince late 2021 the Termez hub has sent some 3,400 trucks",
                  "2024-09-02"),
            (Strings{"29th of August=2024-08-29", "Since late 2021=2021/"}));
  EXPECT_EQ(Found("Two hundred and fifty drivers will follow by the end of Q4 2024.", "2024-09-02"),
            Strings{"the end of Q4 2024=2024-Q4"});
  EXPECT_EQ(Found("\"Between 2019 and 2023 Kyrgyzstan brought home more than 500 citizens,\""),
            (Strings{"2019=2019", "2023=2023"}));
  // Not dates: a quarter without a year, "since" before a year that names a
  // thing.
  EXPECT_EQ(Found("Q4 results were strong, the minister said.", "2024-09-02"), Strings{});
  EXPECT_EQ(Found("since the 1988 Sanctions Committee met"), Strings{});
}

// tests/data/releases-blind12 (a release translated from Russian): "since"
// before a day.month.year date opens a range from that day, as "since 19
// April 2021" does; the date alone stays a date.
TEST_F(DateExtractorTest, SinceADottedDate) {
  EXPECT_EQ(Found("mahalla committees, which since 01.01.2023 have employed 812 youth leaders.",
                  "2025-05-12"),
            Strings{"since 01.01.2023=2023-01-01/"});
  EXPECT_EQ(Found("the amendments to the law adopted on 29.11.2024.", "2025-05-12"),
            Strings{"29.11.2024=2024-11-29"});
}

// tests/data/releases-blind17: two dotted dates joined by a dash, or by "to"
// after "from", are one range, as two written dates are.
TEST_F(DateExtractorTest, ARangeOfTwoDottedDates) {
  EXPECT_EQ(Found("Key figures for the period 01.03.2025\u201331.05.2025:", "2025-06-12"),
            Strings{"01.03.2025\u201331.05.2025=2025-03-01/2025-05-31"});
  EXPECT_EQ(Found("Key figures from 01.03.2025 to 31.05.2025 are out.", "2025-06-12"),
            Strings{"from 01.03.2025 to 31.05.2025=2025-03-01/2025-05-31"});
  EXPECT_EQ(Found("the next figures are due on 15.09.2025.", "2025-06-12"),
            Strings{"15.09.2025=2025-09-15"});
}

// tests/data/releases-blind21: a day's ordinal alone is a day of the
// document's month, as TimeML reads it ("the" outside the span after a
// preposition); with a weekday, the month near the document's in which that
// day is that weekday. An ordinal before a noun is no day.
TEST_F(DateExtractorTest, ADaysOrdinalAloneIsADayOfTheDocumentsMonth) {
  EXPECT_EQ(Found("Applications open on Friday the 7th and close at midnight on the 21st.",
                  "2025-11-04"),
            (Strings{"Friday the 7th=2025-11-07", "21st=2025-11-21"}));
  EXPECT_EQ(Found("and in person at the library of Karakalpak State University on the 12th.",
                  "2025-11-04"),
            Strings{"12th=2025-11-12"});
  // 7 December 2025 is a Sunday: "Sunday the 7th" is the next month's.
  EXPECT_EQ(Found("The list is due on Sunday the 7th.", "2025-11-04"),
            Strings{"Sunday the 7th=2025-12-07"});
  // No month near has a Monday the 7th: no day of a month, only the
  // weekday rule's reading of "Monday".
  EXPECT_EQ(Found("The list is due on Monday the 7th.", "2025-11-04"),
            Strings{"Monday=2025-11-03"});
  EXPECT_EQ(Found("They met on the 21st floor and marked the 25th anniversary.", "2025-11-04"),
            Strings{});
  // CoNLL-2003 dev: holes of a golf course.
  EXPECT_EQ(Found("two from 12 feet out on the 15th and 17th holes.", "1996-08-30"), Strings{});
  EXPECT_EQ(Found("Sessions close on the 26th and 27th of February.", "2025-11-04"),
            (Strings{"26th=2026-02-26", "27th of February=2026-02-27"}));
}

// tests/data/releases-blind5 and -blind13: a season without a year, in a
// clause that tells of neither past nor future alone, is the one nearer the
// document date.
TEST_F(DateExtractorTest, ASeasonInAMixedClauseIsTheNearerOne) {
  EXPECT_EQ(Found("the hotline, 1414, should start working before the summer.", "2026-03-17"),
            Strings{"the summer=2026-SU"});
  EXPECT_EQ(Found("He said his Office had trained more than 1,400 officers and would deploy "
                  "four mobile teams along the Panj River in the spring.",
                  "2025-12-09"),
            Strings{"the spring=2026-SP"});
  // A clause in the past alone keeps the season gone by.
  EXPECT_EQ(Found("The harvest was poor in the summer.", "2026-03-17"),
            Strings{"the summer=2025-SU"});
}

// tests/data/releases-blind21: the year a budget or a forecast is for.
TEST_F(DateExtractorTest, TheYearABudgetIsFor) {
  EXPECT_EQ(Found("The republican budget for 2026 sets aside KZT 14.6 billion for this work.",
                  "2026-03-17"),
            Strings{"2026=2026"});
  EXPECT_EQ(Found("The forecast for 1988 is unchanged.", "1987-03-17"), Strings{"1988=1988"});
  EXPECT_EQ(Found("It drew up plans for 2000 new homes.", "2026-03-17"), Strings{});
}

// tests/data/releases-blind17: an ordinal quarter or half "of" an
// activity ("of full operation", "of implementation") counts from the
// activity's start, not from the year's; "of 2026" is a calendar quarter.
TEST_F(DateExtractorTest, AQuarterOfAnActivityIsNoDate) {
  EXPECT_EQ(Found("A helpline answered 1,846 calls in its first quarter of full operation.",
                  "2025-06-12"),
            Strings{});
  EXPECT_EQ(Found("in the second half of implementation", "2025-06-12"), Strings{});
  EXPECT_EQ(Found("in the first quarter of 2026", "2025-06-12"),
            Strings{"the first quarter of 2026=2026-Q1"});
}

// tests/data/releases-blind17: "from" a full date "to" another, each with
// its own year, is one range (GUIDELINES.md's "From X to Y"); a dash joins
// them without "from".
TEST_F(DateExtractorTest, ARangeOfTwoFullDates) {
  EXPECT_EQ(Found("the project \"Youth for Resilient Communities in Sughd\", which runs from 1 "
                  "March 2025 to 28 February 2027.",
                  "2025-09-18"),
            Strings{"from 1 March 2025 to 28 February 2027=2025-03-01/2027-02-28"});
  EXPECT_EQ(Found("The mandate ran 30 September 2024 - 2 October 2025.", "2025-09-18"),
            Strings{"30 September 2024 - 2 October 2025=2024-09-30/2025-10-02"});
  // Two dates that "and" joins stay two.
  EXPECT_EQ(Found("on 1 March 2025 and 28 February 2027", "2025-09-18"),
            (Strings{"1 March 2025=2025-03-01", "28 February 2027=2027-02-28"}));
}

TEST_F(DateExtractorTest, RangesOfTheTwentySixthBlindSet) {
  // tests/data/releases-blind26: two months joined by a dash without a year
  // are one range in the document's year; a year range's end may carry a
  // modifier; a fiscal year across two years; "the first ten days of".
  EXPECT_EQ(Found("Calls by category, January–March and April–June 2025:", "2025-07-15"),
            (Strings{"January–March=2025-01/2025-03", "April–June 2025=2025-04/2025-06"}));
  EXPECT_EQ(Found("The next report, for July–September, will appear in mid-October.",
                  "2025-07-15"),
            (Strings{"July–September=2025-07/2025-09", "mid-October=2025-10"}));
  EXPECT_EQ(Found("BOMCA 11 will run from mid-2026 to 2030 with EUR 12 million.", "2026-02-03"),
            Strings{"from mid-2026 to 2030=2026/2030"});
  EXPECT_EQ(Found("Data of the Ministry of Labour for FY2024/25 and fiscal year 2023/24.",
                  "2025-06-05"),
            (Strings{"FY2024/25=2024/2025", "fiscal year 2023/24=2023/2024"}));
  EXPECT_EQ(Found("The first steering committee will meet in the first ten days of April.",
                  "2026-02-03"),
            Strings{"the first ten days of April=2026-04"});
}

TEST_F(DateExtractorTest, ACopyrightsYear) {
  // tests/data/releases-blind (uz-tashkent-web-layout): a page footer.
  EXPECT_EQ(Found("26.02.2025 - UNODC opens a resource centre in Andijan\n\u00a9 2025 United "
                  "Nations"),
            (Strings{"26.02.2025=2025-02-26", "2025=2025"}));
  EXPECT_EQ(Found("Copyright 1987 Reuters"), Strings{"1987=1987"});
  // A bare year before a capitalized name is still none ("2025 United").
  EXPECT_EQ(Found("He listed 2025 United Nations staff"), Strings{});
}

TEST_F(DateExtractorTest, TempEvalSentences) {
  // TempEval-3 train, AQUAINT/APW19990607.0041 and NYT19990312.0271.
  EXPECT_EQ(Found("The Aug. 7, 1998, bombings killed more than 200 people, including 12 "
                  "Americans."),
            Strings{"Aug. 7, 1998=1998-08-07"});
  EXPECT_EQ(Found("In July 1997, at a summit in Madrid, Spain, the alliance announced it would "
                  "accept Poland, Hungary and the Czech Republic."),
            Strings{"July 1997=1997-07"});
  // TimeBank/wsj_0541, wsj_0612.
  EXPECT_EQ(Found("plans to redeem on Nov. 16 its $150 million of 6.5% convertible subordinated "
                  "debentures due March 1, 2011.",
                  "1989-10-30"),
            (Strings{"Nov. 16=1989-11-16", "March 1, 2011=2011-03-01"}));
  EXPECT_EQ(Found("holders of $6,542,000 face amount of its 6 1/4% convertible subordinated "
                  "debentures, due March 15, 2007, have elected to convert"),
            Strings{"March 15, 2007=2007-03-15"});
  EXPECT_EQ(Found("The issue, which is puttable back to the company in 1999, was priced"),
            Strings{"1999=1999"});
  EXPECT_EQ(Found("filed 2000-04-24 by"), Strings{"2000-04-24=2000-04-24"});
}

TEST_F(DateExtractorTest, ReutersSentences) {
  // Reuters-21578 bodies.
  EXPECT_EQ(Found("annual dividend payable April 10, 1987, to stockholders of record on "
                  "March 27, 1987"),
            (Strings{"April 10, 1987=1987-04-10", "March 27, 1987=1987-03-27"}));
  EXPECT_EQ(Found("registered and shipped by September 30, 1987, it said"),
            Strings{"September 30, 1987=1987-09-30"});
  // A dateline without a year takes the nearest year to the document date.
  EXPECT_EQ(Found("SALVADOR, Feb 26 - Showers continued throughout the week", "1987-02-26"),
            Strings{"Feb 26=1987-02-26"});
}

// "this Friday" is inside the span and is the Friday of the document's own
// week, ahead of it or behind (Reuters-21578 03390, 17519; 1987-03-04 is a
// Wednesday).
TEST_F(DateExtractorTest, ThisWeekdayIsTheOneOfTheDocumentsWeek) {
  EXPECT_EQ(Found("George Sladoje, said the issue would be discussed this Friday at a special "
                  "meeting",
                  "1987-03-04"),
            Strings{"this Friday=1987-03-06"});
  EXPECT_EQ(Found("Petroleum Intelligence Weekly, in this Monday's edition, said negotiations",
                  "1987-03-04"),
            Strings{"this Monday=1987-03-02"});
  EXPECT_EQ(Found("He left this past Friday and returns this coming Monday.", "1987-03-04"),
            (Strings{"this past Friday=1987-02-27", "this coming Monday=1987-03-09"}));
}

// "by mid-year" is the document's year, as "by year-end" is (Reuters-21578
// 01353); "mid-year 1988" is the year written, as "year-end 1988" is.
TEST_F(DateExtractorTest, MidYearIsTheDocumentsYear) {
  EXPECT_EQ(Found("GM said it will begin an odd-lot repurchase program for its class H stock "
                  "by mid-year.",
                  "1987-03-03"),
            Strings{"mid-year=1987"});
  EXPECT_EQ(Found("deliveries beginning in mid-year, and output to double by mid-year 1988.",
                  "1987-03-03"),
            (Strings{"mid-year=1987", "1988=1988"}));
  // A mid-year review names no time.
  EXPECT_EQ(Found("A mid-year review is due.", "1987-03-03"), Strings{});
}

// "the last week of February" is that week of the month, the ISO week that
// holds most of it, not "the last week" before the document's (Reuters-21578
// 02686, 00273; February 1987 begins on a Sunday and ends on a Saturday).
TEST_F(DateExtractorTest, AnOrdinalWeekOfAMonth) {
  EXPECT_EQ(Found("Cash in circulation in West Germany rose by 2.8 billion marks in the last "
                  "week of February to 121.5 billion",
                  "1987-03-06"),
            Strings{"the last week of February=1987-W09"});
  EXPECT_EQ(Found("after Gulf exports rallied in the fourth week of February to 2.5 mln bpd",
                  "1987-03-02"),
            Strings{"the fourth week of February=1987-W09"});
  EXPECT_EQ(Found("followed in the first week of February 1987 with a loan", "1987-03-02"),
            Strings{"the first week of February 1987=1987-W06"});
}

// "1985's fourth quarter": that quarter of the year written, one date, not
// the year and a quarter of the document's year (Reuters-21578 03899, 02745).
TEST_F(DateExtractorTest, AYearsPossessiveQuarter) {
  EXPECT_EQ(Found("up from 1.1 mln dlrs, or 19 cts a share, in 1985's fourth quarter.",
                  "1987-03-11"),
            Strings{"1985's fourth quarter=1985-Q4"});
  EXPECT_EQ(Found("will not start commercial operation until 1988's first quarter.",
                  "1987-03-06"),
            Strings{"1988's first quarter=1988-Q1"});
}

// "the same month last year" compares with the month its sentence names, a
// year back, and is that month (not the day nor the quarter); "the year
// earlier" is "a year earlier" (Reuters-21578 10739, 05205, 00130).
TEST_F(DateExtractorTest, TheSameMonthLastYearAndTheYearEarlier) {
  EXPECT_EQ(Found("WIESBADEN, March 30 - West German wholesale turnover\nprovisionally totalled "
                  "about 58 billion marks in February, a\nrise of a real one pct compared with "
                  "the same month last year,\nthe Federal Statistics Office said.",
                  "1987-03-30"),
            (Strings{"March 30=1987-03-30", "February=1987-02",
                     "the same month last year=1986-02"}));
  EXPECT_EQ(Found("West German retail turnover rose a real one pct in January compared with the "
                  "same month a year earlier, according to provisional data.",
                  "1987-03-16"),
            (Strings{"January=1987-01", "the same month a year earlier=1986-01"}));
  // No month in its sentence: the document's month, a year back.
  EXPECT_EQ(Found("Sales rose 5 pct from the same month last year.", "1987-03-16"),
            Strings{"the same month last year=1986-03"});
  EXPECT_EQ(Found("Earlier, Coleco reported a net loss of 111.2 mln dlrs for the year ended "
                  "December 31 compared to a profit of 64.2 mln dlrs in the year earlier.",
                  "1987-02-26"),
            (Strings{"December 31=1986-12-31", "the year earlier=1985-12-31"}));
  // Not before the noun it modifies, nor "a year before" (see dates.rules).
  EXPECT_EQ(Found("Output rose from the year earlier period and from a year before.",
                  "1987-02-26"),
            Strings{});
}

// "a year ago" is a year before the month its sentence reports on, not the
// one named as the term compared with ("from 73 mln in January"); the
// backward scans for "from" and the sentence's end read ASCII letters only,
// so a word with other letters ("café") neither hides nor makes one.
TEST_F(DateExtractorTest, AYearAgoReadsTheMonthReportedNotTheOneComparedWith) {
  EXPECT_EQ(Found("Sales rose to 75 mln dlrs in February from 73 mln in January and 60 mln a "
                  "year ago.",
                  "1987-03-16"),
            (Strings{"February=1987-02", "January=1987-01", "a year ago=1986-02"}));
  EXPECT_EQ(Found("Café output rose to 650,700 tonnes in February, up 9 pct from a year ago.",
                  "1987-03-16"),
            (Strings{"February=1987-02", "a year ago=1986-02"}));
  // February is the term compared with: a year before the document's year.
  EXPECT_EQ(Found("Output rose to 650,700 tonnes from 631,900 in February, up 9 pct from a "
                  "year ago.",
                  "1987-03-16"),
            (Strings{"February=1987-02", "a year ago=1986"}));
  // A "from" of the sentence before does not count; one before a wrapped
  // line break (the line ends in a lower-case word) is in the same sentence.
  EXPECT_EQ(Found("Output fell from 650,700 tonnes. Sales rose to 75 mln dlrs in February, up "
                  "from a year ago.",
                  "1987-03-16"),
            (Strings{"February=1987-02", "a year ago=1986-02"}));
  EXPECT_EQ(Found("Output fell from 650,700 tonnes\nand sales rose to 75 mln dlrs in February, "
                  "up from a year ago.",
                  "1987-03-16"),
            (Strings{"February=1987-02", "a year ago=1986"}));
}

// Months and days below ten are written with two digits, also in ranges.
TEST_F(DateExtractorTest, ValuesPadMonthsAndDaysToTwoDigits) {
  EXPECT_EQ(Found("The accord was signed on March 3, 1987, and talks ran from October 5 to 12, "
                  "1987, officials said.",
                  "1987-11-02"),
            (Strings{"March 3, 1987=1987-03-03",
                     "from October 5 to 12, 1987=1987-10-05/1987-10-12"}));
}

TEST_F(DateExtractorTest, WrittenOutVariants) {
  EXPECT_EQ(Found("on the 1st of May 2020."), Strings{"1st of May 2020=2020-05-01"});
  EXPECT_EQ(Found("on May 1st, 2020."), Strings{"May 1st, 2020=2020-05-01"});
  EXPECT_EQ(Found("by Sept. 5, 2019 the"), Strings{"Sept. 5, 2019=2019-09-05"});
  // An abbreviated month alone keeps its dot, as with a day
  // (tests/data/releases-blind8); a full name's sentence end stays out.
  EXPECT_EQ(Found("the UNDP team plans a review with the Ministry of Employment and Poverty "
                  "Reduction in Sept. to agree on the next steps.",
                  "2025-05-12"),
            Strings{"Sept.=2025-09"});
  EXPECT_EQ(Found("The survey closes in Oct.", "2025-05-12"), Strings{"Oct.=2025-10"});
  EXPECT_EQ(Found("The survey closed in May.", "2025-05-12"), Strings{"May=2025-05"});
  EXPECT_EQ(Found("by 5 Jan 2020 and"), Strings{"5 Jan 2020=2020-01-05"});
  EXPECT_EQ(Found("on 29 February 2020"), Strings{"29 February 2020=2020-02-29"});
  EXPECT_EQ(Found("the 2023-2027 strategy"), Strings{"2023-2027=2023/2027"});
  EXPECT_EQ(Found("the 2018-19 season"), Strings{"2018-19=2018/2019"});
  // TimeML: "between" stays out, and the two years are two dates.
  EXPECT_EQ(Found("between 2015 and 2017, the"), (Strings{"2015=2015", "2017=2017"}));
  EXPECT_EQ(Found("from January to March 2020 the"),
            Strings{"from January to March 2020=2020-01/2020-03"});
  EXPECT_EQ(Found("on September 10-12, 2024 in"),
            Strings{"September 10-12, 2024=2024-09-10/2024-09-12"});
  EXPECT_EQ(Found("from 30 September to 2 October 2024"),
            Strings{"from 30 September to 2 October 2024=2024-09-30/2024-10-02"});
  EXPECT_EQ(Found("since April 2021 there"), Strings{"since April 2021=2021-04/"});
  EXPECT_EQ(Found("in spring 2020 and the summer of 2019"),
            (Strings{"spring 2020=2020-SP", "the summer of 2019=2019-SU"}));
  EXPECT_EQ(Found("in mid-2019"), Strings{"mid-2019=2019"});
  EXPECT_EQ(Found("19.04.2021"), Strings{"19.04.2021=2021-04-19"});
}

// tests/data/releases-blind24: a year opening a plan's capitalized title
// dates the plan, as it dates a named event ("the 2012 State of the Union
// address"), within the date windows' reach after the year (32 bytes: that
// release's longer "2025 Humanitarian Needs and Response Plan" is beyond it).
TEST_F(DateExtractorTest, AYearBeforeAPlansTitle) {
  EXPECT_EQ(Found("Funding. The 2025 Humanitarian Response Plan for Afghanistan is 21 per cent "
                  "funded.", "2025-05-22"),
            Strings{"2025=2025"});
  EXPECT_EQ(Found("the 2024 National Action Strategy was adopted", "2025-05-22"),
            Strings{"2024=2024"});
  // Named after a resolution, not dated: no plan's noun after it.
  EXPECT_TRUE(Found("the 1988 Sanctions Committee met", "2025-05-22").empty());
}

TEST_F(DateExtractorTest, RussianDates) {
  // The span stops at the year: "г." and "года" are left out.
  EXPECT_EQ(Found("Семинар прошёл 19 апреля 2021 г. в Бишкеке."),
            Strings{"19 апреля 2021=2021-04-19"});
  EXPECT_EQ(Found("19 апреля 2021 года"), Strings{"19 апреля 2021=2021-04-19"});
  EXPECT_EQ(Found("10-12 сентября 2024 г. в Ташкенте"),
            Strings{"10-12 сентября 2024=2024-09-10/2024-09-12"});
  EXPECT_EQ(Found("срок: 5 сент. 2019"), Strings{"5 сент. 2019=2019-09-05"});
  EXPECT_EQ(Found("отчёт за апрель 2021"), Strings{"апрель 2021=2021-04"});
  EXPECT_EQ(Found("сеть создана в 2019 году"), Strings{"2019=2019"});
  EXPECT_EQ(Found("реализуется с 2020 года"), Strings{"с 2020=2020/"});
  EXPECT_EQ(Found("с 2018 по 2021 год"), Strings{"с 2018 по 2021=2018/2021"});
  // Without a year (hand-written in the style of OSCE's Russian releases):
  // Russian writes months in lower case, and a Cyrillic month's end is no
  // ASCII word boundary; the year comes from the document date.
  EXPECT_EQ(Found("Семинар прошёл 13-14 марта, встреча состоится 20 апреля.", "2023-03-15"),
            (Strings{"13-14 марта=2023-03-13/2023-03-14", "20 апреля=2023-04-20"}));
  EXPECT_EQ(Found("с 1 по 3 июня 2022 года", "2023-03-15"),
            Strings{"с 1 по 3 июня 2022=2022-06-01/2022-06-03"});
  // Without a document date there is no year to give.
  EXPECT_TRUE(Found("встреча состоится 20 апреля").empty());
  // A month's name starting a longer word is no month ("маяк", a lighthouse).
  EXPECT_TRUE(Found("у маяка 20 маяков", "2023-03-15").empty());
  // tests/data/releases-blind24: "сегодня" is today; a month without a day
  // stands in the prepositional case after "в", which CLDR lacks.
  EXPECT_EQ(Found("Министерство завершили сегодня круглый стол.", "2025-03-12"),
            Strings{"сегодня=2025-03-12"});
  EXPECT_EQ(Found("Следующая встреча пройдёт в Оше в июне.", "2025-03-12"),
            Strings{"июне=2025-06"});
  EXPECT_EQ(Found("Сеть создана в марте 2024 года.", "2025-03-12"), Strings{"марте 2024=2024-03"});
  EXPECT_EQ(Found("Проект продлён до марта 2026 года.", "2025-03-12"),
            Strings{"марта 2026=2026-03"});
  // "сегодняшний" (today's) is another word; "июнем" no prepositional form.
  EXPECT_TRUE(Found("сегодняшний день, вчерашний", "2025-03-12").empty());
}

TEST(RussianPrepositionalMonthsTest, MadeFromIcuNominatives) {
  const std::map<std::string, int> names = RussianPrepositionalMonths();
  EXPECT_EQ(names.size(), 12u);
  EXPECT_EQ(names.at("январе"), 1);
  EXPECT_EQ(names.at("марте"), 3);
  EXPECT_EQ(names.at("мае"), 5);
  EXPECT_EQ(names.at("июне"), 6);
  EXPECT_EQ(names.at("августе"), 8);
}

TEST_F(DateExtractorTest, NotDates) {
  EXPECT_TRUE(Found("Held online due to the COVID-19 pandemic").empty());
  EXPECT_TRUE(Found("will attend the nine-week seminar and a three-day course").empty());
  EXPECT_TRUE(Found("(UNODC), 1267/1989/2253 and 1988 Sanctions Committees").empty());
  EXPECT_TRUE(Found("registration number 12345678 and id 20211015").empty());
  EXPECT_TRUE(Found("more than 2,000 participants in 2,000 villages").empty());
  EXPECT_TRUE(Found("the session opens at 10:30 and closes at 16.45").empty());
  EXPECT_TRUE(Found("Specialist, 0555068833, +996 312 611 213").empty());
  EXPECT_TRUE(Found("the 10-year note, 6 1/4% debentures").empty());
  EXPECT_TRUE(Found("a range of 2027-2023 is backwards").empty());
  // No 31 April: what is left is the month.
  EXPECT_EQ(Found("on 31 April 2021 nothing happened"), Strings{"April 2021=2021-04"});
  EXPECT_TRUE(Found("Nepesova and Humay 2020").empty());
}

// "today's youth", "the people of tomorrow": the present and the coming age,
// no calendar day (TempEval-3 APW20000107.0088, NYT19980424.0421, wsj_0781,
// wsj_0158 leave them untagged); a day's own events and papers stay dates.
TEST_F(DateExtractorTest, GenericTodayAndTomorrowAreNoDates) {
  EXPECT_TRUE(Found("``The case of Elian is for today's youth what 40 years of the blockade, "
                    "armed invasions, sabotage and attempts to kill President Fidel Castro were",
                    "2000-01-07")
                  .empty());
  EXPECT_TRUE(Found("``only to fathers and not to mothers in today's world _ where paternity can "
                    "readily be proved",
                    "1998-04-24")
                  .empty());
  EXPECT_TRUE(Found("Intel's microprocessors are the chips of choice in many of today's personal "
                    "computers",
                    "1989-10-27")
                  .empty());
  EXPECT_EQ(Found("\"If I were choosing the people of tomorrow, I would have chosen the people "
                  "who are now on the board,\" he said.",
                  "1989-11-02"),
            Strings{"now=PRESENT_REF"});
  EXPECT_EQ(Found("Castro said in today's editions of Granma that tomorrow's vote has been moved.",
                  "2000-01-07"),
            (Strings{"today=2000-01-07", "tomorrow=2000-01-08"}));
}

// TempEval-3 sentences with relative dates, resolved against their document
// date (the DCT) the TimeML way.
TEST_F(DateExtractorTest, RelativeDaysAndWeekdays) {
  // APW19980227.0476, DCT Friday 1998-02-27.
  EXPECT_EQ(Found("THE HAGUE, Netherlands (AP)_ The World Court Friday rejected U.S. and British "
                  "objections",
                  "1998-02-27"),
            Strings{"Friday=1998-02-27"});
  // The most recent such day before the DCT (news tells of the past).
  EXPECT_EQ(Found("Clinton said Tuesday that he would veto it.", "1998-02-27"),
            Strings{"Tuesday=1998-02-24"});
  // A future cue in the clause looks ahead; "last" and "next" are explicit.
  EXPECT_EQ(Found("The team planned to leave Nairobi on Thursday for Dar es Salaam.",
                  "1998-08-12"),
            Strings{"Thursday=1998-08-13"});
  // The cue may stand a few words away: "planned ... on Saturday".
  EXPECT_EQ(Found("Protesters planned a large demonstration in Little Havana on Saturday.",
                  "2000-01-07"),
            Strings{"Saturday=2000-01-08"});
  EXPECT_EQ(Found("Navigation Mixte is to resume trading in Paris Tuesday.", "1989-10-27"),
            Strings{"Tuesday=1989-10-31"});
  // "could" is no future cue (APW20000106.0064, DCT Thursday 2000-01-06).
  EXPECT_EQ(Found("Neither he nor Elian's four grandparents could be located Wednesday in "
                  "their hometown of Cardenas, east of Havana.",
                  "2000-01-06"),
            Strings{"Wednesday=2000-01-05"});
  // The noun "plan" is no future cue, nor "plans" as a past verb's object
  // (Reuters 00195, DCT Thursday 1987-02-26; Reuters 05409, DCT Monday
  // 1987-03-16); a plan to do something still looks ahead (Reuters 16631,
  // DCT Monday 1987-04-13).
  EXPECT_EQ(Found("New York Governor\nMario Cuomo, charged at a public meeting on the proposed "
                  "plan\non Tuesday that NRC members were more interested in protecting",
                  "1987-02-26"),
            Strings{"Tuesday=1987-02-24"});
  EXPECT_EQ(Found("restaurants in Los Angeles and\nBakersfield, Calif., that it announced plans "
                  "to buy Friday are\nexpected to generate annual sales",
                  "1987-03-16"),
            Strings{"Friday=1987-03-13"});
  EXPECT_EQ(Found("cause the president to back away from his plan to issue a\nproclamation on "
                  "Friday slapping 100 per cent tariffs on a range",
                  "1987-04-13"),
            Strings{"Friday=1987-04-17"});
  // "goes" in the plain present is a schedule, as "meets" (Reuters 12761,
  // DCT Friday 1987-04-03).
  EXPECT_EQ(Found("schedules, they said.\n    The dispute goes to the Commission on Monday, they "
                  "said.",
                  "1987-04-03"),
            Strings{"Monday=1987-04-06"});
  EXPECT_EQ(Found("since last Wednesday and until next Monday", "2000-03-30"),
            (Strings{"last Wednesday=2000-03-29", "next Monday=2000-04-03"}));
  EXPECT_EQ(Found("Iraq's Saddam Hussein said yesterday, and today, and will tomorrow",
                  "1990-08-15"),
            (Strings{"yesterday=1990-08-14", "today=1990-08-15", "tomorrow=1990-08-16"}));
  // A part of the day is in the span, but a time of day is no date: the
  // value is the day's, as TempEval-3 gives most such DATEs
  // (APW20000405.0276, NYT20000329.0359, APW19991024.0075).
  EXPECT_EQ(Found("was killed Wednesday night; the talks resume tonight", "2000-04-07"),
            (Strings{"Wednesday night=2000-04-05", "tonight=2000-04-07"}));
  EXPECT_EQ(Found("they did not plan to remove Elian on Thursday morning even if", "2000-03-29"),
            Strings{"Thursday morning=2000-03-30"});
  // Reuters-21578 08679 (dated 24 March 1987).
  EXPECT_EQ(Found("Thatcher left Bonn early yesterday evening after talks with", "1987-03-24"),
            Strings{"early yesterday evening=1987-03-23"});
  // "this morning" is a time of day (TimeML's TIME; TempEval-3 gold
  // NYT19980206.0466 types it so), not a date under GUIDELINES.md.
  EXPECT_TRUE(Found("Currie's lawyers stated this morning that", "1998-02-06").empty());
  // A weekday before a written date is part of it.
  EXPECT_EQ(Found("on Tuesday, Jan. 6, the court", "1998-01-08"),
            Strings{"Tuesday, Jan. 6=1998-01-06"});
  // Without a document date relative dates are not dates.
  EXPECT_TRUE(Found("The World Court Friday rejected it yesterday").empty());
}

TEST_F(DateExtractorTest, AbbreviatedWeekdaysAndYearsThroughYears) {
  // tests/data/releases-blind5 (kg-jalal-abad-unicef-cyrillic, a dateline;
  // kz-almaty-eag-npo-risks): an abbreviated weekday is part of the date, and
  // "through" joins two years into one range, as "from ... to" does.
  EXPECT_EQ(Found("Jalal-Abad (\u0416\u0430\u043b\u0430\u043b-\u0410\u0431\u0430\u0434), "
                  "Fri 3 Oct 2025\n"),
            Strings{"Fri 3 Oct 2025=2025-10-03"});
  EXPECT_EQ(Found("The EAG also presented its work plan for 2025 through 2027, which foresees"),
            Strings{"2025 through 2027=2025/2027"});
}

TEST_F(DateExtractorTest, HalvesFiscalYearsNextYearAndRangesAfterFrom) {
  // tests/data/releases-blind2 (tj-khorog-unwomen-returnees) and
  // releases-blind3 (uz-samarkand-unoct-conference, uz-brussels-hague-visit,
  // kg-naryn-auca-universities, tj-panjakent-unesco-pdf).
  const std::string dct = "2025-10-16";
  EXPECT_EQ(Found("was expected by the end of the first quarter of 2025.", dct),
            Strings{"the end of the first quarter of 2025=2025-Q1"});
  EXPECT_EQ(Found("expected in H1 2026 and funded in FY2025", dct),
            (Strings{"H1 2026=2026-H1", "FY2025=2025"}));
  EXPECT_EQ(Found("is planned for 20 and 21 May next year.", dct),
            (Strings{"20=2026-05-20", "21 May next year=2026-05-21"}));
  // A month alone after "from", "before" or "after" (releases-blind16;
  // Reuters 00914): the month is the span, as after "in" or "by".
  EXPECT_EQ(Found("will include the course in its curriculum from September; approval is "
                  "expected before August and the report after July.",
                  "2025-06-05"),
            (Strings{"September=2025-09", "August=2025-08", "July=2025-07"}));
  // "since" before a half, a quarter code or a decade: an open range.
  EXPECT_EQ(Found("GCERF has funded since H1 2024 and since Q3 2022; such visits since the "
                  "mid-2010s.",
                  dct),
            (Strings{"since H1 2024=2024-H1/", "since Q3 2022=2022-Q3/",
                     "since the mid-2010s=201/"}));
  // "from" joins a range only with the word that ends it.
  EXPECT_EQ(Found("a conference in Samarkand from 1-3 July 2025 and from 5 to 7 May", dct),
            (Strings{"1-3 July 2025=2025-07-01/2025-07-03", "from 5 to 7 May=2025-05-05/2025-05-07"}));
}

TEST_F(DateExtractorTest, SinceASeasonOrAPartOfAYearAndAQuarterCodeAlone) {
  // tests/data/releases-blind4 (eu-luxembourg-ministerial,
  // kg-osh-mediators-embassy, uz-tashkent-eu-unodc-prisons) and
  // releases-blind3 (uz-samarkand-unoct-conference).
  EXPECT_EQ(Found("his country had taken back 349 women and children since the spring of 2022,",
                  "2025-10-21"),
            Strings{"since the spring of 2022=2022-SP/"});
  EXPECT_EQ(Found("six courses that have taken place in Jalal-Abad and Osh regions since the "
                  "third quarter of 2023.",
                  "2024-11-18"),
            Strings{"since the third quarter of 2023=2023-Q3/"});
  EXPECT_EQ(Found("A study visit for six officials to Brussels and Oslo is planned for Q4.",
                  "2025-10-07"),
            Strings{"Q4=2025-Q4"});
  EXPECT_EQ(Found("a working group will meet in Q3 to draft common standards", "2025-07-04"),
            Strings{"Q3=2025-Q3"});
  // Not a date: a quarter code opening a sentence with no preposition.
  EXPECT_EQ(Found("Q3 results rose.", "2025-07-04"), Strings{});
  // tests/data/releases-blind24 (a training calendar): a quarter code opening
  // an entry before its colon is that quarter of the document's year.
  EXPECT_EQ(Found("Planned next:\n- Q2: online module on recruitment (60 teachers)\n"
                  "- Q3: mentoring for 40 women\n- Q4 2025: regional review",
                  "2025-02-03"),
            (Strings{"Q2=2025-Q2", "Q3=2025-Q3", "Q4 2025=2025-Q4"}));
  EXPECT_EQ(Found("The Q2 figures rose; Q3 was flat.", "2025-07-04"), Strings{});
}

TEST_F(DateExtractorTest, AMonthRangeAfterFromWithoutAYear) {
  // tests/data/releases-blind4 (kg-bishkek-unhcr-statelessness): one range,
  // the modifiers inside it, the year from the document's date.
  EXPECT_EQ(Found("The mobile teams, each of three lawyers and a registrar, worked from early "
                  "March to mid-April.",
                  "2025-04-22"),
            Strings{"from early March to mid-April=2025-03/2025-04"});
  // tests/data/releases-blind (tj-kulob-worldbank): with a year, as before.
  EXPECT_EQ(Found("From March to June 2025, the project trained farmers.", "2025-07-01"),
            Strings{"From March to June 2025=2025-03/2025-06"});
}

// tests/data/releases-blind6: ranges and halves of months across a new year.
TEST_F(DateExtractorTest, RangesAndHalvesOfMonthsAcrossTheNewYear) {
  // kg-bishkek-kabar-imams-winter, dated 18 December 2025. "From X to Y"
  // with month-first days of two months is one range, as its gold and
  // GUIDELINES.md read it; it lies after the dateline.
  EXPECT_EQ(Found("The State Commission will hold dialogue meetings in all seven regions of the "
                  "country from January 12 to February 27, the Commission's press service "
                  "reported.",
                  "2025-12-18"),
            (Strings{"from January 12 to February 27=2026-01-12/2026-02-27"}));
  // The news wires' dotted abbreviations stay two dates, as TimeML writes
  // them (TempEval-3 train, wsj_0679).
  EXPECT_EQ(Found("including 100,000 shares bought from Aug. 26 to Oct. 20 for $23.31 to $24.25 "
                  "a share.",
                  "1989-10-30"),
            (Strings{"Aug. 26=1989-08-26", "Oct. 20=1989-10-20"}));
  EXPECT_EQ(Found("The first meetings will take place in Batken and Osh in the second half of "
                  "January.",
                  "2025-12-18"),
            Strings{"the second half of January=2026-01"});
  // uz-termez-unama-cross-border-youth, dated 14 October 2025: the end lies
  // in the next year.
  EXPECT_EQ(Found("a scheme of microgrants for young entrepreneurs, open from mid-November to "
                  "the end of February.",
                  "2025-10-14"),
            Strings{"from mid-November to the end of February=2025-11/2026-02"});
  // at-vienna-osce-chairmanship-hcnm, dated 3 March 2025: "intends" looks
  // ahead to this year's December, not back to the last.
  EXPECT_EQ(Found("The Chairmanship intends to present the conclusions of the meeting to the "
                  "Ministerial Council in Helsinki on 4 and 5 December.",
                  "2025-03-03"),
            (Strings{"4=2025-12-04", "5 December=2025-12-05"}));
}

TEST_F(DateExtractorTest, RelativeWeeksMonthsYearsAndQuarters) {
  // wsj_0144 and others, DCT 1989-10-30.
  const std::string dct = "1989-10-30";
  EXPECT_EQ(Found("Profit fell last year and will rise next year.", dct),
            (Strings{"last year=1988", "next year=1990"}));
  EXPECT_EQ(Found("sales rose this month after falling last month", dct),
            (Strings{"this month=1989-10", "last month=1989-09"}));
  EXPECT_EQ(Found("shares fell last week and rose this week", dct),
            (Strings{"last week=1989-W43", "this week=1989-W44"}));
  EXPECT_EQ(Found("as early as next week.", "1999-04-19"), Strings{"next week=1999-W17"});
  EXPECT_EQ(Found("In the third quarter, net income rose 20% to $5 million from $4 million "
                  "a year earlier.",
                  dct),
            (Strings{"the third quarter=1989-Q3", "a year earlier=1988-Q3"}));
  EXPECT_EQ(Found("The third-quarter loss compares with year-earlier profit.", dct),
            (Strings{"third-quarter=1989-Q3", "year-earlier=1988-Q3"}));
  EXPECT_EQ(Found("Without a quarter, a year ago means the year.", dct),
            Strings{"a year ago=1988"});
  EXPECT_EQ(Found("earnings for the quarter and the fourth quarter", dct),
            (Strings{"the quarter=1989-Q3", "the fourth quarter=1989-Q4"}));
  EXPECT_EQ(Found("for the fourth quarter of 1988 and the year-ago quarter", dct),
            (Strings{"the fourth quarter of 1988=1988-Q4", "the year-ago quarter=1988-Q3"}));
  // A quarter that has not begun yet is last year's when that one is nearer
  // or the sentence reports the past, read across wrapped lines (Reuters
  // 00432); else the coming one (tests/data/releases-blind2,
  // tm-ashgabat-unrcca; Reuters: "expected to close in the second quarter").
  EXPECT_EQ(Found("results for the fourth quarter", "1998-02-10"),
            Strings{"the fourth quarter=1997-Q4"});
  EXPECT_EQ(Found("Productivity increased 0.7 pct from 1985,\nreflecting a rise of 0.5 pct in\nthe "
                  "second quarter.",
                  "1987-03-02"),
            (Strings{"1985=1985", "the second quarter=1986-Q2"}));
  EXPECT_EQ(Found("Participants agreed on three steps:\n- a meeting of religious scholars from "
                  "Mary and Herat in the second quarter;",
                  "2025-03-04"),
            Strings{"the second quarter=2025-Q2"});
  EXPECT_EQ(Found("The deal is expected to close in the second quarter.", "1987-03-05"),
            Strings{"the second quarter=1987-Q2"});
  // Two months joined by "and" or "or" are one stretch of time, not read on
  // both sides of the document date (Reuters 18400, 06897, 07647); a pair on
  // one side stays as read (Reuters 05485, 08578).
  EXPECT_EQ(Found("a fresh buying tender for shipping between July and September, trade "
                  "sources said.",
                  "1987-06-15"),
            (Strings{"July=1987-07", "September=1987-09"}));
  EXPECT_EQ(Found("shipments were lower than expected due to snowstorms in January and "
                  "February that forced the closing of some plants.",
                  "1987-03-20"),
            (Strings{"January=1987-01", "February=1987-02"}));
  EXPECT_EQ(Found("operated at 79.8 pct of capacity, compared with 79.6 pct in January and "
                  "December, the Board said.",
                  "1987-03-16"),
            (Strings{"January=1987-01", "December=1986-12"}));
  EXPECT_EQ(Found("the dollars that were sold from the reserves in September and October (1986) "
                  "have been bought back",
                  "1987-03-23"),
            (Strings{"September=1986-09", "October=1986-10", "1986=1986"}));
  // A clause reported after "that" keeps its own tense, whatever the verb
  // of saying before it (Reuters 19559, 07162).
  EXPECT_EQ(Found("Ali told a news conference that including Iraq, \"OPEC third\nquarter "
                  "output will be between 17.5 and 17.7 mln bpd.\"",
                  "1987-06-29"),
            Strings{"third\nquarter=1987-Q3"});
  EXPECT_EQ(Found("The subsidiary said that on June 1 it will redeem 40,000 of its shares.",
                  "1987-03-19"),
            Strings{"June 1=1987-06-01"});
  EXPECT_EQ(Found("The Representative noted that 900 teachers have been trained so far, and "
                  "that a manual will be printed in the third quarter.",
                  "2025-04-14"),
            Strings{"the third quarter=2025-Q3"});
  EXPECT_EQ(Found("It happened two years ago and five months ago.", "1998-03-01"),
            (Strings{"two years ago=1996", "five months ago=1997-10"}));
  EXPECT_EQ(Found("Sales slumped earlier this year and will recover early next year.", dct),
            (Strings{"earlier this year=1989", "early next year=1990"}));
  EXPECT_EQ(Found("for fiscal 1990 and in late 1997 and mid-1996", dct),
            (Strings{"fiscal 1990=1990", "late 1997=1997", "mid-1996=1996"}));
  EXPECT_EQ(Found("the vitriol of the late 1980s, the '90s and the 20th century", "1998-10-25"),
            (Strings{"the late 1980s=198", "the '90s=199", "the 20th century=19"}));
  EXPECT_EQ(Found("In January this year and in June last year", "1998-02-19"),
            (Strings{"January this year=1998-01", "June last year=1997-06"}));
  EXPECT_EQ(Found("Slepian was shot last October; last fall was dry.", "1999-05-05"),
            (Strings{"last October=1998-10", "last fall=1998-FA"}));
  EXPECT_EQ(Found("he was shot to death last Oct. 23 at his home", "1999-04-19"),
            Strings{"Oct. 23=1998-10-23"});
  EXPECT_EQ(Found("Atlanta nineteen ninety-six. In the winter of nineteen ninety-four", dct),
            (Strings{"nineteen ninety-six=1996", "the winter of nineteen ninety-four=1994-WI"}));
  // A decade word is the latest such decade (VOA19980303.1600.2745); not a
  // person's age.
  EXPECT_EQ(Found("hate group numbers dropping through the nineties, uh but this year they",
                  "1998-03-03"),
            (Strings{"the nineties=199", "this year=1998"}));
  EXPECT_EQ(Found("in the early seventies", "1998-03-03"), Strings{"the early seventies=197"});
  EXPECT_TRUE(Found("a man in his sixties", "1998-03-03").empty());
  EXPECT_TRUE(Found("dropping through the nineties").empty());
  // "post-1959" is dated by its year (NYT20000224.0173).
  EXPECT_EQ(Found("above almost anything, but the post-1959 politics have managed to split",
                  "2000-02-24"),
            Strings{"post-1959=1959"});
  EXPECT_TRUE(Found("post-war and pre-tax figures", "2000-02-24").empty());
  EXPECT_EQ(Found("the approach of the year 2000 and the 1988 period", dct),
            (Strings{"the year 2000=2000", "the 1988 period=1988"}));
  // A round year spelled out is a year after "the year" only
  // (PRI19980205.2000.1998): alone, "two thousand" counts.
  EXPECT_EQ(Found("His promise to half unemployment by the year two thousand has been "
                  "abandoned.",
                  "1998-02-05"),
            Strings{"the year two thousand=2000"});
  EXPECT_TRUE(Found("two thousand people marched and nineteen hundred stayed", dct).empty());
}

TEST_F(DateExtractorTest, ReferenceValues) {
  EXPECT_EQ(Found("Now the alliance's mission is more complex. It currently has 19 members."),
            (Strings{"Now=PRESENT_REF", "currently=PRESENT_REF"}));
  EXPECT_EQ(Found("The US government recently announced rules for the future; in recent years"),
            (Strings{"recently=PAST_REF", "the future=FUTURE_REF", "recent years=PAST_REF"}));
  // Vague plural times, without the "the" before them (NYT19980206.0460,
  // wsj_1003, wsj_0568, wsj_0585).
  EXPECT_EQ(Found("it expects the economy to slow in coming months as ripple effects"),
            Strings{"coming months=FUTURE_REF"});
  EXPECT_EQ(Found("\"It doesn't bode well for coming quarters,\" said John Jacobson"),
            Strings{"coming quarters=FUTURE_REF"});
  EXPECT_EQ(Found("carry-forwards that will cut tax payments in future quarters."),
            Strings{"future quarters=FUTURE_REF"});
  EXPECT_EQ(Found("there were sell programs in past years, too"),
            Strings{"past years=PAST_REF"});
  // "for now", "until now" and "now that" are the present, as TimeML marks
  // them (NYT19980907.0112, ABC19980304.1830.1636, AP900816-0139).
  EXPECT_EQ(Found("For now, the State Department says, Embassy employees can work there."),
            Strings{"now=PRESENT_REF"});
  EXPECT_EQ(Found("some say female pilots were held up until now by the lack of piloting"),
            Strings{"now=PRESENT_REF"});
  EXPECT_EQ(Found("Aqaba is Iraq's only outlet now that an international noose has tightened."),
            Strings{"now=PRESENT_REF"});
  // Phrases that only hold the word: a span of time from the present on
  // (NYT19981026.0446), a time reached by it.
  EXPECT_EQ(Found("is going to be a major theme of our campaign from now to Election Day.",
                  "1998-10-26"),
            Strings{"Election Day=1998-11-03"});
  EXPECT_TRUE(Found("From now on, and by now, they were silent").empty());
  // "Now," opening a sentence is a discourse marker (WSJ910225-0066,
  // wsj_0575).
  EXPECT_TRUE(Found("Iraq was ready to withdraw.\" Now, he says, \"it looks like the West just "
                    "wants to destroy Iraq.\"")
                  .empty());
  EXPECT_TRUE(Found("losses of more than $1 billion.  Now, following asset sales that shrank "
                    "revenue")
                  .empty());
}

TEST_F(DateExtractorTest, TheNearTermAndALaterDateAreTheFuture) {
  // TimeML's FUTURE_REF, as "the near future" (wsj_0568, wsj_0584,
  // wsj_0981, DCT 1989-10).
  EXPECT_EQ(Found("But we don't minimize the challenges of the near term.\"  Securities analysts",
                  "1989-10-30"),
            Strings{"the near term=FUTURE_REF"});
  EXPECT_EQ(Found("in order to placate some LIN holders in the short term.  The plan still calls",
                  "1989-10-30"),
            Strings{"the short term=FUTURE_REF"});
  EXPECT_EQ(Found("through bank borrowings or debt and equity offerings, at a later date. "
                  "Construction is set to begin",
                  "1989-10-26"),
            Strings{"a later date=FUTURE_REF"});
  // Words that qualify a noun, and "the long run", are no times (Reuters).
  EXPECT_TRUE(Found("not have a major impact on Rockwell's near-term performance.", "1987-03-30")
                  .empty());
  EXPECT_TRUE(Found("the near term outlook for the dollar", "1987-03-30").empty());
  EXPECT_TRUE(Found("to convince Iraq that it will lose in the long run by simply standing pat.",
                    "1990-08-15")
                  .empty());
}

TEST_F(DateExtractorTest, ADayWordWithACapitalAfterANameIsAName) {
  // A paper and a programme (Reuters, VOA19980331.1700.1533).
  EXPECT_EQ(Found("WASHINGTON, March 30 - Gannett Co's USA Today said it", "1987-03-30"),
            Strings{"March 30=1987-03-30"});
  EXPECT_TRUE(Found("livers which are in the shortest supply. This is VOA Today.", "1998-03-31")
                  .empty());
  // The day itself, after a name or opening a sentence (AP900815-0044,
  // APW19990507.0207).
  EXPECT_EQ(Found("President Bush today denounced Saddam's ``ruinous policies of war,''",
                  "1990-08-15"),
            Strings{"today=1990-08-15"});
  EXPECT_EQ(Found("James Kopp.  ``Today, I'm here to tell you we have", "1999-05-07"),
            Strings{"Today=1999-05-07"});
}

TEST_F(DateExtractorTest, CurrentBeforeANounIsNoDate) {
  // "current" names no calendar time: seed release 004, wsj_0610, wsj_0586.
  EXPECT_TRUE(Found("information was provided regarding the current situation in Afghanistan",
                    "2024-09-13")
                  .empty());
  EXPECT_TRUE(Found("Kellogg's current share is believed to be slightly under 40%", "1989-10-30")
                  .empty());
  EXPECT_TRUE(Found("when Wall Street's plunge helped spark the current weakness in London.")
                  .empty());
  // A longer relative date keeps its own value (wsj_0344).
  EXPECT_EQ(Found("sales from the current year's figures", "1989-11-01"),
            Strings{"the current year=1989"});
  // wsj_0924: "then current" looks back; accounting terms are no times.
  EXPECT_TRUE(Found("to buy additional shares at 50% of the then current market price").empty());
  EXPECT_TRUE(Found("a current account deficit and current liabilities; currently").size() == 1);
}

TEST_F(DateExtractorTest, TheYearAndThePastWithoutANumber) {
  // wsj_0520, wsj_0189, wsj_0568, wsj_0918 (DCT 1989-10-30).
  const std::string dct = "1989-10-30";
  EXPECT_EQ(Found("rising to a high for the year of $42.875 a share", dct),
            Strings{"the year=1989"});
  EXPECT_EQ(Found("decline in revenue through the first nine months of the year.", dct),
            Strings{"the year=1989"});
  EXPECT_EQ(Found("Sales for the full year were $6.6 billion", dct),
            Strings{"the full year=1989"});
  EXPECT_EQ(Found("a reduction of $500 million by the end of the year.", dct),
            Strings{"the end of the year=1989"});
  EXPECT_EQ(Found("herbicide use was delayed earlier in the year by heavy rains", dct),
            Strings{"earlier in the year=1989"});
  // The fiscal year too (wsj_0136, DCT 1989-11-02), and the latest one is
  // the last full one (wsj_1006, DCT 1989-10-26).
  EXPECT_EQ(Found("the significant drop in net income will result in lower earnings for the "
                  "fiscal year. In fiscal 1988, the company earned",
                  "1989-10-30"),
            (Strings{"the fiscal year=1989", "fiscal 1988=1988"}));
  EXPECT_EQ(Found("7.38 billion Canadian dollars (US$6.3 billion) in sales in the latest fiscal "
                  "year.",
                  "1989-10-26"),
            Strings{"the latest fiscal year=1988"});
  // wsj_0505 (DCT 1989-10-31).
  EXPECT_EQ(Found("In the fiscal year ended Jan. 31, the company reported sales", "1989-10-31"),
            Strings{"Jan. 31=1989-01-31"});
  // A year that ended on another day, or the one before, is not the DCT's
  // (wsj_0520 "the year ended March 31"; APW19980227 "the year before").
  EXPECT_EQ(Found("revenue of $76 million for the year ended March 31.", dct),
            Strings{"March 31=1989-03-31"});
  EXPECT_TRUE(Found("down from $450 million the year before; the year-earlier results", dct)
                  .size() == 1);
  // APW19980227.0494, WSJ900813-0157: "in the past" is PAST_REF; "the past
  // three years" is a duration.
  EXPECT_EQ(Found("In the past, Russia has often claimed that Ukraine was undermining"),
            Strings{"the past=PAST_REF"});
  EXPECT_EQ(Found("commanders have indicated in the past that they were capable"),
            Strings{"the past=PAST_REF"});
  EXPECT_TRUE(Found("sales rose in the past three years and in the past week's trading").size() <=
              1);
  EXPECT_TRUE(Found("in the past three years").empty());
}

TEST_F(DateExtractorTest, SeasonsWithoutAYear) {
  // wsj_1003, wsj_0928 (DCT 1989-10-26): seasons begun by the document date.
  EXPECT_EQ(Found("order entry has increased from the low levels of the early summer, following",
                  "1989-10-26"),
            Strings{"the early summer=1989-SU"});
  EXPECT_EQ(Found("to meet demand for its newest computers well into the summer.", "1989-10-26"),
            Strings{"the summer=1989-SU"});
  // The same clause in a February text: that summer was last year's.
  EXPECT_EQ(Found("These problems resulted in a shortage well into the summer.", "1990-02-10"),
            Strings{"the summer=1989-SU"});
  // ... unless the clause looks ahead (NYT19980206.0460, DCT 1998-02-06).
  EXPECT_EQ(Found("the manufacturing sector is going to start getting beat up in the spring.",
                  "1998-02-06"),
            Strings{"the spring=1998-SP"});
  // "this summer" is the document's year (APW19980322.0749, DCT 1998-03-22).
  EXPECT_EQ(Found("pledge to participate in each others' road-blocking protests this summer.",
                  "1998-03-22"),
            Strings{"this summer=1998-SU"});
  // "the fall" is more often a drop than autumn; plurals are no dates.
  EXPECT_TRUE(Found("the fall of the Berlin Wall; for the past three summers", "1990-02-10")
                  .empty());
}

TEST_F(DateExtractorTest, AQuarterRankedByARelativeClauseIsNoDate) {
  // tests/data/releases-blind15 (kz-astana-undp-mid-year-programme-report):
  // "the first quarter in which ..." ranks a period; "Q3 2024" is the date.
  EXPECT_EQ(Found("Q3 2024 was the first quarter in which mentoring hours exceeded training "
                  "hours.",
                  "2025-07-28"),
            Strings{"Q3 2024=2024-Q3"});
  EXPECT_EQ(Found("Activity picked up in the second quarter.", "2025-07-28"),
            Strings{"the second quarter=2025-Q2"});
}

TEST_F(DateExtractorTest, ACommitmentsInfinitiveLooksAhead) {
  // tests/data/releases-blind15 (uz-tashkent-unodc-probation): what
  // participants "agreed to" do is ahead of them, so an April release's
  // "the autumn" is this year's, not last year's.
  EXPECT_EQ(Found("Participants agreed to draft common minimum standards and to meet again in "
                  "Dushanbe in the autumn.",
                  "2025-04-22"),
            Strings{"the autumn=2025-FA"});
  // Without the commitment the past clause keeps the past autumn.
  EXPECT_EQ(Found("Participants met again in Dushanbe in the autumn.", "2025-04-22"),
            Strings{"the autumn=2024-FA"});
}

// tests/data/releases-blind20 (uz-tashkent-mfa): what a letter proposes is
// ahead, though the clause that hands it over is past; so is what one is
// invited to. Without the proposal the past clause keeps the past autumn.
TEST_F(DateExtractorTest, AProposalLooksAhead) {
  EXPECT_EQ(Found("On 21 April, the Minister handed the Ambassador a letter proposing political "
                  "consultations in Tashkent in the autumn.",
                  "2026-04-22"),
            (Strings{"21 April=2026-04-21", "the autumn=2026-FA"}));
  EXPECT_EQ(Found("The Ministry sent a note inviting the delegation to Tashkent in the autumn.",
                  "2026-04-22"),
            Strings{"the autumn=2026-FA"});
  EXPECT_EQ(Found("The Minister met the delegation in Tashkent in the autumn.", "2026-04-22"),
            Strings{"the autumn=2025-FA"});
}

// tests/data/releases-blind20 (kg-bishkek-think-tank): a year after "of"
// closing a definite plural noun phrase, before a verb, is a date; a number
// before a plural noun or a scale is not.
TEST_F(DateExtractorTest, AYearAfterAPluralsOfIsADate) {
  EXPECT_EQ(Found("a dialogue on what the border settlements of 2025 mean for communities",
                  "2026-05-03"),
            Strings{"2025=2025"});
  EXPECT_EQ(Found("Imports in the first two months of 1987 totalled 5 mln tonnes.", "1987-03-03"),
            Strings{"1987=1987"});
  EXPECT_TRUE(Found("The holders of 1990 mln dlrs of notes.", "1987-03-03").empty());
  EXPECT_TRUE(Found("the sale of 2000 shares to the public", "1987-03-03").empty());
  EXPECT_TRUE(Found("the owners of 1990 shares", "1987-03-03").empty());
}

TEST_F(DateExtractorTest, HyphenatedWordsAreNoTenseCuesButModifiers) {
  // wsj_0816 (DCT Friday 1989-10-27): "lower-than-expected" is an adjective,
  // not a future cue.
  EXPECT_EQ(Found("reporting lower-than-expected earnings after the stock market closed "
                  "Wednesday.",
                  "1989-10-27"),
            Strings{"Wednesday=1989-10-25"});
  EXPECT_EQ(Found("Ford is expected to report earnings Wednesday.", "1989-10-27"),
            Strings{"Wednesday=1989-11-01"});
  // APW20000128.0316 (DCT 2000-01-28): "late-" as "mid-".
  EXPECT_EQ(Found("kidnapped along with the boy'' to make the late-November trip, Castro said.",
                  "2000-01-28"),
            Strings{"late-November=1999-11"});
}

TEST_F(DateExtractorTest, HolidaysAreTheirDayNearestTheDocumentDate) {
  // NYT20000106.0007, APW20000210.0328: Thanksgiving 1999 was 25 November.
  EXPECT_EQ(Found("was plucked from the Atlantic on Thanksgiving Day and brought ashore.",
                  "2000-01-06"),
            Strings{"Thanksgiving Day=1999-11-25"});
  EXPECT_EQ(Found("clinging to an inner tube in the Atlantic last Thanksgiving following a boat "
                  "wreck",
                  "2000-02-10"),
            Strings{"last Thanksgiving=1999-11-25"});
  // Before it in the same year, news looks back to last year's; a future
  // cue or "next" looks ahead.
  EXPECT_EQ(Found("Sales rose at Christmas, and the store will open on Christmas Eve.",
                  "1989-10-30"),
            (Strings{"Christmas=1988-12-25", "Christmas Eve=1989-12-24"}));
  EXPECT_EQ(Found("next Thanksgiving", "1998-11-26"), Strings{"next Thanksgiving=1999-11-25"});
  EXPECT_EQ(Found("on New Year's Day", "1999-03-01"), Strings{"New Year's Day=1999-01-01"});
  // Election Day is the Tuesday after the first Monday of November: 3
  // November 1998, but 2 November 1999, whose first day was a Monday.
  EXPECT_EQ(Found("the vote on Election Day", "1998-11-21"),
            Strings{"Election Day=1998-11-03"});
  EXPECT_EQ(Found("next Election Day", "1999-03-01"), Strings{"next Election Day=1999-11-02"});
  // Without a document date they are not dates.
  EXPECT_TRUE(Found("on Thanksgiving Day").empty());
}

TEST_F(DateExtractorTest, AnaphoricUnitsFollowTheDateWrittenBefore) {
  // APW19980418.0210, APW20000128.0316, wsj_0786, wsj_0026.
  EXPECT_EQ(Found("On May 22, 1995, Farkas was made a brigadier general, and the following year "
                  "he was appointed military attache",
                  "1998-04-18"),
            (Strings{"May 22, 1995=1995-05-22", "the following year=1996"}));
  EXPECT_EQ(Found("Munero had fled to Florida in June 1998 and returned to Cuba later that year, "
                  "only to be jailed",
                  "2000-01-28"),
            (Strings{"June 1998=1998-06", "later that year=1998"}));
  EXPECT_EQ(Found("In March, American Medical received a $24-a-share offer. The following month, "
                  "the company put itself up for sale.",
                  "1989-10-27"),
            (Strings{"March=1989-03", "The following month=1989-04"}));
  EXPECT_EQ(Found("Slepian was killed on Oct. 23, 1998 by a sniper. Earlier that day, the family "
                  "sent a fax",
                  "1999-10-24"),
            (Strings{"Oct. 23, 1998=1998-10-23", "Earlier that day=1998-10-23"}));
  // wsj_1014: "the last half" of a written year is its second.
  EXPECT_EQ(Found("lower-than-anticipated earnings for the last half of 1989 and for 1990.",
                  "1989-10-26"),
            (Strings{"the last half of 1989=1989-H2", "1990=1990"}));
  // Without an earlier date of that unit there is nothing to follow.
  EXPECT_TRUE(Found("a relatively small share of U.S. watch imports that year", "1989-11-02")
                  .empty());
  EXPECT_EQ(Found("In 1988, imports rose; the following month they fell.", "1989-11-02"),
            Strings{"1988=1988"});
}

// "the next day", "the next morning", "the previous day": a day after or
// before the one the text last named (Reuters 04659, 17342, 20723).
TEST_F(DateExtractorTest, TheNextAndThePreviousDayFollowTheDayWrittenBefore) {
  EXPECT_EQ(Found("    Tesco's offer, made on March 10, values each Hillards\nordinary share at "
                  "305.5p, a 37.6 pct premium over the previous\nday's  closing price.",
                  "1987-03-13"),
            (Strings{"March 10=1987-03-10", "the previous\nday=1987-03-09"}));
  EXPECT_EQ(Found("LONDON, April 27 - Syria is holding a buying tender on May\n6, for reply the "
                  "next day, for 24,000 tonnes white sugar",
                  "1987-04-27"),
            (Strings{"April 27=1987-04-27", "May\n6=1987-05-06", "the next day=1987-05-07"}));
  // NYT20000224.0173, DCT 2000-02-24, shortened: the hearing's day.
  EXPECT_EQ(Found("On Tuesday, he was taken to a hospital. He appeared in court the next morning.",
                  "2000-02-24"),
            (Strings{"Tuesday=2000-02-22", "the next morning=2000-02-23"}));
  // Without a day written before it, "the next day" has nothing to follow.
  EXPECT_TRUE(Found("buy it back the next day at the same rate", "1987-03-25").empty());
}

// "the previous Friday": that weekday before the day the text last named
// (wsj_0586, DCT Monday 1989-10-30: the Friday before Friday 27 October).
TEST_F(DateExtractorTest, ThePreviousWeekdayPrecedesTheDayWrittenBefore) {
  EXPECT_EQ(Found("London share prices closed sharply lower Friday in active trading. The "
                  "Financial Times 100-share index shed 47.3 points to close at 2082.1, down "
                  "4.5% from the previous Friday and 6.8% from Oct. 13, when Wall Street's "
                  "plunge helped spark the current weakness in London.",
                  "1989-10-30"),
            (Strings{"Friday=1989-10-27", "the previous Friday=1989-10-20",
                     "Oct. 13=1989-10-13"}));
  // Said again, it is the same Friday (Reuters 10947, DCT Monday 1987-03-30).
  EXPECT_EQ(Found("refineries rose slightly in the U.S. and the Mediterranean\nlast Friday from "
                  "the previous week. West Texas Intermediate, an increase of 1.4\npct from the "
                  "previous Friday, while Brent valued at 18.89 dlrs, off 30 cts\nfrom the "
                  "previous friday.",
                  "1987-03-30"),
            (Strings{"last Friday=1987-03-27", "the previous week=1987-W13",
                     "the previous Friday=1987-03-20", "the previous friday=1987-03-20"}));
  // Without a day written before it, it is "last Friday".
  EXPECT_EQ(Found("down 4.5% from the previous Friday", "1989-10-30"),
            Strings{"the previous Friday=1989-10-27"});
}

TEST_F(DateExtractorTest, WeekdaysPossessiveRecurringAndUntil) {
  // APW20000107.0088 (DCT Friday 2000-01-07): the future cue belongs to the
  // clause, the possessive day to the ruling that was made.
  EXPECT_EQ(Found("relatives said they would look for ways to get around Wednesday's ruling",
                  "2000-01-07"),
            Strings{"Wednesday=2000-01-05"});
  EXPECT_EQ(Found("relatives said they would look for ways to get around it Wednesday",
                  "2000-01-07"),
            Strings{"Wednesday=2000-01-12"});
  // APW19980213.1320: recurring days are sets, not dates, and so is each
  // day listed before a plural part of the day (TimeML tags "Monday" a SET).
  EXPECT_EQ(Found("two new flights would leave Bombay on Monday and Tuesday nights from March "
                  "30, with the third departing each Thursday from August 6.",
                  "1998-02-13"),
            (Strings{"March 30=1998-03-30", "August 6=1998-08-06"}));
  // APW19990507.0207 (DCT Friday 1999-05-07): an opening "until" clause
  // before a past main clause looks back.
  EXPECT_EQ(Found("Until Thursday, they had not called Kopp a suspect.", "1999-05-07"),
            Strings{"Thursday=1999-05-06"});
  EXPECT_EQ(Found("INS extended its deadline until Thursday.", "1999-05-07"),
            Strings{"Thursday=1999-05-13"});
}

TEST_F(DateExtractorTest, DaysAfterAClockTimeAreTimesOfDay) {
  // APW19980213.1380 (DCT 1998-02-13), wsj_0152 and wsj_0542 (1989-11-02,
  // 1989-10-30): TimeML makes these TIMEs, not DATEs.
  EXPECT_TRUE(Found("in the town of Trujillo Alto at 10 p.m. Wednesday, police said.",
                    "1998-02-13")
                  .empty());
  EXPECT_TRUE(Found("but negotiations broke off at noon Thursday.", "1998-02-13").empty());
  EXPECT_TRUE(Found("common stock until 5 p.m. EST Nov. 9.", "1989-11-02").empty());
  EXPECT_TRUE(Found("that it doesn't already own until 5 p.m. EST, Nov. 6.", "1989-10-30").empty());
  EXPECT_TRUE(Found("previously had been scheduled to expire at midnight Friday.", "1989-10-30")
                  .empty());
  // "am " and "pm " written without dots are clock times too; "am" inside a
  // word ("Amsterdam") or "m" before no dot or space is none.
  EXPECT_TRUE(Found("the talks resume at 10 am Thursday.", "1998-02-13").empty());
  EXPECT_TRUE(Found("the talks resume at 4 pm Thursday.", "1998-02-13").empty());
  EXPECT_EQ(Found("the talks in Amsterdam broke off Thursday.", "1998-02-13"),
            Strings{"Thursday=1998-02-12"});
  // A day without a clock time stays a date.
  EXPECT_EQ(Found("negotiations broke off Thursday.", "1998-02-13"),
            Strings{"Thursday=1998-02-12"});
}

// tests/data/releases-blind20 (tj-rasht-ocha-rcst): after "on" a day of a
// month is a date of its own, which the time of day falls on; a weekday
// there stays part of the TIME ("midnight on Sunday").
TEST_F(DateExtractorTest, ADayOfAMonthAfterAClockTimeAndOnIsADate) {
  EXPECT_EQ(Found("Road crews expect to reopen one lane by noon on 10 October.", "2025-10-08"),
            Strings{"10 October=2025-10-10"});
  EXPECT_EQ(Found("The offer expires at midnight on March 31, the company said.", "1987-03-02"),
            Strings{"March 31=1987-03-31"});
  EXPECT_TRUE(Found("The strike ends at midnight on Sunday.", "1998-02-13").empty());
  EXPECT_TRUE(Found("The offer expires at 5 p.m. EST, Nov. 6.", "1989-10-30").empty());
}

TEST_F(DateExtractorTest, RelativeNotDates) {
  const std::string dct = "1998-04-10";
  EXPECT_TRUE(Found("the Good Friday agreement of Northern Ireland", dct).empty());
  EXPECT_TRUE(Found("a three-year plan, nine-week course, six months", dct).empty());
  EXPECT_TRUE(Found("at 10:30 on the dot; COVID-19; resolution 1267/1989/2253", dct).empty());
  EXPECT_TRUE(Found("Nepesova and Humay 2020 and the 1988 Sanctions Committee", dct).empty());
  EXPECT_TRUE(Found("2000 people marched; it cost $1990 and rose 1999%", dct).empty());
  EXPECT_TRUE(Found("You may go. They march on. The Sun reported it.", dct).empty());
  EXPECT_TRUE(Found("Earlier, the past was the past.", dct).empty());
}

// "Over the past decade" is the ten years up to the document, a duration
// (NYT19981025.0188, which TE3 marks P10Y; Reuters 06823, 17970); "in the
// last decade" is the calendar decade before the document's (NYT19980206.0460).
TEST_F(DateExtractorTest, OverThePastDecadeIsADuration) {
  EXPECT_TRUE(Found("harassment and threats against him by anti-abortion groups had become "
                    "routine over the past decade.",
                    "1998-10-25")
                  .empty());
  EXPECT_TRUE(Found("Growth in GDP over the past decade has averaged about 1.5 pct.", "1987-05-29")
                  .empty());
  EXPECT_EQ(Found("some of the earning power they lost to inflation in the last decade.",
                  "1998-02-06"),
            Strings{"the last decade=198"});
}

TEST_F(DateExtractorTest, DatesWithoutAYearNeedAnAnchorAndACapital) {
  const std::string text =
      "In September and October, the first phase of workshops was held. The group was "
      "organized this spring, and may meet on 15 October.";
  EXPECT_TRUE(Found(text).empty());
  EXPECT_EQ(Found(text, "2021-10-15"),
            (Strings{"September=2021-09", "October=2021-10", "this spring=2021-SP",
                     "15 October=2021-10-15"}));
  // "may" the verb is not a month, even where a month could stand.
  EXPECT_TRUE(Found("Participants may 15 minutes later join in may", "2021-10-15").empty());
  EXPECT_EQ(Found("It opened in May.", "2021-10-15"), Strings{"May=2021-05"});
  EXPECT_EQ(Found("It opens in March.", "2021-10-15"), Strings{"March=2022-03"});
  // The nearest year: a release of 7 January 2000 about "Nov. 25".
  EXPECT_EQ(Found("the crash on Nov. 25 killed", "2000-01-07"), Strings{"Nov. 25=1999-11-25"});
}

// The listed tense cues (looked up in hash sets): an irregular past
// ("bought", "sold") takes a distant month back a year, a listed future
// ("expects", "scheduled") forward; a regular "-ed" past too.
TEST_F(DateExtractorTest, ListedTenseCuesChooseTheYearOfADistantMonth) {
  EXPECT_EQ(Found("The company bought the unit in October.", "1990-04-10"),
            Strings{"October=1989-10"});
  EXPECT_EQ(Found("It sold the plant in October.", "1990-04-10"),
            Strings{"October=1989-10"});
  EXPECT_EQ(Found("The company expects to close the sale in October.", "1990-04-10"),
            Strings{"October=1990-10"});
  EXPECT_EQ(Found("The vote is scheduled for October.", "1990-04-10"),
            Strings{"October=1990-10"});
  EXPECT_EQ(Found("The company acquired the unit in October.", "1990-04-10"),
            Strings{"October=1989-10"});
}

TEST_F(DateExtractorTest, TenseChoosesTheYearOfADistantMonth) {
  // The nearest reading (October 1999, five months after a release of
  // 6 May 1999) is overruled by a past-tense clause.
  EXPECT_EQ(Found("Investigators have been searching for Kopp since shortly after the "
                  "shooting on Oct. 23.",
                  "1999-05-06"),
            Strings{"Oct. 23=1998-10-23"});
  EXPECT_EQ(Found("He was last seen Nov. 3, the day before authorities issued a warrant.",
                  "1999-05-07"),
            Strings{"Nov. 3=1998-11-03"});
  // "plan" after a determiner is a noun, no future cue: the nearest
  // January 1st of a release of 12 May 2023 is this year's.
  EXPECT_EQ(Found("The meeting on January 1st; the plan ends soon.", "2023-05-12"),
            Strings{"January 1st=2023-01-01"});
  EXPECT_EQ(Found("The meeting on January 1st; they plan to meet.", "2023-05-12"),
            Strings{"January 1st=2024-01-01"});
  EXPECT_EQ(Found("It had a net loss of $11 million in the fiscal year ended March 31.",
                  "1989-10-31"),
            Strings{"March 31=1989-03-31"});
  // A future clause looks ahead: Qantas in a release of 13 February 1998.
  EXPECT_EQ(Found("Qantas will almost double its flights between Australia and India by "
                  "August.",
                  "1998-02-13"),
            Strings{"August=1998-08"});
  // A near deadline keeps the nearest year whatever the tense (see
  // ANearMonthJustPastGoesByAPlainFuture for other near dates).
  EXPECT_EQ(Found("The rights were extended to Nov. 16.", "1989-10-30"),
            Strings{"Nov. 16=1989-11-16"});
  EXPECT_EQ(Found("The dividend is payable Jan. 2 to stock of record Dec. 15.", "1989-11-02"),
            (Strings{"Jan. 2=1990-01-02", "Dec. 15=1989-12-15"}));
  // A participle after "be" is passive, not past: the future stands
  // (ABC19980304.1830.1636, DCT 1998-03-04).
  EXPECT_EQ(Found("Lieutenant Colonel Eileen Collins will be named commander of the Space "
                  "Shuttle Columbia for a mission in December.",
                  "1998-03-04"),
            Strings{"December=1998-12"});
  // A date opening its sentence takes the tense of the first verb after it
  // (wsj_0786, DCT 1989-10-27): "brought" is past, the later "will" is not
  // what the date tells of.
  EXPECT_EQ(Found("The completion of the merger agreement follows months of twists and turns. "
                  "In January, American Medical brought in a new chief executive officer, "
                  "Richard A. Gilleland, 45, who will remain as chairman.",
                  "1989-10-27"),
            Strings{"January=1989-01"});
  EXPECT_EQ(Found("In March, the board will meet again.", "1989-10-27"),
            Strings{"March=1990-03"});
  // The present perfect dates no deadline in the past (wsj_0575, DCT
  // 1989-10-30; Reuters 10055, DCT 1987-03-26), but is past for a month
  // after "in" (wsj_0520, DCT 1989-10-30).
  EXPECT_EQ(Found("In recent months a group of lenders, led by Bank of America, has extended "
                  "Control Data up to $90 million in revolving loans through January, as well "
                  "as $115 million in standby letters of credit.",
                  "1989-10-30"),
            Strings{"January=1990-01"});
  EXPECT_EQ(Found("CFTC has required all futures exchanges by July 1 to have\nimplemented audit "
                  "trails",
                  "1987-03-26"),
            Strings{"July 1=1987-07-01"});
  EXPECT_EQ(Found("Nashua's stock has fluctuated sharply on takeover speculation, rising to a "
                  "high for the year of $42.875 a share in June from $29.75 in March.",
                  "1989-10-30"),
            (Strings{"the year=1989", "June=1989-06", "March=1989-03"}));
  // A verb of saying does not make the clause it reports past (Reuters
  // 15474, DCT 1987-04-09, unwrapped): the deadline stays ahead; a past
  // verb of the clause itself still counts.
  EXPECT_EQ(Found("Independent Air Inc said its board has extended the expiration of its Class "
                  "A warrants to June 30 from April 11.",
                  "1987-04-09"),
            (Strings{"June 30=1987-06-30", "April 11=1987-04-11"}));
  EXPECT_EQ(Found("Independent Air Inc said its board extended the expiration of its Class A "
                  "warrants to June 30.",
                  "1987-04-09"),
            Strings{"June 30=1986-06-30"});
}

// A month or day-month within two months of the document date and just
// before it is next year's when a plain future dates it, as a weekday is;
// otherwise the nearest reading stands: no cue, a past verb (often a plan
// reported), a deadline, a possessive, an expectation, a month naming a
// thing, or a future told in the past. Sentences from the releases, Reuters
// and TempEval-3, some dated anew so that the month lies on the other side
// of the document date.
TEST_F(DateExtractorTest, ANearMonthJustPastGoesByAPlainFuture) {
  // releases-blind2 (Ashgabat), releases-blind9 (Isfara), dated after the
  // month they name.
  EXPECT_EQ(Found("The next consultation will be held in Turkmenabat on the 5th of June.",
                  "2025-07-01"),
            Strings{"5th of June=2026-06-05"});
  EXPECT_EQ(Found("A second meeting is planned in Batken in October.", "2025-11-10"),
            Strings{"October=2026-10"});
  // releases-blind4 (Bokhtar), dated before the month it names: a past verb
  // moves no near month back.
  EXPECT_EQ(Found("A new centre in Kulob opened on 15 September.", "2025-08-20"),
            Strings{"15 September=2025-09-15"});
  // With no cue the nearest reading stands.
  EXPECT_EQ(Found("A second meeting in Batken in October.", "2025-11-10"),
            Strings{"October=2025-10"});
  // Reuters 00454 (DCT 1987-03-02): a schedule told in the past.
  EXPECT_EQ(Found("The agreement, which covers about 9.5 mln dlrs in short term debt, had been "
                  "scheduled to expire February 28.",
                  "1987-03-02"),
            Strings{"February 28=1987-02-28"});
  // Reuters 19668 (DCT 1987-06-29): "due to" before a noun gives a cause.
  EXPECT_EQ(Found("Danish crops are up to two weeks\nbehind normal growth levels due to the "
                  "cold weather in May and\nJune, when mean temperatures were up to four "
                  "centigrade below",
                  "1987-06-29"),
            (Strings{"May=1987-05", "June=1987-06"}));
  // Reuters 03019 (DCT 1987-03-09): a month naming a thing.
  EXPECT_EQ(Found("\"Talking will not stop the dollar's slide for long and the\nFebruary meeting "
                  "(of finance ministers of the Group of Five and",
                  "1987-03-09"),
            Strings{"February=1987-02"});
  // Reuters 00357 (DCT 1987-03-02): an expectation reports on the month
  // just past.
  EXPECT_EQ(Found("The French inflation rate is expected to show a substantial improvement in "
                  "February after January's very high 0.9 pct monthly rise.",
                  "1987-03-02"),
            (Strings{"February=1987-02", "January=1987-01"}));
  // Reuters 05179 (DCT 1987-03-15): a possessive month names when a thing
  // happened.
  EXPECT_EQ(Found("Ecuador as a result would maintain January's suspension of interest "
                  "payments.",
                  "1987-03-15"),
            Strings{"January=1987-01"});
  // APW19990216.0198 (DCT 1999-02-16): "to" between the verb and the date;
  // wsj_0534 (DCT 1989-10-30): reported speech; wsj_0586 (DCT 1989-10-30).
  EXPECT_EQ(Found("Secretary of State Madeleine Albright invited the foreign ministers of "
                  "Poland, the Czech Republic and Hungary to a ceremony in Independence, Mo., "
                  "on March 12 to mark the accession.",
                  "1999-02-16"),
            Strings{"March 12=1999-03-12"});
  EXPECT_EQ(Found("Conseco Inc. said it is calling for the redemption on Dec. 7 of all the "
                  "800,000 remaining shares.",
                  "1989-10-30"),
            Strings{"Dec. 7=1989-12-07"});
  EXPECT_EQ(Found("Dealers placed heavy buy orders in the morning to start the first trading "
                  "day for November transactions.",
                  "1989-10-30"),
            Strings{"November=1989-11"});
}

// An irregular participle after "be" is passive, not past, so a future
// clause keeps looking ahead; and a verb of saying does not make the
// future it reports past (a future in the past is still ahead of the
// document). Reuters sentences as wrapped in the corpus.
TEST_F(DateExtractorTest, AFutureReportedOrPassiveStaysAhead) {
  // Reuters 16216, DCT 1987-04-13: "held" after "be".
  EXPECT_EQ(Found("Caesars' board approved a recapitalization plan\nas an alternative to the "
                  "Sosnoff offer under which shareholders\nwould receive a special dividend of "
                  "25 dlrs per share, subject\nto approval by shareholders at a special meeting "
                  "to be held in\nJune.",
                  "1987-04-13"),
            Strings{"June=1987-06"});
  // Reuters 17507, DCT 1987-06-01: "anticipated" after "is".
  EXPECT_EQ(Found("    Closing of the transaction is anticipated in August, the\ncompanies said.",
                  "1987-06-01"),
            Strings{"August=1987-08"});
  // Reuters 10666, DCT 1987-03-29: "told" reports "would", "due".
  EXPECT_EQ(Found("    Yao told a news conference Zhao Ziyang would go on holding\nthe jobs of "
                  "Premier and acting Communist Party chief until the\n13th party congress, due "
                  "to be held by October.",
                  "1987-03-29"),
            Strings{"October=1987-10"});
  // Reuters 19103, DCT 1987-06-19.
  EXPECT_EQ(Found("    It said the dividend would be paid in August and February.", "1987-06-19"),
            (Strings{"August=1987-08", "February=1988-02"}));
  // A quarter not yet begun that a company "said it expects" to report on
  // is this year's (Reuters 02173, DCT 1987-03-05).
  EXPECT_EQ(Found("HOUSTON, March 5 - National Convenience Stores Inc said it\nexpects to report "
                  "a loss for the third quarter ending March 31\ndue to continued poor sales in "
                  "Texas, especially in Houston.",
                  "1987-03-05"),
            (Strings{"March 5=1987-03-05", "the third quarter=1987-Q3", "March 31=1987-03-31"}));
  // A past verb of the clause itself still makes it past, and "announced"
  // often dates the event it names (Reuters 05222, DCT 1987-03-16).
  EXPECT_EQ(Found("The offer is the second stage of a capital restructuring plan announced in "
                  "December\nunder which Tenneco will become Poclain's majority shareholder.",
                  "1987-03-16"),
            Strings{"December=1986-12"});
}

// A month that ends a span ("by September", "until December 15") lies
// ahead, as a deadline does, unless its clause is told in the past; a
// participle right before "by" is passive ("completed by"). Reuters, as
// wrapped in the corpus.
TEST_F(DateExtractorTest, ADeadlineMonthLiesAhead) {
  // Reuters 12290, DCT 1987-04-01.
  EXPECT_EQ(Found("    The company said the contract work will be performed at its\nfacilities in "
                  "Grand Prairie, Texas, and is expected to be\ncompleted by September.",
                  "1987-04-01"),
            Strings{"September=1987-09"});
  // Reuters 17697, DCT 1987-06-01.
  EXPECT_EQ(Found("which U.S. Healthcare will manage and market. It said it hopes\nto start "
                  "offering the HMO by January.",
                  "1987-06-01"),
            Strings{"January=1988-01"});
  // Past clauses keep the nearest reading (Reuters 08639, 18575).
  EXPECT_EQ(Found("    However, the loan was not signed until November 5, and\nbankers said",
                  "1987-03-24"),
            Strings{"November 5=1986-11-05"});
  EXPECT_EQ(Found("The defendants in the suit are WPP Group and its units and\nPeters, who until "
                  "January 29 was a director of J. Walter\nThompson Co",
                  "1987-06-18"),
            Strings{"January 29=1987-01-29"});
}

// "this past weekend" is the last one, "this" in the span (Reuters 01667,
// DCT 1987-03-04, a Wednesday).
TEST_F(DateExtractorTest, ThisPastWeekendIsTheLastOne) {
  EXPECT_EQ(Found("    Purolator agreed this past weekend to be acquired by\nmanagers of its U.S. "
                  "courier business",
                  "1987-03-04"),
            Strings{"this past weekend=1987-W09-WE"});
}

// A year before the capitalized name of an event and the noun of its kind
// dates that event (Reuters 01093, 19918, 00874; CoNLL-2003 testa "the 1991
// Gulf War"); not a capitalized name with no such noun ("the 1988 Sanctions
// Committee"), nor a name followed by lower-case words before one ("the
// 2000 Kurds fled the war" counts people).
TEST_F(DateExtractorTest, AYearBeforeTheNameOfAnEvent) {
  EXPECT_EQ(Found("The Gaza Strip, occupied by Egypt in the 1948 Arab-Israel\nwar, was captured "
                  "by Israel in the 1967 Middle East war.",
                  "1987-03-03"),
            (Strings{"1948=1948", "1967=1967"}));
  EXPECT_EQ(Found("the rate achieved until the 1973 Yom Kippur War.", "1987-06-29"),
            Strings{"1973=1973"});
  EXPECT_EQ(Found("pricing provisions of the 1984 Wheat Marketing\nAct expire.", "1987-03-02"),
            Strings{"1984=1984"});
  EXPECT_EQ(Found("She won the 2012 Democratic primary.", "2013-03-22"), Strings{"2012=2012"});
  EXPECT_TRUE(Found("the 1988 Sanctions Committee of the UN Security Council", "2024-09-13")
                  .empty());
  EXPECT_TRUE(Found("the 2000 Kurds fled the war", "2013-03-22").empty());
}

TEST_F(DateExtractorTest, YearsAndMonthsModifyingANoun) {
  EXPECT_EQ(Found("the sweeping sanctions imposed on Iraq after its 1990 invasion of Kuwait",
                  "1998-03-06"),
            Strings{"1990=1990"});
  EXPECT_EQ(Found("A 1996 law named for him strengthened the 1959 trade embargo.",
                  "2000-01-07"),
            (Strings{"1996=1996", "1959=1959"}));
  EXPECT_EQ(Found("costs from its 1988 recapitalization and the company's 1989 operating "
                  "results",
                  "1989-10-26"),
            (Strings{"1988=1988", "1989=1989"}));
  EXPECT_EQ(Found("gathered enough evidence in the October slaying of Dr. Barnett Slepian",
                  "1999-04-19"),
            Strings{"October=1998-10"});
  EXPECT_EQ(Found("The job figures for January extended a surge.", "1998-02-06"),
            Strings{"January=1998-01"});
  // After another determiner too (wsj_0736); "march" the noun is not
  // capitalized.
  EXPECT_EQ(Found("Poughkeepsie said it is continuing to try to sell itself, under a June "
                  "agreement with a dissident-shareholder group.",
                  "1989-10-27"),
            Strings{"June=1989-06"});
  EXPECT_TRUE(Found("they began a march through the capital", "1989-10-27").empty());
  // A month's possessive dates the thing (NYT19980206.0460), unless the
  // month is a person's name.
  EXPECT_EQ(Found("After accounting for a small downward revision Friday to December's "
                  "figures, the economy",
                  "1998-02-06"),
            (Strings{"Friday=1998-02-06", "December=1997-12"}));
  EXPECT_TRUE(Found("the talks of Prime Minister Theresa May's government", "2018-02-06").empty());
  // A capitalized noun after the year makes it part of a name.
  EXPECT_TRUE(Found("the 1988 Sanctions Committee met", "2021-10-15").empty());
  EXPECT_TRUE(Found("Kopp's 1987 Chevrolet Cavalier was discovered", "1999-01-22").empty());
  // ... unless it names an event, a law or a treaty, which the year dates
  // (APW19990506.0155, APW19980213.1310, APW19980227.0476).
  EXPECT_EQ(Found("three Atlanta attacks, including the 1996 Olympic bombing that killed one "
                  "person.",
                  "1999-05-06"),
            Strings{"1996=1996"});
  EXPECT_EQ(Found("an Australian president by the opening of the 2000 Olympics and the 100th "
                  "anniversary",
                  "1998-02-13"),
            Strings{"2000=2000"});
  EXPECT_EQ(Found("the suspects' extradition overruled a 1971 Convention which gives Libya the "
                  "right",
                  "1998-02-27"),
            Strings{"1971=1971"});
}

TEST_F(DateExtractorTest, NamesAndCompoundsHoldingAUnitAreNoDates) {
  // A relative date in title case names a programme (WSJ900813-0157,
  // WSJ910225-0066); the same words in a sentence are a date (wsj_0745).
  EXPECT_TRUE(Found("Secretary of State James Baker, speaking on ABC News' \"This Week,\" said",
                    "1990-08-13")
                  .empty());
  EXPECT_TRUE(Found("James Baker said on ABC-TV's \"This Week With David Brinkley\" that the",
                    "1991-02-25")
                  .empty());
  EXPECT_EQ(Found("This week, the U.S. auto giant paid for 10 House", "1989-10-27"),
            Strings{"This week=1989-W43"});
  // Text all in capitals is no title (Reuters-21578 00123).
  EXPECT_EQ(Found("IVACO SEES MINIMAL FIRST QUARTER EARNINGS", "1987-02-26"),
            Strings{"FIRST QUARTER=1987-Q1"});
  // A word glued by a hyphen to a lower-case word is part of a compound
  // (Reuters-21578 08352); a range's hyphen before a capital is not
  // (16021).
  EXPECT_TRUE(Found("had been ordered to pay to a now-defunct independent teleprinter vendor",
                    "1987-03-23")
                  .empty());
  EXPECT_EQ(Found("its most recent purchases included 191,400 shares bought March 18-April 6.",
                  "1987-04-09"),
            Strings{"March 18=1987-03-18"});
  // "quarter-to-quarter" compares quarters; it names none (wsj_0292).
  EXPECT_EQ(Found("The quarter-to-quarter comparison was also enhanced by charges taken in the "
                  "year-earlier period",
                  "1989-11-01"),
            Strings{"the year-earlier period=1988-Q3"});
}

TEST_F(DateExtractorTest, AYearWithoutItsQuarterTakesTheOneNamed) {
  // wsj_0292 (DCT 1989-11-01): "the year-earlier period" names the third
  // quarter it compares with; "the 1989 period" is that quarter of 1989,
  // and "a year ago" the one before it.
  EXPECT_EQ(Found("After a flat second quarter tied largely to lower newsprint earnings, "
                  "Kimberly-Clark attributed the gain to improved results. The quarter-to-quarter "
                  "comparison was also enhanced by charges taken in the year-earlier period, "
                  "including $11 million. In the 1989 period also, interest expense and tax "
                  "rates were lower than a year ago.",
                  "1989-11-01"),
            (Strings{"second quarter=1989-Q2", "the year-earlier period=1988-Q3",
                     "the 1989 period=1989-Q3", "a year ago=1988-Q3"}));
  // The year-ago quarter written out (wsj_0344, wsj_1013); "the
  // corresponding period" is the quarter named before it, else (the same
  // sentence alone) the year before; "last year" alone stays the year.
  EXPECT_EQ(Found("reported a net loss of $8.1 million, or $2.14 a share, for the third quarter "
                  "ended Sept. 30. These results compare with net income of $1.8 million, or 44 "
                  "cents a share, for the corresponding period last year.",
                  "1989-11-01"),
            (Strings{"the third quarter=1989-Q3", "Sept. 30=1989-09-30",
                     "the corresponding period last year=1988-Q3"}));
  EXPECT_EQ(Found("results compare with net income of $1.8 million, or 44 cents a share, for the "
                  "corresponding period last year.",
                  "1989-11-01"),
            Strings{"the corresponding period last year=1988"});
  // After "the nine months" the comparison is with the year before, not
  // its quarter (wsj_0167, DCT 1989-11-02; wsj_0144); "three months" is a
  // quarter and changes nothing.
  EXPECT_EQ(Found("RMS said it had a loss of $158,666, or 10 cents a share, in the third "
                  "quarter, compared with a year-earlier loss of $26,956, or two cents a share. "
                  "Sales rose to $3 million from $2.9 million.\n\nFor the nine months, the "
                  "company reported a net loss of $608,413, or 39 cents a share, compared with "
                  "year-earlier net income of $967,809, or 62 cents a share.",
                  "1989-10-30"),
            (Strings{"the third quarter=1989-Q3", "year-earlier=1988-Q3",
                     "year-earlier=1988"}));
  EXPECT_EQ(Found("Travelers's third-quarter net income rose 11%. In the first nine months, net "
                  "was $306 million, compared with a loss of $195 million in the 1988 period.",
                  "1989-10-30"),
            (Strings{"third-quarter=1989-Q3", "the 1988 period=1988"}));
  EXPECT_EQ(Found("Travelers's third-quarter net income rose 11%. In the three months, net was "
                  "$94 million, compared with $85 million a year ago.",
                  "1989-10-30"),
            (Strings{"third-quarter=1989-Q3", "a year ago=1988-Q3"}));
  EXPECT_EQ(Found("For the quarter a year ago, Columbia reported", "1989-10-26"),
            Strings{"the quarter a year ago=1988-Q3"});
  EXPECT_EQ(Found("sales rose 13% from last year's $1.55 billion", "1989-11-02"),
            Strings{"last year=1988"});
  // wsj_0585 (DCT 1989-10-30).
  EXPECT_EQ(Found("The company said its third-quarter earnings will probably be lower. Kirschner "
                  "earned $376,000 on revenue of $14.5 million in the 1988 quarter.",
                  "1989-10-30"),
            (Strings{"third-quarter=1989-Q3", "the 1988 quarter=1988-Q3"}));
}

TEST_F(DateExtractorTest, AWeekdayOpeningItsSentenceTakesTheTenseAfterIt) {
  // NYT19981026.0446 (DCT Monday 1998-10-26): the clause after the day looks
  // ahead, so the day is the coming one.
  EXPECT_EQ(Found("adult women.\n\nOn Tuesday, the National Abortion and Reproductive Rights "
                  "Action League plans to hold a news conference to screen a television "
                  "advertisement",
                  "1998-10-26"),
            Strings{"Tuesday=1998-10-27"});
  // APW19980930.0425 (DCT Wednesday 1998-09-30), APW199980817.1193 (DCT
  // Monday 1998-08-17): a past tense after the day keeps it in the past,
  // "planned" and the noun "plans" included.
  EXPECT_EQ(Found("in assistance to the two countries.\n\nOn Friday, the Kenyan government "
                  "planned to pay the first 32 death claims of 100,000 Kenyan shillings",
                  "1998-09-30"),
            Strings{"Friday=1998-09-25"});
  EXPECT_EQ(Found("African and American.\n\nOn Friday, when Albright set aside vacation plans "
                  "for the hastily planned trip to East Africa, the State Department lifted a "
                  "warning against travel to Kenya",
                  "1998-08-17"),
            Strings{"Friday=1998-08-14"});
  // Reuters 21004 (DCT Monday 1987-10-19): a wrapped line does not open a
  // sentence, so a day in the middle of one keeps the clause before it.
  EXPECT_EQ(Found("However, \"if we don't have local agreements settled by\nThursday, there "
                  "will be a strike,\" he said.",
                  "1987-10-19"),
            Strings{"Thursday=1987-10-15"});
}

TEST_F(DateExtractorTest, LastWithTheMonthJustPastIsAYearBack) {
  // APW19980301.0720 (DCT 1998-03-01) and Reuters 01671 (DCT 1987-03-04):
  // the month just before the document's would be "last month", so "last
  // February" in March is the February a year before.
  EXPECT_EQ(Found("when two military helicopters crashed last February. The Maariv newspaper",
                  "1998-03-01"),
            Strings{"last February=1997-02"});
  EXPECT_EQ(Found("its February car sales totaled 36,811, down from 40,012 last February.",
                  "1987-03-04"),
            (Strings{"February=1987-02", "last February=1986-02"}));
  // An earlier month stays in the document's year (Reuters 01838); "this
  // past" names the one just ended (made up, after 01671); "the last March
  // week" (Reuters 12875) is the last week of that March.
  EXPECT_EQ(Found("The recommendations, first outlined last January in President Reagan's "
                  "fiscal 1988 budget",
                  "1987-03-04"),
            (Strings{"last January=1987-01", "fiscal 1988=1988"}));
  EXPECT_EQ(Found("its car sales totaled 40,012 this past February.", "1987-03-04"),
            Strings{"this past February=1987-02"});
  EXPECT_EQ(Found("net holdings at the Bundesbank fell to 2.2 billion marks in the last March "
                  "week from 4.4 billion",
                  "1987-04-03"),
            Strings{"last March=1987-03"});
}

TEST_F(DateExtractorTest, TheEdgeOfTheMonthOrWeekIsTheDocuments) {
  // WSJ900813-0157 (DCT 1990-08-13), Reuters 10266 (DCT 1987-03-26) and
  // 18198 (DCT Tuesday 1987-06-02).
  EXPECT_EQ(Found("the goal is to put 40,000 troops in the region by the end of the month. But",
                  "1990-08-13"),
            Strings{"the end of the month=1990-08"});
  EXPECT_EQ(Found("the first 3.5 billion dlrs of the new money should arrive by the end of\nthe "
                  "month.",
                  "1987-03-26"),
            Strings{"the end of\nthe month=1987-03"});
  EXPECT_EQ(Found("it will be forced to file for bankruptcy by the end of the week.",
                  "1987-06-02"),
            Strings{"the end of the week=1987-W23"});
  // "the month" alone is left alone, and there is no month without a
  // document date.
  EXPECT_TRUE(Found("For the month, sales rose 5 pct.", "1987-06-02").empty());
  EXPECT_TRUE(Found("by the end of the month", "").empty());
}

TEST_F(DateExtractorTest, AFiscalQuarterWithAHyphen) {
  // wsj_0924 (DCT 1989-10-26): "fiscal-" belongs to the quarter's span.
  EXPECT_EQ(Found("12 Canadian cents a share, for the fiscal-first quarter ended Sept. 30.",
                  "1989-10-26"),
            (Strings{"the fiscal-first quarter=1989-Q1", "Sept. 30=1989-09-30"}));
}

TEST_F(DateExtractorTest, TheWeekOfADayIsThatDaysWeek) {
  // NYT20000224.0173 (DCT 2000-02-24) and Reuters 04540 (DCT 1987-03-05).
  EXPECT_EQ(Found("may finally be resolved in a court hearing the week of March 6, Manuel "
                  "Gonzalez, 59,",
                  "2000-02-24"),
            Strings{"the week of March 6=2000-W10"});
  EXPECT_EQ(Found("it will put four of its U.S. assembly plants on overtime during the week of "
                  "March 16.",
                  "1987-03-05"),
            Strings{"the week of March 16=1987-W12"});
  // A day written first, and a year written (made up after 04540); the
  // ISO week of 31 December 1986 is the first of 1987.
  EXPECT_EQ(Found("plants on overtime during the week of 16 March.", "1987-03-05"),
            Strings{"the week of 16 March=1987-W12"});
  EXPECT_EQ(Found("shipments in the week of December 31, 1986 rose", "1987-03-05"),
            Strings{"the week of December 31, 1986=1987-W01"});
  // "the week" after a day is no week of it, and no document date leaves
  // the month without a year.
  EXPECT_EQ(Found("Sales for the week ended March 16 rose", "1987-03-20"),
            Strings{"March 16=1987-03-16"});
  EXPECT_TRUE(Found("during the week of March 16.").empty());
}

TEST_F(DateExtractorTest, AYearWithAnOpenEndKeepsItInTheSpan) {
  // wsj_0584 (DCT 1989-10-30), wsj_0762, Reuters 10765: TimeML keeps "or
  // later" and "and beyond" inside the year's span.
  EXPECT_EQ(Found("he estimated that the company wouldn't be profitable until 1994 or later.",
                  "1989-10-30"),
            Strings{"1994 or later=1994"});
  EXPECT_EQ(Found("it is confident about future earnings and cash flow for 1990 and beyond. In",
                  "1989-10-27"),
            Strings{"1990 and beyond=1990"});
  EXPECT_EQ(Found("But prospects for 1987 and beyond would be distinctly cloudier,"),
            Strings{"1987 and beyond=1987"});
  // Two years joined by "or" are two dates (wsj_0584 style, made up).
  EXPECT_EQ(Found("the company wouldn't be profitable until 1994 or 1995.", "1989-10-30"),
            (Strings{"1994=1994", "1995=1995"}));
}

TEST_F(DateExtractorTest, AVagueCountOfUnitsAgoIsThePast) {
  // APW19980213.1310 and NYT19980212.0019: no number to count back, so
  // TimeML's PAST_REF; "or so" keeps a counted unit (WSJ910225-0066).
  EXPECT_EQ(Found("rising from about 35 percent several years ago to about 51 percent this "
                  "year,",
                  "1998-02-13"),
            (Strings{"several years ago=PAST_REF", "this year=1998"}));
  EXPECT_EQ(Found("the laundry machines in the building were removed a few years ago to make "
                  "room",
                  "1998-02-12"),
            Strings{"a few years ago=PAST_REF"});
  EXPECT_EQ(Found("administration officials say. Then, a week or so ago, Gen. Schwarzkopf "
                  "secretly picked",
                  "1991-02-25"),
            Strings{"a week or so ago=1991-W08"});
  // A duration with no "ago", and a time before another one, are no dates
  // (Reuters 09581 style, made up).
  EXPECT_TRUE(Found("the talks lasted several weeks and a few years earlier had failed",
                    "1987-04-01")
                  .empty());
}

TEST_F(DateExtractorTest, AYearAfterAnAdjectiveModifyingANoun) {
  // APW19980213.1310 and Reuters (DCT 1987): an adjective between the
  // determiner and the year.
  EXPECT_EQ(Found("put the republic issue in the spotlight in his unsuccessful 1996 campaign "
                  "for re-election,",
                  "1998-02-13"),
            Strings{"1996=1996"});
  EXPECT_EQ(Found("total trade volume was up 2.5 pct on the same 1986 period, with exports",
                  "1987-04-01"),
            Strings{"1986=1986"});
  // A number after a quantity word is a count, and a capitalized word after
  // the year makes it part of a name (made up after the Reuters sentences).
  EXPECT_TRUE(Found("an estimated 2000 people attended and a further 1990 tonnes were shipped",
                    "1987-04-01")
                  .empty());
  EXPECT_TRUE(Found("the same 1988 Sanctions Committee met", "1987-04-01").empty());
}

TEST_F(DateExtractorTest, APartOfTheYearNamedByItsYearWord) {
  // Reuters 03449 (DCT 1987-03-11): the second half of the document's year,
  // though it has not begun; 17079 and 11327: of the year before and after.
  EXPECT_EQ(Found("Sumita also said the economy will show a gradual upturn in\nthe second half "
                  "of the year if the yen remains stable.",
                  "1987-03-11"),
            Strings{"the second half of the year=1987-H2"});
  EXPECT_EQ(Found("Gross production of crude oil and natural gas liquids\nincreased seven pct "
                  "from the first quarter of last year to\n11,200 cubic meters a day,",
                  "1987-04-24"),
            Strings{"the first quarter of last year=1986-Q1"});
  EXPECT_EQ(Found("the current external deficit could fall to some 4-1/2 pct of\nGDP by the "
                  "first half of next year, while inflation was",
                  "1987-03-31"),
            Strings{"the first half of next year=1988-H1"});
  // Without a document date there is no year to take.
  EXPECT_TRUE(Found("an upturn in the second half of the year").empty());
}

TEST_F(DateExtractorTest, TheEdgeOfTheYearAfterUntilBeforeAt) {
  // Reuters 01839 (DCT 1987-03-04): "before" is a preposition of time too.
  EXPECT_EQ(Found("it was possible China\ncould be a member of GATT before the end of the year.",
                  "1987-03-04"),
            Strings{"the end of the year=1987"});
  EXPECT_EQ(Found("the agency has until the end of the year to write the rules.", "1987-03-04"),
            Strings{"the end of the year=1987"});
  // "the year" with no preposition before it is no time ("the year ended").
  EXPECT_EQ(Found("It was the year ended March 31.", "1987-03-04"),
            Strings{"March 31=1987-03-31"});
}

// The month a stretch of time runs to is a date, the stretch a duration
// (Reuters 00444, DCT 1987-03-02); a month opening a range is not (Reuters
// 15890).
TEST_F(DateExtractorTest, TheMonthAStretchOfTimeRunsTo) {
  EXPECT_EQ(Found("    Prices in the year to February rose 31.6 pct, compared with\n30.3 pct in "
                  "the year to January and 38.8 pct in the 12 months\nto February 1986.",
                  "1987-03-02"),
            (Strings{"February=1987-02", "January=1987-01", "February 1986=1986-02"}));
  EXPECT_TRUE(Found("added to reflect change in marketing year to Sept-Aug.", "1987-04-09").empty());
}

TEST_F(DateExtractorTest, TheEndOfTheYearWithoutTheYear) {
  // wsj_0006 (DCT 1989-11-02), wsj_0950, wsj_1013 (DCT 1989-10-26): the
  // end of the document's year, the preposition left out as TimeML does.
  EXPECT_EQ(Found("expects to obtain regulatory approval and complete the transaction by "
                  "year-end.",
                  "1989-10-30"),
            Strings{"year-end=1989"});
  EXPECT_EQ(Found("a plan to reduce employment by at least 6,000 people by year end. Even",
                  "1989-10-26"),
            Strings{"year end=1989"});
  EXPECT_EQ(Found("requirements that should be in place by year's end. Its ratio", "1989-10-26"),
            Strings{"year's end=1989"});
  // A year-end whose year is written is that year; without a preposition it
  // is an attribute, not a time (wsj_0927).
  EXPECT_EQ(Found("the fund's assets at year-end 1988 were", "1989-10-26"),
            Strings{"1988=1988"});
  EXPECT_TRUE(Found("comparable periods, when year-end net was below the level", "1989-10-26")
                  .empty());
  EXPECT_TRUE(Found("by year-end", "").empty());
}

TEST_F(DateExtractorTest, ListsOfDaysAndOlderYears) {
  // The last day of a list is in the month written before it
  // (XIE19990210.0079); a number that counts is no day.
  EXPECT_EQ(Found("a ceremonial accession would still be held at the NATO Washington summit on "
                  "April 24 and 25.",
                  "1999-02-10"),
            (Strings{"April 24=1999-04-24", "25=1999-04-25"}));
  EXPECT_EQ(Found("on April 24 and 25 delegates will meet", "1999-02-10"),
            Strings{"April 24=1999-04-24"});
  // A year before 1900 after a preposition (APW20000128.0316), not a count.
  EXPECT_EQ(Found("the revolutionary and poet who fought for Cuba's independence from Spain in "
                  "1898. But this year, children wore T-shirts",
                  "2000-01-28"),
            (Strings{"1898=1898", "this year=2000"}));
  EXPECT_TRUE(Found("the virus was found in 1750 cases", "2000-01-28").empty());
  // Day first: the first day of "5 and 6 July 2022" is in the month and
  // year written after the list; numbers before a noun are no days.
  EXPECT_EQ(Found("The meeting took place on 5 and 6 July 2022 in Almaty.", "2022-07-08"),
            (Strings{"5=2022-07-05", "6 July 2022=2022-07-06"}));
  EXPECT_EQ(Found("Talks were held on 2 and 3 March.", "2021-10-15"),
            (Strings{"2=2021-03-02", "3 March=2021-03-03"}));
  EXPECT_TRUE(Found("It trained 4 and 5 members of staff.", "2021-10-15").empty());
}

TEST_F(DateExtractorTest, SlashedYearsAndQuarterCodes) {
  // Crop, fiscal and academic years (Reuters 00006: "the 1986/87 season"),
  // and quarters as reports abbreviate them; resolution numbers stay out.
  EXPECT_EQ(Found("wheat exports in the 1986/87 season rose", "1987-02-26"),
            Strings{"1986/87=1986/1987"});
  EXPECT_EQ(Found("During the 2021/2022 academic year students studied.", "2023-05-12"),
            Strings{"2021/2022=2021/2022"});
  EXPECT_EQ(Found("Sales rose in Q1 2023 and fell in 2022 Q4.", "2023-05-12"),
            (Strings{"Q1 2023=2023-Q1", "2022 Q4=2022-Q4"}));
  EXPECT_TRUE(Found("resolutions 1267/1989/2253 and 2022/19 apply", "2023-05-12").empty());
}

TEST_F(DateExtractorTest, MonthsAfterSinceAndBetween) {
  // A month after "since" is the month alone, as TimeML marks it
  // (APW20000417.0031, wsj_1013), in the latest year at or before the
  // document date; "since 2020" stays an open range (GUIDELINES.md).
  EXPECT_EQ(Found("the highest level since November, when", "2000-04-17"),
            Strings{"November=1999-11"});
  EXPECT_EQ(Found("Since November, the office has trained 12 judges.", "2021-10-15"),
            Strings{"November=2020-11"});
  EXPECT_EQ(Found("Since 3 December the mission has been closed.", "2021-10-15"),
            Strings{"3 December=2020-12-03"});
  EXPECT_EQ(Found("Since January, more than 300 people took part.", "2021-10-15"),
            Strings{"January=2021-01"});
  EXPECT_EQ(Found("It has grown since 2020.", "2021-10-15"), Strings{"since 2020=2020/"});
  EXPECT_EQ(Found("prices were up since Jan. 13, the day", "1998-03-06"),
            Strings{"Jan. 13=1998-01-13"});
  // "may" after "since" is still a verb, and a lower-case month needs a year.
  EXPECT_TRUE(Found("It is the first time since may be", "2021-10-15").empty());
  // The first month of "between March and May 2023" takes the year written
  // after the second, as "between 2015 and 2017" is two years.
  EXPECT_EQ(Found("held a training between March and May 2023 for police officers", "2021-10-15"),
            (Strings{"March=2023-03", "May 2023=2023-05"}));
  EXPECT_EQ(Found("The survey ran between June and August.", "2021-10-15"),
            (Strings{"June=2021-06", "August=2021-08"}));
}

// Tokenized text, as CoNLL-2003 writes it, puts a space before each comma:
// the year and a weekday before the date still belong to it (eng.testa).
TEST_F(DateExtractorTest, TokenizedCommasKeepTheDateWhole) {
  EXPECT_EQ(Found("students at Beijing 's Tiananmen Square on June 4 , 1989 , with heavy loss "
                  "of life .",
                  "1996-08-31"),
            Strings{"June 4 , 1989=1989-06-04"});
  EXPECT_EQ(Found("CALIFORNIA 62 73 .459 14 1/2 SATURDAY , AUGUST 31 SCHEDULE KANSAS CITY AT "
                  "DETROIT",
                  "1996-08-31"),
            Strings{"SATURDAY , AUGUST 31=1996-08-31"});
  EXPECT_EQ(Found("Six months to September 30 , 1996 ( in billions of yen unless specified )",
                  "1996-08-30"),
            Strings{"September 30 , 1996=1996-09-30"});
  // A comma between two numbers is still a list, not a date.
  EXPECT_EQ(Found("on June 4 , 1,500 people marched", "1996-08-31"),
            Strings{"June 4=1996-06-04"});
}

// Reuters writes numbers below ten as words, days of the month too
// (reut2-000.sgm, reut2-002.sgm); a noun after the number makes it a count
// or a duration, not a day.
TEST_F(DateExtractorTest, ADayWrittenAsAWord) {
  EXPECT_EQ(Found("complex that will increase the use of energy futures worldwide.\n"
                  "     On April one, NYMEX will allow oil traders that do not",
                  "1987-03-02"),
            Strings{"April one=1987-04-01"});
  EXPECT_EQ(Found("    Pay May 29\n    Record May Eight\n Reuter", "1987-03-05"),
            (Strings{"May 29=1987-05-29", "May Eight=1987-05-08"}));
  EXPECT_EQ(Found("Boy will be the vice chairman of the board effective July One, 1987.",
                  "1987-06-02"),
            Strings{"July One, 1987=1987-07-01"});
  EXPECT_EQ(Found("An industry-wide rate hike of 2.9 pct, set for April one,\nwill cover",
                  "1987-03-05"),
            Strings{"April one=1987-04-01"});
  // No day: a count or a duration follows, the month is a verb, or the day
  // does not exist.
  EXPECT_EQ(Found("Sales rose in May two years ago.", "1987-03-05"),
            (Strings{"May=1986-05", "two years ago=1985"}));
  EXPECT_EQ(Found("In January one company said it would", "1987-03-05"),
            Strings{"January=1987-01"});
  EXPECT_TRUE(Found("Prices may two-fold rise, he said. We may one day.", "1987-03-05").empty());
  EXPECT_TRUE(Found("deliveries are due February thirty, he said.", "1987-03-05").empty());
}

// A year dates the accounts it names even without a determiner: "1986 net
// includes", "had 1986 sales of", "Stuart had 1986 sales" (reut2-000.sgm);
// before other nouns it is still a count ("2000 people").
TEST_F(DateExtractorTest, AYearBeforeANounOfTheAccounts) {
  EXPECT_EQ(Found("Note: 1986 net excludes extraordinary gain of 13 mln dlrs.", "1987-02-26"),
            Strings{"1986=1986"});
  EXPECT_EQ(Found("The group had 1986 sales of 1.2\nbillion dlrs.", "1987-03-06"),
            Strings{"1986=1986"});
  EXPECT_EQ(Found("Stuart Pharmaceuticals and ICI Pharma will have 1987 sales\nof approximately "
                  "700 mln dlrs",
                  "1987-03-06"),
            Strings{"1987=1987"});
  EXPECT_EQ(Found("NOTE: 1986 operating net in both periods excludes gains", "1987-10-20"),
            Strings{"1986=1986"});
  EXPECT_TRUE(Found("More than 2000 people marched and 1990 shares changed hands.",
                    "1987-03-06")
                  .empty());
  EXPECT_TRUE(Found("it bought 1986 tonnes of sugar", "1987-03-06").empty());
}

// A month modifies a noun after a possessive too ("its February load
// factor", "the Labour Department 's July employment report"), and a
// modified month keeps the year written after it ("in early December 1986").
TEST_F(DateExtractorTest, MonthsAfterPossessivesAndModifiedMonthsWithTheirYear) {
  EXPECT_EQ(Found("CHICAGO, March 5 - Midway Airlines Inc said its February load factor "
                  "declined 1.6 pct",
                  "1987-03-05"),
            (Strings{"March 5=1987-03-05", "February=1987-02"}));
  EXPECT_EQ(Found("In addition , the Labour Department 's July employment report had "
                  "foreshadowed the muted income growth .",
                  "1996-08-30"),
            Strings{"July=1996-07"});
  EXPECT_EQ(Found("This year's February figures include sales from 65 Medi\nMart drugstores",
                  "1987-03-03"),
            (Strings{"This year=1987", "February=1987-02"}));
  EXPECT_EQ(Found("acting as sole\nunderwriter, won a competitive issue in early December 1986.",
                  "1987-03-19"),
            Strings{"early December 1986=1986-12"});
  EXPECT_EQ(Found("The rate compares with 12.4 pct at the end of February 1986.", "1987-03-02"),
            Strings{"the end of February 1986=1986-02"});
  // Not a month: a name, or the noun "march".
  EXPECT_TRUE(Found("the government's march toward reform", "1987-03-03").empty());
  EXPECT_TRUE(Found("its May Department Stores unit", "1987-03-03").empty());
}

// News wires wrap their text at 70 columns: a future cue on the line before
// a weekday still looks ahead (Reuters 00080, 08943); a line that ends in a
// stop ends the clause.
TEST_F(DateExtractorTest, AWrappedLineKeepsTheFutureCueBeforeAWeekday) {
  EXPECT_EQ(Found("    National business loan data are scheduled to be released on\nFriday.\n"
                  " Reuter",
                  "1987-02-26"),
            Strings{"Friday=1987-02-27"});
  EXPECT_EQ(Found("Midwest farm cooperatives for more than 25 years, will vote\nWednesday on its "
                  "possible dissolution.",
                  "1987-03-24"),
            Strings{"Wednesday=1987-03-25"});
  EXPECT_EQ(Found("The bank will review its prime rate.\nRates rose Friday, dealers said.",
                  "1987-02-26"),
            Strings{"Friday=1987-02-20"});
}

// The stop of an abbreviation ("U.S.", "Mr.", "vs.") ends no clause or
// sentence: the future cue before it still looks ahead (Reuters 03675, DCT
// Wednesday 1987-03-11; 11706, DCT Tuesday 1987-03-31), and a month opening
// its sentence still takes the tense of the verb after "Roe vs. Wade"
// (NYT19981025.0188, DCT 1998-10-25). "Inc." and a full stop after a
// number do end a sentence.
TEST_F(DateExtractorTest, AnAbbreviationsStopEndsNoClause) {
  EXPECT_EQ(Found("NYNEX will file its comments with the U.S. District Court on Friday, he said.",
                  "1987-03-11"),
            Strings{"Friday=1987-03-13"});
  EXPECT_EQ(Found("They said they will tell the U.S. International Trade Commission (ITC) "
                  "Thursday that \"termination will have disastrous consequences.\"",
                  "1987-03-31"),
            Strings{"Thursday=1987-04-02"});
  EXPECT_EQ(Found("In January, a week after the 25th anniversary of the Roe vs. Wade Supreme "
                  "Court decision, a clinic bombing in Birmingham, Ala., killed a security guard.",
                  "1998-10-25"),
            Strings{"January=1998-01"});
  EXPECT_EQ(Found("Talks will resume with Acme Inc. Shares fell on Friday.", "1987-03-11"),
            Strings{"Friday=1987-03-06"});
  EXPECT_EQ(Found("Talks will resume in room 2. Shares fell on Friday.", "1987-03-11"),
            Strings{"Friday=1987-03-06"});
}

// "A year ago" compares with the month or day its sentence reports on, when
// one is written before it, as TimeML anchors it (wsj_1011, Reuters 07543):
// not a dateline's date (Reuters 00832), nor a month named as the term
// compared with, which leaves the year before the document's (15365).
TEST_F(DateExtractorTest, AYearAgoComparesWithTheMonthOrDayOfItsSentence) {
  EXPECT_EQ(Found("For the quarter ended Sept. 30, Delta posted net income of $133.1 million, or "
                  "$2.53 a share, up from $100 million, or $2.03 a share, a year earlier.",
                  "1989-10-26"),
            (Strings{"the quarter=1989-Q3", "Sept. 30=1989-09-30",
                     "a year earlier=1988-09-30"}));
  EXPECT_EQ(Found("    The transfer payments surplus widened to 75 mln dlrs in\nFebruary from 73 "
                  "mln in January and 60 mln a year ago.",
                  "1987-03-20"),
            (Strings{"February=1987-02", "January=1987-01", "a year ago=1986-02"}));
  EXPECT_EQ(Found("DETROIT, March 2 - General Motors Corp said its February\nU.S. car production "
                  "declined to 358,661 from 398,823 a year\nago.",
                  "1987-03-02"),
            (Strings{"March 2=1987-03-02", "February=1987-02", "a year\nago=1986-02"}));
  EXPECT_EQ(Found("CANBERRA, April 9 - Australia's seasonally adjusted\nunemployment rate rose to "
                  "8.4 pct of the estimated workforce in\nMarch from 8.2 pct in February and 7.9 "
                  "pct a year earlier, the\nStatistics Bureau said.\n    The number of jobless "
                  "rose to 650,700 from 631,900 in\nFebruary and 593,200 a year earlier, the "
                  "Bureau said.",
                  "1987-04-08"),
            (Strings{"April 9=1987-04-09", "March=1987-03", "February=1987-02",
                     "a year earlier=1986-03", "February=1987-02", "a year earlier=1986"}));
}

// "The year to March 31" is a period ending on that date, not the document's
// year (Reuters 00315, 06434); "the year to" before an amount still is
// (04093).
TEST_F(DateExtractorTest, TheYearToADateIsNoDocumentYear) {
  EXPECT_EQ(Found("B and R posted pretax profit of 855,000 dlrs in the year to Dec 31, 1986 "
                  "when it had net tangible assets",
                  "1987-03-02"),
            Strings{"Dec 31, 1986=1986-12-31"});
  EXPECT_EQ(Found("In the year to end-October, Rank reported a rise in", "1987-03-19"),
            Strings{"end-October=1986-10"});
  EXPECT_EQ(Found("The surplus widened in the first two months of the year to 2.35 billion "
                  "dlrs from 1.87 billion",
                  "1987-03-12"),
            Strings{"the year=1987"});
}

// "end-February", "end-1987": wire copy's hyphenated edge of a month or a
// year, kept in the span as "mid-1996" is (Reuters 05216, 00896); "end-users"
// and "end-of-season" are no dates.
TEST_F(DateExtractorTest, AnEndWithAHyphenIsAnEdgeOfTheDate) {
  EXPECT_EQ(Found("    Malaysia's special drawing rights rose to 355 mln ringgit\nat end-February "
                  "from 352 mln at end-January and 286 mln at\nend-February 1986, the bank said.",
                  "1987-03-16"),
            (Strings{"end-February=1987-02", "end-January=1987-01",
                     "end-February 1986=1986-02"}));
  EXPECT_EQ(Found("cause foreign reserves to increase to at least five billion\ndlrs by end-1987 "
                  "from a record",
                  "1987-03-03"),
            Strings{"end-1987=1987"});
  EXPECT_TRUE(Found("sales to end-users rose in the end-of-season trade", "1987-03-03").empty());
}

// A verb of a schedule in the plain present or after "to" looks ahead, as
// a headline's "X TO MEET Y TUESDAY" does (VOA19980501.1800.0355, DCT
// Friday 1998-05-01; Reuters 14984, a Wednesday; 18745, a Thursday; 00372,
// a Monday); not when negated or when its clause is told in the past
// (Reuters 12592, a Thursday; 19097, a Friday).
TEST_F(DateExtractorTest, AScheduleVerbLooksAheadUnlessItsClauseIsPast) {
  EXPECT_EQ(Found("He and Palestinian leader Yasser Arafat meet separately Monday with US "
                  "Secretary of State Madeleine Albright.",
                  "1998-05-01"),
            Strings{"Monday=1998-05-04"});
  EXPECT_EQ(Found("The negotiations resume in New York on Friday when central\nbank governor "
                  "Francisco Gros is expected",
                  "1987-04-08"),
            Strings{"Friday=1987-04-10"});
  EXPECT_EQ(Found("FECSA TO MEET DEBT NEGOTIATING COMMITTEE TUESDAY\n\nLONDON, June 18 - "
                  "Officials of Fuerzas Electricas",
                  "1987-06-18"),
            (Strings{"TUESDAY=1987-06-23", "June 18=1987-06-18"}));
  EXPECT_EQ(Found("is paying 35 dlrs cash per share for 83 pct of Purolator's stock\nin a tender "
                  "offer to begin Thursday.",
                  "1987-03-02"),
            Strings{"Thursday=1987-03-05"});
  EXPECT_EQ(Found("Citibank was the first to announce an increase on Tuesday.", "1987-04-02"),
            Strings{"Tuesday=1987-03-31"});
  EXPECT_EQ(Found("an agreement to resume the business was signed by the two sides on Wednesday "
                  "in Shanghai",
                  "1987-06-19"),
            Strings{"Wednesday=1987-06-17"});
  EXPECT_EQ(Found("The two leaders did not meet on Monday.", "1998-05-01"),
            Strings{"Monday=1998-04-27"});
}

// "This weekend" written from Tuesday to Friday is the coming one (Reuters
// 06912, a Wednesday); on a Monday it is the one just gone (00363).
TEST_F(DateExtractorTest, ThisWeekendOnAWeekdayIsTheComingOne) {
  EXPECT_EQ(Found("Dauster said he will attend a meeting in Managua this weekend.", "1987-03-18"),
            Strings{"this weekend=1987-W12-WE"});
  EXPECT_EQ(Found("farmers from the European Community blocked roads and staged protest rallies "
                  "this weekend before their leaders announced a truce",
                  "1987-03-02"),
            Strings{"this weekend=1987-W09-WE"});
  EXPECT_EQ(Found("Dauster attended a meeting in Managua over the weekend.", "1987-03-18"),
            Strings{"the weekend=1987-W11-WE"});
}

// A schedule told in the present tense looks ahead: "He leaves Rome on
// Monday" (eng.testa, a Saturday release), "the full council meets on
// Thursday" (Reuters 05258); told in the past, the day is the one before.
TEST_F(DateExtractorTest, AScheduleInThePresentTenseLooksAhead) {
  EXPECT_EQ(Found("He leaves Rome on Monday . The U.N. Security Council on Friday condemned",
                  "1996-08-31"),
            (Strings{"Monday=1996-09-02", "Friday=1996-08-30"}));
  EXPECT_EQ(Found("group is scheduled to meet Wednesday to discuss administrative\nmatters, and "
                  "the full council meets on Thursday.",
                  "1987-03-16"),
            (Strings{"Wednesday=1987-03-18", "Thursday=1987-03-19"}));
  EXPECT_EQ(Found("the full council met on Thursday.", "1987-03-16"),
            Strings{"Thursday=1987-03-12"});
  // What is set or slated for a day is to come (Reuters 17109, 21340).
  EXPECT_EQ(Found("reiterated that private mediation talks\nare set for Monday and that no strike "
                  "date had been set.",
                  "1987-04-24"),
            Strings{"Monday=1987-04-27"});
  EXPECT_EQ(Found("    Meanwhile, the Chicago Board of Trade is slated to hold a\npress briefing "
                  "on Tuesday in New York",
                  "1987-10-19"),
            Strings{"Tuesday=1987-10-20"});
}

// "until" looks ahead, unless the clause it opens goes on in the past
// (eng.testa: "until a routine eye test on Monday highlighted a problem",
// a Friday release); a past reporting verb after a comma does not make it
// look back (Reuters 17367, a Tuesday release).
TEST_F(DateExtractorTest, UntilLooksAheadUnlessItsClauseIsPast) {
  EXPECT_EQ(Found("had been in training until a routine eye test on Monday highlighted a problem "
                  "with his right eye .",
                  "1996-08-30"),
            Strings{"Monday=1996-08-26"});
  EXPECT_EQ(Found("the market may not get a chance to react to any developments\nuntil Monday, "
                  "Johnson said.",
                  "1987-04-28"),
            Strings{"Monday=1987-05-04"});
  EXPECT_EQ(Found("The offer was extended until Friday, the company said.", "1987-03-18"),
            Strings{"Friday=1987-03-20"});
}

TEST_F(DateExtractorTest, NumericDatesAreDayFirstUnlessTheDocumentSaysOtherwise) {
  const std::vector<Mention> ambiguous = Extract("signed on 03/04/2021 in Vienna");
  ASSERT_EQ(ambiguous.size(), 1u);
  EXPECT_EQ(ambiguous[0].text, "03/04/2021");
  EXPECT_EQ(ambiguous[0].value, "2021-04-03");
  EXPECT_EQ(ambiguous[0].attributes.at("ambiguous"), "day-month");
  EXPECT_EQ(ambiguous[0].attributes.at("rule"), "slashed_date");

  const std::vector<Mention> day_first = Extract("on 25/12/2020");
  ASSERT_EQ(day_first.size(), 1u);
  EXPECT_EQ(day_first[0].value, "2020-12-25");
  EXPECT_EQ(day_first[0].attributes.count("ambiguous"), 0u);

  const std::vector<Mention> month_first = Extract("on 12/25/2020 and on 03/04/2021");
  ASSERT_EQ(month_first.size(), 2u);
  EXPECT_EQ(month_first[0].value, "2020-12-25");
  EXPECT_EQ(month_first[0].attributes.count("ambiguous"), 0u);
  EXPECT_EQ(month_first[1].value, "2021-03-04");
  EXPECT_EQ(month_first[1].attributes.at("ambiguous"), "day-month");

  const std::vector<Mention> same = Extract("on 05/05/2021");
  ASSERT_EQ(same.size(), 1u);
  EXPECT_EQ(same[0].value, "2021-05-05");
  EXPECT_EQ(same[0].attributes.count("ambiguous"), 0u);
}

TEST_F(DateExtractorTest, OverlapsKeepTheLongest) {
  const std::vector<Mention> mentions = Extract("On 10-12 September 2024, in 2024");
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[0].text, "10-12 September 2024");
  EXPECT_EQ(mentions[0].attributes.at("rule"), "day_range");
  EXPECT_EQ(mentions[1].text, "2024");
}

// tests/data/releases-blind13 (UN meetings coverage): a resolution's
// symbol, its year of adoption included, and a sanctions regime named after
// a resolution are no dates.
TEST_F(DateExtractorTest, ResolutionSymbolsAreNoDates) {
  EXPECT_EQ(Found("as members took stock of resolution 2593 (2021) and of the sanctions "
                  "regimes established by resolutions 1267 and 1988.",
                  "2025-12-09"),
            Strings{});
  EXPECT_EQ(Found("called on the de facto authorities in Kabul to deny space to groups listed "
                  "under the 1988 sanctions regime.",
                  "2025-12-09"),
            Strings{});
  EXPECT_EQ(Found("The Council recalled UNSCR 2250 (2015) on youth, peace and security.",
                  "2025-12-09"),
            Strings{});
  EXPECT_EQ(Found("The resolution was adopted in 2021.", "2025-12-09"), Strings{"2021=2021"});
}

// tests/data/releases-blind23 (a request for quotations): a telephone
// extension and the edition of a set of trade rules are no years; a year
// beside them still is.
TEST_F(DateExtractorTest, ExtensionsAndRuleEditionsAreNoDates) {
  EXPECT_EQ(Found("Contact for questions only: Procurement Assistant, +996 312 66 10 15, "
                  "ext. 2017.",
                  "2026-03-09"),
            Strings{});
  EXPECT_EQ(Found("Prices must be in KGS or USD, DAP (Incoterms 2020), without VAT.",
                  "2026-03-09"),
            Strings{});
  EXPECT_EQ(Found("The Incoterms rules were revised in 2020.", "2026-03-09"),
            Strings{"2020=2020"});
}

// tests/data/releases-blind13 (a research report): a decade written with its
// century needs no document date.
TEST_F(DateExtractorTest, DecadesWithTheirCenturyNeedNoDocumentDate) {
  EXPECT_EQ(Found("The three penitentiary systems still bear the mark of the 1990s: large "
                  "colonies built in the 1970s house up to 1,500 inmates each."),
            (Strings{"the 1990s=199", "the 1970s=197"}));
  EXPECT_EQ(Found("the nineties"), Strings{});  // its century comes from the document
}

// A report dated by its month only ("Vienna, November 2025") still anchors
// years and months; it names no day for "today".
TEST_F(DateExtractorTest, AMonthDatedDocumentAnchorsYearsButNoDays) {
  EXPECT_EQ(Found("Budgets improved last year, in March and today.", "2025-11"),
            (Strings{"last year=2024", "March=2025-03"}));
}

// tests/data/releases-blind13 (a speech): US-style days of two months.
TEST_F(DateExtractorTest, MonthFirstDaysOfTwoMonthsAreOneRange) {
  EXPECT_EQ(Found("A second course runs from September 1 to December 20, and 62 students are "
                  "taking it.",
                  "2025-10-15"),
            Strings{"from September 1 to December 20=2025-09-01/2025-12-20"});
  // CoNLL-2003 dev (testa-0003): with a dash, two dates, as TimeML marks them.
  EXPECT_EQ(Found("May 31 - June 2 v Derbyshire ( three days )", "1996-08-30"),
            (Strings{"May 31=1996-05-31", "June 2=1996-06-02"}));
}

// tests/data/releases-blind13: "the end of" before a fiscal year.
TEST_F(DateExtractorTest, TheEndOfAFiscalYear) {
  EXPECT_EQ(Found("before falling by a third by the end of fiscal year 2024."),
            Strings{"the end of fiscal year 2024=2024"});
}

// tests/data/releases-blind13 (a December release): a season already over
// that a clause looks ahead to is next year's; told of the past, this year's.
TEST_F(DateExtractorTest, ASeasonOverInAFutureClauseIsNextYears) {
  EXPECT_EQ(Found("his Office would deploy four mobile interdiction teams along the Panj River "
                  "in the spring.",
                  "2025-12-09"),
            Strings{"the spring=2026-SP"});
  EXPECT_EQ(Found("In the spring, border services reported 37 attempted crossings.",
                  "2025-12-09"),
            Strings{"the spring=2025-SP"});
}

TEST_F(DateExtractorTest, OffsetsAreRawBytes) {
  const std::string raw = "«Апрель» — “OSCE” 19 April 2021";
  const std::vector<Mention> mentions = Extract(raw);
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].start, raw.find("19 April"));
  EXPECT_EQ(mentions[0].end, raw.size());
}

// A normalized view built by hand from (raw piece, normalized piece) pairs,
// as the ICU normalizer would produce it: each normalized byte maps to the
// raw span of its piece. Keeps these tests independent of engine/normalize.
NormalizedText HandNormalized(const std::vector<std::pair<std::string, std::string>>& pieces,
                              std::string* raw) {
  NormalizedText normalized;
  raw->clear();
  for (const auto& [raw_piece, normalized_piece] : pieces) {
    const auto raw_start = static_cast<std::uint32_t>(raw->size());
    *raw += raw_piece;
    const auto raw_end = static_cast<std::uint32_t>(raw->size());
    normalized.text += normalized_piece;
    normalized.raw_start.insert(normalized.raw_start.end(), normalized_piece.size(), raw_start);
    normalized.raw_end.insert(normalized.raw_end.end(), normalized_piece.size(), raw_end);
  }
  return normalized;
}

TEST_F(DateExtractorTest, DaysOfAYearNamedRelativeToTheDocument) {
  // tests/data/releases: the days and month are written, the year is the
  // one before (or of) the document date.
  EXPECT_EQ(Found("a similar course held on 15-16 November last year in Nookat district",
                  "2023-03-22"),
            (Strings{"15-16 November last year=2022-11-15/2022-11-16"}));
  EXPECT_EQ(Found("a similar event was held in Kulob on 3-5 March this year.", "2024-04-12"),
            (Strings{"3-5 March this year=2024-03-03/2024-03-05"}));
  EXPECT_EQ(Found("The office opened on 7 May last year.", "2023-03-22"),
            (Strings{"7 May last year=2022-05-07"}));
  // Reuters-21578 03661: a figure before "in" is no day.
  EXPECT_EQ(Found("pct in January and 22.4 pct in February last year, Bank of", "1987-03-10"),
            (Strings{"January=1987-01", "February last year=1986-02"}));
}

TEST_F(DateExtractorTest, MapsSpansBackThroughTheOffsetMap) {
  std::string raw;
  // Full-width "ＯＮ", an en dash, a no-break space, capitals and two spaces:
  // "ＯＮ 10–12 SEPTEMBER  2024." -> "on 10-12 september 2024."
  const NormalizedText normalized = HandNormalized(
      {{"\xef\xbc\xaf", "o"}, {"\xef\xbc\xae", "n"}, {" ", " "}, {"1", "1"}, {"0", "0"},
       {"\xe2\x80\x93", "-"}, {"1", "1"}, {"2", "2"}, {"\xc2\xa0", " "}, {"S", "s"},
       {"E", "e"}, {"P", "p"}, {"T", "t"}, {"E", "e"}, {"M", "m"}, {"B", "b"}, {"E", "e"},
       {"R", "r"}, {"  ", " "}, {"2", "2"}, {"0", "0"}, {"2", "2"}, {"4", "4"}, {".", "."}},
      &raw);
  std::vector<Mention> mentions;
  extractor_.Extract(TextView{raw, normalized}, ExtractionContext{}, &mentions);
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].start, raw.find("10"));
  EXPECT_EQ(mentions[0].end, raw.size() - 1);
  EXPECT_EQ(mentions[0].text, "10\xe2\x80\x93" "12\xc2\xa0SEPTEMBER  2024");
  EXPECT_EQ(mentions[0].value, "2024-09-10/2024-09-12");

  // The capital that lets a month stand without a year is read in the raw text.
  std::string raw_month;
  const NormalizedText month = HandNormalized(
      {{"I", "i"}, {"n", "n"}, {" ", " "}, {"S", "s"}, {"e", "e"}, {"p", "p"}, {"t", "t"},
       {"e", "e"}, {"m", "m"}, {"b", "b"}, {"e", "e"}, {"r", "r"}},
      &raw_month);
  mentions.clear();
  extractor_.Extract(TextView{raw_month, month}, ExtractionContext{"2021-10-15"}, &mentions);
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].text, "September");
  EXPECT_EQ(mentions[0].value, "2021-09");
}

TEST_F(DateExtractorTest, LongTextsAreSearchedWhole) {
  // Dates on both sides of the extractor's internal block boundaries.
  std::string raw;
  std::vector<std::string> expected;
  for (int i = 0; raw.size() < 40000; ++i) {
    raw += "Some filler text without dates, " + std::to_string(i % 7) + " words. ";
    if (i % 13 == 0) {
      raw += "On " + std::to_string(1 + i % 28) + " March 2019 ";
      expected.push_back(std::to_string(1 + i % 28) + " March 2019");
    }
  }
  std::vector<std::string> found;
  for (const Mention& mention : Extract(raw)) found.push_back(mention.text);
  EXPECT_EQ(found, expected);
}

TEST(IcuMonthNamesTest, HasEnglishAndRussianNames) {
  const std::map<std::string, int> names = IcuMonthNames({"en", "en_GB", "ru"});
  EXPECT_EQ(names.at("april"), 4);
  EXPECT_EQ(names.at("jan"), 1);
  EXPECT_TRUE(names.count("sept") == 1 || names.count("sep") == 1);
  for (const char* september : {"sept", "sep"}) {
    if (names.count(september) != 0) {
      EXPECT_EQ(names.at(september), 9);
    }
  }
  EXPECT_EQ(names.at("апреля"), 4);
  EXPECT_EQ(names.at("апрель"), 4);
  EXPECT_EQ(names.at("мая"), 5);
  EXPECT_EQ(names.at("сент"), 9);
  for (const auto& [name, month] : names) {
    EXPECT_FALSE(name.empty());
    EXPECT_NE(name.back(), '.') << name;
    EXPECT_GE(month, 1) << name;
    EXPECT_LE(month, 12) << name;
  }
}

TEST(IcuMonthNamesTest, TakesOnlyTheLocalesAskedFor) {
  const std::map<std::string, int> names = IcuMonthNames({"en"});
  EXPECT_EQ(names.count("апреля"), 0u);
  EXPECT_EQ(names.at("december"), 12);
}

TEST(IcuMonthNamesTest, AbbreviationsAreThoseThatAreNoWideName) {
  const std::map<std::string, int> abbreviations = IcuMonthAbbreviations({"en", "en_GB"});
  EXPECT_EQ(abbreviations.at("jan"), 1);
  EXPECT_EQ(abbreviations.at("sept"), 9);  // en_GB's
  EXPECT_EQ(abbreviations.at("sep"), 9);
  // "May" is its own abbreviation, so a dot after it ends a sentence.
  EXPECT_EQ(abbreviations.count("may"), 0u);
  EXPECT_EQ(abbreviations.count("january"), 0u);
}

TEST(DateExtractorRulesTest, UnknownGroupNamesAreRuleErrors) {
  ScratchDir scratch;
  const fs::path path = scratch / "dates.rules";
  WriteFile(path, "# test\nrule year \\b(?P<year>\\d{4})\\b\n");
  try {
    DateExtractor extractor(path);
    FAIL() << "expected a RuleError";
  } catch (const RuleError& error) {
    const std::string message = error.what();
    const std::string expected_start =
        path.string() + ":2: rule 'year' uses unknown group 'year' (known: ";
    EXPECT_EQ(message.substr(0, expected_start.size()), expected_start);
    for (const char* known : {" y ", " m ", " d ", " since ", " span ", " weekday ", " unit_week ",
                              " ref_present ", " not_date "}) {
      EXPECT_NE(message.find(known), std::string::npos) << known;
    }
  }
  WriteFile(path, "rule nothing \\bdate\\b\n");
  EXPECT_THROW(DateExtractor{path}, RuleError);
  WriteFile(path, "rule bad (?P<y>\\d{4}\n");
  EXPECT_THROW(DateExtractor{path}, RuleError);
}

// "rule NAME@KIND" names the kind of trigger word every match holds; the
// extractor knows the kinds of extractors/date_windows.h and checks that the
// pattern names a word of its kind.
TEST(DateExtractorRulesTest, TriggerGroupsMustBeKnownKindsThePatternNames) {
  ScratchDir scratch;
  const fs::path path = scratch / "dates.rules";
  WriteFile(path, "rule year@decade \\b(?P<y>\\d{4})\\b\n");
  try {
    DateExtractor extractor(path);
    FAIL() << "expected a RuleError";
  } catch (const RuleError& error) {
    EXPECT_EQ(std::string(error.what()),
              path.string() + ":1: rule 'year' has unknown group 'decade' (known: month weekday "
                              "relative year_word year_digits day_ordinal)");
  }
  WriteFile(path, "rule year@month \\b(?P<y>\\d{4})\\b\n");
  try {
    DateExtractor extractor(path);
    FAIL() << "expected a RuleError";
  } catch (const RuleError& error) {
    EXPECT_EQ(std::string(error.what()),
              path.string() + ":1: rule 'year' is in group 'month' but names no such trigger");
  }
  // A group name is no word ("(?P<unit_day>" names no "day"), nor is the
  // letter of an escape part of one (\bnow names "now"); \d is a digit.
  WriteFile(path, "rule unit@relative (?P<unit_day>)snow(?P<y>\\d{4})\n");
  EXPECT_THROW(DateExtractor{path}, RuleError);
  WriteFile(path, "rule unit@relative (?P<unit_day>)\\bnow(?P<y>\\d{4})\n");
  EXPECT_NO_THROW(DateExtractor{path});
  WriteFile(path, "rule unit@year_digits (?P<unit_day>)snow(?P<y>\\d{4})\n");
  EXPECT_NO_THROW(DateExtractor{path});
}

// A rule is tried only in stretches of text holding a trigger of its kind:
// this rule, put in the weekday group although its year alone makes a match,
// finds "1987" only when the prefilter is off or a weekday is near.
TEST(DateExtractorRulesTest, ARuleIsTriedOnlyWhereATriggerOfItsKindIs) {
  ScratchDir scratch;
  const fs::path path = scratch / "dates.rules";
  WriteFile(path, "rule year@weekday \\b(?P<y>\\d{4})\\b(?:\\s+monday)?\n");
  const DateExtractor filtered(path);
  const DateExtractor unfiltered(path, DateExtractorOptions{.prefilter = false});
  const Normalizer normalizer;
  const auto values = [&](const DateExtractor& extractor, const std::string& raw) {
    const NormalizedText normalized = normalizer.Normalize(raw);
    std::vector<Mention> mentions;
    extractor.Extract(TextView{raw, normalized}, ExtractionContext{"1998-02-13"}, &mentions);
    std::vector<std::string> found;
    for (const Mention& mention : mentions) found.push_back(mention.value);
    return found;
  };
  const std::string year_alone = "Sales rose in 1987 and fell.";
  EXPECT_TRUE(values(filtered, year_alone).empty());
  EXPECT_EQ(values(unfiltered, year_alone), (std::vector<std::string>{"1987"}));
  EXPECT_EQ(values(filtered, "Sales rose in 1987, said Monday's report."),
            (std::vector<std::string>{"1987"}));
}

// The seed releases and their gold, when shared/ is there.
class SeedGoldTest : public DateExtractorTest {
 protected:
  void SetUp() override {
    gold_path_ = SharedDir() / "eval" / "gold" / "seeds-dev.jsonl";
    seeds_dir_ = SharedDir() / "corpora" / "seeds";
    if (!fs::exists(gold_path_) || !fs::is_directory(seeds_dir_)) {
      GTEST_SKIP() << "no shared seeds/gold at " << SharedDir();
    }
  }

  struct GoldDate {
    std::string doc, text, value;
    std::size_t start = 0, end = 0;
  };

  std::vector<GoldDate> ReadGoldDates() const {
    std::vector<GoldDate> dates;
    std::istringstream lines(ReadFileOrDie(gold_path_));
    std::string line;
    while (std::getline(lines, line)) {
      if (line.empty()) continue;
      const boost::json::object entity = boost::json::parse(line).as_object();
      if (entity.at("type").as_string() != "date") continue;
      GoldDate date;
      date.doc = std::string(entity.at("doc").as_string());
      date.text = std::string(entity.at("text").as_string());
      date.value = std::string(entity.at("value").as_string());
      date.start = static_cast<std::size_t>(entity.at("start").to_number<std::int64_t>());
      date.end = static_cast<std::size_t>(entity.at("end").to_number<std::int64_t>());
      dates.push_back(date);
    }
    return dates;
  }

  std::string ReadSeed(const std::string& doc) const {
    return ReadFileOrDie(seeds_dir_ / (doc + ".txt"));
  }

  fs::path gold_path_;
  fs::path seeds_dir_;
};

TEST_F(SeedGoldTest, FindsEveryGoldDateThatWritesItsYear) {
  int checked = 0;
  for (const GoldDate& gold : ReadGoldDates()) {
    // Dates without a written year need the document date: see analyzer_test.
    if (gold.text.find_first_of("0123456789") == std::string::npos) continue;
    ++checked;
    const std::vector<Mention> mentions = Extract(ReadSeed(gold.doc));
    bool found = false;
    for (const Mention& mention : mentions) {
      if (mention.start == gold.start && mention.end == gold.end) {
        found = true;
        EXPECT_EQ(mention.value, gold.value) << gold.doc << " " << gold.text;
      }
    }
    EXPECT_TRUE(found) << gold.doc << " [" << gold.start << "," << gold.end << ") " << gold.text;
  }
  EXPECT_GE(checked, 5);
}

TEST_F(SeedGoldTest, EveryMentionIsItsRawText) {
  for (const auto& entry : fs::directory_iterator(seeds_dir_)) {
    if (entry.path().extension() != ".txt") continue;
    const std::string raw = ReadFileOrDie(entry.path());
    for (const std::string& anchor : {std::string(), std::string("2021-10-15")}) {
      for (const Mention& mention : Extract(raw, anchor)) {
        EXPECT_EQ(raw.substr(mention.start, mention.end - mention.start), mention.text)
            << entry.path();
      }
    }
  }
}

// The prefilter (extractors/date_windows.h) runs the rules only around the
// words and numbers dates need; it must find exactly what a run of every rule
// over the whole text finds. Checked on every TempEval-3 training document
// (news and Wall Street Journal text, TimeML markup included) and the seed
// releases.
TEST_F(DateExtractorTest, PrefilterFindsTheSameMentions) {
  std::vector<fs::path> files;
  const fs::path tempeval = SharedDir() / "corpora" / "tempeval3" / "train";
  if (fs::is_directory(tempeval)) {
    for (const auto& entry : fs::recursive_directory_iterator(tempeval)) {
      if (entry.path().extension() == ".tml") files.push_back(entry.path());
    }
  }
  if (fs::is_directory(::gleaner::testing::SeedsDir())) {
    for (const auto& entry : fs::directory_iterator(::gleaner::testing::SeedsDir())) {
      if (entry.path().extension() == ".txt") files.push_back(entry.path());
    }
  }
  if (files.empty()) GTEST_SKIP() << "no TempEval-3 or seed text under " << SharedDir();
  std::sort(files.begin(), files.end());

  const DateExtractor unfiltered(DataDir() / "rules" / "dates.rules",
                                 DateExtractorOptions{.prefilter = false});
  auto describe = [](const std::vector<Mention>& mentions) {
    std::vector<std::string> described;
    for (const Mention& mention : mentions) {
      described.push_back(std::to_string(mention.start) + "-" + std::to_string(mention.end) + " " +
                          mention.text + "=" + mention.value);
    }
    return described;
  };
  std::size_t total = 0;
  for (const fs::path& file : files) {
    const std::string raw = ReadFileOrDie(file);
    const NormalizedText normalized = normalizer_.Normalize(raw);
    std::vector<Mention> filtered_mentions;
    std::vector<Mention> unfiltered_mentions;
    const ExtractionContext context{"1998-02-13"};
    extractor_.Extract(TextView{raw, normalized}, context, &filtered_mentions);
    unfiltered.Extract(TextView{raw, normalized}, context, &unfiltered_mentions);
    EXPECT_EQ(describe(filtered_mentions), describe(unfiltered_mentions)) << file;
    total += unfiltered_mentions.size();
  }
  EXPECT_GT(total, files.size()) << "the texts should hold dates";
}

TEST_F(DateExtractorTest, AMonthOfANextEventLiesAhead) {
  // tests/data/releases-blind24 (a Security Council press statement of May
  // 2025): "the next briefing in November" was read as the November before,
  // the clause being in the past; a next event's month lies ahead.
  EXPECT_EQ(Found("The members looked forward to the next briefing in November.", "2025-05-14"),
            Strings{"November=2025-11"});
  EXPECT_EQ(Found("The board agreed to hold its next regular session in December.", "2025-05-14"),
            Strings{"December=2025-12"});
  // Without "next" the past clause keeps the month behind.
  EXPECT_EQ(Found("The members recalled the briefing held in November.", "2025-05-14"),
            Strings{"November=2024-11"});
}

}  // namespace
}  // namespace gleaner
