#!/bin/sh
# ccstat on bad input and bad usage: each case checks the message and
# the exit status.
. "$(dirname "$0")/lib.sh"

cp "$GOLDEN/ccstat/seeds.rec" .

test_expect_success 'a malformed record stops the run: name:line, exit 2' '
	printf "doc=a\tcountry=CN\nno equals here\ndoc=b\tcountry=US\n" >in &&
	test_expect_code 2 ccstat country -- in >out 2>err &&
	echo "ccstat: in:2: no \"=\" in field 1 \"no equals here\"" >expect &&
	test_cmp expect err &&
	test ! -s out
'

test_expect_success 'a bad key and a bad escape are reported' '
	printf "doc=a\tCountry=CN\n" >k &&
	test_expect_code 2 ccstat country -- k >out 2>err &&
	test_grep "^ccstat: k:1: bad key \"Country\" in field 2" err &&
	printf "doc=a\tcountry=C\\\\qN\n" >e &&
	test_expect_code 2 ccstat country -- e >out 2>err &&
	test_grep "^ccstat: e:1: bad escape \"\\\\\\\\q\" in field 2" err
'

test_expect_success 'bad lines are found in fields ccstat does not count' '
	printf "doc=a\tcountry=CN\ttext=ok\ndoc=b\tcountry=US\ttext\n" >in &&
	test_expect_code 2 ccstat country -- in >out 2>err &&
	test_grep "^ccstat: in:2: no \"=\" in field 3" err
'

test_expect_success '-s skips and counts bad lines' '
	printf "doc=a\tcountry=CN\nbad\ndoc=b\tcountry=CN\n\ndoc=c\tcountry=US\n" >in &&
	ccstat -s -o tsv country -- in >out 2>err &&
	printf "country\tcount\tshare\nCN\t2\t66.7\nUS\t1\t33.3\n" >expect &&
	test_cmp expect out &&
	echo "ccstat: 2 bad lines skipped" >expect &&
	test_cmp expect err
'

test_expect_success 'invalid UTF-8 is bad input' '
	printf "doc=a\tcountry=C\377N\n" >in &&
	test_expect_code 2 ccstat country -- in >out 2>err &&
	test_grep "^ccstat: in:1: invalid UTF-8 \"\\\\377N\" at byte 16" err
'

test_expect_success 'a surrogate and an overlong form are bad UTF-8' '
	printf "k=\355\240\200\n" >s &&
	test_expect_code 2 ccstat k -- s >out 2>err &&
	test_grep "^ccstat: s:1: invalid UTF-8" err &&
	printf "k=\300\257\n" >o &&
	test_expect_code 2 ccstat k -- o >out 2>err &&
	test_grep "^ccstat: o:1: invalid UTF-8" err
'

test_expect_success 'a NUL byte is bad input' '
	printf "doc=a\tcountry=C\000N\n" >in &&
	test_expect_code 2 ccstat country -- in >out 2>err &&
	test_grep "^ccstat: in:1: NUL byte at byte 16" err
'

test_expect_success 'CRLF line ends are bad input' '
	printf "doc=a\tcountry=CN\r\n" >in &&
	test_expect_code 2 ccstat country -- in >out 2>err &&
	test_grep "^ccstat: in:1: unescaped carriage return at byte 17 (CRLF line end?)" err
'

test_expect_success 'a line longer than -L is bad; -s skips it' '
	printf "doc=a\tcountry=CN\ttext=%02000d\ndoc=b\tcountry=US\n" 0 >in &&
	test_expect_code 2 ccstat -L 1K country -- in >out 2>err &&
	test_grep "^ccstat: in:1: line longer than 1024 bytes" err &&
	ccstat -s -L 1K -o tsv country -- in >out 2>err &&
	printf "country\tcount\tshare\nUS\t1\t100.0\n" >expect &&
	test_cmp expect out
'

test_expect_success 'a huge line (8 MiB) is counted' '
	{ printf "doc=a\tcountry=CN\ttext="; head -c 8388608 /dev/zero | tr "\000" x; printf "\n"; } >in &&
	ccstat -o tsv country -- in >out &&
	printf "country\tcount\tshare\nCN\t1\t100.0\n" >expect &&
	test_cmp expect out
'

test_expect_success 'a last line without newline counts' '
	printf "country=CN\ncountry=US" >in &&
	ccstat -o tsv -k country -- in >out &&
	printf "country\tcount\tshare\nCN\t1\t50.0\nUS\t1\t50.0\n" >expect &&
	test_cmp expect out
'

if test_is_root; then
	test_skip 'an unreadable file is reported and skipped' 'running as root'
else
	test_expect_success 'an unreadable file is reported and skipped' '
		printf "country=CN\n" >ok &&
		printf "country=US\n" >locked &&
		chmod 000 locked &&
		test_expect_code 2 ccstat -o tsv country -- locked ok >out 2>err &&
		test_grep "^ccstat: locked: Permission denied" err &&
		printf "country\tcount\tshare\nCN\t1\t100.0\n" >expect &&
		test_cmp expect out
	'
fi

test_expect_success 'a missing file is reported and the others counted' '
	printf "country=CN\n" >ok &&
	test_expect_code 2 ccstat -o tsv country -- nosuch ok >out 2>err &&
	test_grep "^ccstat: nosuch: No such file or directory" err &&
	printf "country\tcount\tshare\nCN\t1\t100.0\n" >expect &&
	test_cmp expect out
'

