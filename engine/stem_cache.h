// A memo of a Xapian stemmer shared by the threads that build index terms.
//
// Xapian's Snowball stemmers cost about as much per word as everything else
// TermGenerator does with it, and news text repeats its words: the memo
// stems each distinct word once per run. Its Stemmer() plugs into
// Xapian::TermGenerator::set_stemmer, so the terms are exactly the
// stemmer's own (the QueryParser, which stems queries with the plain
// stemmer, finds them).
#ifndef GLEANER_ENGINE_STEM_CACHE_H_
#define GLEANER_ENGINE_STEM_CACHE_H_

#include <cstddef>
#include <optional>
#include <shared_mutex>
#include <string>

#include <boost/unordered/unordered_flat_map.hpp>
#include <xapian.h>

namespace gleaner {

class StemCache {
 public:
  // A memo of Xapian::Stem(language) holding at most `max_words` words
  // (later new words are stemmed each time: memory stays bounded on any
  // input). Throws Xapian::InvalidArgumentError for an unknown language.
  explicit StemCache(std::string language, std::size_t max_words = kDefaultMaxWords);
  StemCache(const StemCache&) = delete;
  StemCache& operator=(const StemCache&) = delete;

  // A stemmer for one thread's use that answers from this memo (which
  // must outlive it). A Xapian::Stem's reference count is not atomic, so
  // each thread takes its own; the memo itself is safe to share.
  Xapian::Stem Stemmer() const;

  // The stem of `word`, from the memo when it holds the word; else from
  // `stemmer` (a Xapian::Stem of the cache's language, owned by the
  // calling thread), remembered while there is room.
  std::string Stem(const std::string& word, const Xapian::Stem& stemmer) const;

  const std::string& language() const { return language_; }
  std::size_t size() const;

  // Some 100,000 words: the vocabulary of years of news, a few MB.
  static constexpr std::size_t kDefaultMaxWords = 1u << 17;

 private:
  std::optional<std::string> Find(const std::string& word) const;

  const std::string language_;
  const std::size_t max_words_;
  mutable std::shared_mutex mutex_;
  mutable boost::unordered_flat_map<std::string, std::string> stems_;
};

}  // namespace gleaner

#endif  // GLEANER_ENGINE_STEM_CACHE_H_
