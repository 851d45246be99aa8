// Sharded batch runs: --shard slicing (engine/shard.h), the facet spy's
// remote serialisation, and the whole flow with local processes: corpora/samples
// (seed copies and HTML pages) ingested as two shards (tools/slurm-ingest.sh), served by xapian-tcpsrv on loopback,
// searched through a stub file and through a compacted merge, must give the
// same ids, totals and facet counts as one database built in a single run.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <thread>

#include <gtest/gtest.h>

#include "engine/readers/reader.h"
#include "engine/search.h"
#include "engine/shard.h"
#include "tests/test_support.h"

extern char** environ;

namespace gleaner {
namespace {

namespace fs = std::filesystem;
using testing::RunGleaner;
using testing::ScratchDir;

TEST(ShardSpecTest, ParsesZeroBasedIndexOfCount) {
  const ShardSpec shard = ParseShardSpec("3/8");
  EXPECT_EQ(shard.index, 3u);
  EXPECT_EQ(shard.count, 8u);
  EXPECT_EQ(ParseShardSpec("0/1").count, 1u);
}

TEST(ShardSpecTest, RejectsBadSpecsWithAReason) {
  for (const char* bad : {"", "1", "/2", "1/", "2/2", "5/3", "0/0", "-1/2", "1/2/3", "a/b",
                          " 1/2", "1/200000"}) {
    EXPECT_THROW(ParseShardSpec(bad), std::invalid_argument) << bad;
  }
  try {
    ParseShardSpec("2/2");
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("between 0 and 1"), std::string::npos) << e.what();
  }
}

std::vector<fs::path> SeedAndSampleInputs() {
  std::vector<std::string> errors;
  return ListInputs({testing::SeedsDir().string(), (testing::DataDir() / "samples").string()},
                    &errors);
}

TEST(ShardSpecTest, ShardsPartitionTheInputsDeterministically) {
  const std::vector<fs::path> inputs = SeedAndSampleInputs();
  ASSERT_GE(inputs.size(), 8u);
  for (unsigned count : {1u, 2u, 3u, 7u}) {
    std::multiset<fs::path> seen;
    for (unsigned index = 0; index < count; ++index) {
      const ShardSpec shard{index, count};
      const std::vector<fs::path> slice = SelectShard(inputs, shard);
      EXPECT_EQ(slice, SelectShard(inputs, shard));  // same answer every time
      seen.insert(slice.begin(), slice.end());
    }
    EXPECT_EQ(seen, std::multiset<fs::path>(inputs.begin(), inputs.end())) << count;
  }
  // A file's shard does not depend on which other files are listed.
  const ShardSpec half{1, 2};
  for (const fs::path& input : inputs) {
    EXPECT_EQ(InShard(input, half), SelectShard({input}, half).size() == 1u);
  }
}

TEST(ShardCliTest, BadShardSpecIsAUsageError) {
  ScratchDir scratch;
  for (const std::string command : {"ingest", "extract"}) {
    std::vector<std::string> args{command};
    if (command == "ingest") args.insert(args.end(), {"--db", (scratch / "db").string()});
    args.insert(args.end(), {"--shard", "2/2", testing::SeedsDir().string()});
    const testing::CommandResult result = RunGleaner(args);
    EXPECT_EQ(result.exit_code, 2) << command;
    EXPECT_NE(result.err.find("--shard '2/2'"), std::string::npos) << result.err;
  }
}

// The counts of a spy fed the documents of two shards and merged through
// serialise_results() equal one spy fed both, as xapian's remote matcher
// merges them; the spy also rebuilds itself from name() + serialise().
TEST(ShardFacetSpyTest, MergedResultsEqualOneSpyOverAllDocuments) {
  ScratchDir scratch;
  testing::IndexSamples(scratch / "db");
  const Xapian::Database db((scratch / "db").string());
  const std::vector<std::string> facets{"org", "country", "year"};
  TermFacetSpy whole(facets);
  TermFacetSpy first(facets);
  const std::unique_ptr<Xapian::MatchSpy> second(
      first.unserialise(first.serialise(), Xapian::Registry()));
  EXPECT_EQ(second->name(), "gleaner::TermFacetSpy");
  for (Xapian::docid id = 1; id <= db.get_lastdocid(); ++id) {
    const Xapian::Document doc = db.get_document(id);
    whole(doc, 0);
    if (id % 2 == 0) {
      first(doc, 0);
    } else {
      (*second)(doc, 0);
    }
  }
  const std::unique_ptr<Xapian::MatchSpy> merged_spy(first.clone());
  auto& merged = dynamic_cast<TermFacetSpy&>(*merged_spy);
  merged.merge_results(first.serialise_results());
  merged.merge_results(second->serialise_results());
  EXPECT_EQ(merged.documents_seen(), whole.documents_seen());
  const std::vector<FacetCounts> expected = whole.Results(0);
  const std::vector<FacetCounts> actual = merged.Results(0);
  ASSERT_EQ(actual.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_GT(expected[i].values.size(), 0u) << expected[i].name;
    EXPECT_EQ(actual[i].documents_with_value, expected[i].documents_with_value);
    ASSERT_EQ(actual[i].values.size(), expected[i].values.size());
    for (std::size_t j = 0; j < expected[i].values.size(); ++j) {
      EXPECT_EQ(actual[i].values[j].value, expected[i].values[j].value);
      EXPECT_EQ(actual[i].values[j].documents, expected[i].values[j].documents);
    }
  }
  EXPECT_THROW(merged.merge_results("not json"), Xapian::SerialisationError);
}

// A loopback port nobody listens on right now.
int FreePort() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  socklen_t length = sizeof address;
  if (fd < 0 || bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
    if (fd >= 0) close(fd);
    return -1;
  }
  close(fd);
  return ntohs(address.sin_port);
}

