#!/bin/sh
# ccstat: the man page (lint clean, every example run and its output as
# shown), and the act graph rendered by Graphviz.
. "$(dirname "$0")/lib.sh"

G=$GOLDEN/ccstat
cp "$G/seeds.rec" .
unset COLUMNS

if test_have mandoc; then
	test_expect_success 'man/ccstat.1 is lint clean' '
		mandoc -Tlint -W warning "$SRC_DIR/man/ccstat.1" >out 2>&1 &&
		test ! -s out
	'
else
	test_skip 'man/ccstat.1 is lint clean' 'mandoc not installed'
fi

test_expect_success 'every EXAMPLES command gives the output shown' '
	sh "$SRC_DIR/tests/manex.sh" "$SRC_DIR/man/ccstat.1" >examples.sh &&
	test_grep "ccstat -M -n 3 mon.cnt tue.cnt" examples.sh &&
	sh examples.sh
'

test_expect_success 'the usage matches the SYNOPSIS option letters' '
	ccstat -h >out &&
	test_grep "ccstat \[-adkls\] \[-L size\] \[-n count\] \[-o format\] \[-u key\]" out &&
	test_grep "ccstat -M \[-kls\] \[-L size\] \[-n count\] \[-o format\] \[file ...\]" out
'

if test_have dot; then
	test_expect_success 'dot -Tsvg renders the act graph with the party nodes' '
		ccstat -o dot act -- seeds.rec >act.dot &&
		dot -Tsvg act.dot >act.svg &&
		test_grep "<svg" act.svg &&
		for p in CN US GB NZ NATO; do
			test_grep "<title>$p</title>" act.svg || return 1
		done &&
		test_grep "<title>CN&#45;&gt;US</title>" act.svg
	'
	test_expect_success 'dot renders odd party names (quotes, backslash)' '
		ccstat -o dot act -- "$G/odd-act.rec" >odd.dot &&
		test_cmp "$G/odd-act.dot" odd.dot &&
		dot -Tsvg odd.dot >odd.svg &&
		test_grep "<svg" odd.svg
	'
else
	test_skip 'dot -Tsvg renders the act graph' 'graphviz not installed'
	test_skip 'dot renders odd party names' 'graphviz not installed'
fi

# The seeds' act graph from the shared gold data, when it is there; the
# copy in golden/ccstat/seeds.rec is the same records, so the graph must
# match its golden file.
if [ -f "$SHARED/corpus/seeds.gold.jsonl" ] && test_have python3; then
	test_expect_success 'the act graph of the shared seeds gold records' '
		python3 "$SHARED/tools/score.py" \
		    --gold "$SHARED/corpus/seeds.gold.jsonl" --emit-records >gold.rec &&
		ccstat -o dot act -- gold.rec >out &&
		test_cmp "$G/act-dot.out" out
	'
else
	test_skip 'the act graph of the shared seeds gold records' 'no shared data'
fi

test_done
