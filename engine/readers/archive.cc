// The archive reader (libarchive): zip, tar and its gzip/bzip2/xz forms, 7z,
// and single compressed files (.gz/.bz2/.xz around one file). Each member
// goes through the reader for its own format with id "ARCHIVE!/member/path";
// a compressed single file keeps the archive's id and is read as the file it
// holds. Limits (ReaderLimits) stop zip bombs and deep nesting: total
// uncompressed bytes, compression ratio, member count (each aborts the
// archive with an error naming it, the member and the limit) and nesting
// depth (an archive nested deeper is not opened: one member error).
#include <archive.h>
#include <archive_entry.h>

#include <filesystem>
#include <memory>
#include <string>

#include "engine/readers/formats.h"
#include "engine/readers/reader.h"

namespace gleaner::readers {
namespace {

struct ArchiveFree {
  void operator()(struct archive* handle) const { archive_read_free(handle); }
};
using ArchiveReader = std::unique_ptr<struct archive, ArchiveFree>;

// Uncompressed output below this size never trips the ratio limit: small
// archives of text legitimately compress 100x and more.
constexpr std::size_t kRatioFloorBytes = 1u << 20;
constexpr std::size_t kReadBlockBytes = 64 * 1024;

std::string ArchiveErrorText(struct archive* handle) {
  const char* message = archive_error_string(handle);
  return message == nullptr ? "unknown archive error" : message;
}

// Members a reader passes over: folders, hidden files (also inside hidden
// folders, such as __MACOSX's resource forks), editor backups, sidecars.
bool IsSkippedMember(const std::string& path) {
  if (path.empty() || path.back() == '/' || path.back() == '~') return true;
  if (path.ends_with(".meta.json")) return true;
  if (path.starts_with("__MACOSX/")) return true;
  std::size_t at = 0;
  while (at < path.size()) {
    const std::size_t end = std::min(path.find('/', at), path.size());
    if (end > at && path[at] == '.' && path.substr(at, end - at) != "." &&
        path.substr(at, end - at) != "..") {
      return true;
    }
    at = end + 1;
  }
  return false;
}

// The name a compressed single file holds: "a.sgm.gz" -> "a.sgm".
std::string WithoutCompressionSuffix(const std::string& name) {
  const std::string extension = LowerExtension(name);
  if (extension == ".gz" || extension == ".bz2" || extension == ".xz") {
    return std::filesystem::path(name).replace_extension().string();
  }
  if (extension == ".tgz" || extension == ".tbz2" || extension == ".txz") {
    return std::filesystem::path(name).replace_extension(".tar").string();
  }
  return name;
}

// The member's path below the input file: "inner.zip!/dir/a.txt".
std::string RelativeMemberId(const Source& archive, const std::string& member_id) {
  const std::string_view id = member_id;
  if (id.starts_with(archive.source_path + "!/")) return std::string(id.substr(archive.source_path.size() + 2));
  return member_id;
}

// Reads the current member's data, enforcing the per-member size and the
// input-wide byte and this archive's ratio limits. `expanded` counts this
// archive's uncompressed bytes so far.
std::string ReadMemberData(struct archive* handle, const Source& archive,
                           const std::string& member_id, std::size_t& expanded,
                           const ReadContext& context) {
  const ReaderLimits& limits = context.limits;
  std::string data;
  char block[kReadBlockBytes];
  while (true) {
    const la_ssize_t count = archive_read_data(handle, block, sizeof block);
    if (count < 0) throw ReadError(ArchiveErrorText(handle));
    if (count == 0) break;
    const auto size = static_cast<std::size_t>(count);
    context.budget.uncompressed_bytes += size;
    expanded += size;
    if (context.budget.uncompressed_bytes > limits.max_archive_bytes) {
      throw ArchiveLimitError("member " + RelativeMemberId(archive, member_id) +
                              ": archive expands beyond " +
                              std::to_string(limits.max_archive_bytes) +
                              " bytes (total size limit)");
    }
    const std::uint64_t compressed = archive.file.empty() ? archive.bytes.size() : archive.file_size;
    if (expanded > kRatioFloorBytes && expanded / limits.max_compression_ratio > compressed) {
      throw ArchiveLimitError("member " + RelativeMemberId(archive, member_id) +
                              ": expands more than " +
                              std::to_string(limits.max_compression_ratio) + "x the " +
                              std::to_string(compressed) +
                              " bytes of its archive (compression ratio limit; zip bomb?)");
    }
    if (data.size() + size > limits.max_file_bytes) {
      throw ReadError("file too large (more than " + std::to_string(limits.max_file_bytes) +
                      " bytes)");
    }
    data.append(block, size);
  }
  return data;
}

}  // namespace

void ReadArchive(const Source& source, const ReadContext& context) {
  const ReaderLimits& limits = context.limits;
  if (context.archive_depth >= limits.max_archive_depth) {
    throw ReadError("archives nested deeper than " + std::to_string(limits.max_archive_depth) +
                    " levels (nesting depth limit)");
  }
  ArchiveReader handle(archive_read_new());
  if (handle == nullptr) throw ReadError("cannot open archive: out of memory");
  archive_read_support_filter_all(handle.get());
  archive_read_support_format_all(handle.get());
  archive_read_support_format_raw(handle.get());  // a compressed single file
  const int opened =
      source.file.empty()
          ? archive_read_open_memory(handle.get(), source.bytes.data(), source.bytes.size())
          : archive_read_open_filename(handle.get(), source.file.c_str(), kReadBlockBytes);
  if (opened != ARCHIVE_OK) {
    throw ReadError("cannot open archive: " + ArchiveErrorText(handle.get()));
  }

  const ReadContext member_context{context.limits, context.on_document, context.on_member_error,
                                   context.budget, context.archive_depth + 1};
  std::size_t expanded = 0;
  std::size_t members_here = 0;
  while (true) {
    struct archive_entry* entry = nullptr;
    const int status = archive_read_next_header(handle.get(), &entry);
    if (status == ARCHIVE_EOF) break;
    if (status == ARCHIVE_FATAL) {
      if (members_here == 0) {
        throw ReadError("cannot read archive: " + ArchiveErrorText(handle.get()));
      }
      throw ReadError("archive damaged after " + std::to_string(members_here) +
                      " members: " + ArchiveErrorText(handle.get()));
    }
    ++members_here;
    const bool raw = archive_format(handle.get()) == ARCHIVE_FORMAT_RAW;
    const char* entry_path = archive_entry_pathname_utf8(entry);
    if (entry_path == nullptr) entry_path = archive_entry_pathname(entry);
    std::string member =
        raw ? WithoutCompressionSuffix(std::filesystem::path(source.name).filename().string())
            : (entry_path == nullptr ? "" : entry_path);
    while (member.starts_with("./")) member.erase(0, 2);
    while (member.starts_with("/")) member.erase(0, 1);
    if (!raw && (archive_entry_filetype(entry) != AE_IFREG || IsSkippedMember(member))) {
      continue;
    }
    Source inner;
    inner.id = raw ? source.id : source.id + "!/" + member;
    inner.source_path = source.source_path;
    inner.name = member;
    if (++context.budget.members > limits.max_archive_members) {
      throw ArchiveLimitError("member " + RelativeMemberId(source, inner.id) +
                              ": more than " + std::to_string(limits.max_archive_members) +
                              " members (member count limit)");
    }
    try {
      inner.bytes = ReadMemberData(handle.get(), source, inner.id, expanded, context);
      ReadSource(std::move(inner), member_context);
    } catch (const ArchiveLimitError&) {
      throw;  // the whole input stops
    } catch (const ReadError& error) {
      context.on_member_error(raw ? source.id : source.id + "!/" + member, error.what());
      // A damaged compressed stream cannot be read further.
      if (raw) return;
    }
  }
  if (members_here == 0) throw ReadError("empty archive");
}

}  // namespace gleaner::readers
