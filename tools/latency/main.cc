// gleaner-latency: runs a fixed list of queries against a built database,
// each with facets (by default org, place, country) and the first page of ten
// results with snippets, and prints p50 / p95 / p99 latency in milliseconds:
// wall-clock time, and the process's CPU time per query, which stays
// meaningful on a machine shared with other jobs. Facets of large result sets
// are estimated from a sample as gleaner search does; --exact-facets counts
// every match.
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include "engine/search.h"

namespace {

double CpuMillis() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
  namespace po = boost::program_options;
  std::string db;
  std::string queries_file;
  int rounds = 3;
  std::vector<std::string> facets = {"org", "place", "country"};
  gleaner::SearchRequest defaults;
  po::options_description options(
      "usage: gleaner-latency [options] DB QUERIES.txt [ROUNDS]\noptions");
  options.add_options()
      ("help,h", "print this help")
      ("exact-facets", po::bool_switch(&defaults.exact_facets),
       "count facets over every match, however many")
      ("facet-exact-limit", po::value(&defaults.facet_exact_limit)->default_value(defaults.facet_exact_limit),
       "larger result sets get facets estimated from a sample")
      ("facet-sample", po::value(&defaults.facet_sample_size)->default_value(defaults.facet_sample_size),
       "about how many matches such a sample reads")
      ("facet", po::value(&facets),
       "a facet per query, repeatable (default org, place, country; none: no facets)")
      ("db", po::value(&db)->required(), "database folder or stub file")
      ("queries", po::value(&queries_file)->required(), "one query a line, # comments")
      ("rounds", po::value(&rounds)->default_value(3), "times each query runs");
  po::positional_options_description positional;
  positional.add("db", 1).add("queries", 1).add("rounds", 1);
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv).options(options).positional(positional).run(), vm);
    if (vm.count("help")) {
      std::cout << options << "\n";
      return 0;
    }
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "gleaner-latency: " << e.what() << "\n" << options << "\n";
    return 2;
  }
  rounds = std::max(1, rounds);
  if (facets.size() == 1 && facets[0] == "none") facets.clear();
  std::vector<std::string> queries;
  std::ifstream in(queries_file);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') queries.push_back(line);
  }
  if (queries.empty()) {
    std::cerr << "gleaner-latency: " << queries_file << ": no queries\n";
    return 2;
  }
  try {
    const gleaner::Searcher searcher(db);
    std::vector<double> millis;
    std::vector<double> cpu_millis;
    std::vector<std::pair<double, std::string>> slowest;  // per query, last round
    std::size_t failed = 0;
    std::size_t sampled = 0;  // queries whose facets were estimated, last round
    for (int round = 0; round < rounds; ++round) {
      for (const std::string& query : queries) {
        gleaner::SearchRequest request = defaults;
        request.query = query;
        request.limit = 10;
        request.facets = facets;
        const auto start = std::chrono::steady_clock::now();
        const double cpu_start = CpuMillis();
        try {
          const gleaner::SearchResults results = searcher.Search(request);
          if (round == rounds - 1 && !results.facets.empty() && results.facets[0].approximate) {
            ++sampled;
          }
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
    if (facets.empty()) {
      std::printf("no facets, ");
    } else if (defaults.exact_facets) {
      std::printf("exact facets, ");
    } else {
      std::printf("facets exact up to %u matches, else sampled (~%u), ",
                  static_cast<unsigned>(defaults.facet_exact_limit),
                  static_cast<unsigned>(defaults.facet_sample_size));
    }
    std::printf("%zu documents, %zu queries x %d rounds (%zu failed): p50 %.2f ms, p95 %.2f ms, "
                "p99 %.2f ms, max %.2f ms\n",
                static_cast<std::size_t>(searcher.size()), queries.size(), rounds, failed,
                percentile(0.50), percentile(0.95), percentile(0.99), millis.back());
    std::printf("CPU time per query: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                percentile_of(cpu_millis, 0.50), percentile_of(cpu_millis, 0.95),
                percentile_of(cpu_millis, 0.99), cpu_millis.back());
    if (!facets.empty()) std::printf("facets estimated from a sample for %zu queries\n", sampled);
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
