// Regression guard on the blind releases of tests/data/releases-blind,
// tests/data/releases-blind2, tests/data/releases-blind3,
// tests/data/releases-blind4, tests/data/releases-blind5,
// tests/data/releases-blind6 (eight hand-written releases each),
// tests/data/releases-blind7 (six), tests/data/releases-blind8 (seven),
// tests/data/releases-blind9 (six) and tests/data/releases-blind10 (six,
// dense with dates and counts), whose gold (gold.jsonl there) was made
// before gleaner was first run on them. Runs `gleaner extract` on them,
// scores the output with the shared scorer (../shared/eval/score.py) and fails when any type
// falls below the level already reached. Raise the floors as the extractors
// improve; never lower them to pass.
#include <gtest/gtest.h>

#include "tests/gold_scoring.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

// The levels reached so far (strict F1, value accuracy), rounded down.
// The first, blind run scored date 0.947, location 0.933, organization 0.901,
// count 0.951, person 0.806 (0.955, 0.941, 0.901, 0.962, 0.806 once five gold
// mistakes were corrected); these floors are the level after the data fixes
// (bodies, gazetteer, given names, count nouns) that followed; location and
// person were raised after the lead's fixes ("Republic of Karakalpakstan",
// Turkic patronymics, a family name's initials) and again after the
// second set's ("Korea" in the Korea International Cooperation Agency);
// organization after the fifth set's ("under the Cabinet of Ministers" on a
// hard-wrapped line).
constexpr testing::GoldFloor kFloors[] = {
    {"date", 0.962, 1.0},
    {"location", 1.0, 0.990},
    {"organization", 0.987, 0.987},
    {"count", 1.0, 1.0},
    {"person", 1.0, 0},
};

TEST(ReleasesBlindGold, ScoresStayAtTheLevelReached) {
  testing::ExpectReleasesFolderAtLeast("releases-blind", 8, kFloors);
}

// The second blind set's levels (strict F1, value accuracy), rounded down.
// Its first, blind run scored date 0.909, location 0.931, organization 0.947,
// count 0.943, person 0.962 (count 0.953 once four gold mistakes were
// corrected: a count and two parents); these floors are the level after the
// data fixes that followed (gazetteer: Rasht Valley towns, Geneva, Lower
// Austria, Republic of Korea, a shared "oblasts"; Afghan given names), raised
// after the lead's fixes (khokimiyat, places naming local governments and
// agencies, "X and Y" of two known bodies, "in" after "of COUNTRY", a line
// break after a full stop, "other", proportions and fractions in counts),
// and location after the sixth set's (a place inside a programme's name).
constexpr testing::GoldFloor kSecondSetFloors[] = {
    {"date", 0.925, 1.0},
    {"location", 1.0, 1.0},
    {"organization", 1.0, 1.0},
    {"count", 1.0, 1.0},
    {"person", 1.0, 0},
};

TEST(ReleasesBlindGold, SecondSetScoresStayAtTheLevelReached) {
  testing::ExpectReleasesFolderAtLeast("releases-blind2", 8, kSecondSetFloors);
}

// The third blind set's levels (strict F1, value accuracy), rounded down.
// Its first, blind run scored date 0.855, location 0.961, organization 0.945,
// count 0.930, person 0.978, overall 0.936 (date 0.865, location 0.965, count
// 0.944, overall 0.941 once four gold mistakes were corrected: a place inside
// a body's name, a unit's case, "one judge", "Today"); these floors are the
// level after the data fixes that followed (bodies: the Office of the OSCE
// Representative on Freedom of the Media, Kazakhstan's Commissioner for Human
// Rights; gazetteer: Abai region, Almaty's Medeu and Bostandyk districts),
// raised after the lead's fixes (particles in names, "youth employment
// centres", "to" after a gerund, H1/FY/"next year" dates, "from" in ranges,
// superscript footnote marks, "since" before a half or a decade, a column
// gap ending a body's name, "100-plus"), and date again after the fourth
// set's fixes ("in Q3" alone).
constexpr testing::GoldFloor kThirdSetFloors[] = {
    {"date", 0.982, 1.0},
    {"location", 0.980, 1.0},
    {"organization", 0.993, 1.0},
    {"count", 1.0, 1.0},
    {"person", 1.0, 0},
};

