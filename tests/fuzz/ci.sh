#!/bin/sh
# ci.sh [SECONDS]: the short fuzz run for CI. Builds every target in
# tests/fuzz with clang and runs each SECONDS (default 10) seconds on its
# seed corpus; exits 1 when one crashed or broke its property, naming the
# log and the crashing input (build-fuzz/artifacts/NAME/). A crash input
# is then copied to tests/fuzz/regress/NAME/ (a regression test replayed
# by make check) before the bug is fixed.
cd "$(dirname "$0")/../.." || exit 2
exec make fuzz FUZZ_SECONDS="${1:-10}"
