#!/bin/sh
# cctag: states, blocs, actors and people, by every kind of mention.
. "$(dirname "$0")/lib.sh"

tag() {
	printf "doc=a\ttext=%s\n" "$1" >in &&
	cctag in >out &&
	if test -n "$2"; then
		printf "doc=a\t%s\ttext=%s\n" "$2" "$1" >expect
	else
		printf "doc=a\ttext=%s\n" "$1" >expect
	fi &&
	test_cmp expect out
}

test_expect_success 'the golden set of mentions' '
	cctag "$GOLDEN/cctag/mentions.in" >out &&
	test_cmp "$GOLDEN/cctag/mentions.out" out
'
test_expect_success 'names and multi-word names' '
	tag "Chile, New Zealand and the United Kingdom." \
	    "country=CL	country=NZ	country=GB"
'
test_expect_success 'variants and formal names' '
	tag "Britain and the People'\''s Republic of China." \
	    "country=GB	country=CN"
'
test_expect_success 'adjectives' '
	tag "Russian and Iranian officials." "country=RU	country=IR"
'
test_expect_success 'capitals and seats of government' '
	tag "Moscow, Canberra and the White House." \
	    "country=RU	country=AU	country=US"
'
test_expect_success 'possessives, straight and curly' '
	tag "China'\''s and Japan’s." "country=CN	country=JP"
'
test_expect_success 'hyphenated forms' '
	tag "Chinese-backed and Beijing-based." "country=CN"
'
test_expect_success 'acronyms are matched with their case' '
	tag "The US and us." "country=US" &&
	tag "NZ and the UK." "country=NZ	country=GB" &&
	tag "nz and uk." ""
'
test_expect_success 'a word inside a longer word is no mention' '
	tag "Chinatown and Indiana." ""
'
test_expect_success 'negative entries hide the names inside them' '
	tag "China Daily and The Washington Post." "" &&
	tag "Air China." "" &&
	tag "Michael Jordan." ""
'
test_expect_success 'Brussels as the seat of the EU is no state' '
	tag "The legation in Brussels." ""
'
test_expect_success 'blocs' '
	tag "The Five Eyes, NATO and the European Union." \
	    "org=FVEY	org=NATO	org=EU"
'
test_expect_success 'threat groups in their spellings, agencies' '
	tag "APT 31, APT-31 and the Ministry of State Security." \
	    "actor=APT31	actor=MSS"
'
test_expect_success 'an actor name naming a state tags the state' '
	tag "The Chinese Foreign Ministry." \
	    "country=CN	actor=Chinese Foreign Ministry"
'
test_expect_success 'a name several states use takes the state named' '
	tag "Russia'\''s Foreign Ministry." \
	    "country=RU	actor=Russian Foreign Ministry" &&
	tag "The Justice Department in Washington." "country=US	actor=DOJ" &&
	tag "Zhao Lijian, a foreign ministry spokesman." \
	    "actor=Chinese Foreign Ministry	person=Zhao Lijian" &&
	tag "The Foreign Ministry." ""
'
test_expect_success 'a vendor suffix names a group near cyber words' '
	tag "Plum Typhoon hacked them." "actor=Plum Typhoon	topic=cyber" &&
	tag "A Polar Bear was seen." ""
'
test_expect_success 'Unicode case folding' '
	tag "CHINA and ÉTATS." "country=CN"
'
test_expect_success 'a later short name is the full name seen before' '
	printf "doc=a\ttext=Judith Collins spoke.\ndoc=a\ttext=Collins spoke.\ndoc=b\ttext=Collins spoke.\n" >in &&
	cctag in >out &&
	printf "doc=a\tperson=Judith Collins\ttext=Judith Collins spoke.\ndoc=a\tperson=Judith Collins\ttext=Collins spoke.\ndoc=b\ttext=Collins spoke.\n" >expect &&
	test_cmp expect out
'
test_expect_success 'topic cyber from cyber words' '
	tag "Hackers broke in." "topic=cyber" &&
	tag "Trade talks resumed." ""
'
test_expect_success 'quotations, not quoted names' '
	tag "He called it “a clear attempt to defame us”." \
	    "event=denounce	act=denounce:>	quote=yes" &&
	tag "The “Five Eyes” alliance." "org=FVEY"
'
test_expect_success 'a quotation over several sentences' '
	printf "doc=a\ttext=“This was made up.\ndoc=a\ttext=It is a smear.\ndoc=a\ttext=We reject it.”\ndoc=a\ttext=Then nothing.\n" >in &&
	cctag in >out &&
	test "$(grep -c quote=yes out)" = 3 &&
	test_grep "^doc=a	text=Then nothing.$" out
'
test_done
