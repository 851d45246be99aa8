// Alert matching: the alert's query filtered to the new documents' id terms,
// with Xapian's matching terms mapped back to entities.
#include "engine/alert_match.h"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

#include "engine/document_json.h"
#include "engine/index.h"
#include "engine/query.h"

namespace gleaner {
namespace {

constexpr std::size_t kMainEntitiesShown = 5;

struct EntityPrefix {
  std::string_view prefix;
  std::string_view type;
};
// The one-letter country prefix comes last, after the two-letter ones.
constexpr EntityPrefix kEntityPrefixes[] = {
    {schema::kOrganization, "org"}, {schema::kPlace, "place"}, {schema::kPerson, "person"},
    {schema::kCount, "count"},      {schema::kCountry, "country"},
};

// "XO:OSCE" -> {org, OSCE}; terms of other prefixes -> nullopt.
std::optional<MatchedEntity> EntityOfTerm(std::string_view term) {
  for (const EntityPrefix& entity : kEntityPrefixes) {
    if (term.size() <= entity.prefix.size() || !term.starts_with(entity.prefix)) continue;
    std::string_view value = term.substr(entity.prefix.size());
    if (entity.prefix.size() > 1 && value.front() == ':') value.remove_prefix(1);
    if (entity.prefix == schema::kCountry && !(value.front() >= 'a' && value.front() <= 'z')) {
      return std::nullopt;  // single-letter prefix: only lower-case ISO codes follow it
    }
    return MatchedEntity{std::string(entity.type), std::string(value)};
  }
  return std::nullopt;
}

// The organizations, places and persons mentioned most often, most first.
std::vector<MatchedEntity> MainEntities(const Analysis& analysis) {
  std::map<std::pair<std::string, std::string>, std::size_t> counts;
  std::unordered_map<std::string, std::size_t> first_seen;
  for (const Mention& mention : analysis.mentions) {
    std::string type;
    std::string value = mention.text;
    if (mention.type == MentionType::kOrganization) {
      type = "org";
      if (auto canonical = mention.attributes.find("canonical");
          canonical != mention.attributes.end()) {
        value = canonical->second;
      }
    } else if (mention.type == MentionType::kLocation) {
      type = "place";
    } else if (mention.type == MentionType::kPerson) {
      type = "person";
    } else {
      continue;
    }
    ++counts[{type, value}];
    first_seen.emplace(type + '\x1f' + value, first_seen.size());
  }
  std::vector<std::pair<std::pair<std::string, std::string>, std::size_t>> ranked(counts.begin(),
                                                                                   counts.end());
  std::stable_sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
    if (a.second != b.second) return a.second > b.second;
    return first_seen.at(a.first.first + '\x1f' + a.first.second) <
           first_seen.at(b.first.first + '\x1f' + b.first.second);
  });
  std::vector<MatchedEntity> entities;
  for (const auto& [entity, count] : ranked) {
    if (entities.size() == kMainEntitiesShown) break;
    entities.push_back({entity.first, entity.second});
  }
  return entities;
}

}  // namespace

std::vector<AlertMatch> MatchAlert(const Xapian::Database& db, const Alert& alert,
                                   const std::vector<std::string>& doc_ids) {
  std::vector<AlertMatch> matches;
  if (doc_ids.empty()) return matches;
  const Xapian::Query parsed = ParseQuery(db, alert.query);
  if (parsed.empty()) return matches;
  std::vector<std::string> id_terms;
  id_terms.reserve(doc_ids.size());
  for (const std::string& id : doc_ids) id_terms.push_back(IdTerm(id));
  const Xapian::Query new_documents(Xapian::Query::OP_OR, id_terms.begin(), id_terms.end());

  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, parsed, new_documents));
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  const Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(doc_ids.size()));

  std::unordered_map<std::string, AlertMatch> by_id;
  for (auto hit = mset.begin(); hit != mset.end(); ++hit) {
    const std::string data = hit.get_document().get_data();
    const StoredDocument stored = DocumentFromJson(boost::json::parse(data).as_object());
    AlertMatch match{alert.name, stored.document.id, stored.document.title, stored.document.date,
                     {}};
    for (auto term = enquire.get_matching_terms_begin(hit);
         term != enquire.get_matching_terms_end(hit); ++term) {
      if (auto entity = EntityOfTerm(*term)) match.entities.push_back(std::move(*entity));
    }
    if (match.entities.empty()) match.entities = MainEntities(stored.analysis);
    by_id.emplace(match.doc_id, std::move(match));
  }
  for (const std::string& id : doc_ids) {
    if (auto found = by_id.find(id); found != by_id.end()) {
      matches.push_back(std::move(found->second));
      by_id.erase(found);
    }
  }
  return matches;
}

boost::json::object AlertMatchToJson(const AlertMatch& match) {
  boost::json::array entities;
  for (const MatchedEntity& entity : match.entities) {
    entities.push_back(boost::json::object{{"type", entity.type}, {"value", entity.value}});
  }
  return boost::json::object{{"alert", match.alert},
                             {"id", match.doc_id},
                             {"title", match.title},
                             {"date", match.date},
                             {"entities", std::move(entities)}};
}

}  // namespace gleaner
