// Analysis (whole or in parts) -> Xapian::Document, and the writer that stores it.
#include "engine/index.h"
#include "engine/ascii.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <system_error>
#include <vector>

#include <boost/json.hpp>

#include "engine/facets.h"
#include "engine/normalize.h"

namespace gleaner {

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
  term.resize(Utf8CharStart(term, schema::kMaxTermBytes));
  xdoc.add_boolean_term(term);
}

// The file-name terms of a document: its file's name, and for an archive
// member its own name too ("file:report" for "a.zip!/2019/report.html").
void AddFileNameTerms(Xapian::Document& xdoc, const Document& doc) {
  AddBooleanTerm(xdoc, schema::kFileName, ExchangeDocName(doc.source_path));
  if (const std::size_t member = doc.id.rfind("!/"); member != std::string::npos) {
    AddBooleanTerm(xdoc, schema::kFileName, ExchangeDocName(doc.id.substr(member + 2)));
  }
}

std::string DigitsOnly(std::string_view date) {
  std::string digits;
  for (char c : date) {
    if (c >= '0' && c <= '9') digits.push_back(c);
  }
  return digits;
}

// The facet terms of mentions: the months a date names, a count's unit
// and number, an organization's canonical name, a place and its country,
// a person.
void AddMentionTerms(Xapian::Document& xdoc, const std::vector<Mention>& mentions) {
  for (const Mention& mention : mentions) {
    switch (mention.type) {
      case MentionType::kDate:
        // Every YYYY-MM a value names: "2021-04-19", "2019-01", both ends of "2021-03/2021-05".
        for (std::size_t at = 0; at + 7 <= mention.value.size(); ++at) {
          const std::string_view value(mention.value);
          if ((at == 0 || value[at - 1] == '/') && value[at + 4] == '-' &&
              DigitsOnly(value.substr(at, 7)).size() == 6) {
            AddBooleanTerm(xdoc, schema::kMentionedMonth, DigitsOnly(value.substr(at, 7)));
          }
        }
        break;
      case MentionType::kCount: {
        auto unit = mention.attributes.find("unit");
        if (unit != mention.attributes.end() && !mention.value.empty()) {
          AddBooleanTerm(xdoc, schema::kCount,
                         AsciiLowerCopy(unit->second) + "#" + mention.value);
        }
        break;
      }
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
          AddBooleanTerm(xdoc, schema::kCountry, AsciiLowerCopy(country->second));
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
}

// OrganizationSynonyms's pairs of `mentions`, added to a set, so a long
// text naming the same bodies thousands of times holds each pair once.
void AddOrganizationSynonyms(const std::vector<Mention>& mentions,
                             std::set<std::pair<std::string, std::string>>* synonyms) {
  const auto key_of = [](std::string_view name) {
    std::string key;
    bool gap = false;
    for (unsigned char c : name) {
      if (std::isalnum(c) != 0 || c >= 0x80) {
        if (gap && !key.empty()) key += ' ';
        key += static_cast<char>(std::tolower(c));
        gap = false;
      } else {
        gap = true;
      }
    }
    return key;
  };
  for (const Mention& mention : mentions) {
    if (mention.type != MentionType::kOrganization) continue;
    auto canonical = mention.attributes.find("canonical");
    const std::string& name =
        canonical != mention.attributes.end() ? canonical->second : mention.text;
    const std::string term = BooleanTerm(schema::kOrganization, name);
    for (const std::string& key : {key_of(mention.text), key_of(name)}) {
      if (!key.empty() && key.size() <= schema::kMaxTermBytes && term.size() <= schema::kMaxTermBytes) {
        synonyms->emplace(key, term);
      }
    }
  }
}

}  // namespace

std::string IdTerm(std::string_view id) {
  std::string term(schema::kId);
  term += id;
  return term;
}

XapianDocumentBuilder::XapianDocumentBuilder(const Document& doc,
                                             Xapian::WritableDatabase* spelling_db,
                                             const StemCache* stems)
    : doc_(doc), spelling_db_(spelling_db), stems_(stems), record_(doc, kMaxStoredTextBytes) {
  xdoc_.add_boolean_term(IdTerm(doc.id));  // Q terms are never clipped: ids must stay unique
  AddBooleanTerm(xdoc_, schema::kPath, doc.url.empty() ? doc.source_path : doc.url);
  AddFileNameTerms(xdoc_, doc);
  AddBooleanTerm(xdoc_, schema::kMimeType, doc.format == "html" ? "text/html" : "text/plain");
  AddBooleanTerm(xdoc_, schema::kHash, doc.content_hash);
  xdoc_.add_value(schema::kHashSlot, doc.content_hash);
}

void XapianDocumentBuilder::AddPart(const Analysis& part) {
  if (first_part_) {
    date_ = part.date;
    date_source_ = part.date_source;
    first_part_ = false;
  }
  years_.insert(part.years_mentioned.begin(), part.years_mentioned.end());
  AddMentionTerms(xdoc_, part.mentions);
  AddOrganizationSynonyms(part.mentions, &synonyms_);
  record_.AddMentions(part.mentions);
}

PreparedDocument XapianDocumentBuilder::Finish() {
  // The words are indexed here, once every part is in: where they are
  // indexed makes no difference to the document (boolean terms carry no
  // positions), and the peak memory measured the same either way.
  Xapian::TermGenerator generator;
  generator.set_stemmer(stems_ != nullptr ? stems_->Stemmer()
                                          : Xapian::Stem(std::string(schema::kStemLanguage)));
  if (spelling_db_ != nullptr) {
    generator.set_database(*spelling_db_);
    generator.set_flags(Xapian::TermGenerator::FLAG_SPELLING);
  }
  generator.set_document(xdoc_);
  if (!doc_.title.empty()) {
    generator.index_text(doc_.title, 1, std::string(schema::kTitle));
    generator.increase_termpos();
    generator.index_text(doc_.title);
    generator.increase_termpos();
  }
  generator.index_text(doc_.text);

  const std::string day = DigitsOnly(date_);
  if (day.size() == 8) {
    AddBooleanTerm(xdoc_, schema::kDay, day);
    AddBooleanTerm(xdoc_, schema::kMonth, day.substr(0, 6));
    AddBooleanTerm(xdoc_, schema::kYear, day.substr(0, 4));
    xdoc_.add_value(schema::kDateSlot, day);
  }
  const std::vector<int> years(years_.begin(), years_.end());
  for (int year : years) AddBooleanTerm(xdoc_, schema::kMentionedYear, std::to_string(year));
  Xapian::valueno slot = schema::kFacetSlotBase;
  for (const schema::Facet& facet : schema::kFacets) {
    const std::string packed = PackFacetValues(xdoc_, facet.prefix);
    if (!packed.empty()) xdoc_.add_value(slot, packed);
    ++slot;
  }
  xdoc_.set_data(record_.Finish(date_, date_source_, years));
  std::vector<std::pair<std::string, Xapian::termcount>> spelling_words = SpellingWords(xdoc_);
  return PreparedDocument{std::move(xdoc_), {synonyms_.begin(), synonyms_.end()},
                          std::move(spelling_words)};
}

Xapian::Document BuildXapianDocument(const Document& doc, const Analysis& analysis,
                                     Xapian::WritableDatabase* spelling_db,
                                     const StemCache* stems) {
  XapianDocumentBuilder builder(doc, spelling_db, stems);
  builder.AddPart(analysis);
  return builder.Finish().xapian_document;
}

void RemoveInterruptedCreation(const std::filesystem::path& db_dir) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (!fs::is_directory(db_dir, error) || fs::exists(db_dir / "iamglass", error)) return;
  std::vector<fs::path> empty_tables;
  for (const fs::directory_entry& entry : fs::directory_iterator(db_dir, error)) {
    if (entry.path().extension() != ".glass") continue;
    if (!entry.is_regular_file(error) || entry.file_size(error) != 0) return;
    empty_tables.push_back(entry.path());
  }
  for (const fs::path& table : empty_tables) fs::remove(table, error);
}

