// Analysis -> Xapian::Document, and the writer that stores it.
#include "engine/index.h"

#include <set>

#include <boost/json.hpp>

namespace gleaner {
namespace {

}  // namespace

std::string BooleanTerm(std::string_view prefix, std::string_view value) {
  std::string term(prefix);
  // Omega's rule, which Xapian's QueryParser follows too: a multi-letter
  // prefix is separated by ':' from a value that starts with a capital.
  if (prefix.size() > 1 && !value.empty() &&
      ((value[0] >= 'A' && value[0] <= 'Z') || value[0] == ':')) {
    term += ':';
  }
  term += value;
  return term;
}

namespace {

// Adds prefix+value as a boolean term (no positions, no wdf), skipping
// empty values and clipping to Xapian's term length limit on a UTF-8 boundary.
void AddBooleanTerm(Xapian::Document& xdoc, std::string_view prefix, std::string_view value) {
  if (value.empty()) return;
  std::string term = BooleanTerm(prefix, value);
  if (term.size() > schema::kMaxTermBytes) {
    std::size_t cut = schema::kMaxTermBytes;
    while (cut > 0 && (static_cast<unsigned char>(term[cut]) & 0xC0) == 0x80) --cut;
    term.resize(cut);
  }
  xdoc.add_boolean_term(term);
}

std::string DigitsOnly(std::string_view date) {
  std::string digits;
  for (char c : date) {
    if (c >= '0' && c <= '9') digits.push_back(c);
  }
  return digits;
}

std::string LowerAscii(std::string value) {
  for (char& c : value) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return value;
}

}  // namespace

std::string IdTerm(std::string_view id) {
  std::string term(schema::kId);
  term += id;
  return term;
}

Xapian::Document BuildXapianDocument(const Document& doc, const Analysis& analysis) {
  Xapian::Document xdoc;
  Xapian::TermGenerator generator;
  generator.set_stemmer(Xapian::Stem(std::string(schema::kStemLanguage)));
  generator.set_document(xdoc);
  if (!doc.title.empty()) {
    generator.index_text(doc.title, 1, std::string(schema::kTitle));
    generator.increase_termpos();
    generator.index_text(doc.title);
    generator.increase_termpos();
  }
  generator.index_text(doc.text);

  xdoc.add_boolean_term(IdTerm(doc.id));  // Q terms are never clipped: ids must stay unique
  AddBooleanTerm(xdoc, schema::kPath, doc.url.empty() ? doc.source_path : doc.url);
  AddBooleanTerm(xdoc, schema::kFileName, ExchangeDocName(doc.source_path));
  AddBooleanTerm(xdoc, schema::kMimeType, doc.format == "html" ? "text/html" : "text/plain");
  AddBooleanTerm(xdoc, schema::kHash, doc.content_hash);

  const std::string day = DigitsOnly(analysis.date);
  if (day.size() == 8) {
    AddBooleanTerm(xdoc, schema::kDay, day);
    AddBooleanTerm(xdoc, schema::kMonth, day.substr(0, 6));
    AddBooleanTerm(xdoc, schema::kYear, day.substr(0, 4));
    xdoc.add_value(schema::kDateSlot, day);
  }
  xdoc.add_value(schema::kHashSlot, doc.content_hash);

  for (int year : analysis.years_mentioned) {
    AddBooleanTerm(xdoc, schema::kMentionedYear, std::to_string(year));
  }
  for (const Mention& mention : analysis.mentions) {
    switch (mention.type) {
      case MentionType::kOrganization: {
        auto canonical = mention.attributes.find("canonical");
        AddBooleanTerm(xdoc, schema::kOrganization,
                       canonical != mention.attributes.end() ? canonical->second : mention.text);
        break;
      }
      case MentionType::kLocation: {
        AddBooleanTerm(xdoc, schema::kPlace, mention.text);
        auto country = mention.attributes.find("country");
        if (country != mention.attributes.end()) {
          AddBooleanTerm(xdoc, schema::kCountry, LowerAscii(country->second));
        }
        break;
      }
      case MentionType::kPerson:
        AddBooleanTerm(xdoc, schema::kPerson, mention.text);
        break;
      default:
        break;
    }
  }
  xdoc.set_data(boost::json::serialize(DocumentToJson(doc, analysis)));
  return xdoc;
}

IndexWriter::IndexWriter(const std::filesystem::path& db_dir) try
    : db_(db_dir.string(), Xapian::DB_CREATE_OR_OPEN) {
} catch (const Xapian::Error& e) {
  throw IndexError("cannot open database " + db_dir.string() + " for writing: " +
                   e.get_description());
}

IndexWriter::~IndexWriter() {
  try {
    db_.commit();
  } catch (const Xapian::Error&) {
    // Destructors must not throw; callers that care call Commit() first.
  }
}

std::optional<std::string> IndexWriter::StoredHash(std::string_view id) const {
  try {
    const std::string term = IdTerm(id);
    Xapian::PostingIterator posting = db_.postlist_begin(term);
    if (posting == db_.postlist_end(term)) return std::nullopt;
    return db_.get_document(*posting).get_value(schema::kHashSlot);
  } catch (const Xapian::Error& e) {
    throw IndexError("cannot read database: " + e.get_description());
  }
}

void IndexWriter::Add(const Document& doc, const Analysis& analysis) {
  try {
    db_.replace_document(IdTerm(doc.id), BuildXapianDocument(doc, analysis));
  } catch (const Xapian::Error& e) {
    throw IndexError("cannot index: " + e.get_description());
  }
}

void IndexWriter::Commit() {
  try {
    db_.commit();
  } catch (const Xapian::Error& e) {
    throw IndexError("cannot commit: " + e.get_description());
  }
}

Xapian::doccount IndexWriter::size() const { return db_.get_doccount(); }

}  // namespace gleaner
