// Tests of the location extractor, its gazetteer and the PhraseMatcher, on
// sentences from the seed releases, Reuters-21578 and CoNLL-2003 train.
#include "extractors/locations.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extractors/gazetteer.h"
#include "extractors/phrase_matcher.h"
#include "extractors/rules.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

class LocationsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    normalizer_ = new Normalizer();
    extractor_ = new LocationExtractor(testing::DataDir() / "gazetteer", *normalizer_);
  }
  static void TearDownTestSuite() {
    delete extractor_;
    delete normalizer_;
  }

  static std::vector<Mention> Extract(const std::string& raw) {
    const NormalizedText normalized = normalizer_->Normalize(raw);
    std::vector<Mention> mentions;
    extractor_->Extract(TextView{raw, normalized}, ExtractionContext{}, &mentions);
    for (const Mention& mention : mentions) {
      EXPECT_EQ(raw.substr(mention.start, mention.end - mention.start), mention.text);
    }
    return mentions;
  }
  // "text/country" for each mention, in order.
  static std::vector<std::string> Summary(const std::string& raw) {
    std::vector<std::string> summary;
    for (const Mention& mention : Extract(raw)) {
      summary.push_back(mention.text + "/" + mention.attributes.at("country"));
    }
    return summary;
  }

  static Normalizer* normalizer_;
  static LocationExtractor* extractor_;
};

Normalizer* LocationsTest::normalizer_ = nullptr;
LocationExtractor* LocationsTest::extractor_ = nullptr;

using Strings = std::vector<std::string>;

TEST_F(LocationsTest, SeedSentencesWithCountries) {
  EXPECT_EQ(Summary("The earlier seminars prepared 39 participants from Kazakhstan, Kyrgyzstan, "
                    "Tajikistan, Turkmenistan and Uzbekistan."),
            (Strings{"Kazakhstan/KZ", "Kyrgyzstan/KG", "Tajikistan/TJ", "Turkmenistan/TM",
                     "Uzbekistan/UZ"}));
  EXPECT_EQ(Summary("concluded in Almaty, Kazakhstan, on 30 November 2017."),
            (Strings{"Almaty/KZ", "Kazakhstan/KZ"}));
  EXPECT_EQ(Summary("tailored for South-Eastern Europe and Central Asia, as well as"),
            (Strings{"South-Eastern Europe/", "Central Asia/"}));
  EXPECT_EQ(Summary("Strengthening Community Resilience is part of the UNDP in the Kyrgyz "
                    "Republic project"),
            (Strings{"Kyrgyz Republic/KG"}));
}

TEST_F(LocationsTest, MentionAttributes) {
  const std::vector<Mention> mentions = Extract("Bishkek, October 15, 2021 - Resilience");
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].type, MentionType::kLocation);
  EXPECT_EQ(mentions[0].start, 0u);
  EXPECT_EQ(mentions[0].end, 7u);
  EXPECT_EQ(mentions[0].value, "");
  EXPECT_EQ(mentions[0].attributes.at("country"), "KG");
  EXPECT_EQ(mentions[0].attributes.at("kind"), "city");
  EXPECT_FALSE(mentions[0].attributes.at("geonames_id").empty());
  EXPECT_FALSE(mentions[0].attributes.at("lat").empty());
  EXPECT_FALSE(mentions[0].attributes.at("lon").empty());
}

TEST_F(LocationsTest, EnglishSpellingsOfCentralAsianTownsCarryTheirGeoNamesPlace) {
  // Reuters-21578 (1987): GeoNames spells the town "Semey" today; the alias
  // in place-aliases.tsv gives the same place, with its id and coordinates.
  const std::vector<Mention> mentions =
      Extract("Tass said the test was carried out at 0120 gmt at the\nSemipalatinsk testing "
              "ground in Kazakhstan, Soviet Central\nAsia.");
  ASSERT_GE(mentions.size(), 2u);
  EXPECT_EQ(mentions[0].text, "Semipalatinsk");
  EXPECT_EQ(mentions[0].attributes.at("country"), "KZ");
  EXPECT_EQ(mentions[0].attributes.at("geonames_id"), "1519422");
  EXPECT_EQ(mentions[1].text, "Kazakhstan");
  // Release-style English spellings of towns whose GeoNames names are Uzbek,
  // Kazakh or Tajik Latin ("Qo‘qon", "Qurghonteppa", "Kapshagay").
  EXPECT_EQ(Summary("Officials from Kokand, Termez, Urgench and Khiva met in Karshi with "
                    "colleagues from Bokhtar, Khorog and Konaev."),
            (Strings{"Kokand/UZ", "Termez/UZ", "Urgench/UZ", "Khiva/UZ", "Karshi/UZ",
                     "Bokhtar/TJ", "Khorog/TJ", "Konaev/KZ"}));
  // tests/data/releases-blind23 (an ombudsman's report from Nukus, a panel
  // transcript): Karakalpak Latin and Russian-derived spellings of towns.
  EXPECT_EQ(Summary("the report was presented in Nókis (Nukus); the pre-trial centre in Kungrad "
                    "(Qońırat) and complaints from Khodjeyli were listed. A village called "
                    "Vorukh in one version and Voruh in the other is a clue."),
            (Strings{"Nókis/UZ", "Nukus/UZ", "Kungrad/UZ", "Qońırat/UZ", "Khodjeyli/UZ",
                     "Vorukh/TJ", "Voruh/TJ"}));
  // tests/data/releases-blind24 (a cross-border update on northern
  // Afghanistan): districts of the border provinces that GeoNames lacks, which
  // otherwise go unseen or read as persons' names; Mongolia's Darkhan.
  EXPECT_EQ(Summary("Rain damaged 215 homes in Darwaz and Shighnan. Hajji Abdul Rauf Sharifi, an "
                    "elder in Khwaja Bahauddin, and a mullah of Shortepa spoke; classes in Wakhan "
                    "and Qala-i-Zal districts reopened. A youth worker from Darkhan joined."),
            (Strings{"Darwaz/AF", "Shighnan/AF", "Khwaja Bahauddin/AF", "Shortepa/AF",
                     "Wakhan/AF", "Qala-i-Zal/AF", "Darkhan/MN"}));
  // Persian ezafe names keep their lower-case "i"/"e" inside the span.
  EXPECT_EQ(Summary("Fighting was reported near Mazar-i-Sharif and Pul-i-Khumri, north of "
                    "Kabul; aid reached Mazar-e-Sharif."),
            (Strings{"Mazar-i-Sharif/AF", "Pul-i-Khumri/AF", "Kabul/AF", "Mazar-e-Sharif/AF"}));
  // ... but no name starts or ends with one.
  EXPECT_EQ(Summary("Kabul e Kabul i"), (Strings{"Kabul/AF", "Kabul/AF"}));
  // So does the Arabic article where it takes the next letter's sound
  // (TempEval-3's news from Tanzania; releases on returnees from Syria).
  EXPECT_EQ(Summary("Talks were held in Dar es Salaam on Monday, as fighting near "
                    "Deir ez-Zor continued."),
            (Strings{"Dar es Salaam/TZ", "Deir ez-Zor/SY"}));
}

TEST_F(LocationsTest, DocumentAboutAFocusCountryPrefersItsPlaces) {
  // Release style: among Tajik places, "Rasht" is the Tajik town (10,771
  // people), not Iran's city of 594,590; "GBAO", as the gazetteer writes
  // it, is Tajikistan's Gorno-Badakhshan.
  EXPECT_EQ(Summary("Activities covered Sughd region, Khatlon province, the Rasht valley, GBAO "
                    "and Kulob district."),
            (Strings{"Sughd region/TJ", "Khatlon province/TJ", "Rasht/TJ", "GBAO/TJ",
                     "Kulob district/TJ"}));
  // With no Tajik place beside it, the larger city wins.
  EXPECT_EQ(Summary("Flights to Rasht resumed."), (Strings{"Rasht/IR"}));
}

TEST_F(LocationsTest, PlaceTypeWordsJoinTheSpan) {
  EXPECT_EQ(Summary("1. Balykchy city of Issyk-Kul oblast;\n2. Kochkor aiyl okmotu of Naryn "
                    "oblast;\n6. Nookat City, Osh oblast;\n8. Aidarken town of Batken oblast;"),
            (Strings{"Balykchy city/KG", "Issyk-Kul oblast/KG", "Kochkor aiyl okmotu/KG",
                     "Naryn oblast/KG", "Nookat City/KG", "Osh oblast/KG", "Aidarken town/KG",
                     "Batken oblast/KG"}));
  // Unknown names before a strong place type, country from what follows.
  EXPECT_EQ(Summary("4. Kara-Buura aiyl okmotu of Talas oblast;\n7. Bazar-Korgon ai okmotu of "
                    "Jalal-Abad oblast;"),
            (Strings{"Kara-Buura aiyl okmotu/KG", "Talas oblast/KG", "Bazar-Korgon ai okmotu/KG",
                     "Jalal-Abad oblast/KG"}));
  EXPECT_EQ(Summary("executive secretary of the Kochkor ayil okmotu in Naryn region was"),
            (Strings{"Kochkor ayil okmotu/KG", "Naryn region/KG"}));
  // "mahalla" is Uzbekistan's neighbourhood unit: a strong type that puts
  // an unknown name in Uzbekistan (releases-blind7).
  EXPECT_EQ(Summary("The participating mahallas are:\n- Yangi Hayot mahalla, Margilan;\n"
                    "- Navbahor mahalla, Kokand;"),
            (Strings{"Yangi Hayot mahalla/UZ", "Margilan/UZ", "Navbahor mahalla/UZ",
                     "Kokand/UZ"}));
  // A type of one country keeps the name's readings there: "Navbahor" is
  // also an Uzbek town, but a jamoat lies in Tajikistan.
  EXPECT_EQ(Summary("The plans were adopted by the local councils of Navbahor jamoat, Guliston "
                    "jamoat and Zarbdor jamoat in January."),
            (Strings{"Navbahor jamoat/TJ", "Guliston jamoat/TJ", "Zarbdor jamoat/TJ"}));
  // No name, no place: "3 ayil okmotu people".
  EXPECT_EQ(Summary("including 3 ayil okmotu people, 3 aksakal court chairmen"), Strings{});
  // Outside the focus region a weak type in lower case describes the place
  // and stays out of the span (CoNLL-2003 train); a capitalized one, a
  // strong one and a compass word's stay in.
  EXPECT_EQ(Summary("10 rebels from the PKK were killed in fighting in Tunceli province ."),
            (Strings{"Tunceli/TR"}));
  EXPECT_EQ(Summary("Thirteen senior police officers from the fraud squad of Buenos Aires "
                    "province have been arrested"),
            (Strings{"Buenos Aires/AR"}));
  EXPECT_EQ(Summary("fighting in Ghana 's Central region and in Mexico City ."),
            (Strings{"Ghana/GH", "Central region/GH", "Mexico City/MX"}));
}

TEST_F(LocationsTest, ASettlementWordBeforeOfIntroducesAnotherPlace) {
  // CoNLL train: "town of" names the next place; a capitalized City is
  // part of the name before it (GUIDELINES.md: "Nookat City").
  EXPECT_EQ(Summary("Shimon Peres in the West Bank town of Ramallah on Thursday"),
            (Strings{"West Bank/PS", "Ramallah/PS"}));
  EXPECT_EQ(Summary("youth of Nookat City of Osh region and of Aidarken town"),
            (Strings{"Nookat City/KG", "Osh region/KG", "Aidarken town/KG"}));
}

TEST_F(LocationsTest, APlaceTypeAndOfIntroduceAnUnknownName) {
  // Reuters-21578: places the gazetteer lacks, named after "<type> of".
  EXPECT_EQ(Summary("Fresh tremors hit the northern area of\nthe Indonesian island of Sumatra "
                    "after an earthquake"),
            (Strings{"Sumatra/ID"}));
  EXPECT_EQ(Summary("has abandoned plans to build a chemical factory near the west\ncoast port "
                    "of Lukang after environmental protests in Taiwan."),
            (Strings{"Lukang/TW", "Taiwan/TW"}));
  EXPECT_EQ(Summary("The main road between landlocked\nZambia and the Tanzanian port of Dar es "
                    "Salaam is to be\nrehabilitated"),
            (Strings{"Zambia/ZM", "Dar es Salaam/TZ"}));
  // CoNLL-2003: the name ends at a comma or a full stop before a known
  // place; it does not run into it.
  EXPECT_EQ(Summary("Radio Red quoted local police in the town of Tacambaro , Michoacan , 80 km "
                    "( 50 miles ) south of the state capital Morelia"),
            (Strings{"Tacambaro/MX", "Michoacan/MX", "Morelia/MX"}));
  EXPECT_EQ(Summary("The only other community is in the Russian village of Barentsburg .\n"
                    "Svalbard is"),
            (Strings{"Barentsburg/RU", "Svalbard/NO"}));
  // A direction or a coast before "of" does the same (CoNLL-2003 train,
  // Reuters-21578); an abbreviated word opens a longer name ("St. John's").
  EXPECT_EQ(Summary("rebels stormed the Kudapokuna police post , just north of Welikanda , 200 "
                    "km ( 125 miles ) from Colombo , before dawn"),
            (Strings{"Welikanda/LK", "Colombo/LK"}));
  EXPECT_EQ(Summary("said the\noffensive began before dawn northeast of Qasr-e-Shirin, on the\n"
                    "border 110 miles northeast of Baghdad"),
            (Strings{"Qasr-e-Shirin/IQ", "Baghdad/IQ"}));
  EXPECT_EQ(Summary("the Terra-Nova field, lying 350 kilometers east of St.\nJohn's and 35 "
                    "kilometers south"),
            (Strings{}));
  // Not after a type word meaning something else, nor an acronym.
  EXPECT_EQ(Summary("In its bluntest ever warning about the state of EC\nfinances, it said"),
            (Strings{}));
  EXPECT_EQ(Summary("interested in the settlement of Polish debt."), (Strings{}));
  EXPECT_EQ(Summary("raised the capital of Ciba-Geigy by 10 pct."), (Strings{}));
}

