/*
 * scan: rec_parse makes several passes over a line (NUL, UTF-8, CR, then
 * memchr per field for TAB, "=" and backslash): on short fields the calls
 * cost more than the bytes. Here one pass validates the line as a record,
 * keeps the fields a program reads and finds whole fields: rec_parse's
 * result, several times faster. Any doubt is settled by rec_parse, so the
 * two can never disagree on what is bad.
 *
 * Keys are short and checked a byte at a time; values, where the bytes
 * are, are skipped sixteen bytes at a time with SSE2 (where the compiler
 * offers it) up to the next byte that matters: TAB, backslash, NUL or
 * carriage return. The first byte with the high bit set is only noted;
 * the rest of the line from there goes through utf_valid once. (A cache
 * of checked keys, tried here, cost ccfilter more than it saved ccstat.)
 */
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

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

int
scan_want(struct scan_keys *k, const char *key)
{
	size_t i;

	for (i = 0; i < k->n; i++)
		if (strcmp(k->key[i], key) == 0)
			return 0;
	if (k->n == SCAN_MAXKEYS)
		return -1;
	k->key[k->n] = key;
	k->klen[k->n++] = strlen(key);
	k->first[(unsigned char)key[0]] = 1;
	return 0;
}

/* Returns whether the key of klen bytes at k is in keep. */
static int
wanted(const struct scan_keys *keep, const unsigned char *k, size_t klen)
{
	size_t i;

	if (!keep->first[k[0]])
		return 0;
	for (i = 0; i < keep->n; i++)
		if (keep->klen[i] == klen && memcmp(keep->key[i], k, klen) == 0)
			return 1;
	return 0;
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
scan_parse(struct rec *r, const char *line, size_t len,
    const struct scan_keys *keep, const struct scan_field *f, size_t nf,
    struct rec_err *e)
{
	const unsigned char *p = (const unsigned char *)line, *end = p + len;
	const unsigned char *fs, *eq, *hp = NULL;
	unsigned found = 0, all = (1u << nf) - 1;
	size_t j;

	r->line = line;
	r->len = len;
	r->nf = 0;
	if (len == 0)
		goto bad;
	for (;;) {
		fs = p;
		if (p == end || rec_keych[*p] != 1)
			goto bad;
		for (p++; p < end && rec_keych[*p] != 0; p++)
			;
		if (p == end || *p != '=')
			goto bad;
		eq = p++;
		for (;;) {
			p = skip(p, end, (const unsigned char *)line, &hp);
			if (p == end || *p == '\t')
				break;
			if (*p != '\\' || p + 1 == end || !escch[p[1]])
				goto bad;
			p += 2;
		}
		for (j = 0; j < nf; j++)
			if ((size_t)(p - fs) == f[j].len &&
			    memcmp(fs, f[j].p, f[j].len) == 0)
				found |= 1u << j;
		if ((keep == NULL || (keep->n > 0 &&
		    wanted(keep, fs, (size_t)(eq - fs)))) &&
		    addfield(r, fs, eq, p) == -1)
			goto bad;
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
		goto bad;
	return found == all;
bad:
	if (e == NULL)
		return -1;
	if (rec_parse(r, line, len, e) == 0) {
		/* The parsers agree: only memory ran out here. */
		e->code = REC_NOMEM;
		e->field = e->off = 0;
	}
	return -1;
}

int
scan_next(struct recin *ri, const struct scan_keys *keep, struct rec **r)
{
	struct rec_err e;
	char msg[256];
	char *line;
	size_t len;
	int rc;

	while ((rc = recin_nextline(ri, &line, &len)) == 1) {
		if (scan_parse(&ri->rec, line, len, keep, NULL, 0, &e) != -1) {
			*r = &ri->rec;
			return 1;
		}
		if (recin_bad(ri, rec_strerror(&e, line, len, msg,
		    sizeof(msg))) == -1)
			return -1;
	}
	return rc;
}
