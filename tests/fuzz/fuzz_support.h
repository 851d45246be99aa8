// Shared by the fuzz targets in this folder: feeds fuzzer bytes to the
// reader dispatcher as a file of a given name, the way ReadDocuments hands
// a file's bytes to it. A ReadError (the documented "this input is bad"
// outcome, whole file or one member) is fine; any other exception escapes
// and aborts the run, so libFuzzer (or replay_main) reports it as a bug.
#ifndef GLEANER_TESTS_FUZZ_FUZZ_SUPPORT_H_
#define GLEANER_TESTS_FUZZ_FUZZ_SUPPORT_H_

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>

#include "engine/document.h"
#include "engine/readers/formats.h"
#include "engine/readers/reader.h"

namespace gleaner::fuzz {

// Limits small enough that a mutated archive cannot make one run take
// seconds or gigabytes, large enough that every seed reads whole.
inline ReaderLimits FuzzLimits() {
  ReaderLimits limits;
  limits.max_file_bytes = 4u << 20;
  limits.max_archive_bytes = 16u << 20;
  return limits;
}

// Checks what a reader promises of every Document it hands out: text that
// is valid UTF-8 without NUL bytes. A broken promise aborts.
inline void CheckDocument(const Document& doc) {
  if (doc.text.empty()) return;
  try {
    CheckTextBytes(doc.text);
  } catch (const ReadError&) {
    std::abort();
  }
}

// Calls `read` with a Source holding `data` as the file `name` (in a folder
// that does not exist, so no sidecar is ever found) and a context whose
// documents are checked and member errors dropped.
template <typename ReadFunction>
void WithSource(std::string_view name, const std::uint8_t* data, std::size_t size,
                ReadFunction read) {
  readers::Source source;
  source.name = std::string(name);
  source.id = "/nonexistent-gleaner-fuzz/" + source.name;
  source.source_path = source.id;
  source.bytes.assign(reinterpret_cast<const char*>(data), size);
  const ReaderLimits limits = FuzzLimits();
  readers::ArchiveBudget budget;
  const DocumentSink on_document = [](Document&& doc) { CheckDocument(doc); };
  const MemberErrorSink on_member_error = [](const std::string&, const std::string&) {};
  const readers::ReadContext context{limits, on_document, on_member_error, budget, 0};
  try {
    read(std::move(source), context);
  } catch (const ReadError&) {
    // Bad input, reported with a reason: the documented outcome.
  }
}

// Reads `data` as a file named `name`: its extension (or, without one, its
// content) picks the format, as for a file on disk.
inline void ReadAs(std::string_view name, const std::uint8_t* data, std::size_t size) {
  WithSource(name, data, size, [](readers::Source&& source, const readers::ReadContext& context) {
    readers::ReadSource(std::move(source), context);
  });
}

// Hands `data` to the archive reader whatever its first bytes are.
inline void ReadArchiveBytes(std::string_view name, const std::uint8_t* data, std::size_t size) {
  WithSource(name, data, size, [](readers::Source&& source, const readers::ReadContext& context) {
    readers::ReadArchive(source, context);
  });
}

}  // namespace gleaner::fuzz

#endif  // GLEANER_TESTS_FUZZ_FUZZ_SUPPORT_H_