TEST_F(LocationsTest, AnUnknownNameBeforeItsCountryInADatelineOrAfterIn) {
  // Reuters-21578 (01006) and CoNLL-2003 datelines: a town the gazetteer
  // lacks, then its state or country and the date.
  EXPECT_EQ(Summary("GE SAYS AMR ORDER WORTH 650 MLN DLRS\n\nEVENDALE, Ohio, March 3 - General "
                    "Electric Co said"),
            (Strings{"EVENDALE/US", "Ohio/US"}));
  EXPECT_EQ(Summary("Cycling results .\nLANDGRAAF , Netherlands 1996-08-31\nLeading results"),
            (Strings{"LANDGRAAF/NL", "Netherlands/NL"}));
  // TempEval-3 (APW19990607.0041): after "in" in running text.
  EXPECT_EQ(Summary("killed 11 on the ground in Lockerbie, Scotland. The two were removed"),
            (Strings{"Lockerbie/GB", "Scotland/GB"}));
  // Reuters-21578: a company before its seat, a bank in apposition, an
  // adverb opening a line, a model in a list, are no places.
  EXPECT_EQ(Summary("said Wendy Dietz, a vice-president at Salomon Brothers Inc, New\nYork."),
            (Strings{"New\nYork/US"}));
  EXPECT_EQ(Summary("opposition from Creditanstalt, Austria's biggest bank."),
            (Strings{"Austria/AT"}));
  EXPECT_EQ(Summary("against other\ncurrencies.\n    Thirdly, Saudi Arabia may be forced to raise"),
            (Strings{"Saudi Arabia/SA"}));
}

TEST_F(LocationsTest, AnUnknownPlaceIsOneAtItsOtherMentions) {
  // CoNLL-2003 train: the dateline shows the town, so its later mentions
  // name it too; not inside a longer name ("Nagyatad Camp").
  EXPECT_EQ(Summary("NAGYATAD , Hungary 1996-08-28\nthe director of the Nagyatad camp Lajos "
                    "Horvath told Reuters .\nMandolina Zelic , who has spent the last five years "
                    "in Nagyatad , told Reuters .\nthe Nagyatad Camp Fund"),
            (Strings{"NAGYATAD/HU", "Hungary/HU", "Nagyatad/HU", "Nagyatad/HU"}));
  EXPECT_EQ(Summary("ORVIETO , Italy 1996-08-24\nthey lead the ancient Etruscan town of Orvieto "
                    "in a mock split from Rome .\nOrvieto mayor Stefano Cimicchi said"),
            (Strings{"ORVIETO/IT", "Italy/IT", "Orvieto/IT", "Rome/IT", "Orvieto/IT"}));
  // A name the text never shows to be a place stays none.
  EXPECT_EQ(Summary("Orvieto mayor Stefano Cimicchi said"), (Strings{}));
}

TEST_F(LocationsTest, ABorderOfTwoNationsGivesNoPlaceItsCountry) {
  // tests/data/releases-blind22: "Tajik-Afghan" names both banks; the
  // village takes the document's country, and a name placed once by its
  // context ("Badakhshan province, Afghanistan") keeps that country later.
  const std::string text =
      "DUSHANBE, 19 March 2026 - The Border Troops publish below the sequence of events of the "
      "armed incident on the Tajik\u2013Afghan border near the village of Shagon in Darvoz "
      "district of the Gorno-Badakhshan Autonomous Region. All times are Dushanbe time.\n\nAn observation post of the Shagon "
      "border outpost sighted seven armed men moving from the Afghan bank, near the village of "
      "Nusai in Darwaz district of Badakhshan province, Afghanistan.\n\nThe fourth swam back "
      "towards Nusai.";
  EXPECT_EQ(Summary(text),
            (Strings{"DUSHANBE/TJ", "Shagon/TJ", "Darvoz district/TJ",
                     "Gorno-Badakhshan Autonomous Region/TJ", "Dushanbe/TJ", "Shagon/TJ", "Nusai/AF",
                     "Darwaz district/AF", "Badakhshan province/AF", "Afghanistan/AF", "Nusai/AF"}));
}

TEST_F(LocationsTest, ATownsNameAfterTheIsTheRiverNamedAfterIt) {
  // tests/data/releases-blind5 and -blind20: the Panj and the Naryn run
  // through more than one country.
  EXPECT_EQ(Summary("UNHCR Tajikistan | Ishkashim, 8 December 2025\n\nThe Panj is narrow at "
                    "Ishkashim. \"Our grandparents crossed the Panj to visit relatives.\""),
            (Strings{"Tajikistan/TJ", "Ishkashim/TJ", "Panj/", "Ishkashim/TJ", "Panj/"}));
  EXPECT_EQ(Summary("Note to editors: Toktogul Reservoir, on the Naryn in Jalal-Abad region, "
                    "was filled in 1976."),
            (Strings{"Toktogul Reservoir/KG", "Naryn/", "Jalal-Abad region/KG"}));
  // A name modifying a noun after it is the town's or the region's.
  EXPECT_EQ(Summary("said the head of the Panj district hukumat in Khatlon."),
            (Strings{"Panj district/TJ", "Khatlon/TJ"}));
  EXPECT_EQ(Summary("after two dry winters in the Naryn and Chatkal valleys of Kyrgyzstan."),
            (Strings{"Naryn/KG", "Chatkal/KG", "Kyrgyzstan/KG"}));
}

// The sweep asks for a place type only at a word whose length and first
// byte are those of a strong (or, in a focus document, focus) type's first
// word: the shortest ("ai okmotu"), the longest ("autonomous okrug"), a
// non-ASCII one ("welaýaty") and a focus type only where it is strong.
TEST_F(LocationsTest, StrongPlaceTypesOfEveryShapeJoinTheNameBefore) {
  EXPECT_EQ(Summary("Officials met in Zhany-Aryk ai okmotu and in Kok-Zhar aiyl okmotu on Monday."),
            (Strings{"Zhany-Aryk ai okmotu/KG", "Kok-Zhar aiyl okmotu/KG"}));
  EXPECT_EQ(Summary("Floods hit the Dashoguz welaýaty and Balkan welayat of Turkmenistan."),
            (Strings{"Dashoguz welaýaty/TM", "Balkan welayat/TM", "Turkmenistan/TM"}));
  EXPECT_EQ(Summary("Gas output fell in Russia, in the Yamalo-Nenets Autonomous Okrug."),
            (Strings{"Russia/RU", "Yamalo-Nenets Autonomous Okrug/RU"}));
  EXPECT_EQ(Summary("Aid reached Rudaki district and Vose district near Dushanbe, Tajikistan, "
                    "and Khujand."),
            (Strings{"Rudaki district/TJ", "Vose district/TJ", "Dushanbe/TJ", "Tajikistan/TJ",
                     "Khujand/TJ"}));
  EXPECT_EQ(Summary("Aid reached Springvale district near London."), (Strings{"London/GB"}));
}

TEST_F(LocationsTest, TransliterationVariantsOfFocusTowns) {
  // tests/data/releases-blind22: GeoNames writes "Qalaikhumb".
  EXPECT_EQ(Summary("A reserve group of 12 border guards arrived from Rushan, upstream towards "
                    "Kalai-Khumb, in Tajikistan."),
            (Strings{"Rushan/TJ", "Kalai-Khumb/TJ", "Tajikistan/TJ"}));
  EXPECT_EQ(Summary("The commander arrived in Kalaikhumb on Monday."),
            (Strings{"Kalaikhumb/TJ"}));
  // A table's period is no place ("May-May", Reuters).
  EXPECT_EQ(Summary("Imports in May-May rose to 3.1 million tonnes."), (Strings{}));
  // The pass skips words too short to fold to a focus name's length: the
  // length counts every word of a hyphenated spelling ("Kul-Sary", 3 + 4
  // bytes, for GeoNames' "Qulsary"), and a name of exactly the shortest
  // folded length ("Kashar", "Qashar") is still asked for.
  EXPECT_EQ(Summary("Oil workers in Kul-Sary struck, as did those in Kashar."),
            (Strings{"Kul-Sary/KZ", "Kashar/KZ"}));
}

TEST_F(LocationsTest, ATownInARegionTakesTheRegionsCountry) {
  // tests/data/releases-blind20: Sughd's Guliston, not Uzbekistan's.
  EXPECT_EQ(Summary("The Kairakkum Reservoir, near Guliston in Sughd, and the Shardara "
                    "Reservoir, in Turkistan region, regulate the middle course."),
            (Strings{"Kairakkum Reservoir/TJ", "Guliston/TJ", "Sughd/TJ",
                     "Shardara Reservoir/KZ", "Turkistan region/KZ"}));
  EXPECT_EQ(Summary("Guliston in Uzbekistan is the capital of Sirdaryo region."),
            (Strings{"Guliston/UZ", "Uzbekistan/UZ", "Sirdaryo region/UZ"}));
}

TEST_F(LocationsTest, ARegionOpeningALocalGovernmentsNameIsAPlace) {
  // tests/data/releases-blind16: Tajikistan's regional governments are
  // "Executive Bodies of State Power", its districts' "Hukumats".
  EXPECT_EQ(Summary("Grants went to villages in Khatlon and Sughd. A selection committee, "
                    "including representatives of the Khatlon Regional Executive Body of State "
                    "Power, will announce the winners."),
            (Strings{"Khatlon/TJ", "Sughd/TJ", "Khatlon/TJ"}));
  EXPECT_EQ(Summary("Grants went to villages in Khatlon and Sughd. The Vose District Hukumat "
                    "will announce the winners."),
            (Strings{"Khatlon/TJ", "Sughd/TJ", "Vose District/TJ"}));
}

TEST_F(LocationsTest, AContinentAfterAnAcronym) {
  // A programme's name ("STRIVE Asia", releases-blind) holds no place; a
  // unit serving "Europe and Central Asia" (releases-blind18) names the
  // region it serves.
  EXPECT_EQ(Summary("The project is part of STRIVE Asia, EU-UN Joint Partnership."), (Strings{}));
  EXPECT_EQ(Summary("Youth Voices is published every quarter by the UNICEF Europe and Central "
                    "Asia Regional Office in Geneva."),
            (Strings{"Europe/", "Central Asia/", "Geneva/CH"}));
}

TEST_F(LocationsTest, NamesBeforeALowerCaseFacilityWord) {
  // CoNLL-2003 train: the name before "prison", "stadium", "airport" or
  // "refugee camp" is a place; the facility word is not part of it.
  EXPECT_EQ(Summary("A hijacked Sudan Airways plane was expected to land at London 's Stansted "
                    "airport later on Tuesday morning ."),
            (Strings{"London/GB", "Stansted/GB"}));
  EXPECT_EQ(Summary("in the ill-fated 1985 final in the Heysel stadium in Brussels ."),
            (Strings{"Heysel/BE", "Brussels/BE"}));
  EXPECT_EQ(Summary("while landing on Sunday at Israel 's Ben Gurion airport , an airport "
                    "spokesman said ."),
            (Strings{"Israel/IL", "Ben Gurion/IL"}));
  // Natural features (CoNLL-2003 train); capitalized ones need "the" or a
  // preposition before them, as companies take such names (Reuters-21578).
  EXPECT_EQ(Summary("dumping the body of a fourth woman in the nearby Adige river ."),
            (Strings{"Adige/"}));
  EXPECT_EQ(Summary("who found the bottle on the beach at Robben Island off Cape Town after "
                    "winter storms"),
            (Strings{"Robben Island/ZA", "Cape Town/ZA"}));
  EXPECT_EQ(Summary("In Richmond, Va., James River said closing is expected"),
            (Strings{"Richmond/US", "Va./US"}));
  // A nationality, a sentence's opening word or an acronym is no name.
  EXPECT_EQ(Summary("There also are about 5,000 Thai inmates in a Turkish prison ."),
            (Strings{}));
  EXPECT_EQ(Summary("Huge stadium lights are directed at the square ."), (Strings{}));
  EXPECT_EQ(Summary("Ince was clambering over a wall at the Republican stadium in Chisinau"),
            (Strings{"Chisinau/MD"}));
  EXPECT_EQ(Summary("the BAA airport operator said ."), (Strings{}));
}

TEST_F(LocationsTest, FacilitiesAndPlacesNearAKnownOne) {
  // Reuters-21578 (00482) and CoNLL-2003 train: a capitalized facility word
  // after a name the gazetteer lacks.
  EXPECT_EQ(Summary("From its base at Dulles Airport in Washington, Presidential\nwill serve "
                    "Albany"),
            (Strings{"Dulles Airport/US", "Washington/US", "Albany/US"}));
  EXPECT_EQ(Summary("but a softer start to Wall Street did little to boost sentiment in late "
                    "trade in Amsterdam"),
            (Strings{"Wall Street/", "Amsterdam/NL"}));
  // A facility's name wins over a known place inside it (Reuters-21578).
  EXPECT_EQ(Summary("noting that the Ohio River is swelling\nwith snow runoff"),
            (Strings{"Ohio River/US"}));
  EXPECT_EQ(Summary("fly three daily Atlanta flights out of\nChicago's Midway Airport using two "
                    "new airplanes"),
            (Strings{"Atlanta/US", "Chicago/US", "Midway Airport/US"}));
  // A sentence's first word is none of the name; a generic word alone is no
  // name.
  EXPECT_EQ(Summary("But Wall Street shrugged."), (Strings{"Wall Street/"}));
  EXPECT_EQ(Summary("flights to the International Airport resumed."), (Strings{}));
  // CoNLL-2003 dev: a town named by a known place near it.
  EXPECT_EQ(Summary("She was last seen being collected by the pair from school in Velten near "
                    "Berlin on Monday"),
            (Strings{"Velten/DE", "Berlin/DE"}));
}

