/*
 * fuzz-utf: UTF-8 validation and repair against a reference decoder
 * written here from the definition (Unicode 15, table 3-7) rather than
 * from lib/utf.c, and the NFC properties the tools rely on: utf_nfc's
 * fast path agrees with libutf8proc, its output is valid and NFC is
 * idempotent.
 */
#include <string.h>

#include <utf8proc.h>

#include "buf.h"
#include "fuzz.h"
#include "utf.h"

/* Returns the length of the well-formed sequence at s, or 0. */
static size_t
ref_seq(const unsigned char *s, size_t len)
{
	uint32_t cp, min;
	size_t n, i;

	if (s[0] < 0x80)
		return 1;
	if ((s[0] & 0xE0) == 0xC0)
		n = 2, cp = s[0] & 0x1F, min = 0x80;
	else if ((s[0] & 0xF0) == 0xE0)
		n = 3, cp = s[0] & 0x0F, min = 0x800;
	else if ((s[0] & 0xF8) == 0xF0)
		n = 4, cp = s[0] & 0x07, min = 0x10000;
	else
		return 0;
	if (len < n)
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return n;
}

/* Returns whether the k bytes at s start some well-formed sequence. */
static int
ref_prefix(const unsigned char *s, size_t k)
{
	static const unsigned char second[] = { 0x80, 0x90, 0xA0 };
	unsigned char t[4];
	size_t n, j;

	if ((s[0] & 0xE0) == 0xC0)
		n = 2;
	else if ((s[0] & 0xF0) == 0xE0)
		n = 3;
	else if ((s[0] & 0xF8) == 0xF0)
		n = 4;
	else
		return k == 1 && s[0] < 0x80;
	if (k > n)
		return 0;
	for (j = 0; j < sizeof(second); j++) {
		memset(t, 0x80, sizeof(t));
		memcpy(t, s, k);
		if (k == 1)
			t[1] = second[j];
		if (ref_seq(t, n) == n)
			return 1;
	}
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct buf got, want, nfc, nfc2, tmp;
	const char *s = (const char *)data;
	size_t i, n, k, bad = 0, refbad = 0;
	long nrep = 0, rv;
	int valid, refvalid = 1;
	utf8proc_uint8_t *lib;

	if (size == 0) {
		FUZZ_ASSERT(utf_valid("", 0, NULL));
		return 0;
	}
	/* The reference: validity, first bad offset, maximal-subpart repair. */
	buf_reset(&want);
	for (i = 0; i < size; ) {
		if ((n = ref_seq(data + i, size - i)) != 0) {
			FUZZ_ASSERT(buf_add(&want, data + i, n) == 0);
			i += n;
			continue;
		}
		if (refvalid)
			refbad = i;
		refvalid = 0;
		for (k = size - i < 3 ? size - i : 3; k > 1; k--)
			if (ref_prefix(data + i, k))
				break;
		FUZZ_ASSERT(buf_add(&want, "\xEF\xBF\xBD", 3) == 0);
		nrep++;
		i += k;
	}

	valid = utf_valid(s, size, &bad);
	FUZZ_ASSERT(valid == refvalid);
	if (!valid)
		FUZZ_ASSERT(bad == refbad);
	buf_reset(&got);
	rv = utf_repair(&got, s, size);
	FUZZ_ASSERT(rv == nrep);
	FUZZ_ASSERT(got.len == want.len && memcmp(got.p, want.p, got.len) == 0);
	FUZZ_ASSERT(utf_valid(got.p, got.len, NULL));
	if (!valid)
		return 0;

	/* Valid text: decode and re-encode, NFC, folding, width. */
	buf_reset(&tmp);
	for (i = 0; i < size; ) {
		int32_t cp;

		n = utf_decode(s + i, size - i, &cp);
		FUZZ_ASSERT(n >= 1 && n <= 4 && n == ref_seq(data + i, size - i));
		FUZZ_ASSERT(utf_encode(&tmp, cp) == 0);
		i += n;
	}
	FUZZ_ASSERT(tmp.len == size && (size == 0 || memcmp(tmp.p, s, size) == 0));

	buf_reset(&nfc);
	FUZZ_ASSERT(utf_nfc(&nfc, s, size) == 0);
	FUZZ_ASSERT(utf_valid(nfc.p, nfc.len, NULL));
	if (size > 0) {
		lib = utf8proc_NFC((const utf8proc_uint8_t *)tmp.p);
		/* utf8proc_NFC stops at a NUL; compare only NUL-free input. */
		if (lib != NULL && memchr(s, '\0', size) == NULL)
			FUZZ_ASSERT(strlen((char *)lib) == nfc.len &&
			    memcmp(lib, nfc.p, nfc.len) == 0);
		free(lib);
	}
	buf_reset(&nfc2);
	FUZZ_ASSERT(utf_nfc(&nfc2, nfc.p, nfc.len) == 0);
	FUZZ_ASSERT(nfc2.len == nfc.len && memcmp(nfc2.p, nfc.p, nfc.len) == 0);

	buf_reset(&tmp);
	FUZZ_ASSERT(utf_fold(&tmp, s, size) == 0);
	FUZZ_ASSERT(utf_valid(tmp.p, tmp.len, NULL));
	(void)utf_width(s, size);
	return 0;
}
