// HttpGet on Boost.Beast's synchronous client; Boost.URL splits the address.
#include "tools/cli/fetch.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/url.hpp>
#include <boost/url/url_view.hpp>

namespace gleaner::cli {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;

namespace {

struct HttpTarget {
  std::string host;
  std::string port;
  std::string target;  // path and query, at least "/"
};

HttpTarget ParseHttpUrl(const std::string& url) {
  const auto parsed = boost::urls::parse_uri(url);
  if (!parsed) throw FetchError("not a valid URL: " + parsed.error().message());
  if (parsed->scheme() != "http") {
    throw FetchError("unsupported scheme '" + std::string(parsed->scheme()) +
                     "' (http:// and file:// are supported)");
  }
  HttpTarget target;
  target.host = parsed->encoded_host().decode();
  if (target.host.empty()) throw FetchError("URL has no host");
  target.port = parsed->has_port() ? std::string(parsed->port()) : "80";
  target.target = std::string(parsed->encoded_target());
  if (target.target.empty() || target.target.front() != '/') target.target.insert(0, "/");
  return target;
}

// A relative Location resolved against the request URL.
std::string ResolveLocation(const std::string& base, std::string_view location) {
  const auto relative = boost::urls::parse_uri_reference(location);
  if (!relative) throw FetchError("bad redirect location '" + std::string(location) + "'");
  boost::urls::url resolved(base);
  if (!resolved.resolve(*relative)) {
    throw FetchError("bad redirect location '" + std::string(location) + "'");
  }
  return std::string(resolved.buffer());
}

}  // namespace

HttpResponse HttpGet(const std::string& url, const HttpValidators& previous,
                     const FetchLimits& limits) {
  std::string current = url;
  for (int redirect = 0;; ++redirect) {
    const HttpTarget target = ParseHttpUrl(current);
    asio::io_context io;
    beast::tcp_stream stream(io);
    http::response_parser<http::string_body> parser;
    parser.body_limit(limits.max_body_bytes);
    try {
      asio::ip::tcp::resolver resolver(io);
      stream.expires_after(limits.timeout);
      stream.connect(resolver.resolve(target.host, target.port));

      http::request<http::empty_body> request{http::verb::get, target.target, 11};
      request.set(http::field::host, target.host);
      request.set(http::field::user_agent, "gleaner-watch/" GLEANER_VERSION);
      if (!previous.etag.empty()) request.set(http::field::if_none_match, previous.etag);
      if (!previous.last_modified.empty()) {
        request.set(http::field::if_modified_since, previous.last_modified);
      }
      http::write(stream, request);
      beast::flat_buffer buffer;
      http::read(stream, buffer, parser);
      beast::error_code ignored;
      stream.socket().shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
    } catch (const beast::system_error& e) {
      if (e.code() == beast::error::timeout) {
        throw FetchError("timed out after " + std::to_string(limits.timeout.count()) + " s");
      }
      if (e.code() == http::error::body_limit) {
        throw FetchError("response larger than " + std::to_string(limits.max_body_bytes) +
                         " bytes");
      }
      throw FetchError(e.code().message());
    }
    const auto& response = parser.get();
    const unsigned status = response.result_int();
    if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
      if (redirect >= limits.max_redirects) throw FetchError("too many redirects");
      current = ResolveLocation(current, response[http::field::location]);
      continue;
    }
    HttpResponse result;
    if (status == 304) {
      result.not_modified = true;
      result.validators = previous;
      return result;
    }
    if (status != 200) {
      throw FetchError("HTTP " + std::to_string(status) + " " + std::string(response.reason()));
    }
    result.body = response.body();
    result.content_type = std::string(response[http::field::content_type]);
    result.validators.etag = std::string(response[http::field::etag]);
    result.validators.last_modified = std::string(response[http::field::last_modified]);
    return result;
  }
}

}  // namespace gleaner::cli
