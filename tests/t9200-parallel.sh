#!/bin/sh
# t9200: examples/parallel: ccparallel and ccmap under GNU parallel on two
# workers give byte for byte the output of the serial pipeline.
. "$(dirname "$0")/lib.sh"
X=$SRC_DIR/examples/parallel
PATH=$X:$PATH
export PATH

missing=
for c in parallel ccsplit cctag ccfilter ccstat ccuniq; do
	test_have "$c" || missing="$missing $c"
done
if [ -n "$missing" ]; then
	test_skip 'ccparallel' "not installed:$missing"
	test_done
	exit
fi
# GNU parallel asks to be cited once; not in tests.
mkdir -p "$test_trash/home/.parallel" && touch "$test_trash/home/.parallel/will-cite"
HOME=$test_trash/home
export HOME

# Twelve pages: the examples, four times, with their years changed.
mkdir pages &&
for i in 1 2 3 4; do
	for f in "$SRC_DIR"/examples/pages/*.txt; do
		sed "s/20\([0-9][0-9]\)/20$((10 + i))/g" "$f" \
		    >pages/p$i-"$(basename "$f")" || exit 1
	done
done

test_expect_success 'records: -j 2 gives the serial records' '
	ccparallel -j 2 pages/*.txt >par &&
	ccsplit pages/*.txt >s1 && cctag s1 >ser &&
	test -s ser &&
	test_cmp ser par
'
test_expect_success 'records with -e: the serial ccfilter output' '
	ccparallel -j 2 -e "country=CN or country=RU" pages/*.txt >par &&
	ccsplit pages/*.txt >s1 && cctag s1 >s2 &&
	ccfilter country=CN or country=RU -- s2 >ser &&
	test_cmp ser par
'
test_expect_success 'records with -u: ccuniq after the parallel part' '
	ccparallel -j 2 -u pages/*.txt >par &&
	ccsplit pages/*.txt >s1 && cctag s1 >s2 && ccuniq s2 >ser &&
	test_cmp ser par &&
	test "$(wc -l <ser)" -lt "$(wc -l <s2)"
'
test_expect_success 'counts: partials merged give the serial table' '
	ccparallel -j 2 act -- pages/*.txt >par &&
	ccsplit pages/*.txt >s1 && cctag s1 >s2 && ccstat act -- s2 >ser &&
	test_cmp ser par
'
test_expect_success 'counts of two keys as JSON, with -e' '
	ccparallel -j 2 -o json -e "event=deny" from to -- pages/*.txt >par &&
	ccsplit pages/*.txt >s1 && cctag s1 >s2 &&
	ccfilter event=deny -- s2 >s3 &&
	ccstat -o json from to -- s3 >ser &&
	test_cmp ser par
'
test_expect_success 'counts with -u: ccuniq, then ccstat' '
	ccparallel -j 2 -u -o tsv event country -- pages/*.txt >par &&
	ccsplit pages/*.txt >s1 && cctag s1 >s2 && ccuniq s2 >s3 &&
	ccstat -o tsv event country -- s3 >ser &&
	test_cmp ser par
'
test_expect_success '-S with the local machine (:) and file transfer' '
	ccparallel -j 2 -S 2/: act -- pages/*.txt >par &&
	ccsplit pages/*.txt >s1 && cctag s1 >s2 && ccstat act -- s2 >ser &&
	test_cmp ser par
'
test_expect_success 'a failing job: message, exit 2' '
	test_expect_code 2 ccparallel -j 2 -e "text~(" pages/*.txt >out 2>err &&
	test_grep "ccfilter: bad regex" err &&
	test_grep "^ccmap: pages/.*: failed in ccfilter" err &&
	test_grep "^ccparallel: a job failed" err
'
test_expect_success 'an unreadable file: message, exit 2' '
	test_expect_code 2 ccparallel -j 2 pages/p1-nl-gru.txt nosuch >out 2>err &&
	test_grep "^ccparallel: nosuch: cannot read" err &&
	test ! -s out
'
test_expect_success 'usage: -h, no file, no key before --' '
	ccparallel -h >out && test_grep "^usage: ccparallel" out &&
	test_expect_code 2 ccparallel 2>err && test_grep "no file" err &&
	test_expect_code 2 ccparallel -j 2 -- -- pages/p1-nl-gru.txt 2>err &&
	test_grep "no key before --" err &&
	ccmap -h >out && test_grep "^usage: ccmap" out &&
	test_expect_code 2 ccmap 2>err && test_grep "^usage: ccmap" err
'

# The EXAMPLES of ccparallel.1.
test_expect_success 'man: ccparallel -j 2 pages/*.txt >tagged.rec' '
	ccparallel -j 2 pages/*.txt >tagged.rec &&
	ccsplit pages/*.txt >s1 && cctag s1 >ser &&
	test_cmp ser tagged.rec
'
test_expect_success 'man: the New Zealand example, output as shown' '
	mkdir ex && cp "$SRC_DIR"/examples/pages/*.txt ex/ &&
	ccparallel -j 2 -u -e "country=NZ" -o tsv act -- ex/*.txt >out &&
	sed -n "/^act	count	share/,/^\.Ed/p" "$X/ccparallel.1" |
	    sed "\$d" >expect &&
	test_cmp expect out
'
test_expect_success 'man: one large file through ccsplit -d and --pipe' '
	cat pages/*.txt >big.txt &&
	ccsplit -d big.txt >docs.rec &&
	parallel --pipe --block 10k --keep-order -j 2 ccmap -r - <docs.rec >tagged.rec &&
	ccsplit -r docs.rec >s1 && cctag s1 >ser &&
	test_cmp ser tagged.rec &&
	parallel --pipe --block 10k -j 2 ccmap -r -k act - <docs.rec >parts &&
	ccstat -M parts >par &&
	ccsplit big.txt >b1 && cctag b1 >b2 && ccstat act -- b2 >ser &&
	test_cmp ser par
'
test_expect_success 'man: record filters cut anywhere between lines' '
	ccsplit pages/*.txt >s1 && cctag s1 >tagged.rec &&
	parallel --pipe --block 5k --keep-order -j 2 \
	    "ccfilter country=NZ; test \$? -le 1" <tagged.rec >nz.rec &&
	ccfilter country=NZ -- tagged.rec >ser &&
	test_cmp ser nz.rec &&
	parallel --pipe --block 5k -j 2 ccstat -o rec act <tagged.rec >parts &&
	ccstat -M parts >par &&
	ccstat act -- tagged.rec >ser &&
	test_cmp ser par
'
test_expect_success 'man: Hadoop Streaming, mapper and reducer simulated' '
	ccsplit -d pages/*.txt >docs.rec &&
	split -l 5 docs.rec chunk. &&
	for c in chunk.*; do
		ccmap -r -k act - <$c >map.$c || return 1
	done &&
	cat map.* | LC_ALL=C sort >shuffled &&
	ccstat -M -o rec shuffled >part-00000 &&
	ccstat -M part-00000 >par &&
	ccsplit pages/*.txt >s1 && cctag s1 >s2 && ccstat act -- s2 >ser &&
	test_cmp ser par
'
if test_have mandoc; then
	test_expect_success 'ccparallel.1 lints clean' '
		mandoc -Tlint -W warning "$X/ccparallel.1" >out 2>&1 &&
		test ! -s out
	'
fi
test_done
