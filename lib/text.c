/*
 * text: cleaning raw lines into paragraph text (see text.h).
 *
 * Printable ASCII, the bulk of news text, is copied in runs found with a
 * table; only white space, control bytes and non-ASCII bytes take the slow
 * path. A map entry is added only when the clean offset stops tracking the
 * raw one, so plain text needs about one entry per line.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

/* 1: copied as is; 2: ASCII white space; 0: anything else. */
static unsigned char plain[256];

static void
init_plain(void)
{
	int c;

	for (c = 0x21; c < 0x7f; c++)
		plain[c] = 1;
	plain[' '] = plain['\t'] = plain['\v'] = plain['\f'] = plain['\r'] = 2;
}

/*
 * Whether the eight bytes at s are printable ASCII or single spaces, none
 * at the end (nor at the start when first): then they are copied as they
 * are. Eight at a time, as the profile asked.
 */
static int
chunk_plain(const unsigned char *s, int first)
{
	const uint64_t ones = 0x0101010101010101ULL, high = ones << 7;
	const uint64_t low7 = ~high;
	uint64_t x, y, sp;

	memcpy(&x, s, 8);
	if (x & high)
		return 0;			/* not ASCII */
	if ((((x & low7) + ones * 0x60) & high) != high)
		return 0;			/* a control byte */
	if (((x + ones) & high) != 0)
		return 0;			/* DEL */
	y = x ^ (ones * ' ');
	sp = ~(((y & low7) + low7) | y | low7);	/* high bit: a space */
	if (sp & (sp >> 8))
		return 0;			/* two spaces in a row */
	if ((s[7] == ' ') || (first && s[0] == ' '))
		return 0;
	return 1;
}

static int
add_map(struct text *t, size_t cpos, unsigned long long rpos)
{
	struct text_map *m;
	size_t cap;

	if (t->nmap > 0) {
		m = &t->map[t->nmap - 1];
		if (m->rpos + (cpos - m->cpos) == rpos)
			return 0;
		if (m->cpos == cpos) {
			m->rpos = rpos;
			return 0;
		}
	}
	if (t->nmap == t->capmap) {
		cap = t->capmap ? t->capmap * 2 : 256;
		m = reallocarray(t->map, cap, sizeof(*m));
		if (m == NULL)
			return -1;
		t->map = m;
		t->capmap = cap;
	}
	t->map[t->nmap].cpos = cpos;
	t->map[t->nmap].rpos = rpos;
	t->nmap++;
	return 0;
}

/* Appends n clean bytes that stand for raw bytes from rpos on. */
static int
emit(struct text *t, const char *p, size_t n, unsigned long long rpos)
{
	if (t->space) {
		t->space = 0;
		if (t->b.len > 0) {
			if (add_map(t, t->b.len, t->space_rpos) == -1 ||
			    buf_addc(&t->b, ' ') == -1)
				return -1;
		}
	}
	t->bol = 0;
	if (add_map(t, t->b.len, rpos) == -1)
		return -1;
	return buf_add(&t->b, p, n);
}

static void
owe_space(struct text *t, unsigned long long rpos)
{
	if (!t->space && !t->bol && t->b.len > 0) {
		t->space = 1;
		t->space_rpos = rpos;
	}
}

/*
 * Decodes one UTF-8 sequence at s (n > 0 bytes, s[0] >= 0x80). Returns
 * its length and the code point in *cp, or the length of the invalid
 * prefix to replace with *cp = -1.
 */
static size_t
decode(const unsigned char *s, size_t n, long *cp)
{
	unsigned char c = s[0];
	size_t len, i;
	long v, min;

	if (c >= 0xc2 && c <= 0xdf) {
		len = 2; v = c & 0x1f; min = 0x80;
	} else if (c >= 0xe0 && c <= 0xef) {
		len = 3; v = c & 0x0f; min = 0x800;
	} else if (c >= 0xf0 && c <= 0xf4) {
		len = 4; v = c & 0x07; min = 0x10000;
	} else {
		*cp = -1;
		return 1;
	}
	for (i = 1; i < len; i++) {
		if (i >= n || (s[i] & 0xc0) != 0x80) {
			*cp = -1;
			return i;
		}
		v = v << 6 | (s[i] & 0x3f);
		/* Reject overlongs and surrogates at the earliest byte. */
		if (i == 1 && ((len == 3 && c == 0xe0 && s[1] < 0xa0) ||
		    (len == 3 && c == 0xed && s[1] > 0x9f) ||
		    (len == 4 && c == 0xf0 && s[1] < 0x90) ||
		    (len == 4 && c == 0xf4 && s[1] > 0x8f))) {
			*cp = -1;
			return 1;
		}
	}
	if (v < min) {
		*cp = -1;
		return len;
	}
	*cp = v;
	return len;
}

