// Fuzz target: the HTML reader (charset sniffing, decoding, visible text, title
// and date metadata) on bytes read as an .html file.
#include <cstddef>
#include <cstdint>

#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  gleaner::fuzz::ReadAs("input.html", data, size);
  return 0;
}
