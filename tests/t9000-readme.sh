#!/bin/sh
# Every example in README.md runs and prints what README shows.
. "$(dirname "$0")/lib.sh"

test_expect_success 'README examples print what README shows' '
	sh "$SRC_DIR/tests/readme.sh" "$CC_BIN" check
'
test_done
