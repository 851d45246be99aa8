#!/bin/bash
# Slurm array job: N tasks each ingest one shard of the inputs, then one
# dependent job merges the shards into a single compacted database.
#
# Submit from a login node (not with sbatch directly):
#   tools/slurm-ingest.sh submit N OUT_DIR INPUT...
# which runs
#   sbatch --array=0-(N-1) tools/slurm-ingest.sh shard N OUT_DIR INPUT...
#   sbatch --dependency=afterok:JOB tools/slurm-ingest.sh merge N OUT_DIR
# Task I writes OUT_DIR/shard-I with `gleaner ingest --shard I/N` (shards count
# from 0, like $SLURM_ARRAY_TASK_ID with --array=0-(N-1)); the merge step runs
# `gleaner merge --out OUT_DIR/merged OUT_DIR/shard-*` and also writes
# OUT_DIR/shards.stub, so the shards can be searched without the merge
# (`gleaner search --db OUT_DIR/shards.stub`) or served by xapian-tcpsrv.
# GLEANER (default: gleaner on PATH) names the binary; extra sbatch options
# (partition, time, memory) go in SBATCH_OPTIONS.
#SBATCH --job-name=gleaner-ingest
#SBATCH --cpus-per-task=1
#SBATCH --mem=2G
#SBATCH --output=gleaner-ingest-%A_%a.log
set -euo pipefail

GLEANER=${GLEANER:-gleaner}
usage() {
  echo "usage: $0 submit N OUT_DIR INPUT...  (or, inside Slurm: shard N OUT_DIR INPUT... | merge N OUT_DIR)" >&2
  exit 2
}
[[ $# -ge 3 ]] || usage
step=$1 count=$2 out=$3
shift 3
[[ $count =~ ^[1-9][0-9]*$ ]] || { echo "$0: N must be a positive number, not '$count'" >&2; exit 2; }

case $step in
  submit)
    [[ $# -ge 1 ]] || usage
    mkdir -p "$out"
    # Absolute paths: the tasks may start in another folder.
    inputs=()
    for input in "$@"; do inputs+=("$(realpath "$input")"); done
    out=$(realpath "$out")
    script=$(realpath "$0")
    # shellcheck disable=SC2086  # SBATCH_OPTIONS holds several words on purpose
    job=$(sbatch --parsable ${SBATCH_OPTIONS:-} --array="0-$((count - 1))" "$script" shard "$count" "$out" "${inputs[@]}")
    # shellcheck disable=SC2086
    sbatch --parsable ${SBATCH_OPTIONS:-} --dependency="afterok:${job%%;*}" "$script" merge "$count" "$out"
    ;;
  shard)
    : "${SLURM_ARRAY_TASK_ID:?shard runs as a Slurm array task (sbatch --array=0-$((count - 1)))}"
    # Exit 1 (some inputs failed to read) still leaves a usable shard; only
    # a usage or database error (2) fails the task and so the merge.
    mkdir -p "$out"
    status=0
    "$GLEANER" ingest --db "$out/shard-$SLURM_ARRAY_TASK_ID" --shard "$SLURM_ARRAY_TASK_ID/$count" "$@" || status=$?
    [[ $status -le 1 ]]
    ;;
  merge)
    shards=()
    for ((i = 0; i < count; i++)); do
      [[ -d $out/shard-$i ]] || { echo "$0: $out/shard-$i: missing (did task $i fail?)" >&2; exit 1; }
      shards+=("$out/shard-$i")
    done
    "$GLEANER" merge --stub "$out/shards.stub" "${shards[@]}"
    rm -rf "$out/merged"
    "$GLEANER" merge --out "$out/merged" "${shards[@]}"
    ;;
  *)
    usage
    ;;
esac
