// ICU implementation of the matching normalizer (NFKC case folding, dash and
// quote unification, white-space collapsing) with an exact offset map back to
// the raw bytes, plus a strict UTF-8 validator.
//
// How it works: the raw text is cut into normalization segments, i.e. at every
// code point where ICU's nfkc_cf instance reports hasBoundaryBefore(), so a
// base letter and its combining marks form one segment. Each segment is
// normalized on its own (which ICU guarantees gives the same result as
// normalizing the whole text) and every output byte records the raw span of
// its segment. Single code point segments, which are nearly all of them, are
// served from tables built once from the same ICU code path, so ASCII and
// most BMP text never calls into ICU per character.
#include "engine/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <stdexcept>

namespace gleaner {
namespace {

// A segment is cut after this many code points even without a normalization
// boundary (the idea of Unicode's Stream-Safe Text Format, UAX #15). It keeps
// the work per segment bounded, so a run of 100k combining marks costs linear
// time instead of ICU's quadratic canonical reordering.
constexpr int kMaxSegmentCodePoints = 32;

// What one code point contributes to the normalized text.
enum class CodePointRole : std::uint8_t {
  kKeep,         // copied (as UTF-8)
  kDash,         // becomes '-'
  kFootnoteMark, // a superscript digit: becomes '*'
  kSingleQuote,  // becomes '\''
  kDoubleQuote,  // becomes '"'
  kSpace,        // part of a white-space run
  kLineBreak,    // part of a white-space run that becomes '\n'
  kIgnorable,    // dropped
};

// U+02BB and U+02BC, modifier letters, are the apostrophes of Uzbek Latin
// ("Oʻzbekiston", "Margʻilon", "taʼlim"): folded like U+2018, so the same
// name written with "'" or "‘" is one word to the gazetteer.
bool IsSingleQuote(UChar32 c) {
  return (c >= 0x2018 && c <= 0x201B) || c == 0x2032 || c == 0x0060 || c == 0x00B4 ||
         c == 0x02BB || c == 0x02BC;
}

bool IsDoubleQuote(UChar32 c) {
  return (c >= 0x201C && c <= 0x201F) || c == 0x2033 || c == 0x00AB || c == 0x00BB;
}

bool IsLineBreak(UChar32 c) {
  // LF, CR, NEL and the mandatory breaks (VT, FF, U+2028, U+2029).
  switch (u_getIntPropertyValue(c, UCHAR_LINE_BREAK)) {
    case U_LB_LINE_FEED:
    case U_LB_CARRIAGE_RETURN:
    case U_LB_NEXT_LINE:
    case U_LB_MANDATORY_BREAK:
      return true;
    default:
      return false;
  }
}

// Superscript digits mark footnotes in text converted from PDF or word
// processors ("around Panjakent\u00B2."); NFKC would make them digits glued to
// the word before, so they become a mark of their own.
bool IsSuperscriptDigit(UChar32 c) {
  return c == 0x00B9 || c == 0x00B2 || c == 0x00B3 || c == 0x2070 || (c >= 0x2074 && c <= 0x2079);
}

CodePointRole RoleOf(UChar32 c) {
  if (IsSuperscriptDigit(c)) return CodePointRole::kFootnoteMark;
  if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) return CodePointRole::kIgnorable;
  if (IsLineBreak(c)) return CodePointRole::kLineBreak;
  if (u_isUWhiteSpace(c)) return CodePointRole::kSpace;
  if (u_charType(c) == U_DASH_PUNCTUATION || u_hasBinaryProperty(c, UCHAR_DASH)) {
    return CodePointRole::kDash;
  }
  if (IsSingleQuote(c)) return CodePointRole::kSingleQuote;
  if (IsDoubleQuote(c)) return CodePointRole::kDoubleQuote;
  return CodePointRole::kKeep;
}

// Dashes and quotes are unified before NFKC as well as after it, because NFKC
// would otherwise take some of them apart (U+00B4 -> " \u0301",
// U+2033 -> U+2032 U+2032).
UChar32 UnifyPunctuation(UChar32 c) {
  switch (RoleOf(c)) {
    case CodePointRole::kDash:
      return '-';
    case CodePointRole::kFootnoteMark:
      return '*';
    case CodePointRole::kSingleQuote:
      return '\'';
    case CodePointRole::kDoubleQuote:
      return '"';
    default:
      return c;
  }
}

// How an ASCII byte, as a segment of its own, is written.
struct AsciiForm {
  enum class Kind : std::uint8_t { kByte, kSpace, kLineBreak, kDropped };
  Kind kind = Kind::kByte;
  char byte = 0;
};
using AsciiForms = std::array<AsciiForm, 0x80>;

// Appends normalized bytes and their raw spans, collapsing white-space runs.
// A run is held back until the next visible byte (or the end) and then written
// as one ' ' or '\n' whose raw span covers the whole run. The output is
// written through raw pointers into buffers of its own, left uninitialized
// (zero-filling vectors of the text's size cost more than the writing), and
// copied into the NormalizedText by Finish(), whose vectors keep their
// capacity from one call to the next.
class OutputBuilder {
 public:
  OutputBuilder(NormalizedText& out, std::size_t raw_size) : out_(out) {
    Grow(raw_size + raw_size / 8 + 16);
  }

