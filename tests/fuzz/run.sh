#!/bin/sh
# run.sh DIR SECONDS TARGET...: runs each libFuzzer target DIR/TARGET for
# SECONDS seconds on a corpus seeded by seeds.sh (DIR/corpus/NAME, grown
# by the run and kept between runs). Crashes land in DIR/artifacts/NAME.
# Prints one line per target (seconds, executions, corpus size, result)
# and exits 1 when a target found a crash. `make fuzz FUZZ_SECONDS=10` is
# the short run for CI.
set -u
dir=$1 secs=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
status=0
printf '%-12s %6s %12s %8s  %s\n' target seconds executions corpus result
for t in "$@"; do
	name=${t#fuzz-}
	corpus=$dir/corpus/$name
	art=$dir/artifacts/$name
	mkdir -p "$corpus" "$art"
	sh "$here/seeds.sh" "$corpus" "$name"
	log=$dir/$t.log
	start=$(date +%s)
	"$dir/$t" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2560 \
	    -max_len=65536 -print_final_stats=1 -artifact_prefix="$art/" \
	    "$corpus" >"$log" 2>&1
	rc=$?
	end=$(date +%s)
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	if [ "$rc" = 0 ]; then
		result=ok
	else
		result="FAILED (see $log, $art)"
		status=1
	fi
	printf '%-12s %6d %12s %8d  %s\n' "$name" $((end - start)) \
	    "${execs:-?}" "$(ls "$corpus" | wc -l)" "$result"
done
exit $status
