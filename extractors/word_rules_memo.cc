// The per-thread memo of WordRules answers: each WordRules object that has
// regex rules keeps, in every thread that asks it, the answers it gave per
// word, so a word that recurs (in one document or across documents) costs
// one hash lookup instead of the literal filter and, rarely, RE2.
#include <atomic>
#include <cstdint>
#include <string_view>
#include <vector>

#include "extractors/rules.h"
#include "extractors/word_hash.h"

namespace gleaner {
namespace {

// Words longer than this are asked directly: long words seldom recur, and
// the memo's keys stay small.
constexpr std::size_t kMaxRememberedWordBytes = 32;
// A memo holding this many words starts over, so that memory stays bounded
// (about 1 MB per object and thread) however many distinct words a thread
// sees. Every 4th Reuters file (5,394 files) fills none of them.
constexpr std::size_t kMaxRememberedWords = std::size_t{1} << 14;

std::atomic<std::uint32_t> next_memo_id{1};

// Indexed by memo id: ids are small (one per WordRules built).
thread_local std::vector<WordMap<bool>> memos;

}  // namespace

std::uint32_t NewWordRulesMemoId() {
  return next_memo_id.fetch_add(1, std::memory_order_relaxed);
}

bool WordRules::MatchesRemembered(std::string_view word) const {
  if (word.size() > kMaxRememberedWordBytes || memo_id_ == 0) return MatchesUncached(word);
  if (memo_id_ >= memos.size()) memos.resize(memo_id_ + 1);
  WordMap<bool>& memo = memos[memo_id_];
  if (const auto found = memo.find(word); found != memo.end()) return found->second;
  const bool answer = MatchesUncached(word);
  if (memo.size() >= kMaxRememberedWords) memo.clear();
  memo.emplace(std::string(word), answer);
  return answer;
}

}  // namespace gleaner
