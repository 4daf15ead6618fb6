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
# alone LINE: a page of a site name, a menu, a date bar, a headline, LINE
# as a paragraph of its own and prose.
alone() {
	printf 'Site\nMenu | World\nMonday, 26 October 2020\n\nEU fines a company over data leak\n\n%s\n\nThe European Union on Thursday fined the firm. It said the breach was severe.\n' "$1" >in
}

test_expect_success 'a dateline alone on its line, under the headline' '
	alone "BRUSSELS, 22 October 2020" &&
	ccsplit in >out &&
	printf "doc=in\tpar=1\tsent=1\toff=43\tkind=title\tdate=2020-10-22\ttext=EU fines a company over data leak\ndoc=in\tpar=2\tsent=2\toff=78\tkind=dateline\tdate=2020-10-22\ttext=BRUSSELS, 22 October 2020\ndoc=in\tpar=3\tsent=3\toff=105\tkind=body\tdate=2020-10-22\ttext=The European Union on Thursday fined the firm.\ndoc=in\tpar=3\tsent=4\toff=152\tkind=body\tdate=2020-10-22\ttext=It said the breach was severe.\n" >expect &&
	test_cmp expect out
'
test_expect_success 'its forms: title, dateline, date, one document' '
	while IFS=@ read -r line date src; do
		alone "$line" &&
		ccsplit -b in >out || exit 1
		s=${src:+source=$src	}
		test_grep "kind=title	date=$date	${s}text=EU fines a company over data leak\$" out &&
		test_grep "kind=dateline	date=$date	${s}text=$line\$" out &&
		test_grep "kind=boiler	date=$date	${s}text=Monday, 26 October 2020\$" out &&
		test $(grep -c "kind=body	date=$date	" out) = 2 &&
		test $(grep -c "kind=dateline" out) = 1 &&
		test $(cut -f1 out | sort -u | wc -l) = 1 ||
		{ echo "$line"; cat out; exit 1; }
	done <<-\EOF
	BRUSSELS, 22 October 2020@2020-10-22@
	BRUSSELS, October 22, 2020@2020-10-22@
	BRUSSELS, 22 October@2020-10-22@
	BRUSSELS, 22 October 2020 (Agency)@2020-10-22@Agency
	BRUSSELS (Agency)@2020-10-26@Agency
	WASHINGTON, Oct. 4 --@2020-10-04@
	EOF
'
test_expect_success 'with -p the dateline paragraph is one record' '
	alone "BRUSSELS, 22 October" &&
	ccsplit -p in >out &&
	printf "doc=in\tpar=1\toff=43\tkind=title\tdate=2020-10-22\ttext=EU fines a company over data leak\ndoc=in\tpar=2\toff=78\tkind=dateline\tdate=2020-10-22\ttext=BRUSSELS, 22 October\ndoc=in\tpar=3\toff=100\tkind=body\tdate=2020-10-22\ttext=The European Union on Thursday fined the firm. It said the breach was severe.\n" >expect &&
	test_cmp expect out
'
test_expect_success 'a date bar right above prose is no dateline' '
	printf "Site\nMonday, 26 October 2020\n\nThe European Union on Thursday fined the firm. It said so.\n" >in &&
	ccsplit -b in >out &&
	! grep -q kind=dateline out &&
	test_grep "kind=boiler	date=2020-10-26	text=Monday, 26 October 2020\$" out
'
test_expect_success 'a place and date alone with no prose under it is no dateline' '
	printf "Site\n\nEU fines a company over data leak\n\nBRUSSELS, 22 October 2020\n\nRead more\n" >in &&
	ccsplit -b in >out &&
	! grep -q kind=dateline out
'
test_expect_success 'on a stream, a page with a dateline alone is a new document' '
	alone "BRUSSELS, 22 October 2020" &&
	mv in b.txt &&
	printf "Other Site\n\nHackers hit a port\n\nThe port said on Monday that hackers hit it. It named no one.\n\nRelated stories\n- Ports on alert\n\n\302\251 2020 Other Site\n" >a.txt &&
	cat a.txt b.txt >in &&
	ccsplit -b <in >out &&
	test $(cut -f1 out | uniq | wc -l) = 2 &&
	test_grep "^doc=-#2	par=1	sent=1	off=0	kind=boiler	date=2020-10-22	text=Site\$" out &&
	test_grep "^doc=-#2	.*kind=title	date=2020-10-22	text=EU fines a company" out &&
	test_grep "^doc=-#2	.*kind=dateline	date=2020-10-22	text=BRUSSELS, 22 October 2020\$" out
'
test_expect_success 'in the body, a place and date alone starts no document' '
	printf "Site\n\nEU fines a company over data leak\n\nThe European Union on Monday fined the firm. It said so.\n\nGENEVA, 23 October\n\nThe court said, on Friday, it would hear the case. It gave no date.\n" >in &&
	ccsplit in >out &&
	test $(cut -f1 out | sort -u | wc -l) = 1
'
test_done
