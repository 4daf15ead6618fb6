/*
 * fuzz-recjson: libFuzzer target for the record side of lib/json. Every
 * valid record whose repeated keys are together and whose key=value
 * pairs are all different (as cc programs write them) must come back
 * byte for byte from its JSON, with and without -a. Build as
 * fuzz-json.c says, seeded with the .rec files of tests/golden/ccfmt.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "rec.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Returns whether r is as cc programs write it (see above). */
static int
canonical(const struct rec *r)
{
	size_t i, j;

	for (i = 0; i < r->nf; i++)
		for (j = i + 1; j < r->nf; j++) {
			const struct field *a = &r->f[i], *b = &r->f[j];

			if (a->klen != b->klen ||
			    memcmp(a->key, b->key, a->klen) != 0)
				continue;
			if (j > i + 1 && !(r->f[j - 1].klen == a->klen &&
			    memcmp(r->f[j - 1].key, a->key, a->klen) == 0))
				return 0;
			if (a->vlen == b->vlen &&
			    memcmp(a->val, b->val, a->vlen) == 0)
				return 0;
		}
	/* text goes last on the way back. */
	for (i = 0; i + 1 < r->nf; i++)
		if (rec_iskey(r, i, "text") && !rec_iskey(r, i + 1, "text"))
			return 0;
	return 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct json_conv c;
	static struct buf js, back;
	struct rec r = { 0 };
	struct rec_err e;
	int arrays;

	if (memchr(data, '\n', size) != NULL ||
	    rec_parse(&r, (const char *)data, size, &e) == -1 ||
	    !canonical(&r)) {
		rec_free(&r);
		return 0;
	}
	for (arrays = 0; arrays < 2; arrays++) {
		buf_reset(&js);
		if (json_put_rec(&js, &r, arrays) == -1 ||
		    json_to_rec(&c, &back, js.p, js.len) == -1 ||
		    back.len != size || memcmp(back.p, data, size) != 0)
			abort();
	}
	rec_free(&r);
	return 0;
}
