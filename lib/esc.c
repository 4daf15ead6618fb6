/*
 * esc: encoding and decoding of the four value escapes. Values without a
 * backslash, TAB, CR or LF, the common case, are copied with memchr-speed
 * scans and no per-byte branches.
 */
#include <string.h>

#include "esc.h"

long
esc_check(const char *raw, size_t len)
{
	const char *p = raw, *end = raw + len;

	while ((p = memchr(p, '\\', (size_t)(end - p))) != NULL) {
		if (p + 1 == end)
			return (long)(p - raw);
		switch (p[1]) {
		case '\\':
		case 't':
		case 'n':
		case 'r':
			p += 2;
			break;
		default:
			return (long)(p - raw);
		}
	}
	return -1;
}

size_t
esc_decode(char *dst, const char *raw, size_t len)
{
	const char *p = raw, *end = raw + len, *bs;
	size_t n = 0;

	while ((bs = memchr(p, '\\', (size_t)(end - p))) != NULL) {
		memmove(dst + n, p, (size_t)(bs - p));
		n += (size_t)(bs - p);
		if (bs + 1 == end) {
			p = end;
			break;
		}
		switch (bs[1]) {
		case 't':
			dst[n++] = '\t';
			break;
		case 'n':
			dst[n++] = '\n';
			break;
		case 'r':
			dst[n++] = '\r';
			break;
		default:
			dst[n++] = bs[1];
			break;
		}
		p = bs + 2;
	}
	memmove(dst + n, p, (size_t)(end - p));
	return n + (size_t)(end - p);
}

static const unsigned char special[256] = {
	['\\'] = '\\', ['\t'] = 't', ['\n'] = 'n', ['\r'] = 'r',
};

int
esc_needed(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (special[(unsigned char)s[i]])
			return 1;
	return 0;
}

int
esc_encode(struct buf *b, const char *s, size_t len)
{
	size_t i, start = 0;

	if (buf_grow(b, len) == -1)
		return -1;
	for (i = 0; i < len; i++) {
		unsigned char c = special[(unsigned char)s[i]];

		if (c == 0)
			continue;
		if (buf_add(b, s + start, i - start) == -1 ||
		    buf_addc(b, '\\') == -1 || buf_addc(b, c) == -1)
			return -1;
		start = i + 1;
	}
	return buf_add(b, s + start, len - start);
}
