/*
 * t-table: the cell table's renderings (display widths with CJK and
 * combining marks, Markdown escapes) and the CSV and JSON writers.
 */
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "json.h"
#include "table.h"
#include "tap.h"

static int ncsv;

static void
csv(const char *in, const char *want)
{
	struct buf b = { 0 };

	int rc = csv_put_field(&b, in, strlen(in));

	ok(rc == 0, "csv_put_field returns 0");
	is_mem(b.p, b.len, want, "csv_put_field case %d", ++ncsv);
	buf_free(&b);
}

static void
json(const char *in, size_t len, const char *want)
{
	struct buf b = { 0 };
	int rc = json_put_string(&b, in, len);

	ok(rc == 0, "json_string returns 0");
	is_mem(b.p, b.len, want, "json_string %s", want);
	buf_free(&b);
}

/* Renders a two-column table of rows (name, number) in fmt. */
static void
render(enum table_fmt fmt, const char **cells, size_t n, int footer,
    const char *want, const char *what)
{
	struct table t;
	struct buf b = { 0 };
	size_t i;
	int rc;

	table_init(&t, 2);
	for (i = 0; i < n; i++) {
		if (footer && i == n - 2)
			table_set_footer(&t);
		table_cells(&t, i >= 2 && i % 2 == 1 ? CELL_NUM :
		    cells[i] == NULL ? CELL_NONE : CELL_TEXT,
		    cells[i] ? cells[i] : "");
	}
	rc = table_render(&t, fmt, &b);
	ok(rc == 0, "%s: renders", what);
	is_mem(b.p ? b.p : "", b.len, want, "%s", what);
	table_free(&t);
	buf_free(&b);
}

int
main(void)
{
	const char *cjk[] = { "name", "n", "習近平", "2", "José", "10",
	    "Jose\xcc\x81 Mari\xcc\x81" "a", "3", "ab", "4" };
	const char *esc[] = { "v", "n", "a|b", "1", "tab\there", "2",
	    NULL, "3", "total", "6" };

	csv("plain", "plain");
	csv("", "");
	csv("a,b", "\"a,b\"");
	csv("say \"hi\"", "\"say \"\"hi\"\"\"");
	csv("two\nlines", "\"two\nlines\"");
	csv("cr\rhere", "\"cr\rhere\"");
	csv(" lead", "\" lead\"");
	csv("trail ", "\"trail \"");
	csv("in side", "in side");
	csv("tab\there", "tab\there");
	csv("中文,x", "\"中文,x\"");

	json("plain", 5, "\"plain\"");
	json("q\"b\\", 4, "\"q\\\"b\\\\\"");
	json("\n\r\t\b\f", 5, "\"\\n\\r\\t\\b\\f\"");
	/* DEL needs no escape in JSON (RFC 8259 section 7). */
	json("\x01\x1f\x7f", 3, "\"\\u0001\\u001f\x7f\"");
	json("a\0b", 3, "\"a\\u0000b\"");
	json("中文 é", strlen("中文 é"), "\"中文 é\"");

	/* CJK takes two columns, a combining mark none. */
	render(TABLE_ALIGNED, cjk, 10, 0,
	    "name         n\n"
	    "習近平       2\n"
	    "José        10\n"
	    "Jose\xcc\x81 Mari\xcc\x81" "a   3\n"
	    "ab           4\n", "aligned: CJK and combining marks");
	render(TABLE_ALIGNED, esc, 10, 1,
	    "v          n\n"
	    "a|b        1\n"
	    "tab\\there  2\n"
	    "(none)     3\n"
	    "total      6\n", "aligned: escapes, absent, footer");
	render(TABLE_TSV, esc, 10, 1,
	    "v\tn\na|b\t1\ntab\\there\t2\n\t3\n", "tsv: no footer, escapes");
	render(TABLE_CSV, esc, 10, 1,
	    "v,n\na|b,1\ntab\there,2\n,3\n", "csv: unescaped, no footer");
	render(TABLE_MD, esc, 10, 1,
	    "| v | n |\n| --- | ---: |\n| a\\|b | 1 |\n| tab\\there | 2 |\n"
	    "| (none) | 3 |\n| total | 6 |\n", "md: pipes escaped, footer");
	render(TABLE_ALIGNED, cjk, 2, 0, "name  n\n", "header only");
	return tap_done();
}
