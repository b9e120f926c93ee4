#!/usr/bin/env bash
# Fuzzing with libFuzzer. Builds the fuzz targets (Fuzz/, only when REPORT_SITE_FUZZ=1) with
# -sanitize=fuzzer,address in their own scratch folder (.build-fuzz), so that the ordinary
# `swift build` and `swift test` never see them.
#
#   scripts/fuzz.sh TARGET SECONDS   run one target for a set time; new inputs go to its corpus
#   scripts/fuzz.sh --replay         run every corpus once through its target (CI; quick)
#   scripts/fuzz.sh --list           the targets
#
# Targets: FuzzReportText (the report-text parser), FuzzTaskFile (a task file: decoding, the fast
# front-matter reader checked against Yams), FuzzMarkdown (narratives through cmark-gfm).
# A crash leaves its input as Fuzz/crash-*; make it a test, fix it, and add it to the corpus.
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(FuzzReportText FuzzTaskFile FuzzMarkdown)
scratch=.build-fuzz

# The corpus folders of a target: its own (where new inputs go first) and the repository's
# fixtures of the same kind, read only.
corpora() {
  case "$1" in
    FuzzReportText) echo "Fuzz/Corpus/FuzzReportText Tests/ReportTextTests/Fixtures" ;;
    FuzzTaskFile) echo "Fuzz/Corpus/FuzzTaskFile" ;;
    FuzzMarkdown) echo "Fuzz/Corpus/FuzzMarkdown" ;;
    *) echo "unknown target $1; targets: ${targets[*]}" >&2; exit 64 ;;
  esac
}

# The longest input a target is given while fuzzing: the parser's cost grows with the text, and
# a few kilobytes hold every structure of a report (longer seeds are cut to this).
max_len() {
  case "$1" in
    FuzzReportText) echo 8192 ;;
    *) echo 65536 ;;
  esac
}

build() {
  REPORT_SITE_FUZZ=1 swift build -c debug --scratch-path "$scratch" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --product "$1" >&2
  echo "$(REPORT_SITE_FUZZ=1 swift build -c debug --scratch-path "$scratch" --show-bin-path)/$1"
}

case "${1:-}" in
  --list)
    printf '%s\n' "${targets[@]}"
    ;;
  --replay)
    for target in "${targets[@]}"; do
      binary=$(build "$target")
      read -r -a dirs <<<"$(corpora "$target")"
      files=()
      for dir in "${dirs[@]}"; do
        while IFS= read -r -d '' file; do files+=("$file"); done \
          < <(find "$dir" -type f ! -name '.*' -print0 | sort -z)
      done
      # Every file once (libFuzzer runs the inputs it is given and exits).
      "$binary" -runs=1 -timeout=10 -rss_limit_mb=4096 "${files[@]}" >/dev/null 2>"$scratch/$target.log" \
        || { cat "$scratch/$target.log" >&2; echo "fuzz: $target failed on its corpus" >&2; exit 1; }
      echo "fuzz: $target replayed ${#files[@]} inputs"
    done
    ;;
  '' | -*)
    sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
    exit 64
    ;;
  *)
    target=$1
    seconds=${2:?usage: scripts/fuzz.sh TARGET SECONDS}
    read -r -a dirs <<<"$(corpora "$target")"
    binary=$(build "$target")
    # New inputs go into a working corpus under the scratch folder (the repository's corpora
    # stay small seeds; copy an input worth keeping by hand). A hang of 10 s counts as a
    # failure: nothing here may take that long on a fuzz-sized input.
    mkdir -p "$scratch/corpus/$target"
    "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len="$(max_len "$target")" \
      -artifact_prefix=Fuzz/crash- -print_final_stats=1 "$scratch/corpus/$target" "${dirs[@]}"
    ;;
esac
