#!/usr/bin/env bash
# Runs one libFuzzer target of the fuzz build (see README.md here) on a
# working corpus in build-fuzz/corpus/TARGET, seeded from the same files the
# ctest replay uses, with a dictionary where one helps. Crash, leak and
# timeout inputs land in build-fuzz/artifacts/TARGET/.
#
#   tests/fuzz/run.sh TARGET [SECONDS] [extra libFuzzer flags...]
set -euo pipefail
cd "$(dirname "$0")/../.."
target="$1"
seconds="${2:-240}"
shift $(( $# >= 2 ? 2 : 1 ))
build=build-fuzz
readers=tests/data/readers
corpus="$build/corpus/$target"
artifacts="$build/artifacts/$target"
mkdir -p "$corpus" "$artifacts"

"$build/fuzz_make_seeds" "$build/fuzz-seeds" 2>/dev/null || true
seed() { for f in "$@"; do [ -f "$f" ] && cp -n "$f" "$corpus/" || true; done; }
case "$target" in
  html) seed $readers/*.html corpora/samples/*.html ;;
  feed) seed $readers/*.rss $readers/*.atom ;;
  email) seed $readers/*.eml ;;
  jsonl) seed $readers/*.jsonl ;;
  reuters) seed $readers/*.sgm ;;
  analyzer) seed corpora/samples/*.txt ;;
  pdf | office | archive) seed "$build"/fuzz-seeds/"$target"/* ;;
  sniff) seed $readers/* "$build"/fuzz-seeds/*/* ;;
esac
[ -d "tests/fuzz/corpus/$target" ] && seed tests/fuzz/corpus/"$target"/*

dict=()
case "$target" in
  html | feed | office | reuters | sniff) dict=(-dict=tests/fuzz/dict/markup.dict) ;;
  email) dict=(-dict=tests/fuzz/dict/email.dict) ;;
esac

"$build/fuzz_$target" "$corpus" "${dict[@]}" -max_total_time="$seconds" -timeout=10 \
  -rss_limit_mb=2048 -report_slow_units=2 -print_final_stats=1 \
  -artifact_prefix="$artifacts/" "$@"