TEST(ReleasesBlindGold, ThirdSetScoresStayAtTheLevelReached) {
  testing::ExpectReleasesFolderAtLeast("releases-blind3", 8, kThirdSetFloors);
}

// The fourth blind set's levels (strict F1, value accuracy), rounded down.
// Its first, blind run scored date 0.903, location 0.977, organization
// 0.948, count 0.984, person 0.947, overall 0.955 (location 0.980, overall
// 0.956 once one gold mistake was corrected: "Europe" in "Council of
// Europe"); these floors are the level after the fixes that followed
// (bodies: International Alert, Penal Reform International, Ferghana Valley
// Lawyers without Borders; "since" before a season or a part of a year, a
// quarter code alone, a month range after "from" without a year; a "Key
// figures" heading over counts; a capitalized "International"; a town
// closing a body's name, a country opening a club's; a known name
// overrunning a grown one). What still fails there: "now", a weekday
// alone, "last week" and "the year" (TimeML's dates, kept for TempEval-3),
// "the third quarter" in a future clause after a past one, an airport's
// name, a body's name holding "with". Organization raised after the fifth
// set's fixes read "UNICEF Tajikistan" as a country office.
constexpr testing::GoldFloor kFourthSetFloors[] = {
    {"date", 0.943, 0.989},
    {"location", 0.994, 1.0},
    {"organization", 1.0, 1.0},
    {"count", 1.0, 1.0},
    {"person", 1.0, 0},
};

TEST(ReleasesBlindGold, FourthSetScoresStayAtTheLevelReached) {
  testing::ExpectReleasesFolderAtLeast("releases-blind4", 8, kFourthSetFloors);
}

// The fifth blind set's levels (strict F1, value accuracy), rounded down.
// Its first, blind run scored date 0.831, location 0.957, organization
// 0.796, count 0.968, person 0.905, overall 0.897; these floors are the
// level after the fixes that followed (a dateline without a year; "Fri 3
// Oct 2025", "2025 through 2027"; a UN agency's country office, a quoted
// NGO's other uses, a portfolio's company word and "of the President" in a
// name; bodies: EAG, German foundations, Rosfinmonitoring, Gosfinrazvedka,
// hukumat, hakimlik, faculty; a line break ending a person's name, a
// post's holder after a body's name; a town opening a line, a table row,
// "We,"; towns; Cyrillic names in parentheses; "soums"; the FATF's parent;
// "the Russian city of", a bureau's name; a city office in a contact line,
// "EAG Plenary", a plural possessor, a body under a post's office). What
// still fails there: a weekday alone, "now", "this week", "the year"
// (TimeML's dates), "the week of 2 June", "the first half of December", a
// month or season without a year read in the nearest year rather than the
// dateline's, a facility's place ("Turkmenbashi International Seaport"),
// "Shevchenko" (a former name), "a film about two brothers", the poet
// "Rudaki", rivers and valleys across borders read as Tajik towns (Panj,
// Wakhan), Langar and Guliston in the wrong country.
constexpr testing::GoldFloor kFifthSetFloors[] = {
    {"date", 0.938, 0.973},
    {"location", 0.995, 0.976},
    {"organization", 1.0, 1.0},
    {"count", 0.978, 1.0},
    {"person", 0.976, 0},  // with the gold's namesake person (see the set's README)
};

TEST(ReleasesBlindGold, FifthSetScoresStayAtTheLevelReached) {
  testing::ExpectReleasesFolderAtLeast("releases-blind5", 8, kFifthSetFloors);
}