TEST_F(LocationsTest, ARegionOfAPlaceInAnotherCountryIsNoPlace) {
  // Reuters-21578: a court district, not Botswana's or Fiji's region; a
  // region of the same country stays ("Osh region of Kyrgyzstan").
  EXPECT_EQ(Summary("filed in U.S. District Court for\nthe Southern District of New York, stems "
                    "from the"),
            (Strings{"U.S./US", "New York/US"}));
  EXPECT_EQ(Summary("The poll in the South-West of England constituency was"),
            (Strings{"England/GB"}));
  EXPECT_EQ(Summary("young people from the Osh region of Kyrgyzstan took part"),
            (Strings{"Osh region/KG", "Kyrgyzstan/KG"}));
}

TEST_F(LocationsTest, LakesAndMountainsNamedAfterAPlace) {
  // CoNLL-2003 train, Reuters-21578: the lake's name, not the region's.
  EXPECT_EQ(Summary("drowned when their small boat sank on Lake Maracaibo in western Venezuela "
                    "early on Monday"),
            (Strings{"Lake Maracaibo/VE", "Venezuela/VE"}));
  EXPECT_EQ(Summary("waves along the western and southern\nshores of Lake Michigan during the "
                    "morning."),
            (Strings{"Lake Michigan/US"}));
  EXPECT_EQ(Summary("the members of Mount Zion Missionary Baptist Church"), (Strings{}));
}

TEST_F(LocationsTest, ARegionsNameIsNoSurname) {
  // CoNLL-2003 dev headline in title case: "Lebed Chechnya" is no person
  // "Chechnya", so the region stays a place in the whole text.
  EXPECT_EQ(Summary("Yeltsin endorses Lebed Chechnya peace plan - agency .\nMOSCOW 1996-08-30\n"
                    "Lebed is now in Chechnya solving some problems ."),
            (Strings{"Chechnya/RU", "MOSCOW/RU", "Chechnya/RU"}));
}

TEST_F(LocationsTest, RepublicAfterARegionIsItsTypeWord) {
  // Hand-written in the style of UNDP releases on Uzbekistan: "Republic"
  // (also a US town) after a region is part of its name; after a town, and
  // before "of" and another name, it is no place: not Argentina's town
  // Federal, and an official name is one place (the country's, and the
  // region's: tests/data/releases-blind/uz-nukus-ohchr). "Republic of Korea",
  // South Korea's official name, is one place (curated-places.tsv), but no
  // "Federal" joins it.
  EXPECT_EQ(Summary("Nukus, the capital of the Karakalpakstan Republic, and the Republic of "
                    "Karakalpakstan"),
            (Strings{"Nukus/UZ", "Karakalpakstan Republic/UZ", "Republic of Karakalpakstan/UZ"}));
  EXPECT_EQ(Summary("The Federal Republic of Yugoslavia is the only country"),
            (Strings{"Federal Republic of Yugoslavia/YU"}));
  EXPECT_EQ(Summary("The Federal Republic of Korea is no country"),
            (Strings{"Republic of Korea/KR"}));
}

TEST_F(LocationsTest, DemonymsAreNotLocations) {
  EXPECT_EQ(Summary("local trainers from the Central Asian region with skills"), Strings{});
  EXPECT_EQ(Summary("actors in Central Asian countries to get a team"), Strings{});
  EXPECT_EQ(Summary("It is who we are as Canadians. The Kyrgyz delegation"), Strings{});
  EXPECT_EQ(Summary("Results of South Korean pro-soccer games"), Strings{});
}

TEST_F(LocationsTest, ATownOpeningALineOrAfterATableRowIsNoSurname) {
  // tests/data/releases-blind5 (uz-tm-khorezm-dashoguz-joint): a title
  // ending the line above makes no surname of the town opening the next,
  // and its other mentions stay places.
  EXPECT_EQ(Summary("We met in Dashoguz on 25 June 2025.\nKhokimiyat of Khorezm Region \u2013 "
                    "Farhod Ibragimov, First Deputy Khokim\nDashoguz Velayat Hakimlik \u2013 "
                    "Maysa Orazowa, Deputy Hakim\n"),
            (Strings{"Dashoguz/TM", "Khorezm Region/UZ", "Dashoguz Velayat/TM"}));
  // tm-turkmenbashi-osce-participants: a table's row is no wrapped prose,
  // so the next line's first word does not join its last place.
  EXPECT_EQ(Summary("Ms. Gozel Hojayeva | Interpreter | OSCE Centre in Ashgabat\n"
                    "For more information: press office, tel. +993 12 35 30 92\n"),
            (Strings{"Ashgabat/TM"}));
}

TEST_F(LocationsTest, ASignatureLineShorterThanItsBlockIsNoWrappedLine) {
  // tests/data/releases-blind12 (kg-tj-uz-fergana-valley-joint-statement):
  // the next line's first word would have fit on the signature line, so
  // the break ends it and the body's name on the next line does not join
  // its last place.
  EXPECT_EQ(Summary("UNDP \u2013 Alessandra Rossi, Resident Representative in the Kyrgyz "
                    "Republic\nIOM \u2013 Pavel Novak, Chief of Mission, Dushanbe\nEmbassy of "
                    "Japan in the Kyrgyz Republic \u2013 Hiroshi Tanaka, Ambassador\n"),
            (Strings{"Kyrgyz Republic/KG", "Dushanbe/TJ", "Japan/JP", "Kyrgyz Republic/KG"}));
}

TEST_F(LocationsTest, APronounBeforeACommaIsNoDateline) {
  // tests/data/releases-blind5 (uz-tm-khorezm-dashoguz-joint): "We" is also
  // a town of New Caledonia; a dateline's comma is never followed by a
  // lower-case word.
  EXPECT_EQ(Summary("We, the Khokimiyat of Khorezm Region, make the following statement."),
            (Strings{"Khorezm Region/UZ"}));
}

TEST_F(LocationsTest, ADatelineWithItsDateInParentheses) {
  // tests/data/releases-blind15 (a UN Special Rapporteur's statement): UN
  // news datelines write the city in capitals before "(date)".
  EXPECT_EQ(Summary("GENEVA (20 March 2026) – A human rights expert of the United Nations today "
                    "urged the five States of Central Asia to review laws on extremism."),
            (Strings{"GENEVA/CH", "Central Asia/"}));
}

TEST_F(LocationsTest, ADatelineWithAnotherSpellingInParentheses) {
  // tests/data/releases-blind23 (a media-literacy workshop): the city in
  // capitals, its other spelling in parentheses, then the dateline's comma.
  EXPECT_EQ(Summary("KHUJAND (Khodjent), 2 October 2025 – Twenty-four journalists from Sughd "
                    "region completed a workshop today."),
            (Strings{"KHUJAND/TJ", "Khodjent/TJ", "Sughd region/TJ"}));
  // A body's acronym in capitals with its name in parentheses is no dateline.
  EXPECT_EQ(Summary("UNODC (United Nations Office on Drugs and Crime), together with Kazakhstan, "
                    "opened the course."),
            (Strings{"Kazakhstan/KZ"}));
}

TEST_F(LocationsTest, AJointDatelineOfPlacesApartBySlashes) {
  // tests/data/releases-blind24 (a joint cross-border update): the places of
  // a joint release's dateline, in capitals, apart by slashes.
  EXPECT_EQ(Summary("MAZAR-I-SHARIF / DUSHANBE, 22 May 2025 – This update covers 1 to 18 May."),
            (Strings{"MAZAR-I-SHARIF/AF", "DUSHANBE/TJ"}));
  EXPECT_EQ(Summary("ALMATY/BISHKEK/TASHKENT, 3 March 2026 – Talks began."),
            (Strings{"ALMATY/KZ", "BISHKEK/KG", "TASHKENT/UZ"}));
}

TEST_F(LocationsTest, TajikDistrictsNamedAfterPeople) {
  // tests/data/releases-blind15 (tj-dushanbe-undp-youth-forum): a district
  // named after a poet is a place, not a person (curated-places.tsv).
  EXPECT_EQ(Summary("Here I met people from Murghob and Jaloliddini Balkhi who have the same "
                    "problems."),
            (Strings{"Murghob/TJ", "Jaloliddini Balkhi/TJ"}));
}

TEST_F(LocationsTest, TownsOfTheFifthBlindSet) {
  // tests/data/releases-blind5: towns and districts GeoNames lacks or
  // spells otherwise (curated-places.tsv).
  EXPECT_EQ(Summary("The districts along the lower Amu Darya, from Pitnak to Takhiatash on the "
                    "Uzbek bank, share water."),
            (Strings{"Amu Darya/", "Pitnak/UZ", "Takhiatash/UZ"}));
  EXPECT_EQ(Summary("she can see the roofs of Eshkashem on the far bank. In Murghab the young "
                    "people have the same phones."),
            (Strings{"Eshkashem/AF", "Murghab/TJ"}));
  EXPECT_EQ(Summary("in Nooken or Bishkek; a third meeting for Beineu in the autumn; the rest "
                    "from Buston and Asht district."),
            (Strings{"Nooken/KG", "Bishkek/KG", "Beineu/KZ", "Buston/TJ", "Asht district/TJ"}));
}

TEST_F(LocationsTest, WelayatsAndTownsOfTheEighthBlindSet) {
  // tests/data/releases-blind8: "welayat", the Turkmen spelling of
  // "velayat", is a strong place type; its plural makes a list of places.
  EXPECT_EQ(Summary("Turkmenabat (Lebap welayat): 2–4 June\nMary (Mary welayat): 9–11 June\n"
                    "A second round, for psychologists from Ahal welayat and Ashgabat, is "
                    "planned."),
            (Strings{"Turkmenabat/TM", "Lebap welayat/TM", "Mary/TM", "Mary welayat/TM",
                     "Ahal welayat/TM", "Ashgabat/TM"}));
  EXPECT_EQ(Summary("school psychologists from Lebap and Dashoguz welayats"),
            (Strings{"Lebap/TM", "Dashoguz/TM"}));
  // District centres of Gorno-Badakhshan by the spellings releases write
  // (curated-places.tsv).
  // A name before a nation's adjective opening a body's name is the
  // person the body is named after; a town before the head stays its seat.
  EXPECT_EQ(Summary("The methodology was developed by experts of the Magtymguly Turkmen State "
                    "University and Naryn State University. It draws on the experience of the "
                    "OSCE Programme Office in Dushanbe, which has run similar workshops in "
                    "Tajikistan since 2021."),
            (Strings{"Naryn/KG", "Dushanbe/TJ", "Tajikistan/TJ"}));
  EXPECT_EQ(Summary("opened two border liaison offices on the border with Afghanistan, in "
                    "Ishkoshim and Rushan in Gorno-Badakhshan Autonomous Oblast (GBAO).\n"
                    "Kalaikhum – 9 April"),
            (Strings{"Afghanistan/AF", "Ishkoshim/TJ", "Rushan/TJ",
                     "Gorno-Badakhshan Autonomous Oblast/TJ", "GBAO/TJ", "Kalaikhum/TJ"}));
  // releases-blind10: Norak in GeoNames, Nurek in English-language releases.
  EXPECT_EQ(Summary("On the last day, participants visited a colony in Nurek, where 14 inmates "
                    "repair furniture for schools."),
            (Strings{"Nurek/TJ"}));
  // releases-blind12: Uzbekistan's exclave Sokh, listed beside Tajik and
  // Kyrgyz border towns, keeps its own country.
  EXPECT_EQ(Summary("The councils in Isfara, Batken and Sokh will be the first to meet, in "
                    "February 2026."),
            (Strings{"Isfara/TJ", "Batken/KG", "Sokh/UZ"}));
}

TEST_F(LocationsTest, LeilekDistrictBesideTheSokhExclaveIsKyrgyz) {
  // tests/data/releases-blind26: Leilek district of Batken region, unknown to
  // GeoNames, took the country of the Uzbek exclave named before it.
  EXPECT_EQ(Summary("The Uzbek enclave of Sokh, which borders both Batken Region and Leilek "
                    "district, is not covered; talks on it are held separately with Uzbekistan."),
            (Strings{"Sokh/UZ", "Batken Region/KG", "Leilek district/KG", "Uzbekistan/UZ"}));
}

TEST_F(LocationsTest, BorderVillagesOfBatkenInTheNinthBlindSet) {
  // tests/data/releases-blind9: villages of Batken region on the Tajik
  // border by the spellings releases write (curated-places.tsv).
  EXPECT_EQ(Summary("The 48 participants came from 11 villages on both sides of the border, "
                    "among them Vorukh, Chorkuh and Surkh in Tajikistan and Ak-Sai, Kok-Tash "
                    "and Arka in Kyrgyzstan."),
            (Strings{"Vorukh/TJ", "Chorkuh/TJ", "Surkh/TJ", "Tajikistan/TJ", "Ak-Sai/KG",
                     "Kok-Tash/KG", "Arka/KG", "Kyrgyzstan/KG"}));
}

TEST_F(LocationsTest, APeoplesAdjectiveBeforeCityOfPicksTheCountry) {
  // tests/data/releases-blind5 (kz-aktau-caspian-iom): Astrakhan is also a
  // village of Kazakhstan, which a release about Kazakhstan prefers.
  EXPECT_EQ(Summary("Seasonal workers from Aktau, Mangystau region, Kazakhstan, meet delegates "
                    "from the Russian city of Astrakhan."),
            (Strings{"Aktau/KZ", "Mangystau region/KZ", "Kazakhstan/KZ", "Astrakhan/RU"}));
}

