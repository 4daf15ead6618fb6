/*
 * Unit tests for lib/esc: the four escapes of DESIGN.md section 1.
 */
#include <string.h>

#include "buf.h"
#include "esc.h"
#include "tap.h"

static void
roundtrip(const char *s, size_t n, const char *want)
{
	struct buf b = { 0 };
	char back[256];
	size_t m;

	esc_encode(&b, s, n);
	is_mem(b.p, b.len, want, "encode \"%s\"", want);
	ok(esc_check(b.p, b.len) == -1, "encoded form checks clean");
	m = esc_decode(back, b.p, b.len);
	ok(m == n && memcmp(back, s, n) == 0, "decode gives the value back");
	buf_free(&b);
}

int
main(void)
{
	roundtrip("plain", 5, "plain");
	roundtrip("a\tb", 3, "a\\tb");
	roundtrip("a\nb\rc", 5, "a\\nb\\rc");
	roundtrip("back\\slash", 10, "back\\\\slash");
	roundtrip("\\t", 2, "\\\\t");
	roundtrip("", 0, "");
	/* Only the four bytes are escaped: other controls pass as they are. */
	roundtrip("\x01=\"", 3, "\x01=\"");

	ok(esc_check("a\\qb", 4) == 1, "bad escape \\q found at its offset");
	ok(esc_check("ab\\", 3) == 2, "a lone backslash at the end is bad");
	ok(esc_check("\\\\\\n", 4) == -1, "\\\\ then \\n is good");
	ok(esc_check("\\\\\\", 3) == 2, "\\\\ then a lone \\ is bad");
	ok(esc_needed("a b", 3) == 0, "no escape needed for a space");
	ok(esc_needed("a\tb", 3) == 1, "escape needed for a TAB");
	return tap_done();
}
