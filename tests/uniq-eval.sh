#!/bin/sh
# uniq-eval.sh: precision and recall of ccuniq on the labelled pairs of
# tests/data/uniq-pairs.tsv (made by tests/uniq-gen.sh).
#
# usage: sh tests/uniq-eval.sh [-v] [ccuniq option ...]
#
# Each pair is run on its own as two records, doc=pN sent=1 (A) and
# doc=pN sent=2 (B), through ccuniq -m with the options given; B counts
# as found a duplicate when ccuniq marks it dup=pN:1. Prints
# "pairs P positives N negatives TP tp FP fp FN fn precision x recall y"
# and, with -v, each wrong pair. Exits 2 when ccuniq fails.
set -u
LC_ALL=C.UTF-8
export LC_ALL
verbose=0
if [ "${1:-}" = -v ]; then
	verbose=1
	shift
fi
pairs=$(dirname "$0")/data/uniq-pairs.tsv
tmp=$(mktemp -d "${TMPDIR:-/tmp}/uniq-eval.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
# One input file per pair, so that a run sees only its two records.
awk -F '\t' -v dir="$tmp" '{
	f = sprintf("%s/%04d", dir, NR)
	printf "doc=p%d\tsent=1\ttext=%s\ndoc=p%d\tsent=2\ttext=%s\n",
	    NR, $3, NR, $4 >f
	close(f)
	print $1 >(f ".label")
	close(f ".label")
}' "$pairs"
n=0
for f in "$tmp"/[0-9][0-9][0-9][0-9]; do
	ccuniq -m "$@" "$f" >"$f.out" || exit 2
	n=$((n + 1))
done
for f in "$tmp"/[0-9][0-9][0-9][0-9]; do
	if grep -q '	dup=p[0-9]*:1	' "$f.out"; then
		echo "1 $(cat "$f.label") ${f##*/}"
	else
		echo "0 $(cat "$f.label") ${f##*/}"
	fi
done >"$tmp/results"
awk -v verbose="$verbose" -v pairs="$pairs" '
{ got = $1; want = $2
  if (got && want) tp++
  else if (got && !want) { fp++; if (verbose) print "false positive: pair " $3 + 0 }
  else if (!got && want) { fn++; if (verbose) print "false negative: pair " $3 + 0 }
  pos += want; neg += !want }
END {
	p = tp + fp > 0 ? tp / (tp + fp) : 1
	r = tp + fn > 0 ? tp / (tp + fn) : 1
	printf "pairs %d positives %d negatives %d TP %d FP %d FN %d " \
	    "precision %.3f recall %.3f\n", NR, pos, neg, tp, fp, fn, p, r
}' "$tmp/results"
