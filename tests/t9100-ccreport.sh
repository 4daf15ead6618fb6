#!/bin/sh
# t9100: the report job examples/report/ccreport: incremental runs add up
# to one run, a run killed at any step loses no counts, one run at a time.
. "$(dirname "$0")/lib.sh"
R=$SRC_DIR/examples/report/ccreport
P=$SRC_DIR/examples/pages

missing=
for c in ccsplit cctag ccstat ccfilter ccuniq flock sha256sum; do
	test_have "$c" || missing="$missing $c"
done
if [ -n "$missing" ]; then
	test_skip 'ccreport' "not installed:$missing"
	test_done
	exit
fi

# Day 1: two pages. Day 2: a third page, and day 1's first page as
# another outlet republished it (so ccuniq must find it across runs).
mkdir batch1 batch2 &&
cp "$P/nl-gru.txt" batch1/day1-a.txt &&
cp "$P/nz-parliament.txt" batch1/day1-b.txt &&
cp "$P/us-charges.txt" batch2/day2-a.txt &&
sed -e 's/Continental Post/Daily Wire/g' -e 's/"/“/' "$P/nl-gru.txt" \
    >batch2/day2-b.txt || exit 1

# counts STATEDIR: the merged counts of every kind, one file.
counts() {
	for k in kind dups event act country; do
		ccstat -M -o rec "$1"/runs/*/$k.cnt || return 1
	done
}

test_expect_success 'one run over both batches' '
	mkdir -p "$test_trash/one" &&
	cp batch1/* batch2/* "$test_trash/one/" &&
	"$R" -s one.state -o one.out "$test_trash/one" 2>err &&
	test ! -s err &&
	counts one.state >"$test_trash/one.cnt" &&
	test -s one.out/report.md && test -s one.out/report.html
'
test_expect_success 'the republished copy is left out' '
	ccstat -M -o tsv one.state/runs/*/dups.cnt >dups &&
	test "$(grep -c "^body" dups)" = 1 &&
	test_grep "^copies left out by ccuniq: [1-9][0-9]* today" one.out/report.md
'
test_expect_success 'two batches run separately give the same counts' '
	mkdir -p "$test_trash/two" &&
	cp batch1/* "$test_trash/two/" &&
	"$R" -s two.state -o two.out "$test_trash/two" &&
	cp batch2/* "$test_trash/two/" &&
	"$R" -s two.state -o two.out "$test_trash/two" &&
	test "$(ls two.state/runs | wc -l)" = 2 &&
	counts two.state >two.cnt &&
	test_cmp one.cnt two.cnt
'
test_expect_success 'a run with nothing new commits nothing, same report' '
	cp two.out/report.md before.md &&
	"$R" -s two.state -o two.out "$test_trash/two" &&
	test "$(ls two.state/runs | wc -l)" = 2 &&
	test_cmp before.md two.out/report.md
'
test_expect_success 'a file touched or copied but unchanged is not counted again' '
	touch "$test_trash/two/day1-a.txt" &&
	cp "$test_trash/two/day1-b.txt" "$test_trash/two/day3-copy.txt" &&
	"$R" -s two.state -o two.out "$test_trash/two" &&
	counts two.state >again.cnt &&
	test_cmp one.cnt again.cnt
'
test_expect_success 'the report: tables, bars, graph, sentences with documents' '
	test_grep "^## act, whole period" one.out/report.md &&
	test_grep "^| accuse:NZ>CN | 3 |" one.out/report.md &&
	test_grep "^### deny:RU>NL" one.out/report.md &&
	test_grep "^- Kremlin rejects Dutch claims .* (.*day1-a.txt)" one.out/report.md &&
	test_grep "<table>" one.out/report.html &&
	test_grep "class=\"bar\"" one.out/report.html &&
	test_grep "<h3>deny:RU&gt;NL</h3>" one.out/report.html &&
	! grep -q "<?xml" one.out/report.html
'
if test_have dot; then
	test_expect_success 'the act graph is inline SVG' '
		test_grep "^<svg" one.out/report.html &&
		test "$(grep -c "</svg>" one.out/report.html)" = 1
	'
else
	test_skip 'the act graph is inline SVG' 'graphviz not installed'
fi

# killrun STEP NAME: runs ccreport over both batches with a hook that
# stops it at STEP, kills it there with SIGKILL, then runs it again.
killrun() {
	mkdir -p "$test_trash/$2.src" &&
	cp batch1/* batch2/* "$test_trash/$2.src/" &&
	rm -f reached go || return 1
	CCREPORT_HOOK="[ \"\$1\" = $1 ] || exit 0; touch $test_trash/reached
		while [ ! -e $test_trash/go ]; do sleep 0.1; done" \
	    "$R" -s "$2.state" -o "$2.out" "$test_trash/$2.src" &
	pid=$!
	i=0
	while [ ! -e reached ] && [ $i -lt 300 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	test -e reached || { kill -9 $pid; touch go; return 1; }
	kill -9 $pid
	wait $pid
	st=$?
	touch go
	test $st = 137 || return 1
	# Whatever was left is either absent or whole.
	if [ -e "$2.out/report.md" ]; then
		sed "s|/$2.src/|/one/|" "$2.out/report.md" >"$2.md" &&
		test_cmp one.out/report.md "$2.md" || return 1
	fi
	"$R" -s "$2.state" -o "$2.out" "$test_trash/$2.src" 2>err || { cat err; return 1; }
	test ! -s err || { cat err; return 1; }
	counts "$2.state" >"$2.cnt" &&
	test_cmp one.cnt "$2.cnt" &&
	sed "s|/$2.src/|/one/|" "$2.out/report.md" >"$2.md" &&
	test_cmp one.out/report.md "$2.md" &&
	! ls "$2.state" | grep -q "^tmp"
}
for step in listed split deduplicated processed committed reported; do
	test_expect_success "SIGKILL at step $step, re-run: exact counts" "
		killrun $step k-$step
	"
done
test_expect_success 'killed before its commit, a run leaves no run behind' '
	test "$(ls k-processed.state/runs | wc -l)" = 1
'

test_expect_success 'a second run at once is refused, exit 2' '
	mkdir -p "$test_trash/lock.src" &&
	cp batch1/* "$test_trash/lock.src/" &&
	rm -f reached go || exit 1
	CCREPORT_HOOK="[ \"\$1\" = listed ] || exit 0; touch $test_trash/reached
		while [ ! -e $test_trash/go ]; do sleep 0.1; done" \
	    "$R" -s lock.state -o lock.out "$test_trash/lock.src" &
	pid=$!
	i=0
	while [ ! -e reached ] && [ $i -lt 300 ]; do sleep 0.1; i=$((i + 1)); done
	test_expect_code 2 "$R" -s lock.state -o lock.out "$test_trash/lock.src" 2>err
	st=$?
	touch go
	wait $pid &&
	test $st = 0 &&
	test_grep "^ccreport: another run holds the lock .*lock.state/lock; not started" err
'
test_expect_success 'a missing source: message, exit 2' '
	test_expect_code 2 "$R" -s m.state -o m.out nosuchdir 2>err &&
	test_grep "^ccreport: list: nosuchdir: no such file or directory" err &&
	test_grep "^ccreport: failed at step list" err
'
test_expect_success 'a missing program: message, exit 2' '
	mkdir bin && ln -s "$(command -v sh)" bin/sh &&
	for c in flock sha256sum ccsplit; do
		ln -s "$(command -v $c)" bin/$c || return 1
	done &&
	PATH=$test_trash/bin test_expect_code 2 "$R" -s m.state -o m.out batch1 2>err &&
	test_grep "^ccreport: cctag not found in PATH" err
'
test_expect_success 'options: -h, bad option, missing -s' '
	"$R" -h >out && test_grep "^usage: ccreport" out &&
	test_expect_code 2 "$R" -x 2>err && test_grep "^usage: ccreport" err &&
	test_expect_code 2 "$R" -o o batch1 2>err &&
	test_grep "^ccreport: no state directory (-s)" err &&
	test_expect_code 2 "$R" -n 0 -s s -o o batch1 2>err &&
	test_grep "not a positive number" err
'
test_expect_success 'a failing step exits 2 and names the step' '
	mkdir -p "$test_trash/f.src" && cp batch1/* "$test_trash/f.src/" &&
	mkdir f.out && chmod 500 f.out &&
	if test_is_root; then exit 0; fi
	test_expect_code 2 "$R" -s f.state -o f.out "$test_trash/f.src" 2>err &&
	test_grep "^ccreport: report: cannot make" err &&
	chmod 700 f.out
'
if test_have ccfmt; then
	test_expect_success 'scraper JSON Lines go through ccfmt' '
		mkdir -p "$test_trash/j.src" &&
		printf "{\"url\":\"https://example.org/1\",\"title\":\"x\",\"text\":\"China denied the accusations on Monday. The United States accused Russia of hacking.\"}\n" >"$test_trash/j.src/s.jsonl" &&
		"$R" -s j.state -o j.out "$test_trash/j.src" &&
		ccstat -M -o tsv j.state/runs/*/kind.cnt >k &&
		test_grep "^body" k
	'
else
	test_skip 'scraper JSON Lines go through ccfmt' 'ccfmt not built'
fi
test_expect_success 'ccreport.8 EXAMPLES: first run over the example pages' '
	mkdir ex && cd ex &&
	ln -s "$SRC_DIR/examples" examples &&
	"$R" -s state -o out examples/pages &&
	sed -n 3,5p out/report.md >got &&
	printf "%s\n" "Runs: 1 since the first; input files: 3 today," \
	    "3 in all. Sentences counted: 27 today, 27 in all;" \
	    "copies left out by ccuniq: 0 today, 0 in all." >expect &&
	test_cmp expect got
'
test_expect_success 'ccreport.8 EXAMPLES: the crontab line parses' '
	sed -n "/^15 6 \* \* \* /p" "$SRC_DIR/examples/report/ccreport.8" >line &&
	test "$(wc -l <line)" = 1 &&
	test "$(cut -d " " -f 6 line)" = PATH=/usr/local/bin:/usr/bin:/bin &&
	test "$(cut -d " " -f 7 line)" = /usr/local/share/cc/ccreport
'
if test_have mandoc; then
	test_expect_success 'ccreport.8 lints clean' '
		mandoc -Tlint -W warning "$SRC_DIR/examples/report/ccreport.8" >out 2>&1 &&
		test ! -s out
	'
fi
test_done
