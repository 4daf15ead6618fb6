#!/bin/sh
# cctag: lexicon files (-f), the built-in lexicon printed (-P) and read
# back, and errors in lexicon files.
. "$(dirname "$0")/lib.sh"

T='	'

tagf() {
	printf "doc=a\ttext=%s\n" "$2" >in &&
	cctag -f "$1" in >out &&
	printf "doc=a\t%s\ttext=%s\n" "$3" "$2" >expect &&
	test_cmp expect out
}

test_expect_success 'the committed table is what lib/mklex.sh makes' '
	sh "$SRC_DIR/lib/mklex.sh" "$SRC_DIR" "$PWD/lexbuiltin.c" &&
	test_cmp "$SRC_DIR/lib/lexbuiltin.c" lexbuiltin.c
'
test_expect_success 'add a variant of a state' '
	printf "country${T}GB${T}Blighty\n" >a.lex &&
	tagf a.lex "Blighty won." "country=GB"
'
test_expect_success 'add a threat group with its state' '
	printf "actor${T}Volt Typhoon${T}Volt Typhoon${T}state=CN kind=apt\n" >b.lex &&
	tagf b.lex "Canada blamed Volt Typhoon." \
	    "country=CA	actor=Volt Typhoon	event=accuse	from=CA	to=CN	act=accuse:CA>CN"
'
test_expect_success 'add an event cue, verb and prefix' '
	printf "cue${T}accuse${T}fingered\ncue${T}deny${T}scoff*\n" >c.lex &&
	tagf c.lex "Japan fingered Russia." \
	    "country=JP	country=RU	event=accuse	from=JP	to=RU	act=accuse:JP>RU" &&
	tagf c.lex "Russia scoffed at the claims." \
	    "country=RU	event=deny	from=RU	act=deny:RU>"
'
test_expect_success 'a cue with need= counts only with its word after' '
	printf "cue${T}accuse${T}faulted${T}form=verb need=Hacking,spying\n" >n.lex &&
	tagf n.lex "Japan faulted Russia for hacking." \
	    "country=JP	country=RU	event=accuse	from=JP	to=RU	act=accuse:JP>RU	topic=cyber" &&
	tagf n.lex "Japan faulted Russia for its tone." "country=JP	country=RU" &&
	cctag -N -f n.lex -P >out &&
	test_grep "need=hacking,spying" out
'
test_expect_success 'form=list: X added Y to its sanctions list' '
	printf "cue${T}sanction${T}watch list${T}form=list\n" >l.lex &&
	tagf l.lex "Japan added Russia to its watch list." \
	    "country=JP	country=RU	event=sanction	from=JP	to=RU	act=sanction:JP>RU"
'
test_expect_success 'override a built-in entry' '
	printf "country${T}US${T}Georgia${T}kind=state\n" >d.lex &&
	tagf d.lex "Georgia." "country=US"
'
test_expect_success 'drop a built-in entry' '
	printf "drop${T}Georgia\n" >e.lex &&
	printf "doc=a\ttext=Georgia.\n" >in &&
	cctag -f e.lex in >out &&
	test_cmp in out
'
test_expect_success 'generic names resolved by state' '
	printf "generic${T}Kiwi Bureau${T}Secret Bureau${T}state=NZ\ngeneric${T}Aussie Bureau${T}Secret Bureau${T}state=AU\n" >gen.lex &&
	tagf gen.lex "The New Zealand Secret Bureau." \
	    "country=NZ	actor=Kiwi Bureau" &&
	tagf gen.lex "Australia'\''s Secret Bureau." "country=AU	actor=Aussie Bureau" &&
	printf "doc=a\ttext=The Secret Bureau.\n" >in &&
	cctag -f gen.lex in >out &&
	test_cmp in out &&
	printf "generic${T}Some Bureau${T}Secret Bureau${T}state=*\n" >>gen.lex &&
	tagf gen.lex "The Secret Bureau." "actor=Some Bureau"
'
test_expect_success 'a backslash in a value is escaped on output' '
	printf "actor${T}A\\\\B${T}Zorgon\n" >bs.lex &&
	printf "doc=a\ttext=Zorgon.\n" >in &&
	cctag -f bs.lex in >out &&
	printf "doc=a\tactor=A\\\\\\\\B\ttext=Zorgon.\n" >expect &&
	test_cmp expect out
'
test_expect_success 'a case-sensitive entry' '
	printf "country${T}IN${T}IND${T}case\n" >f.lex &&
	tagf f.lex "IND and ind." "country=IN"
'
test_expect_success 'several files, later ones win' '
	printf "country${T}FR${T}Blighty\n" >g.lex &&
	printf "doc=a\ttext=Blighty.\n" >in &&
	cctag -f a.lex -f g.lex in >out &&
	printf "doc=a\tcountry=FR\ttext=Blighty.\n" >expect &&
	test_cmp expect out
