#!/bin/sh
# Faults around the programs (cc-limits(7)): an input file removed after
# it was opened, a FIFO whose writer dies mid-line, a reader that closes
# the pipe early while SIGPIPE is ignored, a full disk with line-buffered
# output, SIGINT and SIGTERM mid-stream (whole records only, then death
# by the signal), and running out of memory under ulimit -v.
. "$(dirname "$0")/lib.sh"

# Neither ASan nor valgrind can run under a small ulimit -v.
case $CC_BIN in *build-san*) noulimit=sanitizer ;; *) noulimit= ;; esac
[ -n "${CC_VALGRIND:-}" ] && noulimit=valgrind

# cmd PROG: PROG with the arguments of an ordinary run.
cmd() {
	case $1 in
	ccfilter|ccstat) echo "$1 doc" ;;
	*) echo "$1" ;;
	esac
}

i=0
while [ $i -lt 5000 ]; do
	echo "doc=d$i	text=Sentence $i. China denied it."
	i=$((i + 1))
done >in.rec
awk '{ sub(/^[^\t]*\ttext=/, ""); print; if (NR % 5 == 0) print "" }' \
    in.rec >in.txt

for p in ccsplit cctag ccfilter ccstat ccuniq; do
	if ! test_have $p; then
		test_skip "$p faults" "$p not built"
		continue
	fi
	c=$(cmd $p)
	in=in.rec
	[ $p = ccsplit ] && in=in.txt

	test_expect_success "$p: input removed after open is read whole" "
		cp $in gone &&
		$c <$in >want &&
		{ rm gone && $c >out; } <gone &&
		test_cmp want out
	"
	test_expect_success "$p: FIFO whose writer dies mid-line" "
		rm -f fifo && mkfifo fifo &&
		printf 'doc=a\ttext=One.\ndoc=b\ttext=Two.\n' >two &&
		$c <two >want &&
		{ sh -c 'printf \"doc=a\ttext=One.\ndoc=b\ttext=Two.\"; kill -9 \$\$' >fifo & } &&
		$c <fifo >out &&
		test_cmp want out
	"
	test_expect_success "$p: closed pipe with SIGPIPE ignored: 141, silent" "
		rm -f fifo && mkfifo fifo &&
		{ (trap '' PIPE; exec $c <$in >fifo 2>err) & } &&
		pid=\$! &&
		head -c 1 <fifo >/dev/null &&
		wait \$pid;
		test \$? = 141 &&
		test ! -s err
	"
	test_expect_success "$p -l: a full disk stops at the first record, exit 2" "
		test_expect_code 2 $p -l \${c#$p} <$in >/dev/full 2>err &&
		echo '$p: write error: No space left on device' >want &&
		test_cmp want err
	"
	# Interruption needs io_catch_signals in the program's main loop.
	if ! grep -q io_catch_signals "$SRC_DIR/tools/$p.c"; then
		test_skip "$p: SIGINT and SIGTERM mid-stream" \
		    "io_catch_signals not wired into tools/$p.c yet"
	else
		# SIGTERM only: a shell starts background jobs with SIGINT
		# ignored, and an ignored signal stays ignored (nohup). SIGINT
		# is covered by tests/unit/t-io-signal.c.
		for sig in TERM; do
			test_expect_success "$p: SIG$sig mid-stream: whole records, dies by it" "
				rm -f fifo && mkfifo fifo &&
				{ (while cat $in; do :; done >fifo 2>/dev/null) & } &&
				feeder=\$! &&
				{ $c <fifo >out 2>err & } &&
				pid=\$! &&
				sleep 1 &&
				kill -$sig \$pid &&
				{ wait \$pid; st=\$?; } ;
				kill \$feeder 2>/dev/null;
				test \$st = 143 &&
				test ! -s err &&
				if [ $p = ccstat ]; then
					# Counts of part of the input would mislead.
					test ! -s out
				else
					test -s out &&
					test \"\$(tail -c 1 out | od -An -c | tr -d ' ')\" = '\n' &&
					ccfilter -c doc <out >n
				fi
			"
		done
	fi
	if [ -n "$noulimit" ]; then
		test_skip "$p: out of memory" "$noulimit cannot run under ulimit -v"
	else
		test_expect_success "$p: out of memory is a message and exit 2" "
			{ printf 'doc=a\ttext='; head -c 100000000 /dev/zero | tr '\0' a; echo; } >huge &&
			if [ $p = ccsplit ]; then tail -c +13 huge >h && mv h huge; fi &&
			(ulimit -v 80000; exec $p -L 256M \${c#$p} <huge >out 2>err);
			test \$? = 2 &&
			test_grep '^$p: .*\\(Cannot allocate memory\\|out of memory\\)\$' err &&
			rm -f huge
		"
	fi
done
test_done
