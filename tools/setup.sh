#!/usr/bin/env bash
# The README's first command: installs dependencies, builds gleaner into
# build/, indexes the bundled sample corpus into a fresh database and runs a
# search on it.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --target gleaner -j"$(nproc)"

db=build/sample-db
rm -rf "$db"
echo
echo "\$ build/gleaner ingest --db $db corpora/samples"
build/gleaner ingest --db "$db" corpora/samples
echo
echo "\$ build/gleaner search --db $db --limit 3 '\"community policing\"'"
build/gleaner search --db "$db" --limit 3 '"community policing"'
