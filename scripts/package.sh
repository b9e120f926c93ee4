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
linker_flags=(-Xlinker --as-needed)
archives=()
for library in cmark-gfm cmark-gfm-extensions; do
  archive="/usr/lib/$multiarch/lib$library.a"
  if [ -f "$archive" ]; then
    archives+=(-Xlinker "$archive")
  else
    echo "package: $archive is missing (libcmark-gfm-dev); lib$library stays a shared library" >&2
  fi
done
# The archives whole, so that the shared libraries the module map names are not needed (and,
# with --as-needed, not loaded).
if [ ${#archives[@]} -gt 0 ]; then
  linker_flags+=(-Xlinker --whole-archive "${archives[@]}" -Xlinker --no-whole-archive)
fi
# Foundation's URLSession (FoundationNetworking) comes in through FlyingFox's ProxyHTTPHandler,
# which report-site never uses, and would need libcurl and its twenty libraries at run time.
# report-site makes no HTTP request, so the static link gets a libcurl whose functions only
# fail: the binary carries no HTTP client, and loads no libcurl.
cat > "$static_dir/curl-absent.c" <<'C'
/* report-site makes no HTTP requests: every libcurl entry point fails. */
#include <stddef.h>
#define FAIL_PTR(name) void *name(void) { return NULL; }
#define FAIL_INT(name) int name(void) { return 2; /* CURLE_FAILED_INIT */ }
#define NOTHING(name) void name(void) {}
FAIL_PTR(curl_easy_init) FAIL_PTR(curl_multi_init) FAIL_PTR(curl_slist_append)
FAIL_PTR(curl_url) FAIL_PTR(curl_version) FAIL_PTR(curl_version_info)
FAIL_PTR(curl_multi_info_read)
const char *curl_easy_strerror(int code) { (void)code; return "report-site has no HTTP client"; }
FAIL_INT(curl_easy_getinfo) FAIL_INT(curl_easy_pause) FAIL_INT(curl_easy_setopt)
FAIL_INT(curl_global_init) FAIL_INT(curl_multi_add_handle) FAIL_INT(curl_multi_assign)
FAIL_INT(curl_multi_cleanup) FAIL_INT(curl_multi_remove_handle) FAIL_INT(curl_multi_setopt)
FAIL_INT(curl_multi_socket_action) FAIL_INT(curl_url_get) FAIL_INT(curl_url_set)
NOTHING(curl_easy_cleanup) NOTHING(curl_free) NOTHING(curl_slist_free_all)
C
gcc -c -O2 -fPIC -o "$static_dir/curl-absent.o" "$static_dir/curl-absent.c"
ar rcs "$static_dir/libcurl.a" "$static_dir/curl-absent.o"
linker_flags+=(-Xlinker -L"$static_dir")
swift build -c release --product report-site --static-swift-stdlib "${linker_flags[@]}"
mkdir -p dist
cp .build/release/report-site dist/report-site
strip dist/report-site
# cmark-gfm is in the binary (the archives above); the module map still names the shared
# libraries, and the link keeps them as needed although no symbol is taken from them. Drop
# those entries, but only when the binary really takes nothing from them.
for library in cmark-gfm cmark-gfm-extensions; do
  needed="$(objdump -p dist/report-site | awk '/NEEDED/ {print $2}' | grep "^lib$library\.so" || true)"
  [ -n "$needed" ] || continue
  if nm -D dist/report-site | grep -q ' U cmark'; then
    echo "package: the binary takes symbols from $needed; it stays a shared library" >&2
  elif command -v patchelf >/dev/null; then
    patchelf --remove-needed "$needed" dist/report-site
  else
    echo "package: install patchelf to drop the unused $needed from the binary" >&2
  fi
done
echo "dist/report-site: $(du -h dist/report-site | cut -f1), $(stat -c %s dist/report-site) bytes"
echo "shared libraries it loads:"
ldd dist/report-site
echo "newest glibc symbol version it needs:"
objdump -T dist/report-site | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -1