TEST_F(LocationsTest, ATownAfterABodysHeadWordIsItsSeat) {
  // tests/data/releases-blind4 (kg-osh-mediators-embassy,
  // tj-bokhtar-akf-livelihoods): the town closing a body's name is no
  // surname, and its other mentions stay places.
  EXPECT_EQ(Summary("with funding from the British Embassy Bishkek. The course was held in "
                    "Bishkek."),
            (Strings{"Bishkek/KG", "Bishkek/KG"}));
  EXPECT_EQ(Summary("Prof. Jean-Luc Marchand, a labour economist at the Graduate Institute "
                    "Geneva who evaluated the programme"),
            (Strings{"Geneva/CH"}));
  // kz-astana-osce-bloggers: in a release about the region, a country
  // inside a body's name is a place even before an organization's head.
  EXPECT_EQ(Summary("Trainers from the Adilet Legal Clinic and the Kazakhstan Press Club came "
                    "from Astana and Pavlodar."),
            (Strings{"Kazakhstan/KZ", "Astana/KZ", "Pavlodar/KZ"}));
  // releases-blind5 (kz-almaty-eag-npo-risks): a bureau's name too.
  EXPECT_EQ(Summary("who heads the Almaty branch of the Kazakhstan International Bureau for "
                    "Human Rights and Rule of Law, said that banks in Zhetysu closed accounts."),
            (Strings{"Almaty/KZ", "Kazakhstan/KZ", "Zhetysu/KZ"}));
}

TEST_F(LocationsTest, LocationsInsideOrganizationNames) {
  EXPECT_EQ(Summary("said Abdumannop Saitov, National Programme Officer in the OSCE Programme "
                    "Office in Dushanbe."),
            (Strings{"Dushanbe/TJ"}));
  EXPECT_EQ(Summary("In partnership with the Eurasia Foundation Central Asia, we further plan"),
            (Strings{"Central Asia/"}));
  EXPECT_EQ(Summary("Deputy Head of the Almaty Academy under the Ministry of Interior"),
            (Strings{"Almaty/KZ"}));
  // A small town's name before "of" and a capitalized word heads the name
  // of a body or a club (CoNLL testa-0022, testa-0063); the place after
  // "of" stays, and so does a large city before it.
  EXPECT_EQ(Summary("students of the University of Central Asia in Naryn"),
            (Strings{"Central Asia/", "Naryn/KG"}));
  EXPECT_EQ(Summary("in an Intertoto final match against Karlsruhe of Germany ."),
            (Strings{"Germany/DE"}));
  EXPECT_EQ(Summary("the Union of Journalists met in Osh"), (Strings{"Osh/KG"}));
  EXPECT_EQ(Summary("the Tashkent of Soviet times"), (Strings{"Tashkent/UZ"}));
}

TEST_F(LocationsTest, PlacesInAdjectivesAndEventNames) {
  // CoNLL train: a place glued by a hyphen to a lower-case word is part of
  // an adjective; "U.S. Open" is a tournament. A place-name compound
  // ("Issyk-Kul") and a place beside a hyphenated word stay.
  EXPECT_EQ(Summary("the most serious fighting since a U.S.-sponsored ceasefire last year"),
            Strings{});
  EXPECT_EQ(Summary("an anti-U.S. rally and a Kazakhstan-based firm"), Strings{});
  EXPECT_EQ(Summary("Sampras opens the defence of his U.S. Open crown in New York ."),
            (Strings{"New York/US"}));
  EXPECT_EQ(Summary("a long-term project in Issyk-Kul oblast"), (Strings{"Issyk-Kul oblast/KG"}));
}

TEST_F(LocationsTest, NewsAbbreviationsAndNationalSides) {
  // CoNLL train datelines: a US state as news abbreviates it, with its dot.
  EXPECT_EQ(Summary("SunGard to buy CheckFree unit .\nSAN MATEO , Calif. 1996-08-23\n"),
            (Strings{"SAN MATEO/US", "Calif./US"}));
  EXPECT_EQ(Summary("Konpolis 75 1/9 Mideast / Indonesia W112.5 KPC ."),
            (Strings{"Mideast/", "Indonesia/ID"}));
  // England fields a national side: its score line keeps the place, where
  // a county's ("Surrey 429") is a team.
  EXPECT_EQ(Summary("against Pakistan at The Oval on Friday .\nScore : England 326 ( J. Crawley "
                    "106 , G. Thorpe 54 )"),
            (Strings{"Pakistan/PK", "England/GB"}));
  // A town after "in" before a score is where the match was played.
  EXPECT_EQ(Summary("Namibia , who drew 0-0 with Botswana in their first leg , won the second "
                    "leg in Windhoek 6-0 to stretch their unbeaten run"),
            (Strings{"Namibia/NA", "Botswana/BW", "Windhoek/NA"}));
}

TEST_F(LocationsTest, CommonWordsNeedEvidence) {
  EXPECT_EQ(Summary("May I ask? In May the ministry said Mobile phones were cheap."), Strings{});
  EXPECT_EQ(Summary("Reading the report, we Split the work."), Strings{});
  EXPECT_EQ(Summary("The plant in Mobile, Alabama, will close."),
            (Strings{"Mobile/US", "Alabama/US"}));
  EXPECT_EQ(Summary("He was born in Split and moved on."), (Strings{"Split/HR"}));
}

TEST_F(LocationsTest, ReutersDatelinesAndHeadlines) {
  // Reuters-21578: an all-caps title, then the dateline.
  EXPECT_EQ(Summary("BRAZIL ANTI-INFLATION PLAN LIMPS\n\nRIO DE JANEIRO, Feb 26 - Brazil's "
                    "anti-inflation plan"),
            (Strings{"BRAZIL/BR", "RIO DE JANEIRO/BR", "Brazil/BR"}));
  EXPECT_EQ(Summary("\n\nSALVADOR, Feb 26 - Cocoa showers"), (Strings{"SALVADOR/BR"}));
  // All-caps words in ordinary text are abbreviations, not places.
  EXPECT_EQ(Summary("The US and UK agreed; shares of MAGNA rose."),
            (Strings{"US/US", "UK/GB"}));
  EXPECT_EQ(Summary("Treasury officials in the U.S. said"), (Strings{"U.S./US"}));
}

TEST_F(LocationsTest, ConllSentences) {
  // CoNLL-2003 train, tokens joined by spaces.
  EXPECT_EQ(Summary("BRUSSELS 1996-08-22\nThe European Commission said on Thursday it "
                    "disagreed with German advice"),
            (Strings{"BRUSSELS/BE"}));
  EXPECT_EQ(Summary("Germany 's representative to the European Union 's veterinary committee"),
            (Strings{"Germany/DE"}));
  // Person names that look like places.
  EXPECT_EQ(Summary("but Wimbledon finalist MaliVai Washington and Marcelo Rios were not. "
                    "Washington , who climbed back"),
            Strings{});
}

TEST_F(LocationsTest, ADatelineRegionBeforeItsDate) {
  // CoNLL-2003 train datelines: a year after a region is a date, not a
  // team's score.
  EXPECT_EQ(Summary("MANCHESTER , England 1996-08-29\nUnited signed a striker ."),
            (Strings{"MANCHESTER/GB", "England/GB"}));
  EXPECT_EQ(Summary("CARLSBAD , California 1996-08-25\n"), (Strings{"CARLSBAD/US", "California/US"}));
  // A town before a score stays out.
  EXPECT_EQ(Summary("Then Surrey 429 came in ."), Strings{});
}

TEST_F(LocationsTest, FormerAndEnglishNamesOfCities) {
  // CoNLL-2003 train: the names news archives use for Groznyy and Kolkata.
  EXPECT_EQ(Summary("The separatists , who swept into Grozny on August 6 , still control large "
                    "areas of the centre of town ."),
            (Strings{"Grozny/RU"}));
  EXPECT_EQ(Summary("Tarak Das , 70 , was picked up from a Calcutta footpath a week ago ."),
            (Strings{"Calcutta/IN"}));
}

TEST_F(LocationsTest, ShortNamesOfChineseProvincesAndMexicanStates) {
  // Reuters-21578 (01901): ISO 3166-2 writes "Guangxi Zhuangzu Zizhiqu",
  // "Sichuan Sheng"; news the names alone.
  EXPECT_EQ(Summary("drought hit eight provinces, including Guangxi, Sichuan and Hunan."),
            (Strings{"Guangxi/CN", "Sichuan/CN", "Hunan/CN"}));
  // CoNLL-2003 dev: "Michoacán de Ocampo" without its honorific and accent.
  EXPECT_EQ(Summary("A group of heavily-armed men attacked a military convoy in the western "
                    "Mexican state of Michoacan on Friday ."),
            (Strings{"Michoacan/MX"}));
  // "Taiwan Sheng" gives no province: Taiwan stays a country.
  EXPECT_EQ(Summary("Exports from Taiwan rose."), (Strings{"Taiwan/TW"}));
}

TEST_F(LocationsTest, AutonomousUnitsAreOnePlace) {
  // Hand-written in the style of OSCE and UN releases on Central Asia.
  EXPECT_EQ(Summary("More than 300 border officers from the Gorno-Badakhshan Autonomous Oblast "
                    "took part."),
            (Strings{"Gorno-Badakhshan Autonomous Oblast/TJ"}));
  EXPECT_EQ(Summary("A workshop in Nukus, Karakalpakstan Autonomous Republic, gathered 40 "
                    "teachers."),
            (Strings{"Nukus/UZ", "Karakalpakstan Autonomous Republic/UZ"}));
}

TEST_F(LocationsTest, HomonymsFollowTheDocument) {
  EXPECT_EQ(Summary("Talks in Paris ended."), (Strings{"Paris/FR"}));
  EXPECT_EQ(Summary("Georgia and Armenia signed."), (Strings{"Georgia/GE", "Armenia/AM"}));
  // A large city beats a small country's first-level region (Jamaica's
  // parishes Portland and Hanover); English names of large cities.
  EXPECT_EQ(Summary("The company moved from Hanover to Portland and opened offices in Antwerp "
                    "and Basra."),
            (Strings{"Hanover/DE", "Portland/US", "Antwerp/BE", "Basra/IQ"}));
  // tests/data/releases-blind17: the towns of north-east Syria's camps as
  // releases on returnees spell them (GeoNames: Ar Raqqah, Al Hasakah).
  EXPECT_EQ(Summary("In 2014 he called from Istanbul, and then from Raqqa, in Syria, and later "
                    "from Hasakah."),
            (Strings{"Istanbul/TR", "Raqqa/SY", "Syria/SY", "Hasakah/SY"}));
  // Reuters-21578: a dateline is the largest place of its name, whatever
  // the story's countries.
  EXPECT_EQ(Summary("NEW ZEALAND TRADE\n\nWELLINGTON, March 3 - U.S. officials in Florida and "
                    "Texas said the United States would"),
            (Strings{"NEW ZEALAND/NZ", "WELLINGTON/NZ", "U.S./US", "Florida/US", "Texas/US",
                     "United States/US"}));
}

TEST_F(LocationsTest, HardWrappedNewsLines) {
  // Reuters-21578 wraps lines inside paragraphs: a name may span the break.
  EXPECT_EQ(Summary("of a ship that lost its steering while delivering oil to a refinery in "
                    "Paulsboro, New\nJersey, the ship apparently"),
            (Strings{"Paulsboro/US", "New\nJersey/US"}));
  EXPECT_EQ(Summary("said it and Mr S. Taft have requested a response from Taft\n"
                    "Broadcasting Co by March 12."),
            Strings{});
  EXPECT_EQ(Summary("It's a rather gloomy outlook for the economy, said David\nWyss of Data "
                    "Resources Inc."),
            Strings{});
  // A short line, or an indented new paragraph, is not a wrap.
  EXPECT_EQ(Summary("Talks in London\nParis officials said"), (Strings{"London/GB", "Paris/FR"}));
  EXPECT_EQ(Summary("the annual meeting of shareholders was held in New\n    Jersey officials"),
            (Strings{"Jersey/JE"}));
}

TEST_F(LocationsTest, MonthsAtLineStartAreDates) {
  EXPECT_EQ(Summary("    The dividend is payable April one to shareholders of record\n"
                    "March 17.\n Reuter\n"),
            Strings{});
}

TEST_F(LocationsTest, CompassWordsAloneAreNotRegions) {
  EXPECT_EQ(Summary("Jon Googel and Benjamin Sisti of Colonial Realty, West Hartford, Conn., "
                    "purchased shares."),
            (Strings{"West Hartford/US", "Conn./US"}));
  EXPECT_EQ(Summary("a sale of 250,000 tonnes to the West and the East last year"), Strings{});
  EXPECT_EQ(Summary("Farmers in the Midwest said"), (Strings{"Midwest/US"}));
}

TEST_F(LocationsTest, DatelineRegionPicksTheTown) {
  // The state (abbreviated as news writes it) is a place of its own.
  EXPECT_EQ(Summary("SAN JOSE, Calif., March 3 - The company said"),
            (Strings{"SAN JOSE/US", "Calif./US"}));
  EXPECT_EQ(Summary("PORTLAND, Ore., March 3 - The utility said"), (Strings{"PORTLAND/US"}));
  EXPECT_EQ(Summary("LONDON, March 3 - Prices fell"), (Strings{"LONDON/GB"}));
  EXPECT_EQ(Summary("The plant in London, Ontario, will close."),
            (Strings{"London/CA", "Ontario/CA"}));
}

TEST_F(LocationsTest, HostileTextDoesNotCrash) {
  std::string capitalized;
  for (int i = 0; i < 10000; ++i) capitalized += (i % 3 == 0) ? "Paris " : "Almaty-Kara ";
  EXPECT_NO_THROW(Extract(capitalized));
  std::string long_line(1 << 20, 'A');
  for (std::size_t i = 0; i < long_line.size(); i += 7) long_line[i] = ' ';
  EXPECT_NO_THROW(Extract(long_line));
  std::string oblasts;
  for (int i = 0; i < 5000; ++i) oblasts += "Kara-Buura-Naryn aiyl okmotu oblast ";
  EXPECT_NO_THROW(Extract(oblasts));
  EXPECT_NO_THROW(Extract(std::string(100000, '\n')));
  EXPECT_NO_THROW(Extract("'''---...,,,\xC2\xA0\xE2\x80\x93"));
  // 20,000 distinct unknown names, each introduced and then repeated: the
  // repeats are found by hash lookups, so this stays linear.
  std::string introduced;
  for (int i = 0; i < 20000; ++i) {
    const std::string name = "Qaz" + std::to_string(i) + "x";
    introduced += "near the town of " + name + " . " + name + " stadium was full . ";
  }
  std::size_t places = 0;
  EXPECT_NO_THROW(places = Extract(introduced).size());
  EXPECT_EQ(places, 40000u);
}

