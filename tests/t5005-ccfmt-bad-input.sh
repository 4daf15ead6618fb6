#!/bin/sh
# ccfmt: bad input, in records and in JSON Lines, and failing output.
. "$(dirname "$0")/lib.sh"

# bad_rec MESSAGE: ccfmt on file in stops at line 2 with MESSAGE, exit 2,
# having written the good line 1.
bad() {
	test_expect_code 2 ccfmt "$@" in >out 2>err &&
	test_cmp expect.out out &&
	test_cmp expect.err err
}

test_expect_success 'records: invalid UTF-8' '
	printf "a=1\nb=\377x\na=3\n" >in &&
	printf "{\"a\":\"1\"}\n" >expect.out &&
	echo "ccfmt: in:2: invalid UTF-8 \"\\\\377x\" at byte 3" >expect.err &&
	bad
'

test_expect_success 'records: NUL byte' '
	printf "a=1\nb=x\000y\n" >in &&
	echo "ccfmt: in:2: NUL byte at byte 4" >expect.err &&
	bad
'

test_expect_success 'records: CRLF' '
	printf "a=1\nb=x\r\n" >in &&
	echo "ccfmt: in:2: unescaped carriage return at byte 4 (CRLF line end?)" >expect.err &&
	bad
'

test_expect_success 'records: field without =' '
	printf "a=1\nb=x\tnoequals\n" >in &&
	echo "ccfmt: in:2: no \"=\" in field 2 \"noequals\"" >expect.err &&
	bad
'

test_expect_success 'records: bad key' '
	printf "a=1\nBad=x\n" >in &&
	echo "ccfmt: in:2: bad key \"Bad\" in field 1" >expect.err &&
	bad
'

test_expect_success 'records: bad escape, TSV output' '
	printf "a=1\nb=x\\\\q\n" >in &&
	printf "a\n1\n" >expect.out &&
	printf "ccfmt: in:2: bad escape \"%s\" in field 1\n" "\\\\q" >expect.err &&
	bad -o tsv -c a
'

test_expect_success 'records: empty line' '
	printf "a=1\n\n" >in &&
	printf "{\"a\":\"1\"}\n" >expect.out &&
	echo "ccfmt: in:2: empty line" >expect.err &&
	bad
'

test_expect_success 'records: line longer than -L' '
	printf "a=1\nb=%s\na=3\n" "$(printf "%0100d" 0)" >in &&
	echo "ccfmt: in:2: line longer than 64 bytes (raise the limit with -L)" >expect.err &&
	bad -L 64
'

test_expect_success 'records: a line of 3 MiB is fine' '
	awk "BEGIN { printf \"text=\"; for (i = 0; i < 3 * 1048576 / 8; i++) printf \"abcdefg \"; print \"\" }" >in &&
	ccfmt in >out &&
	ccfmt -i json out >back &&
	cmp in back
'

test_expect_success 'records: -s skips and counts bad lines' '
	printf "a=1\nb=\377\nc\na=4\n" >in &&
	ccfmt -s in >out 2>err &&
	printf "{\"a\":\"1\"}\n{\"a\":\"4\"}\n" >expect &&
	test_cmp expect out &&
	echo "ccfmt: 2 bad lines skipped" >expect &&
	test_cmp expect err
'

test_expect_success 'missing file: reported, next file read, exit 2' '
	printf "a=1\n" >in &&
	test_expect_code 2 ccfmt nosuch in >out 2>err &&
	printf "{\"a\":\"1\"}\n" >expect &&
	test_cmp expect out &&
	echo "ccfmt: nosuch: No such file or directory" >expect &&
	test_cmp expect err
'

if test_is_root; then
	test_skip 'unreadable file' 'running as root'
	test_skip 'unreadable file, JSON' 'running as root'
else
	test_expect_success 'unreadable file' '
		printf "a=1\n" >in && printf "a=2\n" >locked && chmod 000 locked &&
		test_expect_code 2 ccfmt locked in >out 2>err &&
		printf "{\"a\":\"1\"}\n" >expect &&
		test_cmp expect out &&
		echo "ccfmt: locked: Permission denied" >expect &&
		test_cmp expect err
	'
	test_expect_success 'unreadable file, JSON' '
		printf "{\"a\":1}\n" >in && printf "{}\n" >locked && chmod 000 locked &&
		test_expect_code 2 ccfmt -i json locked in >out 2>err &&
		printf "a=1\n" >expect &&
		test_cmp expect out &&
		echo "ccfmt: locked: Permission denied" >expect &&
		test_cmp expect err
	'
fi

test_expect_success 'a directory operand is a read error' '
	mkdir dir &&
	test_expect_code 2 ccfmt dir >out 2>err &&
	echo "ccfmt: dir: Is a directory" >expect &&
	test_cmp expect err
'

# bad_json LINE2 MESSAGE: line 2 of a JSON Lines file is bad.
bad_json() {
	printf "{\"a\":1}\n%s\n{\"a\":3}\n" "$1" >in &&
	printf "a=1\n" >expect.out &&
	printf "ccfmt: in:2: %s\n" "$2" >expect.err &&
	bad -i json
}

test_expect_success 'JSON: malformed, with the column' '
	bad_json "{\"a\":1,}" "invalid JSON at column 8: string or '"'"'}'"'"' expected near '"'"'}'"'"'"
'
test_expect_success 'JSON: truncated object' '
	bad_json "{\"a\":\"x" "invalid JSON at column 7: premature end of input near '"'"'\"x'"'"'"
'
test_expect_success 'JSON: trailing garbage' '
	bad_json "{\"a\":1} x" "invalid JSON at column 9: end of file expected near '"'"'x'"'"'"
'
test_expect_success 'JSON: an array line' '
	bad_json "[1,2]" "not a JSON object but an array"
