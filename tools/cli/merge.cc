// gleaner merge: joins shard databases, either into one compacted database
// (Xapian::Database::compact, what xapian-compact does) or into a Xapian stub
// database file that lists the shards (local folders and remote shards served
// by xapian-tcpsrv), which search and the other readers open as one database.
#include <fstream>
#include <iostream>

#include <xapian.h>

#include "tools/cli/cli.h"
#include "tools/cli/terminal.h"

namespace gleaner::cli {
namespace {

namespace po = boost::program_options;

constexpr std::string_view kRemotePrefix = "tcp://";

// "tcp://HOST:PORT" -> the stub line "remote HOST:PORT"; a local folder ->
// "auto ABSOLUTE-PATH" after checking that it opens as a database. Throws
// std::runtime_error with a one-line reason.
std::string StubLine(const std::string& shard) {
  if (shard.rfind(kRemotePrefix, 0) == 0) {
    const std::string address = shard.substr(kRemotePrefix.size());
    const std::size_t colon = address.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == address.size() ||
        address.find_first_not_of("0123456789", colon + 1) != std::string::npos) {
      throw std::runtime_error("a remote shard is tcp://HOST:PORT");
    }
    return "remote " + address;
  }
  std::error_code ec;
  const std::filesystem::path absolute = std::filesystem::absolute(shard, ec).lexically_normal();
  if (ec || !std::filesystem::exists(absolute, ec)) throw std::runtime_error("no such database");
  try {
    Xapian::Database check(absolute.string());
  } catch (const Xapian::Error& e) {
    throw std::runtime_error("not a database: " + e.get_description());
  }
  return "auto " + absolute.string();
}

int WriteStub(const std::string& stub_file, const std::vector<std::string>& shards) {
  std::string lines;
  for (const std::string& shard : shards) {
    try {
      lines += StubLine(shard) + '\n';
    } catch (const std::exception& e) {
      PrintError(shard, e.what());
      return kExitUsage;
    }
  }
  const std::string temporary = stub_file + ".tmp";
  {
    std::ofstream out(temporary, std::ios::trunc);
    out << lines;
    out.close();
    if (!out) {
      PrintError(stub_file, "cannot write");
      return kExitSomeFailed;
    }
  }
  std::error_code ec;
  std::filesystem::rename(temporary, stub_file, ec);
  if (ec) {
    PrintError(stub_file, ec.message());
    return kExitSomeFailed;
  }
  std::cout << "gleaner: stub " << stub_file << " lists " << shards.size() << " shards\n";
  return kExitOk;
}

int Compact(const std::string& out_dir, const std::vector<std::string>& shards) {
  std::error_code ec;
  if (std::filesystem::exists(out_dir, ec) && !std::filesystem::is_empty(out_dir, ec)) {
    PrintError(out_dir, "already exists and is not empty; merge writes a new database");
    return kExitUsage;
  }
  Xapian::Database combined;
  for (const std::string& shard : shards) {
    try {
      combined.add_database(Xapian::Database(shard));
    } catch (const Xapian::Error& e) {
      PrintError(shard, "cannot open database: " + e.get_description());
      return kExitUsage;
    }
  }
  try {
    combined.compact(out_dir, Xapian::DBCOMPACT_MULTIPASS);
    const Xapian::Database merged(out_dir);
    std::cout << "gleaner: merged " << shards.size() << " shards into " << out_dir << " ("
              << FormatCount(merged.get_doccount()) << " documents)\n";
  } catch (const Xapian::Error& e) {
    PrintError(out_dir, "compaction failed: " + e.get_description());
    return kExitSomeFailed;
  }
  return kExitOk;
}

}  // namespace

int RunMerge(const std::vector<std::string>& args) {
  std::string out_dir;
  std::string stub_file;
  std::vector<std::string> shards;
  po::options_description options("options");
  options.add_options()
      ("help,h", "print this help")
      ("out", po::value(&out_dir), "write one compacted database to this new folder")
      ("stub", po::value(&stub_file), "write a stub database file listing the shards")
      ("shard", po::value(&shards), "shard database folders, or tcp://HOST:PORT (with --stub)");
  po::positional_options_description positional;
  positional.add("shard", -1);
  po::variables_map vm;
  if (!ParseCommandLine(args,
                        "usage: gleaner merge --out DIR SHARD_DB...\n"
                        "       gleaner merge --stub FILE SHARD_DB|tcp://HOST:PORT...\n"
                        "--out compacts the shards into one new database (docids renumbered);\n"
                        "--stub writes a Xapian stub file that search, show, timeline, cooccur\n"
                        "and entity open as one database over local and remote shards\n"
                        "(remote shards served by 'xapian-tcpsrv --port PORT SHARD_DB').",
                        options, positional, vm)) {
    return kExitOk;
  }
  if (out_dir.empty() == stub_file.empty()) throw UsageError("give exactly one of --out and --stub");
  if (shards.empty()) throw UsageError("no shard databases");
  if (!stub_file.empty()) return WriteStub(stub_file, shards);
  for (const std::string& shard : shards) {
    if (shard.rfind(kRemotePrefix, 0) == 0) {
      throw UsageError("--out needs local shard folders, not " + shard);
    }
  }
  return Compact(out_dir, shards);
}

}  // namespace gleaner::cli
