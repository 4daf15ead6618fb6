#!/bin/sh
# A gigabyte through the whole pipeline (cc-limits(7)): raw news pages
# generated on the fly by tests/bench/gencorpus.sh (nothing stored) go
# through ccsplit | cctag | ccfilter | ccstat, and each stage's peak
# resident memory must be flat: at 1 GiB no more than at 64 MB plus a
# margin. Opt-in, as it takes minutes: CC_HUGE=1 (CC_HUGE_MB sets the
# size, default 1024). Needs GNU time for the peaks.
. "$(dirname "$0")/lib.sh"

if [ -z "${CC_HUGE:-}" ]; then
	test_skip "a gigabyte through the pipeline" "set CC_HUGE=1 to run"
	test_done
	exit
fi
if [ ! -x /usr/bin/time ]; then
	test_skip "a gigabyte through the pipeline" "no /usr/bin/time"
	test_done
	exit
fi

# run MB: the pipeline over MB megabytes; peaks in KiB in peak.MB.N and
# exit statuses in st.MB.N, N = 1 ccsplit, 2 cctag, 3 ccfilter, 4 ccstat.
run() {
	mb=$1
	T="/usr/bin/time -f %M -o"
	sh "$SRC_DIR/tests/bench/gencorpus.sh" "$SRC_DIR/examples/pages" "$mb" |
	{ $T peak.$mb.1 ccsplit; echo $? >st.$mb.1; } |
	{ $T peak.$mb.2 cctag; echo $? >st.$mb.2; } |
	{ $T peak.$mb.3 ccfilter -v not doc; echo $? >st.$mb.3; } |
	{ $T peak.$mb.4 ccstat -o tsv kind; echo $? >st.$mb.4; } >stat.$mb
}

test_expect_success 'the pipeline at 64 MB' '
	s=$(date +%s) &&
	run 64 &&
	echo $(($(date +%s) - s)) >secs.64 &&
	cat st.64.* >st && printf "0\n0\n0\n0\n" >want && test_cmp want st
'
big=${CC_HUGE_MB:-1024}
test_expect_success "the pipeline at $big MB: every stage exits 0" '
	s=$(date +%s) &&
	run $big &&
	echo $(($(date +%s) - s)) >secs.$big &&
	cat st.$big.* >st && printf "0\n0\n0\n0\n" >want && test_cmp want st
'
test_expect_success "peak memory is flat: at $big MB within 64 MB's + 25% + 8 MiB" '
	for n in 1 2 3 4; do
		small=$(cat peak.64.$n) large=$(cat peak.$big.$n) &&
		echo "stage $n: $small KiB at 64 MB, $large KiB at $big MB" >&2 &&
		test "$large" -le $((small + small / 4 + 8192)) || return 1
	done
'
test_expect_success "the counts grow with the input" '
	test "$(awk "\$1 == \"body\" { print \$2 }" stat.$big)" -gt \
	    "$(awk "\$1 == \"body\" { print \$2 }" stat.64)"
'
# The figures, as TAP comments.
for mb in 64 $big; do
	echo "# $mb MB: $(cat secs.$mb 2>/dev/null) s;" \
	    "peak KiB ccsplit $(cat peak.$mb.1 2>/dev/null)" \
	    "cctag $(cat peak.$mb.2 2>/dev/null)" \
	    "ccfilter $(cat peak.$mb.3 2>/dev/null)" \
	    "ccstat $(cat peak.$mb.4 2>/dev/null);" \
	    "$(tr '\t\n' ' ,' <stat.$mb 2>/dev/null)"
done
test_done