bool Accepts(int port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  const bool ok = fd >= 0 && connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  if (fd >= 0) close(fd);
  return ok;
}

// xapian-tcpsrv serving one database on a free loopback port, under
// `timeout` so a stuck test cannot leave it running; stopped by the destructor.
class TcpServer {
 public:
  explicit TcpServer(const fs::path& db) {
    for (int attempt = 0; attempt < 5 && port_ < 0; ++attempt) {
      const int port = FreePort();
      if (port < 0) continue;
      const std::vector<std::string> command{
          "timeout", "300", "xapian-tcpsrv", "--quiet", "--interface", "127.0.0.1",
          "--port", std::to_string(port), "--idle-timeout", "60000", db.string()};
      std::vector<char*> argv;
      for (const std::string& arg : command) argv.push_back(const_cast<char*>(arg.c_str()));
      argv.push_back(nullptr);
      // The server's own messages (a readiness probe closing early) stay out of the log.
      posix_spawn_file_actions_t quiet;
      posix_spawn_file_actions_init(&quiet);
      posix_spawn_file_actions_addopen(&quiet, 1, "/dev/null", O_WRONLY, 0);
      posix_spawn_file_actions_addopen(&quiet, 2, "/dev/null", O_WRONLY, 0);
      const int spawned = posix_spawnp(&pid_, argv[0], &quiet, nullptr, argv.data(), environ);
      posix_spawn_file_actions_destroy(&quiet);
      if (spawned != 0) return;
      for (int wait = 0; wait < 100; ++wait) {  // up to 10 s
        if (Accepts(port)) {
          port_ = port;
          break;
        }
        int status = 0;
        if (waitpid(pid_, &status, WNOHANG) == pid_) {  // port taken meanwhile: retry
          pid_ = -1;
          break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
      }
      if (port_ < 0) Stop();
    }
  }
  ~TcpServer() { Stop(); }
  TcpServer(const TcpServer&) = delete;
  TcpServer& operator=(const TcpServer&) = delete;

  int port() const { return port_; }

 private:
  void Stop() {
    if (pid_ <= 0) return;
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
  }
  pid_t pid_ = -1;
  int port_ = -1;
};

struct Answer {
  Xapian::doccount total = 0;
  std::set<std::string> ids;          // every hit (all pages)
  std::vector<std::string> dates;     // in result order
  std::map<std::string, std::map<std::string, Xapian::doccount>> facets;
  std::map<std::string, Xapian::doccount> with_value;
};

Answer Ask(const fs::path& db, const std::string& query, SortOrder order) {
  const Searcher searcher(db);
  SearchRequest request;
  request.query = query;
  request.limit = 1000;
  request.order = order;
  request.facets = {"org", "country", "year", "person"};
  request.facet_limit = 0;
  const SearchResults results = searcher.Search(request);
  Answer answer;
  answer.total = results.estimated_matches;
  for (const SearchHit& hit : results.hits) {
    answer.ids.insert(hit.id);
    answer.dates.push_back(hit.date);
  }
  for (const FacetCounts& facet : results.facets) {
    answer.with_value[facet.name] = facet.documents_with_value;
    for (const FacetValue& value : facet.values) answer.facets[facet.name][value.value] = value.documents;
  }
  return answer;
}

TEST(ShardFlowTest, RemoteStubAndMergeEqualOneDatabase) {
  ScratchDir scratch;
  // corpora/samples holds copies of the seed releases and three HTML pages;
  // the seeds themselves are left out: identical content under two paths is
  // one document in one database, but two when the copies fall in different
  // shards, so they would not compare.
  const std::string samples = (testing::DataDir() / "samples").string();
  const fs::path single = scratch / "single";
  const fs::path out = scratch / "slurm";
  const fs::path shard0 = out / "shard-0";
  const fs::path shard1 = out / "shard-1";
  const fs::path merged = out / "merged";
  const fs::path local_stub = out / "shards.stub";
  ASSERT_EQ(RunGleaner({"ingest", "--db", single.string(), samples}).exit_code, 0);
  // tools/slurm-ingest.sh as Slurm would run it: two array tasks, then the merge step.
  const std::string script = (testing::SourceDir() / "tools" / "slurm-ingest.sh").string();
  const std::string gleaner = "GLEANER=" + testing::GleanerBinary().string();
  for (const std::string task : {"0", "1"}) {
    const testing::CommandResult shard =
        testing::RunCommand({"env", "SLURM_ARRAY_TASK_ID=" + task, gleaner, "bash", script,
                             "shard", "2", out.string(), samples});
    ASSERT_EQ(shard.exit_code, 0) << shard.err;
  }
  const testing::CommandResult merge =
      testing::RunCommand({"env", gleaner, "bash", script, "merge", "2", out.string()});
  ASSERT_EQ(merge.exit_code, 0) << merge.err;
  const Xapian::doccount in_single = Xapian::Database(single.string()).get_doccount();
  const Xapian::doccount in_shard0 = Xapian::Database(shard0.string()).get_doccount();
  const Xapian::doccount in_shard1 = Xapian::Database(shard1.string()).get_doccount();
  EXPECT_GT(in_shard0, 0u);
  EXPECT_GT(in_shard1, 0u);
  EXPECT_EQ(in_shard0 + in_shard1, in_single);
  EXPECT_EQ(Xapian::Database(merged.string()).get_doccount(), in_single);

  // Merging into a database that exists is refused, the old one kept.
  const testing::CommandResult again =
      RunGleaner({"merge", "--out", merged.string(), shard0.string(), shard1.string()});
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_NE(again.err.find(merged.string() + ": already exists"), std::string::npos) << again.err;
  const testing::CommandResult missing =
      RunGleaner({"merge", "--stub", (scratch / "x.stub").string(), (scratch / "nope").string()});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("nope: no such database"), std::string::npos) << missing.err;