  void AppendByte(char byte, std::uint32_t raw_start, std::uint32_t raw_end) {
    Reserve(2);
    if (pending_space_) FlushSpace();
    Put(byte, raw_start, raw_end);
  }

  void AppendBytes(const char* bytes, std::size_t length, std::uint32_t raw_start,
                   std::uint32_t raw_end) {
    Reserve(length + 1);
    if (pending_space_) FlushSpace();
    for (std::size_t i = 0; i < length; ++i) Put(bytes[i], raw_start, raw_end);
  }

  void AppendSpace(bool line_break, std::uint32_t raw_start, std::uint32_t raw_end) {
    if (!pending_space_) {
      pending_space_ = true;
      pending_line_break_ = false;
      pending_start_ = raw_start;
    }
    pending_line_break_ = pending_line_break_ || line_break;
    pending_end_ = raw_end;
  }

  // Appends raw[begin, end), all ASCII and each byte a segment of its own.
  // The hot loop of the whole normalizer: state lives in locals so that the
  // stores through the char pointer cannot force reloads.
  void AppendAsciiRun(const char* raw, std::size_t begin, std::size_t end,
                      const AsciiForms& forms) {
    Reserve(end - begin + 1);  // one byte per input byte, plus a held-back space
    char* text = text_;
    std::uint32_t* starts = starts_;
    std::uint32_t* ends = ends_;
    std::size_t size = size_;
    bool pending = pending_space_;
    bool pending_line_break = pending_line_break_;
    std::uint32_t pending_start = pending_start_;
    std::uint32_t pending_end = pending_end_;
    for (std::size_t i = begin; i < end; ++i) {
      const AsciiForm form = forms[static_cast<unsigned char>(raw[i])];
      const auto at = static_cast<std::uint32_t>(i);
      switch (form.kind) {
        case AsciiForm::Kind::kByte:
          if (pending) {
            text[size] = pending_line_break ? '\n' : ' ';
            starts[size] = pending_start;
            ends[size] = pending_end;
            ++size;
            pending = false;
          }
          text[size] = form.byte;
          starts[size] = at;
          ends[size] = at + 1;
          ++size;
          break;
        case AsciiForm::Kind::kSpace:
        case AsciiForm::Kind::kLineBreak:
          if (!pending) {
            pending = true;
            pending_line_break = false;
            pending_start = at;
          }
          pending_line_break = pending_line_break || form.kind == AsciiForm::Kind::kLineBreak;
          pending_end = at + 1;
          break;
        case AsciiForm::Kind::kDropped:
          break;
      }
    }
    size_ = size;
    pending_space_ = pending;
    pending_line_break_ = pending_line_break;
    pending_start_ = pending_start;
    pending_end_ = pending_end;
  }

