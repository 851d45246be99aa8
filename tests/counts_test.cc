// Tests for the count extractor: sentences from the seed releases,
// Reuters-21578 and TempEval-3, qualifiers, number words from ICU, head
// nouns through modifiers, breakdowns that do not add up, everything that is
// not a count, raw offsets, hostile input and the seed gold.
#include "extractors/counts.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "engine/normalize.h"
#include "engine/readers/reader.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

namespace fs = std::filesystem;
using ::gleaner::testing::DataDir;
using ::gleaner::testing::ReadFileOrDie;
using ::gleaner::testing::ScratchDir;
using ::gleaner::testing::SharedDir;
using ::gleaner::testing::WriteFile;

using Strings = std::vector<std::string>;

class CountExtractorTest : public ::testing::Test {
 protected:
  std::vector<Mention> Extract(const std::string& raw) const {
    const NormalizedText normalized = normalizer_.Normalize(raw);
    std::vector<Mention> mentions;
    extractor_.Extract(TextView{raw, normalized}, ExtractionContext{}, &mentions);
    for (const Mention& mention : mentions) {
      EXPECT_EQ(mention.type, MentionType::kCount);
      EXPECT_LT(mention.start, mention.end);
      EXPECT_LE(mention.end, raw.size());
      EXPECT_EQ(raw.substr(mention.start, mention.end - mention.start), mention.text);
      EXPECT_EQ(mention.attributes.count("unit"), 1u);
      EXPECT_EQ(mention.attributes.count("rule"), 1u);
    }
    return mentions;
  }

  // "text=value/unit" for each mention, in order.
  Strings Found(const std::string& raw) const {
    Strings found;
    for (const Mention& mention : Extract(raw)) {
      found.push_back(mention.text + "=" + mention.value + "/" + mention.attributes.at("unit"));
    }
    return found;
  }

  Normalizer normalizer_;
  CountExtractor extractor_{DataDir() / "rules" / "counts.rules",
                            DataDir() / "rules" / "count-nouns.txt"};
};

// tests/data/releases-blind24: an age group's noun holds digits
// ("under-18s", "over-65s") and is the head of what is counted; "under"
// alone still ends a phrase, and other words end at their digits.
TEST_F(CountExtractorTest, AgeGroupNounsHoldDigits) {
  EXPECT_EQ(Found("In 2024 the police of Shymkent and Turkistan Region registered 612 under-18s "
                  "in conflict with the law, 538 boys and 74 girls."),
            (Strings{"612 under-18s=612/under-18s", "538 boys=538/boys", "74 girls=74/girls"}));
  EXPECT_EQ(Found("Some 40 over-65s joined the class."), (Strings{"Some 40 over-65s=40/over-65s"}));
  EXPECT_TRUE(Found("The fine was 30 under-18 rates.").empty());
  EXPECT_TRUE(Found("He scored 612 under pressure.").empty());
}

TEST_F(CountExtractorTest, SeedSentences) {
  EXPECT_EQ(Found("Twenty future facilitators from four countries in Central Asia, including "
                  "13 women and 7 men, were selected to participate"),
            (Strings{"Twenty future facilitators=20/facilitators", "four countries=4/countries",
                     "13 women=13/women", "7 men=7/men"}));
  EXPECT_EQ(Found("The LIVE Initiative consists of three training courses tailored to youth"),
            Strings{"three training courses=3/courses"});
  EXPECT_EQ(Found("the course features two sessions per week that focus on"),
            Strings{"two sessions=2/sessions"});
  EXPECT_EQ(Found("are being implemented in nine pilot local communities across Kyrgyzstan."),
            Strings{"nine pilot local communities=9/communities"});
  EXPECT_EQ(Found("\"Our working group of 12 people was organized this spring, including 3 ayil "
                  "okmotu people, 3 aksakal court chairmen, a neighborhood inspector"),
            (Strings{"12 people=12/people", "3 ayil okmotu people=3/people",
                     "3 aksakal court chairmen=3/chairmen"}));
  EXPECT_EQ(Found("The seminar, which was attended by 28 community police officers and "
                  "instructors from Almaty"),
            Strings{"28 community police officers=28/officers"});
  EXPECT_EQ(Found("the focal points of the five Central Asian Member States."),
            Strings{"five Central Asian Member States=5/states"});
}

TEST_F(CountExtractorTest, ReutersSentences) {
  EXPECT_EQ(Found("it has agreed to issue up to 3,491,030 new shares to"),
            Strings{"up to 3,491,030 new shares=3491030/shares"});
  EXPECT_EQ(Found("Chemlawn has about 18.6 mln shares outstanding."),
            Strings{"about 18.6 mln shares=18600000/shares"});
  EXPECT_EQ(Found("The company will buy four mln shares at"),
            Strings{"four mln shares=4000000/shares"});
  EXPECT_EQ(Found("More than 170 ships were idle and 40,000 seafarers on strike"),
            (Strings{"More than 170 ships=170/ships", "40,000 seafarers=40000/seafarers"}));
  EXPECT_EQ(Found("completions included 36,834 oil\nwells and 13,036 gas wells"),
            (Strings{"36,834 oil\nwells=36834/wells", "13,036 gas wells=13036/wells"}));
  EXPECT_EQ(Found("an estimated 160 ships were trapped in 11 key Brazilian ports"),
            (Strings{"an estimated 160 ships=160/ships", "11 key Brazilian ports=11/ports"}));
  // Money, percentages and table rows are not counts.
  EXPECT_EQ(Found("Shr 1.25 dlrs vs 98 cts\nNet 4,500,000 vs 3,000,000\nRevs 25.3 mln vs 22 mln"),
            Strings{});
  EXPECT_EQ(Found("profits rose 12 pct to 25 mln dlrs in 1986"), Strings{});
}