// The sixth blind set's levels (strict F1, value accuracy), rounded down.
// Its first, blind run scored date 0.926, location 0.984, organization
// 0.912, count 0.990, person 0.958, overall 0.954; these floors are the
// level after the fixes that followed (a range without a year across the
// new year, "the second half of January", "intends" looking ahead; the
// OSCE Chairmanship and Central Asian news agencies in bodies.tsv;
// "to the Republic of Kazakhstan", "Inter-ethnic", "with" and "and the"
// inside a body's portfolio; a small town abroad opening a body's name;
// Hairatan; a Turkic patronymic word after two names; "Someone"; "one ...
// to another"; a sentence-case title right after "project"; a place inside
// a programme's name). What still fails: "Now", a weekday alone, "this
// week" (TimeML's dates), month-first days of two months ("from January 12
// to February 27", two dates as TimeML writes them), "the Friendship
// Bridge" (a facility, a place in CoNLL), "Youth Forum" (an event).
constexpr testing::GoldFloor kSixthSetFloors[] = {
    {"date", 0.950, 1.0},
    {"location", 0.996, 1.0},
    {"organization", 0.995, 1.0},
    {"count", 1.0, 1.0},
    {"person", 1.0, 0},
};

TEST(ReleasesBlindGold, SixthSetScoresStayAtTheLevelReached) {
  testing::ExpectReleasesFolderAtLeast("releases-blind6", 8, kSixthSetFloors);
}

// The seventh blind set's levels (strict F1, value accuracy), rounded down.
// Its first, blind run scored date 0.951, location 0.936, organization
// 0.917, count 0.986, person 1.000, overall 0.944 (0.958 against the gold
// as corrected, see its README); these floors are the level after the
// fixes that followed ("mahalla" a place type, a type of one country
// keeping its name there, "Governments of" a list of countries, "OSCE
// Project Co-ordinator" without its country), raised after the ninth
// set's ("Institute of State, Law and Democracy of Turkmenistan": a
// programme's word as a subject in a list of portfolios) and two gold
// corrections (see its README). What still fails: "now" (TimeML's date),
// a law's country
// ("Law of the Republic of Tajikistan"), "Special Projects and Innovation
// Branch of UNOCT", "the Cabinet of Ministers" alone.
constexpr testing::GoldFloor kSeventhSetFloors[] = {
    {"date", 0.987, 1.0},
    {"location", 0.995, 1.0},
    {"organization", 0.972, 1.0},
    {"count", 1.0, 1.0},
    {"person", 1.0, 0},
};

TEST(ReleasesBlindGold, SeventhSetScoresStayAtTheLevelReached) {
  testing::ExpectReleasesFolderAtLeast("releases-blind7", 6, kSeventhSetFloors);
}

// The eighth blind set's levels (strict F1, value accuracy), rounded down.
// Its first, blind run scored date 0.884, location 0.915, organization
// 0.950, count 0.953, person 0.982, overall 0.929 (0.946 against the gold
// as corrected, see its README); these floors are the level after the
// fixes that followed ("welayat" a place type, GBAO district centres, "in
// Sept.", a body's name whole after its state, a known acronym alone
// before "and", "Women's" inside a portfolio, "under the President of",
// "UN Women Kazakhstan", a UN body's national namesake, MVD/GKNB/KNB, a
// dedicatee's name before a nation's adjective).
// What still fails: "now", "coming weeks", "the past year" (TimeML's dates,
// kept for TempEval-3), the demonym in "Tajik Border Troops", "one room".
constexpr testing::GoldFloor kEighthSetFloors[] = {
    {"date", 0.923, 1.0},
    {"location", 1.0, 1.0},
    {"organization", 0.990, 1.0},
    {"count", 0.988, 1.0},
    {"person", 1.0, 0},
};

TEST(ReleasesBlindGold, EighthSetScoresStayAtTheLevelReached) {
  testing::ExpectReleasesFolderAtLeast("releases-blind8", 7, kEighthSetFloors);
}

// The ninth blind set's levels (strict F1, value accuracy), rounded down.
// Its first, blind run scored date 1.000, location 0.985, organization
// 0.975, count 1.000, person 1.000, overall 0.988; these floors are the
// level after the fixes that followed (Batken's border villages in the
// gazetteer, a post's portfolio after "and" naming no body). What still
// fails: "UNOCT Strategic Communications" in a contact line, read as one
// body ("Communications" a company's word) where the gold marks "UNOCT".
constexpr testing::GoldFloor kNinthSetFloors[] = {
    {"date", 1.0, 1.0},
    {"location", 1.0, 1.0},
    {"organization", 0.983, 1.0},
    {"count", 1.0, 1.0},
    {"person", 1.0, 0},
};

