#!/bin/sh
# cctag on the second development set (dev2/: dev2.src gives the gold
# labels, tests/golden/cctag/mkdev.py dev2 makes dev2.in and dev2.gold.jsonl): people not in the
# lexicon, charges and sanctions over a cyber operation, statements by
# the victim, denials without the usual verbs, threats and demands in set
# phrases. One test per form, the golden output of the set, and its F1
# per key as a floor with a small margin (F1 when written: event 0.98,
# from 0.97, to 0.97, act 0.95, speaker 0.99, person 1.00; the set was
# written while the rules were, so it guards them, it does not measure
# them). The scores need the shared scorer and are skipped without it.
. "$(dirname "$0")/lib.sh"

# tags KEYS TEXT WANT: the tags of TEXT with a key in KEYS (an ERE
# alternation) are WANT, in order.
tags() {
	printf "doc=a\ttext=%s\n" "$2" >in &&
	cctag in >out &&
	tr "\t" "\n" <out | grep -E "^($1)=" | tr "\n" " " >got &&
	for w in $3; do printf "%s " "$w"; done >expect &&
	test_cmp expect got
}

# keep KEYS FILE: the fields of each record of FILE with a key in KEYS.
keep() {
	awk -F "\t" -v k="^($1)=" '{ s = ""
		for (i = 1; i <= NF; i++) if ($i ~ k) s = s $i " "
		print s }' "$2"
}

test_expect_success 'people after a role, with their state when said' '
	printf "doc=a\ttext=British Foreign Secretary Alan Pembury accused Russia of hacking.\ndoc=a\ttext=Pembury said so.\n" >in &&
	cctag in >out &&
	keep "person|act|speaker" out >got &&
	printf "person=Alan Pembury act=accuse:GB>RU \nperson=Alan Pembury speaker=Alan Pembury \n" >expect &&
	test_cmp expect got
'
test_expect_success 'people in an apposition, a list, a Korean name' '
	printf "doc=a\ttext=%s\ndoc=a\ttext=%s\ndoc=a\ttext=%s\n" \
	    "Washington charged Ri Chol Man, a North Korean officer, with hacking." \
	    "Mr. Ri is in Pyongyang." \
	    "The EU sanctioned two officers, Igor Vasnetsov and Pavel Dorokhin." >in &&
	cctag in >out &&
	keep "person|act" out >got &&
	printf "%s \n" "person=Ri Chol Man act=charge:US>KP act=accuse:US>KP" \
	    "person=Ri Chol Man" \
	    "person=Igor Vasnetsov person=Pavel Dorokhin act=sanction:EU>" >expect &&
	test_cmp expect got
'
test_expect_success 'a person with no known state is no party' '
	tags "act" "Prosecutors charged Jane Roe, an analyst, with fraud." \
	    "act=charge:>"
'
test_expect_success 'no person: capitalised words without a role, roles' '
	printf "doc=a\ttext=Foreign Minister Said Monday was quiet.\ndoc=a\ttext=Security Council members met.\n" >in &&
	cctag in >out &&
	! grep -q "person=" out
'
test_expect_success 'a charge or sanction over a cyber operation accuses' '
	tags "act" "The Treasury sanctioned six Iranian officials over hacks of U.S. water utilities." \
	    "act=sanction:US>IR act=accuse:US>IR act=victim:US>IR" &&
	tags "act" "Canada charged a Russian national with running a ransomware operation." \
	    "act=charge:CA>RU act=accuse:CA>RU" &&
	tags "act" "Germany issued an arrest warrant for a Russian hacker." \
	    "act=charge:DE>RU" &&
	tags "act|neg" "Russia could face sanctions over the hacks." \
	    "neg=sanction"
'
test_expect_success 'the victim speaks of its own things' '
	tags "act" "Germany says Russia'\''s GRU hacked its ruling party'\''s email accounts." \
	    "act=accuse:DE>RU act=victim:DE>RU" &&
	tags "act" "Albania blamed Iran for an attack on the country'\''s government systems." \
	    "act=accuse:AL>IR act=victim:AL>IR" &&
	tags "act" "Britain sanctioned a Chinese firm for its role in the attacks." \
	    "act=sanction:GB>CN act=accuse:GB>CN"
'
test_expect_success 'denials without the usual verbs' '
	tags "act" "The Chinese embassy in London called the claims \"a figment of the imagination.\"" \
	    "act=deny:CN>GB" &&
	tags "act" "Chinese officials said the hacking claims were made up." \
	    "act=deny:CN>" &&
	tags "act" "Wei said China had not been shown any evidence." \
	    "act=deny:CN>"
'
test_expect_success 'threats in set phrases, conditional or not' '
	tags "act" "The White House said it would take further steps against Russia if the attacks continued." \
	    "act=threaten:US>RU" &&
	tags "act" "NATO said all options are on the table." "act=threaten:NATO>" &&
	tags "act" "Britain said it would impose costs on those responsible." \
	    "act=threaten:GB>" &&
	tags "act|neg" "Canada said it might consider further steps." \
	    "neg=threaten"
'
test_expect_success 'demands: asked to stop, urged to refrain' '
	tags "act" "Germany asked Russia to stop interfering in its elections." \
	    "act=demand:DE>RU" &&
	tags "act" "The United States urged China to refrain from hacking." \
	    "act=demand:US>CN" &&
	tags "act" "Germany asked Russia about the attack." ""
'
test_expect_success 'the golden output of the second development set' '
	cctag "$GOLDEN/cctag/dev2/dev2.in" >out &&
	test_cmp "$GOLDEN/cctag/dev2/dev2.out" out
'

gold=$GOLDEN/cctag/dev2/dev2.gold.jsonl
score=$SHARED/tools/score.py
if ! test -f "$score" || ! test_have python3; then
	test_skip 'F1 on the second development set' 'no shared scorer'
	test_done
	exit
fi
test_expect_success 'F1 on the second development set reaches the floors' '
	cctag "$GOLDEN/cctag/dev2/dev2.in" >records &&
	python3 "$score" --gold "$gold" --records records >report &&
	cat report &&
	awk "
	\$1 == \"country\" || \$1 == \"org\" || \$1 == \"person\" { ok += \$7 >= 0.99 }
	\$1 == \"quote\" || \$1 == \"actor\" { ok += \$7 >= 0.99 }
	\$1 == \"topic\" || \$1 == \"speaker\" { ok += \$7 >= 0.96 }
	\$1 == \"event\" { ok += \$7 >= 0.96 }
	\$1 == \"from\" || \$1 == \"to\" { ok += \$7 >= 0.95 }
	\$1 == \"act\" { ok += \$7 >= 0.92 }
	END { exit ok != 11 }" report
'
test_done
