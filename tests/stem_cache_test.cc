// StemCache: the memo gives Xapian's own stems, stays within its bound, and
// serves several threads at once; index terms built through it are the
// plain stemmer's.
#include "engine/stem_cache.h"

#include <algorithm>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <xapian.h>

#include "engine/index.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

// The words of the seed releases, in order, as Xapian's tokenizer splits them.
std::vector<std::string> SeedWords() {
  std::vector<std::string> words;
  for (const auto& entry : std::filesystem::directory_iterator(testing::SeedsDir())) {
    if (entry.path().extension() != ".txt") continue;
    const std::string text = testing::ReadFileOrDie(entry.path());
    Xapian::Document doc;
    Xapian::TermGenerator generator;
    generator.set_document(doc);
    generator.index_text(text);
    for (auto term = doc.termlist_begin(); term != doc.termlist_end(); ++term) {
      words.push_back(*term);
    }
  }
  return words;
}

TEST(StemCache, GivesTheStemmersOwnStems) {
  const StemCache cache("english");
  const Xapian::Stem plain("english");
  Xapian::Stem memoized = cache.Stemmer();
  const std::vector<std::string> words = SeedWords();
  ASSERT_GT(words.size(), 500u);
  for (int pass = 0; pass < 2; ++pass) {  // the second pass answers from the memo
    for (const std::string& word : words) EXPECT_EQ(memoized(word), plain(word)) << word;
  }
  EXPECT_EQ(memoized("extremism"), "extrem");
  EXPECT_EQ(memoized("prevention"), "prevent");
  const std::set<std::string> distinct(words.begin(), words.end());
  EXPECT_EQ(cache.size(), distinct.size());  // each distinct word once
}

TEST(StemCache, HoldsNoMoreWordsThanItsBound) {
  const StemCache cache("english", 100);
  Xapian::Stem memoized = cache.Stemmer();
  const Xapian::Stem plain("english");
  for (const std::string& word : SeedWords()) EXPECT_EQ(memoized(word), plain(word));
  EXPECT_EQ(cache.size(), 100u);
}

TEST(StemCache, AnUnknownLanguageFailsAtConstruction) {
  EXPECT_THROW(StemCache("klingon"), Xapian::InvalidArgumentError);
}

TEST(StemCache, ServesThreadsAtOnce) {
  const StemCache cache("english");
  const std::vector<std::string> words = SeedWords();
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      Xapian::Stem memoized = cache.Stemmer();
      const Xapian::Stem plain("english");
      for (const std::string& word : words) mismatches[t] += memoized(word) != plain(word);
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int count : mismatches) EXPECT_EQ(count, 0);
}

TEST(StemCache, IndexTermsAreThoseOfThePlainStemmer) {
  const StemCache cache(std::string(schema::kStemLanguage));
  int with_extremism = 0;
  for (const auto& entry : std::filesystem::directory_iterator(testing::SeedsDir())) {
    if (entry.path().extension() != ".txt") continue;
    Document doc = testing::TextDocument(entry.path().stem().string(),
                                         testing::ReadFileOrDie(entry.path()));
    const Analysis analysis;
    const Xapian::Document plain = BuildXapianDocument(doc, analysis);
    const Xapian::Document memoized = BuildXapianDocument(doc, analysis, nullptr, &cache);
    std::vector<std::string> plain_terms(plain.termlist_begin(), plain.termlist_end());
    std::vector<std::string> memoized_terms(memoized.termlist_begin(), memoized.termlist_end());
    EXPECT_EQ(plain_terms, memoized_terms) << entry.path();
    with_extremism += std::count(memoized_terms.begin(), memoized_terms.end(), "Zextrem");
  }
  EXPECT_GE(with_extremism, 3);  // "extremism", "extremist" stemmed in several releases
}

}  // namespace
}  // namespace gleaner
