// gleaner-latency: runs a fixed list of queries against a built database,
// each with three facets (org, place, country) and the first page of ten
// results with snippets, and prints p50 / p95 / p99 latency in milliseconds:
// wall-clock time, and the process's CPU time per query, which stays
// meaningful on a machine shared with other jobs.
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "engine/search.h"

namespace {

double CpuMillis() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: gleaner-latency DB QUERIES.txt [ROUNDS]\n";
    return 2;
  }
  const int rounds = argc > 3 ? std::max(1, std::atoi(argv[3])) : 3;
  std::vector<std::string> queries;
  std::ifstream in(argv[2]);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') queries.push_back(line);
  }
  if (queries.empty()) {
    std::cerr << "gleaner-latency: " << argv[2] << ": no queries\n";
    return 2;
  }
  try {
    const gleaner::Searcher searcher(argv[1]);
    std::vector<double> millis;
    std::vector<double> cpu_millis;
    std::vector<std::pair<double, std::string>> slowest;  // per query, last round
    std::size_t failed = 0;
    for (int round = 0; round < rounds; ++round) {
      for (const std::string& query : queries) {
        gleaner::SearchRequest request;
        request.query = query;
        request.limit = 10;
        request.facets = {"org", "place", "country"};
        const auto start = std::chrono::steady_clock::now();
        const double cpu_start = CpuMillis();
        try {
          searcher.Search(request);
        } catch (const gleaner::QueryError& e) {
          if (round == 0) std::cerr << "gleaner-latency: " << e.what() << "\n";
          ++failed;
          continue;
        }
        const double elapsed =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count();
        millis.push_back(elapsed);
        cpu_millis.push_back(CpuMillis() - cpu_start);
        if (round == rounds - 1) slowest.emplace_back(elapsed, query);
      }
    }
    if (millis.empty()) {
      std::cerr << "gleaner-latency: every query failed\n";
      return 2;
    }
    std::sort(millis.begin(), millis.end());
    std::sort(cpu_millis.begin(), cpu_millis.end());
    const auto percentile_of = [](const std::vector<double>& sorted, double p) {
      return sorted[std::min(sorted.size() - 1, static_cast<std::size_t>(p * sorted.size()))];
    };
    const auto percentile = [&](double p) { return percentile_of(millis, p); };
    std::printf("%zu documents, %zu queries x %d rounds (%zu failed): p50 %.2f ms, p95 %.2f ms, "
                "p99 %.2f ms, max %.2f ms\n",
                static_cast<std::size_t>(searcher.size()), queries.size(), rounds, failed,
                percentile(0.50), percentile(0.95), percentile(0.99), millis.back());
    std::printf("CPU time per query: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                percentile_of(cpu_millis, 0.50), percentile_of(cpu_millis, 0.95),
                percentile_of(cpu_millis, 0.99), cpu_millis.back());
    std::sort(slowest.rbegin(), slowest.rend());
    for (std::size_t i = 0; i < slowest.size() && i < 5; ++i) {
      std::printf("  slowest: %7.2f ms  %s\n", slowest[i].first, slowest[i].second.c_str());
    }
  } catch (const std::exception& e) {
    std::cerr << "gleaner-latency: " << e.what() << "\n";
    return 2;
  }
  return 0;
}
