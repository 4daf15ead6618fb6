/*
 * scan: one pass over a line that validates it as a record, finds whole
 * fields in it and, when asked, sets up the parsed record: rec_parse's
 * result, several times faster.
 *
 * Keys are short and checked a byte at a time; values, where the bytes
 * are, are skipped sixteen bytes at a time with SSE2 (where the compiler
 * offers it) up to the next byte that matters: TAB, backslash, NUL or
 * carriage return. The first byte with the high bit set is only noted;
 * the rest of the line from there goes through utf_valid once.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "rec.h"
#include "scan.h"
#include "utf.h"

/* Bytes that end a run of plain value bytes. */
static const unsigned char special[256] = {
	['\t'] = 1, ['\\'] = 1, ['\0'] = 1, ['\r'] = 1,
};

/* Bytes allowed after a backslash. */
static const unsigned char escch[256] = {
	['\\'] = 1, ['t'] = 1, ['n'] = 1, ['r'] = 1,
};

#ifdef __SSE2__
/* Returns the mask of the bytes of v that end a run of value bytes. */
static inline unsigned
specials(__m128i v)
{
	const __m128i tab = _mm_set1_epi8('\t'), bsl = _mm_set1_epi8('\\');
	const __m128i nul = _mm_setzero_si128(), cr = _mm_set1_epi8('\r');

	return (unsigned)_mm_movemask_epi8(_mm_or_si128(
	    _mm_or_si128(_mm_cmpeq_epi8(v, tab), _mm_cmpeq_epi8(v, bsl)),
	    _mm_or_si128(_mm_cmpeq_epi8(v, nul), _mm_cmpeq_epi8(v, cr))));
}
#endif

/*
 * Returns the first byte at or after p that ends a run of value bytes,
 * or end, noting the first byte with the high bit set in *hp. The line
 * starts at line: a tail shorter than sixteen bytes is read as the last
 * sixteen bytes of the line, never past its end.
 */
static inline const unsigned char *
skip(const unsigned char *p, const unsigned char *end,
    const unsigned char *line, const unsigned char **hp)
{
#ifdef __SSE2__
	unsigned h, m, sh;
	__m128i v;

	while (end - p >= 16) {
		v = _mm_loadu_si128((const void *)p);
		h = (unsigned)_mm_movemask_epi8(v);
		if (h != 0 && *hp == NULL)
			*hp = p + __builtin_ctz(h);
		if ((m = specials(v)) != 0)
			return p + __builtin_ctz(m);
		p += 16;
	}
	if (p < end && end - line >= 16) {
		sh = 16 - (unsigned)(end - p);
		v = _mm_loadu_si128((const void *)(end - 16));
		h = (unsigned)_mm_movemask_epi8(v) >> sh;
		if (h != 0 && *hp == NULL)
			*hp = p + __builtin_ctz(h);
		m = specials(v) >> sh;
		return m != 0 ? p + __builtin_ctz(m) : end;
	}
#else
	(void)line;
#endif
	for (; p < end && !special[*p]; p++)
		if (*p >= 0x80 && *hp == NULL)
			*hp = p;
	return p;
}

/* Appends a field to r, as rec_parse would. Returns 0 or -1. */
static int
addfield(struct rec *r, const unsigned char *key, const unsigned char *eq,
    const unsigned char *end)
{
	struct field *f;
	size_t cap;

	if (r->nf == r->cap) {
		cap = r->cap ? r->cap * 2 : 16;
		if ((f = reallocarray(r->f, cap, sizeof(*f))) == NULL)
			return -1;
		r->f = f;
		r->cap = cap;
	}
	f = &r->f[r->nf++];
	f->key = (const char *)key;
	f->klen = (size_t)(eq - key);
	f->val = (const char *)eq + 1;
	f->vlen = (size_t)(end - eq - 1);
	return 0;
}

int
scan_record(const char *line, size_t len, const struct scan_field *f,
    size_t nf, struct rec *r)
{
	const unsigned char *p = (const unsigned char *)line, *end = p + len;
	const unsigned char *fs, *eq, *hp = NULL;
	unsigned found = 0, all = (1u << nf) - 1;
	size_t j;

	if (r != NULL) {
		r->line = line;
		r->len = len;
		r->nf = 0;
	}
	if (len == 0)
		return -1;
	for (;;) {
		fs = p;
		if (p == end || rec_keych[*p] != 1)
			return -1;
		for (p++; p < end && rec_keych[*p] != 0; p++)
			;
		if (p == end || *p != '=')
			return -1;
		eq = p++;
		for (;;) {
			p = skip(p, end, (const unsigned char *)line, &hp);
			if (p == end || *p == '\t')
				break;
			if (*p != '\\' || p + 1 == end || !escch[p[1]])
				return -1;
			p += 2;
		}
		for (j = 0; j < nf; j++)
			if ((size_t)(p - fs) == f[j].len &&
			    memcmp(fs, f[j].p, f[j].len) == 0)
				found |= 1u << j;
		if (r != NULL && addfield(r, fs, eq, p) == -1)
			return -1;
		if (p == end)
			break;
		p++;
	}
	/*
	 * Keys are ASCII and values were scanned in order, so hp is the
	 * first byte with the high bit set: all before it is ASCII.
	 */
	if (hp != NULL && !utf_valid((const char *)hp, (size_t)(end - hp),
	    NULL))
		return -1;
	return found == all;
}
