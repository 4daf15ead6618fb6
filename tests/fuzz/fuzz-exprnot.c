/*
 * fuzz-exprnot: the ccfilter expression compiler and matcher. The input is
 * expression words, one per line, then a NUL byte and a record line. An
 * expression either compiles or gets a message; one that compiles is
 * matched against the record, and "not ( E )" must give the opposite
 * answer to E whenever neither hits a regex limit.
 */
#include <string.h>

#include "expr.h"
#include "fuzz.h"
#include "rec.h"

#define MAXWORDS	64

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char text[4096];
	static struct rec r;
	char *words[MAXWORDS + 3], err[256], *p, *end, *nl;
	const char *line = NULL;
	size_t llen = 0;
	struct expr *e, *ne;
	struct rec_err re;
	int nw = 0, m, nm;
	const uint8_t *nul;

	if ((nul = memchr(data, '\0', size)) != NULL) {
		line = (const char *)nul + 1;
		llen = size - (size_t)(nul - data) - 1;
		size = (size_t)(nul - data);
	}
	if (size >= sizeof(text))
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	words[nw++] = "not";
	words[nw++] = "(";
	for (p = text, end = text + size; p <= end && nw < MAXWORDS + 2; ) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		*nl = '\0';
		words[nw++] = p;
		p = nl + 1;
	}
	if (p <= end)
		return 0;
	words[nw++] = ")";

	err[0] = '\0';
	if ((e = expr_compile(nw - 3, words + 2, NULL, err, sizeof(err))) ==
	    NULL) {
		FUZZ_ASSERT(err[0] != '\0' && strlen(err) < sizeof(err));
		return 0;
	}
	ne = expr_compile(nw, words, NULL, err, sizeof(err));
	FUZZ_ASSERT(ne != NULL);
	if (line == NULL || rec_parse(&r, line, llen, &re) == -1) {
		static const char def[] = "doc=a\tcountry=CN\tn=3\ttext=x y";

		FUZZ_ASSERT(rec_parse(&r, def, sizeof(def) - 1, &re) == 0);
	}
	m = expr_match(e, &r);
	nm = expr_match(ne, &r);
	FUZZ_ASSERT(m >= -1 && m <= 1 && nm >= -1 && nm <= 1);
	if (m == -1)
		FUZZ_ASSERT(expr_error(e) != NULL);
	if (m != -1 && nm != -1)
		FUZZ_ASSERT(m != nm);
	expr_free(e);
	expr_free(ne);
	return 0;
}