TEST_F(LocationsTest, DistrictsOfAFocusCountryThatGeoNamesLacks) {
  // tests/data/releases (hand-written in the style of the seeds): in a
  // document about Central Asia, "district" after an unknown capitalized
  // name makes it a district, as "aiyl okmotu" does everywhere.
  EXPECT_EQ(Summary("Osh, 22 March 2023 - Thirty-two participants completed a course for "
                    "community mediators in Kadamjai district of Batken oblast."),
            (Strings{"Osh/KG", "Kadamjai district/KG", "Batken oblast/KG"}));
  EXPECT_EQ(Summary("Dushanbe, 7 June 2022 - 45 young leaders from Rudaki district, Vose district "
                    "and the city of Kulob took part."),
            (Strings{"Dushanbe/TJ", "Rudaki district/TJ", "Vose district/TJ", "Kulob/TJ"}));
  EXPECT_EQ(Summary("Experts from Andijan city and Uchkuprik district of Fergana region spoke."),
            (Strings{"Andijan city/UZ", "Uchkuprik district/UZ", "Fergana region/UZ"}));
  // A determiner opening the sentence names no district.
  EXPECT_EQ(Summary("Trainers came from Osh and Batken. This district has 20 schools. Each "
                    "district sent two officers."),
            (Strings{"Osh/KG", "Batken/KG"}));
  // Reuters-21578 18383 and 00109: outside the focus region "district"
  // extends only a known name (Bangladesh's Sunamganj is unknown).
  EXPECT_EQ(Summary("DHAKA, June 29 - Flash floods and high winds have trapped some 10,000 people "
                    "and injured at least 50 in northeastern Bangladesh's Sunamganj district, "
                    "officials said."),
            (Strings{"DHAKA/BD", "Bangladesh/BD"}));
  EXPECT_EQ(Summary("gold and silver deposit in the Carbonate district of western South Dakota "
                    "has"),
            (Strings{"South Dakota/US"}));
}

TEST_F(LocationsTest, ATownSpeltOtherwiseBesideAKnownOneInAFocusDocument) {
  // tests/data/releases (kz-almaty-women-police): the gazetteer knows every
  // Kazakh town under some spelling, so a word joined by "and" to a known
  // town is a town; outside the focus region it is not taken.
  EXPECT_EQ(Summary("a survey of 1,250 residents of Talgar and Kaskelen carried out in Almaty "
                    "region. A course for officers from Taldykorgan and Konayev is planned."),
            (Strings{"Talgar/KZ", "Kaskelen/KZ", "Almaty region/KZ", "Taldykorgan/KZ",
                     "Konayev/KZ"}));
  EXPECT_EQ(Summary("a survey of residents of Boston and Kaskelen"), (Strings{"Boston/US"}));
}

TEST_F(LocationsTest, AWordAfterThroughOrToInAFocusDocument) {
  // tests/data/releases (tm-af-border-dialogue, uz-termez-hub): crossings
  // GeoNames spells otherwise, in the country of the place nearest them.
  EXPECT_EQ(Summary("Speakers from Herat and Mazar-i-Sharif described the situation in Balkh "
                    "and Faryab provinces. Trade through Torghundi and Aqina keeps families "
                    "away from armed groups, a speaker from Turkmenabat said."),
            (Strings{"Herat/AF", "Mazar-i-Sharif/AF", "Balkh/AF", "Faryab/AF", "Torghundi/AF",
                     "Aqina/AF", "Turkmenabat/TM"}));
  EXPECT_EQ(Summary("Officials in Termez and Denau said trucks crossed the bridge to Hairatan and "
                    "on to Mazar-i-Sharif."),
            (Strings{"Termez/UZ", "Denau/UZ", "Hairatan/AF", "Mazar-i-Sharif/AF"}));
  // A demonym, a month or a person's title is no place.
  EXPECT_EQ(Summary("Officials in Termez and Denau spoke to Russian and Uzbek media."),
            (Strings{"Termez/UZ", "Denau/UZ"}));
  // "to" after a gerund that moves nothing (tests/data/releases-blind3).
  EXPECT_EQ(Summary("Officials in Termez and Denau thanked the EU's Instrument contributing to "
                    "Stability and Peace."),
            (Strings{"Termez/UZ", "Denau/UZ"}));
}

TEST_F(LocationsTest, ATownOpeningABodysNameInAFocusDocument) {
  // tests/data/releases (uz-termez-hub): GUIDELINES.md counts places inside
  // bodies' names; a town before a capitalized word is otherwise taken for
  // a given name, and still is in news ("Magna International").
  EXPECT_EQ(Summary("customs officers from Surkhandarya region met at the Termez Cargo Centre "
                    "on the border with Afghanistan."),
            (Strings{"Surkhandarya region/UZ", "Termez/UZ", "Afghanistan/AF"}));
  EXPECT_EQ(Summary("said David Campese of the Sydney club"), (Strings{"Sydney/AU"}));
}

TEST_F(LocationsTest, APlaceNamingALocalGovernmentOrAPublicBody) {
  // tests/data/releases-blind2 (kz-shymkent-donors-youth, uz-namangan-
  // mahalla-unodc): a region's akimat or khokimiyat and an agency named
  // after a country keep their place in a focus document; a company's
  // ("Singapore Airlines") does not, nor anything outside the focus region.
  EXPECT_EQ(Summary("officials of the Akimat of Shymkent and the Turkistan Regional Akimat met "
                    "the Andijan Regional Khokimiyat"),
            (Strings{"Shymkent/KZ", "Turkistan/KZ", "Andijan/UZ"}));
  EXPECT_EQ(Summary("Almaty, 3 March 2025 - in Shymkent the Japan International Cooperation "
                    "Agency (JICA) and Singapore Airlines"),
            (Strings{"Almaty/KZ", "Shymkent/KZ", "Japan/JP"}));
  EXPECT_EQ(Summary("the Japan International Cooperation Agency said on Tuesday"), Strings{});
}

TEST_F(LocationsTest, ALabelOnTheNextLineIsNoSurname) {
  // tests/data/releases-blind2 (kg-bishkek-unesco-notes): a contacts block.
  EXPECT_EQ(Summary("Aida Sultanova, National Communication Officer, OSCE Programme Office in "
                    "Bishkek\nTel.: +996 312 66 50 15\nNurlan Toktomushev, UNESCO Almaty Cluster "
                    "Office\nPhone: +7 727 258 26 43"),
            (Strings{"Bishkek/KG", "Almaty/KZ"}));
}

TEST_F(LocationsTest, NamesListedBeforeAPluralDistrictsInAFocusDocument) {
  // tests/data/releases: each name of the list is a district, the plural
  // type word joins none; known names keep their place.
  EXPECT_EQ(Summary("Jalal-Abad, 30 November 2022 - 24 inspectors from Aksy, Nooken and Suzak "
                    "districts took part."),
            (Strings{"Jalal-Abad/KG", "Aksy/KG", "Nooken/KG", "Suzak/KG"}));
  EXPECT_EQ(Summary("Khujand, 12 April 2024 - teachers from Isfara, Konibodom and the Jabbor "
                    "Rasulov and Bobojon Gafurov districts."),
            (Strings{"Khujand/TJ", "Isfara/TJ", "Konibodom/TJ", "Jabbor Rasulov/TJ",
                     "Bobojon Gafurov/TJ"}));
  // One name is no list; outside the focus region nothing is added
  // (CoNLL-2003 and Reuters-21578 style).
  EXPECT_EQ(Summary("Dushanbe and Khujand: the Rudaki districts."),
            (Strings{"Dushanbe/TJ", "Khujand/TJ"}));
  EXPECT_EQ(Summary("delegation, which visited the Anglo and Ketu districts last week"), Strings{});
}

TEST_F(LocationsTest, EnglishNamesOfTajikAndAfghanRegions) {
  // tests/data/releases: regions whose ISO 3166-2 names are spelt otherwise.
  EXPECT_EQ(Summary("12 jamoats in Khatlon region and the Districts of Republican Subordination"),
            (Strings{"Khatlon region/TJ", "Districts of Republican Subordination/TJ"}));
  EXPECT_EQ(Summary("the situation in Balkh, Jawzjan and Faryab provinces"),
            (Strings{"Balkh/AF", "Jawzjan/AF", "Faryab/AF"}));
}

TEST_F(LocationsTest, AnInstitutionsHeadWordIsNoTown) {
  // tests/data/releases: "University" (a town in Florida) heads the name
  // after a place; the place before it stays a place (GUIDELINES.md).
  EXPECT_EQ(Summary("Mohammad Naeem Haqmal, a researcher from Herat University, said"),
            (Strings{"Herat/AF"}));
  // A town of that name elsewhere is still a town.
  EXPECT_EQ(Summary("The store in University, Florida, closed."),
            (Strings{"University/US", "Florida/US"}));
}

TEST_F(LocationsTest, SeasStraitsRiversAndSeatsOfGovernment) {
  // CoNLL-2003 train: water is a place; its country only when it lies in one.
  EXPECT_EQ(Summary("The yacht was found drifting in the Atlantic Ocean ."),
            (Strings{"Atlantic Ocean/"}));
  EXPECT_EQ(Summary("Iran holds exercises near the Strait of Hormuz and in the Gulf of Oman ."),
            (Strings{"Iran/IR", "Strait of Hormuz/", "Gulf of Oman/"}));
  EXPECT_EQ(Summary("Ukraine and Russia argue over the Black Sea fleet ."),
            (Strings{"Ukraine/UA", "Russia/RU", "Black Sea/"}));
  // A Central Asian release style sentence; the river lies in two countries.
  EXPECT_EQ(Summary("the bridge over the Amu Darya at Termez"),
            (Strings{"Amu Darya/", "Termez/UZ"}));
  // "the Kremlin said" names the seat of Russia's government.
  EXPECT_EQ(Summary("The Kremlin said on Friday the talks would go on ."), (Strings{"Kremlin/RU"}));
  // A bare "Amazon" or "Atlantic" names companies as often: not taken.
  EXPECT_EQ(Summary("Atlantic Richfield Co said it sold the unit ."), Strings{});
}

TEST_F(LocationsTest, AirportsRegionsAndHyphenatedTownNames) {
  // CoNLL-2003 train and Reuters-21578.
  EXPECT_EQ(Summary("BAA runs London 's Heathrow and Gatwick airports ."),
            (Strings{"London/GB", "Heathrow/GB", "Gatwick/GB"}));
  EXPECT_EQ(Summary("Courtney Walsh ( West Indies ) 309 , 82"), (Strings{"West Indies/"}));
  EXPECT_EQ(Summary("Israel captured the Golan Heights in 1967 ."),
            (Strings{"Israel/IL", "Golan Heights/SY"}));
  // A lower-case word hyphenated on both sides inside a known name (the
  // county side after it is a team, no place).
  EXPECT_EQ(Summary("At Weston-super-Mare : Durham 326 ( D. Cox 95 not out ) ."),
            (Strings{"Weston-super-Mare/GB"}));
  // Not a capitalized word before a known one: "Super Apex fares".
  EXPECT_EQ(Summary("cut the price of its peak-season Super Apex fares from New York"),
            (Strings{"New York/US"}));
}

TEST_F(LocationsTest, AnUnknownNameBeforeALowerCaseProvinceCountyOrVillage) {
  // CoNLL-2003 dev and train: the type word stays out of the span outside
  // the focus region; a name with its particles is kept whole.
  EXPECT_EQ(Summary("A group of farmers in Huize county in the southwestern province of Yunnan ."),
            (Strings{"Huize/CN", "Yunnan/CN"}));
  EXPECT_EQ(Summary("Police in Egypt arrested the militants in the eastern Sharqiyah province ."),
            (Strings{"Egypt/EG", "Sharqiyah/EG"}));
  EXPECT_EQ(Summary("A fire broke out in al-Daih village , five km west of Manama ."),
            (Strings{"al-Daih/BH", "Manama/BH"}));
  EXPECT_EQ(Summary("Libyan jets hit rebel strongholds in the mountainous Jebel al-Akhdar region ."),
            (Strings{"Jebel al-Akhdar/"}));
  // Not a people's adjective, a sentence's preposition, or a type that is
  // an attribute of the noun after it (Reuters-21578).
  EXPECT_EQ(Summary("Fighting spread to a Moslem village and the Kurdish region ."), Strings{});
  EXPECT_EQ(Summary("By region, Britain contributed 30 pct."), (Strings{"Britain/GB"}));
  EXPECT_EQ(Summary("They should get in touch with the FmHA county office as soon as possible."),
            Strings{});
}

TEST_F(LocationsTest, PlacesOfWorshipCheckpointsAndPortsNameTheirPlace) {
  // CoNLL-2003 dev.
  EXPECT_EQ(Summary("answering the call to worship at Jerusalem 's al-Aqsa mosque on Friday"),
            (Strings{"Jerusalem/IL", "al-Aqsa/IL"}));
  EXPECT_EQ(Summary("Cars made in South Korea arrived at Jakarta 's Tanjung Priok port ."),
            (Strings{"South Korea/KR", "Jakarta/ID", "Tanjung Priok/ID"}));
  // tests/data/releases: a border crossing.
  EXPECT_EQ(Summary("travellers through the Fotehobod crossing point on the border with "
                    "Uzbekistan"),
            (Strings{"Fotehobod/UZ", "Uzbekistan/UZ"}));
  // Not a faith's adjective, an attribute of the noun after it, nor a
  // capitalized body's name (Reuters-21578).
  EXPECT_EQ(Summary("the Catholic church and a Sunni mosque in Lebanon"), (Strings{"Lebanon/LB"}));
  EXPECT_EQ(Summary("A Rio port spokesman said the halt would end ."), (Strings{}));
  EXPECT_EQ(Summary("Sun Myung Moon 's Unification Church paid him ."), Strings{});
}

