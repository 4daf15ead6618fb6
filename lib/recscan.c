/*
 * recscan: rec_parse makes several passes over a line (NUL, UTF-8, CR,
 * then memchr per field for TAB, "=" and backslash): on short fields the
 * calls cost more than the bytes. Here one table-driven loop splits and
 * checks at once; any doubt is settled by rec_parse, so the two can
 * never disagree on what is bad.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "recscan.h"

/*
 * Byte classes in a value: 0 plain, the rest stop the fast loop: TAB
 * ends the field, backslash starts an escape, 0x80 and up a UTF-8
 * sequence, NUL and CR are bad.
 */
#define ONES	0x0101010101010101ULL

enum { C_PLAIN, C_TAB, C_BSL, C_HIGH, C_BAD };

static unsigned char cls[256];

static void
tables(void)
{
	int c;

	if (cls['\t'] == C_TAB)
		return;
	for (c = 0x80; c < 0x100; c++)
		cls[c] = C_HIGH;
	cls['\0'] = C_BAD;
	cls['\r'] = C_BAD;
	cls['\\'] = C_BSL;
	cls['\t'] = C_TAB;
}

/* Returns the length of the valid UTF-8 sequence at p, or 0. */
static size_t
utf8len(const unsigned char *p, const unsigned char *end)
{
	unsigned c = p[0], lo = 0x80, hi = 0xBF;
	size_t n, i;

	if (c >= 0xC2 && c <= 0xDF)
		n = 2;
	else if (c >= 0xE0 && c <= 0xEF) {
		n = 3;
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4;
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;
	} else
		return 0;
	if ((size_t)(end - p) < n || p[1] < lo || p[1] > hi)
		return 0;
	for (i = 2; i < n; i++)
		if ((p[i] & 0xC0) != 0x80)
			return 0;
	return n;
}

int
recscan_want(struct recscan_keys *k, const char *key)
{
	size_t i;

	for (i = 0; i < k->n; i++)
		if (strcmp(k->key[i], key) == 0)
			return 0;
	if (k->n == RECSCAN_MAXKEYS)
		return -1;
	k->key[k->n] = key;
	k->klen[k->n++] = strlen(key);
	k->first[(unsigned char)key[0]] = 1;
	return 0;
}

/* Returns whether the key of klen bytes at k is wanted. */
static int
wanted(const struct recscan_keys *want, const unsigned char *k, size_t klen)
{
	size_t i;

	if (want == NULL)
		return 1;
	if (!want->first[k[0]])
		return 0;
	for (i = 0; i < want->n; i++)
		if (want->klen[i] == klen && memcmp(want->key[i], k, klen) == 0)
			return 1;
	return 0;
}

/*
 * Keys repeat from record to record: a key of up to seven bytes that was
 * checked before is found again with its "=" in one 8-byte word, and
 * whether it is wanted with it, instead of byte by byte. Entries note
 * the want set they were made for.
 */
static struct {
	uint64_t			 word;	/* key and "=", zero padded */
	const struct recscan_keys	*want;
	size_t				 nwant;
	int				 keep;
} kcache[64];

static size_t
kslot(uint64_t w)
{
	return (size_t)((w * 0x9E3779B97F4A7C15ULL) >> 58);
}

/*
 * Returns whether the cached key at *p is wanted, moving *p to its "=",
 * or -1 when the key is not in the cache.
 */
static int
cached_key(const unsigned char **pp, const unsigned char *end,
    const struct recscan_keys *want)
{
	const unsigned char *p = *pp;
	uint64_t w, eq, kw;
	size_t klen, s;

	if (end - p < 8)
		return -1;
	memcpy(&w, p, 8);
	eq = ((w ^ (ONES * '=')) - ONES) & ~(w ^ (ONES * '=')) & (ONES * 0x80);
	if (eq == 0)
		return -1;
	/* The lowest flagged byte is the first "=". */
	klen = (size_t)__builtin_ctzll(eq) / 8;
	kw = klen == 7 ? w : w & ((1ULL << (8 * (klen + 1))) - 1);
	s = kslot(kw);
	if (klen == 0 || kcache[s].word != kw || kcache[s].want != want ||
	    kcache[s].nwant != (want ? want->n : 0))
		return -1;
	*pp = p + klen;
	return kcache[s].keep;
}

