// PLACEHOLDER: ASCII-only lowercasing with an identity offset map, so the tree
// builds while the ICU implementation is written. Replaced by the real one.
#include "engine/normalize.h"

namespace gleaner {

struct Normalizer::Impl {};
Normalizer::Normalizer() : impl_(std::make_unique<Impl>()) {}
Normalizer::~Normalizer() = default;

NormalizedText Normalizer::Normalize(std::string_view raw) const {
  NormalizedText out;
  out.text.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    out.text.push_back(c);
    out.raw_start.push_back(static_cast<std::uint32_t>(i));
    out.raw_end.push_back(static_cast<std::uint32_t>(i + 1));
  }
  return out;
}

ByteSpan NormalizedText::ToRaw(std::size_t start, std::size_t end) const {
  return {raw_start[start], raw_end[end - 1]};
}

bool IsValidUtf8(std::string_view bytes, std::size_t* error_offset) {
  (void)bytes;
  (void)error_offset;
  return true;
}

}  // namespace gleaner
