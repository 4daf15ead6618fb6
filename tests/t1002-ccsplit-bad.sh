#!/bin/sh
# ccsplit: bad and awkward raw input, failing files and outputs.
. "$(dirname "$0")/lib.sh"

test_expect_success 'invalid UTF-8 is replaced, counted and warned about' '
	printf "Bad \377\376 bytes here. And \300\257 more.\n" >in &&
	ccsplit in >out 2>err &&
	printf "doc=in\tpar=1\tsent=1\toff=0\tkind=body\ttext=Bad \357\277\275\357\277\275 bytes here.\ndoc=in\tpar=1\tsent=2\toff=19\tkind=body\ttext=And \357\277\275\357\277\275 more.\n" >expect &&
	test_cmp expect out &&
	echo "ccsplit: in: 4 invalid UTF-8 sequences replaced" >expect &&
	test_cmp expect err
'
test_expect_success 'no invalid UTF-8 ever reaches a record' '
	head -c 20000 /dev/urandom >in 2>/dev/null || dd if=/dev/urandom of=in bs=1k count=20 2>/dev/null
	ccsplit -b in >out 2>err &&
	python3 -c "import sys; open(sys.argv[1], encoding=\"utf-8\", errors=\"strict\").read()" out
'
test_expect_success '-S: invalid UTF-8 is an error, exit 2' '
	printf "Good line.\n\nBad \377 line.\n" >in &&
	test_expect_code 2 ccsplit -S in >out 2>err &&
	echo "ccsplit: in:3: invalid UTF-8" >expect &&
	test_cmp expect err &&
	test ! -s out
'
test_expect_success 'NUL bytes become U+FFFD with a warning' '
	printf "A NUL\000here. Next.\n" >in &&
	ccsplit in >out 2>err &&
	printf "doc=in\tpar=1\tsent=1\toff=0\tkind=body\ttext=A NUL\357\277\275here.\ndoc=in\tpar=1\tsent=2\toff=12\tkind=body\ttext=Next.\n" >expect &&
	test_cmp expect out &&
	echo "ccsplit: in: 1 NUL byte replaced" >expect &&
	test_cmp expect err
'
test_expect_success '-S: a NUL byte is an error' '
	printf "A NUL\000here.\n" >in &&
	test_expect_code 2 ccsplit -S in >out 2>err &&
	test_grep "ccsplit: in:1: NUL byte" err
'
test_expect_success 'CRLF, BOM, NBSP and Unicode spaces' '
	printf "\357\273\277First\302\240one.\342\200\203Second  one.\r\n\r\nThird\tone.\r\n" >in &&
	ccsplit in >out 2>err &&
	printf "doc=in\tpar=1\tsent=1\toff=3\tkind=body\ttext=First one.\ndoc=in\tpar=1\tsent=2\toff=17\tkind=body\ttext=Second one.\ndoc=in\tpar=2\tsent=3\toff=33\tkind=body\ttext=Third one.\n" >expect &&
	test_cmp expect out &&
	test ! -s err
'
test_expect_success 'text is NFC' '
	printf "Cafe\314\201 cre\314\200me. Done.\n" >in &&
	ccsplit in >out &&
	printf "text=Caf\303\251 cr\303\250me.\n" >want &&
	grep -qF -f want out
'
test_expect_success 'a line of several MiB' '
	awk "BEGIN { for (i = 0; i < 300000; i++) printf \"Word number %d ends here. \", i; print \"\" }" >in &&
	ccsplit in >out &&
	test $(wc -l <out) = 300000 &&
	tail -1 out >last &&
	test_grep "sent=300000	off=[0-9]*	kind=body	text=Word number 299999 ends here.$" last
'
test_expect_success 'a line over -L: message, the rest is read, exit 2' '
	printf "Short line one.\n%s\nShort line three.\n" "$(printf "%0200d" 0)" >in &&
	test_expect_code 2 ccsplit -L 100 in >out 2>err &&
	echo "ccsplit: in:2: line longer than 100 bytes (raise the limit with -L)" >expect &&
	test_cmp expect err &&
	test_grep "text=Short line three." out
'
test_expect_success 'a missing file: message, others still read, exit 2' '
	echo "Good text here." >good &&
	test_expect_code 2 ccsplit nosuch good >out 2>err &&
	echo "ccsplit: nosuch: No such file or directory" >expect &&
	test_cmp expect err &&
	test_grep "^doc=good	" out
'
if test_is_root; then
	test_expect_success 'a directory operand: message, exit 2 (as root)' '
		mkdir d && echo "Good text here." >good &&
		test_expect_code 2 ccsplit d good >out 2>err &&
		test_grep "ccsplit: d: Is a directory" err &&
		test_grep "^doc=good	" out
	'
else
	test_expect_success 'an unreadable file: message, others read, exit 2' '
		echo "Secret." >secret && chmod 0 secret &&
		echo "Good text here." >good &&
		test_expect_code 2 ccsplit secret good >out 2>err &&
		echo "ccsplit: secret: Permission denied" >expect &&
		test_cmp expect err &&
		test_grep "^doc=good	" out
	'
fi
test_expect_success 'a closed pipe ends ccsplit quietly' '
	awk "BEGIN { for (i = 0; i < 200000; i++) print \"Line \" i \" is here.\" }" >big &&
	{ ccsplit big 2>err; echo $? >status; } | head -1 >out &&
	test $(wc -l <out) = 1 &&
	test ! -s err &&
	{ test "$(cat status)" = 141 || test "$(cat status)" = 0; }
'
test_expect_success '/dev/full: write error, exit 2' '
	echo "Some text here." >in &&
	test_expect_code 2 ccsplit in >/dev/full 2>err &&
	echo "ccsplit: write error: No space left on device" >expect &&
	test_cmp expect err
'
test_done
