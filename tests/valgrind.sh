#!/bin/sh
# valgrind.sh BINDIR SHARED: make check-valgrind. Runs shell tests with
# every program in BINDIR wrapped by valgrind memcheck: a memory error or
# a definite leak makes the program exit 99, which fails its test, and
# leaves a log in $VG_DIR/logs (default build/valgrind/logs).
#
# The whole suite under valgrind takes long on two cores, so by default a
# subset runs: the tests of every program's options, records, bad input
# and faults, not the scoring and corpus-wide ones. ccstat's t4002 takes
# over 8 minutes under valgrind and t4003's last test measures peak memory
# with GNU time (valgrind's own, under valgrind), so both are left out.
# About 9 minutes on two shared cores. VALGRIND_TESTS names
# other test files (globs under tests/) to run instead, e.g.
#   make check-valgrind VALGRIND_TESTS='t*.sh'
set -u
bin=$1 shared=$2
src=$(cd "$(dirname "$0")/.." && pwd)
vg=${VG_DIR:-$src/build/valgrind}
rm -rf "$vg"
mkdir -p "$vg/bin" "$vg/logs"
for p in "$bin"/*; do
	[ -x "$p" ] || continue
	cat >"$vg/bin/${p##*/}" <<EOT
#!/bin/sh
exec valgrind -q --error-exitcode=99 --leak-check=full \\
    --errors-for-leak-kinds=definite --show-leak-kinds=definite \\
    --suppressions=$src/tests/valgrind.supp \\
    --log-file="$vg/logs/${p##*/}.%p.log" "$p" "\$@"
EOT
	chmod +x "$vg/bin/${p##*/}"
done
default='t0100-*.sh t08[0-9][0-9]-*.sh t1000-*.sh t1002-*.sh t1003-*.sh
    t2000-*.sh t2030-*.sh t3000-*.sh t3002-*.sh t3003-*.sh
    t5*.sh t6001-*.sh'
tests=
for g in ${VALGRIND_TESTS:-$default}; do
	for t in "$src"/tests/$g; do
		[ -f "$t" ] && tests="$tests $t"
	done
done
CC_BIN=$vg/bin CC_SHARED=$shared CC_VALGRIND=1 prove -j2 $tests
status=$?
# A log with content is an error valgrind found, even in a test that
# expected a failure status anyway.
bad=0
for l in "$vg"/logs/*.log; do
	[ -s "$l" ] || continue
	bad=$((bad + 1))
	echo "valgrind: $l:" >&2
	head -40 "$l" >&2
done
echo "valgrind: $(ls "$vg"/logs | wc -l) program runs, $bad with errors"
[ "$status" = 0 ] && [ "$bad" = 0 ]
