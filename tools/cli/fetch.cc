// HttpGet on Boost.Beast's synchronous client (over an OpenSSL stream for
// https); Boost.URL splits the address.
#include "tools/cli/fetch.h"

#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/url.hpp>
#include <boost/url/url_view.hpp>

namespace gleaner::cli {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = asio::ssl;

namespace {

struct HttpTarget {
  bool secure = false;  // https
  std::string host;
  std::string port;
  std::string target;  // path and query, at least "/"
};

HttpTarget ParseHttpUrl(const std::string& url) {
  const auto parsed = boost::urls::parse_uri(url);
  if (!parsed) throw FetchError("not a valid URL: " + parsed.error().message());
  if (parsed->scheme() != "http" && parsed->scheme() != "https") {
    throw FetchError("unsupported scheme '" + std::string(parsed->scheme()) +
                     "' (http://, https:// and file:// are supported)");
  }
  HttpTarget target;
  target.secure = parsed->scheme() == "https";
  target.host = parsed->encoded_host().decode();
  if (target.host.empty()) throw FetchError("URL has no host");
  target.port = parsed->has_port() ? std::string(parsed->port()) : target.secure ? "443" : "80";
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

// One GET over `stream` (connected, and for TLS handshaken), read into `parser`.
template <typename Stream>
void Exchange(Stream& stream, const HttpTarget& target, const HttpValidators& previous,
              http::response_parser<http::string_body>& parser) {
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
}

// Makes the TLS handshake on `connection` require a certificate for `host`
// (a DNS name or an IP address); a name is also sent as SNI, so servers with
// many names present the right certificate.
bool ExpectCertificateFor(SSL* connection, const std::string& host) {
  boost::system::error_code not_an_ip;
  asio::ip::make_address(host, not_an_ip);
  if (!not_an_ip) {
    return X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(connection), host.c_str()) == 1;
  }
  return SSL_set1_host(connection, host.c_str()) == 1 &&
         SSL_set_tlsext_host_name(connection, host.c_str()) == 1;
}

// The certificate checks of an https request, for the message: OpenSSL's
// reason ("certificate verify failed") says less than its verify result.
std::string TlsFailure(const beast::system_error& e, SSL* connection) {
  std::string reason = "TLS handshake failed: " + e.code().message();
  const long verify = SSL_get_verify_result(connection);
  if (verify != X509_V_OK) reason += std::string(" (") + X509_verify_cert_error_string(verify) + ")";
  return reason;
}

}  // namespace

HttpResponse HttpGet(const std::string& url, const HttpValidators& previous,
                     const FetchLimits& limits) {
  std::string current = url;
  for (int redirect = 0;; ++redirect) {
    const HttpTarget target = ParseHttpUrl(current);
    asio::io_context io;
    http::response_parser<http::string_body> parser;
    parser.body_limit(limits.max_body_bytes);
    try {
      asio::ip::tcp::resolver resolver(io);
      if (target.secure) {
        ssl::context context(ssl::context::tls_client);
        context.set_default_verify_paths();
        context.set_verify_mode(ssl::verify_peer);
        beast::ssl_stream<beast::tcp_stream> stream(io, context);
        // The certificate must name the host (OpenSSL checks it during the
        // handshake, so a mismatch reads "hostname mismatch").
        SSL* connection = stream.native_handle();
        const bool named = ExpectCertificateFor(connection, target.host);
        if (!named) throw FetchError("cannot check the certificate of " + target.host);
        beast::get_lowest_layer(stream).expires_after(limits.timeout);
        beast::get_lowest_layer(stream).connect(resolver.resolve(target.host, target.port));
        try {
          stream.handshake(ssl::stream_base::client);
        } catch (const beast::system_error& e) {
          if (e.code().category() != asio::error::get_ssl_category()) throw;
          throw FetchError(TlsFailure(e, stream.native_handle()));
        }
        Exchange(stream, target, previous, parser);
        beast::error_code ignored;  // many servers close without a TLS close_notify
        stream.shutdown(ignored);
      } else {
        beast::tcp_stream stream(io);
        stream.expires_after(limits.timeout);
        stream.connect(resolver.resolve(target.host, target.port));
        Exchange(stream, target, previous, parser);
        beast::error_code ignored;
        stream.socket().shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
      }
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