  // Writes a trailing white-space run, if any, and trims the output to size.
  // Call once, at the end.
  void Finish() {
    Reserve(1);
    if (pending_space_) FlushSpace();
    out_.text.resize(size_);
    out_.raw_start.assign(starts_, starts_ + size_);
    out_.raw_end.assign(ends_, ends_ + size_);
  }

 private:
  void Reserve(std::size_t extra) {
    if (size_ + extra > capacity_) Grow(std::max(capacity_ * 2, size_ + extra));
  }

  void Grow(std::size_t capacity) {
    out_.text.resize(capacity);
    text_ = out_.text.data();
    if (capacity <= kInlineCapacity) {
      // Short texts (the names the extractors load) stay on the stack.
      starts_ = inline_starts_.data();
      ends_ = inline_ends_.data();
    } else {
      starts_ = GrownCopy(starts_, capacity, &heap_starts_);
      ends_ = GrownCopy(ends_, capacity, &heap_ends_);
    }
    capacity_ = capacity;
  }

  // Moves the first size_ offsets at `old` into a new buffer of `capacity`
  // (otherwise uninitialized) held by `*holder`.
  std::uint32_t* GrownCopy(const std::uint32_t* old, std::size_t capacity,
                           std::unique_ptr<std::uint32_t[]>* holder) const {
    auto grown = std::make_unique_for_overwrite<std::uint32_t[]>(capacity);
    if (size_ > 0) std::memcpy(grown.get(), old, size_ * sizeof(std::uint32_t));
    *holder = std::move(grown);
    return holder->get();
  }

  // Callers reserve first.
  void FlushSpace() {
    pending_space_ = false;
    Put(pending_line_break_ ? '\n' : ' ', pending_start_, pending_end_);
  }

  void Put(char byte, std::uint32_t raw_start, std::uint32_t raw_end) {
    text_[size_] = byte;
    starts_[size_] = raw_start;
    ends_[size_] = raw_end;
    ++size_;
  }

  NormalizedText& out_;
  static constexpr std::size_t kInlineCapacity = 256;
  char* text_ = nullptr;
  std::uint32_t* starts_ = nullptr;  // inline_starts_ or heap_starts_
  std::uint32_t* ends_ = nullptr;
  std::array<std::uint32_t, kInlineCapacity> inline_starts_;
  std::array<std::uint32_t, kInlineCapacity> inline_ends_;
  std::unique_ptr<std::uint32_t[]> heap_starts_;
  std::unique_ptr<std::uint32_t[]> heap_ends_;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
  bool pending_space_ = false;
  bool pending_line_break_ = false;
  std::uint32_t pending_start_ = 0;
  std::uint32_t pending_end_ = 0;
};

// Decodes the code point at bytes[pos] (negative when the bytes there are
// ill-formed) and returns where the next one starts. Works on inputs larger
// than ICU's int32_t offsets by decoding relative to `pos`.
UChar32 DecodeAt(const char* bytes, std::size_t size, std::size_t pos, std::size_t* next) {
  const auto available = static_cast<int32_t>(std::min<std::size_t>(size - pos, U8_MAX_LENGTH));
  int32_t length = 0;
  UChar32 c = 0;
  U8_NEXT(bytes + pos, length, available, c);
  *next = pos + static_cast<std::size_t>(length);
  return c;
}

// The end of the run of ASCII bytes at bytes[pos], read eight at a time.
std::size_t AsciiRunEnd(const char* bytes, std::size_t pos, std::size_t size) {
  while (pos + 8 <= size) {
    std::uint64_t chunk = 0;
    std::memcpy(&chunk, bytes + pos, sizeof chunk);
    if ((chunk & 0x8080808080808080ULL) != 0) break;
    pos += 8;
  }
  while (pos < size && static_cast<unsigned char>(bytes[pos]) < 0x80) ++pos;
  return pos;
}

// UTF-16 buffers reused across the segments of one Normalize() call.
struct SegmentScratch {
  icu::UnicodeString source;
  icu::UnicodeString folded;
  icu::UnicodeString normalized;
};

bool IsWhiteSpaceRole(CodePointRole role) {
  return role == CodePointRole::kSpace || role == CodePointRole::kLineBreak;
}

// True when `text` holds white space and also something visible, as NFKC
// makes of spacing accents (U+00A8 -> " \u0308") and of a few Arabic
// ligatures (U+FDFA -> four words).
bool MixesWhiteSpaceAndText(const icu::UnicodeString& text) {
  bool has_space = false;
  bool has_text = false;
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    const CodePointRole role = RoleOf(text.char32At(i));
    if (IsWhiteSpaceRole(role)) {
      has_space = true;
    } else if (role != CodePointRole::kIgnorable) {
      has_text = true;
    }
  }
  return has_space && has_text;
}

