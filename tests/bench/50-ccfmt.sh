# ccfmt: records to JSON Lines and back, beside Miller and jq doing the
# nearest thing they can. Sourced by tests/bench.sh (bench_row, $WORK,
# $SRC). Input: $WORK/records-bench.txt, else about 100 MB of the gold
# records emitted by the shared score script (the project's own sample
# when the shared directory is absent), repeated.
#
# Neither Miller nor jq does quite what ccfmt does, so their rows say how
# fast the nearest command runs, not that it gives the same output:
# mlr's DKVP reader keeps one value of a repeated key and decodes no
# escapes; the jq program groups every key into an array (as ccfmt -a)
# but decodes no escapes either, and the jq JSON to records program
# writes values unescaped.
RECS=$WORK/records-bench.txt
if [ ! -s "$RECS" ]; then
	shared=${CC_SHARED:-$SRC/../shared}
	if [ -r "$shared/corpus/seeds.gold.jsonl" ]; then
		python3 "$shared/tools/score.py" --gold \
		    "$shared/corpus/seeds.gold.jsonl" --emit-records \
		    >"$RECS.one"
	else
		cp "$SRC/tests/golden/ccfmt/gold.rec" "$RECS.one"
	fi
	echo "building ~100 MB of records in $RECS" >&2
	awk -v limit=100000000 '{ r[NR] = $0; n += length($0) + 1 }
	    END { for (t = 0; t < limit; t += n) for (i = 1; i <= NR; i++)
	    print r[i] }' "$RECS.one" >"$RECS.tmp" && mv "$RECS.tmp" "$RECS"
	rm -f "$RECS.one"
fi
JSONL=$WORK/records-bench.jsonl
if [ ! -s "$JSONL" ] || [ "$JSONL" -ot "$RECS" ]; then
	ccfmt "$RECS" >"$JSONL.tmp" && mv "$JSONL.tmp" "$JSONL"
fi
MBR=$(($(wc -c <"$RECS") / 1000000))
MBJ=$(($(wc -c <"$JSONL") / 1000000))

bench_row "ccfmt records>json ($MBR MB)" "$RECS" ccfmt
bench_row "ccfmt -a records>json" "$RECS" ccfmt -a
bench_row "ccfmt -o tsv -c doc,sent,country,text" "$RECS" \
    ccfmt -o tsv -c doc,sent,country,text
bench_row "ccfmt -o csv -c doc,sent,country,text" "$RECS" \
    ccfmt -o csv -c doc,sent,country,text
bench_row "ccfmt -i json json>records ($MBJ MB)" "$JSONL" ccfmt -i json
if command -v mlr >/dev/null 2>&1; then
	bench_row "mlr dkvp>jsonl (repeats lost)" "$RECS" \
	    mlr --idkvp --ifs tab --ips = --ojsonl cat
	bench_row "mlr jsonl>dkvp (arrays as a.1, a.2)" "$JSONL" \
	    mlr --ijsonl --odkvp --ofs tab --ops = cat
else
	echo "mlr not installed: no Miller rows" >&2
fi
if command -v jq >/dev/null 2>&1; then
	bench_row "jq -cR records>json (as -a, no unescape)" "$RECS" \
	    jq -cR 'reduce (split("\t")[] | index("=") as $i |
	    [.[:$i], .[$i + 1:]]) as $f ({}; .[$f[0]] += [$f[1]])'
	bench_row "jq -r json>records (no escapes)" "$JSONL" \
	    jq -r '[to_entries[] | .key as $k | .value |
	    (if type == "array" then .[] else . end) | "\($k)=\(.)"] |
	    join("\t")'
else
	echo "jq not installed: no jq rows" >&2
fi
