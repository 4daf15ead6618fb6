#!/bin/sh
# make bench: throughput and peak memory of each cc program beside what a
# user would run instead, on the same generated input in the same run.
#
# usage: bench.sh BINDIR BENCHTIME
#
# The corpus is made deterministically from the project's own example
# pages (examples/pages) by tests/bench/gencorpus.sh: BENCH_MB megabytes
# (default 256) of pages with numbered variations; $RECORDS is that
# corpus split and tagged. The fragments
# tests/bench/[0-9]*.sh are sourced in order; each calls bench_row.
set -eu
BIN=$1
SRC=$(cd "$(dirname "$0")/.." && pwd)
PATH=$BIN:$PATH
BENCH_MB=${BENCH_MB:-256}
WORK=${BENCH_DIR:-${TMPDIR:-/tmp}/cc-bench}
mkdir -p "$WORK"
CORPUS=$WORK/corpus-$BENCH_MB.txt
BT=$2
export PATH BIN SRC WORK CORPUS LC_ALL=C.UTF-8

if [ ! -s "$CORPUS" ]; then
	echo "generating $BENCH_MB MB corpus in $CORPUS" >&2
	sh "$SRC/tests/bench/gencorpus.sh" "$SRC/examples/pages" "$BENCH_MB" \
	    >"$CORPUS.tmp" && mv "$CORPUS.tmp" "$CORPUS"
fi

# Records for the record filters: the corpus through ccsplit and cctag,
# made once, so every row below reads the same realistic records.
if [ -x "$BIN/ccsplit" ] && [ -x "$BIN/cctag" ]; then
	RECORDS=$WORK/records-$BENCH_MB.txt
	if [ ! -s "$RECORDS" ]; then
		echo "tagging the corpus into $RECORDS" >&2
		ccsplit <"$CORPUS" | cctag >"$RECORDS.tmp" &&
		    mv "$RECORDS.tmp" "$RECORDS"
	fi
	export RECORDS
fi

# bench_row NAME INFILE COMMAND [ARG ...]: runs COMMAND <INFILE, prints
# its MB/s over INFILE's size, its peak memory and its exit status.
bench_row() {
	name=$1 in=$2
	shift 2
	size=$(wc -c <"$in")
	set -- $("$BT" "$in" "$WORK/out" "$@")
	awk -v n="$name" -v s="$size" -v t="$1" -v m="$2" -v x="$3" 'BEGIN {
		printf "%-44s %8.1f MB/s %8.1f MiB peak  exit %d\n",
		    n, s / 1e6 / (t > 0 ? t : 1e-9), m / 1024, x }'
}

printf '%-44s %13s %18s\n' "command (input size in MB)" "throughput" "memory"
# BENCH_ONLY=10 (a glob of fragment names) runs only those fragments.
for f in "$SRC"/tests/bench/${BENCH_ONLY:-[0-9]}*.sh; do
	[ -f "$f" ] && . "$f"
done
