#!/bin/sh
# ccsplit: datelines followed by a dash or a colon. The dash is part of the
# dateline record, so the records of the line rebuild it; date and source.
. "$(dirname "$0")/lib.sh"

# dl LINE: a page of a date bar, a headline and LINE.
dl() {
	printf 'Tuesday, July 9, 2024\n\nAgency names state hackers in breach\n\n%s\n' "$1" >in
}

test_expect_success 'place, date and agency, then a hyphen' '
	dl "CANBERRA, July 9 (Southern Cross Press) - Australia'\''s agency said so. It named APT40." &&
	ccsplit -p in >out &&
	printf "doc=in\tpar=1\toff=23\tkind=title\tdate=2024-07-09\tsource=Southern Cross Press\ttext=Agency names state hackers in breach\ndoc=in\tpar=2\toff=61\tkind=dateline\tdate=2024-07-09\tsource=Southern Cross Press\ttext=CANBERRA, July 9 (Southern Cross Press) -\ndoc=in\tpar=2\toff=103\tkind=body\tdate=2024-07-09\tsource=Southern Cross Press\ttext=Australia'\''s agency said so. It named APT40.\n" >expect &&
	test_cmp expect out
'
test_expect_success 'a place in capitals and an em dash' '
	dl "LONDON — Britain said on Monday that Russia was to blame. It gave no proof." &&
	ccsplit in >out &&
	printf "doc=in\tpar=1\tsent=1\toff=23\tkind=title\tdate=2024-07-09\ttext=Agency names state hackers in breach\ndoc=in\tpar=2\tsent=2\toff=61\tkind=dateline\tdate=2024-07-09\ttext=LONDON —\ndoc=in\tpar=2\tsent=3\toff=72\tkind=body\tdate=2024-07-09\ttext=Britain said on Monday that Russia was to blame.\ndoc=in\tpar=2\tsent=4\toff=121\tkind=body\tdate=2024-07-09\ttext=It gave no proof.\n" >expect &&
	test_cmp expect out
'
test_expect_success 'an agency in brackets and an em dash credit the source' '
	dl "WASHINGTON (Agency) — The FBI said it was North Korea." &&
	ccsplit in >out &&
	test_grep "kind=dateline	date=2024-07-09	source=Agency	text=WASHINGTON (Agency) —\$" out &&
	test_grep "kind=body	date=2024-07-09	source=Agency	text=The FBI said it" out
'
test_expect_success 'a date with an abbreviated month, agency and em dash' '
	dl "WASHINGTON, Feb. 2 (Atlantic Press Service) — The FBI blamed Pyongyang." &&
	ccsplit in >out &&
	test_grep "date=2024-02-02	source=Atlantic Press Service	text=WASHINGTON, Feb. 2 (Atlantic Press Service) —\$" out
'
test_expect_success 'an em dash with no spaces, a double hyphen, a colon' '
	dl "LONDON—Britain said it. Yes." &&
	ccsplit in >out &&
	test_grep "off=61	kind=dateline	date=2024-07-09	text=LONDON—\$" out &&
	test_grep "off=70	kind=body	date=2024-07-09	text=Britain said it.\$" out &&
	dl "THE HAGUE -- Dutch officials said so." &&
	ccsplit in >out &&
	test_grep "kind=dateline	date=2024-07-09	text=THE HAGUE --\$" out &&
	dl "Beijing, Apr 2 (Prensa Latina): The portal failed." &&
	ccsplit in >out &&
	test_grep "kind=dateline	date=2024-04-02	source=Prensa Latina	text=Beijing, Apr 2 (Prensa Latina):\$" out
'
test_expect_success 'the records of a dateline paragraph rebuild its line' '
	dl "CANBERRA, July 9 (Southern Cross Press) - Australia said so. It did." &&
	ccsplit in >out &&
	sed -n "s/.*kind=[a-z]*	.*text=//p" out | tail -n 3 | paste -s -d " " >got &&
	tail -n 1 in >expect &&
	test_cmp expect got
'
test_expect_success 'capitals and dashes without a sentence are no dateline' '
	dl "HOME - WORLD - TECH" &&
	ccsplit -b in >out &&
	! grep -q kind=dateline out &&
	dl "London — Britain said so, officials said." &&
	ccsplit in >out &&
	! grep -q kind=dateline out
'
test_done
