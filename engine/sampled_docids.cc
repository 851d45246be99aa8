// SampledDocids: walks the document ids 1..lastdocid and yields those whose
// mixed hash falls below fraction * 2^64.
#include "engine/sampled_docids.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace gleaner {

namespace {

// splitmix64's finaliser: consecutive ids (and ids repeating with any
// period, as synthetic corpora built by copying do) spread uniformly.
std::uint64_t MixDocid(Xapian::docid docid) {
  std::uint64_t x = docid;
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

}  // namespace

SampledDocids::SampledDocids(double fraction) : fraction_(fraction) {
  if (!(fraction > 0 && fraction <= 1)) {
    throw std::invalid_argument("sample fraction must be in (0, 1]");
  }
  cutoff_ = fraction >= 1 ? std::numeric_limits<std::uint64_t>::max()
                          : static_cast<std::uint64_t>(std::ldexp(fraction, 64));
}

bool SampledDocids::Contains(Xapian::docid docid) const {
  return fraction_ >= 1 || MixDocid(docid) < cutoff_;
}

Xapian::doccount SampledDocids::get_termfreq_min() const { return 0; }

Xapian::doccount SampledDocids::get_termfreq_est() const {
  return static_cast<Xapian::doccount>(std::ceil(documents_ * fraction_));
}

Xapian::doccount SampledDocids::get_termfreq_max() const { return documents_; }

void SampledDocids::next(double /*min_wt*/) {
  do {
    ++current_;
  } while (current_ <= last_docid_ && !Contains(current_));
}

void SampledDocids::skip_to(Xapian::docid did, double min_wt) {
  if (did <= current_) return;
  current_ = did - 1;
  next(min_wt);
}

Xapian::PostingSource* SampledDocids::clone() const { return new SampledDocids(fraction_); }

void SampledDocids::init(const Xapian::Database& db) {
  documents_ = db.get_doccount();
  last_docid_ = db.get_lastdocid();
  current_ = 0;
}

std::string SampledDocids::get_description() const {
  return "gleaner::SampledDocids(" + std::to_string(fraction_) + ")";
}

}  // namespace gleaner
