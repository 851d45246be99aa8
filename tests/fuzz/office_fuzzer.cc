// Fuzz target: the DOCX/ODT reader (zip package, XML parts) on bytes read as a
// .docx file; an ODT is told apart by its mimetype member.
#include <cstddef>
#include <cstdint>

#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  gleaner::fuzz::ReadAs("input.docx", data, size);
  return 0;
}
