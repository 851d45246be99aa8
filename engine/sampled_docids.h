// A uniform, repeatable sample of a database's document ids as a Xapian
// PostingSource. Filtering a query by it makes the matcher visit only the
// sampled matches (the AND skips over the rest), which is how facet counts of
// very large result sets are estimated without reading every match's values.
#ifndef GLEANER_ENGINE_SAMPLED_DOCIDS_H_
#define GLEANER_ENGINE_SAMPLED_DOCIDS_H_

#include <cstdint>
#include <string>

#include <xapian.h>

namespace gleaner {

class SampledDocids : public Xapian::PostingSource {
 public:
  // Keeps each document id with probability `fraction` (0 < fraction <= 1),
  // decided by a hash of the id, so the same query samples the same documents.
  explicit SampledDocids(double fraction);

  // Whether `docid` belongs to the sample.
  bool Contains(Xapian::docid docid) const;
  double fraction() const { return fraction_; }

  Xapian::doccount get_termfreq_min() const override;
  Xapian::doccount get_termfreq_est() const override;
  Xapian::doccount get_termfreq_max() const override;
  Xapian::docid get_docid() const override { return current_; }
  void next(double min_wt) override;
  void skip_to(Xapian::docid did, double min_wt) override;
  bool at_end() const override { return current_ > last_docid_; }
  // Called once per sub-database of a multi-database, on a clone.
  Xapian::PostingSource* clone() const override;
  void init(const Xapian::Database& db) override;
  std::string get_description() const override;

 private:
  double fraction_;
  std::uint64_t cutoff_;  // a docid is sampled when its hash is below this
  Xapian::doccount documents_ = 0;
  Xapian::docid last_docid_ = 0;
  Xapian::docid current_ = 0;
};

}  // namespace gleaner

#endif  // GLEANER_ENGINE_SAMPLED_DOCIDS_H_
