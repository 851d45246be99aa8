// gleaner show: one indexed document with its metadata and entities.
#include <algorithm>
#include <iostream>
#include <map>

#include <boost/json.hpp>

#include "engine/search.h"
#include "tools/cli/cli.h"

namespace gleaner::cli {

namespace po = boost::program_options;

int RunShow(const std::vector<std::string>& args) {
  std::string db_dir;
  std::string id;
  bool as_json = false;
  bool with_text = false;
  po::options_description options("options");
  options.add_options()
      ("help,h", "print this help")
      ("db", po::value(&db_dir)->required(), "database folder")
      ("json", po::bool_switch(&as_json), "print the stored record as JSON")
      ("text", po::bool_switch(&with_text), "also print the document text")
      ("id", po::value(&id), "document id (its absolute path) or file name without extension");
  po::positional_options_description positional;
  positional.add("id", 1);
  po::variables_map vm;
  if (!ParseCommandLine(args, "usage: gleaner show --db DIR [--json] ID", options, positional,
                        vm)) {
    return kExitOk;
  }
  if (id.empty()) throw UsageError("no document id");

  std::optional<StoredDocument> stored;
  std::vector<std::string> ids;  // every id of the stored document
  try {
    const Searcher searcher(db_dir);
    stored = searcher.Find(id);
    if (stored) ids = IdsOfDocument(searcher.database(), stored->document.id);
  } catch (const IndexError& e) {
    std::cerr << "gleaner: " << e.what() << '\n';
    return kExitUsage;
  }
  if (!stored) {
    PrintError(id, "no such document in " + db_dir);
    return kExitSomeFailed;
  }
  const Document& doc = stored->document;
  const Analysis& analysis = stored->analysis;
  if (as_json) {
    boost::json::object record = DocumentToJson(doc, analysis);
    if (!with_text) record.erase("text");
    if (stored->whole_text_bytes > 0) {  // the record keeps the start of a long text
      record["text_bytes"] = stored->whole_text_bytes;
      record["mention_count"] = stored->whole_mention_count;
    }
    std::cout << boost::json::serialize(record) << '\n';
    return kExitOk;
  }
  std::cout << "id:      " << doc.id << "\n";
  // Identical content found under other paths is stored once, with every id.
  for (const std::string& other : ids) {
    if (other != doc.id) std::cout << "also:    " << other << "\n";
  }
  std::cout
            << "title:   " << doc.title << "\n"
            << "date:    " << (doc.date.empty() ? "unknown" : doc.date) << " ("
            << DateSourceName(doc.date_source) << ")\n"
            << "format:  " << doc.format << "\n";
  if (!doc.url.empty()) std::cout << "url:     " << doc.url << "\n";
  // Format metadata: "places: usa,uk", "charset: windows-1251", ...
  for (const auto& [key, value] : doc.metadata) {
    std::cout << key << ":" << std::string(key.size() < 8 ? 8 - key.size() : 1, ' ') << value
              << "\n";
  }
  std::cout << "hash:    " << doc.content_hash << "\n"
            << "size:    " << doc.text.size() << " bytes of text\n";
  if (stored->whole_text_bytes > 0) {
    std::cout << "stored:  the first " << doc.text.size() << " of " << stored->whole_text_bytes
              << " bytes of text and the mentions inside them (" << analysis.mentions.size()
              << " of " << stored->whole_mention_count
              << "); every word and mention is indexed, the file holds the rest\n";
  }
  std::map<MentionType, std::vector<const Mention*>> by_type;
  for (const Mention& mention : analysis.mentions) by_type[mention.type].push_back(&mention);
  std::cout << "mentions: " << analysis.mentions.size() << "\n";
  for (const auto& [type, mentions] : by_type) {
    std::cout << "\n" << MentionTypeName(type) << " (" << mentions.size() << ")\n";
    for (const Mention* mention : mentions) {
      std::cout << "  " << mention->start << "-" << mention->end << "  " << mention->text;
      if (!mention->value.empty()) std::cout << "  = " << mention->value;
      for (const auto& [key, value] : mention->attributes) {
        if (key != "rule") std::cout << "  " << key << "=" << value;
      }
      std::cout << "\n";
    }
  }
  if (with_text) std::cout << "\n" << doc.text << "\n";
  return kExitOk;
}

}  // namespace gleaner::cli
