# ccuniq on records made from the raw corpus, one per non-empty line
# (doc, line, text; made here with awk so the row does not need ccsplit).
# The corpus repeats a few pages with small changes, so most records are
# near duplicates: the hard case for the LSH tables. sort -u and awk only
# remove exact repeats of the whole line; they are there for scale. The
# machine is shared: compare rows of one run, not runs.
UREC=$WORK/uniq-records-$BENCH_MB.txt
if [ ! -s "$UREC" ]; then
	awk 'NF { gsub(/\\/, "\\\\"); gsub(/\t/, "\\t"); gsub(/\r/, "\\r")
		printf "doc=corpus\tline=%d\ttext=%s\n", NR, $0 }' \
	    "$CORPUS" >"$UREC.tmp" && mv "$UREC.tmp" "$UREC"
fi
MB=$(($(wc -c <"$UREC") / 1000000))
bench_row "ccuniq ($MB MB records)" "$UREC" ccuniq
bench_row "ccuniq -m (mark, keep all)" "$UREC" ccuniq -m
bench_row "ccuniq -e (exact only)" "$UREC" ccuniq -e
bench_row "ccuniq -k text -t 0.9" "$UREC" ccuniq -t 0.9
bench_row "sort -u (exact, whole line)" "$UREC" sort -u
bench_row "awk '!seen[\$0]++' (exact, whole line)" "$UREC" awk '!seen[$0]++'
