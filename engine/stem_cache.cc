// StemCache: a bounded, thread-safe memo in front of Xapian::Stem.
#include "engine/stem_cache.h"

#include <mutex>
#include <utility>

namespace gleaner {
namespace {

// The StemImplementation a StemCache hands out: its own plain stemmer for
// the words the memo does not hold yet.
class MemoizedStemmer : public Xapian::StemImplementation {
 public:
  explicit MemoizedStemmer(const StemCache& cache) : cache_(cache), stemmer_(cache.language()) {}

  std::string operator()(const std::string& word) override { return cache_.Stem(word, stemmer_); }

  std::string get_description() const override {
    return "memoized " + stemmer_.get_description();
  }

 private:
  const StemCache& cache_;
  const Xapian::Stem stemmer_;
};

}  // namespace

StemCache::StemCache(std::string language, std::size_t max_words)
    : language_(std::move(language)), max_words_(max_words) {
  Xapian::Stem check(language_);  // an unknown language throws here, not in a worker
}

Xapian::Stem StemCache::Stemmer() const { return Xapian::Stem(new MemoizedStemmer(*this)); }

std::optional<std::string> StemCache::Find(const std::string& word) const {
  std::shared_lock lock(mutex_);
  const auto found = stems_.find(word);
  if (found == stems_.end()) return std::nullopt;
  return found->second;
}

std::string StemCache::Stem(const std::string& word, const Xapian::Stem& stemmer) const {
  if (std::optional<std::string> known = Find(word)) return std::move(*known);
  std::string stem = stemmer(word);
  std::unique_lock lock(mutex_);
  if (stems_.size() < max_words_) stems_.emplace(word, stem);
  return stem;
}

std::size_t StemCache::size() const {
  std::shared_lock lock(mutex_);
  return stems_.size();
}

}  // namespace gleaner
