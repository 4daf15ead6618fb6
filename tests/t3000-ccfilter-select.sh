#!/bin/sh
# ccfilter: every operator, the boolean words and precedence, on a small
# hand-made record file whose expected selections are written out by
# line number; then golden outputs on real records (tests/golden).

. "$(dirname "$0")/lib.sh"

# pick N ...: the lines N ... of in, the expected selection.
pick() {
	for n in "$@"; do
		sed -n "${n}p" in
	done
}

# sel WANT EXPR...: ccfilter EXPR <in selects exactly lines WANT ("" none).
sel() {
	want=$1
	shift
	pick $want >expect &&
	if [ -n "$want" ]; then code=0; else code=1; fi &&
	test_expect_code $code ccfilter "$@" <in >out &&
	test_cmp expect out
}

printf '%s\n' \
	'doc=a	sent=1	country=NZ	country=CN	event=accuse	off=10	text=New Zealand accuses China' \
	'doc=a	sent=2	country=CN	event=deny	off=57	text=China denies\tit' \
	'doc=b	sent=1	country=US	event=sanction	off=0	text=The US sanctions' \
	'doc=b	sent=2	off=x	text=Nothing \\ here' \
	'doc=c	sent=1	country=GB	score=-1.5	text=café «quoted»' >in

test_expect_success '= selects records with that value' '
	sel "1" country=NZ
'
test_expect_success '= on the second value of a repeated key' '
	sel "1 2" country=CN
'
test_expect_success '= is field-exact, not a substring' '
	sel "" country=N &&
	sel "" ountry=NZ &&
	sel "" "country=NZ	country=CN"
'
test_expect_success '= never matches inside another field' '
	printf "text=see country=NZ\tn=country=NZ\n" >inner &&
	test_expect_code 1 ccfilter country=NZ -- inner >out &&
	test_cmp /dev/null out
'
test_expect_success '= with nothing selected exits 1' '
	sel "" country=FR
'
test_expect_success '!= means no value equals (absent key included)' '
	sel "2 3 4 5" country!=NZ &&
	sel "3 4 5" country!=CN
'
test_expect_success '~ matches some value (PCRE2, unanchored)' '
	sel "1 2 3" "country~^(NZ|US|CN)$" &&
	sel "1 3" "text~ac|sanc"
'
test_expect_success '!~ means no value matches' '
	sel "3 4 5" "country!~^C" &&
	sel "4" "country!~."
'
test_expect_success 'regex is UTF-8 and Unicode aware (\\w matches é)' '
	sel "5" "text~caf.\\s«" &&
	sel "5" "text~^\\w+ «\\w+»$"
'
test_expect_success '= with escapes: \t and \\ as in records' '
	sel "2" "text=China denies\\tit" &&
	sel "4" "text=Nothing \\\\ here"
'
test_expect_success '= with a raw TAB in the word means \t' '
	sel "2" "text=China denies	it"
'
test_expect_success '~ sees unescaped values: \t is a TAB' '
	sel "2" "text~denies\\tit" &&
	sel "4" "text~g \\\\ h"
'
test_expect_success 'presence and absence' '
	sel "1 2 3 5" country &&
	sel "4" not country &&
	sel "5" score
'
test_expect_success 'numbers: < <= > >=' '
	sel "3" "off<10" &&
	sel "1 3" "off<=10" &&
	sel "2" "off>10" &&
	sel "1 2" "off>=10"
'
test_expect_success 'numbers: decimals and negatives' '
	sel "5" "score<-1" &&
	sel "5" "score>=-1.5" &&
	sel "" "score>-1.5" &&
	sel "1 2 3" "off>-0.5"
'
test_expect_success 'a non-number value is not in any relation' '
	sel "" "off<0" off=x &&
	sel "4" off=x not "off<0" not "off>=0"
'
test_expect_success 'operands are ANDed; and is the same' '
	sel "1" country=CN event=accuse &&
	sel "1" country=CN and event=accuse
'
test_expect_success 'two values of one key, both required' '
	sel "1" country=CN country=NZ &&
	sel "" country=CN country=US
'
test_expect_success 'nine = tests (more than the scan checks at once)' '
	sel "1" doc=a sent=1 country=NZ country=CN event=accuse off=10 \
	    "text=New Zealand accuses China" doc=a country=CN &&
	sel "" doc=a sent=1 country=NZ country=CN event=accuse off=10 \
	    "text=New Zealand accuses China" doc=a country=US
'
test_expect_success 'or' '
	sel "1 3" event=accuse or event=sanction
'
test_expect_success 'and binds tighter than or' '
	sel "1 3" event=accuse and country=CN or event=sanction &&
	sel "3" event=sanction or event=accuse and country=US
'
test_expect_success 'parentheses group' '
	sel "" "(" event=sanction or event=accuse ")" and country=GB &&
	sel "1" "(" event=sanction or event=accuse ")" and country=NZ
'
test_expect_success 'not binds tighter than and' '
	sel "3 5" not country=CN and country &&
	sel "4" not "(" country=CN or country ")"
'
test_expect_success 'not not' '
	sel "1" not not country=NZ
'

# Real records: a sample of the gold seed records, golden selections.
S=$GOLDEN/ccfilter/seeds.rec
golden() {
	name=$1
	shift
	ccfilter "$@" -- "$S" >out &&
	test_cmp "$GOLDEN/ccfilter/$name.out" out
}
test_expect_success 'golden: country=NZ' '
	golden country-NZ country=NZ
'
test_expect_success 'golden: who denies an accusation by whom' '
	golden deny-acts "act~^deny:CN>" or "act~^deny:.*>CN$"
'
test_expect_success 'golden: quotes by a named speaker, not NZ' '
	golden quote-not-nz quote=yes speaker not country=NZ
'
test_expect_success 'golden: records pass through byte for byte' '
	ccfilter doc -- "$S" >out &&
	cmp "$S" out
'
test_done