// The normalized form of a code point that is a segment on its own, when it
// is short and holds no white space (otherwise kind is kViaIcu).
struct SingleCodePointForm {
  enum class Kind : std::uint8_t { kViaIcu, kBytes, kSpace, kLineBreak, kDropped };
  Kind kind = Kind::kViaIcu;
  std::uint8_t length = 0;
  std::array<char, 6> bytes{};
  bool starts_segment = true;  // see Normalizer::Impl::StartsSegment
  bool ignorable = false;      // Default_Ignorable_Code_Point
  bool white_space = false;    // White_Space
};

// Code points below U+0800 (one and two UTF-8 bytes) get a full table.
constexpr UChar32 kSmallTableLimit = 0x800;

}  // namespace

struct Normalizer::Impl {
  const icu::Normalizer2* nfkc_casefold = nullptr;  // owned by ICU
  const icu::Normalizer2* nfc = nullptr;            // owned by ICU
  std::array<SingleCodePointForm, kSmallTableLimit> small_forms{};
  // For BMP code points from U+0800: bit set when the code point, as its own
  // segment, normalizes to itself unchanged (CJK, Indic, most symbols).
  std::array<std::uint64_t, (0x10000 - kSmallTableLimit) / 64> bmp_unchanged{};

  AsciiForms ascii_forms{};

  // True when a segment starts at code point c: at every normalization
  // boundary, and at white space, which is a segment of its own so that
  // combining marks after it ("\u00A0\u0301") do not glue it to the next
  // word. (That is exact: nothing composes with white space.)
  bool StartsSegment(UChar32 c) const {
    if (c < kSmallTableLimit) return small_forms[static_cast<std::size_t>(c)].starts_segment;
    return u_isUWhiteSpace(c) || nfkc_casefold->hasBoundaryBefore(c);
  }

  bool IsWhiteSpace(UChar32 c) const {
    if (c < kSmallTableLimit) return small_forms[static_cast<std::size_t>(c)].white_space;
    return u_isUWhiteSpace(c);
  }

  bool IsIgnorable(UChar32 c) const {
    if (c < kSmallTableLimit) return small_forms[static_cast<std::size_t>(c)].ignorable;
    return u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
  }

  bool IsBmpUnchanged(UChar32 c) const {
    const std::uint32_t index = static_cast<std::uint32_t>(c - kSmallTableLimit);
    return (bmp_unchanged[index / 64] >> (index % 64)) & 1U;
  }

