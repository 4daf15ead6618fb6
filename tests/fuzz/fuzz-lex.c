/*
 * fuzz-lex: the lexicon file parser and matcher. Every input line goes
 * through lex_add_line (bad lines get a message, never a crash); the
 * lexicon is compiled and printed, and the input is then tokenized and
 * matched at every token: each match must end after where it starts and
 * within the tokens.
 */
#include <stdio.h>
#include <string.h>

#include "fuzz.h"
#include "lex.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct lextoks toks;
	static FILE *devnull;
	const char *p = (const char *)data, *end = p + size, *nl;
	const struct lexent *ent, *pre[8];
	unsigned long long lineno = 0;
	struct lex *lx;
	size_t i, stop;

	if (devnull == NULL && (devnull = fopen("/dev/null", "w")) == NULL)
		abort();
	FUZZ_ASSERT((lx = lex_new()) != NULL);
	while (p < end) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		(void)lex_add_line(lx, p, (size_t)(nl - p), "fuzz", ++lineno);
		p = nl + 1;
	}
	FUZZ_ASSERT(lex_compile(lx) == 0);
	FUZZ_ASSERT(lex_print(lx, devnull) == 0);
	FUZZ_ASSERT(lex_tokenize(&toks, (const char *)data, size) == 0);
	for (i = 0; i < toks.n; i++) {
		FUZZ_ASSERT(toks.t[i].off + toks.t[i].len <= size);
		if ((ent = lex_match(lx, &toks, (const char *)data, i, &stop,
		    -1)) != NULL)
			FUZZ_ASSERT(stop > i && stop <= toks.n);
		if (toks.t[i].isword)
			FUZZ_ASSERT(lex_match_prefix(lx, &toks, i, pre, 8) <= 8);
	}
	lex_free(lx);
	return 0;
}
