/*
 * t-csv: RFC 4180 quoting of lib/csv.
 */
#include "csv.h"
#include "tap.h"

static void
field(const char *in, size_t len, const char *want, const char *what)
{
	struct buf b = { 0 };
	int rv = csv_put_field(&b, in, len);

	/* ok() evaluates its condition more than once. */
	ok(rv == 0, "%s: put", what);
	is_mem(b.p, b.len, want, "%s", what);
	buf_free(&b);
}

int
main(void)
{
	struct buf b = { 0 };

	field("plain", 5, "plain", "plain field copied");
	field("", 0, "", "empty field stays empty");
	field("a,b", 3, "\"a,b\"", "comma quoted");
	field("say \"hi\"", 8, "\"say \"\"hi\"\"\"", "quotes doubled");
	field("\"", 1, "\"\"\"\"", "lone quote");
	field("a\nb", 3, "\"a\nb\"", "newline quoted");
	field("a\rb", 3, "\"a\rb\"", "carriage return quoted");
	field(" lead", 5, "\" lead\"", "a leading space is quoted");
	field("in side", 7, "in side", "an inner space needs no quotes");
	field("a\tb", 3, "a\tb", "TAB needs no quotes");
	field("Zhào, 中国", strlen("Zhào, 中国"), "\"Zhào, 中国\"", "UTF-8 kept");
	ok(!csv_needs_quotes("abc", 3), "needs_quotes: no");
	ok(csv_needs_quotes("a\"", 2), "needs_quotes: quote");
	/* Appends after what is there. */
	buf_adds(&b, "x,");
	csv_put_field(&b, "y\"", 2);
	is_mem(b.p, b.len, "x,\"y\"\"\"", "appends to the buffer");
	buf_free(&b);
	return tap_done();
}
