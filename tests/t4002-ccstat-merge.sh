#!/bin/sh
# ccstat -M: partial counts of the parts of an input, merged, give byte
# for byte what one run over the whole input gives, in every format.
. "$(dirname "$0")/lib.sh"

cp "$GOLDEN/ccstat/seeds.rec" "$GOLDEN/ccstat/unicode.rec" .
# Three parts of unequal size; the second cuts documents in the middle,
# so distinct document counts are tested where they could go wrong.
head -n 20 seeds.rec >p1
sed -n '21,77p' seeds.rec >p2
tail -n +78 seeds.rec >p3

# merge_case OPTS: partials of p1 p2 p3 with OPTS, then every format,
# with and without -n and -k, merged against a single run.
merge_case() {
	test_expect_success "merge equals one run: ccstat $*" "
		ccstat -o rec $* -- p1 >c1 &&
		ccstat -o rec $* -- p2 >c2 &&
		ccstat -o rec $* -- p3 >c3 &&
		for fmt in table tsv csv json md bar rec; do
			for sel in '' '-n 3' '-k' '-k -n 2'; do
				if [ \$fmt = rec ] && [ -n \"\$sel\" ]; then
					continue
				fi
				ccstat -o \$fmt \$sel $* -- seeds.rec >one &&
				ccstat -M -o \$fmt \$sel c1 c2 c3 >merged &&
				test_cmp one merged || return 1
			done
		done
	"
}

merge_case country
merge_case from to
merge_case -d country
merge_case -a to
merge_case -a -d from to
merge_case -u person country
merge_case event country
merge_case act

test_expect_success 'merged summary equals one run, every format' '
	ccstat -o rec -- p1 >c1 &&
	ccstat -o rec -- p2 >c2 &&
	ccstat -o rec -- p3 >c3 &&
	for fmt in table tsv csv json md rec; do
		for sel in "" "-n 1" "-n 5"; do
			if [ $fmt = rec ] && [ -n "$sel" ]; then
				continue
			fi
			ccstat -o $fmt $sel -- seeds.rec >one &&
			ccstat -M -o $fmt $sel c1 c2 c3 >merged &&
			test_cmp one merged || return 1
		done
	done
'

test_expect_success 'summary and group partials do not mix' '
	ccstat -o rec -- p1 >c1 &&
	ccstat -o rec country -- p2 >c2 &&
	test_expect_code 2 ccstat -M c1 c2 >out 2>err &&
	test_grep "^ccstat: c2:1: not a partial count of a summary" err &&
	test_expect_code 2 ccstat -M c2 c1 >out 2>err &&
	test_grep "^ccstat: c1:1: not a partial count (no ccstat.by field first)" err
'

test_expect_success 'a bad count in a summary partial' '
	printf "ccstat.summary=yes	ccstat.key=k	ccstat.count=-1
" >bad &&
	test_expect_code 2 ccstat -M bad >out 2>err &&
	echo "ccstat: bad:1: bad count \"-1\" in field 3" >expect &&
	test_cmp expect err
'

test_expect_success 'merged act graph equals one run (-o dot)' '
	ccstat -o rec act -- p1 >c1 &&
	ccstat -o rec act -- p2 >c2 &&
	ccstat -o rec act -- p3 >c3 &&
	ccstat -o dot act -- seeds.rec >one &&
	ccstat -M -o dot c1 c2 c3 >merged &&
	test_cmp one merged &&
	ccstat -o dot -n 4 act -- seeds.rec >one &&
	ccstat -M -o dot -n 4 c1 c2 c3 >merged &&
	test_cmp one merged
'

test_expect_success 'partials merge in any order, concatenated or not' '
	ccstat -o rec -d country -- p1 >c1 &&
	ccstat -o rec -d country -- p2 >c2 &&
	ccstat -o rec -d country -- p3 >c3 &&
	cat c3 c1 c2 >all &&
	ccstat -M -o rec all >merged &&
	ccstat -o rec -d country -- seeds.rec >one &&
	test_cmp one merged &&
	ccstat -M -o rec - <all >merged &&
	test_cmp one merged
'

test_expect_success 'a merge of merges is a merge' '
	ccstat -o rec from to -- p1 >c1 &&
	ccstat -o rec from to -- p2 >c2 &&
	ccstat -o rec from to -- p3 >c3 &&
	ccstat -M -o rec c1 c2 >c12 &&
	ccstat -M c12 c3 >merged &&
	ccstat from to -- seeds.rec >one &&
	test_cmp one merged
'

test_expect_success 'escaped and non-ASCII values merge exactly' '
	head -n 4 unicode.rec >u1 &&
	tail -n +5 unicode.rec >u2 &&
	ccstat -o rec person -- u1 >c1 &&
	ccstat -o rec person -- u2 >c2 &&
	ccstat -M -o json c1 c2 >merged &&
	ccstat -o json person -- unicode.rec >one &&
	test_cmp one merged
'

test_expect_success 'an empty part still merges' '
	: >empty &&
	ccstat -o rec country -- empty >c0 &&
	printf "ccstat.by=country\tccstat.total=0\n" >expect &&
	test_cmp expect c0 &&
	ccstat -o rec country -- seeds.rec >c1 &&
	ccstat -M -o rec c0 c1 >merged &&
	test_cmp c1 merged
'

test_expect_success 'partials of different keys are refused' '
	ccstat -o rec country -- p1 >c1 &&
	ccstat -o rec event -- p2 >c2 &&
	test_expect_code 2 ccstat -M c1 c2 >out 2>err &&
	test_grep "^ccstat: c2:1: partial count of another kind (want \"ccstat.by=country\")" err
'

test_expect_success 'partials of records and of documents are refused' '
	ccstat -o rec country -- p1 >c1 &&
	ccstat -o rec -d country -- p2 >c2 &&
	test_expect_code 2 ccstat -M c1 c2 >out 2>err &&
	test_grep "^ccstat: c2:1: partial count of another kind" err
'

test_expect_success 'partials with and without -a are refused' '
	ccstat -o rec -a to -- p1 >c1 &&
	ccstat -o rec to -- p2 >c2 &&
	test_expect_code 2 ccstat -M c2 c1 >out 2>err &&
	test_grep "^ccstat: c1:1: partial count of another kind (want \"ccstat.by=to\")" err &&
	test_expect_code 2 ccstat -M c1 c2 >out 2>err &&
	test_grep "^ccstat: c2:1: partial count of another kind (want \"ccstat.by=to\\\\tccstat.absent=yes\")" err
'

test_expect_success '-M -o dot wants partial counts of act' '
	ccstat -o rec country -- p1 >c1 &&
	test_expect_code 2 ccstat -M -o dot c1 >out 2>err &&
	test_grep "the partial counts are not of act" err
'

test_expect_success 'a bad count is reported with name and line, exit 2' '
	printf "ccstat.by=country\tccstat.total=3\nccstat.by=country\tcountry=CN\tccstat.count=x1\n" >bad &&
	test_expect_code 2 ccstat -M bad >out 2>err &&
	echo "ccstat: bad:2: bad count \"x1\" in field 3" >expect &&
	test_cmp expect err &&
	test ! -s out
'

test_expect_success 'counts with a sign or leading zero are bad' '
	printf "ccstat.by=k\tk=a\tccstat.count=+1\n" >bad1 &&
	printf "ccstat.by=k\tk=a\tccstat.count=01\n" >bad2 &&
	test_expect_code 2 ccstat -M bad1 >out 2>err &&
	test_grep "bad count \"+1\"" err &&
	test_expect_code 2 ccstat -M bad2 >out 2>err &&
	test_grep "bad count \"01\"" err
'

test_expect_success 'a count past 2^64 - 1 is bad; a sum past it overflows' '
	printf "ccstat.by=k\tk=a\tccstat.count=18446744073709551616\n" >big &&
	test_expect_code 2 ccstat -M big >out 2>err &&
	test_grep "bad count" err &&
	printf "ccstat.by=k\tk=a\tccstat.count=18446744073709551615\nccstat.by=k\tk=a\tccstat.count=1\n" >over &&
	test_expect_code 2 ccstat -M over >out 2>err &&
	test_grep "ccstat: over:2: count overflow in field 3" err
'

test_expect_success 'a line that is no partial count is bad' '
	printf "doc=a\tcountry=CN\n" >notp &&
	test_expect_code 2 ccstat -M notp >out 2>err &&
	test_grep "^ccstat: notp:1: not a partial count" err
'

test_expect_success 'a missing key without -a, an unknown field, are bad' '
	printf "ccstat.by=k\tccstat.count=1\n" >m1 &&
	test_expect_code 2 ccstat -M m1 >out 2>err &&
	test_grep "^ccstat: m1:1: unexpected field 2 \"ccstat.count\"" err &&
	printf "ccstat.by=k\tk=a\tz=b\tccstat.count=1\n" >m2 &&
	test_expect_code 2 ccstat -M m2 >out 2>err &&
	test_grep "^ccstat: m2:1: unexpected field 3 \"z\"" err
'

test_expect_success '-s skips bad partial counts and says how many' '
	printf "ccstat.by=k\tccstat.total=2\nccstat.by=k\tk=a\tccstat.count=2\nccstat.by=k\tk=b\tccstat.count=zz\n" >some &&
	ccstat -s -M -o tsv some >out 2>err &&
	printf "k\tcount\tshare\na\t2\t100.0\n" >expect &&
	test_cmp expect out &&
	echo "ccstat: 1 bad line skipped" >expect &&
	test_cmp expect err
'

test_expect_success 'no partial count at all is an error' '
	: >empty &&
	test_expect_code 2 ccstat -M empty >out 2>err &&
	test_grep "no partial counts read" err
'

test_expect_success '-M takes no -a, -d, -u' '
	test_expect_code 2 ccstat -M -d c1 2>err &&
	test_grep "no -a, -d or -u" err
'

test_done
