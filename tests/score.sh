#!/bin/sh
# make score: the project's accuracy figures, by the reference scorers in
# ../shared/tools: ccsplit on the English Golden Rules, then ccsplit and
# cctag on the five seed pages against their gold labels, and on the
# project's own held-out pages (tests/heldout).
#
# usage: score.sh BINDIR SHARED
set -eu
bin=$1 shared=$2
if [ ! -f "$shared/tools/score.py" ]; then
	echo "score: $shared/tools/score.py not found; nothing to score" >&2
	exit 0
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/cc-score.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
echo "== ccsplit on the Golden Rules (white-space-folded comparison)"
python3 "$shared/tools/golden.py" -- "$bin/ccsplit"
echo
echo "== ccsplit | cctag on the seed pages"
"$bin/ccsplit" "$shared"/corpus/seeds/*.txt >"$tmp/split"
if [ -x "$bin/cctag" ]; then
	"$bin/cctag" <"$tmp/split" >"$tmp/records"
else
	cp "$tmp/split" "$tmp/records"
fi
python3 "$shared/tools/score.py" --gold "$shared/corpus/seeds.gold.jsonl" \
    --records "$tmp/records" ${SCORE_FLAGS:-}
echo
echo "== ccsplit | cctag on the held-out pages (tests/heldout: never tuned on)"
top=$(cd "$(dirname "$0")/.." && pwd)
"$bin/ccsplit" "$top"/tests/heldout/pages/*.txt | "$bin/cctag" >"$tmp/heldout"
python3 "$shared/tools/score.py" --gold "$top/tests/heldout/gold.jsonl" \
    --records "$tmp/heldout" ${SCORE_FLAGS:-}
