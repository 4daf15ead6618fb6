#!/bin/sh
# ccfilter on bad input: malformed records, invalid UTF-8, NUL bytes,
# CRLF, a huge line, a closed pipe, /dev/full. Each case runs through
# both paths: a "key=value" expression (the fast scan) and a regex one
# (every line parsed), which must say the same.

. "$(dirname "$0")/lib.sh"

# both EXPECT-STATUS EXPECT-ERR INPUT: runs both expressions on INPUT.
both() {
	for ex in a=1 "a~^1$"; do
		test_expect_code "$1" ccfilter "$ex" -- "$3" >out 2>err &&
		printf "%s" "$2" >expect &&
		test_cmp expect err || return 1
	done
}

test_expect_success 'a field without =: name:line, exit 2' '
	printf "a=1\nb=2\tjunk\na=1\n" >in &&
	both 2 "ccfilter: in:2: no \"=\" in field 2 \"junk\"
" in
'
test_expect_success 'a bad key' '
	printf "a=2\nB=2\n" >in &&
	both 2 "ccfilter: in:2: bad key \"B\" in field 1
" in
'
test_expect_success 'a bad escape' '
	printf "a=2\ta=x\\\\q\n" >in &&
	both 2 "ccfilter: in:1: bad escape \"\\\\q\" in field 2
" in
'
test_expect_success 'an empty line' '
	printf "a=2\n\na=1\n" >in &&
	both 2 "ccfilter: in:2: empty line
" in
'
test_expect_success 'invalid UTF-8 in a value' '
	printf "a=1\tt=caf\351\n" >in &&
	both 2 "ccfilter: in:1: invalid UTF-8 \"\\351\" at byte 10
" in
'
test_expect_success 'invalid UTF-8 in a long value (past the 16-byte scan)' '
	printf "a=2\tt=0123456789abcdefghijklmnopq\355\240\200rest\n" >in &&
	both 2 "ccfilter: in:1: invalid UTF-8 \"\\355\\240\\200r\" at byte 34
" in
'
test_expect_success 'valid UTF-8 passes' '
	printf "a=1\tt=caf\303\251 \342\200\234q\342\200\235\n" >in &&
	both 0 "" in &&
	test_cmp in out
'
test_expect_success 'a NUL byte' '
	printf "a=1\na=1\tt=x\000y\n" >in &&
	both 2 "ccfilter: in:2: NUL byte at byte 8
" in
'
test_expect_success 'CRLF line ends' '
	printf "a=1\r\n" >in &&
	both 2 "ccfilter: in:1: unescaped carriage return at byte 4 (CRLF line end?)
" in
'
test_expect_success '-s counts every kind of bad line, on both paths' '
	printf "a=1\nx\nB=1\n\na=\\\\q\na=\303\nt=\000\na=1\r\na=1\tt=ok\n" >in &&
	for ex in a=1 "a~^1$"; do
		ccfilter -s "$ex" -- in >out 2>err &&
		printf "a=1\na=1\tt=ok\n" >expect &&
		test_cmp expect out &&
		echo "ccfilter: 7 bad lines skipped" >expect &&
		test_cmp expect err || return 1
	done
'
test_expect_success '-v never selects a bad line' '
	printf "a=2\nx\na=3\n" >in &&
	test_expect_code 2 ccfilter -v a=1 -- in >out 2>err &&
	printf "a=2\n" >expect &&
	test_cmp expect out
'
test_expect_success 'a last line without newline is selected, newline added' '
	printf "a=2\na=1" >in &&
	ccfilter a=1 -- in >out &&
	printf "a=1\n" >expect &&
	test_cmp expect out
'
test_expect_success 'a line of 5 MiB passes through byte for byte' '
	awk "BEGIN { s = \"0123456789abcdef\"; while (length(s) < 5242880) s = s s; print \"a=1\tt=\" s }" >huge &&
	ccfilter a=1 -- huge >out &&
	cmp huge out &&
	ccfilter "t~f$" -- huge >out &&
	cmp huge out
'
test_expect_success 'a line of 5 MiB over -L 1M is an error' '
	test_expect_code 2 ccfilter -L 1M a=1 -- huge >out 2>err &&
	echo "ccfilter: huge:1: line longer than 1048576 bytes (raise the limit with -L)" >expect &&
	test_cmp expect err
'
test_expect_success 'a closed pipe ends ccfilter quietly' '
	awk "BEGIN { for (i = 0; i < 200000; i++) print \"a=1\tn=\" i }" >many &&
	{ ccfilter a=1 -- many 2>err; echo $? >status; } | head -n 1 >out &&
	printf "a=1\tn=0\n" >expect &&
	test_cmp expect out &&
	test_cmp /dev/null err &&
	echo 141 >expect &&
	test_cmp expect status
'
test_expect_success 'a closed pipe with SIGPIPE ignored ends it quietly too' '
	{ (trap "" PIPE; ccfilter a=1 -- many 2>err; echo $? >status); } | head -n 1 >out &&
	test_cmp /dev/null err &&
	echo 141 >expect &&
	test_cmp expect status
'
if [ -w /dev/full ]; then
	test_expect_success '/dev/full: write error, exit 2' '
		test_expect_code 2 ccfilter a=1 -- many >/dev/full 2>err &&
		echo "ccfilter: write error: No space left on device" >expect &&
		test_cmp expect err
	'
	test_expect_success '/dev/full with -c' '
		test_expect_code 2 ccfilter -c a=1 -- many >/dev/full 2>err &&
		echo "ccfilter: write error: No space left on device" >expect &&
		test_cmp expect err
	'
else
	test_skip '/dev/full' 'no /dev/full'
fi
test_done
