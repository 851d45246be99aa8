// RunInOrder: every item produced once and consumed in order on the calling
// thread, a bounded window, the in-flight weight budget, and errors that
// stop the run.
#include "engine/pipeline.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace gleaner {
namespace {

TEST(PipelineTest, ConsumesEveryItemInOrderOnTheCallingThread) {
  for (std::size_t workers : {0u, 1u, 2u, 4u}) {
    std::vector<int> produced(500, 0);
    std::vector<std::size_t> consumed;
    const std::thread::id caller = std::this_thread::get_id();
    bool consumer_on_caller = true;
    RunInOrder(
        produced.size(), workers, DefaultWindow(workers),
        [&](std::size_t i) { produced[i] += 1; },
        [&](std::size_t i) {
          consumed.push_back(i);
          consumer_on_caller = consumer_on_caller && std::this_thread::get_id() == caller;
        });
    ASSERT_EQ(consumed.size(), produced.size()) << workers << " workers";
    for (std::size_t i = 0; i < consumed.size(); ++i) {
      EXPECT_EQ(consumed[i], i);
      EXPECT_EQ(produced[i], 1);
    }
    EXPECT_TRUE(consumer_on_caller);
  }
}

// Items 5..24 are heavy (3 MB), the rest light (1 KB). The consumer stops at
// the first heavy item until 8 heavy items are held or 2 s have passed: without
// a budget the workers run ahead into the window of 16 and reach 8 at once;
// with a 1 MB budget, once a heavy item waits no new item starts, so at most
// one waiting plus one per worker are held, whatever the timing.
std::size_t MostHeavyItemsHeld(const InFlightBudget& budget) {
  const auto heavy = [](std::size_t i) { return i >= 5 && i < 25; };
  std::mutex mutex;
  std::condition_variable changed;
  std::size_t held = 0;
  std::size_t most_held = 0;
  RunInOrder(
      30, 3, 16, budget,
      [&](std::size_t i) {
        if (!heavy(i)) return;
        const std::lock_guard lock(mutex);
        most_held = std::max(most_held, ++held);
        changed.notify_all();
      },
      [&](std::size_t i) {
        std::unique_lock lock(mutex);
        if (i == 5) changed.wait_for(lock, std::chrono::seconds(2), [&] { return held >= 8; });
        if (heavy(i)) --held;
      });
  return most_held;
}

TEST(PipelineTest, BudgetBoundsTheWeightHeldAheadOfTheConsumer) {
  const auto weight = [](std::size_t i) -> std::uint64_t {
    return i >= 5 && i < 25 ? 3u << 20 : 1u << 10;
  };
  EXPECT_LE(MostHeavyItemsHeld(InFlightBudget{weight, 1u << 20}), 4u);
  EXPECT_GE(MostHeavyItemsHeld(InFlightBudget{}), 8u);
}

TEST(PipelineTest, AnItemHeavierThanTheBudgetStillRunsAlone) {
  std::vector<std::size_t> consumed;
  RunInOrder(
      5, 2, 6, InFlightBudget{[](std::size_t) -> std::uint64_t { return 100; }, 10},
      [](std::size_t) {}, [&](std::size_t i) { consumed.push_back(i); });
  EXPECT_EQ(consumed, (std::vector<std::size_t>{0, 1, 2, 3, 4}));
}

TEST(PipelineTest, AnErrorStopsTheRunAndIsRethrown) {
  std::atomic<std::size_t> produced = 0;
  EXPECT_THROW(RunInOrder(
                   10000, 2, 6,
                   [&](std::size_t i) {
                     ++produced;
                     if (i == 7) throw std::runtime_error("bad input");
                   },
                   [](std::size_t) {}),
               std::runtime_error);
  EXPECT_LT(produced.load(), 100u);
}

}  // namespace
}  // namespace gleaner