  // Normalizes raw[start, end) (one segment) through ICU.
  void NormalizeSegmentWithIcu(std::string_view raw, std::size_t start, std::size_t end,
                               SegmentScratch& scratch, OutputBuilder& out) const {
    scratch.source.remove();
    for (std::size_t pos = start; pos < end;) {
      UChar32 c = DecodeAt(raw.data(), end, pos, &pos);
      if (c < 0) c = 0xFFFD;  // ill-formed input (a precondition violation)
      scratch.source.append(UnifyPunctuation(c));
    }
    UErrorCode status = U_ZERO_ERROR;
    nfkc_casefold->normalize(scratch.source, scratch.normalized, status);
    if (U_FAILURE(status)) scratch.normalized = scratch.source;
    if (MixesWhiteSpaceAndText(scratch.normalized)) {
      // Normalization must not put white space inside a word, or a token
      // would start or end in the middle of a segment: such a segment is only
      // case folded and composed (NFC), so "\u00A8" stays one symbol.
      scratch.folded = scratch.source;
      scratch.folded.foldCase();
      status = U_ZERO_ERROR;
      nfc->normalize(scratch.folded, scratch.normalized, status);
      if (U_FAILURE(status)) scratch.normalized = scratch.folded;
    }

    const auto raw_start = static_cast<std::uint32_t>(start);
    const auto raw_end = static_cast<std::uint32_t>(end);
    const UChar* units = scratch.normalized.getBuffer();
    const int32_t length = scratch.normalized.length();
    for (int32_t i = 0; i < length;) {
      UChar32 c = 0;
      U16_NEXT(units, i, length, c);
      switch (RoleOf(c)) {
        case CodePointRole::kKeep: {
          char bytes[U8_MAX_LENGTH];
          int32_t byte_count = 0;
          U8_APPEND_UNSAFE(bytes, byte_count, c);
          out.AppendBytes(bytes, static_cast<std::size_t>(byte_count), raw_start, raw_end);
          break;
        }
        case CodePointRole::kDash:
          out.AppendByte('-', raw_start, raw_end);
          break;
        case CodePointRole::kFootnoteMark:
          out.AppendByte('*', raw_start, raw_end);
          break;
        case CodePointRole::kSingleQuote:
          out.AppendByte('\'', raw_start, raw_end);
          break;
        case CodePointRole::kDoubleQuote:
          out.AppendByte('"', raw_start, raw_end);
          break;
        case CodePointRole::kSpace:
          out.AppendSpace(false, raw_start, raw_end);
          break;
        case CodePointRole::kLineBreak:
          out.AppendSpace(true, raw_start, raw_end);
          break;
        case CodePointRole::kIgnorable:
          break;
      }
    }
  }

  // Runs one code point through the ICU path on its own.
  NormalizedText NormalizeCodePointWithIcu(UChar32 c) const {
    char bytes[U8_MAX_LENGTH];
    int32_t byte_count = 0;
    U8_APPEND_UNSAFE(bytes, byte_count, c);
    const std::string_view raw(bytes, static_cast<std::size_t>(byte_count));
    NormalizedText result;
    OutputBuilder out(result, raw.size());
    SegmentScratch scratch;
    NormalizeSegmentWithIcu(raw, 0, raw.size(), scratch, out);
    out.Finish();
    return result;
  }