'
test_expect_success 'comments, blank lines and CRLF are fine' '
	printf "# a comment\n\n   # indented\ncountry${T}GB${T}Blighty\r\n" >h.lex &&
	tagf h.lex "Blighty." "country=GB"
'
test_expect_success '-N: only the files given' '
	printf "doc=a\ttext=China and Blighty.\n" >in &&
	cctag -N -f a.lex in >out &&
	printf "doc=a\tcountry=GB\ttext=China and Blighty.\n" >expect &&
	test_cmp expect out
'
test_expect_success '-P prints the built-in lexicon in the file format' '
	cctag -P >lex &&
	test_grep "^country${T}CN${T}China${T}" lex &&
	test_grep "^cue${T}accuse${T}accus\*${T}form=verb$" lex &&
	test_grep "^not${T}-${T}China Daily" lex
'
test_expect_success 'printed and reloaded, it prints the same' '
	cctag -P >lex &&
	cctag -N -f lex -P >again &&
	test_cmp lex again
'
test_expect_success 'printed and reloaded, it tags the same' '
	cctag -P >lex &&
	cat "$GOLDEN/cctag/mentions.in" "$GOLDEN/cctag/events.in" >in &&
	cctag in >want &&
	cctag -N -f lex in >got &&
	test_cmp want got
'
test_expect_success 'printed with changes, reloaded, the same' '
	cctag -f a.lex -f e.lex -f b.lex -P >lex &&
	cctag -N -f lex -P >again &&
	test_cmp lex again &&
	! grep "${T}Georgia${T}" lex
'
test_expect_success 'printed and reloaded, the seeds tag the same' '
	if ! test -f "$SHARED/corpus/seeds.gold.jsonl"; then exit 0; fi &&
	python3 "$SHARED/tools/score.py" --gold "$SHARED/corpus/seeds.gold.jsonl" --emit-records >in &&
	cctag -P >lex &&
	cctag in >want &&
	cctag -N -f lex in >got &&
	test_cmp want got
'

# bad LINE MESSAGE: a lexicon file of LINE is refused with MESSAGE at
# line 2, exit 2, before any record is read.
bad() {
	printf "# first\n%s\n" "$1" >bad.lex &&
	printf "doc=a\ttext=China\n" >in &&
	test_expect_code 2 cctag -f bad.lex in >out 2>err &&
	printf "cctag: bad.lex:2: %s\n" "$2" >expect &&
	test_cmp expect err &&
	test_cmp /dev/null out
}
test_expect_success 'error: unknown type' '
	bad "state${T}CN${T}China" "unknown type \"state\""
'
test_expect_success 'error: missing phrase' '
	bad "country${T}CN" "country entry wants value and phrase"
'
test_expect_success 'error: empty phrase' '
	bad "country${T}CN${T}" "empty phrase"
'
test_expect_success 'error: bad country code' '
	bad "country${T}China${T}Cathay" \
	    "country code \"China\" is not two capital letters"
'
test_expect_success 'error: bad state' '
	bad "actor${T}X${T}X${T}state=china" "state \"china\" is not a code"
'
test_expect_success 'error: bad option' '
	bad "country${T}CN${T}Cathay${T}loud" "bad option \"loud\""
'
test_expect_success 'error: unknown cue' '
	bad "cue${T}praise${T}lauded" "unknown cue \"praise\""
'
test_expect_success 'error: bad suffix state' '
	bad "suffix${T}china${T}Dragon" \
	    "suffix state \"china\" is not a code or \"-\""
'
test_expect_success 'error: unknown form' '
	bad "cue${T}accuse${T}fingered${T}form=adverb" "unknown form \"adverb\""
'
test_expect_success 'error: a prefix on a name' '
	bad "country${T}CN${T}Chin*" "only cue and topic entries may end in '"'"'*'"'"'"
'
test_expect_success 'error: a prefix of two words' '
	bad "cue${T}accuse${T}point fing*" \
	    "a prefix must be one word of two letters or more"
'
test_expect_success 'error: too many fields' '
	bad "country${T}CN${T}China${T}case${T}more" "too many fields"
'
test_expect_success 'error: drop of nothing' '
	bad "drop${T}Atlantis" "nothing to drop: \"Atlantis\""
'
test_expect_success 'error: invalid UTF-8' '
	bad "$(printf "country${T}CN${T}\377")" "invalid UTF-8"
'
test_expect_success 'error: a carriage return inside a line' '
	bad "$(printf "country${T}CN${T}Ch\rina")" "carriage return inside a line"
'
test_expect_success 'error: a phrase of no words' '
	bad "country${T}CN${T} " "phrase has no words"
'
test_expect_success 'error: an unreadable lexicon file' '
	test_expect_code 2 cctag -f nosuch.lex </dev/null >out 2>err &&
	test_grep "^cctag: nosuch.lex: No such file or directory" err
'
test_done