TEST(ReleasesBlindGold, NinthSetScoresStayAtTheLevelReached) {
  testing::ExpectReleasesFolderAtLeast("releases-blind9", 6, kNinthSetFloors);
}

// The tenth blind set's levels (strict F1, value accuracy), rounded down.
// Its first, blind run scored date 0.985, location 0.994, organization
// 0.966, count 0.948, person 0.923, overall 0.973 (0.978 against the gold
// as corrected, see its README); these floors are the level after the
// fixes that followed (the upper end of a range of numbers, "Nurek", a known
// body's whole name before "and" and another body's head).
// What still fails: "now", "These days" (TimeML's dates, kept for
// TempEval-3), "the spring" before "sessions" (gold: "spring"). "Ji-won
// Park" (a hyphenated Korean given name) is found since session 15.
constexpr testing::GoldFloor kTenthSetFloors[] = {
    {"date", 0.980, 1.0},
    {"location", 1.0, 1.0},
    {"organization", 1.0, 1.0},
    {"count", 1.0, 1.0},
    {"person", 1.0, 0},
};

TEST(ReleasesBlindGold, TenthSetScoresStayAtTheLevelReached) {
  testing::ExpectReleasesFolderAtLeast("releases-blind10", 6, kTenthSetFloors);
}

// The eleventh blind set's levels (strict F1, value accuracy), rounded down.
// Its first, blind run scored date 0.976, location 0.995, organization
// 0.978, count 0.900, person 0.923, overall 0.967 (0.980 against the gold
// as corrected, see its README); these floors are the level after the
// fixes that followed (a plural noun of sex modifying the noun after it,
// "such" after a number, "ombudsperson" a title), then a hyphenated given
// name ("Anna-Lena Brandt") and a minister's portfolio that is no person
// ("Deputy Minister of Internal Affairs, told"): every type at 1.0.
constexpr testing::GoldFloor kEleventhSetFloors[] = {
    {"date", 1.0, 1.0},
    {"location", 1.0, 1.0},
    {"organization", 1.0, 1.0},
    {"count", 1.0, 1.0},
    {"person", 1.0, 0},
};

TEST(ReleasesBlindGold, EleventhSetScoresStayAtTheLevelReached) {
  testing::ExpectReleasesFolderAtLeast("releases-blind11", 6, kEleventhSetFloors);
}

// The twelfth blind set's levels (strict F1, value accuracy), rounded down:
// forms the earlier sets lack (a digest, notes to editors and contacts,
// bullet lists, an agenda, a translation from Russian, a joint statement).
// Its first, blind run scored date 0.904, location 0.974, organization
// 0.980, count 0.974, person 0.982, overall 0.965 (0.979 against the gold
// as corrected, see its README); these floors are the level after the
// fixes that followed ("since" before a dotted date, "Hotel", the Mazhilis,
// Sokh). What still fails: "now" and "since January" (TimeML's readings,
// kept for TempEval-3), the NGO "Family and Society", "spoke about 34
// jamoats". "Dushanbe" in a signature line before an embassy's line is
// found since a line is no wrapped line when the next word fits on it.
constexpr testing::GoldFloor kTwelfthSetFloors[] = {
    {"date", 0.943, 1.0},
    {"location", 1.0, 1.0},
    {"organization", 0.993, 1.0},
    {"count", 0.973, 1.0},
    {"person", 1.0, 0},
};

TEST(ReleasesBlindGold, TwelfthSetScoresStayAtTheLevelReached) {
  testing::ExpectReleasesFolderAtLeast("releases-blind12", 6, kTwelfthSetFloors);
}

