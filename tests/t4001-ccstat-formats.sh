#!/bin/sh
# ccstat: every option and output format against golden outputs, on the
# seeds' tagged records and on values that test width, quoting and
# escapes. CCSTAT_REGEN=1 rewrites the golden files instead (read the
# diff before committing).
. "$(dirname "$0")/lib.sh"

G=$GOLDEN/ccstat
cp "$G/seeds.rec" "$G/unicode.rec" .
COLUMNS=70
export COLUMNS

# golden NAME INPUT ARGS...: runs ccstat ARGS -- INPUT, compares with
# $G/NAME.out.
golden() {
	name=$1 in=$2
	shift 2
	test_expect_success "ccstat $* ($name)" "
		ccstat $* -- $in >out &&
		if [ -n \"\${CCSTAT_REGEN:-}\" ]; then cp out $G/$name.out; fi &&
		test_cmp $G/$name.out out
	"
}

golden country seeds.rec country
golden country-tsv seeds.rec -o tsv country
golden country-csv seeds.rec -o csv country
golden country-json seeds.rec -o json country
golden country-md seeds.rec -o md country
golden country-bar seeds.rec -o bar country
golden country-rec seeds.rec -o rec country
golden country-k seeds.rec -k country
golden country-n3 seeds.rec -n 3 country
golden country-kn3 seeds.rec -k -n 3 country
golden country-d seeds.rec -d country
golden country-d-rec seeds.rec -d -o rec country
golden country-u-person seeds.rec -u person country
golden to-a seeds.rec -a to
golden to-a-tsv seeds.rec -a -o tsv to
golden to-a-csv seeds.rec -a -o csv to
golden to-a-json seeds.rec -a -o json to
golden to-a-md seeds.rec -a -o md to
golden to-a-bar seeds.rec -a -o bar to
golden from-to seeds.rec from to
golden from-to-rec seeds.rec -a -o rec from to
golden from-to-ad seeds.rec -a -d from to
golden event-country-json seeds.rec -o json -n 5 event country
golden act seeds.rec act
golden act-dot seeds.rec -o dot act
golden act-dot-d seeds.rec -o dot -d act
golden summary seeds.rec
golden summary-tsv seeds.rec -o tsv
golden summary-csv seeds.rec -o csv -n 2
golden summary-json seeds.rec -o json -n 2
golden summary-md seeds.rec -o md -n 1
golden summary-rec unicode.rec -o rec
golden person seeds.rec -n 4 person
golden unicode unicode.rec person
golden unicode-tsv unicode.rec -o tsv person
golden unicode-csv unicode.rec -o csv person
golden unicode-json unicode.rec -o json person
golden unicode-md unicode.rec -o md person
golden unicode-bar unicode.rec -o bar person
golden unicode-rec unicode.rec -o rec person
golden unicode-summary unicode.rec

test_expect_success '-l and -L change nothing in the output' '
	ccstat -l country -- seeds.rec >out &&
	test_cmp "$G/country.out" out &&
	ccstat -L 1M country -- seeds.rec >out &&
	test_cmp "$G/country.out" out
'

test_expect_success 'standard input when no file, "-" names it' '
	ccstat country <seeds.rec >out &&
	test_cmp "$G/country.out" out &&
	ccstat country -- - <seeds.rec >out &&
	test_cmp "$G/country.out" out
'

test_expect_success 'several files count as one stream' '
	head -n 50 seeds.rec >a &&
	tail -n +51 seeds.rec >b &&
	ccstat country -- a b >out &&
	test_cmp "$G/country.out" out
'

test_expect_success 'a value repeated in a record counts once' '
	printf "doc=a\tcountry=CN\tcountry=CN\tcountry=US\n" >in &&
	ccstat -o tsv country -- in >out &&
	printf "country\tcount\tshare\nCN\t1\t100.0\nUS\t1\t100.0\n" >expect &&
	test_cmp expect out
'

test_expect_success 'two keys count the cross product within a record' '
	printf "from=CN\tto=US\tto=GB\nfrom=US\tfrom=GB\tto=CN\n" >in &&
	ccstat -o tsv -k from to -- in >out &&
	printf "from\tto\tcount\tshare\nCN\tGB\t1\t50.0\nCN\tUS\t1\t50.0\nGB\tCN\t1\t50.0\nUS\tCN\t1\t50.0\n" >expect &&
	test_cmp expect out
'

test_expect_success 'without -a a record lacking a key is not counted' '
	printf "from=CN\nfrom=US\tto=CN\n" >in &&
	ccstat -o tsv from to -- in >out &&
	printf "from\tto\tcount\tshare\nUS\tCN\t1\t100.0\n" >expect &&
	test_cmp expect out &&
	ccstat -a -o tsv from to -- in >out &&
	printf "from\tto\tcount\tshare\nCN\t\t1\t50.0\nUS\tCN\t1\t50.0\n" >expect &&
	test_cmp expect out
'

test_expect_success 'an absent value sorts before an empty one' '
	printf "to=\nx=1\n" >in &&
	ccstat -a -k to -- in >out &&
	cat >expect <<-\EOF &&
	to      count   share
	(none)      1   50.0%
	            1   50.0%
	total       2  100.0%
	EOF
	test_cmp expect out
'

test_expect_success 'shares round half up' '
	printf "k=a\nk=a\nk=b\nk=b\nk=b\nk=c\nk=c\nk=c\n" >in &&
	ccstat -o tsv k -- in >out &&
	printf "k\tcount\tshare\nb\t3\t37.5\nc\t3\t37.5\na\t2\t25.0\n" >expect &&
	test_cmp expect out
'

test_expect_success 'empty input: a header and a zero total' '
	: >in &&
	ccstat country -- in >out &&
	printf "country  count  share\ntotal        0   0.0%%\n" >expect &&
	test_cmp expect out
'

test_expect_success 'bar width follows COLUMNS' '
	printf "k=a\nk=a\nk=b\n" >in &&
	COLUMNS=40 ccstat -o bar k -- in >out &&
	cat >expect <<-\EOF &&
	k  count  share
	a      2  66.7%  ███████████████████████
	b      1  33.3%  ███████████▌
	EOF
	test_cmp expect out
'

test_expect_success '-h prints the usage on stdout' '
	ccstat -h >out &&
	test_grep "^usage: ccstat \[-adkls\]" out
'

test_expect_success '-V prints the version' '
	ccstat -V >out &&
	test_grep "^ccstat (cc) " out
'

test_done