  void BuildTables() {
    for (UChar32 c = 0; c < kSmallTableLimit; ++c) {
      const std::string text = NormalizeCodePointWithIcu(c).text;
      SingleCodePointForm& form = small_forms[static_cast<std::size_t>(c)];
      form.starts_segment = u_isUWhiteSpace(c) || nfkc_casefold->hasBoundaryBefore(c);
      form.ignorable = u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
      form.white_space = u_isUWhiteSpace(c);
      if (text.empty()) {
        form.kind = SingleCodePointForm::Kind::kDropped;
      } else if (text == " ") {
        form.kind = SingleCodePointForm::Kind::kSpace;
      } else if (text == "\n") {
        form.kind = SingleCodePointForm::Kind::kLineBreak;
      } else if (text.size() <= form.bytes.size() &&
                 text.find_first_of(" \n") == std::string::npos) {
        form.kind = SingleCodePointForm::Kind::kBytes;
        form.length = static_cast<std::uint8_t>(text.size());
        std::memcpy(form.bytes.data(), text.data(), text.size());
      }
    }
    for (UChar32 c = kSmallTableLimit; c < 0x10000; ++c) {
      if (U_IS_SURROGATE(c) || RoleOf(c) != CodePointRole::kKeep) continue;
      if (!nfkc_casefold->isInert(c)) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::UnicodeString source(c);
        if (nfkc_casefold->normalize(source, status) != source || U_FAILURE(status)) continue;
      }
      const std::uint32_t index = static_cast<std::uint32_t>(c - kSmallTableLimit);
      bmp_unchanged[index / 64] |= std::uint64_t{1} << (index % 64);
    }
    // The byte-at-a-time ASCII path assumes every ASCII character starts a
    // segment and maps to at most one byte; true for all Unicode versions.
    for (std::size_t c = 0; c < ascii_forms.size(); ++c) {
      const SingleCodePointForm& form = small_forms[c];
      AsciiForm& ascii = ascii_forms[c];
      switch (form.kind) {
        case SingleCodePointForm::Kind::kBytes:
          if (form.length != 1) throw std::runtime_error("ICU nfkc_cf expands ASCII");
          ascii.kind = AsciiForm::Kind::kByte;
          ascii.byte = form.bytes[0];
          break;
        case SingleCodePointForm::Kind::kSpace:
          ascii.kind = AsciiForm::Kind::kSpace;
          break;
        case SingleCodePointForm::Kind::kLineBreak:
          ascii.kind = AsciiForm::Kind::kLineBreak;
          break;
        case SingleCodePointForm::Kind::kDropped:
          ascii.kind = AsciiForm::Kind::kDropped;
          break;
        case SingleCodePointForm::Kind::kViaIcu:
          throw std::runtime_error("ICU nfkc_cf maps ASCII unexpectedly");
      }
      if (!form.starts_segment) throw std::runtime_error("ICU nfkc_cf joins ASCII to what precedes");
    }
  }

  // Emits a code point that is a segment on its own and has a table entry.
  static void AppendForm(const SingleCodePointForm& form, std::uint32_t raw_start,
                         std::uint32_t raw_end, OutputBuilder& out) {
    switch (form.kind) {
      case SingleCodePointForm::Kind::kBytes:
        out.AppendBytes(form.bytes.data(), form.length, raw_start, raw_end);
        break;
      case SingleCodePointForm::Kind::kSpace:
        out.AppendSpace(false, raw_start, raw_end);
        break;
      case SingleCodePointForm::Kind::kLineBreak:
        out.AppendSpace(true, raw_start, raw_end);
        break;
      case SingleCodePointForm::Kind::kDropped:
      case SingleCodePointForm::Kind::kViaIcu:
        break;
    }
  }
};

Normalizer::Normalizer() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->nfkc_casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  impl_->nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status) || impl_->nfkc_casefold == nullptr || impl_->nfc == nullptr) {
    throw std::runtime_error(std::string("cannot load ICU normalization data: ") +
                             u_errorName(status));
  }
  impl_->BuildTables();
}

Normalizer::~Normalizer() = default;

NormalizedText Normalizer::Normalize(std::string_view raw) const {
  NormalizedText result;
  Normalize(raw, result);
  return result;
}

