/*
 * t-scan: scan_record must agree with rec_parse on every line, good or
 * bad, build the same fields, and find fields exactly where a
 * field-by-field search does.
 * Fixed cases first, then random lines over an alphabet of the bytes
 * that matter (a deterministic generator, so a failure repeats).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rec.h"
#include "scan.h"
#include "tap.h"

/* Returns what scan_record should say, from rec_parse. */
static int
want(const char *line, size_t len, const struct scan_field *f, size_t nf)
{
	struct rec r = { 0 };
	struct rec_err e;
	size_t i, j, nfound = 0;
	int rc;

	if (rec_parse(&r, line, len, &e) == -1)
		rc = -1;
	else {
		for (j = 0; j < nf; j++)
			for (i = 0; i < r.nf; i++)
				if (r.f[i].klen + 1 + r.f[i].vlen == f[j].len &&
				    memcmp(r.f[i].key, f[j].p, f[j].len) == 0) {
					nfound++;
					break;
				}
		rc = nfound == nf;
	}
	rec_free(&r);
	return rc;
}

/*
 * Returns whether scan_record with a record gives rc again and, for a
 * good line, the very fields of rec_parse.
 */
static int
same_rec(const char *line, size_t len, const struct scan_field *f,
    size_t nf, int rc)
{
	struct rec a = { 0 }, b = { 0 };
	struct rec_err e;
	size_t i;
	int same;

	same = scan_record(line, len, f, nf, &a) == rc;
	if (same && rc != -1) {
		same = rec_parse(&b, line, len, &e) == 0 && a.nf == b.nf &&
		    a.line == b.line && a.len == b.len;
		for (i = 0; same && i < a.nf; i++)
			same = a.f[i].key == b.f[i].key &&
			    a.f[i].klen == b.f[i].klen &&
			    a.f[i].val == b.f[i].val &&
			    a.f[i].vlen == b.f[i].vlen;
	}
	if (!same)
		printf("# line \"%.*s\": record differs\n", (int)len, line);
	rec_free(&a);
	rec_free(&b);
	return same;
}

/* Checks line against the fields named by the words of fields. */
static int
check(const char *line, size_t len, const char *fields)
{
	struct scan_field f[SCAN_MAXFIELDS];
	const char *p = fields, *q;
	size_t nf = 0;
	int got, exp;

	for (; nf < SCAN_MAXFIELDS; p = q + 1) {
		if ((q = strchr(p, ' ')) == NULL)
			q = p + strlen(p);
		f[nf].p = p;
		f[nf++].len = (size_t)(q - p);
		if (*q == '\0')
			break;
	}
	got = scan_record(line, len, f, nf, NULL);
	exp = want(line, len, f, nf);
	if (got != exp)
		printf("# line \"%.*s\" fields %s: got %d want %d\n",
		    (int)len, line, fields, got, exp);
	return got == exp && same_rec(line, len, f, nf, got);
}

static uint32_t seed = 12345;

static uint32_t
rnd(void)
{
	seed = seed * 1103515245u + 12345u;
	return seed >> 8;
}

int
main(void)
{
	static const char *fixed[] = {
		"a=1", "a=1\tb=2", "country=NZ", "x=y\tcountry=NZ",
		"country=NZ\tx=y", "country=NZX", "xcountry=NZ", "country=N",
		"", "a", "=1", "A=1", "a=1\t", "\ta=1", "a=1\t\tb=2",
		"a=\\t\\n\\r\\\\", "a=\\", "a=\\q", "a=x\\", "a=\xc3\xa9",
		"a=\xc3", "a=\xed\xa0\x80", "a=\xc0\xaf", "a=1\r", "a=1\0b",
		"a-b=1", "a.b_c=1", "1a=1", "a=b=c", "a=1234567890abcdef\\t",
		"a=0123456789abcdef0123456789abcdef\r",
		"a=0123456789abcdef0123456789abcdef\tcountry=NZ",
		"a=0123456789abcdef01234\xe2\x80\x9c" "56789abcdef",
		"a=0123456789abcdef01234\xe2\x80" "56789abcdef",
	};
	static const char alpha[] = "ab=\t\\tnrq\r\0\xc3\xa9\x80N Z=country";
	char line[256];
	size_t i, j, n;
	int bad = 0;

	for (i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++) {
		n = strlen(fixed[i]);
		ok(check(fixed[i], n, "country=NZ"), "fixed %zu", i);
	}
	ok(check("a=1\0b", 5, "a=1"), "NUL byte");
	ok(check("a=1\tb=2", 7, "a=1 b=2"), "two fields, both there");
	ok(scan_record("a=1\tb=2", 7, NULL, 0, NULL) == 1,
	    "no fields: all there");
	ok(check("a=1\tb=2", 7, "b=2 a=1 a=1"), "a field named twice");
	ok(check("a=1\tb=2", 7, "a=1 b=3"), "one of two missing");
	for (i = 0; i < 200000; i++) {
		n = rnd() % 100;
		for (j = 0; j < n; j++)
			line[j] = alpha[rnd() % (sizeof(alpha) - 1)];
		if (n > 2 && rnd() % 2) {
			line[0] = 'a';
			line[1] = '=';
		}
		if (!check(line, n, rnd() % 3 == 0 ? "a=N" : rnd() % 2 ?
		    "country=NZ" : "a=N b=Z a=a"))
			bad++;
	}
	ok(bad == 0, "random lines agree with rec_parse (%d differ)", bad);
	return tap_done();
}
