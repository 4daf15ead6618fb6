# ccsplit on the raw corpus: the three modes, beside the one-liners a user
# would write instead (a sed sentence splitter that knows no abbreviations,
# awk's paragraph mode).
bench_row "ccsplit (sentences)" "$CORPUS" ccsplit
bench_row "ccsplit -p (paragraphs)" "$CORPUS" ccsplit -p
bench_row "ccsplit -d (documents)" "$CORPUS" ccsplit -d
bench_row "ccsplit -b (sentences, boilerplate kept)" "$CORPUS" ccsplit -b
bench_row "sed naive sentence split" "$CORPUS" \
    sed 's/\([.!?]\) \([A-Z]\)/\1\n\2/g'
if command -v mawk >/dev/null; then
	bench_row "mawk -v RS= (paragraphs)" "$CORPUS" mawk -v RS= '{ n++ } END { print n }'
fi
