/*
 * scan: one pass over a line that validates it as a record and finds a
 * whole field in it.
 *
 * Keys are short and checked a byte at a time; values, where the bytes
 * are, are skipped sixteen bytes at a time with SSE2 (where the compiler
 * offers it) up to the next byte that matters: TAB, backslash, NUL or
 * carriage return. Bytes with the high bit set are only noted; the line
 * then goes through utf_valid once, which is itself fast on text.
 */
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "scan.h"
#include "utf.h"

/* 1: may start a key; 2: may follow in a key (DESIGN.md section 1). */
static const unsigned char keych[256] = {
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1,
	['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,
	['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
	['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
	['y'] = 1, ['z'] = 1, ['0'] = 2, ['1'] = 2, ['2'] = 2, ['3'] = 2,
	['4'] = 2, ['5'] = 2, ['6'] = 2, ['7'] = 2, ['8'] = 2, ['9'] = 2,
	['_'] = 2, ['.'] = 2, ['-'] = 2,
};

/* Bytes that end a run of plain value bytes. */
static const unsigned char special[256] = {
	['\t'] = 1, ['\\'] = 1, ['\0'] = 1, ['\r'] = 1,
};

/* Bytes allowed after a backslash. */
static const unsigned char escch[256] = {
	['\\'] = 1, ['t'] = 1, ['n'] = 1, ['r'] = 1,
};

int
scan_record(const char *line, size_t len, const char *field, size_t flen)
{
	const unsigned char *p = (const unsigned char *)line, *end = p + len;
	const unsigned char *fs;
	unsigned high = 0;
	int found = 0;
#ifdef __SSE2__
	const __m128i tab = _mm_set1_epi8('\t'), bsl = _mm_set1_epi8('\\');
	const __m128i nul = _mm_setzero_si128(), cr = _mm_set1_epi8('\r');
#endif

	if (len == 0)
		return -1;
	for (;;) {
		fs = p;
		if (p == end || keych[*p] != 1)
			return -1;
		for (p++; p < end && keych[*p] != 0; p++)
			;
		if (p == end || *p != '=')
			return -1;
		p++;
		for (;;) {
#ifdef __SSE2__
			while (end - p >= 16) {
				__m128i v = _mm_loadu_si128((const void *)p);
				unsigned m = (unsigned)_mm_movemask_epi8(
				    _mm_or_si128(_mm_or_si128(
				    _mm_cmpeq_epi8(v, tab),
				    _mm_cmpeq_epi8(v, bsl)), _mm_or_si128(
				    _mm_cmpeq_epi8(v, nul),
				    _mm_cmpeq_epi8(v, cr))));

				high |= (unsigned)_mm_movemask_epi8(v);
				if (m != 0) {
					p += __builtin_ctz(m);
					break;
				}
				p += 16;
			}
#endif
			while (p < end && !special[*p])
				high |= *p++ & 0x80;
			if (p == end || *p == '\t')
				break;
			if (*p != '\\' || p + 1 == end || !escch[p[1]])
				return -1;
			p += 2;
		}
		if (!found && (size_t)(p - fs) == flen &&
		    memcmp(fs, field, flen) == 0)
			found = 1;
		if (p == end)
			break;
		p++;
	}
	if (high != 0 && !utf_valid(line, len, NULL))
		return -1;
	return found;
}
