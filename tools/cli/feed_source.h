// A feed followed by `gleaner watch`: an http(s):// address fetched into a
// spool folder under the database (with ETag/Last-Modified, kept beside the
// copy so they outlive a restart), or a local file given
// as a path or a file:// address, read in place. Either way the watcher gets a
// local path to ingest through the readers.
#ifndef GLEANER_TOOLS_CLI_FEED_SOURCE_H_
#define GLEANER_TOOLS_CLI_FEED_SOURCE_H_

#include <filesystem>
#include <optional>
#include <string>

#include "tools/cli/fetch.h"

namespace gleaner::cli {

// True for sources written as URLs ("scheme://..."); FeedSource accepts
// http:// and file:// among them.
bool IsFeedUrl(const std::string& source);

class FeedSource {
 public:
  // `address` is a URL (IsFeedUrl) or a local file path; fetched copies go to
  // `spool_dir`. Throws FetchError for a malformed or unsupported URL.
  FeedSource(std::string address, std::filesystem::path spool_dir);

  // The local file to ingest now, or nullopt when the server answered 304 or
  // sent the bytes already spooled. Throws FetchError when the fetch fails.
  std::optional<std::string> Poll();

  const std::string& address() const { return address_; }

 private:
  // Where the ETag/Last-Modified of the spooled copy are kept.
  std::filesystem::path ValidatorsPath() const;

  std::string address_;
  bool remote_ = false;
  std::filesystem::path local_path_;  // a local feed file
  std::filesystem::path spool_dir_;   // remote feeds: where the copy goes
  std::string spool_stem_;            // remote feeds: the copy's name without extension
  HttpValidators validators_;
};

}  // namespace gleaner::cli

#endif  // GLEANER_TOOLS_CLI_FEED_SOURCE_H_
