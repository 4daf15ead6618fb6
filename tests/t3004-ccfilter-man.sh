#!/bin/sh
# Every example in man/ccfilter.1 is run here: the EXAMPLES section is
# cut into commands ("$ " lines in literal displays) and the output shown
# under each, the input file is made from the page's own "cat acts.rec",
# and each command's real output must equal what the page shows.

. "$(dirname "$0")/lib.sh"

awk '
	/^\.Sh / { inex = ($2 == "EXAMPLES") }
	!inex { next }
	/^\.Bd -literal/ { lit = 1; next }
	/^\.Ed/ { lit = 0; next }
	!lit { next }
	{ gsub(/\\e/, "\\"); gsub(/\\&/, "") }
	/^\$ / { n++; print substr($0, 3) >("cmd." n); printf "" >("exp." n); next }
	{ print >("exp." n) }
' "$SRC_DIR/man/ccfilter.1"

test_expect_success 'the page has examples' '
	test -f cmd.6
'
test_expect_success 'the first example shows the input file' '
	echo "cat acts.rec" >expect &&
	test_cmp expect cmd.1 &&
	cp exp.1 acts.rec
'
for c in cmd.*; do
	n=${c#cmd.}
	test_expect_success "example $n: $(tr -d "\\\\" <"$c")" "
		sh $c >out.$n 2>err.$n &&
		test_cmp exp.$n out.$n &&
		test_cmp /dev/null err.$n
	"
done
test_done