// tests/data/releases-blind23 (a statement at Ramadan): a year of the
// Islamic or another era is no number of things; a noun "ad" still is one.
TEST_F(CountExtractorTest, YearsOfAnEraCountNothing) {
  EXPECT_EQ(Found("as the holy month of Ramadan 1447 AH enters its last ten days"), Strings{});
  EXPECT_EQ(Found("The city was founded in 500 BC by 300 settlers."),
            (Strings{"300 settlers=300/settlers"}));
  EXPECT_EQ(Found("Some 300 ad spots ran on local television."),
            (Strings{"Some 300 ad spots=300/spots"}));
}

TEST_F(CountExtractorTest, SoumsAreMoney) {
  // tests/data/releases-blind5 (uz-tashkent-german-embassy-media): "soum",
  // the usual English spelling of the Uzbek sum, is a currency.
  EXPECT_EQ(Found("Each fellow receives a monthly stipend of 2.5 million soums and 40 books."),
            (Strings{"40 books=40/books"}));
}

TEST_F(CountExtractorTest, AnIsoCurrencyCodeMakesTheNumberMoney) {
  // tests/data/releases-blind26 (eu-dushanbe-delegation-...): a number after
  // "EUR", "USD" or "CHF" is a sum whatever noun or verb follows it.
  EXPECT_EQ(Found("The remaining EUR 0.5 million funds an evaluation of BOMCA 10."), Strings{});
  EXPECT_EQ(Found("USD 2 million grants went to 14 schools, and CHF 3 million supports 90 "
                  "doctors."),
            (Strings{"14 schools=14/schools", "90 doctors=90/doctors"}));
}

TEST_F(CountExtractorTest, MoreBetweenTheNumberAndItsNoun) {
  // tests/data/releases-blind (kg-talas-strive) and Reuters-21578: "more"
  // adds to a number already given; the count is the number.
  EXPECT_EQ(Found("The programme plans three more camps in Talas next year."),
            Strings{"three more camps=3/camps"});
  EXPECT_EQ(Found("it may buy up to 500,000 more shares"),
            Strings{"up to 500,000 more shares=500000/shares"});
  // Not "more than" after a number, which compares.
  EXPECT_EQ(Found("sales were 29 more than a year ago"), Strings{});
}

TEST_F(CountExtractorTest, AnAgeIsNoCount) {
  // tests/data/releases-blind (tj-kulob-worldbank).
  EXPECT_EQ(Found("62 young people aged 18 to 29 completed vocational courses"),
            Strings{"62 young people=62/people"});
  EXPECT_EQ(Found("women aged between 16 and 25 attended"), Strings{});
  EXPECT_EQ(Found("a boy aged 14 was among 30 detainees"), Strings{"30 detainees=30/detainees"});
}

TEST_F(CountExtractorTest, TempEvalSentences) {
  EXPECT_EQ(Found("He sold the property to five buyers and said he'd double his money."),
            Strings{"five buyers=5/buyers"});
  EXPECT_EQ(Found("Pamela Pak owns eight condominiums here"),
            Strings{"eight condominiums=8/condominiums"});
  EXPECT_EQ(Found("two hundred and thirty four Americans have flown in space"),
            Strings{"two hundred and thirty four Americans=234/americans"});
  EXPECT_EQ(Found("Bush can call up to 200,000 reservists for up to 180 days without"),
            Strings{"up to 200,000 reservists=200000/reservists"});
  EXPECT_EQ(Found("Nearly 9,000 Soviets were among the hundreds of thousands"),
            Strings{"Nearly 9,000 Soviets=9000/soviets"});
  EXPECT_EQ(Found("Iraq boasts an army of 1 million members"),
            Strings{"1 million members=1000000/members"});
  EXPECT_EQ(Found("In the last twenty four hours, three of his buyers have backed out"),
            Strings{});
  EXPECT_EQ(Found("Three thousand dollar pearls for eight hundred dollars"), Strings{});
}

TEST_F(CountExtractorTest, Qualifiers) {
  const std::map<std::string, std::string> cases = {
      {"Approximately 50 representatives", "approximately"},
      {"about 20 people", "about"},
      {"around 30 journalists", "around"},
      {"nearly 100 volunteers", "nearly"},
      {"almost 40 schools", "almost"},
      {"over 200 participants", "over"},
      {"more than 15 countries", "more than"},
      {"less than 10 projects", "less than"},
      {"up to 25 trainees", "up to"},
      {"at least 12 villages", "at least"},
      {"some 300 delegates", "some"},
  };
  for (const auto& [text, qualifier] : cases) {
    const std::vector<Mention> mentions = Extract("They said " + text + " took part.");
    ASSERT_EQ(mentions.size(), 1u) << text;
    EXPECT_EQ(mentions[0].text, text);
    EXPECT_EQ(mentions[0].attributes.at("qualifier"), qualifier) << text;
  }
  EXPECT_EQ(Extract("13 women")[0].attributes.count("qualifier"), 0u);
}

