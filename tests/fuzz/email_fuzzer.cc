// Fuzz target: the e-mail reader (headers, RFC 2047 words, MIME parts, quoted-
// printable and base64) on bytes read as an .eml file.
#include <cstddef>
#include <cstdint>

#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  gleaner::fuzz::ReadAs("input.eml", data, size);
  return 0;
}
