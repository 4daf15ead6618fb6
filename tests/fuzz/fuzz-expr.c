/*
 * fuzz-expr: libFuzzer harness for lib/expr and lib/scan. The input is
 * split at its first NUL: before it, expression words separated by
 * newlines; after it, a line checked by scan_parse against rec_parse
 * (they must agree, on the verdict and the fields) and, when a record,
 * matched by the expression.
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -D_GNU_SOURCE \
 *       -Ilib $(pkg-config --cflags libbsd-overlay) tests/fuzz/fuzz-expr.c \
 *       lib/*.c $(pkg-config --libs libutf8proc libpcre2-8 libbsd-overlay)
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "expr.h"
#include "rec.h"
#include "scan.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct expr_limits lim = { 10000, 1 << 20 };
	char *copy, *w[64], err[512], *p, *q;
	const uint8_t *nul;
	struct rec r = { 0 }, r2 = { 0 };
	struct rec_err re;
	const struct scan_field *needle = NULL;
	struct scan_keys nokeys = { 0 };
	const char *line;
	struct expr *e;
	size_t llen, nlen = 0;
	int n = 0, s, ok, needed = -1;

	if ((nul = memchr(data, '\0', size)) == NULL)
		return 0;
	if ((copy = strndup((const char *)data, (size_t)(nul - data))) == NULL)
		return 0;
	for (p = copy; p != NULL && n < 64; p = q) {
		if ((q = strchr(p, '\n')) != NULL)
			*q++ = '\0';
		w[n++] = p;
	}
	line = (const char *)nul + 1;
	llen = size - (size_t)(nul - data) - 1;
	e = expr_compile(n, w, &lim, err, sizeof(err));
	if (e != NULL)
		needed = expr_needles(e, &needle, &nlen);
	s = scan_parse(&r2, line, llen, &nokeys, needle, nlen, NULL);
	ok = rec_parse(&r, line, llen, &re) == 0;
	if ((s == -1) == ok)
		abort();
	if (scan_parse(&r2, line, llen, NULL, needle, nlen, NULL) != s)
		abort();
	if (ok && (r2.nf != r.nf || (r.nf > 0 &&
	    memcmp(r2.f, r.f, r.nf * sizeof(r.f[0])) != 0)))
		abort();
	if (e != NULL && ok) {
		int m = expr_match(e, &r);

		/* Without the needed fields, no match; with them, enough. */
		if (needed != -1 && s == 0 && m == 1)
			abort();
		if (needed == 1 && s == 1 && m == 0)
			abort();
	}
	expr_free(e);
	rec_free(&r);
	rec_free(&r2);
	free(copy);
	return 0;
}
