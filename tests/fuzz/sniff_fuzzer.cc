// Fuzz target: the format sniffer: bytes read as a file without an extension,
// so the content alone picks the reader (PDF, zip, archives, feeds, SGML, HTML,
// e-mail, text).
#include <cstddef>
#include <cstdint>

#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  gleaner::fuzz::ReadAs("input", data, size);
  return 0;
}
