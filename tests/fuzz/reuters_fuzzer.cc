// Fuzz target: the Reuters-21578 SGML reader (records, entities, Latin-1 bytes)
// on bytes read as an .sgm file.
#include <cstddef>
#include <cstdint>

#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  gleaner::fuzz::ReadAs("input.sgm", data, size);
  return 0;
}
