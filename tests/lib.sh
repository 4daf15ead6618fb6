# tests/lib.sh: a small TAP test library in the shape of git's test-lib.
#
# A test script sources this file, then calls test_expect_success with a
# description and a shell body; each body runs in a subshell inside one
# scratch directory that is removed at the end. test_done prints the plan.
#
#   . "$(dirname "$0")/lib.sh"
#   test_expect_success 'what is checked' '
#   	ccsplit <in >out &&
#   	test_cmp expect out
#   '
#   test_done

set -u
: "${CC_BIN:?run the tests with make check}"
PATH=$CC_BIN:$PATH
export PATH
TEST_DIR=$(cd "$(dirname "$0")" && pwd)
SRC_DIR=$(cd "$TEST_DIR/.." && pwd)
GOLDEN=$TEST_DIR/golden
SHARED=${CC_SHARED:-$SRC_DIR/../shared}
export TEST_DIR SRC_DIR GOLDEN SHARED
LC_ALL=C.UTF-8
export LC_ALL

test_count=0
test_failed=0
test_trash=$(mktemp -d "${TMPDIR:-/tmp}/cc-test.XXXXXX")
trap 'cd /; rm -rf "$test_trash"' EXIT
cd "$test_trash" || exit 1

# test_expect_success DESCRIPTION BODY
test_expect_success() {
	test_count=$((test_count + 1))
	if (eval "$2") >"$test_trash/.log" 2>&1; then
		echo "ok $test_count - $1"
	else
		test_failed=$((test_failed + 1))
		echo "not ok $test_count - $1"
		sed 's/^/#   /' <<-EOT
		$2
		EOT
		echo "#   output:"
		sed 's/^/#   /' "$test_trash/.log"
	fi
}

# test_skip DESCRIPTION REASON
test_skip() {
	test_count=$((test_count + 1))
	echo "ok $test_count # skip $1 ($2)"
}

# test_expect_code CODE COMMAND [ARG ...]: runs COMMAND, wants status CODE.
test_expect_code() {
	want=$1
	shift
	"$@"
	got=$?
	if [ "$got" != "$want" ]; then
		echo "test_expect_code: $* exited $got, want $want" >&2
		return 1
	fi
	return 0
}

# test_cmp EXPECT ACTUAL
test_cmp() {
	diff -u "$1" "$2"
}

# test_grep PATTERN FILE: like grep -q, but shows the file on failure.
test_grep() {
	if ! grep -q -e "$1" "$2"; then
		echo "test_grep: \"$1\" not in $2:" >&2
		cat "$2" >&2
		return 1
	fi
}

# test_have COMMAND: true when COMMAND is installed.
test_have() {
	command -v "$1" >/dev/null 2>&1
}

# test_is_root: unreadable-file tests are meaningless for root.
test_is_root() {
	[ "$(id -u)" = 0 ]
}

test_done() {
	echo "1..$test_count"
	[ "$test_failed" = 0 ]
}
