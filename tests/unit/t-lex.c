/*
 * t-lex: unit tests of lib/lex: the tokenizer, entries and their errors,
 * longest match, case, prefixes, overrides, drops, printing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lex.h"
#include "tap.h"

static struct lex *
load(const char *text)
{
	struct lex *lx = lex_new();
	const char *p = text;
	unsigned long long n = 0;

	while (*p != '\0') {
		size_t l = strcspn(p, "\n");

		if (lex_add_line(lx, p, l, "t", ++n) == -1) {
			lex_free(lx);
			return NULL;
		}
		p += l + (p[l] == '\n');
	}
	if (lex_compile(lx) == -1) {
		lex_free(lx);
		return NULL;
	}
	return lx;
}

/* The value of the entry matched at the first token of text, or "". */
static const char *
first(const struct lex *lx, const char *text, size_t *end)
{
	static struct lextoks tk;
	const struct lexent *e;

	if (text == NULL) {
		lex_toks_free(&tk);
		return "";
	}
	if (lex_tokenize(&tk, text, strlen(text)) == -1)
		return "nomem";
	e = lex_match(lx, &tk, text, 0, end, -1);
	return e == NULL ? "" : e->value;
}

int
main(void)
{
	struct lextoks tk = { 0 };
	struct lex *lx;
	size_t end = 0;
	const struct lexent *pe[4];
	FILE *fp;
	char *buf = NULL;
	size_t bufsz = 0;

	/* Tokenizer. */
	ok(lex_tokenize(&tk, "China's  Chinese-backed “US”",
	    strlen("China's  Chinese-backed “US”")) == 0,
	    "tokenize");
	ok(tk.n == 9, "9 tokens (got %zu)", tk.n);
	is_mem(tk.fold.p + tk.t[0].foff, tk.t[0].flen, "china", "folded");
	ok(tk.t[0].upper && tk.t[0].isword, "upper word");
	is_mem(tk.fold.p + tk.t[1].foff, tk.t[1].flen, "'", "apostrophe");
	is_mem(tk.fold.p + tk.t[4].foff, tk.t[4].flen, "-", "hyphen");
	ok(!tk.t[6].isword && tk.t[6].cp == 0x201C, "opening quote");
	ok(lex_tokenize(&tk, "ÉTATS Straße", strlen("ÉTATS Straße")) == 0 &&
	    tk.n == 2, "non-ASCII words");
	is_mem(tk.fold.p + tk.t[0].foff, tk.t[0].flen, "états", "fold É");
	is_mem(tk.fold.p + tk.t[1].foff, tk.t[1].flen, "strasse", "fold ß");
	ok(lex_tokenize(&tk, "", 0) == 0 && tk.n == 0, "empty text");
	lex_toks_free(&tk);

	/* Entries, longest match, case. */
	lx = load("country\tCN\tChina\n"
	    "not\t-\tChina Daily\n"
	    "country\tUS\tUS\tcase\n"
	    "country\tKP\tNorth Korea\n"
	    "cue\taccuse\taccus*\tform=verb\n"
	    "topic\tcyber\tcyber*\n"
	    "country\tCN\tPeople's Republic of China\n");
	ok(lx != NULL, "load entries");
	ok(strcmp(first(lx, "China said", &end), "CN") == 0 && end == 1,
	    "a name");
	ok(strcmp(first(lx, "CHINA", &end), "CN") == 0, "folded case");
	ok(strcmp(first(lx, "China Daily said", &end), "-") == 0 && end == 2,
	    "longest match wins");
	ok(strcmp(first(lx, "US", &end), "US") == 0, "case-sensitive hit");
	ok(strcmp(first(lx, "us", &end), "") == 0, "case-sensitive miss");
	ok(strcmp(first(lx, "North Korea", &end), "KP") == 0 && end == 2,
	    "two words");
	ok(strcmp(first(lx, "North", &end), "") == 0, "a part is no match");
	ok(strcmp(first(lx, "People’s Republic of China", &end), "CN") == 0 &&
	    end == 6, "curly apostrophe matches straight");
	ok(strcmp(first(lx, "Chinatown", &end), "") == 0, "whole words only");

	/* Prefixes. */
	lex_tokenize(&tk, "accusations cybersecurity acc", 29);
	ok(lex_match_prefix(lx, &tk, 0, pe, 4) == 1 &&
	    strcmp(pe[0]->value, "accuse") == 0, "prefix accus*");
	ok(lex_match_prefix(lx, &tk, 1, pe, 4) == 1 &&
	    pe[0]->type == LEX_TOPIC, "prefix cyber*");
	ok(lex_match_prefix(lx, &tk, 2, pe, 4) == 0, "too short for a prefix");
	lex_toks_free(&tk);
	lex_free(lx);

	/* Overrides and drops. */
	lx = load("country\tGE\tGeorgia\ncountry\tUS\tGeorgia\n");
	ok(lx != NULL && strcmp(first(lx, "Georgia", &end), "US") == 0,
	    "a later entry overrides");
	lex_free(lx);
	lx = load("country\tGE\tGeorgia\ndrop\tgeorgia\n");
	ok(lx != NULL && strcmp(first(lx, "Georgia", &end), "") == 0,
	    "drop folds its phrase");
	lex_free(lx);

	/* Generic entries chain by state; the default is state=*. */
	lx = load("generic\tA Ministry\tMinistry\tstate=AA\n"
	    "generic\tB Ministry\tMinistry\tstate=BB\n"
	    "generic\tZ Ministry\tMinistry\tstate=*\n"
	    "generic\tB2 Ministry\tMinistry\tstate=BB\n");
	ok(lx != NULL, "load generic entries");
	lex_tokenize(&tk, "Ministry", 8);
	{
		const struct lexent *g = lex_match(lx, &tk, "Ministry", 0,
		    &end, -1), *r;

		ok(g != NULL && g->type == LEX_GENERIC, "generic match");
		r = lex_generic(lx, g, "AA");
		ok(r != NULL && strcmp(r->value, "A Ministry") == 0, "for AA");
		r = lex_generic(lx, g, "BB");
		ok(r != NULL && strcmp(r->value, "B2 Ministry") == 0,
		    "a later entry of a state overrides");
		r = lex_generic(lx, g, NULL);
		ok(r != NULL && strcmp(r->value, "Z Ministry") == 0, "default");
		ok(lex_generic(lx, g, "CC") == NULL, "no entry for CC");
	}
	lex_toks_free(&tk);
	lex_free(lx);

	/* Errors. */
	fp = freopen("/dev/null", "w", stderr);
	ok(load("country\tCN\n") == NULL, "missing phrase");
	ok(load("country\tcn\tChina\n") == NULL, "lower-case code");
	ok(load("bogus\tX\tY\n") == NULL, "unknown type");
	ok(load("drop\tAtlantis\n") == NULL, "nothing to drop");
	ok(load("cue\taccuse\ta*\n") == NULL, "one-letter prefix");
	ok(load("country\tCN\tChina\tcase state=cn\n") == NULL, "bad state");
	(void)fp;

	/* Printing is the input format. */
	lx = load("# c\nactor\tAPT40\tAPT 40\tcase state=CN kind=apt\n"
	    "country\tGE\tGeorgia\ncountry\tUS\tGeorgia\n");
	fp = open_memstream(&buf, &bufsz);
	ok(lx != NULL && lex_print(lx, fp) == 0, "print");
	fclose(fp);
	ok(strstr(buf, "actor\tAPT40\tAPT 40\tcase state=CN kind=apt\n") !=
	    NULL, "printed actor");
	ok(strstr(buf, "country\tGE\t") == NULL, "overridden not printed");
	ok(strstr(buf, "country\tUS\tGeorgia\n") != NULL, "override printed");
	free(buf);
	lex_free(lx);

	/* The built-in table loads. */
	lx = lex_new();
	ok(lex_load_builtin(lx) == 0 && lex_compile(lx) == 0,
	    "built-in lexicon");
	ok(strcmp(first(lx, "Beijing", &end), "CN") == 0, "built-in Beijing");
	ok(strcmp(first(lx, "Ministry of State Security", &end), "MSS") == 0,
	    "built-in MSS");
	lex_free(lx);
	first(NULL, NULL, NULL);
	return tap_done();
}
