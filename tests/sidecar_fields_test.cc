// Tests for ApplySidecar's parsing (engine/readers/reader.cc): it reads a
// sidecar's "date", "title" and "url" with a handler on Boost.JSON's parser
// instead of building the JSON tree. On valid and hostile sidecars it must
// give what the tree-building reading gave: the same fields, or the same
// error message (with the same byte offset).
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "engine/document.h"
#include "engine/readers/reader.h"
#include "tests/test_support.h"

namespace gleaner {
namespace {

using ::gleaner::testing::ScratchDir;
using ::gleaner::testing::WriteFile;

// The reading ApplySidecar replaced: a boost::json::stream_parser tree.
std::string TreeReading(const std::string& bytes) {
  const std::string reason_prefix = "bad sidecar a.meta.json: ";
  boost::json::stream_parser parser;
  boost::system::error_code json_error;
  const std::size_t consumed = parser.write(bytes.data(), bytes.size(), json_error);
  if (!json_error) parser.finish(json_error);
  if (json_error) {
    return "error: " + reason_prefix + json_error.message() + " at byte " +
           std::to_string(std::min(consumed, bytes.size()));
  }
  const boost::json::value root = parser.release();
  if (!root.is_object()) return "error: " + reason_prefix + "not a JSON object";
  const boost::json::object& fields = root.get_object();
  std::string reading;
  for (const char* key : {"date", "title", "url"}) {
    const boost::json::value* value = fields.if_contains(key);
    if (value == nullptr || value->is_null()) continue;
    if (!value->is_string()) {
      return "error: " + reason_prefix + "\"" + key + "\" is not a string";
    }
    const std::string text(value->get_string());
    if (text.find('\0') != std::string::npos) {
      return "error: " + reason_prefix + "\"" + key + "\" holds a NUL character (\\u0000)";
    }
    if (std::string(key) == "date") {
      const std::string normalized = NormalizeIsoDate(text);
      if (normalized.empty()) {
        return "error: " + reason_prefix + "bad date \"" + text + "\" (want YYYY-MM-DD)";
      }
      reading += "date=" + normalized + ";";
    } else if (!text.empty()) {
      reading += std::string(key) + "=" + text + ";";
    }
  }
  return reading;
}

std::string SidecarReading(const ScratchDir& scratch, const std::string& bytes) {
  WriteFile(scratch / "a.meta.json", bytes);
  Document doc;
  try {
    ApplySidecar((scratch / "a.txt").string(), doc);
  } catch (const ReadError& error) {
    return std::string("error: ") + error.what();
  }
  std::string reading;
  if (doc.date_source == DateSource::kSidecar) reading += "date=" + doc.date + ";";
  if (!doc.title.empty()) reading += "title=" + doc.title + ";";
  if (!doc.url.empty()) reading += "url=" + doc.url + ";";
  return reading;
}

TEST(SidecarFields, ReadAsTheJsonTreeReadThem) {
  std::vector<std::string> sidecars = {
      R"({"date": "1987-02-26", "title": "BAHIA COCOA REVIEW", "places": ["el-salvador", "usa"], "orgs": [], "topics": ["cocoa"], "people": [], "lewissplit": "TRAIN"})",
      R"({})", R"([])", R"("date")", R"(12)", R"(null)", R"(true)", "", " ", "\n\t ",
      R"({"date": "2021-10-15T13:37:00+06:00", "title": "T", "url": "https://x.org/a?b=c"})",
      R"({"date": "20211015"})", R"({"date": "2021-02-30"})", R"({"date": ""})",
      R"({"date": null, "title": null, "url": null})", R"({"title": ""})",
      R"({"title": 12})", R"({"title": 1.5})", R"({"title": -3})", R"({"url": true})",
      R"({"url": false})", R"({"title": {"text": "nested"}})", R"({"title": ["a"]})",
      R"({"date": {}})", R"({"date": []})",
      // a key given twice: the last value counts
      R"({"title": "first", "title": "second"})", R"({"title": 1, "title": "fine"})",
      R"({"title": "fine", "title": 1})", R"({"title": "x", "title": null})",
      R"({"date": null, "date": "2020-01-01"})",
      // keys and values with escapes, keys only like ours
      R"({"d\u0061te": "2020-05-06", "t\"itle": "no", "title": "A \"quoted\" \\ title \u00e9\ud83d\ude00"})",
      R"({"Title": "case", "titles": "plural", "tit": "short", "url ": "space"})",
      R"({"title": "Press\u0000release"})", R"({"url": "https://example.org/\u0000"})",
      R"({"date": "2020-01-01\u0000"})",
      // the kept keys inside nested objects and arrays do not count
      R"({"meta": {"title": "inner", "date": "1999-01-01"}, "list": [{"url": "u"}]})",
      R"([{"title": "in an array"}])", R"({"a": [[[{"title": "deep"}]]], "title": "top"})",
      // malformed JSON, at various places
      R"({"date": "2020-01-01"} trailing)", R"({"date": "2020-01-01"}})", R"({"date": )",
      R"({"date")", R"({"title": "unterminated)", R"({"title": "x",})", R"({,})",
      R"({"title": 'single'})", R"({"title": "x" /* comment */})", R"(// c
{"title": "x"})", R"({"title": "bad escape \q"})", R"({"title": "\u12"})",
      R"({"title": "\ud800"})", R"({"n": 1e999})", R"({"n": 01})", R"({"n": -})",
      "{\"title\": \"raw\ttab\"}", "{\"title\": \"raw\nnewline\"}",
      "{\"title\": \"bad utf-8 \xC3\x28\"}", "{\"title\": \"\xF0\x9F\x98\"}",
      "{\"title\": \"\xE2\x80\x9Cok\xE2\x80\x9D\"}", "\xEF\xBB\xBF{\"title\": \"bom\"}",
      "{\"title\": \"x\"}\n", "{\"title\": \"x\"}\0", "{\"ti\0tle\": \"x\"}",
      std::string(40, '[') + std::string(40, ']'), "{\"a\":" + std::string(40, '[') + std::string(40, ']') + "}",
      "{\"title\": \"" + std::string(5000, 'L') + "\"}",
      "{\"title\": \"" + std::string(3000, 'a') + "\\\"" + std::string(3000, 'b') + "\"}",
  };
  // every prefix of a typical sidecar
  const std::string typical = sidecars[0];
  for (std::size_t length = 0; length < typical.size(); length += 7) {
    sidecars.push_back(typical.substr(0, length));
  }
  ScratchDir scratch;
  WriteFile(scratch / "a.txt", "A\n");
  for (const std::string& sidecar : sidecars) {
    EXPECT_EQ(SidecarReading(scratch, sidecar), TreeReading(sidecar)) << sidecar;
  }
}

TEST(SidecarFields, SidecarPathReplacesTheExtensionAsPathDoes) {
  for (const std::string path : {"x/a.txt", "a", ".hidden", "x/.hidden", "x/a.b.c", "x.y/a",
                                 "x/a.", "x/..", "x/.", "/abs/r.2021.txt", "x/", "..a", "/"}) {
    std::filesystem::path expected = path;
    expected.replace_extension(".meta.json");
    EXPECT_EQ(SidecarPath(path), expected) << path;
    EXPECT_EQ(SidecarPath(path).native(), expected.native()) << path;
  }
}

}  // namespace
}  // namespace gleaner
