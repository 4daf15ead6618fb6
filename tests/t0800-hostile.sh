#!/bin/sh
# Huge and hostile input through every program (cc-limits(7)): a 200 MB
# line against the -L limit, a record of 100,000 fields, deeply nested
# filter expressions, a catastrophically backtracking regex, a lexicon of
# a million entries, binary garbage from a fixed-seed generator, and
# UTF-8 cut short at the end of the input. Each checks the message and
# the exit status. Inputs are generated here, never stored.
. "$(dirname "$0")/lib.sh"

# Sanitizer and valgrind builds are too slow and too hungry for the
# largest inputs; those tests are skipped there.
case $CC_BIN in *build-san*) slow=sanitizer ;; *) slow= ;; esac
[ -n "${CC_VALGRIND:-}" ] && slow=valgrind

# garbage BYTES SEED: deterministic binary bytes (a 32-bit LCG, exact in
# awk's doubles), NULs and invalid UTF-8 included.
garbage() {
	LC_ALL=C awk -v n="$1" -v s="$2" 'BEGIN {
		for (i = 0; i < n; i++) {
			s = (s * 69069 + 1) % 4294967296
			printf "%c", int(s / 16777216)
		}
	}'
}

have_all=1
for p in ccsplit cctag ccfilter ccstat ccuniq; do
	test_have $p || have_all=
done
if [ -z "$have_all" ]; then
	test_skip "hostile input" "not every program is built"
	test_done
	exit
fi

if [ -z "$slow" ]; then
	{
		printf 'doc=a\ttext='
		head -c 209715200 /dev/zero | tr '\0' a
		printf '\ndoc=b\ttext=short\n'
	} >line200.rec
	test_expect_success '200 MB line: over the default -L 64M, exit 2' '
		for p in cctag "ccfilter doc" "ccstat doc" ccuniq; do
			test_expect_code 2 $p <line200.rec >out 2>err &&
			echo "${p%% *}: <stdin>:1: line longer than 67108864 bytes (raise the limit with -L)" >want &&
			test_cmp want err || return 1
		done
	'
	test_expect_success '200 MB line of raw text: ccsplit says so, exit 2' '
		tail -c +13 line200.rec >line200.txt &&
		test_expect_code 2 ccsplit <line200.txt >out 2>err &&
		test_grep "^ccsplit: <stdin>:1: line longer than 67108864 bytes" err
	'
	test_expect_success '200 MB line with -L 256M passes byte for byte' '
		cctag -L 256M <line200.rec >out 2>err &&
		test ! -s err &&
		cmp line200.rec out &&
		ccfilter -L 256M doc <line200.rec >out &&
		cmp line200.rec out
	'
	rm -f line200.rec line200.txt
else
	test_skip "200 MB line" "$slow build"
fi

awk 'BEGIN {
	printf "doc=a"
	for (i = 0; i < 100000; i++)
		printf "\tk=v%d", i
	printf "\ttext=China accused Russia.\n"
}' >wide.rec
test_expect_success 'a record of 100,000 fields passes every filter' '
	cctag <wide.rec >out &&
	test "$(tr "\t" "\n" <out | grep -c "^k=")" = 100000 &&
	tr "\t" "\n" <out | tail -2 >got &&
	printf "act=accuse:CN>RU\ntext=China accused Russia.\n" >want &&
	test_cmp want got &&
	ccfilter k=v99999 <wide.rec >out &&
	cmp wide.rec out &&
	ccuniq <wide.rec >out &&
	cmp wide.rec out
'
# ccstat once deduplicated a record's values by a linear scan only, so
# 100,000 values of one key took about 100 s; past 16 it now sorts.
test_expect_success 'ccstat counts 100,000 values of one key in one record' '
	timeout 20 ccstat -o tsv k <wide.rec >out &&
	test "$(wc -l <out)" = 100001 &&
	{ printf "doc=a"; i=0; while [ $i -lt 300 ]; do
		printf "\tk=v%d" $((i % 40)); i=$((i + 1)); done; echo; } >rep.rec &&
	ccstat -o tsv k <rep.rec >out &&
	test "$(wc -l <out)" = 41 &&
	grep -q "^v7	1	100.0$" out
'

test_expect_success 'filter nesting: 200 levels work, 257 are refused' '
	w=$(awk "BEGIN { for (i = 0; i < 200; i++) printf \"( \"; printf \"doc \"; for (i = 0; i < 200; i++) printf \") \" }") &&
	ccfilter $w <wide.rec >out &&
	cmp wide.rec out &&
	w=$(awk "BEGIN { for (i = 0; i < 100000; i++) printf \"( \"; printf \"doc \"; for (i = 0; i < 100000; i++) printf \") \" }") &&
	test_expect_code 2 ccfilter $w <wide.rec >out 2>err &&
	test ! -s out &&
	echo "ccfilter: expression nested too deeply at \"(\" (word 257): more than 256 levels of \"(\" and \"not\"" >want &&
	test_cmp want err &&
	w=$(awk "BEGIN { for (i = 0; i < 100001; i++) printf \"not \"; printf \"doc\" }") &&
	test_expect_code 2 ccfilter $w <wide.rec >out 2>err &&
	test_grep "nested too deeply at \"not\" (word 257)" err
