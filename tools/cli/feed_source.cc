// FeedSource: Boost.URL for file:// paths, HttpGet for http:// and https://, and a spool
// file (plus a NAME.meta.json sidecar carrying the URL) per remote feed.
#include "tools/cli/feed_source.h"

#include <fstream>
#include <system_error>

#include <boost/json.hpp>
#include <boost/url/parse.hpp>

#include "engine/document.h"
#include "engine/readers/reader.h"

namespace gleaner::cli {

namespace fs = std::filesystem;

namespace {

std::string LowerAscii(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

// The extension the readers choose a format by: the URL's own when it is one
// they know, else one matching the Content-Type.
std::string SpoolExtension(const boost::urls::url_view& url, const std::string& content_type) {
  const std::string extension = LowerAscii(fs::path(std::string(url.path())).extension().string());
  for (const char* known : {".html", ".htm", ".xhtml", ".xml", ".rss", ".atom", ".txt", ".json",
                            ".jsonl"}) {
    if (extension == known) return extension;
  }
  const std::string type = LowerAscii(content_type);
  if (type.find("html") != std::string::npos) return ".html";
  if (type.find("xml") != std::string::npos) return ".xml";
  if (type.find("json") != std::string::npos) return ".json";
  return ".txt";
}

// "host-0123456789abcdef": readable, and one file per URL.
std::string SpoolStem(const boost::urls::url_view& url) {
  std::string host = url.encoded_host().decode();
  for (char& c : host) {
    const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '.' || c == '-';
    if (!safe) c = '_';
  }
  return host + '-' + ContentHash(url.buffer());
}

// Writes through a hidden temporary file and a rename, so a reader never sees
// half a file.
void WriteFileAtomically(const fs::path& path, const std::string& bytes) {
  const fs::path temporary = path.parent_path() / ("." + path.filename().string() + ".part");
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) throw FetchError("cannot write " + temporary.string());
  }
  std::error_code error;
  fs::rename(temporary, path, error);
  if (error) throw FetchError("cannot write " + path.string() + ": " + error.message());
}

std::string ReadWholeFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The validators of the spooled copy, kept beside it (a hidden file, which
// folder walks skip) so that a restarted watch still asks "changed since?".
HttpValidators LoadValidators(const fs::path& path) {
  HttpValidators validators;
  std::error_code error;
  if (!fs::is_regular_file(path, error)) return validators;
  boost::system::error_code json_error;
  const boost::json::value saved = boost::json::parse(ReadWholeFile(path), json_error);
  if (json_error || !saved.is_object()) return validators;  // unreadable: fetch afresh
  const boost::json::object& fields = saved.get_object();
  if (const auto* etag = fields.if_contains("etag"); etag != nullptr && etag->is_string()) {
    validators.etag = std::string(etag->get_string());
  }
  if (const auto* modified = fields.if_contains("last_modified");
      modified != nullptr && modified->is_string()) {
    validators.last_modified = std::string(modified->get_string());
  }
  return validators;
}

}  // namespace

bool IsFeedUrl(const std::string& source) {
  const std::size_t colon = source.find("://");
  if (colon == std::string::npos || colon == 0) return false;
  for (char c : source.substr(0, colon)) {
    const bool scheme_char = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                             (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
    if (!scheme_char) return false;
  }
  return true;
}

FeedSource::FeedSource(std::string address, fs::path spool_dir) : address_(std::move(address)) {
  if (!IsFeedUrl(address_)) {
    local_path_ = address_;
    return;
  }
  const auto url = boost::urls::parse_uri(address_);
  if (!url) throw FetchError("not a valid URL: " + url.error().message());
  if (url->scheme() == "file") {
    if (!url->encoded_host().empty() && url->encoded_host() != "localhost") {
      throw FetchError("file:// URLs must name a local file (file:///path)");
    }
    local_path_ = url->path();  // percent-decoded
    return;
  }
  if (url->scheme() != "http" && url->scheme() != "https") {
    throw FetchError("unsupported scheme '" + std::string(url->scheme()) +
                     "' (http://, https:// and file:// are supported)");
  }
  remote_ = true;
  spool_dir_ = std::move(spool_dir);
  spool_stem_ = SpoolStem(*url);  // the extension comes with the first response
  validators_ = LoadValidators(ValidatorsPath());
}

fs::path FeedSource::ValidatorsPath() const {
  return spool_dir_ / ("." + spool_stem_ + ".http.json");
}

std::optional<std::string> FeedSource::Poll() {
  if (!remote_) return local_path_.string();
  const HttpResponse response = HttpGet(address_, validators_);
  if (response.not_modified) return std::nullopt;
  validators_ = response.validators;
  const auto url = boost::urls::parse_uri(address_);
  const fs::path spool_file =
      spool_dir_ / (spool_stem_ + SpoolExtension(*url, response.content_type));
  std::error_code error;
  fs::create_directories(spool_file.parent_path(), error);
  if (error) {
    throw FetchError("cannot create " + spool_file.parent_path().string() + ": " +
                     error.message());
  }
  const bool same_bytes = fs::exists(spool_file) && ReadWholeFile(spool_file) == response.body;
  if (!same_bytes) {
    // The sidecar gives the document its URL; the readers apply it.
    WriteFileAtomically(SidecarPath(spool_file),
                        boost::json::serialize(boost::json::object{{"url", address_}}));
    WriteFileAtomically(spool_file, response.body);
  }
  // Saved after the copy, so they never describe bytes not on disk.
  WriteFileAtomically(ValidatorsPath(),
                      boost::json::serialize(boost::json::object{
                          {"etag", validators_.etag}, {"last_modified", validators_.last_modified}}));
  if (same_bytes) return std::nullopt;
  return spool_file.string();
}

}  // namespace gleaner::cli
