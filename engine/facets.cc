// The facet MatchSpy: walks each matching document's term list from each
// facet prefix and counts the values found there.
#include "engine/facets.h"

#include <algorithm>
#include <stdexcept>

#include "engine/index.h"

namespace gleaner {

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

TermFacetSpy::TermFacetSpy(const std::vector<std::string>& facets) {
  for (const std::string& name : facets) {
    const std::string_view* prefix = FindFacetPrefix(name);
    if (prefix == nullptr) throw std::invalid_argument("unknown facet '" + name + "'");
    counters_.push_back(Counter{name, std::string(*prefix), 0, {}});
  }
}

void TermFacetSpy::operator()(const Xapian::Document& doc, double /*weight*/) {
  ++documents_seen_;
  for (Counter& counter : counters_) {
    bool any = false;
    Xapian::TermIterator term = doc.termlist_begin();
    const Xapian::TermIterator end = doc.termlist_end();
    term.skip_to(counter.prefix);
    for (; term != end; ++term) {
      const std::string& text = *term;
      if (text.compare(0, counter.prefix.size(), counter.prefix) != 0) break;
      // A longer prefix sharing these letters (XG vs XGEO) is another field:
      // a value starts with ':' or a non-capital.
      if (text.size() > counter.prefix.size()) {
        const char next = text[counter.prefix.size()];
        if (counter.prefix.size() > 1 && next >= 'A' && next <= 'Z') continue;
      }
      ++counter.counts[FacetValueOf(text, counter.prefix)];
      any = true;
    }
    if (any) ++counter.documents_with_value;
  }
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
    std::stable_sort(facet.values.begin(), facet.values.end(),
                     [](const FacetValue& a, const FacetValue& b) {
                       return a.documents > b.documents;
                     });
    if (limit != 0 && facet.values.size() > limit) facet.values.resize(limit);
    results.push_back(std::move(facet));
  }
  return results;
}

}  // namespace gleaner