'

test_expect_success 'a catastrophically backtracking regex hits the match limit: exit 2' '
	printf "doc=a\ttext=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\n" >bt.rec &&
	test_expect_code 2 ccfilter "text~^(a+)+\$" <bt.rec >out 2>err &&
	echo "ccfilter: <stdin>:1: regex \"^(a+)+\$\" (word 1) hit the match limit (raise it with -M)" >want &&
	test_cmp want err &&
	test ! -s out
'

if [ -z "$slow" ]; then
	test_expect_success 'a lexicon file of a million entries loads and tags' '
		awk "BEGIN { for (i = 0; i < 1000000; i++) printf \"actor\tGroup %d\tzq%dx group\n\", i, i }" >million.lex &&
		printf "doc=a\ttext=Officials blamed the zq777777x group for it.\n" >one.rec &&
		cctag -f million.lex <one.rec >out &&
		printf "doc=a\tactor=Group 777777\tevent=accuse\tto=Group 777777\tact=accuse:>Group 777777\ttext=Officials blamed the zq777777x group for it.\n" >want &&
		test_cmp want out &&
		rm -f million.lex
	'
else
	test_skip "a lexicon of a million entries" "$slow build"
fi

garbage 1000000 20261121 >garbage
test_expect_success 'binary garbage: the generator is deterministic' '
	garbage 16 1 | od -An -tx1 | tr -d " \n" >got &&
	printf 001cc32ee7e36379e12fa3443f222ec8 >want &&
	test_cmp want got
'
test_expect_success 'binary garbage: ccsplit repairs it into valid records' '
	ccsplit <garbage >recs 2>err &&
	test_grep "^ccsplit: <stdin>: [0-9]* invalid UTF-8 sequences replaced" err &&
	test_grep "^ccsplit: <stdin>: [0-9]* NUL bytes replaced" err &&
	cctag <recs >tagged &&
	ccfilter -c doc <tagged >n &&
	test "$(cat n)" -gt 1000
'
test_expect_success 'binary garbage: record filters stop at line 1, exit 2' '
	for p in cctag "ccfilter doc" "ccstat doc" ccuniq; do
		test_expect_code 2 $p <garbage >out 2>err &&
		test ! -s out &&
		test_grep "^${p%% *}: <stdin>:1: " err || return 1
	done
'
test_expect_success 'binary garbage: -s skips and counts every line' '
	lines=$(($(tr -cd "\n" <garbage | wc -c) + 1)) &&
	for p in cctag ccuniq "ccstat doc"; do
		set -- $p &&
		p=$1 &&
		shift &&
		$p -s "$@" <garbage >out 2>err &&
		echo "${p%% *}: $lines bad lines skipped" >want &&
		test_cmp want err || return 1
	done &&
	test_expect_code 1 ccfilter -s doc <garbage >out 2>err &&
	echo "ccfilter: $lines bad lines skipped" >want &&
	test_cmp want err
'

printf '%s\n' 'invalid UTF-8 "\344\270" at byte 12' >trunc.msg
test_expect_success 'UTF-8 cut short at the end of a record: exit 2' '
	printf "doc=a\ttext=ok\ndoc=b\ttext=\344\270" >trunc.rec &&
	for p in cctag "ccfilter doc" "ccstat doc" ccuniq; do
		test_expect_code 2 $p <trunc.rec >out 2>err &&
		printf "%s: <stdin>:2: %s\n" "${p%% *}" "$(cat trunc.msg)" >want &&
		test_cmp want err || return 1
	done
'
test_expect_success 'UTF-8 cut short at the end of raw text: replaced, reported' '
	printf "Hello world \344\270" >trunc.txt &&
	ccsplit <trunc.txt >out 2>err &&
	echo "ccsplit: <stdin>: 1 invalid UTF-8 sequence replaced" >want &&
	test_cmp want err &&
	test_grep "text=Hello world $(printf "\357\277\275")\$" out
'
test_expect_success 'cc-limits(7) EXAMPLES' '
	printf "doc=a\ttext=hello\n" >ex.rec &&
	test_expect_code 2 cctag -L 8 <ex.rec >out 2>err &&
	echo "cctag: <stdin>:1: line longer than 8 bytes (raise the limit with -L)" >want &&
	test_cmp want err &&
	printf "doc=a\ttext=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\n" >ex.rec &&
	test_expect_code 2 ccfilter "text~^(a+)+\$" <ex.rec >out 2>err &&
	echo "ccfilter: <stdin>:1: regex \"^(a+)+\$\" (word 1) hit the match limit (raise it with -M)" >want &&
	test_cmp want err &&
	{ mandoc -Tlint -W warning "$SRC_DIR/man/cc-limits.7" >lint 2>&1 || ! test_have mandoc; } &&
	test ! -s lint
'
test_done
