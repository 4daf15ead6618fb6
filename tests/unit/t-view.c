/*
 * t-view: the text view of records (lib/view).
 */
#include "tap.h"
#include "view.h"

static void
view(const char *line, size_t width, const char *want, const char *what)
{
	struct buf b = { 0 }, tmp = { 0 };
	struct rec r = { 0 };
	struct rec_err e;
	int rv;

	rv = rec_parse(&r, line, strlen(line), &e);
	ok(rv == 0, "%s: parsed", what);
	rv = view_rec(&b, &r, width, ";", &tmp);
	ok(rv == 0, "%s: viewed", what);
	is_mem(b.p, b.len, want, "%s", what);
	rec_free(&r);
	buf_free(&b);
	buf_free(&tmp);
}

int
main(void)
{
	view("doc=d\tsent=3\tc=CN\tc=US\ttext=a b c", 80,
	    "d 3: a b c\n    c=CN;US\n\n", "heading, text, grouped tags");
	view("doc=d\tsent=3\ttext=aaa bbb ccc", 11,
	    "d 3: aaa\n    bbb ccc\n\n", "text wraps with an indent");
	view("text=x\tdoc=d", 80, "d: x\n\n", "no sent");
	view("doc=d\tsent=1", 80, "d 1\n\n", "no text: no colon");
	view("a=1\tb=2", 80, "    a=1  b=2\n\n", "only tags");
	view("doc=d\tdoc=e\ttext=x", 80, "d: x\n    doc=e\n\n",
	    "a second doc is a tag");
	view("text=t\\tx\x1by", 80, "t\\tx^[y\n\n", "escapes kept, ESC as ^[");
	view("text=x\tt=aa bb cc dd", 12, "x\n    t=aa bb\n    cc dd\n\n",
	    "a tag wider than the line wraps");
	view("text=one\ttext=two", 80, "one two\n\n", "several texts");
	return tap_done();
}
