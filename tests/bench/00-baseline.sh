# Baselines on the raw corpus: the speed of reading it at all.
MB=$(($(wc -c <"$CORPUS") / 1000000))
bench_row "cat ($MB MB raw text)" "$CORPUS" cat
bench_row "wc -l" "$CORPUS" wc -l
