# ccfilter beside what a user would run instead, on tagged records:
# field-exact selection with grep -P, a mawk loop over the fields and
# Miller (whole "key=value" fields compared, so repeated keys count as
# ccfilter counts them), and grep -F, which is not field-exact (it would
# also take country=NZL) and marks the ceiling. All rows select the same
# records except grep -F, which may select more.
#
# Input: $RECORDS when it names a file, else $WORK/records-bench.txt,
# about 100 MB of the gold seed records (or, without the shared data,
# the project's own sample) repeated, made once and reused by other
# fragments. The machine is shared: figures are noisy, compare rows of
# one run.

CF_RB=${RECORDS:-}
if [ -z "$CF_RB" ] || [ ! -f "$CF_RB" ]; then
	CF_RB=$WORK/records-bench.txt
	if [ ! -s "$CF_RB" ]; then
		cf_shared=${CC_SHARED:-$SRC/../shared}
		if [ -f "$cf_shared/tools/score.py" ] &&
		    python3 "$cf_shared/tools/score.py" --gold \
		    "$cf_shared/corpus/seeds.gold.jsonl" --emit-records \
		    >"$WORK/records-seed.txt" 2>/dev/null &&
		    [ -s "$WORK/records-seed.txt" ]; then
			cf_seed=$WORK/records-seed.txt
		else
			cf_seed=$SRC/tests/golden/ccfilter/seeds.rec
		fi
		echo "generating ~100 MB of records in $CF_RB from $cf_seed" >&2
		awk -v want=100000000 '{ line[NR] = $0; size += length($0) + 1 }
		    END { for (n = 0; n < want; ) for (i = 1; i <= NR; i++) {
			print line[i]; n += length(line[i]) + 1 } }' \
		    "$cf_seed" >"$CF_RB.tmp" && mv "$CF_RB.tmp" "$CF_RB"
	fi
fi
CF_MB=$(($(wc -c <"$CF_RB") / 1000000))

bench_row "ccfilter country=NZ ($CF_MB MB records)" "$CF_RB" \
    ccfilter country=NZ
bench_row "ccfilter -v country=NZ" "$CF_RB" ccfilter -v country=NZ
bench_row "ccfilter country=NZ event=accuse" "$CF_RB" \
    ccfilter country=NZ event=accuse
bench_row "ccfilter 'country~^NZ\$' (regex)" "$CF_RB" \
    ccfilter 'country~^NZ$'
bench_row "grep -P '(^|\\\\t)country=NZ(\\\\t|\$)'" "$CF_RB" \
    grep -P '(^|\t)country=NZ(\t|$)'
bench_row "mawk field loop (\$i == \"country=NZ\")" "$CF_RB" \
    mawk -F '\t' '{ for (i = 1; i <= NF; i++) if ($i == "country=NZ") { print; next } }'
bench_row "grep -F country=NZ (not field-exact)" "$CF_RB" \
    grep -F country=NZ
if command -v mlr >/dev/null 2>&1; then
	bench_row "mlr --inidx filter any(field == country=NZ)" "$CF_RB" \
	    mlr --inidx --ifs tab --onidx --ofs tab \
	    filter 'any($*, func(k, v) { return v == "country=NZ" })'
fi