TEST_F(LocationsTest, AStatesOfficerAfterItsName) {
  // Reuters-21578 and CoNLL-2003 train: an office after a state keeps it a
  // place; a company's name after one does not ("Texas Instruments").
  EXPECT_EQ(Summary("as requested by Wisconsin Governor Tommy Thompson ."),
            (Strings{"Wisconsin/US"}));
  EXPECT_EQ(Summary("organizers prevented then Pennsylvania Gov .\nRobert Casey from speaking"),
            (Strings{"Pennsylvania/US"}));
  EXPECT_EQ(Summary("Ontario Premier David Peterson commented ."), (Strings{"Ontario/CA"}));
  EXPECT_EQ(Summary("Texas Instruments Inc said profits rose ."), Strings{});
  // Not a town's name opening a body's, nor "Sen" without its dot.
  EXPECT_EQ(Summary("Union Secretary Sam Jennings said so ."), Strings{});
  EXPECT_EQ(Summary("Prince Norodom Ranariddh and Hun Sen agreed ."), Strings{});
}

TEST_F(LocationsTest, AMonthBeforeATownMakesItNoSurname) {
  // CoNLL-2003 dev (testa-0035): "August Chicago NAPM" is no person named
  // Chicago, so the city's other mentions stay places.
  EXPECT_EQ(Summary("the NAPM index for the Chicago area , traders said .\nThe August Chicago "
                    "NAPM rose 8.8 points ."),
            (Strings{"Chicago/US", "Chicago/US"}));
}

TEST_F(LocationsTest, RussianAndSovietEraSpellingsOfCentralAsianTowns) {
  // Hand-written in the style of the releases (tests/data/releases-blind
  // has Aktyubinsk, Guryev, Tashauz): older or Russian spellings English
  // texts still use.
  EXPECT_EQ(Summary("Trainers from Dzhalal-Abad and Przhevalsk, and from Leninabad (now Khujand), "
                    "met in Andizhan."),
            (Strings{"Dzhalal-Abad/KG", "Przhevalsk/KG", "Leninabad/TJ", "Khujand/TJ",
                     "Andizhan/UZ"}));
}

TEST_F(LocationsTest, ADatelinesNameMayOpenWithItsArticle) {
  // CoNLL-2003 dev: a town the gazetteer spells otherwise (A Coruna).
  EXPECT_EQ(Summary("SOCCER - REAL SCRAPE 1-1 DRAW .\nLA CORUNA , Spain 1996-08-31\nA late goal ."),
            (Strings{"LA CORUNA/ES", "Spain/ES"}));
}

// tests/data/releases-blind6 (kz-astana-eu-consortium-prisons): in a
// release about Central Asia a small town abroad opening a body's name is a
// word of the name (Penal, Trinidad), a town of the region its seat.
TEST_F(LocationsTest, ASmallTownAbroadOpeningABodysNameIsNoPlace) {
  EXPECT_EQ(Summary("Astana, 22 January 2026 - The project will cover Karaganda and Pavlodar. It "
                    "is implemented by Penal Reform International and the Osh Youth Centre."),
            (Strings{"Astana/KZ", "Karaganda/KZ", "Pavlodar/KZ", "Osh/KG"}));
  // uz-termez-unama-cross-border-youth: Hairatan lies in Afghanistan.
  EXPECT_EQ(Summary("Goods crossing between Termez and Hairatan have grown, Surkhandarya region "
                    "officials said."),
            (Strings{"Termez/UZ", "Hairatan/AF", "Surkhandarya region/UZ"}));
}

TEST_F(LocationsTest, APluralPlaceTypeAndOfIntroducesAListOfNames) {
  // CoNLL-2003 dev: towns the gazetteer does not know, listed after "towns of".
  EXPECT_EQ(Summary("coming to work in the mining towns of Barentsburg and Pyramiden in "
                    "Norway ."),
            (Strings{"Barentsburg/NO", "Pyramiden/NO", "Norway/NO"}));
  // Three names with commas; a known town keeps its own reading.
  EXPECT_EQ(Summary("Iraqi troops shelled the villages of Hasanabad , Kalata and Qasr-e Shirin "
                    "in Iran ."),
            (Strings{"Hasanabad/IR", "Kalata/IR", "Qasr-e Shirin/IR", "Iran/IR"}));
  // The list ends at a word that opens no name.
  EXPECT_EQ(Summary("the towns of Pyramiden and The rest of Norway"),
            (Strings{"Pyramiden/NO", "Norway/NO"}));
}

TEST_F(LocationsTest, ACountryInCapitalsLabellingADigestLine) {
  // CoNLL-2003 dev (bond market digest): the label is a place; an all-caps
  // word in ordinary text still needs to be a short country code.
  EXPECT_EQ(Summary("This is how major world bond markets were trading on Friday .\n"
                    "GERMANY - Bunds extended losses , flirting with session lows .\n"
                    "BRITAIN - Gilts fell ."),
            (Strings{"GERMANY/DE", "BRITAIN/GB"}));
  EXPECT_EQ(Summary("Traders said GERMANY was quiet and the UK market fell ."), (Strings{"UK/GB"}));
  EXPECT_EQ(Summary("GERMANY-based funds bought ."), Strings{});
}

TEST_F(LocationsTest, CountriesInCapitalsHeadingANewsletterSection) {
  // tests/data/releases-blind18 (a quarterly newsletter): a section head in
  // capitals before " | ", also two countries joined by "and"; capitals in
  // a line's ordinary text stay no place.
  EXPECT_EQ(Summary("Youth newsletter, issue 9\n\nKAZAKHSTAN | Podcasts against online hate\n"
                    "Teenagers recorded podcasts.\n\nTAJIKISTAN and TURKMENISTAN | In brief\n"
                    "Two centres opened."),
            (Strings{"KAZAKHSTAN/KZ", "TAJIKISTAN/TJ", "TURKMENISTAN/TM"}));
  EXPECT_EQ(Summary("Youth newsletter, issue 9\nNews from TAJIKISTAN and TURKMENISTAN | In brief\n"),
            Strings{});
}

TEST_F(LocationsTest, TurkmenSpellingsAndVariantNamesOfTheEighteenthBlindSet) {
  // tests/data/releases-blind18: Turkmen Latin unit words, the possessive
  // forms that follow a name ("welaýaty", "etraby"), and names GeoNames
  // spells otherwise or lacks (curated-places.tsv).
  EXPECT_EQ(Summary("In Lebap welaýaty and in Görogly etraby of Daşoguz welaýaty, and in Köneürgenç, "
                    "volunteers visit schools."),
            (Strings{"Lebap welaýaty/TM", "Görogly etraby/TM", "Daşoguz welaýaty/TM",
                     "Köneürgenç/TM"}));
  EXPECT_EQ(Summary("Young men come home from Ekaterinburg, Novosibirsk and Moscow."),
            (Strings{"Ekaterinburg/RU", "Novosibirsk/RU", "Moscow/RU"}));
  EXPECT_EQ(Summary("Traffic through Hairatan and Sher Khan Bandar has grown since 2023."),
            (Strings{"Hairatan/AF", "Sher Khan Bandar/AF"}));
  EXPECT_EQ(Summary("with travel to Bayan-Ölgii and Khovd aimags; the Pankisi Gorge in Georgia"),
            (Strings{"Bayan-Ölgii/MN", "Khovd/MN", "Pankisi Gorge/GE", "Georgia/GE"}));
}

TEST_F(LocationsTest, KazakhstansRegionsOf2022AndTheCapitalsFormerNames) {
  // tests/data/releases-blind19: Zhetisu region in its common English
  // spelling and as Jetisu, and Akmolinsk, Astana's name until 1961, are
  // curated names; the unit word after the region stays in its span.
  EXPECT_EQ(Summary("Taldykorgan became the centre of Zhetisu region, also spelled Jetisu. The "
                    "capital was Akmolinsk until 1961 and Tselinograd until 1992."),
            (Strings{"Taldykorgan/KZ", "Zhetisu region/KZ", "Jetisu/KZ", "Akmolinsk/KZ",
                     "Tselinograd/KZ"}));
}

TEST_F(LocationsTest, UzbekLatinSpellingsReservoirsAndBorderTowns) {
  // tests/data/releases-blind20: Uzbek Latin names written with the modifier
  // letter U+02BB were unknown words ("Margʻilon", "Oʻzbekiston"), as were
  // "Termiz", Taxila, the basin's reservoirs, Jirgatol and Komsomolobod in
  // Rasht, Chorkuh; Kadamjay was put in Tajikistan.
  EXPECT_EQ(Summary("Ms. Shoira G'afurova, a native of Marg\u02BBilon, has served in Islamabad "
                    "since 2023. Students from Pakistan study in O\u02BBzbekiston."),
            (Strings{"Marg\u02BBilon/UZ", "Islamabad/PK", "Pakistan/PK",
                     "O\u02BBzbekiston/UZ"}));
  EXPECT_EQ(Summary("a round table on the shared Buddhist heritage of Termiz and Taxila"),
            (Strings{"Termiz/UZ", "Taxila/PK"}));
  // Qosh Tepa, the Jowzjan district the canal from the Amu Darya is named
  // after, with a lower-case "canal" outside.
  EXPECT_EQ(Summary("Rahimi spoke about the Qosh Tepa canal in northern Afghanistan."),
            (Strings{"Qosh Tepa/AF", "Afghanistan/AF"}));
  EXPECT_EQ(Summary("The Kyrgyz Republic will release water from Toktogul Reservoir, and "
                    "Tajikistan will keep the level of the Kairakkum Reservoir above the "
                    "minimum, with a flow at the Shardara Reservoir in Kazakhstan."),
            (Strings{"Kyrgyz Republic/KG", "Toktogul Reservoir/KG", "Tajikistan/TJ",
                     "Kairakkum Reservoir/TJ", "Shardara Reservoir/KZ", "Kazakhstan/KZ"}));
  EXPECT_EQ(Summary("Landslides blocked the Dushanbe\u2013Jirgatol road; police let relief "
                    "vehicles through the checkpoints at Komsomolobod."),
            (Strings{"Dushanbe/TJ", "Jirgatol/TJ", "Komsomolobod/TJ"}));
  EXPECT_EQ(Summary("In Isfara and Kadamjay, each team will have players from both towns; "
                    "the council in Chorkuh met in May."),
            (Strings{"Isfara/TJ", "Kadamjay/KG", "Chorkuh/TJ"}));
}

TEST_F(LocationsTest, ANameAfterNamedAfterIsNoPlace) {
  // tests/data/releases-blind20: a university named after a scholar whose
  // name a Tajik district also bears gave the place "Bobojon Gafurov"; the
  // university's town stays a place.
  EXPECT_EQ(Summary("The Department of Music Education of Khujand State University named after "
                    "Bobojon Gafurov arranges the concerts in Isfara."),
            (Strings{"Khujand/TJ", "Isfara/TJ"}));
}

TEST_F(LocationsTest, ANaturalFeatureTakesNoWeakTypeWord) {
  // tests/data/releases-blind20: "the Aral Sea region" is the region around
  // the sea, whose name is "Aral Sea"; "region" joined its span in a
  // document about Central Asia (the second), where a lower-case weak type
  // joins a name, and a unit's name keeps it.
  EXPECT_EQ(Summary("CAREC will present a study on the Aral Sea region and on the reservoirs of "
                    "the Fergana Valley at the conference in Dushanbe."),
            (Strings{"Aral Sea/", "Fergana Valley/", "Dushanbe/TJ"}));
  EXPECT_EQ(Summary("Farmers in the Aral Sea region and in Naryn region of Kyrgyzstan met."),
            (Strings{"Aral Sea/", "Naryn region/KG", "Kyrgyzstan/KG"}));
}

TEST_F(LocationsTest, APlaceOpeningAResearchBodysLongName) {
  // tests/data/releases-blind20 (speakers' affiliations): the head of
  // "Stockholm International Peace Research Institute" lies four words after
  // the city, one beyond the reach that keeps a place opening a public
  // body's name, so "Stockholm" was lost.
  EXPECT_EQ(Summary("Speakers: Jonas Lindqvist (Stockholm International Peace Research "
                    "Institute); Meerim Abdykadyrova (Osh); Ilhom Sharipov (Dushanbe)."),
            (Strings{"Stockholm/SE", "Osh/KG", "Dushanbe/TJ"}));
}

TEST_F(LocationsTest, AnUnknownReservoirIsAPlace) {
  // tests/data/releases-blind20 named the basin's large reservoirs (now
  // curated); a smaller one the gazetteer lacks is a place by its feature
  // word, capitalized after "the" (inside the span) or in lower case after
  // the name (outside), as a river is.
  EXPECT_EQ(Summary("Water was released from the Kasansay Reservoir and the Papan reservoir in "
                    "Osh region, and from the Ortotokoy Reservoir near Kochkor."),
            (Strings{"Kasansay Reservoir/KG", "Papan/KG", "Osh region/KG",
                     "Ortotokoy Reservoir/KG", "Kochkor/KG"}));
}