namespace {

// Xapian commits on its own every XAPIAN_FLUSH_THRESHOLD documents (10,000
// by default), read when a database is opened for writing. Ingest commits by
// bytes of text instead, at input boundaries, so the automatic flush is
// pushed out of the way unless the user set the variable.
Xapian::WritableDatabase OpenForWriting(const std::filesystem::path& db_dir) {
  ::setenv("XAPIAN_FLUSH_THRESHOLD", "100000000", /*overwrite=*/0);
  RemoveInterruptedCreation(db_dir);
  return Xapian::WritableDatabase(db_dir.string(), Xapian::DB_CREATE_OR_OPEN);
}

}  // namespace

IndexWriter::IndexWriter(const std::filesystem::path& db_dir) try
    : db_(OpenForWriting(db_dir)) {
} catch (const Xapian::Error& e) {
  throw IndexError("cannot open database " + db_dir.string() + " for writing: " +
                   e.get_description());
}

IndexWriter::~IndexWriter() {
  try {
    FlushSpelling();
    db_.commit();
  } catch (const Xapian::Error&) {
    // Destructors must not throw; callers that care call Commit() first.
  }
}

std::vector<std::pair<std::string, std::string>> OrganizationSynonyms(const Analysis& analysis) {
  std::set<std::pair<std::string, std::string>> synonyms;
  AddOrganizationSynonyms(analysis.mentions, &synonyms);
  return {synonyms.begin(), synonyms.end()};
}

