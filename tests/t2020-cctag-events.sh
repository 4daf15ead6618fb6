#!/bin/sh
# cctag: events, their parties (from, to, act), speakers.
. "$(dirname "$0")/lib.sh"

# acts TEXT WANT: the act, neg and speaker tags of TEXT are WANT.
acts() {
	printf "doc=a\ttext=%s\n" "$1" >in &&
	cctag in >out &&
	tr "\t" "\n" <out | grep -E "^(act|neg|speaker)=" | tr "\n" " " >got &&
	printf "%s " $2 >expect &&
	test_cmp expect got
}

test_expect_success 'the golden set of events' '
	cctag "$GOLDEN/cctag/events.in" >out &&
	test_cmp "$GOLDEN/cctag/events.out" out
'
test_expect_success 'the golden set of news sentences' '
	cctag "$GOLDEN/cctag/news.in" >out &&
	test_cmp "$GOLDEN/cctag/news.out" out
'
test_expect_success 'active: X accused Y of' '
	acts "Britain accused Russia of hacking." "act=accuse:GB>RU"
'
test_expect_success 'passive: Y was accused by X' '
	acts "Russia was accused by Britain of hacking." "act=accuse:GB>RU"
'
test_expect_success 'X blamed Y, with groups of parties' '
	acts "The US, Britain and Canada blamed China and Russia." \
	    "act=accuse:US>CN act=accuse:US>RU act=accuse:GB>CN act=accuse:GB>RU act=accuse:CA>CN act=accuse:CA>RU"
'
test_expect_success 'noun: accusations by X against Y' '
	acts "Accusations by Canada against Iran mounted." "act=accuse:CA>IR"
'
test_expect_success 'a noun with no party is no event' '
	acts "Despite the accusations, talks went on." "neg=accuse"
'
test_expect_success 'Y rejected X'\''s claims' '
	acts "China rejected Australia'\''s claims." "act=deny:CN>AU"
'
test_expect_success 'reported: X said Y was behind' '
	acts "Canada said Russia was behind the breach." \
	    "act=accuse:CA>RU speaker=CA"
'
test_expect_success 'reported: X said Y hacked, X a victim named after' '
	acts "Japan said Chinese hackers attacked Japanese banks." \
	    "act=accuse:JP>CN act=victim:JP>CN speaker=JP"
'
test_expect_success 'attribution to a threat group gives its state' '
	acts "Canada attributed the attack to APT28." "act=accuse:CA>RU"
'
test_expect_success 'a group named by a vendor suffix gives its state' '
	acts "Canada blamed Plum Typhoon for the hacking." "act=accuse:CA>CN"
'
test_expect_success 'reported after the fact: Y hacked, X said' '
	acts "Gummy Bear hacked the Senate, Canada said." \
	    "act=accuse:CA>RU speaker=CA"
'
test_expect_success 'accusation and denial in one sentence' '
	acts "Beijing denied the charges after Washington accused it." \
	    "act=accuse:US>CN act=deny:CN>US"
'
test_expect_success 'negated events are no events' '
	acts "The EU has so far avoided imposing sanctions on Russia." \
	    "neg=sanction" &&
	acts "Britain did not accuse China." "neg=accuse"
'
test_expect_success 'hypothetical events are no events' '
	acts "If Canada sanctions Iran, Tehran could respond." "neg=sanction"
'
test_expect_success 'a mission'\''s act is aimed at its host state' '
	acts "The Chinese embassy in Ottawa rejected the accusations." \
	    "act=deny:CN>CA"
'
test_expect_success 'a person'\''s or agency'\''s act gives their state' '
	acts "Zhao Lijian denounced the United States." "act=denounce:CN>US" &&
	acts "The Justice Department charged five Russian officers." \
	    "act=charge:US>RU"
'
test_expect_success 'a company acts under its name' '
	acts "Microsoft blamed Russia." "act=accuse:Microsoft>RU"
'
test_expect_success 'sanction, victim, demand, threaten' '
	acts "Britain sanctioned Russia." "act=sanction:GB>RU" &&
	acts "Iran said it was the victim of cyberattacks." \
	    "act=victim:IR> speaker=IR" &&
	acts "NATO urged Russia to stop." "act=demand:NATO>RU" &&
	acts "Moscow threatened countermeasures against the EU." \
	    "act=threaten:RU>EU"
'
test_expect_success 'speakers: X said, said X, according to X' '
	acts "Japan said nothing more." "speaker=JP" &&
	acts "“We will see,” said Zhao Lijian." "speaker=Zhao Lijian" &&
	acts "According to the Chinese embassy, it was fine." "speaker=CN"
'
test_expect_success 'speakers: who say, a quotation with no verb of saying' '
	acts "China rejects the claims of Japan, who say Russia is behind it." \
	    "act=deny:CN>JP speaker=JP" &&
	acts "Japan, who says Russia is behind it, spoke." \
	    "act=accuse:JP>RU speaker=JP" &&
	acts "China called the claims “a smear and a lie from start to end”." \
	    "act=denounce:CN> speaker=CN"
'
test_expect_success 'an event verb alone sets no speaker' '
	acts "China denied it." "act=deny:CN>"
'
test_expect_success 'in a quotation the speaker acts' '
	acts "“The United States is the biggest hacker,” said Zhao Lijian." \
	    "act=accuse:CN>US speaker=Zhao Lijian"
'
test_expect_success 'a later short name acts for its state' '
	printf "doc=a\ttext=Antony Blinken spoke.\ndoc=a\ttext=Blinken accused Russia.\n" >in &&
	cctag in >out &&
	test_grep "person=Antony Blinken	event=accuse	from=US	to=RU	act=accuse:US>RU" out
'
test_done
