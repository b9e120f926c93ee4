#!/usr/bin/env bash
# Installs the system libraries report-site needs (cmark-gfm and its GFM extensions), only when
# they are missing. Safe to run again. Needs root or sudo for apt-get.
set -euo pipefail
packages=(libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${missing[*]}" >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "setup: Swift 6.3 is not on PATH; install it from swift.org" >&2; exit 1; }