TEST_F(CountExtractorTest, DozensAndTheArticleBeforeAScale) {
  // Reuters-21578 11956 and 08379, CoNLL-2003 dev testa-0182.
  EXPECT_EQ(Found("members have lined up as many as two dozen amendments costing"),
            Strings{"as many as two dozen amendments=24/amendments"});
  EXPECT_EQ(Found("to free him in exchange for a hundred detainees in\nIsrael."),
            Strings{"a hundred detainees=100/detainees"});
  EXPECT_EQ(Found("More than a thousand women , children and men"),
            Strings{"More than a thousand women=1000/women"});
  // Release style.
  EXPECT_EQ(Found("a dozen journalists and 3 dozen bloggers"),
            (Strings{"a dozen journalists=12/journalists", "3 dozen bloggers=36/bloggers"}));
  // "dozens of" is no number, and the article counts only before a scale.
  EXPECT_EQ(Found("Dozens of volunteers met a journalist."), Strings{});
}

TEST_F(CountExtractorTest, TheUpperEndOfARangeIsNoCount) {
  // CoNLL-2003 dev and train, TempEval-3 TimeBank wsj_0568: neither end of a
  // range of numbers is the number of things.
  EXPECT_EQ(Found("as saying 40 to 50 armed men attacked the convoy ."), Strings{});
  EXPECT_EQ(Found("Iraqis released between 60 and 70 people on Tuesday"), Strings{});
  EXPECT_EQ(Found("now attracts between 15,000 and 20,000 people , many of them"), Strings{});
  EXPECT_EQ(Found("the high end of the range of 7,000 to 8,000 employees that Unisys"),
            Strings{});
  // Number words (releases-blind10); "13 women and 7 men" (no "between")
  // stays two counts, see SeedSentences.
  EXPECT_EQ(Found("Each of the six delegations had between eight and ten members;"),
            Strings{"six delegations=6/delegations"});
}

TEST_F(CountExtractorTest, NumberShapes) {
  EXPECT_EQ(Found("1,500 participants"), Strings{"1,500 participants=1500/participants"});
  EXPECT_EQ(Found("1 500 participants"), Strings{"1 500 participants=1500/participants"});
  EXPECT_EQ(Found("1\u00a0500 participants"),
            Strings{"1\u00a0500 participants=1500/participants"});
  EXPECT_EQ(Found("2.5 million people"), Strings{"2.5 million people=2500000/people"});
  EXPECT_EQ(Found("two million people"), Strings{"two million people=2000000/people"});
  EXPECT_EQ(Found("twenty-five trainers"), Strings{"twenty-five trainers=25/trainers"});
  EXPECT_EQ(Found("Twenty–five trainers"), Strings{"Twenty–five trainers=25/trainers"});
  EXPECT_EQ(Found("one hundred students"), Strings{"one hundred students=100/students"});
  EXPECT_EQ(Found("one hundred and twenty students"),
            Strings{"one hundred and twenty students=120/students"});
  EXPECT_EQ(Found("one participant"), Strings{"one participant=1/participant"});
  EXPECT_EQ(Found("1 vehicle"), Strings{"1 vehicle=1/vehicle"});
  EXPECT_EQ(Found("ＴＷＥＮＴＹ trainers"), Strings{"ＴＷＥＮＴＹ trainers=20/trainers"});
}

TEST_F(CountExtractorTest, IcuNumberWords) {
  const std::map<std::string, std::int64_t> words = IcuNumberWords();
  EXPECT_EQ(words.at("one"), 1);
  EXPECT_EQ(words.at("nineteen"), 19);
  EXPECT_EQ(words.at("twenty"), 20);
  EXPECT_EQ(words.at("ninety"), 90);
  EXPECT_EQ(words.at("hundred"), 100);
  EXPECT_EQ(words.at("million"), 1'000'000);
  EXPECT_EQ(words.count("twenty-five"), 0u);  // composed, not listed
}

TEST_F(CountExtractorTest, HeadNouns) {
  EXPECT_EQ(Found("7 men selected the themes"), Strings{"7 men=7/men"});
  EXPECT_EQ(Found("20 facilitators attended sessions"),
            Strings{"20 facilitators=20/facilitators"});
  EXPECT_EQ(Found("13 women's groups"), Strings{"13 women's groups=13/groups"});
  EXPECT_EQ(Found("12 co-workers"), Strings{"12 co-workers=12/co-workers"});
  // Irregular plurals from the lexicon.
  EXPECT_EQ(Found("The two ministries signed 4 memoranda."),
            (Strings{"two ministries=2/ministries", "4 memoranda=4/memoranda"}));
  EXPECT_EQ(Found("three curricula were revised"), Strings{"three curricula=3/curricula"});
  // "youth" is its own plural in release English, and "youths" still counts.
  EXPECT_EQ(Found("More than 200 youth and 35 youths from Osh took part."),
            (Strings{"More than 200 youth=200/youth", "35 youths=35/youths"}));
  EXPECT_EQ(Found("one youth centre opened"), Strings{"one youth centre=1/centre"});
  // Too many modifiers: no head in reach.
  EXPECT_EQ(Found("20 very long and winding"), Strings{});
  EXPECT_EQ(Found("one of the participants"), Strings{});
  EXPECT_EQ(Found("Twenty future"), Strings{});
}

