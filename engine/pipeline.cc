// RunInOrder: std::jthread workers claim item numbers under one mutex and
// mark them done; the calling thread waits for the next number in order.
#include "engine/pipeline.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace gleaner {

std::size_t DefaultWindow(std::size_t workers) { return 2 * workers + 2; }

void RunInOrder(std::size_t count, std::size_t workers, std::size_t window,
                const std::function<void(std::size_t)>& produce,
                const std::function<void(std::size_t)>& consume) {
  RunInOrder(count, workers, window, InFlightBudget{}, produce, consume);
}

void RunInOrder(std::size_t count, std::size_t workers, std::size_t window,
                const InFlightBudget& budget,
                const std::function<void(std::size_t)>& produce,
                const std::function<void(std::size_t)>& consume) {
  if (workers == 0) {
    for (std::size_t i = 0; i < count; ++i) {
      produce(i);
      consume(i);
    }
    return;
  }
  window = std::max(window, workers);
  std::mutex mutex;
  std::condition_variable changed;
  std::size_t next_to_claim = 0;
  std::size_t consumed = 0;
  std::vector<bool> produced(window, false);  // slot i % window: produce(i) has returned
  std::vector<std::uint64_t> weights(window, 0);  // slot i % window: weight of item i
  std::uint64_t waiting_weight = 0;               // of items produced, not yet consumed
  const auto within_budget = [&] {
    return !budget.weight || waiting_weight < budget.max_in_flight;
  };
  bool stop = false;
  std::exception_ptr failure;

  const auto fail = [&](std::exception_ptr error) {
    const std::lock_guard lock(mutex);
    if (!failure) failure = error;
    stop = true;
    changed.notify_all();
  };
  const auto work = [&] {
    std::unique_lock lock(mutex);
    for (;;) {
      changed.wait(lock, [&] {
        return stop || next_to_claim >= count ||
               (next_to_claim < consumed + window && within_budget());
      });
      if (stop || next_to_claim >= count) return;
      const std::size_t item = next_to_claim++;
      lock.unlock();
      std::uint64_t weight = 0;
      try {
        produce(item);
        if (budget.weight) weight = budget.weight(item);
      } catch (...) {
        fail(std::current_exception());
        return;
      }
      lock.lock();
      weights[item % window] = weight;
      waiting_weight += weight;
      produced[item % window] = true;
      changed.notify_all();
    }
  };
  {
    std::vector<std::jthread> threads;
    threads.reserve(workers);
    for (std::size_t t = 0; t < std::min(workers, count); ++t) threads.emplace_back(work);
    for (std::size_t i = 0; i < count; ++i) {
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return stop || produced[i % window]; });
        if (stop) break;
      }
      try {
        consume(i);
      } catch (...) {
        fail(std::current_exception());
        break;
      }
      const std::lock_guard lock(mutex);
      produced[i % window] = false;
      waiting_weight -= weights[i % window];
      ++consumed;
      changed.notify_all();
    }
  }  // joins the workers
  if (failure) std::rethrow_exception(failure);
}

}  // namespace gleaner