// The thirteenth blind set's levels (strict F1, value accuracy), rounded
// down: forms the earlier sets lack (UN meetings coverage, a research
// report's summary, an interview, a call for proposals, a speech, a
// history background). Its first, blind run scored date 0.892, location
// 1.000, organization 0.898, count 0.989, person 1.000, overall 0.952 (0.961
// against the gold as corrected, see its README); these floors are the level
// after the fixes that followed (resolution symbols, decades without a
// document date, US-style ranges of two months, "the end of fiscal year",
// a list of portfolios holding "of", a headline's verb, reference codes).
// What still fails: "now" (TimeML's reading, kept for TempEval-3), "the
// spring" told ahead after a past clause, "one district at a time".
constexpr testing::GoldFloor kThirteenthSetFloors[] = {
    {"date", 0.976, 0.984},
    {"location", 1.0, 1.0},
    {"organization", 1.0, 1.0},
    {"count", 0.988, 1.0},
    {"person", 1.0, 0},
};

TEST(ReleasesBlindGold, ThirteenthSetScoresStayAtTheLevelReached) {
  testing::ExpectReleasesFolderAtLeast("releases-blind13", 6, kThirteenthSetFloors);
}

// The fourteenth blind set's levels (strict F1, value accuracy), rounded
// down: an activity update of dated entries, a beneficiary's story, laws in
// a prison review, a youth football festival, the Afghan frontier, renamed
// places. Its first, blind run scored overall 0.961 (0.966 against the gold
// as corrected, see its README); these floors are the level after the
// fixes that followed (a dateline's dash opens a sentence, "handed over",
// "City Hall", a place named by an apposition, a number word opening no
// place; towns GeoNames lacks read from their context, a district's name
// and a code of laws that are no persons, a relative named between commas).
// What still fails: see tests/data/releases-blind14/README.md.
constexpr testing::GoldFloor kFourteenthSetFloors[] = {
    {"date", 0.977, 0.977},
    {"location", 1.0, 1.0},
    {"organization", 0.988, 1.0},
    {"count", 1.0, 1.0},
    {"person", 1.0, 0},
};

TEST(ReleasesBlindGold, FourteenthSetScoresStayAtTheLevelReached) {
  testing::ExpectReleasesFolderAtLeast("releases-blind14", 6, kFourteenthSetFloors);
}

// The fifteenth blind set's levels (strict F1, value accuracy), rounded
// down: a media advisory in WHAT/WHEN/WHERE/WHO blocks, officials with
// Central Asian patronymics, a regional breakdown in short lines, a
// mid-year report's periods, a Special Rapporteur's statement with relative
// dates, online platforms and companies. Its first, blind run scored overall
// 0.936 (0.947 against the gold as corrected, see its README); these floors
// are the level after the fixes that followed (a known body's seat, the
// advisory's "WHO:", a nested body's portfolio, a role word inside a name, a
// dateline's date in parentheses, a commitment's infinitive looking ahead,
// Tajik districts named after people, platforms' owners and telecoms, a
// quarter ranked by a relative clause).
// What still fails: see tests/data/releases-blind15/README.md.
constexpr testing::GoldFloor kFifteenthSetFloors[] = {
    {"date", 0.945, 1.0},
    {"location", 0.987, 1.0},
    {"organization", 0.983, 1.0},
    {"count", 1.0, 1.0},
    {"person", 1.0, 0},
};

TEST(ReleasesBlindGold, FifteenthSetScoresStayAtTheLevelReached) {
  testing::ExpectReleasesFolderAtLeast("releases-blind15", 6, kFifteenthSetFloors);
}

// The sixteenth blind set's levels as its blind run left them (strict F1,
// value accuracy; rounded down), before any fix but four (noted below): a regional conference's
// two-day programme, a judges' training with quoted officials, a grants
// competition with sums and a deadline, a survey of girls' education with
// percentages and ages, an EU-UN border release with dates written many
// ways. Blind run 0.953, 0.972 against the gold as corrected; what fails
// and why: tests/data/releases-blind16/README.md.
constexpr testing::GoldFloor kSixteenthSetFloors[] = {
    {"date", 0.963, 1.0},  // 0.926 in the blind run; "from" outside a dash range and
                           // a month alone after "from" since
    {"location", 0.994, 1.0},
    {"organization", 0.966, 1.0},
    {"count", 1.0, 1.0},   // 0.987 in the blind run; a proportion's noun inside since
    {"person", 1.0, 0},  // 0.938 in the blind run; "Counsellor" is a title since
};