TEST_F(CountExtractorTest, Breakdowns) {
  const std::vector<Mention> mentions =
      Extract("The earlier seminars prepared 39 participants (19 women, 10 men) from");
  ASSERT_EQ(mentions.size(), 3u);
  EXPECT_EQ(mentions[0].text, "39 participants");
  EXPECT_EQ(mentions[0].attributes.at("breakdown_sum"), "29");
  EXPECT_EQ(mentions[0].attributes.at("breakdown_mismatch"), "true");
  EXPECT_EQ(mentions[1].attributes.count("breakdown_sum"), 0u);

  const std::vector<Mention> adding_up =
      Extract("20 trainers, including 13 women and 7 men, attended.");
  ASSERT_EQ(adding_up.size(), 3u);
  EXPECT_EQ(adding_up[0].attributes.at("breakdown_sum"), "20");
  EXPECT_EQ(adding_up[0].attributes.count("breakdown_mismatch"), 0u);

  // A list that is not right after the total is not its breakdown.
  const std::vector<Mention> apart =
      Extract("Twenty future facilitators from four countries in Central Asia, including 13 "
              "women and 7 men");
  for (const Mention& mention : apart) {
    EXPECT_EQ(mention.attributes.count("breakdown_sum"), 0u) << mention.text;
  }
}

TEST_F(CountExtractorTest, NotCounts) {
  const Strings negatives = {
      "in 2019 participants met",                       // year
      "From 2018 to 2021, the Unit",                    // years
      "1267/1989/2253 and 1988 Sanctions Committees",   // resolution numbers
      "UNSCR 1325 calls on states",                     // a name's number
      "Resolution 2250 urges members",                  // a resolution
      "The seminar is the third in a series of seminars",  // ordinal
      "the 21st meeting",                               // ordinal
      "rose 40% and 40 percent and 12 pct",             // percentages
      "Contacts: 0555068833, nurzhan@undp.org",         // phone number
      "they paid $5 million to 20 dollars",             // money
      "the nine-week seminar and a three-day training",  // durations
      "the following six months will focus",           // duration
      "for 3 years and 2 hours",                        // durations
      "launched on 19 April 2021 and 10-12 September",  // dates
      "at 10:30 and at 3 pm",                           // times
      "due to the COVID-19 pandemic",                   // a name
      "a ratio of 2.5 in the report",                   // decimal without a noun
      "2.5 people",                                     // not whole
      "30-40 participants",                             // range
      "page 12 shows",                                  // label
      "one another",                                    // pronoun
      "in nineteen ninety-one Charles said",            // a year in words
      "two three people",                               // not one number
      "for three summers",                              // duration
  };
  for (const std::string& text : negatives) {
    EXPECT_EQ(Found(text), Strings{}) << text;
  }
  // Within the list, the count itself is kept.
  EXPECT_EQ(Found("9 pilot communities:\n1. Balykchy city;\n2. Kochkor"),
            Strings{"9 pilot communities=9/communities"});
}

// Proportions from tests/data/releases/kz-almaty-women-police.txt: neither
// number is a number of things; the counts around them are kept.
TEST_F(CountExtractorTest, ProportionsAreNoCounts) {
  EXPECT_EQ(Found("\"Today women lead one in five community police posts in our region.\""),
            Strings{});
  EXPECT_EQ(Found("Nine out of ten women surveyed said they would first turn to a woman officer."),
            Strings{});
  EXPECT_EQ(Found("1 in 4 girls left school"), Strings{});
  // tests/data/releases-blind2 (kg-bishkek-unesco-notes, kz-shymkent-
  // donors-youth): digits, and fractions.
  EXPECT_EQ(Found("rose from 41 to 68 per cent, and 9 in 10 teachers asked to keep the lessons."),
            Strings{});
  EXPECT_EQ(Found("Two thirds of them had worked abroad; up to two fifths of the budget"),
            Strings{});
  // A date's day before "in" is no proportion's number (Reuters 18263).
  EXPECT_EQ(Found("for delivery August 15-November 30 in three shipments"),
            Strings{"three shipments=3/shipments"});
  EXPECT_EQ(Found("a survey of 1,250 residents of Talgar and Kaskelen carried out in 2022"),
            Strings{"1,250 residents=1250/residents"});
  // "in" before a number that is no proportion's: the count stays.
  EXPECT_EQ(Found("police officers in five districts and 12 teachers in 3 schools"),
            (Strings{"five districts=5/districts", "12 teachers=12/teachers", "3 schools=3/schools"}));
  // The noun inside the proportion (releases-blind16, a survey of girls):
  // the second number ends the clause or comes before its verb.
  EXPECT_EQ(Found("one girl in five said she had no adult to ask for advice, and 2 teachers in "
                  "3 had no training."),
            Strings{});
  EXPECT_EQ(Found("Some 40 women in three regions took part."),
            (Strings{"Some 40 women=40/women", "three regions=3/regions"}));
  // releases-blind22 (a survey's headline): a place after the second number
  // keeps the proportion; a number of places after "in" still counts.
  EXPECT_EQ(Found("Survey: one woman in three in southern Kyrgyzstan has met extremist content "
                  "online"),
            Strings{});
  EXPECT_EQ(Found("one pupil in five across the region had no textbook"), Strings{});
  // releases-blind24 (a prosecutor's quotation): an adverb before the verb.
  EXPECT_EQ(Found("He said that nine cases in ten now close with an agreement."), Strings{});
  EXPECT_EQ(Found("Nine women in ten still said no; 40 women in three regions now work."),
            (Strings{"40 women=40/women", "three regions=3/regions"}));
  EXPECT_EQ(Found("12 mediators in three villages in Batken region"),
            (Strings{"12 mediators=12/mediators", "three villages=3/villages"}));
  // Reuters 02256: a figure's separator is no clause's end.
  EXPECT_EQ(Found("The metal working industry has 900,000 workers in 60,000\nfactories."),
            (Strings{"900,000 workers=900000/workers", "60,000\nfactories=60000/factories"}));
}

