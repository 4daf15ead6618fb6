#!/bin/sh
# t6000: ccuniq options against golden outputs.
. "$(dirname "$0")/lib.sh"
G=$GOLDEN/ccuniq
W=$SRC_DIR/examples/uniq/wires.rec

test_expect_success 'default: near copies dropped, first kept' '
	ccuniq "$W" >out &&
	test_cmp "$G/default.out" out
'
test_expect_success 'stdin gives the same as a file operand' '
	ccuniq <"$W" >out &&
	test_cmp "$G/default.out" out
'
test_expect_success '-m marks each copy with dup=DOC:SENT before text' '
	ccuniq -m "$W" >out &&
	test_cmp "$G/m.out" out
'
test_expect_success '-m keeps every record byte for byte but the dup field' '
	ccuniq -m "$W" >out &&
	sed "s/	dup=[^	]*//" out >stripped &&
	test_cmp "$W" stripped
'
test_expect_success '-e: only exact repeats after folding' '
	ccuniq -e -m "$W" >out &&
	test_cmp "$G/em.out" out
'
test_expect_success '-d: a republished document is dropped whole' '
	ccuniq -d "$W" >out &&
	test_cmp "$G/d.out" out
'
test_expect_success '-d -m: its records are marked with the earlier doc' '
	ccuniq -d -m "$W" >out &&
	test_cmp "$G/dm.out" out
'
test_expect_success '-t 0.9: a stricter threshold keeps the edited copies' '
	ccuniq -t 0.9 -m "$W" >out &&
	test_cmp "$G/t09m.out" out
'
test_expect_success '-t 1: only identical normal forms' '
	ccuniq -t 1 -m "$W" >out &&
	test_cmp "$G/em.out" out
'
test_expect_success '-e -k kind: first record of each kind' '
	ccuniq -e -k kind "$W" >out &&
	test_cmp "$G/ekind.out" out
'
test_expect_success '-k kind -k text: keys compared together' '
	ccuniq -m -k kind -k text "$W" >out &&
	test_cmp "$G/mkindtext.out" out
'
test_expect_success '-k: records lacking the key pass unchanged' '
	printf "a=1\ttext=x\nb=2\ttext=x\na=1\ttext=y\n" >in &&
	ccuniq -e -k a in >out &&
	printf "a=1\ttext=x\nb=2\ttext=x\n" >expect &&
	test_cmp expect out
'
test_expect_success 'ids without doc and sent are FILE#LINE, - for stdin' '
	ccuniq -m "$G/misc.rec" >out0 &&
	sed "s|$G/||" out0 >out &&
	test_cmp "$G/misc-m.out" out &&
	ccuniq -m <"$G/misc.rec" >out &&
	sed "s/misc.rec#/-#/" "$G/misc-m.out" >expect &&
	test_cmp expect out
'
test_expect_success 'punctuation-only and keyless records are never dups' '
	ccuniq "$G/misc.rec" >out &&
	printf "%s\n" "text=***" "text=---" "lang=en" "lang=en" >expect &&
	grep -v "sentence" out >got &&
	test_cmp expect got
'
test_expect_success '-S: a window of one text forgets (FIFO)' '
	cd "$G" &&
	ccuniq -m -S 836 misc.rec >"$test_trash/out" &&
	test_cmp misc-S1.out "$test_trash/out"
'
test_expect_success '-S: a window of two texts finds the copy' '
	cd "$G" &&
	ccuniq -m -S 1672 misc.rec >"$test_trash/out" &&
	test_cmp misc-S2.out "$test_trash/out"
'
test_expect_success 'duplicates are found across file operands' '
	printf "doc=x\tsent=1\ttext=One two three four five.\n" >a &&
	printf "doc=y\tsent=1\ttext=ONE two three four five\n" >b &&
	ccuniq -m a b >out &&
	printf "doc=x\tsent=1\ttext=One two three four five.\ndoc=y\tsent=1\tdup=x:1\ttext=ONE two three four five\n" >expect &&
	test_cmp expect out
