#!/bin/bash
# End-to-end timings of the CLI and the Maven goal, a previous build against this one, in one session,
# runs interleaved (old, new, new launcher, old, ...) so that a change of load on a shared machine hits
# both alike. Prints one line per run and the medians (wall s, CPU user+sys s, max RSS MB).
# Not a test: see docs/benchmarks.md for how the numbers there were taken.
#
#   src/test/tools/bench.sh [RUNS]
#
# Environment (defaults in brackets):
#   OLD_JAR   CLI jar of the previous build                      [none: old runs are skipped]
#   OLD_REPO  local Maven repository holding the previous plugin [none: old goal runs are skipped]
#   NEW_REPO  local Maven repository holding this plugin         [none: goal runs are skipped]
#   SIZES     numbers of generated drafts                        [1 341 10000]
#   WORK      where the drafts and outputs go                    [/tmp/disclosure-bench]
#   PLAIN     "no": leave out the new jar run with plain java -jar [yes]
# Both repositories are made with the old and this checkout's
#   ./mvnw -q -o install -DskipTests -Dmaven.repo.local=REPO -Dmaven.repo.local.tail=$HOME/.m2/repository
# (a private repository in front of the usual one, so the shared ~/.m2 SNAPSHOT is left alone).
set -u
cd "$(dirname "$0")/../../.."
RUNS=${1:-5}
SIZES=${SIZES:-"1 341 10000"}
WORK=${WORK:-/tmp/disclosure-bench}
NEW_JAR=target/disclosure-cli.jar
LAUNCHER=target/bin/disclosure-check
export DISCLOSURE_CHECK_CACHE="$WORK/cds-cache"
mkdir -p "$WORK"

[ -f "$NEW_JAR" ] && [ -x "$LAUNCHER" ] || { echo "build first: ./mvnw -q package -DskipTests" >&2; exit 2; }
if [ ! -f "$WORK/cp.txt" ]; then
    ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
fi
./mvnw -q -o test-compile >/dev/null

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else print a[int((NR+1)/2)]}'; }

# one timed run: label, then the command; appends "wall cpu rssMB" to $WORK/t-label
timed() {
    local label=$1; shift
    /usr/bin/time -o "$WORK/time.txt" -f '%e %U %S %M' "$@" >/dev/null 2>"$WORK/stderr.txt"
    local status=$?
    read -r wall user sys rss < <(tail -1 "$WORK/time.txt")
    local cpu
    cpu=$(echo "$user + $sys" | bc)
    echo "$wall $cpu $((rss / 1024))" >> "$WORK/t-$label"
    printf '  %-28s exit %d  %6.2f s wall  %6.2f s cpu  %5d MB  (load %s)\n' "$label" "$status" "$wall" "$cpu" \
        "$((rss / 1024))" "$(cut -d ' ' -f 1 /proc/loadavg)"
}

summary() {
    local label=$1
    [ -f "$WORK/t-$label" ] || return 0
    printf '%-30s median of %d: %6s s wall  %6s s cpu  %5s MB\n' "$label" "$(wc -l < "$WORK/t-$label")" \
        "$(cut -d ' ' -f 1 "$WORK/t-$label" | median)" "$(cut -d ' ' -f 2 "$WORK/t-$label" | median)" \
        "$(cut -d ' ' -f 3 "$WORK/t-$label" | median)"
}

rm -f "$WORK"/t-* "$WORK"/new-*.json "$WORK"/launcher-*.json
echo "load at start: $(cat /proc/loadavg); $(nproc) cores"
for n in $SIZES; do
    dir="$WORK/drafts-$n"
    if [ ! -d "$dir" ]; then
        java -cp "target/classes:target/test-classes:$(cat "$WORK/cp.txt")" org.disclosurechecker.bench.Bench \
            --generate "$n" "$dir"
    fi
    input="$dir"
    [ "$n" = 1 ] && input="$dir/report-00000.txt"
    runs=$RUNS
    [ "$n" -ge 5000 ] && runs=$(( RUNS < 3 ? RUNS : 3 ))
    # the launcher's first run records the class archive: not timed
    "$LAUNCHER" --format json --output "$WORK/warm-up.json" "$dir/report-00000.txt" >/dev/null 2>&1
    echo "$n drafts:"
    for r in $(seq "$runs"); do
        if [ -n "${OLD_JAR:-}" ]; then
            timed "old-jar-$n" java -jar "$OLD_JAR" --format json --output "$WORK/old-$n.json" "$input"
        fi
        if [ "${PLAIN:-yes}" != no ]; then
            timed "new-jar-$n" java -jar "$NEW_JAR" --format json --output "$WORK/new-$n.json" "$input"
        fi
        timed "new-launcher-$n" "$LAUNCHER" --format json --output "$WORK/launcher-$n.json" "$input"
    done
    if [ -n "${OLD_JAR:-}" ]; then
        same=yes
        for f in "$WORK/new-$n.json" "$WORK/launcher-$n.json"; do
            if [ -f "$f" ] && ! cmp -s <(python3 -m json.tool "$WORK/old-$n.json") <(python3 -m json.tool "$f"); then
                same=no
                echo "  THE JSON REPORTS DIFFER: diff $WORK/old-$n.json $f"
            fi
        done
        [ "$same" = yes ] && echo "  same JSON report from the old jar and the new build"
    fi
done

if [ -n "${NEW_REPO:-}" ]; then
    echo "Maven goal on sample-reports/ (the repository's .mvn/jvm.config applies):"
    for r in $(seq "$RUNS"); do
        for which in OLD NEW; do
            repo_var="${which}_REPO"
            repo=${!repo_var:-}
            [ -n "$repo" ] || continue
            label=$(echo "$which" | tr 'A-Z' 'a-z')
            mvn=(./mvnw -q -o -f sample-reports/pom.xml -Dmaven.repo.local="$repo"
                 -Dmaven.repo.local.tail="$HOME/.m2/repository")
            timed "$label-mvn-validate" "${mvn[@]}" validate
            timed "$label-mvn-check" "${mvn[@]}" disclosure:check -Ddisclosure.failOnViolation=false
        done
    done
fi

echo
echo "load at end: $(cat /proc/loadavg)"
for n in $SIZES; do
    summary "old-jar-$n"; summary "new-jar-$n"; summary "new-launcher-$n"
done
for label in old-mvn-validate old-mvn-check new-mvn-validate new-mvn-check; do
    summary "$label"
done