TEST_F(LocationsTest, AUnitWordFollowsANameIntroducedByAPluralType) {
  // tests/data/releases-blind19: after "villages of", an unknown district's
  // name keeps the unit word after it, as a known name does ("Ayagoz
  // district"); before the fix the span stopped at "Leilek".
  EXPECT_EQ(Summary("Teams from Bishkek and Osh could not reach two villages of Leilek district "
                    "after heavy snow."),
            (Strings{"Bishkek/KG", "Osh/KG", "Leilek district/KG"}));
  EXPECT_EQ(Summary("It will work in Zharkent, Tekeli and the villages of Panfilov district near "
                    "the border with China, and in Ayagoz district."),
            (Strings{"Zharkent/KZ", "Tekeli/KZ", "Panfilov district/KZ", "China/CN",
                     "Ayagoz district/KZ"}));
}

TEST_F(LocationsTest, ATypeWordAfterARelationPrefixIsNoUnit) {
  // tests/data/releases-blind19: "Inter-District" in a Kazakh court's name
  // is an adjective; in a Central Asian document the capitalized words
  // before its "District" were taken for an unknown district.
  EXPECT_EQ(Summary("Press Service of the Specialized Inter-District Criminal Court of Astana\n\n"
                    "ASTANA, 14 April 2026 – The court heard three residents of Karaganda region."),
            (Strings{"Astana/KZ", "ASTANA/KZ", "Karaganda region/KZ"}));
}

TEST_F(LocationsTest, ATownsNameOwnedByPeopleHeadsABody) {
  // tests/data/releases-blind18: "Union" (a town in New Jersey) after
  // "Women's" is the head of the Women's Union, glued or tokenized apart;
  // the town stays a place elsewhere.
  EXPECT_EQ(Summary("Aygul Hojamyradowa of the Women's Union spoke. Officials of the Women 's "
                    "Union came from Union, New Jersey."),
            (Strings{"Union/US", "New Jersey/US"}));
}

TEST_F(LocationsTest, ASeasonBeforeAYearIsNoPlaceAndAimagsAreProvinces) {
  // tests/data/releases-blind18: a timeline's "Spring 2024 -" is a date,
  // not Spring, Texas (a place still before a comma); "aimag" is Mongolia's
  // province, a place-type word, its plural a list.
  EXPECT_EQ(Summary("Timeline\nSpring 2024 – The officers met near Mary, in Turkmenistan.\n"
                    "He moved to Spring, Texas in 2019."),
            (Strings{"Mary/TM", "Turkmenistan/TM", "Spring/US", "Texas/US"}));
  EXPECT_EQ(Summary("The Governor's Office of Bayan-Ölgii Aimag sent staff to Bayan-Ölgii and "
                    "Khovd aimags."),
            (Strings{"Bayan-Ölgii Aimag/MN", "Bayan-Ölgii/MN", "Khovd/MN"}));
}

TEST_F(LocationsTest, ACurrencySignAfterACountryCodeIsNoPlace) {
  // CoNLL-2003 train: "HK$", "US$" are money; "NZ" alone is New Zealand.
  EXPECT_EQ(Summary("a bribe of HK$ 100,000 ( US$ 12,940 ) to issue a Thai passport"),
            (Strings{}));
  EXPECT_EQ(Summary("NZ motorist 's arrest brings free flight to Tonga ."),
            (Strings{"NZ/NZ", "Tonga/TO"}));
}

TEST_F(LocationsTest, AnAppositionNamingAnUnknownPlace) {
  // tests/data/releases-blind14 (kg-batken-undp-beneficiary-baker-story): a
  // village the gazetteer lacks, named by ", a village in <place>", lies in
  // that place's country; a person's apposition names no place.
  EXPECT_EQ(Summary("shaping dough in the small bakery she runs in Kara-Bulak, a village in "
                    "Batken district."),
            (Strings{"Kara-Bulak/KG", "Batken/KG"}));
  EXPECT_EQ(Summary("She grew up in Kara-Bulak, a small village in Batken district"),
            (Strings{"Kara-Bulak/KG", "Batken/KG"}));
  EXPECT_EQ(Summary("said Aijamal Toktosunova, a baker in Batken district."),
            (Strings{"Batken/KG"}));
}

TEST_F(LocationsTest, ANumberWordOpeningAQuotationIsNoPlace) {
  // tests/data/releases-blind14 (kg-osh-unodc-youth-football-arts-festival):
  // "One" before a lower-case "valley" counts it, it names no valley.
  EXPECT_EQ(Summary("Twelve groups painted murals on the theme \"One valley, one future\" on the "
                    "walls of School No. 5 in Osh."),
            (Strings{"Osh/KG"}));
}

TEST_F(LocationsTest, ATownListedByCommasBetweenTwoKnownTowns) {
  // tests/data/releases-blind14 (tj-panji-poyon-undp-afghan-border-traders):
  // a town GeoNames lacks, listed between two of one country, is of theirs.
  EXPECT_EQ(Summary("Since August 2021, trade at the four cross-border markets in Ishkashim, "
                    "Tem, Ruzvai and Darvoz has fallen by more than half."),
            (Strings{"Ishkashim/TJ", "Tem/TJ", "Ruzvai/TJ", "Darvoz/TJ"}));
}

TEST_F(LocationsTest, AWordAfterInClosingASentenceInAFocusDocument) {
  // tests/data/releases-blind14 (kg-batken-undp-beneficiary-baker-story):
  // a town GeoNames lacks, after "in" at a sentence's end; a title-case
  // run's "in" names no place (tests/data/releases, uz-fergana-prisons).
  EXPECT_EQ(Summary("Bakyt came back to Osh in March 2024. Since 2022, the programme has "
                    "supported 310 young people in 42 villages of Batken oblast and Leilek "
                    "district. In September, it will open in Kadamjay."),
            (Strings{"Osh/KG", "Batken oblast/KG", "Leilek district/KG", "Kadamjay/KG"}));
  EXPECT_EQ(Summary("Officials from Osh and Batken joined the UNODC Global Programme on "
                    "Preventing Violent Extremism in Prisons. A guide was published in Kyrgyz."),
            (Strings{"Osh/KG", "Batken/KG"}));
  // Only after a word that sets something in a place: a language, a body,
  // a faith or a product closes such sentences too.
  EXPECT_EQ(Summary("Imams from Osh and Batken met in Bishkek. The guide is published in Dari. "
                    "The law was adopted in Parliament. They discussed values in Islam. The "
                    "reform remains in Progress. Results came in Zoom."),
            (Strings{"Osh/KG", "Batken/KG", "Bishkek/KG"}));
  // Found again there, a name keeps the country of its first mention
  // (tests/data/releases-blind9, tj-isfara-unrcca-border-villages-community-security).
  EXPECT_EQ(Summary("Villages on both sides of the border, among them Vorukh, Chorkuh and Surkh "
                    "in Tajikistan and Ak-Sai in Kyrgyzstan, took part. \"For years we drew "
                    "water from the same canal,\" said the head of the women's council in "
                    "Chorkuh."),
            (Strings{"Vorukh/TJ", "Chorkuh/TJ", "Surkh/TJ", "Tajikistan/TJ", "Ak-Sai/KG",
                     "Kyrgyzstan/KG", "Chorkuh/TJ"}));
}

TEST_F(LocationsTest, AnUnknownNameAfterPortOfTakesInATownsWord) {
  // tests/data/releases-blind14 (tj-panji-poyon-undp-afghan-border-traders):
  // "Bandar" alone is an Indonesian town; here it ends the port's name.
  EXPECT_EQ(Summary("traders from Imam Sahib and Dasht-e Archi districts were ready to use the "
                    "port of Sher Khan Bandar if customs procedures were simplified."),
            (Strings{"Imam Sahib/AF", "Dasht-e Archi/AF", "Sher Khan Bandar/AF"}));
}

TEST_F(LocationsTest, ANationsAdjectiveInTheSentenceGivesAnUnknownDistrictsCountry) {
  // tests/data/releases-blind14 (tj-panji-poyon-undp-afghan-border-traders):
  // in a text mostly about Afghan places, "the Tajik side" places the district.
  EXPECT_EQ(Summary("Traders came from Rustaq district in Takhar, from Kunduz and Balkh. On the "
                    "Tajik side, Nurali Sharifzoda, deputy chairman of Shamsiddin Shohin "
                    "district, proposed a joint calendar of market days."),
            (Strings{"Rustaq district/AF", "Takhar/AF", "Kunduz/AF", "Balkh/AF",
                     "Shamsiddin Shohin district/TJ"}));
}

TEST_F(LocationsTest, ATownsHallAndChamberOfCommerceKeepTheTown) {
  // tests/data/releases-blind14 (kg-osh-unodc-youth-football-arts-festival,
  // kg-batken-undp-beneficiary-baker-story): the place is the town, not
  // "Osh City", and a town opening a chamber's name stays a place.
  EXPECT_EQ(Summary("Teams from Uzgen and Aravan came to the festival, organized with the Osh "
                    "City Hall."),
            (Strings{"Uzgen/KG", "Aravan/KG", "Osh/KG"}));
  EXPECT_EQ(Summary("together with 14 other young women from Batken and Leilek districts. She "
                    "received a mentor from the Batken Chamber of Commerce."),
            (Strings{"Batken/KG", "Leilek/KG", "Batken/KG"}));
}

// tests/data/releases-blind21: a river's hyphenated name that opens with a
// function word ("At-Bashy"), one adjective after "the"; French country
// names from Debian iso-codes, also after an elided "d'".
TEST_F(LocationsTest, HyphenatedRiversAndFrenchCountryNames) {
  EXPECT_EQ(Summary("In Naryn, Kyrgyzstan, eight-year-old Aizirek walks to school along the "
                    "frozen At-Bashy River."),
            (Strings{"Naryn/KG", "Kyrgyzstan/KG", "At-Bashy River/KG"}));
  EXPECT_EQ(Summary("the media workshops the Institut français d'Ouzbékistan held in Nukus"),
            (Strings{"Ouzbékistan/UZ", "Nukus/UZ"}));
  EXPECT_EQ(Summary("des journalistes de l'Ouzbékistan et du Tadjikistan"),
            (Strings{"Ouzbékistan/UZ", "Tadjikistan/TJ"}));
  // After an elision only a country, and not inside a capitalized name
  // (Reuters-21578).
  EXPECT_EQ(Summary("<Banca d'America e d'Italia SpA>, in which it holds a stake; the bond "
                    "is led along with l'Union de Garantie et de Placement."),
            Strings{});
  // Translations English text uses as words or names are left out.
  EXPECT_EQ(Summary("Maurice met him at Christmas."), Strings{});
}

// tests/data/releases-blind21: a letterhead's country before the
// "Press release" label under it is a place, not a press's name.
TEST_F(LocationsTest, ALetterheadsCountryBeforePressRelease) {
  EXPECT_EQ(Summary("Ministry of Labour and Social Protection of the Population of the Republic "
                    "of Kazakhstan\nPress release\n\nAstana, 17 March 2026\n"),
            (Strings{"Republic of Kazakhstan/KZ", "Astana/KZ"}));
  EXPECT_EQ(Summary("He spoke at the Kazakhstan Press Club."), Strings{});
}

TEST(PhraseMatcherTest, LongestLeftmostAndPunctuationVariants) {
  const Normalizer normalizer;
  PhraseMatcher matcher;
  ASSERT_TRUE(matcher.Add(normalizer, "New York", 1));
  ASSERT_TRUE(matcher.Add(normalizer, "New York City", 2));
  ASSERT_TRUE(matcher.Add(normalizer, "York", 3));
  ASSERT_TRUE(matcher.Add(normalizer, "Issyk-Kul", 4));
  ASSERT_TRUE(matcher.Add(normalizer, "Georgia", 5));
  ASSERT_TRUE(matcher.Add(normalizer, "GEORGIA", 6));  // a homonym: same key
  EXPECT_FALSE(matcher.Add(normalizer, "  ,, ", 7));
  EXPECT_EQ(matcher.size(), 5u);

  const NormalizedText text =
      normalizer.Normalize("New York City, new york, York; ISSYK\u2013KUL and issyk kul. Georgia");
  const std::vector<Token> tokens = Tokenize(text.text);
  const std::vector<PhraseMatcher::Match> matches = matcher.FindAll(text.text, tokens);
  ASSERT_EQ(matches.size(), 6u);
  EXPECT_EQ(matches[0].payloads, (std::vector<std::uint32_t>{2}));
  EXPECT_EQ(matches[0].token_count, 3u);
  EXPECT_EQ(matches[1].payloads, (std::vector<std::uint32_t>{1}));
  EXPECT_EQ(matches[2].payloads, (std::vector<std::uint32_t>{3}));
  EXPECT_EQ(matches[3].payloads, (std::vector<std::uint32_t>{4}));
  EXPECT_EQ(matches[4].payloads, (std::vector<std::uint32_t>{4}));
  EXPECT_EQ(matches[5].payloads, (std::vector<std::uint32_t>{5, 6}));
  EXPECT_EQ(text.text.substr(matches[3].start, matches[3].end - matches[3].start), "issyk-kul");

  // A comma between tokens breaks a name.
  const NormalizedText split = normalizer.Normalize("New, York");
  const std::vector<PhraseMatcher::Match> split_matches =
      matcher.FindAll(split.text, Tokenize(split.text));
  ASSERT_EQ(split_matches.size(), 1u);
  EXPECT_EQ(split_matches[0].payloads, (std::vector<std::uint32_t>{3}));

  // The accept function can refuse the longest candidate.
  const NormalizedText refused = normalizer.Normalize("New York City");
  const std::vector<Token> refused_tokens = Tokenize(refused.text);
  const auto shorter = matcher.FindAll(
      refused.text, refused_tokens,
      [](std::size_t, std::size_t count, const std::vector<std::uint32_t>&) { return count < 3; });
  ASSERT_EQ(shorter.size(), 1u);
  EXPECT_EQ(shorter[0].payloads, (std::vector<std::uint32_t>{1}));

  EXPECT_NE(matcher.Lookup(PhraseKey(normalizer, "new  YORK")), nullptr);
  EXPECT_EQ(matcher.Lookup("new"), nullptr);  // a prefix, not a name
}