// tests/data/releases-blind17 (a returnee family's story): kin are people
// counted with "one" as "one judge" is ("one" heads only a listed noun).
TEST_F(CountExtractorTest, OneOfKin) {
  EXPECT_EQ(Found("\"I lost one son to a war I did not understand.\""),
            Strings{"one son=1/son"});
  EXPECT_EQ(Found("followed him with their two daughters in the spring of 2015."),
            Strings{"two daughters=2/daughters"});
}

// tests/data/releases-blind17 (a debate tournament): a score or tally, the
// noun between two numbers joined by "to" and the second closing the
// clause, counts nothing; a number of things given "to" others still does.
TEST_F(CountExtractorTest, AScoreIsNoCount) {
  EXPECT_EQ(Found("In the final, Naryn beat the Tokmok team by three votes to two."), Strings{});
  EXPECT_EQ(Found("The ministry gave 15 laptops to 3 schools."),
            (Strings{"15 laptops=15/laptops", "3 schools=3/schools"}));
}

TEST_F(CountExtractorTest, OtherIsAModifierAndAVerbEndsThePhrase) {
  // tests/data/releases-blind2 (tj-khorog-unwomen-returnees, kg-osh-iom-
  // migrants); Reuters 00386 "two other victims".
  EXPECT_EQ(Found("She sews school uniforms in Gharm and employs three other women."),
            Strings{"three other women=3/women"});
  EXPECT_EQ(Found("two other victims were named"), Strings{"two other victims=2/victims"});
  // The number is the subject: what it received is counted by nobody.
  EXPECT_EQ(Found("900 received counselling; 725 received vocational training and 310 received "
                  "small grants to start a business."),
            Strings{});
}

TEST_F(CountExtractorTest, TwoModifiersJoinedByAnd) {
  // tests/data/releases-blind2 (kg-batken-eu-border); Reuters 17480.
  EXPECT_EQ(Found("the European Union has trained more than 10,000 border and customs officers "
                  "in the five Central Asian countries."),
            (Strings{"more than 10,000 border and customs officers=10000/officers",
                     "five Central Asian countries=5/countries"}));
  EXPECT_EQ(Found("about 600 office and technical workers"),
            Strings{"about 600 office and technical workers=600/workers"});
  // A head before "and" ends the phrase; after "and" a number starts
  // another count, and only a listed noun is a head.
  EXPECT_EQ(Found("20 men and women came"), Strings{"20 men=20/men"});
  EXPECT_EQ(Found("five producer and five consumer delegates"),
            Strings{"five consumer delegates=5/delegates"});
  EXPECT_EQ(Found("profits of 461 mln stg and compares with 400 mln"), Strings{});
  // Currencies are measures: money is no count (Reuters 00335, 03541).
  EXPECT_EQ(Found("43.8 billion forints and 336.5 billion escudos"), Strings{});
}

TEST_F(CountExtractorTest, ANounThatIsItsOwnPluralModifiesALaterHead) {
  // tests/data/releases-blind3: "youth" modifies the centres counted.
  EXPECT_EQ(Found("opened two new youth employment centres in Turkmenabat"),
            Strings{"two new youth employment centres=2/centres"});
  EXPECT_EQ(Found("15 police training centres"), Strings{"15 police training centres=15/centres"});
  // Else it is the head: "200 youth took part", "40 youth attend classes".
  EXPECT_EQ(Found("200 youth took part and 40 youth attend classes"),
            (Strings{"200 youth=200/youth", "40 youth=40/youth"}));
}

TEST_F(CountExtractorTest, APluralPossessiveOwnsTheHeadAfterIt) {
  // tests/data/releases-blind18 (a newsletter): "girls'" owns the noun
  // after it, which is the head, as "women's" already did; with no plural
  // noun after the apostrophe the possessor stays the head.
  EXPECT_EQ(Found("In Talas, 12 girls' football teams played and 3 boys' schools opened."),
            (Strings{"12 girls' football teams=12/teams", "3 boys' schools=3/schools"}));
  EXPECT_EQ(Found("Nine women's groups met."), Strings{"Nine women's groups=9/groups"});
  EXPECT_EQ(Found("He said 'we met 12 boys' and left."), Strings{"12 boys=12/boys"});
}

TEST_F(CountExtractorTest, SpacesAndCriteriaAreHeads) {
  // tests/data/releases-blind19: "youth" (its own plural) modifies "spaces"
  // when that is a listed noun; "criteria" is the Latin plural. Before the
  // fix: "two youth", and no count before "evaluation criteria".
  EXPECT_EQ(Found("It will train 30 school psychologists and open two youth spaces in mining "
                  "towns."),
            (Strings{"30 school psychologists=30/psychologists", "two youth spaces=2/spaces"}));
  EXPECT_EQ(Found("The evaluation assessed the project against the six evaluation criteria of "
                  "the committee."),
            Strings{"six evaluation criteria=6/criteria"});
}

