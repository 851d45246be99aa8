// Fuzz target: the RSS/Atom feed reader (libxml2 with entities and network off)
// on bytes read as an .rss file.
#include <cstddef>
#include <cstdint>

#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  gleaner::fuzz::ReadAs("input.rss", data, size);
  return 0;
}
