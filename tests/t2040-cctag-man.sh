#!/bin/sh
# cctag: the EXAMPLES of cctag(1) and cc-lexicon(5), run as printed.
. "$(dirname "$0")/lib.sh"

# example PAGE N: the N-th "$ " command block's output in PAGE, as the
# page prints it (mandoc's \e becomes \).
example_out() {
	awk -v n="$2" '
	/^\.Bd -literal/ { inbd = 1; k++; next }
	/^\.Ed/ { inbd = 0; next }
	inbd && k == n && !/^\$ / { gsub(/\\e/, "\\"); print }
	' "$1"
}

test_expect_success 'cctag(1): tag one sentence' '
	printf "doc=a\ttext=China denied the accusations after the United States accused it of hacking.\n" | cctag >out &&
	example_out "$SRC_DIR/man/cctag.1" 1 >expect &&
	test_cmp expect out
'
test_expect_success 'cctag(1): a mission and a person' '
	printf "doc=a\ttext=The Chinese embassy in Wellington rejected the claims, Zhao Lijian said.\n" | cctag >out &&
	example_out "$SRC_DIR/man/cctag.1" 2 >expect &&
	test_cmp expect out
'
test_expect_success 'cctag(1): a threat group from a lexicon file' '
	printf "actor\tVolt Typhoon\tVolt Typhoon\tstate=CN kind=apt\n" >my.lex &&
	printf "doc=a\ttext=Canada blamed Volt Typhoon.\n" | cctag -f my.lex >out &&
	example_out "$SRC_DIR/man/cctag.1" 3 >expect &&
	test_cmp expect out
'
test_expect_success 'cctag(1): the pipeline runs when its tools exist' '
	if ! test_have ccsplit || ! test_have ccfilter || ! test_have ccstat; then
		exit 0
	fi &&
	mkdir pages && cp "$SRC_DIR"/examples/pages/*.txt pages/ &&
	cat pages/*.txt | ccsplit | cctag | ccfilter event=accuse | ccstat act >out &&
	test -s out
'
test_expect_success 'cc-lexicon(5): the example file' '
	example_out "$SRC_DIR/man/cc-lexicon.5" 3 >my.lex &&
	test_grep "^drop	Georgia$" my.lex &&
	printf "doc=a\ttext=Blighty fingered Volt Typhoon in Georgia.\n" | cctag -f my.lex >out &&
	example_out "$SRC_DIR/man/cc-lexicon.5" 4 >expect &&
	test_cmp expect out
'
test_expect_success 'cc-lexicon(5): the error' '
	printf "country\tChina\tCathay\n" >bad.lex &&
	test_expect_code 2 cctag -f bad.lex </dev/null >out 2>err &&
	example_out "$SRC_DIR/man/cc-lexicon.5" 5 >expect &&
	test_cmp expect err
'
test_expect_success 'the man pages are lint clean' '
	if ! test_have mandoc; then exit 0; fi &&
	mandoc -Tlint -W warning "$SRC_DIR/man/cctag.1" "$SRC_DIR/man/cc-lexicon.5" >out 2>&1 &&
	test_cmp /dev/null out
'
test_expect_success 'cctag(1): a person found by place, a sanction over hacks' '
	printf "doc=a\ttext=The Treasury sanctioned Jo Myong Hak, a North Korean officer, over hacks of U.S. banks.\n" | cctag >out &&
	example_out "$SRC_DIR/man/cctag.1" 5 >expect &&
	test_cmp expect out
'
test_done