static int
is_uspace(long cp)
{
	return cp == 0x85 || cp == 0xa0 || cp == 0x1680 ||
	    (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028 || cp == 0x2029 ||
	    cp == 0x202f || cp == 0x205f || cp == 0x3000;
}

int
text_add(struct text *t, const char *raw, size_t len, unsigned long long roff)
{
	static int inited;
	static const char repl[] = "\xef\xbf\xbd";
	const unsigned char *s = (const unsigned char *)raw;
	size_t i = 0, j, l;
	long cp;

	if (!inited) {
		init_plain();
		inited = 1;
	}
	while (i < len) {
		/* A run of printable ASCII with single spaces inside. */
		j = i;
		for (;;) {
			while (j + 8 <= len && chunk_plain(s + j, j == i))
				j += 8;
			while (j < len && plain[s[j]] == 1)
				j++;
			if (j > i && j + 1 < len && s[j] == ' ' &&
			    plain[s[j + 1]] == 1)
				j += 2;
			else
				break;
		}
		if (j > i) {
			if (emit(t, raw + i, j - i, roff + i) == -1)
				return -1;
			i = j;
			continue;
		}
		if (plain[s[i]] == 2) {
			owe_space(t, roff + i);
			i++;
			continue;
		}
		if (s[i] < 0x80) {
			if (s[i] == 0) {
				t->nnul++;
				if (emit(t, repl, 3, roff + i) == -1)
					return -1;
			} else if (emit(t, raw + i, 1, roff + i) == -1)
				return -1;
			i++;
			continue;
		}
		l = decode(s + i, len - i, &cp);
		if (cp < 0) {
			t->nbad++;
			if (emit(t, repl, 3, roff + i) == -1)
				return -1;
		} else if (is_uspace(cp))
			owe_space(t, roff + i);
		else if (cp != 0xfeff && emit(t, raw + i, l, roff + i) == -1)
			return -1;
		i += l;
	}
	return 0;
}

void
text_space(struct text *t, unsigned long long rpos)
{
	owe_space(t, rpos);
}

void
text_break(struct text *t)
{
	t->space = 0;
	t->bol = 1;
}

unsigned long long
text_rawoff(const struct text *t, size_t cpos, size_t m0, size_t m1)
{
	size_t lo = m0, hi = m1, mid;

	if (m0 >= m1)
		return 0;
	/* The last entry at or before cpos. */
	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (t->map[mid].cpos <= cpos)
			lo = mid;
		else
			hi = mid;
	}
	return t->map[lo].rpos + (cpos - t->map[lo].cpos);
}

void
text_shift(struct text *t, size_t cpos, size_t nmap)
{
	size_t i;

	if (cpos > t->b.len)
		cpos = t->b.len;
	memmove(t->b.p, t->b.p + cpos, t->b.len - cpos);
	t->b.len -= cpos;
	if (nmap > t->nmap)
		nmap = t->nmap;
	memmove(t->map, t->map + nmap, (t->nmap - nmap) * sizeof(*t->map));
	t->nmap -= nmap;
	for (i = 0; i < t->nmap; i++) {
		if (t->map[i].cpos < cpos) {
			/* The entry covering the cut now starts at it. */
			t->map[i].rpos += cpos - t->map[i].cpos;
			t->map[i].cpos = cpos;
		}
		t->map[i].cpos -= cpos;
	}
}

void
text_free(struct text *t)
{
	buf_free(&t->b);
	free(t->map);
	memset(t, 0, sizeof(*t));
}