  const TcpServer server0(shard0);
  const TcpServer server1(shard1);
  ASSERT_GT(server0.port(), 0) << "xapian-tcpsrv did not start (package xapian-tools)";
  ASSERT_GT(server1.port(), 0);
  const fs::path remote_stub = scratch / "remote.stub";
  const testing::CommandResult stub = RunGleaner(
      {"merge", "--stub", remote_stub.string(), "tcp://127.0.0.1:" + std::to_string(server0.port()),
       "tcp://127.0.0.1:" + std::to_string(server1.port())});
  ASSERT_EQ(stub.exit_code, 0) << stub.err;
  EXPECT_EQ(testing::ReadFileOrDie(remote_stub),
            "remote 127.0.0.1:" + std::to_string(server0.port()) + "\nremote 127.0.0.1:" +
                std::to_string(server1.port()) + "\n");

  const std::vector<std::string> queries{
      "community policing", "country:kz", "osce OR unodc", "training date:2017..2019",
      "women", "terrorism NOT seminar"};
  for (const std::string& query : queries) {
    for (SortOrder order : {SortOrder::kRelevance, SortOrder::kDateNewestFirst}) {
      const Answer expected = Ask(single, query, order);
      EXPECT_GT(expected.total, 0u) << query;
      EXPECT_FALSE(expected.facets.empty()) << query;
      for (const fs::path& db : {merged, remote_stub, local_stub}) {
        const Answer actual = Ask(db, query, order);
        EXPECT_EQ(actual.total, expected.total) << query << " on " << db;
        EXPECT_EQ(actual.ids, expected.ids) << query << " on " << db;
        EXPECT_EQ(actual.facets, expected.facets) << query << " on " << db;
        EXPECT_EQ(actual.with_value, expected.with_value) << query << " on " << db;
        if (order == SortOrder::kDateNewestFirst) {
          EXPECT_EQ(actual.dates, expected.dates) << query << " on " << db;
        }
      }
    }
  }
  // The command line reads the stub too (search, show).
  const testing::CommandResult cli =
      RunGleaner({"search", "--db", remote_stub.string(), "--format", "json", "--facet",
                  "country", "community"});
  EXPECT_EQ(cli.exit_code, 0) << cli.err;
  EXPECT_NE(cli.out.find("\"country\""), std::string::npos) << cli.out;
}

}  // namespace
}  // namespace gleaner
