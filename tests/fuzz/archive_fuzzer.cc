// Fuzz target: the archive reader (libarchive: zip, tar, gzip, bzip2, xz,
// nested archives) on any bytes, handed straight to libarchive (which detects
// zip, tar, compression or a raw stream) as a .zip input would be; members go
// on to their own readers.
#include <cstddef>
#include <cstdint>

#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  gleaner::fuzz::ReadArchiveBytes("input.zip", data, size);
  return 0;
}
