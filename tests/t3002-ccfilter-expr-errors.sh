#!/bin/sh
# ccfilter expression errors: each message names the offending word, is
# given before any input is read, and exits 2; regexes that hit a limit
# are errors naming pattern and line; deep nesting is refused cleanly.

. "$(dirname "$0")/lib.sh"

printf 'a=1\tcountry=NZ\n' >in

# experr MESSAGE WORD...: ccfilter WORD... fails with MESSAGE, no output.
experr() {
	msg=$1
	shift
	printf "%s\n" "ccfilter: $msg" >expect &&
	test_expect_code 2 ccfilter "$@" -- in >out 2>err &&
	test_cmp expect err &&
	test_cmp /dev/null out
}

test_expect_success 'empty value' '
	experr "expected value after \"country=\" (word 3)" a=1 and country=
'
test_expect_success 'empty value after !=' '
	experr "expected value after \"country!=\" (word 1)" country!=
'
test_expect_success 'empty regex' '
	experr "expected regex after \"country~\" (word 1)" "country~"
'
test_expect_success 'empty number' '
	experr "expected number after \"off<=\" (word 1)" "off<="
'
test_expect_success 'unbalanced (' '
	experr "unbalanced \"(\" (word 1)" "(" a=1 or a=2
'
test_expect_success 'unbalanced )' '
	experr "unbalanced \")\" (word 4)" a=1 or a=2 ")"
'
test_expect_success 'empty parentheses' '
	experr "expected an expression after \"(\" (word 2)" a=1 "(" ")"
'
test_expect_success 'dangling and' '
	experr "expected an expression after \"and\" (word 2)" a=1 and
'
test_expect_success 'leading or' '
	experr "expected an expression before \"or\" (word 1)" or a=1
'
test_expect_success 'not without operand' '
	experr "expected an expression after \"not\" (word 2)" a=1 not
'
test_expect_success 'bad key' '
	experr "bad key \"Country\" in \"Country=NZ\" (word 1)" Country=NZ
'
test_expect_success 'bad operator' '
	experr "bad operator in \"a!1\" (word 1): \"!\" must be followed by \"=\" or \"~\"" "a!1"
'
test_expect_success 'bad number' '
	experr "bad number \"1e3\" in \"off>1e3\" (word 1): a number is [-]digits[.digits]" "off>1e3"
'
test_expect_success 'bad escape in a value' '
	experr "bad escape \"\\\\q\" in \"text=a\\\\q\" (word 1): only \\\\ \\t \\n \\r are escapes" "text=a\\q"
'
test_expect_success 'invalid UTF-8 in a value' '
	experr "invalid UTF-8 in \"text=\\377\" (word 1)" "$(printf "text=\377")"
'
test_expect_success 'bad regex' '
	experr "bad regex \"a(\" (word 2): missing closing parenthesis at offset 2" a=1 "b~a("
'
test_expect_success 'bad regex: invalid UTF-8 in the pattern' '
	printf "%s\n" "ccfilter: bad regex \"\\377\" (word 1): UTF-8 error: illegal byte (0xfe or 0xff) at offset 0" >expect &&
	test_expect_code 2 ccfilter "$(printf "b~\377")" -- in 2>err &&
	test_cmp expect err
'
test_expect_success 'errors come before input is read' '
	rm -f fifo && mkfifo fifo &&
	{ sleep 5 >fifo & } &&
	test_expect_code 2 ccfilter "b~(" -- fifo >out 2>err &&
	test_grep "bad regex" err &&
	test_cmp /dev/null out &&
	kill $! 2>/dev/null; :
'

# Catastrophic backtracking: an error naming pattern, file and line.
awk 'BEGIN { s = "t="; for (i = 0; i < 5000; i++) s = s "a"; print "t=ok"; print s "b" }' >evil
test_expect_success 'catastrophic regex hits the match limit, exit 2' '
	test_expect_code 2 ccfilter "t~(a+)+$" <evil >out 2>err &&
	echo "ccfilter: <stdin>:2: regex \"(a+)+$\" (word 1) hit the match limit (raise it with -M)" >expect &&
	test_cmp expect err &&
	test_cmp /dev/null out
'
test_expect_success 'the limit is an error under -v and -q too' '
	test_expect_code 2 ccfilter -v "t~(a+)+$" <evil >out 2>err &&
	printf "t=ok\n" >expect &&
	test_cmp expect out &&
	test_expect_code 2 ccfilter -q "t~(a+)+$" <evil 2>err &&
	test_grep "hit the match limit" err
'
test_expect_success '-M sets the limit: low fails, default passes' '
	printf "t=aaaaaaaaaaaaaaaaaaaab\n" >a20 &&
	test_expect_code 2 ccfilter -M 1000 "t~(a+)+$" -- a20 2>err &&
	echo "ccfilter: a20:1: regex \"(a+)+$\" (word 1) hit the match limit (raise it with -M)" >expect &&
	test_cmp expect err &&
	test_expect_code 1 ccfilter "t~(a+)+$" -- a20 >out &&
	test_cmp /dev/null out
'
test_expect_success '-H bounds backtracking memory' '
	awk "BEGIN { s = \"t=\"; for (i = 0; i < 50000; i++) s = s \"ab\"; print s }" >long &&
	test_expect_code 2 ccfilter -H 40K "t~^(a|b)*$" -- long 2>err &&
	test_grep "^ccfilter: long:1: regex \"^(a|b)\*\\$\" (word 1) hit the" err &&
	ccfilter "t~^(a|b)*$" -- long >out &&
	test_cmp long out
'

# 10,000 nested parentheses: a clear error, no crash.
test_expect_success '10000 nested parentheses: refused, no crash' '
	set -f &&
	set -- $(awk "BEGIN { for (i = 0; i < 10000; i++) print \"(\"; print \"a=1\"; for (i = 0; i < 10000; i++) print \")\" }") &&
	test_expect_code 2 ccfilter "$@" -- in >out 2>err &&
	echo "ccfilter: expression nested too deeply at \"(\" (word 257): more than 256 levels of \"(\" and \"not\"" >expect &&
	test_cmp expect err
'
test_expect_success '10000 nots: refused, no crash' '
	set -- $(awk "BEGIN { for (i = 0; i < 10000; i++) print \"not\"; print \"a=1\" }") &&
	test_expect_code 2 ccfilter "$@" -- in >out 2>err &&
	test_grep "nested too deeply at \"not\" (word 257)" err
'
test_expect_success '256 levels work' '
	set -f &&
	set -- $(awk "BEGIN { for (i = 0; i < 256; i++) print \"(\"; print \"a=1\"; for (i = 0; i < 256; i++) print \")\" }") &&
	ccfilter "$@" -- in >out &&
	test_cmp in out
'
test_expect_success '10000 ORed tests work (chains do not nest)' '
	set -- $(awk "BEGIN { for (i = 0; i < 10000; i++) print \"a=x\" i, \"or\"; print \"a=1\" }") &&
	ccfilter "$@" -- in >out &&
	test_cmp in out
'
test_done
