#!/bin/sh
# ccsplit -r: records whose text holds a whole document.
. "$(dirname "$0")/lib.sh"
G=$GOLDEN/ccsplit

test_expect_success '-r splits text and carries the other fields' '
	(cd "$G" && ccsplit -r records.in) >out &&
	test_cmp "$G/records.out" out
'
test_expect_success '-r: the input date wins, ccsplit adds no second one' '
	(cd "$G" && ccsplit -r records.in) >out &&
	! grep -q "date=.*date=" out
'
test_expect_success '-r on stdin names documents -#N' '
	printf "url=u\ttext=One. Two.\nurl=v\ttext=Three.\n" | ccsplit -r >out &&
	cut -f1 out >got &&
	printf "doc=-#1\ndoc=-#1\ndoc=-#2\n" >expect &&
	test_cmp expect got
'
test_expect_success '-r: a malformed record stops the run, exit 2' '
	printf "url=u\ttext=One. Two.\nnot a record\nurl=v\ttext=Three.\n" >in &&
	test_expect_code 2 ccsplit -r in >out 2>err &&
	echo "ccsplit: in:2: no \"=\" in field 1 \"not a record\"" >expect &&
	test_cmp expect err &&
	test $(wc -l <out) = 2
'
test_expect_success '-r -s: malformed records are skipped and counted' '
	printf "url=u\ttext=One. Two.\nnot a record\nurl=v\ttext=Three.\nurl=w\n" >in &&
	ccsplit -rs in >out 2>err &&
	test $(wc -l <out) = 3 &&
	test_grep "in:4: no text field" err &&
	test_grep "ccsplit: 2 bad lines skipped" err
'
test_expect_success '-r: an escaped TAB in text is white space' '
	printf "text=A\\\\tB said so.\n" >in &&
	ccsplit -r in >out &&
	printf "doc=in#1\tpar=1\tsent=1\toff=0\tkind=body\ttext=A B said so.\n" >expect &&
	test_cmp expect out
'
test_expect_success '-r -d: one record per input record' '
	(cd "$G" && ccsplit -rd records.in) >out &&
	test $(wc -l <out) = 2 &&
	test_grep "^doc=b-1	url=https://example.org/b	off=0	text=Mr. Berg" out
'
test_done
