// Fetching a feed over HTTP or HTTPS (Boost.Beast, OpenSSL): one conditional
// GET with a timeout, following a few redirects, honouring ETag and
// Last-Modified. HTTPS checks the server's certificate chain against the
// system's trusted certificates (OpenSSL's default paths; SSL_CERT_FILE and
// SSL_CERT_DIR override them) and the host name against the certificate.
#ifndef GLEANER_TOOLS_CLI_FETCH_H_
#define GLEANER_TOOLS_CLI_FETCH_H_

#include <chrono>
#include <cstddef>
#include <stdexcept>
#include <string>

namespace gleaner::cli {

// The validators a server sent with the last copy; sent back on the next
// request so an unchanged feed costs a 304 and no body.
struct HttpValidators {
  std::string etag;
  std::string last_modified;
};

struct HttpResponse {
  bool not_modified = false;  // 304: the copy we have is current
  std::string body;
  std::string content_type;
  HttpValidators validators;
};

// A URL that cannot be fetched: bad address, network failure, timeout, an
// HTTP error status or a body over the limit. what() is the reason alone.
class FetchError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct FetchLimits {
  std::chrono::seconds timeout{30};      // for the whole exchange, per request
  std::size_t max_body_bytes = 64u << 20;
  int max_redirects = 5;
};

// GET `url` (http:// or https://). Throws FetchError.
HttpResponse HttpGet(const std::string& url, const HttpValidators& previous,
                     const FetchLimits& limits = {});

}  // namespace gleaner::cli

#endif  // GLEANER_TOOLS_CLI_FETCH_H_