'
test_expect_success 'an existing equal dup field is not written twice' '
	printf "doc=x\tsent=1\ttext=Same words here.\ndoc=y\tsent=1\tdup=x:1\ttext=Same words here\n" >in &&
	ccuniq -m in >out &&
	test_cmp in out
'
test_expect_success 'a record without text gets dup at the end' '
	printf "title=Alpha beta gamma\ntitle=alpha, beta; gamma!\n" >in &&
	ccuniq -m -k title in >out &&
	printf "title=Alpha beta gamma\ntitle=alpha, beta; gamma!\tdup=in#1\n" >expect &&
	test_cmp expect out
'
test_expect_success 'escaped values are compared unescaped, ids escaped' '
	printf "doc=a\\\\tb\tsent=1\ttext=line one\\\\nline two\n" >in &&
	printf "doc=c\tsent=1\ttext=line one line two\n" >>in &&
	ccuniq -m in >out &&
	printf "doc=a\\\\tb\tsent=1\ttext=line one\\\\nline two\ndoc=c\tsent=1\tdup=a\\\\tb:1\ttext=line one line two\n" >expect &&
	test_cmp expect out
'
test_expect_success 'case folding and NFC: Straße, CAFÉ with combining acute' '
	printf "text=Die Straße CAFE\314\201 offen\ntext=DIE STRASSE café offen\n" >in &&
	ccuniq -e in >out &&
	printf "text=Die Straße CAFE\314\201 offen\n" >expect &&
	test_cmp expect out
'
test_expect_success 'digits are kept: 30,000 is not 20,000' '
	printf "text=30,000 servers\ntext=20,000 servers\n" >in &&
	ccuniq -e in >out &&
	test_cmp in out
'
test_expect_success '-l gives the same output' '
	ccuniq -l -m "$W" >out &&
	test_cmp "$G/m.out" out
'
test_expect_success '-h prints usage on stdout and exits 0' '
	ccuniq -h >out &&
	test_grep "^usage: ccuniq \[-delmsV\] \[-k key\]" out
'
test_expect_success '-V prints the version' '
	ccuniq -V >out &&
	test_grep "^ccuniq (cc) " out
'
test_expect_success 'a bad option: usage on stderr, exit 2' '
	test_expect_code 2 ccuniq -x <"$W" >out 2>err &&
	test_grep "invalid option" err &&
	test_grep "^usage: ccuniq" err &&
	test ! -s out
'
test_expect_success 'bad -t values are refused before reading' '
	for t in 0 1.5 -0.2 x 0.5x ""; do
		test_expect_code 2 ccuniq -t "$t" </dev/null 2>err || return 1
		test_grep "^ccuniq: -t $t: not a number in (0, 1\]" err || return 1
	done
'
test_expect_success 'a bad -k key is refused' '
	test_expect_code 2 ccuniq -k Text </dev/null 2>err &&
	test_grep "^ccuniq: -k Text: bad key" err
'
test_expect_success 'more than 16 keys are refused' '
	test_expect_code 2 ccuniq -k a -k b -k c -k d -k e -k f -k g -k h \
	    -k i -k j -k k -k l -k m -k n -k o -k p -k q </dev/null 2>err &&
	test_grep "^ccuniq: -k q: more than 16 keys" err
'
test_expect_success 'a window too small for one text is refused' '
	test_expect_code 2 ccuniq -S 100 </dev/null 2>err &&
	test_grep "^ccuniq: -S 100: too small, one text takes 836 bytes" err &&
	test_expect_code 2 ccuniq -S 0 </dev/null 2>err &&
	test_grep "^ccuniq: -S 0: " err
'
test_expect_success '-S with -e takes 68 bytes a text' '
	printf "text=a\ntext=b\ntext=a\n" >in &&
	ccuniq -e -S 68 in >out &&
	test_cmp in out &&
	ccuniq -e -S 136 in >out &&
	printf "text=a\ntext=b\n" >expect &&
	test_cmp expect out
'
test_done
