#!/bin/sh
# cctag on the seed pages' gold sentences: the scores the project reached
# (F1 country 1.00, org, actor and person 1.00, event 0.88, from 0.93, to
# 0.90, act 0.79, speaker 0.94, quote 0.99, topic 0.94), asserted with a
# small margin so that a change that loses accuracy fails. Skipped without
# the shared gold data.
. "$(dirname "$0")/lib.sh"

gold=$SHARED/corpus/seeds.gold.jsonl
score=$(dirname "$(dirname "$gold")")/tools/score.py

if ! test -f "$gold" || ! test -f "$score" || ! test_have python3; then
	test_skip 'seed scores' 'no shared gold data'
	test_done
	exit
fi

test_expect_success 'F1 on the seeds reaches the targets' '
	python3 "$score" --gold "$gold" --emit-records |
	    awk -F "\t" "{ o = \"\"; for (i = 1; i <= NF; i++) { split(\$i, a, \"=\"); if (a[1] ~ /^(doc|sent|kind|date|source|text)\$/) o = o (o == \"\" ? \"\" : \"\t\") \$i } print o }" >in &&
	cctag in >records &&
	python3 "$score" --gold "$gold" --records records >report &&
	cat report &&
	awk "
	\$1 == \"country\" { ok += \$7 >= 0.99 }
	\$1 == \"org\" || \$1 == \"actor\" || \$1 == \"person\" { ok += \$7 >= 0.95 }
	\$1 == \"event\" { ok += \$7 >= 0.87 }
	\$1 == \"from\" { ok += \$7 >= 0.92 }
	\$1 == \"to\" { ok += \$7 >= 0.88 }
	\$1 == \"act\" { ok += \$7 >= 0.78 }
	\$1 == \"speaker\" { ok += \$7 >= 0.93 }
	\$1 == \"quote\" { ok += \$7 >= 0.95 }
	\$1 == \"topic\" { ok += \$7 >= 0.90 }
	END { exit ok != 11 }" report
'
test_done
