#!/bin/sh
# cctag: options, pass-through, replaced fields, bad input, output errors.
. "$(dirname "$0")/lib.sh"

test_expect_success '-h prints usage on stdout, exit 0' '
	cctag -h >out &&
	test_grep "^usage: cctag \[-hlNPsV\] \[-f lexicon\] \[-L size\] \[file ...\]" out
'

test_expect_success 'a bad option: message and usage, exit 2' '
	test_expect_code 2 cctag -x </dev/null >out 2>err &&
	test_grep "invalid option" err &&
	test_grep "^usage: cctag" err &&
	test_cmp /dev/null out
'

test_expect_success '-V prints the version' '
	cctag -V >out &&
	test_grep "^cctag (cc) " out
'

test_expect_success 'fields it does not own pass through byte for byte' '
	printf "doc=a\tx.y=a\\\\tb\tsent=3\ttext=China said so.\tz=1\n" >in &&
	cctag in >out &&
	printf "doc=a\tx.y=a\\\\tb\tsent=3\tcountry=CN\tspeaker=CN\ttext=China said so.\tz=1\n" >expect &&
	test_cmp expect out
'

test_expect_success 'owned fields of the input are replaced' '
	printf "doc=a\tcountry=FR\tevent=deny\ttext=Russia.\ttopic=x\n" >in &&
	cctag in >out &&
	printf "doc=a\tcountry=RU\ttext=Russia.\n" >expect &&
	test_cmp expect out
'

test_expect_success 'tagging tagged records changes nothing' '
	printf "doc=a\ttext=Britain accused Russia of hacking.\n" >in &&
	cctag in >once &&
	cctag once >twice &&
	test_cmp once twice
'

test_expect_success '-l gives the same output, line-buffered' '
	printf "doc=a\ttext=Britain accused Russia of hacking.\ndoc=b\ttext=x\n" >in &&
	cctag in >want &&
	cctag -l in >got &&
	test_cmp want got
'
test_expect_success 'a record without text passes through' '
	printf "doc=a\tsent=1\n" >in &&
	cctag in >out &&
	test_cmp in out
'

test_expect_success 'escaped text is unescaped to tag, kept as it was' '
	printf "doc=a\ttext=China\\\\tand\\\\nJapan\n" >in &&
	cctag in >out &&
	printf "doc=a\tcountry=CN\tcountry=JP\ttext=China\\\\tand\\\\nJapan\n" >expect &&
	test_cmp expect out
'

test_expect_success 'a dateline gets no tags' '
	printf "doc=a\tkind=dateline\ttext=Beijing, Apr 2 (Xinhua)\n" >in &&
	cctag in >out &&
	test_cmp in out
'

test_expect_success 'reads file operands in order and - for stdin' '
	printf "doc=a\ttext=Japan\n" >a &&
	printf "doc=b\ttext=Chile\n" >b &&
	cctag a - <b >out &&
	printf "doc=a\tcountry=JP\ttext=Japan\ndoc=b\tcountry=CL\ttext=Chile\n" >expect &&
	test_cmp expect out
'

test_expect_success 'a bad record: message with name and line, exit 2' '
	printf "doc=a\ttext=Japan\nno equals sign\ndoc=c\ttext=Chile\n" >in &&
	test_expect_code 2 cctag in >out 2>err &&
	test_grep "^cctag: in:2: " err &&
	printf "doc=a\tcountry=JP\ttext=Japan\n" >expect &&
	test_cmp expect out
'

test_expect_success '-s skips bad records and counts them' '
	printf "doc=a\ttext=Japan\nno equals sign\ndoc=c\ttext=Chile\n" >in &&
	cctag -s in >out 2>err &&
	test_grep "^cctag: 1 bad line skipped" err &&
	printf "doc=a\tcountry=JP\ttext=Japan\ndoc=c\tcountry=CL\ttext=Chile\n" >expect &&
	test_cmp expect out
'

test_expect_success 'invalid UTF-8 and a NUL byte are bad records' '
	printf "doc=a\ttext=\377\n" >in &&
	test_expect_code 2 cctag in >out 2>err &&
	test_grep "^cctag: in:1: .*UTF-8" err &&
	printf "doc=a\ttext=a\000b\n" >in2 &&
	test_expect_code 2 cctag in2 >out 2>err &&
	test_grep "^cctag: in2:1: .*NUL" err
'

test_expect_success 'a line longer than -L is a bad record' '
	printf "doc=a\ttext=%0300d\n" 0 >in &&
	test_expect_code 2 cctag -L 100 in >out 2>err &&
	test_grep "^cctag: in:1: line longer than 100 bytes" err
'

test_expect_success 'a huge record is tagged' '
	awk "BEGIN { printf \"doc=a\ttext=\"; for (i = 0; i < 200000; i++) printf \"China and Japan \"; print \"\" }" >in &&
	cctag in >out &&
	test_grep "^doc=a	country=CN	country=JP	text=China" out
'

test_expect_success 'a record of thousands of cues: names, no events' '
	awk "BEGIN { printf \"doc=a\ttext=\"; for (i = 0; i < 3000; i++) printf \"China accused Japan of hacking, Russia said. \"; print \"\" }" >in &&
	cctag in >out &&
	test_grep "^doc=a	country=CN	country=JP	country=RU	topic=cyber	text=China" out
'
test_expect_success 'an unreadable file is reported and skipped' '
	if test_is_root; then exit 0; fi &&
	printf "doc=a\ttext=Japan\n" >a &&
	printf "doc=b\ttext=Chile\n" >b && chmod 000 b &&
	test_expect_code 2 cctag b a >out 2>err &&
	test_grep "^cctag: b: Permission denied" err &&
	test_grep "country=JP" out
'

test_expect_success 'a missing file is reported and skipped' '
	printf "doc=a\ttext=Japan\n" >a &&
	test_expect_code 2 cctag nosuch a >out 2>err &&
	test_grep "^cctag: nosuch: No such file or directory" err &&
	test_grep "country=JP" out
'

test_expect_success 'a full disk is an error at exit' '
	if ! test -w /dev/full; then exit 0; fi &&
	printf "doc=a\ttext=Japan\n" >in &&
	test_expect_code 2 cctag in >/dev/full 2>err &&
	test_grep "^cctag: write error: No space left on device" err
'

test_expect_success 'a closed pipe ends it quietly' '
	awk "BEGIN { for (i = 0; i < 200000; i++) print \"doc=a\ttext=China accused Japan.\" }" >in &&
	{ cctag in 2>err; echo $? >status; } | head -n 1 >out &&
	test_cmp /dev/null err &&
	test "$(cat status)" = 141 &&
	test_grep "country=CN" out
'

test_expect_success 'CRLF: a raw carriage return is a bad record' '
	printf "doc=a\ttext=Japan\r\n" >in &&
	test_expect_code 2 cctag in >out 2>err &&
	test_grep "^cctag: in:1: " err
'

test_done
