#!/bin/sh
# ccfmt: the text view for people, wrapped by display width.
. "$(dirname "$0")/lib.sh"
G=$GOLDEN/ccfmt

test_expect_success 'gold records, -w 72' '
	ccfmt -o text -w 72 "$G/gold.rec" >out &&
	test_cmp "$G/gold.txt" out
'

test_expect_success 'edge cases, -w 40: CJK, combining marks, ^G' '
	ccfmt -o text -w 40 "$G/edge.rec" >out &&
	test_cmp "$G/edge.txt" out
'

test_expect_success 'edge cases, -w 0 never wraps' '
	ccfmt -o text -w 0 "$G/edge.rec" >out &&
	test_cmp "$G/edge-w0.txt" out
'

test_expect_success 'without -w and a terminal, $COLUMNS gives the width' '
	COLUMNS=40 ccfmt -o text "$G/edge.rec" >out &&
	test_cmp "$G/edge.txt" out
'

test_expect_success 'without -w, $COLUMNS or a terminal, 80 columns' '
	printf "doc=d\tsent=1\ttext=%s\n" "$(printf "word %.0s" $(seq 20))" >in &&
	env -u COLUMNS ccfmt -o text in >out &&
	cat >expect <<-\EOT &&
	d 1: word word word word word word word word word word word word word word word
	    word word word word word

	EOT
	test_cmp expect out
'

test_expect_success 'a bad $COLUMNS is ignored' '
	COLUMNS=zero ccfmt -o text in >out &&
	test_cmp expect out
'

test_expect_success 'by hand: heading, tags grouped, width counts CJK as 2' '
	printf "doc=d\tsent=2\tc=CN\tc=US\ttext=中国 外交部 发言人\n" >in &&
	ccfmt -o text -w 14 in >out &&
	cat >expect <<-\EOT &&
	d 2: 中国 外交
	    部 发言人
	    c=CN;US

	EOT
	test_cmp expect out
'

test_done