TEST(ReleasesBlindGold, SixteenthSetScoresStayAtTheLevelOfItsBlindRun) {
  testing::ExpectReleasesFolderAtLeast("releases-blind16", 5, kSixteenthSetFloors);
}

// The seventeenth blind set's levels after the fixes it prompted (strict F1,
// value accuracy; rounded down): a joint communique with heads of
// delegation, local bodies and parliaments by their own names, a Notes to
// editors block, statistics with numeric dates, a returnee family's story,
// a youth debate tournament. Blind run 0.972, 0.980 against the gold as
// corrected; what fails and why: tests/data/releases-blind17/README.md.
constexpr testing::GoldFloor kSeventeenthSetFloors[] = {
    {"date", 1.0, 1.0},            // 0.946 in the blind run; date ranges, a quarter
                                   // of an activity since
    {"location", 1.0, 1.0},        // 0.997 in the blind run; Raqqa since
    {"organization", 1.0, 1.0},    // 0.968 in the blind run; Akimiyat, Mazhilis since
    {"count", 0.980, 1.0},         // 0.962 in the blind run; kin, scores since
    {"person", 1.0, 0},
};

TEST(ReleasesBlindGold, SeventeenthSetScoresStayAtTheLevelReached) {
  testing::ExpectReleasesFolderAtLeast("releases-blind17", 6, kSeventeenthSetFloors);
}

// The eighteenth blind set's levels after the fixes it prompted (strict F1,
// value accuracy; rounded down): a round table's summary in Turkmen
// spellings, Russian-style transliterations with a Russian date, a blog
// linking Pankisi and the Fergana Valley, an Afghan-border timeline, a
// Mongolian vacancy's terms of reference, a quarterly newsletter. Blind run
// 0.896, 0.925 against the gold as corrected; what fails and why:
// tests/data/releases-blind18/README.md.
constexpr testing::GoldFloor kEighteenthSetFloors[] = {
    {"date", 0.942, 1.0},          // 0.934 in the blind run; a calendar line's month, a
                                   // keyword dateline lower down since
    {"location", 0.981, 0.989},    // 0.915 in the blind run; section heads, Turkmen unit
                                   // words, variant names since
    {"organization", 0.966, 1.0},  // 0.932 in the blind run; "Women's Union" since
    {"count", 1.0, 1.0},           // 0.976 in the blind run; "girls' football teams" since
    {"person", 0.961, 0},          // 0.885 in the blind run; "Haji", "-owa" since
};

TEST(ReleasesBlindGold, EighteenthSetScoresStayAtTheLevelReached) {
  testing::ExpectReleasesFolderAtLeast("releases-blind18", 6, kEighteenthSetFloors);
}

// The nineteenth blind set's levels after the fixes it prompted (strict F1,
// value accuracy; rounded down): a court's verdict, a donor signing in five
// currencies, an evaluation's executive summary, a Special Representative's
// statement with honorifics without dots, an online-content monitoring
// brief, Kazakhstan's 2022 regions and the capital's former names. Blind run
// 0.959, 0.964 against the gold as corrected; what fails and why:
// tests/data/releases-blind19/README.md.
constexpr testing::GoldFloor kNineteenthSetFloors[] = {
    {"date", 0.983, 1.0},          // 0.975 in the blind run; "covering February" since
    {"location", 1.0, 1.0},        // 0.972 in the blind run; Zhetisu, "Leilek district",
                                   // "Inter-District" since
    {"organization", 0.923, 1.0},  // 0.923 in the blind run
    {"count", 0.985, 1.0},         // 0.964 in the blind run; "youth spaces", "criteria" since
    {"person", 0.987, 0},          // 0.988 in the blind run
};

TEST(ReleasesBlindGold, NineteenthSetScoresStayAtTheLevelReached) {
  testing::ExpectReleasesFolderAtLeast("releases-blind19", 6, kNineteenthSetFloors);
}