TEST(PhraseMatcherTest, TokenizeKeepsInnerApostrophesAndDropsPossessives) {
  const Normalizer normalizer;
  // A French elided "d'" or "l'" is a word of its own.
  EXPECT_EQ(PhraseKey(normalizer, "Côte d’Ivoire"), "côte d ivoire");
  EXPECT_EQ(PhraseKey(normalizer, "Institut français d'Ouzbékistan"),
            "institut français d ouzbékistan");
  EXPECT_EQ(PhraseKey(normalizer, "Qo'qon"), "qo'qon");
  EXPECT_EQ(PhraseKey(normalizer, "Kazakhstan’s"), "kazakhstan");
  EXPECT_EQ(PhraseKey(normalizer, "U.S."), "u s");
  EXPECT_TRUE(Tokenize("").empty());
}

TEST(GazetteerTest, MalformedLineNamesFileAndLine) {
  const Normalizer normalizer;
  testing::ScratchDir dir;
  const std::string good_places =
      "# comment\nAlmaty\tcity\tKZ\t1526384\t43.25\t76.92\t2000900\n";
  testing::WriteFile(dir / "curated-places.tsv", "Central Asia\tregion\t\n");
  testing::WriteFile(dir / "place-types.tsv", "oblast\tstrong\n");
  testing::WriteFile(dir / "places.tsv", good_places);
  EXPECT_NO_THROW(Gazetteer(dir.path(), normalizer));

  testing::WriteFile(dir / "places.tsv", good_places + "Bishkek\tcity\tkg\t1\t42\t74\t9\n");
  try {
    Gazetteer gazetteer(dir.path(), normalizer);
    FAIL() << "expected a RuleError";
  } catch (const RuleError& error) {
    EXPECT_NE(std::string(error.what()).find("places.tsv:3: bad country code 'kg'"),
              std::string::npos)
        << error.what();
  }
  testing::WriteFile(dir / "places.tsv", good_places + "Osh\ttown\tKG\t1\t40\t72\t9\n");
  EXPECT_THROW(Gazetteer(dir.path(), normalizer), RuleError);
  testing::WriteFile(dir / "places.tsv", good_places + "Osh\tcity\tKG\t1\t40\n");
  EXPECT_THROW(Gazetteer(dir.path(), normalizer), RuleError);
  testing::WriteFile(dir / "places.tsv", good_places + "Osh\tcity\tKG\t1\t400\t72\t9\n");
  EXPECT_THROW(Gazetteer(dir.path(), normalizer), RuleError);
  testing::WriteFile(dir / "places.tsv", good_places);
  testing::WriteFile(dir / "place-types.tsv", "oblast\tvery\n");
  EXPECT_THROW(Gazetteer(dir.path(), normalizer), RuleError);
  testing::WriteFile(dir / "place-types.tsv", "oblast\tstrong\n");
  testing::WriteFile(dir / "demonyms.tsv", "Kyrgyz\tKG\nDutch\tnl\n");
  try {
    Gazetteer gazetteer(dir.path(), normalizer);
    FAIL() << "expected a RuleError";
  } catch (const RuleError& error) {
    EXPECT_NE(std::string(error.what()).find("demonyms.tsv:2: 'nl' is no ISO alpha-2 code"),
              std::string::npos)
        << error.what();
  }
}

// The loader reads each file in one piece and checks the usual coordinate
// form by hand: CRLF lines, a last line without a newline, coordinates at
// and past the limits and the forms only std::from_chars reads must all be
// judged as before, with the right line in the message.
TEST(GazetteerTest, LinesAndCoordinatesAtTheEdges) {
  const Normalizer normalizer;
  testing::ScratchDir dir;
  testing::WriteFile(dir / "curated-places.tsv", "Central Asia\tregion\t\r\n");
  testing::WriteFile(dir / "place-types.tsv", "oblast\tstrong");
  const std::string head = "# comment\r\nAlmaty\tcity\tKZ\t1526384\t43.25\t76.92\t2000900\r\n\r\n";
  const auto loads = [&](const std::string& lat, const std::string& lon) {
    testing::WriteFile(dir / "places.tsv", head + "Osh\tcity\tKG\t1\t" + lat + "\t" + lon + "\t9");
    try {
      const Gazetteer gazetteer(dir.path(), normalizer);
      EXPECT_NE(gazetteer.names().Lookup("osh"), nullptr);
      EXPECT_EQ(gazetteer.places()[1].lat, lat);  // curated places come after
      return std::string("ok");
    } catch (const RuleError& error) {
      return std::string(error.what());
    }
  };
  EXPECT_EQ(loads("90", "-180"), "ok");
  EXPECT_EQ(loads("-90.000", "180.0"), "ok");
  EXPECT_EQ(loads("89.99999", "-0"), "ok");
  EXPECT_EQ(loads("1e1", "12."), "ok");  // forms std::from_chars reads
  EXPECT_EQ(loads("040", "-179.5"), "ok");
  const std::string too_far = loads("90.5", "10");
  EXPECT_NE(too_far.find("places.tsv:4: bad latitude '90.5'"), std::string::npos) << too_far;
  const std::string past = loads("10", "-180.01");
  EXPECT_NE(past.find("places.tsv:4: bad longitude '-180.01'"), std::string::npos) << past;
  EXPECT_NE(loads("10", "1x").find("bad longitude '1x'"), std::string::npos);
  EXPECT_NE(loads("-", "1").find("bad latitude '-'"), std::string::npos);
  EXPECT_EQ(loads("0090", "1"), "ok");
  EXPECT_NE(loads("0090.5", "1").find("bad latitude '0090.5'"), std::string::npos);
  EXPECT_NE(loads(".", "1").find("bad latitude '.'"), std::string::npos);
}

TEST(GazetteerTest, ShippedDataLoads) {
  const Normalizer normalizer;
  const Gazetteer gazetteer(testing::DataDir() / "gazetteer", normalizer);
  EXPECT_GT(gazetteer.places().size(), 20000u);
  EXPECT_NE(gazetteer.names().Lookup("central asia"), nullptr);
  EXPECT_TRUE(gazetteer.IsCommonWord("mobile"));
  // Demonyms from world-countries and the curated list, singular or plural.
  EXPECT_EQ(gazetteer.CountryOfDemonym("dutch"), "NL");
  EXPECT_EQ(gazetteer.CountryOfDemonym("thais"), "TH");
  EXPECT_EQ(gazetteer.CountryOfDemonym("south korean"), "KR");
  EXPECT_EQ(gazetteer.CountryOfDemonym("american"), "US");
  EXPECT_EQ(gazetteer.CountryOfDemonym("kyrgyz"), "KG");
  EXPECT_EQ(gazetteer.CountryOfDemonym("almaty"), "");
}

// tests/data/releases-blind23: an Arabic place name whose article is
// written in lower case and hyphen-joined ("al-Hol") was never looked up.
TEST_F(LocationsTest, AKnownPlaceAfterALowerCaseArticle) {
  EXPECT_EQ(Summary("Women were flown home from al-Hol camp through Qamishli."),
            (Strings{"al-Hol/SY", "Qamishli/SY"}));
  // Only a known name: an unknown one after "al-" is no place.
  EXPECT_EQ(Summary("He read it in the al-Wasat newspaper."), Strings{});
}

// tests/data/releases-blind25: Kazakhstan's places in the Kazakh Latin
// alphabets (2018 and 2021) were unknown, "Aqtóbe" even read as a person;
// Afghanistan's crossings Torkham and Islam Qala ("Islam Qala" a person),
// the Salang Pass, Mongolia's Zavkhan and Khövsgöl, Turkmen "Türkmenistan"
// and Nizhny Panj (curated-places.tsv).
TEST_F(LocationsTest, KazakhLatinSpellingsAndBorderCrossings) {
  EXPECT_EQ(Summary("Police academies from across Qazaqstan sent trainers to Qaraǵandy from "
                    "Aqtóbe, Atyraý, Abaı and Túrkistan regions; a lecturer from Aqtóbe spoke."),
            (Strings{"Qazaqstan/KZ", "Qaraǵandy/KZ", "Aqtóbe/KZ", "Atyraý/KZ", "Abaı/KZ",
                     "Túrkistan/KZ", "Aqtóbe/KZ"}));
  EXPECT_EQ(Summary("Courses were held in Qostanaı in 2023 and in Mańǵystaý and Aqtöbe in 2024."),
            (Strings{"Qostanaı/KZ", "Mańǵystaý/KZ", "Aqtöbe/KZ"}));
  EXPECT_EQ(Summary("Some 48,000 Afghans returned through the Torkham and Islam Qala crossings "
                    "after snow closed the Salang Pass."),
            (Strings{"Torkham/AF", "Islam Qala/AF", "Salang Pass/AF"}));
  EXPECT_EQ(Summary("Teams went to Zavkhan and Khövsgöl provinces; Türkmenistan will host the "
                    "meeting. Training follows at the Nizhny Panj border post."),
            (Strings{"Zavkhan/MN", "Khövsgöl/MN", "Türkmenistan/TM", "Nizhny Panj/TJ"}));
}

// tests/data/releases-blind25 (tj-dushanbe-dca): "the Panj river" with the
// kind in lower case read as the Tajik town; a district of that name stays.
TEST_F(LocationsTest, ATownsNameBeforeALowerCaseRiverIsTheRiver) {
  EXPECT_EQ(Summary("The troops made 46 seizures on the border with Afghanistan, most of them "
                    "along the Panj river in the Shamsiddin Shohin district."),
            (Strings{"Afghanistan/AF", "Panj/", "Shamsiddin Shohin district/TJ"}));
  EXPECT_EQ(Summary("Officials from Farkhor and Panj districts agreed to share information."),
            (Strings{"Farkhor/TJ", "Panj/TJ"}));
}

// tests/data/releases-blind25 (un-new-york-noon-briefing): "the Paris Pact
// partners" gave the place Paris. A place's name right before a capitalized
// Pact, Agreement, Protocol, Treaty, Process ... names the agreement
// (CoNLL-2003 train: "Lusaka Agreement", "Peking Protocol" are MISC); a
// lower-case "agreement" keeps the place.
TEST_F(LocationsTest, APlacesNameOpeningAnAgreementsIsNone) {
  EXPECT_EQ(Summary("He will brief on the meeting of the Paris Pact partners in Vienna."),
            (Strings{"Vienna/AT"}));
  EXPECT_EQ(Summary("The Lusaka Agreement was signed; the Kabul Process met in Tashkent."),
            (Strings{"Tashkent/UZ"}));
  EXPECT_EQ(Summary("The Paris agreement on climate was discussed in Paris Monday."),
            (Strings{"Paris/FR", "Paris/FR"}));
}

// tests/data/releases-blind24 (af-mazar-i-sharif-ocha): the gazetteer knew
// only Tajikistan's Ishkashim, not Afghanistan's across the Panj (GeoNames'
// Ashkasham, now an alias). With both readings the document's country votes
// choose: a release about Afghan provinces takes the Afghan town, one about
// Tajik places the Tajik town (releases-blind5, blind14 and others).
TEST_F(LocationsTest, IshkashimOnEitherSideOfTheBorder) {
  EXPECT_EQ(Summary("Rain washed away the road between Faizabad and Ishkashim district in "
                    "Badakhshan and damaged homes in Kunduz, Baghlan, Takhar and Balkh; the "
                    "Kabul office sent help from Mazar-i-Sharif, far from Khorog in "
                    "Tajikistan."),
            (Strings{"Faizabad/AF", "Ishkashim district/AF", "Badakhshan/AF", "Kunduz/AF",
                     "Baghlan/AF", "Takhar/AF", "Balkh/AF", "Kabul/AF", "Mazar-i-Sharif/AF",
                     "Khorog/TJ", "Tajikistan/TJ"}));
  EXPECT_EQ(Summary("Traders from Ishkashim, Khorog, Darvoz and Vanj in Tajikistan met traders "
                    "from Faizabad, Kunduz and Takhar in Afghanistan."),
            (Strings{"Ishkashim/TJ", "Khorog/TJ", "Darvoz/TJ", "Vanj/TJ", "Tajikistan/TJ",
                     "Faizabad/AF", "Kunduz/AF", "Takhar/AF", "Afghanistan/AF"}));
}

// tests/data/releases-blind24 (uz-tashkent-unodc-osce-regional-dialogue): the
// seat closing a research body's name ("Institute of Strategic Studies
// Islamabad") was taken for a surname after "Studies" and dropped; the
// gold marks it, as a place inside a body's name.
TEST_F(LocationsTest, ASeatAfterAResearchBodysLastWord) {
  EXPECT_EQ(Summary("- Dr. Muhammad Asif Qureshi, Senior Fellow, Institute of Strategic Studies "
                    "Islamabad\n- Ms Sadia Rehman Malik, UN Women Pakistan"),
            (Strings{"Islamabad/PK", "Pakistan/PK"}));
}

// tests/data/releases-blind24, blind6, blind4 and releases: in a release
// about the focus region a built facility is no place ("the Friendship
// Bridge between Hairatan and Termez"); the town it is named after is
// ("Ashgabat" of "Ashgabat International Airport"). Elsewhere (CoNLL-2003
// marks facilities as places) the facility's name stays.
TEST_F(LocationsTest, AFacilityInAFocusReleaseIsNoPlace) {
  EXPECT_EQ(Summary("UNHCR sent tents from Khorog. The Friendship Bridge between Hairatan and "
                    "Termez stayed open; returnees landed at Ashgabat International Airport."),
            (Strings{"Khorog/TJ", "Hairatan/AF", "Termez/UZ", "Ashgabat/TM"}));
  EXPECT_EQ(Summary("Crowds gathered in Tiananmen Square in Beijing."),
            (Strings{"Tiananmen Square/CN", "Beijing/CN"}));
}

}  // namespace
}  // namespace gleaner
