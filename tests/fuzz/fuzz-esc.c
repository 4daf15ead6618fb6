/*
 * fuzz-esc: the four value escapes. Encoding any bytes gives a value that
 * checks clean and decodes back to them; a raw value that checks clean
 * and holds no raw TAB, CR or LF is re-encoded to itself; esc_check's bad
 * offset always points at a backslash.
 */
#include <string.h>

#include "buf.h"
#include "esc.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct buf enc, dec, re;
	const char *s = (const char *)data;
	long bad;

	/* Any bytes: encode, check, decode. */
	buf_reset(&enc);
	FUZZ_ASSERT(esc_encode(&enc, s, size) == 0);
	FUZZ_ASSERT(esc_check(enc.p, enc.len) == -1);
	FUZZ_ASSERT(esc_needed(s, size) == (enc.len != size));
	FUZZ_ASSERT(memchr(enc.p, '\t', enc.len) == NULL);
	FUZZ_ASSERT(memchr(enc.p, '\n', enc.len) == NULL);
	FUZZ_ASSERT(memchr(enc.p, '\r', enc.len) == NULL);
	buf_reset(&dec);
	FUZZ_ASSERT(buf_grow(&dec, enc.len) == 0);
	dec.len = esc_decode(dec.p, enc.p, enc.len);
	FUZZ_ASSERT(dec.len == size && memcmp(dec.p, s, size) == 0);

	/* The input as a raw value. */
	if ((bad = esc_check(s, size)) != -1) {
		FUZZ_ASSERT((size_t)bad < size && s[bad] == '\\');
		return 0;
	}
	buf_reset(&dec);
	FUZZ_ASSERT(buf_grow(&dec, size) == 0);
	dec.len = esc_decode(dec.p, s, size);
	FUZZ_ASSERT(dec.len <= size);
	if (memchr(s, '\t', size) || memchr(s, '\n', size) ||
	    memchr(s, '\r', size))
		return 0;
	buf_reset(&re);
	FUZZ_ASSERT(esc_encode(&re, dec.p, dec.len) == 0);
	FUZZ_ASSERT(re.len == size && memcmp(re.p, s, size) == 0);
	return 0;
}
