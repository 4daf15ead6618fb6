/*
 * t-scan: scan_parse must agree with rec_parse on every line, good or
 * bad, build the same fields (all, or those of the kept keys, in order),
 * report the same error, and find fields exactly where a field-by-field
 * search does.
 * Fixed cases first, then random lines over an alphabet of the bytes
 * that matter (deterministic generators, so a failure repeats): 200,000
 * looking for fields, 200,000 keeping keys, built from TAB, "=",
 * backslash, CR, NUL and UTF-8 pieces.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rec.h"
#include "scan.h"
#include "tap.h"

/* Returns what scan_parse should say, from rec_parse. */
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
 * Returns whether scan_parse keeping every field gives rc again and, for
 * a good line, the very fields of rec_parse.
 */
static int
same_rec(const char *line, size_t len, const struct scan_field *f,
    size_t nf, int rc)
{
	struct rec a = { 0 }, b = { 0 };
	struct rec_err e;
	size_t i;
	int same;

	same = scan_parse(&a, line, len, NULL, f, nf, NULL) == rc;
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
	static const struct scan_keys none;
	struct scan_field f[SCAN_MAXFIELDS];
	struct rec r = { 0 };
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
	got = scan_parse(&r, line, len, &none, f, nf, NULL);
	if (got != -1 && r.nf != 0)
		got = -2;		/* no key kept, yet a field */
	rec_free(&r);
	exp = want(line, len, f, nf);
	if (got != exp)
		printf("# line \"%.*s\" fields %s: got %d want %d\n",
		    (int)len, line, fields, got, exp);
	return got == exp && same_rec(line, len, f, nf, got);
}

/*
 * Returns whether scan_parse keeping the keys of want (all when NULL)
 * agrees with rec_parse: same verdict, same error, the wanted fields.
 */
static int
same(const char *line, size_t len, const struct scan_keys *want)
{
	struct rec a = { 0 }, b = { 0 };
	struct rec_err ea, eb;
	int ra, rb, good = 1;
	size_t i, j;

	ra = rec_parse(&a, line, len, &ea);
	rb = scan_parse(&b, line, len, want, NULL, 0, &eb) == -1 ? -1 : 0;
	if (ra != rb)
		good = 0;
	else if (ra == -1)
		good = ea.code == eb.code && ea.field == eb.field &&
		    ea.off == eb.off;
	else {
		/* b holds the wanted fields of a, in order. */
		for (i = 0, j = 0; i < a.nf && good; i++) {
			const struct field *f = &a.f[i];
			size_t k;
			int w = want == NULL;

			for (k = 0; want != NULL && k < want->n; k++)
				if (want->klen[k] == f->klen &&
				    memcmp(want->key[k], f->key, f->klen) == 0)
					w = 1;
			if (!w)
				continue;
			good = j < b.nf && b.f[j].key == f->key &&
			    b.f[j].klen == f->klen && b.f[j].val == f->val &&
			    b.f[j].vlen == f->vlen;
			j++;
		}
		good = good && j == b.nf;
	}
	rec_free(&a);
	rec_free(&b);
	return good;
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
	struct rec r = { 0 };
	size_t i, j, n;
	int bad = 0;
	static const char *lines[] = {
		"k=v", "k=", "a=1\tb=2", "a=1\t", "\ta=1", "=v", "K=v",
		"k=v\\", "k=\\q", "k=\\\\\\t\\n\\r", "k=a=b", "k-1.x_y=v",
		"1k=v", "k=v\r", "k=\xc3\xa9", "k=\xc3", "k=\xed\xa0\x80",
		"k=\xf4\x90\x80\x80", "k=\xe0\x80\xaf", "k=\xf0\x9f\x98\x80",
		"k=0123456789abcdef0123456789\\", "k=abcdefgh\tj=ijklmnop",
		"",
	};
	static const char alpha2[] = "ab=\t\\tnr\r\x01" "9.-_ Z";
	static const char *hi[] = { "\xc3\xa9", "\xe4\xb8\xad",
	    "\xf0\x9f\x98\x80", "\xc3", "\xff", "\xed\xa0\x80", "\xe0\x80\xaf", "\x80" };
	struct scan_keys want;
	char buf[64];
	size_t len;
	int good = 1, bad1 = 0;

	for (i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++) {
		n = strlen(fixed[i]);
		ok(check(fixed[i], n, "country=NZ"), "fixed %zu", i);
	}
	ok(check("a=1\0b", 5, "a=1"), "NUL byte");
	ok(check("a=1\tb=2", 7, "a=1 b=2"), "two fields, both there");
	ok(scan_parse(&r, "a=1\tb=2", 7, NULL, NULL, 0, NULL) == 1,
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
	rec_free(&r);

	memset(&want, 0, sizeof(want));
	scan_want(&want, "b");
	scan_want(&want, "k");
	for (i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
		ok(same(lines[i], strlen(lines[i]), NULL), "same: line %zu", i);
		ok(same(lines[i], strlen(lines[i]), &want),
		    "same, keys b k: line %zu", i);
	}
	ok(same("k=a\0b", 5, NULL), "same: NUL");
	srandom(4);
	for (i = 0; i < 200000 && good; i++) {
		len = 0;
		if (random() % 2) {
			memcpy(buf, "k=", 2);
			len = 2;
		}
		n = (size_t)random() % 24;
		while (n-- > 0 && len < sizeof(buf) - 4) {
			long k = random() % 40;

			if (k < 30)
				buf[len++] = alpha2[k % (sizeof(alpha2) - 1)];
			else if (k < 39) {
				const char *h = hi[k % 8];

				memcpy(buf + len, h, strlen(h));
				len += strlen(h);
			} else
				buf[len++] = '\0';
		}
		good = same(buf, len, NULL) && same(buf, len, &want);
		if (!good)
			bad1 = (int)i;
	}
	ok(good, "200,000 random lines: the parsers agree (first bad %d)",
	    bad1);
	return tap_done();
}
