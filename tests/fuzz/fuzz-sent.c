/*
 * fuzz-sent: the sentence splitter on raw bytes. The input is made into
 * what ccsplit hands sent_split (invalid UTF-8 repaired, white space runs
 * folded to one space, none at either end); the spans must then be in
 * order, non-empty, on character boundaries, and cover the paragraph
 * but for one space or nothing between two of them (a full stop with no
 * space after it may end a sentence, "attack.The"): no text lost, none
 * invented.
 */
#include <string.h>

#include "buf.h"
#include "fuzz.h"
#include "sent.h"
#include "utf.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct buf rep, par, join;
	static struct sentv sv;
	size_t i, n;
	long ns;
	int space = 0;

	buf_reset(&rep);
	buf_reset(&par);
	FUZZ_ASSERT(utf_repair(&rep, (const char *)data, size) >= 0);
	for (i = 0; i < rep.len; i += n) {
		int32_t cp;

		n = utf_decode(rep.p + i, rep.len - i, &cp);
		if (cp == 0 || utf_isspace(cp)) {
			space = par.len > 0;
			continue;
		}
		if (space)
			FUZZ_ASSERT(buf_addc(&par, ' ') == 0);
		space = 0;
		FUZZ_ASSERT(buf_add(&par, rep.p + i, n) == 0);
	}
	if (par.len == 0)
		return 0;
	ns = sent_split(&sv, par.p, par.len);
	FUZZ_ASSERT(ns >= 1 && (size_t)ns == sv.n);
	buf_reset(&join);
	for (i = 0; i < sv.n; i++) {
		const struct sent_span *s = &sv.v[i];
		size_t prev = i == 0 ? 0 : sv.v[i - 1].end;

		FUZZ_ASSERT(s->start < s->end && s->end <= par.len);
		FUZZ_ASSERT(s->start == prev || (i > 0 &&
		    s->start == prev + 1 && par.p[prev] == ' '));
		FUZZ_ASSERT(utf_valid(par.p + s->start, s->end - s->start,
		    NULL));
		FUZZ_ASSERT(par.p[s->start] != ' ' && par.p[s->end - 1] != ' ');
		if (s->start > prev)
			FUZZ_ASSERT(buf_addc(&join, ' ') == 0);
		FUZZ_ASSERT(buf_add(&join, par.p + s->start,
		    s->end - s->start) == 0);
	}
	FUZZ_ASSERT(sv.v[sv.n - 1].end == par.len);
	FUZZ_ASSERT(join.len == par.len && memcmp(join.p, par.p, par.len) == 0);
	return 0;
}