test_expect_success 'a closed pipe ends ccstat quietly' '
	awk "BEGIN { for (i = 0; i < 100000; i++) printf \"k=v%06d\n\", i }" >many &&
	{ ccstat -o tsv -k k -- many 2>err; echo $? >status; } | head -n 1 >out &&
	echo "k	count	share" >expect &&
	test_cmp expect out &&
	test "$(cat status)" = 141 &&
	test ! -s err
'

test_expect_success 'a full disk is an error at exit' '
	test_expect_code 2 ccstat country -- seeds.rec >/dev/full 2>err &&
	test_grep "^ccstat: write error: No space left on device" err
'

test_expect_success 'a full disk with partial counts' '
	test_expect_code 2 ccstat -o rec -d country -- seeds.rec >/dev/full 2>err &&
	test_grep "No space left on device" err
'

test_expect_success 'a key that names a file is taken for a slip' '
	printf "country=CN\n" >records &&
	test_expect_code 2 ccstat country records >out 2>err &&
	test_grep "^ccstat: \"records\" is a file: file operands go after \"--\"" err &&
	ccstat -o tsv records -- <records >out &&
	printf "records\tcount\tshare\n" >expect &&
	test_cmp expect out
'

test_expect_success 'an operand that is no key needs "--" before it' '
	test_expect_code 2 ccstat country ./seeds.rec >out 2>err &&
	test_grep "^ccstat: \"./seeds.rec\" is not a key (file operands go after \"--\")" err
'

test_expect_success 'an option after the keys is a slip' '
	test_expect_code 2 ccstat act -o dot </dev/null >out 2>err &&
	echo "ccstat: -o: options go before the keys" >expect &&
	test_cmp expect err
'

test_expect_success 'bad options: getopt message, usage, exit 2' '
	test_expect_code 2 ccstat -x country </dev/null >out 2>err &&
	test_grep "invalid option" err &&
	test_grep "^usage: ccstat" err
'

test_expect_success 'bad -n, -o, -u, -L values' '
	test_expect_code 2 ccstat -n 0 country </dev/null 2>err &&
	echo "ccstat: -n 0: too small" >expect && test_cmp expect err &&
	test_expect_code 2 ccstat -o xml country </dev/null 2>err &&
	test_grep "^ccstat: -o xml: unknown format" err &&
	test_expect_code 2 ccstat -u Doc country </dev/null 2>err &&
	test_grep "^ccstat: -u Doc: not a key" err &&
	test_expect_code 2 ccstat -L 0 country </dev/null 2>err &&
	test_grep "^ccstat: -L 0: " err
'

test_expect_success 'formats that do not fit are refused before reading' '
	test_expect_code 2 ccstat -o dot country </dev/null 2>err &&
	test_grep "draws the act graph" err &&
	test_expect_code 2 ccstat -o rec -n 3 country </dev/null 2>err &&
	test_grep "no -k or -n" err &&
	test_expect_code 2 ccstat -o bar </dev/null 2>err &&
	test_grep "the summary (no key) takes no" err &&
	test_expect_code 2 ccstat -k -- - </dev/null 2>err &&
	test_grep "the summary (no key) takes no" err &&
	test_expect_code 2 ccstat ccstat.count </dev/null 2>err &&
	test_grep "reserved for partial counts" err
'

test_expect_success 'act values not EVENT:FROM>TO are left out of the graph' '
	printf "act=accuse:US>CN\nact=garbled\n" >in &&
	ccstat -o dot act -- in >out 2>err &&
	test_grep "^ccstat: 1 value not of the form EVENT:FROM>TO left out of the graph" err &&
	test_grep "\"US\" -> \"CN\" \[label=\"accuse 1\"" out
'

test_expect_success 'flat memory: 100,000 distinct values' '
	awk "BEGIN { for (i = 0; i < 100000; i++) printf \"doc=d%d\tk=v%06d\n\", i % 7, i }" >many &&
	ccstat -o tsv -k k -- many >out &&
	test $(wc -l <out) = 100001 &&
	sed -n "2p;100001p" out >got &&
	printf "v000000\t1\t0.0\nv099999\t1\t0.0\n" >expect &&
	test_cmp expect got &&
	ccstat -d -o tsv -n 1 k -- many >out &&
	printf "k\tcount\tshare\nv000000\t1\t14.3\n" >expect &&
	test_cmp expect out
'

# Under valgrind (make check-valgrind) GNU time would measure valgrind.
if [ -z "${CC_VALGRIND:-}" ] && [ -x /usr/bin/time ] &&
    /usr/bin/time -f %M true >/dev/null 2>&1; then
	test_expect_success 'memory grows with groups, not with the input' '
		awk "BEGIN { for (i = 0; i < 100000; i++) printf \"k=v%06d\n\", i }" >one &&
		for i in 1 2 3 4 5 6 7 8 9 10; do cat one; done >ten &&
		/usr/bin/time -f %M -o m1 ccstat -o tsv k -- one >out1 &&
		/usr/bin/time -f %M -o m10 ccstat -o tsv k -- ten >out10 &&
		m1=$(tail -n 1 m1) && m10=$(tail -n 1 m10) &&
		echo "peak KiB: $m1 for 1x, $m10 for 10x" &&
		test "$m10" -lt $((m1 + m1 / 4)) &&
		test "$m1" -lt 65536
	'
else
	test_skip 'memory grows with groups, not with the input' \
	    'no GNU time, or under valgrind'
fi

test_done
