/*
 * Unit tests for lib/utf: validation, repair, NFC, folding, width.
 */
#include <string.h>

#include "buf.h"
#include "tap.h"
#include "utf.h"

static void
valid(const char *s, size_t n, int want, size_t wantbad, const char *what)
{
	size_t bad = 99;
	int got = utf_valid(s, n, &bad);

	ok(got == want && (want || bad == wantbad), "%s", what);
}

static void
repair(const char *s, size_t n, const char *want, long wantn,
    const char *what)
{
	struct buf b = { 0 };
	long got = utf_repair(&b, s, n);

	is_mem(b.p, b.len, want, "%s", what);
	ok(got == wantn, "%s: %ld replacements", what, wantn);
	ok(utf_valid(b.p, b.len, NULL), "%s: result is valid", what);
	buf_free(&b);
}

int
main(void)
{
	struct buf b = { 0 };

	valid("hello, world, long ascii run", 28, 1, 0, "ASCII is valid");
	valid("caf\xc3\xa9 \xe2\x80\x9cq\xe2\x80\x9d \xf0\x9f\x98\x80", 18, 1, 0,
	    "2, 3 and 4 byte sequences are valid");
	valid("abcdefgh\xff", 9, 0, 8, "0xFF after eight ASCII bytes");
	valid("\xc0\xaf", 2, 0, 0, "overlong 2-byte form");
	valid("\xe0\x80\xaf", 3, 0, 0, "overlong 3-byte form");
	valid("\xed\xa0\x80", 3, 0, 0, "surrogate U+D800");
	valid("\xf4\x90\x80\x80", 4, 0, 0, "past U+10FFFF");
	valid("ab\xe2\x80", 4, 0, 2, "truncated sequence at the end");
	valid("\x80", 1, 0, 0, "lone continuation byte");

	repair("a\xffz", 3, "a\xef\xbf\xbdz", 1, "one bad byte");
	repair("a\xe2\x80z", 4, "a\xef\xbf\xbdz", 1,
	    "a truncated sequence is one maximal subpart");
	repair("\xc0\xaf", 2, "\xef\xbf\xbd\xef\xbf\xbd", 2,
	    "overlong: each byte replaced");
	repair("ok", 2, "ok", 0, "valid text unchanged");
	repair("x\xf0\x9f\x98", 4, "x\xef\xbf\xbd", 1, "cut emoji at end");

	utf_nfc(&b, "e\xcc\x81t\xc3\xa9", 6);
	is_mem(b.p, b.len, "\xc3\xa9t\xc3\xa9", "NFC composes e + U+0301");
	buf_reset(&b);
	utf_nfc(&b, "\xe2\x80\x9cquoted\xe2\x80\x9d", 12);
	is_mem(b.p, b.len, "\xe2\x80\x9cquoted\xe2\x80\x9d",
	    "curly quotes take the fast path unchanged");
	buf_reset(&b);
	utf_nfc(&b, "\xe2\x84\xab", 3);
	is_mem(b.p, b.len, "\xc3\x85", "NFC maps the angstrom sign to U+00C5");
	buf_reset(&b);
	utf_fold(&b, "China's US", 10);
	is_mem(b.p, b.len, "china's us", "ASCII folding");
	buf_reset(&b);
	utf_fold(&b, "\xc3\x89MIGR\xc3\x89 Stra\xc3\x9f" "e", 16);
	is_mem(b.p, b.len, "\xc3\xa9migr\xc3\xa9 strasse",
	    "Unicode case folding (sharp s folds to ss)");
	buf_free(&b);

	ok(utf_width("abc", 3) == 3, "ASCII width");
	ok(utf_width("\xe4\xb8\xad\xe5\x9b\xbd", 6) == 4, "CJK is double width");
	ok(utf_width("e\xcc\x81", 3) == 1, "a combining mark has no width");
	ok(utf_isspace(0xA0) && utf_isspace(0x2009) && utf_isspace('\t'),
	    "NBSP, thin space and TAB are spaces");
	ok(!utf_isspace('x') && !utf_isspace(0x200B),
	    "letters and the zero-width space are not");
	return tap_done();
}
