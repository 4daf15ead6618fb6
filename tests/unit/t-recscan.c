/*
 * t-recscan: recscan_parse must accept exactly the lines rec_parse
 * accepts, with the same fields, and report the same error. Checked on
 * hand-picked lines and on 200,000 random ones built from the bytes
 * that matter (TAB, "=", backslash, CR, NUL, UTF-8 pieces).
 */
#include <stdlib.h>
#include <string.h>

#include "recscan.h"
#include "tap.h"

static int
same(const char *line, size_t len, const struct recscan_keys *want)
{
	struct rec a = { 0 }, b = { 0 };
	struct rec_err ea, eb;
	int ra, rb, good = 1;
	size_t i, j;

	ra = rec_parse(&a, line, len, &ea);
	rb = recscan_parse(&b, line, len, want, &eb);
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

int
main(void)
{
	static const char *lines[] = {
		"k=v", "k=", "a=1\tb=2", "a=1\t", "\ta=1", "=v", "K=v",
		"k=v\\", "k=\\q", "k=\\\\\\t\\n\\r", "k=a=b", "k-1.x_y=v",
		"1k=v", "k=v\r", "k=\xc3\xa9", "k=\xc3", "k=\xed\xa0\x80",
		"k=\xf4\x90\x80\x80", "k=\xe0\x80\xaf", "k=\xf0\x9f\x98\x80",
		"k=0123456789abcdef0123456789\\", "k=abcdefgh\tj=ijklmnop",
		"",
	};
	static const char alpha[] = "ab=\t\\tnr\r\x01" "9.-_ Z";
	static const char *hi[] = { "\xc3\xa9", "\xe4\xb8\xad",
	    "\xf0\x9f\x98\x80", "\xc3", "\xff", "\xed\xa0\x80", "\xe0\x80\xaf", "\x80" };
	struct recscan_keys want;
	char buf[64];
	size_t i, n, len;
	int good = 1, bad = 0;

	memset(&want, 0, sizeof(want));
	recscan_want(&want, "b");
	recscan_want(&want, "k");
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
			long r = random() % 40;

			if (r < 30)
				buf[len++] = alpha[r % (sizeof(alpha) - 1)];
			else if (r < 39) {
				const char *h = hi[r % 8];

				memcpy(buf + len, h, strlen(h));
				len += strlen(h);
			} else
				buf[len++] = '\0';
		}
		good = same(buf, len, NULL) && same(buf, len, &want);
		if (!good)
			bad = (int)i;
	}
	ok(good, "200,000 random lines: the parsers agree (first bad %d)",
	    bad);
	return tap_done();
}