'
test_expect_success 'JSON: a string line' '
	bad_json "\"text\"" "not a JSON object but a string"
'
test_expect_success 'JSON: an empty line' '
	bad_json "" "empty line"
'
test_expect_success 'JSON: an empty object' '
	bad_json "{\"a\":[],\"b\":{}}" "object gives no fields"
'
test_expect_success 'JSON: duplicate key' '
	bad_json "{\"a\":1,\"a\":2}" "invalid JSON at column 10: duplicate object key near '"'"'\"a\"'"'"'"
'
test_expect_success 'JSON: integer too big for 64 bits' '
	bad_json "{\"id\":123456789012345678901234}" "invalid JSON at column 30: too big integer"
'
test_expect_success 'JSON: \u0000 in a string' '
	bad_json "{\"a\":\"x\\u0000y\"}" "\\u0000 in the value of \"a\" (a record cannot hold a NUL)"
'
test_expect_success 'JSON: \u0000 in a key' '
	bad_json "{\"a\\u0000b\":1}" "invalid JSON at column 11: NUL byte in object key not supported near '"'"'\"a\\u0000b\"'"'"'"
'
test_expect_success 'JSON: lone surrogate escape' '
	bad_json "{\"a\":\"\\ud800\"}" "invalid JSON at column 13: invalid Unicode '"'"'\\uD800'"'"' near '"'"'\"\\ud800\"'"'"'"
'

test_expect_success 'JSON: a raw control byte in a string' '
	bad_json "{\"a\":\"x$(printf "\001")\"}" "invalid JSON at column 7: control character 0x1 near '"'"'\"x'"'"'"
'

test_expect_success 'JSON: invalid UTF-8' '
	printf "{\"a\":1}\n{\"a\":\"\303(\"}\n" >in &&
	printf "a=1\n" >expect.out &&
	cat >expect.err <<-\EOT &&
	ccfmt: in:2: invalid UTF-8 "\303("}" at byte 7
	EOT
	bad -i json
'

test_expect_success 'JSON: raw NUL byte' '
	printf "{\"a\":1}\n{\"a\":\"\000\"}\n" >in &&
	printf "a=1\n" >expect.out &&
	echo "ccfmt: in:2: NUL byte at byte 7" >expect.err &&
	bad -i json
'

test_expect_success 'JSON: line longer than -L' '
	printf "{\"a\":1}\n{\"a\":\"%s\"}\n" "$(printf "%0100d" 0)" >in &&
	printf "a=1\n" >expect.out &&
	echo "ccfmt: in:2: line longer than 64 bytes (raise the limit with -L)" >expect.err &&
	bad -i json -L 64
'

test_expect_success 'JSON: -s skips and counts bad lines' '
	printf "{\"a\":1}\n[]\n\n{\"a\":\n{\"a\":\"\377\"}\n{\"a\":5}\n" >in &&
	ccfmt -s -i json in >out 2>err &&
	printf "a=1\na=5\n" >expect &&
	test_cmp expect out &&
	echo "ccfmt: 4 bad lines skipped" >expect &&
	test_cmp expect err
'

test_expect_success 'JSON: missing file reported, the next one read' '
	printf "{\"a\":1}\n" >in &&
	test_expect_code 2 ccfmt -i json nosuch in >out 2>err &&
	printf "a=1\n" >expect &&
	test_cmp expect out &&
	echo "ccfmt: nosuch: No such file or directory" >expect &&
	test_cmp expect err
'

test_expect_success 'JSON: a bad line stops the run before the next file' '
	printf "{\"a\":1}\n[]\n" >one &&
	printf "{\"a\":2}\n" >two &&
	test_expect_code 2 ccfmt -i json one two >out 2>err &&
	printf "a=1\n" >expect &&
	test_cmp expect out &&
	echo "ccfmt: one:2: not a JSON object but an array" >expect &&
	test_cmp expect err
'

test_expect_success 'JSON on stdin is named <stdin>' '
	printf "[]\n" >in &&
	test_expect_code 2 ccfmt -i json <in >out 2>err &&
	echo "ccfmt: <stdin>:1: not a JSON object but an array" >expect &&
	test_cmp expect err
'

test_expect_success 'a full disk is a write error, exit 2' '
	printf "a=1\n" >in &&
	test_expect_code 2 ccfmt in >/dev/full 2>err &&
	echo "ccfmt: write error: No space left on device" >expect &&
	test_cmp expect err
'

test_expect_success 'a full disk, JSON input' '
	printf "{\"a\":1}\n" >in &&
	test_expect_code 2 ccfmt -i json in >/dev/full 2>err &&
	echo "ccfmt: write error: No space left on device" >expect &&
	test_cmp expect err
'

test_expect_success 'a full disk, CSV header' '
	test_expect_code 2 ccfmt -o csv -c a </dev/null >/dev/full 2>err &&
	echo "ccfmt: write error: No space left on device" >expect &&
	test_cmp expect err
'

# A closed pipe ends ccfmt quietly by SIGPIPE (status 141 in the shell).
closed_pipe() {
	{ ccfmt "$@" big 2>err; echo $? >status; } | head -n 1 >/dev/null &&
	echo 141 >expect &&
	test_cmp expect status &&
	test_cmp /dev/null err
}

test_expect_success 'closed pipe: records in' '
	awk "BEGIN { for (i = 0; i < 100000; i++) print \"doc=d\tsent=\" i \"\ttext=some text here\" }" >big &&
	closed_pipe
'

test_expect_success 'closed pipe: JSON in' '
	awk "BEGIN { for (i = 0; i < 100000; i++) print \"{\\\"doc\\\":\\\"d\\\",\\\"sent\\\":\" i \"}\" }" >big &&
	closed_pipe -i json
'

test_done
