#!/usr/bin/env bash
# Long fuzz sessions of the readers and of fact extraction (docs/fuzzing.md).
#
#   src/test/tools/fuzz-long.sh [DURATION] [TARGET...]
#
# DURATION is a Jazzer duration (default 30m); TARGET is one of text, html, docx, doc, pdf, facts
# (default: all, one after another). Each session runs at the lowest CPU priority with a 512 MB heap
# and instruments this project's code and the libraries the target goes through. An input that uses
# more than 10 s of CPU time fails in the harness (FuzzFindings); libFuzzer's -timeout=300 (wall-clock,
# generous: at nice 19 on a loaded machine a 2 s input took 64 s) stops one that never returns. The output of
# session T goes to target/fuzz/T.log (libFuzzer's "#N ... cov: ... exec/s: ..." lines); new corpus
# entries go to .cifuzz-corpus/ (gitignored) and a failing input is saved under
# src/test/resources/.../<Test>Inputs/<target>/ and in the project root: minimise it, keep it in the
# Inputs directory and fix the cause.
set -euo pipefail
cd "$(dirname "$0")/../../.."

duration="${1:-30m}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(text html docx pdf doc facts)

own='org.disclosurechecker.**'
includes() {
  case "$1" in
    text|facts) echo "$own:org.apache.commons.text.**" ;;
    html) echo "$own:org.jsoup.**" ;;
    docx) echo "$own:org.apache.poi.**:org.apache.xmlbeans.**:org.apache.commons.compress.**" ;;
    doc) echo "$own:org.apache.poi.**" ;;
    pdf) echo "$own:org.apache.pdfbox.**:org.apache.fontbox.**" ;;
    *) echo "unknown target $1" >&2; exit 2 ;;
  esac
}
test_of() {
  case "$1" in
    facts) echo "FactExtractorFuzzTest#facts" ;;
    *) echo "ReadersFuzzTest#$1" ;;
  esac
}

./mvnw -B -ntp -q test-compile
mkdir -p target/fuzz
for t in "${targets[@]}"; do
  echo "$(date -u +%FT%TZ) fuzzing $t for $duration (log: target/fuzz/$t.log)"
  JAZZER_FUZZ=1 nice -n 19 ./mvnw -B -ntp -o surefire:test -Dtest="$(test_of "$t")" \
      -Dsurefire.failIfNoSpecifiedTests=false -DredirectTestOutputToFile=false -DtrimStackTrace=false \
      -DargLine="-Xmx512m -Xss1m -Djazzer.instrumentation_includes=$(includes "$t") -Djazzer.max_duration=$duration -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-timeout=300" \
      > "target/fuzz/$t.log" 2>&1 || echo "$(date -u +%FT%TZ) $t: the session found something, see target/fuzz/$t.log"
  grep -E '^#[0-9]+' "target/fuzz/$t.log" | tail -1 || true
done
