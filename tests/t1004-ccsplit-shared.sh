#!/bin/sh
# ccsplit against the shared gold data: the seed pages scored, and the
# English golden rules. Skipped when the shared directory is absent.
. "$(dirname "$0")/lib.sh"

if [ ! -f "$SHARED/corpus/seeds.gold.jsonl" ] || ! test_have python3; then
	test_skip 'seed pages scored' 'no shared corpus or python3'
	test_skip 'golden rules' 'no shared corpus or python3'
	test_done
	exit 0
fi
test_expect_success 'seed pages: F1 >= 0.97, no boilerplate, meta right' '
	ccsplit "$SHARED"/corpus/seeds/*.txt >s.rec &&
	python3 "$SHARED/tools/score.py" --gold "$SHARED/corpus/seeds.gold.jsonl" \
	    --records s.rec --json >score.json &&
	python3 -c "
import json, sys
r = json.load(open(\"score.json\"))
b, bp, m = r[\"boundaries\"], r[\"boilerplate\"], r[\"meta\"]
print(b[\"f1\"], bp, m)
ok = (b[\"f1\"] >= 0.97 and bp[\"kept\"] == 0 and bp[\"lost\"] == 0 and
      m[\"date\"][\"accuracy\"] == 1.0 and m[\"source\"][\"accuracy\"] == 1.0)
sys.exit(0 if ok else 1)
"
'
test_expect_success 'golden rules: at least 48 of 52' '
	python3 "$SHARED/tools/golden.py" -- ccsplit >golden.out &&
	n=$(sed -n "s/^golden: \([0-9]*\)\/.*/\1/p" golden.out) &&
	cat golden.out &&
	test "$n" -ge 48
'
test_expect_success 'seed pages concatenated on stdin: four documents' '
	cat "$SHARED"/corpus/seeds/*.txt | ccsplit >c.rec &&
	cut -f1 c.rec | uniq >docs &&
	printf "doc=-\ndoc=-#2\ndoc=-#3\ndoc=-#4\n" >expect &&
	test_cmp expect docs
'
test_done
