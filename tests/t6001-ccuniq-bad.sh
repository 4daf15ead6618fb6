#!/bin/sh
# t6001: ccuniq on bad input and failing output.
. "$(dirname "$0")/lib.sh"

test_expect_success 'invalid UTF-8: message with line, exit 2' '
	printf "text=ok\ntext=bad \377\n" >in &&
	test_expect_code 2 ccuniq in >out 2>err &&
	test_grep "^ccuniq: in:2: invalid UTF-8 \"\\\\377\"" err &&
	printf "text=ok\n" >expect &&
	test_cmp expect out
'
test_expect_success 'NUL byte: message, exit 2' '
	printf "text=a\000b\n" >in &&
	test_expect_code 2 ccuniq in >out 2>err &&
	test_grep "^ccuniq: in:1: NUL byte" err
'
test_expect_success 'CRLF line end: message, exit 2' '
	printf "text=a\r\n" >in &&
	test_expect_code 2 ccuniq in >out 2>err &&
	test_grep "^ccuniq: in:1: unescaped carriage return" err
'
test_expect_success 'malformed record: message, exit 2' '
	printf "doc=a\tnoequals\n" >in &&
	test_expect_code 2 ccuniq in >out 2>err &&
	test_grep "^ccuniq: in:1: no \"=\" in field 2" err
'
test_expect_success '-s skips and counts bad lines' '
	printf "text=a\nbad\ntext=a\ntext=b\n" >in &&
	ccuniq -s in >out 2>err &&
	printf "text=a\ntext=b\n" >expect &&
	test_cmp expect out &&
	test_grep "^ccuniq: 1 bad line skipped" err
'
test_expect_success 'a line longer than -L: message, exit 2' '
	awk "BEGIN { s = \"text=\"; for (i = 0; i < 3000; i++) s = s \"a\"; print s }" >in &&
	test_expect_code 2 ccuniq -L 1K in >out 2>err &&
	test_grep "^ccuniq: in:1: line longer than 1024 bytes" err
'
test_expect_success 'a line of several MiB is fine under the default limit' '
	awk "BEGIN { s = \"word \"; while (length(s) < 4000000) s = s s; print \"text=\" s; print \"text=\" toupper(s) }" >in &&
	ccuniq -m in >out &&
	test "$(grep -c "dup=in#1" out)" = 1
'
test_expect_success 'an unreadable file is reported and skipped, exit 2' '
	if test_is_root; then exit 0; fi
	printf "text=a\n" >ok &&
	printf "text=b\n" >locked && chmod 000 locked &&
	test_expect_code 2 ccuniq locked ok >out 2>err &&
	test_grep "^ccuniq: locked: Permission denied" err &&
	test_cmp ok out
'
test_expect_success 'a missing file is reported, the next is read, exit 2' '
	printf "text=a\n" >ok &&
	test_expect_code 2 ccuniq nosuch ok >out 2>err &&
	test_grep "^ccuniq: nosuch: No such file or directory" err &&
	test_cmp ok out
'
test_expect_success '/dev/full: write error, exit 2' '
	printf "text=a\n" >in &&
	test_expect_code 2 ccuniq in >/dev/full 2>err &&
	test_grep "^ccuniq: write error: No space left on device" err
'
test_expect_success 'closed pipe: quiet end' '
	awk "BEGIN { for (i = 0; i < 200000; i++) printf \"text=record number %d\n\", i }" >in &&
	{ ccuniq -e in 2>err; echo $? >status; } | head -n 1 >out &&
	test "$(cat status)" = 141 &&
	test ! -s err &&
	printf "text=record number 0\n" >expect &&
	test_cmp expect out
'
test_expect_success '-d: a bad line ends the run after writing the document held' '
	printf "doc=a\ttext=one\ndoc=a\ttext=two\nbad\n" >in &&
	test_expect_code 2 ccuniq -d in >out 2>err &&
	printf "doc=a\ttext=one\ndoc=a\ttext=two\n" >expect &&
	test_cmp expect out &&
	test_grep "^ccuniq: in:3: " err
'
test_done
