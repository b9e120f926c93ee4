#!/usr/bin/env bash
# Builds report-site as one self-contained Linux binary: the Swift runtime and Foundation linked
# statically (--static-swift-stdlib), cmark-gfm and its extensions linked from Debian's static
# archives, the built-in theme compiled in. Writes dist/report-site and prints what it still
# loads at run time (only the C library, libstdc++ and friends that every Debian has).
#   ./scripts/setup.sh && ./scripts/package.sh
set -euo pipefail
cd "$(dirname "$0")/.."
multiarch="$(gcc -print-multiarch 2>/dev/null || echo x86_64-linux-gnu)"
static_dir="$(mktemp -d)"
trap 'rm -rf "$static_dir"' EXIT
linker_flags=()
for library in cmark-gfm cmark-gfm-extensions; do
  archive="/usr/lib/$multiarch/lib$library.a"
  if [ -f "$archive" ]; then
    # A folder with only the .a, searched first, so the linker takes it over the .so.
    ln -s "$archive" "$static_dir/lib$library.a"
  else
    echo "package: $archive is missing (libcmark-gfm-dev); lib$library stays a shared library" >&2
  fi
done
linker_flags+=(-Xlinker -L"$static_dir")
swift build -c release --product report-site --static-swift-stdlib "${linker_flags[@]}"
mkdir -p dist
cp .build/release/report-site dist/report-site
strip dist/report-site
echo "dist/report-site: $(du -h dist/report-site | cut -f1), $(stat -c %s dist/report-site) bytes"
echo "shared libraries it loads:"
ldd dist/report-site
echo "newest glibc symbol version it needs:"
objdump -T dist/report-site | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -1
