// The format-independent part of reading: expanding input paths into files,
// reading one file safely (size limit), applying the NAME.meta.json sidecar,
// checking UTF-8 and normalizing ISO dates. Choosing the format is dispatch.cc.
#include "engine/readers/reader.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <boost/json.hpp>
#include <boost/json/basic_parser_impl.hpp>
#include <cerrno>
#include <memory>
#include <optional>
#include <unordered_set>
#include <utility>
#include <system_error>

#include "engine/ascii.h"
#include "engine/normalize.h"
#include "engine/readers/formats.h"

namespace gleaner {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kSidecarSuffix = ".meta.json";
constexpr std::size_t kMaxSidecarBytes = 1u << 20;
constexpr std::size_t kMaxTitleBytes = 300;

std::string ErrnoMessage(int error_number) {
  return std::generic_category().message(error_number);
}

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}


bool IsSidecarName(std::string_view name) { return EndsWith(name, kSidecarSuffix); }

// Entries a folder walk passes over: hidden files and folders, editor
// backups, and sidecars (they belong to the document beside them).
bool IsSkippedName(std::string_view name) {
  return name.empty() || name.front() == '.' || name.back() == '~' || IsSidecarName(name);
}

// Closes a file descriptor when it goes out of scope.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

// Reads a whole regular file of at most `max_bytes`, checking the size
// before reading anything, so an oversized file costs one fstat. Returns
// nullopt when the file does not exist (ENOENT, ENOTDIR), so that a caller
// probing for an optional file needs no stat of its own.
std::optional<std::string> ReadFileBytesIfPresent(const std::string& path, std::size_t max_bytes) {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a
  // writer; the fstat below then refuses it (for a regular file the flag
  // changes nothing). Opening first and checking the open file costs one
  // path lookup instead of a stat and an open.
  FileDescriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
  if (file.get() < 0) {
    if (errno == ENOENT || errno == ENOTDIR) return std::nullopt;
    throw ReadError("cannot read: " + ErrnoMessage(errno));
  }
  struct stat info {};
  if (::fstat(file.get(), &info) != 0) throw ReadError("cannot read: " + ErrnoMessage(errno));
  if (!S_ISREG(info.st_mode)) throw ReadError("not a regular file");

  auto too_large = [max_bytes](std::uintmax_t size) {
    return ReadError("file too large (" + std::to_string(size) + " bytes, limit " +
                     std::to_string(max_bytes) + ")");
  };
  const auto size = static_cast<std::uintmax_t>(info.st_size);
  if (size > max_bytes) throw too_large(size);

  // The file may change while we read it: read until end of file, never
  // more than the limit. The spare byte notices a file that grew.
  std::string bytes(static_cast<std::size_t>(size) + 1, '\0');
  std::size_t filled = 0;
  while (true) {
    if (filled == bytes.size()) {
      if (filled > max_bytes) throw too_large(filled);
      bytes.resize(std::min(filled * 2, max_bytes + 1));
    }
    const ssize_t count = ::read(file.get(), bytes.data() + filled, bytes.size() - filled);
    if (count < 0) {
      if (errno == EINTR) continue;
      throw ReadError("cannot read: " + ErrnoMessage(errno));
    }
    if (count == 0) break;
    filled += static_cast<std::size_t>(count);
  }
  bytes.resize(filled);
  if (bytes.size() > max_bytes) throw too_large(bytes.size());
  return bytes;
}

}  // namespace

std::string readers::ReadFileBytes(const std::string& path, std::size_t max_bytes) {
  std::optional<std::string> bytes = ReadFileBytesIfPresent(path, max_bytes);
  if (!bytes) throw ReadError("cannot read: " + ErrnoMessage(ENOENT));
  return std::move(*bytes);
}

