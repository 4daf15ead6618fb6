#!/bin/sh
# t6002: ccuniq on the labelled evaluation pairs, and the man page's
# examples.
. "$(dirname "$0")/lib.sh"
W=$SRC_DIR/examples/uniq/wires.rec

test_expect_success 'the committed pairs are what uniq-gen.sh makes' '
	sh "$SRC_DIR/tests/uniq-gen.sh" >pairs &&
	test_cmp "$SRC_DIR/tests/data/uniq-pairs.tsv" pairs
'
test_expect_success 'at least 150 labelled pairs, both labels' '
	test "$(wc -l <"$SRC_DIR/tests/data/uniq-pairs.tsv")" -ge 150 &&
	test "$(grep -c "^0" "$SRC_DIR/tests/data/uniq-pairs.tsv")" -ge 60 &&
	test "$(grep -c "^1" "$SRC_DIR/tests/data/uniq-pairs.tsv")" -ge 100
'
test_expect_success 'default threshold: precision >= 0.95, recall >= 0.90' '
	sh "$SRC_DIR/tests/uniq-eval.sh" >res &&
	cat res &&
	awk "{ exit !(\$14 >= 0.95 && \$16 >= 0.90) }" res
'
test_expect_success 'exact only: precision 1, most edits missed' '
	sh "$SRC_DIR/tests/uniq-eval.sh" -e >res &&
	cat res &&
	awk "{ exit !(\$14 == 1 && \$16 < 0.5) }" res
'

# The EXAMPLES of man/ccuniq.1, run as written there.
test_expect_success 'man: ccuniq wires.rec | cut -f 1,2,4' '
	cp "$W" wires.rec &&
	ccuniq wires.rec >out &&
	cut -f 1,2,4 out >got &&
	grep -c . got >n && test "$(cat n)" = 5 &&
	test_grep "^doc=post-3	sent=2	text=China.s foreign ministry said the accusations of the United States were a smear campaign.\$" got &&
	! grep -q daily-7 got
'
test_expect_success 'man: ccuniq -m marks three copies of wire-1' '
	cp "$W" wires.rec &&
	ccuniq -m wires.rec >out &&
	cut -f 1,2,4 out >got &&
	grep dup= got >marked &&
	printf "doc=daily-7\tsent=1\tdup=wire-1:1\ndoc=daily-7\tsent=2\tdup=wire-1:2\ndoc=daily-7\tsent=3\tdup=wire-1:3\n" >expect &&
	test_cmp expect marked &&
	test "$(grep -c "dup=" out)" = 3
'
test_expect_success 'man: ccuniq -e -m finds one exact copy' '
	cp "$W" wires.rec &&
	ccuniq -e -m wires.rec >out &&
	test "$(grep -c "dup=" out)" = 1
'
test_expect_success 'man: ccuniq -d | cut -f 1 | uniq -c' '
	cp "$W" wires.rec &&
	ccuniq -d wires.rec >out &&
	cut -f 1 out | uniq -c >got &&
	printf "      3 doc=wire-1\n      2 doc=post-3\n" >expect &&
	test_cmp expect got
'
if test_have ccsplit && test_have cctag && test_have ccstat; then
	test_expect_success 'man: ccsplit | ccuniq -S 1G | cctag | ccstat act' '
		mkdir pages &&
		cp "$SRC_DIR"/examples/pages/*.txt pages/ &&
		cp pages/nl-gru.txt pages/nl-gru-copy.txt &&
		ccsplit pages/*.txt >rec &&
		ccuniq -S 1G rec >uniq &&
		cctag uniq >tagged &&
		ccstat act -- tagged >out &&
		test -s out &&
		test "$(wc -l <uniq)" -lt "$(wc -l <rec)"
	'
else
	test_skip 'man: ccsplit | ccuniq | cctag | ccstat act' \
	    'ccsplit, cctag or ccstat not built'
fi
test_done
