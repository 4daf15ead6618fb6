/*
 * fuzz-split: libFuzzer target for ccsplit's library: the input is raw
 * text, fed line by line through lib/page (cleaning, paragraphs, kinds,
 * documents) and every decided paragraph through lib/sent.
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Ilib \
 *       tests/fuzz/fuzz-split.c lib/page.c lib/sent.c lib/text.c \
 *       lib/buf.c -lutf8proc -lbsd -o fuzz-split
 *   ./fuzz-split tests/golden/ccsplit
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "page.h"
#include "sent.h"

static void
drain(struct page *pg, struct sentv *sv, int final)
{
	long n, i, j;

	n = page_decide(pg, final);
	if (n < 0)
		abort();
	for (i = 0; i < n; i++) {
		if (sent_split(sv, page_text(pg, i),
		    pg->p[i].ce - pg->p[i].cs) < 0)
			abort();
		for (j = 0; j < (long)sv->n; j++)
			if (sv->v[j].end > pg->p[i].ce - pg->p[i].cs ||
			    sv->v[j].start >= sv->v[j].end)
				abort();
		(void)page_off(pg, i, 0);
	}
	page_release(pg, n);
}

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct page pg;
	struct sentv sv = { 0 };
	const char *s = (const char *)data, *nl;
	size_t off = 0, l;

	page_init(&pg, 1);
	while (off <= size) {
		nl = memchr(s + off, '\n', size - off);
		l = nl ? (size_t)(nl - (s + off)) : size - off;
		if (page_line(&pg, s + off, l, off) == -1)
			abort();
		if (page_full(&pg))
			drain(&pg, &sv, 0);
		off += l + 1;
	}
	drain(&pg, &sv, 1);
	page_free(&pg);
	sent_free(&sv);
	return 0;
}