/* Notes a checked key, with its "=" after it at k[klen]. */
static void
cache_key(const unsigned char *k, size_t klen,
    const struct recscan_keys *want, int keep)
{
	uint64_t kw = 0;
	size_t s;

	if (klen > 7)
		return;
	memcpy(&kw, k, klen + 1);
	s = kslot(kw);
	kcache[s].word = kw;
	kcache[s].want = want;
	kcache[s].nwant = want ? want->n : 0;
	kcache[s].keep = keep;
}

int
recscan_parse(struct rec *r, const char *line, size_t len,
    const struct recscan_keys *want, struct rec_err *e)
{
	const unsigned char *p = (const unsigned char *)line, *end = p + len;
	const unsigned char *k, *v;
	struct field *f;
	size_t n;

	tables();
	r->line = line;
	r->len = len;
	r->nf = 0;
	if (len == 0)
		goto slow;
	for (;;) {
		int keep;

		k = p;
		if ((keep = cached_key(&p, end, want)) == -1) {
			if (rec_keych[*p] != 1)
				goto slow;
			while (++p < end && rec_keych[*p] != 0)
				;
			if (p == end || *p != '=')
				goto slow;
			keep = wanted(want, k, (size_t)(p - k));
			cache_key(k, (size_t)(p - k), want, keep);
		}
		v = ++p;
		for (;;) {
			/*
			 * Eight bytes at a time while none is below 0x0E
			 * (NUL, TAB, CR and a few plain controls), a
			 * backslash, or 0x80 and up; then byte by byte.
			 */
#ifdef __SSE2__
			/* The same test sixteen bytes at a time. */
			while (end - p >= 16) {
				__m128i x = _mm_loadu_si128((const void *)p);
				__m128i lo = _mm_cmplt_epi8(x, _mm_set1_epi8(0x0E));
				__m128i bs = _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'));
				unsigned m = (unsigned)_mm_movemask_epi8(
				    _mm_or_si128(_mm_or_si128(lo, bs), x));

				if (m != 0) {
					p += __builtin_ctz(m);
					goto special;
				}
				p += 16;
			}
#endif
			while (end - p >= 8) {
				uint64_t w, t;

				memcpy(&w, p, 8);
				t = ((w - ONES * 0x0E) & ~w) | w |
				    (((w ^ (ONES * '\\')) - ONES) &
				    ~(w ^ (ONES * '\\')));
				/* The lowest flagged byte is a true one. */
				if ((t &= ONES * 0x80) != 0) {
					p += __builtin_ctzll(t) / 8;
					break;
				}
				p += 8;
			}
			while (p < end && cls[*p] == C_PLAIN)
				p++;
#ifdef __SSE2__
special:
#endif
			if (p == end || *p == '\t')
				break;
			if (*p == '\\') {
				if (p + 1 == end || (p[1] != '\\' &&
				    p[1] != 't' && p[1] != 'n' && p[1] != 'r'))
					goto slow;
				p += 2;
			} else if (*p >= 0x80) {
				if ((n = utf8len(p, end)) == 0)
					goto slow;
				p += n;
			} else
				goto slow;
		}
		if (!keep)
			goto next;
		if (r->nf == r->cap) {
			size_t cap = r->cap ? r->cap * 2 : 16;

			if ((f = reallocarray(r->f, cap, sizeof(*f))) == NULL)
				goto slow;
			r->f = f;
			r->cap = cap;
		}
		f = &r->f[r->nf++];
		f->key = (const char *)k;
		f->klen = (size_t)(v - 1 - k);
		f->val = (const char *)v;
		f->vlen = (size_t)(p - v);
next:
		if (p == end)
			return 0;
		/* A TAB at the very end leaves an empty field: bad. */
		if (++p == end)
			goto slow;
	}
slow:
	if (rec_parse(r, line, len, e) == 0) {
		/* Cannot happen: the two parsers accept the same lines. */
		return 0;
	}
	return -1;
}

int
recscan_next(struct recin *ri, const struct recscan_keys *want,
    struct rec **r)
{
	struct rec_err e;
	char msg[256];
	char *line;
	size_t len;
	int rc;

	while ((rc = recin_nextline(ri, &line, &len)) == 1) {
		if (recscan_parse(&ri->rec, line, len, want, &e) == 0) {
			*r = &ri->rec;
			return 1;
		}
		if (recin_bad(ri, rec_strerror(&e, line, len, msg,
		    sizeof(msg))) == -1)
			return -1;
	}
	return rc;
}
