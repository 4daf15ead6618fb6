#!/bin/sh
# cctag on forms of news the seed pages lack: the golden output of one
# sentence per form (forms.in), the development set written for the
# project (dev/: dev.src gives the gold labels, tests/golden/cctag/mkdev.py dev makes dev.in and
# dev.gold.jsonl from it) with its golden output, and the F1 reached on it
# per key, asserted as a floor with a small margin (F1 when written: event
# 0.93, from 0.97, to 0.98, act 0.90, speaker 0.96, actor 0.98, country
# 0.99, topic 0.97, org, person and quote 1.00). The scores need the
# shared scorer and are skipped without it.
. "$(dirname "$0")/lib.sh"

# acts TEXT WANT: the act, neg and speaker tags of TEXT are WANT.
acts() {
	printf "doc=a\ttext=%s\n" "$1" >in &&
	cctag in >out &&
	tr "\t" "\n" <out | grep -E "^(act|neg|speaker)=" | tr "\n" " " >got &&
	for w in $2; do printf "%s " "$w"; done >expect &&
	test_cmp expect got
}

test_expect_success 'the golden set of event forms' '
	cctag "$GOLDEN/cctag/forms.in" >out &&
	test_cmp "$GOLDEN/cctag/forms.out" out
'
test_expect_success 'the golden output of the development set' '
	cctag "$GOLDEN/cctag/dev/dev.in" >out &&
	test_cmp "$GOLDEN/cctag/dev/dev.out" out
'
test_expect_success 'reported: X said the attack was carried out by Y' '
	acts "Canada said the breach was carried out by APT28." \
	    "act=accuse:CA>RU speaker=CA"
'
test_expect_success 'X held Y responsible, X named Y as the culprit' '
	acts "Japan held China responsible for the intrusion." \
	    "act=accuse:JP>CN" &&
	acts "The Netherlands named Russia as the culprit." "act=accuse:NL>RU" &&
	acts "Japan held talks with China." ""
'
test_expect_success 'passive with by, and the agent only right after by' '
	acts "Iran has been blamed by Israel for the attacks." \
	    "act=accuse:IL>IR" &&
	acts "The attacks were linked by investigators to Iran." \
	    "act=accuse:>IR"
'
test_expect_success 'a participle with no object is passive' '
	acts "A Chinese national accused of hacking was arrested." \
	    "act=accuse:>CN act=charge:>CN"
'
test_expect_success 'rejections of possessed claims and of involvement' '
	acts "Tehran rejected Albania'\''s accusations." "act=deny:IR>AL" &&
	acts "Moscow said it had nothing to do with the breach." \
	    "act=deny:RU> speaker=RU"
'
test_expect_success 'sanctions: froze the assets, designated, sanctions list' '
	acts "The EU froze the assets of four Russian officers." \
	    "act=sanction:EU>RU" &&
	acts "Britain added three Russian firms to its sanctions list." \
	    "act=sanction:GB>RU"
'
test_expect_success 'charges: arrest warrant, police in a state' '
	acts "Germany issued an arrest warrant for a Russian hacker." \
	    "act=charge:DE>RU" &&
	acts "Police in Poland arrested a Russian spy." "act=charge:PL>RU"
'
test_expect_success 'victim: hit by a cyberattack, not by sanctions' '
	acts "Estonia said it was hit by a cyberattack from Russia." \
	    "act=victim:EE>RU speaker=EE" &&
	acts "North Korea was hit by sanctions." ""
'
test_expect_success 'after blaming it: the subject acts on the party before' '
	acts "Albania severed ties with Iran after blaming it for the attack." \
	    "act=accuse:AL>IR"
'
test_expect_success 'a verb after and shares the subject' '
	acts "Germany summoned the Russian envoy and condemned the attack." \
	    "act=denounce:DE>"
'
test_expect_success 'threats: vowed to respond, reserved the right' '
	acts "Russia vowed to respond to the sanctions." "act=threaten:RU>" &&
	acts "China said it reserved the right to respond." \
	    "act=threaten:CN> speaker=CN"
'
test_expect_success 'negated and hypothetical acts are no events' '
	acts "Britain could face sanctions, a diplomat said." "neg=sanction" &&
	acts "Canada stopped short of blaming China." "neg=accuse" &&
	acts "The EU is weighing sanctions against Russia." "neg=sanction"
'
test_expect_success 'an unnamed speaker after a comma names no party' '
	acts "The attack was blamed on Iran, the ministry said." \
	    "act=accuse:>IR"
'
test_expect_success 'a straight quotation mark closes a carried quotation' '
	printf "doc=a\ttext=\"We reject this.\ndoc=a\ttext=It is false,\" said Peskov.\ndoc=a\ttext=Russia denied it.\n" >in &&
	cctag in >out &&
	cut -f2- out >got &&
	printf "event=deny\tact=deny:>\tquote=yes\ttext=\"We reject this.\nperson=Dmitry Peskov\tevent=deny\tfrom=RU\tact=deny:RU>\tquote=yes\tspeaker=Dmitry Peskov\ttext=It is false,\" said Peskov.\ncountry=RU\tevent=deny\tfrom=RU\tact=deny:RU>\ttext=Russia denied it.\n" >expect &&
	test_cmp expect got
'

gold=$GOLDEN/cctag/dev/dev.gold.jsonl
score=$SHARED/tools/score.py
if ! test -f "$score" || ! test_have python3; then
	test_skip 'F1 on the development set' 'no shared scorer'
	test_done
	exit
fi
test_expect_success 'F1 on the development set reaches the targets' '
	cctag "$GOLDEN/cctag/dev/dev.in" >records &&
	python3 "$score" --gold "$gold" --records records >report &&
	cat report &&
	awk "
	\$1 == \"country\" || \$1 == \"org\" || \$1 == \"person\" { ok += \$7 >= 0.99 }
	\$1 == \"quote\" { ok += \$7 >= 0.99 }
	\$1 == \"actor\" || \$1 == \"topic\" { ok += \$7 >= 0.96 }
	\$1 == \"event\" { ok += \$7 >= 0.91 }
	\$1 == \"from\" { ok += \$7 >= 0.95 }
	\$1 == \"to\" { ok += \$7 >= 0.97 }
	\$1 == \"act\" { ok += \$7 >= 0.88 }
	\$1 == \"speaker\" { ok += \$7 >= 0.94 }
	END { exit ok != 11 }" report
'
test_done
