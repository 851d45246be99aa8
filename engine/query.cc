// The query language: field processors for gleaner's fields, the date range
// processor, and syntax checks that give the position of a problem.
#include "engine/query.h"

#include <charconv>
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/facets.h"
#include "engine/index.h"

namespace gleaner {
namespace {

std::string LowerAscii(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

int Number(std::string_view digits) {
  int value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

// Parses YYYY, YYYY-MM or YYYY-MM-DD (also without dashes); `upper` picks
// the last day of a year or month instead of the first. Returns "" when the
// text is not such a date.
std::string DateBound(std::string_view text, bool upper) {
  std::string digits;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      digits.push_back(c);
    } else if (c != '-') {
      return {};
    }
  }
  if (digits.size() == 4) return digits + (upper ? "1231" : "0101");
  if (digits.size() == 6) {
    const int month = Number(std::string_view(digits).substr(4, 2));
    if (month < 1 || month > 12) return {};
    if (!upper) return digits + "01";
    const std::chrono::year_month_day_last last{
        std::chrono::year{Number(std::string_view(digits).substr(0, 4))} /
        std::chrono::month{static_cast<unsigned>(month)} / std::chrono::last};
    const unsigned day = static_cast<unsigned>(last.day());
    return digits + (day < 10 ? "0" : "") + std::to_string(day);
  }
  if (digits.size() == 8) {
    const std::string_view d(digits);
    const std::chrono::year_month_day day{
        std::chrono::year{Number(d.substr(0, 4))},
        std::chrono::month{static_cast<unsigned>(Number(d.substr(4, 2)))},
        std::chrono::day{static_cast<unsigned>(Number(d.substr(6, 2)))}};
    return day.ok() ? digits : std::string{};
  }
  return {};
}

// date:START..END over the YYYYMMDD value slot.
// Processors must not throw through Xapian's parser (it leaks its parse
// state then): they record the first problem in `error` and match nothing;
// ParseQuery throws it after parsing.
void RecordError(std::string* error, std::string message) {
  if (error->empty()) *error = std::move(message);
}

class DocumentDateRange : public Xapian::RangeProcessor {
 public:
  explicit DocumentDateRange(std::string* error)
      : Xapian::RangeProcessor(schema::kDateSlot, std::string(schema::kDateRangeField)),
        error_(error) {}

  Xapian::Query operator()(const std::string& begin, const std::string& end) override {
    const std::string low = begin.empty() ? std::string() : DateBound(begin, false);
    const std::string high = end.empty() ? std::string() : DateBound(end, true);
    if ((!begin.empty() && low.empty()) || (!end.empty() && high.empty())) {
      RecordError(error_, "date range '" + begin + ".." + end +
                              "': use YYYY, YYYY-MM or YYYY-MM-DD on each side");
      return Xapian::Query::MatchNothing;
    }
    if (high.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, low);
    if (low.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, high);
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, low, high);
  }

