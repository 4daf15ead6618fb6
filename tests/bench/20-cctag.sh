# cctag: tagging records with the full built-in lexicon, beside what a
# user would run instead: grep -F over the lexicon's phrases (finds lines
# that mention something, gives no codes, no events) and an awk lookup of
# single words. Input: the corpus cut into records by ccsplit when it is
# built, else one record per non-empty line made by awk.
REC=$WORK/records-cctag-$BENCH_MB.txt
if [ ! -s "$REC" ]; then
	if [ -x "$BIN/ccsplit" ]; then
		"$BIN/ccsplit" "$CORPUS" >"$REC.tmp"
	else
		awk 'NF { gsub(/\\/, "\\\\"); gsub(/\r/, "\\r")
			printf "doc=%d\ttext=%s\n", NR / 40, $0 }' \
		    "$CORPUS" >"$REC.tmp"
	fi && mv "$REC.tmp" "$REC"
fi
cctag -P | awk -F '\t' '$1 ~ /^(country|org|actor|person)$/ { print $3 }' \
    >"$WORK/cctag-phrases"
RMB=$(($(wc -c <"$REC") / 1000000))
bench_row "cctag ($RMB MB records)" "$REC" cctag
bench_row "grep -c -i -w -F -f (lexicon phrases)" "$REC" \
    grep -c -i -w -F -f "$WORK/cctag-phrases"
bench_row "awk word lookup (lexicon words)" "$REC" awk -v f="$WORK/cctag-phrases" \
    'BEGIN { while ((getline l < f) > 0) w[tolower(l)] = 1 }
    { n = split(tolower($0), a, /[^a-z]+/); for (i = 1; i <= n; i++) if (a[i] in w) c++ }
    END { print c + 0 }'