TEST_F(CountExtractorTest, EnergyInWattHoursIsAMeasure) {
  // tests/data/releases-blind20 (a water-sharing protocol): a hyphened unit
  // of energy looked like a plural head, so "1.9 billion kilowatt-hours" was
  // a count; energy is a quantity, as "6.2 billion cubic metres" is.
  EXPECT_EQ(Found("The Kyrgyz Republic will release 6.2 billion cubic metres of water and will "
                  "receive 1.9 billion kilowatt-hours of electricity and 300 megawatt-hours from "
                  "its two neighbours."),
            Strings{"two neighbours=2/neighbours"});
}

TEST_F(CountExtractorTest, APlusAfterTheNumber) {
  // tests/data/releases-blind3 (kg-karakol-...): "-plus" qualifies the number.
  EXPECT_EQ(Found("Karakol, 23 May 2025 - 100-plus participants from Karakol met."),
            Strings{"100-plus participants=100/participants"});
  EXPECT_EQ(Found("after 20-plus years and a 3-plus rating"), Strings{});
}

TEST_F(CountExtractorTest, AListUnderAFiguresHeading) {
  // tests/data/releases-blind4 (tm-ashgabat-iom-returnees,
  // eu-luxembourg-ministerial): a plural label closing a heading line does
  // not label the number on the next line.
  EXPECT_EQ(Found("Key figures\n240 migrants counselled in five days\n18 desk staff trained"),
            (Strings{"240 migrants=240/migrants", "18 desk staff=18/staff"}));
  EXPECT_EQ(Found("In figures\n27 EU member states and 5 Central Asian countries took part"),
            (Strings{"27 EU member states=27/states", "5 Central Asian countries=5/countries"}));
  // On its own line a plural label still names the numbers after it.
  EXPECT_EQ(Found("as shown in figures 3 and 4 of the report"), Strings{});
}

TEST_F(CountExtractorTest, RawOffsetsSurviveNormalization) {
  const std::string raw = "Intro \u201cquoted\u201d text: approximately\u00a0 50\u2009000 "
                          "repre\u00adsentatives and Twenty   future\nfacilitators.";
  const std::vector<Mention> mentions = Extract(raw);
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[0].value, "50000");
  EXPECT_EQ(mentions[0].text, "approximately\u00a0 50\u2009000 repre\u00adsentatives");
  EXPECT_EQ(mentions[1].value, "20");
  EXPECT_EQ(mentions[1].text, "Twenty   future\nfacilitators");
}

TEST_F(CountExtractorTest, CentralAsianLocalUnits) {
  // tests/data/releases: transliterated units with English plurals; "-us"
  // alone would not pass for a plural ("status", "census").
  EXPECT_EQ(Found("Since 2019, more than 300 mediators from 45 aiyl okmotus have been trained."),
            (Strings{"more than 300 mediators=300/mediators", "45 aiyl okmotus=45/okmotus"}));
  EXPECT_EQ(Found("to plan joint patrols with the heads of 16 aiyl okmotus and to involve"),
            Strings{"16 aiyl okmotus=16/okmotus"});
  // Reuters-21578: a number before another word in -us is still no count.
  EXPECT_EQ(Found("estimated 1986/87 citrus production, as follows (in boxes) --"), Strings{});
}

TEST_F(CountExtractorTest, HostileInputDoesNotCrash) {
  std::string digits_and_commas;
  digits_and_commas.reserve(1 << 20);
  for (std::size_t i = 0; digits_and_commas.size() < (1 << 20); ++i) {
    digits_and_commas += std::to_string(i % 1000);
    digits_and_commas += (i % 7 == 0) ? ", " : ",";
  }
  EXPECT_NO_THROW(Extract(digits_and_commas));
  EXPECT_NO_THROW(Extract(std::string(1 << 20, '9')));

  std::string number_words;
  const Strings words = {"one", "twenty-five", "hundred", "and", "million", "three", "people"};
  for (int i = 0; i < 10000; ++i) number_words += words[i % words.size()] + " ";
  EXPECT_NO_THROW(Extract(number_words));

  std::string long_words = "20 ";
  long_words += std::string(100000, 's');
  EXPECT_NO_THROW(Extract(long_words));
  EXPECT_NO_THROW(Extract(""));
  EXPECT_NO_THROW(Extract("5"));
}