// The twentieth blind set's levels after the fixes it prompted (strict F1,
// value accuracy; rounded down): a foreign ministry's press item in Uzbek
// Latin spellings, a think tank's event summary, a results framework, basin
// states' water talks, an earthquake flash update and a festival touring six
// towns. Blind run 0.915, 0.918 against the gold as corrected; what fails
// and why: tests/data/releases-blind20/README.md.
constexpr testing::GoldFloor kTwentiethSetFloors[] = {
    {"date", 0.958, 0.987},        // 0.859 in the blind run; target years, "the winter of
                                   // 2026/27", ", to be held" since
    {"location", 0.984, 0.978},    // 0.923 in the blind run; reservoirs, Uzbek Latin names
                                   // with U+02BB, "Aral Sea region", Stockholm since
    {"organization", 0.924, 1.0},  // 0.909 in the blind run; an NGO's country office since
    {"count", 0.973, 1.0},         // 0.965 in the blind run; kilowatt-hours since
    {"person", 1.0, 0},            // 0.971 in the blind run; "Extraordinary", "Officer",
                                   // the namesake "Bobojon Gafurov" in the gold since
};

TEST(ReleasesBlindGold, TwentiethSetScoresStayAtTheLevelReached) {
  testing::ExpectReleasesFolderAtLeast("releases-blind20", 6, kTwentiethSetFloors);
}

// The twenty-first blind set's level (strict F1, value accuracy; rounded
// down): a minister's long quotation, a photo story with captions and
// credits, three embassies' joint release in British date style with
// ordinals, a treaty body's review, a security agency's operations summary
// and a micro-grants story. Blind run 0.938, 0.956 against the gold as
// corrected; what fails and why: tests/data/releases-blind21/README.md.
constexpr testing::GoldFloor kTwentyFirstSetFloors[] = {
    {"date", 0.971, 1.0},          // 0.918 before day ordinals ("the 21st", "Friday the
                                   // 7th") and "budget for 2026"; "now" still fails
    {"location", 0.992, 1.0},      // 0.981 before "At-Bashy River", "Ouzbékistan" and a
                                   // letterhead's country; "Mehnatobod" still fails
    {"organization", 0.992, 1.0},  // 0.907 before "Institut français d'Ouzbékistan", a
                                   // country's possessive, "State party", UN treaty bodies
    {"count", 1.0, 1.0},
    {"person", 0.981, 0},          // 0.961 before a name apposed to "Expert"; "Aizirek"
                                   // after an age still fails
};

TEST(ReleasesBlindGold, TwentyFirstSetScoresStayAtTheLevelReached) {
  testing::ExpectReleasesFolderAtLeast("releases-blind21", 6, kTwentyFirstSetFloors);
}

// releases-blind22: a border incident chronology, a prosecutor's release, a
// grant award list from Istanbul, a Mazhilis hearing, an EU release from
// Brussels, a survey with a table. The level after the person and
// proportion fixes against the corrected gold; what fails and why:
// tests/data/releases-blind22/README.md.
constexpr testing::GoldFloor kTwentySecondSetFloors[] = {
    {"date", 1.0, 1.0},
    {"location", 0.967, 0.95},     // "Kalai-Khumb", "Zigar", the Panj's two banks
    {"organization", 0.964, 1.0},  // "Press service of the Mazhilis"; "of the
                                   // Prosecutor General's Office" (blind16 joins it)
    {"count", 0.991, 1.0},         // "30 September and completed interviews"
    {"person", 0.968, 0},          // "Nino Abashidze-de Wit"
};

TEST(ReleasesBlindGold, TwentySecondSetScoresStayAtTheLevelReached) {
  testing::ExpectReleasesFolderAtLeast("releases-blind22", 6, kTwentySecondSetFloors);
}

