# ccstat: grouped counting beside mawk's associative arrays, cut/grep with
# sort | uniq -c, and Miller, on tagged records.
#
# Input: $RECORDS if set and present, else $WORK/records-bench.txt, else
# that file made here: the seeds' gold records (score.py --emit-records)
# repeated whole to about 100 MB. Made under a temporary name and moved,
# as another fragment may make the same file the same way.
REC_IN=${RECORDS:-}
if [ -z "$REC_IN" ] || [ ! -s "$REC_IN" ]; then
	REC_IN=$WORK/records-bench.txt
	if [ ! -s "$REC_IN" ]; then
		shared=${CC_SHARED:-$SRC/../shared}
		seed=$WORK/records-seed.$$
		if python3 "$shared/tools/score.py" \
		    --gold "$shared/corpus/seeds.gold.jsonl" --emit-records \
		    >"$seed" 2>/dev/null && [ -s "$seed" ]; then
			:
		else
			# No shared data: the project's own sample.
			cp "$SRC/tests/golden/ccstat/seeds.rec" "$seed"
		fi
		sz=$(wc -c <"$seed")
		n=$((100000000 / sz + 1))
		i=0
		while [ $i -lt $n ]; do
			cat "$seed"
			i=$((i + 1))
		done >"$REC_IN.$$"
		mv "$REC_IN.$$" "$REC_IN"
		rm -f "$seed"
	fi
fi
RMB=$(($(wc -c <"$REC_IN") / 1000000))
# Miller runs at about 1 MB/s here: its rows read a 10 MB slice (whole
# lines), so that make bench ends in minutes. MB/s stay comparable.
REC_10=$WORK/records-bench-10mb.$$
head -c 10000000 "$REC_IN" | sed '$d' >"$REC_10"

bench_row "ccstat country ($RMB MB records)" "$REC_IN" \
    ccstat -o tsv country
bench_row "mawk country (assoc. array)" "$REC_IN" \
    mawk -F'\t' '{ for (i = 1; i <= NF; i++) if ($i ~ /^country=/)
	c[substr($i, 9)]++ } END { for (k in c) print k "\t" c[k] }'
bench_row "grep -o country= | sort | uniq -c" "$REC_IN" \
    sh -c 'grep -o "	country=[^	]*" | sort | uniq -c'
if command -v mlr >/dev/null 2>&1; then
	# Miller reads the records as DKVP with TAB between fields; it
	# renames a repeated key country_2, country_3, so count-distinct -f
	# country would see the first value only. This put counts every
	# value, the same figures as ccstat.
	bench_row "mlr put (every country value; 10 MB)" "$REC_10" \
	    mlr --idkvp --ifs tab --ips = --otsv put -q 'for (k, v in $*) {
		if (k =~ "^country(_[0-9]+)?$") { @c[v] += 1 } }
		end { emit @c }'
fi
bench_row "ccstat from to" "$REC_IN" ccstat -o tsv from to
bench_row "mawk from to (cross product)" "$REC_IN" \
    mawk -F'\t' '{ nf = nt = 0
	for (i = 1; i <= NF; i++)
		if ($i ~ /^from=/) f[++nf] = substr($i, 6)
		else if ($i ~ /^to=/) t[++nt] = substr($i, 4)
	for (a = 1; a <= nf; a++) for (b = 1; b <= nt; b++)
		c[f[a] "\t" t[b]]++ }
	END { for (k in c) print k "\t" c[k] }'
if command -v mlr >/dev/null 2>&1; then
	bench_row "mlr put (from x to; 10 MB)" "$REC_10" \
	    mlr --idkvp --ifs tab --ips = --otsv put -q 'map f = {}; map t = {};
		for (k, v in $*) {
			if (k =~ "^from(_[0-9]+)?$") { f[v] = 1 }
			elif (k =~ "^to(_[0-9]+)?$") { t[v] = 1 } }
		for (a, x in f) { for (b, y in t) { @c[a][b] += 1 } }
		end { emit @c, "from", "to" }'
fi
# kind is single-valued and always the third field of these records, so
# cut works here (not in general: field positions vary).
bench_row "ccstat kind" "$REC_IN" ccstat -o tsv kind
bench_row "cut -f3 | sort | uniq -c (kind)" "$REC_IN" \
    sh -c 'cut -f3 | sort | uniq -c'
if command -v mlr >/dev/null 2>&1; then
	bench_row "mlr count-distinct -f kind (10 MB)" "$REC_10" \
	    mlr --idkvp --ifs tab --ips = --otsv count-distinct -f kind
fi
bench_row "ccstat -d country" "$REC_IN" ccstat -o tsv -d country
rm -f "$REC_10"
