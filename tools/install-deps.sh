#!/usr/bin/env bash
# Installs the Debian 12 packages gleaner needs to build, test and run.
# Idempotent: installs only what is missing, and runs apt-get update only then.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libicu-dev libre2-dev libxapian-dev xapian-tools
  libboost1.81-dev libboost-json1.81-dev libboost-program-options1.81-dev
  libxml2-dev libarchive-dev libpoppler-cpp-dev
  libssl-dev ca-certificates openssl  # https feeds (Beast over OpenSSL); openssl makes test certificates
  libgtest-dev libgmock-dev libbenchmark-dev
  python3 python3-geojson
  time xapian-omega  # tools/throughput: /usr/bin/time -v and the omindex peer
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