std::optional<std::string> IndexWriter::StoredHash(std::string_view id) const {
  try {
    const Xapian::docid docid = FirstWith(IdTerm(id));
    if (docid == 0) return std::nullopt;
    return db_.get_document(docid).get_value(schema::kHashSlot);
  } catch (const Xapian::Error& e) {
    throw IndexError("cannot read database: " + e.get_description());
  }
}

Xapian::docid IndexWriter::FirstWith(const std::string& term) const {
  Xapian::PostingIterator posting = db_.postlist_begin(term);
  return posting == db_.postlist_end(term) ? 0 : *posting;
}

PreparedDocument PrepareDocument(const Document& doc, const Analysis& analysis,
                                 const StemCache* stems) {
  XapianDocumentBuilder builder(doc, /*spelling_db=*/nullptr, stems);
  builder.AddPart(analysis);
  return builder.Finish();
}

std::optional<AddOutcome> IndexWriter::AddWithoutNewDocument(const Document& doc,
                                                             bool* replacing) {
  const std::string id_term = IdTerm(doc.id);
  const Xapian::docid existing = FirstWith(id_term);
  *replacing = existing != 0;
  if (existing != 0) {
    if (db_.get_document(existing).get_value(schema::kHashSlot) == doc.content_hash) {
      return AddOutcome::kUnchanged;
    }
    Detach(doc.id, existing);
  }
  const Xapian::docid same_content =
      doc.content_hash.empty() ? 0 : FirstWith(BooleanTerm(schema::kHash, doc.content_hash));
  if (same_content != 0) {
    Xapian::Document xdoc = db_.get_document(same_content);
    xdoc.add_boolean_term(id_term);
    AddBooleanTerm(xdoc, schema::kPath, doc.id);
    AddFileNameTerms(xdoc, doc);
    db_.replace_document(same_content, xdoc);
    return AddOutcome::kAlias;
  }
  return std::nullopt;
}

void IndexWriter::AddPrepared(const PreparedDocument& prepared) {
  db_.add_document(prepared.xapian_document);
  AddSpelling(prepared.spelling_words);
  AddSynonyms(prepared.synonyms);
}

AddOutcome IndexWriter::Add(const Document& doc, const Analysis& analysis) {
  try {
    bool replacing = false;
    if (const auto outcome = AddWithoutNewDocument(doc, &replacing)) return *outcome;
    AddPrepared(PrepareDocument(doc, analysis));
    return replacing ? AddOutcome::kReplaced : AddOutcome::kAdded;
  } catch (const Xapian::Error& e) {
    throw IndexError("cannot index: " + e.get_description());
  }
}

AddOutcome IndexWriter::Add(const Document& doc, const PreparedDocument& prepared) {
  try {
    bool replacing = false;
    if (const auto outcome = AddWithoutNewDocument(doc, &replacing)) return *outcome;
    AddPrepared(prepared);
    return replacing ? AddOutcome::kReplaced : AddOutcome::kAdded;
  } catch (const Xapian::Error& e) {
    throw IndexError("cannot index: " + e.get_description());
  }
}

std::vector<std::pair<std::string, Xapian::termcount>> SpellingWords(const Xapian::Document& xdoc) {
  std::vector<std::pair<std::string, Xapian::termcount>> words;
  Xapian::TermIterator term = xdoc.termlist_begin();
  const Xapian::TermIterator end = xdoc.termlist_end();
  // Unprefixed terms are lower case: they sort after every capital, so the
  // walk starts after 'Z' ("[") and skips the prefixed half of the list.
  term.skip_to("[");
  for (; term != end; ++term) {
    std::string word = *term;
    if (std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      continue;
    }
    words.emplace_back(std::move(word), term.get_wdf());
  }
  return words;
}

void IndexWriter::AddSpelling(
    const std::vector<std::pair<std::string, Xapian::termcount>>& words) {
  // What TermGenerator::FLAG_SPELLING records (every unprefixed word, once
  // per occurrence), summed here and written at the next commit: Xapian
  // rewrites a word's spelling entry and its fragment entries on every
  // add_spelling call, so one call per distinct word per batch is far
  // cheaper than one per document.
  for (const auto& [word, wdf] : words) pending_spelling_[word] += wdf;
}

void IndexWriter::ForgetSpelling(const Xapian::Document& xdoc) {
  for (const auto& [word, wdf] : SpellingWords(xdoc)) pending_spelling_[word] -= wdf;
}

void IndexWriter::FlushSpelling() {
  for (const auto& [word, change] : pending_spelling_) {
    if (change > 0) db_.add_spelling(word, static_cast<Xapian::termcount>(change));
    if (change < 0) db_.remove_spelling(word, static_cast<Xapian::termcount>(-change));
  }
  pending_spelling_.clear();
}