// releases-blind23: a statement at Ramadan and Navruz with hijri dates, a
// request for quotations, an ombudsman's report from Nukus, returnees from
// Syria and Iraq by country, a panel transcript with speaker labels, a
// conference programme from Ashgabat. The level after the person, date,
// place, dateline, body and count fixes against the corrected gold; what
// fails and why: tests/data/releases-blind23/README.md.
constexpr testing::GoldFloor kTwentyThirdSetFloors[] = {
    {"date", 0.975, 1.0},          // "the Friday sermons", "last Friday", "now"
    {"location", 0.976, 1.0},      // "al-Hol", "Roj", "Qamishli", "Central Asia" in titles
    {"organization", 0.959, 1.0},  // the ombudsman's long name, "Probation Department of ..."
    {"count", 1.0, 1.0},
    {"person", 0.984, 0},          // "Döwletmyrat Annaýew"
};

TEST(ReleasesBlindGold, TwentyThirdSetScoresStayAtTheLevelReached) {
  testing::ExpectReleasesFolderAtLeast("releases-blind23", 6, kTwentyThirdSetFloors);
}

// releases-blind24: labour migration and remittances, a release in English
// and Russian, a cross-border update on northern Afghanistan, a Security
// Council press statement, a speakers' list with a training calendar, a
// UNICEF juvenile-justice release. The level after the title, district,
// armed-group, calendar, proportion and dateline fixes; what fails and why:
// tests/data/releases-blind24/README.md.
constexpr testing::GoldFloor kTwentyFourthSetFloors[] = {
    {"date", 0.927, 0.980},        // "now"; Russian "сегодня", "июне"; "November"'s year
    {"location", 1.0, 1.0},
    {"organization", 0.948, 1.0},  // Cyrillic bodies; "al-Qaeda"; a title line
    {"count", 0.954, 1.0},         // Russian counts; "612 under-18s"
    {"person", 0.967, 0},          // Cyrillic names
};

TEST(ReleasesBlindGold, TwentyFourthSetScoresStayAtTheLevelReached) {
  testing::ExpectReleasesFolderAtLeast("releases-blind24", 6, kTwentyFourthSetFloors);
}

// releases-blind25: a Kazinform-style wire item with US-style dates and
// Kazakh Latin spellings, drug-seizure statistics, a law with decree numbers
// and agency acronyms in two languages, an election-day flash update, a
// research brief citing studies, a UN noon-briefing note. The level after the
// gazetteer, wire-dateline, citation, reference-list and acronym fixes; what
// fails and why: tests/data/releases-blind25/README.md.
constexpr testing::GoldFloor kTwentyFifthSetFloors[] = {
    {"date", 0.869, 1.0},          // weekdays, "now"; "since 24 February", "from Oct. 28 to Nov. 4"
    {"location", 1.0, 1.0},
    {"organization", 0.975, 1.0},  // "Police of the Ministry ...", "... Centre in Qo'qon"
    {"count", 1.0, 1.0},
    {"person", 1.0, 0},
};

TEST(ReleasesBlindGold, TwentyFifthSetScoresStayAtTheLevelReached) {
  testing::ExpectReleasesFolderAtLeast("releases-blind25", 6, kTwentyFifthSetFloors);
}

// releases-blind26: a Kyrgyz–Tajik border-delimitation protocol with
// enclaves and an incident timeline, an EU Delegation release on programme
// phases with euro amounts, a police-reform meeting with ranks, a migrant
// hotline's half-year statistics with month ranges, a report with footnote
// markers. The level after the gazetteer, currency-code, date-range and
// fiscal-year fixes; what fails and why: tests/data/releases-blind26/README.md.
constexpr testing::GoldFloor kTwentySixthSetFloors[] = {
    {"date", 0.966, 1.0},          // "Thursday", "now"; "since 1 April" without "since"
    {"location", 1.0, 1.0},
    {"organization", 0.946, 1.0},  // "Czech National Focal Point ..."; "IOM Communications"
    {"count", 1.0, 1.0},
    {"person", 1.0, 0},
};

TEST(ReleasesBlindGold, TwentySixthSetScoresStayAtTheLevelReached) {
  testing::ExpectReleasesFolderAtLeast("releases-blind26", 5, kTwentySixthSetFloors);
}

}  // namespace
}  // namespace gleaner
