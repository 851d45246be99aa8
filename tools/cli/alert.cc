// gleaner alert add|list|rm: saved queries that `gleaner watch` runs against
// every new document.
#include <iostream>

#include "engine/alerts.h"
#include "engine/query.h"
#include "tools/cli/cli.h"
#include "tools/cli/watch.h"

namespace gleaner::cli {

namespace po = boost::program_options;

namespace {

constexpr const char* kAlertUsage =
    "usage: gleaner alert add --db DIR NAME QUERY...\n"
    "       gleaner alert list --db DIR\n"
    "       gleaner alert rm --db DIR NAME\n"
    "Saved alerts live in the database. `gleaner watch` runs each against every\n"
    "new document and reports a match once per document. QUERY is the query\n"
    "language of `gleaner search` (org:OSCE, place:Almaty, \"violent extremism\"...).";

int ListAlertsOf(const std::string& db_dir) {
  std::vector<Alert> alerts;
  try {
    alerts = ListAlerts(Xapian::Database(db_dir));
  } catch (const Xapian::Error& e) {
    PrintError(db_dir, "cannot open database: " + e.get_description());
    return kExitUsage;
  } catch (const AlertError& e) {
    PrintError(db_dir, e.what());
    return kExitUsage;
  }
  for (const Alert& alert : alerts) std::cout << alert.name << '\t' << alert.query << '\n';
  return kExitOk;
}

}  // namespace

int RunAlert(const std::vector<std::string>& args) {
  if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
    std::cout << kAlertUsage << '\n';
    return kExitOk;
  }
  if (args.empty() || (args[0] != "add" && args[0] != "list" && args[0] != "rm")) {
    throw UsageError("expected add, list or rm");
  }
  const std::string action = args[0];
  std::string db_dir;
  std::vector<std::string> words;
  po::options_description options("options");
  options.add_options()
      ("help,h", "print this help")
      ("db", po::value(&db_dir)->required(), "database folder")
      ("word", po::value(&words), "NAME, then the QUERY words");
  po::positional_options_description positional;
  positional.add("word", -1);
  po::variables_map vm;
  if (!ParseCommandLine(std::vector<std::string>(args.begin() + 1, args.end()), kAlertUsage,
                        options, positional, vm)) {
    return kExitOk;
  }

  if (action == "list") {
    if (!words.empty()) throw UsageError("list takes no arguments");
    return ListAlertsOf(db_dir);
  }
  if (words.empty()) throw UsageError("no alert name");
  const std::string name = words[0];
  if (action == "rm" && words.size() > 1) throw UsageError("rm takes one alert name");
  if (action == "add" && words.size() < 2) throw UsageError("no query for alert '" + name + "'");
  try {
    AlertStore store(db_dir);
    if (action == "rm") {
      if (!store.Remove(name)) {
        PrintError("alert " + name, "no such alert in " + db_dir);
        return kExitSomeFailed;
      }
      store.Commit();
      std::cout << "removed alert " << name << '\n';
      return kExitOk;
    }
    Alert alert{name, ""};
    for (std::size_t i = 1; i < words.size(); ++i) {
      if (i > 1) alert.query += ' ';
      alert.query += words[i];
    }
    store.Add(alert);
    store.Commit();
    std::cout << "saved alert " << alert.name << ": " << alert.query << '\n';
  } catch (const QueryError& e) {
    PrintError("alert " + name, e.what());
    return kExitUsage;
  } catch (const AlertError& e) {
    PrintError("alert " + name, e.what());
    return kExitUsage;
  }
  return kExitOk;
}

}  // namespace gleaner::cli
