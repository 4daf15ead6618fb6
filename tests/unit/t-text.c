/*
 * t-text: unit tests of lib/text, cleaning raw lines and mapping clean
 * offsets back to raw ones.
 */
#include <string.h>

#include "tap.h"
#include "text.h"

int
main(void)
{
	struct text t;
	const char *l1 = "  Two  spaces\xc2\xa0here ";
	const char *l2 = "bad\xff\0" "end";
	int r;

	memset(&t, 0, sizeof(t));
	text_break(&t);
	r = text_add(&t, l1, strlen(l1), 100);
	ok(r == 0, "add a line");
	is_mem(t.b.p, t.b.len, "Two spaces here", "white space folded");
	ok(text_rawoff(&t, 0, 0, t.nmap) == 102, "T is at raw 102");
	ok(text_rawoff(&t, 4, 0, t.nmap) == 107, "s of spaces is at raw 107");
	ok(text_rawoff(&t, 11, 0, t.nmap) == 115, "h of here is at 115");
	text_space(&t, 200);
	r = text_add(&t, l2, 8, 201);
	ok(r == 0, "add a bad line");
	is_mem(t.b.p, t.b.len,
	    "Two spaces here bad\xef\xbf\xbd\xef\xbf\xbd" "end",
	    "invalid byte and NUL replaced");
	ok(t.nbad == 1 && t.nnul == 1, "one of each counted");
	ok(text_rawoff(&t, 16, 0, t.nmap) == 201, "b of bad is at 201");
	ok(text_rawoff(&t, 25, 0, t.nmap) == 206, "e of end is at 206");
	text_shift(&t, 16, 0);
	is_mem(t.b.p, t.b.len, "bad\xef\xbf\xbd\xef\xbf\xbd" "end",
	    "shifted");
	ok(text_rawoff(&t, 0, 0, t.nmap) == 201, "offsets kept after shift");
	text_free(&t);
	return tap_done();
}