std::string readers::ReadFileHead(const std::string& path, std::size_t count,
                                  std::uint64_t* size) {
  // Opened first and checked open, as ReadFileBytesIfPresent does.
  FileDescriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
  if (file.get() < 0) throw ReadError("cannot read: " + ErrnoMessage(errno));
  struct stat info {};
  if (::fstat(file.get(), &info) != 0) throw ReadError("cannot read: " + ErrnoMessage(errno));
  if (!S_ISREG(info.st_mode)) throw ReadError("not a regular file");
  *size = static_cast<std::uint64_t>(info.st_size);
  std::string head(count, '\0');
  std::size_t filled = 0;
  while (filled < count) {
    const ssize_t got = ::read(file.get(), head.data() + filled, count - filled);
    if (got < 0) {
      if (errno == EINTR) continue;
      throw ReadError("cannot read: " + ErrnoMessage(errno));
    }
    if (got == 0) break;
    filled += static_cast<std::size_t>(got);
  }
  head.resize(filled);
  return head;
}

namespace {

// Walks `folder` with POSIX readdir rather than fs::directory_iterator,
// whose every entry is a fs::path joined from the folder's and parsed anew
// (3,400 instructions an entry, more than reading a small file's sidecar).
// Entries, errors and their messages are those the iterator gave: the
// type from the directory entry when it has one, else from lstat.
void ListFolder(const fs::path& folder, std::vector<fs::path>* files,
                std::vector<std::string>* errors) {
  const std::unique_ptr<DIR, int (*)(DIR*)> entries(::opendir(folder.c_str()), ::closedir);
  if (entries == nullptr) {
    errors->push_back(folder.string() + ": cannot list: " + ErrnoMessage(errno));
    return;
  }
  std::string path = folder.native();  // folder / name, as fs::path joins them
  if (!path.empty() && path.back() != '/') path += '/';
  const std::size_t prefix = path.size();
  std::vector<fs::path> subfolders;
  while (true) {
    errno = 0;
    const dirent* entry = ::readdir(entries.get());
    if (entry == nullptr) {
      if (errno != 0) errors->push_back(folder.string() + ": cannot list: " + ErrnoMessage(errno));
      break;
    }
    const std::string_view name = entry->d_name;
    if (name == "." || name == ".." || IsSkippedName(name)) continue;
    path.resize(prefix);
    path += name;
    unsigned char type = entry->d_type;
    if (type == DT_UNKNOWN) {
      struct stat info {};
      if (::lstat(path.c_str(), &info) != 0) {
        errors->push_back(path + ": " + ErrnoMessage(errno));
        continue;
      }
      type = S_ISLNK(info.st_mode) ? DT_LNK
             : S_ISDIR(info.st_mode) ? DT_DIR
             : S_ISREG(info.st_mode) ? DT_REG
                                     : DT_UNKNOWN;
    }
    if (type == DT_LNK) {
      // Symlinked files are read, symlinked folders are not followed (no
      // cycles, no walking out of the tree).
      struct stat target {};
      if (::stat(path.c_str(), &target) == 0) {
        if (S_ISREG(target.st_mode)) files->emplace_back(path);
      } else if (errno == ENOENT || errno == ENOTDIR) {
        errors->push_back(path + ": broken symbolic link");
      } else {
        errors->push_back(path + ": " + ErrnoMessage(errno));
      }
      continue;
    }
    if (type == DT_DIR) {
      subfolders.emplace_back(path);
    } else if (type == DT_REG) {
      files->emplace_back(path);
    }
    // Sockets, FIFOs and devices inside folders are not documents.
  }
  for (const fs::path& subfolder : subfolders) ListFolder(subfolder, files, errors);
}

// A string that sorts and compares like `path` does under fs::path's
// operator< and operator==: its components, each followed by a NUL byte
// (which no component holds, and which sorts before every other byte).
std::string PathOrderKey(const fs::path& path) {
  std::string key;
  key.reserve(path.native().size() + 8);
  for (const fs::path& component : path) {
    key += component.native();
    key += '\0';
  }
  return key;
}

// Cuts `text` to at most `max_bytes`, never inside a UTF-8 sequence, and at
// a space when one is close to the cut.
std::string_view CapOnCharacterBoundary(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t cut = Utf8CharStart(text, max_bytes);
  const std::size_t space = text.substr(0, cut).rfind(' ');
  if (space != std::string_view::npos && space >= cut * 4 / 5) cut = space;
  return text.substr(0, cut);
}

int ParseDigits(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

// What may follow the date in a timestamp: a time ("T13:37"), a space
// before the time, or a zone ("Z", "+06:00").
bool IsTimestampContinuation(char c) {
  return c == 'T' || c == 't' || c == ' ' || c == 'Z' || c == 'z' || c == '+';
}

std::string SidecarReason(const std::string& sidecar, const std::string& reason) {
  return "bad sidecar " + fs::path(sidecar).filename().string() + ": " + reason;
}

// The fields of a sidecar that gleaner reads, as a SAX handler of Boost.JSON's
// parser collects them: only the root object's "date", "title" and "url"
// are kept, so no JSON tree is built (a Reuters sidecar also lists places,
// topics and people, which cost more to build than the document to read).
// The parser checks the JSON as its tree-building parser does, with the
// same errors; of a key given twice the last value counts, as in the tree.
class SidecarFields {
 public:
  enum class Kind { kAbsent, kString, kOther };  // kAbsent: missing or null
  struct Field {
    Kind kind = Kind::kAbsent;
    std::string text;
  };

  // The limits of the tree-building parser's handler.
  static constexpr std::size_t max_object_size = boost::json::object::max_size();
  static constexpr std::size_t max_array_size = boost::json::array::max_size();
  static constexpr std::size_t max_key_size = boost::json::string::max_size();
  static constexpr std::size_t max_string_size = boost::json::string::max_size();

  bool root_is_object() const { return root_is_object_; }
  const Field& date() const { return date_; }
  const Field& title() const { return title_; }
  const Field& url() const { return url_; }

  using error_code = boost::json::error_code;
  using string_view = boost::json::string_view;
  bool on_document_begin(error_code&) { return true; }
  bool on_document_end(error_code&) { return true; }
  bool on_object_begin(error_code&) {
    if (depth_ == 0) root_is_object_ = true;
    Container();
    return true;
  }
  bool on_object_end(std::size_t, error_code&) { return --depth_, true; }
  bool on_array_begin(error_code&) { return Container(), true; }
  bool on_array_end(std::size_t, error_code&) { return --depth_, true; }
  bool on_key_part(string_view part, std::size_t, error_code&) {
    if (depth_ == 1) key_.append(part.data(), part.size());
    return true;
  }
  bool on_key(string_view part, std::size_t, error_code&) {
    if (depth_ != 1) return true;
    key_.append(part.data(), part.size());
    target_ = key_ == "date" ? &date_ : key_ == "title" ? &title_ : key_ == "url" ? &url_ : nullptr;
    if (target_ != nullptr) *target_ = Field{};
    key_.clear();
    return true;
  }
  bool on_string_part(string_view part, std::size_t, error_code&) {
    if (target_ != nullptr) target_->text.append(part.data(), part.size());
    return true;
  }
  bool on_string(string_view part, std::size_t, error_code&) {
    if (target_ != nullptr) {
      target_->text.append(part.data(), part.size());
      target_->kind = Kind::kString;
      target_ = nullptr;
    }
    return true;
  }
  bool on_number_part(string_view, error_code&) { return true; }
  bool on_int64(std::int64_t, string_view, error_code&) { return Other(); }
  bool on_uint64(std::uint64_t, string_view, error_code&) { return Other(); }
  bool on_double(double, string_view, error_code&) { return Other(); }
  bool on_bool(bool, error_code&) { return Other(); }
  bool on_null(error_code&) { return target_ = nullptr, true; }  // as if absent
  bool on_comment_part(string_view, error_code&) { return true; }
  bool on_comment(string_view, error_code&) { return true; }

 private:
  // An object or array opening: as a value of a kept key it is not a string.
  void Container() {
    Other();
    ++depth_;
  }
  bool Other() {
    if (target_ != nullptr) target_->kind = Kind::kOther;
    target_ = nullptr;
    return true;
  }

  int depth_ = 0;
  bool root_is_object_ = false;
  std::string key_;            // the root object's key being read
  Field* target_ = nullptr;    // the field the next value of the root object sets
  Field date_, title_, url_;
};

// The text of a sidecar field, or nullopt when absent or null; anything
// else is a malformed sidecar, and so is a string holding a NUL character
// (JSON may spell one as "\u0000"; titles, URLs and dates never hold one,
// and it would cut the field short wherever it is later handled as a C
// string).
std::optional<std::string> SidecarString(const SidecarFields::Field& field, std::string_view key,
                                         const std::string& sidecar) {
  if (field.kind == SidecarFields::Kind::kAbsent) return std::nullopt;
  if (field.kind != SidecarFields::Kind::kString) {
    throw ReadError(SidecarReason(sidecar, "\"" + std::string(key) + "\" is not a string"));
  }
  if (field.text.find('\0') != std::string::npos) {
    throw ReadError(
        SidecarReason(sidecar, "\"" + std::string(key) + "\" holds a NUL character (\\u0000)"));
  }
  return field.text;
}

// SidecarPath on the string: std::filesystem::path::replace_extension
// builds the path's components first.
std::string SidecarPathString(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  std::size_t keep = path.size();
  if (!(name.size() <= 2 && name.starts_with('.'))) {  // ".", ".." have no extension
    const std::size_t dot = name.rfind('.');
    if (dot != std::string_view::npos && dot != 0) keep = path.size() - name.size() + dot;
  }
  std::string sidecar;
  sidecar.reserve(keep + kSidecarSuffix.size());
  sidecar.append(path.substr(0, keep)).append(kSidecarSuffix);
  return sidecar;
}

}  // namespace

std::vector<fs::path> ListInputs(const std::vector<std::string>& paths,
                                 std::vector<std::string>* errors) {
  std::vector<std::string> ignored_errors;
  if (errors == nullptr) errors = &ignored_errors;
  std::vector<fs::path> inputs;
  std::unordered_set<std::string> seen;  // PathOrderKey of every input kept
  auto add = [&inputs, &seen](fs::path&& file, std::string&& key) {
    if (seen.insert(std::move(key)).second) inputs.push_back(std::move(file));
  };
  for (const std::string& given : paths) {
    const fs::path path(given);
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (status.type() == fs::file_type::not_found) {
      errors->push_back(given + ": no such file or directory");
      continue;
    }
    if (error) {
      errors->push_back(given + ": " + error.message());
      continue;
    }
    if (fs::is_directory(status)) {
      // A folder named on the command line is walked even when it is a
      // symbolic link; only links met during the walk are not followed.
      std::vector<fs::path> found;
      ListFolder(path, &found, errors);
      // Sorted as fs::path orders them (component by component), but on
      // precomputed keys: comparing paths re-parses them every time, which
      // cost more than reading the files of a folder of small documents.
      std::vector<std::pair<std::string, fs::path>> keyed;
      keyed.reserve(found.size());
      for (fs::path& file : found) keyed.emplace_back(PathOrderKey(file), std::move(file));
      std::sort(keyed.begin(), keyed.end(),
                [](const auto& x, const auto& y) { return x.first < y.first; });
      for (auto& [key, file] : keyed) add(std::move(file), std::move(key));
    } else if (!IsSidecarName(path.filename().string())) {
      // A file named explicitly is kept even when hidden; ReadDocument
      // reports it when it is not a regular file.
      add(fs::path(path), PathOrderKey(path));
    }
  }
  return inputs;
}

fs::path SidecarPath(const fs::path& path) { return SidecarPathString(path.native()); }

void ApplySidecar(const std::string& path, Document& doc) {
  const std::string sidecar = SidecarPathString(path);
  std::string bytes;
  try {
    std::optional<std::string> present = ReadFileBytesIfPresent(sidecar, kMaxSidecarBytes);
    if (!present) return;
    bytes = std::move(*present);
  } catch (const ReadError& read_error) {
    throw ReadError(SidecarReason(sidecar, read_error.what()));
  }

  // Written and finished as boost::json::stream_parser writes and finishes
  // (so errors and their byte offsets are the ones it gives).
  boost::json::basic_parser<SidecarFields> parser(boost::json::parse_options{});
  boost::system::error_code json_error;
  const std::size_t consumed = parser.write_some(true, bytes.data(), bytes.size(), json_error);
  if (!json_error && consumed < bytes.size()) json_error = boost::json::error::extra_data;
  if (!json_error) parser.write_some(false, nullptr, 0, json_error);
  if (json_error) {
    throw ReadError(SidecarReason(
        sidecar, json_error.message() + " at byte " + std::to_string(std::min(consumed, bytes.size()))));
  }
  const SidecarFields& fields = parser.handler();
  if (!fields.root_is_object()) throw ReadError(SidecarReason(sidecar, "not a JSON object"));

  if (std::optional<std::string> date = SidecarString(fields.date(), "date", sidecar)) {
    std::string normalized = NormalizeIsoDate(*date);
    if (normalized.empty()) {
      throw ReadError(SidecarReason(sidecar, "bad date " + readers::QuotedExcerpt(*date) + " (want YYYY-MM-DD)"));
    }
    doc.date = std::move(normalized);
    doc.date_source = DateSource::kSidecar;
  }
  if (std::optional<std::string> title = SidecarString(fields.title(), "title", sidecar)) {
    if (!title->empty()) doc.title = std::move(*title);
  }
  if (std::optional<std::string> url = SidecarString(fields.url(), "url", sidecar)) {
    if (!url->empty()) doc.url = std::move(*url);
  }
}

void CheckTextBytes(std::string_view bytes) {
  if (bytes.empty()) throw ReadError("empty file");
  const std::size_t nul = bytes.find('\0');
  if (nul != std::string_view::npos) {
    throw ReadError("binary content (NUL byte at offset " + std::to_string(nul) + ")");
  }
  std::size_t bad_byte = 0;
  if (!IsValidUtf8(bytes, &bad_byte)) {
    throw ReadError("invalid UTF-8 at byte " + std::to_string(bad_byte));
  }
}

std::string NormalizeIsoDate(std::string_view value) {
  const std::size_t first = value.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  value.remove_prefix(first);
  value.remove_suffix(value.size() - (value.find_last_not_of(" \t\r\n") + 1));

  std::string_view year, month, day;
  std::size_t date_length = 0;
  if (value.size() >= 10 && value[4] == '-' && value[7] == '-') {
    year = value.substr(0, 4);
    month = value.substr(5, 2);
    day = value.substr(8, 2);
    date_length = 10;
  } else if (value.size() >= 8 && IsAsciiDigits(value.substr(0, 8))) {
    year = value.substr(0, 4);
    month = value.substr(4, 2);
    day = value.substr(6, 2);
    date_length = 8;
  } else {
    return "";
  }
  if (!IsAsciiDigits(year) || !IsAsciiDigits(month) || !IsAsciiDigits(day)) return "";
  if (value.size() > date_length && !IsTimestampContinuation(value[date_length])) return "";

  const int year_number = ParseDigits(year);
  const int month_number = ParseDigits(month);
  const int day_number = ParseDigits(day);
  if (year_number < 1 || month_number < 1 || month_number > 12 || day_number < 1 ||
      day_number > DaysInMonth(year_number, month_number)) {
    return "";
  }
  std::string normalized;
  normalized.reserve(10);
  normalized.append(year).append("-").append(month).append("-").append(day);
  return normalized;
}

std::string CleanTitle(std::string_view text) {
  constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
  if (text.substr(0, kByteOrderMark.size()) == kByteOrderMark) {
    text.remove_prefix(kByteOrderMark.size());
  }
  std::string collapsed;
  collapsed.reserve(std::min(text.size(), kMaxTitleBytes * 2));
  bool pending_space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      pending_space = true;
      continue;
    }
    if (pending_space && !collapsed.empty()) collapsed.push_back(' ');
    pending_space = false;
    collapsed.push_back(c);
    if (collapsed.size() > kMaxTitleBytes + 4) break;  // enough to cap below
  }
  return std::string(CapOnCharacterBoundary(collapsed, kMaxTitleBytes));
}

}  // namespace gleaner