void Normalizer::Normalize(std::string_view raw, NormalizedText& result) const {
  if (raw.size() >= UINT32_MAX) throw std::length_error("Normalize: input of 4 GiB or more");
  const Impl& impl = *impl_;
  OutputBuilder out(result, raw.size());
  SegmentScratch scratch;
  const std::size_t size = raw.size();
  const char* bytes = raw.data();

  std::size_t pos = 0;
  while (pos < size) {
    // ASCII fast path. The last ASCII byte before a non-ASCII one may begin a
    // combining sequence ("e\u0301"), so it takes the general path.
    const std::size_t ascii_end = AsciiRunEnd(bytes, pos, size);
    const std::size_t fast_end = ascii_end == size ? size : ascii_end - (ascii_end > pos ? 1 : 0);
    if (fast_end > pos) {
      out.AppendAsciiRun(bytes, pos, fast_end, impl.ascii_forms);
      pos = fast_end;
      if (pos == size) break;
    }

    // General path: find the segment [pos, segment_end). Default-ignorable
    // code points have no boundary before them in nfkc_cf, so they join the
    // segment in front; those at its end (content_end onwards) map to nothing
    // and are left out of the segment's raw span, so "OSCE\u200B" maps
    // "osce" to the four letters only.
    std::size_t segment_end = pos;
    const UChar32 first = DecodeAt(bytes, size, pos, &segment_end);
    std::size_t content_end = segment_end;
    int code_points = 1;
    int content_code_points = 1;
    const bool stands_alone = first < 0 || impl.IsWhiteSpace(first);
    while (!stands_alone && segment_end < size && code_points < kMaxSegmentCodePoints) {
      std::size_t after = segment_end;
      const UChar32 c = DecodeAt(bytes, size, segment_end, &after);
      if (c < 0 || impl.StartsSegment(c)) break;
      segment_end = after;
      ++code_points;
      if (!impl.IsIgnorable(c)) {
        content_end = segment_end;
        content_code_points = code_points;
      }
    }

    const auto start = static_cast<std::uint32_t>(pos);
    const auto end = static_cast<std::uint32_t>(content_end);
    if (content_code_points == 1 && first >= 0) {
      if (first < kSmallTableLimit) {
        const SingleCodePointForm& form = impl.small_forms[static_cast<std::size_t>(first)];
        if (form.kind != SingleCodePointForm::Kind::kViaIcu) {
          Impl::AppendForm(form, start, end, out);
          pos = segment_end;
          continue;
        }
      } else if (first < 0x10000 && impl.IsBmpUnchanged(first)) {
        out.AppendBytes(bytes + pos, content_end - pos, start, end);
        pos = segment_end;
        continue;
      }
    }
    impl.NormalizeSegmentWithIcu(raw, pos, content_end, scratch, out);
    pos = segment_end;
  }
  out.Finish();
}

ByteSpan NormalizedText::ToRaw(std::size_t start, std::size_t end) const {
  return {raw_start[start], raw_end[end - 1]};
}

bool IsValidUtf8(std::string_view bytes, std::size_t* error_offset) {
  const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t size = bytes.size();
  std::size_t pos = 0;
  const auto fail = [&](std::size_t offset) {
    if (error_offset != nullptr) *error_offset = offset;
    return false;
  };
  while (pos < size) {
    // Skip ASCII eight bytes at a time.
    if (pos + 8 <= size) {
      std::uint64_t word = 0;
      std::memcpy(&word, data + pos, sizeof(word));
      if ((word & 0x8080808080808080ULL) == 0) {
        pos += 8;
        continue;
      }
    }
    const unsigned char lead = data[pos];
    if (lead < 0x80) {
      ++pos;
      continue;
    }
    // Well-formed sequences, Unicode Table 3-7: the length and the allowed
    // range of the second byte follow from the lead byte.
    std::size_t length = 0;
    unsigned char second_min = 0x80;
    unsigned char second_max = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead == 0xE0) {
      length = 3;
      second_min = 0xA0;  // no overlongs
    } else if (lead == 0xED) {
      length = 3;
      second_max = 0x9F;  // no surrogates
    } else if (lead >= 0xE1 && lead <= 0xEF) {
      length = 3;
    } else if (lead == 0xF0) {
      length = 4;
      second_min = 0x90;  // no overlongs
    } else if (lead >= 0xF1 && lead <= 0xF3) {
      length = 4;
    } else if (lead == 0xF4) {
      length = 4;
      second_max = 0x8F;  // nothing above U+10FFFF
    } else {
      return fail(pos);  // continuation byte, C0/C1 overlong lead, or F5..FF
    }
    if (pos + length > size) return fail(pos);
    if (data[pos + 1] < second_min || data[pos + 1] > second_max) return fail(pos);
    for (std::size_t i = 2; i < length; ++i) {
      if ((data[pos + i] & 0xC0) != 0x80) return fail(pos);
    }
    pos += length;
  }
  if (error_offset != nullptr) *error_offset = size;
  return true;
}

}  // namespace gleaner
