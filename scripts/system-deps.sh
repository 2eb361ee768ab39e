#!/usr/bin/env bash
# Debian packages the test suite needs: Chromium for the browser tests, DejaVu fonts for the share cards,
# PostgreSQL 15 for the PostgreSQL run of the suite. Installs only what is missing.
set -euo pipefail

packages=(chromium fonts-dejavu-core postgresql)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing Debian packages: ${missing[*]}"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
