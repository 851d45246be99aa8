// Fuzz target: the JSON Lines reader (one record per line, bad lines skipped)
// on bytes read as a .jsonl file.
#include <cstddef>
#include <cstdint>

#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  gleaner::fuzz::ReadAs("input.jsonl", data, size);
  return 0;
}
