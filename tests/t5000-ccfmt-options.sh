#!/bin/sh
# ccfmt: options, usage and the checks made before any input is read.
. "$(dirname "$0")/lib.sh"

cat >usage.expect <<'EOT'
usage: ccfmt [-ahlsV] [-c key,...] [-d sep] [-i format] [-L size] [-o format] [-w width]
             [file ...]
EOT

test_expect_success '-h prints usage on stdout, exit 0' '
	ccfmt -h >out 2>err &&
	test_cmp usage.expect out &&
	test_cmp /dev/null err
'

test_expect_success '-V prints the version' '
	ccfmt -V >out &&
	echo "ccfmt (cc) 0.1.0" >expect &&
	test_cmp expect out
'

test_expect_success 'bad option: getopt message and usage, exit 2' '
	test_expect_code 2 ccfmt -x </dev/null >out 2>err &&
	test_cmp /dev/null out &&
	test_grep "invalid option -- .x" err &&
	test_grep "^usage: ccfmt" err
'

# check_err EXPECTED-MESSAGE ARG...: ccfmt ARG... fails with exit 2, that
# message and no output, before reading its (empty) input.
check_err() {
	msg=$1
	shift
	test_expect_code 2 ccfmt "$@" </dev/null >out 2>err &&
	test_cmp /dev/null out &&
	echo "$msg" >expect &&
	test_cmp expect err
}

test_expect_success 'unknown output format' '
	check_err "ccfmt: -o xml: unknown format" -o xml
'
test_expect_success 'unknown input format' '
	check_err "ccfmt: -i csv: unknown format" -i csv
'
test_expect_success '-o tsv without -c' '
	check_err "ccfmt: -o tsv needs the columns: -c key,..." -o tsv
'
test_expect_success '-o csv without -c' '
	check_err "ccfmt: -o csv needs the columns: -c key,..." -o csv
'
test_expect_success '-c with JSON output' '
	check_err "ccfmt: -c applies to -o tsv and -o csv only" -c doc
'
test_expect_success '-c with a bad key' '
	check_err "ccfmt: -c: bad key \"Doc\"" -o tsv -c text,Doc
'
test_expect_success '-c with an empty key' '
	check_err "ccfmt: -c: bad key \"\"" -o csv -c doc,,text
'
test_expect_success '-d with a TAB' '
	check_err "ccfmt: -d: the separator must be UTF-8 text without TAB, CR, LF or backslash" \
	    -d "$(printf "\t")"
'
test_expect_success '-d empty' '
	check_err "ccfmt: -d: the separator must be UTF-8 text without TAB, CR, LF or backslash" \
	    -d ""
'
test_expect_success '-w not a number' '
	check_err "ccfmt: -w wide: invalid" -w wide
'
test_expect_success '-w too large' '
	check_err "ccfmt: -w 100001: too large" -w 100001
'
test_expect_success '-L zero' '
	check_err "ccfmt: -L 0: too small" -L 0
'

test_expect_success 'options after the first operand are operands' '
	printf "a=1\n" >in &&
	test_expect_code 2 ccfmt in -a >out 2>err &&
	printf "{\"a\":\"1\"}\n" >expect &&
	test_cmp expect out &&
	echo "ccfmt: -a: No such file or directory" >expect &&
	test_cmp expect err
'

test_expect_success '-- ends the options' '
	printf "a=1\n" >-a &&
	ccfmt -- -a >out &&
	printf "{\"a\":\"1\"}\n" >expect &&
	test_cmp expect out
'

test_expect_success 'the default output of -i json is records' '
	printf "{\"a\":1}\n" >in &&
	ccfmt -i json in >out &&
	printf "a=1\n" >expect &&
	test_cmp expect out
'

test_expect_success '-o rec passes records through' '
	printf "a=1\tb=x\\\\ty\n" >in &&
	ccfmt -o rec in >out &&
	test_cmp in out
'

test_expect_success '-l gives the same output' '
	ccfmt -l "$GOLDEN/ccfmt/gold.rec" >out &&
	test_cmp "$GOLDEN/ccfmt/gold.json" out
'

test_expect_success 'empty input gives no output, exit 0' '
	ccfmt </dev/null >out &&
	test_cmp /dev/null out
'

test_expect_success 'empty input with -o csv gives the header' '
	ccfmt -o csv -c doc,text </dev/null >out &&
	printf "doc,text\r\n" >expect &&
	test_cmp expect out
'

test_done