// The prefilter (windows around numbers, no submatches where no head noun
// can follow) changes nothing: the same mentions as every rule over the
// whole text, on the seed releases, TempEval-3 news and the articles of
// the first Reuters-21578 file (shared/corpora), plus the hostile shapes
// of long number runs and spaced qualifiers.
TEST_F(CountExtractorTest, PrefilterFindsTheSameMentions) {
  std::vector<std::string> texts = {
      "approximately \n\n   \t 50 \n\n  representatives and as  many\nas 12 people",
      "one hundred and twenty-five thousand nine hundred and ninety-nine people attended",
      "up to 1 000 000 refugees, 3,491,030 new shares, 5mln shares, 7   bln    barrels",
      "it was 1987; 25 of them (12 women, 13 men) and 44.5 pct of 30 firms"};
  auto add_files = [&](const fs::path& dir, const std::string& extension) {
    if (!fs::is_directory(dir)) return;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
      if (entry.path().extension() == extension) texts.push_back(ReadFileOrDie(entry.path()));
    }
  };
  add_files(::gleaner::testing::SeedsDir(), ".txt");
  add_files(SharedDir() / "corpora" / "tempeval3" / "train", ".tml");
  const fs::path reuters = SharedDir() / "corpora" / "reuters21578" / "reut2-000.sgm.gz";
  if (fs::exists(reuters)) {
    ReadDocuments(
        reuters, ReaderLimits{}, [&](Document&& doc) { texts.push_back(std::move(doc.text)); },
        [](const std::string&, const std::string&) {});
  }

  const CountExtractor unfiltered(DataDir() / "rules" / "counts.rules",
                                  DataDir() / "rules" / "count-nouns.txt",
                                  CountExtractorOptions{.prefilter = false});
  auto describe = [](const std::vector<Mention>& mentions) {
    std::vector<std::string> described;
    for (const Mention& mention : mentions) {
      std::string line = std::to_string(mention.start) + "-" + std::to_string(mention.end) + " " +
                         mention.text + "=" + mention.value;
      for (const auto& [key, value] : mention.attributes) line += " " + key + "=" + value;
      described.push_back(line);
    }
    return described;
  };
  std::size_t total = 0;
  for (const std::string& raw : texts) {
    const NormalizedText normalized = normalizer_.Normalize(raw);
    std::vector<Mention> filtered_mentions;
    std::vector<Mention> unfiltered_mentions;
    extractor_.Extract(TextView{raw, normalized}, ExtractionContext{}, &filtered_mentions);
    unfiltered.Extract(TextView{raw, normalized}, ExtractionContext{}, &unfiltered_mentions);
    EXPECT_EQ(describe(filtered_mentions), describe(unfiltered_mentions)) << raw.substr(0, 200);
    total += unfiltered_mentions.size();
  }
  EXPECT_GE(total, 10u) << "the texts should hold counts";
}

TEST(CountExtractorFiles, BadLexiconNamesFileAndLine) {
  ScratchDir scratch;
  WriteFile(scratch / "nouns.txt", "noun person people\nfrobnicate x\n");
  try {
    CountExtractor extractor(DataDir() / "rules" / "counts.rules", scratch / "nouns.txt");
    FAIL() << "expected RuleError";
  } catch (const RuleError& error) {
    EXPECT_NE(std::string(error.what()).find("nouns.txt:2:"), std::string::npos) << error.what();
  }
}

// tests/data/releases-blind6 (kg-bishkek-cis-atc-csto-online): "one"
// paired with "another" counts nothing.
TEST_F(CountExtractorTest, OnePairedWithAnotherIsNoCount) {
  EXPECT_EQ(Found("\"Before, a message took weeks to travel from one capital to another. Now it "
                  "takes hours,\" he said, before 34 officers left."),
            Strings{"34 officers=34/officers"});
}

// tests/data/releases-blind11: a plural noun of sex before another plural
// noun modifies it, and the later noun is the head; "13 women and 7 men"
// stay two counts.
TEST_F(CountExtractorTest, WomenBeforeAnotherPluralNounModifiesIt) {
  EXPECT_EQ(Found("for hosting more than 120 religious leaders, among them imams, a rabbi and "
                  "14 women theologians."),
            (Strings{"more than 120 religious leaders=120/leaders",
                     "14 women theologians=14/theologians"}));
  EXPECT_EQ(Found("a plan that includes mentoring for 40 young women cadets of the Academy"),
            Strings{"40 young women cadets=40/cadets"});
  EXPECT_EQ(Found("20 trainers, including 13 women and 7 men, attended."),
            (Strings{"20 trainers=20/trainers", "13 women=13/women", "7 men=7/men"}));
}

// tests/data/releases-blind11: "such" right after a number modifies the
// head ("74 such cases"); "such as" still leaves a number without a noun.
TEST_F(CountExtractorTest, SuchAfterANumberModifiesTheHead) {
  EXPECT_EQ(Found("So far the courts of Jalal-Abad oblast and Osh oblast have heard 74 such "
                  "cases."),
            Strings{"74 such cases=74/cases"});
  EXPECT_EQ(Found("He named 20 such as these."), Strings{});
}

// tests/data/releases-blind11: places counted after a modifier.
TEST_F(CountExtractorTest, SportsGroundsAreCounted) {
  EXPECT_EQ(Found("the Hokimiyat of Namangan region would keep eight sports grounds open until "
                  "ten at night"),
            Strings{"eight sports grounds=8/grounds"});
}

// tests/data/releases-blind14: "over" and "about" after a verb they belong
// to ("handed over", "spoke about") are no qualifiers of the number.
TEST_F(CountExtractorTest, AVerbsParticleIsNoQualifier) {
  EXPECT_EQ(Found("On the same day, two trainers of the Office visited the police department of "
                  "Isfara district and handed over 15 laptops for its community policing unit."),
            (Strings{"two trainers=2/trainers", "15 laptops=15/laptops"}));
  EXPECT_EQ(Found("Over 20 women took part."), Strings{"Over 20 women=20/women"});
}

