/*
 * fuzz-json: libFuzzer target for lib/json. Any input line is either
 * refused by json_to_rec with a message, or becomes a valid record whose
 * JSON (json_put_rec) converts back to the very same record: conversion
 * is stable after one round.
 *
 *   clang -g -fsanitize=fuzzer,address,undefined -Ilib $(pkg-config
 *       --cflags libutf8proc libbsd-overlay jansson) -DLIBBSD_OPENBSD_VIS
 *       -D_GNU_SOURCE tests/fuzz/fuzz-json.c lib/[a-z]*.c $(pkg-config --libs
 *       libutf8proc libbsd-overlay jansson) -o fuzz-json
 *   ./fuzz-json -max_len=4096 tests/golden/ccfmt
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "rec.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct json_conv c;
	static struct buf line, js, line2;
	struct rec r = { 0 }, r2 = { 0 };
	struct rec_err e;

	if (memchr(data, '\n', size) != NULL)
		return 0;
	if (json_to_rec(&c, &line, (const char *)data, size) == -1) {
		if (c.msg[0] == '\0')
			abort();
		return 0;
	}
	if (rec_parse(&r, line.p, line.len, &e) == -1)
		abort();
	buf_reset(&js);
	if (json_put_rec(&js, &r, 0) == -1)
		abort();
	if (json_to_rec(&c, &line2, js.p, js.len) == -1)
		abort();
	if (rec_parse(&r2, line2.p, line2.len, &e) == -1)
		abort();
	/* Fields of a key gather at its first one, so compare as JSON. */
	{
		struct buf js2 = { 0 };

		if (json_put_rec(&js2, &r2, 0) == -1 || js2.len != js.len ||
		    memcmp(js2.p, js.p, js.len) != 0)
			abort();
		buf_free(&js2);
	}
	rec_free(&r);
	rec_free(&r2);
	return 0;
}
