// Tests for Attributes (engine/document.h), the sorted vector that holds a
// Mention's attributes in place of a std::map<std::string, std::string>:
// after any sequence of the operations the extractors use it must hold,
// iterate, find and compare exactly as that map would (output order and
// mention sorting depend on it).
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "engine/document.h"

namespace gleaner {
namespace {

using StdMap = std::map<std::string, std::string>;

std::vector<std::pair<std::string, std::string>> Entries(const Attributes& attributes) {
  std::vector<std::pair<std::string, std::string>> entries;
  for (const auto& [key, value] : attributes) entries.emplace_back(key, value);
  return entries;
}

std::vector<std::pair<std::string, std::string>> Entries(const StdMap& map) {
  return {map.begin(), map.end()};
}

TEST(MentionAttributes, BehavesAsAStdMapUnderRandomOperations) {
  // Names that sort in every order against each other, including a prefix
  // ("lat" < "latitude") and an empty name.
  const std::vector<std::string> names = {"unit",   "rule",  "country",     "kind", "lat",
                                          "latitude", "lon", "geonames_id", "",     "parent",
                                          "canonical", "a long attribute name beyond SSO",
                                          "\xc3\xa9t\xc3\xa9", "\x7f", "Unit", "~"};
  std::mt19937 random(20261127);
  for (int round = 0; round < 2000; ++round) {
    Attributes attributes;
    StdMap map;
    const int steps = static_cast<int>(random() % 9);
    for (int step = 0; step < steps; ++step) {
      const std::string& name = names[random() % names.size()];
      const std::string value = std::to_string(random() % 3) + std::string(random() % 20, 'v');
      switch (random() % 3) {
        case 0:
          attributes[name] = value;
          map[name] = value;
          break;
        case 1: {
          const auto [at, inserted] = attributes.emplace(name, value);
          const auto [map_at, map_inserted] = map.emplace(name, value);
          EXPECT_EQ(inserted, map_inserted);
          EXPECT_EQ(at->first, map_at->first);
          EXPECT_EQ(at->second, map_at->second);
          break;
        }
        default:
          attributes[name];  // inserts an empty value when missing
          map[name];
      }
    }
    ASSERT_EQ(Entries(attributes), Entries(map));
    EXPECT_EQ(attributes.size(), map.size());
    EXPECT_EQ(attributes.empty(), map.empty());
    for (const std::string& name : names) {
      const auto found = attributes.find(name);
      ASSERT_EQ(found != attributes.end(), map.contains(name)) << name;
      EXPECT_EQ(attributes.contains(name), map.contains(name));
      EXPECT_EQ(attributes.count(name), map.count(name));
      if (map.contains(name)) {
        EXPECT_EQ(found->second, map.at(name));
        EXPECT_EQ(attributes.at(name), map.at(name));
      } else {
        EXPECT_THROW(attributes.at(name), std::out_of_range);
      }
    }
  }
}

TEST(MentionAttributes, ComparesAsAStdMap) {
  std::mt19937 random(7);
  const std::vector<std::string> names = {"a", "b", "ab", "c"};
  std::vector<std::pair<Attributes, StdMap>> samples;
  for (int i = 0; i < 200; ++i) {
    Attributes attributes;
    StdMap map;
    const int count = static_cast<int>(random() % 4);
    for (int k = 0; k < count; ++k) {
      const std::string& name = names[random() % names.size()];
      const std::string value(random() % 3, 'x');
      attributes[name] = value;
      map[name] = value;
    }
    samples.emplace_back(std::move(attributes), std::move(map));
  }
  for (const auto& [a, map_a] : samples) {
    for (const auto& [b, map_b] : samples) {
      ASSERT_EQ(a == b, map_a == map_b);
      ASSERT_EQ(a < b, map_a < map_b);
      ASSERT_EQ(b < a, map_b < map_a);
    }
  }
}

TEST(MentionAttributes, InitializerListKeepsTheFirstOfEqualNamesAsAMapDoes) {
  Attributes attributes = {{"parent", "UN"}, {"canonical", "WFP"}, {"parent", "EU"}};
  const StdMap map = {{"parent", "UN"}, {"canonical", "WFP"}, {"parent", "EU"}};
  EXPECT_EQ(Entries(attributes), Entries(map));
  attributes = {{"kind", "team"}};
  EXPECT_EQ(Entries(attributes), Entries(StdMap{{"kind", "team"}}));
}

}  // namespace
}  // namespace gleaner
