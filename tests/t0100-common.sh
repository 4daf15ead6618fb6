#!/bin/sh
# The behaviour every cc program shares (STYLE.md, cc-record(5)): -h and
# -V, a bad option, an unreadable operand among good ones, a full disk, a
# closed pipe, and bad records. Each program is run with the smallest
# arguments that make it do its ordinary work.
. "$(dirname "$0")/lib.sh"

# args PROG: the arguments for an ordinary run of PROG.
args() {
	case $1 in
	ccfilter) echo "doc --" ;;
	ccstat) echo "doc --" ;;
	*) echo "" ;;
	esac
}

printf 'doc=a\ttext=China accused the United States.\n' >good.rec
printf 'A first sentence. A second one.\n' >good.txt
i=0
while [ $i -lt 20000 ]; do
	echo "doc=a$i	text=Line $i of a long input."
	i=$((i + 1))
done >big.rec

for prog in ccsplit cctag ccfilter ccstat ccfmt ccuniq; do
	if ! test_have "$prog"; then
		test_skip "$prog common behaviour" "$prog not built"
		continue
	fi
	a=$(args "$prog")
	in=good.rec
	[ "$prog" = ccsplit ] && in=good.txt

	test_expect_success "$prog -h prints usage on stdout, exit 0" "
		$prog -h >out 2>err &&
		test_grep '^usage: $prog' out &&
		test ! -s err
	"
	test_expect_success "$prog -V prints the version" "
		$prog -V >out &&
		test_grep '^$prog (cc) [0-9]' out
	"
	test_expect_success "$prog: a bad option gives usage on stderr, exit 2" "
		test_expect_code 2 $prog -Z $a <$in >out 2>err &&
		test_grep 'usage: $prog' err &&
		test ! -s out
	"
	test_expect_success "$prog: unreadable operand reported, others read, exit 2" "
		$prog $a $in >want &&
		test_expect_code 2 $prog $a $in nonexistent $in >out 2>err &&
		test_grep '^$prog: nonexistent: No such file or directory' err &&
		cat want want >want2 &&
		if [ $prog = ccstat ] || [ $prog = ccuniq ]; then
			test -s out
		else
			test_cmp want2 out
		fi
	"
	test_expect_success "$prog: a full disk is an error, exit 2" "
		test_expect_code 2 $prog $a $in >/dev/full 2>err &&
		test_grep '^$prog: write error: No space left on device' err
	"
	[ "$prog" = ccsplit ] && continue
	test_expect_success "$prog: a bad record is reported with name and line" "
		printf 'doc=a\ttext=x\nno equals sign\n' >bad.rec &&
		test_expect_code 2 $prog $a bad.rec >out 2>err &&
		test_grep '^$prog: bad.rec:2: no \"=\" in field 1' err
	"
	test_expect_success "$prog -s skips and counts bad records" "
		printf 'doc=a\ttext=x\nbad\nDoc=1\ndoc=b\ttext=y\n' >bad.rec &&
		$prog -s $a bad.rec >out 2>err &&
		test_grep '^$prog: 2 bad lines skipped' err
	"
done

test_expect_success 'a closed pipe ends ccfilter quietly' '
	if ! test_have ccfilter; then exit 0; fi
	i=0; while [ $i -lt 20 ]; do cat big.rec; i=$((i + 1)); done >huge.rec &&
	{ ccfilter doc -- huge.rec 2>err; echo $? >status; } | head -n 1 >out &&
	test "$(cat status)" = 141 &&
	test ! -s err
'

test_done
