// The facet MatchSpy: walks each matching document's term list from each
// facet prefix and counts the values found there.
#include "engine/facets.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include <boost/json.hpp>

#include "engine/index.h"

namespace gleaner {

namespace {

// Walks `doc`'s term list from `prefix`, calling `visit` with each value.
template <typename Visit>
void ForEachPrefixedValue(const Xapian::Document& doc, std::string_view prefix, Visit visit) {
  Xapian::TermIterator term = doc.termlist_begin();
  const Xapian::TermIterator end = doc.termlist_end();
  term.skip_to(std::string(prefix));
  for (; term != end; ++term) {
    const std::string& text = *term;
    if (text.compare(0, prefix.size(), prefix) != 0) break;
    // A longer prefix sharing these letters (XG vs XGEO) is another field:
    // a value starts with ':' or a non-capital.
    if (prefix.size() > 1 && text.size() > prefix.size()) {
      const char next = text[prefix.size()];
      if (next >= 'A' && next <= 'Z') continue;
    }
    visit(FacetValueOf(text, prefix));
  }
}

}  // namespace

std::string PackFacetValues(const Xapian::Document& doc, std::string_view prefix) {
  std::string packed;
  ForEachPrefixedValue(doc, prefix, [&](const std::string& value) {
    packed += value;
    packed += schema::kFacetValueEnd;
  });
  return packed;
}

std::optional<Xapian::valueno> FacetSlot(std::string_view name) {
  Xapian::valueno slot = schema::kFacetSlotBase;
  for (const schema::Facet& facet : schema::kFacets) {
    if (facet.name == name) return slot;
    ++slot;
  }
  return std::nullopt;
}

const std::string_view* FindFacetPrefix(std::string_view name) {
  for (const schema::Facet& facet : schema::kFacets) {
    if (facet.name == name) return &facet.prefix;
  }
  return nullptr;
}

std::string FacetValueOf(std::string_view term, std::string_view prefix) {
  term.remove_prefix(prefix.size());
  if (prefix.size() > 1 && !term.empty() && term[0] == ':') term.remove_prefix(1);
  return std::string(term);
}

TermFacetSpy::TermFacetSpy(const std::vector<std::string>& facets,
                           const Xapian::Database* values_from) {
  for (const std::string& name : facets) {
    const std::optional<Xapian::valueno> slot = FacetSlot(name);
    if (!slot) throw std::invalid_argument("unknown facet '" + name + "'");
    counters_.push_back(Counter{name, *slot, 0, {}, {}, 0});
  }
  if (values_from != nullptr) values_from_ = *values_from;
}

std::string TermFacetSpy::ReadPacked(Counter& counter, const Xapian::Document& doc,
                                     Xapian::docid docid) {
  if (!values_from_) return doc.get_value(counter.slot);
  // The matcher visits a database in ascending docid order (a multi-database
  // one sub-database after another), so the stream only moves forward except
  // when a new sub-database starts: then it is reopened.
  if (counter.stream_docid == 0 || docid < counter.stream_docid) {
    counter.stream = values_from_->valuestream_begin(counter.slot);
  }
  counter.stream_docid = docid;
  if (counter.stream == values_from_->valuestream_end(counter.slot)) return {};
  counter.stream.skip_to(docid);
  if (counter.stream == values_from_->valuestream_end(counter.slot) ||
      counter.stream.get_docid() != docid) {
    return {};
  }
  return *counter.stream;
}

void TermFacetSpy::Count(Counter& counter, std::string_view packed) {
  if (packed.empty()) return;
  ++counter.documents_with_value;
  std::size_t begin = 0;
  for (std::size_t end = packed.find(schema::kFacetValueEnd); end != std::string_view::npos;
       end = packed.find(schema::kFacetValueEnd, begin)) {
    const std::string_view value = packed.substr(begin, end - begin);
    auto found = counter.counts.find(value);
    if (found == counter.counts.end()) {
      counter.counts.emplace(std::string(value), 1);
    } else {
      ++found->second;
    }
    begin = end + 1;
  }
}

void TermFacetSpy::operator()(const Xapian::Document& doc, double /*weight*/) {
  ++documents_seen_;
  const Xapian::docid docid = values_from_ ? doc.get_docid() : 0;
  for (Counter& counter : counters_) Count(counter, ReadPacked(counter, doc, docid));
}

Xapian::MatchSpy* TermFacetSpy::clone() const {
  std::vector<std::string> names;
  for (const Counter& counter : counters_) names.push_back(counter.name);
  return new TermFacetSpy(names);
}

std::string TermFacetSpy::name() const { return "gleaner::TermFacetSpy"; }

std::string TermFacetSpy::serialise() const {
  boost::json::array names;
  for (const Counter& counter : counters_) names.emplace_back(counter.name);
  return boost::json::serialize(names);
}

Xapian::MatchSpy* TermFacetSpy::unserialise(const std::string& serialised,
                                            const Xapian::Registry& /*context*/) const {
  std::vector<std::string> names;
  try {
    const boost::json::value parsed = boost::json::parse(serialised);
    for (const boost::json::value& name : parsed.as_array()) {
      names.emplace_back(name.as_string());
    }
  } catch (const std::exception& e) {
    throw Xapian::SerialisationError(std::string("bad TermFacetSpy parameters: ") + e.what());
  }
  return new TermFacetSpy(names);
}

std::string TermFacetSpy::serialise_results() const {
  boost::json::object results;
  results["seen"] = documents_seen_;
  boost::json::array facets;
  for (const Counter& counter : counters_) {
    boost::json::object counts;
    for (const auto& [value, documents] : counter.counts) counts[value] = documents;
    boost::json::object facet;
    facet["with_value"] = counter.documents_with_value;
    facet["counts"] = std::move(counts);
    facets.emplace_back(std::move(facet));
  }
  results["facets"] = std::move(facets);
  return boost::json::serialize(results);
}

void TermFacetSpy::merge_results(const std::string& serialised) {
  try {
    const boost::json::object results = boost::json::parse(serialised).as_object();
    documents_seen_ += static_cast<Xapian::doccount>(results.at("seen").to_number<std::uint64_t>());
    const boost::json::array& facets = results.at("facets").as_array();
    if (facets.size() != counters_.size()) throw std::invalid_argument("facet count differs");
    for (std::size_t i = 0; i < facets.size(); ++i) {
      const boost::json::object& facet = facets[i].as_object();
      Counter& counter = counters_[i];
      counter.documents_with_value +=
          static_cast<Xapian::doccount>(facet.at("with_value").to_number<std::uint64_t>());
      for (const auto& entry : facet.at("counts").as_object()) {
        counter.counts[std::string(entry.key())] +=
            static_cast<Xapian::doccount>(entry.value().to_number<std::uint64_t>());
      }
    }
  } catch (const std::exception& e) {
    throw Xapian::SerialisationError(std::string("bad TermFacetSpy results: ") + e.what());
  }
}

std::string TermFacetSpy::get_description() const {
  return "gleaner::TermFacetSpy(" + serialise() + ")";
}

std::vector<FacetCounts> TermFacetSpy::Results(std::size_t limit) const {
  std::vector<FacetCounts> results;
  for (const Counter& counter : counters_) {
    FacetCounts facet;
    facet.name = counter.name;
    facet.documents_with_value = counter.documents_with_value;
    for (const auto& [value, documents] : counter.counts) {
      facet.values.push_back(FacetValue{value, documents});
    }
    const auto more_frequent = [](const FacetValue& a, const FacetValue& b) {
      return a.documents != b.documents ? a.documents > b.documents : a.value < b.value;
    };
    if (limit != 0 && facet.values.size() > limit) {
      std::partial_sort(facet.values.begin(), facet.values.begin() + static_cast<std::ptrdiff_t>(limit),
                        facet.values.end(), more_frequent);
      facet.values.resize(limit);
    } else {
      std::sort(facet.values.begin(), facet.values.end(), more_frequent);
    }
    results.push_back(std::move(facet));
  }
  return results;
}

void ScaleSampledCounts(std::vector<FacetCounts>& facets, double fraction,
                        Xapian::doccount sample_documents) {
  const auto scaled = [fraction](Xapian::doccount count) {
    return static_cast<Xapian::doccount>(std::llround(count / fraction));
  };
  for (FacetCounts& facet : facets) {
    facet.documents_with_value = scaled(facet.documents_with_value);
    for (FacetValue& value : facet.values) value.documents = scaled(value.documents);
    facet.approximate = true;
    facet.sample_documents = sample_documents;
  }
}

}  // namespace gleaner
