// RulePrefilter (see rule_prefilter.h): FilteredRE2 for the atoms of each
// rule, a table of the atoms by their first two bytes to find them in a text.
#include "extractors/rule_prefilter.h"

#include <algorithm>
#include <string>

namespace gleaner {
namespace {

// Atoms of one byte ("-", "/") are kept: without them the rules of numeric
// dates would have none and run on every text.
constexpr int kMinAtomLength = 1;

RE2::Options PatternOptions() {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_log_errors(false);
  return options;
}

}  // namespace

RulePrefilter::RulePrefilter(const RuleSet& rules)
    : filter_(std::make_unique<re2::FilteredRE2>(kMinAtomLength)),
      rule_count_(static_cast<int>(rules.rules().size())) {
  one_byte_atoms_.fill(-1);
  if (rule_count_ == 0) return;
  for (const Rule& rule : rules.rules()) {
    int id = 0;
    if (filter_->Add(rule.pattern, PatternOptions(), &id) != RE2::NoError) {
      throw RuleError("rule '" + rule.name + "': RE2 cannot compile its pattern for the prefilter");
    }
  }
  filter_->Compile(&atoms_);
  const auto pair_of = [](std::string_view atom) {
    return static_cast<unsigned char>(atom[0]) * 256 + static_cast<unsigned char>(atom[1]);
  };
  std::vector<std::uint32_t> pair_counts(256 * 256, 0);
  for (std::size_t id = 0; id < atoms_.size(); ++id) {
    const std::string& atom = atoms_[id];
    if (atom.size() == 1) {
      one_byte_atoms_[static_cast<unsigned char>(atom[0])] = static_cast<int>(id);
    } else if (atom.size() > 1) {
      ++pair_counts[pair_of(atom)];
    }
  }
  pair_starts_.assign(256 * 256 + 1, 0);
  for (std::size_t pair = 0; pair < pair_counts.size(); ++pair) {
    pair_starts_[pair + 1] = pair_starts_[pair] + pair_counts[pair];
  }
  atom_ids_.resize(pair_starts_.back());
  std::vector<std::uint32_t> next(pair_starts_.begin(), pair_starts_.end() - 1);
  for (std::size_t id = 0; id < atoms_.size(); ++id) {
    if (atoms_[id].size() > 1) atom_ids_[next[pair_of(atoms_[id])]++] = static_cast<int>(id);
  }
}

RulePrefilter::~RulePrefilter() = default;

void RulePrefilter::CandidateRules(std::string_view text, std::vector<int>* atoms,
                                   std::vector<int>* candidates) const {
  atoms->clear();
  candidates->clear();
  if (rule_count_ == 0) return;
  const std::size_t size = text.size();
  for (std::size_t i = 0; i < size; ++i) {
    const auto first = static_cast<unsigned char>(text[i]);
    if (one_byte_atoms_[first] >= 0) atoms->push_back(one_byte_atoms_[first]);
    if (i + 1 == size) break;
    const std::size_t pair = first * 256 + static_cast<unsigned char>(text[i + 1]);
    for (std::uint32_t k = pair_starts_[pair]; k < pair_starts_[pair + 1]; ++k) {
      const std::string& atom = atoms_[atom_ids_[k]];
      if (text.compare(i, atom.size(), atom) == 0) atoms->push_back(atom_ids_[k]);
    }
  }
  std::sort(atoms->begin(), atoms->end());
  atoms->erase(std::unique(atoms->begin(), atoms->end()), atoms->end());
  filter_->AllPotentials(*atoms, candidates);
  std::sort(candidates->begin(), candidates->end());
}

}  // namespace gleaner
