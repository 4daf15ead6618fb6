/*
 * fuzz-rec: rec_parse on every line of the input. A line that parses must
 * survive the round trip the tools rely on: decode every value with
 * rec_value, write it again with rec_add, and get the line back byte for
 * byte. A line that does not parse must get a message from rec_strerror
 * that points inside the line.
 */
#include <string.h>

#include "buf.h"
#include "esc.h"
#include "fuzz.h"
#include "rec.h"

static void
check_line(struct rec *r, const char *line, size_t len)
{
	static struct buf out, tmp;
	struct rec_err e;
	char msg[256], key[256];
	const char *v;
	size_t i, n;

	if (rec_parse(r, line, len, &e) == -1) {
		FUZZ_ASSERT(e.code != REC_OK && e.code != REC_NOMEM);
		/* A trailing TAB makes an empty last field: off == len. */
		FUZZ_ASSERT(e.off <= len);
		rec_strerror(&e, line, len, msg, sizeof(msg));
		FUZZ_ASSERT(strlen(msg) < sizeof(msg));
		return;
	}
	FUZZ_ASSERT(r->nf > 0);
	buf_reset(&out);
	for (i = 0; i < r->nf; i++) {
		const struct field *f = &r->f[i];

		FUZZ_ASSERT(rec_key_valid(f->key, f->klen));
		FUZZ_ASSERT(rec_find(r, "", 0) == -1);
		FUZZ_ASSERT(rec_value(r, i, &tmp, &v, &n) == 0);
		/* A decoded value is never longer than its raw form. */
		FUZZ_ASSERT(n <= f->vlen);
		if (f->klen < sizeof(key)) {
			memcpy(key, f->key, f->klen);
			key[f->klen] = '\0';
			FUZZ_ASSERT(rec_iskey(r, i, key));
			FUZZ_ASSERT(rec_find(r, key, 0) <= (long)i);
			FUZZ_ASSERT(rec_add(&out, key, v, n) == 0);
		} else
			FUZZ_ASSERT(rec_add_field(&out, f) == 0);
	}
	FUZZ_ASSERT(out.len == len);
	FUZZ_ASSERT(memcmp(out.p, line, len) == 0);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct rec r;
	const char *p = (const char *)data, *end = p + size, *nl;

	/* Lines as io_getline returns them: no newline inside. */
	for (;;) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		check_line(&r, p, (size_t)(nl - p));
		if (nl == end)
			break;
		p = nl + 1;
	}
	return 0;
}
