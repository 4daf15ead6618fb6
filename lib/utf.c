/*
 * utf: UTF-8 handling. Validation runs eight ASCII bytes at a time, since
 * nearly all of a news stream is ASCII; everything that needs Unicode
 * tables goes through libutf8proc.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "utf.h"

#define ASCII_MASK	0x8080808080808080ULL

/*
 * Returns the length of the valid sequence at s (at most len bytes), or
 * 0 when the bytes there do not start one.
 */
static size_t
seqlen(const unsigned char *s, size_t len)
{
	unsigned c = s[0];

	if (c < 0x80)
		return 1;
	if (c < 0xC2)
		return 0;
	if (c < 0xE0)
		return len >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c < 0xF0) {
		if (len < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		if (c == 0xE0 && s[1] < 0xA0)		/* overlong */
			return 0;
		if (c == 0xED && s[1] >= 0xA0)		/* surrogate */
			return 0;
		return 3;
	}
	if (c < 0xF5) {
		if (len < 4 || (s[1] & 0xC0) != 0x80 ||
		    (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
			return 0;
		if (c == 0xF0 && s[1] < 0x90)		/* overlong */
			return 0;
		if (c == 0xF4 && s[1] >= 0x90)		/* past U+10FFFF */
			return 0;
		return 4;
	}
	return 0;
}

int
utf_valid(const char *str, size_t len, size_t *bad)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, n;

	while (i < len) {
		if (len - i >= 8) {
			uint64_t w;

			memcpy(&w, s + i, 8);
			if ((w & ASCII_MASK) == 0) {
				i += 8;
				continue;
			}
		}
		if ((n = seqlen(s + i, len - i)) == 0) {
			if (bad != NULL)
				*bad = i;
			return 0;
		}
		i += n;
	}
	return 1;
}

/*
 * Returns the length of the maximal subpart of an ill-formed sequence at
 * s: the longest prefix that could still begin a valid sequence, at least
 * one byte (Unicode 15, section 3.9, "U+FFFD substitution of maximal
 * subparts").
 */
static size_t
badlen(const unsigned char *s, size_t len)
{
	unsigned c = s[0], lo = 0x80, hi = 0xBF;
	size_t need, i;

	if (c >= 0xC2 && c < 0xE0)
		need = 2;
	else if (c >= 0xE0 && c < 0xF0)
		need = 3;
	else if (c >= 0xF0 && c < 0xF5)
		need = 4;
	else
		return 1;
	if (c == 0xE0)
		lo = 0xA0;
	else if (c == 0xED)
		hi = 0x9F;
	else if (c == 0xF0)
		lo = 0x90;
	else if (c == 0xF4)
		hi = 0x8F;
	for (i = 1; i < need && i < len; i++) {
		if (s[i] < lo || s[i] > hi)
			break;
		lo = 0x80;
		hi = 0xBF;
	}
	return i;
}

long
utf_repair(struct buf *b, const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, start = 0, n;
	long nbad = 0;

	while (i < len) {
		if ((n = seqlen(s + i, len - i)) != 0) {
			i += n;
			continue;
		}
		if (buf_add(b, str + start, i - start) == -1 ||
		    buf_add(b, "\xEF\xBF\xBD", 3) == -1)
			return -1;
		nbad++;
		i += badlen(s + i, len - i);
		start = i;
	}
	if (buf_add(b, str + start, len - start) == -1)
		return -1;
	return nbad;
}

size_t
utf_decode(const char *str, size_t len, int32_t *cp)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t n;

	n = utf8proc_iterate((const utf8proc_uint8_t *)str,
	    (utf8proc_ssize_t)len, &c);
	if (n <= 0) {
		*cp = 0xFFFD;
		return 1;
	}
	*cp = c;
	return (size_t)n;
}

int
utf_encode(struct buf *b, int32_t cp)
{
	utf8proc_uint8_t tmp[4];
	utf8proc_ssize_t n;

	n = utf8proc_encode_char(cp, tmp);
	return buf_add(b, tmp, (size_t)n);
}

/*
 * Returns whether NFC leaves cp alone whatever surrounds it: it neither
 * decomposes nor combines with a neighbour. The ranges are conservative;
 * anything outside them takes the libutf8proc path.
 */
static int
nfc_inert(int32_t cp)
{
	return cp < 0x300 ||
	    (cp >= 0x370 && cp < 0x374) ||
	    (cp >= 0x400 && cp < 0x483) ||
	    (cp >= 0x2002 && cp < 0x2070) ||
	    (cp >= 0x20A0 && cp < 0x20D0) ||
	    (cp >= 0x2100 && cp < 0x2126) ||
	    (cp >= 0x2190 && cp < 0x2329) ||
	    (cp >= 0x2500 && cp < 0x2C00) ||
	    (cp >= 0x3000 && cp < 0x302A) ||
	    (cp >= 0x4E00 && cp < 0xA000) ||
	    cp == 0xFFFD;
}

static int
map(struct buf *b, const char *s, size_t len, utf8proc_option_t opt)
{
	utf8proc_uint8_t *out;
	utf8proc_ssize_t n;
	int rv;

	n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len,
	    &out, opt | UTF8PROC_STABLE);
	if (n < 0)
		return buf_add(b, s, len);	/* only on invalid input */
	rv = buf_add(b, out, (size_t)n);
	free(out);
	return rv;
}

int
utf_nfc(struct buf *b, const char *s, size_t len)
{
	size_t i = 0;

	while (i < len) {
		int32_t cp;

		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		i += utf_decode(s + i, len - i, &cp);
		if (!nfc_inert(cp))
			return map(b, s, len, UTF8PROC_COMPOSE);
	}
	return buf_add(b, s, len);
}

int
utf_fold(struct buf *b, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80)
			return map(b, s, len,
			    UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
	if (buf_grow(b, len) == -1)
		return -1;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		b->p[b->len++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	b->p[b->len] = '\0';
	return 0;
}

size_t
utf_width(const char *s, size_t len)
{
	size_t i = 0, w = 0;

	while (i < len) {
		int32_t cp;

		if ((unsigned char)s[i] < 0x80) {
			w += s[i] >= 0x20 && s[i] < 0x7F;
			i++;
			continue;
		}
		i += utf_decode(s + i, len - i, &cp);
		w += (size_t)utf8proc_charwidth(cp);
	}
	return w;
}

int
utf_isspace(int32_t cp)
{
	if (cp < 0x80)
		return cp == ' ' || (cp >= '\t' && cp <= '\r');
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS ||
	    cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}