// tests/data/releases-blind20 and -blind12: the particle said again before
// a second object of the same verb ("spoke about X and about two ...") is
// no qualifier either; "about" after "and" with no such verb still is.
TEST_F(CountExtractorTest, ARepeatedParticleIsNoQualifier) {
  EXPECT_EQ(Found("Rahimi spoke about the canal in northern Afghanistan, which is expected to "
                  "divert water from 2028, and about two informal water councils in Balkh."),
            Strings{"two informal water councils=2/councils"});
  EXPECT_EQ(Found("a member of the Majlisi Oli, spoke about the Tajik law on parental "
                  "responsibility and about 34 jamoats of Khatlon"),
            Strings{"34 jamoats=34/jamoats"});
  EXPECT_EQ(Found("They trained 40 women and about 30 men."),
            (Strings{"40 women=40/women", "about 30 men=30/men"}));
  EXPECT_EQ(Found("She spoke about the plan. About 30 men came."),
            Strings{"About 30 men=30/men"});
}

// tests/data/releases-blind20: "point" of a kind named by a noun before it
// is a place counted; right after the number, or after "basis" or
// "percentage", it is a measure.
TEST_F(CountExtractorTest, PointsOfAKindAreCountedAndPointsOfAScaleAreNot) {
  EXPECT_EQ(Found("Speakers agreed that the opening of four crossing points in 2025 had cut "
                  "travel times."),
            Strings{"four crossing points=4/points"});
  EXPECT_EQ(Found("The project equipped 20 distribution points."),
            Strings{"20 distribution points=20/points"});
  EXPECT_EQ(Found("Support rose by four percentage points; the index rose 12 points; rates fell "
                  "50 basis points."),
            Strings{});
  EXPECT_EQ(Found("At one point he left."), Strings{});
}

// tests/data/releases-blind19: the numbers of a ratio count nothing.
TEST_F(CountExtractorTest, ARatiosNumbersAreNoCounts) {
  EXPECT_EQ(Found("extend the mentoring scheme to Chui and Talas oblasts, with a ratio of one "
                  "mentor to four inspectors."),
            Strings{});
  EXPECT_EQ(Found("One teacher per 30 pupils is the rule; holders get one bond for every 10 "
                  "shares."),
            Strings{});
  // Without "ratio", "to" joins a count and where it goes; "per" before a
  // noun keeps the count.
  EXPECT_EQ(Found("It gave 15 laptops to 3 schools and two teachers per school."),
            (Strings{"15 laptops=15/laptops", "3 schools=3/schools",
                     "two teachers=2/teachers"}));
}

// Reuters: "ratio of" before a number makes it a ratio's only when a
// second number (or "per" a noun) follows; else it counts.
TEST_F(CountExtractorTest, RatioOfBeforeACountIsNoRatio) {
  EXPECT_EQ(Found("The stocks/usage ratio of seven major oils is also expected to fall."),
            Strings{"seven major oils=7/oils"});
  EXPECT_EQ(Found("a pupil-teacher ratio of 25 pupils per teacher"), Strings{});
  EXPECT_EQ(Found("The ratio of 1 nurse to 20 beds held."), Strings{});
}

// tests/data/releases-blind22: a number before a month's name is a day,
// however far a plural noun follows; a count after the date still counts.
TEST_F(CountExtractorTest, ADayBeforeItsMonthCountsNothing) {
  EXPECT_EQ(Found("Fieldwork closed on 30 September and completed interviews with 1,200 "
                  "respondents."),
            Strings{"1,200 respondents=1200/respondents"});
  EXPECT_EQ(Found("From 12 March local volunteers and 40 teachers ran the courses."),
            Strings{"40 teachers=40/teachers"});
}

TEST(CountExtractorFiles, UnknownRuleKindIsAnError) {
  ScratchDir scratch;
  WriteFile(scratch / "counts.rules", "rule number_digits (?P<digits>\\d+)\nrule other x\n");
  EXPECT_THROW(CountExtractor(scratch / "counts.rules",
                              DataDir() / "rules" / "count-nouns.txt"),
               RuleError);
}

// Every count of the seed gold is found with its span, value and unit.
TEST_F(CountExtractorTest, SeedGold) {
  const fs::path gold = SharedDir() / "eval" / "gold" / "seeds-dev.jsonl";
  const fs::path seeds = SharedDir() / "corpora" / "seeds";
  if (!fs::exists(gold) || !fs::is_directory(seeds)) GTEST_SKIP() << "no shared corpus";
  std::istringstream lines(ReadFileOrDie(gold));
  std::string line;
  int checked = 0;
  std::map<std::string, std::vector<Mention>> by_doc;
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    const boost::json::object entity = boost::json::parse(line).as_object();
    if (entity.at("type").as_string() != "count") continue;
    const std::string doc(entity.at("doc").as_string());
    if (by_doc.count(doc) == 0) by_doc[doc] = Extract(ReadFileOrDie(seeds / (doc + ".txt")));
    bool found = false;
    for (const Mention& mention : by_doc[doc]) {
      if (mention.start == static_cast<std::size_t>(entity.at("start").as_int64()) &&
          mention.end == static_cast<std::size_t>(entity.at("end").as_int64())) {
        EXPECT_EQ(mention.value, entity.at("value").as_string());
        EXPECT_EQ(mention.attributes.at("unit"), entity.at("unit").as_string());
        found = true;
      }
    }
    EXPECT_TRUE(found) << line;
    ++checked;
  }
  EXPECT_GT(checked, 0);
}

}  // namespace
}  // namespace gleaner