void IndexWriter::AddSynonyms(const std::vector<std::pair<std::string, std::string>>& synonyms) {
  for (const auto& pair : synonyms) {
    if (synonyms_written_.contains(pair)) continue;
    db_.add_synonym(pair.first, pair.second);
    synonyms_written_.insert(pair);
  }
}

void IndexWriter::Detach(std::string_view id, Xapian::docid docid) {
  Xapian::Document xdoc = db_.get_document(docid);
  std::vector<std::string> remaining;
  const std::string removed = IdTerm(id);
  for (Xapian::TermIterator term = xdoc.termlist_begin(); term != xdoc.termlist_end(); ++term) {
    term.skip_to(std::string(schema::kId));
    if (term == xdoc.termlist_end() || !(*term).starts_with(schema::kId)) break;
    if (*term != removed) remaining.push_back((*term).substr(schema::kId.size()));
  }
  if (remaining.empty()) {
    ForgetSpelling(xdoc);
    db_.delete_document(docid);
    return;
  }
  // The stored record names the id the content was first indexed under;
  // when that one goes, the next remaining id takes its place.
  StoredDocument stored = DocumentFromJson(boost::json::parse(xdoc.get_data()).as_object());
  const std::string primary = stored.document.id == id ? remaining.front() : stored.document.id;
  if (stored.document.id == id) {
    stored.document.id = primary;
    stored.document.source_path = primary;
    stored.document.url.clear();
    xdoc.set_data(DocumentRecordJson(stored));
  }
  // Path and file-name terms are rebuilt from the ids that remain.
  std::vector<std::string> stale;
  for (Xapian::TermIterator term = xdoc.termlist_begin(); term != xdoc.termlist_end(); ++term) {
    const std::string& text = *term;
    if (text == removed || text.starts_with(schema::kFileName) ||
        text.starts_with(schema::kPath)) {
      stale.push_back(text);
    }
  }
  for (const std::string& term : stale) xdoc.remove_term(term);
  AddBooleanTerm(xdoc, schema::kPath,
                 stored.document.url.empty() ? stored.document.source_path : stored.document.url);
  for (const std::string& other : remaining) {
    AddBooleanTerm(xdoc, schema::kPath, other);
    AddBooleanTerm(xdoc, schema::kFileName, ExchangeDocName(other));
  }
  AddBooleanTerm(xdoc, schema::kFileName, ExchangeDocName(stored.document.source_path));
  db_.replace_document(docid, xdoc);
}

bool IndexWriter::Remove(std::string_view id) {
  try {
    const Xapian::docid docid = FirstWith(IdTerm(id));
    if (docid == 0) return false;
    Detach(id, docid);
    return true;
  } catch (const Xapian::Error& e) {
    throw IndexError("cannot remove " + std::string(id) + ": " + e.get_description());
  }
}

std::vector<std::string> IndexWriter::IdsStartingWith(std::string_view prefix) const {
  std::vector<std::string> ids;
  try {
    const std::string term_prefix = IdTerm(prefix);
    for (Xapian::TermIterator term = db_.allterms_begin(term_prefix);
         term != db_.allterms_end(term_prefix); ++term) {
      ids.push_back((*term).substr(schema::kId.size()));
    }
  } catch (const Xapian::Error& e) {
    throw IndexError("cannot read database: " + e.get_description());
  }
  return ids;
}

std::vector<std::string> IndexWriter::IdsOfInput(std::string_view input) const {
  std::vector<std::string> ids = IdsStartingWith(input);
  std::erase_if(ids, [&](const std::string& id) {
    return !(id.size() == input.size() || id[input.size()] == '#' ||
             id.compare(input.size(), 2, "!/") == 0);
  });
  return ids;
}

std::vector<std::string> IdsOfDocument(const Xapian::Database& db, std::string_view id) {
  std::vector<std::string> ids;
  try {
    const std::string term = IdTerm(id);
    Xapian::PostingIterator posting = db.postlist_begin(term);
    if (posting == db.postlist_end(term)) return ids;
    for (Xapian::TermIterator it = db.termlist_begin(*posting); it != db.termlist_end(*posting);
         ++it) {
      it.skip_to(std::string(schema::kId));
      if (it == db.termlist_end(*posting) || !(*it).starts_with(schema::kId)) break;
      ids.push_back((*it).substr(schema::kId.size()));
    }
  } catch (const Xapian::Error& e) {
    throw IndexError("cannot read database: " + e.get_description());
  }
  return ids;
}

void IndexWriter::Commit() {
  try {
    FlushSpelling();
    db_.commit();
  } catch (const Xapian::Error& e) {
    throw IndexError("cannot commit: " + e.get_description());
  }
}

Xapian::doccount IndexWriter::size() const { return db_.get_doccount(); }

}  // namespace gleaner
