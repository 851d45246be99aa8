// Runs numbered work items on a pool of threads while their results are
// consumed one by one, in item order, on the calling thread: the shape of
// ingest (many readers/analyzers, one index writer) and extract (parallel
// analysis, output in input order).
#ifndef GLEANER_ENGINE_PIPELINE_H_
#define GLEANER_ENGINE_PIPELINE_H_

#include <cstddef>
#include <cstdint>
#include <functional>

namespace gleaner {

// Calls produce(i) for every i in [0, count) on `workers` threads and
// consume(i) on the calling thread in ascending i, each consume(i) after its
// produce(i) has returned. At most `window` items are produced ahead of the
// consumer, so callers can keep results in a ring of `window` slots indexed
// by i % window and memory stays bounded however many items there are.
// With workers == 0 everything runs on the calling thread (produce(i) then
// consume(i)). An exception from either function stops the pool (items
// already started finish) and is rethrown here.
void RunInOrder(std::size_t count, std::size_t workers, std::size_t window,
                const std::function<void(std::size_t)>& produce,
                const std::function<void(std::size_t)>& consume);

// Memory bound for RunInOrder when items differ in size: weight(i), asked
// on a worker right after produce(i) returns, is what item i holds until it is
// consumed (for ingest, the text of the documents read). No new item is
// started while the items produced and not yet consumed weigh
// `max_in_flight` or more, so at most that plus one item per worker is held.
struct InFlightBudget {
  std::function<std::uint64_t(std::size_t)> weight;
  std::uint64_t max_in_flight = 0;
};

// RunInOrder with both limits: at most `window` items ahead and the budget.
void RunInOrder(std::size_t count, std::size_t workers, std::size_t window,
                const InFlightBudget& budget,
                const std::function<void(std::size_t)>& produce,
                const std::function<void(std::size_t)>& consume);

// The window RunInOrder callers use for `workers` threads: enough items in
// flight to keep every worker busy while one waits on the consumer.
std::size_t DefaultWindow(std::size_t workers);

}  // namespace gleaner

#endif  // GLEANER_ENGINE_PIPELINE_H_