 private:
  std::string* error_;
};

// The terms under `prefix` whose value passes `keep`, ORed; a query that
// matches nothing when there are none.
template <typename Keep>
Xapian::Query MatchingTerms(const Xapian::Database& db, std::string_view prefix, Keep keep) {
  std::vector<Xapian::Query> terms;
  const std::string p(prefix);
  for (Xapian::TermIterator it = db.allterms_begin(p); it != db.allterms_end(p); ++it) {
    const std::string term = *it;
    if (prefix.size() > 1 && term.size() > prefix.size()) {
      const char next = term[prefix.size()];
      if (next >= 'A' && next <= 'Z') continue;  // a longer prefix sharing these letters
    }
    if (keep(FacetValueOf(term, prefix))) terms.emplace_back(term);
  }
  if (terms.empty()) return Xapian::Query::MatchNothing;
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

// org:, place:, person: — the value matched against the indexed names
// without regard to ASCII case.
class EntityFilter : public Xapian::FieldProcessor {
 public:
  EntityFilter(const Xapian::Database& db, std::string_view prefix) : db_(db), prefix_(prefix) {}
  Xapian::Query operator()(const std::string& value) override {
    const std::string wanted = LowerAscii(value);
    return MatchingTerms(db_, prefix_,
                         [&](const std::string& name) { return LowerAscii(name) == wanted; });
  }

 private:
  Xapian::Database db_;
  std::string prefix_;
};

class CountryFilter : public Xapian::FieldProcessor {
 public:
  Xapian::Query operator()(const std::string& value) override {
    return Xapian::Query(BooleanTerm(schema::kCountry, LowerAscii(value)));
  }
};

// mentioned:2021, mentioned:2021-04, mentioned:2017..2019
class MentionedFilter : public Xapian::FieldProcessor {
 public:
  MentionedFilter(const Xapian::Database& db, std::string* error) : db_(db), error_(error) {}
  Xapian::Query operator()(const std::string& value) override {
    const auto is_digits = [](std::string_view text) {
      return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
    };
    const std::string_view v(value);
    if (v.size() == 4 && is_digits(v)) {
      return Xapian::Query(BooleanTerm(schema::kMentionedYear, v));
    }
    if (v.size() == 7 && v[4] == '-' && is_digits(v.substr(0, 4)) && is_digits(v.substr(5))) {
      return Xapian::Query(
          BooleanTerm(schema::kMentionedMonth, std::string(v.substr(0, 4)) + std::string(v.substr(5))));
    }
    const std::size_t dots = v.find("..");
    if (dots != std::string_view::npos) {
      const std::string_view low = v.substr(0, dots);
      const std::string_view high = v.substr(dots + 2);
      if ((low.empty() || (low.size() == 4 && is_digits(low))) &&
          (high.empty() || (high.size() == 4 && is_digits(high)))) {
        const int from = low.empty() ? 0 : Number(low);
        const int to = high.empty() ? 9999 : Number(high);
        return MatchingTerms(db_, schema::kMentionedYear, [&](const std::string& year) {
          const int y = Number(year);
          return y >= from && y <= to;
        });
      }
    }
    RecordError(error_, "mentioned:" + value + ": use YYYY, YYYY-MM or YYYY..YYYY");
    return Xapian::Query::MatchNothing;
  }

 private:
  Xapian::Database db_;
  std::string* error_;
};

// count:women>=20 — counts of a unit compared with a number.
class CountFilter : public Xapian::FieldProcessor {
 public:
  CountFilter(const Xapian::Database& db, std::string* error) : db_(db), error_(error) {}
  Xapian::Query operator()(const std::string& value) override {
    const std::size_t op_at = value.find_first_of("<>=");
    if (op_at == 0 || op_at == std::string::npos) return Malformed(value);
    std::size_t number_at = op_at + 1;
    if (number_at < value.size() && value[number_at] == '=') ++number_at;
    const std::string op = value.substr(op_at, number_at - op_at);
    const std::string_view digits = std::string_view(value).substr(number_at);
    if (digits.empty() || digits.find_first_not_of("0123456789") != std::string_view::npos ||
        digits.size() > 15 || (op != "<" && op != ">" && op != "=" && op != "<=" && op != ">=")) {
      return Malformed(value);
    }
    const std::int64_t bound = std::stoll(std::string(digits));
    const std::string unit = LowerAscii(value.substr(0, op_at));
    std::vector<std::string> units = {unit};
    if (unit.size() > 1 && unit.back() == 's') units.push_back(unit.substr(0, unit.size() - 1));
    if (unit.back() != 's') units.push_back(unit + "s");
    std::vector<Xapian::Query> parts;
    for (const std::string& u : units) {
      parts.push_back(MatchingTerms(
          db_, BooleanTerm(schema::kCount, u + "#"), [&](const std::string& number) {
            if (number.empty() || number.size() > 15 ||
                number.find_first_not_of("0123456789") != std::string::npos) {
              return false;
            }
            const std::int64_t n = std::stoll(number);
            return op == "<" ? n < bound : op == ">" ? n > bound : op == "<=" ? n <= bound
                 : op == ">=" ? n >= bound : n == bound;
          }));
    }
    return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
  }

 private:
  Xapian::Query Malformed(const std::string& value) {
    RecordError(error_, "count:" + value + ": use UNIT>=N (or >, <, <=, =), e.g. count:women>=20");
    return Xapian::Query::MatchNothing;
  }
  Xapian::Database db_;
  std::string* error_;
};

bool IsFieldChar(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Position-aware checks Xapian's parser does not make: unknown field names,
// unbalanced quotes and brackets.
void CheckSyntax(std::string_view query) {
  int depth = 0;
  std::size_t open_quote = std::string_view::npos;
  std::vector<std::size_t> open_brackets;
  for (std::size_t i = 0; i < query.size(); ++i) {
    const char c = query[i];
    if (c == '"') {
      open_quote = open_quote == std::string_view::npos ? i : std::string_view::npos;
      continue;
    }
    if (open_quote != std::string_view::npos) continue;
    if (c == '(') {
      open_brackets.push_back(i);
      ++depth;
    } else if (c == ')') {
      if (depth == 0) {
        throw QueryError("query column " + std::to_string(i + 1) + ": ')' without '('");
      }
      open_brackets.pop_back();
      --depth;
    } else if (IsFieldChar(c) && (i == 0 || !IsFieldChar(query[i - 1]))) {
      std::size_t end = i;
      while (end < query.size() && IsFieldChar(query[end])) ++end;
      if (end < query.size() && query[end] == ':' && end + 1 < query.size() &&
          query[end + 1] != ' ' && (i == 0 || query[i - 1] == ' ' || query[i - 1] == '(' ||
                                    query[i - 1] == '+' || query[i - 1] == '-')) {
        const std::string_view name = query.substr(i, end - i);
        bool known = name == schema::kDateRangeField.substr(0, schema::kDateRangeField.size() - 1);
        for (const schema::Field& field : schema::kFields) known = known || field.name == name;
        if (!known) {
          std::string fields = "date";
          for (const schema::Field& field : schema::kFields) fields += ", " + std::string(field.name);
          throw QueryError("query column " + std::to_string(i + 1) + ": unknown field '" +
                           std::string(name) + ":' (fields: " + fields + ")");
        }
      }
      i = end - 1;
    }
  }
  if (open_quote != std::string_view::npos) {
    throw QueryError("query column " + std::to_string(open_quote + 1) + ": unclosed '\"'");
  }
  if (!open_brackets.empty()) {
    throw QueryError("query column " + std::to_string(open_brackets.back() + 1) +
                     ": unclosed '('");
  }
}

}  // namespace

Xapian::Query ParseQuery(const Xapian::Database& db, std::string_view query,
                         std::string* suggestion) {
  CheckSyntax(query);
  std::string error;  // outlives the parser, which owns the processors
  Xapian::QueryParser parser;
  parser.set_database(db);
  parser.set_stemmer(Xapian::Stem(std::string(schema::kStemLanguage)));
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser.set_default_op(Xapian::Query::OP_AND);
  parser.set_max_expansion(200, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
  const std::string non_exclusive;  // repeated filters of these fields are ANDed
  for (const schema::Field& field : schema::kFields) {
    const std::string name(field.name);
    if (!field.boolean) {
      parser.add_prefix(name, std::string(field.prefix));
    } else if (field.prefix == schema::kOrganization || field.prefix == schema::kPlace ||
               field.prefix == schema::kPerson) {
      parser.add_boolean_prefix(name, (new EntityFilter(db, field.prefix))->release(),
                                &non_exclusive);
    } else if (field.prefix == schema::kCountry) {
      parser.add_boolean_prefix(name, (new CountryFilter)->release(), &non_exclusive);
    } else if (field.prefix == schema::kMentionedYear) {
      parser.add_boolean_prefix(name, (new MentionedFilter(db, &error))->release(), &non_exclusive);
    } else if (field.prefix == schema::kCount) {
      parser.add_boolean_prefix(name, (new CountFilter(db, &error))->release(), &non_exclusive);
    } else {
      parser.add_boolean_prefix(name, std::string(field.prefix));
    }
  }
  parser.add_rangeprocessor((new DocumentDateRange(&error))->release());
  const unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
                         Xapian::QueryParser::FLAG_PURE_NOT |
                         Xapian::QueryParser::FLAG_AUTO_MULTIWORD_SYNONYMS |
                         (suggestion != nullptr ? Xapian::QueryParser::FLAG_SPELLING_CORRECTION : 0);
  try {
    Xapian::Query parsed = parser.parse_query(std::string(query), flags);
    if (!error.empty()) throw QueryError(error);
    if (suggestion != nullptr) *suggestion = parser.get_corrected_query_string();
    return parsed;
  } catch (const Xapian::QueryParserError& e) {
    throw QueryError("cannot parse query '" + std::string(query) + "': " + e.get_msg());
  }
}

}  // namespace gleaner
