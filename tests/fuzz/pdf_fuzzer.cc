// Fuzz target: the PDF reader (poppler-cpp) on bytes read as a .pdf file.
#include <cstddef>
#include <cstdint>

#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  gleaner::fuzz::ReadAs("input.pdf", data, size);
  return 0;
}
