/*
 * Unit tests for lib/rec: parsing and validating records, reading values,
 * and writing them back.
 */
#include <string.h>

#include "buf.h"
#include "rec.h"
#include "tap.h"

static int
parse(struct rec *r, const char *s, struct rec_err *e)
{
	return rec_parse(r, s, strlen(s), e);
}

static void
bad(const char *line, size_t len, enum rec_errcode code, const char *msg)
{
	struct rec r = { 0 };
	struct rec_err e;
	char m[256];

	ok(rec_parse(&r, line, len, &e) == -1 && e.code == code,
	    "rejected: %s", msg);
	rec_strerror(&e, line, len, m, sizeof(m));
	ok(strcmp(m, msg) == 0, "message \"%s\" (got \"%s\")", msg, m);
	rec_free(&r);
}

int
main(void)
{
	struct rec r = { 0 };
	struct rec_err e;
	struct buf b = { 0 }, tmp = { 0 };
	const char *v;
	size_t n, i;
	const char *line = "doc=a.txt\tcountry=CN\tcountry=US\t"
	    "text=x\\ty = 1\\\\";

	ok(parse(&r, line, &e) == 0, "good record parses");
	ok(r.nf == 4, "four fields");
	ok(rec_find(&r, "country", 0) == 1, "first country at field 1");
	ok(rec_find(&r, "country", 2) == 2, "next country at field 2");
	ok(rec_find(&r, "count", 0) == -1, "a key prefix does not match");
	ok(rec_iskey(&r, 3, "text"), "field 3 is text");
	rec_value(&r, 3, &tmp, &v, &n);
	is_mem(v, n, "x\ty = 1\\", "value unescaped; first \"=\" splits");
	rec_value(&r, 1, &tmp, &v, &n);
	ok(v == r.f[1].val, "a value without escapes is not copied");

	for (i = 0; i < r.nf; i++)
		rec_add_field(&b, &r.f[i]);
	is_mem(b.p, b.len, line, "fields written back byte for byte");
	buf_reset(&b);
	rec_add(&b, "doc", "-", 1);
	rec_add(&b, "text", "a\tb\nc\\", 6);
	is_mem(b.p, b.len, "doc=-\ttext=a\\tb\\nc\\\\", "rec_add escapes");

	ok(parse(&r, "k=", &e) == 0 && r.nf == 1 && r.f[0].vlen == 0,
	    "an empty value is fine");
	ok(parse(&r, "a.b-c_1=x=y", &e) == 0 && r.f[0].vlen == 3,
	    "key with . - _ digits; value keeps later \"=\"");

	bad("", 0, REC_EMPTY, "empty line");
	bad("doc=a\tjunk", 10, REC_NOEQ, "no \"=\" in field 2 \"junk\"");
	bad("Doc=a", 5, REC_BADKEY, "bad key \"Doc\" in field 1");
	bad("doc=a\t=b", 8, REC_BADKEY, "bad key \"\" in field 2");
	bad("1x=a", 4, REC_BADKEY, "bad key \"1x\" in field 1");
	bad("doc=a\ttext=\\q", 13, REC_BADESC, "bad escape \"\\\\q\" in field 2");
	bad("doc=a\\", 6, REC_BADESC, "bad escape \"\\\\\" in field 1");
	bad("doc=a\0b", 7, REC_NUL, "NUL byte at byte 6");
	bad("doc=\xff", 5, REC_UTF8, "invalid UTF-8 \"\\377\" at byte 5");
	bad("doc=a\r", 6, REC_CR,
	    "unescaped carriage return at byte 6 (CRLF line end?)");
	bad("doc=a\t", 6, REC_NOEQ, "no \"=\" in field 2 \"\"");

	ok(rec_key_valid("a", 1) && !rec_key_valid("", 0) &&
	    !rec_key_valid("_a", 2) && !rec_key_valid("a b", 3),
	    "key rule [a-z][a-z0-9_.-]*");
	rec_free(&r);
	buf_free(&b);
	buf_free(&tmp);
	return tap_done();
}
