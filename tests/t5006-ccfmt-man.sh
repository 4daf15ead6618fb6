#!/bin/sh
# ccfmt: the manual is lint-clean and its EXAMPLES print what it shows.
. "$(dirname "$0")/lib.sh"
MAN=$SRC_DIR/man/ccfmt.1

if test_have mandoc; then
	test_expect_success 'mandoc -Tlint finds nothing' '
		mandoc -Tlint -W warning "$MAN" >out 2>&1 &&
		test_cmp /dev/null out
	'
else
	test_skip 'mandoc -Tlint finds nothing' 'mandoc not installed'
fi

test_expect_success 'SYNOPSIS and usage() agree on the options' '
	ccfmt -h >usage &&
	for o in "-ahlsV" "-c key,..." "-d sep" "-i format" "-L size" \
	    "-o format" "-w width"; do
		grep -q -e "\[$o\]" usage || { echo "$o not in usage"; exit 1; }
	done &&
	mandoc -Tascii "$MAN" | col -b >page &&
	grep -q "ccfmt \[-ahlsV\] \[-c key,...\] \[-d sep\] \[-i format\] \[-L size\] \[-o format\]" page
'

# Each "$ command" line of a literal display in EXAMPLES, and the lines
# under it up to the next command, become ex/NN.cmd and ex/NN.exp.
mkdir ex
awk '
/^\.Sh EXAMPLES/ { ex = 1; next }
/^\.Sh / { ex = 0 }
!ex { next }
/^\.Bd -literal/ { lit = 1; cur = ""; next }
/^\.Ed/ { lit = 0; next }
!lit { next }
{ gsub(/\\e/, "\\") }
/^\$ / {
	cur = sprintf("ex/%02d", ++n)
	print substr($0, 3) > (cur ".cmd")
	printf "" > (cur ".exp")
	next
}
cur != "" { print > (cur ".exp") }
' "$MAN"
cp "$GOLDEN/ccfmt/man-in.rec" in.rec
cp "$GOLDEN/ccfmt/man-page.jsonl" page.jsonl

test_expect_success 'EXAMPLES has its commands' '
	test "$(ls ex/*.cmd | wc -l)" = 8
'

test_expect_success 'page.jsonl is the one the page shows' '
	grep -qxF "$(cat page.jsonl)" "$MAN"
'

for c in ex/*.cmd; do
	cmd=$(cat "$c")
	test_expect_success "example: $cmd" '
		sh -c "$(cat '"$c"')" >out.raw 2>err &&
		tr -d "\r" <out.raw >out &&
		test_cmp '"${c%.cmd}"'.exp out &&
		test_cmp /dev/null err
	'
done

test_expect_success 'the CSV example does end its lines with CR LF' '
	ccfmt -o csv -c doc,country,text in.rec >out &&
	test "$(grep -c "$(printf "\r")\$" out)" = 3
'

test_done
